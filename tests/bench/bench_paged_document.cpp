// Not a test: prints how long a big binder takes to lay out and write, and the peak memory.
// bench_paged_document [OUTPUT.pdf] [ROWS] [ROWS_PER_SECTION]: a cover, contents, and sections of
// four-column tables holding ROWS rows in all (10,000 by default, what a large shop's plan may give),
// ROWS_PER_SECTION (1,000) in each.
#include "report/PagedDocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

long peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    const QString out = args.value(1, dir.filePath(u"binder.pdf"_s));
    const int rows = args.value(2, u"10000"_s).toInt();

    QList<DocumentSection> sections;
    sections.append({ u"How to use this binder"_s,
                      u"<p>Keep this binder in a drawer. When the shop is down, start here.</p>"_s
                      u"<ol><li>Stay calm.</li><li>Call the people on the next page.</li></ol>"_s });
    const int perSection = std::max(1, args.value(3, u"1000"_s).toInt());
    for (int s = 0; s * perSection < rows; ++s) {
        QString html = u"<p>Recovery items of group %1, with who holds each and where.</p>"_s.arg(s + 1);
        html += u"<table width=\"100%\"><thead><tr><th>Item</th><th>Held by</th><th>Where</th>"_s
                u"<th>Last verified</th></tr></thead>"_s;
        for (int r = s * perSection; r < std::min(rows, (s + 1) * perSection); ++r)
            html += u"<tr><td>Backup %1 of the shop database</td><td>Ana Owner</td><td>Safe deposit box, "_s
                    u"bank on Main Street</td><td>2026-11-%2</td></tr>"_s.arg(r + 1)
                        .arg(r % 28 + 1, 2, 10, QLatin1Char('0'));
        html += u"</table>"_s;
        sections.append({ u"Recovery items, group %1"_s.arg(s + 1), html, s % 3 != 2 });
    }
    PagedDocument::Options options;
    options.title = u"Contingency binder: shop.example"_s;
    options.marking = u"Confidential"_s;
    options.footerNote = u"Printed 29 November 2026"_s;
    options.contentsTitle = u"Contents"_s;
    PagedDocument doc(options, u"<h1>Contingency binder</h1><p>shop.example</p>"_s, sections);

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Result<int> pages = doc.writePdf(out);
    const qint64 ms = timer.elapsed();
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    QTextStream stdOut(stdout);
    if (!pages) {
        stdOut << "failed: " << pages.error() << '\n';
        return 1;
    }
    stdOut << rows << " rows, " << pages.value() << " pages, " << ms << " ms (" << cpuMs
           << " ms of CPU), peak " << peakKiB() / 1024 << " MiB, " << QFileInfo(out).size() / 1024
           << " KiB\n";
    return 0;
}
