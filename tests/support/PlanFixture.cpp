#include "PlanFixture.h"

#include "plan/PlanSchema.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
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

bool PlanFixture::makeVersion(const QString &path, int version)
{
    // The tables each version of core/plan/PlanSchema.cpp created, those that refer to others first.
    static const QMap<int, QStringList> tablesAddedIn {
        { 2, { u"tls_probe"_s } },
        { 3, { u"answer_attachment"_s, u"provider_answer"_s, u"provider"_s } },
        { 4,
          { u"leaver_step"_s, u"account_confirmation"_s, u"confirmation_letter"_s, u"person_access"_s,
            u"account_person"_s, u"account"_s, u"account_system"_s } },
        { 5,
          { u"finding_acceptance"_s, u"ddos_step"_s, u"ddos_call"_s, u"ddos_plan"_s,
            u"recovery_verification"_s, u"recovery_item"_s } },
        { 6, { u"readiness_history"_s } },
    };
    if (version < 1 || version > PlanSchema::currentVersion()) {
        qWarning("makeVersion: there is no plan version %d", version);
        return false;
    }
    for (int later = PlanSchema::currentVersion(); later > version; --later) {
        if (!tablesAddedIn.contains(later)) {
            qWarning("makeVersion: PlanFixture.cpp does not say which tables version %d added", later);
            return false;
        }
        for (const QString &table : tablesAddedIn.value(later)) {
            if (!execRaw(path, u"DROP TABLE "_s + table))
                return false;
        }
    }
    return execRaw(path, u"PRAGMA user_version = %1"_s.arg(version));
}
