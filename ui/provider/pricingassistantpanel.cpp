#include "ui/provider/pricingassistantpanel.h"

#include "models/formats.h"

#include "models/marketservice.h"
#include "models/syncengine.h"
#include "ui/theme.h"
#include "ui/widgets/charttheme.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace fb::ui {

namespace {

constexpr int kBins = 12;
constexpr int kDefaultUtilisationBps = 7000;

QString percentOf(int bps)
{
    return Formats().percent(bps / 100.0, 1);
}

double dollars(qint64 usd7)
{
    return double(usd7) / 1e7; // for chart coordinates only; money stays in integers
}

} // namespace

PricingAssistantPanel::PricingAssistantPanel(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ctx(context)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_percentile(new QLabel(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_utilisation(new QSpinBox(this))
    , m_suggested(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_projection(new QLabel(this))
    , m_atYourPrice(new QLabel(this))
    , m_use(new QPushButton(tr("&Use this price"), this))
{
    setObjectName(QStringLiteral("pricingAssistant"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Pricing assistant"), this);
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    outer->addWidget(title);
    outer->addWidget(m_stack);

    m_empty->setObjectName(QStringLiteral("pricingEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMinimumHeight(120);
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_chart->setObjectName(QStringLiteral("pricingHistogram"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->setAccessibleName(tr("Price distribution of comparable offers"));
    layout->addWidget(m_chart);

    m_percentile->setObjectName(QStringLiteral("pricingPercentile"));
    m_percentile->setWordWrap(true);
    layout->addWidget(m_percentile);

    auto *form = new QFormLayout;
    auto *target = new QHBoxLayout;
    m_slider->setObjectName(QStringLiteral("pricingUtilisationSlider"));
    m_slider->setRange(0, 100);
    m_slider->setAccessibleName(tr("Target utilisation"));
    m_utilisation->setObjectName(QStringLiteral("pricingUtilisation"));
    m_utilisation->setRange(0, 100);
    m_utilisation->setSuffix(QStringLiteral(" %"));
    m_utilisation->setAccessibleName(tr("Target utilisation"));
    m_utilisation->setToolTip(tr("The share of this offer's capacity you want to sell. A higher "
                                 "target asks for a lower price."));
    m_slider->setToolTip(m_utilisation->toolTip());
    target->addWidget(m_slider, 1);
    target->addWidget(m_utilisation);
    auto *targetLabel = new QLabel(tr("&Target utilisation:"), this);
    targetLabel->setBuddy(m_utilisation);
    form->addRow(targetLabel, target);
    m_suggested->setObjectName(QStringLiteral("pricingSuggestedPrice"));
    m_suggested->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_suggested->font();
    big.setBold(true);
    m_suggested->setFont(big);
    form->addRow(tr("Suggested price:"), m_suggested);
    layout->addLayout(form);

    m_reason->setObjectName(QStringLiteral("pricingReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    layout->addWidget(m_reason);
    m_projection->setObjectName(QStringLiteral("pricingProjection"));
    m_projection->setWordWrap(true);
    m_projection->setTextFormat(Qt::PlainText);
    layout->addWidget(m_projection);
    m_atYourPrice->setObjectName(QStringLiteral("pricingAtYourPrice"));
    m_atYourPrice->setWordWrap(true);
    m_atYourPrice->setTextFormat(Qt::PlainText);
    m_atYourPrice->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_atYourPrice);

    m_use->setObjectName(QStringLiteral("usePriceButton"));
    m_use->setToolTip(tr("Put the suggested price into the offer's storage price"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_use);
    layout->addLayout(buttons);
    m_stack->addWidget(content);

    setTargetUtilisationBps(kDefaultUtilisationBps);
    connect(m_slider, &QSlider::valueChanged, m_utilisation, &QSpinBox::setValue);
    connect(m_utilisation, &QSpinBox::valueChanged, this, [this](int percent) {
        m_slider->setValue(percent);
        recompute();
    });
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (m_suggestion)
            emit suggestionAccepted(m_suggestion->priceUsd7);
    });
    if (m_ctx.sync)
        connect(m_ctx.sync, &SyncEngine::pageApplied, this,
                [this](qint64, int, const QStringList &entities) {
                    if (entities.contains(QStringLiteral("offer")))
                        m_marketLoaded = false;
                });
    if (m_ctx.sync)
        connect(m_ctx.sync, &SyncEngine::syncFinished, this, [this] {
            if (!m_marketLoaded && m_hasDraft)
                reloadMarket();
        });
    fetchFee();
    recompute();
}

void PricingAssistantPanel::fetchFee()
{
    if (!m_ctx.market || !m_ctx.market->connected())
        return;
    m_ctx.market->info(this, [this](Result<NodeInfo> r) {
        if (r)
            m_feeBps = r->feeBps;
        recompute();
    });
}

void PricingAssistantPanel::setDraft(const Offer &draft)
{
    m_draft = draft;
    m_hasDraft = true;
    if (!m_marketLoaded) {
        reloadMarket(); // recomputes
        return;
    }
    recompute();
}

void PricingAssistantPanel::reloadMarket()
{
    m_cachedMarket.clear();
    if (m_ctx.market) {
        if (auto snapshot = m_ctx.market->snapshot())
            m_cachedMarket = std::move(snapshot->offers);
    }
    m_marketLoaded = true;
    if (m_feeBps < 0)
        fetchFee();
    recompute();
}

void PricingAssistantPanel::setTargetUtilisationBps(int bps)
{
    m_utilisation->setValue(std::clamp(bps, 0, pricing::kFullBps) / 100);
}

int PricingAssistantPanel::targetUtilisationBps() const
{
    return m_utilisation->value() * 100;
}

int PricingAssistantPanel::percentileBps() const
{
    return m_market.percentileBps(m_draft.priceStoragePerGbMonthUsd7);
}

void PricingAssistantPanel::recompute()
{
    m_market = pricing::distribution(m_hasDraft ? pricing::comparables(m_draft, m_cachedMarket)
                                                : QList<Offer>{});
    const int fee = std::max(0, m_feeBps);
    m_suggestion = pricing::suggest(m_market, targetUtilisationBps(), m_draft.capacityBytes, fee);
    m_use->setEnabled(bool(m_suggestion));
    if (!m_suggestion) {
        const QString what = m_draft.protocols.join(QStringLiteral(", "));
        m_empty->setText(
            !m_hasDraft ? tr("Set the offer's region, QoS tier and protocol to compare its price "
                             "with the market.")
            : m_draft.region.isEmpty() || m_draft.protocols.isEmpty()
                ? tr("Choose a region and at least one protocol: the assistant compares the "
                     "price with offers of the same region, QoS tier and protocol.")
                : tr("No other offer in the market sells %1 storage in %2 at the %3 tier yet, so "
                     "there is nothing to compare with. Your price sets the market here; "
                     "compare with a neighbouring region or tier to place it.")
                      .arg(what, m_draft.region, m_draft.qosTier));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    const qint64 price = m_draft.priceStoragePerGbMonthUsd7;
    const int percentile = percentileBps();
    m_percentile->setText(
        tr("Your price, %1 per GB-month, sits at the %2 percentile of %n comparable offer(s) "
           "(%3, %4 tier, %5).",
           nullptr, m_market.size())
            .arg(pricing::formatUsd7(price), percentOf(percentile), m_draft.region, m_draft.qosTier,
                 m_draft.protocols.join(QStringLiteral(", "))));
    m_suggested->setText(tr("%1 per GB-month").arg(pricing::formatUsd7(m_suggestion->priceUsd7)));
    m_reason->setText(m_suggestion->reason);

    const QString feeText = m_feeBps < 0 ? tr("the platform fee (not known yet: no node)")
                                         : tr("the platform fee of %1").arg(percentOf(m_feeBps));
    const pricing::MonthlyProjection &p = m_suggestion->projection;
    if (m_draft.capacityBytes <= 0)
        m_projection->setText(tr("Set the offer's capacity to project monthly earnings."));
    else if (!p.valid)
        m_projection->setText(tr("These figures are too large to project exactly."));
    else
        m_projection->setText(
            tr("Projected: selling %1 of %2 at this price earns you %3 a month. Consumers pay %4, "
               "which includes %5 (%6, added on top of your price).")
                .arg(Formats().size(p.soldBytes), Formats().size(m_draft.capacityBytes),
                     pricing::formatUsd7(p.providerUsd7), pricing::formatUsd7(p.consumersPayUsd7),
                     feeText, pricing::formatUsd7(p.feeUsd7)));
    const int expected = pricing::expectedUtilisationBps(percentile);
    const pricing::MonthlyProjection mine =
        pricing::projectMonthly(m_draft.capacityBytes, expected, price, fee);
    m_atYourPrice->setText(
        m_draft.capacityBytes > 0 && mine.valid
            ? tr("At your own price the model expects %1 utilisation: %2 a "
                 "month for you.")
                  .arg(percentOf(expected), pricing::formatUsd7(mine.providerUsd7))
            : QString());
    updateChart();
}

void PricingAssistantPanel::updateChart()
{
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setChart(chart); // deletes the previous one
    ChartTheme::apply(chart);

    const QList<pricing::PriceBin> bins = m_market.histogram(kBins);
    if (bins.isEmpty())
        return;
    // Bars drawn as a stepped area over a price axis, so the marks sit at exact prices.
    auto *upper = new QLineSeries;
    int maxCount = 1;
    for (const pricing::PriceBin &b : bins) {
        const double from = dollars(b.fromUsd7);
        const double to = b.toUsd7 > b.fromUsd7 ? dollars(b.toUsd7) : from + 1e-7;
        upper->append(from, 0);
        upper->append(from, b.count);
        upper->append(to, b.count);
        upper->append(to, 0);
        maxCount = std::max(maxCount, b.count);
    }
    auto *area = new QAreaSeries(upper);
    area->setName(tr("Comparable offers"));
    ChartTheme::setColor(area, ThemeColor::ChartMarket);
    chart->addSeries(area);

    auto mark = [&](qint64 usd7, const QString &name, ThemeColor color, Qt::PenStyle style) {
        auto *line = new QLineSeries;
        line->setName(name);
        line->setPen(QPen(Theme::color(color), 2.2, style));
        ChartTheme::setColor(line, color);
        line->append(dollars(usd7), 0);
        line->append(dollars(usd7), maxCount * 1.1);
        chart->addSeries(line);
        return line;
    };
    const qint64 price = m_draft.priceStoragePerGbMonthUsd7;
    QList<QLineSeries *> marks;
    marks << mark(price, tr("Your price"), ThemeColor::ChartTarget, Qt::SolidLine);
    if (m_suggestion)
        marks << mark(m_suggestion->priceUsd7, tr("Suggested"), ThemeColor::Success, Qt::DashLine);

    double lo = dollars(std::min(m_market.min(), price));
    double hi = dollars(std::max(m_market.max(), price));
    const double pad = std::max((hi - lo) * 0.05, 1e-6);
    auto *x = new QValueAxis;
    x->setTitleText(tr("USD per GB-month"));
    x->setRange(std::max(0.0, lo - pad), hi + pad);
    x->setLabelFormat(QStringLiteral("%.4f"));
    x->setTickCount(5);
    auto *y = new QValueAxis;
    y->setTitleText(tr("Offers"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, maxCount * 1.15);
    y->setTickCount(std::min(maxCount + 1, 6));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    area->attachAxis(x);
    area->attachAxis(y);
    for (QLineSeries *l : std::as_const(marks)) {
        l->attachAxis(x);
        l->attachAxis(y);
    }
    ChartTheme::apply(chart);
}

} // namespace fb::ui
