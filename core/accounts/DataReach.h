#pragma once

#include <QFlags>
#include <QList>
#include <QString>

// The kinds of the shop's data an account can reach. Keys are stable: they are stored in plans.
enum class DataKind
{
    CustomerData = 0x01, // "customers"
    OrdersAndHabits = 0x02, // "orders": orders and buying habits
    ProductLists = 0x04, // "products"
    CostsAndPrices = 0x08, // "costs": purchase costs and prices
    Payments = 0x10, // "payments"
    CodeAndDeployment = 0x20, // "code"
};
Q_DECLARE_FLAGS(DataReach, DataKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(DataReach)

namespace DataKinds {
QList<DataKind> all();
DataReach everything();
QString key(DataKind kind);
DataKind fromKey(const QString &key, bool *ok = nullptr);
QString name(DataKind kind); // translated
// "customers;orders" and back; unknown keys are dropped.
QString keys(DataReach reach);
DataReach fromKeys(const QString &keys);
} // namespace DataKinds
