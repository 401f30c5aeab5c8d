// flashback-cli as a user at a terminal meets it: help for groups and commands (exit 0, the
// command named with its purpose), build-payment's help naming only the chains it builds and
// the options it needs, Stellar transactions inspected on the network their signatures prove
// (or refused when nothing tells it), signatures listed with their signer, the Algorand review
// naming the destination once, files commands finding the app's local node through the data
// folder, and no info log lines on stderr unless --verbose.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPhrase =
    QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FB_CLI_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(r.code).arg(r.out, r.err);
}

} // namespace

class tst_CliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void groupHelpListsCommands_data();
    void groupHelpListsCommands();
    void commandHelpNamesTheCommand();
    void buildPaymentHelpListsOnlyItsChains();
    void stellarInspectFindsTheNetworkOrRefuses();
    void algorandReviewNamesDestinationOnce();
    void filesFindTheAppsLocalNode();

private:
    QString address(const QString &chain, int index);
    QTemporaryDir m_dir;
    QString m_mnemonic;
    QString m_data;
};

void tst_CliHelp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_mnemonic = m_dir.filePath(QStringLiteral("mnemonic.txt"));
    QFile f(m_mnemonic);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kPhrase.toUtf8() + '\n');
    f.close();
    m_data = m_dir.filePath(QStringLiteral("data"));
}

QString tst_CliHelp::address(const QString &chain, int index)
{
    const Run r =
        cli({QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--chain"), chain,
             QStringLiteral("--index"), QString::number(index), QStringLiteral("--mnemonic-file"),
             m_mnemonic, QStringLiteral("--data-dir"), m_data});
    if (r.code != 0)
        qWarning("%s", qPrintable(describe(r)));
    return r.out.trimmed();
}

void tst_CliHelp::groupHelpListsCommands_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QStringList>("commands");
    QTest::newRow("wallet") << QStringLiteral("wallet")
                            << QStringList{QStringLiteral("new"), QStringLiteral("import"),
                                           QStringLiteral("address")};
    QTest::newRow("tx") << QStringLiteral("tx")
                        << QStringList{QStringLiteral("inspect"), QStringLiteral("sign"),
                                       QStringLiteral("build-payment")};
    QTest::newRow("files") << QStringLiteral("files")
                           << QStringList{QStringLiteral("put"), QStringLiteral("get"),
                                          QStringLiteral("ls"), QStringLiteral("rm")};
}

void tst_CliHelp::groupHelpListsCommands()
{
    QFETCH(QString, group);
    QFETCH(QStringList, commands);
    for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run r = cli({group, flag});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY2(!r.out.contains(QStringLiteral("unknown")), qPrintable(r.out));
        for (const QString &c : commands) {
            // "  tx inspect   Explain a transaction in plain words": the command and a summary.
            const QRegularExpression line(
                QStringLiteral("^  %1 %2 +\\S.+$")
                    .arg(QRegularExpression::escape(group), QRegularExpression::escape(c)),
                QRegularExpression::MultilineOption);
            QVERIFY2(line.match(r.out).hasMatch(), qPrintable(c + QStringLiteral("\n") + r.out));
        }
    }
    // A group without a command still fails, and shows what it holds.
    const Run bare = cli({group});
    QCOMPARE(bare.code, 1);
    QVERIFY2(bare.err.contains(commands.first()), qPrintable(describe(bare)));
}

void tst_CliHelp::commandHelpNamesTheCommand()
{
    const Run r = cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--help")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: flashback-cli tx inspect [options]")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Explain a transaction in plain words")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral(FB_CLI_PATH)));

    const Run w = cli({QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("-h")});
    QVERIFY2(w.code == 0, qPrintable(describe(w)));
    QVERIFY2(w.out.startsWith(QStringLiteral("Usage: flashback-cli wallet address")),
             qPrintable(w.out));
}

void tst_CliHelp::buildPaymentHelpListsOnlyItsChains()
{
    const Run r =
        cli({QStringLiteral("tx"), QStringLiteral("build-payment"), QStringLiteral("--help")});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QVERIFY2(!r.out.contains(QStringLiteral("bitcoin"), Qt::CaseInsensitive), qPrintable(r.out));
    for (const char *option : {"chain", "source", "destination", "amount", "out"}) {
        const QRegularExpression required(
            QStringLiteral("--%1[^\\n]*\\n?[^\\n]*Required\\.").arg(QLatin1String(option)));
        QVERIFY2(
            required.match(r.out).hasMatch(),
            qPrintable(
                QStringLiteral("--%1 not marked required:\n%2").arg(QLatin1String(option), r.out)));
    }
    const Run refused = cli({QStringLiteral("tx"), QStringLiteral("build-payment"),
                             QStringLiteral("--chain"), QStringLiteral("bitcoin")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("stellar, algorand and starknet")),
             qPrintable(describe(refused)));
}

