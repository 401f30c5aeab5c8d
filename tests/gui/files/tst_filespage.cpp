// The Files page against a real node: the user buys a two-copy SLA from the demo providers (the
// same way as tst_purchase), then stores files and folders, downloads them byte for byte,
// renames, moves, searches, deletes (after confirming) and watches the health of each file as a
// provider's directory disappears.
#include "localmarket.h"
#include "models/apiclient.h"
#include "models/dealservice.h"
#include "models/formats.h"
#include "models/localnode.h"
#include "models/syncengine.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "storage/backend.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "testbytes.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/pages/filespage.h"
#include "ui/widgets/filelistwidget.h"
#include "ui/widgets/transferspanel.h"
#include "ui/wizard/slawizard.h"
#include "userrobot.h"
#include "wire/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <algorithm>

using namespace fb;
using namespace fb::ui;

namespace {

const QString kPassword = fb::testkit::kRobotPassword;

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList listTexts(QTreeWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out << list->topLevelItem(i)->text(0);
    return out;
}

int countFiles(const QString &dir)
{
    int n = 0;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

} // namespace

class FilesPageTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(initSodium());
        QCoreApplication::setOrganizationName(QStringLiteral("FlashbackFilesTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.path() + QStringLiteral("/settings"));
    }

    void noWalletShowsEmptyState()
    {
        QTemporaryDir dir;
        WalletService wallet(dir.path());
        AppContext ctx(dir.path());
        ctx.wallet = &wallet;
        FilesPage page(ctx);
        QSignalSpy nav(&page, &Page::navigateRequested);
        auto *stack = page.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QVERIFY(stack->currentWidget()->findChild<QPushButton *>());
        stack->currentWidget()->findChild<QPushButton *>()->click();
        QCOMPARE(nav.size(), 1);
        QCOMPARE(nav.first().first().toString(), QStringLiteral("wallet"));
    }

    void storesFilesWithTheProviders()
    {
        fb::testkit::LocalMarket market(m_dir.path());
        QVERIFY2(market.start(), qPrintable(market.error()));
        AppContext &ctx = market.context;
        SyncEngine &sync = *market.sync;
        WalletService &wallet = *market.wallet;
        std::optional<fb::testkit::UserRobot> robotBox;

        // Before the purchase: a wallet-less page offers the wallet; then buy a two-copy SLA.
        {
            SlaWizard w(ctx);
            w.setWalletSetupParams(keystore::fastParams());
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            auto *protocol = w.findChild<QComboBox *>(QStringLiteral("protocol"));
            protocol->setCurrentIndex(protocol->findData(QStringLiteral("local")));
            w.findChild<QDoubleSpinBox *>(QStringLiteral("size"))->setValue(1);
            w.findChild<QSpinBox *>(QStringLiteral("copies"))->setValue(2);
            w.next();
            QCOMPARE(w.currentId(), int(SlaWizard::RecommendationPage));
            // The plan is costed with the fee the node publishes (an asynchronous call).
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
            w.next();
            QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
            w.next();
            QCOMPARE(w.currentId(), int(SlaWizard::PaymentPage));
            robotBox.emplace();
            robotBox->expectWalletSetup();
            w.findChild<QPushButton *>(QStringLiteral("setupWallet"))->click();
            QVERIFY(wallet.exists());
            w.findChild<QPushButton *>(QStringLiteral("faucet"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(
                w.findChild<QLabel *>(QStringLiteral("walletState"))
                    ->text()
                    .contains(Formats().coin(qint64(10000) * 10000000, QStringLiteral("XLM"))),
                20000);
            // Paying signs in and signs both escrow payments at once, with the wallet unlocked
            // since its set-up (no password asked again).
            robotBox->expectSignature(QStringLiteral("Transaction 2 of 2"));
            w.findChild<QPushButton *>(QStringLiteral("pay"))->click();
            QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(SlaWizard::StatusPage), 60000);
            auto *deals = w.findChild<QTableWidget *>(QStringLiteral("deals"));
            QTRY_COMPARE_WITH_TIMEOUT(deals->rowCount(), 2, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(deals->item(0, 1) &&
                                         deals->item(0, 1)->text() == QLatin1String("Funded") &&
                                         deals->item(1, 1)->text() == QLatin1String("Funded"),
                                     20000);
        }

        fb::testkit::UserRobot &robot = *robotBox;
        FilesPage page(ctx);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        storage::FileLibrary *lib = page.library();
        QTRY_COMPARE_WITH_TIMEOUT(lib->slaIds().size(), 1, 20000);
        const QString sla = lib->slaIds().first();
        QCOMPARE(lib->sla(sla).n, 2);
        QCOMPARE(lib->sla(sla).deals.size(), 2);
        auto *list = page.findChild<FileListWidget *>(QStringLiteral("files"));
        QVERIFY(list);
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("filesMain"))->isVisible());

        // The keyboard starts in the file list, and the page's keys work from the search field
        // too: Ctrl+U there opens the upload's file dialog (a line edit's own Ctrl+U, "delete
        // the line" on X11, does not swallow it) and leaves the search text alone.
        {
            int asked = 0;
            page.setUploadChooser([&asked](QWidget *) {
                ++asked;
                return QStringList(); // the user closes the dialog
            });
            page.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&page));
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
            auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
            search->setFocus();
            QTest::keyClicks(search, QStringLiteral("abc"));
            // Asked of the field as the shortcut map asks it: the page's key is not the field's.
            QKeyEvent probe(QEvent::ShortcutOverride, Qt::Key_U, Qt::ControlModifier);
            probe.ignore();
            QApplication::sendEvent(search, &probe);
            QVERIFY(!probe.isAccepted());
            QTest::keyClick(search, Qt::Key_U, Qt::ControlModifier);
            // The files open (off the GUI thread) first, then the dialog comes.
            QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 20000);
            QCOMPARE(search->text(), QStringLiteral("abc"));
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
            search->clear();
            page.setUploadChooser([](QWidget *) { return QStringList(); });
        }

        // Upload two files and a folder: the wallet is unlocked since its set-up, so the files
        // open without asking for the password.
        const QString src = m_dir.path() + QStringLiteral("/src");
        const QByteArray a = fbtest::randomBytes(150 * 1024 + 7, 1);
        const QByteArray b = fbtest::randomBytes(3 * 1024 * 1024 + 11, 2);
        const QByteArray x = QByteArrayLiteral("x in docs\n");
        const QByteArray y = fbtest::randomBytes(70 * 1024, 3);
        QVERIFY(writeFile(src + QStringLiteral("/a.txt"), a));
        QVERIFY(writeFile(src + QStringLiteral("/b.bin"), b));
        QVERIFY(writeFile(src + QStringLiteral("/docs/x.txt"), x));
        QVERIFY(writeFile(src + QStringLiteral("/docs/sub/y.dat"), y));
        page.selectFolder(sla, QStringLiteral("/"));
        QVERIFY(page.uploadPaths({src + QStringLiteral("/a.txt"), src + QStringLiteral("/b.bin")}));
        // The password opens the keys off the GUI thread; the upload starts once it has.
        QTRY_VERIFY_WITH_TIMEOUT(lib->isUnlocked(), 20000);
        QVERIFY(page.uploadPaths({src + QStringLiteral("/docs")}));
        int asked = 0;
        for (const QString &s : std::as_const(robot.seen))
            asked += s.startsWith(QStringLiteral("password:Unlock")) ? 1 : 0;
        QCOMPARE(asked, 0);
        auto allStored = [lib] {
            auto files = lib->files();
            if (!files || files->size() != 4)
                return false;
            for (const auto &f : *files)
                if (f.state != QLatin1String("stored"))
                    return false;
            return true;
        };
        auto describe = [lib] {
            QStringList out;
            auto files = lib->files();
            if (files)
                for (const auto &f : *files)
                    out << f.path() + QLatin1Char('=') + f.state;
            return out.join(QLatin1Char(','));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(allStored(), qPrintable(describe()), 60000);
        auto *panel = page.transfersPanel();
        QCOMPARE(panel->count(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 10000);

        // The list shows the files and the folder.
        page.selectFolder(sla, QStringLiteral("/"));
        QStringList texts = listTexts(list);
        QVERIFY2(texts.contains(QStringLiteral("a.txt")) &&
                     texts.contains(QStringLiteral("b.bin")) &&
                     texts.contains(QStringLiteral("docs")),
                 qPrintable(texts.join(QLatin1Char(','))));
        // Size is the file's own; Stored counts both copies (the providers keep each).
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = list->topLevelItem(i);
            if (item->text(0) != QLatin1String("b.bin"))
                continue;
            QCOMPARE(item->text(FileListWidget::SizeColumn), TransfersPanel::formatBytes(b.size()));
            const QString stored = item->text(FileListWidget::StoredColumn);
            QVERIFY2(!stored.isEmpty() && stored != item->text(FileListWidget::SizeColumn),
                     qPrintable(stored));
        }
        page.selectFolder(sla, QStringLiteral("/docs/sub"));
        QCOMPARE(listTexts(list), QStringList{QStringLiteral("y.dat")});
        // All files: the names as they are (no leading "/" or folder); where each one lives
        // is in its tooltip, with the agreement's name.
        page.selectFolder(QString(), QString());
        texts = listTexts(list);
        QVERIFY2(texts.contains(QStringLiteral("y.dat")) && texts.contains(QStringLiteral("a.txt")),
                 qPrintable(texts.join(QLatin1Char(','))));
        for (const QString &t : std::as_const(texts))
            QVERIFY2(!t.contains(QLatin1Char('/')), qPrintable(t));
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->text(0) == QLatin1String("y.dat"))
                QVERIFY2(
                    list->topLevelItem(i)->toolTip(0).contains(QStringLiteral("/docs/sub/y.dat")) &&
                        list->topLevelItem(i)->toolTip(0).contains(ctx.deals->slaName(sla)),
                    qPrintable(list->topLevelItem(i)->toolTip(0)));
        page.selectFolder(sla, QStringLiteral("/"));

        auto rowOf = [lib](const QString &name) -> qint64 {
            auto files = lib->files();
            if (files)
                for (const auto &f : *files)
                    if (f.name == name)
                        return f.id;
            return 0;
        };
        const qint64 rowA = rowOf(QStringLiteral("a.txt"));
        const qint64 rowB = rowOf(QStringLiteral("b.bin"));
        QVERIFY(rowA && rowB);

        // Download: byte-identical.
        const QString out = m_dir.path() + QStringLiteral("/out");
        QVERIFY(QDir().mkpath(out));
        page.selectFiles({rowA, rowB});
        QCOMPARE(page.selectedFiles().size(), 2);
        QVERIFY(page.downloadSelectedTo(out));
        QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 60000);
        QCOMPARE(panel->count(), 6);
        QCOMPARE(readFile(out + QStringLiteral("/a.txt")), a);
        QCOMPARE(readFile(out + QStringLiteral("/b.bin")), b);
        fb::testkit::screenshot(&page, QStringLiteral("files"));

        // In a 1024x640 window the page has about 820x560 beside the sidebar: it can take that
        // size and every toolbar action stays on screen (icons only when the names do not fit).
        {
            QVERIFY2(page.minimumSizeHint().width() <= 820,
                     qPrintable(QString::number(page.minimumSizeHint().width())));
            page.resize(820, 560);
            auto *toolbar = page.findChild<QToolBar *>(QStringLiteral("filesToolbar"));
            QVERIFY(toolbar);
            QTRY_COMPARE(page.width(), 820);
            const auto hidden = [toolbar] {
                QStringList out;
                for (QAction *a : toolbar->actions()) {
                    QWidget *w = toolbar->widgetForAction(a);
                    if (!w || !w->isVisible() || w->geometry().right() >= toolbar->width())
                        out << a->objectName();
                }
                return out.join(QLatin1Char(','));
            };
            QTRY_VERIFY2(hidden().isEmpty(), qPrintable(hidden()));
            for (QAction *a : toolbar->actions())
                QVERIFY(!a->toolTip().isEmpty());
            fb::testkit::screenshot(&page, QStringLiteral("files-1024"));
            page.resize(1100, 720);
        }

        // Pause and resume from the transfers panel: a slow upload (bandwidth limit) is paused
        // as soon as it starts and sends nothing while paused; after Resume it shows its speed,
        // ETA and the total line, and finishes.
        {
            const QByteArray slow = fbtest::randomBytes(3 * 1024 * 1024 + 5, 9);
            QVERIFY(writeFile(src + QStringLiteral("/slow.bin"), slow));
            // The panel's speed limit, chosen with the keyboard: 1 MB/s, applied to the engine
            // and kept as a preference.
            auto *limit = panel->findChild<QComboBox *>(QStringLiteral("speedLimit"));
            QVERIFY(limit);
            QCOMPARE(limit->currentData().toLongLong(), 0);
            limit->setFocus();
            QTest::keyClick(limit, Qt::Key_Down);
            QCOMPARE(limit->currentText(), QStringLiteral("Limit: 1 MB/s"));
            QCOMPARE(lib->engine()->bandwidthLimit(), 1000 * 1000);
            QCOMPARE(QSettings().value(QStringLiteral("files/speedLimit")).toLongLong(),
                     1000 * 1000);
            QSignalSpy started(lib, &storage::FileLibrary::transferStarted);
            auto *rows = panel->findChild<QTreeWidget *>(QStringLiteral("transfers"));
            QStringList totals;
            QStringList speeds;
            auto watch = connect(lib, &storage::FileLibrary::totalProgress, panel, [&] {
                totals << panel->totalText();
                for (int i = 0; i < rows->topLevelItemCount(); ++i)
                    if (rows->topLevelItem(i)->text(0).endsWith(QStringLiteral("slow.bin")))
                        speeds << rows->topLevelItem(i)->text(2) + QLatin1Char('|') +
                                      rows->topLevelItem(i)->text(3);
            });
            QVERIFY(page.uploadPaths({src + QStringLiteral("/slow.bin")}));
            QCOMPARE(started.size(), 1);
            const qint64 id = started.first().first().toLongLong();
            // Before its first byte flows the transfer says what it does, not a bare 0 %.
            QCOMPARE(panel->statusOf(id), QStringLiteral("Encrypting and coding…"));
            auto *pause = panel->findChild<QPushButton *>(QStringLiteral("pause-%1").arg(id));
            QVERIFY(pause);
            QCOMPARE(pause->text(), QStringLiteral("Pause"));
            pause->click();
            QVERIFY(panel->isPaused(id));
            QVERIFY(lib->engine()->info(id).paused);
            QCOMPARE(pause->text(), QStringLiteral("Resume"));
            QVERIFY(panel->findChild<QLabel *>(QStringLiteral("transfersSummary"))
                        ->text()
                        .contains(QStringLiteral("paused")));
            // While it is paused, another upload goes through the same engine from start to
            // end: the engine had every chance to send the paused file's bytes, and sent none.
            const QByteArray probe = fbtest::randomBytes(16 * 1024 + 3, 10);
            QVERIFY(writeFile(src + QStringLiteral("/probe.bin"), probe));
            QSignalSpy ended(lib->engine(), &storage::TransferEngine::finished);
            QVERIFY(page.uploadPaths({src + QStringLiteral("/probe.bin")}));
            QCOMPARE(started.size(), 2);
            const qint64 probeId = started.at(1).first().toLongLong();
            QTRY_VERIFY_WITH_TIMEOUT(std::any_of(ended.cbegin(), ended.cend(),
                                                 [probeId](const QList<QVariant> &e) {
                                                     return e.at(0).toLongLong() == probeId;
                                                 }),
                                     30000);
            QVERIFY(lib->engine()->info(probeId).finished());
            QCOMPARE(lib->engine()->info(probeId).bytesDone,
                     lib->engine()->info(probeId).bytesTotal);
            QVERIFY(lib->engine()->info(id).paused);
            QVERIFY(!lib->engine()->info(id).finished());
            QCOMPARE(lib->engine()->info(id).bytesDone, 0);
            QCOMPARE(panel->activeCount(), 1);
            // The unfinished upload is listed as paused and cannot be downloaded or shared.
            {
                auto *download = page.findChild<QAction *>(QStringLiteral("download"));
                auto *share = page.findChild<QAction *>(QStringLiteral("share"));
                const qint64 rowSlow = rowOf(QStringLiteral("slow.bin"));
                QVERIFY(rowSlow);
                page.selectFiles({rowSlow});
                QCOMPARE(page.selectedFiles(), QList<qint64>{rowSlow});
                QVERIFY(!download->isEnabled());
                QVERIFY(!share->isEnabled());
                bool pausedShown = false;
                for (int i = 0; i < list->topLevelItemCount(); ++i)
                    pausedShown |= list->topLevelItem(i)->text(0) == QLatin1String("slow.bin") &&
                                   list->topLevelItem(i)->text(FileListWidget::StatusColumn) ==
                                       QLatin1String("Paused");
                QVERIFY(pausedShown);
                page.selectFiles({rowA});
                QVERIFY(download->isEnabled());
            }
            fb::testkit::screenshot(&page, QStringLiteral("files-paused"));
            pause->click();
            QVERIFY(!panel->isPaused(id));
            QVERIFY(!lib->engine()->info(id).paused);
            QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 60000);
            disconnect(watch);
            bool sawTotal = false;
            for (const QString &t : std::as_const(totals))
                sawTotal |= t.startsWith(QStringLiteral("Total: ")) &&
                            t.contains(QStringLiteral(" of ")) && t.contains(QStringLiteral("/s"));
            QVERIFY2(sawTotal, qPrintable(totals.join(QLatin1Char(';'))));
            bool sawSpeed = false;
            for (const QString &sp : std::as_const(speeds))
                sawSpeed |= sp.contains(QStringLiteral("/s|")) && !sp.endsWith(QLatin1Char('|'));
            QVERIFY2(sawSpeed, qPrintable(speeds.join(QLatin1Char(';'))));
            QTest::keyClick(limit, Qt::Key_Up);
            QCOMPARE(limit->currentText(), QStringLiteral("No speed limit"));
            QCOMPARE(lib->engine()->bandwidthLimit(), 0);
            QCOMPARE(QSettings().value(QStringLiteral("files/speedLimit")).toLongLong(), 0);
            const qint64 rowSlow = [lib] {
                auto files = lib->files();
                if (files)
                    for (const auto &f : *files)
                        if (f.name == QLatin1String("slow.bin"))
                            return f.id;
                return qint64(0);
            }();
            QVERIFY(rowSlow);
            QCOMPARE(lib->file(rowSlow)->state, QStringLiteral("stored"));
            QVERIFY(lib->remove(rowSlow));
            QTRY_VERIFY_WITH_TIMEOUT(!lib->file(rowSlow).ok(), 20000);
            const qint64 rowProbe = rowOf(QStringLiteral("probe.bin"));
            QVERIFY(rowProbe);
            QCOMPARE(lib->file(rowProbe)->state, QStringLiteral("stored"));
            QVERIFY(lib->remove(rowProbe));
            QTRY_VERIFY_WITH_TIMEOUT(!lib->file(rowProbe).ok(), 20000);
        }

        // Rename, new folder, move.
        page.selectFiles({rowA});
        QVERIFY(page.renameSelected(QStringLiteral("renamed.txt")));
        QCOMPARE(lib->file(rowA)->name, QStringLiteral("renamed.txt"));
        QVERIFY(listTexts(list).contains(QStringLiteral("renamed.txt")));
        QVERIFY(page.createFolder(QStringLiteral("archive")));
        QVERIFY(lib->folders(sla)->contains(QStringLiteral("/archive")));
        QVERIFY(listTexts(list).contains(QStringLiteral("archive")));
        page.selectFiles({rowA});
        QVERIFY(page.moveSelected(QStringLiteral("/archive")));
        QCOMPARE(lib->file(rowA)->folder, QStringLiteral("/archive"));
        QVERIFY(!listTexts(list).contains(QStringLiteral("renamed.txt")));
        page.selectFolder(sla, QStringLiteral("/archive"));
        QCOMPARE(listTexts(list), QStringList{QStringLiteral("renamed.txt")});

        // Search.
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
        search->setText(QStringLiteral("y.d"));
        QCOMPARE(listTexts(list), QStringList{QStringLiteral("y.dat")});
        search->setText(QStringLiteral("nothing-like-this"));
        QCOMPARE(list->topLevelItemCount(), 0);
        search->clear();

        // Health: 2/2 everywhere.
        page.selectFolder(QString(), QString());
        auto healthAll = [lib](int expected) {
            auto files = lib->files();
            if (!files || files->isEmpty())
                return false;
            for (const auto &f : *files)
                if (f.healthOk != expected || f.healthTotal != 2)
                    return false;
            return true;
        };
        page.refreshHealth();
        QTRY_VERIFY_WITH_TIMEOUT(healthAll(2), 20000);

        // Share link: local providers cannot make one: the action is off and says why.
        page.selectFolder(sla, QStringLiteral("/"));
        page.selectFiles({rowB});
        {
            auto *share = page.findChild<QAction *>(QStringLiteral("share"));
            QVERIFY(!share->isEnabled());
            QVERIFY2(share->toolTip().contains(QStringLiteral("S3")), qPrintable(share->toolTip()));
        }

        // Delete asks, then removes the objects from both providers.
        const auto manifestB = storage::Manifest::fromJson(lib->file(rowB)->manifest);
        QVERIFY(manifestB.ok());
        QStringList objectFiles;
        QStringList roots;
        for (const auto &s : manifestB->shards) {
            auto *local = qobject_cast<storage::LocalBackend *>(lib->backendFor(s.provider));
            QVERIFY(local);
            objectFiles << local->pathOf(s.objectKey);
            if (!roots.contains(local->root()))
                roots << local->root();
        }
        QCOMPARE(roots.size(), 2);
        for (const QString &f : objectFiles)
            QVERIFY(QFileInfo::exists(f));
        const int before0 = countFiles(roots[0]);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.selectFiles({rowB});
        list->setFocus();
        robot.expectMessage(QStringLiteral("confirmDelete"), QStringLiteral("Delete"));
        QTest::keyClick(list, Qt::Key_Delete);
        bool confirmed = false;
        for (const QString &s : std::as_const(robot.seen))
            confirmed |= s.startsWith(QStringLiteral("confirmDelete:"));
        QVERIFY(confirmed);
        QTRY_VERIFY_WITH_TIMEOUT(!lib->file(rowB).ok(), 20000);
        for (const QString &f : objectFiles)
            QVERIFY2(!QFileInfo::exists(f), qPrintable(f));
        QCOMPARE(countFiles(roots[0]), before0 - 2); // the shard and the manifest
        QCOMPARE(lib->files()->size(), 3);

        // One provider's directory disappears: health 1/2, downloads still work.
        QVERIFY(QDir(roots[0]).removeRecursively());
        page.selectFolder(QString(), QString());
        page.refreshHealth();
        QTRY_VERIFY_WITH_TIMEOUT(healthAll(1), 20000);
        QVERIFY(list->topLevelItem(0)
                    ->text(FileListWidget::HealthColumn)
                    .startsWith(QStringLiteral("1/2")));
        const qint64 rowY = rowOf(QStringLiteral("y.dat"));
        page.selectFiles({rowY});
        QVERIFY(page.downloadSelectedTo(out + QStringLiteral("/y-again.dat")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->activeCount(), 0, 60000);
        QCOMPARE(readFile(out + QStringLiteral("/y-again.dat")), y);

        // A restart with an upload unfinished: the next run lists it as paused (with the file's
        // own size, not every copy's), says so, and Resume all asks the password once.
        {
            const QByteArray late = fbtest::randomBytes(2 * 1024 * 1024 + 3, 11);
            QVERIFY(writeFile(src + QStringLiteral("/late.bin"), late));
            lib->setBandwidthLimit(200 * 1000);
            QSignalSpy started(lib, &storage::FileLibrary::transferStarted);
            page.selectFolder(sla, QStringLiteral("/"));
            QVERIFY(page.uploadPaths({src + QStringLiteral("/late.bin")}));
            QCOMPARE(started.size(), 1);
            const qint64 id = started.first().first().toLongLong();
            // Coded and on its way, then stopped as a quit would (nothing more is sent).
            QTRY_VERIFY_WITH_TIMEOUT(
                lib->engine()->info(id).state == storage::TransferState::Uploading, 30000);
            lib->pause(id);
            page.hide();

            storage::FileLibrary next;
            QVERIFY(next.open(market.cache, ctx.dataDir));
            AppContext nextCtx = ctx;
            nextCtx.library = &next;
            next.setBandwidthLimit(0);
            FilesPage again(nextCtx);
            again.resize(1100, 720);
            again.show();
            QVERIFY(QTest::qWaitForWindowExposed(&again));
            QVERIFY(!next.isUnlocked());
            TransfersPanel *p2 = again.transfersPanel();
            QCOMPARE(p2->count(), 1);
            QVERIFY(p2->isPaused(id));
            QVERIFY(p2->isInterrupted(id));
            QCOMPARE(p2->nameOf(id), QStringLiteral("late.bin"));
            QCOMPARE(p2->sizeOf(id), qint64(late.size()));
            QVERIFY(p2->findChild<QLabel *>(QStringLiteral("transfersSummary"))
                        ->text()
                        .contains(QStringLiteral("paused")));
            auto *resumeAll = p2->findChild<QPushButton *>(QStringLiteral("resumeAll"));
            QVERIFY(resumeAll && resumeAll->isVisible());
            QVERIFY(again.findChild<QLabel *>(QStringLiteral("filesStatus"))
                        ->text()
                        .contains(QStringLiteral("Resume all")));
            fb::testkit::screenshot(&again, QStringLiteral("files-interrupted"));
            const auto asked = [&robot] {
                int n = 0;
                for (const QString &s : std::as_const(robot.seen))
                    n += s.startsWith(QStringLiteral("password:Unlock")) ? 1 : 0;
                return n;
            };
            const int before = asked();
            // As after a restart, the wallet is locked: Resume all asks for the password once.
            ctx.wallet->security()->lock();
            robot.expectPassword(QStringLiteral("Unlock your files"));
            resumeAll->click();
            QTRY_VERIFY_WITH_TIMEOUT(next.isUnlocked(), 20000);
            QCOMPARE(asked(), before + 1);
            QTRY_VERIFY_WITH_TIMEOUT(!p2->isPaused(id), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(p2->activeCount(), 0, 60000);
            QVERIFY(next.engine()->info(id).state == storage::TransferState::Done);
            QCOMPARE(asked(), before + 1);
            page.show();
        }
        QString why;
        QVERIFY2(robot.verify(&why), qPrintable(why));
        sync.stop();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(FilesPageTest)
#include "tst_filespage.moc"
