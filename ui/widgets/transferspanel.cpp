#include "ui/widgets/transferspanel.h"

#include "models/formats.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {
enum Column { NameColumn, ProgressColumn, SpeedColumn, EtaColumn, StatusColumn, ActionColumn };
}

TransfersPanel::TransfersPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("transfersPanel"));
    setAccessibleName(tr("Transfers"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Transfers</b>"), this);
    m_summary = new QLabel(tr("No transfers"), this);
    m_summary->setObjectName(QStringLiteral("transfersSummary"));
    m_total = new QProgressBar(this);
    m_total->setObjectName(QStringLiteral("totalProgress"));
    m_total->setAccessibleName(tr("Total progress"));
    m_total->setRange(0, 1000);
    m_total->setValue(0);
    m_total->setMaximumWidth(260);
    m_total->setFormat(QStringLiteral("%p%"));
    m_clear = new QPushButton(tr("Clear finished"), this);
    m_clear->setObjectName(QStringLiteral("clearTransfers"));
    m_clear->setAccessibleName(tr("Clear finished transfers"));
    connect(m_clear, &QPushButton::clicked, this, &TransfersPanel::clearFinished);
    m_resumeAll = new QPushButton(tr("Resume all"), this);
    m_resumeAll->setObjectName(QStringLiteral("resumeAll"));
    m_resumeAll->setToolTip(tr("Continue every paused transfer"));
    m_resumeAll->hide();
    connect(m_resumeAll, &QPushButton::clicked, this, &TransfersPanel::resumeAllRequested);
    // One limit over every transfer: the bytes sent to and received from providers (shards,
    // so an upload's file goes at about k/n of it).
    m_limit = new QComboBox(this);
    m_limit->setObjectName(QStringLiteral("speedLimit"));
    m_limit->setAccessibleName(tr("Speed limit"));
    m_limit->setToolTip(tr("Limits the network traffic of all transfers together, so uploads "
                           "and downloads leave bandwidth for other work."));
    m_limit->addItem(tr("No speed limit"), qint64(0));
    for (const int mb : {1, 2, 5, 10, 25, 50, 100})
        m_limit->addItem(tr("Limit: %1 MB/s").arg(mb), qint64(mb) * 1000 * 1000);
    connect(m_limit, &QComboBox::activated, this,
            [this] { Q_EMIT speedLimitChanged(speedLimit()); });
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_summary, 1);
    head->addWidget(m_total, 1);
    head->addWidget(m_limit);
    head->addWidget(m_resumeAll);
    head->addWidget(m_clear);
    layout->addLayout(head);
    m_totalLine = new QLabel(this);
    m_totalLine->setObjectName(QStringLiteral("totalLine"));
    m_totalLine->setAccessibleName(tr("Total transfer progress"));
    m_totalLine->hide();
    layout->addWidget(m_totalLine);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("transfers"));
    m_list->setAccessibleName(tr("Transfer list"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels(
        {tr("File"), tr("Progress"), tr("Speed"), tr("Time left"), tr("Status"), QString()});
    // The file's name takes the spare width; the bar has a fixed, readable width; speed and
    // time left are as wide as what they say; the buttons' column is as wide as its buttons.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    header->resizeSection(ProgressColumn, 150);
    header->setSectionResizeMode(SpeedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EtaColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::Interactive);
    header->resizeSection(StatusColumn, 110);
    {
        QPushButton pause(tr("Pause")), resume(tr("Resume")), cancel(tr("Cancel"));
        const int buttons =
            std::max(pause.sizeHint().width(), resume.sizeHint().width()) +
            cancel.sizeHint().width() +
            std::max(6, style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton,
                                               Qt::Horizontal)) +
            8;
        header->setSectionResizeMode(ActionColumn, QHeaderView::Fixed);
        header->resizeSection(ActionColumn, buttons);
    }
    m_list->setColumnHidden(ActionColumn, true); // shown while a transfer runs
    layout->addWidget(m_list);
}

qint64 TransfersPanel::speedLimit() const
{
    return m_limit->currentData().toLongLong();
}

