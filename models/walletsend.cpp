#include "models/walletsend.h"

#include "models/accountservice.h"
#include "models/walletservice.h"
#include "wallet/bech32.h"
#include "wallet/bitcoin.h"
#include "wallet/intentpayment.h"
#include "wallet/starknet.h"
#include "wallet/strkey.h"
#include "wallet/ur.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace fb {

namespace {
constexpr quint32 kStellarFee = 100;      // stroops: the network's base fee
constexpr qint64 kValiditySeconds = 600;  // the transaction expires if it is not submitted
constexpr quint64 kAlgorandWindow = 1000; // rounds a transaction stays valid (the maximum)
const QString kStellar = QStringLiteral("stellar");
const QString kAlgorand = QStringLiteral("algorand");
const QString kBitcoin = QStringLiteral("bitcoin");
const QString kStarknet = QStringLiteral("starknet");
const QString kBitcoinNetwork = QStringLiteral("testnet"); // the development network's addresses

// The review comes before the password, so psbt::review cannot tell the wallet's own coins: the
// account's cached public side names its inputs and the change back to it as the wallet's.
void markOwnCoins(TxReview &r, const QString &address, const DerivationPath &path)
{
    const QString ours = QCoreApplication::translate("fb::wallet::Review", "ours: %1")
                             .arg(formatDerivationPath(path));
    for (TxReviewLine &l : r.lines) {
        if (l.kind == QLatin1String("input") &&
            l.details.contains(
                QCoreApplication::translate("fb::wallet::Review", "from: %1").arg(address))) {
            for (QString &d : l.details)
                if (d == QCoreApplication::translate("fb::wallet::Review", "ours: no"))
                    d = ours;
        } else if (l.kind == QLatin1String("output") && l.destination == address) {
            l.kind = QStringLiteral("change");
            l.details << ours;
        }
    }
}
} // namespace

WalletSend::WalletSend(WalletService *wallet, AccountService *accounts, QObject *parent)
    : QObject(parent)
    , m_wallet(wallet)
    , m_accounts(accounts)
{
    m_poll.setInterval(250);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &WalletSend::pollConfirmation);
}

QStringList WalletSend::supportedChains()
{
    return {kStellar, kAlgorand, kBitcoin, kStarknet};
}

QString WalletSend::currencyOf(const QString &chain)
{
    if (chain == kAlgorand)
        return QStringLiteral("ALGO");
    if (chain == kBitcoin)
        return QStringLiteral("BTC");
    if (chain == kStarknet)
        return QStringLiteral("STRK");
    return QStringLiteral("XLM");
}

int WalletSend::decimalsOf(const QString &chain)
{
    if (chain == kAlgorand)
        return 6;
    if (chain == kBitcoin)
        return 8;
    if (chain == kStarknet)
        return 9; // the platform counts STRK in nano-STRK
    return 7;
}

qint64 WalletSend::flatFee(const QString &chain)
{
    if (chain == kStellar)
        return kStellarFee;
    if (chain == kAlgorand)
        return qint64(algorand::kMinFee);
    return 0;
}

int WalletSend::memoBytes(const QString &chain)
{
    if (chain == kStellar)
        return 28;
    if (chain == kAlgorand)
        return 1000; // the note (Algorand allows 1024)
    return 0;
}

