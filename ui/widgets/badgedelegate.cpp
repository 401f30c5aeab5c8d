#include "ui/widgets/badgedelegate.h"
#include "ui/theme.h"

#include <QApplication>
#include <QPainter>

namespace fb::ui {

QColor BadgeDelegate::colorFor(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String("bronze"))
        return Theme::color(ThemeColor::BadgeBronze);
    if (t == QLatin1String("silver"))
        return Theme::color(ThemeColor::BadgeSilver);
    if (t == QLatin1String("gold"))
        return Theme::color(ThemeColor::BadgeGold);
    if (t == QLatin1String("platinum"))
        return Theme::color(ThemeColor::BadgePlatinum);
    return Theme::color(ThemeColor::BadgeCertified);
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
    painter->setPen(Theme::color(ThemeColor::BadgeText));
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
