// PurchaseSession, signing on another device: the unsigned payments leave as signing requests

#include "models/formats.h"
// that carry the agreement's terms, and come back signed from an offline signer (a file or QR
// frames), checked to be the very transactions exported, signed by this wallet's account.
#include "models/purchasesession.h"

#include "models/walletservice.h"
#include "wallet/intentpayment.h"
#include "wallet/ur.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace fb {

namespace {

offlinetx::Chain chainOf(const QString &currency)
{
    if (currency == QLatin1String("ALGO"))
        return offlinetx::Chain::Algorand;
    if (currency == QLatin1String("BTC"))
        return offlinetx::Chain::Bitcoin;
    if (currency == QLatin1String("STRK"))
        return offlinetx::Chain::Starknet;
    return offlinetx::Chain::Stellar;
}

QString bytesText(qint64 b)
{
    return Formats().size(b);
}

} // namespace

QString PurchaseSession::termsText(const offlinetx::SlaTerms &t)
{
    QStringList lines;
    QString what = tr("Storage agreement: %1 for %n day(s)", nullptr, t.durationDays)
                       .arg(bytesText(t.sizeBytes));
    if (t.shards > 1)
        what +=
            t.shardsNeeded <= 1
                ? tr(", a full copy with each of %n provider(s)", nullptr, t.shards)
                : tr(", in %1 shards of which any %2 rebuild it").arg(t.shards).arg(t.shardsNeeded);
    if (t.egressBytes > 0)
        what += tr(", %1 of downloads included").arg(bytesText(t.egressBytes));
    lines << what;
    QStringList names;
    for (const auto &p : t.providers) {
        QString n = p.name.isEmpty() ? p.id : tr("%1 (%2)").arg(p.name, p.id);
        if (!p.region.isEmpty())
            n += tr(", %1").arg(p.region);
        names << n;
    }
    if (!names.isEmpty())
        lines << tr("Providers: %1").arg(names.join(QStringLiteral("; ")));
    if (!t.priceCurrency.isEmpty()) {
        QString price = tr("Price: %1").arg(Formats().coin(t.priceUnits, t.priceCurrency));
        if (t.priceUsd7 > 0)
            price += tr(" (%1)").arg(Formats().usd(t.priceUsd7));
        lines << price;
    }
    if (t.paymentCount > 0 && !t.paymentDealId.isEmpty())
        lines << tr("This payment: %1, payment %2 of %3, for deal %4")
                     .arg(Formats().coin(t.paymentUnits, t.priceCurrency))
                     .arg(t.paymentIndex + 1)
                     .arg(t.paymentCount)
                     .arg(t.paymentDealId);
    if (!t.slaId.isEmpty())
        lines << tr("Agreement %1").arg(t.slaId);
    return lines.join(QLatin1Char('\n'));
}

