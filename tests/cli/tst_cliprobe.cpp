// storefort-cli probe as a script or an agency uses it: real processes against real
// `openssl s_server` processes on 127.0.0.1 and ::1, real plan files.
#include "../tls/OpensslServers.h"
#include "CliProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = CliRun;

class TestCliProbe : public QObject
{
    Q_OBJECT

private:
    OpensslServers m_servers;
    OpensslServers::Server m_v4;
    OpensslServers::Server m_v6;
    QTemporaryDir m_dir;
    quint16 m_closedPort = 0;

    Run cli(const QStringList &arguments) { return runCli(m_dir.path(), arguments); }

    static QString hostPort(const OpensslServers::Server &server)
    {
        return server.address.protocol() == QAbstractSocket::IPv6Protocol
            ? u"[%1]:%2"_s.arg(server.address.toString()).arg(server.port)
            : u"%1:%2"_s.arg(server.address.toString()).arg(server.port);
    }

    static QJsonObject json(const QByteArray &bytes)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), bytes.left(400).constData());
        return doc.object();
    }

private slots:
    void initTestCase()
    {
        const QString problem = m_servers.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // Modern: TLS 1.2 and 1.3 only, with the self-signed localhost certificate.
        m_v4 = m_servers.start(u"127.0.0.1"_s, { u"-no_tls1"_s, u"-no_tls1_1"_s, u"-www"_s });
        m_v6 = m_servers.start(u"::1"_s, { u"-no_tls1"_s, u"-no_tls1_1"_s, u"-www"_s });
        QVERIFY(m_v4.port && m_v6.port);
        QTcpServer reserve; // a port nobody listens on once this closes
        QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
        m_closedPort = reserve.serverPort();
    }

    void probesAsJson_data() { OpensslServers::addLoopbackHosts(); }
    void probesAsJson()
    {
        QFETCH(QString, host);
        const OpensslServers::Server &server = host == u"::1"_s ? m_v6 : m_v4;
        const Run run = cli({ u"probe"_s, hostPort(server), u"--json"_s, u"--http-port"_s, u"0"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        const QJsonObject o = json(run.out);
        QCOMPARE(o.value(u"host"_s).toString(), host);
        QCOMPARE(o.value(u"port"_s).toInt(), int(server.port));
        QCOMPARE(o.value(u"ip"_s).toString(), host);
        const QJsonObject protocols = o.value(u"protocols"_s).toObject();
        QCOMPARE(protocols.value(u"TLSv1.3"_s), QJsonValue(true));
        QCOMPARE(protocols.value(u"TLSv1.2"_s), QJsonValue(true));
        QCOMPARE(protocols.value(u"TLSv1.1"_s), QJsonValue(false));
        QCOMPARE(protocols.value(u"TLSv1.0"_s), QJsonValue(false));
        QCOMPARE(protocols.value(u"SSLv3"_s), QJsonValue(false));
        QCOMPARE(protocols.value(u"SSLv2"_s), QJsonValue(false));
        QStringList tls13;
        for (const QJsonValue &v : o.value(u"ciphers"_s).toObject().value(u"TLSv1.3"_s).toArray())
            tls13.append(v.toObject().value(u"id"_s).toString());
        tls13.sort();
        QCOMPARE(tls13, QStringList({ u"0x1301"_s, u"0x1302"_s, u"0x1303"_s }));
        const QJsonObject cert = o.value(u"certificate"_s).toObject();
        QCOMPARE(cert.value(u"trusted"_s), QJsonValue(false));
        QCOMPARE(cert.value(u"self_signed"_s), QJsonValue(true));
        QCOMPARE(cert.value(u"key_type"_s).toString(), u"RSA"_s);
        QCOMPARE(cert.value(u"key_bits"_s).toInt(), 2048);
        QCOMPARE(cert.value(u"spki_sha256"_s).toString().size(), 64);
        // Self-signed: T, and A once trusted.
        QCOMPARE(o.value(u"grade"_s).toString(), u"T"_s);
        QCOMPARE(o.value(u"grade_ignoring_trust"_s).toString(), u"A"_s);
        QCOMPARE(o.value(u"vulnerabilities"_s).toObject().value(u"heartbleed"_s), QJsonValue(false));
        QVERIFY(o.value(u"findings"_s).toArray().size() > 0);
    }

    void probesAsText()
    {
        const Run run = cli({ u"probe"_s, hostPort(m_v4), u"--http-port"_s, u"0"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"Grade: T"_s), qPrintable(text));
        QVERIFY(text.contains(u"TLS 1.2 yes"_s));
        QVERIFY(text.contains(u"TLS 1.0 no"_s));
        QVERIFY(text.contains(u"The certificate is self-signed"_s));
    }

    void failsPlainlyWhenNothingListens()
    {
        const Run run = cli({ u"probe"_s, u"127.0.0.1:%1"_s.arg(m_closedPort), u"--json"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("storefort-cli: "), run.err.constData());
        QVERIFY2(run.err.contains("refused") || run.err.contains("connect"), run.err.constData());
    }

    void refusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no host") << QStringList { u"probe"_s };
        QTest::newRow("bad port") << QStringList { u"probe"_s, u"shop.example:99999"_s };
        QTest::newRow("two families")
            << QStringList { u"probe"_s, u"shop.example"_s, u"--ipv4"_s, u"--ipv6"_s };
        QTest::newRow("bad timeout") << QStringList { u"probe"_s, u"shop.example"_s, u"--timeout"_s,
                                                      u"soon"_s };
        QTest::newRow("hosts and host")
            << QStringList { u"probe"_s, u"shop.example"_s, u"--hosts"_s, u"x"_s };
    }
    void refusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void keepsProbesInThePlan()
    {
        const QString plan = m_dir.filePath(u"tea.storefort"_s);
        QCOMPARE(cli({ u"plan"_s, u"new"_s, plan, u"--shop"_s, u"Tiny Tea"_s }).exitCode, 0);
        const QStringList args { u"probe"_s, hostPort(m_v4), u"--http-port"_s, u"0"_s, u"--plan"_s, plan };
        const Run first = cli(args);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.out.contains("Kept in the plan"));
        const Run second = cli(args);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.contains("Nothing important changed"), second.out.constData());

        QString count;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(plan);
            QVERIFY(db.open());
            QSqlQuery q(u"SELECT count(*), min(grade), max(grade) FROM tls_probe"_s, db);
            QVERIFY(q.next());
            count = q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        QCOMPARE(count, u"2 T T"_s);
        // The audit trail still verifies with the probes in it.
        QCOMPARE(cli({ u"audit"_s, u"verify"_s, plan }).exitCode, 0);
    }

    void probesManyHostsAsJsonLines()
    {
        const QString list = m_dir.filePath(u"hosts.txt"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# the agency's shops\n" + hostPort(m_v4).toUtf8() + "\n\n" + hostPort(m_v6).toUtf8()
                   + "   # the v6 one\n127.0.0.1:" + QByteArray::number(m_closedPort) + "\n");
        file.close();
        const Run run
            = cli({ u"probe"_s, u"--hosts"_s, list, u"--jobs"_s, u"3"_s, u"--http-port"_s, u"0"_s });
        QCOMPARE(run.exitCode, 1); // one site could not be probed
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QStringList grades;
        QStringList errors;
        for (const QByteArray &line : lines) {
            const QJsonObject o = json(line);
            if (o.contains(u"error"_s))
                errors.append(o.value(u"host"_s).toString());
            else
                grades.append(o.value(u"ip"_s).toString() + u'=' + o.value(u"grade"_s).toString());
        }
        grades.sort();
        QCOMPARE(grades, QStringList({ u"127.0.0.1=T"_s, u"::1=T"_s }));
        QCOMPARE(errors, QStringList({ u"127.0.0.1"_s }));
    }

    void refusesABrokenHostsFile()
    {
        const QString list = m_dir.filePath(u"broken.txt"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shop.example\nshop.example:notaport\n");
        file.close();
        const Run run = cli({ u"probe"_s, u"--hosts"_s, list });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("line 2"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
