#pragma once

#include "contingency/RecoveryItem.h"
#include "contingency/RecoveryVerifier.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class NoticeBanner;
class PlanSession;
class QFileInfo;
class QPushButton;
class QTableView;
class QUrl;
class RecoveryItemEditor;
class RecoveryItemsModel;

// The "Recovery items" tab: the items with how their last check came out, and the chosen one in
// full beside them. Verifications run in the background (RecoveryVerifier), one item at a time,
// with a note saying what is being checked and a way to stop. A file or folder dropped on an item
// becomes where it is kept, and is checked.
class RecoveryItemsView final : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryItemsView(PlanSession &session, QWidget *parent = nullptr);

    void verifyItems(const QList<qint64> &itemIds);
    void verifyAll();
    void stopChecking();
    bool isChecking() const;

    void addItem();
    void removeItem();

    // Files dropped on the item: one local file or folder that fits the item becomes where it is kept
    // (an undoable edit) and is verified; anything else is refused in a notice and changes nothing.
    void filesDropped(qint64 itemId, const QList<QUrl> &urls);
    // Why `place` cannot be where `item` is kept, in plain words; empty when it can.
    static QString misfit(const RecoveryItem &item, const QFileInfo &place);

    qint64 selectedItemId() const;
    void selectItem(qint64 itemId);

    RecoveryItemEditor *editor() const { return m_editor; }
    RecoveryVerifier *verifier() const { return m_verifier; }
    NoticeBanner *dropNote() const { return m_dropNote; }

signals:
    // The background checks are done (or stopped): for tests and the page.
    void checkingFinished();

private:
    void modelReset();
    void selectionChanged();
    void updateState();
    void showProgress();
    void refuseDrop(const QString &headline, const QString &details);

    PlanSession &m_session;
    RecoveryItemsModel *m_model;
    QPointer<RecoveryVerifier> m_verifier; // the session's
    qint64 m_selectedId = 0;
    QSet<qint64> m_pending; // queued or being checked
    qint64 m_current = 0;
    QStringList m_failures;
    NoticeBanner *m_progress;
    NoticeBanner *m_dropNote;
    QPushButton *m_stop;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    RecoveryItemEditor *m_editor;
};