void TransfersPanel::setSpeedLimit(qint64 bytesPerSecond)
{
    int index = m_limit->findData(bytesPerSecond);
    if (index < 0 && bytesPerSecond > 0) { // a limit set elsewhere: shown as it is
        m_limit->addItem(tr("Limit: %1/s").arg(formatBytes(bytesPerSecond)), bytesPerSecond);
        index = m_limit->count() - 1;
    }
    m_limit->setCurrentIndex(std::max(0, index));
}

QString TransfersPanel::formatBytes(qint64 bytes)
{
    return Formats().size(bytes);
}

QString TransfersPanel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void TransfersPanel::addTransfer(qint64 id, const QString &kind, const QString &name, qint64 size)
{
    if (auto it = m_rows.find(id); it != m_rows.end()) {
        // Listed already: an interrupted transfer that the engine now continues.
        if (it->interrupted && !it->finished) {
            it->interrupted = false;
            if (size > 0)
                it->size = size;
            it->clock.restart();
            it->lastMs = 0;
            setPaused(id, false);
        }
        return;
    }
    Row row;
    row.kind = kind;
    row.name = name;
    row.total = size;
    row.size = size;
    row.clock.start();
    row.item = new QTreeWidgetItem(m_list);
    const bool up = kind == QLatin1String("upload");
    row.item->setText(NameColumn, (up ? QStringLiteral("↑ ") : QStringLiteral("↓ ")) + name);
    row.item->setToolTip(NameColumn,
                         up ? tr("Upload of %1").arg(name) : tr("Download of %1").arg(name));
    row.item->setData(NameColumn, Qt::UserRole, id);
    row.item->setText(StatusColumn, up ? tr("Uploading") : tr("Downloading"));
    row.bar = new QProgressBar;
    row.bar->setRange(0, 1000);
    row.bar->setValue(0);
    row.bar->setAccessibleName(tr("Progress of %1").arg(name));
    m_list->setItemWidget(row.item, ProgressColumn, row.bar);
    row.actions = new QWidget;
    auto *buttons = new QHBoxLayout(row.actions);
    buttons->setContentsMargins(0, 0, 0, 0);
    row.pause = new QPushButton(tr("Pause"), row.actions);
    row.pause->setAccessibleName(tr("Pause the transfer of %1").arg(name));
    row.pause->setObjectName(QStringLiteral("pause-%1").arg(id));
    connect(row.pause, &QPushButton::clicked, this, [this, id] {
        if (isPaused(id))
            Q_EMIT resumeRequested(id);
        else
            Q_EMIT pauseRequested(id);
    });
    row.cancel = new QPushButton(tr("Cancel"), row.actions);
    row.cancel->setAccessibleName(tr("Cancel the transfer of %1").arg(name));
    row.cancel->setObjectName(QStringLiteral("cancel-%1").arg(id));
    connect(row.cancel, &QPushButton::clicked, this, [this, id] { Q_EMIT cancelRequested(id); });
    buttons->addWidget(row.pause);
    buttons->addWidget(row.cancel);
    m_list->setItemWidget(row.item, ActionColumn, row.actions);
    m_rows.insert(id, row);
    updateTotal();
}

void TransfersPanel::setProgress(qint64 id, qint64 done, qint64 total)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end() || it->finished)
        return;
    Row &r = *it;
    r.done = done;
    if (total > 0)
        r.total = total;
    const qint64 now = r.clock.elapsed();
    if (now - r.lastMs >= 250 || r.lastMs == 0) {
        const double dt = (now - r.lastMs) / 1000.0;
        if (dt > 0) {
            const double instant = double(done - r.lastDone) / dt;
            r.speed = r.speed <= 0 ? instant : 0.7 * r.speed + 0.3 * instant;
        }
        r.lastDone = done;
        r.lastMs = now;
    }
    r.bar->setValue(r.total > 0 ? int(1000 * done / r.total) : 0);
    r.bar->setFormat(!r.phase.isEmpty() && done == 0 ? r.phase : QStringLiteral("%p%"));
    if (!r.engineRates && !r.paused && r.speed > 0) {
        r.item->setText(SpeedColumn, tr("%1/s").arg(formatBytes(qint64(r.speed))));
        r.item->setText(EtaColumn, formatDuration(qint64(double(r.total - done) / r.speed)));
    }
    updateTotal();
}

