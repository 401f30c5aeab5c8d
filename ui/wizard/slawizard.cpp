#include "ui/wizard/slawizard.h"

#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "ui/wizard/paymentpage.h"
#include "ui/wizard/quotepage.h"
#include "ui/wizard/recommendationpage.h"
#include "ui/wizard/requirementspage.h"
#include "ui/wizard/statuspage.h"
#include "ui/wizard/wizardsupport.h"

namespace fb::ui {

SlaWizard::SlaWizard(AppContext &context, const QStringList &preselected, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_preselected(preselected)
    , m_session(new PurchaseSession(context.deals, context.payments, context.accounts,
                                    context.wallet, this))
{
    setWindowTitle(tr("New storage agreement"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(RequirementsPage, createRequirementsPage(this));
    setPage(RecommendationPage, createRecommendationPage(this));
    setPage(QuotePage, createQuotePage(this));
    setPage(PaymentPage, createPaymentPage(this));
    setPage(StatusPage, createStatusPage(this));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Continue"));
    resize(820, 640);
    // Prices in the user's currency from the first page on; the quote refreshes the rate.
    if (PriceFormat::preferredCurrency() != QLatin1String("USD") && context.market &&
        context.market->connected()) {
        context.market->rates(this, [this](Result<QList<Rate>> r) {
            if (r)
                display.setFromRates(PriceFormat::preferredCurrency(), *r);
        });
    }
}

QuoteRequest SlaWizard::order() const
{
    QuoteRequest o;
    o.sizeBytes = requirements.dataBytes;
    o.egressBytes = requirements.egressBytesOverTerm();
    o.durationDays = requirements.durationDays;
    for (const auto &p : chosenPlan.placements)
        o.offerIds << p.offer.id;
    o.k = requirements.redundancy == sla::Requirements::Redundancy::Replication
              ? 1
              : requirements.dataShards;
    o.protocol = requirements.protocol;
    return o;
}

void SlaWizard::resumePayment(const QString &slaId, const QList<Deal> &deals)
{
    m_resumeDueUsd7 = 0;
    for (const Deal &d : deals)
        m_resumeDueUsd7 += d.total.units;
    m_session->resume(slaId, deals);
    setWindowTitle(tr("Pay for your storage agreement"));
    setStartId(PaymentPage);
}

qint64 SlaWizard::dueUsd7() const
{
    if (quote)
        return quote->total.units;
    if (m_session->resuming())
        return m_resumeDueUsd7;
    return -1;
}

QString SlaWizard::dueText() const
{
    const qint64 usd7 = dueUsd7();
    return usd7 >= 0 ? display.format(usd7) : QString();
}

QString SlaWizard::payCurrency() const
{
    if (m_session->resuming())
        return m_session->payCurrency();
    return requirements.currency.isEmpty() ? QStringLiteral("XLM") : requirements.currency;
}

QString SlaWizard::dueCoinText() const
{
    const QString currency = payCurrency();
    if (!quote || currency == QLatin1String("USD") || payRateUsd7 <= 0)
        return {};
    const qint64 units = sla::payUnits(*quote, currency, payRateUsd7);
    return units >= 0 ? wizard::coin(units, currency) : QString();
}

QString SlaWizard::money(qint64 usd7) const
{
    if (display.currency() == QLatin1String("USD"))
        return wizard::usd(usd7);
    return tr("%1 (%2)").arg(display.format(usd7), wizard::usd(usd7));
}

void SlaWizard::setWalletSetupParams(const keystore::Params &params)
{
    setPaymentPageWalletSetupParams(page(PaymentPage), params);
}

void SlaWizard::renewFrom(const QString &slaId, const QString &name, const QList<Deal> &deals)
{
    Renewal r{slaId, name, deals, {}};
    m_preselected.clear();
    for (const Deal &d : deals) {
        m_preselected << d.offerId;
        if (d.endAt.isValid() && (!r.startsAt.isValid() || d.endAt > r.startsAt))
            r.startsAt = d.endAt;
    }
    m_renewal = r;
    setWindowTitle(tr("Renew %1").arg(name));
}

} // namespace fb::ui
