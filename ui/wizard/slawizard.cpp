#include "ui/wizard/slawizard.h"

#include "models/accountservice.h"
#include "models/dealservice.h"
#include "models/marketservice.h"
#include "models/purchasesession.h"
#include "ui/dialogs/passwordprompt.h"
#include "ui/dialogs/signdialog.h"
#include "ui/dialogs/walletsetupdialog.h"
#include "models/walletservice.h"
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

constexpr qint64 kGB = 1000000000;

// Small sums keep four decimals so a fee of a fraction of a cent does not read as zero.
QString usd(qint64 usd7)
{
    const double v = double(usd7) / 1e7;
    return QStringLiteral("$%L1").arg(v, 0, 'f', qAbs(v) < 1.0 && usd7 != 0 ? 4 : 2);
}

QString xlm(qint64 stroops)
{
    return QStringLiteral("%1 XLM").arg(formatUnits(QString::number(stroops), 7));
}

QString bytesText(qint64 b)
{
    if (b >= 1000 * kGB)
        return SlaWizard::tr("%1 TB").arg(double(b) / (1000.0 * kGB), 0, 'f', 2);
    return SlaWizard::tr("%1 GB").arg(double(b) / kGB, 0, 'f', 2);
}

// A short table takes the height of its rows, not the whole page.
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
    l->setStyleSheet(QStringLiteral("color:#b71c1c"));
    l->hide();
    return l;
}

// ---- Requirements ----------------------------------------------------------------------------

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
        m_size = new QDoubleSpinBox(this);
        m_size->setObjectName(QStringLiteral("size"));
        m_size->setRange(0.001, 1e6);
        m_size->setDecimals(3);
        m_size->setValue(100);
        m_size->setSuffix(SlaWizard::tr(" GB"));
        m_size->setToolTip(SlaWizard::tr("How much data you will keep (1 GB = 10^9 bytes)."));
        m_egress = new QDoubleSpinBox(this);
        m_egress->setObjectName(QStringLiteral("egress"));
        m_egress->setRange(0, 1e6);
        m_egress->setValue(10);
        m_egress->setSuffix(SlaWizard::tr(" GB / month"));
        m_egress->setToolTip(SlaWizard::tr("How much you expect to download each month."));
        m_days = new QSpinBox(this);
        m_days->setObjectName(QStringLiteral("days"));
        m_days->setRange(1, 3650);
        m_days->setValue(30);
        m_days->setSuffix(SlaWizard::tr(" days"));
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
        for (const char *t : {"bronze", "silver", "gold", "platinum"})
            m_tier->addItem(QString::fromLatin1(t));
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
        m_currency->addItem(SlaWizard::tr("Card (platform checkout)"), QStringLiteral("USD"));
        m_currency->setToolTip(SlaWizard::tr("Card payments go through the platform's checkout "
                                             "page, in US dollars."));
        m_error = errorLabel(this);
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
        r.minTier = m_tier->currentText();
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
        m_error->hide();
        m_w->requirements = r;
        return true;
    }

private:
    SlaWizard *m_w;
    QDoubleSpinBox *m_size, *m_egress, *m_budget;
    QSpinBox *m_days, *m_copies, *m_k, *m_n;
    QComboBox *m_redundancy, *m_tier, *m_protocol, *m_currency;
    QListWidget *m_regions;
    QLineEdit *m_excludeCountries;
    QCheckBox *m_spreadRegions, *m_spreadKinds;
    QLabel *m_error;
};

// ---- Recommendation ---------------------------------------------------------------------------

