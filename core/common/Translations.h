#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages Storefort speaks, and loading them: ours from the embedded catalogues and Qt's
// own (qtbase_*.qm) from the system, by the system locale or the owner's choice.
namespace Translations {

// "" means the system's language; otherwise "en", "de", "fr" or "es".
QStringList languageCodes();
QString languageName(const QString &code); // in that language ("Deutsch"); "" gives a translated "System"

// Installs the translators for `code` on the application; returns the language actually used.
QString install(QCoreApplication &app, const QString &code);

} // namespace Translations
