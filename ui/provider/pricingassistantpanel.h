// PricingAssistantPanel: prices an offer being edited against the synced market: a histogram of
// the comparable offers' storage prices (same region, QoS tier and protocol) with the draft's
// price marked, its percentile, a suggested price for a chosen target utilisation with the
// reason, and the monthly earnings it projects net of the node's platform fee. The arithmetic is
// models/pricingassistant's; this only shows it and offers "Use this price".
#pragma once

#include "models/pricingassistant.h"
#include "ui/appcontext.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace fb::ui {

class PricingAssistantPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PricingAssistantPanel(AppContext &context, QWidget *parent = nullptr);

    // The offer being edited (its region, tier, protocols, storage price and capacity); call it
    // again whenever one of them changes. The draft's own id is left out of its market.
    void setDraft(const Offer &draft);
    Offer draft() const { return m_draft; }
    // Target utilisation in basis points (default 7000 = 70 %); the spin box shows percent.
    void setTargetUtilisationBps(int bps);
    int targetUtilisationBps() const;
    // What the panel shows now (for the offer editor and tests).
    int comparableCount() const { return m_market.size(); }
    int percentileBps() const; // -1 without comparable offers
    std::optional<pricing::Suggestion> suggestion() const { return m_suggestion; }
    int feeBps() const { return m_feeBps; } // -1 until the node told it
    // Re-reads the market from the cache (done by itself after each sync run).
    void reloadMarket();

signals:
    // "Use this price": the suggested storage price, USD x 10^7 per GB-month.
    void suggestionAccepted(qint64 pricePerGbMonthUsd7);

private:
    void recompute();
    void updateChart();
    void fetchFee();

    AppContext &m_ctx;
    Offer m_draft;
    bool m_hasDraft = false;
    QList<Offer> m_cachedMarket; // every cached offer, read once per sync run
    bool m_marketLoaded = false;
    pricing::PriceDistribution m_market;
    std::optional<pricing::Suggestion> m_suggestion;
    int m_feeBps = -1;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QChartView *m_chart;
    QLabel *m_percentile;
    QSlider *m_slider;
    QSpinBox *m_utilisation;
    QLabel *m_suggested;
    QLabel *m_reason;
    QLabel *m_projection;
    QLabel *m_atYourPrice;
    QPushButton *m_use;
};

} // namespace fb::ui
