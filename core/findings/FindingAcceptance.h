#pragma once

#include "Finding.h"

#include <QDate>
#include <QList>
#include <QString>

// A finding the owner has accepted as a risk they choose to carry, with the reason and until when.
// An accepted finding stays visible (marked as accepted, with the reason) — in the binder too.
struct FindingAcceptance
{
    qint64 id = 0;
    QString ruleId;
    QString subject;
    QString reason;
    QString acceptedBy; // the plan's actor when it was accepted
    QDate acceptedOn;
    QDate expiresOn; // invalid: until withdrawn

    bool covers(const Finding &finding, QDate today) const
    {
        return finding.id == ruleId && finding.subject == subject
            && (!expiresOn.isValid() || today <= expiresOn);
    }
    bool operator==(const FindingAcceptance &other) const = default;
};
