#include "ui/wizard/wizardsupport.h"

#include "models/formats.h"
#include "ui/theme.h"
#include "ui/wizard/slawizard.h"
#include "wire/domain.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

#include <algorithm>

namespace fb::ui::wizard {

QString usd(qint64 usd7)
{
    return Formats().usd(usd7);
}

QString coin(qint64 units, const QString &currency)
{
    return Formats().coin(units, currency);
}

QString bytesText(qint64 b)
{
    return Formats().size(b);
}

void fitRows(QTableWidget *t)
{
    int h = t->horizontalHeader()->sizeHint().height() + 2 * t->frameWidth() + 2;
    for (int r = 0; r < t->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setMaximumHeight(std::max(h, 80));
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error"));
    l->setWordWrap(true);
    Theme::setTextColor(l, ThemeColor::Danger);
    l->hide();
    return l;
}

} // namespace fb::ui::wizard