Status WalletSend::validateAddress(const QString &chain, const QString &input)
{
    const QString text = input.trimmed();
    auto bad = [](const QString &message) {
        return Status::failure(QStringLiteral("bad_address"), message);
    };
    if (text.isEmpty())
        return bad(tr("Enter the recipient's address."));
    if (chain == kAlgorand) {
        if (auto a = algorand::decodeAddress(text); !a)
            return bad(tr("\"%1\" is not an Algorand address: 58 characters, capital letters "
                          "and digits 2 to 7, ending in a checksum (%2).")
                           .arg(text, a.error().message));
        return success();
    }
    if (chain == kBitcoin) {
        if (text.startsWith(QLatin1String("bc1"), Qt::CaseInsensitive) ||
            text.startsWith(QLatin1Char('1')) || text.startsWith(QLatin1Char('3')))
            return Status::failure(QStringLiteral("wrong_network"),
                                   tr("\"%1\" is a Bitcoin mainnet address; the development "
                                      "network takes testnet addresses (tb1q…).")
                                       .arg(text));
        auto a = bech32::decodeSegwit(text, bitcoin::hrp(kBitcoinNetwork));
        if (!a)
            return bad(tr("\"%1\" is not a Bitcoin address of the development network: it "
                          "starts with tb1q (%2).")
                           .arg(text, a.error().message));
        if (a->version != 0 || a->program.size() != 20)
            return bad(tr("Send to a native segwit address (tb1q…, P2WPKH); \"%1\" is another "
                          "kind.")
                           .arg(text));
        return success();
    }
    if (chain == kStarknet) {
        const bool hex =
            text.startsWith(QLatin1String("0x")) && text.size() > 2 && text.size() <= 66;
        auto a = hex ? starknet::parseAddress(text) : Result<stark::Felt>(Error{});
        if (!hex || !a || a->isZero())
            return bad(tr("\"%1\" is not a Starknet address: 0x and up to 64 hexadecimal "
                          "digits.")
                           .arg(text));
        return success();
    }
    if (!strkey::decodeAccountId(text))
        return bad(tr("\"%1\" is not a Stellar address: it starts with G and has 56 "
                      "characters.")
                       .arg(text));
    return success();
}

Status WalletSend::validate(const Request &r)
{
    if (!supportedChains().contains(r.chain))
        return Status::failure(QStringLiteral("not_supported"),
                               tr("Sending from %1 accounts is not available.").arg(r.chain));
    if (auto s = validateAddress(r.chain, r.source); !s)
        return Status::failure(
            QStringLiteral("bad_address"),
            tr("The sending account %1 is not an address of its chain.").arg(r.source));
    if (auto s = validateAddress(r.chain, r.destination); !s)
        return s;
    const QString to = r.destination.trimmed();
    const bool same = r.chain == kStarknet
                          ? starknet::parseAddress(to) && starknet::parseAddress(r.source) &&
                                *starknet::parseAddress(to) == *starknet::parseAddress(r.source)
                          : to == r.source;
    if (same)
        return Status::failure(QStringLiteral("bad_address"),
                               tr("The payment would go back to the account it comes from."));
    if (r.units <= 0)
        return Status::failure(QStringLiteral("bad_amount"), tr("Enter an amount above zero."));
    if (r.chain == kBitcoin && r.units < intentpay::kDust)
        return Status::failure(QStringLiteral("bad_amount"),
                               tr("Send at least %1 BTC (%2 sat): a smaller output is dust that "
                                  "Bitcoin nodes do not relay.")
                                   .arg(formatUnits(QString::number(intentpay::kDust), 8))
                                   .arg(intentpay::kDust));
    const int memo = memoBytes(r.chain);
    if (r.memo.toUtf8().size() > memo) {
        if (memo == 0)
            return Status::failure(
                QStringLiteral("memo_too_long"),
                tr("A %1 transfer carries no memo; leave it empty.").arg(currencyOf(r.chain)));
        return Status::failure(QStringLiteral("memo_too_long"),
                               r.chain == kStellar
                                   ? tr("A Stellar memo holds at most 28 bytes; shorten it.")
                                   : tr("The note holds at most %1 bytes; shorten it.").arg(memo));
    }
    if (r.chain == kBitcoin && r.feeRate < 0)
        return Status::failure(QStringLiteral("bad_fee"), tr("Choose a fee rate above zero."));
    return success();
}

QString WalletSend::unitsText(qint64 units) const
{
    return QStringLiteral("%1 %2").arg(
        formatUnits(QString::number(units), decimalsOf(m_request.chain)),
        currencyOf(m_request.chain));
}

void WalletSend::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
    if (s == State::Confirmed || s == State::Failed)
        emit finished();
}

void WalletSend::fail(const Error &e)
{
    m_poll.stop();
    m_error = e;
    setState(State::Failed);
}

QString WalletSend::statusText() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Preparing:
        return tr("Preparing the payment…");
    case State::AwaitingSignature:
        return tr("Review the payment and sign it with your password. Network fee: %1.")
            .arg(unitsText(m_fee));
    case State::Signing:
        return tr("Signing…");
    case State::Submitting:
        return tr("Sending to the ledger…");
    case State::Confirming:
        if (m_request.chain == kBitcoin)
            return tr("Sent; unconfirmed (%n confirmation(s)): waiting for the next Bitcoin "
                      "block…",
                      nullptr, std::max(0, m_confirmations));
        return tr("Sent; waiting for the ledger to confirm it…");
    case State::Confirmed:
        if (m_request.chain == kBitcoin)
            return tr("Confirmed in a Bitcoin block, %n confirmation(s) (transaction %1).", nullptr,
                      std::max(1, m_confirmations))
                .arg(m_receipt.hash);
        return tr("Confirmed by the ledger (transaction %1).").arg(m_receipt.hash);
    case State::Failed:
        return m_error.message;
    }
    return {};
}

