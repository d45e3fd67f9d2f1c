#pragma once

#include <QDialog>

class NoticeBanner;
class PlanSession;
class QLabel;
class QPushButton;
class QTreeWidget;

// The rolling copies Storefort keeps of the open plan, newest first, each with what it holds, so
// the owner can really go back: a copy opens as a new plan beside the open one, never over it.
class EarlierCopiesDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        TakenAt,
        Shop,
        History,
        Size,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole, // the copy's file
        TakenAtRole, // when it was taken, UTC
        ProblemRole, // why the copy cannot be opened; empty when it can
    };

    explicit EarlierCopiesDialog(PlanSession &session, QWidget *parent = nullptr);

private:
    void fill();
    void updateSelection();
    void openCopy();
    void showFolder();

    PlanSession &m_session;
    QString m_planPath;
    QString m_folder;
    bool m_openingCopy = false;
    QTreeWidget *m_list;
    QLabel *m_none;
    NoticeBanner *m_problem;
    QPushButton *m_openButton;
    QPushButton *m_folderButton;
};