class RecommendationPage : public QWizardPage
{
public:
    explicit RecommendationPage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("Recommended providers"));
        setSubTitle(SlaWizard::tr("The cheapest set that meets every requirement, never two "
                                  "copies with one provider. Pick an alternative if you prefer."));
        m_choices = new QVBoxLayout;
        m_group = new QButtonGroup(this);
        m_tree = new QTreeWidget(this);
        m_tree->setObjectName(QStringLiteral("placements"));
        m_tree->setHeaderLabels({SlaWizard::tr("Provider, offer and why it was chosen"),
                                 SlaWizard::tr("Cost over the term")});
        m_tree->setAccessibleName(SlaWizard::tr("Chosen providers"));
        m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_tree->header()->setStretchLastSection(false);
        m_error = errorLabel(this);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_choices);
        layout->addWidget(m_tree, 1);
        layout->addWidget(m_error);
        connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { show(id); });
    }

    void initializePage() override
    {
        qDeleteAll(m_group->buttons());
        m_plans.clear();
        m_tree->clear();
        m_error->hide();
        auto market = m_w->context().market
                          ? m_w->context().market->snapshot()
                          : Result<MarketSnapshot>::failure(QStringLiteral("offline"), QString());
        if (!market) {
            fail(SlaWizard::tr("The marketplace is not available yet: %1")
                     .arg(market.error().message));
            return;
        }
        if (!m_w->preselected().isEmpty()) {
            QList<Offer> only;
            for (const Offer &o : std::as_const(market->offers)) {
                if (m_w->preselected().contains(o.id))
                    only << o;
            }
            market->offers = only;
        }
        auto rec = sla::recommend(m_w->requirements, market->offers, market->providers);
        if (!rec) {
            fail(rec.error().message);
            return;
        }
        m_plans << rec->recommended;
        if (rec->cheapest)
            m_plans << *rec->cheapest;
        if (rec->mostReliable)
            m_plans << *rec->mostReliable;
        for (int i = 0; i < m_plans.size(); ++i) {
            auto *b = new QRadioButton(
                QStringLiteral("%1 — %2").arg(m_plans[i].label, m_plans[i].summary), this);
            b->setObjectName(QStringLiteral("plan%1").arg(i));
            m_group->addButton(b, i);
            m_choices->addWidget(b);
        }
        m_group->button(0)->setChecked(true);
        QWidget *prev = nullptr;
        for (QAbstractButton *b : m_group->buttons()) {
            if (prev)
                setTabOrder(prev, b);
            prev = b;
        }
        if (prev)
            setTabOrder(prev, m_tree);
        QTimer::singleShot(0, m_group->button(0),
                           [b = m_group->button(0)] { b->setFocus(Qt::TabFocusReason); });
        show(0);
        emit completeChanged();
    }

    bool isComplete() const override { return !m_plans.isEmpty(); }

    bool validatePage() override
    {
        m_w->chosenPlan = m_plans.value(m_group->checkedId());
        return !m_w->chosenPlan.placements.isEmpty();
    }

private:
    void fail(const QString &message)
    {
        m_error->setText(message);
        m_error->show();
        emit completeChanged();
    }

    void show(int i)
    {
        m_tree->clear();
        for (const auto &p : m_plans.value(i).placements) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(0, p.offer.name.contains(p.provider.name)
                                 ? p.offer.name
                                 : QStringLiteral("%1 — %2").arg(p.provider.name, p.offer.name));
            item->setText(1, m_w->display.format(p.costUsd7()));
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (const QString &reason : p.reasons)
                new QTreeWidgetItem(item, {reason});
        }
        m_tree->expandAll();
        m_tree->resizeColumnToContents(1);
    }

    SlaWizard *m_w;
    QVBoxLayout *m_choices;
    QButtonGroup *m_group;
    QTreeWidget *m_tree;
    QLabel *m_error;
    QList<sla::Plan> m_plans;
};

// ---- Quote ----------------------------------------------------------------------------------

