// TransfersPanel: the file transfers of the session: one row per transfer with its progress bar,
// speed, ETA and a cancel button, and the total progress above them.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace fb::ui {

class TransfersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TransfersPanel(QWidget *parent = nullptr);

    void addTransfer(qint64 id, const QString &kind, const QString &name, qint64 size);
    void setProgress(qint64 id, qint64 done, qint64 total);
    void setFinished(qint64 id, bool ok, const QString &error);
    int count() const;
    int activeCount() const;
    // Seconds since the transfer started (0 when unknown).
    double elapsedSeconds(qint64 id) const;
    QString nameOf(qint64 id) const;
    QString kindOf(qint64 id) const;

    static QString formatBytes(qint64 bytes);
    static QString formatDuration(qint64 seconds);

Q_SIGNALS:
    void cancelRequested(qint64 id);

private:
    struct Row
    {
        QTreeWidgetItem *item = nullptr;
        QProgressBar *bar = nullptr;
        QPushButton *cancel = nullptr;
        QElapsedTimer clock;
        qint64 done = 0;
        qint64 total = 0;
        qint64 size = 0;   // the file's size (the engine counts every shard)
        double speed = 0;  // bytes/s, smoothed
        qint64 lastDone = 0;
        qint64 lastMs = 0;
        bool finished = false;
        QString kind;
        QString name;
    };
    void updateTotal();
    void clearFinished();

    QTreeWidget *m_list;
    QProgressBar *m_total;
    QLabel *m_summary;
    QPushButton *m_clear;
    QHash<qint64, Row> m_rows;
};

} // namespace fb::ui
