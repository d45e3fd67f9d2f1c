#pragma once

#include <QString>

#include <optional>

class QWidget;

// The app's file choosers, with a seam for tests: setNextFileName() answers the next one
// (an empty name answers as if the person cancelled).
class FileDialog
{
public:
    static QString openPlanName(QWidget *parent, const QString &caption, const QString &folder);
    enum class Existing
    {
        Refuse,
        MayReplace
    };
    // Asks for a name to save a plan under; adds the .storefort suffix when it is missing.
    // With Existing::Refuse the chooser does not offer to replace a file (the caller will refuse it).
    static QString savePlanName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                Existing existing);

    // Asks for a name to save any other file under (`filter` as QFileDialog takes it); adds
    // `suffix` when the name has none.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                const QString &filter, const QString &suffix);

    // Asks for an existing file of any kind to open (`filter` as QFileDialog takes it).
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                const QString &filter);

    static void setNextFileName(const QString &fileName);

private:
    static std::optional<QString> s_nextFileName;
};
