#include "models/purchasesession.h"

#include "models/accountservice.h"
#include "models/modelslog.h"
#include "models/walletservice.h"

#include <QDateTime>

namespace fb {

namespace {
QString xlmText(qint64 stroops)
{
    return QStringLiteral("%1 XLM").arg(formatUnits(QString::number(stroops), 7));
}

constexpr quint32 kStellarFee = 100; // stroops per payment
constexpr int kCheckoutPollMs = 2000;
} // namespace

PurchaseSession::PurchaseSession(DealService *deals, PaymentService *payments,
                                 AccountService *accounts, WalletService *wallet, QObject *parent)
    : QObject(parent)
    , m_service(deals)
    , m_payments(payments)
    , m_accounts(accounts)
    , m_wallet(wallet)
{
    m_checkoutTimer.setInterval(kCheckoutPollMs);
    connect(&m_checkoutTimer, &QTimer::timeout, this, &PurchaseSession::checkCheckout);
}

void PurchaseSession::setOrder(const QuoteRequest &order, const QString &payCurrency)
{
    const bool same = order.offerIds == m_order.offerIds && order.sizeBytes == m_order.sizeBytes &&
                      order.egressBytes == m_order.egressBytes &&
                      order.durationDays == m_order.durationDays && order.k == m_order.k &&
                      order.protocol == m_order.protocol;
    m_order = order;
    m_currency = payCurrency.isEmpty() ? QStringLiteral("XLM") : payCurrency;
    if (!same && !busy()) { // another order: the deals made for the old one are not this one's
        m_resumeIds.clear();
        m_slaId.clear();
        m_deals.clear();
        m_intents.clear();
        m_paid = 0;
        setState(State::Idle);
    }
}

void PurchaseSession::resume(const QString &slaId, const QList<Deal> &deals,
                             const QString &payCurrency)
{
    if (busy() || slaId.isEmpty() || deals.isEmpty())
        return;
    m_order = {};
    for (const Deal &d : deals)
        m_order.offerIds << d.offerId;
    m_currency = payCurrency.isEmpty() ? QStringLiteral("XLM") : payCurrency;
    m_slaId = slaId;
    m_deals = deals;
    m_resumeIds.clear();
    for (const Deal &d : deals)
        m_resumeIds << d.id;
    m_intents.clear();
    m_paid = 0;
    m_error = {};
    setState(State::Idle);
}

bool PurchaseSession::busy() const
{
    switch (m_state) {
    case State::Idle:
    case State::Paid:
    case State::Failed:
    case State::Stopped:
        return false;
    default:
        return true;
    }
}

qint64 PurchaseSession::dueUsd7() const
{
    qint64 sum = 0;
    for (const Deal &d : m_deals)
        if (d.state == DealState::Accepted)
            sum += d.total.units;
    return sum;
}

void PurchaseSession::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

void PurchaseSession::setProgress(int step, const QString &text)
{
    m_step = step;
    m_status = text;
    emit progress(step, text);
}

void PurchaseSession::fail(const Error &e)
{
    m_checkoutTimer.stop();
    m_error = e;
    qCInfo(lcApp) << "purchase stopped:" << e.code;
    setState(State::Failed);
    emit finished();
}

void PurchaseSession::start()
{
    if (busy())
        return;
    ++m_run;
    m_error = {};
    m_paid = 0;
    if (!m_service || !m_service->connected() || !m_payments) {
        fail(Error{QStringLiteral("offline"),
                   tr("Not connected to a platform node; check Settings.")});
        return;
    }
    if (!m_wallet || !m_wallet->exists()) {
        fail(Error{QStringLiteral("no_wallet"),
                   tr("Set up a wallet first: it is your account on the platform.")});
        return;
    }
    if (m_accounts && m_accounts->signedIn()) {
        createDeals();
        return;
    }
    setState(State::SigningIn);
    setProgress(0, tr("Signing in…"));
    emit passwordNeeded();
}

void PurchaseSession::signIn(std::shared_ptr<const SecretBytes> password)
{
    if (m_state != State::SigningIn || !m_accounts)
        return;
    const quint64 run = m_run;
    m_accounts->signIn(password, this, [this, run](Result<Ok> r) {
        if (!alive(run))
            return;
        if (!r) {
            fail(r.error());
            return;
        }
        createDeals();
    });
}

void PurchaseSession::decline()
{
    if (m_state == State::SigningIn) {
        ++m_run;
        m_error = {};
        setState(State::Idle);
        setProgress(0, QString());
        emit finished();
        return;
    }
    if (m_state != State::AwaitingSignature)
        return;
    fail(Error{QStringLiteral("not_signed"),
               tr("Not signed. Nothing was paid; press Pay to review the payments again.")});
}

void PurchaseSession::stop()
{
    if (!busy())
        return;
    ++m_run;
    m_checkoutTimer.stop();
    m_error = Error{QStringLiteral("stopped"),
                    tr("Stopped. Nothing was paid; deals already created stay pending on the "
                       "SLAs page.")};
    setState(State::Stopped);
    emit finished();
}

void PurchaseSession::createDeals()
{
    if (!m_slaId.isEmpty() && !m_deals.isEmpty()) {
        // A retry: the agreement exists; refresh its deals (a provider may have accepted since).
        setState(State::RequestingIntents);
        setProgress(1, tr("Reading your agreement…"));
        const quint64 run = m_run;
        m_service->fetchSla(m_slaId, this, [this, run](Result<QList<Deal>> r) {
            if (!alive(run))
                return;
            if (r && !r->isEmpty()) {
                QList<Deal> deals = *r;
                if (!m_resumeIds.isEmpty()) // paying some deals of an SLA: only those
                    deals.removeIf([this](const Deal &d) { return !m_resumeIds.contains(d.id); });
                if (!deals.isEmpty())
                    m_deals = deals;
                emit dealsChanged();
            }
            m_intents.clear();
            requestIntents(0);
        });
        return;
    }
    setState(State::CreatingDeals);
    setProgress(1, tr("Creating the agreement with %n provider(s)…", nullptr,
                      int(m_order.offerIds.size())));
    const quint64 run = m_run;
    m_service->create(m_order, this, [this, run](Result<CreatedSla> r) {
        if (!alive(run))
            return;
        if (!r) {
            fail(r.error());
            return;
        }
        m_slaId = r->slaId;
        m_deals = r->deals;
        emit slaCreated(m_slaId);
        emit dealsChanged();
        m_intents.clear();
        requestIntents(0);
    });
}

void PurchaseSession::requestIntents(int i)
{
    setState(State::RequestingIntents);
    if (i == 0 && payByCard()) {
        startCheckout(0);
        return;
    }
    if (i >= m_deals.size()) {
        prepare();
        return;
    }
    if (m_deals[i].state != DealState::Accepted) {
        // Not accepted yet (paid later from the SLAs page), or paid already.
        requestIntents(i + 1);
        return;
    }
    setProgress(2, tr("Asking for payment details (%1 of %2)…").arg(i + 1).arg(m_deals.size()));
    const quint64 run = m_run;
    m_payments->intent(m_deals[i].id, QStringLiteral("XLM"), this,
                       [this, run, i](Result<PaymentIntent> r) {
                           if (!alive(run))
                               return;
                           if (!r) {
                               fail(r.error());
                               return;
                           }
                           m_intents << *r;
                           requestIntents(i + 1);
                       });
}

void PurchaseSession::prepare()
{
    if (m_intents.isEmpty()) {
        finishPaid();
        return;
    }
    setState(State::Preparing);
    setProgress(3, tr("Preparing the payments…"));
    const QString address = m_wallet->stellarAddress();
    const quint64 run = m_run;
    m_accounts->account(address, this, [this, run, address](Result<LedgerAccount> r) {
        if (!alive(run))
            return;
        if (!r) {
            fail(r.error());
            return;
        }
        qint64 needed = 0;
        for (const auto &in : std::as_const(m_intents))
            needed += in.amount.units + kStellarFee;
        const qint64 balance = r->balance(QStringLiteral("XLM"));
        if (balance < needed) {
            fail(Error{QStringLiteral("insufficient_funds"),
                       tr("Your balance (%1) does not cover the payments (%2). Add funds, then "
                          "press Pay again.")
                           .arg(xlmText(balance), xlmText(needed))});
            return;
        }
        m_envelopes.clear();
        m_networks.clear();
        QList<TxReview> reviews;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < m_intents.size(); ++i) {
            const PaymentIntent &in = m_intents[i];
            stellar::PaymentParams p;
            p.source = address;
            p.destination = in.escrowAddress;
            p.amount = in.amount.units;
            p.asset = QStringLiteral("XLM");
            p.sequence = r->sequence + 1 + i;
            p.fee = kStellarFee;
            p.maxTime = quint64(qMin(in.expiresAt.toSecsSinceEpoch(), now + 600));
            p.memo.type = stellar::MemoText;
            p.memo.text = in.memo.toUtf8();
            auto env = stellar::buildPayment(p);
            if (!env) {
                fail(env.error());
                return;
            }
            m_envelopes << *env;
            const auto net = stellar::network(in.networkPassphrase);
            m_networks << net;
            TxReview review = stellar::review(*env, net);
            if (!net.known) {
                // The platform's own development network: name it instead of the raw phrase.
                review.network = in.network;
                review.testNetwork = true;
                review.warnings.removeIf([](const TxReviewWarning &w) {
                    return w.code == QLatin1String("unknown_network");
                });
            }
            reviews << review;
        }
        setState(State::AwaitingSignature);
        setProgress(4, tr("Waiting for your signature…"));
        emit signatureNeeded(reviews);
    });
}

