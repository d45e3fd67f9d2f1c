#pragma once

#include "accounts/AccountSync.h"
#include "accounts/importers/AccountColumnMapping.h"
#include "accounts/importers/AccountImporter.h"
#include "common/Csv.h"

#include <QDialog>

#include <memory>

class PlanSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// Imports the accounts of one system from an exported file, in three steps: choose the system and
// the file (the format is detected; "any other CSV" gets its columns matched), read the file and
// compare it with the plan in a worker thread (the window stays responsive and can cancel), then
// show what would change — new, changed, removed accounts and the rows that could not be read —
// before anything is applied. Applying is one audited transaction with a progress bar and Cancel.
class ImportAccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportAccountsDialog(PlanSession &session, qint64 systemId, QWidget *parent = nullptr);
    ~ImportAccountsDialog() override;

    // What the buttons do, for callers and tests.
    void setSystem(qint64 systemId);
    qint64 systemId() const;
    void setFile(const QString &path);
    void setFormat(AccountImportFormat format);
    AccountImportFormat format() const;
    void setMapping(const AccountColumnMapping &mapping);
    AccountColumnMapping mapping() const { return m_mapping; }
    void compare(); // reads and compares in the background; comparisonFinished() when done
    void apply();
    bool isComparing() const;
    bool isApplying() const { return m_applying; }
    // The difference being shown (valid after comparisonFinished()).
    const AccountSync &sync() const { return m_sync; }
    const QList<CsvError> &refusedRows() const { return m_errors; }

    void reject() override;

signals:
    void comparisonFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    enum Page
    {
        ChoosePage,
        BusyPage,
        PreviewPage
    };
    struct Outcome;
    void chooseFile();
    void newSystem();
    void fillSystems(qint64 select);
    void formatChanged();
    bool editMapping();
    void compared(int generation, const std::shared_ptr<Outcome> &outcome);
    QWidget *createPreviewPage(); // ImportAccountsPreview.cpp
    void showPreview(); // ImportAccountsPreview.cpp
    void cancel();
    void updateButtons();

    PlanSession &m_session;
    QString m_path;
    CsvTable m_head; // the first rows of the file, for detection and the column matching
    AccountColumnMapping m_mapping;
    int m_generation = 0; // a comparison whose generation is not current was cancelled
    AccountSync m_sync;
    QList<CsvError> m_errors;
    bool m_applying = false;
    bool m_cancelRequested = false;

    QStackedWidget *m_pages;
    QComboBox *m_system;
    QPushButton *m_newSystem;
    QLineEdit *m_file;
    QPushButton *m_chooseFile;
    QLabel *m_fileNote;
    QComboBox *m_format;
    QPushButton *m_matchColumns;
    QLabel *m_mappingNote;
    QLabel *m_busyText;
    QLabel *m_summary;
    QLabel *m_newCount;
    QLabel *m_changedCount;
    QLabel *m_removedCount;
    QLabel *m_unchangedCount;
    QListWidget *m_newList;
    QTreeWidget *m_changedList;
    QListWidget *m_removedList;
    QTreeWidget *m_errorList;
    QCheckBox *m_skip;
    QProgressBar *m_progress;
    QLabel *m_applyNote;
    QPushButton *m_back;
    QPushButton *m_compare;
    QPushButton *m_apply;
    QPushButton *m_cancel;
};
