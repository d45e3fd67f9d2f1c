#include "RecoveryItemDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecoveryItemDialog::RecoveryItemDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_kindNote(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(u"recoveryItemDialog"_s);
    setWindowTitle(tr("Add Recovery Item"));
    auto *intro = new QLabel(tr("Add anything else the shop would need on a bad day: a second backup, the "
                                "domain's transfer code, a paper list of suppliers, a spare key."),
                             this);
    intro->setWordWrap(true);

    m_title->setObjectName(u"recoveryItemTitle"_s);
    m_title->setAccessibleName(tr("Name of the item"));
    m_title->setPlaceholderText(tr("For example: Backup on the office NAS"));
    auto *titleLabel = new QLabel(tr("&Name:"), this);
    titleLabel->setBuddy(m_title);

    m_kind->setObjectName(u"recoveryItemKind"_s);
    m_kind->setAccessibleName(tr("Kind of item"));
    for (RecoveryKind kind : { RecoveryKind::Other, RecoveryKind::Backup, RecoveryKind::CustomerExport,
                               RecoveryKind::OrderExport, RecoveryKind::ProductCsv, RecoveryKind::Certificate,
                               RecoveryKind::CodeRepository, RecoveryKind::RootAccount })
        m_kind->addItem(RecoveryKinds::name(kind), RecoveryKinds::key(kind));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kindNote->setObjectName(u"recoveryItemKindNote"_s);
    m_kindNote->setWordWrap(true);
    m_kindNote->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add"));
    m_ok->setObjectName(u"recoveryItemOk"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(titleLabel, m_title);
    form->addRow(kindLabel, m_kind);
    form->addRow(QString(), m_kindNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &RecoveryItemDialog::updateState);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecoveryItemDialog::updateState);
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 64, 0)));
    updateState();
}

RecoveryItem RecoveryItemDialog::item() const
{
    RecoveryItem item;
    item.title = m_title->text().trimmed();
    item.kind = RecoveryKinds::fromKey(m_kind->currentData().toString());
    return item;
}

void RecoveryItemDialog::updateState()
{
    const RecoveryKind kind = RecoveryKinds::fromKey(m_kind->currentData().toString());
    m_kindNote->setText(RecoveryKinds::hasVerifier(kind)
                            ? tr("Storefort checks this kind of item from the files where you keep it.")
                            : tr("Storefort cannot check this by itself: you confirm it by hand."));
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty());
}
