#include "Provider.h"

#include "plan/Person.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

QString Certification::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::PciDssAoc:
        return u"pci-dss-aoc"_s;
    case Kind::Soc2:
        return u"soc2"_s;
    case Kind::Iso27001:
        return u"iso27001"_s;
    case Kind::Other:
        break;
    }
    return u"other"_s;
}

Certification::Kind Certification::kindFromKey(const QString &key, bool *ok)
{
    for (Kind kind : kinds()) {
        if (kindKey(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Other;
}

QString Certification::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PciDssAoc:
        return QCoreApplication::translate("Certification", "PCI DSS attestation of compliance");
    case Kind::Soc2:
        return QCoreApplication::translate("Certification", "SOC 2 report");
    case Kind::Iso27001:
        return QCoreApplication::translate("Certification", "ISO/IEC 27001 certificate");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("Certification", "Other certification");
}

QList<Certification::Kind> Certification::kinds()
{
    return { Kind::PciDssAoc, Kind::Soc2, Kind::Iso27001, Kind::Other };
}

QString Certification::displayName() const
{
    if (kind == Kind::Other && !name.trimmed().isEmpty())
        return name.trimmed();
    return kindName(kind);
}

QString Provider::check() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Provider", "Every provider needs a name.");
    if (const QString problem = Person::checkEmail(supportEmail); !problem.isEmpty())
        return problem;
    if (contractStart.isValid() && contractEnd.isValid() && contractEnd < contractStart)
        return QCoreApplication::translate("Provider", "The contract cannot end before it starts.");
    if (!portalUrl.trimmed().isEmpty()) {
        const QUrl url(portalUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s)
            || url.host().isEmpty())
            return QCoreApplication::translate(
                       "Provider", "\"%1\" is not a web address. Write it like https://portal.example.")
                .arg(portalUrl.trimmed());
    }
    for (const Certification &c : certifications) {
        if (c.kind == Certification::Kind::Other && c.name.trimmed().isEmpty())
            return QCoreApplication::translate("Provider", "Name the certification the provider holds.");
    }
    return {};
}
