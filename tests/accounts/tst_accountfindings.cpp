// The account hygiene rules, each on both sides of its threshold, with a fixed "now".
#include "accounts/AccountFindings.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
const QDate today = now.date();

// A register with nothing wrong: one well-run system, one person, one personal admin account with a
// second factor, a fresh password and a recent sign-in; the access review done last week.
AccountFindings::Input clean()
{
    AccountFindings::Input in;
    System s;
    s.id = 1;
    s.name = u"Shop admin"_s;
    s.auditLog = YesNoUnknown::Yes;
    s.auditRetentionDays = 365;
    s.auditLogReviewedOn = today.addDays(-10);
    s.mfaEnforced = YesNoUnknown::Yes;
    s.passwordPolicy = { 12, 0, 10 };
    in.systems = { s };
    Person p;
    p.id = 7;
    p.name = u"Lena"_s;
    in.people = { p };
    Account a;
    a.id = 100;
    a.systemId = 1;
    a.userName = u"lena"_s;
    a.personIds = { 7 };
    a.role = AccountRole::Admin;
    a.reach = AccountRoles::usualReach(AccountRole::Admin);
    a.mfa = YesNoUnknown::Yes;
    a.lastLogin = now.addDays(-1);
    a.lastPasswordChange = now.addDays(-30);
    in.accounts = { a };
    in.accessReviewedOn = today.addDays(-7);
    return in;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.id);
    return out;
}

