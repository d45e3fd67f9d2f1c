#pragma once

#include "PlanStep.h"

#include <QPointer>
#include <QWidget>

class PlanSession;
class QLabel;
class QPushButton;
class QThread;
class ReadinessPartsView;

// "Review & export", the walk's last step: where each step stands (one click back to any of them),
// then the plan on paper — the full plan report, the contingency binder — and the review dates as a
// calendar. The PDFs are written on a worker thread.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    static PlanStep step();

    explicit ReviewPage(PlanSession &session, QWidget *parent = nullptr);

    void saveReport();
    void saveBinder();
    void saveCalendar();
    bool isWriting() const { return !m_worker.isNull(); }

signals:
    // ok, the file written (or asked for), and the page count when written.
    void reportSaved(bool ok, const QString &path);
    void binderSaved(bool ok, const QString &path);
    void calendarSaved(bool ok, const QString &path);

private:
    void refresh();
    void updateState();
    void writePdf(bool report, const QString &path);

    PlanSession &m_session;
    QLabel *m_summary;
    ReadinessPartsView *m_parts;
    QPushButton *m_report;
    QPushButton *m_binder;
    QPushButton *m_preview;
    QPushButton *m_calendar;
    QLabel *m_status;
    QPointer<QThread> m_worker;
};