class QuotePage : public QWizardPage
{
public:
    explicit QuotePage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("What you will pay"));
        setSubTitle(SlaWizard::tr("The platform's quote: storage and downloads per provider, and "
                                  "its 2 % fee. The money waits in escrow and reaches each "
                                  "provider only while it keeps its promises."));
        m_table = new QTableWidget(0, 5, this);
        m_table->setObjectName(QStringLiteral("quote"));
        m_table->setHorizontalHeaderLabels({SlaWizard::tr("Provider"), SlaWizard::tr("Keeps"),
                                            SlaWizard::tr("Storage"), SlaWizard::tr("Downloads"),
                                            SlaWizard::tr("Fee")});
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setAccessibleName(SlaWizard::tr("Quote per provider"));
        m_total = new QLabel(this);
        m_total->setObjectName(QStringLiteral("total"));
        m_total->setTextFormat(Qt::RichText);
        m_busy = new QProgressBar(this);
        m_busy->setRange(0, 0);
        m_busy->hide();
        m_error = errorLabel(this);
        auto *retry = new QPushButton(SlaWizard::tr("&Retry"), this);
        retry->hide();
        m_retry = retry;
        connect(retry, &QPushButton::clicked, this, [this] { initializePage(); });
        m_total->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_total);
        layout->addWidget(m_busy);
        layout->addWidget(m_error);
        layout->addWidget(retry);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        m_w->quote.reset();
        m_table->setRowCount(0);
        m_total->clear();
        m_error->hide();
        m_retry->hide();
        MarketService *market = m_w->context().market;
        if (!market || !market->connected()) {
            failWith(SlaWizard::tr("Not connected to a platform node; check Settings."));
            return;
        }
        m_busy->show();
        QPointer<QuotePage> self(this);
        market->quote(m_w->order(), this, [self, market](Result<Quote> q) {
            if (!q) {
                self->failWith(q.error().message);
                return;
            }
            self->m_w->quote = *q;
            market->rates(self, [self](Result<QList<Rate>> rates) {
                self->m_busy->hide();
                self->m_w->xlmRateUsd7 = 0;
                if (rates) {
                    self->m_w->display.setFromRates(PriceFormat::preferredCurrency(), *rates);
                    for (const Rate &r : std::as_const(*rates))
                        if (r.currency == QLatin1String("XLM"))
                            self->m_w->xlmRateUsd7 = r.usd7PerCoin;
                }
                self->fill();
            });
        });
    }

    bool isComplete() const override { return m_w->quote.has_value(); }

private:
    void failWith(const QString &m)
    {
        m_busy->hide();
        m_error->setText(m);
        m_error->show();
        m_retry->show();
        emit completeChanged();
    }

    void fill()
    {
        const Quote &q = *m_w->quote;
        QHash<QString, QString> names;
        for (const auto &p : m_w->chosenPlan.placements)
            names.insert(p.offer.id, p.provider.name);
        m_table->setRowCount(int(q.lines.size()));
        for (int i = 0; i < q.lines.size(); ++i) {
            const auto &l = q.lines[i];
            const PriceFormat &f = m_w->display;
            const QStringList cells{names.value(l.offerId, l.providerId), bytesText(l.shardBytes),
                                    f.format(l.storageCost.units), f.format(l.egressCost.units),
                                    f.format(l.fee.units)};
            for (int c = 0; c < cells.size(); ++c)
                m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        }
        const PriceFormat &f = m_w->display;
        QString total = SlaWizard::tr("<b>Total %1</b> (storage %2, downloads %3, platform fee %4)")
                            .arg(m_w->money(q.total.units), f.format(q.storageCost.units),
                                 f.format(q.egressCost.units), f.format(q.fee.units));
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        fitRows(m_table);
        if (m_w->payByCard()) {
            total += SlaWizard::tr("<br>You pay <b>%1</b> by card on the platform's checkout page.")
                         .arg(usd(q.total.units));
        } else if (m_w->xlmRateUsd7 > 0) {
            const qint64 stroops =
                (q.total.units * 10000000 + m_w->xlmRateUsd7 - 1) / m_w->xlmRateUsd7;
            total += SlaWizard::tr("<br>About <b>%1</b> at the node's rate of %2 per XLM; the "
                                   "exact amount is fixed when you pay.")
                         .arg(xlm(stroops), usd(m_w->xlmRateUsd7));
        }
        m_total->setText(total);
        emit completeChanged();
    }

    SlaWizard *m_w;
    QTableWidget *m_table;
    QLabel *m_total;
    QProgressBar *m_busy;
    QLabel *m_error;
    QPushButton *m_retry;
};

// ---- Payment --------------------------------------------------------------------------------

