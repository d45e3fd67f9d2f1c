#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class PlanSession;
class QLabel;
class QPushButton;
class QTemporaryDir;
class QThread;
class QTreeWidget;

// The evidence files kept with one answer: name, size, SHA-256 and when each was added, with Add,
// Open, Save As and Remove. A file is read and hashed in a worker thread, so a big one never
// stops the window; one over Attachment::maxSize is refused before it is read.
class EvidenceList final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceList(PlanSession &session, QWidget *parent = nullptr);
    ~EvidenceList() override;

    // The answer of `providerId` to `questionId` (there may be none yet).
    void setAnswer(qint64 providerId, const QString &questionId);
    bool isReading() const { return !m_reader.isNull(); }

    void addFile();
    void openFile();
    void saveFileAs();
    void removeFile();

    // A short form of a SHA-256 for lists: its first and last characters.
    static QString shortHash(const QString &sha256);

signals:
    void readingFinished(); // after a file was added, or refused

private:
    void reload();
    void updateButtons();
    qint64 answerId() const;
    qint64 selectedAttachmentId() const;
    void fileRead(const QString &fileName, const QByteArray &data, const QString &error);

    PlanSession &m_session;
    qint64 m_providerId = 0;
    QString m_questionId;
    QPointer<QThread> m_reader;
    qint64 m_readingFor = 0; // the answer the file being read is for
    std::unique_ptr<QTemporaryDir> m_openedFiles; // copies handed to other programs to open

    QLabel *m_hint;
    QTreeWidget *m_list;
    QLabel *m_progress;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
};
