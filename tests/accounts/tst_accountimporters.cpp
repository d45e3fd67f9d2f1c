// Each export format read from a fixture written from its documented columns: the accounts, their
// roles, dates, flags and status; the values each export writes; the column mapping as JSON.
#include "accounts/importers/AccountImporter.h"
#include "accounts/importers/ImportValues.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("STOREFORT_ACCOUNTS_DATA") % u'/' % name;
}

AccountImport readFixture(const QString &name, AccountImportFormat format,
                          const AccountColumnMapping &map = {})
{
    auto import = AccountImporter::readFile(dataFile(name), format, map);
    if (!import)
        qFatal("%s: %s", qPrintable(name), qPrintable(import.error()));
    return std::move(import.value());
}

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

const Account &byUser(const AccountImport &import, const QString &userName)
{
    for (const Account &a : import.accounts) {
        if (a.userName == userName)
            return a;
    }
    qFatal("no account %s", qPrintable(userName));
}

QByteArray readAll(const QString &name)
{
    QFile file(dataFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAccountImporters : public QObject
{
    Q_OBJECT

private slots:
    void detectsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("wordpress") << u"wordpress.csv"_s << u"wordpress"_s;
        QTest::newRow("magento") << u"magento.csv"_s << u"magento"_s;
        QTest::newRow("prestashop") << u"prestashop.csv"_s << u"prestashop"_s;
        QTest::newRow("cpanel") << u"cpanel.csv"_s << u"cpanel"_s;
        QTest::newRow("google") << u"google.csv"_s << u"google"_s;
        QTest::newRow("m365") << u"m365.csv"_s << u"m365"_s;
        QTest::newRow("other") << u"generic.csv"_s << u"csv"_s;
    }

    void detectsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        auto table = CsvReader::read(readAll(file));
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(AccountImportFormats::key(AccountImportFormats::detect(table.value())), format);
    }

    void wordPress()
    {
        const AccountImport import = readFixture(u"wordpress.csv"_s, AccountImportFormat::WordPress);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.accounts.size(), 5);
        QCOMPARE(import.sourceFile, u"wordpress.csv"_s);
        QCOMPARE(byUser(import, u"admin"_s).role, AccountRole::Admin);
        QCOMPARE(byUser(import, u"jana"_s).role, AccountRole::Manager);
        QCOMPARE(byUser(import, u"jana"_s).displayName, u"Jana Berg"_s);
        QCOMPARE(byUser(import, u"jana"_s).created, utc(2022, 5, 10, 12));
        QCOMPARE(byUser(import, u"tom.dev"_s).role, AccountRole::Admin);
        QCOMPARE(byUser(import, u"tom.dev"_s).platformRole, u"administrator,editor"_s);
        QCOMPARE(byUser(import, u"blogger"_s).role, AccountRole::Editor);
        QCOMPARE(byUser(import, u"cust1"_s).role, AccountRole::ReadOnly);
        QVERIFY(!import.provided.testFlag(AccountField::LastLogin));
        QVERIFY(!import.provided.testFlag(AccountField::Mfa));
    }

    void wordPressLastActivityIsUnixTime()
    {
        const QByteArray csv = "ID,user_login,display_name,user_email,user_registered,roles,wc_last_active\n"
                               "7,kim,Kim,kim@x.example,2024-01-01 00:00:00,subscriber,1706696430\n";
        auto import = AccountImporter::read(csv, AccountImportFormat::WordPress, u"wp.csv"_s);
        QVERIFY2(import, qPrintable(import.error()));
        QVERIFY(import->provided.testFlag(AccountField::LastLogin));
        QCOMPARE(import->accounts.constFirst().lastLogin, utc(2024, 1, 31, 10, 20, 30));
    }

    void magento()
    {
        const AccountImport import = readFixture(u"magento.csv"_s, AccountImportFormat::Magento);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.accounts.size(), 3);
        const Account &admin = byUser(import, u"admin"_s);
        QCOMPARE(admin.displayName, u"Sara Owner"_s);
        QCOMPARE(admin.role, AccountRole::Admin); // no role column: every admin_user is taken as an admin
        QCOMPARE(admin.lastLogin, utc(2024, 1, 31, 10, 20, 30));
        QCOMPARE(admin.created, utc(2021, 4, 1, 10));
        QCOMPARE(byUser(import, u"temp"_s).status, AccountStatus::Disabled);
        QVERIFY(!byUser(import, u"temp"_s).lastLogin.isValid());
        QVERIFY(!import.provided.testFlag(AccountField::Role));
    }

    void prestaShop()
    {
        const AccountImport import = readFixture(u"prestashop.csv"_s, AccountImportFormat::PrestaShop);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.accounts.size(), 3);
        const Account &sara = byUser(import, u"sara@tinytea.example"_s);
        QCOMPARE(sara.role, AccountRole::Admin);
        QCOMPARE(sara.platformRole, u"SuperAdmin"_s);
        QCOMPARE(sara.lastPasswordChange, utc(2024, 1, 10, 9));
        QCOMPARE(sara.lastLogin, utc(2024, 11, 20));
        QCOMPARE(byUser(import, u"jana@tinytea.example"_s).role, AccountRole::Manager);
        const Account &linh = byUser(import, u"linh@translate.example"_s);
        QCOMPARE(linh.role, AccountRole::Editor);
        QCOMPARE(linh.status, AccountStatus::Disabled);
        QVERIFY(!linh.lastPasswordChange.isValid()); // 0000-00-00: never
    }

    void cpanel()
    {
        const AccountImport import = readFixture(u"cpanel.csv"_s, AccountImportFormat::Cpanel);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.accounts.size(), 2);
        const Account &shop = byUser(import, u"tinytea"_s);
        QCOMPARE(shop.role, AccountRole::Admin);
        QCOMPARE(shop.displayName, u"tinytea.example"_s);
        QCOMPARE(shop.created, QDateTime::fromSecsSinceEpoch(1499762340, Qt::UTC));
        QCOMPARE(byUser(import, u"tinyblog"_s).status, AccountStatus::Disabled);
        QVERIFY(byUser(import, u"tinyblog"_s).email.isEmpty());
    }

    void googleWorkspace()
    {
        const AccountImport import = readFixture(u"google.csv"_s, AccountImportFormat::GoogleWorkspace);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.accounts.size(), 3);
        const Account &sara = byUser(import, u"sara@tinytea.example"_s);
        QCOMPARE(sara.displayName, u"Sara Owner"_s);
        QCOMPARE(sara.mfa, YesNoUnknown::Yes);
        QCOMPARE(sara.lastLogin, utc(2024, 11, 27, 8, 15));
        QCOMPARE(byUser(import, u"jana@tinytea.example"_s).mfa, YesNoUnknown::No);
        const Account &info = byUser(import, u"info@tinytea.example"_s);
        QCOMPARE(info.status, AccountStatus::Disabled);
        QVERIFY(!info.lastLogin.isValid());
    }

    void microsoft365()
    {
        const AccountImport import = readFixture(u"m365.csv"_s, AccountImportFormat::Microsoft365);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.accounts.size(), 2);
        const Account &sara = byUser(import, u"sara@tinytea.example"_s);
        QCOMPARE(sara.displayName, u"Sara Owner"_s);
        QCOMPARE(sara.lastPasswordChange, utc(2024, 1, 31, 10, 20, 30));
        QCOMPARE(sara.created, utc(2021, 3, 2, 9, 14, 55));
        QCOMPARE(sara.status, AccountStatus::Active);
        const Account &helper = byUser(import, u"helper@tinytea.example"_s);
        QCOMPARE(helper.status, AccountStatus::Disabled);
        QCOMPARE(helper.lastPasswordChange, utc(2023, 6, 15, 16, 5));
    }

    void genericCsvWithMappingRememberedAsJson()
    {
        AccountColumnMapping map;
        map.userName = u"login"_s;
        map.displayName = u"Full name"_s;
        map.email = u"e_mail"_s; // matched tolerantly
        map.role = u"Access"_s;
        map.active = u"Active"_s;
        map.lastLogin = u"Last login"_s;
        const AccountColumnMapping back = AccountColumnMapping::fromJson(
            QJsonDocument::fromJson(QJsonDocument(map.toJson()).toJson()).object());
        QCOMPARE(back, map);

        const AccountImport import = readFixture(u"generic.csv"_s, AccountImportFormat::GenericCsv, back);
        QVERIFY(import.errors.isEmpty());
        QCOMPARE(import.delimiter, QChar(u';'));
        const Account &sara = byUser(import, u"sara"_s);
        QCOMPARE(sara.role, AccountRole::Admin);
        QCOMPARE(sara.email, u"sara@tinytea.example"_s);
        QCOMPARE(sara.lastLogin, utc(2024, 1, 31, 10, 20));
        QCOMPARE(byUser(import, u"lager"_s).role, AccountRole::ReadOnly);
        QCOMPARE(byUser(import, u"lager"_s).status, AccountStatus::Disabled);
        QVERIFY(!import.provided.testFlag(AccountField::Mfa));

        map.userName = u"Benutzer"_s;
        auto missing
            = AccountImporter::readFile(dataFile(u"generic.csv"_s), AccountImportFormat::GenericCsv, map);
        QVERIFY(!missing);
        QCOMPARE(missing.error(),
                 u"The file has no column named \"Benutzer\". Check the columns chosen for each field."_s);
    }

    void aFileOfAnotherFormatIsRefusedWithTheMissingColumns()
    {
        auto import = AccountImporter::readFile(dataFile(u"cpanel.csv"_s), AccountImportFormat::WordPress);
        QVERIFY(!import);
        QCOMPARE(import.error(),
                 u"This file does not look like a WordPress export: it has no column named \"user_login\", "
                 u"\"roles\"."_s);
    }

    void datesAsExportsWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("unix");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t = utc(2024, 1, 31, 10, 20, 30);
        QTest::newRow("wordpress") << u"2024-01-31 10:20:30"_s << false << t;
        QTest::newRow("iso") << u"2024-01-31T10:20:30Z"_s << false << t;
        QTest::newRow("iso ms") << u"2024-01-31T10:20:30.000Z"_s << false << t;
        QTest::newRow("iso offset") << u"2024-01-31T11:20:30+01:00"_s << false << t;
        QTest::newRow("date") << u"2024-01-31"_s << false << utc(2024, 1, 31);
        QTest::newRow("m365") << u"1/31/2024 10:20:30 AM"_s << false << t;
        QTest::newRow("m365 pm") << u"1/31/2024 10:20:30 PM"_s << false << t.addSecs(12 * 3600);
        QTest::newRow("m365 noon") << u"1/31/2024 12:00:00 PM"_s << false << utc(2024, 1, 31, 12);
        QTest::newRow("google") << u"2024/01/31 10:20:30"_s << false << t;
        QTest::newRow("german") << u"31.01.2024 10:20:30"_s << false << t;
        QTest::newRow("whm") << u"31 Jan 24 10:20"_s << false << utc(2024, 1, 31, 10, 20);
        QTest::newRow("unix") << u"1706696430"_s << true << t;
        QTest::newRow("never") << u"Never logged in"_s << false << QDateTime();
        QTest::newRow("mysql zero") << u"0000-00-00 00:00:00"_s << false << QDateTime();
        QTest::newRow("empty") << u""_s << false << QDateTime();
    }

    void datesAsExportsWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(bool, unix);
        QFETCH(QDateTime, expected);
        const auto parsed = ImportValues::dateTime(text, unix);
        QVERIFY(parsed);
        QCOMPARE(*parsed, expected);
    }

    void unreadableDatesAndFlags()
    {
        for (const QString &bad :
             { u"2024-13-01"_s, u"31/31/2024"_s, u"yesterday"_s, u"2024-01-31 25:00"_s, u"1706696430"_s })
            QVERIFY2(!ImportValues::dateTime(bad), qPrintable(bad));
        for (const QString &yes : { u"TRUE"_s, u"True"_s, u"1"_s, u"yes"_s, u"Y"_s })
            QCOMPARE(ImportValues::flag(yes), std::optional<bool>(true));
        for (const QString &no : { u"FALSE"_s, u"false"_s, u"0"_s, u"No"_s })
            QCOMPARE(ImportValues::flag(no), std::optional<bool>(false));
        QVERIFY(!ImportValues::flag(u"maybe"_s));
    }

    void badRowsAreListedWithLineAndReasonAndTheRestIsRead()
    {
        const QByteArray csv = "user_id,firstname,lastname,email,username,created,logdate,lognum,is_active\n"
                               "1,Sara,Owner,sara@x.example,admin,2021-04-01,2024-01-31,3,1\n"
                               "2,Tom,Keller,tom@x.example,tom,yesterday,,0,1\n"
                               "3,Eve,,eve@x.example,eve,2021-04-01,,0,maybe\n"
                               "4,No,Name,no@x.example,,2021-04-01,,0,1\n"
                               "5,Sara,Again,sara2@x.example,ADMIN,2021-04-01,,0,1\n";
        auto import = AccountImporter::read(csv, AccountImportFormat::Magento, u"m.csv"_s);
        QVERIFY2(import, qPrintable(import.error()));
        QCOMPARE(import->accounts.size(), 1);
        QCOMPARE(import->errors.size(), 4);
        QCOMPARE(import->errors.at(0).line, 3);
        QCOMPARE(import->errors.at(0).message,
                 u"\"yesterday\" in the column \"created\" is not a date Storefort can read. Write it like "
                 u"2024-01-31 or 2024-01-31 10:20:30."_s);
        QCOMPARE(import->errors.at(1).line, 4);
        QCOMPARE(
            import->errors.at(1).message,
            u"\"maybe\" in the column \"is_active\" is neither yes nor no. Write yes or no, true or false, "
            u"or 1 or 0."_s);
        QCOMPARE(import->errors.at(2).line, 5);
        QCOMPARE(import->errors.at(2).message, u"This row has no user name."_s);
        QCOMPARE(import->errors.at(3).line, 6);
        QCOMPARE(
            import->errors.at(3).message,
            u"The user name \"ADMIN\" is already on line 2; each account can be in the file only once."_s);
        QVERIFY(import->refusedUserKeys.contains(u"tom"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountImporters)
#include "tst_accountimporters.moc"
