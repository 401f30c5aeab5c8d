// MarketplaceServices: the marketplace's Services tab: the vendors of auxiliary services
// (migration, analytics, compliance tools) registered on the platform (role "service"), from the
// synced cache (models/servicevendorsmodel.h), with a search, a "certified only" switch and an
// empty state that says how a vendor gets listed.
#pragma once

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace fb {
class ServiceVendorsModel;
}

namespace fb::ui {

struct AppContext;
class EmptyState;

class MarketplaceServices : public QWidget
{
    Q_OBJECT
public:
    explicit MarketplaceServices(AppContext &context, QWidget *parent = nullptr);
    ~MarketplaceServices() override;

    // Re-reads the cache (after a sync touched providers).
    void reload();
    QTableView *table() const { return m_table; }
    fb::ServiceVendorsModel *model() const { return m_model.get(); }
    // "services", "noMatch", "noServices" or "notConnected".
    QString state() const;

Q_SIGNALS:
    void navigateRequested(const QString &page);

private:
    bool ensureModel();
    void updateState();

    AppContext &m_ctx;
    std::unique_ptr<fb::ServiceVendorsModel> m_model;
    QStackedWidget *m_stack;
    EmptyState *m_notConnected;
    EmptyState *m_none;
    EmptyState *m_noMatch;
    QWidget *m_list;
    QLineEdit *m_search;
    QCheckBox *m_certified;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace fb::ui
