// The account register in a real plan file: each format imports, a second import shows and applies
// the right difference, malformed files change nothing, and 100,000 accounts go in at once.
#include "PlanFixture.h"
#include "accounts/AccountSync.h"
#include "accounts/importers/AccountImporter.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "plan/PlanSchema.h"

#include <QSignalSpy>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("STOREFORT_ACCOUNTS_DATA") % u'/' % name;
}

const QByteArray wordPressHeader = "ID,user_login,display_name,user_email,user_registered,roles\n";

QByteArray wordPressRows(int count)
{
    QByteArray csv = wordPressHeader;
    csv.reserve(count * 80);
    for (int i = 1; i <= count; ++i)
        csv += QByteArray::number(i) + ",user" + QByteArray::number(i) + ",User " + QByteArray::number(i)
            + ",user" + QByteArray::number(i) + "@shop.example,2024-01-31 10:20:30,"
            + (i % 1000 == 0 ? "administrator" : "customer") + '\n';
    return csv;
}

} // namespace

class TestPlanAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC) };

    std::unique_ptr<Plan> newPlan()
    {
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        if (!plan)
            qFatal("plan: %s", qPrintable(plan.error()));
        return std::move(plan.value());
    }

    qint64 addSystem(Plan &plan, SystemKind kind = SystemKind::ShopAdmin)
    {
        System s;
        s.kind = kind;
        s.name = u"Shop admin"_s;
        s.builtInAdmin = u"admin"_s;
        auto id = plan.addSystem(s);
        if (!id)
            qFatal("system: %s", qPrintable(id.error()));
        return id.value();
    }

    QString count(const QString &table)
    {
        return PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM "_s + table);
    }

    // Reads, compares and applies; the sync as applied.
    AccountSync importInto(Plan &plan, qint64 systemId, const QByteArray &bytes, AccountImportFormat format,
                           const QString &name = u"users.csv"_s)
    {
        auto import = AccountImporter::read(bytes, format, name);
        if (!import)
            qFatal("import: %s", qPrintable(import.error()));
        const AccountSync sync = AccountSync::compute(systemId, plan.accounts(), import.value());
        if (Status status = plan.applyImport(systemId, sync); !status)
            qFatal("apply: %s", qPrintable(status.error()));
        return sync;
    }

