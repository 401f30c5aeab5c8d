#include "ui/theme.h"

#include <QApplication>
#include <QPalette>
#include <QPoint>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <algorithm>
#include <cmath>
#include <memory>

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
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
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

// Fusion draws the outlines of check boxes, radio buttons, line edits, spin boxes and combo
// boxes in the window colour darkened by 40 %: on a dark window that outline disappears, and
// an unchecked radio button is invisible. In the dark theme these controls get their outline
// from a lighter colour; fills and text keep the palette's.
class ThemeStyle : public QProxyStyle
{
public:
    ThemeStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        switch (element) {
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
        case PE_IndicatorItemViewItemCheck:
        case PE_FrameLineEdit:
        case PE_FrameGroupBox:
        case PE_Frame:
            if (needsOutline(option)) {
                std::unique_ptr<QStyleOption> copy = cloneWithOutline(option);
                QProxyStyle::drawPrimitive(element, copy.get(), painter, widget);
                return;
            }
            break;
        default:
            break;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override
    {
        if ((control == CC_SpinBox || control == CC_ComboBox) && needsOutline(option)) {
            if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option)) {
                QStyleOptionSpinBox copy(*spin);
                copy.palette.setColor(QPalette::Window, outlineSource());
                QProxyStyle::drawComplexControl(control, &copy, painter, widget);
                return;
            }
            if (const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option)) {
                QStyleOptionComboBox copy(*combo);
                copy.palette.setColor(QPalette::Window, outlineSource());
                QProxyStyle::drawComplexControl(control, &copy, painter, widget);
                return;
            }
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }

private:
    static bool needsOutline(const QStyleOption *option)
    {
        return option && option->palette.color(QPalette::Window).lightness() < 128;
    }
    // Fusion's outline is this colour darkened by 40 %: about #6b7079 on the dark theme.
    static QColor outlineSource() { return QColor(0x96, 0x9d, 0xa9); }

    static std::unique_ptr<QStyleOption> cloneWithOutline(const QStyleOption *option)
    {
        std::unique_ptr<QStyleOption> copy;
        if (const auto *b = qstyleoption_cast<const QStyleOptionButton *>(option))
            copy = std::make_unique<QStyleOptionButton>(*b);
        else if (const auto *f = qstyleoption_cast<const QStyleOptionFrame *>(option))
            copy = std::make_unique<QStyleOptionFrame>(*f);
        else if (const auto *v = qstyleoption_cast<const QStyleOptionViewItem *>(option))
            copy = std::make_unique<QStyleOptionViewItem>(*v);
        else
            copy = std::make_unique<QStyleOption>(*option);
        copy->palette.setColor(QPalette::Window, outlineSource());
        return copy;
    }
};

bool g_systemDarkKnown = false;
bool g_systemDark = false;

struct RoleColors
{
    ThemeColor role;
    QRgb light;
    QRgb dark;
};

