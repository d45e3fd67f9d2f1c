#include "Appearance.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct SystemLook
{
    QString styleName;
};

// What the app looked like before Storefort changed anything: the system's own style.
std::optional<SystemLook> &systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

Appearance::Mode &currentMode()
{
    static Appearance::Mode mode = Appearance::Mode::System;
    return mode;
}

constexpr std::array allTones { Appearance::Tone::Bad,  Appearance::Tone::Serious, Appearance::Tone::Caution,
                                Appearance::Tone::Note, Appearance::Tone::Good,    Appearance::Tone::Quiet };

// The colours already handed out for one palette, mapped to the same tone on another.
QHash<QRgb, QColor> toneMap(const QPalette &from, const QPalette &to)
{
    QHash<QRgb, QColor> map;
    for (Appearance::Tone tone : allTones)
        map.insert(Appearance::toneColour(tone, from).rgb(), Appearance::toneColour(tone, to));
    return map;
}

// Items that were given a tone for the old palette get the same tone for the new one, so that a page
// already filled stays readable when the appearance changes while it is open.
void retintItems(const QHash<QRgb, QColor> &map)
{
    const auto retint = [&map](const QVariant &brush, const auto &set) {
        if (!brush.canConvert<QBrush>())
            return;
        const auto found = map.constFind(brush.value<QBrush>().color().rgb());
        if (found != map.constEnd())
            set(QBrush(found.value()));
    };
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *list = qobject_cast<QListWidget *>(widget)) {
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem *item = list->item(i);
                retint(item->data(Qt::ForegroundRole), [item](const QBrush &b) { item->setForeground(b); });
            }
        } else if (auto *table = qobject_cast<QTableWidget *>(widget)) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (QTableWidgetItem *item = table->item(r, c))
                        retint(item->data(Qt::ForegroundRole),
                               [item](const QBrush &b) { item->setForeground(b); });
                }
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            auto *model = qobject_cast<QStandardItemModel *>(view->model());
            if (!model)
                continue;
            const std::function<void(QStandardItem *)> walk = [&](QStandardItem *parent) {
                for (int r = 0; r < parent->rowCount(); ++r) {
                    for (int c = 0; c < parent->columnCount(); ++c) {
                        if (QStandardItem *item = parent->child(r, c)) {
                            retint(item->data(Qt::ForegroundRole),
                                   [item](const QBrush &b) { item->setForeground(b); });
                            walk(item);
                        }
                    }
                }
            };
            walk(model->invisibleRootItem());
        }
    }
}

// Rich text that names a tone's colour (a finding's details) is written again with the new one.
void retintRichText(const QHash<QRgb, QColor> &map)
{
    const auto replaced = [&map](QString html, bool *changed) {
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString from = QColor(it.key()).name();
            if (html.contains(from, Qt::CaseInsensitive)) {
                html.replace(from, it.value().name(), Qt::CaseInsensitive);
                *changed = true;
            }
        }
        return html;
    };
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        bool changed = false;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            const QString html = replaced(label->text(), &changed);
            if (changed)
                label->setText(html);
        } else if (auto *browser = qobject_cast<QTextBrowser *>(widget)) {
            if (!browser->source().isEmpty())
                continue;
            const QString html = replaced(browser->toHtml(), &changed);
            if (changed)
                browser->setHtml(html);
        }
    }
}

} // namespace

QString Appearance::settingsKey()
{
    return u"ui/appearance"_s;
}

QString Appearance::key(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return u"light"_s;
    case Mode::Dark:
        return u"dark"_s;
    case Mode::System:
        break;
    }
    return u"system"_s;
}

Appearance::Mode Appearance::fromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

Appearance::Mode Appearance::stored()
{
    return fromKey(QSettings().value(settingsKey()).toString());
}

void Appearance::store(Mode mode)
{
    if (mode == Mode::System)
        QSettings().remove(settingsKey());
    else
        QSettings().setValue(settingsKey(), key(mode));
}

Appearance::Mode Appearance::current()
{
    return currentMode();
}

void Appearance::apply(Mode mode)
{
    if (!systemLook())
        systemLook() = SystemLook { QApplication::style()->name() };
    if (mode == currentMode() && mode == Mode::System)
        return;
    const QPalette before = QApplication::palette();
    if (mode == Mode::System) {
        if (QStyle *style = QStyleFactory::create(systemLook()->styleName))
            QApplication::setStyle(style);
        // An empty palette resolves to the system's own again.
        QApplication::setPalette(QPalette());
    } else {
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    currentMode() = mode;
    const QHash<QRgb, QColor> map = toneMap(before, QApplication::palette());
    retintItems(map);
    retintRichText(map);
}

QPalette Appearance::lightPalette()
{
    // Fusion's own, with a deeper blue behind selected text: white on Fusion's #308cc6 is only 3.7:1.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    const QColor disabledHighlight = p.color(QPalette::Disabled, QPalette::Highlight);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x74, 0xb0));
    p.setColor(QPalette::Disabled, QPalette::Highlight, disabledHighlight);
    return p;
}

QPalette Appearance::darkPalette()
{
    // Text at least 4.5:1 on every background it is drawn on, links and placeholders included.
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor quiet(0xa0, 0xa0, 0xa0);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x31, 0x31, 0x31));
    p.setColor(QPalette::ToolTipBase, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, quiet);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4f, 0x4f, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x2c, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    p.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, quiet);
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, disabledText);
    return p;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Appearance::toneColour(Tone tone, const QPalette &palette)
{
    // Measured against Fusion's light window (#efefef) and the dark palette's base (#2a2a2a).
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Tone::Serious:
        return dark ? QColor(0xff, 0xa3, 0x6b) : QColor(0xa3, 0x3f, 0x00);
    case Tone::Caution:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0x7d, 0x5a, 0x00);
    case Tone::Note:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    case Tone::Good:
        return dark ? QColor(0x7d, 0xd3, 0x8c) : QColor(0x1b, 0x7a, 0x3d);
    case Tone::Quiet:
        break;
    }
    return dark ? QColor(0xb4, 0xb8, 0xbb) : QColor(0x5e, 0x63, 0x66);
}
