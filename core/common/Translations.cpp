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

    // Parented to the application: they live exactly as long as it does.
    // English has a catalogue too: its plural forms ("1 change", "2 changes"). It is also the one
    // used when there is none for the owner's language (or the system's is "C").
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, u"storefort"_s, u"_"_s, u":/i18n"_s)
        && !ours->load(u"storefort_en"_s, u":/i18n"_s)) {
        delete ours;
        return u"en"_s;
    }
    QCoreApplication::installTranslator(ours);
    // The language of the catalogue actually loaded ("de", "fr", "es" or "en"), which Qt's own
    // texts (dialog buttons, ...) then follow, so a window never mixes two languages.
    const QString language = QLocale::languageToCode(QLocale(ours->language()).language());
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}
