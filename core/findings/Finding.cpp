#include "Finding.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Severities {

QString key(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return u"critical"_s;
    case Severity::High:
        return u"high"_s;
    case Severity::Medium:
        return u"medium"_s;
    case Severity::Low:
        return u"low"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

Severity fromKey(const QString &key, bool *ok)
{
    static const Severity all[]
        = { Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical };
    for (Severity s : all) {
        if (Severities::key(s) == key) {
            if (ok)
                *ok = true;
            return s;
        }
    }
    if (ok)
        *ok = false;
    return Severity::Info;
}

QString name(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QCoreApplication::translate("Severity", "Critical");
    case Severity::High:
        return QCoreApplication::translate("Severity", "High");
    case Severity::Medium:
        return QCoreApplication::translate("Severity", "Medium");
    case Severity::Low:
        return QCoreApplication::translate("Severity", "Low");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("Severity", "Information");
}

void sort(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.id != b.id)
            return a.id < b.id;
        return a.subject < b.subject;
    });
}

} // namespace Severities
