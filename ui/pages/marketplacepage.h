// MarketplacePage: the offers providers publish, to browse, filter, compare and pick for an SLA.
// The table is OffersModel (SQL-side filter and sort, windowed loading) seen through
// OfferTableModel; the filter panel on the left drives it; up to four selected offers go to
// Compare or to "Create SLA…" (slaRequested, handled by the main window).
#pragma once

#include "ui/page.h"
#include "ui/widgets/priceformat.h"

#include <QItemSelection>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace fb {
class OffersModel;
struct OfferFilter;
} // namespace fb

namespace fb::ui {

class CompareDialog;
class EmptyState;
class MarketplaceServices;
class OfferFilterPanel;
class OfferTableModel;
class ProviderDialog;

class MarketplacePage : public Page
{
    Q_OBJECT
public:
    static constexpr int kMaxSelection = 4;

    explicit MarketplacePage(AppContext &context, QWidget *parent = nullptr);
    ~MarketplacePage() override;
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/marketplace.svg"); }
    QLineEdit *searchField() const override;
    QHeaderView *columnsHeader() const override;

    // Prices show in this currency: rate = its units per 1 USD (prices are stored in USD).
    void setDisplayCurrency(const QString &code, double ratePerUsd);
    // Applies the user's display currency (QSettings "ui/displayCurrency", USD by default) at the
    // node's rate (GET /v1/rates); runs on construction and whenever the page is shown.
    void applyPreferredCurrency();

    QStringList selectedOfferIds() const;
    OfferFilterPanel *filterPanel() const { return m_filters; }
    QTableView *table() const { return m_table; }
    OfferTableModel *tableModel() const { return m_tableModel; }
    fb::OffersModel *offersModel() const { return m_offers.get(); }
    // "offers", "noMatch", "loading" (the page's frame while the app opens its cache),
    // "notConnected" or "noOffers": what the page shows now.
    QString state() const;
    QTabWidget *tabs() const { return m_tabs; }
    MarketplaceServices *services() const { return m_services; }

public Q_SLOTS:
    // Re-reads the cache (after a sync touched offers or providers).
    void reload();
    CompareDialog *compareSelected();
    ProviderDialog *openProvider(int row);
    void requestSla();

Q_SIGNALS:
    void slaRequested(const QStringList &offerIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool ensureModel();
    void applyFilter(const fb::OfferFilter &f);
    void updateState();
    void updateSelection();
    void limitSelection(const QItemSelection &selected);
    void loadChoices();

    std::unique_ptr<fb::OffersModel> m_offers;
    OfferTableModel *m_tableModel = nullptr;
    PriceFormat m_price;

    QTabWidget *m_tabs = nullptr;
    MarketplaceServices *m_services = nullptr;
    QStackedWidget *m_stack;
    EmptyState *m_notConnected;
    EmptyState *m_noOffers;
    QWidget *m_content;
    OfferFilterPanel *m_filters;
    QStackedWidget *m_results;
    QTableView *m_table;
    EmptyState *m_noMatch;
    EmptyState *m_loading;
    QLabel *m_count;
    QLabel *m_hint;
    QPushButton *m_provider;
    QPushButton *m_compare;
    QPushButton *m_createSla;
    QTimer *m_reloadTimer;
    int m_lastSortColumn = -1;
};

} // namespace fb::ui