void tst_CliHelp::stellarInspectFindsTheNetworkOrRefuses()
{
    const QString source = address(QStringLiteral("stellar"), 0);
    const QString destination = address(QStringLiteral("stellar"), 1);
    QVERIFY(source.startsWith(QLatin1Char('G')));
    const QString unsignedTx = m_dir.filePath(QStringLiteral("pay.xdr"));
    const QString signedTx = m_dir.filePath(QStringLiteral("pay.signed.xdr"));
    const Run built =
        cli({QStringLiteral("tx"), QStringLiteral("build-payment"), QStringLiteral("--chain"),
             QStringLiteral("stellar"), QStringLiteral("--network"), QStringLiteral("testnet"),
             QStringLiteral("--source"), source, QStringLiteral("--destination"), destination,
             QStringLiteral("--amount"), QStringLiteral("12.5"), QStringLiteral("--sequence"),
             QStringLiteral("101"), QStringLiteral("--out"), unsignedTx});
    QVERIFY2(built.code == 0, qPrintable(describe(built)));

    // Unsigned, no --network: nothing tells the network, so no guess.
    const Run guess =
        cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--chain"),
             QStringLiteral("stellar"), QStringLiteral("--in"), unsignedTx});
    QVERIFY2(guess.code == 1, qPrintable(describe(guess)));
    QVERIFY2(guess.err.contains(QStringLiteral("--network")), qPrintable(describe(guess)));
    QVERIFY(guess.out.isEmpty());

    const Run named =
        cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--chain"),
             QStringLiteral("stellar"), QStringLiteral("--network"), QStringLiteral("testnet"),
             QStringLiteral("--in"), unsignedTx});
    QVERIFY2(named.code == 0, qPrintable(describe(named)));
    QVERIFY2(named.out.contains(QStringLiteral("Network:   testnet")), qPrintable(named.out));
    QVERIFY2(named.out.contains(QStringLiteral("Signatures: none")), qPrintable(named.out));
    QVERIFY2(named.out.contains(QStringLiteral("Signable:  not checked")), qPrintable(named.out));

    const Run sign =
        cli({QStringLiteral("tx"), QStringLiteral("sign"), QStringLiteral("--chain"),
             QStringLiteral("stellar"), QStringLiteral("--network"), QStringLiteral("testnet"),
             QStringLiteral("--in"), unsignedTx, QStringLiteral("--out"), signedTx,
             QStringLiteral("--mnemonic-file"), m_mnemonic});
    QVERIFY2(sign.code == 0, qPrintable(describe(sign)));

    // Signed: its signature verifies on testnet only, so that is the network, and the same hash
    // as with --network testnet.
    const Run detected =
        cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--chain"),
             QStringLiteral("stellar"), QStringLiteral("--in"), signedTx});
    QVERIFY2(detected.code == 0, qPrintable(describe(detected)));
    QVERIFY2(detected.out.contains(QStringLiteral("Network:   testnet")), qPrintable(detected.out));
    const auto hashOf = [](const QString &text) {
        return QRegularExpression(QStringLiteral("Hash: +(\\S+)")).match(text).captured(1);
    };
    QVERIFY(!hashOf(detected.out).isEmpty());
    QCOMPARE(hashOf(detected.out), hashOf(named.out));
    QVERIFY2(detected.out.contains(QStringLiteral("Signatures: 1")), qPrintable(detected.out));
    const QRegularExpression signer(
        QStringLiteral("  1\\. %1 \\(hint [0-9a-f]{8}\\): valid").arg(source));
    QVERIFY2(signer.match(detected.out).hasMatch(), qPrintable(detected.out));

    // The same signature does not verify when the transaction is read as a public one.
    const Run wrong =
        cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--chain"),
             QStringLiteral("stellar"), QStringLiteral("--network"), QStringLiteral("public"),
             QStringLiteral("--in"), signedTx, QStringLiteral("--json")});
    QVERIFY2(wrong.code == 0, qPrintable(describe(wrong)));
    QVERIFY2(wrong.out.contains(QStringLiteral("\"valid\": false")), qPrintable(wrong.out));
}

