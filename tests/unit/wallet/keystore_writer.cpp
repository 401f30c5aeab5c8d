// Rewrites a keystore in an endless loop, for the test that kills a writer at random instants:
// each round writes contents A or B under password one, then changes the password to two.
// Usage: keystore_writer FILE. Prints "ready" once the first round is done.
#include "wallet/keystore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace fb;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 || !initSodium()) {
        std::fprintf(stderr, "usage: keystore_writer FILE\n");
        return 1;
    }
    const QString path = args.at(1);
    const SecretBytes one = SecretBytes::fromBytes("password one");
    const SecretBytes two = SecretBytes::fromBytes("password two");
    auto a = keystore::fromBip39(
        SecretBytes::fromBytes("abandon abandon abandon abandon abandon abandon abandon abandon "
                               "abandon abandon abandon about"),
        SecretBytes::fromBytes("extra"), QStringLiteral("A"));
    keystore::Secrets b;
    b.kind = keystore::kKindStellarSeed;
    b.seed = SecretBytes::fromBytes(QByteArray(32, '\x42'));
    b.label = QStringLiteral("B");
    if (!a)
        return 1;
    for (quint64 round = 0;; ++round) {
        const keystore::Secrets &s = (round % 2) ? *a : b;
        if (!keystore::write(path, s, one, keystore::fastParams()) ||
            !keystore::changePassword(path, one, two, keystore::fastParams()))
            return 2;
        if (round == 0) {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
        }
    }
}
