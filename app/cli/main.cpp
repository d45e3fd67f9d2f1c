#include "AuditCommands.h"
#include "CliContext.h"
#include "PlanCommands.h"
#include "ProbeCommands.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "storefort-cli",
        "Usage: storefort-cli COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  plan new PATH --shop NAME [--url URL]... [--platform KEY]   create a plan\n"
        "  plan show PATH [--json]                                      show the shop and the team\n"
        "  audit log PATH [--json] [--area AREA] [--person NAME] [--since DATE] [--until DATE]\n"
        "                                                               list the history of changes\n"
        "  audit verify PATH                                            check the history is intact\n"
        "  probe HOST[:PORT] [--json] [--plan PATH] [...]               probe the site's TLS (see probe "
        "--help)\n"
        "  probe --hosts FILE [--jobs N]                                probe many sites, one JSON line "
        "each\n"
        "\n"
        "Options:\n"
        "  --version   print the version\n"
        "  --help      show this help\n"
        "\n"
        "Exit codes: 0 success, 1 error, 2 wrong usage, 3 the history was tampered with.");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Storefort"_s);
    QCoreApplication::setOrganizationDomain(u"storefort.org"_s);
    QCoreApplication::setApplicationName(u"Storefort"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STOREFORT_VERSION));
    Translations::install(app, QSettings().value(u"ui/language"_s).toString());

    QStringList arguments = QCoreApplication::arguments();
    const QString program = arguments.value(0);
    const QString command = arguments.value(1);
    CliContext bare(arguments);
    if (command == u"--version"_s || command == u"-v"_s) {
        bare.out() << "storefort-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        bare.out() << usage() << Qt::endl;
        return 0;
    }
    if (command.isEmpty())
        return bare.fail(usage(), CliExit::usage);

    // Each group sees "storefort-cli VERB ..." as its own program line.
    arguments.removeAt(1);
    CliContext context(arguments);
    if (command == u"plan"_s)
        return PlanCommands::run(context);
    if (command == u"audit"_s)
        return AuditCommands::run(context);
    if (command == u"probe"_s)
        return ProbeCommands::run(context);
    return bare.fail(
        QCoreApplication::translate("storefort-cli", "unknown command \"%1\".\n%2").arg(command, usage()),
        CliExit::usage);
}
