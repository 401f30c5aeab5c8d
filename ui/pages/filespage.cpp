#include "ui/pages/filespage.h"

#include "models/formats.h"

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/syncengine.h"
#include "models/walletsecurity.h"
#include "models/walletservice.h"
#include "storage/filelibrary.h"
#include "storage/transferengine.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/sharelinkdialog.h"
#include "ui/emptystate.h"
#include "ui/settingskeys.h"
#include "ui/theme.h"
#include "ui/widgets/filelistwidget.h"
#include "ui/widgets/transferspanel.h"
#include "wire/domain.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
constexpr int kSlaRole = Qt::UserRole + 10;
constexpr int kFolderRole = Qt::UserRole + 11;
constexpr int kAllRole = Qt::UserRole + 12;
constexpr int kStateRole = Qt::UserRole + 13; // the file's library state ("stored", ...)
constexpr double kLongTransferSeconds = 10.0;
constexpr int kShareSeconds = 7 * 24 * 3600;
} // namespace

FilesPage::FilesPage(AppContext &context, QWidget *parent)
    : Page(QStringLiteral("files"), context, parent)
    , m_library(context.library)
    , m_chooseUpload(
          [](QWidget *parent) { return QFileDialog::getOpenFileNames(parent, tr("Upload files")); })
{
    if (!m_library) { // no library from the composition root: an empty, closed one
        m_ownLibrary = std::make_unique<storage::FileLibrary>();
        m_library = m_ownLibrary.get();
    }
    setHeader(title(),
              tr("Files are encrypted on this computer, then spread across your providers."));
    if (context.deals)
        connect(context.deals, &DealService::slaNamesChanged, this, &FilesPage::rebuildTree);
    m_stack = new QStackedWidget(this);
    body()->addWidget(m_stack);

    m_noWallet = new EmptyState(
        iconPath(), tr("No wallet yet"),
        tr("Your files are encrypted with keys from your wallet. Set up a wallet, then buy "
           "storage from providers."),
        this);
    connect(m_noWallet->addAction(tr("Set up a wallet")), &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("wallet")); });
    m_stack->addWidget(m_noWallet);

    m_noSla = new EmptyState(
        iconPath(), tr("No storage yet"),
        tr("To store files you need a funded SLA with at least one provider. Once it is "
           "funded, drop files here or use Upload."),
        this);
    connect(m_noSla->addAction(tr("Buy storage…")), &QPushButton::clicked, this, [this] {
        if (isSignalConnected(QMetaMethod::fromSignal(&FilesPage::newSlaRequested)))
            Q_EMIT newSlaRequested();
        else
            Q_EMIT navigateRequested(QStringLiteral("marketplace"));
    });
    connect(m_noSla->addAction(tr("See my SLAs")), &QPushButton::clicked, this,
            [this] { Q_EMIT navigateRequested(QStringLiteral("slas")); });
    m_stack->addWidget(m_noSla);

    // The library: toolbar and search over the tree and list, the transfers below.
    m_main = new QWidget(this);
    m_main->setObjectName(QStringLiteral("filesMain"));
    auto *main = new QVBoxLayout(m_main);
    main->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *toolbar = new QToolBar(m_main);
    m_toolbar = toolbar;
    toolbar->installEventFilter(this);
    toolbar->setObjectName(QStringLiteral("filesToolbar"));
    toolbar->setAccessibleName(tr("File actions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(16, 16));
    top->addWidget(toolbar, 1);
    m_search = new QLineEdit(m_main);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search files by name"));
    m_search->setPlaceholderText(tr("Search files…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, this, [this] { rebuildList(); });
    // The page's Ctrl+… keys win over the field's own (Ctrl+U deletes the line on X11).
    m_search->installEventFilter(this);
    top->addWidget(m_search);
    main->addLayout(top);

    auto *vsplit = new QSplitter(Qt::Vertical, m_main);
    auto *hsplit = new QSplitter(Qt::Horizontal, vsplit);
    m_tree = new QTreeWidget(hsplit);
    m_tree->setObjectName(QStringLiteral("folders"));
    m_tree->setAccessibleName(tr("Folders"));
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(150);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_all = item->data(0, kAllRole).toBool();
        m_slaId = item->data(0, kSlaRole).toString();
        m_folder = item->data(0, kFolderRole).toString();
        if (m_folder.isEmpty())
            m_folder = QStringLiteral("/");
        rebuildList();
    });
    m_list = new FileListWidget(hsplit);
    m_list->setObjectName(QStringLiteral("files"));
    m_list->setAccessibleName(tr("Files in the current folder"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &FileListWidget::filesDropped, this,
            [this](const QStringList &paths) { uploadPaths(paths); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &FilesPage::updateActions);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString folder = item->data(0, FileListWidget::FolderRole).toString();
        if (!folder.isEmpty())
            selectFolder(item->data(0, kSlaRole).toString(), folder);
    });
    hsplit->addWidget(m_tree);
    hsplit->addWidget(m_list);
    hsplit->setStretchFactor(1, 3);
    hsplit->setSizes({180, 720});
    m_transfers = new TransfersPanel(vsplit);
    connect(m_transfers, &TransfersPanel::cancelRequested, this, [this](qint64 id) {
        if (!m_library->isUnlocked() && m_transfers->isInterrupted(id)) {
            // Paused by a lock or a quit: the engine cancels it (and cleans up what it stored)
            // once the files are unlocked, so this asks for the password first.
            m_resumeWanted.remove(id);
            m_pausedByLock.remove(id);
            ensureUnlocked([this, id] { m_library->cancel(id); });
            return;
        }
        m_library->cancel(id);
    });
    connect(m_transfers, &TransfersPanel::pauseRequested, this, [this](qint64 id) {
        m_library->pause(id);
        m_transfers->setPaused(id, true);
    });
    connect(m_transfers, &TransfersPanel::resumeRequested, this, [this](qint64 id) {
        if (m_transfers->isInterrupted(id) && !m_library->isUnlocked()) {
            // Left by the previous run: the engine takes it over once the files are unlocked.
            m_resumeWanted.insert(id);
            ensureUnlocked();
            return;
        }
        resumeTransfer(id);
    });
    connect(m_transfers, &TransfersPanel::resumeAllRequested, this, &FilesPage::resumeAllTransfers);
    // The speed limit is a preference: kept across runs, applied to the engine once unlocked.
    const qint64 limit = QSettings().value(SettingsKeys::transferSpeedLimit(), 0).toLongLong();
    m_transfers->setSpeedLimit(limit);
    m_library->setBandwidthLimit(m_transfers->speedLimit());
    connect(m_transfers, &TransfersPanel::speedLimitChanged, this, [this](qint64 bytesPerSecond) {
        QSettings().setValue(SettingsKeys::transferSpeedLimit(), bytesPerSecond);
        m_library->setBandwidthLimit(bytesPerSecond);
        status(bytesPerSecond > 0 ? tr("Transfers are limited to %1/s.")
                                        .arg(TransfersPanel::formatBytes(bytesPerSecond))
                                  : tr("Transfers run at full speed."));
    });
    vsplit->addWidget(hsplit);
    vsplit->addWidget(m_transfers);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    vsplit->setSizes({380, 240});
    main->addWidget(vsplit, 1);
    m_status = new QLabel(m_main);
    m_status->setObjectName(QStringLiteral("filesStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    main->addWidget(m_status);
    m_stack->addWidget(m_main);

    // The keyboard starts in the file list (Tab: the transfers, Shift+Tab: the search field).
    setTabOrder(m_list, m_tree);
    setTabOrder(m_tree, m_search);
    m_list->setFocus();

    buildActions();
    for (QAction *a : {m_upload, m_uploadFolder, m_download, m_newFolder, m_rename, m_move,
                       m_delete, m_share, m_health})
        toolbar->addAction(a);
    for (QAction *a : {m_download, m_rename, m_move, m_delete, m_share})
        m_list->addAction(a);

    connect(m_library, &storage::FileLibrary::changed, this, [this] {
        rebuildTree();
        rebuildList();
    });
    connect(m_library, &storage::FileLibrary::transferStarted, this, &FilesPage::onTransferStarted);
    connect(m_library, &storage::FileLibrary::transferProgress, this,
            &FilesPage::onTransferProgress);
    connect(m_library, &storage::FileLibrary::totalProgress, this,
            [this](qint64 done, qint64 total, double bytesPerSecond) {
                m_transfers->setTotals(done, total, bytesPerSecond, m_fileRatio);
            });
    connect(m_library, &storage::FileLibrary::transferFinished, this,
            &FilesPage::onTransferFinished);
    connect(m_library, &storage::FileLibrary::healthChecked, this,
            [this](qint64, int ok, int total) {
                if (ok < total)
                    status(tr("A file has %1 of its %2 shards reachable.").arg(ok).arg(total));
            });
    connect(m_library, &storage::FileLibrary::removed, this,
            [this](qint64, bool ok, const QString &error) {
                if (!ok)
                    status(
                        tr("Some objects could not be removed from the providers: %1").arg(error));
            });
    if (context.wallet) {
        connect(context.wallet, &WalletService::changed, this, [this] { reload(); });
        // One lock for the whole app: Lock now, Ctrl+Shift+L, the idle time and sleep lock the
        // files too. Unlocking the wallet again continues the transfers the lock paused.
        WalletSecurity *session = context.wallet->security();
        connect(session, &WalletSecurity::locked, m_library, &storage::FileLibrary::lock,
                Qt::UniqueConnection);
        connect(session, &WalletSecurity::lockedChanged, this, [this](bool locked) {
            if (!locked && !m_pausedByLock.isEmpty() && !m_library->isUnlocked())
                ensureUnlocked();
        });
    }
    connect(m_library, &storage::FileLibrary::locked, this, &FilesPage::onLibraryLocked);
    if (context.sync)
        connect(context.sync, &SyncEngine::pageApplied, this,
                [this](qint64, int, const QStringList &entities) {
                    if (entities.contains(QStringLiteral("deals")) ||
                        entities.contains(QStringLiteral("deal")))
                        reload();
                });
    // The health column's colours follow a theme switch.
    connect(Theme::notifier(), &ThemeNotifier::changed, this, [this] { rebuildList(); });
    reload();
}

FilesPage::~FilesPage() = default;

QString FilesPage::title() const
{
    return tr("Files");
}

void FilesPage::buildActions()
{
    auto make = [this](const QString &text, const QString &name, QStyle::StandardPixmap icon,
                       const QKeySequence &key, auto slot) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setObjectName(name);
        a->setToolTip(
            key.isEmpty() ? text : tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        if (!key.isEmpty()) {
            a->setShortcut(key);
            // Ctrl+… keys work anywhere in the window while the page shows (the sidebar, the
            // search field); Delete, F2 and F5 stay with the page, where they mean the files.
            a->setShortcutContext(key[0].keyboardModifiers() & Qt::ControlModifier
                                      ? Qt::WindowShortcut
                                      : Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_upload = make(tr("Upload"), QStringLiteral("upload"), QStyle::SP_ArrowUp,
                    QKeySequence(tr("Ctrl+U")), [this] {
                        if (!ensureUnlocked([this] { m_upload->trigger(); }))
                            return;
                        const QStringList paths = m_chooseUpload(this);
                        if (!paths.isEmpty())
                            uploadPaths(paths);
                    });
    m_uploadFolder = make(tr("Upload folder"), QStringLiteral("uploadFolder"), QStyle::SP_DirIcon,
                          QKeySequence(tr("Ctrl+Shift+U")), [this] {
                              if (!ensureUnlocked([this] { m_uploadFolder->trigger(); }))
                                  return;
                              const QString dir =
                                  QFileDialog::getExistingDirectory(this, tr("Upload a folder"));
                              if (!dir.isEmpty())
                                  uploadPaths({dir});
                          });
    m_download =
        make(tr("Download"), QStringLiteral("download"), QStyle::SP_ArrowDown,
             QKeySequence(tr("Ctrl+D")), [this] {
                 const QList<qint64> rows = selectedFiles();
                 if (rows.isEmpty() || !ensureUnlocked([this] { m_download->trigger(); }))
                     return;
                 QString target;
                 if (rows.size() == 1) {
                     auto f = m_library->file(rows.first());
                     target = QFileDialog::getSaveFileName(
                         this, tr("Save as"), f ? QDir::home().filePath(f->name) : QString());
                 } else {
                     target = QFileDialog::getExistingDirectory(this, tr("Download into"));
                 }
                 if (!target.isEmpty())
                     downloadSelectedTo(target);
             });
    m_newFolder = make(tr("New folder"), QStringLiteral("newFolder"),
                       QStyle::SP_FileDialogNewFolder, QKeySequence(tr("Ctrl+Shift+N")), [this] {
                           bool ok = false;
                           const QString name =
                               QInputDialog::getText(this, tr("New folder"), tr("Folder name:"),
                                                     QLineEdit::Normal, QString(), &ok);
                           if (ok && !name.trimmed().isEmpty())
                               createFolder(name);
                       });
    m_rename = make(tr("Rename"), QStringLiteral("rename"), QStyle::SP_FileDialogDetailedView,
                    QKeySequence(Qt::Key_F2), [this] {
                        const QList<qint64> rows = selectedFiles();
                        if (rows.size() != 1)
                            return;
                        auto f = m_library->file(rows.first());
                        if (!f)
                            return;
                        bool ok = false;
                        const QString name = QInputDialog::getText(
                            this, tr("Rename"), tr("New name:"), QLineEdit::Normal, f->name, &ok);
                        if (ok && name != f->name)
                            renameSelected(name);
                    });
    m_move = make(tr("Move"), QStringLiteral("move"), QStyle::SP_FileDialogToParent, QKeySequence(),
                  [this] {
                      if (selectedFiles().isEmpty())
                          return;
                      auto first = m_library->file(selectedFiles().first());
                      if (!first)
                          return;
                      bool ok = false;
                      const auto folders = m_library->folders(first->slaId);
                      const QString folder =
                          QInputDialog::getItem(this, tr("Move"), tr("Move to folder:"),
                                                folders ? *folders : QStringList(), 0, true, &ok);
                      if (ok && !folder.isEmpty())
                          moveSelected(folder);
                  });
    m_delete = make(tr("Delete"), QStringLiteral("delete"), QStyle::SP_TrashIcon,
                    QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
    m_share = make(tr("Share link"), QStringLiteral("share"), QStyle::SP_DialogOpenButton,
                   QKeySequence(), [this] { showShareLink(); });
    m_health = make(tr("Refresh health"), QStringLiteral("health"), QStyle::SP_BrowserReload,
                    QKeySequence(Qt::Key_F5), [this] { refreshHealth(); });
    updateActions();
}

void FilesPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    reload();
}

bool FilesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // A line edit claims some Ctrl keys for itself; the page's actions take theirs back.
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (QAction *a : actions()) {
            if ((key->modifiers() & Qt::ControlModifier) && a->isEnabled() &&
                a->shortcut() == pressed) {
                event->ignore();
                return true; // not the field's: the shortcut map triggers the action
            }
        }
    }
    if (watched == m_toolbar && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &FilesPage::fitToolbar, Qt::QueuedConnection);
    return Page::eventFilter(watched, event);
}

void FilesPage::fitToolbar()
{
    if (!m_toolbar)
        return;
    // The toolbar's width is what the layout gives it beside the search field.
    const int room = m_toolbar->width();
    if (m_toolbar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon) {
        if (m_toolbar->sizeHint().width() > room) {
            m_textToolbarWidth = m_toolbar->sizeHint().width();
            m_toolbar->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    } else if (m_textToolbarWidth > 0 && room >= m_textToolbarWidth) {
        m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
}

void FilesPage::status(const QString &text)
{
    m_status->setText(text);
}

// ---- state -------------------------------------------------------------------------------------

void FilesPage::reload()
{
    WalletService *wallet = context().wallet;
    const QString address = wallet ? wallet->stellarAddress() : QString();
    DealService *dealService = context().deals;
    QList<Deal> deals;
    if (dealService && !address.isEmpty())
        deals = dealService->cachedDeals(address);
    setDeals(deals);
    // The node is the fresher source when signed in (the cache follows with the next sync).
    if (dealService && context().accounts && context().accounts->signedIn()) {
        dealService->fetchSla(QString(), this, [this, deals](Result<QList<Deal>> r) {
            if (!r.ok())
                return;
            QList<Deal> merged = deals;
            for (const Deal &d : std::as_const(*r)) {
                bool replaced = false;
                for (Deal &old : merged)
                    if (old.id == d.id) {
                        old = d;
                        replaced = true;
                    }
                if (!replaced)
                    merged << d;
            }
            setDeals(merged);
        });
    }
}

void FilesPage::setDeals(const QList<Deal> &deals)
{
    m_library->setDeals(deals);
    updateState();
}

void FilesPage::updateState()
{
    listInterrupted();
    WalletService *wallet = context().wallet;
    if (!wallet || !wallet->exists())
        m_stack->setCurrentWidget(m_noWallet);
    else if (m_library->slaIds().isEmpty())
        m_stack->setCurrentWidget(m_noSla);
    else
        m_stack->setCurrentWidget(m_main);
    rebuildTree();
    rebuildList();
}

void FilesPage::rebuildTree()
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    auto *all = new QTreeWidgetItem(m_tree, {tr("All files")});
    all->setData(0, kAllRole, true);
    all->setIcon(0, style()->standardIcon(QStyle::SP_DriveHDIcon));
    QTreeWidgetItem *current = m_all ? all : nullptr;
    for (const QString &slaId : m_library->slaIds()) {
        const storage::SlaInfo sla = m_library->sla(slaId);
        const QString scheme = sla.k <= 1 ? tr("%n copies", nullptr, sla.n)
                                          : tr("%1 of %2 shards").arg(sla.k).arg(sla.n);
        // The agreement's name, the one the SLAs page shows (and renames).
        const QString name = context().deals ? context().deals->slaName(slaId)
                                             : tr("Agreement %1").arg(slaId.right(8));
        auto *root = new QTreeWidgetItem(m_tree, {tr("%1 · %2").arg(name, scheme)});
        root->setToolTip(0, tr("%1 (agreement %2)").arg(name, slaId));
        root->setIcon(0, style()->standardIcon(QStyle::SP_DriveNetIcon));
        root->setData(0, kSlaRole, slaId);
        root->setData(0, kFolderRole, QStringLiteral("/"));
        QHash<QString, QTreeWidgetItem *> items{{QStringLiteral("/"), root}};
        const auto folders = m_library->folders(slaId);
        for (const QString &folder : folders ? *folders : QStringList()) {
            if (folder == QLatin1String("/"))
                continue;
            const int cut = folder.lastIndexOf(QLatin1Char('/'));
            const QString parent = cut <= 0 ? QStringLiteral("/") : folder.left(cut);
            auto *item = new QTreeWidgetItem(items.value(parent, root), {folder.mid(cut + 1)});
            item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            item->setData(0, kSlaRole, slaId);
            item->setData(0, kFolderRole, folder);
            items.insert(folder, item);
        }
        if (!m_all && slaId == m_slaId)
            current = items.value(m_folder, root);
    }
    m_tree->expandAll();
    if (!current) {
        current = all;
        m_all = true;
    }
    m_tree->setCurrentItem(current);
}

void FilesPage::rebuildList()
{
    const QList<qint64> keep = selectedFiles();
    m_list->setSortingEnabled(false);
    m_list->clear();
    const QString query = m_search->text().trimmed();
    const QString sla = m_all ? QString() : m_slaId;
    Result<QList<storage::LibraryFile>> files = !query.isEmpty() ? m_library->search(query, sla)
                                                : m_all          ? m_library->files()
                                                        : m_library->files(m_slaId, m_folder);
    const bool flat = !query.isEmpty() || m_all;
    if (!flat) {
        // Sub-folders first.
        const auto folders = m_library->folders(m_slaId);
        for (const QString &folder : folders ? *folders : QStringList()) {
            if (folder == QLatin1String("/") || folder == m_folder)
                continue;
            const int cut = folder.lastIndexOf(QLatin1Char('/'));
            const QString parent = cut <= 0 ? QStringLiteral("/") : folder.left(cut);
            if (parent != m_folder)
                continue;
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(FileListWidget::NameColumn, folder.mid(cut + 1));
            item->setText(FileListWidget::StatusColumn, tr("Folder"));
            item->setIcon(0, style()->standardIcon(QStyle::SP_DirIcon));
            item->setData(0, FileListWidget::FolderRole, folder);
            item->setData(0, kSlaRole, m_slaId);
            item->setToolTip(0, tr("Double-click to open %1").arg(folder));
        }
    }
    if (files) {
        QHash<QString, QString> agreementNames; // per SLA id, asked once per rebuild
        for (const storage::LibraryFile &f : std::as_const(*files)) {
            auto *item = new QTreeWidgetItem(m_list);
            // The name alone, in a folder and in a flat list (all files, search results); where
            // it lives (folder and agreement) is in the tooltip.
            item->setText(FileListWidget::NameColumn, f.name);
            item->setIcon(FileListWidget::NameColumn, style()->standardIcon(QStyle::SP_FileIcon));
            auto named = agreementNames.find(f.slaId);
            if (named == agreementNames.end())
                named = agreementNames.insert(
                    f.slaId, context().deals ? context().deals->slaName(f.slaId)
                                             : tr("Agreement %1").arg(f.slaId.right(8)));
            const QString &agreement = *named;
            item->setToolTip(FileListWidget::NameColumn, tr("%1 in “%2”").arg(f.path(), agreement));
            item->setData(0, FileListWidget::FileRowRole, f.id);
            item->setData(0, kSlaRole, f.slaId);
            item->setText(FileListWidget::SizeColumn, TransfersPanel::formatBytes(f.size));
            item->setData(FileListWidget::SizeColumn, Qt::TextAlignmentRole,
                          int(Qt::AlignRight | Qt::AlignVCenter));
            // What the providers keep (every copy, or shards and parity), beside the file's size.
            const qint64 stored = f.storedBytes();
            item->setText(FileListWidget::StoredColumn,
                          stored > 0 ? TransfersPanel::formatBytes(stored) : QString());
            item->setData(FileListWidget::StoredColumn, Qt::TextAlignmentRole,
                          int(Qt::AlignRight | Qt::AlignVCenter));
            if (stored > 0)
                item->setToolTip(FileListWidget::StoredColumn,
                                 tr("%1 file, %2 kept with your providers")
                                     .arg(TransfersPanel::formatBytes(f.size),
                                          TransfersPanel::formatBytes(stored)));
            item->setText(FileListWidget::ModifiedColumn, Formats().dateTime(f.mtime));
            if (f.healthOk >= 0 && f.state == QLatin1String("stored")) {
                item->setText(FileListWidget::HealthColumn,
                              tr("%1/%2 shards").arg(f.healthOk).arg(f.healthTotal));
                const bool full = f.healthOk >= f.healthTotal;
                item->setForeground(FileListWidget::HealthColumn,
                                    Theme::color(full ? ThemeColor::Success : ThemeColor::Warning));
                item->setToolTip(
                    FileListWidget::HealthColumn,
                    full ? tr("Every shard is reachable.")
                         : tr("%1 of %2 shards are reachable.").arg(f.healthOk).arg(f.healthTotal));
            }
            QString state;
            if (f.state == QLatin1String("stored"))
                state = tr("Stored");
            else if (f.state == QLatin1String("uploading"))
                state = m_transfers->isPaused(f.transferId) || !m_library->isUnlocked()
                            ? tr("Paused")
                            : tr("Uploading");
            else if (f.state == QLatin1String("deleting"))
                state = tr("Deleting");
            else
                state = tr("Failed");
            item->setText(FileListWidget::StatusColumn, state);
            item->setData(0, kStateRole, f.state);
            if (keep.contains(f.id))
                item->setSelected(true);
        }
    }
    m_list->setSortingEnabled(false);
    m_list->setPlaceholder(
        !query.isEmpty() ? tr("No file matches “%1”").arg(query)
                         : tr("Drop files here\nor use Upload (%1)")
                               .arg(QKeySequence(tr("Ctrl+U")).toString(QKeySequence::NativeText)));
    updateActions();
}

void FilesPage::updateActions()
{
    const int n = int(selectedFiles().size());
    const bool canStore = m_all ? m_library->slaIds().size() == 1 : !m_slaId.isEmpty();
    m_upload->setEnabled(canStore);
    m_uploadFolder->setEnabled(canStore);
    m_newFolder->setEnabled(!m_all && !m_slaId.isEmpty());
    // Only stored files can be downloaded or shared: an upload still running (or one that
    // failed) has nothing complete with the providers yet.
    bool allStored = n > 0;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        if (item->data(0, FileListWidget::FileRowRole).toLongLong() > 0)
            allStored &= item->data(0, kStateRole).toString() == QLatin1String("stored");
    m_download->setEnabled(allStored);
    m_download->setToolTip(
        n > 0 && !allStored ? tr("Download is possible once the upload has finished")
                            : tr("%1 (%2)").arg(m_download->text(), m_download->shortcut().toString(
                                                                        QKeySequence::NativeText)));
    m_rename->setEnabled(n == 1);
    m_move->setEnabled(n > 0);
    m_delete->setEnabled(n > 0);
    // A link needs a provider that speaks S3: say why it is off rather than fail on a click.
    const Status shareable = n == 1 ? m_library->shareable(selectedFiles().first())
                                    : Status::failure(QStringLiteral("selection"), QString());
    m_share->setEnabled(shareable.ok());
    m_share->setToolTip(shareable.ok() || n != 1
                            ? tr("Make a web link to the selected file, valid for a week")
                            : shareable.error().message);
    m_health->setEnabled(m_list->topLevelItemCount() > 0);
}

QString FilesPage::currentSla() const
{
    if (m_all && m_library->slaIds().size() == 1)
        return m_library->slaIds().first();
    return m_all ? QString() : m_slaId;
}

QString FilesPage::currentFolder() const
{
    return m_all ? QStringLiteral("/") : m_folder;
}

void FilesPage::selectFolder(const QString &slaId, const QString &folder)
{
    m_all = slaId.isEmpty();
    m_slaId = slaId;
    m_folder = storage::FileLibrary::normalizeFolder(folder);
    rebuildTree();
    rebuildList();
}

void FilesPage::selectFiles(const QList<qint64> &rows)
{
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (rows.contains(item->data(0, FileListWidget::FileRowRole).toLongLong())) {
            item->setSelected(true);
            m_list->setCurrentItem(item, 0, QItemSelectionModel::Select);
        }
    }
    updateActions();
}

QList<qint64> FilesPage::selectedFiles() const
{
    QList<qint64> out;
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        const qint64 id = item->data(0, FileListWidget::FileRowRole).toLongLong();
        if (id > 0)
            out << id;
    }
    return out;
}

// ---- operations --------------------------------------------------------------------------------

bool FilesPage::ensureUnlocked(std::function<void()> then)
{
    if (m_library->isUnlocked())
        return true;
    if (m_unlocking)
        return false; // one password prompt at a time; the running unlock goes on
    WalletService *wallet = context().wallet;
    if (!wallet || !wallet->exists()) {
        status(tr("Set up a wallet first."));
        return false;
    }
    // An unlocked wallet opens the files without asking again (WalletSecurity).
    auto secret = walletPassword(this, wallet, tr("Unlock your files"),
                                 tr("Enter your wallet password. Your files are encrypted with "
                                    "keys derived from your wallet; they stay unlocked until the "
                                    "wallet locks."));
    if (!secret)
        return false;
    // Argon2 runs on a worker: the window keeps painting, the status says what is going on.
    m_unlocking = true;
    status(tr("Unlocking your files…"));
    wallet->unlockAsync(
        secret, this,
        [this, wallet, then = std::move(then),
         locks = wallet->security()->lockCount()](Result<keystore::Secrets> secrets) {
            m_unlocking = false;
            if (locks != wallet->security()->lockCount()) {
                // The wallet locked while the keystore was opening: the lock wins.
                status(tr("The wallet locked before your files were unlocked."));
                return;
            }
            Status s = secrets ? m_library->unlock(*secrets) : Status(secrets.error());
            if (!m_library->isUnlocked()) {
                QMessageBox::warning(this, tr("Cannot unlock"),
                                     s.ok() ? tr("The files cannot be unlocked.")
                                            : s.error().message);
                return;
            }
            status(s ? tr("Your files are unlocked.")
                     : tr("Some providers cannot be reached: %1").arg(s.error().message));
            if (then)
                then();
        });
    return false;
}

bool FilesPage::uploadPaths(const QStringList &paths)
{
    const QString sla = currentSla();
    if (sla.isEmpty()) {
        status(tr("Choose an SLA in the folder tree first."));
        return false;
    }
    if (!ensureUnlocked([this, paths] { uploadPaths(paths); }))
        return m_unlocking; // started once the files are unlocked
    int started = 0;
    for (const QString &p : paths) {
        auto ids = m_library->upload(p, sla, currentFolder());
        if (!ids) {
            status(tr("Cannot upload %1: %2").arg(QFileInfo(p).fileName(), ids.error().message));
            return false;
        }
        started += int(ids->size());
    }
    status(tr("Uploading %n file(s)…", nullptr, started));
    return true;
}

bool FilesPage::downloadSelectedTo(const QString &target)
{
    const QList<qint64> rows = selectedFiles();
    if (rows.isEmpty())
        return false;
    if (!ensureUnlocked([this, target] { downloadSelectedTo(target); }))
        return m_unlocking;
    const bool intoDir = rows.size() > 1 || QFileInfo(target).isDir();
    for (qint64 row : rows) {
        auto f = m_library->file(row);
        if (!f)
            continue;
        const QString out = intoDir ? QDir(target).filePath(f->name) : target;
        auto id = m_library->download(row, out);
        if (!id) {
            status(tr("Cannot download %1: %2").arg(f->name, id.error().message));
            return false;
        }
        m_downloadTargets.insert(*id, out);
    }
    return true;
}

bool FilesPage::createFolder(const QString &name)
{
    if (m_all || m_slaId.isEmpty() || name.trimmed().isEmpty() || name.contains(QLatin1Char('/')))
        return false;
    const QString path =
        storage::FileLibrary::normalizeFolder(m_folder + QLatin1Char('/') + name.trimmed());
    if (auto s = m_library->createFolder(m_slaId, path); !s) {
        status(s.error().message);
        return false;
    }
    return true;
}

bool FilesPage::renameSelected(const QString &newName)
{
    const QList<qint64> rows = selectedFiles();
    if (rows.size() != 1)
        return false;
    if (auto s = m_library->rename(rows.first(), newName); !s) {
        QMessageBox::warning(this, tr("Cannot rename"), s.error().message);
        return false;
    }
    return true;
}

bool FilesPage::moveSelected(const QString &folder)
{
    const QList<qint64> rows = selectedFiles();
    for (qint64 row : rows)
        if (auto s = m_library->move(row, folder); !s) {
            status(s.error().message);
            return false;
        }
    return !rows.isEmpty();
}

void FilesPage::deleteSelected()
{
    const QList<qint64> rows = selectedFiles();
    if (rows.isEmpty())
        return;
    QString what;
    if (rows.size() == 1) {
        auto f = m_library->file(rows.first());
        what = f ? tr("Delete “%1”?").arg(f->name) : tr("Delete this file?");
    } else {
        what = tr("Delete %n file(s)?", nullptr, int(rows.size()));
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete files"), what, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(
        tr("The encrypted copies are removed from every provider. This cannot be undone."));
    QPushButton *del = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != del)
        return;
    if (!ensureUnlocked([this, rows] {
            for (qint64 row : rows)
                if (auto s = m_library->remove(row); !s)
                    status(s.error().message);
        }))
        return;
    for (qint64 row : rows)
        if (auto s = m_library->remove(row); !s)
            status(s.error().message);
}

void FilesPage::refreshHealth()
{
    if (!ensureUnlocked([this] { refreshHealth(); }))
        return;
    QString refused;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const qint64 row =
            m_list->topLevelItem(i)->data(0, FileListWidget::FileRowRole).toLongLong();
        if (row <= 0)
            continue;
        if (auto s = m_library->checkHealth(row); !s && refused.isEmpty())
            refused = s.error().message;
    }
    status(refused.isEmpty() ? tr("Checking which shards are reachable…")
                             : tr("Some files could not be checked: %1").arg(refused));
}

void FilesPage::showShareLink()
{
    const QList<qint64> rows = selectedFiles();
    if (rows.size() != 1 || !ensureUnlocked([this] { showShareLink(); }))
        return;
    auto f = m_library->file(rows.first());
    auto link = m_library->shareLink(rows.first(), kShareSeconds);
    if (!link) {
        QMessageBox box(QMessageBox::Information, tr("Share link"), link.error().message,
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("shareUnavailable"));
        box.exec();
        return;
    }
    ShareLinkDialog dialog(f ? f->name : QString(), link->url, link->expires, this);
    dialog.exec();
}

void FilesPage::listInterrupted()
{
    if (m_library->isUnlocked())
        return;
    int added = 0;
    for (const storage::InterruptedTransfer &t : m_library->interruptedTransfers()) {
        if (m_transfers->isInterrupted(t.id) || m_transfers->kindOf(t.id) == t.kind)
            continue;
        m_transfers->addInterrupted(t.id, t.kind, t.name, t.size);
        ++added;
    }
    if (added == 1)
        status(tr("A transfer stopped when Flashback closed. It is paused: Resume all continues "
                  "it after your password."));
    else if (added > 1)
        status(tr("%1 transfers stopped when Flashback closed. They are paused: Resume all "
                  "continues them after your password.")
                   .arg(added));
}

void FilesPage::resumeAllTransfers()
{
    if (!m_library->isUnlocked()) {
        m_resumeAllWanted = true;
        ensureUnlocked([this] { resumeAllTransfers(); });
        return;
    }
    m_resumeAllWanted = false;
    for (qint64 id : m_transfers->pausedIds())
        resumeTransfer(id);
}

void FilesPage::resumeTransfer(qint64 id)
{
    m_library->resume(id);
    if (m_transfers->isInterrupted(id)) // the engine holds it since the unlock
        m_transfers->addTransfer(id, m_transfers->kindOf(id), m_transfers->nameOf(id),
                                 m_transfers->sizeOf(id));
    else
        m_transfers->setPaused(id, false);
    showPhase(id);
}

void FilesPage::onLibraryLocked(const QList<qint64> &stopped)
{
    const QString why = tr("Paused when the wallet locked. It continues from what was already "
                           "transferred once you unlock the wallet.");
    int paused = 0;
    for (qint64 id : stopped) {
        if (m_transfers->kindOf(id).isEmpty())
            continue; // not shown here: listInterrupted() picks it up
        if (!m_transfers->isPaused(id))
            m_pausedByLock.insert(id); // it was running: it continues after the unlock
        m_transfers->interrupt(id, why);
        ++paused;
    }
    m_resumeWanted.unite(m_pausedByLock);
    listInterrupted();
    status(paused > 0 ? tr("The wallet locked: your files' keys are wiped and %n transfer(s) "
                           "paused. They continue when you unlock the wallet.",
                           nullptr, paused)
                      : tr("The wallet locked: your files' keys are wiped."));
    rebuildList();
}

void FilesPage::onTransferStarted(qint64 id, const QString &kind, const QString &name, qint64 size)
{
    m_pausedByLock.remove(id);
    if (m_transfers->isInterrupted(id) && !m_resumeAllWanted && !m_resumeWanted.contains(id)) {
        // Unlocked for something else: the engine took the transfer over, the user did not ask
        // to continue it yet.
        m_library->pause(id);
        return;
    }
    m_resumeWanted.remove(id);
    m_transfers->addTransfer(id, kind, name, size);
    showPhase(id);
}

void FilesPage::showPhase(qint64 id)
{
    storage::TransferEngine *engine = m_library->engine();
    if (!engine)
        return;
    const storage::TransferInfo info = engine->info(id);
    const bool upload = info.kind == storage::TransferKind::Upload;
    QString phase;
    switch (info.state) {
    case storage::TransferState::Encoding:
        if (info.bytesDone == 0)
            phase = tr("Encrypting and coding…");
        break;
    case storage::TransferState::Manifest:
        phase = upload ? tr("Saving the manifest…") : tr("Reading the manifest…");
        break;
    case storage::TransferState::Decoding:
        phase = tr("Decoding and decrypting…");
        break;
    default:
        break;
    }
    m_transfers->setPhase(id, phase);
}

void FilesPage::onTransferProgress(qint64 id, qint64 done, qint64 total)
{
    m_transfers->setProgress(id, done, total);
    showPhase(id);
    storage::TransferEngine *engine = m_library->engine();
    if (!engine)
        return;
    const storage::TransferInfo info = engine->info(id);
    // The engine counts shard bytes (n shards of k-of-n coding); the panel shows file bytes.
    const qint64 fileSize = m_transfers->sizeOf(id);
    const double ratio =
        info.bytesTotal > 0 && fileSize > 0 ? double(fileSize) / double(info.bytesTotal) : 1.0;
    m_fileRatio = ratio;
    if (info.paused != m_transfers->isPaused(id))
        m_transfers->setPaused(id, info.paused);
    if (!info.paused)
        m_transfers->setRates(id, info.bytesPerSecond * ratio, info.etaSeconds);
}

void FilesPage::onTransferFinished(qint64 id, bool ok, const QString &error)
{
    const double secs = m_transfers->elapsedSeconds(id);
    const QString name = m_transfers->nameOf(id);
    const bool upload = m_transfers->kindOf(id) == QLatin1String("upload");
    m_transfers->setFinished(id, ok, error);
    const QString out = m_downloadTargets.take(id);
    QString text;
    if (ok)
        text = upload ? tr("%1 is stored with your providers.").arg(name)
                      : tr("%1 was saved to %2.").arg(name, QDir::toNativeSeparators(out));
    else
        text = upload ? tr("The upload of %1 failed: %2").arg(name, error)
                      : tr("The download of %1 failed: %2").arg(name, error);
    status(text);
    if (secs >= kLongTransferSeconds && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(iconPath()), this);
            m_tray->setToolTip(tr("Flashback transfers"));
        }
        m_tray->show();
        m_tray->showMessage(ok ? tr("Transfer finished") : tr("Transfer failed"), text,
                            ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
}

} // namespace fb::ui
