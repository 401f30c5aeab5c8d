// WalletService: the app's embedded wallet, one keystore file in the data directory
// (<data>/wallet/wallet.fbks). Every signature opens the keystore with the password, signs and
// wipes the keys. The password itself is kept only by the unlocked session (security(): in
// sodium memory, until the wallet locks), which every successful *Async call here feeds, so the
// app asks for it once per session. The public addresses are cached in the settings (they are
// not secret) so the app can show them without unlocking.
//
// Opening the keystore runs Argon2id (about half a second): the *Async calls run it on a worker
// thread and answer on the context's thread, so the window keeps painting; the plain calls run
// on the caller's thread (the command line, workers and tests).
#pragma once

#include "models/servicesupport.h"
#include "wallet/algorand.h"
#include "wallet/derivationpath.h"
#include "wallet/keystore.h"
#include "wallet/psbt.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"

#include <QObject>

namespace fb {

class WalletSecurity;

class WalletService : public QObject
{
    Q_OBJECT
public:
    explicit WalletService(const QString &dataDir, QObject *parent = nullptr);

    QString keystorePath() const;
    bool exists() const;
    // The cached Stellar account (G…) of account 0, or empty before the wallet exists.
    QString stellarAddress() const;
    // The cached Starknet account of account 0 (Argent X key scheme, OpenZeppelin account
    // contract), or empty for a wallet that holds no recovery phrase.
    QString starknetAddress() const;
    // The settings key of that cached address (public, never a secret).
    static QString addressSettingsKey();
    static QString starknetSettingsKey();
    // The Stark public key (0x hex) that account checks: the development network's faucet
    // deploys the account for it on its first credit. Empty for a wallet without a recovery
    // phrase or made before the key was cached (see rememberCoinAccountsAsync).
    QString starknetPublicKey() const;
    // The same for Starknet account index (derived with deriveAccounts; empty before).
    QString starknetPublicKey(quint32 index) const;

    // Writes the keystore for these secrets (refuses to replace an existing one) and caches
    // the public addresses.
    Status create(const keystore::Secrets &secrets, const SecretBytes &password,
                  const keystore::Params &params = keystore::defaultParams());
    void createAsync(std::shared_ptr<const keystore::Secrets> secrets,
                     std::shared_ptr<const SecretBytes> password, const keystore::Params &params,
                     QObject *context, Reply<Ok> done);
    // Opens the keystore to check a password (errors: wrong_password, ...).
    Result<keystore::Secrets> unlock(const SecretBytes &password) const;
    void unlockAsync(std::shared_ptr<const SecretBytes> password, QObject *context,
                     std::function<void(Result<keystore::Secrets>)> done) const;
    // Signs Stellar envelopes with account 0, each on its network, unlocking the keystore once.
    // All or nothing: on any failure no envelope is changed.
    Status signStellar(QList<stellar::Envelope> &envelopes, const QList<stellar::Network> &networks,
                       const SecretBytes &password) const;
    // Signs a Starknet INVOKE v3 transaction sent by account 0's Starknet account.
    // Errors: not_our_account, not_supported (no recovery phrase), wrong_password, ...
    Status signStarknet(starknet::InvokeV3 &tx, const SecretBytes &password) const;
    // Signs Starknet INVOKE v3 transactions of account 0 off the calling thread, unlocking the
    // keystore once. All or nothing.
    void signStarknetAsync(QList<starknet::InvokeV3> txs,
                           std::shared_ptr<const SecretBytes> password, QObject *context,
                           Reply<QList<starknet::InvokeV3>> done) const;
    // The same for the Starknet account at index (its key: ArgentX scheme at that index).
    void signStarknetAccountAsync(quint32 index, QList<starknet::InvokeV3> txs,
                                  std::shared_ptr<const SecretBytes> password, QObject *context,
                                  Reply<QList<starknet::InvokeV3>> done) const;
    void signStellarAsync(QList<stellar::Envelope> envelopes, QList<stellar::Network> networks,
                          std::shared_ptr<const SecretBytes> password, QObject *context,
                          Reply<QList<stellar::Envelope>> done) const;

