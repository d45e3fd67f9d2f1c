#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class PagedDocument;
class PlanSession;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QThread;
class QTimer;

// The "Binder" tab: the contingency binder as it will print, brought up to date a moment after the
// plan changes (not on every keystroke), with its page count and the ways to get it out: print it,
// save it as a PDF, and save the plan's review dates as a calendar. Printing and the PDF are
// rendered on a worker thread.
class BinderView final : public QWidget
{
    Q_OBJECT

public:
    explicit BinderView(PlanSession &session, QWidget *parent = nullptr);
    ~BinderView() override;

    void print();
    void savePdf();
    void saveCalendar();
    // Rebuilds the preview now (normally it waits for a burst of changes to end).
    void refresh();
    int pageCount() const { return m_pageCount; }
    bool isWriting() const { return !m_worker.isNull(); }

    // The name the PDF is offered under: "<shop> contingency binder <date>.pdf".
    QString suggestedPdfName() const;

signals:
    void pdfSaved(bool ok, const QString &path);
    void printed(bool ok);
    void calendarSaved(bool ok, const QString &path);
    void previewUpdated(int pages);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void planChanged();
    void paintPreview(QPrinter *printer);
    void showStatus(const QString &text);
    void updateState();
    void showPageNumber();

    PlanSession &m_session;
    std::unique_ptr<QPrinter> m_previewPrinter;
    std::unique_ptr<PagedDocument> m_document;
    QPointer<QThread> m_worker;
    bool m_dirty = true;
    int m_pageCount = 0;
    QTimer *m_rebuild;
    QPrintPreviewWidget *m_preview;
    QLabel *m_pages;
    QLabel *m_status;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_calendar;
    QPushButton *m_wholePage;
    QPushButton *m_fitWidth;
};
