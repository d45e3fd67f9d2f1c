#include "LetterDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "providers/QuestionnaireCsv.h"
#include "providers/QuestionnaireLetter.h"

#include <QButtonGroup>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString documentsPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}
} // namespace

LetterDialog::LetterDialog(PlanSession &session, qint64 providerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_providerId(providerId)
    , m_all(new QRadioButton(tr("&Every question that applies"), this))
    , m_outstanding(new QRadioButton(tr("Only the &outstanding ones (not answered, or due again)"), this))
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_pdf(new QPushButton(tr("Save Letter as &PDF…"), this))
    , m_csv(new QPushButton(tr("Save &Fill-in File (CSV)…"), this))
    , m_copy(new QPushButton(tr("&Copy Email Text"), this))
    , m_email(new QPushButton(tr("Open in &Email Program"), this))
{
    setObjectName(u"letterDialog"_s);
    const std::optional<Provider> provider = session.plan()->provider(providerId);
    setWindowTitle(tr("Ask %1").arg(provider ? provider->name : QString()));

    auto *intro
        = new QLabel(tr("Send them the letter (as PDF or email) with the fill-in file. When they send "
                        "the file back, import it with “Import Returned File…”."),
                     this);
    intro->setWordWrap(true);
    m_all->setObjectName(u"letterAll"_s);
    m_outstanding->setObjectName(u"letterOutstanding"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_outstanding);
    m_preview->setObjectName(u"letterPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the letter"));
    m_preview->setOpenLinks(false);
    m_status->setObjectName(u"letterStatus"_s);
    m_status->setWordWrap(true);
    m_pdf->setObjectName(u"letterSavePdf"_s);
    m_csv->setObjectName(u"letterSaveCsv"_s);
    m_copy->setObjectName(u"letterCopyEmail"_s);
    m_email->setObjectName(u"letterOpenEmail"_s);

    // Start with what still needs asking, when something does.
    const QDate today = Clock::now().toLocalTime().date();
    const bool anyOutstanding
        = !Questionnaire::build(*session.plan(), providerId, Questionnaire::Selection::Outstanding, today)
               .isEmpty();
    (anyOutstanding ? m_outstanding : m_all)->setChecked(true);

    auto *choice = new QVBoxLayout;
    choice->addWidget(m_all);
    choice->addWidget(m_outstanding);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pdf);
    actions->addWidget(m_csv);
    actions->addWidget(m_copy);
    actions->addWidget(m_email);
    actions->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(choice);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_all, &QRadioButton::toggled, this, &LetterDialog::rebuild);
    connect(m_pdf, &QPushButton::clicked, this, &LetterDialog::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &LetterDialog::saveCsv);
    connect(m_copy, &QPushButton::clicked, this, &LetterDialog::copyEmail);
    connect(m_email, &QPushButton::clicked, this, &LetterDialog::openEmail);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status->hide();
    rebuild();
    resize(QSize(fontMetrics().averageCharWidth() * 110, fontMetrics().lineSpacing() * 38));
}

LetterDialog::~LetterDialog()
{
    if (m_pdfWriter)
        m_pdfWriter->wait();
}

void LetterDialog::rebuild()
{
    const auto selection
        = m_all->isChecked() ? Questionnaire::Selection::All : Questionnaire::Selection::Outstanding;
    m_questionnaire
        = Questionnaire::build(*m_session.plan(), m_providerId, selection, Clock::now().toLocalTime().date());
    m_preview->setHtml(QuestionnaireLetter::html(m_questionnaire));
    const bool any = !m_questionnaire.isEmpty();
    m_pdf->setEnabled(any && !isWritingPdf());
    m_csv->setEnabled(any);
    m_copy->setEnabled(any);
    const bool hasEmail = !m_questionnaire.provider().supportEmail.trimmed().isEmpty();
    m_email->setEnabled(any && hasEmail);
    m_email->setToolTip(
        hasEmail
            ? tr("Opens a new email to %1 in your email program").arg(m_questionnaire.provider().supportEmail)
            : tr("Add the provider’s support email first (on the Contact tab)"));
    if (!any)
        showStatus(tr("Nothing to ask: every question has a current answer. Choose “Every question” to ask "
                      "them all again."));
    else if (!isWritingPdf())
        m_status->hide();
}

void LetterDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void LetterDialog::savePdf()
{
    if (isWritingPdf() || m_questionnaire.isEmpty())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save Letter as PDF"),
        documentsPath(QuestionnaireLetter::suggestedFileName(m_questionnaire, u"pdf"_s)),
        tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    showStatus(tr("Writing the letter…"));
    m_pdf->setEnabled(false);
    auto status = std::make_shared<Status>();
    QThread *writer = QThread::create([questionnaire = m_questionnaire, path, status] {
        *status = QuestionnaireLetter::writePdf(questionnaire, path);
    });
    m_pdfWriter = writer;
    connect(writer, &QThread::finished, this, [this, status, path] {
        m_pdfWriter.clear();
        m_pdf->setEnabled(!m_questionnaire.isEmpty());
        if (*status) {
            showStatus(tr("The letter is saved as %1.").arg(QDir::toNativeSeparators(path)));
        } else {
            showStatus(QString());
            MessageBox::warning(this, tr("Letter Not Saved"), status->error());
        }
        emit pdfFinished(status->ok());
    });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
}

void LetterDialog::saveCsv()
{
    if (m_questionnaire.isEmpty())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save Fill-in File"),
        documentsPath(QuestionnaireLetter::suggestedFileName(m_questionnaire, u"csv"_s)),
        tr("CSV files (*.csv)"), u"csv"_s);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray bytes = QuestionnaireCsv::fillInFile(m_questionnaire);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(
            this, tr("Fill-in File Not Saved"),
            tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    showStatus(tr("The fill-in file is saved as %1. They can fill it in with any spreadsheet program.")
                   .arg(QDir::toNativeSeparators(path)));
}

void LetterDialog::copyEmail()
{
    const QuestionnaireLetter::Email email = QuestionnaireLetter::email(m_questionnaire);
    QGuiApplication::clipboard()->setText(email.body);
    showStatus(tr("The email text is copied. A subject to use: “%1”.").arg(email.subject));
}

void LetterDialog::openEmail()
{
    if (m_questionnaire.provider().supportEmail.trimmed().isEmpty())
        return;
    if (!QDesktopServices::openUrl(QuestionnaireLetter::mailtoUrl(m_questionnaire)))
        MessageBox::warning(
            this, tr("No Email Program"),
            tr("No email program opened. Use “Copy Email Text” and paste it into a new email."));
}
