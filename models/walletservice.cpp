#include "models/walletservice.h"

#include "wallet/slip10.h"
#include "wallet/strkey.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QSettings>
#include <QtConcurrent>

namespace fb {

namespace {
// Runs work on the global pool and hands its result to done on context's thread (never after
// context is gone).
template <typename T, typename Work>
void offThread(QObject *context, Work work, std::function<void(Result<T>)> done)
{
    const bool bound = context != nullptr;
    QPointer<QObject> alive(context);
    QtConcurrent::run(std::move(work))
        .then(context ? context : qApp,
              [bound, alive, done = std::move(done)](QFuture<Result<T>> f) {
                  if (bound && !alive)
                      return;
                  done(f.takeResult());
              });
}
} // namespace

namespace {

// Account 0's Stellar key, from the keystore at path (Argon2: call off the GUI thread).
Result<SecretBytes> stellarKey(const QString &path, const SecretBytes &password)
{
    auto secrets = keystore::read(path, password);
    if (!secrets)
        return secrets.error();
    return keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
}

Result<QList<stellar::Envelope>> signedStellar(const QString &path,
                                               QList<stellar::Envelope> envelopes,
                                               const QList<stellar::Network> &networks,
                                               const SecretBytes &password)
{
    if (envelopes.size() != networks.size())
        return Error{QStringLiteral("bad_request"), QStringLiteral("one network per envelope")};
    auto key = stellarKey(path, password);
    if (!key)
        return key.error();
    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        if (auto s = stellar::sign(envelopes[i], *key, networks[i]); !s)
            return s.error();
    }
    return envelopes;
}

Result<QByteArray> signedMessage(const QString &path, const QByteArray &message,
                                 const SecretBytes &password)
{
    auto key = stellarKey(path, password);
    if (!key)
        return key.error();
    return slip10::ed25519Sign(*key, message);
}

} // namespace

QString WalletService::addressSettingsKey()
{
    return QStringLiteral("wallet/stellarAddress");
}

QString WalletService::starknetSettingsKey()
{
    return QStringLiteral("wallet/starknetAddress");
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

// The public addresses of a new wallet, cached for display (never secret).
void cacheAddresses(const QString &stellar, const QString &starknetAddress)
{
    QSettings().setValue(WalletService::addressSettingsKey(), stellar);
    if (!starknetAddress.isEmpty())
        QSettings().setValue(WalletService::starknetSettingsKey(), starknetAddress);
    else
        QSettings().remove(WalletService::starknetSettingsKey());
}

} // namespace

QString WalletService::starknetAddress() const
{
    if (!exists())
        return {};
    return QSettings().value(starknetSettingsKey()).toString();
}

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

QString WalletService::stellarAddress() const
{
    if (!exists())
        return {};
    return QSettings().value(addressSettingsKey()).toString();
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
    auto stark = starknetAccount(secrets);
    cacheAddresses(strkey::accountId(slip10::ed25519PublicKey(*key)),
                   stark ? starknet::formatAddress(stark->second) : QString());
    emit changed();
    return success();
}

Result<keystore::Secrets> WalletService::unlock(const SecretBytes &password) const
{
    return keystore::read(keystorePath(), password);
}

void WalletService::unlockAsync(std::shared_ptr<const SecretBytes> password, QObject *context,
                                std::function<void(Result<keystore::Secrets>)> done) const
{
    const QString path = keystorePath();
    offThread<keystore::Secrets>(
        context, [path, password] { return keystore::read(path, *password); }, std::move(done));
}

void WalletService::createAsync(std::shared_ptr<const keystore::Secrets> secrets,
                                std::shared_ptr<const SecretBytes> password,
                                const keystore::Params &params, QObject *context, Reply<Ok> done)
{
    if (exists()) {
        done(Status::failure(QStringLiteral("exists"),
                             tr("A wallet already exists in %1.").arg(keystorePath())));
        return;
    }
    auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), 0);
    if (!key) {
        done(key.error());
        return;
    }
    const QString address = strkey::accountId(slip10::ed25519PublicKey(*key));
    auto stark = starknetAccount(*secrets);
    const QString starkAddress = stark ? starknet::formatAddress(stark->second) : QString();
    const QString path = keystorePath();
    QPointer<WalletService> self(this);
    offThread<Ok>(
        context,
        [path, secrets, password, params]() -> Status {
            QDir().mkpath(QFileInfo(path).absolutePath());
            return keystore::create(path, *secrets, *password, params);
        },
        [self, address, starkAddress, done = std::move(done)](Status s) {
            if (s && self) {
                cacheAddresses(address, starkAddress);
                emit self->changed();
            }
            done(std::move(s));
        });
}

Status WalletService::signStellar(QList<stellar::Envelope> &envelopes,
                                  const QList<stellar::Network> &networks,
                                  const SecretBytes &password) const
{
    auto out = signedStellar(keystorePath(), envelopes, networks, password);
    if (!out)
        return out.error(); // all or nothing: no envelope changed
    envelopes = std::move(*out);
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
    return signedMessage(keystorePath(), message, password);
}

void WalletService::signStellarAsync(QList<stellar::Envelope> envelopes,
                                     QList<stellar::Network> networks,
                                     std::shared_ptr<const SecretBytes> password,
                                     QObject *context, Reply<QList<stellar::Envelope>> done) const
{
    const QString path = keystorePath();
    offThread<QList<stellar::Envelope>>(
        context,
        [path, envelopes, networks, password] {
            return signedStellar(path, envelopes, networks, *password);
        },
        std::move(done));
}

void WalletService::signMessageAsync(const QByteArray &message,
                                     std::shared_ptr<const SecretBytes> password,
                                     QObject *context, Reply<QByteArray> done) const
{
    const QString path = keystorePath();
    offThread<QByteArray>(
        context,
        [path, message, password] { return signedMessage(path, message, *password); },
        std::move(done));
}

} // namespace fb
