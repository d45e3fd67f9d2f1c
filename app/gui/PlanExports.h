#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>
#include <optional>

class PagedDocument;
class Plan;
class QObject;
class QThread;
class QWidget;

// What the binder view and the Review & export page share to get the plan out of the app: file
// names to offer, the documents made for today in the owner's language, a PDF written on a worker
// thread, and the review dates saved as a calendar.
namespace PlanExports {

// `fileName` in the owner's documents folder.
QString documentsPath(const QString &fileName);
// The shop's name made safe for a file name ("Shop" when it has none).
QString safeShopName(const Plan &plan);

// The names the documents are offered under: "<shop> contingency binder <date>.pdf", "<shop> security
// plan <date>.pdf".
QString binderFileName(const Plan &plan);
QString reportFileName(const Plan &plan);

PagedDocument binder(const Plan &plan);
PagedDocument report(const Plan &plan);

// Writes `document` to `path` on a worker thread (the plan is not touched there) and calls `done`
// on `context`'s thread with the page count or the error. The returned thread is already started
// and deletes itself when done.
QThread *writePdf(QObject *context, PagedDocument document, const QString &path,
                  std::function<void(const Result<int> &written)> done);

struct CalendarSaved
{
    QString path;
    int events = 0;
};
// Asks where, then saves the plan's review dates as an .ics file. nullopt when the owner cancelled
// or saving failed (the failure is shown to the owner).
std::optional<CalendarSaved> saveCalendar(QWidget *parent, const Plan &plan);

} // namespace PlanExports
