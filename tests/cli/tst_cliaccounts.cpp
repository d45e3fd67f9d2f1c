// storefort-cli's accounts commands, as a script runs them: real processes, real plan files and the
// exported files in tests/accounts/data.
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QTemporaryDir m_home;
    QString m_plan;

    CliRun cli(const QStringList &arguments) { return runCli(m_home.path(), arguments); }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    static QString data(const QString &name)
    {
        return qEnvironmentVariable("STOREFORT_ACCOUNTS_DATA") + u'/' + name;
    }

    bool write(const QString &name, const QByteArray &bytes) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    QJsonArray jsonArray(const QStringList &arguments)
    {
        const CliRun run = cli(arguments);
        if (run.exitCode != 0) {
            qWarning("%s: %s", qPrintable(arguments.join(u' ')), run.err.constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !document.isArray()) {
            qWarning("not a JSON array: %s", run.out.constData());
            return { u"not JSON"_s };
        }
        return document.array();
    }
    QJsonArray accounts() { return jsonArray({ u"accounts"_s, u"list"_s, m_plan, u"--json"_s }); }
    QJsonArray systems() { return jsonArray({ u"accounts"_s, u"systems"_s, m_plan, u"--json"_s }); }
    // The plan's whole history as `audit log --json` prints it.
    QByteArray history()
    {
        const CliRun run = cli({ u"audit"_s, u"log"_s, m_plan, u"--json"_s });
        return run.exitCode == 0 ? run.out : QByteArray();
    }

    static QJsonObject byUser(const QJsonArray &accounts, const QString &userName)
    {
        for (const QJsonValue &a : accounts) {
            if (a.toObject().value(u"userName"_s).toString() == userName)
                return a.toObject();
        }
        return {};
    }

    CliRun import(const QString &format, const QString &file, const QStringList &more = {})
    {
        return cli(QStringList { u"accounts"_s, u"import"_s, m_plan, u"--format"_s, format, file } + more);
    }

    QByteArray mappingJson() const
    {
        return R"({"user_name": "Login", "display_name": "Full name", "email": "E-mail", "role": "Access",
                   "active": "Active", "last_login": "Last login"})";
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_plan = path(u"shop.storefort"_s);
        const CliRun run = cli({ u"plan"_s, u"new"_s, m_plan, u"--shop"_s, u"Tiny Tea"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    void importsEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("systemName");
        QTest::addColumn<QString>("someUser");
        QTest::newRow("wordpress") << u"wordpress"_s << u"wordpress.csv"_s << 5 << u"shop-admin"_s
                                   << u"WordPress admin"_s << u"jana"_s;
        QTest::newRow("magento") << u"magento"_s << u"magento.csv"_s << 3 << u"shop-admin"_s
                                 << u"Magento admin"_s << u"tom.dev"_s;
        QTest::newRow("prestashop") << u"prestashop"_s << u"prestashop.csv"_s << 3 << u"shop-admin"_s
                                    << u"PrestaShop admin"_s << u"jana@tinytea.example"_s;
        QTest::newRow("cpanel") << u"cpanel"_s << u"cpanel.csv"_s << 2 << u"hosting-panel"_s << u"cPanel"_s
                                << u"tinytea"_s;
        QTest::newRow("google") << u"google"_s << u"google.csv"_s << 3 << u"email"_s << u"Google Workspace"_s
                                << u"jana@tinytea.example"_s;
        QTest::newRow("m365") << u"m365"_s << u"m365.csv"_s << 2 << u"email"_s << u"Microsoft 365"_s
                              << u"sara@tinytea.example"_s;
        QTest::newRow("csv") << u"csv"_s << u"generic.csv"_s << 2 << u"other"_s << u"Kasse"_s << u"sara"_s;
    }

    void importsEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, kind);
        QFETCH(QString, systemName);
        QFETCH(QString, someUser);

        QStringList more;
        if (format == u"csv"_s) {
            // Any other CSV: the system must be named, and the columns mapped.
            const CliRun added = cli(
                { u"accounts"_s, u"add-system"_s, m_plan, u"--kind"_s, u"other"_s, u"--name"_s, u"Kasse"_s });
            QVERIFY2(added.exitCode == 0, added.err.constData());
            QVERIFY(write(u"map.json"_s, mappingJson()));
            more << u"--system"_s << QString::fromUtf8(added.out.trimmed()) << u"--map"_s
                 << path(u"map.json"_s);
        }
        const CliRun run = import(format, data(file), more);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY2(run.out.contains(
                     QByteArray(QByteArray::number(count) + " new, 0 changed, 0 removed, 0 unchanged")),
                 run.out.constData());

        const QJsonArray listed = accounts();
        QCOMPARE(listed.size(), count);
        const QJsonArray systemList = systems();
        QCOMPARE(systemList.size(), 1);
        const QJsonObject system = systemList.first().toObject();
        QCOMPARE(system.value(u"kind"_s).toString(), kind);
        QCOMPARE(system.value(u"name"_s).toString(), systemName);
        QCOMPARE(system.value(u"accounts"_s).toInt(), count);
        const QJsonObject user = byUser(listed, someUser);
        QVERIFY2(!user.isEmpty(), qPrintable(someUser));
        QCOMPARE(user.value(u"system"_s).toInteger(), system.value(u"id"_s).toInteger());
        QCOMPARE(user.value(u"sourceFile"_s).toString(), file);

        // The same file again changes nothing.
        const CliRun again = import(format, data(file), more);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains(
                     QByteArray("0 new, 0 changed, 0 removed, " + QByteArray::number(count) + " unchanged")),
                 again.out.constData());
        QCOMPARE(accounts(), listed);
    }

    void secondImportShowsTheDifference()
    {
        QCOMPARE(import(u"wordpress"_s, data(u"wordpress.csv"_s)).exitCode, 0);
        const CliRun run = import(u"wordpress"_s, data(u"wordpress-second.csv"_s));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"1 new, 1 changed, 1 removed, 3 unchanged"_s), qPrintable(out));
        QVERIFY2(out.contains(u"New accounts:\n  lena\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"  jana: Role: Manager (shop_manager) -> Editor (editor)\n"_s),
                 qPrintable(out));
        QVERIFY2(out.contains(u"Removed accounts (kept on file as removed):\n  cust1\n"_s), qPrintable(out));

        const QJsonArray listed = accounts();
        QCOMPARE(listed.size(), 6);
        QCOMPARE(byUser(listed, u"jana"_s).value(u"role"_s).toString(), u"editor"_s);
        QCOMPARE(byUser(listed, u"jana"_s).value(u"platformRole"_s).toString(), u"editor"_s);
        QCOMPARE(byUser(listed, u"cust1"_s).value(u"status"_s).toString(), u"removed"_s);
        QCOMPARE(byUser(listed, u"lena"_s).value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(byUser(listed, u"lena"_s).value(u"sourceFile"_s).toString(), u"wordpress-second.csv"_s);

        // The history has the import, with what changed.
        const QByteArray log = history();
        QVERIFY(log.contains("accounts_imported"));
        QVERIFY(log.contains("wordpress-second.csv"));
    }

    void longListsAreCut()
    {
        QByteArray csv = "ID,user_login,display_name,user_email,user_registered,roles\n";
        for (int i = 1; i <= 45; ++i)
            csv += QByteArray::number(i) + ",user" + QByteArray::number(i)
                + ",U,u@x.example,2024-01-01 00:00:00," + "customer\n";
        QVERIFY(write(u"many.csv"_s, csv));
        const CliRun run = import(u"wordpress"_s, path(u"many.csv"_s), { u"--dry-run"_s });
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"  user20\n  … and 25 more\n"_s), qPrintable(out));
        QVERIFY(!out.contains(u"user21\n"_s));
    }

    void dryRunChangesNothing()
    {
        QCOMPARE(import(u"wordpress"_s, data(u"wordpress.csv"_s)).exitCode, 0);
        const QJsonArray before = accounts();
        const QByteArray historyBefore = history();
        QVERIFY(!historyBefore.isEmpty());

        const CliRun run = import(u"wordpress"_s, data(u"wordpress-second.csv"_s), { u"--dry-run"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("1 new, 1 changed, 1 removed, 3 unchanged"), run.out.constData());
        QVERIFY(run.out.contains("Dry run"));
        QCOMPARE(accounts(), before);
        QCOMPARE(history(), historyBefore);

        // A dry run into a plan without the system does not create it either.
        const CliRun google = import(u"google"_s, data(u"google.csv"_s), { u"--dry-run"_s });
        QVERIFY2(google.exitCode == 0, google.err.constData());
        QCOMPARE(systems().size(), 1);
        QCOMPARE(history(), historyBefore);
    }

    void malformedFileChangesNothing()
    {
        QCOMPARE(import(u"wordpress"_s, data(u"wordpress.csv"_s)).exitCode, 0);
        const QJsonArray before = accounts();
        const QByteArray historyBefore = history();
        // Line 3 has no user name, line 5 repeats one, line 6 has a date no one can read.
        QVERIFY(write(u"bad.csv"_s,
                      "ID,user_login,display_name,user_email,user_registered,roles\n"
                      "1,admin,admin,owner@tinytea.example,2021-03-02 09:14:55,administrator\n"
                      "2,,Nobody,nobody@tinytea.example,2022-05-10 12:00:00,editor\n"
                      "6,lena,Lena Wolf,lena@tinytea.example,2024-09-01 09:00:00,shop_manager\n"
                      "7,LENA,Lena Again,lena2@tinytea.example,2024-09-01 09:00:00,editor\n"
                      "8,kim,Kim,kim@tinytea.example,the day before yesterday,editor\n"));
        const QString bad = path(u"bad.csv"_s);
        const CliRun run = import(u"wordpress"_s, bad);
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(bad + u":3: "_s), qPrintable(err));
        QVERIFY2(err.contains(bad + u":5: "_s), qPrintable(err));
        QVERIFY2(err.contains(bad + u":6: "_s), qPrintable(err));
        QVERIFY2(!err.contains(bad + u":4: "_s), qPrintable(err));
        QVERIFY2(err.contains(u"nothing was changed"_s), qPrintable(err));
        QCOMPARE(accounts(), before);
        QCOMPARE(history(), historyBefore);

        // Not a CSV file at all.
        QVERIFY(write(u"empty.csv"_s, ""));
        const CliRun empty = import(u"wordpress"_s, path(u"empty.csv"_s));
        QCOMPARE(empty.exitCode, 1);
        QVERIFY(!empty.err.isEmpty());
        QCOMPARE(accounts(), before);

        // With --skip-errors the readable rows go in; the refused ones are not taken as removed.
        const CliRun skipped = import(u"wordpress"_s, bad, { u"--skip-errors"_s });
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY(skipped.err.contains(":3: "));
        const QJsonArray after = accounts();
        QCOMPARE(byUser(after, u"lena"_s).value(u"status"_s).toString(), u"active"_s);
        QVERIFY(byUser(after, u"kim"_s).isEmpty());
        QCOMPARE(byUser(after, u"jana"_s).value(u"status"_s).toString(), u"removed"_s);
    }

    void severalSystemsOfTheKindNeedOne()
    {
        for (const QString &name : { u"Main shop"_s, u"Outlet shop"_s }) {
            const CliRun added = cli(
                { u"accounts"_s, u"add-system"_s, m_plan, u"--kind"_s, u"shop-admin"_s, u"--name"_s, name });
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        const QJsonArray before = systems();
        QCOMPARE(before.size(), 2);
        const CliRun run = import(u"wordpress"_s, data(u"wordpress.csv"_s));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--system") && run.err.contains("Main shop")
                     && run.err.contains("Outlet shop"),
                 run.err.constData());
        QCOMPARE(accounts().size(), 0);

        const QString outlet = QString::number(before.at(1).toObject().value(u"id"_s).toInteger());
        const CliRun chosen = import(u"wordpress"_s, data(u"wordpress.csv"_s), { u"--system"_s, outlet });
        QVERIFY2(chosen.exitCode == 0, chosen.err.constData());
        QCOMPARE(jsonArray({ u"accounts"_s, u"list"_s, m_plan, u"--system"_s, outlet, u"--json"_s }).size(),
                 5);
        QCOMPARE(systems().size(), 2);

        const CliRun unknown = import(u"wordpress"_s, data(u"wordpress.csv"_s), { u"--system"_s, u"999"_s });
        QCOMPARE(unknown.exitCode, 1);
    }

    void csvNeedsAMappingOnce()
    {
        const CliRun added = cli(
            { u"accounts"_s, u"add-system"_s, m_plan, u"--kind"_s, u"other"_s, u"--name"_s, u"Kasse"_s });
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = QString::fromUtf8(added.out.trimmed());
        const CliRun unmapped = import(u"csv"_s, data(u"generic.csv"_s), { u"--system"_s, id });
        QCOMPARE(unmapped.exitCode, 2);
        QVERIFY(unmapped.err.contains("--map"));

        QVERIFY(write(u"map.json"_s, mappingJson()));
        const CliRun mapped = import(u"csv"_s, data(u"generic.csv"_s),
                                     { u"--system"_s, id, u"--map"_s, path(u"map.json"_s) });
        QVERIFY2(mapped.exitCode == 0, mapped.err.constData());
        const QJsonArray listed = accounts();
        QCOMPARE(byUser(listed, u"sara"_s).value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(byUser(listed, u"lager"_s).value(u"status"_s).toString(), u"disabled"_s);

        // The plan remembers the mapping for that system.
        const CliRun again = import(u"csv"_s, data(u"generic.csv"_s), { u"--system"_s, id });
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.out.contains("0 new, 0 changed, 0 removed, 2 unchanged"), again.out.constData());
    }

    void wrongUsage()
    {
        QCOMPARE(import(u"joomla"_s, data(u"wordpress.csv"_s)).exitCode, 2);
        QCOMPARE(cli({ u"accounts"_s, u"import"_s, m_plan, data(u"wordpress.csv"_s) }).exitCode, 2);
        QCOMPARE(cli({ u"accounts"_s, u"frobnicate"_s, m_plan }).exitCode, 2);
        QCOMPARE(
            cli({ u"accounts"_s, u"add-system"_s, m_plan, u"--kind"_s, u"castle"_s, u"--name"_s, u"X"_s })
                .exitCode,
            2);
        QCOMPARE(cli({ u"accounts"_s, u"add-system"_s, m_plan, u"--kind"_s, u"cdn"_s, u"--name"_s, u"X"_s,
                       u"--provider"_s, u"42"_s })
                     .exitCode,
                 1);
        QCOMPARE(systems().size(), 0);
        QCOMPARE(import(u"wordpress"_s, path(u"missing.csv"_s)).exitCode, 1);
    }

    void textListsAndJsonParse()
    {
        QCOMPARE(import(u"wordpress"_s, data(u"wordpress.csv"_s)).exitCode, 0);
        const CliRun list = cli({ u"accounts"_s, u"list"_s, m_plan });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("WordPress admin") && list.out.contains("tom.dev"), list.out.constData());
        const CliRun systemText = cli({ u"accounts"_s, u"systems"_s, m_plan });
        QCOMPARE(systemText.exitCode, 0);
        QVERIFY2(systemText.out.contains("WordPress admin") && systemText.out.contains("5 account"),
                 systemText.out.constData());

        const QJsonObject tom = byUser(accounts(), u"tom.dev"_s);
        QCOMPARE(tom.value(u"role"_s).toString(), u"admin"_s);
        QCOMPARE(tom.value(u"platformRole"_s).toString(), u"administrator,editor"_s);
        QCOMPARE(tom.value(u"email"_s).toString(), u"tom@devshop.example"_s);
        QCOMPARE(tom.value(u"created"_s).toString(), u"2023-01-15T08:30:00Z"_s);
        QVERIFY(tom.value(u"lastLogin"_s).isNull());
        QVERIFY(tom.value(u"reach"_s).isArray());
        const QJsonObject system = systems().first().toObject();
        QCOMPARE(system.value(u"activeAccounts"_s).toInt(), 5);
        QVERIFY(system.value(u"provider"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cliaccounts.moc"
