#include "ui/provider/overviewpanel.h"

#include "models/formats.h"

#include "ui/provider/providersession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

OverviewPanel::OverviewPanel(ProviderSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto label = [this](const QString &name) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_identity = label(QStringLiteral("overviewIdentity"));
    m_reputation = label(QStringLiteral("overviewReputation"));
    m_reputation->setToolTip(tr("0 to 100, from your measured QoS: it rises while you meet "
                                "your targets and falls with breaches. New providers start at "
                                "50."));
    m_certification = label(QStringLiteral("overviewCertification"));
    m_storage = label(QStringLiteral("overviewStorage"));
    m_next = label(QStringLiteral("whatNext"));

    auto *about = new QGroupBox(tr("Your provider account"), this);
    auto *form = new QFormLayout(about);
    form->addRow(tr("Business:"), m_identity);
    form->addRow(tr("Reputation:"), m_reputation);
    form->addRow(tr("Certification:"), m_certification);
    form->addRow(tr("Store:"), m_storage);

    auto *next = new QGroupBox(tr("What next"), this);
    m_certify = new QPushButton(tr("Request &certification…"), next);
    m_certify->setObjectName(QStringLiteral("nextCertify"));
    m_certify->setToolTip(tr("Opens the certification request"));
    m_offer = new QPushButton(tr("Publish a first &offer…"), next);
    m_offer->setObjectName(QStringLiteral("nextOffer"));
    m_offer->setToolTip(tr("Opens the offer editor"));
    m_inbox = new QPushButton(tr("Answer &deals…"), next);
    m_inbox->setObjectName(QStringLiteral("nextInbox"));
    m_inbox->setToolTip(tr("Opens the deals awaiting your answer"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_certify);
    buttons->addWidget(m_offer);
    buttons->addWidget(m_inbox);
    buttons->addStretch();
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->addWidget(m_next);
    nextLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(next);
    layout->addWidget(about);
    layout->addStretch();

    connect(m_certify, &QPushButton::clicked, this, &OverviewPanel::certificationRequested);
    connect(m_offer, &QPushButton::clicked, this, &OverviewPanel::newOfferRequested);
    connect(m_inbox, &QPushButton::clicked, this, &OverviewPanel::inboxRequested);
    connect(session, &ProviderSession::providerChanged, this, &OverviewPanel::refresh);
    connect(session, &ProviderSession::loaded, this, &OverviewPanel::refresh);
    refresh();
}

QString OverviewPanel::nextSteps() const
{
    return m_next->text();
}

void OverviewPanel::refresh()
{
    const Provider &p = m_session->provider();
    const bool service = p.role == QLatin1String("service");
    m_identity->setText(
        tr("%1 — %2, %3, %4")
            .arg(p.name, service ? tr("service vendor") : tr("storage provider"),
                 p.kind == QLatin1String("depin") ? tr("DePIN network") : tr("cloud"),
                 p.jurisdiction));
    m_reputation->setText(tr("%1 / 100").arg(p.reputation));
    const Certification &c = p.certification;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool approved = c.isApproved(now);
    if (approved)
        m_certification->setText(
            tr("Approved, %1 level, until %2").arg(c.level, Formats().date(c.expiresAt)));
    else if (c.status == QLatin1String("pending"))
        m_certification->setText(tr("Pending: an admin is reviewing your request"));
    else if (c.status == QLatin1String("rejected"))
        m_certification->setText(tr("Rejected: %1").arg(c.reason));
    else
        m_certification->setText(tr("Not requested yet"));
    const StorageEndpoint &s = m_session->storage();
    if (service)
        m_storage->setText(tr("Service vendors sell no storage."));
    else if (!s.isValid())
        m_storage->setText(tr("Not set up on this computer: deals cannot be accepted from here "
                              "until it is."));
    else
        m_storage->setText(s.type == QLatin1String("local")
                               ? tr("Local folder %1").arg(s.path)
                               : tr("S3 bucket %1 at %2").arg(s.bucket, s.endpoint));

    const int offers = m_session->offers()->rowCount();
    int pending = 0;
    for (const Deal &d : m_session->deals()->deals())
        pending += d.state == DealState::Pending ? 1 : 0;
    QStringList steps;
    if (c.status == QLatin1String("none") || c.status == QLatin1String("rejected") ||
        (c.status == QLatin1String("approved") && now.daysTo(c.expiresAt) <= 30))
        steps << tr("1. Request certification: the platform's admins check your business and "
                    "documents. Consumers only see certified providers.");
    else if (c.status == QLatin1String("pending"))
        steps << tr("1. Wait for the admins' decision on your certification. You will be "
                    "notified.");
    if (!service && offers == 0)
        steps << tr("%1. Publish a first offer: capacity, price, region and QoS targets.")
                     .arg(steps.size() + 1);
    if (pending > 0)
        steps << tr("%1. Answer %n deal(s) awaiting you in Deals.", "", pending)
                     .arg(steps.size() + 1);
    if (steps.isEmpty())
        steps << tr("All set: your offers are listed. New deals appear in Deals, and a "
                    "notification tells you when one arrives.");
    m_next->setText(steps.join(QLatin1Char('\n')));
    m_certify->setVisible(c.status != QLatin1String("approved") || !approved ||
                          now.daysTo(c.expiresAt) <= 30);
    m_offer->setVisible(!service && offers == 0);
    m_offer->setEnabled(approved);
    m_offer->setToolTip(approved ? tr("Opens the offer editor")
                                 : tr("Publishing needs an approved certification first."));
    m_inbox->setVisible(pending > 0);
}

} // namespace fb::ui
