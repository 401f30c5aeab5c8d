#include "models/purchasesession.h"

#include "models/formats.h"

#include "models/accountservice.h"
#include "models/modelslog.h"
#include "models/walletservice.h"
#include "wallet/bitcoin.h"
#include "wallet/intentpayment.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace fb {

namespace {
// An exact amount of a coin in its own units ("10.455000 ALGO", "0.00003485 BTC").
QString coinText(qint64 units, const QString &coin)
{
    return Formats().coin(units, coin);
}

constexpr quint32 kStellarFee = 100; // stroops per payment
constexpr int kCheckoutPollMs = 2000;
constexpr int kConfirmPollMs = 2000;
const QString kBitcoinNetwork = QStringLiteral("testnet");

// psbt::review cannot tell the wallet's own coins without the seed (the review comes before the
// password): the wallet's account is known from its cached public key, so its inputs and the
// change back to it are named as the wallet's.
void markOwnCoins(TxReview &r, const WalletService::BitcoinAccount &a)
{
    const QString ours = QCoreApplication::translate("fb::wallet::Review", "ours: %1")
                             .arg(formatDerivationPath(a.path));
    for (TxReviewLine &l : r.lines) {
        if (l.kind == QLatin1String("input") &&
            l.details.contains(
                QCoreApplication::translate("fb::wallet::Review", "from: %1").arg(a.address))) {
            for (QString &d : l.details)
                if (d == QCoreApplication::translate("fb::wallet::Review", "ours: no"))
                    d = ours;
        } else if (l.kind == QLatin1String("output") && l.destination == a.address) {
            l.kind = QStringLiteral("change");
            l.details << ours;
        }
    }
}
// The review names the OP_RETURN output's memo in words, read from the transaction's own bytes:
// it is what tells the node which deal the payment is for.
void describeMemo(TxReview &r, const psbt::Psbt &p)
{
    for (qsizetype i = 0; i < p.tx.outputs.size(); ++i) {
        const qsizetype line = p.tx.inputs.size() + i;
        const QByteArray &script = p.tx.outputs[i].script;
        if (line >= r.lines.size())
            break;
        if (script.size() < 2 || quint8(script.at(0)) != 0x6a)
            continue;
        const int skip = quint8(script.at(1)) == 0x4c ? 3 : 2;
        const QByteArray data = script.mid(skip);
        const QString text = QString::fromUtf8(data);
        const bool printable =
            std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
        const QString memo = printable
                                 ? QStringLiteral("text: \"%1\"").arg(text)
                                 : QStringLiteral("hex: %1").arg(QString::fromLatin1(data.toHex()));
        r.memo = QStringLiteral("OP_RETURN %1").arg(memo);
        r.lines[line].kind = QStringLiteral("memo");
        r.lines[line].details << memo;
    }
}
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
    m_confirmTimer.setInterval(kConfirmPollMs);
    connect(&m_confirmTimer, &QTimer::timeout, this, &PurchaseSession::confirm);
}

