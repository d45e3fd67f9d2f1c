#include "CliContext.h"

#include <QCoreApplication>
#include <QSaveFile>

CliContext::CliContext(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{ }

bool CliContext::parse(QCommandLineParser &parser, const QString &usage, int positionalCount)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("CliContext", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(m_arguments)) {
        m_exitCode = fail(parser.errorText() + u'\n' + usage, CliExit::usage);
        return false;
    }
    if (parser.isSet(help)) {
        m_out << usage << Qt::endl;
        m_exitCode = 0;
        return false;
    }
    if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount) {
        m_exitCode = fail(usage, CliExit::usage);
        return false;
    }
    return true;
}

int CliContext::fail(const QString &message, int code)
{
    m_err << QCoreApplication::translate("CliContext", "storefort-cli: %1").arg(message) << Qt::endl;
    m_exitCode = code;
    return code;
}

Status CliContext::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { QCoreApplication::translate("CliContext", "“%1” could not be written: %2")
                           .arg(path, file.errorString()) };
    return Status::success();
}
