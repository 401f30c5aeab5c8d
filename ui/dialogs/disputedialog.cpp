#include "ui/dialogs/disputedialog.h"

#include "models/formats.h"

#include "models/providerservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

namespace {
QString percent(int bps)
{
    return Formats().percentBps(bps);
}
} // namespace

DisputeDialog::DisputeDialog(const QList<Party> &parties, ProviderService *qos, QWidget *parent)
    : QDialog(parent)
    , m_parties(parties)
    , m_qos(qos)
{
    setObjectName(QStringLiteral("disputeDialog"));
    setWindowTitle(tr("Open a dispute"));
    auto *intro = new QLabel(tr("An arbiter reads your account and the measured QoS, then "
                                "decides: refund you, slash the provider, or dismiss."),
                             this);
    intro->setWordWrap(true);

    m_deal = new QComboBox(this);
    m_deal->setObjectName(QStringLiteral("disputeDeal"));
    m_deal->setAccessibleName(tr("Deal in dispute"));
    for (const Party &p : m_parties)
        m_deal->addItem(
            tr("%1 — %2 (deal %3)")
                .arg(p.providerName, Formats::dealState(p.deal.state), p.deal.id.right(8)),
            p.deal.id);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("disputeKind"));
    m_kind->setAccessibleName(tr("What went wrong"));
    m_kind->addItem(tr("Data unavailable or too slow"), QStringLiteral("qos"));
    m_kind->addItem(tr("Data lost or corrupted"), QStringLiteral("data"));
    m_kind->addItem(tr("Billing or terms not honoured"), QStringLiteral("terms"));
    m_kind->addItem(tr("Something else"), QStringLiteral("other"));
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("disputeDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->setPlaceholderText(tr("What happened, and when? (required)"));
    m_details->setTabChangesFocus(true);
    m_evidence = new QLabel(this);
    m_evidence->setObjectName(QStringLiteral("disputeEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setFrameShape(QFrame::StyledPanel);
    m_evidence->setMargin(6);

    auto *form = new QFormLayout;
    form->addRow(tr("&Deal:"), m_deal);
    form->addRow(tr("&Problem:"), m_kind);
    form->addRow(tr("D&etails:"), m_details);
    form->addRow(tr("Evidence attached:"), m_evidence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Open dispute"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("openDispute"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(m_deal, &QComboBox::currentIndexChanged, this, &DisputeDialog::dealChanged);
    connect(m_details, &QPlainTextEdit::textChanged, this, &DisputeDialog::updateOk);
    resize(560, 420);
    dealChanged();
    m_details->setFocus();
}

QString DisputeDialog::dealId() const
{
    return m_deal->currentData().toString();
}

void DisputeDialog::updateOk()
{
    m_ok->setEnabled(!dealId().isEmpty() && !m_details->toPlainText().trimmed().isEmpty());
}

void DisputeDialog::dealChanged()
{
    updateOk();
    const QString id = dealId();
    if (id.isEmpty())
        return;
    const Party *party = nullptr;
    for (const Party &p : m_parties)
        if (p.deal.id == id)
            party = &p;
    if (m_evidenceText.contains(id)) {
        m_evidence->setText(m_evidenceText.value(id));
        return;
    }
    // Until the node answers: what the synced deal says.
    const Deal &d = party->deal;
    m_evidence->setText(d.complianceBps < 0
                            ? tr("No QoS samples since the deal started yet.")
                            : tr("Compliance with the QoS targets since the start: %1.")
                                  .arg(percent(d.complianceBps)));
    if (!m_qos)
        return;
    QPointer<DisputeDialog> self(this);
    m_qos->dealQos(id, this, [self, id](Result<QosSummary> r) {
        if (!self)
            return;
        QString text;
        if (!r) {
            text = tr("The measured QoS could not be fetched (%1); the platform attaches it "
                      "when the dispute is opened.")
                       .arg(r.error().message);
        } else if (r->samples == 0) {
            text = tr("No QoS samples since the deal started yet.");
        } else {
            text = tr("Since %1: %n probe(s), uptime %2 (target %3), average latency %4 ms "
                      "(target %5 ms), compliance %6. %7",
                      nullptr, int(r->samples))
                       .arg(Formats().dateTime(r->from), percent(r->uptimeBps),
                            percent(r->uptimeTargetBps))
                       .arg(r->avgLatencyMs)
                       .arg(r->latencyTargetMs)
                       .arg(r->complianceBps < 0 ? tr("not measured") : percent(r->complianceBps),
                            r->meetsTargets ? tr("The targets are met.")
                                            : tr("The targets are missed."));
        }
        self->m_evidenceText.insert(id, text);
        if (self->dealId() == id)
            self->m_evidence->setText(text);
    });
}

QString DisputeDialog::reason() const
{
    return tr("%1: %2\nEvidence seen by the consumer: %3")
        .arg(m_kind->currentText(), m_details->toPlainText().trimmed(), m_evidence->text());
}

} // namespace fb::ui
