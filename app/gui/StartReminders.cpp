#include "StartReminders.h"

#include "NoticeBanner.h"
#include "PlanSession.h"
#include "ReadinessTracker.h"
#include "plan/Plan.h"

#include <QLocale>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// The banner names this many; the dashboard has the rest.
constexpr int namedInBanner = 4;
} // namespace

StartReminders::StartReminders(PlanSession &session, NoticeBanner *banner, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_banner(banner)
{
    m_banner->setObjectName(u"remindersBanner"_s);
    m_banner->hide();
    QPushButton *show = m_banner->addButton(tr("Show &Where You Stand"));
    show->setObjectName(u"remindersShow"_s);
    connect(show, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        m_session.requestStep(u"dashboard"_s);
    });
    m_banner->addDismissButton()->setObjectName(u"remindersDismiss"_s);
    connect(&session, &PlanSession::opened, this, &StartReminders::planOpened);
    connect(&session, &PlanSession::closed, m_banner, &QWidget::hide);
}

QString StartReminders::lastStartKey(const Plan &plan)
{
    return u"reminders/"_s + plan.planId() + u"/lastStart"_s;
}

QList<DueItem> StartReminders::takeDue(const Plan &plan, const QList<DueItem> &due, QDate today)
{
    QSettings settings;
    const QString key = lastStartKey(plan);
    const QDate lastStart = QDate::fromString(settings.value(key).toString(), Qt::ISODate);
    settings.setValue(key, today.toString(Qt::ISODate));
    if (!lastStart.isValid() || lastStart >= today)
        return {};
    return DueDates::fallenDueSince(due, lastStart, today);
}

void StartReminders::planOpened()
{
    const Plan *plan = m_session.plan();
    const ReadinessTracker *tracker = m_session.readiness();
    if (!plan || !tracker)
        return;
    // What is due the tracker has just worked out, as the plan opened.
    const QList<DueItem> due
        = takeDue(*plan, tracker->dueItems(), tracker->computedAt().toLocalTime().date());
    if (due.isEmpty()) {
        m_banner->hide();
        return;
    }
    const QLocale locale;
    QStringList lines;
    for (const DueItem &item : due.mid(0, namedInBanner))
        lines.append(tr("%1 (due %2)").arg(item.what, locale.toString(item.due, QLocale::ShortFormat)));
    QString details = lines.join(u"; "_s) + u'.';
    if (due.size() > namedInBanner)
        details += u' ' + tr("And %n more on the dashboard.", nullptr, int(due.size() - namedInBanner));
    m_banner->setMessage(
        NoticeBanner::Kind::Warning,
        tr("%n thing(s) fell due since you last opened this plan.", nullptr, int(due.size())), details);
    m_banner->show();
}
