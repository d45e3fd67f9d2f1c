#include "FileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

std::optional<QString> FileDialog::s_nextFileName;

namespace {
QString planFilter()
{
    return QCoreApplication::translate("FileDialog", "Storefort plans (*.storefort);;All files (*)");
}
} // namespace

QString FileDialog::openPlanName(QWidget *parent, const QString &caption, const QString &folder)
{
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, folder, planFilter());
}

QString FileDialog::savePlanName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 Existing existing)
{
    QString name;
    if (s_nextFileName)
        name = *std::exchange(s_nextFileName, std::nullopt);
    else
        name = QFileDialog::getSaveFileName(parent, caption, suggestedPath, planFilter(), nullptr,
                                            existing == Existing::Refuse ? QFileDialog::DontConfirmOverwrite
                                                                         : QFileDialog::Options());
    if (!name.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += u".storefort"_s;
    return name;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter, const QString &suffix)
{
    QString name;
    if (s_nextFileName)
        name = *std::exchange(s_nextFileName, std::nullopt);
    else
        name = QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
    if (!name.isEmpty() && !suffix.isEmpty() && QFileInfo(name).suffix().isEmpty())
        name += u'.' + suffix;
    return name;
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &folder,
                                 const QString &filter)
{
    if (s_nextFileName)
        return *std::exchange(s_nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}
