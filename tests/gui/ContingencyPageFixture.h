#pragma once

// What the tests of the Contingency binder step share: a fresh plan for each test function on a
// fixed day, the page over it (with Qt's model tester on the recovery items), and the items, the
// editor and the table read back.

#include "ContingencyPage.h"
#include "DialogDriver.h"
#include "GuiTestHome.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "RecoveryItemEditor.h"
#include "RecoveryItemsView.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "secrets/NoSecretStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTableView>
#include <QTest>

#include <memory>

// Writes `bytes` to `path` and gives the file the modification time `modified`.
inline bool writeFile(const QString &path, const QByteArray &bytes, const QDateTime &modified)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return false;
    file.close();
    if (!file.open(QIODevice::ReadWrite)) // setFileTime needs an open file
        return false;
    return file.setFileTime(modified, QFileDevice::FileModificationTime);
}

class ContingencyPageFixture
{
protected:
    // For initTestCase(): a home of the test's own and the fixed clock.
    bool start()
    {
        if (!m_home.start() || !m_dir.isValid())
            return false;
        Clock::setClock(&m_clock);
        return true;
    }

    // For init(): the clock back to the fixed day, and a new plan named after the test function.
    bool createPlan()
    {
        using namespace Qt::StringLiterals;
        m_home.reset();
        m_clock.setTime(QDateTime(QDate(2025, 6, 16), QTime(10, 0), Qt::UTC));
        MessageBox::clearLastText();
        m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_session = std::make_unique<PlanSession>();
        return m_session->create(m_path, u"Kräuterladen Nord"_s).ok();
    }

    // For cleanup().
    void closePage()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    // The page over the plan, with `store` as the keychain (none: NoSecretStore).
    void openPage(SecretStore *store = nullptr)
    {
        using namespace Qt::StringLiterals;
        m_session->setSecretStore(store ? store : new NoSecretStore);
        m_page = std::make_unique<ContingencyPage>(*m_session);
        m_page->resize(1200, 800);
        auto *table = child<QTableView>(m_page.get(), u"recoveryItemsTable"_s);
        QVERIFY(table);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    qint64 itemIdOf(const QString &builtIn) const
    {
        for (const RecoveryItem &item : m_session->plan()->recoveryItems()) {
            if (item.builtIn == builtIn)
                return item.id;
        }
        return 0;
    }

    qint64 addPerson(const QString &name)
    {
        Person person;
        person.name = name;
        auto id = m_session->plan()->addPerson(person);
        return id ? id.value() : 0;
    }

    RecoveryItemsView *itemsView() const { return m_page->items(); }
    RecoveryItemEditor *editor() const { return m_page->items()->editor(); }

    QString cell(int row, int column) const
    {
        using namespace Qt::StringLiterals;
        auto *table = m_page->findChild<QTableView *>(u"recoveryItemsTable"_s);
        return table->model()->index(row, column).data().toString();
    }

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2025, 6, 16), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<ContingencyPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