// The only colour literals of ui/: every other file names a role (tst_themecolors checks it).
// Text roles keep 4.5:1 against the window and base colours of their theme.
constexpr RoleColors kRoles[] = {
    {ThemeColor::Danger, qRgb(0xb7, 0x1c, 0x1c), qRgb(0xff, 0x7b, 0x72)},
    {ThemeColor::Warning, qRgb(0xa1, 0x4a, 0x00), qRgb(0xf0, 0xa3, 0x3a)},
    {ThemeColor::Success, qRgb(0x2e, 0x7d, 0x32), qRgb(0x56, 0xc2, 0x6a)},
    {ThemeColor::Info, qRgb(0x15, 0x65, 0xc0), qRgb(0x6e, 0xa8, 0xfe)},
    {ThemeColor::Neutral, qRgb(0x62, 0x67, 0x6f), qRgb(0x9a, 0xa0, 0xa8)},
    {ThemeColor::DangerBanner, qRgb(0xb7, 0x1c, 0x1c), qRgb(0x8e, 0x1b, 0x1b)},
    {ThemeColor::OnDangerBanner, qRgb(0xff, 0xff, 0xff), qRgb(0xff, 0xff, 0xff)},
    {ThemeColor::NoticeBackground, qRgb(0xff, 0xf3, 0xc4), qRgb(0x4a, 0x41, 0x20)},
    {ThemeColor::BestBackground, qRgb(0xc8, 0xe6, 0xc9), qRgb(0x1f, 0x3d, 0x26)},
    {ThemeColor::BestText, qRgb(0x1b, 0x5e, 0x20), qRgb(0x9b, 0xe3, 0xa8)},
    {ThemeColor::PanelBackground, qRgb(0xee, 0xf4, 0xfb), qRgb(0x22, 0x32, 0x4a)},
    {ThemeColor::PanelText, qRgb(0x10, 0x24, 0x3a), qRgb(0xe3, 0xec, 0xf7)},
    {ThemeColor::SignerBanner, qRgb(0x1f, 0x3a, 0x5f), qRgb(0x1f, 0x3a, 0x5f)},
    {ThemeColor::OnSignerBanner, qRgb(0xff, 0xff, 0xff), qRgb(0xff, 0xff, 0xff)},
    {ThemeColor::SidebarBackground, qRgb(0xff, 0xff, 0xff), qRgb(0x1d, 0x1f, 0x24)},
    {ThemeColor::SidebarText, qRgb(0x1f, 0x23, 0x28), qRgb(0xe6, 0xe8, 0xec)},
    {ThemeColor::SidebarSelection, qRgba(0x3d, 0x6f, 0xd6, 60), qRgba(0x5b, 0x8d, 0xef, 70)},
    {ThemeColor::RoleToggle, qRgb(0xe6, 0xe9, 0xee), qRgb(0x30, 0x33, 0x3a)},
    {ThemeColor::RoleToggleText, qRgb(0x30, 0x35, 0x3d), qRgb(0xc9, 0xcc, 0xd2)},
    {ThemeColor::RoleToggleChecked, qRgb(0x2f, 0x5f, 0xc4), qRgb(0x34, 0x65, 0xcc)},
    {ThemeColor::RoleToggleCheckedText, qRgb(0xff, 0xff, 0xff), qRgb(0xff, 0xff, 0xff)},
    {ThemeColor::RoleToggleBorder, qRgb(0xc4, 0xc9, 0xd1), qRgb(0x4a, 0x4e, 0x57)},
    {ThemeColor::BadgeBronze, qRgb(0xa0, 0x5f, 0x24), qRgb(0xa0, 0x5f, 0x24)},
    {ThemeColor::BadgeSilver, qRgb(0x68, 0x73, 0x7e), qRgb(0x68, 0x73, 0x7e)},
    {ThemeColor::BadgeGold, qRgb(0x8f, 0x6d, 0x00), qRgb(0x8f, 0x6d, 0x00)},
    {ThemeColor::BadgePlatinum, qRgb(0x4a, 0x5a, 0x9c), qRgb(0x4a, 0x5a, 0x9c)},
    {ThemeColor::BadgeCertified, qRgb(0x2e, 0x7d, 0x32), qRgb(0x2e, 0x7d, 0x32)},
    {ThemeColor::BadgeText, qRgb(0xff, 0xff, 0xff), qRgb(0xff, 0xff, 0xff)},
    {ThemeColor::ChartBackground, qRgb(0xff, 0xff, 0xff), qRgb(0x1d, 0x1f, 0x24)},
    {ThemeColor::ChartText, qRgb(0x1f, 0x23, 0x28), qRgb(0xe6, 0xe8, 0xec)},
    {ThemeColor::ChartGrid, qRgb(0xe1, 0xe4, 0xe8), qRgb(0x35, 0x39, 0x41)},
    {ThemeColor::ChartAxis, qRgb(0x8c, 0x93, 0x9d), qRgb(0x6b, 0x71, 0x7b)},
    {ThemeColor::ChartLatency, qRgb(0x19, 0x76, 0xd2), qRgb(0x6e, 0xa8, 0xfe)},
    {ThemeColor::ChartAvailability, qRgb(0x2e, 0x7d, 0x32), qRgb(0x56, 0xc2, 0x6a)},
    {ThemeColor::ChartTarget, qRgb(0xc6, 0x28, 0x28), qRgb(0xff, 0x7b, 0x72)},
    {ThemeColor::ChartReleased, qRgb(0x2e, 0x7d, 0x32), qRgb(0x56, 0xc2, 0x6a)},
    {ThemeColor::ChartContracted, qRgb(0x90, 0xca, 0xf9), qRgb(0x3f, 0x6f, 0xa8)},
    {ThemeColor::ChartMarket, qRgba(0x19, 0x76, 0xd2, 150), qRgba(0x6e, 0xa8, 0xfe, 130)},
    {ThemeColor::QrLight, qRgb(0xff, 0xff, 0xff), qRgb(0xff, 0xff, 0xff)},
    {ThemeColor::QrDark, qRgb(0x00, 0x00, 0x00), qRgb(0x00, 0x00, 0x00)},
};

const char kTextRole[] = "fbThemeTextRole";
const char kFillRoles[] = "fbThemeFillRoles";
const char kHooked[] = "fbThemeHooked";

void restyle(QWidget *w)
{
    const QVariant text = w->property(kTextRole);
    if (text.isValid())
        w->setStyleSheet(
            QStringLiteral("color: %1").arg(Theme::colorName(ThemeColor(text.toInt()))));
    const QVariant fill = w->property(kFillRoles);
    if (fill.isValid()) {
        const QPoint roles = fill.toPoint();
        QPalette p = w->palette();
        p.setColor(QPalette::Window, Theme::color(ThemeColor(roles.x())));
        p.setColor(QPalette::WindowText, Theme::color(ThemeColor(roles.y())));
        w->setPalette(p);
    }
}

void hook(QWidget *w)
{
    if (w->property(kHooked).toBool())
        return;
    w->setProperty(kHooked, true);
    QObject::connect(Theme::notifier(), &ThemeNotifier::changed, w, [w] { restyle(w); });
}

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

QColor Theme::color(ThemeColor role)
{
    const bool dark = isDark();
    for (const RoleColors &r : kRoles)
        if (r.role == role)
            return QColor::fromRgba(dark ? r.dark : r.light);
    return QApplication::palette().color(QPalette::Text);
}

ThemeNotifier *Theme::notifier()
{
    static auto *n = new ThemeNotifier; // lives as long as the process
    return n;
}

void Theme::setTextColor(QWidget *widget, ThemeColor role)
{
    widget->setProperty(kTextRole, int(role));
    hook(widget);
    restyle(widget);
}

void Theme::clearTextColor(QWidget *widget)
{
    widget->setProperty(kTextRole, QVariant());
    widget->setStyleSheet(QString());
}

void Theme::setFill(QWidget *widget, ThemeColor background, ThemeColor text)
{
    widget->setAutoFillBackground(true);
    widget->setProperty(kFillRoles, QPoint(int(background), int(text)));
    hook(widget);
    restyle(widget);
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

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
    // A new style each time: setting it re-polishes every widget, so palettes set before the
    // switch are dropped and the whole window follows the new theme at once.
    QApplication::setStyle(new ThemeStyle);
    const bool dark = mode == ThemeMode::Dark || (mode == ThemeMode::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    Q_EMIT notifier()->changed();
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