class PaymentPage : public QWizardPage
{
public:
    explicit PaymentPage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("Pay into escrow"));
        setCommitPage(true); // once paid, there is no going back to change the order
        setSubTitle(SlaWizard::tr("Your wallet signs one payment per provider into the "
                                  "platform's escrow. You see each transaction before signing."));
        m_wallet = new QLabel(this);
        m_wallet->setObjectName(QStringLiteral("walletState"));
        m_wallet->setWordWrap(true);
        m_setup = new QPushButton(SlaWizard::tr("&Set up a wallet…"), this);
        m_setup->setObjectName(QStringLiteral("setupWallet"));
        m_fund = new QPushButton(SlaWizard::tr("Get &development funds (no value)"), this);
        m_fund->setObjectName(QStringLiteral("faucet"));
        m_fund->setToolTip(SlaWizard::tr("The local network's faucet credits test XLM to your "
                                         "wallet."));
        m_pay = new QPushButton(this);
        m_pay->setObjectName(QStringLiteral("pay"));
        m_pay->setDefault(true);
        m_cancel = new QPushButton(SlaWizard::tr("S&top"), this);
        m_cancel->setObjectName(QStringLiteral("stop"));
        m_cancel->hide();
        m_progress = new QProgressBar(this);
        m_progress->setObjectName(QStringLiteral("progress"));
        m_progress->setRange(0, 5);
        m_progress->hide();
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("status"));
        m_status->setWordWrap(true);
        m_error = errorLabel(this);
        m_setup->setAccessibleName(SlaWizard::tr("Set up a wallet"));
        m_fund->setAccessibleName(SlaWizard::tr("Get development funds"));
        m_pay->setAccessibleName(SlaWizard::tr("Pay"));
        m_cancel->setAccessibleName(SlaWizard::tr("Stop paying"));
        m_progress->setAccessibleName(SlaWizard::tr("Payment progress"));
        // The card checkout (the node's page, in a web view made by AppContext::documentView).
        m_checkoutBox = new QWidget(this);
        m_checkoutBox->setObjectName(QStringLiteral("checkoutBox"));
        m_checkoutLayout = new QVBoxLayout(m_checkoutBox);
        m_checkoutLayout->setContentsMargins(0, 0, 0, 0);
        m_checkoutBox->hide();
        m_checkoutTimer = new QTimer(this);
        m_checkoutTimer->setInterval(500);
        connect(m_checkoutTimer, &QTimer::timeout, this, [this] { checkoutTick(); });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_setup);
        buttons->addWidget(m_fund);
        buttons->addStretch();
        buttons->addWidget(m_cancel);
        buttons->addWidget(m_pay);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_wallet);
        layout->addLayout(buttons);
        layout->addWidget(m_progress);
        layout->addWidget(m_status);
        layout->addWidget(m_error);
        layout->addWidget(m_checkoutBox, 1);
        m_stretch = new QWidget(this);
        layout->addWidget(m_stretch, 1);
        setTabOrder(m_setup, m_fund);
        setTabOrder(m_fund, m_cancel);
        setTabOrder(m_cancel, m_pay);
        connect(m_setup, &QPushButton::clicked, this, [this] {
            WalletSetupDialog d(m_w->context().wallet, this);
            if (m_setupParams)
                d.setKeystoreParams(*m_setupParams);
            d.exec();
            refreshWallet();
            focusNextAction();
        });
        connect(m_fund, &QPushButton::clicked, this, [this] { faucet(); });
        connect(m_pay, &QPushButton::clicked, this, [this] { pay(); });
        connect(m_cancel, &QPushButton::clicked, this, [this] { session()->stop(); });

        PurchaseSession *s = session();
        connect(s, &PurchaseSession::progress, this, [this](int step, const QString &text) {
            m_progress->setValue(step);
            m_status->setText(text);
        });
        connect(s, &PurchaseSession::passwordNeeded, this, [this] { askSignInPassword(); },
                Qt::QueuedConnection);
        connect(s, &PurchaseSession::signatureNeeded, this,
                [this](const QList<TxReview> &reviews) { review(reviews); },
                Qt::QueuedConnection);
        connect(s, &PurchaseSession::signingFailed, this,
                [this](const QString &message) { reviewAgain(message); }, Qt::QueuedConnection);
        connect(s, &PurchaseSession::checkoutReady, this, &PaymentPage::showCheckout);
        connect(s, &PurchaseSession::slaCreated, m_w, &SlaWizard::slaCreated);
        connect(s, &PurchaseSession::finished, this, [this] { onFinished(); });
    }

    // Tests create wallets with cheap key stretching.
    std::optional<keystore::Params> m_setupParams;

    void initializePage() override
    {
        m_error->hide();
        m_status->clear();
        closeCheckout();
        session()->setOrder(m_w->order(), m_w->requirements.currency);
        const QString amount = m_w->quote ? usd(m_w->quote->total.units) : QString();
        if (m_w->payByCard()) {
            setTitle(SlaWizard::tr("Pay by card"));
            setSubTitle(SlaWizard::tr("Your wallet signs you in (it is your account on the "
                                      "platform); then the platform's checkout page takes the card "
                                      "payment into escrow, once per provider."));
            m_pay->setText(SlaWizard::tr("&Pay %1 by card").arg(amount));
        } else {
            setTitle(SlaWizard::tr("Pay into escrow"));
            setSubTitle(
                SlaWizard::tr("Your wallet signs one payment per provider into the "
                              "platform's escrow. You see each transaction before signing."));
            m_pay->setText(SlaWizard::tr("&Pay %1").arg(amount));
        }
        m_fund->setVisible(!m_w->payByCard());
        refreshWallet();
        focusNextAction();
    }

    void cleanupPage() override { closeCheckout(); }

    bool isComplete() const override
    {
        return session()->state() == PurchaseSession::State::Paid;
    }

    // Enter pays once a wallet exists; before that it opens the wallet set-up. Deferred: the
    // wizard re-assigns its own default button after initializePage and completeChanged.
    void focusNextAction()
    {
        QTimer::singleShot(0, this, [this] {
            if (isComplete() || !isVisible() || QApplication::activeModalWidget())
                return;
            // Back from a modal dialog (wallet set-up), the wizard takes the keyboard again.
            if (!window()->isActiveWindow())
                window()->activateWindow();
            if (m_setup->isVisible() && m_setup->isEnabled()) {
                m_setup->setDefault(true);
                m_setup->setFocus(Qt::TabFocusReason);
            } else if (m_pay->isEnabled()) {
                m_pay->setDefault(true);
                m_pay->setFocus(Qt::TabFocusReason);
            }
        });
    }

