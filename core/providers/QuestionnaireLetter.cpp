#include "QuestionnaireLetter.h"

#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// RFC 6068: line breaks in a mailto: body are CRLF; everything but the unreserved characters is
// percent-encoded, so that '&', '#', '+' and '=' in a question cannot end the field.
QByteArray encodedField(const QString &text)
{
    QString crlf = text;
    crlf.replace(u"\r\n"_s, u"\n"_s).replace(u'\n', u"\r\n"_s);
    return QUrl::toPercentEncoding(crlf);
}

QUrl mailto(const QString &to, const QString &subject, const QString &body)
{
    const QByteArray encoded = QByteArray("mailto:") + QUrl::toPercentEncoding(to, "@")
        + QByteArray("?subject=") + encodedField(subject) + QByteArray("&body=") + encodedField(body);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace

QuestionnaireLetter::Email QuestionnaireLetter::email(const Questionnaire &questionnaire, bool withWhy)
{
    return emailOf(questionnaire, withWhy, int(questionnaire.items().size()));
}

QuestionnaireLetter::Email QuestionnaireLetter::emailOf(const Questionnaire &questionnaire, bool withWhy,
                                                        int itemsShown)
{
    const Provider &provider = questionnaire.provider();
    const QString shop = questionnaire.shopName();
    const int count = int(questionnaire.items().size());

    Email email;
    email.to = provider.supportEmail;
    email.subject = tr("Security questions from %1 for %2").arg(shop, provider.name);

    QStringList lines;
    lines << tr("Hello %1 team,").arg(provider.name) << QString();
    if (provider.accountId.isEmpty()) {
        lines
            << tr("%1 keeps a security plan for its online shop, and part of it is knowing how the providers "
                  "we rely on protect it. Please answer the %n question(s) below about what you run for us.",
                  nullptr, count)
                   .arg(shop);
    } else {
        lines
            << tr("%1 keeps a security plan for its online shop, and part of it is knowing how the providers "
                  "we rely on protect it. Please answer the %n question(s) below about what you run for us "
                  "(our account: %2).",
                  nullptr, count)
                   .arg(shop, provider.accountId);
    }
    lines << QString()
          << tr("The easiest way is to fill in the \"answer\" column of the attached file (CSV: it opens in "
                "any "
                "spreadsheet) and send it back to us. You may also answer in your reply, by question number. "
                "If "
                "a question does not apply to you, please say so.")
          << QString();

    const bool cut = itemsShown < count;
    if (!withWhy || cut)
        lines << tr("The full list, with why each question matters, is in the attached letter.") << QString();

    for (const Questionnaire::Item &item : questionnaire.items()) {
        if (item.number > itemsShown)
            break;
        const Question &question = *item.question;
        lines << tr("%1. %2").arg(item.number).arg(question.translatedText());
        lines << u"   "_s + tr("Answer: %1").arg(question.answerFormatHint());
        if (!item.conditionNote.isEmpty())
            lines << u"   "_s + item.conditionNote;
        if (withWhy && !question.translatedWhy().isEmpty())
            lines << u"   "_s + tr("Why we ask: %1").arg(question.translatedWhy());
        lines << QString();
    }
    if (cut) {
        lines << tr("… and %n more question(s): please see the attached letter.", nullptr, count - itemsShown)
              << QString();
    }

    lines << tr("Thank you for your help.") << QString() << tr("Kind regards,") << shop;
    email.body = lines.join(u'\n');
    return email;
}

QUrl QuestionnaireLetter::mailtoUrl(const Questionnaire &questionnaire, int maxLength)
{
    const QString to = questionnaire.provider().supportEmail;
    const int count = int(questionnaire.items().size());
    Email email = emailOf(questionnaire, true, count);
    QUrl url = mailto(to, email.subject, email.body);
    if (url.toEncoded().size() <= maxLength)
        return url;
    // Too long for a mail program: first without the why-texts, then with fewer questions.
    for (int shown = count; shown >= 0; --shown) {
        email = emailOf(questionnaire, false, shown);
        url = mailto(to, email.subject, email.body);
        if (url.toEncoded().size() <= maxLength)
            return url;
    }
    return url;
}

QString QuestionnaireLetter::html(const Questionnaire &questionnaire)
{
    const Provider &provider = questionnaire.provider();
    const QString shop = escaped(questionnaire.shopName());
    const QLocale locale;
    const int count = int(questionnaire.items().size());

    QString html;
    html += u"<html><head><meta charset=\"utf-8\"><title>"_s + escaped(tr("Security questions"))
        + u"</title>"_s;
    html += u"<style>"
            "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
            "h1 { font-size: 15pt; margin-bottom: 0; }"
            "h2 { font-size: 12pt; margin-top: 18px; }"
            ".muted { color: #555555; }"
            ".format { color: #333333; font-size: 9pt; }"
            ".why { color: #555555; font-size: 8pt; }"
            ".line { color: #999999; }"
            "p.question { margin-top: 10px; margin-bottom: 0; }"
            "</style></head><body>"_s;

    // Letterhead: the shop on the left, the date on the right.
    html += u"<table width=\"100%\" cellspacing=\"0\"><tr><td><h1>"_s + shop + u"</h1></td>"_s
        + u"<td align=\"right\" class=\"muted\">"_s
        + escaped(locale.toString(questionnaire.date(), QLocale::LongFormat)) + u"</td></tr></table><hr/>"_s;

    // Recipient.
    html += u"<p>"_s + escaped(tr("To:")) + u" <b>"_s + escaped(provider.name) + u"</b>"_s;
    if (!provider.accountId.isEmpty())
        html += u"<br/>"_s + escaped(tr("Our account with you: %1").arg(provider.accountId));
    if (!provider.supportEmail.isEmpty())
        html += u"<br/>"_s + escaped(provider.supportEmail);
    html += u"</p>"_s;

    html += u"<h2>"_s + escaped(tr("Security questions from %1").arg(questionnaire.shopName())) + u"</h2>"_s;
    html += u"<p>"_s
        + escaped(tr(
            "We keep a security plan for our online shop, and part of it is knowing how the providers we "
            "rely on protect it. Please answer the %n question(s) below about what you run for us.",
            nullptr, count))
        + u"</p><p>"_s
        + escaped(tr(
            "You can write your answers on this letter, or fill in the \"answer\" column of the CSV file "
            "we sent with it and send it back. If a question does not apply to you, please say so. Thank "
            "you for your help."))
        + u"</p>"_s;

    if (count == 0)
        html += u"<p><i>"_s + escaped(tr("There are no questions to answer at the moment.")) + u"</i></p>"_s;

    // One paragraph a question, not a table: text extraction and screen readers then read the
    // number with its question.
    for (const Questionnaire::Item &item : questionnaire.items()) {
        const Question &question = *item.question;
        html += u"<p class=\"question\"><b>"_s
            + escaped(tr("%1. %2").arg(item.number).arg(question.translatedText())) + u"</b>"_s;
        if (!item.conditionNote.isEmpty())
            html += u"<br/><span class=\"format\"><i>"_s + escaped(item.conditionNote) + u"</i></span>"_s;
        html += u"<br/><span class=\"format\">"_s
            + escaped(tr("Answer format: %1").arg(question.answerFormatHint())) + u"</span>"_s;
        html += u"<br/><span class=\"line\">"_s + escaped(tr("Answer:"))
            + u" ______________________________________________________</span>"_s;
        if (!question.translatedWhy().isEmpty()) {
            html += u"<br/><span class=\"why\">"_s
                + escaped(tr("Why it matters: %1").arg(question.translatedWhy())) + u"</span>"_s;
        }
        html += u"</p>"_s;
    }

    html += u"<p>"_s + escaped(tr("Answered by (name, role):")) + u" ________________________________ "_s
        + escaped(tr("Date:")) + u" ______________</p>"_s;
    html += u"<p>"_s + escaped(tr("Kind regards,")) + u"<br/>"_s + shop + u"</p>"_s;
    html += u"</body></html>"_s;
    return html;
}

Status QuestionnaireLetter::writePdf(const Questionnaire &questionnaire, const QString &path)
{
    // Written whole or not at all: a half-written letter never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { tr("Could not write the letter to %1: %2").arg(path, file.errorString()) };
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Security questions from %1 for %2")
                            .arg(questionnaire.shopName(), questionnaire.provider().name));
        writer.setCreator(u"Storefort"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setResolution(300);

        QTextDocument document;
        document.setHtml(html(questionnaire));
        // Not paginated here: print() lays it out on the writer's pages and numbers them.
        document.print(&writer);
    }
    if (!file.commit())
        return Error { tr("Could not write the letter to %1: %2").arg(path, file.errorString()) };
    return {};
}

QString QuestionnaireLetter::suggestedFileName(const Questionnaire &questionnaire, const QString &extension)
{
    static const QRegularExpression unsafe(u"[^a-z0-9]+"_s);
    auto part = [](const QString &text) {
        QString cleaned = text.normalized(QString::NormalizationForm_KD).toLower();
        cleaned.replace(unsafe, u"-"_s);
        while (cleaned.startsWith(u'-'))
            cleaned.remove(0, 1);
        while (cleaned.endsWith(u'-'))
            cleaned.chop(1);
        return cleaned.left(40);
    };
    QStringList parts;
    for (const QString &text : { part(questionnaire.shopName()), part(questionnaire.provider().name) }) {
        if (!text.isEmpty())
            parts << text;
    }
    parts << u"questionnaire"_s << questionnaire.date().toString(Qt::ISODate);
    return parts.join(u'-') + u'.' + extension;
}
