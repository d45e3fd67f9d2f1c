#include "PdfCommand.h"

#include "CliContext.h"
#include "plan/Plan.h"
#include "report/PagedDocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int PdfCommand::run(CliContext &context, const QString &usage, const Build &build)
{
    QCommandLineParser parser;
    const QCommandLineOption output({ u"o"_s, u"output"_s },
                                    QCoreApplication::translate("PdfCommand", "Where to write the PDF."),
                                    u"FILE"_s);
    const QCommandLineOption paper(
        u"paper"_s,
        QCoreApplication::translate("PdfCommand", "a4 or letter (default: the usual paper here)."),
        u"SIZE"_s);
    parser.addOptions({ output, paper });
    if (!context.parse(parser, usage, 1))
        return context.exitCode();
    const QString paperSize = parser.value(paper).toLower();
    if (!parser.isSet(output) || parser.value(output).isEmpty()
        || (parser.isSet(paper) && paperSize != u"a4"_s && paperSize != u"letter"_s))
        return context.fail(usage, CliExit::usage);

    auto opened = Plan::open(parser.positionalArguments().at(0), { .readOnly = true });
    if (!opened)
        return context.fail(opened.error());
    std::optional<QPageSize::PageSizeId> size;
    if (parser.isSet(paper))
        size = paperSize == u"letter"_s ? QPageSize::Letter : QPageSize::A4;
    const PagedDocument document = build(*opened.value(), size);
    const QString path = parser.value(output);
    const Result<int> pages = document.writePdf(path);
    if (!pages)
        return context.fail(pages.error());
    context.out() << QCoreApplication::translate("PdfCommand", "Wrote %1 (%n page(s)).", nullptr,
                                                 pages.value())
                         .arg(path)
                  << Qt::endl;
    return 0;
}
