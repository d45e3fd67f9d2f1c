#pragma once

#include <QJsonObject>
#include <QString>

// Which column of an arbitrary CSV file holds which field of an account, by the column's name.
// Empty: the file has no such column. Kept as JSON so the mapping can be remembered per source.
struct AccountColumnMapping
{
    QString userName; // the only column that must be there
    QString displayName;
    QString firstName; // joined with lastName when there is no display name column
    QString lastName;
    QString email;
    QString role; // administrator, manager, editor, viewer, ... (ImportValues::role)
    QString mfa; // yes / no
    QString lastLogin;
    QString lastPasswordChange;
    QString created;
    QString active; // yes / no, or active / disabled / suspended / blocked

    bool operator==(const AccountColumnMapping &other) const = default;

    QJsonObject toJson() const;
    static AccountColumnMapping fromJson(const QJsonObject &object);
};
