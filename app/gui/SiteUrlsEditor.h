#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class FieldMessage;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

// The shop's web addresses: one field per address, with Remove beside each and "Add Address"
// below. Each address is checked with ShopProfile::checkSiteUrl when its field is left; the list
// is handed on (urlsEdited) only when every address in it is valid. A label's mnemonic that has the
// editor as its buddy leads to the first field.
class SiteUrlsEditor final : public QWidget
{
    Q_OBJECT

public:
    // The fields are named <names>Site0, <names>Site1 …, their messages <names>SiteMessage0 … and the
    // Add button <names>AddSite (tests find them by these names).
    explicit SiteUrlsEditor(const QString &names, QWidget *parent = nullptr);

    // The addresses as the plan has them. Rows change only when these differ from the last ones,
    // so an address being typed is not wiped by an unrelated change to the shop.
    void setUrls(const QStringList &urls);
    QStringList enteredUrls() const;

signals:
    void urlsEdited(const QStringList &urls);
    // A field was typed in, added or removed (whether or not what it holds is valid yet).
    void entriesChanged();

private:
    struct Row
    {
        QWidget *container;
        QLineEdit *edit;
        QToolButton *remove;
        FieldMessage *message;
    };

    void appendRow(const QString &url);
    void dropRow(int index);
    void removeClicked(QWidget *container);
    bool checkRows();
    void commit();
    void renumber();
    void updateRemoveButtons();

    QString m_names;
    QList<Row> m_rows;
    QStringList m_planUrls;
    bool m_havePlanUrls = false;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_add;
};
