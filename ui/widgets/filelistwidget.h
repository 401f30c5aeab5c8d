// FileListWidget: the files and sub-folders of the current folder. Accepts drops of files and
// folders from the desktop (filesDropped) and shows "Drop files here" while it is empty.
#pragma once

#include <QTreeWidget>

namespace fb::ui {

class FileListWidget : public QTreeWidget
{
    Q_OBJECT
public:
    // Size is the file's own size; Stored what the providers keep of it (every copy or shard).
    enum Column {
        NameColumn,
        SizeColumn,
        StoredColumn,
        ModifiedColumn,
        HealthColumn,
        StatusColumn
    };
    enum Role { FileRowRole = Qt::UserRole + 1, FolderRole };

    explicit FileListWidget(QWidget *parent = nullptr);
    void setPlaceholder(const QString &text);

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace fb::ui
