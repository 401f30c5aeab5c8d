#include "ui/dialogs/providerdialog.h"

#include "models/formats.h"

#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/qoschart.h"

#include "models/marketservice.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QString kindText(const QString &kind)
{
    if (kind == QLatin1String("depin"))
        return ProviderDialog::tr("DePIN network");
    if (kind == QLatin1String("cloud"))
        return ProviderDialog::tr("Cloud provider");
    return kind;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("approved"))
        return ProviderDialog::tr("Approved");
    if (status == QLatin1String("pending"))
        return ProviderDialog::tr("Pending review");
    if (status == QLatin1String("rejected"))
        return ProviderDialog::tr("Rejected");
    return ProviderDialog::tr("Not certified");
}
} // namespace

ProviderDialog::ProviderDialog(AppContext &context, const QString &providerId,
                               const QString &offerId, const PriceFormat &price, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_price(price)
    , m_initialOffer(offerId)
{
    setObjectName(QStringLiteral("providerDialog"));
    if (MarketService *market = m_context.market) {
        if (auto p = market->provider(providerId)) {
            m_provider = *p;
            m_found = true;
        }
        m_providerOffers = market->offersOf(providerId);
    }
    if (!m_found)
        m_provider.name = providerId;
    setWindowTitle(tr("Provider — %1").arg(m_provider.name));

    auto *name = new QLabel(m_provider.name, this);
    name->setObjectName(QStringLiteral("providerName"));
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    name->setTextFormat(Qt::PlainText);
    const bool certified = m_provider.certification.isApproved(QDateTime::currentDateTimeUtc());
    auto *sub =
        new QLabel(m_found ? tr("%1 · %2 · reputation %3/100%4")
                                 .arg(kindText(m_provider.kind), m_provider.jurisdiction.isEmpty()
                                                                     ? tr("no jurisdiction given")
                                                                     : m_provider.jurisdiction)
                                 .arg(m_provider.reputation)
                                 .arg(certified ? tr(" · certified") : QString())
                           : tr("This provider is not in the local cache yet."),
                   this);
    sub->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildProfile());
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("providerTabs"));
    m_tabs->addTab(buildQos(), tr("&QoS history"));
    m_tabs->addTab(buildOffers(), tr("O&ffers (%1)").arg(m_providerOffers.size()));
    m_tabs->addTab(buildDocuments(),
                   tr("&Documents (%1)").arg(m_provider.certification.documents.size()));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({340, 620});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(name);
    layout->addWidget(sub);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 620); // fits a 1024x640 screen

    QString first = m_initialOffer;
    if (first.isEmpty() && !m_providerOffers.isEmpty())
        first = m_providerOffers.first().id;
    showQos(first);
}

ProviderDialog::~ProviderDialog() = default;

QString ProviderDialog::certificationText() const
{
    return m_certification ? m_certification->text() : QString();
}

QWidget *ProviderDialog::buildProfile()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 8, 0);

    auto *profile = new QGroupBox(tr("Profile"), content);
    auto *pf = new QFormLayout(profile);
    pf->setRowWrapPolicy(QFormLayout::WrapLongRows);
    pf->addRow(tr("Kind:"), valueLabel(kindText(m_provider.kind), profile));
    pf->addRow(tr("Jurisdiction:"), valueLabel(m_provider.jurisdiction, profile));
    pf->addRow(tr("Contact:"), valueLabel(m_provider.contact, profile));
    pf->addRow(tr("Reputation:"), valueLabel(tr("%1 / 100").arg(m_provider.reputation), profile));
    // A Stellar account is one 56-letter word that cannot wrap: its middle is elided, the whole
    // account is in the tooltip (and copied with the context menu's Select All).
    const QString account = m_provider.address;
    auto *address = valueLabel(
        account.size() > 20 ? account.left(8) + QStringLiteral("…") + account.right(8) : account,
        profile);
    address->setObjectName(QStringLiteral("providerAccount"));
    address->setToolTip(tr("The provider's Stellar account: %1").arg(account));
    pf->addRow(tr("Account:"), address);
    auto *desc = valueLabel(m_provider.description, profile);
    desc->setObjectName(QStringLiteral("providerDescription"));
    pf->addRow(tr("About:"), desc);
    v->addWidget(profile);

    const Certification &c = m_provider.certification;
    auto *cert = new QGroupBox(tr("Certification"), content);
    auto *cf = new QFormLayout(cert);
    cf->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QString summary = statusText(c.status);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (c.status == QLatin1String("approved")) {
        const QString level = c.level.isEmpty() ? tr("standard") : c.level;
        if (!c.expiresAt.isValid())
            summary = tr("Approved, level %1, no expiry").arg(level);
        else if (c.expiresAt > now)
            summary =
                tr("Approved, level %1, valid until %2").arg(level, Formats().date(c.expiresAt));
        else
            summary = tr("Expired on %1 (level %2)").arg(Formats().date(c.expiresAt), level);
    } else if (c.status == QLatin1String("rejected") && !c.reason.isEmpty()) {
        summary = tr("Rejected: %1").arg(c.reason);
    }
    m_certification = valueLabel(summary, cert);
    m_certification->setObjectName(QStringLiteral("certificationStatus"));
    if (m_provider.certification.isApproved(now)) {
        Theme::setTextColor(m_certification, ThemeColor::Success);
        QFont f = m_certification->font();
        f.setBold(true);
        m_certification->setFont(f);
    }
    cf->addRow(tr("Status:"), m_certification);
    cf->addRow(tr("Standards:"), valueLabel(c.certifications.join(QStringLiteral(", ")), cert));
    cf->addRow(tr("Data regions:"), valueLabel(c.regions.join(QStringLiteral(", ")), cert));
    cf->addRow(tr("Data protection:"), valueLabel(c.dataProtection, cert));
    v->addWidget(cert);
    v->addStretch();
    scroll->setWidget(content);
    scroll->setMinimumWidth(300);
    return scroll;
}

