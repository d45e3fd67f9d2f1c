#include "PlanExports.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "report/ContingencyBinder.h"
#include "report/IcsCalendar.h"
#include "report/PagedDocument.h"
#include "report/PlanCalendar.h"
#include "report/PlanReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

QString PlanExports::documentsPath(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

QString PlanExports::safeShopName(const Plan &plan)
{
    QString name = plan.shop().name.trimmed();
    for (QChar &c : name) {
        if (u"/\\:*?\"<>|"_s.contains(c) || c.category() == QChar::Other_Control)
            c = u'-';
    }
    return name.isEmpty() ? QCoreApplication::translate("PlanExports", "Shop") : name;
}

QString PlanExports::binderFileName(const Plan &plan)
{
    const QString date = Clock::now().toLocalTime().date().toString(Qt::ISODate);
    return QCoreApplication::translate("PlanExports", "%1 contingency binder %2")
               .arg(safeShopName(plan), date)
        + u".pdf"_s;
}

QString PlanExports::reportFileName(const Plan &plan)
{
    const QString date = Clock::now().toLocalTime().date().toString(Qt::ISODate);
    return QCoreApplication::translate("PlanExports", "%1 security plan %2").arg(safeShopName(plan), date)
        + u".pdf"_s;
}

PagedDocument PlanExports::binder(const Plan &plan)
{
    ContingencyBinder::Options options;
    options.now = Clock::now();
    options.locale = QLocale();
    return ContingencyBinder::build(plan, options);
}

PagedDocument PlanExports::report(const Plan &plan)
{
    PlanReport::Options options;
    options.now = Clock::now();
    options.locale = QLocale();
    return PlanReport::build(plan, options);
}

QThread *PlanExports::writePdf(QObject *context, PagedDocument document, const QString &path,
                               std::function<void(const Result<int> &written)> done)
{
    auto result = std::make_shared<Result<int>>(Error {});
    QThread *worker = QThread::create(
        [document = std::move(document), path, result] { *result = document.writePdf(path); });
    QObject::connect(worker, &QThread::finished, context,
                     [result, done = std::move(done)] { done(*result); });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return worker;
}

std::optional<PlanExports::CalendarSaved> PlanExports::saveCalendar(QWidget *parent, const Plan &plan)
{
    const QString shop = safeShopName(plan);
    const QString path = FileDialog::saveFileName(
        parent, QCoreApplication::translate("PlanExports", "Save the Review Dates as a Calendar"),
        documentsPath(QCoreApplication::translate("PlanExports", "%1 review dates").arg(shop) + u".ics"_s),
        QCoreApplication::translate("PlanExports", "Calendar files (*.ics)"), u"ics"_s);
    if (path.isEmpty())
        return std::nullopt;
    const QDateTime now = Clock::now();
    const QList<CalendarEvent> events = PlanCalendar::events(plan, now);
    const Status status = IcsCalendar::write(
        path, events, now, QCoreApplication::translate("PlanExports", "%1 security reviews").arg(shop));
    if (!status) {
        MessageBox::warning(parent, QCoreApplication::translate("PlanExports", "Calendar Not Saved"),
                            status.error());
        return std::nullopt;
    }
    return CalendarSaved { path, int(events.size()) };
}
