// AuditWording for the providers' area: the providers, their answers and the evidence files.
#include "AuditWording.h"
#include "providers/QuestionBank.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString AuditWording::questionText(const QString &questionId)
{
    const Question *question = QuestionBank::builtIn().find(questionId);
    return question ? question->translatedText() : questionId;
}

QString AuditWording::answerSubject(const QString &entity, const Lookup &names)
{
    // "<provider id>/<question id>"
    const QString providerId = entity.section(u'/', 0, 0);
    const QString questionId = entity.section(u'/', 1);
    return tr("“%1” (%2)").arg(questionText(questionId), nameOr(names.providers, providerId));
}

QString AuditWording::providerWhat(const AuditEntry &entry, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"provider"_s) {
        const QString name = nameOr(names.providers, entry.entityId);
        if (field == u"created"_s)
            return tr("Provider added: %1").arg(name);
        if (field == u"removed"_s)
            return tr("Provider removed: %1").arg(name);
        QString words = fieldWords(field);
        if (field == u"name"_s)
            words = tr("name");
        else if (field == u"kind"_s)
            words = tr("what they do");
        else if (field == u"services"_s)
            words = tr("what they run for the shop");
        else if (field == u"contract_start"_s)
            words = tr("contract start");
        else if (field == u"contract_end"_s)
            words = tr("contract end");
        else if (field == u"support_phone"_s)
            words = tr("support phone");
        else if (field == u"support_email"_s)
            words = tr("support email");
        else if (field == u"portal_url"_s)
            words = tr("customer portal");
        else if (field == u"support_hours"_s)
            words = tr("support hours");
        else if (field == u"support_24x7"_s)
            words = tr("support day and night");
        else if (field == u"account_id"_s)
            words = tr("the shop's customer number");
        else if (field == u"escalation"_s)
            words = tr("whom to call when support does not help");
        else if (field == u"certifications"_s)
            words = tr("certifications");
        else if (field == u"credential"_s)
            words = tr("portal password");
        else if (field == u"credential_user"_s)
            words = tr("portal user name");
        else if (field == u"notes"_s)
            words = tr("notes");
        return tr("Provider %1: %2").arg(name, words);
    }
    if (entry.entity == u"answer"_s) {
        const QString subject = answerSubject(entry.entityId, names);
        if (field == u"value"_s)
            return tr("Answer to %1").arg(subject);
        if (field == u"removed"_s)
            return tr("Answer removed: %1").arg(subject);
        if (field == u"answered_by"_s)
            return tr("Answer to %1: who gave it").arg(subject);
        if (field == u"given_on"_s)
            return tr("Answer to %1: date given").arg(subject);
        if (field == u"question_version"_s)
            return tr("Answer to %1: version of the question").arg(subject);
        if (field == u"notes"_s)
            return tr("Answer to %1: notes").arg(subject);
        return tr("Answer to %1: %2").arg(subject, fieldWords(field));
    }
    if (entry.entity == u"attachment"_s) {
        if (field == u"added"_s)
            return tr("Evidence file added to the answer to %1").arg(answerSubject(entry.oldValue, names));
        if (field == u"removed"_s)
            return tr("Evidence file removed");
    }
    return {};
}

QString AuditWording::providerValue(const AuditEntry &entry, const QString &raw, const Lookup &names)
{
    const QString &field = entry.field;
    if (entry.entity == u"provider"_s) {
        if (field == u"created"_s || field == u"removed"_s)
            return providerSummary(raw);
        if (field == u"kind"_s) {
            bool known = false;
            const ProviderKind kind = ProviderKinds::fromKey(raw, &known);
            return known ? ProviderKinds::name(kind) : fieldWords(raw);
        }
        if (field == u"contract_start"_s || field == u"contract_end"_s)
            return date(raw);
        if (field == u"support_24x7"_s)
            return yesNo(raw);
        if (field == u"credential"_s)
            return raw == u"none"_s ? tr("None") : tr("Kept in the keychain");
        if (field == u"certifications"_s) {
            QStringList parts;
            for (const QJsonValue &v : QJsonDocument::fromJson(raw.toUtf8()).array()) {
                const QJsonObject o = v.toObject();
                QString text
                    = Certification::kindName(Certification::kindFromKey(o.value(u"kind"_s).toString()));
                if (const QString name = o.value(u"name"_s).toString(); !name.isEmpty())
                    text = tr("%1 (%2)").arg(text, name);
                if (const QString expires = o.value(u"expires"_s).toString(); !expires.isEmpty())
                    text = tr("%1, until %2").arg(text, date(expires));
                parts << text;
            }
            return parts.isEmpty() ? fallbackValue(raw) : parts.join(u"; "_s);
        }
        return {};
    }
    if (entry.entity == u"answer"_s) {
        if (field == u"value"_s || field == u"removed"_s) {
            const Question *question = QuestionBank::builtIn().find(entry.entityId.section(u'/', 1));
            return question ? question->displayAnswer(raw) : fallbackValue(raw);
        }
        if (field == u"given_on"_s)
            return date(raw);
        return {};
    }
    if (entry.entity == u"attachment"_s) {
        if (field == u"added"_s && raw == entry.oldValue)
            return u""_s; // the answer it belongs to, said in "what"
        // "report.pdf (1234 bytes, SHA-256 ...)" or "report.pdf (SHA-256 ...)": the name and size.
        static const QRegularExpression pattern(u"^(.*) \\((?:(\\d+) bytes, )?SHA-256 [0-9a-f]+\\)$"_s);
        if (const QRegularExpressionMatch m = pattern.match(raw); m.hasMatch()) {
            if (m.captured(2).isEmpty())
                return m.captured(1);
            return tr("%1 (%2)").arg(m.captured(1), QLocale().formattedDataSize(m.captured(2).toLongLong()));
        }
        return {};
    }
    Q_UNUSED(names)
    return {};
}

QString AuditWording::providerSummary(const QString &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    if (object.isEmpty())
        return fallbackValue(json);
    QStringList parts;
    if (const QString name = object.value(u"name"_s).toString(); !name.isEmpty())
        parts << name;
    bool known = false;
    const ProviderKind kind = ProviderKinds::fromKey(object.value(u"kind"_s).toString(), &known);
    if (known)
        parts << ProviderKinds::name(kind);
    for (const auto &key : { u"services"_s, u"support_phone"_s, u"support_email"_s }) {
        if (const QString text = object.value(key).toString(); !text.isEmpty())
            parts << text;
    }
    return parts.join(u", "_s);
}
