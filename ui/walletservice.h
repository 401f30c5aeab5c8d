// WalletService: the app's embedded wallet, one keystore file in the data directory
// (<data>/wallet/wallet.fbks). It never keeps a secret: every signature asks for the password,
// opens the keystore, signs and wipes. The public addresses are cached in the settings (they
// are not secret) so the app can show them without unlocking.
#pragma once

#include "wallet/keystore.h"
#include "wallet/starknettx.h"
#include "wallet/stellar.h"

#include <QObject>

namespace fb::ui {

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

    // Writes the keystore for these secrets (refuses to replace an existing one) and caches
    // the public addresses.
    Status create(const keystore::Secrets &secrets, const SecretBytes &password,
                  const keystore::Params &params = keystore::defaultParams());
    // Opens the keystore to check a password (errors: wrong_password, ...).
    Result<keystore::Secrets> unlock(const SecretBytes &password) const;
    // Signs Stellar envelopes with account 0, each on its network, unlocking the keystore once.
    // All or nothing: on any failure no envelope is changed.
    Status signStellar(QList<stellar::Envelope> &envelopes, const QList<stellar::Network> &networks,
                       const SecretBytes &password) const;
    // Signs a Starknet INVOKE v3 transaction sent by account 0's Starknet account.
    // Errors: not_our_account, not_supported (no recovery phrase), wrong_password, ...
    Status signStarknet(starknet::InvokeV3 &tx, const SecretBytes &password) const;
    // Signs an arbitrary message (a login nonce) with account 0's ed25519 key.
    Result<QByteArray> signMessage(const QByteArray &message, const SecretBytes &password) const;

signals:
    void changed();

private:
    QString m_dataDir;
};

} // namespace fb::ui
