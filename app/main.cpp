#include "Appearance.h"
#include "FirstPaintQuit.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "common/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
// A core dump could hold whatever was in memory, secrets included (as KeePassXC does it).
void disableCoreDumps()
{
#ifdef NDEBUG
    const rlimit none { 0, 0 };
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}
} // namespace

int main(int argc, char *argv[])
{
    disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Storefort"_s);
    QApplication::setOrganizationDomain(u"storefort.org"_s);
    QApplication::setApplicationName(u"Storefort"_s);
    QApplication::setApplicationVersion(QStringLiteral(STOREFORT_VERSION));
    QApplication::setDesktopFileName(u"org.storefort.Storefort"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"org.storefort.Storefort"_s, QIcon(u":/icons/org.storefort.Storefort.svg"_s)));
    Translations::install(app, QSettings().value(SettingsDialog::languageKey()).toString());
    Appearance::apply(Appearance::stored());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Plan and keep the security of your online shop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"plan"_s, QCoreApplication::translate("main", "The plan to open (a .storefort file)."), u"[plan]"_s);
    parser.process(app);

    MainWindow window;
    window.setWelcomeOffered(true);
    window.openAtStart(parser.positionalArguments().value(0));
    FirstPaintQuit::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
