// SingleInstance: one app per data directory. The first instance holds a lock file in the data
// dir and listens on a local socket named after it; a second one asks the first to bring its
// window to the front and exits (as KeePassXC does). A lock left by a crashed instance is taken
// over, so a crash never locks the user out.
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>

namespace fb {

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the data dir's only instance: it now holds the lock (taking
    // over one whose owner died) and answers later instances.
    bool acquire();
    // From a second instance, before its event loop runs: asks the first one to show itself.
    // True when it answered within timeoutMs.
    bool activateRunning(int timeoutMs = 5000);
    QString lockPath() const;

signals:
    // A later instance on the same data dir was started: show the window.
    void activationRequested();

private:
    QString serverName() const;
    QString m_dataDir;
    QLockFile m_lock;
    QLocalServer m_server;
};

} // namespace fb
