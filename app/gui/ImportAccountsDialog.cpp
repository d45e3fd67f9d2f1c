#include "ImportAccountsDialog.h"

#include "AccountCommands.h"
#include "ColumnMappingDialog.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "SystemDialog.h"
#include "plan/Plan.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

enum Page
{
    ChoosePage,
    BusyPage,
    PreviewPage
};

// Lists show this many entries; the counts above them say how many there are in all.
constexpr qsizetype listLimit = 500;
// Enough of the file's start for its header and the first rows.
constexpr qint64 headBytes = 64 * 1024;

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

// What the worker thread hands back: the difference, or why the file could not be read.
struct ImportAccountsDialog::Outcome
{
    QString error;
    AccountSync sync;
    QList<CsvError> errors;
};

ImportAccountsDialog::ImportAccountsDialog(PlanSession &session, qint64 systemId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_system(new QComboBox(this))
    , m_newSystem(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("&New System…"), this))
    , m_file(new QLineEdit(this))
    , m_chooseFile(new QPushButton(tr("C&hoose File…"), this))
    , m_fileNote(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_matchColumns(new QPushButton(tr("&Match Columns…"), this))
    , m_mappingNote(new QLabel(this))
    , m_busyText(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_newCount(new QLabel(this))
    , m_changedCount(new QLabel(this))
    , m_removedCount(new QLabel(this))
    , m_unchangedCount(new QLabel(this))
    , m_newList(new QListWidget(this))
    , m_changedList(new QTreeWidget(this))
    , m_removedList(new QListWidget(this))
    , m_errorList(new QTreeWidget(this))
    , m_skip(new QCheckBox(tr("&Skip the rows that could not be read"), this))
    , m_progress(new QProgressBar(this))
    , m_applyNote(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_compare(new QPushButton(tr("&Compare with the Plan"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"importAccountsDialog"_s);
    setWindowTitle(tr("Import Accounts"));

    // Step 1: which system, which file, which format.
    auto *choose = new QWidget(m_pages);
    auto *intro = new QLabel(tr("Export the list of users from the system (most shop platforms, hosting "
                                "panels and email services can save it as a CSV file), then choose that "
                                "file here. Nothing changes until you have seen what the import would do."),
                             choose);
    intro->setWordWrap(true);
    m_system->setObjectName(u"importSystem"_s);
    m_system->setToolTip(tr("The system the file's accounts are on"));
    m_newSystem->setObjectName(u"importNewSystem"_s);
    m_file->setObjectName(u"importFile"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_chooseFile->setObjectName(u"importChooseFile"_s);
    m_fileNote->setObjectName(u"importFileNote"_s);
    m_fileNote->setWordWrap(true);
    m_format->setObjectName(u"importFormat"_s);
    for (AccountImportFormat f : AccountImportFormats::all())
        m_format->addItem(AccountImportFormats::name(f), int(f));
    m_format->setToolTip(
        tr("Storefort recognises the file by its columns; change this if it guessed wrong."));
    m_matchColumns->setObjectName(u"importMatchColumns"_s);
    m_mappingNote->setObjectName(u"importMappingNote"_s);
    m_mappingNote->setWordWrap(true);

    auto *systemRow = new QHBoxLayout;
    systemRow->addWidget(m_system, 1);
    systemRow->addWidget(m_newSystem);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseFile);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format, 1);
    formatRow->addWidget(m_matchColumns);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *systemLabel = new QLabel(tr("S&ystem:"), choose);
    systemLabel->setBuddy(m_system);
    form->addRow(systemLabel, systemRow);
    auto *fileLabel = new QLabel(tr("&File:"), choose);
    fileLabel->setBuddy(m_chooseFile);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_fileNote);
    auto *formatLabel = new QLabel(tr("F&ormat:"), choose);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, formatRow);
    form->addRow(QString(), m_mappingNote);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(form);
    chooseLayout->addStretch();

    // Step 2: reading and comparing, in the background.
    auto *busy = new QWidget(m_pages);
    m_busyText->setObjectName(u"importBusyText"_s);
    m_busyText->setWordWrap(true);
    m_busyText->setAlignment(Qt::AlignCenter);
    auto *spinner = new QProgressBar(busy);
    spinner->setObjectName(u"importBusy"_s);
    spinner->setRange(0, 0); // busy: how long it takes is not known
    spinner->setTextVisible(false);
    auto *busyLayout = new QVBoxLayout(busy);
    busyLayout->addStretch();
    busyLayout->addWidget(m_busyText);
    busyLayout->addWidget(spinner);
    busyLayout->addStretch();

    // Step 3: what would change.
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

    m_pages->addWidget(choose);
    m_pages->addWidget(busy);
    m_pages->addWidget(preview);

    m_back->setObjectName(u"importBack"_s);
    m_compare->setObjectName(u"importCompare"_s);
    m_compare->setDefault(true);
    m_apply->setObjectName(u"importApply"_s);
    m_cancel->setObjectName(u"importCancel"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_compare);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_newSystem, &QPushButton::clicked, this, &ImportAccountsDialog::newSystem);
    connect(m_chooseFile, &QPushButton::clicked, this, &ImportAccountsDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportAccountsDialog::formatChanged);
    connect(m_system, &QComboBox::currentIndexChanged, this, [this] {
        // A column matching is remembered per system.
        if (format() == AccountImportFormat::GenericCsv) {
            if (const auto remembered = m_session.plan()->accountMapping(this->systemId()))
                m_mapping = *remembered;
        }
        formatChanged();
    });
    connect(m_matchColumns, &QPushButton::clicked, this, &ImportAccountsDialog::editMapping);
    connect(m_compare, &QPushButton::clicked, this, &ImportAccountsDialog::compare);
    connect(m_apply, &QPushButton::clicked, this, &ImportAccountsDialog::apply);
    connect(m_cancel, &QPushButton::clicked, this, &ImportAccountsDialog::cancel);
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_pages->setCurrentIndex(ChoosePage);
        updateButtons();
    });
    connect(m_skip, &QCheckBox::toggled, this, &ImportAccountsDialog::updateButtons);

    fillSystems(systemId);
    formatChanged();
    resize(QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34));
}

