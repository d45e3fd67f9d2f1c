#include "PlanSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <span>

using namespace Qt::StringLiterals;

namespace {

struct Migration
{
    int toVersion;
    std::span<const char *const> statements;
};

// Version 1: the shop profile, the team and the audit trail.
constexpr std::array v1 {
    "CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE person("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " role TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '',"
    " phone TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL DEFAULT 'staff',"
    " status TEXT NOT NULL DEFAULT 'active',"
    " left_on TEXT)",
    "CREATE TABLE shop("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " platform TEXT NOT NULL DEFAULT 'other',"
    " owner_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
    " me_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL)",
    "CREATE TABLE shop_url(position INTEGER PRIMARY KEY, url TEXT NOT NULL)",
    "CREATE TABLE audit("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " os_user TEXT NOT NULL,"
    " member TEXT NOT NULL,"
    " area TEXT NOT NULL,"
    " entity TEXT NOT NULL,"
    " entity_id TEXT NOT NULL,"
    " field TEXT NOT NULL,"
    " old_value TEXT,"
    " new_value TEXT,"
    " prev_hash TEXT NOT NULL,"
    " hash TEXT NOT NULL)",
    "CREATE INDEX audit_area_at ON audit(area, at)",
};

// Version 2: the history of TLS probes, one row per probed address.
constexpr std::array v2 {
    "CREATE TABLE tls_probe("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " host TEXT NOT NULL,"
    " port INTEGER NOT NULL,"
    " ip TEXT NOT NULL DEFAULT '',"
    " grade TEXT NOT NULL DEFAULT '',"
    " result TEXT NOT NULL)",
    "CREATE INDEX tls_probe_host_at ON tls_probe(host, at)",
};

// Version 3: the shop's providers, their answers to the question bank and the evidence files.
constexpr std::array v3 {
    "CREATE TABLE provider("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " kind TEXT NOT NULL,"
    " services TEXT NOT NULL DEFAULT '',"
    " contract_start TEXT,"
    " contract_end TEXT,"
    " support_phone TEXT NOT NULL DEFAULT '',"
    " support_email TEXT NOT NULL DEFAULT '',"
    " portal_url TEXT NOT NULL DEFAULT '',"
    " support_hours TEXT NOT NULL DEFAULT '',"
    " support_24x7 INTEGER NOT NULL DEFAULT 0,"
    " account_id TEXT NOT NULL DEFAULT '',"
    " escalation TEXT NOT NULL DEFAULT '',"
    " certifications TEXT NOT NULL DEFAULT '[]',"
    " credential_ref TEXT NOT NULL DEFAULT '',"
    " credential_user TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE provider_answer("
    " id INTEGER PRIMARY KEY,"
    " provider_id INTEGER NOT NULL REFERENCES provider(id) ON DELETE CASCADE,"
    " question_id TEXT NOT NULL,"
    " question_version INTEGER NOT NULL,"
    " value TEXT NOT NULL,"
    " answered_by TEXT NOT NULL,"
    " given_on TEXT NOT NULL,"
    " entered_at TEXT NOT NULL,"
    " notes TEXT NOT NULL DEFAULT '',"
    " UNIQUE (provider_id, question_id))",
    "CREATE TABLE answer_attachment("
    " id INTEGER PRIMARY KEY,"
    " answer_id INTEGER NOT NULL REFERENCES provider_answer(id) ON DELETE CASCADE,"
    " file_name TEXT NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " size INTEGER NOT NULL,"
    " added_at TEXT NOT NULL,"
    " data BLOB NOT NULL)",
    "CREATE INDEX answer_attachment_answer ON answer_attachment(answer_id)",
};

// Version 4: the systems where the shop's accounts live, the accounts, and whose they are; what
// people's work needs, developers' confirmations and leavers' checklists.
constexpr std::array v4 {
    "CREATE TABLE account_system("
    " id INTEGER PRIMARY KEY,"
    " kind TEXT NOT NULL,"
    " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
    " provider_id INTEGER REFERENCES provider(id) ON DELETE SET NULL,"
    " audit_log TEXT NOT NULL DEFAULT 'unknown',"
    " audit_retention_days INTEGER NOT NULL DEFAULT 0,"
    " audit_reviewed_on TEXT,"
    " mfa_enforced TEXT NOT NULL DEFAULT 'unknown',"
    " password_min_length INTEGER NOT NULL DEFAULT 0,"
    " password_max_age_days INTEGER NOT NULL DEFAULT 0,"
    " lockout_after INTEGER NOT NULL DEFAULT 0,"
    " builtin_admin TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE account("
    " id INTEGER PRIMARY KEY,"
    " system_id INTEGER NOT NULL REFERENCES account_system(id) ON DELETE CASCADE,"
    " user_key TEXT NOT NULL,"
    " user_name TEXT NOT NULL CHECK (length(trim(user_name)) > 0),"
    " display_name TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '',"
    " role TEXT NOT NULL DEFAULT 'custom',"
    " platform_role TEXT NOT NULL DEFAULT '',"
    " reach TEXT NOT NULL DEFAULT '',"
    " mfa TEXT NOT NULL DEFAULT 'unknown',"
    " last_login TEXT,"
    " last_password_change TEXT,"
    " created TEXT,"
    " shared INTEGER NOT NULL DEFAULT 0,"
    " service INTEGER NOT NULL DEFAULT 0,"
    " status TEXT NOT NULL DEFAULT 'active',"
    " source_file TEXT NOT NULL DEFAULT '',"
    " imported_at TEXT,"
    " UNIQUE (system_id, user_key))",
    "CREATE TABLE account_person("
    " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
    " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
    " PRIMARY KEY (account_id, person_id)) WITHOUT ROWID",
    "CREATE INDEX account_person_person ON account_person(person_id)",
    // What a person's work needs (NULL: not said) and when a developer's project ended.
    "CREATE TABLE person_access("
    " person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,"
    " needs TEXT,"
    " project_ended_on TEXT)",
    "CREATE TABLE confirmation_letter("
    " id INTEGER PRIMARY KEY,"
    " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
    " written_on TEXT NOT NULL,"
    " account_ids TEXT NOT NULL)",
    "CREATE TABLE account_confirmation("
    " id INTEGER PRIMARY KEY,"
    " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
    " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
    " letter_id INTEGER REFERENCES confirmation_letter(id) ON DELETE SET NULL,"
    " decision TEXT NOT NULL,"
    " reason TEXT NOT NULL DEFAULT '',"
    " replied_on TEXT NOT NULL)",
    "CREATE TABLE leaver_step("
    " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
    " person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,"
    " action TEXT NOT NULL,"
    " handed_to INTEGER REFERENCES person(id) ON DELETE SET NULL,"
    " done_on TEXT NOT NULL,"
    " status_before TEXT NOT NULL DEFAULT 'active',"
    " heir_was_linked INTEGER NOT NULL DEFAULT 0,"
    " PRIMARY KEY (account_id, person_id)) WITHOUT ROWID",
};

// Version 5: the contingency plan — what the shop must have at hand on a bad day, each check of it
// with its evidence, the DDoS plan — and the findings the owner has accepted with a reason.
constexpr std::array v5 {
    "CREATE TABLE recovery_item("
    " id INTEGER PRIMARY KEY,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " kind TEXT NOT NULL,"
    " built_in TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '',"
    " holder_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
    " holder_provider_id INTEGER REFERENCES provider(id) ON DELETE SET NULL,"
    " location TEXT NOT NULL DEFAULT '',"
    " how_to_reach TEXT NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '',"
    " secret_ref TEXT NOT NULL DEFAULT '',"
    " secret_user TEXT NOT NULL DEFAULT '')",
    // The seed list every plan starts with (RecoveryItems::standardItems(), in the same order).
    "INSERT INTO recovery_item(position, kind, built_in) VALUES"
    " (0, 'backup', 'backup'), (1, 'customer_export', 'customer_export'),"
    " (2, 'order_export', 'order_export'), (3, 'product_csv', 'product_csv'),"
    " (4, 'certificate', 'certificate'), (5, 'code', 'code'), (6, 'root_account', 'root_account')",
    "CREATE TABLE recovery_verification("
    " id INTEGER PRIMARY KEY,"
    " item_id INTEGER NOT NULL REFERENCES recovery_item(id) ON DELETE CASCADE,"
    " at TEXT NOT NULL,"
    " by_whom TEXT NOT NULL,"
    " by_hand INTEGER NOT NULL DEFAULT 0,"
    " outcome TEXT NOT NULL,"
    " checks TEXT NOT NULL,"
    " facts TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX recovery_verification_item ON recovery_verification(item_id, at)",
    "CREATE TABLE ddos_plan("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " cdn_provider_id INTEGER REFERENCES provider(id) ON DELETE SET NULL,"
    " cdn_notes TEXT NOT NULL DEFAULT '',"
    " last_drill TEXT,"
    " drill_notes TEXT NOT NULL DEFAULT '')",
    "INSERT INTO ddos_plan(id) VALUES (1)",
    "CREATE TABLE ddos_call("
    " id INTEGER PRIMARY KEY,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " task TEXT NOT NULL CHECK (length(trim(task)) > 0),"
    " caller_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
    " callee_provider_id INTEGER REFERENCES provider(id) ON DELETE SET NULL,"
    " callee_person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,"
    " channel TEXT NOT NULL DEFAULT '',"
    " contact TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE ddos_step("
    " id INTEGER PRIMARY KEY,"
    " position INTEGER NOT NULL DEFAULT 0,"
    " built_in TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '',"
    " prepared INTEGER NOT NULL DEFAULT 0,"
    " prepared_on TEXT,"
    " notes TEXT NOT NULL DEFAULT '')",
    // The standard steps (DdosPlan::standardSteps(), in the same order).
    "INSERT INTO ddos_step(position, built_in) VALUES (0, 'cdn_attack_mode'), (1, 'rate_limiting'),"
    " (2, 'origin_locked'), (3, 'caching'), (4, 'dns_access'), (5, 'customer_message')",
    "CREATE TABLE finding_acceptance("
    " id INTEGER PRIMARY KEY,"
    " rule_id TEXT NOT NULL,"
    " subject TEXT NOT NULL DEFAULT '',"
    " reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),"
    " accepted_by TEXT NOT NULL,"
    " accepted_on TEXT NOT NULL,"
    " expires_on TEXT,"
    " UNIQUE (rule_id, subject))",
};

// Version 6: the readiness score's history, one row each time the score or a step's part changed.
constexpr std::array v6 {
    "CREATE TABLE readiness_history("
    " id INTEGER PRIMARY KEY,"
    " recorded_at TEXT NOT NULL,"
    " score INTEGER NOT NULL,"
    " parts TEXT NOT NULL)", // JSON: {"tls": 80, ...}
};

constexpr std::array migrations {
    Migration { 1, v1 }, Migration { 2, v2 }, Migration { 3, v3 },
    Migration { 4, v4 }, Migration { 5, v5 }, Migration { 6, v6 },
};

} // namespace

int PlanSchema::currentVersion()
{
    return migrations.back().toVersion;
}

Status PlanSchema::migrate(QSqlDatabase &db, int fromVersion)
{
    QSqlQuery query(db);
    for (const Migration &migration : migrations) {
        if (migration.toVersion <= fromVersion)
            continue;
        for (const char *statement : migration.statements) {
            if (!query.exec(QString::fromLatin1(statement)))
                return Error { QCoreApplication::translate(
                                   "PlanSchema", "The plan could not be brought up to date (step %1): %2")
                                   .arg(migration.toVersion)
                                   .arg(query.lastError().text()) };
        }
        if (!query.exec(u"PRAGMA user_version = %1"_s.arg(migration.toVersion)))
            return Error { query.lastError().text() };
    }
    return Status::success();
}
