// SlaWizard: the consumer's way from a need to a funded SLA on the platform.
//   Requirements → Recommendation (the optimizer's cheapest valid set, with the cheapest and
//   the most reliable alternatives and the reasons) → Quote (the node's itemised cost, in USD
//   and in XLM at the node's rate) → Payment (wallet set-up if needed, sign-in, deals created,
//   one escrow payment per provider reviewed in plain words and signed) → Status (live states).
#pragma once

#include "models/marketservice.h"
#include "models/slaoptimizer.h"
#include "ui/appcontext.h"
#include "ui/widgets/priceformat.h"
#include "wallet/keystore.h"
#include "wire/domain.h"

#include <QWizard>

namespace fb {
class PurchaseSession;
}

namespace fb::ui {

class SlaWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { RequirementsPage, RecommendationPage, QuotePage, PaymentPage, StatusPage };

    // preselected: offers chosen in the marketplace (the recommendation then uses only them).
    SlaWizard(AppContext &context, const QStringList &preselected = {}, QWidget *parent = nullptr);

    AppContext &context() { return m_context; }
    // Tests set up wallets with libsodium's cheapest key stretching.
    void setWalletSetupParams(const keystore::Params &params);
    const QStringList &preselected() const { return m_preselected; }
    // The requirements page narrows the offers chosen in the marketplace (unticked ones are
    // left out; none left: the whole marketplace).
    void setPreselected(const QStringList &offerIds) { m_preselected = offerIds; }
    // The offers chosen when the wizard opened (Compare, the provider dialog, a renewal).
    const QStringList &chosenOffers() const { return m_chosen; }

    // Shared state between pages.
    sla::Requirements requirements;
    sla::Plan chosenPlan;
    std::optional<Quote> quote;
    qint64 xlmRateUsd7 = 0;
    // The node's rate of the coin the wallet pays in (XLM, ALGO, BTC or STRK), 0 until the quote.
    qint64 payRateUsd7 = 0;
    // What the wallet pays in: "XLM", "ALGO", "BTC", "STRK", or "USD" for the card.
    QString payCurrency() const;
    // The quote's total in the coin at the node's rate, each deal rounded up as the node does
    // ("10.455000 ALGO"); empty for the card or before the quote.
    QString dueCoinText() const;
    // Prices in the user's display currency (Settings, "ui/displayCurrency") at the node's rate.
    PriceFormat display;
    // "Pay with: Card (platform checkout)": the node's checkout page instead of the wallet.
    bool payByCard() const { return payCurrency() == QLatin1String("USD"); }
    // An amount in the display currency, with the USD amount beside it when they differ.
    QString money(qint64 usd7) const;
    // What the chosen plan asks the node for (quote and deals alike).
    QuoteRequest order() const;
    // The purchase itself (sign-in, deals, intents, payments); the pages only show it.
    PurchaseSession *session() const { return m_session; }
    // Opens on the payment page to pay deals made earlier and not paid yet (the SLAs page's
    // Pay); call before showing the wizard.
    void resumePayment(const QString &slaId, const QList<Deal> &deals);
    // What the payment page asks for: the quote's total, or the resumed deals' total.
    // What is due, in USD x 10^7 (-1: nothing known yet), and in the display currency.
    qint64 dueUsd7() const;
    QString dueText() const;

    // Renewing an agreement: the requirements start from its deals (same providers, size,
    // redundancy, tier, protocol and term) and the new period follows the old end. Call
    // before showing the wizard.
    struct Renewal
    {
        QString slaId;
        QString name;
        QList<Deal> deals;
        // The old agreement's end, where the new period starts, and the deal whose end it is
        // (sent as the order's renewalOf). Invalid / empty when no deal of it runs any more:
        // then the renewal is a new agreement from its activation.
        QDateTime startsAt;
        QString followsDealId;
    };
    void renewFrom(const QString &slaId, const QString &name, const QList<Deal> &deals,
                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    const std::optional<Renewal> &renewal() const { return m_renewal; }
    // A renewal's new period: from the old end (or now, when that has passed) for the term the
    // requirements ask; both invalid when this is not a renewal.
    QDateTime renewalStart(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    QDateTime renewalEnd(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

signals:
    // The SLA exists on the node (deals created); its id.
    void slaCreated(const QString &slaId);

private:
    AppContext &m_context;
    QStringList m_preselected;
    QStringList m_chosen;
    PurchaseSession *m_session;
    qint64 m_resumeDueUsd7 = 0;
    std::optional<Renewal> m_renewal;
};

} // namespace fb::ui
