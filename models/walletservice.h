// WalletService: the app's embedded wallet, one keystore file in the data directory
// (<data>/wallet/wallet.fbks). It never keeps a secret: every signature asks for the password,
// opens the keystore, signs and wipes. The public addresses are cached in the settings (they
// are not secret) so the app can show them without unlocking.
//
// Opening the keystore runs Argon2id (about half a second): the *Async calls run it on a worker
// thread and answer on the context's thread, so the window keeps painting; the plain calls run
// on the caller's thread (the command line, workers and tests).
#pragma once

#include "models/servicesupport.h"
#include "wallet/keystore.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"

#include <QObject>

namespace fb {

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
    void signStellarAsync(QList<stellar::Envelope> envelopes, QList<stellar::Network> networks,
                          std::shared_ptr<const SecretBytes> password, QObject *context,
                          Reply<QList<stellar::Envelope>> done) const;
    // Signs an arbitrary message (a login nonce) with account 0's ed25519 key.
    Result<QByteArray> signMessage(const QByteArray &message, const SecretBytes &password) const;
    void signMessageAsync(const QByteArray &message, std::shared_ptr<const SecretBytes> password,
                          QObject *context, Reply<QByteArray> done) const;

signals:
    void changed();

private:
    QString m_dataDir;
};

} // namespace fb
