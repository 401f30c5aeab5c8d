#include "ui/walletservice.h"

#include "ui/settingskeys.h"
#include "wallet/slip10.h"
#include "wallet/strkey.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QThread>
#include <QtConcurrent>

namespace fb::ui {

WalletService::WalletService(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    // Temporaries a kill left while a keystore was being written go at the next start.
    keystore::removeStaleTemporaries(keystorePath());
}

QString WalletService::keystorePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("wallet/wallet.fbks"));
}

bool WalletService::exists() const
{
    return QFileInfo::exists(keystorePath());
}

namespace {

// Account 0's Starknet key and address as the wallet uses them.
Result<std::pair<SecretBytes, stark::Felt>> starknetAccount(const keystore::Secrets &secrets)
{
    auto seed = keystore::bip39Seed(secrets);
    if (!seed)
        return seed.error();
    auto key = starknet::privateKeyFromSeed(*seed, starknet::KeyScheme::ArgentX, 0);
    if (!key)
        return key.error();
    auto pub = stark::publicKey(*key);
    if (!pub)
        return pub.error();
    const stark::Felt address =
        starknet::accountAddress(*pub, starknet::knownAccountClasses().first());
    return std::pair<SecretBytes, stark::Felt>(std::move(*key), address);
}

} // namespace

QString WalletService::starknetAddress() const
{
    if (!exists())
        return {};
    return QSettings().value(SettingsKeys::walletStarknetAddress()).toString();
}

QString WalletService::stellarAddress() const
{
    if (!exists())
        return {};
    return QSettings().value(SettingsKeys::walletStellarAddress()).toString();
}

Status WalletService::create(const keystore::Secrets &secrets, const SecretBytes &password,
                             const keystore::Params &params)
{
    if (exists()) {
        return Status::failure(QStringLiteral("exists"),
                               tr("A wallet already exists in %1.").arg(keystorePath()));
    }
    auto key = keystore::accountKey(secrets, QStringLiteral("stellar"), 0);
    if (!key)
        return key.error();
    QDir().mkpath(QFileInfo(keystorePath()).absolutePath());
    // create(), not write(): a keystore made meanwhile (another instance, another tool) is
    // never replaced, even if it appears during the slow Argon2 step after the check above.
    if (auto w = keystore::create(keystorePath(), secrets, password, params); !w)
        return w;
    QSettings().setValue(SettingsKeys::walletStellarAddress(),
                         strkey::accountId(slip10::ed25519PublicKey(*key)));
    if (auto stark = starknetAccount(secrets))
        QSettings().setValue(SettingsKeys::walletStarknetAddress(),
                             starknet::formatAddress(stark->second));
    else
        QSettings().remove(SettingsKeys::walletStarknetAddress());
    emit changed();
    return success();
}

Result<keystore::Secrets> WalletService::unlock(const SecretBytes &password) const
{
    // Argon2id takes about half a second: run it on a worker and keep repainting meanwhile
    // (user input is held back until it is done, so nothing re-enters).
    if (QThread::currentThread() != qApp->thread())
        return keystore::read(keystorePath(), password);
    const QString path = keystorePath();
    QFuture<Result<keystore::Secrets>> f =
        QtConcurrent::run([path, &password] { return keystore::read(path, password); });
    QEventLoop loop;
    QFutureWatcher<Result<keystore::Secrets>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(f);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    if (!f.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    QApplication::restoreOverrideCursor();
    return f.takeResult();
}

Status WalletService::signStellar(QList<stellar::Envelope> &envelopes,
                                  const QList<stellar::Network> &networks,
                                  const SecretBytes &password) const
{
    Q_ASSERT(envelopes.size() == networks.size());
    auto secrets = unlock(password);
    if (!secrets)
        return secrets.error();
    auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
    if (!key)
        return key.error();
    QList<stellar::Envelope> signedEnvelopes = envelopes;
    for (qsizetype i = 0; i < signedEnvelopes.size(); ++i) {
        if (auto s = stellar::sign(signedEnvelopes[i], *key, networks[i]); !s)
            return s;
    }
    envelopes = std::move(signedEnvelopes);
    return success();
}

Status WalletService::signStarknet(starknet::InvokeV3 &tx, const SecretBytes &password) const
{
    auto secrets = unlock(password);
    if (!secrets)
        return secrets.error();
    auto account = starknetAccount(*secrets);
    if (!account)
        return account.error();
    if (tx.senderAddress != account->second) {
        return Status::failure(QStringLiteral("not_our_account"),
                               tr("The transaction is sent by %1, not by this wallet's Starknet "
                                  "account %2.")
                                   .arg(starknet::formatAddress(tx.senderAddress),
                                        starknet::formatAddress(account->second)));
    }
    return starknet::sign(tx, account->first);
}

Result<QByteArray> WalletService::signMessage(const QByteArray &message,
                                              const SecretBytes &password) const
{
    auto secrets = unlock(password);
    if (!secrets)
        return secrets.error();
    auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
    if (!key)
        return key.error();
    return slip10::ed25519Sign(*key, message);
}

} // namespace fb::ui
