#pragma once

#include "Actor.h"
#include "AuditTrail.h"
#include "Person.h"
#include "PlanFile.h"
#include "ReadinessRecord.h"
#include "ShopProfile.h"
#include "TlsProbeRecord.h"
#include "accounts/Account.h"
#include "accounts/AccountRules.h"
#include "accounts/Confirmation.h"
#include "accounts/LeaverStep.h"
#include "accounts/PersonAccess.h"
#include "accounts/System.h"
#include "accounts/importers/AccountColumnMapping.h"
#include "common/Result.h"
#include "contingency/DdosPlan.h"
#include "contingency/RecoveryItem.h"
#include "findings/FindingAcceptance.h"
#include "providers/Answer.h"
#include "providers/Provider.h"
#include "tls/TlsProbeResult.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class PlanTransaction;
struct AccountSync;

// The shop's security plan as the app and the CLI see it: typed reads and edits over one
// PlanFile. Every edit is one transaction with its audit entries; there is no "save".
class Plan final : public QObject
{
    Q_OBJECT

public:
    ~Plan() override;

    static Result<std::unique_ptr<Plan>> create(const QString &path, const ShopProfile &profile,
                                                const PlanFile::Options &options = {});
    static Result<std::unique_ptr<Plan>> open(const QString &path, const PlanFile::Options &options = {});

    QString path() const { return m_file->path(); }
    QString planId() const { return m_file->planId(); }
    QDateTime createdAt() const { return m_file->createdAt(); } // when the plan was made (UTC)
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QString readOnlyReason() const { return m_file->readOnlyReason(); }
    QSqlDatabase database() const { return m_file->database(); }
    Status saveCopyAs(const QString &target) const { return m_file->saveCopyAs(target); }

    // The audit trail as it was verified when the plan was opened, and a fresh check.
    const AuditTrail::Verification &auditCheckOnOpen() const { return m_auditOnOpen; }
    AuditTrail::Verification verifyAudit() const;
    Result<QList<AuditEntry>> auditEntries(const AuditFilter &filter = {}) const;
    Actor actor() const;

    const ShopProfile &shop() const { return m_shop; }
    Status setShopName(const QString &name);
    Status setPlatform(ShopPlatform platform);
    Status setSiteUrls(const QStringList &urls);
    Status setOwner(qint64 personId);
    Status setMe(qint64 personId);

    const QList<Person> &people() const { return m_people; }
    std::optional<Person> person(qint64 id) const;
    // Adds a team member. A person with an id that is free (e.g. undoing a removal) keeps it.
    Result<qint64> addPerson(const Person &person);
    Status updatePerson(const Person &person);
    Status removePerson(qint64 id);

    // The TLS probes of the shop's sites, kept as history (PlanTlsProbes.cpp). Newest first; `host`
    // empty: every host.
    Result<qint64> addTlsProbe(const TlsProbeRecord &record);
    Result<QList<TlsProbeRecord>> tlsProbes(const QString &host = {}, int limit = 200) const;
    // The newest probe of each host and address the plan holds for the shop's sites (every host when
    // the shop lists no site), as the findings, the score, the due dates and the documents read it.
    // Read from the file once, then kept until a probe is added or the sites change.
    QList<TlsProbeResult> latestProbes() const;

    // The shop's providers (PlanProviders.cpp), in the order they were added.
    const QList<Provider> &providers() const { return m_providers; }
    std::optional<Provider> provider(qint64 id) const;
    Result<qint64> addProvider(const Provider &provider);
    Status updateProvider(const Provider &provider);
    // Removes the provider with its answers and their attachments. Its keychain entry is the
    // caller's to remove (the plan never touches secrets).
    Status removeProvider(qint64 id);

    // Providers' answers on file (PlanAnswers.cpp). Every answer is checked against the built-in
    // question bank: the question exists and applies to the provider's kind, the value fits its
    // type, someone gave it, and the date it was given is not in the future.
    const QList<Answer> &answers() const { return m_answers; }
    QList<Answer> answersOf(qint64 providerId) const;
    std::optional<Answer> answer(qint64 providerId, const QString &questionId) const;
    // Records the answer, replacing one the provider gave before to the same question (the
    // attachments stay with it). enteredAt is set to now; questionVersion to the bank's when 0.
    Result<qint64> setAnswer(const Answer &answer);
    // Several answers in one transaction (an imported file): all of them or, on error, none.
    Status setAnswers(const QList<Answer> &answers);
    Status removeAnswer(qint64 answerId);
    // Keeps a file as evidence for an answer; refused over Attachment::maxSize or when empty.
    Result<qint64> addAttachment(qint64 answerId, const QString &fileName, const QByteArray &data);
    Result<QByteArray> attachmentData(qint64 attachmentId) const;
    Status removeAttachment(qint64 attachmentId);

    // After how many months an answer is due to be asked again (default 12).
    int answerMaxAgeMonths() const { return m_answerMaxAgeMonths; }
    Status setAnswerMaxAgeMonths(int months);

