// OfferEditorDialog: creates, edits or duplicates one of the provider's offers: prices, region
// and country, protocols, capacity, QoS tier with uptime and latency targets, durations,
// currencies and features. It publishes through ProviderService itself and stays open on a
// refusal, showing the node's validation message. draft() is the offer as currently typed
// (draftChanged() on every edit); sidePanelLayout() is the column on the right where a pricing
// assistant can be placed.
#pragma once

#include "wire/domain.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace fb {
class ProviderService;
}

namespace fb::ui {

class OfferEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Edit, Duplicate };

    OfferEditorDialog(ProviderService *service, Mode mode, const Offer &start,
                      QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The offer as the form stands (id and provider kept from the start offer).
    Offer draft() const;
    // The offer the node answered with after a successful publish.
    const Offer &published() const { return m_published; }
    // Where a pricing assistant goes (right of the form).
    QVBoxLayout *sidePanelLayout() const { return m_side; }

    // "0.023" -> 230000 (USD x 10^7), exactly; nullopt for anything else than a non-negative
    // decimal with at most 7 places.
    static std::optional<qint64> parseUsd7(const QString &text);
    static QString usd7Text(qint64 usd7);
    // The default targets of a QoS tier: uptime (bps) and latency (ms).
    static std::pair<int, int> tierTargets(const QString &tier);

Q_SIGNALS:
    void draftChanged();

public Q_SLOTS:
    void accept() override;
    // Puts a price (USD x 10^7 per GB-month) in the storage price field (the pricing
    // assistant's "Use this price").
    void setStoragePrice(qint64 usd7);

private:
    void load(const Offer &o);
    void validate();

    ProviderService *m_service;
    Mode m_mode;
    Offer m_start;
    Offer m_published;
    QLineEdit *m_name;
    QLineEdit *m_region;
    QLineEdit *m_country;
    QList<QCheckBox *> m_protocols;
    QLineEdit *m_storagePrice;
    QLineEdit *m_egressPrice;
    QSpinBox *m_capacityGb;
    QComboBox *m_tier;
    QDoubleSpinBox *m_uptime;
    QSpinBox *m_latency;
    QSpinBox *m_minDays;
    QSpinBox *m_maxDays;
    QList<QCheckBox *> m_currencies;
    QCheckBox *m_encryption;
    QCheckBox *m_versioning;
    QCheckBox *m_objectLock;
    QLineEdit *m_endpoint;
    QLabel *m_error;
    QPushButton *m_ok;
    QVBoxLayout *m_side;
    bool m_busy = false;
};

} // namespace fb::ui