QList<PurchaseSession::SigningRequest>
PurchaseSession::signingRequests(const QHash<QString, QString> &providerNames) const
{
    QList<SigningRequest> out;
    if (m_state != State::AwaitingSignature || payByCard())
        return out;
    const offlinetx::Chain chain = chainOf(m_currency);
    const int count = int(m_intents.size());

    // The agreement's terms, the same for every payment.
    offlinetx::SlaTerms terms;
    terms.slaId = m_slaId;
    for (const Deal &d : m_deals) {
        terms.dealIds << d.id;
        offlinetx::SlaTerms::Provider p;
        p.id = d.providerId;
        p.name = providerNames.value(d.providerId);
        terms.providers << p;
    }
    const Deal first = m_deals.isEmpty() ? Deal() : m_deals.first();
    terms.durationDays = m_order.durationDays > 0 ? m_order.durationDays : first.durationDays;
    terms.shards = std::max(1, int(m_deals.size()));
    terms.shardsNeeded = std::clamp(m_order.k > 0 ? m_order.k : first.k, 1, terms.shards);
    terms.sizeBytes =
        m_order.sizeBytes > 0 ? m_order.sizeBytes : first.sizeBytes * terms.shardsNeeded;
    terms.egressBytes = m_order.egressBytes;
    terms.protocol = first.protocol;
    terms.priceCurrency = m_currency;
    for (const PaymentIntent &in : m_intents) {
        terms.priceUnits += in.amount.units;
        terms.priceUsd7 += in.amountUsd.units;
        terms.rateUsd7PerCoin = in.rateUsd7PerCoin;
    }
    terms.paymentCount = count;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    for (int i = 0; i < count; ++i) {
        const PaymentIntent &in = m_intents[i];
        SigningRequest r;
        r.dealId = in.dealId;
        r.chain = chain;
        r.terms = terms;
        r.terms.paymentIndex = i;
        r.terms.paymentDealId = in.dealId;
        r.terms.paymentUnits = in.amount.units;
        r.summary = termsText(r.terms);
        offlinetx::ExporterContext context;
        context.madeAt = now;
        context.summary = r.summary;
        context.terms = r.terms;
        QByteArray payload;
        QString network;
        switch (chain) {
        case offlinetx::Chain::Stellar:
            if (i >= m_envelopes.size())
                return {};
            payload = stellar::encode(m_envelopes[i]);
            network = m_networks[i].passphrase;
            r.transactionId =
                QString::fromLatin1(stellar::hash(m_envelopes[i], m_networks[i]).toHex());
            break;
        case offlinetx::Chain::Algorand: {
            if (i >= m_algorand.size())
                return {};
            algorand::SignedTransaction unsignedTxn;
            unsignedTxn.txn = m_algorand[i];
            payload = algorand::encodeFile({unsignedTxn});
            network = in.algorand ? in.algorand->genesisId : QString();
            // The round the node saw when it made the intent: the signer estimates expiry from it.
            if (in.algorand)
                context.round = in.algorand->firstValid;
            r.transactionId = algorand::txId(m_algorand[i]);
            break;
        }
        case offlinetx::Chain::Bitcoin:
            if (i >= m_psbts.size())
                return {};
            payload = m_psbts[i].serialize();
            network = QStringLiteral("testnet");
            r.transactionId = m_psbts[i].tx.txid();
            break;
        case offlinetx::Chain::Starknet:
            if (i >= m_starknet.size())
                return {};
            payload = starknet::toJson(m_starknet[i]);
            network = starknet::chainName(m_starknet[i].chainId);
            r.transactionId = starknet::transactionHash(m_starknet[i]).toPaddedHex();
            break;
        }
        r.request = offlinetx::signingRequest(chain, network, payload, context);
        r.fileName = QStringLiteral("payment-%1-of-%2-%3.json")
                         .arg(i + 1)
                         .arg(count)
                         .arg(offlinetx::chainName(chain));
        out << r;
    }
    return out;
}

Result<int> PurchaseSession::addSignedPayment(QByteArrayView bytes)
{
    if (m_state != State::AwaitingSignature || payByCard())
        return Error{QStringLiteral("wrong_state"),
                     tr("No payment is waiting for a signature now.")};
    if (m_remoteRun != m_run) {
        m_remoteSigned.clear();
        m_remoteRun = m_run;
    }
    const offlinetx::Chain chain = chainOf(m_currency);
    const QString stellarNetwork = m_networks.isEmpty() ? QString() : m_networks.first().passphrase;
    auto tx = offlinetx::decode(bytes, stellarNetwork);
    if (!tx)
        return tx.error();
    if (tx->chain != chain)
        return Error{QStringLiteral("not_this_payment"),
                     tr("This is a %1 transaction; the payment is in %2. Import the file or QR "
                        "frames the signer wrote for this payment.")
                         .arg(offlinetx::chainName(tx->chain), m_currency)};
    const QList<SigningRequest> requests = signingRequests();
    int index = -1;
    const QString id = offlinetx::transactionId(*tx);
    for (int i = 0; i < requests.size(); ++i)
        if (requests[i].transactionId.compare(id, Qt::CaseInsensitive) == 0)
            index = i;
    if (index < 0)
        return Error{QStringLiteral("not_this_payment"),
                     tr("This signed transaction is not one of the payments exported for this "
                        "agreement (or it was changed): transaction %1. Export again and sign "
                        "what was exported.")
                         .arg(id)};
    signelsewhere::Signer signer;
    if (chain == offlinetx::Chain::Stellar) {
        signer.stellarNetwork = m_networks[index];
        signer.stellarSource = m_envelopes[index].tx.source.key;
    }
    if (chain == offlinetx::Chain::Starknet && m_wallet)
        signer.starknetPublicKey = m_wallet->starknetPublicKey();
    auto submission = signelsewhere::signedSubmission(*tx, signer, tr("Payment %1").arg(index + 1));
    if (!submission)
        return submission.error();
    m_remoteSigned.insert(index, *submission);
    if (index < m_prepared.size() && m_prepared[index].txid.isEmpty())
        m_prepared[index].txid = id;
    return index;
}

