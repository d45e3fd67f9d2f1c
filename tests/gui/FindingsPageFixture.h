#pragma once

// What the tests of "All findings" and of accepting a finding share: a fresh plan for each test
// function on a fixed day, with findings in several steps; the page over it (with Qt's model tester
// on its list and on the filter over it); and the table and the chosen finding read back.

#include "FindingDetail.h"
#include "FindingsFilterModel.h"
#include "FindingsPage.h"
#include "FindingsRegisterModel.h"
#include "GuiTestHome.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "secrets/NoSecretStore.h"

#include <QAbstractItemModelTester>
#include <QTableView>
#include <QTest>

#include <memory>

class FindingsPageFixture
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
        m_session->setSecretStore(new NoSecretStore);
        if (const Status created = m_session->create(m_path, u"Kräuterladen Nord"_s); !created) {
            qWarning("the plan was not created: %s", qPrintable(created.error()));
            return false;
        }
        // Findings in several steps: no site and no owner (shop & team), a provider nobody can reach and
        // who answered nothing (providers), a system whose audit log is unknown (accounts), no DDoS plan
        // (DDoS readiness), recovery items nobody holds (contingency binder).
        Provider host;
        host.name = u"Hostinga GmbH"_s;
        host.kind = ProviderKind::WebHost;
        return plan().addProvider(host) && plan().addSystem(System { .name = u"Shop admin"_s });
    }

    // For cleanup().
    void closePage()
    {
        m_filterTester.reset();
        m_sourceTester.reset();
        m_page.reset();
        m_session.reset();
    }

    void openPage()
    {
        m_page = std::make_unique<FindingsPage>(*m_session);
        m_page->resize(1100, 800);
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_filterTester = std::make_unique<QAbstractItemModelTester>(
            m_page->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    Plan &plan() const { return *m_session->plan(); }

    // The finding's row in the table (filtered), -1 when it is not shown.
    int rowOf(const QString &ruleId) const
    {
        const QAbstractItemModel *model = m_page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(FindingsRegisterModel::KeyRole).toString().section(u'|', 0, 0)
                == ruleId)
                return row;
        }
        return -1;
    }

    QString cell(int row, int column) const
    {
        return m_page->table()->model()->index(row, column).data().toString();
    }

    // Chooses the finding in the table; true when the details show it.
    bool chooseFinding(const QString &ruleId)
    {
        const int row = rowOf(ruleId);
        if (row < 0)
            return false;
        m_page->table()->setCurrentIndex(m_page->table()->model()->index(row, 0));
        return m_page->detail()->finding() && m_page->detail()->finding()->finding.id == ruleId;
    }

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2025, 6, 16), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<FindingsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
};
