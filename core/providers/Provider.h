#pragma once

#include "ProviderKind.h"

#include <QDate>
#include <QList>
#include <QString>

// A certification a provider holds, with the date it runs out.
struct Certification
{
    enum class Kind
    {
        PciDssAoc, // "pci-dss-aoc": PCI DSS Attestation of Compliance
        Soc2, // "soc2"
        Iso27001, // "iso27001"
        Other, // "other": named in `name`
    };
    Kind kind = Kind::PciDssAoc;
    QString name; // for Other; may also hold a scope note
    QDate expires; // invalid: no expiry known

    bool operator==(const Certification &other) const = default;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key, bool *ok = nullptr);
    static QString kindName(Kind kind); // translated
    static QList<Kind> kinds();
    QString displayName() const; // the kind's name, or `name` for Other
};

// One of the shop's providers: who they are, what they run, how to reach them. The portal
// credential lives in the OS keychain; the plan keeps only `credentialRef` (a SecretRef key) and
// whether one was stored.
struct Provider
{
    qint64 id = 0;
    QString name;
    ProviderKind kind = ProviderKind::WebHost;
    QString services; // what they run for the shop, in the owner's words
    QDate contractStart;
    QDate contractEnd;
    QString supportPhone;
    QString supportEmail;
    QString portalUrl;
    QString supportHours; // e.g. "Mon–Fri 8–18 CET"
    bool support24x7 = false;
    QString accountId; // the shop's account / customer id with them
    QString escalationContact; // name, phone or email of whom to call when support does not help
    QList<Certification> certifications;
    QString credentialRef; // SecretRef::key() of the portal credential; empty when none is stored
    QString credentialUser; // the portal's user name is not a secret; shown beside the stored secret
    QString notes;

    bool operator==(const Provider &other) const = default;

    // Plain-words problems with the fields (empty name, bad email, contract ending before it
    // starts, a portal URL that is not http(s)); empty when all is well.
    QString check() const;
};
