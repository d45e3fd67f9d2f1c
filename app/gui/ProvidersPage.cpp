#include "ProvidersPage.h"

#include "CredentialBox.h"
#include "MessageBox.h"
#include "PageHeading.h"
#include "PlanSession.h"
#include "ProviderCommands.h"
#include "ProviderDetail.h"
#include "ProviderDialog.h"
#include "ProvidersModel.h"
#include "plan/Plan.h"
#include "secrets/SecretStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanStep ProvidersPage::step()
{
    return PlanStep {
        .id = u"providers"_s,
        .order = 300,
        .title = [] { return tr("Providers"); },
        .iconPath = u":/icons/step-providers.svg"_s,
        .createPage = [](PlanSession &session, QWidget *parent) -> QWidget * {
            return new ProvidersPage(session, parent);
        },
    };
}

ProvidersPage::ProvidersPage(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ProvidersModel(*session.plan(), this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("&Add Provider…"), this))
    , m_edit(new QPushButton(tr("E&dit…"), this))
    , m_remove(new QPushButton(QIcon(u":/icons/list-remove.svg"_s), tr("Re&move…"), this))
    , m_answerAge(new QSpinBox(this))
    , m_detail(new ProviderDetail(session, this))
{
    setObjectName(u"providersPage"_s);
    auto *heading = new PageHeading(
        tr("Providers"),
        tr("Your shop relies on companies for security you cannot set up yourself: the host, the shop "
           "platform, the payment provider, your developers. Ask each of them how they protect your shop, "
           "keep their answers on file with the date they gave them, and let Storefort check what they "
           "say against your live site."),
        this);

    // No providers yet: one clear thing to do.
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(u"providersEmpty"_s);
    auto *emptyText
        = new QLabel(tr("<b>Add your web host first.</b><br>It runs the server your shop lives on, "
                        "so it holds most of your shop's security in its hands. Then add the shop "
                        "platform, the payment provider, and whoever develops the shop."),
                     empty);
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto *emptyAdd = new QPushButton(QIcon(u":/icons/list-add.svg"_s), tr("Add Your &Web Host…"), empty);
    emptyAdd->setObjectName(u"addFirstProvider"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addSpacing(fontMetrics().height());
    emptyLayout->addWidget(emptyAdd, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);
    const int textWidth = fontMetrics().averageCharWidth() * 70;
    emptyText->setMaximumWidth(textWidth);
    emptyLayout->setAlignment(emptyText, Qt::AlignHCenter);

    // The register on the left, the chosen provider on the right.
    m_table->setObjectName(u"providersTable"_s);
    m_table->setAccessibleName(tr("Providers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProvidersModel::Name, QHeaderView::Stretch);

    m_add->setObjectName(u"addProvider"_s);
    m_edit->setObjectName(u"editProvider"_s);
    m_remove->setObjectName(u"removeProvider"_s);
    m_add->setToolTip(tr("Add a company or person the shop relies on"));
    m_edit->setToolTip(tr("Change the selected provider's details"));
    m_remove->setToolTip(tr("Take the selected provider, their answers and evidence off the plan"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    // How long an answer stays good before it is due to be asked again: a setting of the plan.
    auto *ageLabel = new QLabel(tr("Ans&wers are due again after:"), this);
    ageLabel->setBuddy(m_answerAge);
    m_answerAge->setObjectName(u"answerAge"_s);
    m_answerAge->setRange(1, 120);
    m_answerAge->setSuffix(tr(" months"));
    m_answerAge->setValue(session.plan()->answerMaxAgeMonths());
    m_answerAge->setEnabled(!session.plan()->isReadOnly());
    m_answerAge->setAccessibleName(tr("Months after which an answer is due again"));
    m_answerAge->setToolTip(
        tr("Providers change their services and staff: ask again once an answer is this old."));
    connect(m_answerAge, &QSpinBox::editingFinished, this, [this] {
        Plan *plan = m_session.plan();
        if (m_answerAge->value() == plan->answerMaxAgeMonths())
            return;
        if (Status status = plan->setAnswerMaxAgeMonths(m_answerAge->value()); !status) {
            MessageBox::warning(this, tr("Setting Not Changed"), status.error());
            m_answerAge->setValue(plan->answerMaxAgeMonths());
        }
    });
    connect(session.plan(), &Plan::answersChanged, this,
            [this] { m_answerAge->setValue(m_session.plan()->answerMaxAgeMonths()); });
    buttons->addWidget(ageLabel);
    buttons->addWidget(m_answerAge);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(buttons);

    // The register above, the chosen provider below at full width: a shop has a handful of
    // providers, while a questionnaire needs room for the question, the answer and its verdict.
    auto *split = new QSplitter(Qt::Vertical, m_stack);
    split->setObjectName(u"providersSplit"_s);
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    const int row = m_table->verticalHeader()->defaultSectionSize();
    left->setMinimumHeight(row * 4 + m_add->sizeHint().height());
    split->setSizes({ row * 5 + m_add->sizeHint().height(), row * 30 });
    m_detail->setMinimumHeight(fontMetrics().height() * 16);

    m_stack->addWidget(empty);
    m_stack->addWidget(split);

    auto *layout = new QVBoxLayout(this);
    const int gap = fontMetrics().height();
    layout->setContentsMargins(gap, gap, gap, gap);
    layout->setSpacing(gap * 2 / 3);
    layout->addWidget(heading);
    layout->addWidget(m_stack, 1);

    connect(m_add, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(emptyAdd, &QPushButton::clicked, this, &ProvidersPage::addProvider);
    connect(m_edit, &QPushButton::clicked, this, &ProvidersPage::editProvider);
    connect(m_remove, &QPushButton::clicked, this, &ProvidersPage::removeProvider);
    connect(m_table, &QTableView::activated, this, &ProvidersPage::editProvider);
    connect(m_detail, &ProviderDetail::editRequested, this, &ProvidersPage::editProvider);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProvidersPage::selectionChanged);
    connect(m_model, &ProvidersModel::modelReset, this, &ProvidersPage::modelReset);
    modelReset();
}

qint64 ProvidersPage::selectedProviderId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->providerId(rows.first().row());
}

void ProvidersPage::selectProvider(qint64 providerId)
{
    if (const int row = m_model->rowOf(providerId); row >= 0)
        m_table->selectRow(row);
}

void ProvidersPage::modelReset()
{
    // Every change of the plan resets the model: keep the provider that was chosen, or the first.
    const int row = m_model->rowOf(m_selectedId);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    selectionChanged();
}

void ProvidersPage::selectionChanged()
{
    const qint64 id = selectedProviderId();
    if (id != 0 || m_model->rowCount() == 0)
        m_selectedId = id;
    m_detail->setEnabled(m_selectedId != 0);
    if (m_detail->providerId() != m_selectedId)
        m_detail->setProvider(m_selectedId);
    m_detail->setFindings(m_model->findingsOf(m_selectedId));
    updateState();
}

void ProvidersPage::updateState()
{
    const bool writable = !m_session.plan()->isReadOnly();
    const bool selected = selectedProviderId() != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void ProvidersPage::addProvider()
{
    if (m_session.plan()->isReadOnly())
        return;
    Provider fresh;
    // The first provider is almost always the host; after that, no guess.
    fresh.kind = m_model->rowCount() == 0 ? ProviderKind::WebHost : ProviderKind::Other;
    ProviderDialog dialog(fresh, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<AddProviderCommand>(*m_session.plan(), dialog.provider());
    AddProviderCommand *added = command.get();
    if (m_session.pushEdit(std::move(command)))
        selectProvider(added->providerId());
}

void ProvidersPage::editProvider()
{
    const auto before = m_session.plan()->provider(selectedProviderId());
    if (!before || m_session.plan()->isReadOnly())
        return;
    ProviderDialog dialog(*before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A refused edit is reported by the session; the page keeps showing what the plan holds.
    static_cast<void>(m_session.pushEdit(
        std::make_unique<EditProviderCommand>(*m_session.plan(), *before, dialog.provider())));
}

void ProvidersPage::removeProvider()
{
    const auto provider = m_session.plan()->provider(selectedProviderId());
    if (!provider || m_session.plan()->isReadOnly())
        return;
    const int answers = int(m_session.plan()->answersOf(provider->id).size());
    QString question = tr("Remove %1 from the plan?").arg(provider->name) + u"\n\n"_s
        + (answers == 0       ? tr("Any evidence kept for them goes too.")
               : answers == 1 ? tr("Their answer on file and its evidence go too.")
                              : tr("Their %Ln answers on file and the evidence go too.", nullptr, answers));
    if (!provider->credentialRef.isEmpty())
        question += u' ' + tr("Their portal password is deleted from the keychain.");
    question += u' '
        + (provider->credentialRef.isEmpty()
               ? tr("You can undo the removal with Edit > Undo.")
               : tr("Edit > Undo brings the provider and their answers back, but not the password."));
    if (MessageBox::question(this, tr("Remove Provider"), question, tr("&Remove")) != QMessageBox::Yes)
        return;
    auto command = std::make_unique<RemoveProviderCommand>(*m_session.plan(), *provider);
    if (Status status = command->prepare(); !status) {
        MessageBox::warning(
            this, tr("Remove Provider"),
            tr("%1 was not removed: their evidence could not be read to keep for undo.").arg(provider->name)
                + u"\n\n"_s + status.error());
        return;
    }
    if (!m_session.pushEdit(std::move(command)))
        return;
    // The plan no longer points at the keychain entry; take it out of the keychain too.
    if (const auto ref = SecretRef::fromKey(provider->credentialRef)) {
        const QString name = provider->name;
        m_session.secrets()->remove(*ref, this, [this, name](const SecretResult &result) {
            if (!result.ok())
                MessageBox::warning(this, tr("Remove Provider"),
                                    tr("%1 is removed from the plan, but their password could not be deleted "
                                       "from the keychain. You can delete it with your system's password "
                                       "manager.")
                                            .arg(name)
                                        + u"\n\n"_s + result.message());
        });
    }
}
