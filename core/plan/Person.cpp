#include "Person.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace { } // namespace

QList<Person::Kind> Person::kinds()
{
    return { Kind::Staff, Kind::Developer, Kind::Agency, Kind::ProviderContact };
}

QString Person::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Staff:
        return u"staff"_s;
    case Kind::Developer:
        return u"developer"_s;
    case Kind::Agency:
        return u"agency"_s;
    case Kind::ProviderContact:
        return u"provider-contact"_s;
    }
    return u"staff"_s;
}

Person::Kind Person::kindFromKey(const QString &key, bool *ok)
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
    return Kind::Staff;
}

QString Person::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Staff:
        return QCoreApplication::translate("Person", "Staff");
    case Kind::Developer:
        return QCoreApplication::translate("Person", "Developer");
    case Kind::Agency:
        return QCoreApplication::translate("Person", "Agency");
    case Kind::ProviderContact:
        return QCoreApplication::translate("Person", "Provider contact");
    }
    return {};
}

QString Person::statusKey(Status status)
{
    return status == Status::Left ? u"left"_s : u"active"_s;
}

Person::Status Person::statusFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = key == u"left"_s || key == u"active"_s;
    return key == u"left"_s ? Status::Left : Status::Active;
}

QString Person::statusName(Status status)
{
    return status == Status::Left ? QCoreApplication::translate("Person", "Left")
                                  : QCoreApplication::translate("Person", "Active");
}

QString Person::checkEmail(const QString &email)
{
    if (email.trimmed().isEmpty())
        return {};
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!pattern.match(email.trimmed()).hasMatch())
        return QCoreApplication::translate("Person",
                                           "\"%1\" is not an email address. Write it like name@shop.example.")
            .arg(email.trimmed());
    return {};
}

QString Person::check() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Person", "Every team member needs a name.");
    if (const QString problem = checkEmail(email); !problem.isEmpty())
        return problem;
    if (status == Status::Left && !leftOn.isValid())
        return QCoreApplication::translate("Person",
                                           "Enter the date %1 left, so their access can be checked.")
            .arg(name.trimmed());
    return {};
}
