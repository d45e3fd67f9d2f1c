#pragma once

// What the tests of the welcome share: a home of the test's own with the accessibility layer on,
// plans made in a folder of the test's own, the plan read back as a second reader sees it, and the
// wizard found and walked the way a person would.

#include "GuiTestHome.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "WelcomeWizard.h"
#include "plan/Plan.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QFile>
#include <QLineEdit>
#include <QTest>

#include <functional>
#include <memory>

// The plan as a second, read-only reader sees it in the file: what is committed, nothing else.
inline std::unique_ptr<Plan> readBack(const QString &path)
{
    auto plan = Plan::open(path, { .readOnly = true });
    if (!plan) {
        qWarning() << plan.error();
        return nullptr;
    }
    return std::move(plan.value());
}

inline QList<AuditEntry> auditOf(const QString &path)
{
    auto plan = readBack(path);
    return plan ? plan->auditEntries().value() : QList<AuditEntry>();
}

// The welcome is opened by a queued call once the plan is open: let it run.
inline WelcomeWizard *wizardOf(MainWindow &window)
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return window.findChild<WelcomeWizard *>();
}

template<typename T> T *field(QWizard *wizard, const QString &name)
{
    T *found = wizard->currentPage()->findChild<T *>(name);
    if (!found)
        qWarning("no %s on page %d", qPrintable(name), wizard->currentId());
    return found;
}

// Clicks Next the way a person would: only when it is there and enabled.
inline bool next(QWizard *wizard)
{
    QAbstractButton *button = wizard->button(QWizard::NextButton);
    if (!button->isVisible() || !button->isEnabled()) {
        qWarning("Next is not available on page %d", wizard->currentId());
        return false;
    }
    const int before = wizard->currentId();
    button->click();
    return wizard->currentId() != before;
}

inline void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

class WelcomeWizardFixture
{
protected:
    // For initTestCase(): a home of the test's own, and the accessibility layer on.
    bool start()
    {
        if (!m_home.start())
            return false;
        QAccessible::setActive(true);
        return true;
    }

    // For init(): the home's settings as new, no message shown yet.
    bool freshHome()
    {
        m_home.reset();
        MessageBox::clearLastText();
        return m_plans.isValid();
    }

    QString createPlan(const QString &fileName, const ShopProfile &profile)
    {
        const QString path = m_plans.filePath(fileName);
        QFile::remove(path);
        auto plan = Plan::create(path, profile);
        return plan ? path : QString();
    }

    GuiTestHome m_home;
    QTemporaryDir m_plans;
};
