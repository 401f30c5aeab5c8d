#include "ui/wizard/requirementspage.h"

#include "models/formats.h"

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "models/walletservice.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "ui/wizard/slawizard.h"
#include "ui/wizard/wizardsupport.h"
#include "wallet/stellar.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDesktopServices>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {

using namespace wizard;

// A size in GB with up to three decimals, shown without trailing zeros: "100 GB", "0,5 GB",
// never "100.000 GB", which reads as a hundred thousand in German.
class SizeSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        const QString point = locale().decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(locale().zeroDigit()))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

class RequirementsPage : public QWizardPage
{
public:
    explicit RequirementsPage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("What do you need?"));
        setSubTitle(SlaWizard::tr("Describe the storage; the next step finds the providers that "
                                  "fit and costs them."));
        m_size = new SizeSpinBox(this);
        m_size->setObjectName(QStringLiteral("size"));
        m_size->setRange(0.001, 1e6);
        m_size->setDecimals(3);
        m_size->setValue(100);
        m_size->setSuffix(SlaWizard::tr(" GB"));
        m_size->setToolTip(SlaWizard::tr("How much data you will keep (1 GB = 10^9 bytes)."));
        m_egress = new SizeSpinBox(this);
        m_egress->setObjectName(QStringLiteral("egress"));
        m_egress->setRange(0, 1e6);
        m_egress->setValue(10);
        m_egress->setSuffix(SlaWizard::tr(" GB / month"));
        m_egress->setToolTip(SlaWizard::tr("How much you expect to download each month."));
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("days"));
        m_days->setRange(1, 3650);
        m_days->setValue(30);
        // " day" or " days" as the value says, in every language.
        auto daySuffix = [box = m_days](int n) {
            box->setSuffix(SlaWizard::tr(" day(s)", nullptr, n));
        };
        connect(m_days, &QSpinBox::valueChanged, m_days, daySuffix);
        daySuffix(m_days->value());
        m_redundancy = new QComboBox(this);
        m_redundancy->setObjectName(QStringLiteral("redundancy"));
        m_redundancy->addItem(SlaWizard::tr("Full copies with several providers"));
        m_redundancy->addItem(SlaWizard::tr("Erasure coding: any k of n shards rebuild the data"));
        m_copies = new QSpinBox(this);
        m_copies->setObjectName(QStringLiteral("copies"));
        m_copies->setRange(1, 8);
        m_copies->setValue(2);
        m_copies->setToolTip(SlaWizard::tr("Each copy lives with a different provider."));
        m_k = new QSpinBox(this);
        m_k->setRange(1, 16);
        m_k->setValue(2);
        m_k->setPrefix(SlaWizard::tr("k = "));
        m_n = new QSpinBox(this);
        m_n->setRange(2, 32);
        m_n->setValue(3);
        m_n->setPrefix(SlaWizard::tr("n = "));
        m_tier = new QComboBox(this);
        m_tier->setObjectName(QStringLiteral("tier"));
        for (const QString &t : Formats::tierKeys())
            m_tier->addItem(Formats::tier(t), t);
        m_tier->setToolTip(SlaWizard::tr("The lowest QoS tier you accept (uptime and latency "
                                         "targets rise with the tier)."));
        m_protocol = new QComboBox(this);
        m_protocol->setObjectName(QStringLiteral("protocol"));
        m_protocol->addItem(SlaWizard::tr("Any"), QString());
        for (const char *p : {"s3", "local", "gcs", "azure-blob"})
            m_protocol->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
        m_regions = new QListWidget(this);
        m_regions->setObjectName(QStringLiteral("regions"));
        m_regions->setMaximumHeight(90);
        m_regions->setToolTip(SlaWizard::tr("Untick the regions your data must not go to."));
        m_excludeCountries = new QLineEdit(this);
        m_excludeCountries->setPlaceholderText(SlaWizard::tr("e.g. US, CN"));
        m_spreadRegions =
            new QCheckBox(SlaWizard::tr("Put each copy or shard in a different &region"), this);
        m_spreadKinds = new QCheckBox(SlaWizard::tr("Mix &cloud and DePIN providers"), this);
        m_budget = new QDoubleSpinBox(this);
        m_budget->setObjectName(QStringLiteral("budget"));
        m_budget->setRange(0, 1e7);
        m_budget->setPrefix(QStringLiteral("$"));
        m_budget->setSpecialValueText(SlaWizard::tr("No limit"));
        m_currency = new QComboBox(this);
        m_currency->setObjectName(QStringLiteral("payWith"));
        m_currency->addItem(SlaWizard::tr("XLM from the embedded wallet"), QStringLiteral("XLM"));
        m_currency->addItem(SlaWizard::tr("ALGO from the embedded wallet"), QStringLiteral("ALGO"));
        m_currency->addItem(SlaWizard::tr("BTC from the embedded wallet"), QStringLiteral("BTC"));
        m_currency->addItem(SlaWizard::tr("STRK from the embedded wallet"), QStringLiteral("STRK"));
        m_currency->addItem(SlaWizard::tr("Card (platform checkout)"), QStringLiteral("USD"));
        m_currency->setToolTip(SlaWizard::tr("The wallet pays in XLM (Stellar), ALGO (Algorand), "
                                             "BTC (Bitcoin) or STRK (Starknet) from its own "
                                             "account on that chain; card payments go through "
                                             "the platform's checkout page, in US dollars. Only "
                                             "providers that accept the currency are offered."));
        m_error = errorLabel(this);
        // Offers chosen in the marketplace (Compare, the provider dialog): shown and ticked;
        // the recommendation uses only the ticked ones.
        m_chosen = new QListWidget(this);
        m_chosen->setObjectName(QStringLiteral("chosenOffers"));
        m_chosen->setAccessibleName(SlaWizard::tr("Chosen offers"));
        m_chosen->setToolTip(SlaWizard::tr("The offers you chose in the marketplace. The "
                                           "recommendation uses only the ticked ones."));
        m_chosen->setMaximumHeight(96);
        m_chosen->hide();
        m_chosenLabel = new QLabel(SlaWizard::tr("Chosen o&ffers:"), this);
        m_chosenLabel->setBuddy(m_chosen);
        m_chosenLabel->hide();
        m_renewal = new QLabel(this);
        m_renewal->setObjectName(QStringLiteral("renewalNote"));
        m_renewal->setWordWrap(true);
        m_renewal->hide();
        // Screen readers name every input (the form labels carry mnemonics and '&').
        m_size->setAccessibleName(SlaWizard::tr("Data size in GB"));
        m_egress->setAccessibleName(SlaWizard::tr("Expected downloads in GB per month"));
        m_days->setAccessibleName(SlaWizard::tr("Duration in days"));
        m_redundancy->setAccessibleName(SlaWizard::tr("Redundancy"));
        m_copies->setAccessibleName(SlaWizard::tr("Number of copies"));
        m_k->setAccessibleName(SlaWizard::tr("Shards needed to rebuild (k)"));
        m_n->setAccessibleName(SlaWizard::tr("Shards in total (n)"));
        m_tier->setAccessibleName(SlaWizard::tr("Minimum QoS tier"));
        m_protocol->setAccessibleName(SlaWizard::tr("Protocol"));
        m_regions->setAccessibleName(SlaWizard::tr("Allowed regions"));
        m_excludeCountries->setObjectName(QStringLiteral("excludeCountries"));
        m_excludeCountries->setAccessibleName(SlaWizard::tr("Excluded countries"));
        m_spreadRegions->setAccessibleName(SlaWizard::tr("Different region for each copy"));
        m_spreadKinds->setAccessibleName(SlaWizard::tr("Mix cloud and DePIN providers"));
        m_budget->setAccessibleName(SlaWizard::tr("Maximum total budget in US dollars"));
        m_currency->setAccessibleName(SlaWizard::tr("Pay with"));

        auto *ec = new QHBoxLayout;
        ec->addWidget(m_k);
        ec->addWidget(m_n);
        auto *form = new QFormLayout(this);
        form->addRow(m_renewal);
        form->addRow(m_chosenLabel, m_chosen);
        form->addRow(SlaWizard::tr("&Data size:"), m_size);
        form->addRow(SlaWizard::tr("Expected down&loads:"), m_egress);
        form->addRow(SlaWizard::tr("D&uration:"), m_days);
        form->addRow(SlaWizard::tr("R&edundancy:"), m_redundancy);
        form->addRow(SlaWizard::tr("C&opies:"), m_copies);
        auto *shards = new QLabel(SlaWizard::tr("&Shards:"), this);
        shards->setBuddy(m_k);
        form->addRow(shards, ec);
        form->addRow(SlaWizard::tr("Minimum QoS &tier:"), m_tier);
        form->addRow(SlaWizard::tr("&Protocol:"), m_protocol);
        form->addRow(SlaWizard::tr("Allowed re&gions:"), m_regions);
        form->addRow(SlaWizard::tr("E&xcluded countries:"), m_excludeCountries);
        form->addRow(QString(), m_spreadRegions);
        form->addRow(QString(), m_spreadKinds);
        form->addRow(SlaWizard::tr("&Maximum budget (total):"), m_budget);
        form->addRow(SlaWizard::tr("Pay &with:"), m_currency);
        form->addRow(m_error);
        auto sync = [this] {
            const bool ec = m_redundancy->currentIndex() == 1;
            m_copies->setEnabled(!ec);
            m_k->setEnabled(ec);
            m_n->setEnabled(ec);
        };
        connect(m_redundancy, &QComboBox::currentIndexChanged, this, sync);
        sync();
        // Keyboard order follows the form, top to bottom.
        setTabOrder(m_chosen, m_size);
        QWidget *order[] = {
            m_size,        m_egress, m_days,     m_redundancy, m_copies,           m_k,
            m_n,           m_tier,   m_protocol, m_regions,    m_excludeCountries, m_spreadRegions,
            m_spreadKinds, m_budget, m_currency};
        for (size_t i = 1; i < std::size(order); ++i)
            setTabOrder(order[i - 1], order[i]);
        if (!w->preselected().isEmpty()) {
            m_copies->setValue(int(w->preselected().size()));
            m_tier->setCurrentIndex(0);
        }
    }

    void initializePage() override
    {
        if (m_w->renewal() && !m_prefilled) {
            m_prefilled = true;
            prefill(*m_w->renewal());
        }
        showChosenOffers();
        // Keyboard users start typing the size at once.
        QTimer::singleShot(0, m_size, [size = m_size] {
            size->setFocus(Qt::TabFocusReason);
            size->selectAll();
        });
        if (m_regions->count() > 0 || !m_w->context().market)
            return;
        for (const QString &r : m_w->context().market->regions()) {
            auto *item = new QListWidgetItem(r, m_regions);
            item->setCheckState(Qt::Checked);
        }
    }

    bool validatePage() override
    {
        sla::Requirements r;
        r.dataBytes = qint64(m_size->value() * kGB);
        r.egressBytesPerMonth = qint64(m_egress->value() * kGB);
        r.durationDays = m_days->value();
        r.redundancy = m_redundancy->currentIndex() == 0
                           ? sla::Requirements::Redundancy::Replication
                           : sla::Requirements::Redundancy::ErasureCoding;
        r.replicas = m_copies->value();
        r.dataShards = m_k->value();
        r.totalShards = m_n->value();
        r.minTier = m_tier->currentData().toString();
        r.protocol = m_protocol->currentData().toString();
        r.currency = m_currency->currentData().toString();
        for (int i = 0; i < m_regions->count(); ++i) {
            if (m_regions->item(i)->checkState() != Qt::Checked)
                r.excludeRegions << m_regions->item(i)->text();
        }
        for (const QString &c :
             m_excludeCountries->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.excludeCountries << c.trimmed().toUpper();
        r.spreadRegions = m_spreadRegions->isChecked();
        r.spreadKinds = m_spreadKinds->isChecked();
        r.budgetUsd7 = qint64(m_budget->value() * 1e7);
        if (auto v = r.validate(); !v) {
            m_error->setText(v.error().message);
            m_error->show();
            return false;
        }
        QStringList ticked;
        for (int i = 0; i < m_chosen->count(); ++i) {
            if (m_chosen->item(i)->checkState() == Qt::Checked)
                ticked << m_chosen->item(i)->data(Qt::UserRole).toString();
        }
        // The platform refuses a deal on the buyer's own offer (a provider buying from itself
        // with the same wallet): say so here, not after signing in at the payment.
        if (MarketService *market = m_w->context().market;
            market && m_w->context().wallet && m_w->context().wallet->exists()) {
            const QString me = m_w->context().wallet->stellarAddress();
            for (const QString &id : std::as_const(ticked)) {
                const std::optional<Offer> o = market->offer(id);
                const std::optional<Provider> p =
                    o ? market->provider(o->providerId) : std::nullopt;
                if (p && !me.isEmpty() && p->address == me) {
                    m_error->setText(SlaWizard::tr("%1 is your own offer: the platform does not "
                                                   "let an account buy from itself. Untick it, "
                                                   "or buy with another wallet.")
                                         .arg(o->name));
                    m_error->show();
                    return false;
                }
            }
        }
        if (m_chosen->count() > 0)
            m_w->setPreselected(ticked);
        m_error->hide();
        m_w->requirements = r;
        return true;
    }

private:
    // The marketplace's chosen offers, each ticked, with its provider, region and prices (once;
    // going back keeps what the user unticked).
    void showChosenOffers()
    {
        if (m_chosen->count() > 0 || m_w->chosenOffers().isEmpty())
            return;
        MarketService *market = m_w->context().market;
        for (const QString &id : m_w->chosenOffers()) {
            auto *item = new QListWidgetItem(m_chosen);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(m_w->preselected().contains(id) ? Qt::Checked : Qt::Unchecked);
            const std::optional<Offer> o = market ? market->offer(id) : std::nullopt;
            if (!o) {
                item->setText(id);
                continue;
            }
            const std::optional<Provider> p = market->provider(o->providerId);
            const QString who = p && !o->name.contains(p->name)
                                    ? SlaWizard::tr("%1 — %2").arg(p->name, o->name)
                                    : o->name;
            item->setText(SlaWizard::tr("%1 · %2 · %3 tier · %4 per GB-month")
                              .arg(who, o->region, Formats::tier(o->qosTier),
                                   m_w->display.format(o->priceStoragePerGbMonthUsd7)));
            item->setToolTip(item->text());
        }
        m_chosen->setVisible(true);
        m_chosenLabel->setVisible(true);
        m_chosen->setMaximumHeight(
            std::min(160, m_chosen->sizeHintForRow(0) * int(m_chosen->count()) +
                              2 * m_chosen->frameWidth() + 4));
        // Each chosen offer holds one copy unless the user says otherwise.
        if (!m_w->renewal())
            m_copies->setValue(std::max(1, int(m_w->chosenOffers().size())));
    }

    // The renewed agreement's terms: its data size (a shard times k), redundancy, the lowest
    // tier of its offers, its protocol, its term and its downloads per month.
    void prefill(const SlaWizard::Renewal &r)
    {
        if (r.deals.isEmpty())
            return;
        const Deal &first = r.deals.first();
        const int k = qMax(1, first.k);
        m_size->setValue(double(first.sizeBytes) * k / kGB);
        m_days->setValue(qMax(1, first.durationDays));
        // Each copy serves all the downloads; a shard its 1/k of them.
        m_egress->setValue(double(first.egressBytes) * k * 30.0 / qMax(1, first.durationDays) /
                           kGB);
        if (k > 1) {
            m_redundancy->setCurrentIndex(1);
            m_k->setValue(k);
            m_n->setValue(qMax(int(r.deals.size()), first.shardCount));
        } else {
            m_redundancy->setCurrentIndex(0);
            m_copies->setValue(int(r.deals.size()));
        }
        static const QStringList tiers = {QStringLiteral("bronze"), QStringLiteral("silver"),
                                          QStringLiteral("gold"), QStringLiteral("platinum")};
        int tier = -1;
        if (MarketService *market = m_w->context().market) {
            for (const Deal &d : r.deals)
                if (auto o = market->offer(d.offerId)) {
                    const int t = int(tiers.indexOf(o->qosTier));
                    tier = tier < 0 ? t : qMin(tier, t);
                }
        }
        if (tier >= 0)
            m_tier->setCurrentIndex(tier);
        if (const int p = m_protocol->findData(first.protocol); p >= 0)
            m_protocol->setCurrentIndex(p);
        m_renewal->setText(
            r.startsAt.isValid()
                ? SlaWizard::tr("Renewing <b>%1</b> with the same %n provider(s). The new period "
                                "follows the current one, which ends on %2.",
                                nullptr, int(r.deals.size()))
                      .arg(r.name.toHtmlEscaped(), Formats().date(r.startsAt))
                : SlaWizard::tr("Renewing <b>%1</b> with the same %n provider(s).", nullptr,
                                int(r.deals.size()))
                      .arg(r.name.toHtmlEscaped()));
        m_renewal->show();
    }

    SlaWizard *m_w;
    QListWidget *m_chosen;
    QLabel *m_chosenLabel;
    QLabel *m_renewal;
    bool m_prefilled = false;
    QDoubleSpinBox *m_size, *m_egress, *m_budget;
    QSpinBox *m_days, *m_copies, *m_k, *m_n;
    QComboBox *m_redundancy, *m_tier, *m_protocol, *m_currency;
    QListWidget *m_regions;
    QLineEdit *m_excludeCountries;
    QCheckBox *m_spreadRegions, *m_spreadKinds;
    QLabel *m_error;
};

} // namespace

QWizardPage *createRequirementsPage(SlaWizard *wizard)
{
    return new RequirementsPage(wizard);
}

} // namespace fb::ui
