// The import's last step: what it would change — new, changed, removed and unchanged accounts, their
// lists, and the rows that could not be read — before anything is applied.
#include "ImportAccountsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Lists show this many entries; the counts above them say how many there are in all.
constexpr qsizetype listLimit = 500;

QString timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : ImportAccountsDialog::tr("not known");
}

QString fieldText(const Account &a, AccountField field)
{
    switch (field) {
    case AccountField::UserName:
        return a.userName;
    case AccountField::DisplayName:
        return a.displayName;
    case AccountField::Email:
        return a.email;
    case AccountField::Role:
        return a.platformRole.isEmpty()
            ? AccountRoles::name(a.role)
            : ImportAccountsDialog::tr("%1 (%2)").arg(AccountRoles::name(a.role), a.platformRole);
    case AccountField::Mfa:
        return YesNoUnknowns::name(a.mfa);
    case AccountField::LastLogin:
        return timeText(a.lastLogin);
    case AccountField::LastPasswordChange:
        return timeText(a.lastPasswordChange);
    case AccountField::Created:
        return timeText(a.created);
    case AccountField::Status:
        break;
    }
    return AccountStatuses::name(a.status);
}

QListWidgetItem *moreItem(qsizetype more, QListWidget *list)
{
    auto *item = new QListWidgetItem(ImportAccountsDialog::tr("… and %n more", nullptr, int(more)), list);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

} // namespace

// Step 3: what would change.
QWidget *ImportAccountsDialog::createPreviewPage()
{
    auto *preview = new QWidget(m_pages);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    const struct
    {
        QLabel *label;
        const char16_t *name;
    } counts[] = { { m_newCount, u"importNewCount" },
                   { m_changedCount, u"importChangedCount" },
                   { m_removedCount, u"importRemovedCount" },
                   { m_unchangedCount, u"importUnchangedCount" } };
    auto *countRow = new QHBoxLayout;
    for (const auto &c : counts) {
        c.label->setObjectName(QString::fromUtf16(c.name));
        c.label->setTextFormat(Qt::RichText);
        c.label->setAlignment(Qt::AlignCenter);
        c.label->setFrameShape(QFrame::StyledPanel);
        c.label->setMargin(fontMetrics().height() / 3);
        countRow->addWidget(c.label, 1);
    }
    auto *lists = new QTabWidget(preview);
    lists->setObjectName(u"importLists"_s);
    m_newList->setObjectName(u"importNewList"_s);
    m_changedList->setObjectName(u"importChangedList"_s);
    m_changedList->setHeaderLabels({ tr("Account"), tr("What"), tr("Before"), tr("After") });
    m_changedList->setRootIsDecorated(false);
    m_changedList->setAlternatingRowColors(true);
    m_changedList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_removedList->setObjectName(u"importRemovedList"_s);
    m_removedList->setToolTip(tr("Accounts on file that the export no longer lists. They are marked "
                                 "removed, not deleted, so their history stays."));
    m_errorList->setObjectName(u"importErrorList"_s);
    m_errorList->setHeaderLabels({ tr("Line"), tr("Why it could not be read") });
    m_errorList->setRootIsDecorated(false);
    m_errorList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    lists->addTab(m_newList, tr("New"));
    lists->addTab(m_changedList, tr("Changed"));
    lists->addTab(m_removedList, tr("Removed"));
    lists->addTab(m_errorList, tr("Not read"));
    m_skip->setObjectName(u"importSkip"_s);
    m_skip->setToolTip(tr("Apply the rows that could be read and leave the others out. The accounts on "
                          "the rows left out stay as they are on file."));
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setVisible(false);
    m_applyNote->setObjectName(u"importApplyNote"_s);
    m_applyNote->setWordWrap(true);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_summary);
    previewLayout->addLayout(countRow);
    previewLayout->addWidget(lists, 1);
    previewLayout->addWidget(m_skip);
    previewLayout->addWidget(m_applyNote);
    previewLayout->addWidget(m_progress);
    return preview;
}

