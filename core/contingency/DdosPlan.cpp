#include "DdosPlan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString DdosStep::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    if (builtIn == u"cdn_attack_mode")
        return QCoreApplication::translate("DdosStep", "Know how to switch on the CDN's attack mode");
    if (builtIn == u"rate_limiting")
        return QCoreApplication::translate("DdosStep",
                                           "Limit how often one visitor may log in, search and check out");
    if (builtIn == u"origin_locked")
        return QCoreApplication::translate("DdosStep", "The shop's server answers only the CDN");
    if (builtIn == u"caching")
        return QCoreApplication::translate("DdosStep", "Pages and images are cached by the CDN");
    if (builtIn == u"dns_access")
        return QCoreApplication::translate("DdosStep", "Access to the domain's DNS settings is at hand");
    if (builtIn == u"customer_message")
        return QCoreApplication::translate("DdosStep", "A message to customers is written in advance");
    return {};
}

QString DdosStep::why() const
{
    if (builtIn == u"cdn_attack_mode")
        return QCoreApplication::translate(
            "DdosStep",
            "Most CDNs have a switch that checks every visitor before letting them through. In an attack "
            "minutes count: know where the switch is and who may use it.");
    if (builtIn == u"rate_limiting")
        return QCoreApplication::translate(
            "DdosStep",
            "Floods often aim at the pages that cost the server most work. A limit per visitor keeps "
            "them from tying up the whole shop.");
    if (builtIn == u"origin_locked")
        return QCoreApplication::translate(
            "DdosStep",
            "If the server also answers the open internet, an attacker can go around the CDN. Allow only "
            "the CDN's addresses through the firewall.");
    if (builtIn == u"caching")
        return QCoreApplication::translate(
            "DdosStep",
            "What the CDN serves from its cache never reaches your server, so the shop stays up for "
            "browsing even when the server is busy.");
    if (builtIn == u"dns_access")
        return QCoreApplication::translate(
            "DdosStep",
            "Putting a CDN in front in a hurry, or moving the site, means changing DNS. Know who has the "
            "login and keep the records' lifetime short.");
    if (builtIn == u"customer_message")
        return QCoreApplication::translate(
            "DdosStep",
            "Customers who see a dead shop and hear nothing stop trusting it. A short message ready for "
            "the status page, e-mail and social media saves time when everyone is busy.");
    return {};
}

QList<DdosStep> DdosPlan::standardSteps()
{
    const char16_t *const keys[] { u"cdn_attack_mode", u"rate_limiting", u"origin_locked",
                                   u"caching",         u"dns_access",    u"customer_message" };
    QList<DdosStep> steps;
    int position = 0;
    for (const char16_t *key : keys) {
        DdosStep step;
        step.builtIn = QString::fromUtf16(key);
        step.position = position++;
        steps.append(step);
    }
    return steps;
}
