#pragma once

#include <QList>
#include <QString>

// How much a finding matters, most severe last so severities compare naturally.
enum class Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical,
};

// One thing a rule found: a stable rule id, a severity, and in plain words what is wrong, why it
// matters, what was seen, and how to fix it. `subject` names what it is about (e.g.
// "provider/3/host.tls.versions"), so the same rule can find several things in one plan.
struct Finding
{
    QString id; // stable rule id, e.g. "TLS-PROTO-SSL3", "PROV-ANSWER-SHORT"
    Severity severity = Severity::Info;
    QString title;
    QString why;
    QString evidence;
    QString fix;
    QString subject;
};

namespace Severities {
QString key(Severity severity); // "critical", "high", "medium", "low", "info"
Severity fromKey(const QString &key, bool *ok = nullptr);
QString name(Severity severity); // translated: "Critical", "High", ...
// Most severe first, then by id and subject, so lists read the same way every time.
void sort(QList<Finding> &findings);
} // namespace Severities
