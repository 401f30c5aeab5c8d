#include "ui/widgets/badgedelegate.h"

#include <QApplication>
#include <QPainter>

namespace fb::ui {

QColor BadgeDelegate::colorFor(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("bronze"))
        return QColor(0xb0, 0x6a, 0x2c);
    if (t == QLatin1String("silver"))
        return QColor(0x78, 0x84, 0x90);
    if (t == QLatin1String("gold"))
        return QColor(0xc0, 0x93, 0x00);
    if (t == QLatin1String("platinum"))
        return QColor(0x4a, 0x5a, 0x9c);
    return QColor(0x2e, 0x7d, 0x32); // certified
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *w = option.widget;
    QStyle *style = w ? w->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
    if (text.isEmpty())
        return;
    const QFontMetrics fm(opt.font);
    const int h = fm.height() + 2;
    const int wdt = fm.horizontalAdvance(text) + 14;
    QRect pill(0, 0, wdt, h);
    pill.moveCenter(option.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colorFor(text));
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 16;
    return s;
}

} // namespace fb::ui