QWidget *ProviderDialog::buildQos()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    auto *row = new QHBoxLayout;
    m_qosOffer = new QComboBox(w);
    m_qosOffer->setObjectName(QStringLiteral("qosOffer"));
    m_qosOffer->setAccessibleName(tr("Offer whose QoS history is shown"));
    m_qosOffer->setToolTip(tr("Choose which of the provider's offers to chart"));
    for (const Offer &o : m_providerOffers)
        m_qosOffer->addItem(tr("%1 (%2)").arg(o.name, o.region), o.id);
    m_qosOffer->setEnabled(m_qosOffer->count() > 1);
    auto *label = new QLabel(tr("O&ffer:"), w);
    label->setBuddy(m_qosOffer);
    row->addWidget(label);
    row->addWidget(m_qosOffer, 1);
    v->addLayout(row);
    m_chart = new QosChart(w);
    v->addWidget(m_chart, 1);
    m_qosSummary = new QLabel(w);
    m_qosSummary->setObjectName(QStringLiteral("qosSummary"));
    m_qosSummary->setWordWrap(true);
    v->addWidget(m_qosSummary);
    connect(m_qosOffer, &QComboBox::currentIndexChanged, this,
            [this] { showQos(m_qosOffer->currentData().toString()); });
    return w;
}

void ProviderDialog::showQos(const QString &offerId)
{
    const int i = m_qosOffer->findData(offerId);
    if (i >= 0 && i != m_qosOffer->currentIndex()) {
        m_qosOffer->setCurrentIndex(i); // re-enters through currentIndexChanged
        return;
    }
    Offer offer;
    for (const Offer &o : m_providerOffers)
        if (o.id == offerId)
            offer = o;
    const QList<QosSample> samples =
        m_context.market ? m_context.market->cachedQos(offerId) : QList<QosSample>();
    m_chart->setSamples(samples, offer.id.isEmpty() ? -1 : offer.latencyTargetMs,
                        offer.id.isEmpty() ? -1 : offer.uptimeTargetBps);
    if (samples.isEmpty()) {
        m_qosSummary->setText(offerId.isEmpty() ? tr("This provider has no offers in the cache.")
                                                : tr("No samples cached for this offer yet."));
    } else {
        int ok = 0;
        qint64 latSum = 0;
        int latN = 0;
        for (const QosSample &s : samples) {
            ok += s.ok ? 1 : 0;
            if (s.ok && s.latencyMs >= 0) {
                latSum += s.latencyMs;
                ++latN;
            }
        }
        m_qosSummary->setText(
            tr("%1 probes from %2 to %3: %4 % available, average latency %5 ms (targets: %6 %, %7 "
               "ms).")
                .arg(samples.size())
                .arg(Formats().dateTime(samples.first().at), Formats().dateTime(samples.last().at),
                     QLocale().toString(100.0 * ok / double(samples.size()), 'f', 2))
                .arg(latN ? latSum / latN : 0)
                .arg(QLocale().toString(offer.uptimeTargetBps / 100.0, 'f', 2))
                .arg(offer.latencyTargetMs));
    }
    // Samples beyond the cache come from the node; redraw when they arrive.
    if (m_context.market && m_context.market->connected() && !offerId.isEmpty() &&
        samples.isEmpty()) {
        m_context.market->fetchQos(offerId, this, [this, offerId](Result<QList<QosSample>> r) {
            if (r.ok() && !r->isEmpty() && m_qosOffer->currentData().toString() == offerId)
                showQos(offerId);
        });
    }
}

