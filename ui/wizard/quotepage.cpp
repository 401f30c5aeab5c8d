#include "ui/wizard/quotepage.h"

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

class QuotePage : public QWizardPage
{
public:
    explicit QuotePage(SlaWizard *w)
        : QWizardPage(w)
        , m_w(w)
    {
        setTitle(SlaWizard::tr("What you will pay"));
        setSubTitle(SlaWizard::tr("The platform's quote: storage and downloads per provider, and "
                                  "its fee. The money waits in escrow and reaches each "
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
        m_period = new QLabel(this);
        m_period->setObjectName(QStringLiteral("renewalPeriod"));
        m_period->setWordWrap(true);
        m_period->hide();
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_table, 1);
        layout->addWidget(m_period);
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
                self->m_w->payRateUsd7 = 0;
                if (rates) {
                    self->m_w->display.setFromRates(PriceFormat::preferredCurrency(), *rates);
                    for (const Rate &r : std::as_const(*rates)) {
                        if (r.currency == QLatin1String("XLM"))
                            self->m_w->xlmRateUsd7 = r.usd7PerCoin;
                        if (r.currency == self->m_w->payCurrency())
                            self->m_w->payRateUsd7 = r.usd7PerCoin;
                    }
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
        } else if (const QString inCoin = m_w->dueCoinText(); !inCoin.isEmpty()) {
            // Each provider's deal is converted on its own and rounded up, as the node does.
            total += SlaWizard::tr("<br>About <b>%1</b> at the node's rate of %2 per %3; the "
                                   "exact amount is fixed when you pay.")
                         .arg(inCoin, usd(m_w->payRateUsd7), m_w->payCurrency());
        }
        m_total->setText(total);
        // A renewal pays now for a period that follows the current one.
        if (m_w->renewal()) {
            const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
            m_period->setText(SlaWizard::tr("The new period runs from %1 to %2.")
                                  .arg(m_w->renewalStart().toLocalTime().toString(format),
                                       m_w->renewalEnd().toLocalTime().toString(format)));
            m_period->show();
        } else {
            m_period->hide();
        }
        emit completeChanged();
    }

    SlaWizard *m_w;
    QTableWidget *m_table;
    QLabel *m_total;
    QLabel *m_period;
    QProgressBar *m_busy;
    QLabel *m_error;
    QPushButton *m_retry;
};

} // namespace

QWizardPage *createQuotePage(SlaWizard *wizard)
{
    return new QuotePage(wizard);
}

} // namespace fb::ui
