#include "CredentialHealth.h"

#include "common/Clock.h"
#include "contingency/RecoveryCheck.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>

#include <memory>
#include <utility>
#include <vector>
#include <zxcvbn.h>

using namespace Qt::StringLiterals;

void wipeSecretText(QString &text)
{
    // Written through constData() on purpose: data() would detach a shared string and overwrite a
    // fresh copy, leaving the characters every other copy still points at.
    if (text.data_ptr().isMutable() && !text.isEmpty()) {
        volatile char16_t *chars
            = const_cast<char16_t *>(reinterpret_cast<const char16_t *>(text.constData()));
        for (qsizetype i = 0; i < text.size(); ++i)
            chars[i] = 0;
    }
    text.clear();
}

namespace {

// Overwrites a buffer this code made from a secret, shared or not (see wipeSecretText()).
void wipeBytes(QByteArray &bytes)
{
    if (bytes.data_ptr().isMutable() && !bytes.isEmpty()) {
        volatile char *data = const_cast<char *>(bytes.constData());
        for (qsizetype i = 0; i < bytes.size(); ++i)
            data[i] = 0;
    }
    bytes.clear();
}

// The words of the hints zxcvbn should count as known to an attacker: each hint whole and each of
// its words of three letters or more, lower-cased (zxcvbn folds case when it matches).
QList<QByteArray> hintWords(const QStringList &hints)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}]+"_s);
    QList<QByteArray> words;
    auto add = [&words](const QString &word) {
        const QByteArray utf8 = word.toLower().toUtf8();
        if (utf8.size() >= 3 && !words.contains(utf8))
            words.append(utf8);
    };
    for (const QString &hint : hints) {
        add(hint.trimmed());
        for (const QString &word : hint.split(separators, Qt::SkipEmptyParts))
            add(word);
    }
    return words;
}

QString strengthTitle(int score, const QString &label)
{
    if (score <= 0)
        return QCoreApplication::translate("CredentialHealth", "The password for %1 is very weak").arg(label);
    if (score == 1)
        return QCoreApplication::translate("CredentialHealth", "The password for %1 is weak").arg(label);
    return QCoreApplication::translate("CredentialHealth", "The password for %1 could be stronger")
        .arg(label);
}

Finding weakFinding(const CredentialReport &report)
{
    Finding f;
    f.id = u"CRED-WEAK"_s;
    f.severity = report.score < 2 ? Severity::High : Severity::Medium;
    f.subject = report.subject;
    f.title = strengthTitle(report.score, report.label);
    f.why = QCoreApplication::translate(
                "CredentialHealth",
                "Attackers do not guess passwords one letter at a time: they try common passwords, words, "
                "names and dates first, by the million. A password like this one can be found that way, "
                "and whoever finds it can get into %1 and often from there into your shop.")
                .arg(report.label);
    f.evidence
        = QCoreApplication::translate("CredentialHealth", "Strength: %1 (%2 of 4; 3 or more is good enough).")
              .arg(CredentialHealth::scoreName(report.score))
              .arg(report.score);
    f.fix = QCoreApplication::translate(
                "CredentialHealth",
                "Sign in to %1 and change the password to a new one of at least 16 characters, best made "
                "up by a password manager. Then store the new one in Storefort with \"Replace Password or "
                "Token\" on the provider's page.")
                .arg(report.label);
    return f;
}

Finding reusedFinding(const QList<const CredentialReport *> &group)
{
    QStringList labels;
    QStringList bullets;
    for (const CredentialReport *report : group) {
        labels.append(report->label);
        bullets.append(u"• "_s + report->label);
    }
    Finding f;
    f.id = u"CRED-REUSED"_s;
    f.severity = Severity::High;
    f.subject = group.first()->subject;
    f.title = QCoreApplication::translate("CredentialHealth", "The same password is used in %n places",
                                          nullptr, int(group.size()));
    f.why = QCoreApplication::translate(
        "CredentialHealth",
        "When one of these places is broken into or leaks its passwords, attackers try the same "
        "password everywhere else. One leak then opens all of them.");
    f.evidence = QCoreApplication::translate("CredentialHealth", "The same password is stored for:") + u'\n'
        + bullets.join(u'\n');
    f.fix = QCoreApplication::translate(
                "CredentialHealth",
                "Give each of them a password of its own: change the password in each of %1, then store "
                "each new one in Storefort.")
                .arg(QLocale().createSeparatedList(labels));
    return f;
}

