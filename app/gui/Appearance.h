#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// How Storefort looks: following the system (the default), or a light or dark palette on the Fusion
// style, chosen in the settings and applied at start and at once when changed. It also gives the
// few colours the app adds itself (a finding's severity, a strong password), picked per palette so
// they stay readable on light and dark themes alike; they only ever repeat what words or icons say.
namespace Appearance {

enum class Mode
{
    System,
    Light,
    Dark,
};

QString settingsKey(); // "ui/appearance"
QString key(Mode mode); // "system", "light", "dark"
Mode fromKey(const QString &key); // System for anything unknown
Mode stored();
void store(Mode mode);

// Applies `mode` to the running application. The first call remembers the system's own style and
// palette, so that System can go back to them later; call it once at start, before any window.
void apply(Mode mode);
Mode current();

QPalette lightPalette();
QPalette darkPalette();
// Whether text on the palette is light on dark.
bool isDark(const QPalette &palette = QGuiApplication::palette());

// The app's own colours, by what they say.
enum class Tone
{
    Bad, // critical, failed, a reused password
    Serious, // high
    Caution, // medium
    Note, // low, information worth reading
    Good, // passed, strong
    Quiet, // information only
};
// Text colour for `tone` with at least 4.5:1 contrast on the palette's Base and Window.
QColor toneColour(Tone tone, const QPalette &palette = QGuiApplication::palette());

} // namespace Appearance
