#include "ui/provider/offereditordialog.h"

#include "models/formats.h"

#include "models/providerservice.h"
#include "ui/theme.h"
#include "wire/economics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
const QStringList kProtocols = {QStringLiteral("s3"), QStringLiteral("gcs"),
                                QStringLiteral("azure-blob"), QStringLiteral("local")};
const QStringList kTiers = {QStringLiteral("bronze"), QStringLiteral("silver"),
                            QStringLiteral("gold"), QStringLiteral("platinum")};
} // namespace

std::optional<qint64> OfferEditorDialog::parseUsd7(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\$?\\s*(\\d{1,6})(?:[.,](\\d{0,7}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 whole = m.captured(1).toLongLong();
    QString frac = m.captured(2);
    frac = frac.leftJustified(7, QLatin1Char('0'));
    return whole * 10000000 + frac.toLongLong();
}

QString OfferEditorDialog::usd7Text(qint64 usd7)
{
    QString frac = QStringLiteral("%1").arg(usd7 % 10000000, 7, 10, QLatin1Char('0'));
    while (frac.size() > 2 && frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return QStringLiteral("%1.%2").arg(usd7 / 10000000).arg(frac);
}

std::pair<int, int> OfferEditorDialog::tierTargets(const QString &tier)
{
    if (tier == QLatin1String("bronze"))
        return {9900, 500};
    if (tier == QLatin1String("gold"))
        return {9995, 100};
    if (tier == QLatin1String("platinum"))
        return {9999, 50};
    return {9990, 200};
}

OfferEditorDialog::OfferEditorDialog(ProviderService *service, Mode mode, const Offer &start,
                                     QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_mode(mode)
    , m_start(start)
{
    setObjectName(QStringLiteral("offerEditor"));
    setWindowTitle(mode == Mode::Create      ? tr("New offer")
                   : mode == Mode::Duplicate ? tr("Duplicate offer")
                                             : tr("Edit offer"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("offerName"));
    m_name->setToolTip(tr("What consumers see in the Marketplace."));
    m_region = new QLineEdit(this);
    m_region->setObjectName(QStringLiteral("offerRegion"));
    m_region->setPlaceholderText(QStringLiteral("eu-central-1"));
    m_region->setToolTip(tr("The region the data lives in, as consumers filter by it."));
    m_country = new QLineEdit(this);
    m_country->setObjectName(QStringLiteral("offerCountry"));
    m_country->setPlaceholderText(QStringLiteral("DE"));
    m_country->setMaxLength(2);
    m_country->setToolTip(tr("ISO country code of the site (two letters)."));
    auto *protocols = new QHBoxLayout;
    for (const QString &p : kProtocols) {
        auto *c = new QCheckBox(p, this);
        c->setObjectName(QStringLiteral("protocol-") + p);
        c->setProperty("protocol", p);
        c->setToolTip(tr("Consumers reach the store with %1.").arg(p));
        protocols->addWidget(c);
        m_protocols << c;
    }
    m_storagePrice = new QLineEdit(this);
    m_storagePrice->setObjectName(QStringLiteral("storagePrice"));
    m_storagePrice->setToolTip(tr("US dollars per GB stored for 30 days, up to 7 decimals "
                                  "(0.023 = 2.3 cents)."));
    m_egressPrice = new QLineEdit(this);
    m_egressPrice->setObjectName(QStringLiteral("egressPrice"));
    m_egressPrice->setToolTip(tr("US dollars per GB downloaded by the consumer."));
    m_capacityGb = new QSpinBox(this);
    m_capacityGb->setObjectName(QStringLiteral("capacityGb"));
    m_capacityGb->setRange(1, 2000000000);
    m_capacityGb->setSuffix(tr(" GB"));
    m_capacityGb->setToolTip(tr("How much you sell through this offer (1 GB = 10^9 bytes)."));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("qosTier"));
    for (const QString &t : kTiers)
        m_tier->addItem(Formats::tier(t), t);
    m_tier->setToolTip(tr("The service level you promise; choosing one fills in its usual "
                          "targets."));
    m_uptime = new QDoubleSpinBox(this);
    m_uptime->setObjectName(QStringLiteral("uptimeTarget"));
    m_uptime->setRange(0, 100);
    m_uptime->setDecimals(2);
    m_uptime->setSuffix(QStringLiteral(" %"));
    m_uptime->setToolTip(tr("The share of QoS probes that must succeed. Missing it withholds "
                            "part of your earnings."));
    m_latency = new QSpinBox(this);
    m_latency->setObjectName(QStringLiteral("latencyTarget"));
    m_latency->setRange(1, 600000);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setToolTip(tr("The slowest answer a QoS probe may get."));
    m_minDays = new QSpinBox(this);
    m_minDays->setObjectName(QStringLiteral("minDays"));
    m_minDays->setRange(1, economics::kMaxDurationDays);
    // " day" or " days" as the value says, in every language.
    auto daySuffix = [this](QSpinBox *box) {
        auto update = [this, box](int n) { box->setSuffix(tr(" day(s)", nullptr, n)); };
        connect(box, &QSpinBox::valueChanged, box, update);
        update(box->value());
    };
    daySuffix(m_minDays);
    m_maxDays = new QSpinBox(this);
    m_maxDays->setObjectName(QStringLiteral("maxDays"));
    m_maxDays->setRange(1, economics::kMaxDurationDays);
    daySuffix(m_maxDays);
    auto *durations = new QHBoxLayout;
    durations->addWidget(m_minDays);
    durations->addWidget(new QLabel(tr("to"), this));
    durations->addWidget(m_maxDays);
    auto *currencies = new QHBoxLayout;
    for (const QString &c : knownCurrencies()) {
        auto *box = new QCheckBox(c, this);
        box->setObjectName(QStringLiteral("currency-") + c);
        box->setProperty("currency", c);
        box->setToolTip(tr("Consumers may pay in %1.").arg(c));
        currencies->addWidget(box);
        m_currencies << box;
    }
    m_encryption = new QCheckBox(tr("Encryption at rest"), this);
    m_versioning = new QCheckBox(tr("Versioning"), this);
    m_objectLock = new QCheckBox(tr("Object lock"), this);
    auto *features = new QHBoxLayout;
    features->addWidget(m_encryption);
    features->addWidget(m_versioning);
    features->addWidget(m_objectLock);
    m_endpoint = new QLineEdit(this);
    m_endpoint->setObjectName(QStringLiteral("offerEndpoint"));
    m_endpoint->setToolTip(tr("Where the QoS oracle probes this offer: your tested store."));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("offerError"));
    m_error->setWordWrap(true);
    Theme::setTextColor(m_error, ThemeColor::Danger);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("C&ountry:"), m_country);
    form->addRow(tr("Protocols:"), protocols);
    form->addRow(tr("&Storage price (USD/GB-month):"), m_storagePrice);
    form->addRow(tr("&Egress price (USD/GB):"), m_egressPrice);
    form->addRow(tr("&Capacity:"), m_capacityGb);
    form->addRow(tr("&QoS tier:"), m_tier);
    form->addRow(tr("&Uptime target:"), m_uptime);
    form->addRow(tr("&Latency target:"), m_latency);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_minDays); // a row of two fields has no buddy of its own
    form->addRow(durationLabel, durations);
    form->addRow(tr("Currencies:"), currencies);
    form->addRow(tr("Features:"), features);
    form->addRow(tr("End&point:"), m_endpoint);

    m_side = new QVBoxLayout;
    m_side->setObjectName(QStringLiteral("sidePanelLayout"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("publishOffer"));
    m_ok->setText(mode == Mode::Edit ? tr("&Save changes") : tr("&Publish"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OfferEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(m_side, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    load(start);
    if (mode == Mode::Duplicate)
        m_name->setText(tr("%1 (copy)").arg(start.name));

    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        const auto [uptime, latency] = tierTargets(m_tier->currentData().toString());
        m_uptime->setValue(uptime / 100.0);
        m_latency->setValue(latency);
    });
    const auto changed = [this] {
        validate();
        Q_EMIT draftChanged();
    };
    for (QLineEdit *e : {m_name, m_region, m_country, m_storagePrice, m_egressPrice, m_endpoint})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QSpinBox *s : {m_capacityGb, m_latency, m_minDays, m_maxDays})
        connect(s, &QSpinBox::valueChanged, this, changed);
    connect(m_uptime, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_tier, &QComboBox::currentIndexChanged, this, changed);
    for (QCheckBox *c :
         m_protocols + m_currencies + QList<QCheckBox *>{m_encryption, m_versioning, m_objectLock})
        connect(c, &QCheckBox::toggled, this, changed);
    validate();
    m_name->setFocus();
    resize(760, sizeHint().height());
}

void OfferEditorDialog::load(const Offer &o)
{
    m_name->setText(o.name);
    m_region->setText(o.region);
    m_country->setText(o.country);
    for (QCheckBox *c : m_protocols)
        c->setChecked(o.protocols.contains(c->property("protocol").toString()));
    m_storagePrice->setText(usd7Text(o.priceStoragePerGbMonthUsd7));
    m_egressPrice->setText(usd7Text(o.priceEgressPerGbUsd7));
    m_capacityGb->setValue(int(
        std::clamp<qint64>(o.capacityBytes / economics::kBytesPerGb, 1, m_capacityGb->maximum())));
    m_tier->setCurrentIndex(std::max<int>(0, int(kTiers.indexOf(o.qosTier))));
    m_uptime->setValue(o.uptimeTargetBps / 100.0);
    m_latency->setValue(o.latencyTargetMs);
    m_minDays->setValue(o.minDurationDays);
    m_maxDays->setValue(o.maxDurationDays);
    for (QCheckBox *c : m_currencies)
        c->setChecked(o.currencies.contains(c->property("currency").toString()));
    m_encryption->setChecked(o.features.encryptionAtRest);
    m_versioning->setChecked(o.features.versioning);
    m_objectLock->setChecked(o.features.objectLock);
    m_endpoint->setText(o.endpoint);
}

Offer OfferEditorDialog::draft() const
{
    Offer o = m_start;
    o.name = m_name->text().trimmed();
    o.region = m_region->text().trimmed();
    o.country = m_country->text().trimmed().toUpper();
    o.protocols.clear();
    for (QCheckBox *c : m_protocols)
        if (c->isChecked())
            o.protocols << c->property("protocol").toString();
    o.priceStoragePerGbMonthUsd7 = parseUsd7(m_storagePrice->text()).value_or(-1);
    o.priceEgressPerGbUsd7 = parseUsd7(m_egressPrice->text()).value_or(-1);
    o.capacityBytes = qint64(m_capacityGb->value()) * economics::kBytesPerGb;
    o.qosTier = m_tier->currentData().toString();
    o.uptimeTargetBps = int(std::lround(m_uptime->value() * 100));
    o.latencyTargetMs = m_latency->value();
    o.minDurationDays = m_minDays->value();
    o.maxDurationDays = m_maxDays->value();
    o.currencies.clear();
    for (QCheckBox *c : m_currencies)
        if (c->isChecked())
            o.currencies << c->property("currency").toString();
    o.features.encryptionAtRest = m_encryption->isChecked();
    o.features.versioning = m_versioning->isChecked();
    o.features.objectLock = m_objectLock->isChecked();
    o.endpoint = m_endpoint->text().trimmed();
    return o;
}

void OfferEditorDialog::validate()
{
    const Offer o = draft();
    QString why;
    if (o.name.isEmpty())
        why = tr("Give the offer a name.");
    else if (o.region.isEmpty())
        why = tr("Enter the region the data lives in.");
    else if (o.protocols.isEmpty())
        why = tr("Choose at least one protocol.");
    else if (o.priceStoragePerGbMonthUsd7 < 0 || o.priceEgressPerGbUsd7 < 0)
        why = tr("Prices are US dollars with up to 7 decimals, such as 0.023.");
    else if (o.currencies.isEmpty())
        why = tr("Accept at least one currency.");
    else if (o.minDurationDays > o.maxDurationDays)
        why = tr("The minimum duration is longer than the maximum.");
    m_ok->setEnabled(why.isEmpty() && !m_busy);
    m_ok->setToolTip(why);
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
    } else {
        m_error->hide();
    }
}

void OfferEditorDialog::setStoragePrice(qint64 usd7)
{
    m_storagePrice->setText(usd7Text(usd7));
}

void OfferEditorDialog::accept()
{
    if (m_busy || !m_service)
        return;
    validate();
    if (!m_ok->isEnabled())
        return;
    m_busy = true;
    m_ok->setEnabled(false);
    m_error->hide();
    auto done = [this](Result<Offer> r) {
        m_busy = false;
        m_ok->setEnabled(true);
        if (!r) {
            // The node's own validation message, with its next step.
            m_error->setText(r.error().message);
            m_error->show();
            return;
        }
        m_published = *r;
        QDialog::accept();
    };
    const Offer o = draft();
    switch (m_mode) {
    case Mode::Create:
        m_service->createOffer(o, this, done);
        break;
    case Mode::Duplicate:
        m_service->duplicateOffer(o, o.name, this, done);
        break;
    case Mode::Edit:
        m_service->updateOffer(o, this, done);
        break;
    }
}

} // namespace fb::ui