void PurchaseSession::setOrder(const QuoteRequest &order, const QString &payCurrency)
{
    const bool same = order.offerIds == m_order.offerIds && order.sizeBytes == m_order.sizeBytes &&
                      order.egressBytes == m_order.egressBytes &&
                      order.durationDays == m_order.durationDays && order.k == m_order.k &&
                      order.protocol == m_order.protocol && order.renewalOf == m_order.renewalOf;
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

qint64 PurchaseSession::dueUnits() const
{
    qint64 sum = 0;
    for (const PaymentIntent &in : m_intents)
        sum += in.amount.units;
    return sum;
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
    m_confirmTimer.stop();
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
    m_signed.clear();
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
    m_confirmTimer.stop();
    if (m_state == State::Confirming)
        m_error = Error{QStringLiteral("stopped"),
                        tr("Stopped following the payment. It was sent: the deal turns Funded "
                           "once the network confirms it, and the SLAs page shows it.")};
    else
        m_error = Error{QStringLiteral("stopped"),
                        tr("Stopped. Nothing was paid; deals already created stay pending on "
                           "the SLAs page.")};
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
    if (i == 0)
        m_confirming.clear();
    if (i >= m_deals.size()) {
        if (!m_intents.isEmpty())
            emit intentsReady();
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
    // A deal whose payment went out already (Bitcoin: it waits for its confirmations) is
    // followed, never paid twice: a new intent would ask for a second payment.
    m_payments->payments(m_deals[i].id, this, [this, run, i](Result<DealPayments> r) {
        if (!alive(run))
            return;
        if (r && r->intent && r->intent->status == QLatin1String("paid")) {
            m_confirming << m_deals[i].id;
            requestIntents(i + 1);
            return;
        }
        requestIntent(i); // (a failed read is not fatal: the intent request tells what is wrong)
    });
}

void PurchaseSession::requestIntent(int i)
{
    const quint64 run = m_run;
    m_payments->intent(m_deals[i].id, m_currency, this, [this, run, i](Result<PaymentIntent> r) {
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

qint64 PurchaseSession::estimatedFee(const QString &coin, const LedgerAccount *account)
{
    if (coin == QLatin1String("XLM"))
        return kStellarFee;
    if (coin == QLatin1String("ALGO"))
        return qint64(std::max(account ? account->minFee : 0, algorand::kMinFee));
    if (coin == QLatin1String("BTC")) {
        // One coin in, escrow and change out, the memo in an OP_RETURN (deal memos are short).
        constexpr qint64 kDevFeeRate = 2; // sat/vB, the development network's minimum
        return intentpay::estimateVsize(1, 2, 40) * kDevFeeRate;
    }
    return 0; // STRK: the development network meters no gas; the card pays no network fee
}

PurchaseSession::Funding PurchaseSession::funding(const LedgerAccount *account, const QString &coin,
                                                  qint64 amountUnits, int payments)
{
    Funding f;
    f.coin = coin;
    f.balance = account ? account->balance(coin) : 0;
    f.developmentNetwork = account ? account->developmentNetwork : true;
    f.amount = std::max<qint64>(amountUnits, 0);
    f.fees = estimatedFee(coin, account) * std::max(payments, 1);
    return f;
}

QString PurchaseSession::Funding::message() const
{
    if (enough())
        return {};
    const QString what =
        PurchaseSession::tr(
            "Your %1 balance (%2) does not cover %3 for the storage plus about %4 of network "
            "fees: %5 is missing.")
            .arg(coin, coinText(balance, coin), coinText(amount, coin), coinText(fees, coin),
                 coinText(needed() - balance, coin));
    const QString next =
        developmentNetwork ? PurchaseSession::tr("Get test funds (free, no value) below, then pay.")
                           : PurchaseSession::tr("Add %1 to your wallet, then pay.").arg(coin);
    return what + QLatin1Char(' ') + next;
}

Error PurchaseSession::insufficientFunds(const QString &coin, qint64 balance, qint64 needed,
                                         bool developmentNetwork) const
{
    const QString what = tr("Your balance (%1) does not cover the payments and their network "
                            "fees (%2).")
                             .arg(coinText(balance, coin), coinText(needed, coin));
    const QString next =
        developmentNetwork
            ? tr("Get test funds (%1, free, no value), then press Pay again.").arg(coin)
            : tr("Add %1 to your wallet, then press Pay again.").arg(coin);
    return Error{QStringLiteral("insufficient_funds"), what + QLatin1Char(' ') + next};
}

void PurchaseSession::prepare()
{
    if (m_intents.isEmpty()) {
        if (!m_confirming.isEmpty()) {
            setState(State::Confirming);
            confirm();
        } else {
            finishPaid();
        }
        return;
    }
    setState(State::Preparing);
    setProgress(3, tr("Preparing the payments…"));
    m_envelopes.clear();
    m_networks.clear();
    m_algorand.clear();
    m_psbts.clear();
    m_starknet.clear();
    m_prepared.clear();
    for (const PaymentIntent &in : std::as_const(m_intents)) {
        if (in.amount.currency != m_currency) {
            fail(Error{QStringLiteral("bad_intent"),
                       tr("The node asked for %1 instead of %2; press Pay again.")
                           .arg(in.amount.currency, m_currency)});
            return;
        }
    }
    if (m_currency == QLatin1String("ALGO"))
        prepareAlgorand();
    else if (m_currency == QLatin1String("BTC"))
        prepareBitcoin();
    else if (m_currency == QLatin1String("STRK"))
        prepareStarknet();
    else
        prepareStellar();
}

void PurchaseSession::prepareStellar()
{
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
            fail(insufficientFunds(QStringLiteral("XLM"), balance, needed,
                                   r->network == QLatin1String("dev")));
            return;
        }
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
            m_prepared << PreparedPayment{in.dealId, in.amount, kStellarFee, QString()};
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

void PurchaseSession::prepareAlgorand()
{
    const QString address = m_wallet->algorandAddress();
    if (address.isEmpty()) {
        fail(Error{QStringLiteral("no_account"),
                   m_wallet->coinAccountsKnown()
                       ? tr("This wallet has no Algorand account (it holds a single Stellar "
                            "key). Pay with XLM or by card.")
                       : tr("Your wallet's Algorand account is not known yet: unlock it once "
                            "with \"Show my addresses\", then press Pay again.")});
        return;
    }
    const quint64 run = m_run;
    m_accounts->account(address, this, [this, run, address](Result<LedgerAccount> r) {
        if (!alive(run))
            return;
        const bool unfunded = !r && r.error().code == QLatin1String("not_found");
        if (!r && !unfunded) {
            fail(r.error());
            return;
        }
        qint64 needed = 0;
        for (const auto &in : std::as_const(m_intents)) {
            const quint64 fee = std::max(in.algorand ? in.algorand->minFee : 0, algorand::kMinFee);
            needed += in.amount.units + qint64(fee);
        }
        const qint64 balance = unfunded ? 0 : r->balance(QStringLiteral("ALGO"));
        if (balance < needed) {
            fail(insufficientFunds(QStringLiteral("ALGO"), balance, needed,
                                   unfunded || r->developmentNetwork));
            return;
        }
        const auto ours = algorand::decodeAddress(address);
        QList<TxReview> reviews;
        for (const PaymentIntent &in : std::as_const(m_intents)) {
            if (!in.algorand) {
                fail(Error{QStringLiteral("bad_intent"),
                           tr("The node's payment details lack the Algorand network; press Pay "
                              "again.")});
                return;
            }
            intentpay::AlgorandIntent ai;
            ai.escrowAddress = in.escrowAddress;
            ai.amount = quint64(in.amount.units);
            ai.memo = in.memo;
            ai.genesisId = in.algorand->genesisId;
            ai.genesisHash = in.algorand->genesisHash;
            ai.firstValid = in.algorand->firstValid;
            ai.lastValid = in.algorand->lastValid;
            ai.minFee = std::max(in.algorand->minFee, algorand::kMinFee);
            auto txn = intentpay::buildAlgorandPayment(address, ai);
            if (!txn) {
                fail(txn.error());
                return;
            }
            m_algorand << *txn;
            m_prepared << PreparedPayment{in.dealId, in.amount, qint64(txn->fee),
                                          algorand::txId(*txn)};
            reviews << intentpay::reviewAlgorandPayment(
                *txn, ai, ours ? std::optional<QByteArray>(*ours) : std::nullopt);
        }
        setState(State::AwaitingSignature);
        setProgress(4, tr("Waiting for your signature…"));
        emit signatureNeeded(reviews);
    });
}

void PurchaseSession::prepareBitcoin()
{
    const WalletService::BitcoinAccount account = m_wallet->bitcoinAccount();
    if (!account.isValid()) {
        fail(Error{QStringLiteral("no_account"),
                   m_wallet->coinAccountsKnown()
                       ? tr("This wallet has no Bitcoin account (it has no recovery phrase). "
                            "Pay with XLM or by card.")
                       : tr("Your wallet's Bitcoin account is not known yet: unlock it once "
                            "with \"Show my addresses\", then press Pay again.")});
        return;
    }
    const quint64 run = m_run;
    m_accounts->account(account.address, this, [this, run, account](Result<LedgerAccount> r) {
        if (!alive(run))
            return;
        const bool unfunded = !r && r.error().code == QLatin1String("not_found");
        if (!r && !unfunded) {
            fail(r.error());
            return;
        }
        QList<intentpay::Coin> coins =
            unfunded ? QList<intentpay::Coin>() : ownCoins(r->utxos, account);
        const qint64 balance = unfunded ? 0 : r->balance(QStringLiteral("BTC"));
        const bool dev = unfunded || r->developmentNetwork;
        // What the payments need at least: each amount and the fee of a one-coin payment.
        qint64 roughNeed = 0;
        for (const PaymentIntent &in : std::as_const(m_intents)) {
            const qint64 rate = in.bitcoin ? in.bitcoin->feeRateSatPerVbyte : 1;
            roughNeed +=
                in.amount.units + intentpay::estimateVsize(1, 2, in.memo.toUtf8().size()) * rate;
        }
        QList<TxReview> reviews;
        for (const PaymentIntent &in : std::as_const(m_intents)) {
            if (!in.bitcoin) {
                fail(Error{QStringLiteral("bad_intent"),
                           tr("The node's payment details lack the Bitcoin escrow; press Pay "
                              "again.")});
                return;
            }
            intentpay::BitcoinIntent bi;
            bi.escrowScript = in.bitcoin->escrowScript;
            bi.amount = in.amount.units;
            bi.memo = in.memo;
            bi.feeRate = std::max<qint64>(in.bitcoin->feeRateSatPerVbyte, 1);
            auto selection = intentpay::selectCoins(coins, bi);
            if (!selection) {
                if (selection.error().code == QLatin1String("insufficient_funds"))
                    fail(insufficientFunds(QStringLiteral("BTC"), balance,
                                           std::max(roughNeed, balance + 1), dev));
                else
                    fail(selection.error());
                return;
            }
            auto p = intentpay::buildBitcoinPsbt(*selection, bi, account.masterFingerprint,
                                                 account.publicKey, account.path);
            if (!p) {
                fail(p.error());
                return;
            }
            // The next payment spends what this one leaves: its coins are gone, its change
            // (back to the same address, output 2) is the next coin. A segwit transaction's id
            // does not change when it is signed.
            for (const intentpay::Coin &used : std::as_const(selection->inputs))
                coins.removeIf([&used](const intentpay::Coin &c) {
                    return c.txid == used.txid && c.vout == used.vout;
                });
            if (selection->change > 0) {
                intentpay::Coin change;
                change.txid = p->tx.txid();
                change.vout = 2;
                change.amount = selection->change;
                change.script = bitcoin::p2wpkhScript(account.publicKey);
                change.prevTx = p->tx.serialize(false);
                change.publicKey = account.publicKey;
                change.path = account.path;
                coins << change;
            }
            TxReview review = intentpay::reviewBitcoinPayment(*p, bi, nullptr, kBitcoinNetwork);
            markOwnCoins(review, account);
            describeMemo(review, *p);
            if (dev)
                review.network = tr("Bitcoin development network (testnet addresses)");
            reviews << review;
            m_prepared << PreparedPayment{in.dealId, in.amount, selection->fee, p->tx.txid()};
            m_psbts << *p;
        }
        setState(State::AwaitingSignature);
        setProgress(4, tr("Waiting for your signature…"));
        emit signatureNeeded(reviews);
    });
}

void PurchaseSession::prepareStarknet()
{
    const QString address = m_wallet->starknetAddress();
    const auto sender = starknet::parseAddress(address);
    if (address.isEmpty() || !sender) {
        fail(Error{QStringLiteral("no_account"),
                   tr("This wallet has no Starknet account: it was made from a single Stellar "
                      "key, without a recovery phrase, and a Starknet key comes from the phrase. "
                      "Pay with XLM or by card, or set up a wallet with a recovery phrase for "
                      "STRK.")});
        return;
    }
    const quint64 run = m_run;
    m_accounts->account(address, this, [this, run, address, sender](Result<LedgerAccount> r) {
        if (!alive(run))
            return;
        const bool unfunded = !r && r.error().code == QLatin1String("not_found");
        if (!r && !unfunded) {
            fail(r.error());
            return;
        }
        const bool dev = unfunded || r->developmentNetwork;
        // The development network does not meter gas: a payment costs its amount, no fee.
        qint64 needed = 0;
        for (const auto &in : std::as_const(m_intents))
            needed += in.amount.units;
        const qint64 balance = unfunded ? 0 : r->balance(QStringLiteral("STRK"));
        if (balance < needed) {
            fail(insufficientFunds(QStringLiteral("STRK"), balance, needed, dev));
            return;
        }
        if (unfunded || !r->deployed) {
            fail(Error{QStringLiteral("not_deployed"),
                       dev ? tr("Your Starknet account %1 holds STRK but is not deployed yet, so "
                                "it cannot send. \"Get development STRK\" deploys it (with your "
                                "wallet's public key); then press Pay again.")
                                 .arg(address)
                           : tr("Your Starknet account %1 is not deployed yet, so it cannot "
                                "send. Deploy it from a Starknet wallet, then press Pay again.")
                                 .arg(address)});
            return;
        }
        qint64 nonce = r->nonce;
        QList<TxReview> reviews;
        for (const PaymentIntent &in : std::as_const(m_intents)) {
            const auto recipient = starknet::parseAddress(in.escrowAddress);
            const auto chainId =
                in.starknet ? stark::Felt::fromShortString(in.starknet->chainId) : std::nullopt;
            std::optional<stark::Felt> token;
            if (in.starknet)
                if (auto t = starknet::parseAddress(in.starknet->token))
                    token = *t;
            // amount x friPerUnit, exactly: the node asks for a power of ten (10^9 fri per unit).
            const QString perUnit =
                in.starknet ? QString::number(in.starknet->friPerUnit) : QString();
            const bool powerOfTen = perUnit.startsWith(QLatin1Char('1')) &&
                                    perUnit.count(QLatin1Char('0')) == perUnit.size() - 1;
            const QString friText = QString::number(in.amount.units) + perUnit.mid(1);
            const auto fri = powerOfTen ? stark::Felt::fromDecimal(friText) : std::nullopt;
            if (!in.starknet || !recipient || !chainId || !token ||
                *token != starknet::strkToken() || !fri || in.amount.units <= 0) {
                fail(Error{QStringLiteral("bad_intent"),
                           tr("The node's payment details lack a valid Starknet deposit address, "
                              "chain or STRK contract; press Pay again.")});
                return;
            }
            starknet::PaymentParams p;
            p.sender = *sender;
            p.recipient = *recipient;
            p.amountFri = *fri;
            p.nonce = stark::Felt::fromUInt(quint64(nonce++));
            p.chainId = *chainId;
            starknet::InvokeV3 tx = starknet::buildStrkPayment(p);
            TxReview review = starknet::review(tx, *sender);
            if (dev) {
                // The platform's own development chain: name it instead of the raw chain id.
                review.network = tr("Starknet development network (%1)").arg(in.starknet->chainId);
                review.testNetwork = true;
                review.warnings.removeIf([](const TxReviewWarning &w) {
                    return w.code == QLatin1String("unknown_network");
                });
                for (TxReviewLine &l : review.lines)
                    if (l.kind == QLatin1String("fee_bounds"))
                        l.details << tr("the development network does not meter gas: no fee "
                                        "is charged");
            }
            // A transfer carries no memo: the deposit address of this deal's intent stands for it.
            review.memo =
                tr("none on Starknet; the deposit address is this payment's own (%1)").arg(in.memo);
            reviews << review;
            m_prepared << PreparedPayment{in.dealId, in.amount, 0,
                                          starknet::transactionHash(tx).toPaddedHex()};
            m_starknet << tx;
        }
        setState(State::AwaitingSignature);
        setProgress(4, tr("Waiting for your signature…"));
        emit signatureNeeded(reviews);
    });
}

void PurchaseSession::askSignatureAgain(const Error &e)
{
    setState(State::AwaitingSignature);
    setProgress(4, tr("Waiting for your signature…"));
    emit signingFailed(e.message);
}

template <typename T>
void PurchaseSession::signWith(const std::function<void(Reply<QList<T>>)> &signCall,
                               const std::function<QString(const T &)> &envelope)
{
    const quint64 run = m_run;
    signCall([this, run, envelope](Result<QList<T>> r) {
        if (!alive(run))
            return;
        if (!r) {
            askSignatureAgain(r.error()); // a wrong password loses nothing
            return;
        }
        m_signed.clear();
        for (const T &t : std::as_const(*r))
            m_signed << envelope(t);
        submit(0);
    });
}

void PurchaseSession::sign(std::shared_ptr<const SecretBytes> password)
{
    if (m_state != State::AwaitingSignature)
        return;
    setState(State::Signing);
    setProgress(4, tr("Signing…"));
    if (m_currency == QLatin1String("ALGO")) {
        signWith<algorand::SignedTransaction>(
            [this, password](Reply<QList<algorand::SignedTransaction>> done) {
                m_wallet->signAlgorandAsync(m_algorand, password, this, std::move(done));
            },
            &intentpay::algorandEnvelope);
    } else if (m_currency == QLatin1String("BTC")) {
        signWith<psbt::Psbt>(
            [this, password](Reply<QList<psbt::Psbt>> done) {
                m_wallet->signBitcoinAsync(m_psbts, password, this, std::move(done));
            },
            &intentpay::bitcoinEnvelope);
    } else if (m_currency == QLatin1String("STRK")) {
        signWith<starknet::InvokeV3>(
            [this, password](Reply<QList<starknet::InvokeV3>> done) {
                m_wallet->signStarknetAsync(m_starknet, password, this, std::move(done));
            },
            [](const starknet::InvokeV3 &tx) {
                return QString::fromUtf8(starknet::toJson(tx)); // the JSON form, as text
            });
    } else {
        signWith<stellar::Envelope>(
            [this, password](Reply<QList<stellar::Envelope>> done) {
                m_wallet->signStellarAsync(m_envelopes, m_networks, password, this,
                                           std::move(done));
            },
            [](const stellar::Envelope &e) {
                return QString::fromLatin1(stellar::encodeBase64(e));
            });
    }
}

Error PurchaseSession::paymentError(int i, const Error &e) const
{
    const int n = int(m_signed.size());
    QString text;
    if (e.code == QLatin1String("intent_expired"))
        text = tr("The payment details for payment %1 of %2 expired before it reached the node; "
                  "nothing was taken for it. Press Pay again: the wallet asks for fresh details.")
                   .arg(i + 1)
                   .arg(n);
    else if (e.code == QLatin1String("payment_refused") ||
             e.code == QLatin1String("payment_replayed"))
        text = tr("The node refused payment %1 of %2: %3 Nothing was taken for it; press Pay to "
                  "build it again.")
                   .arg(i + 1)
                   .arg(n)
                   .arg(e.message);
    else
        text = tr("Payment %1 was refused: %2").arg(i + 1).arg(e.message);
    if (i > 0)
        text = tr("%n earlier payment(s) went through. ", nullptr, i) + text;
    return Error{e.code, text};
}

void PurchaseSession::submit(int i)
{
    setState(State::Submitting);
    if (i >= m_signed.size()) {
        m_paid = int(m_signed.size());
        if (!m_confirming.isEmpty()) {
            setState(State::Confirming);
            confirm();
        } else {
            finishPaid();
        }
        return;
    }
    setProgress(4, tr("Sending payment %1 of %2…").arg(i + 1).arg(m_signed.size()));
    const quint64 run = m_run;
    m_payments->submitPayment(m_intents[i].dealId, m_signed[i], this,
                              [this, run, i](Result<PaymentReceipt> r) {
                                  if (!alive(run))
                                      return;
                                  if (!r) {
                                      fail(paymentError(i, r.error()));
                                      return;
                                  }
                                  for (Deal &d : m_deals)
                                      if (d.id == r->deal.id)
                                          d = r->deal;
                                  // Bitcoin: the deal is Funded once the chain confirmed the
                                  // payment.
                                  if (r->deal.state == DealState::Accepted)
                                      m_confirming << r->deal.id;
                                  emit dealsChanged();
                                  submit(i + 1);
                              });
}

// Follows the paid deals still waiting for their confirmations until they are Funded. The
// network adds the blocks (the development node on its own clock); nothing here mines.
void PurchaseSession::confirm()
{
    if (m_state != State::Confirming)
        return;
    int needed = 1;
    for (const PaymentIntent &in : std::as_const(m_intents))
        if (in.bitcoin)
            needed = std::max(needed, in.bitcoin->confirmationsRequired);
    setProgress(4, tr("Payment sent. Waiting for the Bitcoin network to confirm it (%n "
                      "confirmation(s) needed; the development network adds a block every few "
                      "seconds)…",
                      nullptr, needed));
    m_confirmTimer.start();
    if (m_checking)
        return;
    m_checking = true;
    const quint64 run = m_run;
    m_service->fetchSla(m_slaId, this, [this, run](Result<QList<Deal>> r) {
        m_checking = false;
        if (!alive(run) || m_state != State::Confirming || !r)
            return; // not now; the next tick asks again
        QStringList ended;
        for (const Deal &d : std::as_const(*r)) {
            if (!m_confirming.contains(d.id))
                continue;
            for (Deal &mine : m_deals)
                if (mine.id == d.id)
                    mine = d;
            if (d.state == DealState::Accepted)
                continue;
            m_confirming.removeAll(d.id);
            if (d.state != DealState::Funded && d.state != DealState::Active &&
                d.state != DealState::Completed)
                ended << Formats::dealState(d.state);
            else if (m_signed.isEmpty())
                ++m_paid; // resumed: a payment sent earlier, confirmed now
        }
        emit dealsChanged();
        if (!ended.isEmpty()) {
            fail(Error{QStringLiteral("bad_state"),
                       tr("A deal ended %1 before its payment was confirmed; the escrow returns "
                          "what it received (the SLAs page shows the refund).")
                           .arg(ended.join(QStringLiteral(", ")))});
            return;
        }
        if (m_confirming.isEmpty()) {
            m_confirmTimer.stop();
            finishPaid();
        }
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
    m_confirmTimer.stop();
    // The cache learns of the Funded deals now (a card or a confirmed coin payment does not go
    // through PaymentService); the sync engine then follows them until they are Active.
    if (m_paid > 0 && m_service)
        m_service->refreshSoon();
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