private:
    WalletService *wallet() const { return m_w->context().wallet; }
    PurchaseSession *session() const { return m_w->session(); }
    bool connected() const
    {
        return m_w->context().accounts && m_w->context().accounts->connected();
    }

    void refreshWallet()
    {
        const bool has = wallet() && wallet()->exists();
        m_setup->setVisible(!has);
        m_pay->setEnabled(has && connected() && !session()->busy());
        m_fund->setEnabled(has && connected());
        if (!has) {
            m_wallet->setText(SlaWizard::tr("You have no wallet yet. Set one up: it takes a "
                                            "minute, and its recovery phrase is yours alone."));
            return;
        }
        const QString address = wallet()->stellarAddress();
        if (m_w->payByCard()) {
            // The card pays; the wallet only signs in (no balance needed).
            m_wallet->setText(SlaWizard::tr("Your platform account: %1\nYour wallet signs you in; "
                                            "the card pays.")
                                  .arg(address));
            return;
        }
        m_wallet->setText(SlaWizard::tr("Paying from %1").arg(address));
        if (!connected())
            return;
        m_w->context().accounts->account(
            address, this, [this, address](Result<LedgerAccount> r) {
                if (!r) {
                    m_wallet->setText(SlaWizard::tr("Paying from %1 (balance unknown: %2)")
                                          .arg(address, r.error().message));
                    return;
                }
                m_wallet->setText(SlaWizard::tr("Paying from %1\nBalance on the %2: %3")
                                      .arg(address,
                                           m_w->context().networkName.isEmpty()
                                               ? SlaWizard::tr("network")
                                               : m_w->context().networkName,
                                           xlm(r->balance(QStringLiteral("XLM")))));
            });
    }

    void faucet()
    {
        m_fund->setEnabled(false);
        m_w->context().accounts->faucet(wallet()->stellarAddress(), QString(), this,
                                        [this](Result<LedgerAccount> r) {
                                            m_fund->setEnabled(true);
                                            if (!r)
                                                showError(r.error().message);
                                            refreshWallet();
                                            focusNextAction();
                                        });
    }

    void showError(const QString &m)
    {
        m_error->setText(m);
        m_error->show();
    }

    void pay()
    {
        m_error->hide();
        m_pay->setEnabled(false);
        m_cancel->show();
        m_progress->show();
        session()->start();
    }

    void askSignInPassword()
    {
        if (session()->state() != PurchaseSession::State::SigningIn)
            return;
        auto pw = askPassword(this, SlaWizard::tr("Sign in"),
                              SlaWizard::tr("Your wallet password signs you in to %1:")
                                  .arg(m_w->context().networkName));
        if (!pw) {
            session()->decline();
            return;
        }
        session()->signIn(std::make_shared<const SecretBytes>(std::move(*pw)));
    }

    void review(const QList<TxReview> &reviews)
    {
        m_sign = std::make_unique<SignDialog>(
            reviews,
            SlaWizard::tr("These payments put %1 into the platform's escrow for your storage "
                          "agreement. Check the amounts and the memo, then sign.")
                .arg(m_w->quote ? usd(m_w->quote->total.units) : QString()),
            this);
        reviewAgain(QString());
    }

    // The review stays the same dialog across a wrong password.
    void reviewAgain(const QString &error)
    {
        if (!m_sign)
            return;
        if (!error.isEmpty())
            m_sign->showError(error);
        if (m_sign->exec() != QDialog::Accepted) {
            m_sign.reset();
            session()->decline();
            return;
        }
        session()->sign(std::make_shared<const SecretBytes>(m_sign->takePassword()));
    }

    void onFinished()
    {
        m_progress->hide();
        m_cancel->hide();
        closeCheckout();
        const PurchaseSession::State st = session()->state();
        if (st == PurchaseSession::State::Paid) {
            m_sign.reset();
            m_pay->setEnabled(false);
            m_status->setText(session()->statusText());
            emit completeChanged();
            if (session()->paidCount() > 0)
                m_w->next();
            return;
        }
        m_pay->setEnabled(wallet() && wallet()->exists() && connected());
        if (st == PurchaseSession::State::Failed || st == PurchaseSession::State::Stopped) {
            m_status->clear();
            showError(session()->error().message);
        } else {
            m_status->clear(); // declined the sign-in: back where it started
        }
        if (session()->error().code != QLatin1String("not_signed"))
            m_sign.reset();
        emit completeChanged();
        focusNextAction();
    }

    // ---- card: the node's checkout page, one deal after the other ----

    void showCheckout(int index, int count, const QUrl &url, qint64 usd7)
    {
        closeCheckout();
        m_checkoutTicks = 0;
        m_status->setText(SlaWizard::tr("Card payment %1 of %2 (%3): fill in the checkout below. "
                                        "It is the platform's page, served by %4.")
                              .arg(index + 1)
                              .arg(count)
                              .arg(usd(usd7), url.host()));
        if (m_w->context().documentView) {
            m_checkoutView = m_w->context().documentView(url, m_checkoutBox);
            m_checkoutView->setObjectName(QStringLiteral("checkoutView"));
            m_checkoutView->setAccessibleName(SlaWizard::tr("Checkout page"));
            m_checkoutView->setMinimumHeight(260);
            m_checkoutLayout->addWidget(m_checkoutView);
            m_checkoutBox->show();
            m_stretch->hide();
            m_checkoutView->setFocus(Qt::TabFocusReason);
        } else {
            // No web engine in this build: the system browser shows the same page.
            QDesktopServices::openUrl(url);
            m_status->setText(m_status->text() + QLatin1Char(' ') +
                              SlaWizard::tr("It opened in your web browser; this page goes on "
                                            "by itself once the payment is recorded."));
        }
        m_checkoutTimer->start();
    }

    void closeCheckout()
    {
        m_checkoutTimer->stop();
        m_checkoutTitle.clear();
        if (m_checkoutView) {
            m_checkoutView->hide();
            m_checkoutView->deleteLater();
            m_checkoutView = nullptr;
        }
        m_checkoutBox->hide();
        m_stretch->show();
    }

    // The web view's title changes with each page (the form, then the result): each change asks
    // the node at once whether the deal is funded (the session also asks every two seconds).
    void checkoutTick()
    {
        if (!m_checkoutView)
            return;
        bool check = false;
        const QString title = m_checkoutView->property("title").toString();
        if (title != m_checkoutTitle) {
            m_checkoutTitle = title;
            check = true;
        }
        if (m_checkoutView->property("appLink").toUrl().scheme() == QLatin1String("flashback"))
            check = true;
        if (check)
            session()->checkCheckout();
    }

    SlaWizard *m_w;
    QLabel *m_wallet, *m_status, *m_error;
    QPushButton *m_setup, *m_fund, *m_pay, *m_cancel;
    QWidget *m_checkoutBox, *m_stretch;
    QVBoxLayout *m_checkoutLayout;
    QPointer<QWidget> m_checkoutView;
    QTimer *m_checkoutTimer;
    QString m_checkoutTitle;
    int m_checkoutTicks = 0;
    QProgressBar *m_progress;
    std::unique_ptr<SignDialog> m_sign;
};

