// QosChart: an offer's QoS history as the oracle measured it: latency of each successful probe
// (with the offer's latency target) and availability per time bucket; an empty state when there
// are no samples yet.
#pragma once

#include "wire/domain.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedLayout;

namespace fb::ui {

class QosChart : public QWidget
{
    Q_OBJECT
public:
    explicit QosChart(QWidget *parent = nullptr);
    // latencyTargetMs / uptimeTargetBps < 0: no target line.
    void setSamples(const QList<QosSample> &samples, int latencyTargetMs = -1,
                    int uptimeTargetBps = -1);
    bool hasData() const { return m_hasData; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    // Availability in percent per bucket of consecutive samples (for tests and the summary).
    static QList<QPair<QDateTime, double>> availability(const QList<QosSample> &samples,
                                                        int buckets);

private:
    QStackedLayout *m_stack;
    QChartView *m_view;
    QLabel *m_empty;
    bool m_hasData = false;
};

} // namespace fb::ui