QWidget *ProviderDialog::buildOffers()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    m_offers = new QTableWidget(int(m_providerOffers.size()), 6, w);
    m_offers->setObjectName(QStringLiteral("providerOffers"));
    m_offers->setAccessibleName(tr("The provider's offers"));
    m_offers->setHorizontalHeaderLabels({tr("Offer"), tr("Region"), tr("Storage / GB-mo"),
                                         tr("Egress / GB"), tr("QoS tier"), tr("Free")});
    m_offers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_offers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_offers->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_offers->verticalHeader()->hide();
    m_offers->setItemDelegateForColumn(4, new BadgeDelegate(m_offers));
    for (int r = 0; r < m_providerOffers.size(); ++r) {
        const Offer &o = m_providerOffers.at(r);
        auto *nameItem = new QTableWidgetItem(o.name);
        nameItem->setData(Qt::UserRole, o.id);
        m_offers->setItem(r, 0, nameItem);
        m_offers->setItem(r, 1, new QTableWidgetItem(tr("%1 (%2)").arg(o.region, o.country)));
        m_offers->setItem(r, 2, new QTableWidgetItem(m_price.format(o.priceStoragePerGbMonthUsd7)));
        m_offers->setItem(r, 3, new QTableWidgetItem(m_price.format(o.priceEgressPerGbUsd7)));
        m_offers->setItem(r, 4, new QTableWidgetItem(Formats::tier(o.qosTier)));
        m_offers->setItem(r, 5, new QTableWidgetItem(Formats().size(o.freeBytes)));
    }
    m_offers->resizeColumnsToContents();
    m_offers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_offers, &QTableWidget::cellActivated, this, [this](int row) {
        showQos(m_offers->item(row, 0)->data(Qt::UserRole).toString());
        m_tabs->setCurrentIndex(0);
    });
    v->addWidget(m_offers);
    auto *create = new QPushButton(tr("Create SLA with selected…"), w);
    create->setObjectName(QStringLiteral("providerCreateSla"));
    create->setToolTip(tr("Create an SLA over the selected offers of this provider"));
    create->setEnabled(false);
    connect(m_offers->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, create] {
                const int n = int(m_offers->selectionModel()->selectedRows().size());
                create->setEnabled(n > 0 && n <= 4);
            });
    connect(create, &QPushButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex &i : m_offers->selectionModel()->selectedRows())
            ids << m_offers->item(i.row(), 0)->data(Qt::UserRole).toString();
        Q_EMIT slaRequested(ids);
    });
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(create);
    v->addLayout(row);
    return w;
}

QWidget *ProviderDialog::buildDocuments()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    m_documents = new QListWidget(w);
    m_documents->setObjectName(QStringLiteral("providerDocuments"));
    m_documents->setAccessibleName(tr("Compliance documents"));
    m_documents->setMaximumHeight(110);
    // The provider's published page (its contact, when that is a web address) comes first.
    const QUrl page(m_provider.contact.trimmed());
    if (page.isValid() &&
        (page.scheme() == QLatin1String("https") || page.scheme() == QLatin1String("http")))
        m_documents->addItem(page.toString());
    for (const QString &d : m_provider.certification.documents)
        m_documents->addItem(d);
    v->addWidget(m_documents);
    auto *area = new QWidget(w);
    m_documentArea = new QVBoxLayout(area);
    m_documentArea->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(m_provider.certification.documents.isEmpty()
                                ? tr("The provider has not published compliance documents.")
                                : tr("Choose a document to read it."),
                            area);
    hint->setAlignment(Qt::AlignCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_documentWidget = hint;
    m_documentArea->addWidget(hint);
    v->addWidget(area, 1);
    connect(m_documents, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showDocument(QUrl(item->text())); });
    connect(m_documents, &QListWidget::currentTextChanged, this, [this](const QString &text) {
        if (!text.isEmpty() && m_context.documentView)
            showDocument(QUrl(text));
    });
    return w;
}

void ProviderDialog::showDocument(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http") &&
                           scheme != QLatin1String("file")))
        return;
    if (!m_context.documentView) {
        QDesktopServices::openUrl(url);
        return;
    }
    QWidget *view = m_context.documentView(url, m_documentArea->parentWidget());
    if (!view)
        return;
    view->setObjectName(QStringLiteral("documentView"));
    if (m_documentWidget) {
        m_documentArea->removeWidget(m_documentWidget);
        m_documentWidget->deleteLater();
    }
    m_documentWidget = view;
    m_documentArea->addWidget(view);
}

} // namespace fb::ui