void TransfersPanel::setFinished(qint64 id, bool ok, const QString &error)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    Row &r = *it;
    r.finished = true;
    if (ok) {
        r.done = r.total;
        r.bar->setValue(1000);
        r.bar->setFormat(formatBytes(r.size));
        const double secs = std::max(0.001, r.clock.elapsed() / 1000.0);
        r.item->setText(SpeedColumn, tr("%1/s").arg(formatBytes(qint64(double(r.size) / secs))));
        r.item->setText(EtaColumn, QString());
        r.item->setText(StatusColumn, tr("Done"));
    } else {
        const bool cancelled = error.contains(QLatin1String("cancel"), Qt::CaseInsensitive);
        r.item->setText(StatusColumn, cancelled ? tr("Cancelled") : tr("Failed"));
        r.item->setToolTip(StatusColumn, error);
        r.item->setText(EtaColumn, QString());
    }
    m_list->removeItemWidget(r.item, ActionColumn);
    r.cancel = nullptr;
    r.pause = nullptr;
    r.actions = nullptr;
    r.paused = false;
    updateTotal();
}

void TransfersPanel::setRates(qint64 id, double bytesPerSecond, qint64 etaSeconds)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end() || it->finished || it->paused)
        return;
    Row &r = *it;
    r.engineRates = true;
    r.speed = bytesPerSecond;
    r.item->setText(SpeedColumn, bytesPerSecond > 0
                                     ? tr("%1/s").arg(formatBytes(qint64(bytesPerSecond)))
                                     : QString());
    r.item->setText(EtaColumn, etaSeconds >= 0 ? formatDuration(etaSeconds) : QString());
}

void TransfersPanel::setPaused(qint64 id, bool paused)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end() || it->finished)
        return;
    Row &r = *it;
    r.paused = paused;
    const bool up = r.kind == QLatin1String("upload");
    if (paused) {
        r.item->setText(StatusColumn, tr("Paused"));
        r.item->setText(SpeedColumn, QString());
        r.item->setText(EtaColumn, QString());
        r.speed = 0;
    } else {
        r.item->setText(StatusColumn, !r.phase.isEmpty() ? r.phase
                                      : up               ? tr("Uploading")
                                                         : tr("Downloading"));
        r.lastMs = 0; // the speed starts again from the next progress
    }
    if (r.pause) {
        r.pause->setText(paused ? tr("Resume") : tr("Pause"));
        r.pause->setAccessibleName(paused ? tr("Resume the transfer of %1").arg(r.name)
                                          : tr("Pause the transfer of %1").arg(r.name));
    }
    updateTotal();
}

void TransfersPanel::addInterrupted(qint64 id, const QString &kind, const QString &name,
                                    qint64 size)
{
    if (m_rows.contains(id))
        return;
    addTransfer(id, kind, name, size);
    Row &r = m_rows[id];
    r.interrupted = true;
    r.item->setToolTip(StatusColumn, tr("Interrupted when Flashback closed. Resume continues "
                                        "from what was already transferred."));
    setPaused(id, true);
}

void TransfersPanel::interrupt(qint64 id, const QString &why)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end() || it->finished)
        return;
    it->interrupted = true;
    it->item->setText(SpeedColumn, QString());
    it->item->setText(EtaColumn, QString());
    setPaused(id, true);
    it->item->setText(StatusColumn, tr("Paused (locked)"));
    it->item->setToolTip(StatusColumn, why);
}

bool TransfersPanel::isInterrupted(qint64 id) const
{
    auto it = m_rows.constFind(id);
    return it != m_rows.cend() && it->interrupted;
}

