// Theme: light and dark palettes on the Fusion style, and the named colours (ThemeColor) that
// pages, dialogs and charts use instead of literals. "System" follows the desktop's colour
// scheme as the platform reports it through its palette.
#pragma once

#include <QColor>
#include <QObject>
#include <QString>

class QWidget;

namespace fb::ui {

enum class ThemeMode { System, Light, Dark };

// What a colour means, not what it is: each has a light and a dark value in theme.cpp.
enum class ThemeColor {
    // Text and marks that carry a meaning (readable on the window and base colours).
    Danger,  // errors, expired, breaches
    Warning, // cautions, partial states
    Success, // done, certified, valid
    Info,    // neutral notes, "busy"
    Neutral, // offline, unknown
    // Filled areas with their text.
    DangerBanner,
    OnDangerBanner,
    NoticeBackground, // a highlighted row (this wallet's signature)
    BestBackground,   // the best value of a comparison
    BestText,
    PanelBackground, // a quoted block (the agreement an exporter states)
    PanelText,
    SignerBanner, // the offline signer's "no network" banner
    OnSignerBanner,
    // The sidebar and its role switch.
    SidebarBackground,
    SidebarText,
    SidebarSelection,
    RoleToggle,
    RoleToggleText,
    RoleToggleChecked,
    RoleToggleCheckedText,
    RoleToggleBorder,
    // Tier badges (pills with BadgeText on them).
    BadgeBronze,
    BadgeSilver,
    BadgeGold,
    BadgePlatinum,
    BadgeCertified,
    BadgeText,
    // Charts.
    ChartBackground,
    ChartText,
    ChartGrid,
    ChartAxis,
    ChartLatency,
    ChartAvailability,
    ChartTarget,
    ChartReleased,
    ChartContracted,
    ChartMarket,
    // A QR code stays dark on light in both themes, so cameras read it.
    QrLight,
    QrDark,
};

// Emits changed() after Theme::apply() has set the new palette, so widgets that hold colours
// of their own (set palettes, style sheets, charts) repaint in the new theme at once.
class ThemeNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void changed();
};

class Theme
{
public:
    static void apply(ThemeMode mode);
    static ThemeMode fromString(const QString &name);
    static QString toString(ThemeMode mode);
    // Whether the palette now in use is dark (views pick icon and chart colours by it).
    static bool isDark();
    static bool systemPrefersDark();
    // The colour of this role in the theme now in use.
    static QColor color(ThemeColor role);
    // "#rrggbb", for rich text and style sheets.
    static QString colorName(ThemeColor role) { return color(role).name(); }
    // The application's notifier (changed() after every apply()).
    static ThemeNotifier *notifier();
    // Gives a widget's text this role's colour now and after every theme change; an invalid
    // role (clearTextColor) returns it to the palette's text colour.
    static void setTextColor(QWidget *widget, ThemeColor role);
    static void clearTextColor(QWidget *widget);
    // Fills a widget (a banner) with one role and writes its text in another, live.
    static void setFill(QWidget *widget, ThemeColor background, ThemeColor text);
    // WCAG 2 contrast ratio between two colours (1 to 21; 4.5 is the floor for body text).
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace fb::ui