// ---- Status ---------------------------------------------------------------------------------

class StatusPage : public QWizardPage
{
public:
    explicit StatusPage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("Your agreement"));
        setSubTitle(SlaWizard::tr("Each provider's part, live. Funded means the escrow holds the "
                                  "money; Active means the provider confirmed your storage is "
                                  "ready and the term has started."));
        m_table = new QTableWidget(0, 3, this);
        m_table->setObjectName(QStringLiteral("deals"));
        m_table->setHorizontalHeaderLabels(
            {SlaWizard::tr("Provider"), SlaWizard::tr("State"), SlaWizard::tr("Total")});
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_table->setAccessibleName(SlaWizard::tr("Deals of this agreement"));
        auto *note = new QLabel(SlaWizard::tr("You can close this window: the SLAs page keeps "
                                              "tracking the agreement, its payments and its QoS."),
                                this);
        note->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addWidget(note);
        layout->addStretch(1);
        m_timer = new QTimer(this);
        m_timer->setInterval(2000);
        connect(m_timer, &QTimer::timeout, this, [this] { poll(); });
    }

    void initializePage() override
    {
        m_deals = m_w->session()->deals();
        fill();
        poll();
        m_timer->start();
    }
    void cleanupPage() override { m_timer->stop(); }

private:
    void fill()
    {
        QHash<QString, QString> names;
        for (const auto &p : m_w->chosenPlan.placements)
            names.insert(p.offer.id, p.provider.name);
        m_table->setRowCount(int(m_deals.size()));
        for (int i = 0; i < m_deals.size(); ++i) {
            const Deal &d = m_deals[i];
            m_table->setItem(i, 0, new QTableWidgetItem(names.value(d.offerId, d.providerId)));
            m_table->setItem(i, 1, new QTableWidgetItem(dealStateName(d.state)));
            m_table->setItem(i, 2, new QTableWidgetItem(m_w->money(d.total.units)));
        }
        m_table->resizeColumnToContents(1);
        m_table->resizeColumnToContents(2);
        fitRows(m_table);
    }

    void poll()
    {
        DealService *deals = m_w->context().deals;
        const QString sla = m_w->session()->slaId();
        if (!deals || sla.isEmpty())
            return;
        deals->fetchSla(sla, this, [this](Result<QList<Deal>> r) {
            if (r && !r->isEmpty()) {
                m_deals = *r;
                fill();
            }
        });
    }

    SlaWizard *m_w;
    QTableWidget *m_table;
    QTimer *m_timer;
    QList<Deal> m_deals;
};

} // namespace

