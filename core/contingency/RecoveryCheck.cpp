#include "RecoveryCheck.h"

#include "plan/Plan.h"
#include "verifiers/BackupVerifier.h"
#include "verifiers/CertificateVerifier.h"
#include "verifiers/ExportVerifier.h"
#include "verifiers/GitVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The code of the "where is it" check for a kind, as its verifier names it.
QString pathCode(RecoveryKind kind)
{
    switch (kind) {
    case RecoveryKind::Backup:
        return u"backup.path"_s;
    case RecoveryKind::CustomerExport:
    case RecoveryKind::OrderExport:
    case RecoveryKind::ProductCsv:
        return u"export.path"_s;
    case RecoveryKind::Certificate:
        return u"cert.path"_s;
    case RecoveryKind::CodeRepository:
        return u"git.path"_s;
    default:
        return u"item.path"_s;
    }
}

// A location that is a web address or a place, not a path Storefort can open.
bool isElsewhere(const QString &location)
{
    if (location.contains(u"://"))
        return true;
    return !QDir::isAbsolutePath(QDir::fromNativeSeparators(location)) && !location.startsWith(u'~');
}

QString expanded(const QString &location)
{
    if (location.startsWith(u"~/") || location == u"~")
        return QDir::homePath() + location.mid(1);
    return location;
}

Verification rootAccount(const RecoveryItem &item, const RecoveryContext &context)
{
    Verification v;
    v.at = context.now;
    const QLocale locale;
    if (context.holderName.isEmpty())
        v.add(u"root.holder"_s, CheckOutcome::Failed,
              QCoreApplication::translate("RecoveryCheck", "Nobody is named as holding the root account."));
    else
        v.add(u"root.holder"_s, CheckOutcome::Passed,
              QCoreApplication::translate("RecoveryCheck", "%1 holds the root account.")
                  .arg(context.holderName));
    const QString user = item.secretUser.isEmpty()
        ? QCoreApplication::translate("RecoveryCheck", "the root account")
        : item.secretUser;
    switch (context.secret) {
    case RecoveryContext::Secret::None:
        v.add(u"root.secret"_s, CheckOutcome::Failed,
              QCoreApplication::translate("RecoveryCheck", "No password for %1 is stored in the keychain.")
                  .arg(user));
        break;
    case RecoveryContext::Secret::Missing:
        v.add(u"root.secret"_s, CheckOutcome::Failed,
              QCoreApplication::translate(
                  "RecoveryCheck",
                  "The plan expects the password for %1 in the keychain, but the keychain "
                  "has no such entry.")
                  .arg(user));
        break;
    case RecoveryContext::Secret::Unavailable:
        v.add(u"root.secret"_s, CheckOutcome::Warning,
              QCoreApplication::translate("RecoveryCheck", "The keychain could not be asked: %1")
                  .arg(context.secretMessage));
        break;
    case RecoveryContext::Secret::Present:
        v.add(u"root.secret"_s, CheckOutcome::Passed,
              QCoreApplication::translate("RecoveryCheck", "The password for %1 is in the keychain.")
                  .arg(user));
        break;
    }
    if (context.secret == RecoveryContext::Secret::Present && context.secretStoredAt.isValid()) {
        const qint64 days = context.secretStoredAt.daysTo(context.now);
        const QString when
            = locale.toString(context.secretStoredAt.toLocalTime().date(), QLocale::ShortFormat);
        v.add(u"root.age"_s, days > 365 ? CheckOutcome::Warning : CheckOutcome::Passed,
              QCoreApplication::translate("RecoveryCheck", "It was stored on %1, %n day(s) ago.", nullptr,
                                          int(days))
                  .arg(when));
        v.facts.insert(u"storedAt"_s, context.secretStoredAt.toString(Qt::ISODate));
    }
    return v;
}

} // namespace

RecoveryContext RecoveryCheck::contextFor(const Plan &plan, const RecoveryItem &item, const QDateTime &now)
{
    RecoveryContext context;
    context.now = now;
    context.backupMaxAgeHours = plan.backupMaxAgeHours();
    if (item.holderPersonId != 0) {
        if (const auto p = plan.person(item.holderPersonId))
            context.holderName = p->name;
    } else if (item.holderProviderId != 0) {
        if (const auto p = plan.provider(item.holderProviderId))
            context.holderName = p->name;
    }
    if (item.kind == RecoveryKind::Certificate) {
        // The newest probe that saw a certificate, of the shop's first site when it has one.
        const QString firstHost = plan.shop().siteUrls.isEmpty()
            ? QString()
            : QUrl::fromUserInput(plan.shop().siteUrls.first()).host().toLower();
        QDateTime newest;
        bool newestIsFirstHost = false;
        for (const TlsProbeResult &probe : plan.latestProbes()) {
            if (probe.certificate.spkiSha256.isEmpty())
                continue;
            const bool isFirstHost = !firstHost.isEmpty() && probe.host.toLower() == firstHost;
            const bool better = context.liveSpkiSha256.isEmpty() || (isFirstHost && !newestIsFirstHost)
                || (isFirstHost == newestIsFirstHost && probe.finishedAt > newest);
            if (better) {
                context.liveSpkiSha256 = probe.certificate.spkiSha256;
                context.liveHost = probe.host;
                newest = probe.finishedAt;
                newestIsFirstHost = isFirstHost;
            }
        }
    }
    if (!item.secretRef.isEmpty()) {
        if (auto entries = plan.auditEntries(AuditFilter { .area = u"contingency"_s }))
            context.secretStoredAt = secretStoredAt(entries.value(), item.id);
    }
    return context;
}

