#include "ui/widgets/qoschart.h"

#include "ui/widgets/charttheme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QStackedLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui {

QosChart::QosChart(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_view(new QChartView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("qosChart"));
    m_view->setObjectName(QStringLiteral("qosChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->setAccessibleName(tr("QoS history chart"));
    m_empty->setObjectName(QStringLiteral("qosEmpty"));
    m_empty->setText(tr("No QoS samples yet. The platform's oracle probes each offer regularly; "
                        "the history appears here after the first probes."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMinimumHeight(120);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_stack->setCurrentWidget(m_empty);
}

QChart *QosChart::chart() const
{
    return m_view->chart();
}

QList<QPair<QDateTime, double>> QosChart::availability(const QList<QosSample> &samples, int buckets)
{
    QList<QPair<QDateTime, double>> out;
    if (samples.isEmpty() || buckets <= 0)
        return out;
    const qsizetype per = std::max<qsizetype>(1, (samples.size() + buckets - 1) / buckets);
    for (qsizetype i = 0; i < samples.size(); i += per) {
        const qsizetype end = std::min(samples.size(), i + per);
        int ok = 0;
        for (qsizetype j = i; j < end; ++j)
            ok += samples.at(j).ok ? 1 : 0;
        out.append({samples.at(end - 1).at, 100.0 * ok / double(end - i)});
    }
    return out;
}

void QosChart::setSamples(const QList<QosSample> &samples, int latencyTargetMs, int uptimeTargetBps)
{
    m_hasData = !samples.isEmpty();
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setChart(chart); // deletes the previous chart
    ChartTheme::apply(chart);
    if (!m_hasData) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }

    auto *latency = new QLineSeries;
    latency->setName(tr("Latency (ms)"));
    latency->setPen(QPen(Theme::color(ThemeColor::ChartLatency), 1.6));
    ChartTheme::setColor(latency, ThemeColor::ChartLatency);
    qint64 minT = samples.first().at.toMSecsSinceEpoch();
    qint64 maxT = minT;
    int maxLatency = std::max(latencyTargetMs, 10);
    for (const QosSample &s : samples) {
        const qint64 t = s.at.toMSecsSinceEpoch();
        minT = std::min(minT, t);
        maxT = std::max(maxT, t);
        if (s.ok && s.latencyMs >= 0) {
            latency->append(double(t), s.latencyMs);
            maxLatency = std::max(maxLatency, s.latencyMs);
        }
    }
    if (maxT == minT)
        maxT = minT + 60 * 1000;

    auto *avail = new QLineSeries;
    avail->setName(tr("Availability (%)"));
    avail->setPen(QPen(Theme::color(ThemeColor::ChartAvailability), 2.0));
    ChartTheme::setColor(avail, ThemeColor::ChartAvailability);
    double minAvail = 100.0;
    // Drawn as steps: each bucket's share holds from the end of the previous bucket to its own.
    qint64 bucketStart = minT;
    for (const auto &p : availability(samples, std::clamp(int(samples.size() / 8), 1, 24))) {
        const qint64 end = p.first.toMSecsSinceEpoch();
        avail->append(double(bucketStart), p.second);
        avail->append(double(end), p.second);
        bucketStart = end;
        minAvail = std::min(minAvail, p.second);
    }

    chart->addSeries(latency);
    chart->addSeries(avail);

    auto *x = new QDateTimeAxis;
    // Labels distinct over any range (a few minutes of probes read as seconds).
    ChartTheme::setTimeRange(x, QDateTime::fromMSecsSinceEpoch(minT),
                             QDateTime::fromMSecsSinceEpoch(maxT), 6);
    chart->addAxis(x, Qt::AlignBottom);

    auto *yLat = new QValueAxis;
    yLat->setTitleText(tr("ms"));
    yLat->setLabelFormat(QStringLiteral("%d"));
    yLat->setRange(0, maxLatency * 1.1);
    yLat->applyNiceNumbers();
    chart->addAxis(yLat, Qt::AlignLeft);

    auto *yAvail = new QValueAxis;
    yAvail->setTitleText(tr("%"));
    yAvail->setLabelFormat(QStringLiteral("%.0f"));
    // A lower bound from a short list so the ticks stay round (0, 50, 80, 90, 95, 98).
    const double lowest =
        std::min(minAvail, uptimeTargetBps >= 0 ? uptimeTargetBps / 100.0 : 100.0);
    double low = 0;
    int ticks = 6;
    for (const auto &[bound, n] :
         {std::pair{98.0, 5}, {95.0, 6}, {90.0, 6}, {80.0, 5}, {50.0, 6}}) {
        if (lowest - (100.0 - bound) * 0.05 >= bound) {
            low = bound;
            ticks = n;
            break;
        }
    }
    yAvail->setRange(low, 100.0);
    yAvail->setTickCount(ticks);
    yLat->setTickCount(ticks);
    if (low >= 98.0)
        yAvail->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(yAvail, Qt::AlignRight);

    latency->attachAxis(x);
    latency->attachAxis(yLat);
    avail->attachAxis(x);
    avail->attachAxis(yAvail);

    if (latencyTargetMs > 0) {
        auto *target = new QLineSeries;
        target->setName(tr("Latency target"));
        target->setPen(QPen(Theme::color(ThemeColor::ChartTarget), 1.2, Qt::DashLine));
        ChartTheme::setColor(target, ThemeColor::ChartTarget);
        target->append(double(minT), latencyTargetMs);
        target->append(double(maxT), latencyTargetMs);
        chart->addSeries(target);
        target->attachAxis(x);
        target->attachAxis(yLat);
    }
    ChartTheme::apply(chart); // the axes and series just added
    m_stack->setCurrentWidget(m_view);
}

} // namespace fb::ui
