#include "ui/signer/slatermsview.h"

#include "models/formats.h"
#include "ui/theme.h"

#include "wire/domain.h"

#include <QLocale>

namespace fb::ui {

namespace {

QString bytes(qint64 b)
{
    return Formats().size(b);
}

QString coin(qint64 units, const QString &currency)
{
    return Formats().coin(units, currency); // "0.28152 XLM"
}

} // namespace

QList<std::pair<QString, QString>> SlaTermsView::rows(const offlinetx::ExporterContext &c)
{
    QList<std::pair<QString, QString>> out;
    if (!c.terms)
        return out;
    const offlinetx::SlaTerms &t = *c.terms;
    QStringList providers;
    for (const auto &p : t.providers) {
        QString n = p.name.isEmpty() ? p.id : tr("%1 (%2)").arg(p.name, p.id);
        if (!p.region.isEmpty())
            n += tr(", %1").arg(p.region);
        providers << n;
    }
    out.emplaceBack(tr("Providers"),
                    providers.isEmpty() ? tr("not stated") : providers.join(QStringLiteral("; ")));
    out.emplaceBack(tr("Size"), bytes(t.sizeBytes));
    if (t.egressBytes > 0)
        out.emplaceBack(tr("Downloads included"), bytes(t.egressBytes));
    out.emplaceBack(tr("Duration"), tr("%n day(s)", nullptr, t.durationDays));
    QString redundancy;
    if (t.shards <= 1)
        redundancy = tr("one provider keeps it");
    else if (t.shardsNeeded <= 1)
        redundancy = tr("a full copy with each of %n provider(s)", nullptr, t.shards);
    else
        redundancy = tr("%1 shards, any %2 rebuild it").arg(t.shards).arg(t.shardsNeeded);
    out.emplaceBack(tr("Redundancy"), redundancy);
    if (!t.priceCurrency.isEmpty()) {
        QString price = coin(t.priceUnits, t.priceCurrency);
        if (t.priceUsd7 > 0)
            price += tr(" (%1)").arg(coin(t.priceUsd7, QStringLiteral("USD")));
        out.emplaceBack(tr("Price of the agreement"), price);
        out.emplaceBack(tr("This payment"), tr("%1, payment %2 of %3, deal %4")
                                                .arg(coin(t.paymentUnits, t.priceCurrency))
                                                .arg(t.paymentIndex + 1)
                                                .arg(t.paymentCount)
                                                .arg(t.paymentDealId));
    }
    if (!t.slaId.isEmpty())
        out.emplaceBack(tr("Agreement"), t.slaId);
    if (c.madeAt.isValid())
        out.emplaceBack(tr("Made at"),
                        c.madeAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    if (c.round)
        out.emplaceBack(tr("Network round then"), QString::number(*c.round));
    return out;
}

QString SlaTermsView::html(const offlinetx::ExporterContext &c)
{
    const auto list = rows(c);
    if (list.isEmpty())
        return {};
    QString h = QStringLiteral("<p><b>%1</b></p><table cellspacing='3' style='background-color:"
                               "%2; color:%3'>")
                    .arg(tr("The storage agreement this payment funds (as the exporter states "
                            "it):")
                             .toHtmlEscaped(),
                         Theme::colorName(ThemeColor::PanelBackground),
                         Theme::colorName(ThemeColor::PanelText));
    for (const auto &[k, v] : list)
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                 .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    return h + QStringLiteral("</table>");
}

QString SlaTermsView::text(const offlinetx::ExporterContext &c)
{
    QStringList lines;
    for (const auto &[k, v] : rows(c))
        lines << QStringLiteral("%1: %2").arg(k, v);
    return lines.join(QLatin1Char('\n'));
}

} // namespace fb::ui
