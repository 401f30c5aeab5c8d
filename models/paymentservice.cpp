#include "models/paymentservice.h"

#include "models/apiclient.h"
#include "models/syncengine.h"

namespace fb {

namespace {
QString dealPath(const QString &dealId, const char *tail)
{
    return QStringLiteral("/v1/deals/") + QString::fromLatin1(QUrl::toPercentEncoding(dealId)) +
           QLatin1String(tail);
}
} // namespace

PaymentService::PaymentService(ApiClient *api, SyncEngine *sync, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_sync(sync)
{}

bool PaymentService::connected() const
{
    return m_api && !m_api->baseUrl().isEmpty();
}

void PaymentService::refreshSoon()
{
    if (m_sync)
        m_sync->syncNow();
}

void PaymentService::intent(const QString &dealId, const QString &currency,
                            const QString &refundAddress, QObject *context,
                            Reply<PaymentIntent> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QJsonObject body{{QStringLiteral("currency"), currency}};
    if (!refundAddress.isEmpty())
        body.insert(QStringLiteral("refundAddress"), refundAddress);
    m_api->post(dealPath(dealId, "/intent"), body,
                typedReply<PaymentIntent>(reply, tr("No payment details for a deal")));
}

void PaymentService::submitPayment(const QString &dealId, const QString &envelope, QObject *context,
                                   Reply<PaymentReceipt> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    QPointer<PaymentService> self(this);
    m_api->post(dealPath(dealId, "/payments"), {{QStringLiteral("envelope"), envelope}},
                typedReply<PaymentReceipt>(reply, tr("The platform refused the payment"), [self] {
                    if (self)
                        self->refreshSoon();
                }));
}

void PaymentService::payments(const QString &dealId, QObject *context, Reply<DealPayments> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    m_api->get(dealPath(dealId, "/payments"), {},
               typedReply<DealPayments>(reply, tr("Reading the deal's payments")));
}

void PaymentService::checkout(const QString &dealId, QObject *context, Reply<QUrl> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected())
        return reply(notConnected());
    const QUrl base = m_api->baseUrl();
    m_api->post(dealPath(dealId, "/checkout"), QJsonObject(), [reply, base](const ApiResponse &r) {
        const QString what = tr("The platform's checkout is not available");
        if (!r.ok()) {
            reply(platformError(r, what));
            return;
        }
        const QUrl url = QUrl(r.json.value(QStringLiteral("url")).toString());
        if (!url.isValid() || url.isEmpty()) {
            reply(badReply(what, tr("no checkout address")));
            return;
        }
        reply(base.resolved(url));
    });
}

} // namespace fb
