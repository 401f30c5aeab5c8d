#include "ui/wizard/slawizard.h"

#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "ui/wizard/paymentpage.h"
#include "ui/wizard/quotepage.h"
#include "ui/wizard/recommendationpage.h"
#include "ui/wizard/requirementspage.h"
#include "ui/wizard/statuspage.h"
#include "ui/wizard/wizardsupport.h"

#include <algorithm>

namespace fb::ui {

SlaWizard::SlaWizard(AppContext &context, const QStringList &preselected, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_preselected(preselected)
    , m_chosen(preselected)
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
    if (m_renewal)
        o.renewalOf = m_renewal->followsDealId;
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

void SlaWizard::renewFrom(const QString &slaId, const QString &name, const QList<Deal> &deals,
                          const QDateTime &now)
{
    Renewal r{slaId, name, deals, {}, {}};
    m_preselected.clear();
    m_chosen.clear();
    for (const Deal &d : deals) {
        m_preselected << d.offerId;
        m_chosen << d.offerId;
        // Where this deal's term ends, as the node reckons a renewal of it (docs/API.md).
        QDateTime end;
        if (d.state == DealState::Active)
            end = d.endAt;
        else if (d.state == DealState::Funded)
            end = std::max(now, d.notBefore.isValid() ? d.notBefore : now).addDays(d.durationDays);
        else if (d.state == DealState::Completed && d.endAt.isValid() &&
                 std::min(d.endAt, d.updatedAt).addDays(90) >= now)
            end = std::min(d.endAt, d.updatedAt);
        if (end.isValid() && (!r.startsAt.isValid() || end > r.startsAt)) {
            r.startsAt = end;
            r.followsDealId = d.id;
        }
    }
    m_renewal = r;
    setWindowTitle(tr("Renew %1").arg(name));
}

QDateTime SlaWizard::renewalStart(const QDateTime &now) const
{
    if (!m_renewal)
        return {};
    return m_renewal->startsAt.isValid() ? std::max(now, m_renewal->startsAt) : now;
}

QDateTime SlaWizard::renewalEnd(const QDateTime &now) const
{
    const QDateTime start = renewalStart(now);
    return start.isValid() ? start.addDays(requirements.durationDays) : QDateTime();
}

} // namespace fb::ui
