#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A member of the shop's team: someone who works on or for the shop.
struct Person
{
    enum class Kind
    {
        Staff,
        Developer,
        Agency,
        ProviderContact
    };
    enum class Status
    {
        Active,
        Left
    };

    qint64 id = 0;
    QString name;
    QString role; // role in the business, in the owner's words: "Owner", "Bookkeeper", ...
    QString email;
    QString phone;
    Kind kind = Kind::Staff;
    Status status = Status::Active;
    QDate leftOn; // set when status is Left

    bool operator==(const Person &other) const = default;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key, bool *ok = nullptr);
    static QString kindName(Kind kind);
    static QList<Kind> kinds();
    static QString statusKey(Status status);
    static Status statusFromKey(const QString &key, bool *ok = nullptr);
    static QString statusName(Status status);

    // Plain-words problems with this person's fields, empty when all is well.
    QString check() const;
    static QString checkEmail(const QString &email);
};