    // Systems where the shop's accounts live (PlanSystems.cpp), in the order they were added.
    const QList<System> &systems() const { return m_systems; }
    std::optional<System> system(qint64 id) const;
    Result<qint64> addSystem(const System &system);
    Status updateSystem(const System &system);
    // Removes the system with every account on it.
    Status removeSystem(qint64 id);

    // The accounts on the shop's systems (PlanAccounts.cpp), in the order they came. Kept apart from
    // the rest of the plan: other edits do not reload them, and they change only by their own edits.
    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> account(qint64 id) const;
    QList<Account> accountsOf(qint64 systemId) const;
    // Applies an import's difference (AccountSync::compute over accounts()) in one transaction, with
    // one audit entry for the whole import. Refused when the sync is stale (the
    // accounts changed since it was computed) or has refused rows the owner did not choose to skip.
    // `progress` is called after each batch of rows with the rows done and the total; returning false
    // cancels the import, which then changes nothing. A window may keep itself responsive from it:
    // any edit asked for meanwhile is refused with a plain message (one edit at a time).
    using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;
    Status applyImport(qint64 systemId, const AccountSync &sync, const ImportProgress &progress = {});

    // Accounts entered or corrected by hand (PlanAccountEdits.cpp): who an account belongs to, its
    // role, reach and flags. Audited field by field.
    Result<qint64> addAccount(const Account &account);
    Status updateAccount(const Account &account);
    // The column mapping last used for a system's "any other CSV" import; nullopt when none.
    std::optional<AccountColumnMapping> accountMapping(qint64 systemId) const;
    Status setAccountMapping(qint64 systemId, const AccountColumnMapping &mapping);

    // The hygiene rules' thresholds and the access review (PlanAccountReview.cpp).
    const AccountRules &accountRules() const { return m_accountRules; }
    Status setAccountRules(const AccountRules &rules);
    QDate accessReviewedOn() const { return m_accessReviewedOn; } // invalid: never
    Status recordAccessReview(QDate on);
    // What each team member's work needs, and developers' project ends, by person id.
    const QHash<qint64, PersonAccess> &personAccess() const { return m_personAccess; }
    PersonAccess personAccess(qint64 personId) const;
    Status setPersonAccess(const PersonAccess &access);

    // Developers' confirmation letters and their replies (PlanConfirmations.cpp).
    const QList<ConfirmationLetter> &confirmationLetters() const { return m_letters; }
    Result<qint64> addConfirmationLetter(const ConfirmationLetter &letter);
    Status removeConfirmationLetter(qint64 id);
    const QList<AccountConfirmation> &confirmations() const { return m_confirmations; }
    // Records a reply; a reply to the same letter about the same account replaces the earlier one.
    Result<qint64> recordConfirmation(const AccountConfirmation &confirmation);
    Status removeConfirmation(qint64 id);

    // Leavers' checklists (PlanLeavers.cpp). Ticking "disabled" marks the account disabled;
    // "handed over" gives it to the colleague in place of the leaver. Undoing puts both back.
    const QList<LeaverStep> &leaverSteps() const { return m_leaverSteps; }
    Status completeLeaverStep(const LeaverStep &step);
    Status undoLeaverStep(qint64 accountId, qint64 personId);

    // What the shop must have at hand on a bad day (PlanRecoveryItems.cpp): the seed list every plan
    // starts with, plus the owner's own items, in the binder's order.
    const QList<RecoveryItem> &recoveryItems() const { return m_recoveryItems; }
    std::optional<RecoveryItem> recoveryItem(qint64 id) const;
    Result<qint64> addRecoveryItem(const RecoveryItem &item);
    // Audited field by field; the item's lastVerification is not written here.
    Status updateRecoveryItem(const RecoveryItem &item);
    // Removes one of the owner's own items with its verifications; built-in items stay.
    Status removeRecoveryItem(qint64 id);
    // Keeps a verification of an item as history (its `by` becomes the plan's actor when empty) and
    // makes it the item's lastVerification when it is the newest.
    Result<qint64> recordVerification(qint64 itemId, const Verification &verification);
    // Notes in the audit trail that the item's secret was replaced in the keychain (under the same
    // reference), so its age counts from now.
    Status noteSecretChanged(qint64 itemId);
    // An item's verifications, newest first.
    Result<QList<Verification>> verificationsOf(qint64 itemId, int limit = 20) const;

    // How the recovery items are judged (PlanContingencySettings.cpp), kept in the plan so the app
    // and the CLI judge alike: how old the newest backup may be (default 24 hours), and after how
    // many days a checked item is due to be checked again (default 30). Loaded with the plan; audited;
    // a change emits recoveryItemsChanged().
    static constexpr int minBackupMaxAgeHours = 1;
    static constexpr int maxBackupMaxAgeHours = 720;
    static constexpr int minRecheckDays = 1;
    static constexpr int maxRecheckDays = 365;
    int backupMaxAgeHours() const { return m_backupMaxAgeHours; }
    Status setBackupMaxAgeHours(int hours);
    int recheckDays() const { return m_recheckDays; }
    Status setRecheckDays(int days);

