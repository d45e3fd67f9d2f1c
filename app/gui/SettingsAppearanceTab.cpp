#include "SettingsAppearanceTab.h"

#include "HintLabel.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsAppearanceTab::SettingsAppearanceTab(QWidget *parent)
    : QWidget(parent)
    , m_choice(new QButtonGroup(this))
    , m_before(Appearance::current())
{
    setObjectName(u"settingsAppearanceTab"_s);
    auto *intro
        = new QLabel(tr("How Storefort looks. Text size always follows your system's font settings."), this);
    intro->setWordWrap(true);

    struct Choice
    {
        Appearance::Mode mode;
        QString text;
        QString explanation;
    };
    const Choice choices[] {
        { Appearance::Mode::System, tr("Follow the &system"),
          tr("The colours and style of your desktop, light or dark as it is set.") },
        { Appearance::Mode::Light, tr("&Light"),
          tr("Dark text on light backgrounds, whatever the desktop uses.") },
        { Appearance::Mode::Dark, tr("&Dark"),
          tr("Light text on dark backgrounds, easier on the eyes in a dim room.") },
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    for (const Choice &choice : choices) {
        auto *button = new QRadioButton(choice.text, this);
        button->setObjectName(u"appearance-"_s + Appearance::key(choice.mode));
        button->setAccessibleName(QString(choice.text).remove(u'&'));
        button->setAccessibleDescription(choice.explanation);
        m_choice->addButton(button, int(choice.mode));
        auto *note = new HintLabel(choice.explanation, this);
        // Lined up under the button's text, past its round mark.
        note->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
                                     + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing),
                                 0, 0, 0);
        layout->addWidget(button);
        layout->addWidget(note);
        if (choice.mode == m_before)
            button->setChecked(true);
    }
    auto *live = new HintLabel(tr("A choice shows at once; Cancel puts back the one before."), this);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(live);
    layout->addStretch();

    connect(m_choice, &QButtonGroup::idClicked, this,
            [](int id) { Appearance::apply(Appearance::Mode(id)); });
}

Appearance::Mode SettingsAppearanceTab::mode() const
{
    return Appearance::Mode(std::max(0, m_choice->checkedId()));
}

void SettingsAppearanceTab::apply()
{
    Appearance::store(mode());
    Appearance::apply(mode());
}

void SettingsAppearanceTab::revert()
{
    if (Appearance::current() != m_before)
        Appearance::apply(m_before);
}
