#include "models/walletsend.h"

#include "models/accountservice.h"
#include "models/walletservice.h"
#include "wallet/strkey.h"

#include <QDateTime>

namespace fb {

namespace {
constexpr quint32 kStellarFee = 100;    // stroops: the network's base fee
constexpr qint64 kValiditySeconds = 600; // the transaction expires if it is not submitted
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
    return {QStringLiteral("stellar")};
}

Status WalletSend::validate(const Request &r)
{
    if (!supportedChains().contains(r.chain))
        return Status::failure(QStringLiteral("not_supported"),
                               tr("Sending from %1 accounts is not available yet; send from a "
                                  "Stellar (XLM) account.")
                                   .arg(r.chain));
    if (!strkey::decodeAccountId(r.source))
        return Status::failure(QStringLiteral("bad_address"),
                               tr("The sending account %1 is not a Stellar address.")
                                   .arg(r.source));
    if (!strkey::decodeAccountId(r.destination.trimmed()))
        return Status::failure(QStringLiteral("bad_address"),
                               tr("\"%1\" is not a Stellar address: it starts with G and has 56 "
                                  "characters.")
                                   .arg(r.destination.trimmed()));
    if (r.destination.trimmed() == r.source)
        return Status::failure(QStringLiteral("bad_address"),
                               tr("The payment would go back to the account it comes from."));
    if (r.units <= 0)
        return Status::failure(QStringLiteral("bad_amount"), tr("Enter an amount above zero."));
    if (r.memo.toUtf8().size() > 28)
        return Status::failure(QStringLiteral("memo_too_long"),
                               tr("A Stellar memo holds at most 28 bytes; shorten it."));
    return success();
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
        return tr("Review the payment and sign it with your password.");
    case State::Signing:
        return tr("Signing…");
    case State::Submitting:
        return tr("Sending to the ledger…");
    case State::Confirming:
        return tr("Sent; waiting for the ledger to confirm it…");
    case State::Confirmed:
        return tr("Confirmed by the ledger (transaction %1).").arg(m_receipt.hash);
    case State::Failed:
        return m_error.message;
    }
    return {};
}

void WalletSend::cancel()
{
    ++m_generation;
    m_poll.stop();
    if (m_state != State::Confirmed && m_state != State::Confirming &&
        m_state != State::Submitting)
        setState(State::Idle);
}

void WalletSend::prepare(const Request &request)
{
    const quint64 generation = ++m_generation;
    m_request = request;
    m_request.destination = request.destination.trimmed();
    m_error = {};
    m_receipt = {};
    if (auto v = validate(m_request); !v) {
        fail(v.error());
        return;
    }
    if (!m_accounts || !m_accounts->connected() || !m_wallet) {
        fail(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    setState(State::Preparing);
    m_accounts->ledgerNetwork(this, [this, generation](Result<LedgerNetwork> net) {
        if (generation != m_generation)
            return;
        if (!net) {
            fail(net.error());
            return;
        }
        const LedgerNetwork ledger = *net;
        m_accounts->account(m_request.source, this, [this, generation, ledger](
                                                        Result<LedgerAccount> acct) {
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
                fail(Error{QStringLiteral("insufficient_funds"),
                           tr("The account holds %1 XLM; the payment and its fee need %2 XLM.")
                               .arg(formatUnits(QString::number(balance), 7),
                                    formatUnits(QString::number(m_request.units + kStellarFee),
                                                7))});
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
            setState(State::AwaitingSignature);
            emit reviewReady(m_review);
        });
    });
}

void WalletSend::sign(std::shared_ptr<const SecretBytes> password)
{
    if (m_state != State::AwaitingSignature)
        return;
    const quint64 generation = m_generation;
    setState(State::Signing);
    m_wallet->signStellarAccountAsync(
        m_request.index, m_envelope, m_network, std::move(password), this,
        [this, generation](Result<stellar::Envelope> signedEnv) {
            if (generation != m_generation)
                return;
            if (!signedEnv) {
                if (signedEnv.error().code == QLatin1String("wrong_password")) {
                    setState(State::AwaitingSignature);
                    emit passwordRejected(signedEnv.error().message);
                    return;
                }
                fail(signedEnv.error());
                return;
            }
            setState(State::Submitting);
            const QString envelope = QString::fromLatin1(stellar::encodeBase64(*signedEnv));
            m_accounts->transfer(envelope, this, [this, generation](Result<LedgerTransfer> t) {
                if (generation != m_generation)
                    return;
                if (!t) {
                    fail(t.error());
                    return;
                }
                m_receipt = *t;
                setState(State::Confirming);
                m_confirmDeadline = QDateTime::currentMSecsSinceEpoch() + m_confirmTimeoutMs;
                pollConfirmation();
            });
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
                if (e.hash == m_receipt.hash) {
                    setState(State::Confirmed);
                    return;
                }
            }
        }
        if (QDateTime::currentMSecsSinceEpoch() > m_confirmDeadline) {
            fail(Error{QStringLiteral("unconfirmed"),
                       tr("The ledger took the payment (transaction %1) but has not listed it "
                          "yet; look for it in the history later.")
                           .arg(m_receipt.hash)});
            return;
        }
        m_poll.start();
    });
}

} // namespace fb
