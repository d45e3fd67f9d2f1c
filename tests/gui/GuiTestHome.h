#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Gives a GUI test a home of its own: HOME and the XDG folders in a temporary directory, Qt's
// test-mode paths, and Storefort's application name, so settings and plans never touch the
// person's own. Call start() first in initTestCase(), before anything reads a setting.
class GuiTestHome
{
public:
    bool start()
    {
        if (!m_home.isValid())
            return false;
        const QByteArray home = QFile::encodeName(m_home.path());
        qputenv("HOME", home);
        qputenv("XDG_CONFIG_HOME", home + "/.config");
        qputenv("XDG_DATA_HOME", home + "/.local/share");
        qputenv("XDG_CACHE_HOME", home + "/.cache");
        qputenv("XDG_STATE_HOME", home + "/.local/state");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Storefort"));
        QCoreApplication::setOrganizationDomain(QStringLiteral("storefort.org"));
        QCoreApplication::setApplicationName(QStringLiteral("Storefort"));
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home.path());
    }

    // Forgets every setting and plan of the previous test function.
    void reset()
    {
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    QString path() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
};
