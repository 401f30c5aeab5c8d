#include "ui/widgets/filelistwidget.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QMimeData>
#include <QPainter>

namespace fb::ui {

FileListWidget::FileListWidget(QWidget *parent)
    : QTreeWidget(parent)
{
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    setUniformRowHeights(true);
    setHeaderLabels(
        {tr("Name"), tr("Size"), tr("Stored"), tr("Modified"), tr("Health"), tr("Status")});
    headerItem()->setToolTip(SizeColumn, tr("The size of the file"));
    headerItem()->setToolTip(StoredColumn,
                             tr("What your providers keep of the file: every copy, or the "
                                "shards and their parity"));
    header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    // Narrow enough to leave the name a useful width in a 1024-pixel window.
    header()->resizeSection(SizeColumn, 76);
    header()->resizeSection(StoredColumn, 76);
    // The date and time whole, in any language ("Dec 7, 2026 14:05", "7 déc. 2026 14:05").
    header()->setSectionResizeMode(ModifiedColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(HealthColumn, 86);
    header()->resizeSection(StatusColumn, 76);
    header()->setMinimumSectionSize(48);
    m_placeholder = tr("Drop files here");
}

void FileListWidget::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void FileListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FileListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FileListWidget::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT filesDropped(paths);
}

void FileListWidget::paintEvent(QPaintEvent *event)
{
    QTreeWidget::paintEvent(event);
    if (topLevelItemCount() > 0 || m_placeholder.isEmpty())
        return;
    QPainter p(viewport());
    QColor c = palette().color(QPalette::PlaceholderText);
    p.setPen(c);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    p.setFont(f);
    QRect r = viewport()->rect().adjusted(24, 24, -24, -24);
    QPen dash(c, 2, Qt::DashLine);
    p.setPen(dash);
    p.drawRoundedRect(r, 10, 10);
    p.setPen(c);
    p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace fb::ui
