#pragma once

#include <QWidget>

class FieldMessage;
class PlanSession;
class QComboBox;
class QLabel;
class QLineEdit;
class SiteUrlsEditor;

// The shop's profile: its name, web addresses, platform, who owns the plan and who "I am" on
// this computer. Each field is written to the plan (as an undoable edit) when it is left valid.
class ShopProfileForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ShopProfileForm(PlanSession &session, QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
private:
    void refresh();
    void fillPeople(QComboBox *combo, qint64 selectedId, const QString &nobody);
    void commitName();

    PlanSession &m_session;
    QLineEdit *m_name;
    FieldMessage *m_nameMessage;
    SiteUrlsEditor *m_urls;
    QComboBox *m_platform;
    QComboBox *m_owner;
    QComboBox *m_me;
    QLabel *m_peopleHint;
};
