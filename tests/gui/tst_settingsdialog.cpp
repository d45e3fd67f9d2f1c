// The Settings dialog on real plans: its tabs with and without a plan, the Rules tab reading and
// writing the plan's thresholds on OK only (audited, refused plainly by a read-only plan), the full
// account rules dialog feeding the tab, the probe's politeness stored for TlsProbeRunner, and the
// appearance: dark at once, Cancel puts the old one back, readable palettes and tones.
#include "AccountFindingsView.h"
#include "Appearance.h"
#include "DialogDriver.h"
#include "GuiTestHome.h"
#include "MainWindow.h"
#include "NoticeBanner.h"
#include "PlanSession.h"
#include "SettingsDialog.h"
#include "TlsProbeRunner.h"
#include "plan/Plan.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList tabTitles(const SettingsDialog &dialog)
{
    QStringList titles;
    for (int i = 0; i < dialog.tabs()->count(); ++i)
        titles.append(dialog.tabs()->tabText(i).remove(u'&'));
    return titles;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    GuiTestHome m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Plan> m_plan;

    QString planPath() const { return m_dir->filePath(u"shop.storefort"_s); }

    int auditCount(const QString &area, const QString &field) const
    {
        int count = 0;
        const auto entries = m_plan->auditEntries(AuditFilter { .area = area });
        for (const AuditEntry &e : entries.value())
            count += e.entity == u"settings"_s && e.field == field ? 1 : 0;
        return count;
    }

private slots:
    void initTestCase() { QVERIFY(m_home.start()); }
    void init()
    {
        m_home.reset();
        Appearance::apply(Appearance::Mode::System);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto plan = Plan::create(planPath(), ShopProfile { .name = u"Corner Bakery"_s });
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = std::move(plan.value());
    }
    void cleanup()
    {
        Appearance::apply(Appearance::Mode::System);
        m_plan.reset();
        m_dir.reset();
    }

    void rulesTabOnlyWithAPlan()
    {
        SettingsDialog without;
        QCOMPARE(tabTitles(without), QStringList({ u"General"_s, u"Probe"_s, u"Appearance"_s }));
        QVERIFY(!without.findChild<QSpinBox *>(u"settingsBackupMaxAge"_s));
        SettingsDialog with(m_plan.get());
        QCOMPARE(tabTitles(with), QStringList({ u"General"_s, u"Rules"_s, u"Probe"_s, u"Appearance"_s }));
        with.showTab(SettingsDialog::Tab::Rules);
        QCOMPARE(with.tabs()->currentWidget()->objectName(), u"settingsRulesTab"_s);
    }

    void rulesShowThePlanAndAreWrittenOnOk()
    {
        QVERIFY(m_plan->setBackupMaxAgeHours(36));
        SettingsDialog dialog(m_plan.get());
        auto *passwordAge = child<QSpinBox>(&dialog, u"settingsPasswordMaxAge"_s);
        auto *singleFactor = child<QSpinBox>(&dialog, u"settingsPasswordMaxAgeSingleFactor"_s);
        auto *inactive = child<QSpinBox>(&dialog, u"settingsInactiveDays"_s);
        auto *review = child<QSpinBox>(&dialog, u"settingsAccessReview"_s);
        auto *answerAge = child<QSpinBox>(&dialog, u"settingsAnswerAge"_s);
        auto *backupAge = child<QSpinBox>(&dialog, u"settingsBackupMaxAge"_s);
        auto *recheck = child<QSpinBox>(&dialog, u"settingsRecheckDays"_s);
        QVERIFY(passwordAge && singleFactor && inactive && review && answerAge && backupAge && recheck);
        QCOMPARE(passwordAge->value(), AccountRules().passwordMaxAgeDays);
        QCOMPARE(answerAge->value(), 12);
        QCOMPARE(backupAge->value(), 36);
        QCOMPARE(recheck->value(), 30);
        // Units are shown, and every field is named and explained for a screen reader.
        QCOMPARE(backupAge->suffix(), u" hours"_s);
        QCOMPARE(answerAge->suffix(), u" months"_s);
        for (QSpinBox *box : { passwordAge, singleFactor, inactive, review, answerAge, backupAge, recheck }) {
            QVERIFY2(!box->accessibleName().isEmpty(), qPrintable(box->objectName()));
            QVERIFY2(!box->accessibleDescription().isEmpty(), qPrintable(box->objectName()));
            QVERIFY(box->isEnabled());
        }
        // The ranges are the plan's.
        QCOMPARE(backupAge->maximum(), Plan::maxBackupMaxAgeHours);
        QCOMPARE(recheck->minimum(), Plan::minRecheckDays);

        passwordAge->setValue(200);
        inactive->setValue(60);
        answerAge->setValue(6);
        backupAge->setValue(48);
        recheck->setValue(14);
        QCOMPARE(m_plan->backupMaxAgeHours(), 36); // nothing before OK
        QCOMPARE(m_plan->accountRules().passwordMaxAgeDays, AccountRules().passwordMaxAgeDays);

        child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_plan->accountRules().passwordMaxAgeDays, 200);
        QCOMPARE(m_plan->accountRules().inactiveDays, 60);
        QCOMPARE(m_plan->accountRules().passwordMaxAgeSingleFactorDays,
                 AccountRules().passwordMaxAgeSingleFactorDays);
        QCOMPARE(m_plan->answerMaxAgeMonths(), 6);
        QCOMPARE(m_plan->backupMaxAgeHours(), 48);
        QCOMPARE(m_plan->recheckDays(), 14);
        // Each an audited edit of the plan.
        QCOMPARE(auditCount(u"accounts"_s, u"rules"_s), 1);
        QCOMPARE(auditCount(u"providers"_s, u"answer_max_age_months"_s), 1);
        QCOMPARE(auditCount(u"contingency"_s, u"backup_max_age_hours"_s), 2);
        QCOMPARE(auditCount(u"contingency"_s, u"recheck_days"_s), 1);
    }

    void cancelWritesNothing()
    {
        const int entries = int(m_plan->auditEntries().value().size());
        SettingsDialog dialog(m_plan.get());
        child<QSpinBox>(&dialog, u"settingsBackupMaxAge"_s)->setValue(72);
        child<QSpinBox>(&dialog, u"settingsPasswordMaxAge"_s)->setValue(30);
        child<QPushButton>(&dialog, u"settingsCancel"_s)->click();
        QCOMPARE(m_plan->backupMaxAgeHours(), 24);
        QCOMPARE(m_plan->accountRules(), AccountRules());
        QCOMPARE(int(m_plan->auditEntries().value().size()), entries);
    }

    void okWithoutChangesWritesNothing()
    {
        const int entries = int(m_plan->auditEntries().value().size());
        SettingsDialog dialog(m_plan.get());
        child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(int(m_plan->auditEntries().value().size()), entries);
    }

    void readOnlyPlanShowsTheValuesDisabledWithTheReason()
    {
        QVERIFY(m_plan->setRecheckDays(21));
        auto second = Plan::open(planPath()); // m_plan holds the lock: this one is read-only
        QVERIFY2(second, qPrintable(second.error()));
        Plan &readOnly = *second.value();
        QVERIFY(readOnly.isReadOnly());

        SettingsDialog dialog(&readOnly);
        auto *recheck = child<QSpinBox>(&dialog, u"settingsRecheckDays"_s);
        QVERIFY(recheck);
        QCOMPARE(recheck->value(), 21);
        QVERIFY(!recheck->isEnabled());
        QVERIFY(!child<QSpinBox>(&dialog, u"settingsPasswordMaxAge"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"settingsMoreRules"_s)->isEnabled());
        auto *banner = child<NoticeBanner>(&dialog, u"settingsRulesReadOnly"_s);
        QVERIFY(banner);
        QVERIFY2(banner->text().contains(u"read-only"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(readOnly.readOnlyReason()), qPrintable(banner->text()));

        // Were a value changed all the same, the plan refuses it in plain words and the dialog stays.
        recheck->setEnabled(true);
        recheck->setValue(7);
        dialog.show();
        child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        QVERIFY(dialog.isVisible());
        auto *problem = child<NoticeBanner>(&dialog, u"settingsProblem"_s);
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(u"read-only"_s), qPrintable(problem->text()));
        QCOMPARE(dialog.tabs()->currentWidget()->objectName(), u"settingsRulesTab"_s);
        QCOMPARE(m_plan->recheckDays(), 21);
        dialog.reject();
    }

    void moreAccountRulesFeedTheTab()
    {
        SettingsDialog dialog(m_plan.get());
        dialog.show();
        answerNextDialog(u"rulesSave"_s, [](QDialog *rules) {
            QCOMPARE(rules->objectName(), u"accountRulesDialog"_s);
            rules->findChild<QSpinBox *>(u"rulesMaxAdmins"_s)->setValue(5);
            rules->findChild<QSpinBox *>(u"rulesPasswordMaxAge"_s)->setValue(100);
        });
        child<QPushButton>(&dialog, u"settingsMoreRules"_s)->click();
        QCOMPARE(child<QSpinBox>(&dialog, u"settingsPasswordMaxAge"_s)->value(), 100);
        QCOMPARE(m_plan->accountRules(), AccountRules()); // still nothing written
        child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        QCOMPARE(m_plan->accountRules().maxAdminsPerSystem, 5);
        QCOMPARE(m_plan->accountRules().passwordMaxAgeDays, 100);
        QCOMPARE(auditCount(u"accounts"_s, u"rules"_s), 1);
    }

    void accountFindingsSettingsOpenTheRulesTab()
    {
        // Accounts & access ▸ Findings ▸ Settings… leads to the one place where the plan's rules are
        // set (the menu's Settings), on its Rules tab, and what is changed there is saved on OK.
        m_plan.reset();
        PlanSession session;
        QVERIFY(session.open(planPath()));
        AccountFindingsView view(session);
        QString shownTab;
        answerNextDialog(u"settingsOk"_s, [&shownTab](QDialog *dialog) {
            if (auto *settings = qobject_cast<SettingsDialog *>(dialog))
                shownTab = settings->tabs()->currentWidget()->objectName();
            if (auto *inactive = dialog->findChild<QSpinBox *>(u"settingsInactiveDays"_s))
                inactive->setValue(45);
        });
        child<QPushButton>(&view, u"accountRulesSettings"_s)->click();
        QCOMPARE(shownTab, u"settingsRulesTab"_s);
        QCOMPARE(session.plan()->accountRules().inactiveDays, 45);
    }

    void probePolitenessIsStoredForTheRunner()
    {
        TlsProbeOptions untouched;
        untouched.parallel = 7;
        untouched.connectTimeoutMs = 3000;
        TlsProbeRunner::applyStoredPoliteness(untouched); // nothing stored: the caller's options stay
        QCOMPARE(untouched.parallel, 7);
        QCOMPARE(untouched.connectTimeoutMs, 3000);

        {
            SettingsDialog dialog;
            auto *connections = child<QSpinBox>(&dialog, u"probeConnections"_s);
            auto *timeout = child<QSpinBox>(&dialog, u"probeTimeout"_s);
            auto *budget = child<QSpinBox>(&dialog, u"probeBudget"_s);
            QCOMPARE(connections->value(), TlsProbeOptions().parallel);
            QCOMPARE(timeout->value(), TlsProbeOptions().connectTimeoutMs / 1000);
            QCOMPARE(budget->value(), TlsProbeOptions().budgetMs / 60000);
            QCOMPARE(connections->maximum(), 16); // as the command line's --parallel
            connections->setValue(2);
            timeout->setValue(20);
            budget->setValue(5);
            child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        }
        QCOMPARE(QSettings().value(u"probe/connections"_s).toInt(), 2);
        TlsProbeOptions options;
        TlsProbeRunner::applyStoredPoliteness(options);
        QCOMPARE(options.parallel, 2);
        QCOMPARE(options.connectTimeoutMs, 20000);
        QCOMPARE(options.readTimeoutMs, 20000);
        QCOMPARE(options.budgetMs, 300000);

        {
            SettingsDialog dialog;
            QCOMPARE(child<QSpinBox>(&dialog, u"probeConnections"_s)->value(), 2);
            child<QPushButton>(&dialog, u"probeDefaults"_s)->click();
            child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        }
        // Back to the defaults: nothing is stored, and the caller's options count again.
        QVERIFY(!QSettings().contains(u"probe/connections"_s));
        QVERIFY(!QSettings().contains(u"probe/timeoutSeconds"_s));
        TlsProbeRunner::applyStoredPoliteness(untouched);
        QCOMPARE(untouched.parallel, 7);
    }

    void darkAppearanceIsLiveAndCancelPutsBackTheOld()
    {
        QVERIFY(!Appearance::isDark());
        auto *list = new QListWidget;
        auto *item = new QListWidgetItem(u"Critical: a finding"_s, list);
        item->setForeground(Appearance::toneColour(Appearance::Tone::Bad));
        list->show();

        {
            SettingsDialog dialog;
            child<QRadioButton>(&dialog, u"appearance-dark"_s)->click();
            QVERIFY(Appearance::isDark()); // at once
            QCOMPARE(Appearance::current(), Appearance::Mode::Dark);
            // A list already filled gets the tone for the dark palette.
            QCOMPARE(item->foreground().color(), Appearance::toneColour(Appearance::Tone::Bad));
            child<QPushButton>(&dialog, u"settingsCancel"_s)->click();
        }
        QVERIFY(!Appearance::isDark());
        QCOMPARE(Appearance::current(), Appearance::Mode::System);
        QVERIFY(!QSettings().contains(Appearance::settingsKey()));
        QCOMPARE(item->foreground().color(), Appearance::toneColour(Appearance::Tone::Bad));

        {
            SettingsDialog dialog;
            QVERIFY(child<QRadioButton>(&dialog, u"appearance-system"_s)->isChecked());
            child<QRadioButton>(&dialog, u"appearance-dark"_s)->click();
            child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        }
        QVERIFY(Appearance::isDark());
        QCOMPARE(QSettings().value(Appearance::settingsKey()).toString(), u"dark"_s);
        QCOMPARE(Appearance::stored(), Appearance::Mode::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

        {
            SettingsDialog dialog;
            QVERIFY(child<QRadioButton>(&dialog, u"appearance-dark"_s)->isChecked());
            child<QRadioButton>(&dialog, u"appearance-system"_s)->click();
            child<QPushButton>(&dialog, u"settingsOk"_s)->click();
        }
        QVERIFY(!Appearance::isDark());
        QVERIFY(!QSettings().contains(Appearance::settingsKey()));
        delete list;
    }

    void palettesAndTonesAreReadable_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void palettesAndTonesAreReadable()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QCOMPARE(Appearance::isDark(p), dark);
        const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs {
            { QPalette::Text, QPalette::Base },
            { QPalette::WindowText, QPalette::Window },
            { QPalette::ButtonText, QPalette::Button },
            { QPalette::HighlightedText, QPalette::Highlight },
            { QPalette::ToolTipText, QPalette::ToolTipBase },
            { QPalette::Link, QPalette::Base },
        };
        for (const auto &[fore, back] : pairs) {
            const double ratio = contrast(p.color(fore), p.color(back));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(u"role %1 on %2: %3"_s.arg(int(fore)).arg(int(back)).arg(ratio)));
        }
        if (dark) // the light one is Fusion's own, whose placeholder is for hints only
            QVERIFY(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Window)) >= 4.5);
        for (Appearance::Tone tone :
             { Appearance::Tone::Bad, Appearance::Tone::Serious, Appearance::Tone::Caution,
               Appearance::Tone::Note, Appearance::Tone::Good, Appearance::Tone::Quiet }) {
            const QColor colour = Appearance::toneColour(tone, p);
            for (QPalette::ColorRole back : { QPalette::Base, QPalette::Window, QPalette::AlternateBase }) {
                const double ratio = contrast(colour, p.color(back));
                QVERIFY2(ratio >= 4.5,
                         qPrintable(u"tone %1 on %2: %3"_s.arg(int(tone)).arg(int(back)).arg(ratio)));
            }
        }
    }

    void mainWindowOpensSettingsWithTheOpenPlan()
    {
        m_plan.reset(); // the window opens the plan itself
        MainWindow window;
        window.openAtStart(planPath());
        QVERIFY(window.session()->plan());
        QAction *settings = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(u'&') == u"Settings…"_s)
                settings = action;
        }
        QVERIFY(settings);
        QStringList titles;
        answerNextDialog(u"settingsOk"_s, [&titles](QDialog *dialog) {
            auto *settingsDialog = qobject_cast<SettingsDialog *>(dialog);
            if (!settingsDialog)
                return;
            titles = tabTitles(*settingsDialog);
            dialog->findChild<QSpinBox *>(u"settingsBackupMaxAge"_s)->setValue(30);
        });
        settings->trigger();
        QVERIFY(titles.contains(u"Rules"_s));
        QCOMPARE(window.session()->plan()->backupMaxAgeHours(), 30);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
