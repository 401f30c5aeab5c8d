// TransfersPanel: the file transfers of the session: one row per transfer with its progress bar,
// speed, ETA, pause / resume and cancel buttons, and the total progress above them. Speed and ETA
// come from the engine (setRates) when the page has them, in file bytes; otherwise the panel
// estimates them from the progress it sees.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QComboBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace fb::ui {

class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPanel(QWidget *parent = nullptr);

    // A transfer already listed (an interrupted one) is updated and runs again.
    void addTransfer(qint64 id, const QString &kind, const QString &name, qint64 size);
    // A transfer a previous run left unfinished: listed as paused until it is resumed.
    void addInterrupted(qint64 id, const QString &kind, const QString &name, qint64 size);
    bool isInterrupted(qint64 id) const;
    // A listed transfer stopped by the wallet locking: paused, with the reason in its status
    // tooltip, and continued by the engine after the next unlock (as an interrupted one).
    void interrupt(qint64 id, const QString &why);
    QList<qint64> pausedIds() const; // unfinished and paused
    // What the transfer is doing before its bytes flow ("Encrypting and coding…"): shown in the
    // status column and on the bar instead of a bare 0 %. Empty: the plain state again.
    void setPhase(qint64 id, const QString &phase);
    QString statusOf(qint64 id) const;
    void setProgress(qint64 id, qint64 done, qint64 total);
    void setFinished(qint64 id, bool ok, const QString &error);
    // The engine's figures: bytesPerSecond in file bytes, etaSeconds -1 when unknown.
    void setRates(qint64 id, double bytesPerSecond, qint64 etaSeconds);
    void setPaused(qint64 id, bool paused);
    bool isPaused(qint64 id) const;
    // The engine's total over unfinished transfers (totalProgress); fileRatio scales its shard
    // bytes to file bytes for the text (1 when unknown).
    void setTotals(qint64 done, qint64 total, double bytesPerSecond, double fileRatio = 1.0);
    QString totalText() const;
    int count() const;
    int activeCount() const;
    // Seconds since the transfer started (0 when unknown).
    double elapsedSeconds(qint64 id) const;
    QString nameOf(qint64 id) const;
    qint64 sizeOf(qint64 id) const; // the file's size given to addTransfer()
    QString kindOf(qint64 id) const;

    // The speed limit chosen in the panel, bytes per second over every transfer (0: none).
    qint64 speedLimit() const;
    void setSpeedLimit(qint64 bytesPerSecond);

    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    void cancelRequested(qint64 id);
    void pauseRequested(qint64 id);
    void resumeRequested(qint64 id);
    void resumeAllRequested();
    void speedLimitChanged(qint64 bytesPerSecond);

private:
    struct Row
    {
        QTreeWidgetItem *item = nullptr;
        QProgressBar *bar = nullptr;
        QPushButton *cancel = nullptr;
        QPushButton *pause = nullptr;
        QWidget *actions = nullptr;
        QElapsedTimer clock;
        qint64 done = 0;
        qint64 total = 0;
        qint64 size = 0;  // the file's size (the engine counts every shard)
        double speed = 0; // bytes/s, smoothed
        qint64 lastDone = 0;
        qint64 lastMs = 0;
        bool finished = false;
        bool paused = false;
        bool engineRates = false; // speed / ETA set by setRates()
        bool interrupted = false; // left by a previous run, not yet resumed
        QString phase;
        QString kind;
        QString name;
    };
    void updateTotal();
    void clearFinished();

    QTreeWidget *m_list;
    QProgressBar *m_total;
    QLabel *m_summary;
    QLabel *m_totalLine;
    QPushButton *m_clear;
    QPushButton *m_resumeAll;
    QComboBox *m_limit;
    QHash<qint64, Row> m_rows;
};

} // namespace fb::ui