QList<qint64> TransfersPanel::pausedIds() const
{
    QList<qint64> ids;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        if (!it->finished && it->paused)
            ids << it.key();
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TransfersPanel::setPhase(qint64 id, const QString &phase)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end() || it->finished || it->phase == phase)
        return;
    Row &r = *it;
    r.phase = phase;
    if (r.paused)
        return;
    const bool up = r.kind == QLatin1String("upload");
    r.item->setText(StatusColumn,
                    !phase.isEmpty() ? phase : (up ? tr("Uploading") : tr("Downloading")));
    r.item->setToolTip(StatusColumn, phase);
    // Before the first byte flows the bar says what happens instead of a bare "0 %".
    r.bar->setFormat(!phase.isEmpty() && r.done == 0 ? phase : QStringLiteral("%p%"));
}

QString TransfersPanel::statusOf(qint64 id) const
{
    auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? QString() : it->item->text(StatusColumn);
}

bool TransfersPanel::isPaused(qint64 id) const
{
    auto it = m_rows.constFind(id);
    return it != m_rows.cend() && it->paused;
}

void TransfersPanel::setTotals(qint64 done, qint64 total, double bytesPerSecond, double fileRatio)
{
    if (total <= 0 || done >= total) {
        m_totalLine->setText(activeCount() > 0 ? tr("Total: finishing…") : QString());
        m_totalLine->setVisible(activeCount() > 0);
        return;
    }
    const double ratio = fileRatio > 0 ? fileRatio : 1.0;
    QString text = tr("Total: %1 of %2")
                       .arg(formatBytes(qint64(double(done) * ratio)),
                            formatBytes(qint64(double(total) * ratio)));
    if (bytesPerSecond > 0) {
        text += tr(" at %1/s, about %2 left")
                    .arg(formatBytes(qint64(bytesPerSecond * ratio)),
                         formatDuration(qint64(double(total - done) / bytesPerSecond)));
    } else {
        text += tr(", waiting");
    }
    m_totalLine->setText(text);
    m_totalLine->show();
}

QString TransfersPanel::totalText() const
{
    return m_totalLine->text();
}

int TransfersPanel::count() const
{
    return int(m_rows.size());
}

int TransfersPanel::activeCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.finished ? 0 : 1;
    return n;
}

double TransfersPanel::elapsedSeconds(qint64 id) const
{
    auto it = m_rows.constFind(id);
    return it == m_rows.cend() ? 0 : it->clock.elapsed() / 1000.0;
}

QString TransfersPanel::nameOf(qint64 id) const
{
    return m_rows.value(id).name;
}

qint64 TransfersPanel::sizeOf(qint64 id) const
{
    return m_rows.value(id).size;
}

QString TransfersPanel::kindOf(qint64 id) const
{
    return m_rows.value(id).kind;
}

void TransfersPanel::updateTotal()
{
    // Over the transfers still running, like the "Total" line under it; full once all are done.
    qint64 done = 0;
    qint64 total = 0;
    int active = 0;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.finished)
            continue;
        done += r.done;
        total += r.total;
        ++active;
    }
    // Pause and Cancel belong to running transfers: with none, no empty column at the end.
    m_list->setColumnHidden(ActionColumn, active == 0);
    m_total->setValue(active == 0 ? (m_rows.isEmpty() ? 0 : 1000)
                      : total > 0 ? int(1000 * done / total)
                                  : 0);
    if (m_rows.isEmpty())
        m_summary->setText(tr("No transfers"));
    else if (active == 0)
        m_summary->setText(tr("All transfers finished (%1)").arg(m_rows.size()));
    else {
        int paused = 0;
        for (const Row &r : std::as_const(m_rows))
            paused += (!r.finished && r.paused) ? 1 : 0;
        m_summary->setText(paused > 0 ? tr("%1 active, %2 paused").arg(active).arg(paused)
                                      : tr("%1 active").arg(active));
    }
    if (active == 0)
        m_totalLine->hide();
    m_clear->setEnabled(active < m_rows.size());
    int paused = 0;
    for (const Row &r : std::as_const(m_rows))
        paused += (!r.finished && r.paused) ? 1 : 0;
    m_resumeAll->setVisible(paused > 0);
}

void TransfersPanel::clearFinished()
{
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->finished) {
            delete it->item;
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    updateTotal();
}

} // namespace fb::ui
