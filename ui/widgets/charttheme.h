// ChartTheme: QtCharts charts in the application's theme (background, text, grid, axes and the
// series' named colours), restyled live when the theme changes; and a time axis whose labels
// stay distinct over any range.
#pragma once

#include "ui/theme.h"

#include <QDateTime>
#include <QString>

class QAbstractSeries;
class QBarSet;
class QChart;
class QDateTimeAxis;

namespace fb::ui {

class ChartTheme
{
public:
    // Styles the chart from the theme now, and again after every theme change for as long as
    // the chart lives. Call it again once series and axes are added (it is idempotent).
    static void apply(QChart *chart);
    // A series' (or bar set's) colour by role; kept across theme changes.
    static void setColor(QAbstractSeries *series, ThemeColor role);
    static void setColor(QBarSet *set, ThemeColor role);
    // The label format for a time axis spanning spanMs with tickCount ticks: the coarsest of
    // "MMM d", "MMM d HH:mm", "HH:mm", "HH:mm:ss", "HH:mm:ss.zzz" (and the year over long
    // ranges) whose labels differ from tick to tick.
    static QString timeFormat(qint64 spanMs, int tickCount);
    // Sets the axis' range and tick count, with timeFormat() for them.
    static void setTimeRange(QDateTimeAxis *axis, const QDateTime &from, const QDateTime &to,
                             int tickCount = 6);
};

} // namespace fb::ui
