#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

QStringList Translations::languageCodes()
{
    return { QString(), u"en"_s, u"de"_s, u"fr"_s, u"es"_s };
}

QString Translations::languageName(const QString &code)
{
    if (code.isEmpty())
        return QCoreApplication::translate("Translations", "System language");
    if (code == u"en"_s)
        return u"English"_s;
    if (code == u"de"_s)
        return u"Deutsch"_s;
    if (code == u"fr"_s)
        return u"Français"_s;
    if (code == u"es"_s)
        return u"Español"_s;
    return code;
}

QString Translations::install(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    const QString language = QLocale::languageToCode(locale.language());
    // English has a catalogue too: the plural forms of "%n change(s)" and the like.
    // Parented to the application: they live exactly as long as it does.
    auto *ours = new QTranslator(&app);
    if (ours->load(locale, u"storefort"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}