ImportAccountsDialog::~ImportAccountsDialog()
{
    // A comparison still running finds the dialog gone and its result is dropped; the thread ends
    // on its own and deletes itself.
    ++m_generation;
}

void ImportAccountsDialog::fillSystems(qint64 select)
{
    const QSignalBlocker block(m_system);
    m_system->clear();
    for (const System &s : m_session.plan()->systems())
        m_system->addItem(tr("%1 (%2)").arg(s.name, SystemKinds::name(s.kind)), s.id);
    const int at = m_system->findData(select);
    m_system->setCurrentIndex(at >= 0 ? at : 0);
    if (const auto remembered = m_session.plan()->accountMapping(systemId()))
        m_mapping = *remembered;
    updateButtons();
}

void ImportAccountsDialog::setSystem(qint64 systemId)
{
    if (const int at = m_system->findData(systemId); at >= 0)
        m_system->setCurrentIndex(at);
}

qint64 ImportAccountsDialog::systemId() const
{
    return m_system->currentData().toLongLong();
}

void ImportAccountsDialog::newSystem()
{
    System fresh;
    fresh.kind = SystemKind::ShopAdmin;
    SystemDialog dialog(fresh, m_session.plan()->providers(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<AddSystemCommand>(*m_session.plan(), dialog.system());
    AddSystemCommand *added = command.get();
    // A refused edit is reported by the session (the main window shows it).
    if (m_session.pushEdit(std::move(command)))
        fillSystems(added->systemId());
}

void ImportAccountsDialog::chooseFile()
{
    const QString folder = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = FileDialog::openFileName(this, tr("Choose the Exported Accounts"), folder,
                                                  tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportAccountsDialog::setFile(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QDir::toNativeSeparators(path));
    m_head = {};
    // Only the start of the file is read here, to recognise it; the whole of it is read in the
    // background.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileNote->setText(tr("The file could not be opened: %1").arg(file.errorString()));
        m_path.clear();
        updateButtons();
        return;
    }
    QByteArray head = file.read(headBytes);
    if (!file.atEnd()) {
        // Cut at the last line break so that no half row is read.
        const qsizetype end = head.lastIndexOf('\n');
        if (end > 0)
            head.truncate(end + 1);
    }
    QList<CsvError> ignored;
    auto table = CsvReader::readLenient(head, ignored, {});
    if (!table) {
        m_fileNote->setText(tr("This does not look like a CSV file: %1").arg(table.error()));
        updateButtons();
        return;
    }
    m_head = table.value();
    const AccountImportFormat detected = AccountImportFormats::detect(m_head);
    m_fileNote->setText(
        detected == AccountImportFormat::GenericCsv
            ? tr("Storefort does not know this export; match its columns below.")
            : tr("This looks like an export from %1.").arg(AccountImportFormats::name(detected)));
    {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(int(detected)));
    }
    if (detected == AccountImportFormat::GenericCsv) {
        if (const auto remembered = m_session.plan()->accountMapping(systemId()))
            m_mapping = *remembered;
        else if (m_mapping.userName.isEmpty() || m_head.column({ m_mapping.userName }) < 0)
            m_mapping = ColumnMappingDialog::guess(m_head);
    }
    formatChanged();
}

void ImportAccountsDialog::setFormat(AccountImportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

AccountImportFormat ImportAccountsDialog::format() const
{
    return static_cast<AccountImportFormat>(m_format->currentData().toInt());
}

void ImportAccountsDialog::setMapping(const AccountColumnMapping &mapping)
{
    m_mapping = mapping;
    formatChanged();
}

void ImportAccountsDialog::formatChanged()
{
    const bool generic = format() == AccountImportFormat::GenericCsv;
    m_matchColumns->setVisible(generic);
    m_mappingNote->setVisible(generic);
    if (generic) {
        m_mappingNote->setText(
            m_mapping.userName.isEmpty()
                ? tr("Say which column holds the user names with Match Columns.")
                : tr("User names are read from the column \"%1\".").arg(m_mapping.userName));
    }
    updateButtons();
}

bool ImportAccountsDialog::editMapping()
{
    ColumnMappingDialog dialog(m_head, m_mapping, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setMapping(dialog.mapping());
    return true;
}

bool ImportAccountsDialog::isComparing() const
{
    return m_pages->currentIndex() == BusyPage;
}

void ImportAccountsDialog::compare()
{
    if (m_path.isEmpty() || systemId() == 0 || isComparing())
        return;
    const AccountImportFormat fmt = format();
    if (fmt == AccountImportFormat::GenericCsv && m_mapping.userName.isEmpty() && !editMapping())
        return;
    const int generation = ++m_generation;
    m_busyText->setText(
        tr("Reading %1 and comparing it with the accounts on file…").arg(QFileInfo(m_path).fileName()));
    m_pages->setCurrentIndex(BusyPage);
    updateButtons();

    // The worker gets copies: the plan's account list is shared, not copied, until the plan changes.
    QPointer<ImportAccountsDialog> self(this);
    QThread *thread = QThread::create([self, generation, path = m_path, fmt, mapping = m_mapping,
                                       systemId = systemId(), onFile = m_session.plan()->accounts()] {
        auto outcome = std::make_shared<Outcome>();
        auto import = AccountImporter::readFile(path, fmt, mapping);
        if (import) {
            outcome->sync = AccountSync::compute(systemId, onFile, import.value());
            outcome->errors = std::move(import->errors);
        } else {
            outcome->error = import.error();
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, outcome] {
                if (self)
                    self->compared(generation, outcome);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(u"accountImport"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ImportAccountsDialog::compared(int generation, const std::shared_ptr<Outcome> &outcome)
{
    if (generation != m_generation)
        return; // cancelled
    if (!outcome->error.isEmpty()) {
        m_pages->setCurrentIndex(ChoosePage);
        updateButtons();
        MessageBox::warning(this, tr("File Not Read"), outcome->error);
        emit comparisonFinished(false);
        return;
    }
    m_sync = std::move(outcome->sync);
    m_errors = std::move(outcome->errors);
    showPreview();
    emit comparisonFinished(true);
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

void ImportAccountsDialog::apply()
{
    if (m_pages->currentIndex() != PreviewPage || m_applying || !m_apply->isEnabled())
        return;
    Plan *plan = m_session.plan();
    AccountSync sync = m_sync;
    sync.skipRefusedRows = m_skip->isChecked();
    m_applying = true;
    m_cancelRequested = false;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_applyNote->setText(tr("Applying the import…"));
    m_cancel->setText(tr("&Cancel Import"));
    updateButtons();

    // Applying is one transaction on the GUI thread (the plan is not shared between threads); the
    // plan calls back after each batch, where the window repaints and Cancel is heard. The window is
    // modal and everything but Cancel is disabled meanwhile, so no other edit can start.
    const Status status = plan->applyImport(systemId(), sync, [this](qsizetype done, qsizetype total) {
        m_progress->setRange(0, int(std::min<qsizetype>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qsizetype>(done, INT_MAX)));
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        return !m_cancelRequested;
    });
    m_applying = false;
    m_cancel->setText(tr("Cancel"));
    m_progress->setVisible(false);
    if (!status) {
        m_applyNote->setText(m_cancelRequested ? tr("The import was cancelled. Nothing was changed.")
                                               : QString());
        updateButtons();
        if (!m_cancelRequested)
            MessageBox::warning(this, tr("Import Not Applied"), status.error());
        return;
    }
    if (format() == AccountImportFormat::GenericCsv
        && m_session.plan()->accountMapping(systemId()) != m_mapping) {
        if (Status remembered = plan->setAccountMapping(systemId(), m_mapping); !remembered)
            MessageBox::warning(this, tr("Columns Not Remembered"),
                                tr("The accounts were imported, but the columns you matched could not be "
                                   "remembered for next time.")
                                    + u"\n\n"_s + remembered.error());
    }
    accept();
}

void ImportAccountsDialog::cancel()
{
    if (m_applying) {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        return;
    }
    if (isComparing()) {
        ++m_generation; // the worker's result will be dropped
        m_pages->setCurrentIndex(ChoosePage);
        updateButtons();
        emit comparisonFinished(false);
        return;
    }
    QDialog::reject();
}

void ImportAccountsDialog::reject()
{
    // Escape: the same as Cancel, and never while applying (the import would be half-heard).
    if (m_applying) {
        cancel();
        return;
    }
    if (isComparing()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ImportAccountsDialog::closeEvent(QCloseEvent *event)
{
    if (m_applying) {
        cancel();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ImportAccountsDialog::updateButtons()
{
    const int page = m_pages->currentIndex();
    const bool writable = !m_session.plan()->isReadOnly();
    const bool generic = format() == AccountImportFormat::GenericCsv;
    m_back->setVisible(page == PreviewPage);
    m_back->setEnabled(!m_applying);
    m_compare->setVisible(page != PreviewPage);
    m_compare->setEnabled(page == ChoosePage && writable && !m_path.isEmpty() && systemId() != 0
                          && !m_head.header.isEmpty());
    m_apply->setVisible(page == PreviewPage);
    m_apply->setEnabled(page == PreviewPage && writable && !m_applying
                        && (m_errors.isEmpty() || m_skip->isChecked()));
    m_apply->setDefault(page == PreviewPage);
    m_compare->setDefault(page != PreviewPage);
    m_cancel->setEnabled(!m_applying || !m_cancelRequested);
    m_skip->setEnabled(!m_applying);
    m_system->setEnabled(page == ChoosePage);
    m_newSystem->setEnabled(page == ChoosePage && writable);
    m_chooseFile->setEnabled(page == ChoosePage);
    m_format->setEnabled(page == ChoosePage && !m_head.header.isEmpty());
    m_matchColumns->setEnabled(page == ChoosePage && generic && !m_head.header.isEmpty());
    const QString skipNote = tr("%n row(s) could not be read. Correct the file and import it again, or "
                                "tick the box above to import the rest without them.",
                                nullptr, int(m_errors.size()));
    if (page == PreviewPage && !m_errors.isEmpty() && !m_skip->isChecked() && !m_applying)
        m_applyNote->setText(skipNote);
    else if (m_applyNote->text() == skipNote)
        m_applyNote->clear();
}
