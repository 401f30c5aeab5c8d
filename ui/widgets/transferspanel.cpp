#include "ui/widgets/transferspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_summary, 1);
    head->addWidget(m_total, 1);
    head->addWidget(m_clear);
    layout->addLayout(head);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("transfers"));
    m_list->setAccessibleName(tr("Transfer list"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHeaderLabels({tr("File"), tr("Progress"), tr("Speed"), tr("Time left"), tr("Status"), QString()});
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(ProgressColumn, 220);
    m_list->header()->resizeSection(SpeedColumn, 100);
    m_list->header()->resizeSection(EtaColumn, 90);
    m_list->header()->resizeSection(StatusColumn, 110);
    m_list->header()->resizeSection(ActionColumn, 90);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list);
}

QString TransfersPanel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
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
    if (m_rows.contains(id))
        return;
    Row row;
    row.kind = kind;
    row.name = name;
    row.total = size;
    row.size = size;
    row.clock.start();
    row.item = new QTreeWidgetItem(m_list);
    const bool up = kind == QLatin1String("upload");
    row.item->setText(NameColumn, (up ? QStringLiteral("↑ ") : QStringLiteral("↓ ")) + name);
    row.item->setToolTip(NameColumn, up ? tr("Upload of %1").arg(name) : tr("Download of %1").arg(name));
    row.item->setData(NameColumn, Qt::UserRole, id);
    row.item->setText(StatusColumn, up ? tr("Uploading") : tr("Downloading"));
    row.bar = new QProgressBar;
    row.bar->setRange(0, 1000);
    row.bar->setValue(0);
    row.bar->setAccessibleName(tr("Progress of %1").arg(name));
    m_list->setItemWidget(row.item, ProgressColumn, row.bar);
    row.cancel = new QPushButton(tr("Cancel"));
    row.cancel->setAccessibleName(tr("Cancel the transfer of %1").arg(name));
    row.cancel->setObjectName(QStringLiteral("cancel-%1").arg(id));
    connect(row.cancel, &QPushButton::clicked, this, [this, id] { Q_EMIT cancelRequested(id); });
    m_list->setItemWidget(row.item, ActionColumn, row.cancel);
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
    r.bar->setFormat(QStringLiteral("%p%"));
    if (r.speed > 0) {
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
    updateTotal();
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

QString TransfersPanel::kindOf(qint64 id) const
{
    return m_rows.value(id).kind;
}

void TransfersPanel::updateTotal()
{
    qint64 done = 0;
    qint64 total = 0;
    int active = 0;
    for (const Row &r : std::as_const(m_rows)) {
        done += r.finished ? r.total : r.done;
        total += r.total;
        active += r.finished ? 0 : 1;
    }
    m_total->setValue(total > 0 ? int(1000 * done / total) : 0);
    if (m_rows.isEmpty())
        m_summary->setText(tr("No transfers"));
    else if (active == 0)
        m_summary->setText(tr("All transfers finished (%1)").arg(m_rows.size()));
    else
        m_summary->setText(tr("%1 active").arg(active));
    m_clear->setEnabled(active < m_rows.size());
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
