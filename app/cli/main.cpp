#include "AccountCommands.h"
#include "AuditCommands.h"
#include "CliContext.h"
#include "ContingencyCommands.h"
#include "PlanCommands.h"
#include "ProbeCommands.h"
#include "ProviderCommands.h"
#include "QuestionnaireCommands.h"
#include "ReportCommands.h"
#include "ReviewCommands.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <memory>

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
        "  providers list PLAN [--json]                                 list the providers and their "
        "answers\n"
        "  providers add PLAN --name NAME --kind KIND [...]             add a provider (see providers add "
        "--help)\n"
        "  providers show PLAN --provider ID [--json]                   one provider: every answer, who gave "
        "it and when\n"
        "  providers check PLAN [--json]                                what the providers' answers leave "
        "open\n"
        "  questionnaire export PLAN --provider ID --format text|pdf|csv -o FILE [--outstanding]\n"
        "                                                               write the email, letter or fill-in "
        "file\n"
        "  questionnaire import PLAN --provider ID FILE [--dry-run] [--take-valid]\n"
        "                                                               record a returned fill-in file\n"
        "  accounts import PLAN --format FORMAT FILE [--system ID] [--map MAPPING.json] [--dry-run]\n"
        "                  [--skip-errors]                              import accounts from an export\n"
        "  accounts list PLAN [--system ID] [--json]                    list the accounts on file\n"
        "  accounts systems PLAN [--json]                               list the systems accounts live on\n"
        "  accounts add-system PLAN --kind KIND --name NAME [--provider ID]\n"
        "                                                               add a system\n"
        "  accounts check PLAN [--json]                                 who can get in: the accounts' "
        "findings\n"
        "  accounts letter PLAN --person ID -o FILE [--format text|pdf] [--no-record]\n"
        "                                                               write a developer's confirmation "
        "letter\n"
        "  binder PLAN -o FILE.pdf [--paper a4|letter]                  write the contingency binder\n"
        "  report PLAN -o FILE.pdf [--paper a4|letter]                  write the full plan report\n"
        "  verify PLAN [--json] [--item ID]                             check the recovery items, record "
        "what was found\n"
        "  calendar PLAN -o FILE.ics                                    write the review dates as "
        "reminders\n"
        "  findings PLAN [--csv FILE] [--json] [--step KEY] [--open]    every step's findings in one "
        "list\n"
        "  score PLAN [--json]                                          the readiness score and what "
        "makes it\n"
        "\n"
        "Options:\n"
        "  --version   print the version\n"
        "  --help      show this help\n"
        "\n"
        "Exit codes: 0 success, 1 error, 2 wrong usage, 3 the history was tampered with (audit "
        "verify) or a check failed (verify).");
}

} // namespace

int main(int argc, char *argv[])
{
    // A PDF letter needs fonts, and fonts need a QGuiApplication; without a display the offscreen
    // platform serves. Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    const bool writesPdf = argc > 1
        && (qstrcmp(argv[1], "questionnaire") == 0 || qstrcmp(argv[1], "binder") == 0
            || qstrcmp(argv[1], "report") == 0
            || (argc > 2 && qstrcmp(argv[1], "accounts") == 0 && qstrcmp(argv[2], "letter") == 0));
    if (writesPdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
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
    if (command == u"providers"_s)
        return ProviderCommands::run(context);
    if (command == u"questionnaire"_s)
        return QuestionnaireCommands::run(context);
    if (command == u"accounts"_s)
        return AccountCommands::run(context);
    if (command == u"binder"_s)
        return ContingencyCommands::binder(context);
    if (command == u"report"_s)
        return ReportCommands::report(context);
    if (command == u"verify"_s)
        return ContingencyCommands::verify(context);
    if (command == u"calendar"_s)
        return ContingencyCommands::calendar(context);
    if (command == u"findings"_s)
        return ReviewCommands::findings(context);
    if (command == u"score"_s)
        return ReviewCommands::score(context);
    return bare.fail(
        QCoreApplication::translate("storefort-cli", "unknown command \"%1\".\n%2").arg(command, usage()),
        CliExit::usage);
}
