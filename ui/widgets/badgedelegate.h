// BadgeDelegate: draws a cell's text as a coloured pill (certification, QoS tier), so the
// marketplace table reads at a glance; empty cells draw nothing.
#pragma once

#include <QStyledItemDelegate>

namespace fb::ui {

class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The pill colour for a badge text ("Certified", "Gold", ...).
    static QColor colorFor(const QString &text);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fb::ui
