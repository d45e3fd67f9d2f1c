#include "EvidenceList.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "PlanSession.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column
{
    NameColumn,
    SizeColumn,
    HashColumn,
    AddedColumn,
};

struct ReadResult
{
    QString fileName;
    QByteArray data;
    QString error;
};

QString tooBig(const QString &fileName, qint64 size)
{
    const QLocale locale;
    return QCoreApplication::translate("EvidenceList",
                                       "“%1” is %2. An evidence file can be at most %3: keep a "
                                       "smaller copy (a PDF of the pages that matter, for "
                                       "example).")
        .arg(fileName, locale.formattedDataSize(size), locale.formattedDataSize(Attachment::maxSize));
}
} // namespace

EvidenceList::EvidenceList(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_progress(new QLabel(this))
    , m_add(new QPushButton(tr("&Add Evidence…"), this))
    , m_open(new QPushButton(tr("O&pen"), this))
    , m_save(new QPushButton(tr("Sa&ve As…"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(u"evidenceList"_s);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(u"evidenceHint"_s);
    m_list->setObjectName(u"evidenceFiles"_s);
    m_list->setAccessibleName(tr("Evidence files"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("File"), tr("Size"), tr("SHA-256"), tr("Added") });
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(HashColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_progress->setObjectName(u"evidenceProgress"_s);
    m_progress->hide();
    m_add->setObjectName(u"evidenceAdd"_s);
    m_open->setObjectName(u"evidenceOpen"_s);
    m_save->setObjectName(u"evidenceSave"_s);
    m_remove->setObjectName(u"evidenceRemove"_s);
    m_add->setToolTip(tr("Keep a file inside the plan as evidence for this answer (at most %1)")
                          .arg(QLocale().formattedDataSize(Attachment::maxSize)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &EvidenceList::addFile);
    connect(m_open, &QPushButton::clicked, this, &EvidenceList::openFile);
    connect(m_save, &QPushButton::clicked, this, &EvidenceList::saveFileAs);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceList::removeFile);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &EvidenceList::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &EvidenceList::openFile);
    connect(m_session.plan(), &Plan::answersChanged, this, &EvidenceList::reload);
    reload();
}

EvidenceList::~EvidenceList()
{
    if (m_reader)
        m_reader->wait();
}

void EvidenceList::setAnswer(qint64 providerId, const QString &questionId)
{
    m_providerId = providerId;
    m_questionId = questionId;
    reload();
}

QString EvidenceList::shortHash(const QString &sha256)
{
    if (sha256.size() <= 16)
        return sha256;
    return sha256.left(8) + u'…' + sha256.right(8);
}

qint64 EvidenceList::answerId() const
{
    const std::optional<Answer> answer = m_session.plan()->answer(m_providerId, m_questionId);
    return answer ? answer->id : 0;
}

qint64 EvidenceList::selectedAttachmentId() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? 0 : selected.first()->data(NameColumn, Qt::UserRole).toLongLong();
}

void EvidenceList::reload()
{
    const qint64 selected = selectedAttachmentId();
    m_list->clear();
    const std::optional<Answer> answer = m_session.plan()->answer(m_providerId, m_questionId);
    const QLocale locale;
    if (answer) {
        for (const Attachment &file : answer->attachments) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(NameColumn, file.fileName);
            item->setData(NameColumn, Qt::UserRole, file.id);
            item->setText(SizeColumn, locale.formattedDataSize(file.size));
            item->setData(SizeColumn, Qt::UserRole, file.size);
            item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(HashColumn, shortHash(file.sha256));
            item->setData(HashColumn, Qt::UserRole, file.sha256);
            item->setToolTip(HashColumn, tr("SHA-256: %1").arg(file.sha256));
            item->setText(AddedColumn,
                          locale.toString(file.addedAt.toLocalTime().date(), QLocale::ShortFormat));
            if (file.id == selected)
                item->setSelected(true);
        }
    }
    if (!answer)
        m_hint->setText(tr("Record their answer first; then you can keep evidence with it."));
    else if (answer->attachments.isEmpty())
        m_hint->setText(
            tr("No evidence kept yet. Add what backs the answer up: their certificate, a page of the "
               "contract, their reply as PDF."));
    else
        m_hint->setText(tr("%n file(s) kept inside the plan. The SHA-256 shows a file has not changed since.",
                           nullptr, int(answer->attachments.size())));
    m_list->setVisible(answer && !answer->attachments.isEmpty());
    updateButtons();
}

void EvidenceList::updateButtons()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const bool hasAnswer = answerId() != 0;
    const bool hasSelection = selectedAttachmentId() != 0;
    m_add->setEnabled(writable && hasAnswer && !isReading());
    m_open->setEnabled(hasSelection);
    m_save->setEnabled(hasSelection);
    m_remove->setEnabled(writable && hasSelection);
}

