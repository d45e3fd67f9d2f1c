#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

// One point of the readiness score's history: when, the score, and each step's score by area key
// ("tls" -> 80). Kept by Plan::recordReadiness() only when it differs from the newest one kept.
struct ReadinessRecord
{
    QDateTime at; // UTC; invalid: now when recorded
    int score = 0;
    QMap<QString, int> parts;

    bool operator==(const ReadinessRecord &other) const = default;
};
