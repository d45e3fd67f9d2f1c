#include "PlanLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QString lockPathFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.absoluteDir().filePath(u".%1.lock"_s.arg(info.fileName()));
}
} // namespace

PlanLock::PlanLock(QString planPath)
    : m_path(lockPathFor(planPath))
{ }

PlanLock::~PlanLock()
{
    if (m_fd < 0)
        return;
    // Unlink while still holding the lock: a process that opened the old file re-checks the
    // inode after locking and starts over (see tryLock).
    ::unlink(QFile::encodeName(m_path).constData());
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
}

PlanLock::Outcome PlanLock::tryLock()
{
    const QByteArray path = QFile::encodeName(m_path);
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return Outcome::Failed;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK) {
                readHolder();
                return Outcome::HeldElsewhere;
            }
            m_error = QString::fromLocal8Bit(std::strerror(error));
            return Outcome::Failed;
        }
        // The holder may have unlinked the file between our open() and flock(): then we locked
        // an orphan, and must try again on the file that is at the path now.
        struct stat opened = {};
        struct stat named = {};
        if (::fstat(fd, &opened) != 0 || ::stat(path.constData(), &named) != 0
            || opened.st_ino != named.st_ino || opened.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QSysInfo::machineHostName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0
            || ::pwrite(fd, holder.constData(), size_t(holder.size()), 0) != holder.size()) {
            // Who holds it is only for the message; the flock is the lock.
        }
        m_fd = fd;
        return Outcome::Acquired;
    }
    m_error = QCoreApplication::translate("PlanLock", "the lock file keeps changing");
    return Outcome::Failed;
}

void PlanLock::readHolder()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QList<QByteArray> lines = file.read(512).split('\n');
    m_holderPid = lines.value(0).toLongLong();
    m_holderHost = QString::fromUtf8(lines.value(1));
}
