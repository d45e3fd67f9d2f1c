#include "GuiTestHome.h"
#include "PlanSession.h"
#include "ShopCommands.h"
#include "TeamCommands.h"
#include "TeamModel.h"
#include "plan/Plan.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<Plan> readBack(const QString &path)
{
    auto plan = Plan::open(path, { .readOnly = true });
    return plan ? std::move(plan.value()) : nullptr;
}

Person alice()
{
    Person p;
    p.name = u"Alice Martin"_s;
    p.role = u"Owner"_s;
    p.email = u"alice@shop.example"_s;
    p.phone = u"+33 1 23 45 67 89"_s;
    p.kind = Person::Kind::Staff;
    return p;
}
} // namespace

class TestTeamModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.start()); }
    void init();
    void cleanup();

    void passesTheModelTester();
    void addIsUndoneAndRedoneWithTheSameId();
    void editIsUndone();
    void removeIsUndoneWithOwnerAndMeRestored();
    void refusedEditNeverReachesTheUndoStack();

private:
    qint64 add(const Person &person);

    GuiTestHome m_home;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<TeamModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTeamModel::init()
{
    m_home.reset();
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_session = std::make_unique<PlanSession>();
    QVERIFY(m_session->create(m_path, u"Team shop"_s));
    m_model = std::make_unique<TeamModel>(*m_session->plan());
    // Every test runs under the tester: each change the commands make is checked as it happens.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTeamModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_session.reset();
}

qint64 TestTeamModel::add(const Person &person)
{
    auto command = std::make_unique<AddPersonCommand>(*m_session->plan(), person);
    AddPersonCommand *added = command.get();
    return m_session->pushEdit(std::move(command)) ? added->personId() : 0;
}

void TestTeamModel::passesTheModelTester()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(TeamModel::ColumnCount));
    QCOMPARE(m_model->headerData(TeamModel::Role, Qt::Horizontal).toString(), u"Role in the business"_s);
    QVERIFY(add(alice()) > 0);
    Person bob;
    bob.name = u"Bob"_s;
    bob.kind = Person::Kind::Developer;
    bob.status = Person::Status::Left;
    bob.leftOn = QDate(2024, 2, 29);
    QVERIFY(add(bob) > 0);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, TeamModel::Kind).data().toString(), Person::kindName(Person::Kind::Developer));
    QCOMPARE(m_model->index(1, TeamModel::Status).data().toString(),
             Person::statusName(Person::Status::Left));
    QCOMPARE(m_model->index(1, TeamModel::LeftOn).data().toString(),
             QLocale().toString(QDate(2024, 2, 29), QLocale::ShortFormat));
    QVERIFY(m_model->index(0, TeamModel::LeftOn).data().toString().isEmpty());
}

void TestTeamModel::addIsUndoneAndRedoneWithTheSameId()
{
    const qint64 id = add(alice());
    QVERIFY(id > 0);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, TeamModel::Name).data().toString(), u"Alice Martin"_s);
    QCOMPARE(m_model->index(0, TeamModel::Email).data().toString(), u"alice@shop.example"_s);
    QCOMPARE(m_model->index(0, TeamModel::Name).data(TeamModel::PersonIdRole).toLongLong(), id);
    QCOMPARE(readBack(m_path)->people().size(), 1);

    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(readBack(m_path)->people().isEmpty());

    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 1);
    const auto file = readBack(m_path);
    QCOMPARE(file->people().size(), 1);
    QCOMPARE(file->people().first().id, id);
    QCOMPARE(file->people().first().name, u"Alice Martin"_s);
    QVERIFY(file->verifyAudit().intact);
}

void TestTeamModel::editIsUndone()
{
    const qint64 id = add(alice());
    const Person before = *m_session->plan()->person(id);
    Person after = before;
    after.email = u"alice@new.example"_s;
    after.status = Person::Status::Left;
    after.leftOn = QDate(2024, 5, 31);

    QVERIFY(m_session->pushEdit(std::make_unique<EditPersonCommand>(*m_session->plan(), before, after)));
    QCOMPARE(m_model->index(0, TeamModel::Email).data().toString(), u"alice@new.example"_s);
    QCOMPARE(m_model->index(0, TeamModel::Status).data().toString(),
             Person::statusName(Person::Status::Left));
    QCOMPARE(*readBack(m_path)->person(id), after);

    m_session->undoStack()->undo();
    QCOMPARE(m_model->index(0, TeamModel::Email).data().toString(), u"alice@shop.example"_s);
    QCOMPARE(*readBack(m_path)->person(id), before);

    m_session->undoStack()->redo();
    QCOMPARE(*readBack(m_path)->person(id), after);
}

void TestTeamModel::removeIsUndoneWithOwnerAndMeRestored()
{
    Person bob;
    bob.name = u"Bob"_s;
    const qint64 bobId = add(bob);
    const qint64 id = add(alice());
    Plan &plan = *m_session->plan();
    QVERIFY(m_session->pushEdit(
        std::make_unique<SetShopPersonCommand>(plan, SetShopPersonCommand::Link::Owner, id)));
    QVERIFY(m_session->pushEdit(
        std::make_unique<SetShopPersonCommand>(plan, SetShopPersonCommand::Link::Me, id)));

    QVERIFY(m_session->pushEdit(std::make_unique<RemovePersonCommand>(plan, *plan.person(id))));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, TeamModel::Name).data().toString(), u"Bob"_s);
    {
        const auto file = readBack(m_path);
        QVERIFY(!file->person(id));
        QCOMPARE(file->shop().ownerPersonId, qint64(0));
        QCOMPARE(file->shop().mePersonId, qint64(0));
    }

    m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(id), 1);
    {
        const auto file = readBack(m_path);
        QVERIFY(file->person(id));
        QCOMPARE(file->person(id)->email, u"alice@shop.example"_s);
        QCOMPARE(file->shop().ownerPersonId, id);
        QCOMPARE(file->shop().mePersonId, id);
        QVERIFY(file->person(bobId));
        QVERIFY(file->verifyAudit().intact);
    }

    m_session->undoStack()->redo();
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!readBack(m_path)->person(id));

    // All the way back: nobody on the team, and every step is in the history.
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    QCOMPARE(m_model->rowCount(), 0);
    const auto file = readBack(m_path);
    QVERIFY(file->people().isEmpty());
    QVERIFY(file->auditEntries()->size() > 8);
}

void TestTeamModel::refusedEditNeverReachesTheUndoStack()
{
    QSignalSpy failed(m_session.get(), &PlanSession::editFailed);
    Person nameless;
    nameless.email = u"not an address"_s;
    QCOMPARE(add(nameless), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().toString(), nameless.check());
    QCOMPARE(m_session->undoStack()->count(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(readBack(m_path)->people().isEmpty());
}

QTEST_MAIN(TestTeamModel)
#include "tst_teammodel.moc"
