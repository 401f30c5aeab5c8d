#include "ui/wizard/wizardsupport.h"

#include "ui/theme.h"
#include "ui/widgets/priceformat.h"
#include "ui/wizard/slawizard.h"
#include "wallet/txreview.h"
#include "wire/domain.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>

#include <algorithm>

namespace fb::ui::wizard {

QString usd(qint64 usd7)
{
    const double v = double(usd7) / 1e7;
    return QStringLiteral("$%L1").arg(v, 0, 'f', qAbs(v) < 1.0 && usd7 != 0 ? 4 : 2);
}

QString xlm(qint64 stroops)
{
    return QStringLiteral("%1 XLM").arg(formatUnits(QString::number(stroops), 7));
}

QString coin(qint64 units, const QString &currency)
{
    if (currency == QLatin1String("XLM"))
        return xlm(units);
    return Amount{units, currency}.toDecimalString();
}

QString bytesText(qint64 b)
{
    if (b >= 1000 * kGB)
        return SlaWizard::tr("%1 TB").arg(double(b) / (1000.0 * kGB), 0, 'f', 2);
    return SlaWizard::tr("%1 GB").arg(double(b) / kGB, 0, 'f', 2);
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
