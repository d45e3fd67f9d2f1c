#pragma once

// What the tests of the account review views share (findings, who can see what, developer letters,
// leavers): a fresh plan for each test function on a fixed day, and systems, people and accounts put
// straight into it.

#include "GuiTestHome.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "accounts/AccountFindings.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

inline bool hasFinding(const QList<Finding> &findings, const QString &id)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) { return f.id == id; });
}

class AccountReviewFixture
{
protected:
    // For initTestCase(): a home of the test's own and the fixed clock.
    bool start()
    {
        if (!m_home.start())
            return false;
        Clock::setClock(&m_clock);
        return true;
    }

    // For init(): a new plan named after the test function.
    bool createPlan()
    {
        using namespace Qt::StringLiterals;
        m_home.reset();
        MessageBox::clearLastText();
        const QString path
            = m_dir.filePath(u"%1.storefort"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_session = std::make_unique<PlanSession>();
        return m_session->create(path, u"Review shop"_s).ok();
    }

    qint64 addSystem(const QString &name, SystemKind kind = SystemKind::ShopAdmin)
    {
        System s;
        s.name = name;
        s.kind = kind;
        const auto id = plan().addSystem(s);
        if (!id)
            qWarning("addSystem: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    qint64 addPerson(const QString &name, const QString &role, Person::Kind kind = Person::Kind::Staff,
                     QDate leftOn = {})
    {
        using namespace Qt::StringLiterals;
        Person p;
        p.name = name;
        p.role = role;
        p.kind = kind;
        p.email = name.section(u' ', 0, 0).toLower() + u"@shop.example"_s;
        if (leftOn.isValid()) {
            p.status = Person::Status::Left;
            p.leftOn = leftOn;
        }
        const auto id = plan().addPerson(p);
        if (!id)
            qWarning("addPerson: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    qint64 addAccount(qint64 systemId, const QString &userName, QList<qint64> personIds,
                      AccountRole role = AccountRole::Editor, std::optional<DataReach> reach = std::nullopt)
    {
        Account a;
        a.systemId = systemId;
        a.userName = userName;
        a.personIds = std::move(personIds);
        a.role = role;
        a.reach = reach ? *reach : AccountRoles::usualReach(role);
        a.mfa = YesNoUnknown::Yes;
        a.lastLogin = m_clock.currentUtc().addDays(-2);
        a.lastPasswordChange = m_clock.currentUtc().addDays(-30);
        const auto id = plan().addAccount(a);
        if (!id)
            qWarning("addAccount: %s", qPrintable(id.error()));
        return id ? id.value() : 0;
    }

    QDate today() const { return m_clock.currentUtc().date(); }
    Plan &plan() { return *m_session->plan(); }
    QList<Finding> findings() { return AccountFindings::compute(plan()); }

    GuiTestHome m_home;
    FixedClock m_clock { QDateTime(QDate(2026, 3, 16), QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<PlanSession> m_session;
};
