#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace fb::ui {

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x25, 0x27, 0x2d), base(0x1d, 0x1f, 0x24), text(0xe6, 0xe8, 0xec);
    const QColor accent(0x5b, 0x8d, 0xef), disabled(0x80, 0x84, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3d, 0x45));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QPalette lightPalette()
{
    QPalette p = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xd6));
    p.setColor(QPalette::Link, QColor(0x3d, 0x6f, 0xd6));
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    return p;
}

bool g_systemDarkKnown = false;
bool g_systemDark = false;
} // namespace

bool Theme::systemPrefersDark()
{
    if (!g_systemDarkKnown) {
        // Read once, before our own palette replaces the platform's.
        const QColor window = QGuiApplication::palette().color(QPalette::Window);
        const QByteArray gtk = qgetenv("GTK_THEME").toLower();
        g_systemDark = window.lightness() < 128 || gtk.contains(":dark");
        g_systemDarkKnown = true;
    }
    return g_systemDark;
}

void Theme::apply(ThemeMode mode)
{
    systemPrefersDark();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = mode == ThemeMode::Dark || (mode == ThemeMode::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

ThemeMode Theme::fromString(const QString &name)
{
    if (name == QLatin1String("light"))
        return ThemeMode::Light;
    if (name == QLatin1String("dark"))
        return ThemeMode::Dark;
    return ThemeMode::System;
}

QString Theme::toString(ThemeMode mode)
{
    switch (mode) {
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    case ThemeMode::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace fb::ui