    // ---- paying intents in ALGO and BTC ----
    // Account 0 on Algorand (SLIP-0010 m/44'/283'/0') and on Bitcoin (BIP84 P2WPKH, testnet
    // format tb1q... as the development network takes it, m/84'/1'/0'/0/0). Their public side is
    // cached in the settings when the wallet is made, so a payment can be built and reviewed
    // before the password is asked. Change goes back to the same Bitcoin address, so the whole
    // balance stays in the one account the node's ledger reports.
    struct BitcoinAccount
    {
        QString address;      // tb1q...
        QByteArray publicKey; // 33 bytes, compressed
        DerivationPath path;  // m/84'/1'/0'/0/0
        quint32 masterFingerprint = 0;
        QString network = QStringLiteral("testnet");
        bool isValid() const { return !address.isEmpty() && publicKey.size() == 33; }
    };
    // Empty before the wallet exists, for a wallet that holds no such account (a single Stellar
    // key has no Algorand or Bitcoin account) or made before these were cached (see
    // rememberCoinAccountsAsync).
    QString algorandAddress() const;
    BitcoinAccount bitcoinAccount() const;
    // Bitcoin account index (m/84'/1'/0'/0/index, the wallet page's "Bitcoin #index"): index 0
    // as above, the others once deriveAccounts cached their public key. Invalid otherwise.
    BitcoinAccount bitcoinAccount(quint32 index) const;
    // The cached address of the wallet's own account (chain, index), or empty.
    QString accountAddress(const QString &chain, quint32 index) const;
    // Whether the wallet's keys can have these accounts at all (known without the password only
    // after rememberCoinAccountsAsync or for a wallet made by this version).
    bool coinAccountsKnown() const;
    static QString algorandSettingsKey();
    static QString bitcoinSettingsKey();
    // Opens the keystore once (off the GUI thread) and caches the public Algorand and Bitcoin
    // accounts (and the Starknet public key) of a wallet made before they were cached. Errors:
    // wrong_password, ...
    void rememberCoinAccountsAsync(std::shared_ptr<const SecretBytes> password, QObject *context,
                                   Reply<Ok> done);
    // Signs Algorand transactions sent by account 0, unlocking the keystore once. All or
    // nothing. Errors: not_our_account (another sender), not_supported (no Algorand account),
    // wrong_password, ...
    Result<QList<algorand::SignedTransaction>>
    signAlgorand(const QList<algorand::Transaction> &txns, const SecretBytes &password) const;
    void signAlgorandAsync(QList<algorand::Transaction> txns,
                           std::shared_ptr<const SecretBytes> password, QObject *context,
                           Reply<QList<algorand::SignedTransaction>> done) const;
    // The same with the key of Algorand account index (m/44'/283'/index').
    void signAlgorandAccountAsync(quint32 index, QList<algorand::Transaction> txns,
                                  std::shared_ptr<const SecretBytes> password, QObject *context,
                                  Reply<QList<algorand::SignedTransaction>> done) const;
    // Signs every input of these PSBTs that derives from the wallet's seed (BIP84, testnet coin
    // type) and finalizes them, unlocking once. All or nothing. Errors: not_our_coins (an input
    // the wallet cannot sign), not_supported (no recovery phrase), wrong_password, ...
    Result<QList<psbt::Psbt>> signBitcoin(const QList<psbt::Psbt> &psbts,
                                          const SecretBytes &password) const;
    void signBitcoinAsync(QList<psbt::Psbt> psbts, std::shared_ptr<const SecretBytes> password,
                          QObject *context, Reply<QList<psbt::Psbt>> done) const;
    // Signs an arbitrary message (a login nonce) with account 0's ed25519 key.
    Result<QByteArray> signMessage(const QByteArray &message, const SecretBytes &password) const;
    void signMessageAsync(const QByteArray &message, std::shared_ptr<const SecretBytes> password,
                          QObject *context, Reply<QByteArray> done) const;

    // ---- wallet page: accounts per chain, watch-only addresses, password change ----
    // An account the wallet page shows: one of the keystore's (chain and index) or a watch-only
    // address (no key here). Only public data, cached in the settings.
    struct Account
    {
        QString chain; // "stellar", "algorand", "bitcoin", "starknet"
        quint32 index = 0;
        QString address;
        bool watchOnly = false;
        bool operator==(const Account &) const = default;
    };
    // The cached accounts: Stellar and Starknet account 0 always (when the wallet has them),
    // the derived ones (deriveAccounts), then the watch-only addresses.
    QList<Account> accounts() const;
    // Chains whose accounts the wallet can derive ("stellar", "algorand", "bitcoin",
    // "starknet").
    static QStringList derivableChains();
    // Opens the keystore once, derives the public address of each (chain, index) and caches
    // them (Bitcoin on the development network's testnet format, with its public key so Send
    // can build a payment from it before the password). Errors: wrong_password,
    // not_supported (a single-key wallet has no such account), ...
    Result<QList<Account>> deriveAccounts(const QList<std::pair<QString, quint32>> &wanted,
                                          const SecretBytes &password);
    struct Derived; // the addresses and the Bitcoin public keys one derivation learns
    void deriveAccountsAsync(QList<std::pair<QString, quint32>> wanted,
                             std::shared_ptr<const SecretBytes> password, QObject *context,
                             Reply<QList<Account>> done);
    // Watch-only addresses: shown with their balance and history, never signed for.
    void addWatchOnly(const QString &chain, const QString &address);
    void removeWatchOnly(const QString &address);
    // Re-encrypts the keystore under a new password with the file's own Argon2 parameters. The
    // file is replaced atomically (temporary, fsync, rename): a kill at any instant leaves the
    // old keystore or the new one. Errors: wrong_password, io_error, ...
    Status changePassword(const SecretBytes &oldPassword, const SecretBytes &newPassword) const;
    void changePasswordAsync(std::shared_ptr<const SecretBytes> oldPassword,
                             std::shared_ptr<const SecretBytes> newPassword, QObject *context,
                             Reply<Ok> done) const;
    // Signs one Stellar envelope with the key of Stellar account index.
    void signStellarAccountAsync(quint32 index, stellar::Envelope envelope,
                                 stellar::Network network,
                                 std::shared_ptr<const SecretBytes> password, QObject *context,
                                 Reply<stellar::Envelope> done) const;

    // The unlocked session (made on first use): the password kept for the idle time, lock now,
    // lock on sleep. Every *Async call that opens the keystore reports to it: a success keeps
    // the password, a wrong password forgets it.
    WalletSecurity *security() const;

signals:
    void changed();

private:
    template <typename T>
    std::function<void(Result<T>)> watched(std::shared_ptr<const SecretBytes> password,
                                           std::function<void(Result<T>)> done) const;
    mutable WalletSecurity *m_security = nullptr;
    void cacheAccounts(const Derived &derived); // wallet page
    QString m_dataDir;
};

} // namespace fb
