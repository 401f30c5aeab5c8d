#include "models/accountservice.h"

#include "models/apiclient.h"
#include "models/walletservice.h"

namespace fb {

AccountService::AccountService(ApiClient *api, WalletService *wallet, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_wallet(wallet)
{}

bool AccountService::connected() const
{
    return m_api && !m_api->baseUrl().isEmpty();
}

bool AccountService::signedIn() const
{
    if (!m_api || !m_api->session() || !m_wallet)
        return false;
    const QString address = m_wallet->stellarAddress();
    return !address.isEmpty() && m_api->session()->isSignedIn() &&
           m_api->session()->address() == address;
}

QString AccountService::signedInAddress() const
{
    return m_api && m_api->session() && m_api->session()->isSignedIn() ? m_api->session()->address()
                                                                       : QString();
}

void AccountService::signIn(std::shared_ptr<const SecretBytes> password, QObject *context,
                            Reply<Ok> done)
{
    auto reply = guarded(context, std::move(done));
    if (!m_api || !m_wallet || !m_wallet->exists()) {
        reply(Error{QStringLiteral("no_wallet"),
                    tr("Set up a wallet first: it is your account on the platform.")});
        return;
    }
    QPointer<WalletService> wallet(m_wallet);
    auto signError = std::make_shared<QString>();
    m_api->loginAsync(
        m_wallet->stellarAddress(),
        [wallet, password, signError](const QByteArray &message,
                                      std::function<void(QByteArray)> signature) {
            if (!wallet) {
                signature({});
                return;
            }
            wallet->signMessageAsync(message, password, nullptr,
                                     [signError, signature](Result<QByteArray> s) {
                                         if (!s) {
                                             *signError = s.error().message;
                                             signature({});
                                             return;
                                         }
                                         signature(*s);
                                     });
        },
        [reply, signError](Status s) {
            if (s) {
                reply(Ok{});
                return;
            }
            // A wrong password is the wallet's error, not the node's.
            if (!signError->isEmpty())
                reply(Error{QStringLiteral("wrong_password"), *signError});
            else
                reply(Error{s.error().code, tr("Sign-in failed: %1").arg(s.error().message)});
        });
}

void AccountService::signOut()
{
    if (m_api && m_api->session())
        m_api->session()->clear();
}

Result<LedgerAccount> AccountService::parseAccount(const QJsonObject &json)
{
    auto a = LedgerAccount::fromJson(json);
    if (!a)
        return badReply(tr("Your account"), a.error().message);
    return a;
}

void AccountService::account(const QString &address, QObject *context, Reply<LedgerAccount> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->get(QStringLiteral("/v1/dev/accounts/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(address)),
               {}, [reply](const ApiResponse &r) {
                   if (!r.ok()) {
                       reply(platformError(r, tr("Your account could not be read")));
                       return;
                   }
                   reply(parseAccount(r.json));
               });
}

void AccountService::faucet(const QString &address, const QString &currency, QObject *context,
                            Reply<LedgerAccount> done, qint64 units, const QString &publicKey)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    QJsonObject body{{QStringLiteral("address"), address}};
    if (!currency.isEmpty())
        body.insert(QStringLiteral("currency"), currency);
    if (units > 0)
        body.insert(QStringLiteral("units"), units);
    if (!publicKey.isEmpty())
        body.insert(QStringLiteral("publicKey"), publicKey);
    m_api->post(QStringLiteral("/v1/dev/faucet"), body, [reply](const ApiResponse &r) {
        if (!r.ok()) {
            reply(platformError(r, tr("The faucet refused")));
            return;
        }
        auto a = parseAccount(r.json);
        if (!a) // an older node answers something else; the credit happened all the same
            reply(LedgerAccount{});
        else
            reply(std::move(a));
    });
}

void AccountService::mineBitcoinBlocks(int count, QObject *context, Reply<qint64> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->post(QStringLiteral("/v1/dev/bitcoin/blocks"), {{QStringLiteral("count"), count}},
                [reply](const ApiResponse &r) {
                    const QString what = tr("No new Bitcoin blocks");
                    if (!r.ok()) {
                        reply(platformError(r, what));
                        return;
                    }
                    const QJsonValue h = r.json.value(QStringLiteral("height"));
                    const qint64 height = h.isDouble() ? h.toInteger(-1) : -1;
                    if (height < 0) {
                        reply(badReply(what, tr("no height")));
                        return;
                    }
                    reply(height);
                });
}

void AccountService::bitcoinFeeEstimate(QObject *context, Reply<BitcoinFeeEstimate> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->get(QStringLiteral("/v1/dev/bitcoin/fee-estimate"), {},
               typedReply<BitcoinFeeEstimate>(reply, tr("The Bitcoin fee estimate")));
}

// ---- wallet page: the ledger's network, plain transfers, an account's history ----

void AccountService::ledgerNetwork(QObject *context, Reply<LedgerNetwork> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->get(QStringLiteral("/v1/info"), {},
               typedReply<LedgerNetwork>(reply, tr("The platform's network")));
}

void AccountService::transfer(const QString &envelope, QObject *context, Reply<LedgerTransfer> done)
{
    transfer(QStringLiteral("stellar"), envelope, context, std::move(done));
}

void AccountService::transfer(const QString &chain, const QString &envelope, QObject *context,
                              Reply<LedgerTransfer> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->post(QStringLiteral("/v1/dev/transfers"),
                {{QStringLiteral("chain"), chain}, {QStringLiteral("envelope"), envelope}},
                typedReply<LedgerTransfer>(reply, tr("The payment was not sent")));
}

void AccountService::history(const QString &address, QObject *context,
                             Reply<QList<LedgerEntry>> done)
{
    auto reply = guarded(context, std::move(done));
    if (!connected()) {
        reply(Error{QStringLiteral("offline"), tr("Not connected to a platform node.")});
        return;
    }
    m_api->get(QStringLiteral("/v1/dev/accounts/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(address)) +
                   QStringLiteral("/history"),
               {}, typedListReply<LedgerEntry>(reply, tr("The account's history")));
}

} // namespace fb