void PurchaseSession::sign(std::shared_ptr<const SecretBytes> password)
{
    if (m_state != State::AwaitingSignature)
        return;
    setState(State::Signing);
    setProgress(4, tr("Signing…"));
    const quint64 run = m_run;
    m_wallet->signStellarAsync(m_envelopes, m_networks, password, this,
                               [this, run](Result<QList<stellar::Envelope>> r) {
                                   if (!alive(run))
                                       return;
                                   if (!r) {
                                       // Ask again (a wrong password loses nothing).
                                       setState(State::AwaitingSignature);
                                       setProgress(4, tr("Waiting for your signature…"));
                                       emit signingFailed(r.error().message);
                                       return;
                                   }
                                   m_signed.clear();
                                   for (const auto &e : std::as_const(*r))
                                       m_signed << QString::fromLatin1(stellar::encodeBase64(e));
                                   submit(0);
                               });
}

void PurchaseSession::submit(int i)
{
    setState(State::Submitting);
    if (i >= m_signed.size()) {
        m_paid = int(m_signed.size());
        finishPaid();
        return;
    }
    setProgress(4, tr("Sending payment %1 of %2…").arg(i + 1).arg(m_signed.size()));
    const quint64 run = m_run;
    m_payments->submitPayment(
        m_intents[i].dealId, m_signed[i], this, [this, run, i](Result<PaymentReceipt> r) {
            if (!alive(run))
                return;
            if (!r) {
                fail(Error{r.error().code,
                           tr("Payment %1 was refused: %2").arg(i + 1).arg(r.error().message)});
                return;
            }
            submit(i + 1);
        });
}