void WalletSend::cancel()
{
    ++m_generation;
    m_signedElsewhere.clear();
    m_poll.stop();
    if (m_state != State::Confirmed && m_state != State::Confirming && m_state != State::Submitting)
        setState(State::Idle);
}

void WalletSend::prepare(const Request &request)
{
    const quint64 generation = ++m_generation;
    m_request = request;
    m_request.destination = request.destination.trimmed();
    m_error = {};
    m_receipt = {};
    m_fee = 0;
    m_feeRate = 0;
    m_vsize = 0;
    m_confirmations = -1;
    m_madeAtLedger = -1;
    m_signedElsewhere.clear();
    if (auto v = validate(m_request); !v) {
        fail(v.error());
        return;
    }
    if (!m_accounts || !m_accounts->connected() || !m_wallet) {
        fail(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    if (m_request.chain == kStarknet) // the canonical form the ledger and the review use
        m_request.destination =
            starknet::formatAddress(*starknet::parseAddress(m_request.destination));
    setState(State::Preparing);
    if (m_request.chain == kAlgorand)
        prepareAlgorand(generation);
    else if (m_request.chain == kBitcoin)
        prepareBitcoin(generation);
    else if (m_request.chain == kStarknet)
        prepareStarknet(generation);
    else
        prepareStellar(generation);
}

void WalletSend::reviewed(TxReview review)
{
    m_review = std::move(review);
    m_madeAt = QDateTime::currentDateTimeUtc();
    setState(State::AwaitingSignature);
    emit reviewReady(m_review);
}

void WalletSend::prepareStellar(quint64 generation)
{
    m_accounts->ledgerNetwork(this, [this, generation](Result<LedgerNetwork> net) {
        if (generation != m_generation)
            return;
        if (!net) {
            fail(net.error());
            return;
        }
        const LedgerNetwork ledger = *net;
        m_accounts->account(
            m_request.source, this, [this, generation, ledger](Result<LedgerAccount> acct) {
                if (generation != m_generation)
                    return;
                if (!acct) {
                    fail(acct.error().code == QLatin1String("not_found")
                             ? Error{QStringLiteral("not_funded"),
                                     tr("The account %1 has no funds on the ledger yet.")
                                         .arg(m_request.source)}
                             : acct.error());
                    return;
                }
                const qint64 balance = acct->balance(QStringLiteral("XLM"));
                if (balance < m_request.units + kStellarFee) {
                    fail(Error{
                        QStringLiteral("insufficient_funds"),
                        tr("The account holds %1 XLM; the payment and its fee need %2 XLM.")
                            .arg(formatUnits(QString::number(balance), 7),
                                 formatUnits(QString::number(m_request.units + kStellarFee), 7))});
                    return;
                }
                stellar::PaymentParams p;
                p.source = m_request.source;
                p.destination = m_request.destination;
                p.amount = m_request.units;
                p.asset = QStringLiteral("XLM");
                p.sequence = acct->sequence + 1;
                p.fee = kStellarFee;
                p.maxTime = quint64(QDateTime::currentSecsSinceEpoch() + kValiditySeconds);
                p.memo.type = stellar::MemoText; // the ledger takes text memos, possibly empty
                p.memo.text = m_request.memo.toUtf8();
                auto env = stellar::buildPayment(p);
                if (!env) {
                    fail(env.error());
                    return;
                }
                m_envelope = *env;
                m_madeAtLedger = p.sequence;
                m_network = stellar::network(ledger.passphrase);
                const auto ourKey = strkey::decodeAccountId(m_request.source);
                m_review = stellar::review(m_envelope, m_network, ourKey ? *ourKey : QByteArray());
                if (!m_network.known) {
                    // The platform's own network: name it instead of the raw passphrase.
                    m_review.network = ledger.network;
                    m_review.testNetwork = ledger.developmentNetwork;
                    m_review.warnings.removeIf([](const TxReviewWarning &w) {
                        return w.code == QLatin1String("unknown_network");
                    });
                }
                m_fee = kStellarFee;
                reviewed(m_review);
            });
    });
}

void WalletSend::prepareAlgorand(quint64 generation)
{
    const QString own = m_wallet->accountAddress(kAlgorand, m_request.index);
    if (own.isEmpty() || m_request.source != own) {
        fail(Error{QStringLiteral("not_supported"),
                   own.isEmpty()
                       ? tr("The wallet does not know its Algorand account #%1 yet: add it "
                            "with \"Add an account\", then send again.")
                             .arg(m_request.index)
                       : tr("Send ALGO from the wallet's Algorand account #%1 (%2).")
                             .arg(m_request.index)
                             .arg(own)});
        return;
    }
    m_accounts->account(m_request.source, this, [this, generation](Result<LedgerAccount> acct) {
        if (generation != m_generation)
            return;
        const bool unfunded = !acct && acct.error().code == QLatin1String("not_found");
        if (!acct && !unfunded) {
            fail(acct.error());
            return;
        }
        const qint64 fee =
            qint64(std::max<quint64>(unfunded ? 0 : acct->minFee, algorand::kMinFee));
        const qint64 balance = unfunded ? 0 : acct->balance(QStringLiteral("ALGO"));
        if (balance < m_request.units + fee) {
            fail(Error{QStringLiteral("insufficient_funds"),
                       tr("The account holds %1; the payment and its fee need %2.")
                           .arg(unitsText(balance), unitsText(m_request.units + fee))});
            return;
        }
        if (acct->genesisHash.size() != 32 || acct->genesisId.isEmpty() || acct->round == 0) {
            fail(Error{QStringLiteral("bad_reply"),
                       tr("The ledger did not name its Algorand network (genesis and round).")});
            return;
        }
        auto from = algorand::decodeAddress(m_request.source);
        auto to = algorand::decodeAddress(m_request.destination);
        if (!from || !to) {
            fail(Error{QStringLiteral("bad_address"), tr("Not an Algorand address.")});
            return;
        }
        algorand::Transaction t;
        t.type = QStringLiteral("pay");
        t.sender = *from;
        t.receiver = *to;
        t.amount = quint64(m_request.units);
        t.fee = quint64(fee);
        t.firstValid = acct->round;
        t.lastValid = acct->round + kAlgorandWindow;
        t.genesisId = acct->genesisId;
        t.genesisHash = acct->genesisHash;
        t.note = m_request.memo.toUtf8();
        m_algorand = t;
        m_madeAtLedger = qint64(acct->round);
        m_fee = fee;
        TxReview review = algorand::review(t, *from);
        if (!algorand::networkByGenesisId(t.genesisId) && acct->developmentNetwork) {
            // The platform's own development network: name it instead of warning.
            review.warnings.removeIf([](const TxReviewWarning &w) {
                return w.code == QLatin1String("unknown_network");
            });
            review.network = tr("%1 (development network)").arg(t.genesisId);
            review.testNetwork = true;
        }
        reviewed(review);
    });
}

void WalletSend::prepareBitcoin(quint64 generation)
{
    if (m_request.feeRate > 0) {
        prepareBitcoinAt(generation, m_request.feeRate);
        return;
    }
    // The node's "normal" estimate; a node without one gets the network's floor.
    m_accounts->bitcoinFeeEstimate(this, [this, generation](Result<BitcoinFeeEstimate> e) {
        if (generation != m_generation)
            return;
        const qint64 normal = e ? e->rateOf(QStringLiteral("normal")) : 0;
        prepareBitcoinAt(generation, normal > 0 ? normal : kBitcoinFeeRate);
    });
}

void WalletSend::prepareBitcoinAt(quint64 generation, qint64 feeRate)
{
    const WalletService::BitcoinAccount account = m_wallet->bitcoinAccount(m_request.index);
    if (!account.isValid() || m_request.source != account.address) {
        fail(Error{QStringLiteral("not_supported"),
                   account.isValid() ? tr("Send BTC from the wallet's Bitcoin account #%1 (%2).")
                                           .arg(m_request.index)
                                           .arg(account.address)
                   : m_request.index == 0
                       ? tr("This wallet has no Bitcoin account (it has no recovery phrase).")
                       : tr("The wallet does not know the key of its Bitcoin account #%1 yet: "
                            "add it with \"Add an account\", then send again.")
                             .arg(m_request.index)});
        return;
    }
    m_feeRate = feeRate;
    m_accounts->account(
        m_request.source, this, [this, generation, account, feeRate](Result<LedgerAccount> acct) {
            if (generation != m_generation)
                return;
            const bool unfunded = !acct && acct.error().code == QLatin1String("not_found");
            if (!acct && !unfunded) {
                fail(acct.error());
                return;
            }
            const QList<intentpay::Coin> coins =
                unfunded ? QList<intentpay::Coin>() : ownCoins(acct->utxos, account);
            qint64 balance = 0;
            for (const intentpay::Coin &c : coins)
                balance += c.amount;
            auto to = bech32::decodeSegwit(m_request.destination, bitcoin::hrp(kBitcoinNetwork));
            if (!to) {
                fail(Error{QStringLiteral("bad_address"), to.error().message});
                return;
            }
            intentpay::BitcoinIntent bi;
            bi.escrowScript = bech32::scriptPubKey(0, to->program); // the recipient
            bi.amount = m_request.units;
            bi.feeRate = feeRate;
            auto selection = intentpay::selectCoins(coins, bi);
            if (!selection) {
                if (selection.error().code == QLatin1String("insufficient_funds")) {
                    const qint64 need =
                        m_request.units +
                        intentpay::estimateVsize(int(std::max<qsizetype>(1, coins.size())), 2, -1) *
                            feeRate;
                    fail(Error{QStringLiteral("insufficient_funds"),
                               tr("The account holds %1; the payment and its fee (%2 sat/vB) need "
                                  "about %3.")
                                   .arg(unitsText(balance))
                                   .arg(feeRate)
                                   .arg(unitsText(need))});
                } else {
                    fail(selection.error());
                }
                return;
            }
            auto p = intentpay::buildBitcoinPsbt(*selection, bi, account.masterFingerprint,
                                                 account.publicKey, account.path);
            if (!p) {
                fail(p.error());
                return;
            }
            m_psbt = *p;
            m_madeAtLedger = unfunded ? -1 : acct->height;
            m_fee = selection->fee;
            m_vsize = selection->vsize;
            TxReview review = psbt::review(*p, nullptr, kBitcoinNetwork);
            markOwnCoins(review, account.address, account.path);
            if (unfunded || acct->developmentNetwork)
                review.network = tr("Bitcoin development network (testnet addresses)");
            reviewed(review);
        });
}

void WalletSend::prepareStarknet(quint64 generation)
{
    const QString address = m_wallet->accountAddress(kStarknet, m_request.index);
    if (address.isEmpty() || m_request.source != address) {
        fail(Error{QStringLiteral("not_supported"),
                   address.isEmpty() && m_request.index > 0
                       ? tr("The wallet does not know its Starknet account #%1 yet: add it with "
                            "\"Add an account\", then send again.")
                             .arg(m_request.index)
                   : address.isEmpty()
                       ? tr("This wallet has no Starknet account: a Starknet key comes from a "
                            "recovery phrase.")
                       : tr("Send STRK from the wallet's Starknet account (%1).").arg(address)});
        return;
    }
    m_accounts->account(address, this, [this, generation, address](Result<LedgerAccount> acct) {
        if (generation != m_generation)
            return;
        const bool unfunded = !acct && acct.error().code == QLatin1String("not_found");
        if (!acct && !unfunded) {
            fail(acct.error());
            return;
        }
        const bool dev = unfunded || acct->developmentNetwork;
        const qint64 balance = unfunded ? 0 : acct->balance(QStringLiteral("STRK"));
        // An undeployed account cannot send whatever it holds: say how to deploy it first.
        if (unfunded || !acct->deployed) {
            fail(Error{QStringLiteral("not_deployed"),
                       dev ? tr("Your Starknet account %1 is not deployed yet, so it cannot send. "
                                "\"Get development coins\" deploys it (with your wallet's public "
                                "key); then send again.")
                                 .arg(address)
                           : tr("Your Starknet account %1 is not deployed yet, so it cannot "
                                "send. Deploy it from a Starknet wallet first.")
                                 .arg(address)});
            return;
        }
        // The development network does not meter gas: a transfer costs its amount, no fee.
        if (balance < m_request.units) {
            fail(Error{QStringLiteral("insufficient_funds"),
                       tr("The account holds %1; the payment needs %2.")
                           .arg(unitsText(balance), unitsText(m_request.units))});
            return;
        }
        const auto sender = starknet::parseAddress(address);
        const auto recipient = starknet::parseAddress(m_request.destination);
        const auto chainId = stark::Felt::fromShortString(acct->chainId);
        const QString friText = QString::number(m_request.units) + QStringLiteral("000000000");
        const auto fri = stark::Felt::fromDecimal(friText);
        if (!sender || !recipient || !chainId || !fri || acct->chainId.isEmpty()) {
            fail(Error{QStringLiteral("bad_reply"),
                       tr("The ledger did not name its Starknet chain.")});
            return;
        }
        starknet::PaymentParams p;
        p.sender = *sender;
        p.recipient = *recipient;
        p.amountFri = *fri;
        p.nonce = stark::Felt::fromUInt(quint64(acct->nonce));
        p.chainId = *chainId;
        m_starknet = starknet::buildStrkPayment(p);
        m_madeAtLedger = acct->nonce;
        m_fee = 0;
        TxReview review = starknet::review(m_starknet, *sender);
        if (dev) {
            review.network = tr("Starknet development network (%1)").arg(acct->chainId);
            review.testNetwork = true;
            review.warnings.removeIf([](const TxReviewWarning &w) {
                return w.code == QLatin1String("unknown_network");
            });
            for (TxReviewLine &l : review.lines)
                if (l.kind == QLatin1String("fee_bounds"))
                    l.details << tr("the development network does not meter gas: no fee is "
                                    "charged");
        }
        reviewed(review);
    });
}

bool WalletSend::signingFailed(const Error &e)
{
    if (e.code == QLatin1String("wrong_password")) {
        setState(State::AwaitingSignature);
        emit passwordRejected(e.message);
        return true;
    }
    fail(e);
    return false;
}

// The one transaction of a single-payment batch, signed: its envelope is submitted; anything
// else (a wrong password included) ends the signing step.
template <typename T, typename ToEnvelope>
std::function<void(Result<QList<T>>)> WalletSend::onSigned(quint64 generation,
                                                           ToEnvelope toEnvelope)
{
    return [this, generation, toEnvelope](Result<QList<T>> s) {
        if (generation != m_generation)
            return;
        if (!s || s->size() != 1) {
            signingFailed(s ? Error{QStringLiteral("sign_failed"), tr("Not signed.")} : s.error());
            return;
        }
        submit(generation, toEnvelope(s->first()));
    };
}

void WalletSend::sign(std::shared_ptr<const SecretBytes> password)
{
    if (m_state != State::AwaitingSignature)
        return;
    const quint64 generation = m_generation;
    setState(State::Signing);
    if (m_request.chain == kAlgorand) {
        m_wallet->signAlgorandAccountAsync(
            m_request.index, {m_algorand}, std::move(password), this,
            onSigned<algorand::SignedTransaction>(
                generation, [](const auto &t) { return intentpay::algorandEnvelope(t); }));
        return;
    }
    if (m_request.chain == kBitcoin) {
        m_wallet->signBitcoinAsync({m_psbt}, std::move(password), this,
                                   onSigned<psbt::Psbt>(generation, [](const auto &t) {
                                       return intentpay::bitcoinEnvelope(t);
                                   }));
        return;
    }
    if (m_request.chain == kStarknet) {
        m_wallet->signStarknetAccountAsync(
            m_request.index, {m_starknet}, std::move(password), this,
            onSigned<starknet::InvokeV3>(
                generation, [](const auto &t) { return QString::fromUtf8(starknet::toJson(t)); }));
        return;
    }
    m_wallet->signStellarAccountAsync(
        m_request.index, m_envelope, m_network, std::move(password), this,
        [this, generation](Result<stellar::Envelope> signedEnv) {
            if (generation != m_generation)
                return;
            if (!signedEnv) {
                signingFailed(signedEnv.error());
                return;
            }
            submit(generation, QString::fromLatin1(stellar::encodeBase64(*signedEnv)));
        });
}

void WalletSend::submit(quint64 generation, const QString &envelope)
{
    setState(State::Submitting);
    m_accounts->transfer(
        m_request.chain, envelope, this, [this, generation](Result<LedgerTransfer> t) {
            if (generation != m_generation)
                return;
            if (!t) {
                fail(t.error());
                return;
            }
            m_receipt = *t;
            m_confirmations = t->confirmations;
            setState(State::Confirming);
            m_confirmDeadline =
                QDateTime::currentMSecsSinceEpoch() +
                (m_request.chain == kBitcoin ? m_bitcoinConfirmTimeoutMs : m_confirmTimeoutMs);
            pollConfirmation();
        });
}

void WalletSend::pollConfirmation()
{
    const quint64 generation = m_generation;
    m_accounts->history(m_request.source, this, [this, generation](Result<QList<LedgerEntry>> h) {
        if (generation != m_generation || m_state != State::Confirming)
            return;
        if (h) {
            for (const LedgerEntry &e : std::as_const(*h)) {
                if (e.hash != m_receipt.hash)
                    continue;
                // Bitcoin: listed at once, confirmed once a block holds it.
                if (e.confirmations == 0) {
                    if (m_confirmations != 0) {
                        m_confirmations = 0;
                        emit stateChanged(m_state);
                    }
                    break;
                }
                m_confirmations = e.confirmations;
                setState(State::Confirmed);
                return;
            }
        }
        if (QDateTime::currentMSecsSinceEpoch() > m_confirmDeadline) {
            if (m_request.chain == kBitcoin) {
                fail(Error{QStringLiteral("unconfirmed"),
                           tr("The ledger took the payment (transaction %1) but no block holds "
                              "it yet; it stays unconfirmed in the history until one does.")
                               .arg(m_receipt.hash)});
                return;
            }
            fail(Error{QStringLiteral("unconfirmed"),
                       tr("The ledger took the payment (transaction %1) but has not listed it "
                          "yet; look for it in the history later.")
                           .arg(m_receipt.hash)});
            return;
        }
        m_poll.start(m_request.chain == kBitcoin ? 1000 : 250);
    });
}

// ---- Sign on another device ----

QString WalletSend::transactionId() const
{
    if (m_state == State::Idle || m_state == State::Preparing || m_review.lines.isEmpty())
        return {};
    if (m_request.chain == kAlgorand)
        return algorand::txId(m_algorand);
    if (m_request.chain == kBitcoin)
        return m_psbt.tx.txid();
    if (m_request.chain == kStarknet)
        return starknet::transactionHash(m_starknet).toPaddedHex();
    return QString::fromLatin1(stellar::hash(m_envelope, m_network).toHex());
}

QString WalletSend::exportSummary() const
{
    if (m_state != State::AwaitingSignature)
        return {};
    QStringList lines;
    lines << tr("Payment of %1").arg(unitsText(m_request.units));
    lines << tr("From: %1").arg(m_request.source);
    lines << tr("To: %1").arg(m_request.destination);
    if (!m_request.memo.isEmpty())
        lines
            << (m_request.chain == kAlgorand ? tr("Note: %1") : tr("Memo: %1")).arg(m_request.memo);
    lines << (m_request.chain == kBitcoin
                  ? tr("Network fee: %1 (%2 sat/vB)").arg(unitsText(m_fee)).arg(kBitcoinFeeRate)
                  : tr("Network fee: %1").arg(unitsText(m_fee)));
    lines << tr("Total leaving the account: %1").arg(unitsText(m_request.units + m_fee));
    lines << tr("Network: %1").arg(m_review.network);
    QString made =
        tr("Made at %1").arg(m_madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    if (m_madeAtLedger >= 0) {
        if (m_request.chain == kAlgorand)
            made += tr(", round %1 (valid until round %2)")
                        .arg(m_madeAtLedger)
                        .arg(m_algorand.lastValid);
        else if (m_request.chain == kBitcoin)
            made += tr(", block height %1").arg(m_madeAtLedger);
        else if (m_request.chain == kStarknet)
            made += tr(", account nonce %1").arg(m_madeAtLedger);
        else
            made += tr(", account sequence %1").arg(m_madeAtLedger);
    }
    lines << made;
    if (m_request.chain == kStellar && m_envelope.tx.cond.maxTime > 0)
        lines << tr("Valid until %1: sign and bring it back before then.")
                     .arg(QDateTime::fromSecsSinceEpoch(qint64(m_envelope.tx.cond.maxTime), Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    lines << tr("Transaction %1").arg(transactionId());
    return lines.join(QLatin1Char('\n'));
}

Result<SigningExport> WalletSend::unsignedRequest() const
{
    if (m_state != State::AwaitingSignature)
        return Error{QStringLiteral("wrong_state"),
                     tr("No payment is waiting for a signature now.")};
    offlinetx::Chain chain = offlinetx::Chain::Stellar;
    QByteArray payload;
    QString network;
    offlinetx::ExporterContext context;
    context.madeAt = m_madeAt;
    context.summary = exportSummary();
    SigningExport e;
    e.label = tr("The payment");
    e.urType = ur::kTypeBytes;
    if (m_request.chain == kAlgorand) {
        chain = offlinetx::Chain::Algorand;
        algorand::SignedTransaction unsignedTxn;
        unsignedTxn.txn = m_algorand;
        payload = algorand::encodeFile({unsignedTxn});
        network = m_algorand.genesisId;
        // The round the ledger was at: the signer estimates the expiry from it.
        context.round = m_algorand.firstValid;
    } else if (m_request.chain == kBitcoin) {
        chain = offlinetx::Chain::Bitcoin;
        payload = m_psbt.serialize();
        network = kBitcoinNetwork;
        // As Sparrow and hardware signers take it: the bare PSBT.
        e.urType = ur::kTypePsbt;
        e.urPayload = payload;
    } else if (m_request.chain == kStarknet) {
        chain = offlinetx::Chain::Starknet;
        payload = starknet::toJson(m_starknet);
        network = starknet::chainName(m_starknet.chainId);
    } else {
        payload = stellar::encode(m_envelope);
        network = m_network.passphrase;
    }
    e.transactionId = transactionId();
    e.request = offlinetx::signingRequest(chain, network, payload, context);
    if (e.urPayload.isEmpty())
        e.urPayload = e.request;
    e.fileName = QStringLiteral("send-%1-%2.json")
                     .arg(offlinetx::chainName(chain), e.transactionId.left(8).toLower());
    return e;
}

QList<SigningExport> WalletSend::signingExports() const
{
    auto e = unsignedRequest();
    return e ? QList<SigningExport>{*e} : QList<SigningExport>{};
}

Result<int> WalletSend::addSigned(QByteArrayView bytes)
{
    if (m_state != State::AwaitingSignature)
        return Error{QStringLiteral("wrong_state"),
                     tr("No payment is waiting for a signature now.")};
    auto tx =
        offlinetx::decode(bytes, m_request.chain == kStellar ? m_network.passphrase : QString());
    if (!tx)
        return tx.error();
    const QString chain = offlinetx::chainName(tx->chain);
    if (chain != m_request.chain)
        return Error{QStringLiteral("not_this_payment"),
                     tr("This is a %1 transaction; the payment is in %2. Import what the signer "
                        "wrote for this payment.")
                         .arg(chain, currencyOf(m_request.chain))};
    const QString id = offlinetx::transactionId(*tx);
    if (id.compare(transactionId(), Qt::CaseInsensitive) != 0)
        return Error{QStringLiteral("not_this_payment"),
                     tr("This signed transaction (%1) is not the payment exported here (%2), or "
                        "it was changed. Nothing was sent: export this payment again and sign "
                        "what was exported.")
                         .arg(id, transactionId())};
    signelsewhere::Signer signer;
    if (m_request.chain == kStellar) {
        signer.stellarNetwork = m_network;
        signer.stellarSource = m_envelope.tx.source.key;
    }
    if (m_request.chain == kStarknet)
        signer.starknetPublicKey = m_wallet->starknetPublicKey();
    auto submission = signelsewhere::signedSubmission(*tx, signer, tr("The payment"));
    if (!submission)
        return submission.error();
    m_signedElsewhere = *submission;
    return 0;
}

Result<Ok> WalletSend::submitSigned()
{
    if (m_state != State::AwaitingSignature)
        return Error{QStringLiteral("wrong_state"),
                     tr("No payment is waiting for a signature now.")};
    if (m_signedElsewhere.isEmpty())
        return Error{QStringLiteral("not_complete"),
                     tr("The payment is not signed yet: import what the signer wrote first.")};
    const QString envelope = std::exchange(m_signedElsewhere, QString());
    submit(m_generation, envelope);
    return Ok{};
}

Result<Ok> WalletSend::submitSigned(QByteArrayView bytes)
{
    if (auto r = addSigned(bytes); !r)
        return r.error();
    return submitSigned();
}

} // namespace fb
