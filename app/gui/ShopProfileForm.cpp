#include "ShopProfileForm.h"

#include "FieldMessage.h"
#include "PlanSession.h"
#include "ShopCommands.h"
#include "SiteUrlsEditor.h"
#include "plan/Plan.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShopProfileForm::ShopProfileForm(PlanSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_nameMessage(new FieldMessage(m_name, this))
    , m_urls(new SiteUrlsEditor(u"shop"_s, this))
    , m_platform(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_me(new QComboBox(this))
    , m_peopleHint(new QLabel(this))
{
    m_name->setObjectName(u"shopNameEdit"_s);
    m_name->setAccessibleName(tr("Shop name"));
    m_name->setPlaceholderText(tr("The name your customers know"));
    m_urls->setObjectName(u"siteUrlsEditor"_s);
    m_platform->setObjectName(u"platformCombo"_s);
    m_platform->setAccessibleName(tr("Shop platform"));
    for (ShopPlatform platform : ShopPlatforms::all())
        m_platform->addItem(ShopPlatforms::displayName(platform), ShopPlatforms::key(platform));
    m_owner->setObjectName(u"ownerCombo"_s);
    m_owner->setAccessibleName(tr("Plan owner"));
    m_owner->setToolTip(tr("The person who answers for this plan and keeps it up to date"));
    m_me->setObjectName(u"meCombo"_s);
    m_me->setAccessibleName(tr("I am"));
    m_me->setToolTip(tr("The history records your changes under this name"));
    for (QComboBox *combo : { m_platform, m_owner, m_me })
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_peopleHint->setWordWrap(true);
    m_peopleHint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Fields as wide as a web address needs, not as wide as the window.
    setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    m_peopleHint->setForegroundRole(QPalette::PlaceholderText);
    m_peopleHint->installEventFilter(this);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameMessage);
    form->addRow(label(tr("Shop &name:"), m_name), nameBox);
    auto *urlsLabel = label(tr("&Web addresses:"), m_urls);
    urlsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(urlsLabel, m_urls);
    form->addRow(label(tr("&Platform:"), m_platform), m_platform);
    form->addRow(label(tr("Plan &owner:"), m_owner), m_owner);
    // The hint sits with the field it explains; a word-wrapped label of its own in the form
    // would be given the height of its narrowest layout.
    auto *meBox = new QVBoxLayout;
    meBox->addWidget(m_me);
    meBox->addWidget(m_peopleHint);
    form->addRow(label(tr("&I am:"), m_me), meBox);

    Plan *plan = session.plan();
    connect(plan, &Plan::shopChanged, this, &ShopProfileForm::refresh);
    connect(plan, &Plan::peopleChanged, this, &ShopProfileForm::refresh);
    connect(m_name, &QLineEdit::editingFinished, this, &ShopProfileForm::commitName);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        // Say what is wrong while typing, so the field is never left with a silent problem.
        m_nameMessage->setMessage(ShopProfile::checkName(m_name->text()));
    });
    connect(m_urls, &SiteUrlsEditor::urlsEdited, this, [this](const QStringList &urls) {
        if (!m_session.pushEdit(std::make_unique<SetSiteUrlsCommand>(*m_session.plan(), urls)))
            refresh();
    });
    connect(m_platform, &QComboBox::activated, this, [this](int index) {
        const auto platform = ShopPlatforms::fromKey(m_platform->itemData(index).toString());
        if (!m_session.pushEdit(std::make_unique<SetPlatformCommand>(*m_session.plan(), platform)))
            refresh(); // the field shows what the plan holds
    });
    connect(m_owner, &QComboBox::activated, this, [this](int index) {
        if (!m_session.pushEdit(std::make_unique<SetShopPersonCommand>(
                *m_session.plan(), SetShopPersonCommand::Link::Owner, m_owner->itemData(index).toLongLong())))
            refresh();
    });
    connect(m_me, &QComboBox::activated, this, [this](int index) {
        if (!m_session.pushEdit(std::make_unique<SetShopPersonCommand>(
                *m_session.plan(), SetShopPersonCommand::Link::Me, m_me->itemData(index).toLongLong())))
            refresh();
    });
    refresh();
}

void ShopProfileForm::refresh()
{
    const Plan &plan = *m_session.plan();
    const ShopProfile &shop = plan.shop();
    if (m_name->text() != shop.name) {
        m_name->setText(shop.name);
        m_nameMessage->setMessage({});
    }
    m_urls->setUrls(shop.siteUrls);
    m_platform->setCurrentIndex(m_platform->findData(ShopPlatforms::key(shop.platform)));
    fillPeople(m_owner, shop.ownerPersonId, tr("Nobody chosen yet"));
    fillPeople(m_me, shop.mePersonId, tr("Not chosen (changes are recorded under your computer account)"));
    m_owner->setEnabled(!plan.people().isEmpty());
    m_me->setEnabled(!plan.people().isEmpty());
    m_peopleHint->setText(plan.people().isEmpty()
                              ? tr("Add the team below, then choose who owns the plan and "
                                   "which of them you are.")
                              : QString());
    m_peopleHint->setVisible(plan.people().isEmpty());
}

void ShopProfileForm::fillPeople(QComboBox *combo, qint64 selectedId, const QString &nobody)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(nobody, qint64(0));
    for (const Person &person : m_session.plan()->people()) {
        const QString text
            = person.status == Person::Status::Left ? tr("%1 (has left)").arg(person.name) : person.name;
        combo->addItem(text, person.id);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(selectedId)));
}

void ShopProfileForm::commitName()
{
    const QString name = m_name->text();
    const QString problem = ShopProfile::checkName(name);
    m_nameMessage->setMessage(problem);
    if (!problem.isEmpty() || name.trimmed() == m_session.plan()->shop().name)
        return;
    if (!m_session.pushEdit(std::make_unique<SetShopNameCommand>(*m_session.plan(), name)))
        refresh();
}

bool ShopProfileForm::eventFilter(QObject *watched, QEvent *event)
{
    // A wrapped label inside a form row is laid out for one width and shown at another: once it
    // knows its real width, reserve the height its text needs there.
    if (watched == m_peopleHint && (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        const int height = m_peopleHint->heightForWidth(m_peopleHint->width());
        if (height > 0 && height != m_peopleHint->minimumHeight())
            m_peopleHint->setMinimumHeight(height);
    }
    return QWidget::eventFilter(watched, event);
}
