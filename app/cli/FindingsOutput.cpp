#include "FindingsOutput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QJsonObject FindingsOutput::json(const Finding &f)
{
    return QJsonObject {
        { u"id"_s, f.id },
        { u"severity"_s, Severities::key(f.severity) },
        { u"title"_s, f.title },
        { u"why"_s, f.why },
        { u"evidence"_s, f.evidence },
        { u"fix"_s, f.fix },
        { u"subject"_s, f.subject },
    };
}

void FindingsOutput::print(QTextStream &out, const QList<Finding> &findings,
                           const std::function<QString(const Finding &)> &about, bool withWhy)
{
    out << QCoreApplication::translate("FindingsOutput", "Findings (%1):").arg(findings.size()) << '\n';
    if (findings.isEmpty())
        out << "  " << QCoreApplication::translate("FindingsOutput", "(none)") << '\n';
    for (const Finding &f : findings) {
        const QString extra = about ? about(f) : QString();
        out << "  [" << Severities::name(f.severity) << "] " << f.id << "  " << f.title
            << (extra.isEmpty() ? QString() : u" ("_s % extra % u')') << '\n';
        if (!f.evidence.isEmpty()) {
            QString evidence = f.evidence;
            out << "      " << evidence.replace(u'\n', u"\n      "_s) << '\n';
        }
        if (withWhy && !f.why.isEmpty())
            out << "      " << QCoreApplication::translate("FindingsOutput", "Why: %1").arg(f.why) << '\n';
        if (!f.fix.isEmpty())
            out << "      " << QCoreApplication::translate("FindingsOutput", "Fix: %1").arg(f.fix) << '\n';
    }
    out.flush();
}