Finding oldFinding(const CredentialReport &report, int maxAgeDays)
{
    Finding f;
    f.id = u"CRED-OLD"_s;
    f.severity = Severity::Low;
    f.subject = report.subject;
    f.title = QCoreApplication::translate("CredentialHealth",
                                          "The password for %1 has not been changed for %n day(s)", nullptr,
                                          report.ageDays)
                  .arg(report.label);
    f.why = QCoreApplication::translate(
        "CredentialHealth",
        "The longer a password stays the same, the more chances it has had to leak: a former helper, "
        "an old note, a breach somewhere else. Changing it now and then shuts out anyone who got hold "
        "of it without you noticing.");
    f.evidence = QCoreApplication::translate("CredentialHealth",
                                             "Stored on %1. Passwords older than %n day(s) are flagged.",
                                             nullptr, maxAgeDays)
                     .arg(QLocale().toString(report.storedAt.toLocalTime().date(), QLocale::ShortFormat));
    f.fix
        = QCoreApplication::translate("CredentialHealth",
                                      "Sign in to %1, change the password, and store the new one in "
                                      "Storefort with \"Replace Password or Token\" on the provider's page.")
              .arg(report.label);
    return f;
}

// The gathering in progress. Whatever secret it still holds when it goes is wiped.
struct Gatherer
{
    struct Pending
    {
        QString label;
        SecretRef ref;
        QDateTime storedAt;
        QStringList hints;
    };

    ~Gatherer()
    {
        for (CredentialEntry &entry : gathering.entries)
            wipeSecretText(entry.secret);
    }

    void next(const std::shared_ptr<Gatherer> &self)
    {
        if (index >= pending.size()) {
            if (context)
                done(gathering);
            for (CredentialEntry &entry : gathering.entries)
                wipeSecretText(entry.secret);
            return;
        }
        if (!store)
            return; // the store went with the session: nobody is waiting any more
        const Pending &item = pending.at(index);
        store->read(item.ref, context, [self](const SecretResult &result) { self->arrived(self, result); });
    }

    void arrived(const std::shared_ptr<Gatherer> &self, const SecretResult &result)
    {
        const Pending &item = pending.at(index);
        ++index;
        switch (result.outcome()) {
        case SecretResult::Outcome::Ok:
            gathering.entries.append(CredentialEntry {
                item.label, item.ref, QString::fromUtf8(result.secret()), item.storedAt, item.hints });
            break;
        case SecretResult::Outcome::NotFound:
            gathering.missing.append(item.label);
            break;
        case SecretResult::Outcome::Unavailable:
        case SecretResult::Outcome::Locked:
        case SecretResult::Outcome::AccessDenied:
        case SecretResult::Outcome::Failed:
            // Half a check would say less than it seems to: none at all, and why.
            for (CredentialEntry &entry : gathering.entries)
                wipeSecretText(entry.secret);
            gathering.entries.clear();
            gathering.missing.clear();
            gathering.ok = false;
            gathering.message = result.message();
            index = pending.size();
            break;
        }
        next(self);
    }

    QList<Pending> pending;
    qsizetype index = 0;
    QPointer<SecretStore> store;
    QPointer<QObject> context;
    CredentialHealth::GatherDone done;
    CredentialGathering gathering;
};

// The audit entries of the providers' step, read once for every provider.
QList<AuditEntry> providerEntries(const Plan &plan)
{
    AuditFilter filter;
    filter.area = u"providers"_s;
    auto entries = plan.auditEntries(filter);
    return entries ? entries.value() : QList<AuditEntry>();
}

// The time of the last entry that says provider `providerId`'s secret went into the keychain: its
// reference was set, or the provider was created with one.
QDateTime lastStored(const QList<AuditEntry> &entries, qint64 providerId)
{
    const QString id = QString::number(providerId);
    QDateTime last;
    for (const AuditEntry &entry : entries) {
        if (entry.entity != u"provider"_s || entry.entityId != id)
            continue;
        const bool stored = (entry.field == u"credential"_s && entry.newValue == u"in keychain"_s)
            || (entry.field == u"created"_s && entry.newValue.contains(u"\"credential\":\"in keychain\""_s));
        if (stored)
            last = entry.at;
    }
    return last;
}

} // namespace

int CredentialHealth::scoreFor(double entropyBits)
{
    if (entropyBits >= veryStrongFromBits)
        return 4;
    if (entropyBits >= strongFromBits)
        return 3;
    if (entropyBits >= fairFromBits)
        return 2;
    if (entropyBits >= weakFromBits)
        return 1;
    return 0;
}

QString CredentialHealth::scoreName(int score)
{
    switch (score) {
    case 0:
        return QCoreApplication::translate("CredentialHealth", "very weak");
    case 1:
        return QCoreApplication::translate("CredentialHealth", "weak");
    case 2:
        return QCoreApplication::translate("CredentialHealth", "fair");
    case 3:
        return QCoreApplication::translate("CredentialHealth", "strong");
    default:
        break;
    }
    return QCoreApplication::translate("CredentialHealth", "very strong");
}

