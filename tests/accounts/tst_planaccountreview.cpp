// The account review in a real plan file: hand edits, rules and the access review, what people's
// work needs, confirmation letters and replies, leavers' steps, the access matrix, the leaver
// checklist and the letter (its PDF read back with pdftotext). Everything survives reopening.
#include "accounts/AccessMatrix.h"
#include "accounts/AccountFindings.h"
#include "accounts/AccountSync.h"
#include "accounts/ConfirmationLetterText.h"
#include "accounts/LeaverChecklist.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPlanAccountReview : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<Plan> m_plan;
    qint64 m_system = 0;
    qint64 m_lena = 0; // staff
    qint64 m_agency = 0; // the shop's web agency
    qint64 m_tom = 0; // staff, leaves
    qint64 m_lenaAccount = 0;
    qint64 m_agencyAdmin = 0;
    qint64 m_agencyDeploy = 0;
    qint64 m_tomAccount = 0;

    qint64 person(const QString &name, Person::Kind kind)
    {
        Person p;
        p.name = name;
        p.kind = kind;
        auto id = m_plan->addPerson(p);
        if (!id)
            qFatal("person: %s", qPrintable(id.error()));
        return id.value();
    }

    qint64 account(const QString &userName, QList<qint64> people, AccountRole role)
    {
        Account a;
        a.systemId = m_system;
        a.userName = userName;
        a.personIds = people;
        a.role = role;
        a.reach = AccountRoles::usualReach(role);
        a.lastLogin = m_clock.currentUtc().addDays(-3);
        auto id = m_plan->addAccount(a);
        if (!id)
            qFatal("account: %s", qPrintable(id.error()));
        return id.value();
    }

    void reopen()
    {
        m_plan.reset();
        auto plan = Plan::open(m_path);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }

    QStringList findingIds() const
    {
        QStringList ids;
        for (const Finding &f : AccountFindings::compute(*m_plan))
            ids.append(f.id);
        return ids;
    }