void ImportAccountsDialog::showPreview()
{
    const QLocale locale;
    auto count = [&locale](QLabel *label, qsizetype n, const QString &caption) {
        label->setText(u"<b style=\"font-size:large\">"_s % locale.toString(n) % u"</b><br>"_s
                       % caption.toHtmlEscaped());
        label->setAccessibleName(locale.toString(n) % u' ' % caption);
    };
    count(m_newCount, m_sync.added.size(), tr("new"));
    count(m_changedCount, m_sync.changed.size(), tr("changed"));
    count(m_removedCount, m_sync.vanished.size(), tr("removed"));
    count(m_unchangedCount, m_sync.unchanged, tr("unchanged"));
    const QString systemName = m_system->currentText();
    if (m_sync.isEmpty() && m_errors.isEmpty())
        m_summary->setText(tr("Nothing to change: the plan already has the accounts of %1 as this file "
                              "lists them.")
                               .arg(systemName));
    else
        m_summary->setText(tr("This is what importing %1 would change on %2. Nothing is changed until you "
                              "choose Apply.")
                               .arg(QFileInfo(m_path).fileName(), systemName));

    m_newList->clear();
    for (qsizetype i = 0; i < std::min(listLimit, m_sync.added.size()); ++i) {
        const Account &a = m_sync.added.at(i);
        new QListWidgetItem(a.displayName.isEmpty() || a.displayName == a.userName
                                ? a.userName
                                : tr("%1 (%2)").arg(a.userName, a.displayName),
                            m_newList);
    }
    if (m_sync.added.size() > listLimit)
        moreItem(m_sync.added.size() - listLimit, m_newList);

    m_changedList->clear();
    for (qsizetype i = 0; i < std::min(listLimit, m_sync.changed.size()); ++i) {
        const AccountSync::Change &change = m_sync.changed.at(i);
        for (AccountField field : AccountFieldKeys::all()) {
            if (!change.fields.testFlag(field))
                continue;
            new QTreeWidgetItem(m_changedList,
                                { change.before.userName, AccountFieldKeys::name(field),
                                  fieldText(change.before, field), fieldText(change.after, field) });
        }
    }
    if (m_sync.changed.size() > listLimit)
        new QTreeWidgetItem(m_changedList,
                            { tr("… and %n more", nullptr, int(m_sync.changed.size() - listLimit)) });

    m_removedList->clear();
    for (qsizetype i = 0; i < std::min(listLimit, m_sync.vanished.size()); ++i)
        new QListWidgetItem(m_sync.vanished.at(i).userName, m_removedList);
    if (m_sync.vanished.size() > listLimit)
        moreItem(m_sync.vanished.size() - listLimit, m_removedList);

    m_errorList->clear();
    for (qsizetype i = 0; i < std::min(listLimit, m_errors.size()); ++i) {
        const CsvError &e = m_errors.at(i);
        new QTreeWidgetItem(m_errorList,
                            { e.line > 0 ? QString::number(e.line) : tr("whole file"), e.message });
    }
    if (m_errors.size() > listLimit)
        new QTreeWidgetItem(m_errorList,
                            { QString(), tr("… and %n more", nullptr, int(m_errors.size() - listLimit)) });

    auto *lists = findChild<QTabWidget *>(u"importLists"_s);
    lists->setTabText(0, tr("New (%1)").arg(locale.toString(m_sync.added.size())));
    lists->setTabText(1, tr("Changed (%1)").arg(locale.toString(m_sync.changed.size())));
    lists->setTabText(2, tr("Removed (%1)").arg(locale.toString(m_sync.vanished.size())));
    lists->setTabText(3, tr("Not read (%1)").arg(locale.toString(m_errors.size())));
    lists->setTabEnabled(3, !m_errors.isEmpty());
    // Open the list that most needs a look: the problems first.
    lists->setCurrentIndex(!m_errors.isEmpty()              ? 3
                               : !m_sync.added.isEmpty()    ? 0
                               : !m_sync.changed.isEmpty()  ? 1
                               : !m_sync.vanished.isEmpty() ? 2
                                                            : 0);

    m_skip->setChecked(false);
    m_skip->setVisible(!m_errors.isEmpty());
    m_progress->setVisible(false);
    m_applyNote->clear();
    m_pages->setCurrentIndex(PreviewPage);
    updateButtons();
}