private slots:
    void init()
    {
        Clock::setClock(&m_clock);
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"plan.storefort"_s);
    }
    void cleanup() { Clock::setClock(nullptr); }

    void systemsRoundTripAndAreAudited()
    {
        System s;
        s.kind = SystemKind::HostingPanel;
        s.name = u"  cPanel  "_s;
        s.auditLog = YesNoUnknown::Yes;
        s.auditRetentionDays = 90;
        s.auditLogReviewedOn = QDate(2026, 10, 1);
        s.mfaEnforced = YesNoUnknown::No;
        s.passwordPolicy = { 12, 0, 5 };
        s.builtInAdmin = u"root"_s;
        qint64 id = 0;
        {
            auto plan = newPlan();
            QSignalSpy changed(plan.get(), &Plan::systemsChanged);
            id = plan->addSystem(s).value();
            QCOMPARE(changed.count(), 1);
            System renamed = *plan->system(id);
            renamed.auditRetentionDays = 365;
            QVERIFY(plan->updateSystem(renamed));
            QVERIFY(!plan->addSystem(System {}));
        }
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        System expected = s;
        expected.id = id;
        expected.name = u"cPanel"_s;
        expected.auditRetentionDays = 365;
        QCOMPARE(plan.value()->systems(), QList<System> { expected });
        QCOMPARE(
            PlanFixture::queryRaw(m_path,
                                  u"SELECT old_value || '>' || new_value FROM audit WHERE entity = 'system' "
                                  u"AND field = 'audit_retention_days'"_s),
            u"90>365"_s);
        QVERIFY(plan.value()->verifyAudit().intact);
    }

    void eachFormatImportsIntoAPlan_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("accounts");
        QTest::newRow("wordpress") << u"wordpress.csv"_s << 5;
        QTest::newRow("magento") << u"magento.csv"_s << 3;
        QTest::newRow("prestashop") << u"prestashop.csv"_s << 3;
        QTest::newRow("cpanel") << u"cpanel.csv"_s << 2;
        QTest::newRow("google") << u"google.csv"_s << 3;
        QTest::newRow("m365") << u"m365.csv"_s << 2;
    }

    void eachFormatImportsIntoAPlan()
    {
        QFETCH(QString, file);
        QFETCH(int, accounts);
        QList<Account> imported;
        {
            auto plan = newPlan();
            const qint64 systemId = addSystem(*plan);
            QFile f(dataFile(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            auto table = CsvReader::read(bytes);
            QVERIFY(table);
            QSignalSpy changed(plan.get(), &Plan::accountsChanged);
            const AccountSync sync
                = importInto(*plan, systemId, bytes, AccountImportFormats::detect(table.value()), file);
            QCOMPARE(sync.added.size(), accounts);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(plan->accountsOf(systemId).size(), accounts);
            QCOMPARE(plan->accounts().constFirst().sourceFile, file);
            QCOMPARE(plan->accounts().constFirst().importedAt, m_clock.currentUtc());
            imported = plan->accounts();
        }
        auto plan = Plan::open(m_path);
        QVERIFY(plan);
        QCOMPARE(plan.value()->accounts(), imported); // every field comes back as it went in
        // One audit entry for the import, naming every account it brought.
        QCOMPARE(PlanFixture::queryRaw(m_path,
                                       u"SELECT count(*) || ' ' || json_extract(new_value, '$.added') || ' ' "
                                       u"|| json_array_length(new_value, '$.added_users') FROM audit "
                                       u"WHERE field = 'accounts_imported'"_s),
                 u"1 %1 %1"_s.arg(accounts));
        QCOMPARE(PlanFixture::queryRaw(m_path,
                                       u"SELECT json_extract(new_value, '$.added_users[0]') FROM audit "
                                       u"WHERE field = 'accounts_imported'"_s),
                 imported.constFirst().userName);
        QVERIFY(plan.value()->verifyAudit().intact);
    }

    void aSecondImportShowsAndAppliesTheDifference()
    {
        auto plan = newPlan();
        const qint64 systemId = addSystem(*plan);
        QFile first(dataFile(u"wordpress.csv"_s));
        QVERIFY(first.open(QIODevice::ReadOnly));
        importInto(*plan, systemId, first.readAll(), AccountImportFormat::WordPress);
        const qint64 janaId = plan->accounts().at(1).id;

        auto second
            = AccountImporter::readFile(dataFile(u"wordpress-second.csv"_s), AccountImportFormat::WordPress);
        QVERIFY(second);
        const AccountSync sync = AccountSync::compute(systemId, plan->accounts(), second.value());
        QCOMPARE(sync.added.size(), 1);
        QCOMPARE(sync.added.constFirst().userName, u"lena"_s);
        QCOMPARE(sync.added.constFirst().reach, AccountRoles::usualReach(AccountRole::Manager));
        QCOMPARE(sync.changed.size(), 1);
        QCOMPARE(sync.changed.constFirst().before.userName, u"jana"_s);
        QCOMPARE(sync.changed.constFirst().fields, AccountFields(AccountField::Role));
        QCOMPARE(sync.changed.constFirst().after.role, AccountRole::Editor);
        QCOMPARE(sync.vanished.size(), 1);
        QCOMPARE(sync.vanished.constFirst().userName, u"cust1"_s);
        QCOMPARE(sync.unchanged, 3);

        QVERIFY(plan->applyImport(systemId, sync));
        QCOMPARE(plan->accounts().size(), 6); // removed, never deleted
        QCOMPARE(count(u"account"_s), u"6"_s);
        QCOMPARE(plan->account(janaId)->role, AccountRole::Editor);
        QCOMPARE(plan->account(janaId)->sourceFile, u"wordpress-second.csv"_s);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT status FROM account WHERE user_name = 'cust1'"_s),
                 u"removed"_s);
        // One audit entry per import: the new and removed user names, the changed fields before and after.
        QCOMPARE(
            PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM audit WHERE field = 'accounts_imported'"_s),
            u"2"_s);
        QCOMPARE(
            PlanFixture::queryRaw(m_path,
                                  u"SELECT entity || ' ' || entity_id || ' ' || coalesce(old_value, "
                                  u"'null') || ' ' || new_value FROM audit WHERE field = "
                                  u"'accounts_imported' ORDER BY id DESC LIMIT 1"_s),
            u"system %1 null {\"source_file\":\"wordpress-second.csv\",\"added\":1,\"changed\":1,"
            u"\"removed\":1,\"added_users\":[\"lena\"],\"changed_users\":[{\"user_name\":\"jana\","
            u"\"before\":{\"role\":\"manager (shop_manager)\"},\"after\":{\"role\":\"editor (editor)\"}}],"
            u"\"removed_users\":[\"cust1\"]}"_s.arg(systemId));

        // The same file again changes nothing; the removed account stays removed.
        const AccountSync again = AccountSync::compute(systemId, plan->accounts(), second.value());
        QVERIFY(again.isEmpty());
        QCOMPARE(again.unchanged, 5);
        // The sync applied before is stale now.
        const Status stale = plan->applyImport(systemId, sync);
        QVERIFY(!stale);
        QVERIFY2(stale.error().contains(u"changed since"_s), qPrintable(stale.error()));
        QVERIFY(plan->verifyAudit().intact);
    }

    void refusedRowsBlockTheImportUntilSkippedAndAreNotTakenAsVanished()
    {
        auto plan = newPlan();
        const qint64 systemId = addSystem(*plan);
        importInto(*plan, systemId, wordPressRows(3), AccountImportFormat::WordPress);
        const QByteArray bad = wordPressHeader
            + "1,user1,User 1,user1@shop.example,2024-01-31 10:20:30,customer\n"
              "2,user2,User 2,user2@shop.example,not a date,customer\n";
        auto import = AccountImporter::read(bad, AccountImportFormat::WordPress, u"bad.csv"_s);
        QVERIFY(import);
        AccountSync sync = AccountSync::compute(systemId, plan->accounts(), import.value());
        QCOMPARE(sync.vanished.size(), 1); // user3 only: user2's row was refused, not missing
        QCOMPARE(sync.vanished.constFirst().userName, u"user3"_s);
        const QString auditBefore = count(u"audit"_s);
        const Status refused = plan->applyImport(systemId, sync);
        QVERIFY(!refused);
        QCOMPARE(refused.error(),
                 u"1 row(s) of the file could not be read. Correct the file, or choose to skip those rows, "
                 u"before the import is applied."_s);
        QCOMPARE(count(u"audit"_s), auditBefore);
        sync.skipRefusedRows = true;
        QVERIFY(plan->applyImport(systemId, sync));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT group_concat(status) FROM account ORDER BY id"_s),
                 u"active,active,removed"_s);
    }

    void malformedFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const QByteArray row1 = "1,admin,Admin,owner@tinytea.example,2021-03-02 09:14:55,administrator\n";
        QTest::newRow("bad quoting")
            << wordPressHeader + row1 + "2,ja\"na,Jana,jana@x.example,2022-05-10,editor\n"
            << u"Line 3: The value in column 2 has a quote mark in the middle of it. A value with quote "
               u"marks "
               u"must be put in quote marks itself, with each quote mark inside doubled."_s;
        QTest::newRow("text after quote")
            << wordPressHeader + row1 + "2,\"jana\"x,Jana,jana@x.example,2022-05-10,editor\n"
            << u"Line 3: The value in column 2 has more text after its closing quote mark."_s;
        QTest::newRow("unquoted line break")
            << wordPressHeader + row1 + "2,jana,Jana\nBerg,jana@x.example,2022-05-10,editor\n"
            << u"Line 3: This row has 3 values, but the first row (the column names) has 6."_s;
        QTest::newRow("truncated") << wordPressHeader + row1 + "2,jana,\"Jana Be"
                                   << u"Line 3: The quote mark that opens the value in column 3 on this line "
                                      u"is never closed. The file "
                                      u"may be cut short, or a closing quote mark is missing."_s;
        QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
        QTest::newRow("only blank lines") << QByteArray("\r\n\r\n") << u"The file is empty."_s;
        QTest::newRow("header only") << wordPressHeader << u"The file lists no accounts."_s;
        QTest::newRow("duplicate headers")
            << QByteArray("ID,user_login,display_name,user_email,user_registered,roles,Roles\n") + row1
            << u"Line 1: The first row (the column names) names the column \"Roles\" twice."_s;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xff", 5)
                                << u"This does not look like a CSV file: it contains binary data."_s;
        QTest::newRow("damaged utf-16")
            << QByteArray("\xff\xfe\x41\x00\x42", 5)
            << u"The file is marked as Unicode (UTF-16) text, but parts of it are "
               u"damaged."_s;
        QTest::newRow("bad date")
            << wordPressHeader + row1 + "2,jana,Jana,jana@x.example,31/31/2022,editor\n"
            << u"Line 3: \"31/31/2022\" in the column \"user_registered\" is not a date Storefort can read. "
               u"Write it like 2024-01-31 or 2024-01-31 10:20:30."_s;
        QTest::newRow("not wordpress")
            << QByteArray("user,domain\ntinytea,tinytea.example\n")
            << u"This file does not look like a WordPress export: it has no column named \"user_login\", "
               u"\"roles\"."_s;
    }

    void malformedFilesChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        auto plan = newPlan();
        const qint64 systemId = addSystem(*plan);
        importInto(*plan, systemId, wordPressRows(2), AccountImportFormat::WordPress);
        const QString accountsBefore = PlanFixture::queryRaw(m_path,
                                                             u"SELECT group_concat(user_name || status) "
                                                             u"FROM account"_s);
        const QString auditBefore = count(u"audit"_s);
        const QList<Account> inMemory = plan->accounts();

        auto import = AccountImporter::read(bytes, AccountImportFormat::WordPress, u"broken.csv"_s);
        QString message;
        if (!import) {
            message = import.error();
        } else {
            QVERIFY(!import->errors.isEmpty());
            const CsvError &first = import->errors.constFirst();
            message = u"Line %1: %2"_s.arg(first.line).arg(first.message);
            const AccountSync sync = AccountSync::compute(systemId, plan->accounts(), import.value());
            QVERIFY(!plan->applyImport(systemId, sync));
        }
        QCOMPARE(message, error);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT group_concat(user_name || status) FROM account"_s),
                 accountsBefore);
        QCOMPARE(count(u"audit"_s), auditBefore);
        QCOMPARE(plan->accounts(), inMemory);
    }

    void spreadsheetVariantsReadTheSame_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString plain = QString::fromUtf8(wordPressHeader)
            + u"1,admin,Zoë Åberg,owner@tinytea.example,2021-03-02 09:14:55,administrator\n"
              u"2,jana,\"Berg, Jana\",jana@x.example,2022-05-10 12:00:00,shop_manager\n"_s;
        QString crlf = plain;
        crlf.replace(u"\n"_s, u"\r\n"_s);
        QString semicolons = plain;
        semicolons.replace(u","_s, u";"_s).replace(u"\"Berg; Jana\""_s, u"\"Berg, Jana\""_s);
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::newRow("plain") << plain.toUtf8() << u"UTF-8"_s;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF") + plain.toUtf8() << u"UTF-8 (BOM)"_s;
        QTest::newRow("UTF-16") << QByteArray(utf16.encode(plain)) << u"UTF-16LE"_s;
        QTest::newRow("CRLF") << crlf.toUtf8() << u"UTF-8"_s;
        QTest::newRow("semicolons") << semicolons.toUtf8() << u"UTF-8"_s;
        QTest::newRow("Windows-1252") << plain.toLatin1() << u"Windows-1252"_s;
    }

    void spreadsheetVariantsReadTheSame()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto import = AccountImporter::read(bytes, AccountImportFormat::WordPress, u"users.csv"_s);
        QVERIFY2(import, qPrintable(import.error()));
        QVERIFY(import->errors.isEmpty());
        QCOMPARE(import->encoding, encoding);
        QCOMPARE(import->accounts.size(), 2);
        QCOMPARE(import->accounts.at(0).displayName, u"Zoë Åberg"_s);
        QCOMPARE(import->accounts.at(1).displayName, u"Berg, Jana"_s);
        QCOMPARE(import->accounts.at(1).role, AccountRole::Manager);
    }

    void quotedLineBreaksKeepTheirLineNumbers()
    {
        const QByteArray csv = wordPressHeader
            + "1,admin,\"Sara\nOwner\",owner@x.example,2021-03-02,administrator\n"
              "2,jana,Jana,jana@x.example,someday,editor\n";
        auto import = AccountImporter::read(csv, AccountImportFormat::WordPress, u"users.csv"_s);
        QVERIFY(import);
        QCOMPARE(import->accounts.constFirst().displayName, u"Sara\nOwner"_s);
        QCOMPARE(import->errors.constFirst().line, 4);
    }

    void removingAPersonOrASystemUpdatesTheAccounts()
    {
        auto plan = newPlan();
        const qint64 systemId = addSystem(*plan);
        importInto(*plan, systemId, wordPressRows(3), AccountImportFormat::WordPress);
        const qint64 personId = plan->addPerson(Person { .name = u"Jana"_s }).value();
        const qint64 accountId = plan->accounts().constFirst().id;
        QVERIFY(PlanFixture::execRaw(
            m_path, u"INSERT INTO account_person VALUES (%1, %2)"_s.arg(accountId).arg(personId)));
        {
            auto reopened = Plan::open(m_path, { .readOnly = true });
            QVERIFY(reopened);
            QCOMPARE(reopened.value()->account(accountId)->personIds, QList<qint64> { personId });
        }
        QVERIFY(plan->removePerson(personId));
        QCOMPARE(count(u"account_person"_s), u"0"_s);
        QSignalSpy changed(plan.get(), &Plan::accountsChanged);
        QVERIFY(plan->removeSystem(systemId));
        QCOMPARE(changed.count(), 1);
        QVERIFY(plan->accounts().isEmpty());
        QCOMPARE(count(u"account"_s), u"0"_s);
        QCOMPARE(PlanFixture::queryRaw(m_path,
                                       u"SELECT new_value FROM audit WHERE entity = 'system' AND "
                                       u"field = 'removed'"_s),
                 u"3 accounts removed with it"_s);
    }

    void aVersion3PlanGainsTheAccountTables()
    {
        newPlan();
        QVERIFY(PlanFixture::makeVersion(m_path, 3));
        QCOMPARE(
            PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM sqlite_master WHERE name = 'account'"_s),
            u"0"_s);
        auto plan = Plan::open(m_path);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(PlanFixture::queryRaw(m_path, u"PRAGMA user_version"_s),
                 QString::number(PlanSchema::currentVersion()));
        QVERIFY(plan.value()->accounts().isEmpty());
        QVERIFY(plan.value()->addSystem(System { .name = u"Email"_s }));
    }

    void aHundredThousandAccountsInOneImport()
    {
        auto plan = newPlan();
        const qint64 systemId = addSystem(*plan);
        const AccountSync sync
            = importInto(*plan, systemId, wordPressRows(100000), AccountImportFormat::WordPress);
        QCOMPARE(sync.added.size(), 100000);
        QCOMPARE(plan->accounts().size(), 100000);
        QCOMPARE(count(u"account"_s), u"100000"_s);
        QCOMPARE(PlanFixture::queryRaw(m_path, u"SELECT count(*) FROM account WHERE role = 'admin'"_s),
                 u"100"_s);
        QCOMPARE(PlanFixture::queryRaw(m_path,
                                       u"SELECT count(*) || ' ' || json_extract(new_value, '$.added') "
                                       u"FROM audit WHERE field = 'accounts_imported'"_s),
                 u"1 100000"_s);
        QVERIFY(plan->verifyAudit().intact);
        // An edit of something else does not reload the accounts.
        QSignalSpy changed(plan.get(), &Plan::accountsChanged);
        QVERIFY(plan->setShopName(u"Tiny Tea & Co"_s));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(plan->accounts().size(), 100000);
    }
};

QTEST_GUILESS_MAIN(TestPlanAccounts)
#include "tst_planaccounts.moc"
