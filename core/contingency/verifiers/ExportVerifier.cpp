#include "contingency/verifiers/ExportVerifier.h"

#include "common/Csv.h"
#include "common/IsoTime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A column an export must have: how the owner reads it, and the names shop systems give it
// (compared the way CsvTable::column() does: case, spaces, '_' and '-' do not count).
struct ExpectedColumn
{
    QString title;
    QStringList names;
};

QList<ExpectedColumn> expected(RecoveryKind kind)
{
    switch (kind) {
    case RecoveryKind::ProductCsv:
        return {
            { QCoreApplication::translate("ExportVerifier", "SKU"),
              { u"SKU"_s, u"Article number"_s, u"Article no"_s, u"Art.-Nr."_s, u"Product code"_s,
                u"Item number"_s, u"Item code"_s, u"Product SKU"_s, u"Variant SKU"_s, u"Part number"_s } },
            { QCoreApplication::translate("ExportVerifier", "name"),
              { u"Name"_s, u"Product name"_s, u"Title"_s, u"Product title"_s, u"Item name"_s,
                u"Product"_s } },
            { QCoreApplication::translate("ExportVerifier", "price"),
              { u"Price"_s, u"Regular price"_s, u"Variant price"_s, u"Unit price"_s, u"Product price"_s,
                u"Retail price"_s } },
        };
    case RecoveryKind::CustomerExport:
        return {
            { QCoreApplication::translate("ExportVerifier", "e-mail"),
              { u"Customer e-mail"_s, u"Email"_s, u"E-mail address"_s, u"Email address"_s, u"Mail"_s,
                u"Billing email"_s, u"User email"_s } },
            { QCoreApplication::translate("ExportVerifier", "name"),
              { u"Name"_s, u"Customer name"_s, u"Full name"_s, u"First name"_s, u"Last name"_s,
                u"Billing first name"_s, u"Billing last name"_s, u"Display name"_s } },
        };
    case RecoveryKind::OrderExport:
        return {
            { QCoreApplication::translate("ExportVerifier", "order number"),
              { u"Order number"_s, u"Order id"_s, u"Order #"_s, u"Order no"_s, u"Order no."_s, u"Order"_s,
                u"Order reference"_s } },
            { QCoreApplication::translate("ExportVerifier", "date"),
              { u"Date"_s, u"Order date"_s, u"Created"_s, u"Created at"_s, u"Date created"_s,
                u"Purchase date"_s, u"Paid at"_s } },
            { QCoreApplication::translate("ExportVerifier", "total"),
              { u"Total"_s, u"Order total"_s, u"Amount"_s, u"Grand total"_s, u"Total amount"_s,
                u"Order amount"_s } },
        };
    case RecoveryKind::Backup:
    case RecoveryKind::Certificate:
    case RecoveryKind::CodeRepository:
    case RecoveryKind::RootAccount:
    case RecoveryKind::Other:
        break;
    }
    return {};
}

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// The newest .csv file in a folder (not its subfolders).
QFileInfo newestCsv(const QString &folder)
{
    const QFileInfoList files
        = QDir(folder).entryInfoList({ u"*.csv"_s }, QDir::Files, QDir::Time); // name filters ignore case
    return files.isEmpty() ? QFileInfo() : files.first();
}

} // namespace

QStringList ExportVerifier::expectedColumns(RecoveryKind kind)
{
    QStringList titles;
    for (const ExpectedColumn &column : expected(kind))
        titles.append(column.title);
    return titles;
}