int PurchaseSession::signedElsewhereCount() const
{
    return m_remoteRun == m_run ? int(m_remoteSigned.size()) : 0;
}

bool PurchaseSession::signedElsewhereComplete() const
{
    return m_state == State::AwaitingSignature && !m_intents.isEmpty() &&
           signedElsewhereCount() == m_intents.size();
}

Result<Ok> PurchaseSession::submitSignedElsewhere()
{
    if (m_state != State::AwaitingSignature)
        return Error{QStringLiteral("wrong_state"),
                     tr("No payment is waiting for a signature now.")};
    if (!signedElsewhereComplete())
        return Error{QStringLiteral("not_complete"),
                     tr("%1 of %2 payments are signed: import the others first.")
                         .arg(signedElsewhereCount())
                         .arg(m_intents.size())};
    m_signed.clear();
    for (int i = 0; i < m_intents.size(); ++i)
        m_signed << m_remoteSigned.value(i);
    m_remoteSigned.clear();
    submit(0);
    return Ok{};
}

namespace {

// The session's payments as the sign-on-another-device dialog shows them.
class PurchaseSignElsewhere : public SignElsewhereFlow
{
public:
    PurchaseSignElsewhere(PurchaseSession *session, QHash<QString, QString> providerNames)
        : m_session(session)
        , m_names(std::move(providerNames))
        , m_madeAt(QDateTime::currentDateTimeUtc())
    {}

    QList<SigningExport> signingExports() const override
    {
        QList<SigningExport> out;
        const auto requests = m_session->signingRequests(m_names);
        for (int i = 0; i < requests.size(); ++i) {
            const auto &r = requests[i];
            SigningExport e;
            e.label = requests.size() > 1
                          ? PurchaseSession::tr("Payment %1 of %2").arg(i + 1).arg(requests.size())
                          : PurchaseSession::tr("The payment");
            e.fileName = r.fileName;
            e.request = r.request;
            // The agreement's terms travel with every payment, so the request itself (in
            // ur:bytes) even for a PSBT.
            e.urType = ur::kTypeBytes;
            e.urPayload = r.request;
            e.transactionId = r.transactionId;
            out << e;
        }
        return out;
    }

    QString exportSummary() const override
    {
        const auto requests = m_session->signingRequests(m_names);
        if (requests.isEmpty())
            return {};
        offlinetx::SlaTerms overall = requests.first().terms;
        overall.paymentDealId.clear(); // the payments are listed below, each with its transaction
        QString text = PurchaseSession::termsText(overall);
        text += QLatin1Char('\n') +
                PurchaseSession::tr("Made at %1")
                    .arg(m_madeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        for (int i = 0; i < requests.size(); ++i) {
            const auto &r = requests[i];
            text += QStringLiteral("\n\n") +
                    PurchaseSession::tr("Payment %1 of %2: %3 for deal %4\nTransaction %5")
                        .arg(i + 1)
                        .arg(requests.size())
                        .arg(Formats().coin(r.terms.paymentUnits, r.terms.priceCurrency), r.dealId,
                             r.transactionId);
        }
        return text;
    }

    Result<int> addSigned(QByteArrayView bytes) override
    {
        return m_session->addSignedPayment(bytes);
    }
    int signedCount() const override { return m_session->signedElsewhereCount(); }
    bool signedComplete() const override { return m_session->signedElsewhereComplete(); }
    Result<Ok> submitSigned() override { return m_session->submitSignedElsewhere(); }

private:
    PurchaseSession *m_session;
    QHash<QString, QString> m_names;
    QDateTime m_madeAt;
};

} // namespace

std::unique_ptr<SignElsewhereFlow>
PurchaseSession::signElsewhereFlow(const QHash<QString, QString> &providerNames)
{
    return std::make_unique<PurchaseSignElsewhere>(this, providerNames);
}

} // namespace fb
