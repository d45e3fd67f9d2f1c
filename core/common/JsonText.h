#pragma once

#include <QString>
#include <QStringView>

// Writes JSON text by hand where QJsonDocument is too slow: the plan hands whole imports to SQLite
// as one JSON array (json_each), and writes one audit summary per account of a 100,000-row import.
namespace JsonText {

// Appends `value` as a JSON string, quoted and escaped.
void appendString(QString &out, QStringView value);
// A null QString is written as null.
void appendStringOrNull(QString &out, const QString &value);

} // namespace JsonText
