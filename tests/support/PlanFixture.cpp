#include "PlanFixture.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

QByteArray PlanFixture::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool PlanFixture::writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

namespace {
template<typename Body> auto withConnection(const QString &path, Body body)
{
    const QString name = u"fixture-"_s + QUuid::createUuid().toString();
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        return body(query);
    }();
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

bool PlanFixture::execRaw(const QString &path, const QString &sql)
{
    return withConnection(path, [&](QSqlQuery &query) {
        if (query.exec(sql))
            return true;
        qWarning("raw SQL failed: %s", qPrintable(query.lastError().text()));
        return false;
    });
}

QString PlanFixture::queryRaw(const QString &path, const QString &sql)
{
    return withConnection(path, [&](QSqlQuery &query) {
        return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
    });
}
