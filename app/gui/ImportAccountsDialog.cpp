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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace {

// Enough of the file's start for its header and the first rows.
constexpr qint64 headBytes = 64 * 1024;

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

    QWidget *preview = createPreviewPage();

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