void tst_CliHelp::algorandReviewNamesDestinationOnce()
{
    const QString source = address(QStringLiteral("algorand"), 0);
    const QString destination = address(QStringLiteral("algorand"), 1);
    QCOMPARE(destination.size(), 58);
    const QString tx = m_dir.filePath(QStringLiteral("pay.txn"));
    const Run built =
        cli({QStringLiteral("tx"), QStringLiteral("build-payment"), QStringLiteral("--chain"),
             QStringLiteral("algorand"), QStringLiteral("--network"), QStringLiteral("testnet"),
             QStringLiteral("--source"), source, QStringLiteral("--destination"), destination,
             QStringLiteral("--amount"), QStringLiteral("1.5"), QStringLiteral("--first-valid"),
             QStringLiteral("1000"), QStringLiteral("--out"), tx});
    QVERIFY2(built.code == 0, qPrintable(describe(built)));
    const Run r = cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--chain"),
                       QStringLiteral("algorand"), QStringLiteral("--in"), tx});
    QVERIFY2(r.code == 0, qPrintable(describe(r)));
    QString compact = r.out;
    compact.remove(QLatin1Char(' '));
    QCOMPARE(compact.count(destination), 1);

    // Signed, the review says by whom.
    const QString signedTx = m_dir.filePath(QStringLiteral("pay.stxn"));
    const Run sign =
        cli({QStringLiteral("tx"), QStringLiteral("sign"), QStringLiteral("--chain"),
             QStringLiteral("algorand"), QStringLiteral("--in"), tx, QStringLiteral("--out"),
             signedTx, QStringLiteral("--mnemonic-file"), m_mnemonic});
    QVERIFY2(sign.code == 0, qPrintable(describe(sign)));
    const Run s = cli({QStringLiteral("tx"), QStringLiteral("inspect"), QStringLiteral("--chain"),
                       QStringLiteral("algorand"), QStringLiteral("--in"), signedTx});
    QVERIFY2(s.code == 0, qPrintable(describe(s)));
    QVERIFY2(s.out.contains(QStringLiteral("Signatures: 1\n  1. %1: valid").arg(source)),
             qPrintable(s.out));
}

void tst_CliHelp::filesFindTheAppsLocalNode()
{
    QTemporaryDir app;
    const QStringList ls{QStringLiteral("files"),           QStringLiteral("ls"),
                         QStringLiteral("--data-dir"),      app.path(),
                         QStringLiteral("--mnemonic-file"), m_mnemonic,
                         QStringLiteral("--timeout"),       QStringLiteral("20")};

    // No app runs there: the error says so and names --node.
    const Run none = cli(ls);
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(QStringLiteral("no running Flashback app")), qPrintable(none.err));
    QVERIFY2(none.err.contains(QStringLiteral("--node")), qPrintable(none.err));

    // The app's node as it records itself: its URL (here a closed port) and its process.
    QFile url(app.filePath(QStringLiteral("node.url")));
    QVERIFY(url.open(QIODevice::WriteOnly));
    url.write("http://127.0.0.1:9/\n" + QByteArray::number(QCoreApplication::applicationPid()) +
              '\n');
    url.close();
    const Run found = cli(ls);
    QCOMPARE(found.code, 3);
    QVERIFY2(found.err.contains(QStringLiteral("http://127.0.0.1:9")), qPrintable(found.err));
    // Ordinary runs keep info lines off stderr; --verbose shows them.
    QVERIFY2(!found.err.contains(QStringLiteral("info:")), qPrintable(found.err));
    QVERIFY2(!found.err.contains(QStringLiteral("using the app's local node")),
             qPrintable(found.err));
    const Run verbose = cli(ls + QStringList{QStringLiteral("--verbose")});
    QVERIFY2(verbose.err.contains(QStringLiteral("using the app's local node")),
             qPrintable(verbose.err));

    // A node that is gone (the app was killed): said plainly, not a connection error.
    // (A process id above the kernel's pid_max belongs to no process.)
    QVERIFY(url.open(QIODevice::WriteOnly | QIODevice::Truncate));
    url.write("http://127.0.0.1:9/\n" + QByteArray::number(999999999) + '\n');
    url.close();
    const Run stale = cli(ls);
    QCOMPARE(stale.code, 1);
    QVERIFY2(stale.err.contains(QStringLiteral("no longer running")), qPrintable(stale.err));
}

QTEST_GUILESS_MAIN(tst_CliHelp)
#include "tst_clihelp.moc"
