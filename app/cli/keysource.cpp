#include "app/cli/keysource.h"

#include "wallet/bip39.h"

namespace fb::cli {

void addKeyOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("keystore"), QStringLiteral("Wallet keystore file."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("password-file"),
                 QStringLiteral("File holding the keystore password."), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("mnemonic-file"),
                 QStringLiteral("File holding a BIP39 recovery phrase (instead of a keystore)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("passphrase-file"),
                 QStringLiteral("File holding the BIP39 passphrase, if the phrase has one."),
                 QStringLiteral("FILE")});
}

bool hasKeyOptions(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("keystore")) || p.isSet(QStringLiteral("mnemonic-file"));
}

std::optional<keystore::Secrets> loadSecrets(const QCommandLineParser &p, int *exitCode)
{
    *exitCode = BadInput;
    const bool ks = p.isSet(QStringLiteral("keystore"));
    const bool mn = p.isSet(QStringLiteral("mnemonic-file"));
    if (ks == mn) {
        fail(BadInput, QStringLiteral("give either --keystore FILE --password-file PW or "
                                      "--mnemonic-file M"));
        return std::nullopt;
    }
    if (ks) {
        if (!p.isSet(QStringLiteral("password-file"))) {
            fail(BadInput, QStringLiteral("--keystore needs --password-file"));
            return std::nullopt;
        }
        auto password =
            readSecretFile(p.value(QStringLiteral("password-file")), QStringLiteral("password"));
        if (!password) {
            fail(BadInput, password.error().message);
            return std::nullopt;
        }
        auto secrets = keystore::read(p.value(QStringLiteral("keystore")), *password);
        if (!secrets) {
            const bool wrong = secrets.error().code == QLatin1String("wrong_password");
            *exitCode = wrong ? WrongPassword : BadInput;
            fail(*exitCode, QStringLiteral("keystore %1: %2")
                                .arg(p.value(QStringLiteral("keystore")), secrets.error().message));
            return std::nullopt;
        }
        return std::move(*secrets);
    }
    auto phrase =
        readSecretFile(p.value(QStringLiteral("mnemonic-file")), QStringLiteral("recovery phrase"));
    if (!phrase) {
        fail(BadInput, phrase.error().message);
        return std::nullopt;
    }
    auto normal = bip39::normalise(*phrase);
    if (!normal) {
        fail(BadInput, QStringLiteral("recovery phrase in %1: %2")
                           .arg(p.value(QStringLiteral("mnemonic-file")), normal.error().message));
        return std::nullopt;
    }
    keystore::Secrets s;
    s.kind = QStringLiteral("bip39");
    s.mnemonic = std::move(*normal);
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        auto pass = readSecretFile(p.value(QStringLiteral("passphrase-file")),
                                   QStringLiteral("passphrase"));
        if (!pass) {
            fail(BadInput, pass.error().message);
            return std::nullopt;
        }
        s.passphrase = std::move(*pass);
    }
    *exitCode = Success;
    return s;
}

void addStarknetAccountOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("derivation"),
                 QStringLiteral("Starknet key scheme: argent (Argent X, default) or braavos."),
                 QStringLiteral("SCHEME")});
    p.addOption({QStringLiteral("account"),
                 QStringLiteral("Starknet account contract: oz (OpenZeppelin, default) or argent."),
                 QStringLiteral("KIND")});
    p.addOption({QStringLiteral("class-hash"),
                 QStringLiteral("Starknet: the account's class hash, when not the known one."),
                 QStringLiteral("HASH")});
}

Result<starknet::AccountClass> starknetAccountClass(const QCommandLineParser &p)
{
    const QString name = p.value(QStringLiteral("account")).isEmpty()
                             ? QStringLiteral("oz")
                             : p.value(QStringLiteral("account"));
    auto c = starknet::accountClassByName(name);
    if (!c) {
        return Result<starknet::AccountClass>::failure(
            QStringLiteral("bad_account"), QStringLiteral("--account must be oz or argent"));
    }
    if (p.isSet(QStringLiteral("class-hash"))) {
        const auto h = stark::Felt::fromHex(p.value(QStringLiteral("class-hash")));
        if (!h) {
            return Result<starknet::AccountClass>::failure(
                QStringLiteral("bad_class_hash"),
                QStringLiteral("--class-hash must be 0x and up to 64 hex digits below the field "
                               "prime"));
        }
        c->classHash = *h;
        c->description += QStringLiteral(" (class hash %1)").arg(h->toHex());
    }
    return *c;
}

std::optional<quint32> indexOption(const QCommandLineParser &p, int *exitCode)
{
    if (!p.isSet(QStringLiteral("index")))
        return 0;
    bool ok = false;
    const uint v = p.value(QStringLiteral("index")).toUInt(&ok);
    if (!ok || v >= 0x80000000u) {
        *exitCode = fail(BadInput, QStringLiteral("--index must be a number from 0 to 2147483647"));
        return std::nullopt;
    }
    return quint32(v);
}

} // namespace fb::cli
