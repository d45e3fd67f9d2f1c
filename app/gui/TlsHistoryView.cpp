#include "TlsHistoryView.h"

#include <QHeaderView>
#include <QLocale>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TlsHistoryView::TlsHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setObjectName(u"tlsHistoryList"_s);
    m_list->setAccessibleName(tr("Earlier probes"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({ tr("When"), tr("Address"), tr("Grade") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    // As tall as the grade beside it, and never less than a few rows.
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_list->setMinimumHeight(fontMetrics().height() * 8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    setFocusProxy(m_list);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit recordChosen(current->data(0, Qt::UserRole).toLongLong());
    });
}

QString TlsHistoryView::address(const TlsProbeRecord &record)
{
    QString where = record.port == 443 ? record.host : u"%1:%2"_s.arg(record.host).arg(record.port);
    if (!record.ip.isEmpty() && record.ip != record.host)
        where = tr("%1 (%2)").arg(where, record.ip);
    return where;
}

void TlsHistoryView::setRecords(const QList<TlsProbeRecord> &records)
{
    const QSignalBlocker blocker(m_list);
    const qint64 current
        = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_records = records;
    m_list->clear();
    const QLocale locale;
    for (const TlsProbeRecord &record : records) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, record.id);
        item->setText(0, locale.toString(record.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, address(record));
        item->setToolTip(1, address(record));
        item->setText(2, record.grade.isEmpty() ? tr("none") : record.grade);
        item->setTextAlignment(2, Qt::AlignCenter);
    }
    select(current);
}

bool TlsHistoryView::select(qint64 id)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}
