#pragma once

#include <QStringList>
#include <QWizardPage>

class NoticeBanner;
class QCheckBox;
class QLabel;

// The welcome wizard's first page: what Storefort will do for the shop, and what it will never do.
class WelcomeWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomeWizardPage(QWidget *parent = nullptr);
};

// The welcome wizard's last page: what is about to be written, the offer of a first probe of the
// site, and what comes after the wizard.
class ReadyWizardPage final : public QWizardPage
{
    Q_OBJECT

public:
    struct Summary
    {
        QString shopName;
        QStringList sites;
        QString platform;
        QStringList people;
        QStringList providers;
    };

    explicit ReadyWizardPage(QWidget *parent = nullptr);

    // Called each time the page is entered, with the answers of the pages before it.
    void showSummary(const Summary &summary);
    bool probeRequested() const;
    // A change the plan refused on Finish; empty hides it.
    void showWriteProblem(const QString &message);

private:
    QLabel *m_summary;
    QCheckBox *m_probe;
    QLabel *m_probeNote;
    NoticeBanner *m_problem;
    bool m_probeTouched = false; // the owner's own choice wins over the default
};
