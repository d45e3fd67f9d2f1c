#include "CertificationsEditor.h"

#include "MessageBox.h"
#include "PlanSession.h"
#include "ProviderCommands.h"
#include "common/Clock.h"
#include "plan/Plan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CertificationsEditor::CertificationsEditor(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_hint(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_add(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("Add &Certification…"), this))
    , m_edit(new QPushButton(tr("Edi&t…"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Remo&ve"), this))
{
    setObjectName(u"certificationsEditor"_s);
    m_hint->setObjectName(u"certificationsHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Certificates show that an auditor checked the provider. A payment provider should "
                       "have a PCI DSS attestation; hosts often have ISO 27001 or a SOC 2 report. Ask for a "
                       "copy and note when it runs out."));
    m_list->setObjectName(u"certificationsList"_s);
    m_list->setAccessibleName(tr("Certifications"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("Certification"), tr("Runs out") });
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_add->setObjectName(u"addCertification"_s);
    m_edit->setObjectName(u"editCertification"_s);
    m_remove->setObjectName(u"removeCertification"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &CertificationsEditor::addCertification);
    connect(m_edit, &QPushButton::clicked, this, &CertificationsEditor::editCertification);
    connect(m_remove, &QPushButton::clicked, this, &CertificationsEditor::removeCertification);
    connect(m_list, &QTreeWidget::itemActivated, this, &CertificationsEditor::editCertification);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &CertificationsEditor::updateState);
    connect(session.plan(), &Plan::providersChanged, this, &CertificationsEditor::reload);
    reload();
}

void CertificationsEditor::setProvider(qint64 providerId)
{
    m_providerId = providerId;
    reload();
}

QString CertificationsEditor::expiryText(const QDate &expires, const QDate &today)
{
    if (!expires.isValid())
        return tr("No expiry date on file");
    const qint64 days = today.daysTo(expires);
    if (days < 0)
        return tr("Expired on %1").arg(QLocale().toString(expires, QLocale::LongFormat));
    if (days == 0)
        return tr("Expires today");
    if (days == 1)
        return tr("Expires tomorrow");
    return tr("Expires in %Ln days", nullptr, int(days));
}

void CertificationsEditor::reload()
{
    const int row = selectedRow();
    m_list->clear();
    const auto provider = m_session.plan()->provider(m_providerId);
    if (provider) {
        const QDate today = Clock::now().toLocalTime().date();
        for (const Certification &c : provider->certifications) {
            auto *item = new QTreeWidgetItem(m_list, { c.displayName(), expiryText(c.expires, today) });
            const bool expired = c.expires.isValid() && c.expires < today;
            const bool soon = c.expires.isValid() && !expired && today.daysTo(c.expires) <= 30;
            if (expired || soon)
                item->setIcon(
                    1, QIcon(expired ? u":/icons/status-error.svg"_s : u":/icons/status-warning.svg"_s));
            if (c.kind == Certification::Kind::Other)
                item->setToolTip(0, Certification::kindName(c.kind));
        }
    }
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
    updateState();
}

int CertificationsEditor::selectedRow() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? -1 : m_list->indexOfTopLevelItem(items.first());
}

void CertificationsEditor::updateState()
{
    const bool writable = m_providerId != 0 && !m_session.plan()->isReadOnly();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selectedRow() >= 0);
    m_remove->setEnabled(writable && selectedRow() >= 0);
}