const Finding *find(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestAccountFindings : public QObject
{
    Q_OBJECT

private slots:
    void cleanRegisterHasNoFindings()
    {
        QCOMPARE(ids(AccountFindings::compute(clean(), now)), QStringList());
    }

    void everyFindingExplainsItself()
    {
        AccountFindings::Input in = clean();
        in.systems[0].auditLog = YesNoUnknown::No;
        in.accounts[0].userName = u"admin"_s;
        in.accounts[0].personIds = {};
        const QList<Finding> findings = AccountFindings::compute(in, now);
        QVERIFY(findings.size() >= 3);
        for (const Finding &f : findings) {
            QVERIFY2(!f.title.isEmpty() && !f.why.isEmpty() && !f.fix.isEmpty() && !f.evidence.isEmpty(),
                     qPrintable(f.id));
            QVERIFY2(!f.subject.isEmpty(), qPrintable(f.id));
        }
    }

    void noPerson()
    {
        AccountFindings::Input in = clean();
        in.accounts[0].personIds = {};
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-NO-PERSON"_s));
        in.accounts[0].serviceAccount = true; // a machine's account needs no person
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-NO-PERSON"_s));
        in.accounts[0].serviceAccount = false;
        in.accounts[0].status = AccountStatus::Disabled; // cannot sign in
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-NO-PERSON"_s));
    }

    void severalPeopleAndShared()
    {
        AccountFindings::Input in = clean();
        Person other;
        other.id = 8;
        other.name = u"Tom"_s;
        in.people.append(other);
        in.accounts[0].personIds = { 7, 8 };
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-SEVERAL-PEOPLE"_s));
        in.accounts[0].personIds = { 7 };
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-SEVERAL-PEOPLE"_s));

        for (const QString &name : { u"info"_s, u"Office"_s, u"shop"_s, u"team"_s, u"staff"_s, u"support"_s,
                                     u"info@shop.example"_s }) {
            in.accounts[0].userName = name;
            QVERIFY2(ids(AccountFindings::compute(in, now)).contains(u"ACC-SHARED"_s), qPrintable(name));
        }
        in.accounts[0].userName = u"shopkeeper"_s; // a person's name that merely contains "shop"
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-SHARED"_s));
        in.accounts[0].shared = true;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-SHARED"_s));
    }

    void builtInAdmin()
    {
        AccountFindings::Input in = clean();
        in.accounts[0].userName = u"Administrator"_s;
        in.accounts[0].lastLogin = now.addDays(-30); // exactly at the limit: used "in the last 30 days"
        QList<Finding> f = AccountFindings::compute(in, now);
        QVERIFY(ids(f).contains(u"ACC-ADMIN-BUILTIN-USED"_s));
        QVERIFY(ids(f).contains(u"ACC-ADMIN-BUILTIN-NAME"_s));
        QCOMPARE(find(f, u"ACC-ADMIN-BUILTIN-USED"_s)->subject, u"account/100"_s);
        in.accounts[0].lastLogin = now.addDays(-30).addSecs(-1);
        f = AccountFindings::compute(in, now);
        QVERIFY(!ids(f).contains(u"ACC-ADMIN-BUILTIN-USED"_s));
        QVERIFY(ids(f).contains(u"ACC-ADMIN-BUILTIN-NAME"_s)); // still carries its default name

        in.accounts[0].userName = u"shopowner"_s;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-BUILTIN-NAME"_s));
        in.systems[0].builtInAdmin = u"ShopOwner"_s; // the platform's own default name
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-BUILTIN-NAME"_s));
    }

    void builtInAdminThresholdFromRules()
    {
        AccountFindings::Input in = clean();
        in.accounts[0].userName = u"root"_s;
        in.accounts[0].lastLogin = now.addDays(-8);
        in.rules.builtInAdminRecentDays = 7;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-BUILTIN-USED"_s));
        in.rules.builtInAdminRecentDays = 8;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-BUILTIN-USED"_s));
    }

    void auditLog()
    {
        AccountFindings::Input in = clean();
        in.systems[0].auditLog = YesNoUnknown::No;
        QStringList f = ids(AccountFindings::compute(in, now));
        QVERIFY(f.contains(u"SYS-AUDIT-NONE"_s));
        QVERIFY(!f.contains(u"SYS-AUDIT-REVIEW"_s)); // nothing to review
        in.systems[0].auditLog = YesNoUnknown::Unknown;
        f = ids(AccountFindings::compute(in, now));
        QVERIFY(f.contains(u"SYS-AUDIT-UNKNOWN"_s));
        QVERIFY(!f.contains(u"SYS-AUDIT-NONE"_s));

        in.systems[0].auditLog = YesNoUnknown::Yes;
        in.systems[0].auditRetentionDays = 180;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"SYS-AUDIT-RETENTION"_s));
        in.systems[0].auditRetentionDays = 179;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"SYS-AUDIT-RETENTION"_s));

        in.systems[0].auditLogReviewedOn = today.addDays(-90);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"SYS-AUDIT-REVIEW"_s));
        in.systems[0].auditLogReviewedOn = today.addDays(-91);
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"SYS-AUDIT-REVIEW"_s));
        in.systems[0].auditLogReviewedOn = QDate();
        const QList<Finding> never = AccountFindings::compute(in, now);
        QVERIFY(ids(never).contains(u"SYS-AUDIT-REVIEW"_s));
        QCOMPARE(find(never, u"SYS-AUDIT-REVIEW"_s)->subject, u"system/1"_s);
    }

    void passwordPolicy()
    {
        AccountFindings::Input in = clean();
        in.systems[0].mfaEnforced = YesNoUnknown::No;
        in.systems[0].passwordPolicy.minLength = 12;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"SYS-PASSWORD-SHORT"_s));
        in.systems[0].passwordPolicy.minLength = 11;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"SYS-PASSWORD-SHORT"_s));
        in.systems[0].mfaEnforced = YesNoUnknown::Yes; // 8 is enough with a second factor
        in.systems[0].passwordPolicy.minLength = 8;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"SYS-PASSWORD-SHORT"_s));
        in.systems[0].passwordPolicy.minLength = 7;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"SYS-PASSWORD-SHORT"_s));
        in.systems[0].passwordPolicy.minLength = 0; // not known
        const QList<Finding> unknown = AccountFindings::compute(in, now);
        QCOMPARE(find(unknown, u"SYS-PASSWORD-SHORT"_s)->severity, Severity::Low);

        in.systems[0].passwordPolicy.lockoutAfter = 0;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"SYS-PASSWORD-NO-LOCKOUT"_s));
        in.systems[0].passwordPolicy.lockoutAfter = 5;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"SYS-PASSWORD-NO-LOCKOUT"_s));
    }

    void passwordAge()
    {
        AccountFindings::Input in = clean(); // second factor: 365 days
        in.accounts[0].lastPasswordChange = now.addDays(-365);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-PASSWORD-OLD"_s));
        in.accounts[0].lastPasswordChange = now.addDays(-366);
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-PASSWORD-OLD"_s));

        // The password is the only factor: 90 days.
        in.systems[0].mfaEnforced = YesNoUnknown::No;
        in.accounts[0].mfa = YesNoUnknown::No;
        in.accounts[0].role = AccountRole::Editor;
        in.accounts[0].reach = AccountRoles::usualReach(AccountRole::Editor);
        in.accounts[0].lastPasswordChange = now.addDays(-90);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-PASSWORD-OLD"_s));
        in.accounts[0].lastPasswordChange = now.addDays(-91);
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-PASSWORD-OLD"_s));
        in.accounts[0].lastPasswordChange = QDateTime(); // not known: no verdict
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-PASSWORD-OLD"_s));
    }

    void adminWithoutSecondFactor()
    {
        AccountFindings::Input in = clean();
        in.systems[0].mfaEnforced = YesNoUnknown::Unknown;
        in.accounts[0].mfa = YesNoUnknown::Unknown;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-NO-MFA"_s));
        in.accounts[0].mfa = YesNoUnknown::Yes;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-NO-MFA"_s));
        in.accounts[0].mfa = YesNoUnknown::No;
        in.accounts[0].role = AccountRole::Manager; // not an admin
        in.accounts[0].reach = AccountRoles::usualReach(AccountRole::Manager);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-ADMIN-NO-MFA"_s));
    }

    void tooManyAdmins()
    {
        AccountFindings::Input in = clean();
        Account second = in.accounts[0];
        second.id = 101;
        second.userName = u"lena2"_s;
        in.accounts.append(second); // 2 admins: the default limit
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-TOO-MANY-ADMINS"_s));
        Account third = second;
        third.id = 102;
        third.userName = u"lena3"_s;
        in.accounts.append(third);
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-TOO-MANY-ADMINS"_s));
        in.accounts[2].status = AccountStatus::Removed;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-TOO-MANY-ADMINS"_s));
        in.rules.maxAdminsPerSystem = 1;
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-TOO-MANY-ADMINS"_s));
    }

    void reachBeyondNeeds()
    {
        AccountFindings::Input in = clean();
        in.accounts[0].role = AccountRole::Editor;
        in.accounts[0].reach = AccountRoles::usualReach(AccountRole::Editor);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-REACH-EXCEEDS"_s));
        in.accounts[0].reach |= DataKind::CostsAndPrices; // beyond an editor's usual reach
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-REACH-EXCEEDS"_s));
        // The owner said this person's work needs purchase prices: fine.
        in.access.insert(7, PersonAccess { 7, in.accounts[0].reach, {} });
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-REACH-EXCEEDS"_s));
        in.access[7].needs = DataReach(DataKind::ProductLists);
        const QList<Finding> f = AccountFindings::compute(in, now);
        QVERIFY(ids(f).contains(u"ACC-REACH-EXCEEDS"_s));
        QCOMPARE(find(f, u"ACC-REACH-EXCEEDS"_s)->subject, u"person/7"_s);
        QVERIFY(
            find(f, u"ACC-REACH-EXCEEDS"_s)->evidence.contains(DataKinds::name(DataKind::CostsAndPrices)));
    }

    void leaverStillActive()
    {
        AccountFindings::Input in = clean();
        in.people[0].status = Person::Status::Left;
        in.people[0].leftOn = today.addDays(-12);
        QList<Finding> f = AccountFindings::compute(in, now);
        const Finding *left = find(f, u"ACC-LEFT-ACTIVE"_s);
        QVERIFY(left);
        QCOMPARE(left->severity, Severity::Critical);
        QVERIFY2(left->evidence.contains(u"12"_s), qPrintable(left->evidence));
        QCOMPARE(f.first().id, u"ACC-LEFT-ACTIVE"_s); // most severe first
        in.accounts[0].status = AccountStatus::Disabled;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-LEFT-ACTIVE"_s));
    }

    void inactive()
    {
        AccountFindings::Input in = clean();
        in.accounts[0].lastLogin = now.addDays(-90);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-INACTIVE"_s));
        in.accounts[0].lastLogin = now.addDays(-90).addSecs(-1);
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-INACTIVE"_s));
        in.accounts[0].serviceAccount = true;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-INACTIVE"_s));
    }

    void developerConfirmation()
    {
        AccountFindings::Input in = clean();
        in.people[0].kind = Person::Kind::Agency;
        in.access.insert(7, PersonAccess { 7, std::nullopt, today.addDays(-20) });
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-DEV-UNCONFIRMED"_s));
        // Project ends tomorrow: nothing to confirm yet.
        in.access[7].projectEndedOn = today.addDays(1);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-DEV-UNCONFIRMED"_s));
        in.access[7].projectEndedOn = today.addDays(-20);

        AccountConfirmation keep;
        keep.id = 1;
        keep.accountId = 100;
        keep.personId = 7;
        keep.reason = u"Maintenance contract"_s;
        keep.repliedOn = today.addDays(-21); // before the project ended: does not count
        in.confirmations = { keep };
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-DEV-UNCONFIRMED"_s));
        in.confirmations[0].repliedOn = today.addDays(-20); // on the day it ended: counts
        QStringList f = ids(AccountFindings::compute(in, now));
        QVERIFY(!f.contains(u"ACC-DEV-UNCONFIRMED"_s));
        QVERIFY(!f.contains(u"ACC-DEV-REMOVE-PENDING"_s));

        AccountConfirmation remove = keep;
        remove.id = 2;
        remove.decision = AccountConfirmation::Decision::Remove;
        remove.repliedOn = today.addDays(-5);
        in.confirmations.append(remove);
        f = ids(AccountFindings::compute(in, now));
        QVERIFY(f.contains(u"ACC-DEV-REMOVE-PENDING"_s));
        in.accounts[0].status = AccountStatus::Disabled;
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-DEV-REMOVE-PENDING"_s));
    }

    void letterUnanswered()
    {
        AccountFindings::Input in = clean();
        in.people[0].kind = Person::Kind::Developer;
        in.letters = { ConfirmationLetter { 3, 7, today.addDays(-30), { 100 } } };
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-LETTER-UNANSWERED"_s));
        in.letters[0].writtenOn = today.addDays(-31);
        QList<Finding> f = AccountFindings::compute(in, now);
        QVERIFY(ids(f).contains(u"ACC-LETTER-UNANSWERED"_s));
        QCOMPARE(find(f, u"ACC-LETTER-UNANSWERED"_s)->subject, u"letter/3"_s);
        AccountConfirmation reply;
        reply.id = 1;
        reply.accountId = 100;
        reply.personId = 7;
        reply.letterId = 3;
        reply.reason = u"Hosting support"_s;
        reply.repliedOn = today.addDays(-2);
        in.confirmations = { reply };
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-LETTER-UNANSWERED"_s));
    }

    void accessReview()
    {
        AccountFindings::Input in = clean();
        in.accessReviewedOn = today.addDays(-91);
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-ACCESS-REVIEW-DUE"_s));
        in.accessReviewedOn = today.addDays(-92);
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-ACCESS-REVIEW-DUE"_s));
        in.accessReviewedOn = QDate();
        QVERIFY(ids(AccountFindings::compute(in, now)).contains(u"ACC-ACCESS-REVIEW-DUE"_s));
        in.accounts.clear(); // nothing to review yet
        QVERIFY(!ids(AccountFindings::compute(in, now)).contains(u"ACC-ACCESS-REVIEW-DUE"_s));
    }

    void groupsManyAccountsIntoOneFinding()
    {
        AccountFindings::Input in = clean();
        for (int i = 0; i < 25; ++i) {
            Account a;
            a.id = 1000 + i;
            a.systemId = 1;
            a.userName = u"customer%1"_s.arg(i);
            a.role = AccountRole::ReadOnly;
            a.serviceAccount = false;
            in.accounts.append(a);
        }
        const QList<Finding> f = AccountFindings::compute(in, now);
        QCOMPARE(ids(f).count(u"ACC-NO-PERSON"_s), 1);
        const Finding *nobody = find(f, u"ACC-NO-PERSON"_s);
        QVERIFY(nobody->title.contains(u"25"_s));
        QVERIFY(nobody->evidence.contains(u"customer0"_s));
        QVERIFY(nobody->evidence.contains(u"15"_s)); // "... and 15 more"
        QVERIFY(!nobody->evidence.contains(u"customer24"_s));
    }

    void rulesSettingsRoundTrip()
    {
        AccountRules rules;
        rules.inactiveDays = 45;
        rules.maxAdminsPerSystem = 3;
        QCOMPARE(AccountRules::fromJson(rules.toJson()), rules);
        QJsonObject bad = rules.toJson();
        bad.insert(u"inactive_days"_s, -4);
        bad.insert(u"letter_reply_days"_s, u"soon"_s);
        const AccountRules read = AccountRules::fromJson(bad);
        QCOMPARE(read.inactiveDays, AccountRules().inactiveDays);
        QCOMPARE(read.letterReplyDays, AccountRules().letterReplyDays);
        AccountRules outOfRange;
        outOfRange.passwordMinLength = 0;
        QVERIFY(!outOfRange.check().isEmpty());
        QVERIFY(AccountRules().check().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountFindings)
#include "tst_accountfindings.moc"