QDateTime RecoveryCheck::secretStoredAt(const QList<AuditEntry> &contingencyAudit, qint64 itemId)
{
    // The newest entry that set the reference, or noted a new secret under it.
    QDateTime stored;
    const QString id = QString::number(itemId);
    for (const AuditEntry &e : contingencyAudit) {
        if (e.entity != u"recovery_item" || e.entityId != id)
            continue;
        const bool sets = (e.field == u"secret_ref" && !e.newValue.isEmpty()) || e.field == u"secret_changed";
        if (sets && (!stored.isValid() || e.at > stored))
            stored = e.at;
    }
    return stored;
}

Verification RecoveryCheck::verify(const RecoveryItem &item, const RecoveryContext &context)
{
    if (item.kind == RecoveryKind::RootAccount)
        return rootAccount(item, context);
    Verification v;
    v.at = context.now;
    if (item.kind == RecoveryKind::Other) {
        v.add(
            u"item.manual"_s, CheckOutcome::Info,
            QCoreApplication::translate("RecoveryCheck",
                                        "Storefort cannot check this item by itself. Look at it and confirm "
                                        "it is there and usable."));
        return v;
    }
    const QString location = item.location.trimmed();
    if (location.isEmpty()) {
        v.add(pathCode(item.kind), CheckOutcome::Failed,
              QCoreApplication::translate("RecoveryCheck",
                                          "No location is recorded, so there is nothing to check."));
        return v;
    }
    if (isElsewhere(location)) {
        v.add(u"item.remote"_s, CheckOutcome::Info,
              QCoreApplication::translate(
                  "RecoveryCheck",
                  "It is kept at “%1”, which Storefort cannot open. Look at it there and "
                  "confirm it by hand, or copy it to a folder on this computer.")
                  .arg(location));
        return v;
    }
    const QString path = expanded(location);
    switch (item.kind) {
    case RecoveryKind::Backup: {
        BackupVerifier::Options options;
        options.maxNewestAgeHours = context.backupMaxAgeHours;
        v = BackupVerifier::verify(path, context.now, options);
        break;
    }
    case RecoveryKind::CustomerExport:
    case RecoveryKind::OrderExport:
    case RecoveryKind::ProductCsv:
        v = ExportVerifier::verify(item.kind, path, context.now);
        break;
    case RecoveryKind::Certificate: {
        CertificateVerifier::Input input;
        input.path = path;
        input.passphrase = context.passphrase;
        input.liveSpkiSha256 = context.liveSpkiSha256;
        input.liveHost = context.liveHost;
        v = CertificateVerifier::verify(input, context.now);
        if (context.secret == RecoveryContext::Secret::Unavailable)
            v.add(u"cert.passphrase"_s, CheckOutcome::Warning,
                  QCoreApplication::translate("RecoveryCheck",
                                              "The key's passphrase could not be read from the keychain: %1")
                      .arg(context.secretMessage));
        else if (context.secret == RecoveryContext::Secret::Missing)
            v.add(
                u"cert.passphrase"_s, CheckOutcome::Warning,
                QCoreApplication::translate("RecoveryCheck",
                                            "The plan expects the key's passphrase in the keychain, but the "
                                            "keychain has no such entry."));
        break;
    }
    case RecoveryKind::CodeRepository:
        v = GitVerifier::verify(path, context.now);
        break;
    default:
        break;
    }
    v.at = context.now;
    return v;
}

Verification RecoveryCheck::confirmedByHand(const QString &note, const QDateTime &now)
{
    Verification v;
    v.at = now;
    v.byHand = true;
    v.add(u"item.confirmed"_s, CheckOutcome::Passed,
          note.trimmed().isEmpty()
              ? QCoreApplication::translate("RecoveryCheck", "Looked at and confirmed by hand.")
              : QCoreApplication::translate("RecoveryCheck", "Looked at and confirmed by hand: %1")
                    .arg(note.trimmed()));
    return v;
}

bool RecoveryCheck::isDue(const RecoveryItem &item, const QDateTime &now, int days)
{
    return !item.lastVerification || item.lastVerification->at.daysTo(now) >= days;
}

bool RecoveryCheck::isDueForAutoCheck(const RecoveryItem &item, const QDateTime &now, int days)
{
    if (!RecoveryKinds::hasVerifier(item.kind) || !isDue(item, now, days))
        return false;
    if (item.kind == RecoveryKind::RootAccount)
        return !item.secretRef.isEmpty() || item.holderPersonId != 0 || item.holderProviderId != 0;
    return !item.location.trimmed().isEmpty();
}
