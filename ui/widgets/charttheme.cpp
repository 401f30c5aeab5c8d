#include "ui/widgets/charttheme.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QPen>
#include <QScatterSeries>
#include <QXYSeries>

#include <algorithm>

namespace fb::ui {

namespace {
const char kRole[] = "fbChartColorRole";
const char kHooked[] = "fbChartThemed";

void recolor(QAbstractSeries *s)
{
    const QVariant role = s->property(kRole);
    if (!role.isValid())
        return;
    const QColor c = Theme::color(ThemeColor(role.toInt()));
    QColor opaque = c;
    opaque.setAlpha(255);
    if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
        scatter->setColor(c);
        scatter->setBorderColor(opaque);
    } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
        QPen pen = xy->pen();
        pen.setColor(c);
        xy->setPen(pen);
    } else if (auto *area = qobject_cast<QAreaSeries *>(s)) {
        area->setColor(c);
        area->setBorderColor(opaque);
    }
}

void restyle(QChart *chart)
{
    const QColor background = Theme::color(ThemeColor::ChartBackground);
    const QColor text = Theme::color(ThemeColor::ChartText);
    const QColor grid = Theme::color(ThemeColor::ChartGrid);
    const QColor axisLine = Theme::color(ThemeColor::ChartAxis);
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *a : chart->axes()) {
        a->setLabelsColor(text);
        a->setTitleBrush(text);
        a->setGridLineColor(grid);
        a->setMinorGridLineColor(grid);
        a->setLinePenColor(axisLine);
        a->setShadesVisible(false);
    }
    for (QAbstractSeries *s : chart->series()) {
        recolor(s);
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                set->setLabelColor(text);
                const QVariant role = set->property(kRole);
                if (role.isValid()) {
                    const QColor c = Theme::color(ThemeColor(role.toInt()));
                    set->setColor(c);
                    set->setBorderColor(c);
                }
            }
        }
    }
}
} // namespace

void ChartTheme::apply(QChart *chart)
{
    if (!chart)
        return;
    if (!chart->property(kHooked).toBool()) {
        chart->setProperty(kHooked, true);
        QObject::connect(Theme::notifier(), &ThemeNotifier::changed, chart,
                         [chart] { restyle(chart); });
    }
    restyle(chart);
}

void ChartTheme::setColor(QAbstractSeries *series, ThemeColor role)
{
    series->setProperty(kRole, int(role));
    recolor(series);
}

void ChartTheme::setColor(QBarSet *set, ThemeColor role)
{
    set->setProperty(kRole, int(role));
    const QColor c = Theme::color(role);
    set->setColor(c);
    set->setBorderColor(c);
}

QString ChartTheme::timeFormat(qint64 spanMs, int tickCount)
{
    constexpr qint64 kSecond = 1000, kMinute = 60 * kSecond, kDay = 24 * 3600 * kSecond;
    const qint64 step = std::max<qint64>(0, spanMs) / std::max(1, tickCount - 1);
    if (step < kSecond)
        return QStringLiteral("HH:mm:ss.zzz");
    if (step < kMinute)
        return QStringLiteral("HH:mm:ss");
    if (step < kDay)
        return spanMs < kDay ? QStringLiteral("HH:mm") : QStringLiteral("MMM d HH:mm");
    return spanMs < 365 * kDay ? QStringLiteral("MMM d") : QStringLiteral("MMM d yyyy");
}

void ChartTheme::setTimeRange(QDateTimeAxis *axis, const QDateTime &from, const QDateTime &to,
                              int tickCount)
{
    axis->setTickCount(tickCount);
    axis->setRange(from, to);
    axis->setFormat(timeFormat(from.msecsTo(to), tickCount));
}

} // namespace fb::ui
