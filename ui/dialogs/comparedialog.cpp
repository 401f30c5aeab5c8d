#include "ui/dialogs/comparedialog.h"

#include "models/formats.h"

#include "models/cachestore.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace fb::ui {

namespace {
enum class Better { None, Lower, Higher };

struct Attribute
{
    QString label;
    std::function<QString(const Offer &, const Provider &)> text;
    std::function<double(const Offer &, const Provider &)> value; // NaN-free; < 0 = unknown
    Better better = Better::None;
};

QString percent(int bps)
{
    return Formats().percentBps(bps);
}
} // namespace

CompareDialog::CompareDialog(const QList<Offer> &offers, const QHash<QString, Provider> &providers,
                             const PriceFormat &price, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare offers"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certified = [now](const Provider &p) { return p.certification.isApproved(now); };
    const QList<Attribute> rows{
        {tr("Provider"),
         [](const Offer &o, const Provider &p) { return p.name.isEmpty() ? o.providerId : p.name; },
         {},
         Better::None},
        {tr("Certification"),
         [certified](const Offer &, const Provider &p) {
             if (!certified(p))
                 return tr("Not certified");
             return p.certification.expiresAt.isValid()
                        ? tr("Certified until %1").arg(Formats().date(p.certification.expiresAt))
                        : tr("Certified");
         },
         [certified](const Offer &, const Provider &p) { return certified(p) ? 1.0 : 0.0; },
         Better::Higher},
        {tr("Region"),
         [](const Offer &o, const Provider &) { return tr("%1 (%2)").arg(o.region, o.country); },
         {},
         Better::None},
        {tr("Protocols"),
         [](const Offer &o, const Provider &) { return o.protocols.join(QStringLiteral(", ")); },
         {},
         Better::None},
        {tr("Storage / GB-month"),
         [price](const Offer &o, const Provider &) {
             return price.format(o.priceStoragePerGbMonthUsd7);
         },
         [](const Offer &o, const Provider &) { return double(o.priceStoragePerGbMonthUsd7); },
         Better::Lower},
        {tr("Egress / GB"),
         [price](const Offer &o, const Provider &) { return price.format(o.priceEgressPerGbUsd7); },
         [](const Offer &o, const Provider &) { return double(o.priceEgressPerGbUsd7); },
         Better::Lower},
        {tr("QoS tier"), [](const Offer &o, const Provider &) { return Formats::tier(o.qosTier); },
         [](const Offer &o, const Provider &) { return double(CacheStore::tierRank(o.qosTier)); },
         Better::Higher},
        {tr("Uptime target"),
         [](const Offer &o, const Provider &) { return percent(o.uptimeTargetBps); },
         [](const Offer &o, const Provider &) { return double(o.uptimeTargetBps); },
         Better::Higher},
        {tr("Measured uptime"),
         [](const Offer &o, const Provider &) {
             return o.measuredUptimeBps < 0 ? tr("not measured yet") : percent(o.measuredUptimeBps);
         },
         [](const Offer &o, const Provider &) { return double(o.measuredUptimeBps); },
         Better::Higher},
        {tr("Latency target"),
         [](const Offer &o, const Provider &) { return tr("%1 ms").arg(o.latencyTargetMs); },
         [](const Offer &o, const Provider &) { return double(o.latencyTargetMs); }, Better::Lower},
        {tr("Measured latency"),
         [](const Offer &o, const Provider &) {
             return o.measuredLatencyMs < 0 ? tr("not measured yet")
                                            : tr("%1 ms").arg(o.measuredLatencyMs);
         },
         [](const Offer &o, const Provider &) { return double(o.measuredLatencyMs); },
         Better::Lower},
        {tr("Reputation"),
         [](const Offer &, const Provider &p) { return QString::number(p.reputation); },
         [](const Offer &, const Provider &p) { return double(p.reputation); }, Better::Higher},
        {tr("Free capacity"),
         [](const Offer &o, const Provider &) { return Formats().size(o.freeBytes); },
         [](const Offer &o, const Provider &) { return double(o.freeBytes); }, Better::Higher},
        {tr("Term"),
         [](const Offer &o, const Provider &) {
             return tr("%1 to %2 days").arg(o.minDurationDays).arg(o.maxDurationDays);
         },
         {},
         Better::None},
        {tr("Features"),
         [](const Offer &o, const Provider &) {
             QStringList f;
             if (o.features.versioning)
                 f << tr("versioning");
             if (o.features.encryptionAtRest)
                 f << tr("encryption at rest");
             if (o.features.objectLock)
                 f << tr("object lock");
             return f.isEmpty() ? tr("none") : f.join(QStringLiteral(", "));
         },
         {},
         Better::None},
    };

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Offers side by side"));
    m_table->setRowCount(int(rows.size()));
    m_table->setColumnCount(int(offers.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    QStringList headers;
    for (const Offer &o : offers)
        headers << o.name;
    m_table->setHorizontalHeaderLabels(headers);
    // Long offer names are elided in narrow columns: the whole name (and provider) on hover.
    for (int c = 0; c < offers.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(
            tr("%1 by %2")
                .arg(offers.at(c).name, providers.value(offers.at(c).providerId).name.isEmpty()
                                            ? offers.at(c).providerId
                                            : providers.value(offers.at(c).providerId).name));
    QStringList labels;
    for (const Attribute &a : rows)
        labels << a.label;
    m_table->setVerticalHeaderLabels(labels);

    const QColor bestBg = Theme::color(ThemeColor::BestBackground);
    for (int r = 0; r < rows.size(); ++r) {
        const Attribute &a = rows.at(r);
        double best = 0;
        bool haveBest = false;
        int bestCount = 0;
        if (a.better != Better::None) {
            for (const Offer &o : offers) {
                const double v = a.value(o, providers.value(o.providerId));
                if (v < 0)
                    continue;
                if (!haveBest || (a.better == Better::Lower ? v < best : v > best)) {
                    best = v;
                    haveBest = true;
                }
            }
            for (const Offer &o : offers)
                bestCount += haveBest && a.value(o, providers.value(o.providerId)) == best ? 1 : 0;
        }
        // A row where every offer ties has no winner to point out.
        const bool highlight = haveBest && bestCount < offers.size();
        for (int c = 0; c < offers.size(); ++c) {
            const Offer &o = offers.at(c);
            const Provider p = providers.value(o.providerId);
            auto *item = new QTableWidgetItem(a.text(o, p));
            const bool isBest = highlight && a.value(o, p) == best;
            item->setData(BestRole, isBest);
            if (isBest) {
                item->setBackground(bestBg);
                item->setForeground(Theme::color(ThemeColor::BestText));
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setToolTip(tr("Best of the compared offers"));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // Rows grow for a value that wraps (the features of an offer) instead of cutting it off.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // ...but never below the default: a one-line row's text kept off the grid lines.
    m_table->verticalHeader()->setMinimumSectionSize(
        m_table->verticalHeader()->defaultSectionSize());
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    const int tableHeight = m_table->horizontalHeader()->sizeHint().height() +
                            m_table->verticalHeader()->defaultSectionSize() * m_table->rowCount() +
                            2 * m_table->frameWidth();
    m_table->setMinimumHeight(std::min(tableHeight, 380));

    auto *legend = new QLabel(tr("Highlighted: the best value in each row."), this);
    legend->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *create = buttons->addButton(tr("Create SLA…"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("compareCreateSla"));
    create->setToolTip(tr("Create an SLA over these offers"));
    create->setDefault(true);
    create->setFocus();
    connect(create, &QPushButton::clicked, this, [this, offers] {
        QStringList ids;
        for (const Offer &o : offers)
            ids << o.id;
        Q_EMIT slaRequested(ids);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(legend);
    layout->addWidget(buttons);
    // Fits a 1024x640 screen with four offers; the table scrolls when the rows need more.
    resize(std::min(260 + 190 * int(offers.size()), 1000), std::min(sizeHint().height(), 620));
}

} // namespace fb::ui
