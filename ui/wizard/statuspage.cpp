#include "ui/wizard/statuspage.h"

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
        m_table = new QTableWidget(0, 4, this);
        m_table->setObjectName(QStringLiteral("deals"));
        m_table->setHorizontalHeaderLabels({SlaWizard::tr("Provider"), SlaWizard::tr("State"),
                                            SlaWizard::tr("Total"), SlaWizard::tr("Paid in")});
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
        if (const MarketService *market = m_w->context().market) {
            for (const Deal &d : std::as_const(m_deals)) {
                if (!names.contains(d.offerId))
                    if (const auto p = market->provider(d.providerId))
                        names.insert(d.offerId, p->name);
            }
        }
        for (const auto &p : m_w->chosenPlan.placements)
            names.insert(p.offer.id, p.provider.name);
        // What each deal was paid with: the intent's exact amount in the coin.
        QHash<QString, QString> paidIn;
        for (const PaymentIntent &in : m_w->session()->intents())
            paidIn.insert(in.dealId, coin(in.amount.units, in.amount.currency));
        m_table->setRowCount(int(m_deals.size()));
        for (int i = 0; i < m_deals.size(); ++i) {
            const Deal &d = m_deals[i];
            m_table->setItem(i, 0, new QTableWidgetItem(names.value(d.offerId, d.providerId)));
            m_table->setItem(i, 1, new QTableWidgetItem(Formats::dealState(d.state)));
            m_table->setItem(i, 2, new QTableWidgetItem(m_w->money(d.total.units)));
            m_table->setItem(i, 3,
                             new QTableWidgetItem(m_w->payByCard()
                                                      ? SlaWizard::tr("card")
                                                      : paidIn.value(d.id, QStringLiteral("—"))));
        }
        m_table->resizeColumnToContents(1);
        m_table->resizeColumnToContents(2);
        m_table->resizeColumnToContents(3);
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

QWizardPage *createStatusPage(SlaWizard *wizard)
{
    return new StatusPage(wizard);
}

} // namespace fb::ui
