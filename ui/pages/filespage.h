// FilesPage: the files kept, encrypted, with the providers of the user's SLAs: a folder tree per
// SLA, the file list (drop files or folders on it to upload), a toolbar (upload, download, new
// folder, rename, move, delete, share link, health), a search field and the transfers panel.
// The library (storage/filelibrary.h) does the work; the page asks for the wallet password once,
// when an operation first needs the keys (none when the wallet's session is unlocked). When the
// session locks, the library drops its keys and storage access and the running transfers pause;
// they continue once the wallet is unlocked again.
#pragma once

#include "ui/page.h"

#include <QSet>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace fb {
struct Deal;
}

namespace fb::storage {
class FileLibrary;
struct LibraryFile;
} // namespace fb::storage

namespace fb::ui {

class EmptyState;
class FileListWidget;
class TransfersPanel;

class FilesPage : public Page
{
    Q_OBJECT
public:
    explicit FilesPage(AppContext &context, QWidget *parent = nullptr);
    ~FilesPage() override;
    QString title() const override;
    QLineEdit *searchField() const override { return m_search; }
    QString iconPath() const override { return QStringLiteral(":/icons/files.svg"); }

    storage::FileLibrary *library() const { return m_library; }
    TransfersPanel *transfersPanel() const { return m_transfers; }
    QString currentSla() const;
    QString currentFolder() const;
    void selectFolder(const QString &slaId, const QString &folder);
    // Selects the rows of these file ids in the list (tests, keyboard).
    void selectFiles(const QList<qint64> &rows);
    QList<qint64> selectedFiles() const;

    // The operations behind the toolbar, once their input is known (the actions ask for it).
    // True when the files are unlocked now; else asks the password, unlocks off the GUI thread
    // and then runs then (false is returned meanwhile).
    bool ensureUnlocked(std::function<void()> then = {});
    bool uploadPaths(const QStringList &paths);
    bool downloadSelectedTo(const QString &target);
    bool createFolder(const QString &name);
    bool renameSelected(const QString &newName);
    bool moveSelected(const QString &folder);
    void deleteSelected();
    void refreshHealth();
    void showShareLink();
    // Continues every paused transfer (asks the password once when the files are locked:
    // unlocking resumes the transfers a previous run left).
    void resumeAllTransfers();
    // Reloads the deals (cache, then the node when signed in) and the list.
    void reload();
    // How Upload asks for the files (a file dialog; a test hands its own answer).
    void setUploadChooser(std::function<QStringList(QWidget *)> chooser)
    {
        m_chooseUpload = std::move(chooser);
    }

Q_SIGNALS:
    // Asks the main window to open the SLA wizard (falls back to the marketplace page when
    // nothing is connected).
    void newSlaRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildActions();
    // Text beside the icons when the window is wide enough, icons only (names in the
    // tooltips) when it is not, so no action falls off the right edge.
    void fitToolbar();
    void updateState();
    void rebuildTree();
    void rebuildList();
    void updateActions();
    void setDeals(const QList<fb::Deal> &deals);
    void onTransferFinished(qint64 id, bool ok, const QString &error);
    void onTransferProgress(qint64 id, qint64 done, qint64 total);
    void status(const QString &text);
    void listInterrupted();
    void onTransferStarted(qint64 id, const QString &kind, const QString &name, qint64 size);
    void showPhase(qint64 id);
    void resumeTransfer(qint64 id);
    // The wallet locked (FileLibrary::locked): the stopped transfers show as paused.
    void onLibraryLocked(const QList<qint64> &stopped);

    storage::FileLibrary *m_library = nullptr;
    std::unique_ptr<storage::FileLibrary> m_ownLibrary; // when the context has none
    bool m_unlocking = false;
    // Transfers that were running when the wallet locked: they continue after the next unlock.
    QSet<qint64> m_pausedByLock;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_noWallet = nullptr;
    EmptyState *m_noSla = nullptr;
    QWidget *m_main = nullptr;
    QTreeWidget *m_tree = nullptr;
    FileListWidget *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QToolBar *m_toolbar = nullptr;
    int m_textToolbarWidth = 0; // the toolbar's width with names, once it was too narrow
    QLabel *m_status = nullptr;
    TransfersPanel *m_transfers = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    double m_fileRatio = 1.0; // file bytes per engine (shard) byte, of the latest transfer
    QAction *m_upload = nullptr;
    QAction *m_uploadFolder = nullptr;
    QAction *m_download = nullptr;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_move = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_share = nullptr;
    QAction *m_health = nullptr;
    QString m_slaId;
    QString m_folder = QStringLiteral("/");
    bool m_all = true;
    QHash<qint64, QString> m_downloadTargets;
    std::function<QStringList(QWidget *)> m_chooseUpload;
    // Interrupted transfers the user asked to continue (the others stay paused after unlock).
    QSet<qint64> m_resumeWanted;
    bool m_resumeAllWanted = false;
};

} // namespace fb::ui