double CredentialHealth::entropyBits(const QString &secret, const QStringList &hints)
{
    const QList<QByteArray> words = hintWords(hints);
    std::vector<const char *> dictionary;
    dictionary.reserve(words.size() + 1);
    for (const QByteArray &word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    QByteArray utf8 = secret.toUtf8();
    const double bits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    wipeBytes(utf8);
    return bits;
}

QString CredentialHealth::subjectFor(const SecretRef &ref)
{
    return u"secret/%1/%2/%3"_s.arg(ref.area(), ref.itemId(), ref.label());
}

CredentialHealthResult CredentialHealth::assess(QList<CredentialEntry> &entries, const Options &options)
{
    const QDateTime now = (options.now.isValid() ? options.now : Clock::now()).toUTC();
    CredentialHealthResult result;
    QList<QByteArray> digests;
    for (CredentialEntry &entry : entries) {
        CredentialReport report;
        report.label = entry.label;
        report.ref = entry.ref;
        report.subject = subjectFor(entry.ref);
        report.entropyBits = entropyBits(entry.secret, entry.hints);
        report.score = scoreFor(report.entropyBits);
        report.storedAt = entry.storedAt;
        if (entry.storedAt.isValid())
            report.ageDays = int(std::max<qint64>(0, entry.storedAt.toUTC().daysTo(now)));
        QByteArray utf8 = entry.secret.toUtf8();
        digests.append(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256));
        wipeBytes(utf8);
        wipeSecretText(entry.secret);
        result.reports.append(report);
    }

    // Entries with the same digest hold the same secret; each group is one finding.
    QHash<QByteArray, QList<qsizetype>> groups;
    QList<QByteArray> order;
    for (qsizetype i = 0; i < digests.size(); ++i) {
        if (!groups.contains(digests.at(i)))
            order.append(digests.at(i));
        groups[digests.at(i)].append(i);
    }
    for (const QByteArray &digest : std::as_const(order)) {
        const QList<qsizetype> &members = groups[digest];
        if (members.size() < 2)
            continue;
        QList<const CredentialReport *> group;
        for (qsizetype i : members) {
            for (qsizetype j : members) {
                if (j != i)
                    result.reports[i].reusedWith.append(result.reports.at(j).label);
            }
        }
        for (qsizetype i : members)
            group.append(&result.reports.at(i));
        result.findings.append(reusedFinding(group));
    }

    for (const CredentialReport &report : std::as_const(result.reports)) {
        if (report.score < goodEnoughScore)
            result.findings.append(weakFinding(report));
        if (report.ageDays > options.maxAgeDays)
            result.findings.append(oldFinding(report, options.maxAgeDays));
    }
    Severities::sort(result.findings);
    return result;
}

CredentialHealthResult CredentialHealth::assess(QList<CredentialEntry> &entries)
{
    return assess(entries, Options());
}

QDateTime CredentialHealth::storedAt(const Plan &plan, qint64 providerId)
{
    return lastStored(providerEntries(plan), providerId);
}

void CredentialHealth::gather(const Plan &plan, SecretStore &store, QObject *context, GatherDone done)
{
    auto gatherer = std::make_shared<Gatherer>();
    gatherer->store = &store;
    gatherer->context = context;
    gatherer->done = std::move(done);
    const QList<AuditEntry> audit = providerEntries(plan);
    const QStringList shopHints { plan.shop().name };
    for (const Provider &provider : plan.providers()) {
        if (provider.credentialRef.isEmpty())
            continue;
        const QString label
            = QCoreApplication::translate("CredentialHealth", "Portal of %1").arg(provider.name);
        const auto ref = SecretRef::fromKey(provider.credentialRef);
        if (!ref || !ref->isValid()) {
            gatherer->gathering.missing.append(label);
            continue;
        }
        QStringList hints = shopHints;
        hints << provider.name << provider.credentialUser << provider.accountId
              << QUrl(provider.portalUrl).host();
        hints.removeAll(QString());
        gatherer->pending.append(Gatherer::Pending { label, *ref, lastStored(audit, provider.id), hints });
    }
    // The recovery items' secrets: the certificate key's passphrase and the root password.
    QList<AuditEntry> contingencyAudit;
    if (auto entries = plan.auditEntries(AuditFilter { .area = u"contingency"_s }))
        contingencyAudit = entries.value();
    for (const RecoveryItem &item : plan.recoveryItems()) {
        if (item.secretRef.isEmpty())
            continue;
        const QString label = RecoveryKinds::secretName(item.kind);
        const auto ref = SecretRef::fromKey(item.secretRef);
        if (!ref || !ref->isValid()) {
            gatherer->gathering.missing.append(label);
            continue;
        }
        const QDateTime stored = RecoveryCheck::secretStoredAt(contingencyAudit, item.id);
        QStringList hints = shopHints;
        hints << item.secretUser;
        for (const QString &url : plan.shop().siteUrls)
            hints << QUrl::fromUserInput(url).host();
        hints.removeAll(QString());
        gatherer->pending.append(Gatherer::Pending { label, *ref, stored, hints });
    }
    if (gatherer->pending.isEmpty()) {
        // Nothing to read: still answer later, never from inside this call.
        QMetaObject::invokeMethod(
            context, [gatherer] { gatherer->next(gatherer); }, Qt::QueuedConnection);
        return;
    }
    gatherer->next(gatherer);
}
