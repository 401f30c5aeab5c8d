// AccountService: the user's account on the platform node. Signing in proves the wallet's key
// (the node's nonce message signed by account 0, Argon2 off the GUI thread); the development
// network's ledger answers balances and runs the faucet.
#pragma once

#include "models/servicesupport.h"
#include "models/walletledger.h"
#include "wallet/secretbytes.h"
#include "wire/domain.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace fb {

class ApiClient;
class WalletService;

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

    // The development ledgers. address picks the chain: G... Stellar (XLM, USD), a 58-character
    // Algorand address (ALGO), tb1q... Bitcoin (BTC, with its unspent outputs). not_found until
    // the faucet funded it.
    void account(const QString &address, QObject *context, Reply<LedgerAccount> done);
    // Credits development coins (no value) to address; currency "XLM" when empty, units the
    // chain's default when 0. STRK: publicKey (0x hex, WalletService::starknetPublicKey) lets
    // the first credit deploy the account contract; the node refuses a first credit without it.
    void faucet(const QString &address, const QString &currency, QObject *context,
                Reply<LedgerAccount> done, qint64 units = 0, const QString &publicKey = {});
    // Adds count (1..1000) blocks to the development Bitcoin chain at once, so deposits reach
    // their confirmations; answers the new tip height.
    void mineBitcoinBlocks(int count, QObject *context, Reply<qint64> done);
    // The fee rates (sat/vB) the development Bitcoin network suggests per confirmation target
    // (GET /v1/dev/bitcoin/fee-estimate).
    void bitcoinFeeEstimate(QObject *context, Reply<BitcoinFeeEstimate> done);

    static Result<LedgerAccount> parseAccount(const QJsonObject &json);

    // ---- wallet page: the ledger's network, plain transfers, an account's history ----
    // The Stellar network the node's ledger takes transactions on (GET /v1/info).
    void ledgerNetwork(QObject *context, Reply<LedgerNetwork> done);
    // Submits a signed Stellar payment between two ledger accounts (base64 envelope XDR); the
    // development ledger applies it at once. Refusals keep the node's code (payment_refused,
    // payment_replayed) and reason.
    void transfer(const QString &envelope, QObject *context, Reply<LedgerTransfer> done);
    // The same on another development ledger: chain "algorand" (base64 signed transaction),
    // "bitcoin" (finalized PSBT or raw hex; the reply is "unconfirmed" until a block holds it)
    // or "starknet" (the signed INVOKE v3 in its JSON form).
    void transfer(const QString &chain, const QString &envelope, QObject *context,
                  Reply<LedgerTransfer> done);
    // The address's movements, newest first (empty for an address that never moved).
    void history(const QString &address, QObject *context, Reply<QList<LedgerEntry>> done);

private:
    ApiClient *m_api;
    WalletService *m_wallet;
};

} // namespace fb
