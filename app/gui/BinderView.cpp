#include "BinderView.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PlanExports.h"
#include "PlanSession.h"
#include "common/Clock.h"
#include "plan/Plan.h"
#include "report/PagedDocument.h"

#include <QDir>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// How long the plan must stay still before the preview is laid out again: typing a location
// changes the plan once per field, and a burst of edits should cost one layout.
constexpr int rebuildDelayMs = 1200;
} // namespace

BinderView::BinderView(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_previewPrinter(std::make_unique<QPrinter>(QPrinter::ScreenResolution))
    , m_rebuild(new QTimer(this))
    , m_preview(nullptr)
    , m_pages(new QLabel(this))
    , m_status(new QLabel(this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_calendar(new QPushButton(tr("Save &Calendar…"), this))
    , m_wholePage(new QPushButton(tr("&Whole Page"), this))
    , m_fitWidth(new QPushButton(tr("Fi&t Width"), this))
{
    setObjectName(u"binderView"_s);
    m_previewPrinter->setPageSize(PagedDocument::pageSizeFor(QLocale()));
    m_preview = new QPrintPreviewWidget(m_previewPrinter.get(), this);
    m_preview->setObjectName(u"binderPreview"_s);
    // The preview's page view takes the keyboard (arrows, Page Up/Down): a screen reader names it.
    for (QGraphicsView *pages : m_preview->findChildren<QGraphicsView *>()) {
        pages->setAccessibleName(tr("Binder preview"));
        pages->viewport()->setAccessibleName(tr("Binder preview"));
    }
    m_preview->setAccessibleName(tr("Preview of the contingency binder"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    // How much of a page to see: a whole page to find one's way, the width to read it.
    m_wholePage->setObjectName(u"binderWholePage"_s);
    m_wholePage->setToolTip(tr("Show one whole page at a time"));
    m_fitWidth->setObjectName(u"binderFitWidth"_s);
    m_fitWidth->setToolTip(tr("Show the pages as wide as the window, to read them"));
    for (QPushButton *zoom : { m_wholePage, m_fitWidth }) {
        zoom->setCheckable(true);
        zoom->setAutoExclusive(true);
    }
    m_wholePage->setChecked(true);

    auto *intro = new QLabel(tr("Print the binder and keep it in a drawer, away from the computer: on a bad "
                                "day the computer may be the thing that is down. Print it again after "
                                "changes, and look through it at least twice a year."),
                             this);
    intro->setWordWrap(true);
    m_pages->setObjectName(u"binderPageCount"_s);
    m_pages->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"binderStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    m_print->setObjectName(u"binderPrint"_s);
    m_print->setToolTip(tr("Print the binder"));
    m_pdf->setObjectName(u"binderSavePdf"_s);
    m_pdf->setToolTip(tr("Save the binder as a PDF file, to print elsewhere or keep on a USB stick"));
    m_calendar->setObjectName(u"binderSaveCalendar"_s);
    m_calendar->setToolTip(tr("Save the dates to check and renew things as reminders for your calendar "
                              "program (.ics)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_calendar);
    buttons->addStretch();
    buttons->addWidget(m_wholePage);
    buttons->addWidget(m_fitWidth);
    buttons->addSpacing(fontMetrics().averageCharWidth() * 2);
    buttons->addWidget(m_pages);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_preview, 1);

    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(rebuildDelayMs);
    connect(m_rebuild, &QTimer::timeout, this, &BinderView::refresh);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &BinderView::paintPreview);
    connect(m_print, &QPushButton::clicked, this, &BinderView::print);
    connect(m_pdf, &QPushButton::clicked, this, &BinderView::savePdf);
    connect(m_calendar, &QPushButton::clicked, this, &BinderView::saveCalendar);
    connect(m_wholePage, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    });
    connect(m_fitWidth, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    });
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &BinderView::showPageNumber);
    // The binder shows nearly the whole plan, and every edit ends with historyChanged().
    Plan *plan = session.plan();
    for (auto signal : { &Plan::historyChanged, &Plan::tlsProbesChanged, &Plan::accountsChanged })
        connect(plan, signal, this, &BinderView::planChanged);
    updateState();
}

BinderView::~BinderView()
{
    // A PDF being written finishes first, so the file is whole or not there at all.
    if (m_worker)
        m_worker->wait();
}

QString BinderView::suggestedPdfName() const
{
    return PlanExports::binderFileName(*m_session.plan());
}

void BinderView::planChanged()
{
    m_dirty = true;
    m_pages->setText(tr("Updating…"));
    if (isVisible())
        m_rebuild->start();
}

void BinderView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Changes made while another tab was shown: lay out once, now that it is seen.
    if (m_dirty && !m_rebuild->isActive())
        m_rebuild->start(0);
}

void BinderView::refresh()
{
    m_rebuild->stop();
    m_rebuild->setInterval(rebuildDelayMs);
    m_document = std::make_unique<PagedDocument>(PlanExports::binder(*m_session.plan()));
    m_dirty = false;
    m_preview->updatePreview(); // lays the pages out again, through paintPreview()
}

void BinderView::paintPreview(QPrinter *printer)
{
    if (!m_document || m_dirty) {
        m_document = std::make_unique<PagedDocument>(PlanExports::binder(*m_session.plan()));
        m_dirty = false;
    }
    if (auto painted = m_document->paint(printer); !painted)
        showStatus(painted.error());
    m_pageCount = m_document->pageCount();
    updateState();
    emit previewUpdated(m_pageCount);
}

void BinderView::showPageNumber()
{
    if (m_dirty)
        return;
    // "Page 3 of 18" while looking through it; the count alone before it is laid out.
    const int current = m_preview->currentPage();
    m_pages->setText(m_pageCount <= 0  ? QString()
                         : current > 0 ? tr("Page %1 of %2").arg(current).arg(m_pageCount)
                                       : tr("%n page(s)", nullptr, m_pageCount));
}

void BinderView::updateState()
{
    showPageNumber();
    const bool busy = isWriting();
    m_print->setEnabled(!busy);
    m_pdf->setEnabled(!busy);
}

void BinderView::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void BinderView::print()
{
    if (isWriting())
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(PagedDocument::pageSizeFor(QLocale()));
    printer->setDocName(tr("%1 contingency binder").arg(PlanExports::safeShopName(*m_session.plan())));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the Contingency Binder"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    showStatus(tr("Printing the binder…"));
    auto result = std::make_shared<Result<int>>(Error {});
    // QPainter on a QPrinter works on a worker thread; the GUI stays free while pages are laid out.
    QThread *worker = QThread::create([document = PlanExports::binder(*m_session.plan()), printer, result] {
        *result = document.paint(printer.get());
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, result] {
        const Result<int> &painted = *result;
        m_worker.clear();
        updateState();
        if (painted) {
            showStatus(tr("%n page(s) sent to the printer.", nullptr, painted.value()));
        } else {
            showStatus(QString());
            MessageBox::warning(this, tr("Binder Not Printed"), painted.error());
        }
        emit printed(painted.ok());
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    updateState();
    worker->start();
}

void BinderView::savePdf()
{
    if (isWriting())
        return;
    const QString path = FileDialog::saveFileName(this, tr("Save the Binder as PDF"),
                                                  PlanExports::documentsPath(suggestedPdfName()),
                                                  tr("PDF documents (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    showStatus(tr("Writing the binder…"));
    m_worker = PlanExports::writePdf(
        this, PlanExports::binder(*m_session.plan()), path, [this, path](const Result<int> &written) {
            m_worker.clear();
            updateState();
            if (written) {
                showStatus(tr("The binder (%n page(s)) is saved as %1.", nullptr, written.value())
                               .arg(QDir::toNativeSeparators(path)));
            } else {
                showStatus(QString());
                MessageBox::warning(this, tr("Binder Not Saved"), written.error());
            }
            emit pdfSaved(written.ok(), path);
        });
    updateState();
}

void BinderView::saveCalendar()
{
    const auto saved = PlanExports::saveCalendar(this, *m_session.plan());
    if (!saved) {
        emit calendarSaved(false, QString());
        return;
    }
    showStatus(tr("%n reminder(s) saved as %1. Open the file with your calendar program to add them.",
                  nullptr, saved->events)
                   .arg(QDir::toNativeSeparators(saved->path)));
    emit calendarSaved(true, saved->path);
}