void EvidenceList::addFile()
{
    const qint64 id = answerId();
    if (id == 0 || isReading())
        return;
    const QString path = FileDialog::openFileName(
        this, tr("Add Evidence"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("All files (*)"));
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    if (info.size() > Attachment::maxSize) {
        MessageBox::warning(this, tr("File Too Big"), tooBig(info.fileName(), info.size()));
        emit readingFinished();
        return;
    }

    m_readingFor = id;
    m_progress->setText(tr("Reading “%1”…").arg(info.fileName()));
    m_progress->show();
    auto result = std::make_shared<ReadResult>();
    result->fileName = info.fileName();
    QThread *reader = QThread::create([path, result] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result->error = QCoreApplication::translate("EvidenceList", "“%1” could not be read: %2")
                                .arg(result->fileName, file.errorString());
            return;
        }
        // Read one byte past the limit to notice a file that grew since it was chosen.
        result->data = file.read(Attachment::maxSize + 1);
        if (result->data.size() > Attachment::maxSize) {
            result->error = tooBig(result->fileName, file.size());
            result->data.clear();
        }
    });
    m_reader = reader;
    connect(reader, &QThread::finished, this,
            [this, result] { fileRead(result->fileName, result->data, result->error); });
    connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
    updateButtons();
}

void EvidenceList::fileRead(const QString &fileName, const QByteArray &data, const QString &error)
{
    m_reader.clear();
    m_progress->hide();
    if (!error.isEmpty()) {
        MessageBox::warning(this, tr("Evidence Not Added"), error);
    } else if (data.isEmpty()) {
        MessageBox::warning(this, tr("Evidence Not Added"),
                            tr("“%1” is empty: there is nothing to keep.").arg(fileName));
    } else if (auto added = m_session.plan()->addAttachment(m_readingFor, fileName, data); !added) {
        MessageBox::warning(this, tr("Evidence Not Added"), added.error());
    }
    m_readingFor = 0;
    updateButtons();
    emit readingFinished();
}

void EvidenceList::openFile()
{
    const qint64 id = selectedAttachmentId();
    if (id == 0)
        return;
    const QString fileName = m_list->selectedItems().first()->text(NameColumn);
    auto data = m_session.plan()->attachmentData(id);
    if (!data) {
        MessageBox::warning(this, tr("Evidence Not Opened"), data.error());
        return;
    }
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // One folder per file, so two files of the same name do not overwrite each other.
    const QString folder = m_openedFiles->filePath(QString::number(id));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(fileName).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data.value()) != data->size()) {
        MessageBox::warning(this, tr("Evidence Not Opened"),
                            tr("A copy to open could not be written: %1").arg(file.errorString()));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        MessageBox::warning(
            this, tr("Evidence Not Opened"),
            tr("No program to open “%1” was found. Use Save As to keep a copy.").arg(fileName));
}

void EvidenceList::saveFileAs()
{
    const qint64 id = selectedAttachmentId();
    if (id == 0)
        return;
    const QString fileName = m_list->selectedItems().first()->text(NameColumn);
    const QString target = FileDialog::saveFileName(
        this, tr("Save Evidence As"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName),
        tr("All files (*)"), QString());
    if (target.isEmpty())
        return;
    auto data = m_session.plan()->attachmentData(id);
    if (!data) {
        MessageBox::warning(this, tr("Evidence Not Saved"), data.error());
        return;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size() || !file.commit())
        MessageBox::warning(this, tr("Evidence Not Saved"),
                            tr("“%1” could not be written: %2").arg(target, file.errorString()));
}

void EvidenceList::removeFile()
{
    const qint64 id = selectedAttachmentId();
    if (id == 0)
        return;
    const QString fileName = m_list->selectedItems().first()->text(NameColumn);
    if (MessageBox::question(this, tr("Remove Evidence"),
                             tr("Remove “%1” from the plan? The plan keeps no other copy, and this cannot be "
                                "undone.")
                                 .arg(fileName),
                             tr("Remove"))
        != QMessageBox::Yes)
        return;
    if (Status status = m_session.plan()->removeAttachment(id); !status)
        MessageBox::warning(this, tr("Evidence Not Removed"), status.error());
}
