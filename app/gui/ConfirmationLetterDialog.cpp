#include "ConfirmationLetterDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "accounts/ConfirmationLetterText.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConfirmationLetterDialog::ConfirmationLetterDialog(PlanSession &session, const ConfirmationLetter &letter,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_letter(letter)
    , m_isNew(letter.id == 0)
    , m_preview(new QTextBrowser(this))
    , m_status(new QLabel(this))
    , m_pdf(new QPushButton(tr("Save as &PDF…"), this))
    , m_copy(new QPushButton(tr("&Copy Text"), this))
    , m_email(new QPushButton(tr("Open in &Email Program"), this))
{
    setObjectName(u"confirmationLetterDialog"_s);
    const Plan &plan = *session.plan();
    m_preview->setObjectName(u"confirmationLetterPreview"_s);
    m_preview->setAccessibleName(tr("Preview of the letter"));
    m_preview->setOpenLinks(false);
    m_status->setObjectName(u"confirmationLetterStatus"_s);
    m_status->setWordWrap(true);
    m_pdf->setObjectName(u"confirmationLetterPdf"_s);
    m_copy->setObjectName(u"confirmationLetterCopy"_s);
    m_email->setObjectName(u"confirmationLetterEmail"_s);

    auto *layout = new QVBoxLayout(this);
    if (m_isNew) {
        setWindowTitle(tr("Write a Confirmation Letter"));
        auto *intro
            = new QLabel(tr("At the end of a project, ask the developer or agency to confirm each account "
                            "they have and say why they still need it, or that it can go. Record their "
                            "replies on the Letters tab."),
                         this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        m_person = new QComboBox(this);
        m_person->setObjectName(u"confirmationLetterPerson"_s);
        for (const Person &p : plan.people()) {
            if (p.kind != Person::Kind::Developer && p.kind != Person::Kind::Agency)
                continue;
            const QString label = p.status == Person::Status::Left ? tr("%1 (left)").arg(p.name) : p.name;
            m_person->addItem(label, p.id);
            if (p.id == letter.personId)
                m_person->setCurrentIndex(m_person->count() - 1);
        }
        auto *form = new QFormLayout;
        form->addRow(tr("Letter &to"), m_person);
        layout->addLayout(form);
        connect(m_person, &QComboBox::currentIndexChanged, this, &ConfirmationLetterDialog::personChosen);
    } else {
        const auto person = plan.person(letter.personId);
        setWindowTitle(tr("Letter to %1 of %2")
                           .arg(person ? person->name : QString(),
                                QLocale().toString(letter.writtenOn, QLocale::ShortFormat)));
    }

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pdf);
    actions->addWidget(m_copy);
    actions->addWidget(m_email);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    if (m_isNew) {
        m_record = buttons->addButton(tr("&Record as Written"), QDialogButtonBox::AcceptRole);
        m_record->setObjectName(u"confirmationLetterRecord"_s);
        m_record->setToolTip(tr("Keeps the letter on file, so their replies can be recorded against it"));
        buttons->addButton(QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmationLetterDialog::recordLetter);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_pdf, &QPushButton::clicked, this, &ConfirmationLetterDialog::savePdf);
    connect(m_copy, &QPushButton::clicked, this, &ConfirmationLetterDialog::copyText);
    connect(m_email, &QPushButton::clicked, this, &ConfirmationLetterDialog::openEmail);

    m_status->hide();
    personChosen();
    resize(QSize(fontMetrics().averageCharWidth() * 130, fontMetrics().lineSpacing() * 42));
}

void ConfirmationLetterDialog::personChosen()
{
    const Plan &plan = *m_session.plan();
    if (m_isNew) {
        m_letter.personId = m_person->currentData().toLongLong();
        m_letter.writtenOn = Clock::now().toLocalTime().date();
        m_letter.accountIds = m_letter.personId
            ? ConfirmationLetterText::accountsToAsk(plan, m_letter.personId)
            : QList<qint64>();
    }
    const bool any = m_letter.personId != 0 && !m_letter.accountIds.isEmpty();
    m_preview->setHtml(any ? ConfirmationLetterText::html(plan, m_letter) : QString());
    m_pdf->setEnabled(any);
    m_copy->setEnabled(any);
    const auto person = plan.person(m_letter.personId);
    const bool hasEmail = person && !person->email.trimmed().isEmpty();
    m_email->setEnabled(any && hasEmail);
    m_email->setToolTip(hasEmail ? tr("Opens a new email to %1 in your email program").arg(person->email)
                                 : tr("Add their email address on the Team page first"));
    if (m_record)
        m_record->setEnabled(any && !plan.isReadOnly());
    if (m_isNew && m_person->count() == 0)
        showStatus(tr("No developers or agencies in the team. Add them on the Team page first."));
    else if (!any)
        showStatus(tr("%1 has no active accounts on file: there is nothing to ask.")
                       .arg(person ? person->name : QString()));
    else
        showStatus(QString());
}

void ConfirmationLetterDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void ConfirmationLetterDialog::savePdf()
{
    const Plan &plan = *m_session.plan();
    const auto person = plan.person(m_letter.personId);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("Accounts letter to %1 %2.pdf")
                                                .arg(person ? person->name : QString(),
                                                     m_letter.writtenOn.toString(Qt::ISODate)));
    const QString path = FileDialog::saveFileName(this, tr("Save Letter as PDF"), suggested,
                                                  tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    if (const Status status = ConfirmationLetterText::writePdf(plan, m_letter, path); !status) {
        MessageBox::warning(this, tr("Letter Not Saved"), status.error());
        return;
    }
    showStatus(tr("The letter is saved as %1.").arg(QDir::toNativeSeparators(path)));
}

void ConfirmationLetterDialog::copyText()
{
    const Plan &plan = *m_session.plan();
    QGuiApplication::clipboard()->setText(ConfirmationLetterText::plainText(plan, m_letter));
    showStatus(tr("The text is copied. A subject to use: “%1”.")
                   .arg(ConfirmationLetterText::subject(plan, m_letter)));
}

void ConfirmationLetterDialog::openEmail()
{
    const Plan &plan = *m_session.plan();
    const auto person = plan.person(m_letter.personId);
    if (!person || person->email.trimmed().isEmpty())
        return;
    QUrl url(u"mailto:"_s + person->email.trimmed());
    QUrlQuery query;
    query.addQueryItem(u"subject"_s, ConfirmationLetterText::subject(plan, m_letter));
    query.addQueryItem(u"body"_s, ConfirmationLetterText::plainText(plan, m_letter));
    url.setQuery(query);
    if (!QDesktopServices::openUrl(url))
        MessageBox::warning(this, tr("No Email Program"),
                            tr("No email program opened. Use “Copy Text” and paste it into a new email."));
}

void ConfirmationLetterDialog::recordLetter()
{
    if (!m_isNew || m_letter.personId == 0 || m_letter.accountIds.isEmpty())
        return;
    const Result<qint64> id = m_session.plan()->addConfirmationLetter(m_letter);
    if (!id) {
        MessageBox::warning(this, tr("Letter Not Recorded"), id.error());
        return;
    }
    m_letter.id = id.value();
    accept();
}
