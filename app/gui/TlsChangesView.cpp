#include "TlsChangesView.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TlsChangesView::TlsChangesView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(tr("What changed since the last probe"), this))
    , m_text(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(u"tlsChanges"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    hide();
}

QString TlsChangesView::text() const
{
    return m_text->text();
}

void TlsChangesView::clear()
{
    m_text->clear();
    hide();
}

void TlsChangesView::setFirstProbe()
{
    m_text->setText(tr("This is the first probe of this address in the plan: the next one will say what "
                       "changed."));
    m_text->setAccessibleName(m_text->text());
    show();
}

void TlsChangesView::setChanges(const QList<TlsChanges::Change> &changes, const QDateTime &previousAt)
{
    const QString since = QLocale().toString(previousAt.toLocalTime(), QLocale::ShortFormat);
    if (changes.isEmpty()) {
        m_text->setText(tr("Nothing important changed since the probe of %1.").arg(since));
    } else {
        QStringList lines { tr("Since the probe of %1:").arg(since) };
        for (const TlsChanges::Change &change : changes) {
            switch (change.direction) {
            case TlsChanges::Change::Direction::Better:
                lines.append(tr("▲ Better: %1").arg(change.text));
                break;
            case TlsChanges::Change::Direction::Worse:
                lines.append(tr("▼ Worse: %1").arg(change.text));
                break;
            case TlsChanges::Change::Direction::Neutral:
                lines.append(tr("• %1").arg(change.text));
                break;
            }
        }
        m_text->setText(lines.join(u'\n'));
    }
    m_text->setAccessibleName(m_text->text());
    show();
}
