#include "ContingencyFindings.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// What a failed or doubtful check means for the owner: the rule it raises and its words.
struct CheckRule
{
    const char *ruleId;
    Severity failed;
    Severity warning;
    QString title; // %1: the item's title
    QString why;
    QString fix;
};

CheckRule ruleFor(const QString &code)
{
    if (code == u"backup.path")
        return { "CONT-BACKUP-MISSING",
                 Severity::High,
                 Severity::Medium,
                 QCoreApplication::translate("RecoveryFindings", "%1: no backup found where the plan says"),
                 QCoreApplication::translate("RecoveryFindings",
                                             "A backup nobody can find on the bad day is no backup. The plan "
                                             "must point at where the backups really are."),
                 QCoreApplication::translate("RecoveryFindings",
                                             "Check the folder or share, mount it if needed, and correct the "
                                             "item's location. Then verify again.") };
    if (code == u"backup.newest.age")
        return {
            "CONT-BACKUP-OLD",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings", "%1: the newest backup is too old"),
            QCoreApplication::translate("RecoveryFindings",
                                        "Everything since the newest backup — orders, customers, changes "
                                        "— is lost if the shop has to be restored today."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Find out why the daily backup stopped (ask the host or check the "
                                        "backup job), run one now, and verify again.")
        };
    if (code == u"backup.reference")
        return {
            "CONT-BACKUP-NO-REFERENCE",
            Severity::Medium,
            Severity::Low,
            QCoreApplication::translate("RecoveryFindings", "%1: no older backup kept as a reference point"),
            QCoreApplication::translate("RecoveryFindings",
                                        "Break-ins are often found days later. If only the newest backups "
                                        "are kept, they may all contain the intruder."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Keep at least one backup that is a week or more old (many keep "
                                        "one per week and one per month).")
        };
    if (code == u"backup.archive")
        return {
            "CONT-BACKUP-DAMAGED",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings", "%1: the newest backup does not open"),
            QCoreApplication::translate("RecoveryFindings",
                                        "A damaged backup fails exactly when it is needed. The shop would "
                                        "have to fall back to an older one and lose more."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Make a new backup, check that it opens, and find out why the last "
                                        "one was cut short (full disk, interrupted copy).")
        };
    if (code == u"backup.size")
        return {
            "CONT-BACKUP-SHRUNK",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings", "%1: the newest backup is empty or much smaller"),
            QCoreApplication::translate("RecoveryFindings",
                                        "A backup that suddenly shrinks has often left something out — the "
                                        "database, or the uploaded images."),
            QCoreApplication::translate(
                "RecoveryFindings",
                "Open the backup and compare it with the one before. Ask whoever runs "
                "the backup what changed.")
        };
    if (code == u"export.path")
        return { "CONT-EXPORT-MISSING",
                 Severity::Medium,
                 Severity::Low,
                 QCoreApplication::translate("RecoveryFindings", "%1: the export is not where the plan says"),
                 QCoreApplication::translate("RecoveryFindings",
                                             "On the bad day the shop itself may be down, so the export must "
                                             "already exist somewhere you can open it."),
                 QCoreApplication::translate("RecoveryFindings",
                                             "Export the data from the shop's admin, save it where the item "
                                             "points, and verify again.") };
    if (code == u"export.age")
        return { "CONT-EXPORT-OLD",
                 Severity::Medium,
                 Severity::Low,
                 QCoreApplication::translate("RecoveryFindings", "%1: the export is out of date"),
                 QCoreApplication::translate(
                     "RecoveryFindings", "An old export misses the newest customers, orders or products."),
                 QCoreApplication::translate(
                     "RecoveryFindings", "Export again, or have the shop send the export on a schedule.") };
    if (code == u"export.parse" || code == u"export.rows")
        return { "CONT-EXPORT-BROKEN",
                 Severity::Medium,
                 Severity::Low,
                 QCoreApplication::translate("RecoveryFindings", "%1: the export cannot be read"),
                 QCoreApplication::translate(
                     "RecoveryFindings",
                     "A file that does not open, or holds no rows, will not help rebuild "
                     "anything."),
                 QCoreApplication::translate("RecoveryFindings",
                                             "Export again as CSV and check it opens in a spreadsheet.") };
    if (code == u"export.columns")
        return { "CONT-EXPORT-COLUMNS",
                 Severity::Medium,
                 Severity::Low,
                 QCoreApplication::translate("RecoveryFindings", "%1: the export lacks columns it needs"),
                 QCoreApplication::translate(
                     "RecoveryFindings",
                     "Without them the file cannot be loaded into a rebuilt shop "
                     "(products without prices, customers without e-mail addresses)."),
                 QCoreApplication::translate(
                     "RecoveryFindings", "Choose the full export in the shop's admin, with every column.") };
    if (code == u"cert.path" || code == u"cert.csr" || code == u"cert.certificate")
        return {
            "CONT-CERT-FILES",
            Severity::Medium,
            Severity::Low,
            QCoreApplication::translate("RecoveryFindings",
                                        "%1: a certificate file is missing or unreadable"),
            QCoreApplication::translate("RecoveryFindings",
                                        "Moving the site to a new server quickly needs the certificate, its "
                                        "key and the signing request together."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Ask whoever set up the certificate (often the host) for the files, "
                                        "and keep them in the recorded place.")
        };
    if (code == u"cert.key")
        return {
            "CONT-KEY-LOCKED",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings",
                                        "%1: the private key is missing or will not open"),
            QCoreApplication::translate("RecoveryFindings",
                                        "A certificate is useless without its private key, and an encrypted "
                                        "key is useless without its passphrase."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Find the key the site uses and store its passphrase in the keychain "
                                        "with this item.")
        };
    if (code == u"cert.key.csr" || code == u"cert.key.certificate")
        return {
            "CONT-KEY-MISMATCH",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings", "%1: the key does not belong to the other files"),
            QCoreApplication::translate("RecoveryFindings",
                                        "A key that does not match its certificate cannot serve the site: "
                                        "the files on hand are from different certificates."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Keep the key together with the certificate and request made from "
                                        "it; remove the stray files.")
        };
    if (code == u"cert.key.live")
        return { "CONT-KEY-LIVE-MISMATCH",
                 Severity::High,
                 Severity::Medium,
                 QCoreApplication::translate("RecoveryFindings",
                                             "%1: the key on hand is not the one the live site uses"),
                 QCoreApplication::translate("RecoveryFindings",
                                             "If the site has to move today, this key will not work with the "
                                             "certificate it serves: the key you keep is out of date."),
                 QCoreApplication::translate(
                     "RecoveryFindings",
                     "Get the current key from whoever renewed the certificate last, and "
                     "keep it here instead of the old one.") };
    if (code == u"cert.expiry")
        return {
            "CONT-CERT-EXPIRY",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings", "%1: the certificate has run out or soon will"),
            QCoreApplication::translate(
                "RecoveryFindings", "A certificate past its date makes browsers warn every visitor away."),
            QCoreApplication::translate("RecoveryFindings", "Renew it in time and keep the new files here.")
        };
    if (code == u"git.program" || code == u"git.path" || code == u"git.last")
        return {
            "CONT-CODE-MISSING",
            Severity::Medium,
            Severity::Low,
            QCoreApplication::translate("RecoveryFindings", "%1: no copy of the code could be checked"),
            QCoreApplication::translate("RecoveryFindings",
                                        "Without a copy of the latest code, a damaged site must be rebuilt "
                                        "from memory."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Ask the developers where the code is kept and for a copy (a git "
                                        "repository) on a machine you control.")
        };
    if (code == u"git.uncommitted")
        return {
            "CONT-CODE-UNCOMMITTED",
            Severity::Low,
            Severity::Low,
            QCoreApplication::translate("RecoveryFindings", "%1: changes not yet saved in the history"),
            QCoreApplication::translate("RecoveryFindings",
                                        "Changes outside the history are not in the change log and are lost "
                                        "with the machine."),
            QCoreApplication::translate("RecoveryFindings", "Ask the developer to commit or discard them.")
        };
    if (code == u"git.unpushed")
        return { "CONT-CODE-UNPUSHED",
                 Severity::Medium,
                 Severity::Medium,
                 QCoreApplication::translate("RecoveryFindings",
                                             "%1: the newest code exists only on this machine"),
                 QCoreApplication::translate(
                     "RecoveryFindings",
                     "If this machine breaks or is stolen, the newest changes are gone "
                     "with it."),
                 QCoreApplication::translate("RecoveryFindings",
                                             "Push the commits to the shared repository (or set one up).") };
    if (code == u"root.holder" || code == u"root.secret")
        return {
            "CONT-ROOT-NO-SECRET",
            Severity::High,
            Severity::Medium,
            QCoreApplication::translate("RecoveryFindings", "%1: nobody holds the root password safely"),
            QCoreApplication::translate("RecoveryFindings",
                                        "When every other way in fails, the root account is the way back. "
                                        "If nobody has its password, the server may be lost."),
            QCoreApplication::translate("RecoveryFindings",
                                        "Name who holds it and store the password in the keychain with this "
                                        "item.")
        };
    if (code == u"root.age")
        return { "CONT-ROOT-OLD",
                 Severity::Medium,
                 Severity::Low,
                 QCoreApplication::translate("RecoveryFindings",
                                             "%1: the root password has not changed in a year"),
                 QCoreApplication::translate(
                     "RecoveryFindings",
                     "Over time more people have seen an old password, and it may sit in "
                     "old notes or leaked lists."),
                 QCoreApplication::translate("RecoveryFindings",
                                             "Change the root password and store the new one here.") };
    return { "CONT-CHECK-FAILED",
             Severity::Medium,
             Severity::Low,
             QCoreApplication::translate("RecoveryFindings", "%1: a check did not pass"),
             QCoreApplication::translate("RecoveryFindings",
                                         "Something on hand for a bad day would not work as it is."),
             QCoreApplication::translate("RecoveryFindings",
                                         "Read the evidence, put it right, and verify again.") };
}

} // namespace

QString RecoveryFindings::subjectFor(qint64 itemId)
{
    return u"recovery/"_s + QString::number(itemId);
}

qint64 RecoveryFindings::itemOf(const Finding &finding)
{
    if (!finding.subject.startsWith(u"recovery/"))
        return 0;
    return finding.subject.mid(9).toLongLong();
}

QList<Finding> RecoveryFindings::compute(const QList<RecoveryItem> &items, const Options &options)
{
    const QDateTime now = options.now.isValid() ? options.now : Clock::now();
    const QLocale locale;
    QList<Finding> out;
    for (const RecoveryItem &item : items) {
        const QString subject = subjectFor(item.id);
        const QString title = item.displayTitle();
        const bool noHolder = item.holderPersonId == 0 && item.holderProviderId == 0;
        const bool noLocation = item.location.trimmed().isEmpty();
        if (noHolder && noLocation && !item.lastVerification) {
            // Nothing recorded yet: one finding, not three.
            out.append(
                { u"CONT-NOT-RECORDED"_s, item.kind == RecoveryKind::Other ? Severity::Low : Severity::Medium,
                  QCoreApplication::translate("RecoveryFindings", "%1: not recorded yet").arg(title),
                  item.why().isEmpty()
                      ? QCoreApplication::translate("RecoveryFindings",
                                                    "On a bad day you need to know at once who has it and "
                                                    "where it is.")
                      : item.why(),
                  QCoreApplication::translate("RecoveryFindings",
                                              "Nobody is named as holding it, where it is kept is not "
                                              "recorded, and it was never checked."),
                  QCoreApplication::translate("RecoveryFindings",
                                              "Record who holds it and where it is kept, then verify it."),
                  subject });
            continue;
        }
        if (noHolder)
            out.append(
                { u"CONT-NO-HOLDER"_s, Severity::Medium,
                  QCoreApplication::translate("RecoveryFindings", "%1: nobody is named as holding it")
                      .arg(title),
                  QCoreApplication::translate("RecoveryFindings",
                                              "On a bad day you need to know at once whom to ask. An item "
                                              "nobody holds is usually an item nobody has."),
                  QCoreApplication::translate("RecoveryFindings",
                                              "No team member or provider is recorded as its holder."),
                  QCoreApplication::translate("RecoveryFindings",
                                              "Choose who holds it — a team member or a provider — and how "
                                              "to reach them."),
                  subject });
        if (noLocation)
            out.append(
                { u"CONT-NO-LOCATION"_s, item.kind == RecoveryKind::Other ? Severity::Low : Severity::Medium,
                  QCoreApplication::translate("RecoveryFindings", "%1: where it is kept is not recorded")
                      .arg(title),
                  QCoreApplication::translate("RecoveryFindings",
                                              "Searching for a backup or a key while the shop is down costs "
                                              "hours."),
                  QCoreApplication::translate("RecoveryFindings", "The item has no path, address or place."),
                  QCoreApplication::translate("RecoveryFindings",
                                              "Record where it is: a folder, a web address, or a physical "
                                              "place such as “the safe in the office”."),
                  subject });
        // A verification that only noted something (a web address Storefort cannot open) checked nothing.
        const bool checked = item.lastVerification
            && (item.lastVerification->byHand || item.lastVerification->outcome() != CheckOutcome::Info);
        if (!checked) {
            out.append(
                { u"CONT-NEVER-VERIFIED"_s, Severity::Medium,
                  QCoreApplication::translate("RecoveryFindings", "%1: never checked").arg(title),
                  QCoreApplication::translate(
                      "RecoveryFindings",
                      "Backups and copies that were never tried often turn out not to work when they "
                      "are needed."),
                  item.lastVerification
                      ? item.lastVerification->summary()
                      : QCoreApplication::translate("RecoveryFindings", "There is no verification on file."),
                  RecoveryKinds::hasVerifier(item.kind)
                      ? QCoreApplication::translate(
                          "RecoveryFindings",
                          "Record where it is and press Verify: Storefort checks the files for you.")
                      : QCoreApplication::translate(
                          "RecoveryFindings", "Look at it yourself and confirm it is there and usable."),
                  subject });
            continue;
        }
        const Verification &v = *item.lastVerification;
        const qint64 days = v.at.daysTo(now);
        if (days > options.maxUnverifiedDays)
            out.append({ u"CONT-NOT-VERIFIED"_s, Severity::Low,
                         QCoreApplication::translate("RecoveryFindings", "%1: last checked %n days ago",
                                                     nullptr, int(days))
                             .arg(title),
                         QCoreApplication::translate(
                             "RecoveryFindings",
                             "Things change: backups stop, keys are renewed, exports age. A check made long "
                             "ago says little about today."),
                         QCoreApplication::translate("RecoveryFindings", "Last verified on %1 by %2.")
                             .arg(locale.toString(v.at.toLocalTime().date(), QLocale::ShortFormat), v.by),
                         QCoreApplication::translate(
                             "RecoveryFindings",
                             "Verify it again (Storefort does so by itself for items not checked in a week "
                             "when the plan opens)."),
                         subject });
        for (const VerificationCheck &check : v.checks) {
            if (check.outcome != CheckOutcome::Failed && check.outcome != CheckOutcome::Warning)
                continue;
            const CheckRule rule = ruleFor(check.code);
            const QString ruleId = QString::fromLatin1(rule.ruleId);
            // One finding per rule and item, with every check that raised it as evidence.
            auto existing = std::find_if(out.begin(), out.end(), [&](const Finding &f) {
                return f.id == ruleId && f.subject == subject;
            });
            const Severity severity = check.outcome == CheckOutcome::Failed ? rule.failed : rule.warning;
            if (existing != out.end()) {
                existing->evidence += u'\n' + check.text;
                existing->severity = std::max(existing->severity, severity);
                continue;
            }
            out.append({ ruleId, severity, rule.title.arg(title), rule.why, check.text, rule.fix, subject });
        }
    }
    Severities::sort(out);
    return out;
}

QList<Finding> RecoveryFindings::compute(const Plan &plan, const QDateTime &now)
{
    Options options;
    options.now = now;
    options.maxUnverifiedDays = plan.recheckDays();
    return compute(plan.recoveryItems(), options);
}
