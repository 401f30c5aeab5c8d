// AccountService: the user's account on the platform node. Signing in proves the wallet's key
// (the node's nonce message signed by account 0, Argon2 off the GUI thread); the development
// network's ledger answers balances and runs the faucet.
#pragma once

#include "models/servicesupport.h"
#include "wallet/secretbytes.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fb {

class ApiClient;
class WalletService;

// An account on the node's development ledger (GET /v1/dev/accounts/{address}).
struct LedgerAccount
{
    QString chain;
    QString network;
    QString address;
    qint64 sequence = 0;            // the account's last sequence number (Stellar)
    QHash<QString, qint64> balances; // "XLM": stroops, "USD:<issuer>": units
    qint64 balance(const QString &asset) const { return balances.value(asset); }
};

class AccountService : public QObject
{
    Q_OBJECT

public:
    AccountService(ApiClient *api, WalletService *wallet, QObject *parent = nullptr);

    bool connected() const;
    // Signed in with this wallet's account (tokens for its address).
    bool signedIn() const;
    QString signedInAddress() const;
    // Signs in with the wallet's account 0: the password opens the keystore off the GUI thread.
    void signIn(std::shared_ptr<const SecretBytes> password, QObject *context, Reply<Ok> done);
    void signOut();

    // The development ledger.
    void account(const QString &address, QObject *context, Reply<LedgerAccount> done);
    // Credits development coins (no value) to address; currency "XLM" when empty.
    void faucet(const QString &address, const QString &currency, QObject *context,
                Reply<LedgerAccount> done);

    static Result<LedgerAccount> parseAccount(const QJsonObject &json);

private:
    ApiClient *m_api;
    WalletService *m_wallet;
};

} // namespace fb
