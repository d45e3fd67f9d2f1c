#pragma once

#include "SecretStore.h"
#include "findings/Finding.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class Plan;

// One secret Storefort keeps in the keychain, as the health check sees it. `secret` is held only
// for CredentialHealth::assess(), which overwrites it.
struct CredentialEntry
{
    QString label; // e.g. "Portal of Example Host"
    SecretRef ref;
    QString secret;
    QDateTime storedAt; // when it was stored or last changed; invalid when nobody knows
    // Words an attacker tries first (the provider's name, the portal user name, the shop's name):
    // a secret made of them scores lower.
    QStringList hints;
};

// What the check found about one entry. Never holds the secret or any part of it.
struct CredentialReport
{
    QString label;
    SecretRef ref;
    QString subject; // "secret/<area>/<item id>/<label>", as the findings name it
    double entropyBits = 0;
    int score = 0; // 0 (very weak) .. 4 (very strong), see CredentialHealth::scoreFor()
    QStringList reusedWith; // labels of the other entries that hold the same secret
    QDateTime storedAt;
    int ageDays = -1; // -1: not known
};

struct CredentialHealthResult
{
    QList<CredentialReport> reports; // in the order of the entries
    QList<Finding> findings; // most severe first
};

// What the keychain gave for a health check: the entries, or in plain words why there are none.
struct CredentialGathering
{
    bool ok = true;
    QString message; // plain words for the owner when !ok (no keychain, locked, refused)
    QList<CredentialEntry> entries;
    QStringList missing; // labels the plan says have a secret, but the keychain has none
};

// "How healthy are the passwords Storefort keeps?": strength (zxcvbn), reuse between entries and
// age, computed in memory when the owner asks and never written anywhere.
//
// Rule ids: CRED-WEAK (score below 3; high below 2), CRED-REUSED (one secret on two or more
// entries), CRED-OLD (not changed for longer than Options::maxAgeDays).
class CredentialHealth
{
public:
    // zxcvbn's entropy estimate in bits -> score. A score holds from its threshold up to the next:
    //   0 very weak  < 28 bits   (a common word or name with a year: found in seconds)
    //   1 weak       28–50 bits  (an 8-character mix, a word with substitutions)
    //   2 fair       50–65 bits  (about 10 random characters)
    //   3 strong     65–90 bits  (12 random characters, or four random words)
    //   4 very strong from 90 bits (16 random characters or more)
    static constexpr double weakFromBits = 28;
    static constexpr double fairFromBits = 50;
    static constexpr double strongFromBits = 65;
    static constexpr double veryStrongFromBits = 90;
    // CRED-WEAK below this score.
    static constexpr int goodEnoughScore = 3;

    struct Options
    {
        QDateTime now; // invalid: Clock::now()
        int maxAgeDays = 365; // CRED-OLD when older than this
    };

    static int scoreFor(double entropyBits);
    // "very weak", "weak", "fair", "strong", "very strong" (translated).
    static QString scoreName(int score);
    // zxcvbn's estimate for `secret`, counting `hints` as words an attacker knows.
    static double entropyBits(const QString &secret, const QStringList &hints = {});

    // Scores every entry and compares them, then overwrites every entry's secret (and every copy
    // sharing its characters) and clears it.
    static CredentialHealthResult assess(QList<CredentialEntry> &entries, const Options &options);
    static CredentialHealthResult assess(QList<CredentialEntry> &entries);

    // When the secret of a provider was last put into the keychain, as the plan's audit trail
    // knows it; invalid when it does not. (Replacing a stored secret leaves no trace in the plan,
    // so this is when one was first stored, or stored again after being deleted.)
    static QDateTime storedAt(const Plan &plan, qint64 providerId);

    using GatherDone = std::function<void(CredentialGathering &gathering)>;
    // Reads the secret of every provider that has one from `store`, one after another, and calls
    // `done` once with the entries (on context's thread; never if context dies first). `done` may
    // pass gathering.entries to assess(); whatever secret is left in them afterwards is wiped.
    // A keychain that is missing, locked or refuses gives ok == false with the store's message.
    static void gather(const Plan &plan, SecretStore &store, QObject *context, GatherDone done);

    static QString subjectFor(const SecretRef &ref);
};

// Overwrites a string's characters in place (in every copy sharing them) and clears it. Static
// data, such as a literal, cannot be written and is only let go of.
void wipeSecretText(QString &text);
