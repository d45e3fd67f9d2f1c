#pragma once

// What the tests of the Accounts tab share: a fresh plan for each test function, the page over it
// (with Qt's model tester on the table), systems and imports through the dialog, and reading the
// table and the import preview back.

#include "AccountsFilterModel.h"
#include "AccountsModel.h"
#include "AccountsPage.h"
#include "AccountsTab.h"
#include "DialogDriver.h"
#include "GuiTestHome.h"
#include "ImportAccountsDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringBuilder>
#include <QTest>

#include <memory>

// A file of tests/accounts/data (STOREFORT_ACCOUNTS_DATA).
inline QString fixture(const QString &name)
{
    return QString::fromLocal8Bit(qgetenv("STOREFORT_ACCOUNTS_DATA")) + u'/' + name;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// "N account(s) (M shown)": the count above the table, whether or not an English translation with
// the plural forms is loaded.
inline bool countSays(QWidget *tab, int total, int shown)
{
    using namespace Qt::StringLiterals;
    const QString text = child<QLabel>(tab, u"accountCount"_s)->text();
    const QString locale = QLocale().toString(total);
    const bool ok
        = (text.startsWith(locale % u" account"_s) || text.startsWith(QString::number(total) % u" account"_s))
        && text.contains(u"(%1 shown)"_s.arg(QLocale().toString(shown)));
    if (!ok)
        qWarning("count says: %s", qPrintable(text));
    return ok;
}

// The number a count label of the import preview shows.
inline int shownCount(QDialog *dialog, const QString &name)
{
    const QString text = child<QLabel>(dialog, name)->accessibleName();
    return text.section(u' ', 0, 0).remove(u',').toInt();
}

class AccountsPageFixture
{
protected:
    // For initTestCase(): a home of the test's own and the fixed clock.
    bool start()
    {
        if (!m_home.start())
            return false;
        Clock::setClock(&m_clock);
        if (!QFile::exists(fixture(QStringLiteral("wordpress.csv")))) {
            qWarning("set STOREFORT_ACCOUNTS_DATA to tests/accounts/data");
            return false;
        }
        return true;
    }

    // For init(): a new plan named after the test function.
    bool createPlan()
    {
        using namespace Qt::StringLiterals;
        m_home.reset();
        MessageBox::clearLastText();
        m_path = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_session = std::make_unique<PlanSession>();
        return m_session->create(m_path, u"Tiny Tea"_s).ok();
    }

    // For cleanup().
    void closePage()
    {
        m_tester.reset();
        m_page.reset();
        m_session.reset();
    }

    void openPage()
    {
        m_page = std::make_unique<AccountsPage>(*m_session);
        m_page->resize(1200, 750);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            tab()->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    qint64 addSystem(const QString &name = QStringLiteral("WordPress admin"))
    {
        System s;
        s.kind = SystemKind::ShopAdmin;
        s.name = name;
        auto id = m_session->plan()->addSystem(s);
        return id ? id.value() : 0;
    }

    // Imports `file` into `systemId` through the dialog; returns the preview's counts.
    struct Counts
    {
        int added = -1, changed = -1, removed = -1, unchanged = -1;
    };
    Counts importThroughDialog(qint64 systemId, const QString &file, bool apply = true)
    {
        using namespace Qt::StringLiterals;
        Counts counts;
        ImportAccountsDialog dialog(*m_session, systemId, m_page.get());
        dialog.setFile(file);
        QSignalSpy done(&dialog, &ImportAccountsDialog::comparisonFinished);
        child<QPushButton>(&dialog, u"importCompare"_s)->click();
        if (!done.wait(30000) || !done.first().first().toBool())
            return counts;
        counts.added = shownCount(&dialog, u"importNewCount"_s);
        counts.changed = shownCount(&dialog, u"importChangedCount"_s);
        counts.removed = shownCount(&dialog, u"importRemovedCount"_s);
        counts.unchanged = shownCount(&dialog, u"importUnchangedCount"_s);
        if (apply) {
            child<QPushButton>(&dialog, u"importApply"_s)->click();
            if (dialog.result() != QDialog::Accepted)
                counts = {};
        }
        return counts;
    }

    AccountsTab *tab() const { return m_page->accountsTab(); }

    QString cell(int row, int column) const
    {
        return tab()->filterModel()->index(row, column).data().toString();
    }

    int rowOf(const QString &userName) const
    {
        for (int row = 0; row < tab()->filterModel()->rowCount(); ++row) {
            if (cell(row, AccountsModel::UserName) == userName)
                return row;
        }
        return -1;
    }

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2024, 12, 1), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanSession> m_session;
    std::unique_ptr<AccountsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};