void PurchaseSession::startCheckout(int i)
{
    while (i < m_deals.size() && m_deals[i].state != DealState::Accepted)
        ++i; // a provider that has not accepted yet is paid later, from the SLAs page
    if (i >= m_deals.size()) {
        m_checkoutTimer.stop();
        m_checkoutDeal = -1;
        finishPaid();
        return;
    }
    setState(State::AwaitingCheckout);
    setProgress(3, tr("Opening the checkout (%1 of %2)…").arg(i + 1).arg(m_deals.size()));
    const quint64 run = m_run;
    m_payments->checkout(m_deals[i].id, this, [this, run, i](Result<QUrl> r) {
        if (!alive(run))
            return;
        if (!r) {
            fail(r.error());
            return;
        }
        m_checkoutDeal = i;
        setProgress(4, tr("Card payment %1 of %2").arg(i + 1).arg(m_deals.size()));
        m_checkoutTimer.start();
        emit checkoutReady(i, int(m_deals.size()), *r, m_deals[i].total.units);
    });
}

void PurchaseSession::checkCheckout()
{
    if (m_state != State::AwaitingCheckout || m_checking || m_checkoutDeal < 0 ||
        m_checkoutDeal >= m_deals.size())
        return;
    m_checking = true;
    const int i = m_checkoutDeal;
    const quint64 run = m_run;
    m_service->fetch(m_deals[i].id, this, [this, run, i](Result<Deal> r) {
        m_checking = false;
        if (!alive(run) || i != m_checkoutDeal || m_state != State::AwaitingCheckout)
            return;
        if (!r || r->state != DealState::Funded)
            return; // not yet; the next tick asks again
        m_deals[i] = *r;
        ++m_paid;
        emit dealsChanged();
        m_checkoutTimer.stop();
        startCheckout(i + 1);
    });
}

void PurchaseSession::finishPaid()
{
    m_checkoutTimer.stop();
    if (m_paid > 0)
        setProgress(5, payByCard() ? tr("Paid by card. The escrow holds your payment.")
                                   : tr("Paid. The escrow holds your payment."));
    else
        setProgress(m_step, tr("The providers have not accepted yet; you will pay once they do "
                               "(SLAs page)."));
    setState(State::Paid);
    emit finished();
}

} // namespace fb
