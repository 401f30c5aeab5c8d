// Theme: light and dark palettes on the Fusion style. "System" follows the desktop's colour
// scheme as the platform reports it through its palette.
#pragma once

#include <QString>

namespace fb::ui {

enum class ThemeMode { System, Light, Dark };

class Theme
{
public:
    static void apply(ThemeMode mode);
    static ThemeMode fromString(const QString &name);
    static QString toString(ThemeMode mode);
    // Whether the palette now in use is dark (views pick icon and chart colours by it).
    static bool isDark();
    static bool systemPrefersDark();
};

} // namespace fb::ui