Verification ExportVerifier::verify(RecoveryKind kind, const QString &path, const QDateTime &now,
                                    const Options &options)
{
    Verification v;
    v.at = now.toUTC();
    const QString shownPath = QDir::toNativeSeparators(path);

    if (path.trimmed().isEmpty()) {
        v.add(u"export.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("ExportVerifier", "No export file or folder is given."));
        return v;
    }
    QFileInfo info(path);
    if (!info.exists()) {
        v.add(u"export.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("ExportVerifier",
                                          "The export %1 does not exist on this computer (or the drive or "
                                          "share it is on is not connected).")
                  .arg(shownPath));
        return v;
    }
    if (info.isDir()) {
        const QFileInfo newest = newestCsv(info.absoluteFilePath());
        if (!newest.exists()) {
            v.add(u"export.path"_s, CheckOutcome::Failed,
                  QCoreApplication::translate("ExportVerifier", "The folder %1 holds no CSV file.")
                      .arg(shownPath));
            return v;
        }
        info = newest;
    }

    const QString name = info.fileName();
    const QDateTime modified = info.lastModified().toUTC();
    v.facts.insert(u"file"_s, name);
    v.facts.insert(u"modified"_s, IsoTime::text(modified));

    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        v.add(u"export.path"_s, CheckOutcome::Failed,
              QCoreApplication::translate("ExportVerifier", "Storefort is not allowed to read the export %1.")
                  .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return v;
    }
    v.add(u"export.path"_s, CheckOutcome::Passed,
          QCoreApplication::translate("ExportVerifier", "The export %1 is there.")
              .arg(QDir::toNativeSeparators(info.absoluteFilePath())));

    const qint64 ageDays = std::max<qint64>(0, modified.secsTo(now)) / 86400;
    if (ageDays > options.maxAgeDays) {
        v.add(u"export.age"_s, CheckOutcome::Warning,
              QCoreApplication::translate("ExportVerifier",
                                          "The export %1 is %n day(s) old (made %2). Make a new one: it "
                                          "should be at most %3 days old.",
                                          nullptr, int(ageDays))
                  .arg(name, when(modified), QLocale().toString(options.maxAgeDays)));
    } else {
        v.add(u"export.age"_s, CheckOutcome::Passed,
              QCoreApplication::translate("ExportVerifier", "The export %1 was made %2.")
                  .arg(name, when(modified)));
    }

    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        v.facts.insert(u"rows"_s, 0);
        v.add(u"export.rows"_s, CheckOutcome::Failed,
              QCoreApplication::translate("ExportVerifier", "The export %1 is empty: there is nothing in it.")
                  .arg(name));
        return v;
    }
    const Result<CsvTable> table = CsvReader::read(bytes);
    if (!table) {
        v.add(u"export.parse"_s, CheckOutcome::Failed,
              QCoreApplication::translate("ExportVerifier",
                                          "The export %1 cannot be read as a CSV file (a spreadsheet's "
                                          "text form). %2")
                  .arg(name, table.error()));
        return v;
    }
    const int rows = int(table->records.size());
    v.facts.insert(u"rows"_s, rows);
    v.facts.insert(u"columns"_s, QJsonArray::fromStringList(table->header));
    v.add(u"export.parse"_s, CheckOutcome::Passed,
          QCoreApplication::translate("ExportVerifier",
                                      "The export %1 reads as a CSV file with %n column(s).", nullptr,
                                      int(table->header.size()))
              .arg(name));

    if (rows == 0) {
        v.add(u"export.rows"_s, CheckOutcome::Failed,
              QCoreApplication::translate("ExportVerifier",
                                          "The export %1 has only its column names: there are no rows of "
                                          "data in it.")
                  .arg(name));
    } else {
        v.add(u"export.rows"_s, CheckOutcome::Passed,
              QCoreApplication::translate("ExportVerifier", "The export %1 holds %n row(s) of data.", nullptr,
                                          rows)
                  .arg(name));
    }

    const QList<ExpectedColumn> columns = expected(kind);
    if (columns.isEmpty())
        return v;
    QStringList missing;
    QStringList found;
    for (const ExpectedColumn &column : columns) {
        if (table->column(column.names) < 0)
            missing.append(column.title);
        else
            found.append(column.title);
    }
    const QLocale locale;
    if (missing.isEmpty()) {
        v.add(u"export.columns"_s, CheckOutcome::Passed,
              QCoreApplication::translate("ExportVerifier", "The export %1 has the columns it needs: %2.")
                  .arg(name, locale.createSeparatedList(found)));
    } else {
        v.add(u"export.columns"_s, CheckOutcome::Warning,
              QCoreApplication::translate("ExportVerifier",
                                          "The export %1 has no column for %2. Check that the export "
                                          "includes it; its columns are: %3.")
                  .arg(name, locale.createSeparatedList(missing), table->header.join(u", "_s)));
    }
    return v;
}
