// LocalNode: the embedded default. When no platform URL is configured the app runs its own
// flashback-node on a free loopback port, with its data in <app data>/node and the demo network
// seeded on first start. The node is stopped with the app, and never outlives it: the child asks
// the kernel for SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG, set between fork and exec),
// so even a crashed or SIGKILLed app leaves no orphan. Start it from the main thread: the death
// signal follows the thread that forked.
//
// While it runs, its URL and process id are in <app data>/node.url (written atomically, removed
// when the node stops), so flashback-cli finds the running app's node without --node.
#pragma once

#include "wallet/result.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

#include <memory>

namespace fb {

class LocalNode : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString appDataDir;    // the node keeps its data in appDataDir/node
        QString program;       // empty: findProgram()
        QStringList extraArgs; // passed through (e.g. --qos-interval)
        int startTimeoutMs = 60000;
    };

    explicit LocalNode(Options options, QObject *parent = nullptr);
    ~LocalNode() override; // stops the node

    // FB_NODE_PATH if set, else flashback-node next to the application binary (or in
    // ../server for a build tree); empty when not found.
    static QString findProgram();

    // Starts the node and waits until it listens; returns its base URL.
    Result<QUrl> start();
    // Stops it (SIGTERM, then SIGKILL after 5 s).
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_url; }
    qint64 processId() const;
    QString dataDir() const;
    // The file that names the running node: "<url>\n<pid>\n" in appDataDir.
    static QString urlFilePath(const QString &appDataDir);
    // The URL of the local node the app with this data folder runs now. Errors: "no_node" (no
    // app runs a local node there), "stale" (the file names a process that is gone).
    static Result<QUrl> runningUrl(const QString &appDataDir);
    // What the status bar shows while the local node is in use.
    static QString statusText() { return tr("Local network"); }

signals:
    // The node exited while it should have been running.
    void crashed(const QString &reason);

private:
    Options m_options;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    bool m_stopping = false;
};

} // namespace fb