private slots:
    void initTestCase() { Clock::setClock(&m_clock); }
    void cleanupTestCase() { Clock::setClock(nullptr); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"shop.storefort"_s);
        auto plan = Plan::create(m_path, ShopProfile { .name = u"Tiny Tea"_s });
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        m_plan = std::move(plan.value());
        System s;
        s.name = u"Shop admin"_s;
        auto id = m_plan->addSystem(s);
        QVERIFY(id.ok());
        m_system = id.value();
        m_lena = person(u"Lena Park"_s, Person::Kind::Staff);
        m_agency = person(u"Pixelwerk Agency"_s, Person::Kind::Agency);
        m_tom = person(u"Tom Reed"_s, Person::Kind::Staff);
        m_lenaAccount = account(u"lena"_s, { m_lena }, AccountRole::Manager);
        m_agencyAdmin = account(u"pixelwerk"_s, { m_agency }, AccountRole::Admin);
        m_agencyDeploy = account(u"deploy-bot"_s, { m_agency }, AccountRole::Editor);
        m_tomAccount = account(u"tom"_s, { m_tom }, AccountRole::Editor);
    }

    void cleanup()
    {
        m_plan.reset();
        m_dir.reset();
    }

    void handEditsAreKeptAndChecked()
    {
        Account a = *m_plan->account(m_tomAccount);
        a.personIds = { m_tom, m_lena };
        a.reach |= DataKind::CostsAndPrices;
        a.mfa = YesNoUnknown::Yes;
        QSignalSpy changed(m_plan.get(), &Plan::accountsChanged);
        QVERIFY(m_plan->updateAccount(a).ok());
        QCOMPARE(changed.size(), 1);
        // A second account of the same name on the same system is refused, whatever its case.
        Account twin = a;
        twin.id = 0;
        twin.userName = u"TOM"_s;
        QVERIFY(!m_plan->addAccount(twin).ok());
        Account nobody = a;
        nobody.personIds = { 9999 };
        QVERIFY(!m_plan->updateAccount(nobody).ok());
        reopen();
        std::swap(a.personIds[0], a.personIds[1]); // kept in id order
        QCOMPARE(*m_plan->account(m_tomAccount), a);
        const auto entries = m_plan->auditEntries();
        QVERIFY(entries.ok());
        bool peopleAudited = false;
        for (const AuditEntry &e : entries.value())
            peopleAudited |= e.field == u"people"_s && e.newValue == u"Lena Park, Tom Reed"_s;
        QVERIFY(peopleAudited);
    }

    void rulesAndAccessReviewPersist()
    {
        QVERIFY(findingIds().contains(u"ACC-ACCESS-REVIEW-DUE"_s));
        AccountRules rules;
        rules.inactiveDays = 2;
        QVERIFY(m_plan->setAccountRules(rules).ok());
        QVERIFY(findingIds().contains(u"ACC-INACTIVE"_s)); // last sign-in 3 days ago
        AccountRules bad;
        bad.maxAdminsPerSystem = 0;
        QVERIFY(!m_plan->setAccountRules(bad).ok());
        QVERIFY(m_plan->recordAccessReview(QDate(2026, 11, 20)).ok());
        QVERIFY(!m_plan->recordAccessReview(QDate(2030, 1, 1)).ok());
        reopen();
        QCOMPARE(m_plan->accountRules(), rules);
        QCOMPARE(m_plan->accessReviewedOn(), QDate(2026, 11, 20));
        QVERIFY(!findingIds().contains(u"ACC-ACCESS-REVIEW-DUE"_s));
    }

    void accessMatrixShowsReachBeyondNeeds()
    {
        QVERIFY(m_plan->setPersonAccess(PersonAccess { m_lena, DataReach(DataKind::ProductLists), {} }).ok());
        const AccessMatrix m = AccessMatrix::build(*m_plan);
        QCOMPARE(m.systemIds, QList<qint64> { m_system });
        QCOMPARE(m.rows.size(), 3);
        const AccessMatrix::Row &lena = m.rows.at(0);
        QCOMPARE(lena.personId, m_lena);
        QCOMPARE(lena.systems.at(0).accountIds, QList<qint64> { m_lenaAccount });
        QCOMPARE(lena.systems.at(0).highestRole, AccountRole::Manager);
        QVERIFY(lena.reach.testFlag(DataKind::OrdersAndHabits));
        QVERIFY(
            lena.beyondNeeds.testFlag(DataKind::OrdersAndHabits)); // a manager sees orders; her work does not
        QVERIFY(!lena.beyondNeeds.testFlag(DataKind::ProductLists));
        const AccessMatrix::Row &agency = m.rows.at(1);
        QCOMPARE(agency.systems.at(0).accountIds.size(), 2);
        QCOMPARE(agency.systems.at(0).highestRole, AccountRole::Admin);
        QCOMPARE(agency.beyondNeeds, DataReach()); // not said: their roles' usual reach is what they need
        QCOMPARE(m.peopleReaching(DataKind::OrdersAndHabits), 2);
        reopen();
        QCOMPARE(m_plan->personAccess(m_lena).needs,
                 std::optional<DataReach>(DataReach(DataKind::ProductLists)));
        QVERIFY(findingIds().contains(u"ACC-REACH-EXCEEDS"_s));
    }

    void letterRepliesAndFindings()
    {
        QVERIFY(m_plan->setPersonAccess(PersonAccess { m_agency, std::nullopt, QDate(2026, 11, 1) }).ok());
        QVERIFY(findingIds().contains(u"ACC-DEV-UNCONFIRMED"_s));

        const QList<qint64> asked = ConfirmationLetterText::accountsToAsk(*m_plan, m_agency);
        QCOMPARE(asked, (QList<qint64> { m_agencyAdmin, m_agencyDeploy }));
        ConfirmationLetter letter { 0, m_agency, QDate(2026, 11, 2), asked };
        auto letterId = m_plan->addConfirmationLetter(letter);
        QVERIFY2(letterId.ok(), qPrintable(letterId.error()));
        letter.id = letterId.value();

        const QString text = ConfirmationLetterText::plainText(*m_plan, letter);
        QVERIFY(text.contains(u"pixelwerk"_s));
        QVERIFY(text.contains(u"deploy-bot"_s));
        QVERIFY(!text.contains(u"lena"_s)); // only their accounts
        QVERIFY(text.contains(u"Pixelwerk Agency"_s));

        AccountConfirmation keep;
        keep.accountId = m_agencyAdmin;
        keep.personId = m_agency;
        keep.letterId = letter.id;
        keep.repliedOn = QDate(2026, 11, 10);
        QVERIFY(!m_plan->recordConfirmation(keep).ok()); // a kept account needs a reason
        keep.reason = u"Support contract until 2027"_s;
        QVERIFY(m_plan->recordConfirmation(keep).ok());
        keep.reason = u"Support contract until March 2027"_s; // a second reply replaces the first
        QVERIFY(m_plan->recordConfirmation(keep).ok());
        AccountConfirmation remove = keep;
        remove.accountId = m_agencyDeploy;
        remove.decision = AccountConfirmation::Decision::Remove;
        remove.reason.clear();
        QVERIFY(m_plan->recordConfirmation(remove).ok());
        reopen();
        QCOMPARE(m_plan->confirmations().size(), 2);
        QCOMPARE(m_plan->confirmations().at(0).reason, u"Support contract until March 2027"_s);
        QStringList ids = findingIds();
        QVERIFY(!ids.contains(u"ACC-DEV-UNCONFIRMED"_s));
        QVERIFY(ids.contains(u"ACC-DEV-REMOVE-PENDING"_s));
        Account deploy = *m_plan->account(m_agencyDeploy);
        deploy.status = AccountStatus::Disabled;
        QVERIFY(m_plan->updateAccount(deploy).ok());
        QVERIFY(!findingIds().contains(u"ACC-DEV-REMOVE-PENDING"_s));
    }

    void letterPdfReadsBack()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed to read the letter back");
        ConfirmationLetter letter { 0, m_agency, QDate(2026, 11, 2),
                                    ConfirmationLetterText::accountsToAsk(*m_plan, m_agency) };
        const QString pdf = m_dir->filePath(u"letter.pdf"_s);
        const Status written = ConfirmationLetterText::writePdf(*m_plan, letter, pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, { u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s });
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(u"pixelwerk"_s), qPrintable(text));
        QVERIFY(text.contains(u"deploy-bot"_s));
        QVERIFY(text.contains(u"Tiny Tea"_s));
        QVERIFY(!text.contains(u"tom"_s));
    }

    void leaverChecklist()
    {
        Person tom = *m_plan->person(m_tom);
        LeaverStep step { m_tomAccount, m_tom, LeaverStep::Action::Disabled, 0, QDate(2026, 11, 27) };
        QVERIFY(!m_plan->completeLeaverStep(step).ok()); // has not left yet
        tom.status = Person::Status::Left;
        tom.leftOn = QDate(2026, 11, 18);
        QVERIFY(m_plan->updatePerson(tom).ok());
        const QList<Finding> findings = AccountFindings::compute(*m_plan);
        QCOMPARE(findings.first().id, u"ACC-LEFT-ACTIVE"_s);
        QVERIFY(findings.first().evidence.contains(u"10"_s)); // days since he left

        // A second account, to hand over.
        const qint64 shared = account(u"orders-desk"_s, { m_tom }, AccountRole::Manager);
        LeaverChecklist list = LeaverChecklist::of(*m_plan, m_tom);
        QCOMPARE(list.items.size(), 2);
        QCOMPARE(list.doneCount(), 0);

        QVERIFY(m_plan->completeLeaverStep(step).ok());
        QCOMPARE(m_plan->account(m_tomAccount)->status, AccountStatus::Disabled);
        LeaverStep handOver { shared, m_tom, LeaverStep::Action::HandedOver, m_tom, QDate(2026, 11, 27) };
        QVERIFY(!m_plan->completeLeaverStep(handOver).ok()); // not to himself
        handOver.handedToPersonId = m_lena;
        QVERIFY(m_plan->completeLeaverStep(handOver).ok());
        QCOMPARE(m_plan->account(shared)->personIds, QList<qint64> { m_lena });

        reopen();
        list = LeaverChecklist::of(*m_plan, m_tom);
        QCOMPARE(list.items.size(), 2); // the handed-over account stays on his list, ticked
        QVERIFY(list.isComplete());
        QVERIFY(!findingIds().contains(u"ACC-LEFT-ACTIVE"_s));

        QVERIFY(m_plan->undoLeaverStep(m_tomAccount, m_tom).ok());
        QCOMPARE(m_plan->account(m_tomAccount)->status, AccountStatus::Active);
        QVERIFY(m_plan->undoLeaverStep(shared, m_tom).ok());
        QCOMPARE(m_plan->account(shared)->personIds, QList<qint64> { m_tom });
        QVERIFY(findingIds().contains(u"ACC-LEFT-ACTIVE"_s));
        QCOMPARE(LeaverChecklist::of(*m_plan, m_tom).doneCount(), 0);
    }

    void untickingPutsBackOnlyWhatTickingChanged()
    {
        Person tom = *m_plan->person(m_tom);
        tom.status = Person::Status::Left;
        tom.leftOn = QDate(2026, 11, 18);
        QVERIFY(m_plan->updatePerson(tom).ok());
        // Lena already shares Tom's account; handing it to her and un-ticking leaves her on it.
        Account shared = *m_plan->account(m_tomAccount);
        shared.personIds = { m_tom, m_lena };
        QVERIFY(m_plan->updateAccount(shared).ok());
        LeaverStep handOver { m_tomAccount, m_tom, LeaverStep::Action::HandedOver, m_lena,
                              QDate(2026, 11, 27) };
        QVERIFY(m_plan->completeLeaverStep(handOver).ok());
        QCOMPARE(m_plan->account(m_tomAccount)->personIds, QList<qint64> { m_lena });
        // Ticked once: ticking again (as "disabled") is refused until it is un-ticked.
        LeaverStep disable { m_tomAccount, m_tom, LeaverStep::Action::Disabled, 0, QDate(2026, 11, 27) };
        QVERIFY(!m_plan->completeLeaverStep(disable).ok());
        reopen();
        QVERIFY(m_plan->undoLeaverStep(m_tomAccount, m_tom).ok());
        QCOMPARE(m_plan->account(m_tomAccount)->personIds, (QList<qint64> { m_lena, m_tom }));

        // An account disabled on its system before the tick stays disabled when un-ticked.
        Account locked = *m_plan->account(m_tomAccount);
        locked.status = AccountStatus::Disabled;
        QVERIFY(m_plan->updateAccount(locked).ok());
        QVERIFY(m_plan->completeLeaverStep(disable).ok());
        QVERIFY(m_plan->undoLeaverStep(m_tomAccount, m_tom).ok());
        QCOMPARE(m_plan->account(m_tomAccount)->status, AccountStatus::Disabled);
    }

    void oneEditAtATime()
    {
        // While an import is being written, an edit asked for from its progress callback (a window
        // handling events) is refused in plain words, and the import still lands whole.
        AccountSync sync;
        sync.systemId = m_system;
        for (int i = 0; i < 5000; ++i) {
            Account a;
            a.systemId = m_system;
            a.userName = u"customer%1"_s.arg(i);
            a.role = AccountRole::ReadOnly;
            sync.added.append(a);
        }
        QStringList refusals;
        const Status applied = m_plan->applyImport(m_system, sync, [&](qsizetype, qsizetype) {
            Person p;
            p.name = u"Meanwhile"_s;
            auto added = m_plan->addPerson(p);
            if (!added)
                refusals.append(added.error());
            return true;
        });
        QVERIFY2(applied.ok(), qPrintable(applied.error()));
        QVERIFY(!refusals.isEmpty());
        QVERIFY2(refusals.first().contains(u"Another change"_s), qPrintable(refusals.first()));
        QCOMPARE(m_plan->people().size(), 3);
        QCOMPARE(m_plan->accounts().size(), 5004);
        reopen();
        QCOMPARE(m_plan->accounts().size(), 5004);
        QVERIFY(m_plan->addPerson(Person { .name = u"Afterwards"_s }).ok());
    }

    void removingAPersonTakesTheirReviewAlong()
    {
        QVERIFY(m_plan->setPersonAccess(PersonAccess { m_agency, std::nullopt, QDate(2026, 11, 1) }).ok());
        auto letterId = m_plan->addConfirmationLetter(
            ConfirmationLetter { 0, m_agency, QDate(2026, 11, 2), { m_agencyAdmin } });
        QVERIFY(letterId.ok());
        QVERIFY(m_plan->removePerson(m_agency).ok());
        QVERIFY(m_plan->confirmationLetters().isEmpty());
        QVERIFY(!m_plan->personAccess().contains(m_agency));
        QVERIFY(m_plan->account(m_agencyAdmin)->personIds.isEmpty());
    }
};

QTEST_MAIN(TestPlanAccountReview)
#include "tst_planaccountreview.moc"