bool CertificationsEditor::ask(Certification &certification, const QString &title)
{
    QDialog dialog(this);
    dialog.setObjectName(u"certificationDialog"_s);
    dialog.setWindowTitle(title);
    auto *kind = new QComboBox(&dialog);
    kind->setObjectName(u"certificationKind"_s);
    kind->setAccessibleName(tr("Kind of certification"));
    for (Certification::Kind k : Certification::kinds())
        kind->addItem(Certification::kindName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(certification.kind)));
    auto *name = new QLineEdit(certification.name, &dialog);
    name->setObjectName(u"certificationName"_s);
    name->setAccessibleName(tr("Name or scope"));
    name->setPlaceholderText(tr("For Other: its name; otherwise an optional note on its scope"));
    auto *hasExpiry = new QCheckBox(tr("&Runs out on"), &dialog);
    hasExpiry->setObjectName(u"certificationHasExpiry"_s);
    auto *expires = new QDateEdit(&dialog);
    expires->setObjectName(u"certificationExpires"_s);
    expires->setAccessibleName(tr("Date it runs out"));
    expires->setCalendarPopup(true);
    expires->setDisplayFormat(u"yyyy-MM-dd"_s);
    expires->setDate(certification.expires.isValid() ? certification.expires
                                                     : Clock::now().toLocalTime().date().addYears(1));
    hasExpiry->setChecked(certification.expires.isValid() || certification == Certification {});
    expires->setEnabled(hasExpiry->isChecked());
    connect(hasExpiry, &QCheckBox::toggled, expires, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Kind:"), &dialog);
    kindLabel->setBuddy(kind);
    auto *nameLabel = new QLabel(tr("&Name:"), &dialog);
    nameLabel->setBuddy(name);
    form->addRow(kindLabel, kind);
    form->addRow(nameLabel, name);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(hasExpiry);
    expiryRow->addWidget(expires);
    expiryRow->addStretch();
    form->addRow(new QLabel(tr("Expiry:"), &dialog), expiryRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"certificationOk"_s);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // "Other" needs a name; the others may have a note.
    auto check = [kind, name, buttons] {
        const bool other = kind->currentData().toInt() == int(Certification::Kind::Other);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!other || !name->text().trimmed().isEmpty());
    };
    connect(kind, &QComboBox::currentIndexChanged, &dialog, check);
    connect(name, &QLineEdit::textChanged, &dialog, check);
    check();
    dialog.resize(dialog.sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 60, 0)));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    certification.kind = static_cast<Certification::Kind>(kind->currentData().toInt());
    certification.name = name->text().trimmed();
    certification.expires = hasExpiry->isChecked() ? expires->date() : QDate();
    return true;
}

void CertificationsEditor::save(const QList<Certification> &certifications, const QString &text)
{
    const auto before = m_session.plan()->provider(m_providerId);
    if (!before)
        return;
    Provider after = *before;
    after.certifications = certifications;
    // A refused edit is reported by the session; the list keeps showing what the plan holds.
    static_cast<void>(
        m_session.pushEdit(std::make_unique<EditProviderCommand>(*m_session.plan(), *before, after, text)));
}

void CertificationsEditor::addCertification()
{
    const auto provider = m_session.plan()->provider(m_providerId);
    if (!provider || m_session.plan()->isReadOnly())
        return;
    Certification certification;
    if (!ask(certification, tr("Add a Certification")))
        return;
    QList<Certification> list = provider->certifications;
    list.append(certification);
    save(list, tr("Add %1 of %2").arg(certification.displayName(), provider->name));
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

void CertificationsEditor::editCertification()
{
    const auto provider = m_session.plan()->provider(m_providerId);
    const int row = selectedRow();
    if (!provider || row < 0 || row >= provider->certifications.size() || m_session.plan()->isReadOnly())
        return;
    Certification certification = provider->certifications.at(row);
    if (!ask(certification, tr("Edit %1").arg(certification.displayName())))
        return;
    QList<Certification> list = provider->certifications;
    list[row] = certification;
    save(list, tr("Edit %1 of %2").arg(certification.displayName(), provider->name));
}

void CertificationsEditor::removeCertification()
{
    const auto provider = m_session.plan()->provider(m_providerId);
    const int row = selectedRow();
    if (!provider || row < 0 || row >= provider->certifications.size() || m_session.plan()->isReadOnly())
        return;
    QList<Certification> list = provider->certifications;
    const Certification removed = list.takeAt(row);
    // Undo brings it back, so no question is asked.
    save(list, tr("Remove %1 of %2").arg(removed.displayName(), provider->name));
}
