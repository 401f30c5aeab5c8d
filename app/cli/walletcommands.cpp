// flashback-cli wallet: create and import keystores, show addresses.
#include "app/cli/keysource.h"
#include "wallet/algorand.h"
#include "wallet/bip39.h"
#include "wallet/bitcoin.h"
#include "wallet/slip10.h"
#include "wallet/starknet.h"
#include "wallet/strkey.h"

#include <QFileInfo>

#include <cstdio>

namespace fb::cli {

namespace {

QCommandLineOption keystoreOption()
{
    return {QStringLiteral("keystore"), QStringLiteral("Keystore file to write."),
            QStringLiteral("FILE")};
}
QCommandLineOption passwordOption()
{
    return {QStringLiteral("password-file"), QStringLiteral("File holding the new password."),
            QStringLiteral("FILE")};
}

// Reads the new keystore's password and checks the target path; returns the exit code on error.
int prepareWrite(const QCommandLineParser &p, SecretBytes *password)
{
    if (!p.isSet(QStringLiteral("keystore")) || !p.isSet(QStringLiteral("password-file")))
        return fail(BadInput,
                    QStringLiteral("--keystore FILE and --password-file PW are required"));
    const QString path = p.value(QStringLiteral("keystore"));
    if (QFileInfo::exists(path)) {
        return fail(BadInput, QStringLiteral("%1 already exists; the wallet will not overwrite a "
                                             "keystore (move it away first)")
                                  .arg(path));
    }
    auto pw = readSecretFile(p.value(QStringLiteral("password-file")), QStringLiteral("password"));
    if (!pw)
        return fail(BadInput, pw.error().message);
    if (pw->size() < 8)
        return fail(BadInput, QStringLiteral("the password in %1 is shorter than 8 characters")
                                  .arg(p.value(QStringLiteral("password-file"))));
    *password = std::move(*pw);
    return Success;
}

// Starknet: the account address (or, with --public-key, the Stark public key) for the key
// scheme and account class the options name.
int starknetAddress(const QCommandLineParser &p, const keystore::Secrets &secrets, quint32 index)
{
    const QString schemeName = p.value(QStringLiteral("derivation")).isEmpty()
                                   ? QStringLiteral("argent")
                                   : p.value(QStringLiteral("derivation"));
    const auto scheme = starknet::keySchemeByName(schemeName);
    if (!scheme)
        return fail(BadInput, QStringLiteral("--derivation must be argent or braavos"));
    auto accountClass = starknetAccountClass(p);
    if (!accountClass)
        return fail(BadInput, accountClass.error().message);
    auto seed = keystore::bip39Seed(secrets);
    if (!seed)
        return fail(BadInput, seed.error().message);
    auto key = starknet::privateKeyFromSeed(*seed, *scheme, index);
    if (!key)
        return fail(BadInput, key.error().message);
    auto pub = stark::publicKey(*key);
    if (!pub)
        return fail(BadInput, pub.error().message);
    if (p.isSet(QStringLiteral("public-key")))
        out(pub->toHex());
    else
        out(starknet::formatAddress(starknet::accountAddress(*pub, *accountClass)));
    return Success;
}

int writeKeystore(const QCommandLineParser &p, const keystore::Secrets &s,
                  const SecretBytes &password)
{
    const QString path = p.value(QStringLiteral("keystore"));
    // Exclusive: a keystore that appeared since prepareWrite() looked is not replaced.
    if (auto w = keystore::create(path, s, password); !w)
        return fail(BadInput, QStringLiteral("cannot write %1: %2").arg(path, w.error().message));
    std::fprintf(stderr, "flashback-cli: wrote keystore %s\n", qPrintable(path));
    return Success;
}

int walletNew(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(keystoreOption());
    p.addOption(passwordOption());
    p.addOption({QStringLiteral("words"), QStringLiteral("12 or 24 words (default 24)."),
                 QStringLiteral("N"), QStringLiteral("24")});
    if (!parse(p, args))
        return BadInput;
    const QString words = p.value(QStringLiteral("words"));
    if (words != QLatin1String("12") && words != QLatin1String("24"))
        return fail(BadInput, QStringLiteral("--words must be 12 or 24"));
    SecretBytes password;
    if (int rc = prepareWrite(p, &password); rc != Success)
        return rc;
    auto phrase = bip39::generate(words.toInt());
    if (!phrase)
        return fail(BadInput, phrase.error().message);
    keystore::Secrets s;
    s.kind = QStringLiteral("bip39");
    s.mnemonic = std::move(*phrase);
    if (int rc = writeKeystore(p, s, password); rc != Success)
        return rc;
    // The phrase is shown once: it is the only backup of the keys.
    std::fputs("Write down these words, in order, and keep them offline. They are the only way "
               "to restore this wallet:\n",
               stderr);
    std::fwrite(s.mnemonic.data(), 1, s.mnemonic.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return Success;
}

int walletImport(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(keystoreOption());
    p.addOption(passwordOption());
    p.addOption({QStringLiteral("mnemonic-file"), QStringLiteral("BIP39 recovery phrase file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("passphrase-file"),
                 QStringLiteral("BIP39 passphrase file (optional)."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("algorand-mnemonic-file"),
                 QStringLiteral("Algorand 25-word phrase file."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("stellar-secret-file"),
                 QStringLiteral("Stellar secret seed (S…) file."), QStringLiteral("FILE")});
    if (!parse(p, args))
        return BadInput;
    const int sources = int(p.isSet(QStringLiteral("mnemonic-file"))) +
                        int(p.isSet(QStringLiteral("algorand-mnemonic-file"))) +
                        int(p.isSet(QStringLiteral("stellar-secret-file")));
    if (sources != 1) {
        return fail(BadInput, QStringLiteral("give exactly one of --mnemonic-file, "
                                             "--algorand-mnemonic-file, --stellar-secret-file"));
    }
    SecretBytes password;
    if (int rc = prepareWrite(p, &password); rc != Success)
        return rc;
    keystore::Secrets s;
    if (p.isSet(QStringLiteral("mnemonic-file"))) {
        const QString f = p.value(QStringLiteral("mnemonic-file"));
        auto phrase = readSecretFile(f, QStringLiteral("recovery phrase"));
        if (!phrase)
            return fail(BadInput, phrase.error().message);
        auto normal = bip39::normalise(*phrase);
        if (!normal)
            return fail(BadInput, QStringLiteral("%1: %2").arg(f, normal.error().message));
        s.kind = QStringLiteral("bip39");
        s.mnemonic = std::move(*normal);
        if (p.isSet(QStringLiteral("passphrase-file"))) {
            auto pass = readSecretFile(p.value(QStringLiteral("passphrase-file")),
                                       QStringLiteral("passphrase"));
            if (!pass)
                return fail(BadInput, pass.error().message);
            s.passphrase = std::move(*pass);
        }
    } else if (p.isSet(QStringLiteral("algorand-mnemonic-file"))) {
        const QString f = p.value(QStringLiteral("algorand-mnemonic-file"));
        auto phrase = readSecretFile(f, QStringLiteral("Algorand phrase"));
        if (!phrase)
            return fail(BadInput, phrase.error().message);
        auto seed = algorand::seedFromMnemonic(*phrase);
        if (!seed)
            return fail(BadInput, QStringLiteral("%1: %2").arg(f, seed.error().message));
        s.kind = QStringLiteral("algorand_seed");
        s.seed = std::move(*seed);
    } else {
        const QString f = p.value(QStringLiteral("stellar-secret-file"));
        auto text = readSecretFile(f, QStringLiteral("Stellar secret seed"));
        if (!text)
            return fail(BadInput, text.error().message);
        auto seed = strkey::decodeSeed(*text);
        if (!seed)
            return fail(BadInput, QStringLiteral("%1: %2").arg(f, seed.error().message));
        s.kind = QStringLiteral("stellar_seed");
        s.seed = std::move(*seed);
    }
    return writeKeystore(p, s, password);
}

int walletAddress(const QStringList &args)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("chain"), QStringLiteral("stellar, algorand, bitcoin or starknet."),
                 QStringLiteral("CHAIN")});
    p.addOption({QStringLiteral("index"), QStringLiteral("Account or address index (default 0)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("network"),
                 QStringLiteral("Bitcoin: mainnet (default) or testnet."), QStringLiteral("NET")});
    p.addOption({QStringLiteral("public-key"),
                 QStringLiteral("Starknet: print the Stark public key instead of the address.")});
    addStarknetAccountOptions(p);
    addKeyOptions(p);
    if (!parse(p, args))
        return BadInput;
    int rc = BadInput;
    const auto index = indexOption(p, &rc);
    if (!index)
        return rc;
    const QString chain = p.value(QStringLiteral("chain"));
    if (chain != QLatin1String("stellar") && chain != QLatin1String("algorand") &&
        chain != QLatin1String("bitcoin") && chain != QLatin1String("starknet"))
        return fail(BadInput,
                    QStringLiteral("--chain must be stellar, algorand, bitcoin or starknet"));
    auto secrets = loadSecrets(p, &rc);
    if (!secrets)
        return rc;
    if (chain == QLatin1String("starknet"))
        return starknetAddress(p, *secrets, *index);
    if (chain == QLatin1String("bitcoin")) {
        const QString net = p.value(QStringLiteral("network")).isEmpty()
                                ? QStringLiteral("mainnet")
                                : p.value(QStringLiteral("network"));
        if (!bitcoin::isKnownNetwork(net))
            return fail(BadInput, QStringLiteral("--network must be mainnet or testnet"));
        auto seed = keystore::bip39Seed(*secrets);
        if (!seed)
            return fail(BadInput, seed.error().message);
        auto a = bitcoin::address(*seed, net, *index);
        if (!a)
            return fail(BadInput, a.error().message);
        out(*a);
        return Success;
    }
    auto key = keystore::accountKey(*secrets, chain, *index);
    if (!key)
        return fail(BadInput, key.error().message);
    const QByteArray pk = slip10::ed25519PublicKey(*key);
    out(chain == QLatin1String("stellar") ? strkey::accountId(pk) : algorand::address(pk));
    return Success;
}

} // namespace

CommandGroup walletCommands()
{
    return {
        QStringLiteral("wallet"),
        QStringLiteral("Keystores and addresses"),
        {{QStringLiteral("new"),
          QStringLiteral("Create a keystore with a new recovery phrase (shown once)"), walletNew},
         {QStringLiteral("import"),
          QStringLiteral("Create a keystore from a phrase or a secret seed"), walletImport},
         {QStringLiteral("address"), QStringLiteral("Print an account's address"), walletAddress}}};
}

} // namespace fb::cli