SlaWizard::SlaWizard(AppContext &context, const QStringList &preselected, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_preselected(preselected)
    , m_session(new PurchaseSession(context.deals, context.payments, context.accounts,
                                    context.wallet, this))
{
    setWindowTitle(tr("New storage agreement"));
    setWizardStyle(QWizard::ModernStyle);
    setPage(RequirementsPage, new class RequirementsPage(this));
    setPage(RecommendationPage, new class RecommendationPage(this));
    setPage(QuotePage, new class QuotePage(this));
    setPage(PaymentPage, new class PaymentPage(this));
    setPage(StatusPage, new class StatusPage(this));
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Continue"));
    resize(820, 640);
    // Prices in the user's currency from the first page on; the quote refreshes the rate.
    if (PriceFormat::preferredCurrency() != QLatin1String("USD") && context.market &&
        context.market->connected()) {
        context.market->rates(this, [this](Result<QList<Rate>> r) {
            if (r)
                display.setFromRates(PriceFormat::preferredCurrency(), *r);
        });
    }
}

QuoteRequest SlaWizard::order() const
{
    QuoteRequest o;
    o.sizeBytes = requirements.dataBytes;
    o.egressBytes = requirements.egressBytesOverTerm();
    o.durationDays = requirements.durationDays;
    for (const auto &p : chosenPlan.placements)
        o.offerIds << p.offer.id;
    o.k = requirements.redundancy == sla::Requirements::Redundancy::Replication
              ? 1
              : requirements.dataShards;
    o.protocol = requirements.protocol;
    return o;
}

QString SlaWizard::money(qint64 usd7) const
{
    if (display.currency() == QLatin1String("USD"))
        return usd(usd7);
    return tr("%1 (%2)").arg(display.format(usd7), usd(usd7));
}

void SlaWizard::setWalletSetupParams(const keystore::Params &params)
{
    static_cast<class PaymentPage *>(page(PaymentPage))->m_setupParams = params;
}

} // namespace fb::ui
