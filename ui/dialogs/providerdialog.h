// ProviderDialog: one provider as a consumer weighs it: profile, certification (level, expiry),
// reputation, QoS history of its offers as a chart, its offers, and its compliance documents
// (in an embedded web view when the app provides one, else in the system browser).
#pragma once

#include "ui/appcontext.h"
#include "ui/widgets/priceformat.h"

#include "wire/domain.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;

namespace fb::ui {

class QosChart;

class ProviderDialog : public QDialog
{
    Q_OBJECT
public:
    // offerId: the offer whose QoS history shows first (empty: the provider's first offer).
    ProviderDialog(AppContext &context, const QString &providerId,
                   const QString &offerId = QString(), const PriceFormat &price = PriceFormat(),
                   QWidget *parent = nullptr);
    ~ProviderDialog() override;

    bool hasProvider() const { return m_found; }
    QosChart *qosChart() const { return m_chart; }
    QTableWidget *offersTable() const { return m_offers; }
    QString certificationText() const;
    void showDocument(const QUrl &url);

Q_SIGNALS:
    void slaRequested(const QStringList &offerIds);

private:
    QWidget *buildProfile();
    QWidget *buildQos();
    QWidget *buildOffers();
    QWidget *buildDocuments();
    void showQos(const QString &offerId);

    AppContext &m_context;
    Provider m_provider;
    QList<Offer> m_providerOffers;
    PriceFormat m_price;
    bool m_found = false;
    QLabel *m_certification = nullptr;
    QComboBox *m_qosOffer = nullptr;
    QosChart *m_chart = nullptr;
    QLabel *m_qosSummary = nullptr;
    QTableWidget *m_offers = nullptr;
    QListWidget *m_documents = nullptr;
    QVBoxLayout *m_documentArea = nullptr;
    QWidget *m_documentWidget = nullptr;
    QTabWidget *m_tabs = nullptr;
    QString m_initialOffer;
};

} // namespace fb::ui
