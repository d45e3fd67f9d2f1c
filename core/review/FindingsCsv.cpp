#include "FindingsCsv.h"

#include "common/Csv.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QByteArray FindingsCsv::write(const QList<PlanFinding> &findings, const QLocale &locale)
{
    const QChar delimiter = locale.decimalPoint() == u","_s ? u';' : u',';
    const QStringList header {
        QCoreApplication::translate("FindingsCsv", "Step"),
        QCoreApplication::translate("FindingsCsv", "Rule"),
        QCoreApplication::translate("FindingsCsv", "Severity"),
        QCoreApplication::translate("FindingsCsv", "State"),
        QCoreApplication::translate("FindingsCsv", "Title"),
        QCoreApplication::translate("FindingsCsv", "Subject"),
        QCoreApplication::translate("FindingsCsv", "What was seen"),
        QCoreApplication::translate("FindingsCsv", "Why it matters"),
        QCoreApplication::translate("FindingsCsv", "How to fix it"),
        QCoreApplication::translate("FindingsCsv", "Accepted by"),
        QCoreApplication::translate("FindingsCsv", "Accepted on"),
        QCoreApplication::translate("FindingsCsv", "Reason"),
        QCoreApplication::translate("FindingsCsv", "Accepted until"),
    };
    QString text = CsvReader::formatRecord(header, delimiter);
    for (const PlanFinding &pf : findings) {
        const Finding &f = pf.finding;
        const FindingAcceptance a = pf.acceptance.value_or(FindingAcceptance {});
        QStringList row {
            PlanAreas::name(pf.area),
            f.id,
            Severities::name(f.severity),
            pf.isAccepted() ? QCoreApplication::translate("FindingsCsv", "accepted")
                            : QCoreApplication::translate("FindingsCsv", "open"),
            f.title,
            f.subject,
            f.evidence,
            f.why,
            f.fix,
            a.acceptedBy,
            isoDate(a.acceptedOn),
            a.reason,
            isoDate(a.expiresOn),
        };
        // Every cell, even the plan's own words: a provider's answer or an account's name can start
        // with "=" and would run as a formula in the spreadsheet that opens the file.
        for (QString &cell : row)
            cell = CsvReader::neutralised(cell);
        text += CsvReader::formatRecord(row, delimiter);
    }
    // The BOM tells spreadsheets that the file is UTF-8.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}
