#include "models/walletservice.h"

#include "models/walletsecurity.h"

#include "wallet/algorand.h"
#include "wallet/bip32.h"
#include "wallet/bitcoin.h"
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

WalletSecurity *WalletService::security() const
{
    if (!m_security)
        m_security = new WalletSecurity(const_cast<WalletService *>(this),
                                        const_cast<WalletService *>(this));
    return m_security;
}

template <typename T>
std::function<void(Result<T>)> WalletService::watched(std::shared_ptr<const SecretBytes> password,
                                                      std::function<void(Result<T>)> done) const
{
    QPointer<WalletSecurity> session(security());
    // A lock while the work runs wins: its password is not kept.
    const quint64 locks = session->lockCount();
    return [session, locks, password = std::move(password), done = std::move(done)](Result<T> r) {
        if (session) {
            if (r)
                session->remember(password, locks);
            else if (r.error().code == QLatin1String("wrong_password"))
                session->forget(password);
        }
        done(std::move(r));
    };
}

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
Result<std::pair<SecretBytes, stark::Felt>> starknetAccount(const keystore::Secrets &secrets,
                                                            quint32 index = 0)
{
    auto seed = keystore::bip39Seed(secrets);
    if (!seed)
        return seed.error();
    auto key = starknet::privateKeyFromSeed(*seed, starknet::KeyScheme::ArgentX, index);
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

// ---- paying intents in ALGO and BTC: the public side of account 0 ----

const QString kCoinAccountsKey = QStringLiteral("wallet/coinAccounts");
const QString kBitcoinKeyKey = QStringLiteral("wallet/bitcoinPublicKey");
const QString kBitcoinFingerprintKey = QStringLiteral("wallet/bitcoinFingerprint");
const QString kBitcoinNetwork = QStringLiteral("testnet");
const QString kStarknetKeyKey = QStringLiteral("wallet/starknetPublicKey");

struct CoinAccounts
{
    QString algorand;
    WalletService::BitcoinAccount bitcoin;
    QString starknetAddress;
    QString starknetPublicKey; // 0x hex
};

// What the wallet's keys give on Algorand and Bitcoin (each empty when the kind of wallet has
// no such account, e.g. a single Stellar key).
CoinAccounts coinAccounts(const keystore::Secrets &secrets)
{
    CoinAccounts out;
    if (auto key = keystore::accountKey(secrets, QStringLiteral("algorand"), 0))
        out.algorand = algorand::address(slip10::ed25519PublicKey(*key));
    if (auto account = starknetAccount(secrets)) {
        if (auto pub = stark::publicKey(account->first)) {
            out.starknetAddress = starknet::formatAddress(account->second);
            out.starknetPublicKey = pub->toPaddedHex();
        }
    }
    auto seed = keystore::bip39Seed(secrets);
    if (!seed)
        return out;
    auto master = bip32::master(*seed);
    if (!master)
        return out;
    const DerivationPath path = bitcoin::accountPath(kBitcoinNetwork, 0, 0);
    auto key = bip32::derivePath(*master, path);
    if (!key)
        return out;
    auto address = bitcoin::p2wpkhAddress(key->publicKey, kBitcoinNetwork);
    if (!address)
        return out;
    out.bitcoin.address = *address;
    out.bitcoin.publicKey = key->publicKey;
    out.bitcoin.path = path;
    out.bitcoin.masterFingerprint = bip32::fingerprint(master->publicKey);
    out.bitcoin.network = kBitcoinNetwork;
    return out;
}

// Public data only: addresses, a public key and the master key's fingerprint.
void cacheCoinAccounts(const CoinAccounts &a)
{
    QSettings s;
    s.setValue(kCoinAccountsKey, true);
    if (a.algorand.isEmpty())
        s.remove(WalletService::algorandSettingsKey());
    else
        s.setValue(WalletService::algorandSettingsKey(), a.algorand);
    if (a.starknetPublicKey.isEmpty()) {
        s.remove(kStarknetKeyKey);
    } else {
        s.setValue(kStarknetKeyKey, a.starknetPublicKey);
        s.setValue(WalletService::starknetSettingsKey(), a.starknetAddress);
    }
    if (!a.bitcoin.isValid()) {
        s.remove(WalletService::bitcoinSettingsKey());
        s.remove(kBitcoinKeyKey);
        s.remove(kBitcoinFingerprintKey);
        return;
    }
    s.setValue(WalletService::bitcoinSettingsKey(), a.bitcoin.address);
    s.setValue(kBitcoinKeyKey, QString::fromLatin1(a.bitcoin.publicKey.toHex()));
    s.setValue(kBitcoinFingerprintKey, qulonglong(a.bitcoin.masterFingerprint));
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
    cacheCoinAccounts(coinAccounts(secrets));
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
        context, [path, password] { return keystore::read(path, *password); },
        watched<keystore::Secrets>(password, std::move(done)));
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
    const CoinAccounts coins = coinAccounts(*secrets);
    const QString path = keystorePath();
    QPointer<WalletService> self(this);
    offThread<Ok>(
        context,
        [path, secrets, password, params]() -> Status {
            QDir().mkpath(QFileInfo(path).absolutePath());
            return keystore::create(path, *secrets, *password, params);
        },
        [self, address, starkAddress, coins,
         done = watched<Ok>(password, std::move(done))](Status s) {
            if (s && self) {
                cacheAddresses(address, starkAddress);
                cacheCoinAccounts(coins);
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

void WalletService::signStarknetAsync(QList<starknet::InvokeV3> txs,
                                      std::shared_ptr<const SecretBytes> password, QObject *context,
                                      Reply<QList<starknet::InvokeV3>> done) const
{
    signStarknetAccountAsync(0, std::move(txs), std::move(password), context, std::move(done));
}

void WalletService::signStarknetAccountAsync(quint32 index, QList<starknet::InvokeV3> txs,
                                             std::shared_ptr<const SecretBytes> password,
                                             QObject *context,
                                             Reply<QList<starknet::InvokeV3>> done) const
{
    const QString path = keystorePath();
    offThread<QList<starknet::InvokeV3>>(
        context,
        [path, txs, password, index]() -> Result<QList<starknet::InvokeV3>> {
            QList<starknet::InvokeV3> out = txs;
            auto secrets = keystore::read(path, *password);
            if (!secrets)
                return secrets.error();
            auto account = starknetAccount(*secrets, index);
            if (!account)
                return Error{QStringLiteral("not_supported"),
                             WalletService::tr("This wallet holds no Starknet account (it was "
                                               "made from a single Stellar key, without a "
                                               "recovery phrase); pay with XLM or by card.")};
            for (starknet::InvokeV3 &tx : out) {
                if (tx.senderAddress != account->second)
                    return Error{QStringLiteral("not_our_account"),
                                 WalletService::tr("The transaction is sent by %1, not by this "
                                                   "wallet's Starknet account %2.")
                                     .arg(starknet::formatAddress(tx.senderAddress),
                                          starknet::formatAddress(account->second))};
                if (auto s = starknet::sign(tx, account->first); !s)
                    return s.error();
            }
            return out;
        },
        watched<QList<starknet::InvokeV3>>(password, std::move(done)));
}

Result<QByteArray> WalletService::signMessage(const QByteArray &message,
                                              const SecretBytes &password) const
{
    return signedMessage(keystorePath(), message, password);
}

void WalletService::signStellarAsync(QList<stellar::Envelope> envelopes,
                                     QList<stellar::Network> networks,
                                     std::shared_ptr<const SecretBytes> password, QObject *context,
                                     Reply<QList<stellar::Envelope>> done) const
{
    const QString path = keystorePath();
    offThread<QList<stellar::Envelope>>(
        context,
        [path, envelopes, networks, password] {
            return signedStellar(path, envelopes, networks, *password);
        },
        watched<QList<stellar::Envelope>>(password, std::move(done)));
}

// ---- paying intents in ALGO and BTC ----

namespace {

Result<QList<algorand::SignedTransaction>> signedAlgorand(const QString &path,
                                                          const QList<algorand::Transaction> &txns,
                                                          const SecretBytes &password,
                                                          quint32 index = 0)
{
    auto secrets = keystore::read(path, password);
    if (!secrets)
        return secrets.error();
    auto key = keystore::accountKey(*secrets, QStringLiteral("algorand"), index);
    if (!key)
        return Error{QStringLiteral("not_supported"),
                     WalletService::tr("This wallet holds no Algorand account (it was made from "
                                       "a single Stellar key); pay with XLM or by card.")};
    QList<algorand::SignedTransaction> out;
    for (const algorand::Transaction &t : txns) {
        auto s = algorand::sign(t, *key);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

Result<QList<psbt::Psbt>> signedBitcoin(const QString &path, QList<psbt::Psbt> psbts,
                                        const SecretBytes &password)
{
    auto secrets = keystore::read(path, password);
    if (!secrets)
        return secrets.error();
    auto seed = keystore::bip39Seed(*secrets);
    if (!seed)
        return Error{QStringLiteral("not_supported"),
                     WalletService::tr("This wallet holds no Bitcoin account (it has no "
                                       "recovery phrase); pay with XLM or by card.")};
    for (psbt::Psbt &p : psbts) {
        if (auto n = psbt::sign(p, *seed, kBitcoinNetwork); !n)
            return n.error();
        if (!psbt::finalize(p))
            return Error{QStringLiteral("not_our_coins"),
                         WalletService::tr("The Bitcoin transaction spends coins this wallet "
                                           "cannot sign for; nothing was signed.")};
    }
    return psbts;
}

} // namespace

QString WalletService::algorandSettingsKey()
{
    return QStringLiteral("wallet/algorandAddress");
}

QString WalletService::bitcoinSettingsKey()
{
    return QStringLiteral("wallet/bitcoinAddress");
}

QString WalletService::algorandAddress() const
{
    if (!exists())
        return {};
    return QSettings().value(algorandSettingsKey()).toString();
}

WalletService::BitcoinAccount WalletService::bitcoinAccount() const
{
    BitcoinAccount a;
    if (!exists())
        return a;
    QSettings s;
    const QByteArray pub = QByteArray::fromHex(s.value(kBitcoinKeyKey).toString().toLatin1());
    const QString address = s.value(bitcoinSettingsKey()).toString();
    // A tampered setting could point the change elsewhere: the address must be the key's.
    auto derived = bitcoin::p2wpkhAddress(pub, kBitcoinNetwork);
    if (!derived || *derived != address)
        return a;
    a.address = address;
    a.publicKey = pub;
    a.path = bitcoin::accountPath(kBitcoinNetwork, 0, 0);
    a.masterFingerprint = quint32(s.value(kBitcoinFingerprintKey).toULongLong());
    a.network = kBitcoinNetwork;
    return a;
}

namespace {
// Public keys of the derived Bitcoin accounts: "index:hex".
const QString kBitcoinKeysKey = QStringLiteral("wallet/bitcoinKeys");
// Public keys of the derived Starknet accounts: "index:0x…".
const QString kStarknetKeysKey = QStringLiteral("wallet/starknetKeys");
} // namespace

QString WalletService::starknetPublicKey(quint32 index) const
{
    if (index == 0)
        return starknetPublicKey();
    const auto address = starknet::parseAddress(accountAddress(QStringLiteral("starknet"), index));
    if (!address)
        return {};
    const QString prefix = QString::number(index) + QLatin1Char(':');
    for (const QString &entry : QSettings().value(kStarknetKeysKey).toStringList()) {
        if (!entry.startsWith(prefix))
            continue;
        // A tampered setting must not deploy another account: the key must give the address.
        const QString key = entry.mid(prefix.size());
        const auto pub = stark::Felt::fromHex(key);
        if (pub &&
            starknet::accountAddress(*pub, starknet::knownAccountClasses().first()) == *address)
            return key;
    }
    return {};
}

WalletService::BitcoinAccount WalletService::bitcoinAccount(quint32 index) const
{
    if (index == 0)
        return bitcoinAccount();
    BitcoinAccount a;
    if (!exists())
        return a;
    const QString address = accountAddress(QStringLiteral("bitcoin"), index);
    if (address.isEmpty())
        return a;
    QSettings s;
    const QString prefix = QString::number(index) + QLatin1Char(':');
    for (const QString &entry : s.value(kBitcoinKeysKey).toStringList()) {
        if (!entry.startsWith(prefix))
            continue;
        const QByteArray pub = QByteArray::fromHex(entry.mid(prefix.size()).toLatin1());
        // A tampered setting could point the change elsewhere: the address must be the key's.
        auto derived = bitcoin::p2wpkhAddress(pub, kBitcoinNetwork);
        if (!derived || *derived != address)
            continue;
        a.address = address;
        a.publicKey = pub;
        a.path = bitcoin::accountPath(kBitcoinNetwork, 0, index);
        a.masterFingerprint = quint32(s.value(kBitcoinFingerprintKey).toULongLong());
        a.network = kBitcoinNetwork;
        break;
    }
    return a;
}

QString WalletService::accountAddress(const QString &chain, quint32 index) const
{
    for (const Account &a : accounts())
        if (!a.watchOnly && a.chain == chain && a.index == index)
            return a.address;
    if (index == 0 && chain == QLatin1String("algorand"))
        return algorandAddress();
    if (index == 0 && chain == QLatin1String("bitcoin"))
        return bitcoinAccount().address;
    if (index == 0 && chain == QLatin1String("starknet"))
        return starknetAddress();
    return {};
}

QString WalletService::starknetPublicKey() const
{
    if (!exists())
        return {};
    const QString key = QSettings().value(kStarknetKeyKey).toString();
    // A tampered setting must not deploy another account: the key must give the address.
    const auto pub = stark::Felt::fromHex(key);
    const auto address = starknet::parseAddress(starknetAddress());
    if (!pub || !address ||
        starknet::accountAddress(*pub, starknet::knownAccountClasses().first()) != *address)
        return {};
    return key;
}

bool WalletService::coinAccountsKnown() const
{
    return exists() && QSettings().value(kCoinAccountsKey).toBool();
}

void WalletService::rememberCoinAccountsAsync(std::shared_ptr<const SecretBytes> password,
                                              QObject *context, Reply<Ok> done)
{
    const QString path = keystorePath();
    QPointer<WalletService> self(this);
    offThread<CoinAccounts>(
        context,
        [path, password]() -> Result<CoinAccounts> {
            auto secrets = keystore::read(path, *password);
            if (!secrets)
                return secrets.error();
            return coinAccounts(*secrets);
        },
        [self, done = watched<Ok>(password, std::move(done))](Result<CoinAccounts> r) {
            if (!r) {
                done(r.error());
                return;
            }
            cacheCoinAccounts(*r);
            if (self)
                emit self->changed();
            done(success());
        });
}

Result<QList<algorand::SignedTransaction>>
WalletService::signAlgorand(const QList<algorand::Transaction> &txns,
                            const SecretBytes &password) const
{
    return signedAlgorand(keystorePath(), txns, password);
}

void WalletService::signAlgorandAsync(QList<algorand::Transaction> txns,
                                      std::shared_ptr<const SecretBytes> password, QObject *context,
                                      Reply<QList<algorand::SignedTransaction>> done) const
{
    const QString path = keystorePath();
    offThread<QList<algorand::SignedTransaction>>(
        context, [path, txns, password] { return signedAlgorand(path, txns, *password); },
        watched<QList<algorand::SignedTransaction>>(password, std::move(done)));
}

void WalletService::signAlgorandAccountAsync(quint32 index, QList<algorand::Transaction> txns,
                                             std::shared_ptr<const SecretBytes> password,
                                             QObject *context,
                                             Reply<QList<algorand::SignedTransaction>> done) const
{
    const QString path = keystorePath();
    offThread<QList<algorand::SignedTransaction>>(
        context,
        [path, txns, password, index] { return signedAlgorand(path, txns, *password, index); },
        watched<QList<algorand::SignedTransaction>>(password, std::move(done)));
}

Result<QList<psbt::Psbt>> WalletService::signBitcoin(const QList<psbt::Psbt> &psbts,
                                                     const SecretBytes &password) const
{
    return signedBitcoin(keystorePath(), psbts, password);
}

void WalletService::signBitcoinAsync(QList<psbt::Psbt> psbts,
                                     std::shared_ptr<const SecretBytes> password, QObject *context,
                                     Reply<QList<psbt::Psbt>> done) const
{
    const QString path = keystorePath();
    offThread<QList<psbt::Psbt>>(
        context, [path, psbts, password] { return signedBitcoin(path, psbts, *password); },
        watched<QList<psbt::Psbt>>(password, std::move(done)));
}

void WalletService::signMessageAsync(const QByteArray &message,
                                     std::shared_ptr<const SecretBytes> password, QObject *context,
                                     Reply<QByteArray> done) const
{
    const QString path = keystorePath();
    offThread<QByteArray>(
        context, [path, message, password] { return signedMessage(path, message, *password); },
        watched<QByteArray>(password, std::move(done)));
}

// ---- wallet page: accounts per chain, watch-only addresses, password change ----

namespace {

// Derived accounts, "chain:index:address", valid for the wallet whose Stellar account 0 is
// recorded beside them (a new wallet in the same settings starts again).
const QString kAccountsKey = QStringLiteral("wallet/accounts");
const QString kAccountsOwnerKey = QStringLiteral("wallet/accountsOwner");
const QString kWatchOnlyKey = QStringLiteral("wallet/watchOnly"); // "chain:address"

Result<QString> deriveAddress(const keystore::Secrets &secrets, const QString &chain, quint32 index)
{
    if (chain == QLatin1String("starknet")) {
        auto account = starknetAccount(secrets, index);
        if (!account)
            return account.error();
        return starknet::formatAddress(account->second);
    }
    if (chain == QLatin1String("bitcoin")) {
        auto seed = keystore::bip39Seed(secrets);
        if (!seed)
            return seed.error();
        return bitcoin::address(*seed, QStringLiteral("testnet"), index);
    }
    auto key = keystore::accountKey(secrets, chain, index);
    if (!key)
        return key.error();
    const QByteArray pk = slip10::ed25519PublicKey(*key);
    return chain == QLatin1String("stellar") ? strkey::accountId(pk) : algorand::address(pk);
}

} // namespace

QStringList WalletService::derivableChains()
{
    return {QStringLiteral("stellar"), QStringLiteral("algorand"), QStringLiteral("bitcoin"),
            QStringLiteral("starknet")};
}

QList<WalletService::Account> WalletService::accounts() const
{
    QList<Account> out;
    if (!exists())
        return out;
    const QString stellar0 = stellarAddress();
    if (!stellar0.isEmpty())
        out.append({QStringLiteral("stellar"), 0, stellar0, false});
    QSettings settings;
    if (settings.value(kAccountsOwnerKey).toString() == stellar0) {
        for (const QString &entry : settings.value(kAccountsKey).toStringList()) {
            const QStringList parts = entry.split(QLatin1Char(':'));
            if (parts.size() != 3)
                continue;
            bool ok = false;
            const quint32 index = parts[1].toUInt(&ok);
            Account a{parts[0], index, parts[2], false};
            if (ok && !out.contains(a))
                out.append(a);
        }
    }
    const QString stark = starknetAddress();
    if (!stark.isEmpty())
        out.append({QStringLiteral("starknet"), 0, stark, false});
    for (const QString &entry : settings.value(kWatchOnlyKey).toStringList()) {
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        if (colon > 0)
            out.append({entry.left(colon), 0, entry.mid(colon + 1), true});
    }
    return out;
}

// What deriveAccounts learns: the addresses, and the Bitcoin accounts' public keys.
struct WalletService::Derived
{
    QList<Account> accounts;
    QList<std::pair<quint32, QByteArray>> bitcoinKeys;
    QList<std::pair<quint32, QString>> starknetKeys; // 0x hex: the faucet deploys for it
};

namespace {

Result<WalletService::Derived> derivedAccounts(const QString &path,
                                               const QList<std::pair<QString, quint32>> &wanted,
                                               const SecretBytes &password)
{
    auto secrets = keystore::read(path, password);
    if (!secrets)
        return secrets.error();
    WalletService::Derived out;
    QList<WalletService::Account> &derived = out.accounts;
    for (const auto &[chain, index] : wanted) {
        if (!WalletService::derivableChains().contains(chain))
            return Error{QStringLiteral("unsupported_chain"),
                         QCoreApplication::translate("fb::WalletService",
                                                     "The wallet does not hold %1 accounts.")
                             .arg(chain)};
        auto address = deriveAddress(*secrets, chain, index);
        if (!address)
            return address.error();
        derived.append({chain, index, *address, false});
        if (chain == QLatin1String("bitcoin")) {
            auto seed = keystore::bip39Seed(*secrets);
            if (!seed)
                return seed.error();
            auto key = bip32::derive(*seed, bitcoin::accountPath(kBitcoinNetwork, 0, index));
            if (!key)
                return key.error();
            out.bitcoinKeys.append({index, key->publicKey});
        }
        if (chain == QLatin1String("starknet")) {
            auto account = starknetAccount(*secrets, index);
            if (!account)
                return account.error();
            auto pub = stark::publicKey(account->first);
            if (!pub)
                return pub.error();
            out.starknetKeys.append({index, pub->toPaddedHex()});
        }
    }
    return out;
}

} // namespace

void WalletService::cacheAccounts(const Derived &derived)
{
    QSettings settings;
    QStringList list;
    QStringList keys;
    if (settings.value(kAccountsOwnerKey).toString() == stellarAddress()) {
        list = settings.value(kAccountsKey).toStringList();
        keys = settings.value(kBitcoinKeysKey).toStringList();
    }
    for (const auto &[index, key] : derived.bitcoinKeys) {
        const QString entry =
            QStringLiteral("%1:%2").arg(index).arg(QString::fromLatin1(key.toHex()));
        if (!keys.contains(entry))
            keys.append(entry);
    }
    settings.setValue(kBitcoinKeysKey, keys);
    QStringList starkKeys;
    if (settings.value(kAccountsOwnerKey).toString() == stellarAddress())
        starkKeys = settings.value(kStarknetKeysKey).toStringList();
    for (const auto &[index, key] : derived.starknetKeys) {
        const QString entry = QStringLiteral("%1:%2").arg(index).arg(key);
        if (!starkKeys.contains(entry))
            starkKeys.append(entry);
    }
    settings.setValue(kStarknetKeysKey, starkKeys);
    for (const Account &a : derived.accounts) {
        if ((a.chain == QLatin1String("stellar") || a.chain == QLatin1String("starknet")) &&
            a.index == 0)
            continue; // cached on their own since the wallet was made
        const QString entry = QStringLiteral("%1:%2:%3").arg(a.chain).arg(a.index).arg(a.address);
        if (!list.contains(entry))
            list.append(entry);
    }
    settings.setValue(kAccountsOwnerKey, stellarAddress());
    settings.setValue(kAccountsKey, list);
    emit changed();
}

Result<QList<WalletService::Account>>
WalletService::deriveAccounts(const QList<std::pair<QString, quint32>> &wanted,
                              const SecretBytes &password)
{
    auto derived = derivedAccounts(keystorePath(), wanted, password);
    if (!derived)
        return derived.error();
    cacheAccounts(*derived);
    return derived->accounts;
}

void WalletService::deriveAccountsAsync(QList<std::pair<QString, quint32>> wanted,
                                        std::shared_ptr<const SecretBytes> password,
                                        QObject *context, Reply<QList<Account>> done)
{
    // Argon2 and the derivations off the GUI thread; the cache is written back on this one.
    const QString path = keystorePath();
    QPointer<WalletService> self(this);
    offThread<Derived>(
        context, [path, wanted, password] { return derivedAccounts(path, wanted, *password); },
        [self, done = watched<QList<Account>>(password, std::move(done))](Result<Derived> r) {
            if (!r) {
                done(r.error());
                return;
            }
            if (self)
                self->cacheAccounts(*r);
            done(r->accounts);
        });
}

void WalletService::addWatchOnly(const QString &chain, const QString &address)
{
    QSettings settings;
    QStringList list = settings.value(kWatchOnlyKey).toStringList();
    const QString entry = chain + QLatin1Char(':') + address;
    if (list.contains(entry))
        return;
    list.append(entry);
    settings.setValue(kWatchOnlyKey, list);
    emit changed();
}

void WalletService::removeWatchOnly(const QString &address)
{
    QSettings settings;
    QStringList list = settings.value(kWatchOnlyKey).toStringList();
    list.removeIf([&](const QString &e) { return e.section(QLatin1Char(':'), 1) == address; });
    settings.setValue(kWatchOnlyKey, list);
    emit changed();
}

namespace {
Status changedPassword(const QString &path, const SecretBytes &oldPassword,
                       const SecretBytes &newPassword)
{
    auto params = keystore::inspect(path);
    if (!params)
        return params.error();
    return keystore::changePassword(path, oldPassword, newPassword, *params);
}
} // namespace

Status WalletService::changePassword(const SecretBytes &oldPassword,
                                     const SecretBytes &newPassword) const
{
    return changedPassword(keystorePath(), oldPassword, newPassword);
}

void WalletService::changePasswordAsync(std::shared_ptr<const SecretBytes> oldPassword,
                                        std::shared_ptr<const SecretBytes> newPassword,
                                        QObject *context, Reply<Ok> done) const
{
    const QString path = keystorePath();
    offThread<Ok>(
        context,
        [path, oldPassword, newPassword] {
            return changedPassword(path, *oldPassword, *newPassword);
        },
        [session = QPointer<WalletSecurity>(security()), locks = security()->lockCount(),
         oldPassword, newPassword, done = std::move(done)](Status s) {
            // The session keeps the new password (unless it locked meanwhile); a refused old
            // one is forgotten.
            if (session && s)
                session->remember(newPassword, locks);
            else if (session && s.error().code == QLatin1String("wrong_password"))
                session->forget(oldPassword);
            done(std::move(s));
        });
}

void WalletService::signStellarAccountAsync(quint32 index, stellar::Envelope envelope,
                                            stellar::Network network,
                                            std::shared_ptr<const SecretBytes> password,
                                            QObject *context, Reply<stellar::Envelope> done) const
{
    const QString path = keystorePath();
    offThread<stellar::Envelope>(
        context,
        [path, index, envelope, network, password]() mutable -> Result<stellar::Envelope> {
            auto secrets = keystore::read(path, *password);
            if (!secrets)
                return secrets.error();
            auto key = keystore::accountKey(*secrets, QStringLiteral("stellar"), index);
            if (!key)
                return key.error();
            if (auto s = stellar::sign(envelope, *key, network); !s)
                return s.error();
            return envelope;
        },
        watched<stellar::Envelope>(password, std::move(done)));
}

} // namespace fb
