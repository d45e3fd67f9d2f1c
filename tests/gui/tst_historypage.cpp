#include "GuiTestHome.h"
#include "HistoryModel.h"
#include "HistoryPage.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Midday UTC: the same calendar day in every time zone the test may run in.
QDateTime day(int month, int dayOfMonth)
{
    return QDateTime(QDate(2024, month, dayOfMonth), QTime(12, 0), QTimeZone::utc());
}
} // namespace

class TestHistoryPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_home.start()); }
    void init();
    void cleanup();

    void showsEveryEntryInWordsNewestFirst();
    void filtersByArea();
    void filtersByPerson();
    void filtersByDateRange();
    void followsNewChanges();
    void tamperedEntryShowsWarningWithItsNumber();

private:
    struct View
    {
        QAbstractItemModel *model;
        QComboBox *area;
        QComboBox *person;
        QCheckBox *between;
        QDateEdit *from;
        QDateEdit *to;
        NoticeBanner *status;
    };
    View view(HistoryPage &page);
    QStringList column(QAbstractItemModel *model, int column);

    GuiTestHome m_home;
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock { day(3, 1) };
    qint64 m_aliceId = 0;
};

void TestHistoryPage::init()
{
    m_home.reset();
    Clock::setClock(&m_clock);
    m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    // 1 (plan, 1 March): created. 2 (shop, 5 March): renamed. 3 (team, 10 March): Alice added.
    // 4 (shop, 10 March): "I am" Alice. 5 (team, 12 March): Alice's email, recorded as Alice.
    m_clock.setTime(day(3, 1));
    auto plan = Plan::create(m_path, ShopProfile { .name = u"My shop"_s });
    QVERIFY(plan);
    m_clock.setTime(day(3, 5));
    QVERIFY(plan.value()->setShopName(u"Corner Bakery"_s));
    m_clock.setTime(day(3, 10));
    Person alice;
    alice.name = u"Alice"_s;
    alice.email = u"alice@bakery.example"_s;
    auto id = plan.value()->addPerson(alice);
    QVERIFY(id);
    m_aliceId = id.value();
    QVERIFY(plan.value()->setMe(m_aliceId));
    m_clock.setTime(day(3, 12));
    alice.id = m_aliceId;
    alice.email = u"alice@corner.example"_s;
    QVERIFY(plan.value()->updatePerson(alice));
}

void TestHistoryPage::cleanup()
{
    Clock::setClock(nullptr);
}

TestHistoryPage::View TestHistoryPage::view(HistoryPage &page)
{
    return { page.findChild<QTableView *>(u"historyTable"_s)->model(),
             page.findChild<QComboBox *>(u"historyAreaFilter"_s),
             page.findChild<QComboBox *>(u"historyPersonFilter"_s),
             page.findChild<QCheckBox *>(u"historyBetween"_s),
             page.findChild<QDateEdit *>(u"historyFrom"_s),
             page.findChild<QDateEdit *>(u"historyTo"_s),
             page.findChild<NoticeBanner *>(u"historyStatus"_s) };
}

QStringList TestHistoryPage::column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

void TestHistoryPage::showsEveryEntryInWordsNewestFirst()
{
    PlanSession session;
    QVERIFY(session.open(m_path));
    HistoryPage page(session);
    const View v = view(page);

    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"1"_s }));
    QCOMPARE(column(v.model, HistoryModel::What),
             (QStringList { u"Team member Alice: email"_s, u"“I am” on this computer"_s,
                            u"Team member Alice added"_s, u"Shop name"_s, u"Plan created"_s }));
    QCOMPARE(v.model->index(3, HistoryModel::From).data().toString(), u"My shop"_s);
    QCOMPARE(v.model->index(3, HistoryModel::To).data().toString(), u"Corner Bakery"_s);
    QCOMPARE(v.model->index(0, HistoryModel::Who).data().toString(), u"Alice"_s);
    QCOMPARE(v.model->index(1, HistoryModel::Who).data().toString(), Actor::currentOsUser());
    QCOMPARE(v.model->index(3, HistoryModel::Area).data().toString(), u"Shop"_s);
    QCOMPARE(v.model->index(3, HistoryModel::When).data().toString(),
             QLocale().toString(day(3, 5).toLocalTime(), QLocale::ShortFormat));

    QCOMPARE(v.status->kind(), NoticeBanner::Kind::Positive);
    QVERIFY2(v.status->text().contains(u"intact"_s), qPrintable(v.status->text()));
    QVERIFY2(v.status->text().contains(u"5 entries"_s), qPrintable(v.status->text()));
}

