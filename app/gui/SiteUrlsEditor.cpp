#include "SiteUrlsEditor.h"

#include "FieldMessage.h"
#include "plan/ShopProfile.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SiteUrlsEditor::SiteUrlsEditor(const QString &names, QWidget *parent)
    : QWidget(parent)
    , m_names(names)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(tr("Add Ano&ther Address"), this))
{
    // Not on the Tab key's path itself; focus given to it (a label's mnemonic) goes to the first field.
    setFocusPolicy(Qt::ClickFocus);
    m_add->setObjectName(m_names + u"AddSite"_s);
    m_add->setIcon(QIcon(u":/icons/list-add.svg"_s));
    m_add->setToolTip(tr("Add another web address where the shop can be reached"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    appendRow({});

    connect(m_add, &QPushButton::clicked, this, [this] {
        appendRow({});
        m_rows.last().edit->setFocus(Qt::OtherFocusReason);
        emit entriesChanged();
    });
}

void SiteUrlsEditor::setUrls(const QStringList &urls)
{
    if (m_havePlanUrls && urls == m_planUrls)
        return;
    m_planUrls = urls;
    m_havePlanUrls = true;
    const qsizetype wanted = std::max<qsizetype>(urls.size(), 1);
    while (m_rows.size() > wanted)
        dropRow(int(m_rows.size()) - 1);
    while (m_rows.size() < wanted)
        appendRow({});
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows.at(i).edit->setText(urls.value(i));
        m_rows.at(i).message->setMessage({});
    }
    updateRemoveButtons();
}

QStringList SiteUrlsEditor::enteredUrls() const
{
    QStringList urls;
    for (const Row &row : m_rows) {
        if (!row.edit->text().trimmed().isEmpty())
            urls.append(row.edit->text().trimmed());
    }
    return urls;
}

void SiteUrlsEditor::appendRow(const QString &url)
{
    Row row;
    row.container = new QWidget(this);
    row.edit = new QLineEdit(url, row.container);
    row.edit->setPlaceholderText(tr("https://shop.example"));
    row.edit->setObjectName(m_names + u"Site%1"_s.arg(m_rows.size()));
    row.remove = new QToolButton(row.container);
    row.remove->setIcon(QIcon(u":/icons/list-remove.svg"_s));
    row.remove->setText(tr("Remove"));
    row.remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    row.message = new FieldMessage(row.edit, row.container);
    row.message->setObjectName(m_names + u"SiteMessage%1"_s.arg(m_rows.size()));

    auto *box = new QVBoxLayout(row.container);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(row.edit, 1);
    line->addWidget(row.remove);
    box->addLayout(line);
    box->addWidget(row.message);
    m_rowsLayout->addWidget(row.container);

    QLineEdit *edit = row.edit;
    FieldMessage *message = row.message;
    QWidget *container = row.container;
    connect(edit, &QLineEdit::editingFinished, this, &SiteUrlsEditor::commit);
    // A problem goes away as soon as it is fixed; a new one waits until the field is left.
    connect(edit, &QLineEdit::textChanged, this, [this] {
        updateRemoveButtons();
        emit entriesChanged();
    });
    connect(edit, &QLineEdit::textEdited, this, [edit, message] {
        if (!message->message().isEmpty()
            && (edit->text().trimmed().isEmpty() || ShopProfile::checkSiteUrl(edit->text()).isEmpty()))
            message->setMessage({});
    });
    connect(row.remove, &QToolButton::clicked, this, [this, container] { removeClicked(container); });
    // Keyboard order: each address, then its Remove, then the next address, then Add.
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.last().remove, edit);
    setTabOrder(edit, row.remove);
    setTabOrder(row.remove, m_add);
    m_rows.append(row);
    renumber();
}

void SiteUrlsEditor::dropRow(int index)
{
    const Row row = m_rows.takeAt(index);
    // Later, not now: this may run inside a signal of the row's own field.
    row.container->hide();
    row.container->deleteLater();
    renumber();
}

void SiteUrlsEditor::removeClicked(QWidget *container)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container != container)
            continue;
        if (m_rows.size() == 1) {
            m_rows.at(i).edit->clear();
            m_rows.at(i).message->setMessage({});
            updateRemoveButtons();
        } else {
            dropRow(i);
        }
        break;
    }
    emit entriesChanged();
    commit();
}

bool SiteUrlsEditor::checkRows()
{
    bool valid = true;
    for (const Row &row : std::as_const(m_rows)) {
        const QString text = row.edit->text().trimmed();
        const QString problem = text.isEmpty() ? QString() : ShopProfile::checkSiteUrl(text);
        row.message->setMessage(problem);
        valid = valid && problem.isEmpty();
    }
    return valid;
}

void SiteUrlsEditor::commit()
{
    if (!checkRows())
        return;
    const QStringList urls = enteredUrls();
    QStringList normalised;
    for (const QString &url : urls)
        normalised.append(ShopProfile::normalisedSiteUrl(url));
    if (m_havePlanUrls && normalised == m_planUrls)
        return;
    emit urlsEdited(urls);
}

void SiteUrlsEditor::updateRemoveButtons()
{
    // A lone empty field has nothing to remove.
    const bool loneEmpty = m_rows.size() == 1 && m_rows.first().edit->text().isEmpty();
    if (!m_rows.isEmpty())
        m_rows.first().remove->setEnabled(!loneEmpty);
    for (qsizetype i = 1; i < m_rows.size(); ++i)
        m_rows.at(i).remove->setEnabled(true);
}

void SiteUrlsEditor::renumber()
{
    updateRemoveButtons();
    setFocusProxy(m_rows.isEmpty() ? nullptr : m_rows.constFirst().edit);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        row.edit->setAccessibleName(tr("Web address %1").arg(QLocale().toString(i + 1)));
        row.remove->setAccessibleName(tr("Remove web address %1").arg(QLocale().toString(i + 1)));
        row.remove->setToolTip(tr("Remove this address"));
    }
}
