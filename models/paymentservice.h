// PaymentService: paying for deals on every chain the node takes: an intent in the chosen
// currency (XLM, ALGO, BTC, or USD through the card checkout), the signed transaction the wallet
// built for it, and the deal's escrow movements. The wallet builds and signs; this only speaks
// to the node. Each successful change asks the sync engine for the node's new state at once.
#pragma once

#include "wire/domain.h"
#include "models/servicesupport.h"

#include <QObject>
#include <QUrl>

namespace fb {

class ApiClient;
class SyncEngine;

class PaymentService : public QObject
{
    Q_OBJECT

public:
    PaymentService(ApiClient *api, SyncEngine *sync, QObject *parent = nullptr);

    bool connected() const;

    // The payment intent of an Accepted deal in currency ("XLM", "ALGO", "BTC", "USD"): the
    // escrow, the amount at the recorded rate, the memo, and for ALGO and BTC what the wallet
    // needs to build the chain's transaction (PaymentIntent::algorand / ::bitcoin). An open
    // intent in the same currency comes back unchanged; another currency replaces it.
    // refundAddress (ALGO: an Algorand address, BTC: tb1q...) receives refunds instead of the
    // address that pays.
    void intent(const QString &dealId, const QString &currency, const QString &refundAddress,
                QObject *context, Reply<PaymentIntent> done);
    void intent(const QString &dealId, const QString &currency, QObject *context,
                Reply<PaymentIntent> done)
    {
        intent(dealId, currency, QString(), context, std::move(done));
    }
    // Submits the chain's own signed encoding paying the deal's intent: base64 Stellar XDR (XLM,
    // USD), base64 msgpack SignedTxn (ALGO), signed transaction hex or finalized PSBT (BTC). A
    // refusal comes back with the node's code (payment_refused, payment_replayed,
    // intent_expired) and its reason.
    void submitPayment(const QString &dealId, const QString &envelope, QObject *context,
                       Reply<PaymentReceipt> done);
    // A deal's escrow movements (deposits, fee, releases, refunds, slashes) and its intent.
    void payments(const QString &dealId, QObject *context, Reply<DealPayments> done);
    // The platform's card checkout page of a deal (absolute URL).
    void checkout(const QString &dealId, QObject *context, Reply<QUrl> done);

private:
    void refreshSoon();

    ApiClient *m_api;
    SyncEngine *m_sync;
};

} // namespace fb
