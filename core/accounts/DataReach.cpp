#include "DataReach.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

QList<DataKind> DataKinds::all()
{
    return { DataKind::CustomerData,   DataKind::OrdersAndHabits, DataKind::ProductLists,
             DataKind::CostsAndPrices, DataKind::Payments,        DataKind::CodeAndDeployment };
}

DataReach DataKinds::everything()
{
    DataReach reach;
    for (DataKind kind : all())
        reach |= kind;
    return reach;
}

QString DataKinds::key(DataKind kind)
{
    switch (kind) {
    case DataKind::CustomerData:
        return u"customers"_s;
    case DataKind::OrdersAndHabits:
        return u"orders"_s;
    case DataKind::ProductLists:
        return u"products"_s;
    case DataKind::CostsAndPrices:
        return u"costs"_s;
    case DataKind::Payments:
        return u"payments"_s;
    case DataKind::CodeAndDeployment:
        break;
    }
    return u"code"_s;
}

DataKind DataKinds::fromKey(const QString &key, bool *ok)
{
    for (DataKind kind : all()) {
        if (DataKinds::key(kind) == key) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return DataKind::CustomerData;
}

QString DataKinds::name(DataKind kind)
{
    switch (kind) {
    case DataKind::CustomerData:
        return QCoreApplication::translate("Accounts", "Customer data");
    case DataKind::OrdersAndHabits:
        return QCoreApplication::translate("Accounts", "Orders and buying habits");
    case DataKind::ProductLists:
        return QCoreApplication::translate("Accounts", "Product lists");
    case DataKind::CostsAndPrices:
        return QCoreApplication::translate("Accounts", "Purchase costs and prices");
    case DataKind::Payments:
        return QCoreApplication::translate("Accounts", "Payments");
    case DataKind::CodeAndDeployment:
        break;
    }
    return QCoreApplication::translate("Accounts", "Code and deployment");
}

QString DataKinds::keys(DataReach reach)
{
    QStringList out;
    for (DataKind kind : all()) {
        if (reach.testFlag(kind))
            out.append(key(kind));
    }
    return out.join(u';');
}

DataReach DataKinds::fromKeys(const QString &keys)
{
    DataReach reach;
    if (keys.isEmpty())
        return reach;
    for (const QStringView part : QStringView(keys).split(u';')) {
        bool ok = false;
        const DataKind kind = fromKey(part.trimmed().toString(), &ok);
        if (ok)
            reach |= kind;
    }
    return reach;
}
