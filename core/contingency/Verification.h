#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// How one check of a recovery item came out, best first so outcomes compare naturally.
enum class CheckOutcome
{
    Passed,
    Info,
    Warning,
    Failed,
};

namespace CheckOutcomes {
QString key(CheckOutcome outcome); // "passed", "info", "warning", "failed"
CheckOutcome fromKey(const QString &key, bool *ok = nullptr);
QString name(CheckOutcome outcome); // translated: "Passed", "Note", "Warning", "Failed"
} // namespace CheckOutcomes

// One thing a verifier looked at, in plain words, with a stable code the findings read
// (e.g. "backup.newest.age", "cert.key.live", "git.unpushed").
struct VerificationCheck
{
    QString code;
    CheckOutcome outcome = CheckOutcome::Info;
    QString text; // translated, plain words, with the figures seen ("The newest backup is 3 hours old.")

    bool operator==(const VerificationCheck &other) const = default;
};

// What one verification of a recovery item found: when, by whom, each check, and the facts it
// saw (kept as JSON for the binder: the newest backup's name and time, the last commits, ...).
struct Verification
{
    QDateTime at; // UTC
    QString by; // who ran it (the plan's actor) — set by the caller
    bool byHand = false; // the owner confirmed it by hand (no verifier for this kind, or a physical place)
    QList<VerificationCheck> checks;
    QJsonObject facts;

    // The worst outcome of the checks (notes aside: Passed when every other check passed); Info
    // when there are none or all are notes.
    CheckOutcome outcome() const;
    bool hasCheck(const QString &code) const;
    // The check with that code, or nullptr.
    const VerificationCheck *check(const QString &code) const;
    // Every check's text, one per line, for listings and the binder.
    QString summary() const;

    void add(QString code, CheckOutcome outcome, QString text)
    {
        checks.append({ std::move(code), outcome, std::move(text) });
    }
    bool operator==(const Verification &other) const = default;
};
