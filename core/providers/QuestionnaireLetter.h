#pragma once

#include "Questionnaire.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The request a questionnaire becomes: a plain-text email (and a mailto: link that opens it in the
// owner's mail program) and a printable letter (HTML for a preview, PDF to attach), in the owner's
// language. No widgets: all of it may run in a worker thread (the PDF needs a QGuiApplication, as
// any font use does).
class QuestionnaireLetter
{
    Q_DECLARE_TR_FUNCTIONS(QuestionnaireLetter)

public:
    struct Email
    {
        QString to; // the provider's support email; may be empty
        QString subject;
        QString body; // plain text, '\n' line ends
    };

    // The email asking the provider to fill in the attached file (or to answer in the reply), with
    // the numbered questions, each with its answer format and, when `withWhy`, why it matters.
    static Email email(const Questionnaire &questionnaire, bool withWhy = true);
    // The email as a mailto: URL (to, subject and body percent-encoded). Mail programs cut long
    // links, so when the full text would make it longer than `maxLength` characters the why-texts
    // are left out, and then the questions, with a line that the full list is in the attached
    // letter.
    static QUrl mailtoUrl(const Questionnaire &questionnaire, int maxLength = 2000);

    // The letter as HTML for QTextDocument (letterhead with the shop and the date, the recipient,
    // an introduction, the numbered questions with their answer format, a line to answer on and
    // why each matters).
    static QString html(const Questionnaire &questionnaire);
    // Renders the letter to a PDF file at `path` (A4, page numbers). Needs a QGuiApplication.
    static Status writePdf(const Questionnaire &questionnaire, const QString &path);

    // A file name for the letter or the fill-in file: "<shop>-<provider>-questionnaire-<date>.<ext>",
    // made of safe characters.
    static QString suggestedFileName(const Questionnaire &questionnaire, const QString &extension);

private:
    // The email with the first `itemsShown` questions.
    static Email emailOf(const Questionnaire &questionnaire, bool withWhy, int itemsShown);
};