    // How the shop answers a DDoS (PlanDdos.cpp): the CDN recorded, the call tree, the steps
    // prepared, the last drill. Written whole; audited field by field and entry by entry.
    const DdosPlan &ddosPlan() const { return m_ddosPlan; }
    Status setDdosPlan(const DdosPlan &plan);

    // Findings the owner accepted as risks (PlanAcceptances.cpp). Accepting the same finding again
    // replaces the reason and expiry.
    const QList<FindingAcceptance> &acceptances() const { return m_acceptances; }
    // The acceptance in force today for a finding, if any.
    std::optional<FindingAcceptance> acceptanceFor(const Finding &finding, QDate today) const;
    Status acceptFinding(const FindingAcceptance &acceptance);
    Status withdrawAcceptance(const QString &ruleId, const QString &subject);

    // The readiness score's history (PlanReadiness.cpp): the newest `limit` points, oldest first.
    Result<QList<ReadinessRecord>> readinessHistory(int limit = 1000) const;
    // Keeps the score when it differs from the newest kept one (score or any part); a read-only plan
    // keeps nothing and succeeds. True when a row was written. A measurement, not an edit: it is
    // not in the audit trail.
    Result<bool> recordReadiness(const ReadinessRecord &record);

signals:
    void systemsChanged();
    void accountsChanged();
    // The rules' thresholds, the access review, people's access, letters, replies or leaver steps.
    void accountReviewChanged();
    // Recovery items, their verifications, or the settings that judge them.
    void recoveryItemsChanged();
    void ddosPlanChanged();
    void acceptancesChanged();
    void shopChanged();
    void peopleChanged();
    void historyChanged();
    void tlsProbesChanged();
    void providersChanged();
    void answersChanged();
    void readinessHistoryChanged();

private:
    explicit Plan(std::unique_ptr<PlanFile> file);
    Status load();
    Status loadProviders();
    Status loadAnswers();
    Status loadSystems();
    Status loadAccounts();
    Status loadAccountReview();
    Status loadContingency();
    Status loadDdosPlan();
    Status loadAcceptances();
    void loadContingencySettings();
    Status checkRecoveryItem(const RecoveryItem &item) const;
    // The plan member acting ("me"), else the operating-system user: who ran a check.
    QString actorName() const;
    void indexAccounts();
    // Checks that `sync` was computed over the accounts on file now.
    Status checkSyncIsCurrent(qint64 systemId, const AccountSync &sync) const;
    // The checks setAnswer() makes, and the answer as it will be stored.
    Result<Answer> cleanedAnswer(const Answer &answer) const;
    Status writeAnswer(PlanTransaction &tx, const Answer &answer, qint64 *id);
    // One audited change: `body` in a transaction, then the plan reloaded and what changed signalled.
    Status edit(const std::function<Status(PlanTransaction &)> &body);
    // `body` in a transaction of its own, committed; then `then`, still as part of the change. Refused
    // while another change is being written (one at a time, see Plan.cpp). edit() and the
    // readiness history (not audited, nothing to reload) both write through it.
    Status transact(const std::function<Status(PlanTransaction &)> &body,
                    const std::function<Status()> &then = {});
    Status reloadAfterEdit();
    QString personName(qint64 id) const;
    // Points the shop's owner or "me" (`column`, audited as `field`) at a team member, or at nobody (0).
    Status linkShopTo(const QString &column, const QString &field, qint64 current, qint64 personId);

    std::unique_ptr<PlanFile> m_file;
    ShopProfile m_shop;
    QList<Person> m_people;
    QList<Provider> m_providers;
    QList<Answer> m_answers;
    QList<System> m_systems;
    QList<Account> m_accounts;
    QHash<qint64, qsizetype> m_accountIndex; // account id -> position in m_accounts
    int m_answerMaxAgeMonths = 12;
    bool m_editing = false; // an edit's transaction is open (see edit())
    AccountRules m_accountRules;
    QDate m_accessReviewedOn;
    QHash<qint64, PersonAccess> m_personAccess;
    QList<ConfirmationLetter> m_letters;
    QList<AccountConfirmation> m_confirmations;
    QList<LeaverStep> m_leaverSteps;
    QHash<qint64, AccountColumnMapping> m_accountMappings;
    AuditTrail::Verification m_auditOnOpen;
    QList<RecoveryItem> m_recoveryItems;
    DdosPlan m_ddosPlan;
    QList<FindingAcceptance> m_acceptances;
    int m_backupMaxAgeHours = 24;
    int m_recheckDays = 30;
    std::optional<ReadinessRecord> m_newestReadiness; // the newest kept, once read (PlanReadiness.cpp)
    mutable std::optional<QList<TlsProbeResult>> m_latestProbes; // once read (PlanTlsProbes.cpp)
};
