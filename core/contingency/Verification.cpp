#include "Verification.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

QString CheckOutcomes::key(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return u"passed"_s;
    case CheckOutcome::Info:
        return u"info"_s;
    case CheckOutcome::Warning:
        return u"warning"_s;
    case CheckOutcome::Failed:
        return u"failed"_s;
    }
    return u"info"_s;
}

CheckOutcome CheckOutcomes::fromKey(const QString &key, bool *ok)
{
    for (CheckOutcome outcome :
         { CheckOutcome::Passed, CheckOutcome::Info, CheckOutcome::Warning, CheckOutcome::Failed }) {
        if (CheckOutcomes::key(outcome) == key) {
            if (ok)
                *ok = true;
            return outcome;
        }
    }
    if (ok)
        *ok = false;
    return CheckOutcome::Info;
}

QString CheckOutcomes::name(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return QCoreApplication::translate("CheckOutcome", "Passed");
    case CheckOutcome::Info:
        return QCoreApplication::translate("CheckOutcome", "Note");
    case CheckOutcome::Warning:
        return QCoreApplication::translate("CheckOutcome", "Warning");
    case CheckOutcome::Failed:
        return QCoreApplication::translate("CheckOutcome", "Failed");
    }
    return {};
}

CheckOutcome Verification::outcome() const
{
    // A note does not lower a passed verification; a warning or a failure does.
    bool passed = false;
    CheckOutcome worst = CheckOutcome::Info;
    for (const VerificationCheck &c : checks) {
        passed = passed || c.outcome == CheckOutcome::Passed;
        worst = std::max(worst, c.outcome);
    }
    return worst == CheckOutcome::Info && passed ? CheckOutcome::Passed : worst;
}

bool Verification::hasCheck(const QString &code) const
{
    return check(code) != nullptr;
}

const VerificationCheck *Verification::check(const QString &code) const
{
    for (const VerificationCheck &c : checks) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QString Verification::summary() const
{
    QStringList lines;
    lines.reserve(checks.size());
    for (const VerificationCheck &c : checks)
        lines.append(c.text);
    return lines.join(u'\n');
}