void TestHistoryPage::filtersByArea()
{
    PlanSession session;
    QVERIFY(session.open(m_path));
    HistoryPage page(session);
    const View v = view(page);

    QCOMPARE(v.area->count(), 4); // all, plan, shop, team
    v.area->setCurrentIndex(v.area->findData(u"team"_s));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"5"_s, u"3"_s }));
    v.area->setCurrentIndex(v.area->findData(u"shop"_s));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"4"_s, u"2"_s }));
    v.area->setCurrentIndex(0);
    QCOMPARE(v.model->rowCount(), 5);
}

void TestHistoryPage::filtersByPerson()
{
    PlanSession session;
    QVERIFY(session.open(m_path));
    HistoryPage page(session);
    const View v = view(page);

    QCOMPARE(v.person->count(), 3); // everyone, Alice, the computer account
    v.person->setCurrentIndex(v.person->findData(u"Alice"_s));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"5"_s }));
    v.person->setCurrentIndex(v.person->findData(Actor::currentOsUser()));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"4"_s, u"3"_s, u"2"_s, u"1"_s }));
}

void TestHistoryPage::filtersByDateRange()
{
    PlanSession session;
    QVERIFY(session.open(m_path));
    HistoryPage page(session);
    const View v = view(page);

    QVERIFY(!v.from->isEnabled());
    v.from->setDate(QDate(2024, 3, 4));
    v.to->setDate(QDate(2024, 3, 10));
    QCOMPARE(v.model->rowCount(), 5); // the dates count only when "only between" is ticked
    v.between->setChecked(true);
    QVERIFY(v.from->isEnabled());
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"4"_s, u"3"_s, u"2"_s }));

    // Both ends are included, and so is a single day.
    v.from->setDate(QDate(2024, 3, 12));
    v.to->setDate(QDate(2024, 3, 12));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"5"_s }));

    // Filters combine.
    v.from->setDate(QDate(2024, 3, 1));
    v.to->setDate(QDate(2024, 3, 11));
    v.area->setCurrentIndex(v.area->findData(u"team"_s));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"3"_s }));
    v.to->setDate(QDate(2024, 3, 31));
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"5"_s, u"3"_s }));
}

void TestHistoryPage::followsNewChanges()
{
    PlanSession session;
    QVERIFY(session.open(m_path));
    HistoryPage page(session);
    const View v = view(page);
    v.area->setCurrentIndex(v.area->findData(u"shop"_s));

    m_clock.setTime(day(4, 2));
    QVERIFY(session.plan()->setPlatform(ShopPlatform::WooCommerce));
    QCOMPARE(v.area->currentData().toString(), u"shop"_s); // the owner's choice survives the refresh
    QCOMPARE(column(v.model, HistoryModel::Number), (QStringList { u"6"_s, u"4"_s, u"2"_s }));
    QCOMPARE(v.model->index(0, HistoryModel::What).data().toString(), u"Platform"_s);
    QCOMPARE(v.model->index(0, HistoryModel::To).data().toString(),
             ShopPlatforms::displayName(ShopPlatform::WooCommerce));
    QVERIFY(v.status->text().contains(u"6 entries"_s));
}

void TestHistoryPage::tamperedEntryShowsWarningWithItsNumber()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE audit SET new_value = 'x' WHERE id = 2"_s));
        QCOMPARE(query.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);

    PlanSession session;
    QVERIFY(session.open(m_path));
    HistoryPage page(session);
    const View v = view(page);

    QCOMPARE(v.status->kind(), NoticeBanner::Kind::Warning);
    QVERIFY2(v.status->text().contains(u"tampered"_s), qPrintable(v.status->text()));
    QVERIFY2(v.status->text().contains(u"entry 2"_s), qPrintable(v.status->text()));
    // The entry is shown as it is now in the file, marked; nothing is repaired.
    const QModelIndex changed = v.model->index(3, HistoryModel::Number);
    QCOMPARE(changed.data().toString(), u"2"_s);
    QVERIFY(!changed.data(Qt::DecorationRole).isNull());
    QVERIFY(v.model->index(2, HistoryModel::Number).data(Qt::DecorationRole).isNull());
    QCOMPARE(v.model->index(3, HistoryModel::To).data().toString(), u"x"_s);
    QVERIFY(!session.plan()->verifyAudit().intact);
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
