// The typed platform layer against a real flashback-node: a provider's working day through
// ProviderService (register, certification refused then approved by an admin, offers published,
// duplicated, changed, locked and withdrawn, deals accepted with sealed access, rejected and
// activated, QoS, disputes, notifications, payout addresses), paying through PaymentService in
// XLM and ALGO with transactions the wallet library builds and signs, and the development
// ledgers through AccountService (accounts of every chain, Bitcoin blocks). Every failure is
// checked as the typed error a page would show: the node's code and its message.
#include "appuser.h"
#include "nodeharness.h"

#include "models/accountservice.h"
#include "models/apiclient.h"
#include "models/dealservice.h"
#include "models/paymentservice.h"
#include "models/providerservice.h"
#include "models/storageaccess.h"
#include "wallet/algorand.h"
#include "wallet/bitcoin.h"
#include "wallet/intentpayment.h"
#include "wallet/stellar.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QTest>
#include <QUrl>
#include <algorithm>

using namespace fb;
using fbtest::Account;
using fbtest::NodeProcess;
using testkit::await;
using testkit::why;

namespace {

// Evaluates expr once; fails the test with the error's code and message.
#define REQUIRE_OK(expr)                                                                           \
    do {                                                                                           \
        const auto &result_ = (expr);                                                              \
        QVERIFY2(bool(result_), qPrintable(why(result_)));                                         \
    } while (false)

// One signed-in user of the app (testkit::AppUser) with the key of a test account.
std::unique_ptr<testkit::AppUser> userOf(const Account &a)
{
    return std::make_unique<testkit::AppUser>(
        SecretBytes::fromBytes(QByteArray::fromHex(a.seedHex())));
}

bool hasKind(const QList<Notification> &list, const QString &kind, const QString &entityId = {})
{
    return std::any_of(list.cbegin(), list.cend(), [&](const Notification &n) {
        return n.kind == kind && (entityId.isEmpty() || n.entityId == entityId);
    });
}

} // namespace

class ProviderServiceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    NodeProcess m_node;
    Account m_admin, m_provider, m_consumer;
    std::unique_ptr<testkit::AppUser> m_a, m_p, m_c; // admin, provider, consumer
    Provider m_record;
    Offer m_offer;

    Offer draftOffer(const QString &name) const
    {
        Offer o;
        o.name = name;
        o.region = QStringLiteral("eu-central-1");
        o.country = QStringLiteral("DE");
        o.protocols = {QStringLiteral("local")};
        o.priceStoragePerGbMonthUsd7 = 230000; // $0.023 per GB-month
        o.priceEgressPerGbUsd7 = 900000;
        o.qosTier = QStringLiteral("gold");
        o.uptimeTargetBps = 9990;
        o.latencyTargetMs = 200;
        o.capacityBytes = qint64(10) * 1000 * 1000 * 1000 * 1000;
        o.currencies = {QStringLiteral("XLM"), QStringLiteral("ALGO"), QStringLiteral("BTC")};
        o.minDurationDays = 1;
        o.maxDurationDays = 365;
        o.features.encryptionAtRest = true;
        const QString dir = m_dir.path() + QStringLiteral("/storage");
        QDir().mkpath(dir);
        o.endpoint = QUrl::fromLocalFile(dir).toString();
        return o;
    }

    // A new Pending deal of the consumer on the test offer (50 GB, 30 days, 10 GB egress).
    Result<Deal> newDeal()
    {
        QuoteRequest q;
        q.sizeBytes = qint64(50) * 1000 * 1000 * 1000;
        q.egressBytes = qint64(10) * 1000 * 1000 * 1000;
        q.durationDays = 30;
        q.offerIds = {m_offer.id};
        auto sla = await<CreatedSla>(
            [&](QObject *ctx, Reply<CreatedSla> done) { m_c->deals->create(q, ctx, done); });
        if (!sla)
            return sla.error();
        return sla->deals.first();
    }

    // The provider's store: each deal gets a folder of its own under it.
    StorageAccess storageAccess() const
    {
        StorageAccess a;
        a.type = QStringLiteral("local");
        a.path = m_dir.path() + QStringLiteral("/storage");
        return a;
    }

    Result<Deal> acceptedDeal()
    {
        auto d = newDeal();
        if (!d)
            return d;
        const Deal pending = *d;
        return await<Deal>([&](QObject *ctx, Reply<Deal> done) {
            m_p->providers->accept(pending, storageAccess(), ctx, done);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_node.start(m_dir.path() + QStringLiteral("/node"),
                              {QStringLiteral("--admin"), m_admin.address(),
                               QStringLiteral("--qos-interval"), QStringLiteral("3600"),
                               QStringLiteral("--btc-block-seconds"), QStringLiteral("86400"),
                               QStringLiteral("--file-endpoint-root"), m_dir.path()},
                              &error),
                 qPrintable(error));
        m_a = userOf(m_admin);
        m_p = userOf(m_provider);
        m_c = userOf(m_consumer);
        for (testkit::AppUser *u : {m_a.get(), m_p.get(), m_c.get()})
            REQUIRE_OK(u->connectAndSignIn(QUrl(m_node.baseUrl())));
        QCOMPARE(m_p->address(), m_provider.address());
    }

    void registerAndCertify()
    {
        auto before = await<AccountProfile>(
            [&](QObject *ctx, Reply<AccountProfile> done) { m_p->providers->me(ctx, done); });
        REQUIRE_OK(before);
        QCOMPARE(before->address, m_provider.address());
        QVERIFY(before->hasRole(QStringLiteral("consumer")));
        QVERIFY(!before->hasRole(QStringLiteral("provider")));
        QVERIFY(before->providers.isEmpty());

        Provider entry;
        entry.name = QStringLiteral("Rhein Storage");
        entry.kind = QStringLiteral("cloud");
        entry.jurisdiction = QStringLiteral("DE");
        entry.contact = QStringLiteral("ops@rhein.example");
        auto reg = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_p->providers->registerProvider(entry, ctx, done);
        });
        REQUIRE_OK(reg);
        QVERIFY(reg->id.startsWith(QStringLiteral("prv_")));
        QCOMPARE(reg->name, entry.name);
        QCOMPARE(reg->address, m_provider.address());
        QCOMPARE(reg->reputation, 50);
        QCOMPARE(reg->certification.status, QStringLiteral("none"));
        m_record = *reg;

        auto again = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_p->providers->registerProvider(entry, ctx, done);
        });
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("already_exists"));

        auto after = await<AccountProfile>(
            [&](QObject *ctx, Reply<AccountProfile> done) { m_p->providers->me(ctx, done); });
        REQUIRE_OK(after);
        QVERIFY(after->hasRole(QStringLiteral("provider")));
        QCOMPARE(after->providerOfRole()->id, m_record.id);

        Provider changed = m_record;
        changed.description = QStringLiteral("Frankfurt racks, two sites");
        auto upd = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_p->providers->update(changed, ctx, done);
        });
        REQUIRE_OK(upd);
        QCOMPARE(upd->description, changed.description);
        QCOMPARE(upd->contact, entry.contact);

        // Not certified yet: publishing is refused with the node's reason and a next step.
        auto early = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->createOffer(draftOffer(QStringLiteral("Too early")), ctx, done);
        });
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("not_certified"));
        QVERIFY2(early.error().message.contains(QStringLiteral("certification")),
                 qPrintable(early.error().message));
        QVERIFY(early.error().message.contains(QStringLiteral("admin's approval")));

        Certification request;
        request.certifications = {QStringLiteral("ISO 27001")};
        request.regions = {QStringLiteral("eu-central-1")};
        request.dataProtection = QStringLiteral("GDPR, data stays in Germany");
        request.documents = {QStringLiteral("https://rhein.example/iso27001.pdf")};
        auto pending = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_p->providers->requestCertification(m_record.id, request, ctx, done);
        });
        REQUIRE_OK(pending);
        QCOMPARE(pending->certification.status, QStringLiteral("pending"));
        QCOMPARE(pending->certification.regions, request.regions);

        // The admin is told, rejects once with a reason, then approves the second request.
        auto adminNews =
            await<QList<Notification>>([&](QObject *ctx, Reply<QList<Notification>> d) {
                m_a->providers->notifications(ctx, d);
            });
        REQUIRE_OK(adminNews);
        QVERIFY(hasKind(*adminNews, QStringLiteral("certification.requested"), m_record.id));

        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(365);
        auto notAdmin = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_p->providers->approveCertification(m_record.id, QStringLiteral("standard"), expires,
                                                 ctx, done);
        });
        QVERIFY(!notAdmin);
        QCOMPARE(notAdmin.error().code, QStringLiteral("forbidden"));

        auto rejected = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_a->providers->rejectCertification(m_record.id, QStringLiteral("Document unreadable"),
                                                ctx, done);
        });
        REQUIRE_OK(rejected);
        QCOMPARE(rejected->certification.status, QStringLiteral("rejected"));
        QCOMPARE(rejected->certification.reason, QStringLiteral("Document unreadable"));

        REQUIRE_OK(await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_p->providers->requestCertification(m_record.id, request, ctx, done);
        }));
        auto approved = await<Provider>([&](QObject *ctx, Reply<Provider> done) {
            m_a->providers->approveCertification(m_record.id, QStringLiteral("standard"), expires,
                                                 ctx, done);
        });
        REQUIRE_OK(approved);
        QCOMPARE(approved->certification.status, QStringLiteral("approved"));
        QCOMPARE(approved->certification.level, QStringLiteral("standard"));
        QVERIFY(approved->certification.isApproved(QDateTime::currentDateTimeUtc()));
        QVERIFY(approved->certification.reason.isEmpty());

        auto news = await<QList<Notification>>([&](QObject *ctx, Reply<QList<Notification>> d) {
            m_p->providers->notifications(ctx, d);
        });
        REQUIRE_OK(news);
        QVERIFY(hasKind(*news, QStringLiteral("certification.approved"), m_record.id));
        QVERIFY(hasKind(*news, QStringLiteral("certification.rejected"), m_record.id));
    }

    void publishOffers()
    {
        auto created = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->createOffer(draftOffer(QStringLiteral("Rhein Frankfurt")), ctx, done);
        });
        REQUIRE_OK(created);
        QVERIFY(created->id.startsWith(QStringLiteral("off_")));
        QCOMPARE(created->providerId, m_record.id);
        QCOMPARE(created->priceStoragePerGbMonthUsd7, qint64(230000));
        QCOMPARE(created->freeBytes, created->capacityBytes);
        QVERIFY(created->features.encryptionAtRest);
        QVERIFY(!created->locked);
        m_offer = *created;

        auto copy = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->duplicateOffer(m_offer, QStringLiteral("Rhein Frankfurt (copy)"), ctx,
                                           done);
        });
        REQUIRE_OK(copy);
        QVERIFY(copy->id != m_offer.id);
        QCOMPARE(copy->name, QStringLiteral("Rhein Frankfurt (copy)"));
        QCOMPARE(copy->priceEgressPerGbUsd7, m_offer.priceEgressPerGbUsd7);
        QCOMPARE(copy->qosTier, m_offer.qosTier);

        Offer cheaper = *copy;
        cheaper.priceStoragePerGbMonthUsd7 = 199000;
        cheaper.qosTier = QStringLiteral("silver");
        auto edited = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->updateOffer(cheaper, ctx, done);
        });
        REQUIRE_OK(edited);
        QCOMPARE(edited->priceStoragePerGbMonthUsd7, qint64(199000));
        QCOMPARE(edited->qosTier, QStringLiteral("silver"));

        auto mine = await<QList<Offer>>([&](QObject *ctx, Reply<QList<Offer>> d) {
            m_p->providers->offers(m_record.id, ctx, d);
        });
        REQUIRE_OK(mine);
        QCOMPARE(mine->size(), 2);
        QCOMPARE(mine->first().id, copy->id); // cheapest first

        REQUIRE_OK(await<Ok>([&](QObject *ctx, Reply<Ok> done) {
            m_p->providers->deleteOffer(copy->id, ctx, done);
        }));
        mine = await<QList<Offer>>([&](QObject *ctx, Reply<QList<Offer>> d) {
            m_p->providers->offers(m_record.id, ctx, d);
        });
        REQUIRE_OK(mine);
        QCOMPARE(mine->size(), 1);
        QCOMPARE(mine->first().id, m_offer.id);

        // A storage endpoint outside what the node may probe: 422 with the node's reason.
        Offer outside = draftOffer(QStringLiteral("Outside"));
        outside.endpoint = QStringLiteral("file:///etc");
        auto refused = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->createOffer(outside, ctx, done);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("endpoint_not_allowed"));
        QVERIFY(refused.error().message.startsWith(
            QStringLiteral("The platform did not publish the offer: ")));
    }

    void acceptRejectAndLock()
    {
        auto pending = newDeal();
        REQUIRE_OK(pending);
        QCOMPARE(pending->state, DealState::Pending);

        auto asked = await<QList<Deal>>([&](QObject *ctx, Reply<QList<Deal>> d) {
            m_p->providers->deals(DealState::Pending, ctx, d);
        });
        REQUIRE_OK(asked);
        QCOMPARE(asked->size(), 1);
        QCOMPARE(asked->first().id, pending->id);
        QCOMPARE(asked->first().consumer, m_consumer.address());

        // The offer is in use: its terms are locked and it cannot be withdrawn.
        Offer change = m_offer;
        change.priceStoragePerGbMonthUsd7 = 1;
        auto locked = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->updateOffer(change, ctx, done);
        });
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, QStringLiteral("offer_locked"));
        QVERIFY2(locked.error().message.contains(QStringLiteral("locked while an SLA uses it")),
                 qPrintable(locked.error().message));
        auto undeletable = await<Ok>([&](QObject *ctx, Reply<Ok> done) {
            m_p->providers->deleteOffer(m_offer.id, ctx, done);
        });
        QVERIFY(!undeletable);
        QCOMPARE(undeletable.error().code, QStringLiteral("offer_locked"));

        auto providerNews =
            await<QList<Notification>>([&](QObject *ctx, Reply<QList<Notification>> d) {
                m_p->providers->notifications(ctx, d);
            });
        REQUIRE_OK(providerNews);
        QVERIFY(hasKind(*providerNews, QStringLiteral("deal.created"), pending->id));

        const StorageAccess access = storageAccess();
        auto accepted = await<Deal>([&](QObject *ctx, Reply<Deal> done) {
            m_p->providers->accept(*pending, access, ctx, done);
        });
        REQUIRE_OK(accepted);
        QCOMPARE(accepted->state, DealState::Accepted);
        // Only the consumer's key opens what the provider sealed.
        const QByteArray opened =
            m_consumer.openSealed(QByteArray::fromBase64(accepted->sealedAccess.toLatin1()));
        const QJsonObject expected{
            {QStringLiteral("type"), QStringLiteral("local")},
            {QStringLiteral("path"),
             QString(m_dir.path() + QStringLiteral("/storage/") + pending->id)}};
        QCOMPARE(QJsonDocument::fromJson(opened).object(), expected);

        auto twice = await<Deal>([&](QObject *ctx, Reply<Deal> done) {
            m_p->providers->accept(*pending, access, ctx, done);
        });
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, QStringLiteral("bad_state"));

        auto consumerNews =
            await<QList<Notification>>([&](QObject *ctx, Reply<QList<Notification>> d) {
                m_c->providers->notifications(ctx, d);
            });
        REQUIRE_OK(consumerNews);
        auto it =
            std::find_if(consumerNews->cbegin(), consumerNews->cend(), [&](const Notification &n) {
                return n.kind == QLatin1String("deal.accepted") && n.entityId == pending->id;
            });
        QVERIFY(it != consumerNews->cend());
        QVERIFY(!it->read);
        auto read = await<Notification>([&](QObject *ctx, Reply<Notification> done) {
            m_c->providers->markRead(it->id, ctx, done);
        });
        REQUIRE_OK(read);
        QVERIFY(read->read);
        auto othersNote = await<Notification>([&](QObject *ctx, Reply<Notification> done) {
            m_p->providers->markRead(it->id, ctx, done);
        });
        QVERIFY(!othersNote);
        QCOMPARE(othersNote.error().code, QStringLiteral("not_found"));

        auto second = newDeal();
        REQUIRE_OK(second);
        auto rejected = await<Deal>([&](QObject *ctx, Reply<Deal> done) {
            m_p->providers->reject(second->id, QStringLiteral("Maintenance window this month"), ctx,
                                   done);
        });
        REQUIRE_OK(rejected);
        QCOMPARE(rejected->state, DealState::Rejected);
        QCOMPARE(rejected->reason, QStringLiteral("Maintenance window this month"));
        auto rejectedList = await<QList<Deal>>([&](QObject *ctx, Reply<QList<Deal>> d) {
            m_p->providers->deals(DealState::Rejected, ctx, d);
        });
        REQUIRE_OK(rejectedList);
        QCOMPARE(rejectedList->size(), 1);
        QCOMPARE(rejectedList->first().id, second->id);
    }

    void payInXlmThenActivate()
    {
        auto deal = acceptedDeal();
        REQUIRE_OK(deal);
        auto funded = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->faucet(m_consumer.address(), QStringLiteral("XLM"), ctx, done);
        });
        REQUIRE_OK(funded);
        QCOMPARE(funded->chain, QStringLiteral("stellar"));
        QCOMPARE(funded->balance(QStringLiteral("XLM")), qint64(10000) * 10000000);

        auto in = await<PaymentIntent>([&](QObject *ctx, Reply<PaymentIntent> done) {
            m_c->payments->intent(deal->id, QStringLiteral("XLM"), ctx, done);
        });
        REQUIRE_OK(in);
        QCOMPARE(in->dealId, deal->id);
        QCOMPARE(in->chain, QStringLiteral("stellar"));
        QCOMPARE(in->amount.currency, QStringLiteral("XLM"));
        QCOMPARE(in->amountUsd, deal->total);
        QCOMPARE(in->status, QStringLiteral("open"));
        QVERIFY(in->amount.units > 0);

        // The provider cannot pay for the consumer.
        auto wrongParty = await<PaymentIntent>([&](QObject *ctx, Reply<PaymentIntent> done) {
            m_p->payments->intent(deal->id, QStringLiteral("XLM"), ctx, done);
        });
        QVERIFY(!wrongParty);

        stellar::PaymentParams p;
        p.source = m_consumer.address();
        p.destination = in->escrowAddress;
        p.amount = in->amount.units;
        p.asset = QStringLiteral("XLM");
        p.sequence = funded->sequence + 1;
        p.fee = 100;
        p.maxTime = quint64(QDateTime::currentSecsSinceEpoch() + 600);
        p.memo.type = stellar::MemoText;
        p.memo.text = in->memo.toUtf8();
        auto env = stellar::buildPayment(p);
        REQUIRE_OK(env);
        const SecretBytes key = SecretBytes::fromBytes(QByteArray::fromHex(m_consumer.seedHex()));
        REQUIRE_OK(stellar::sign(*env, key, stellar::network(in->networkPassphrase)));
        const QString envelope = QString::fromLatin1(stellar::encodeBase64(*env));

        auto receipt = await<PaymentReceipt>([&](QObject *ctx, Reply<PaymentReceipt> done) {
            m_c->payments->submitPayment(deal->id, envelope, ctx, done);
        });
        REQUIRE_OK(receipt);
        QCOMPARE(receipt->deal.state, DealState::Funded);
        QCOMPARE(receipt->payment.kind, QStringLiteral("deposit"));
        QCOMPARE(receipt->payment.amount, in->amount);
        QCOMPARE(receipt->payment.from, m_consumer.address());

        auto replay = await<PaymentReceipt>([&](QObject *ctx, Reply<PaymentReceipt> done) {
            m_c->payments->submitPayment(deal->id, envelope, ctx, done);
        });
        QVERIFY(!replay);
        QVERIFY2(
            replay.error().message.startsWith(QStringLiteral("The platform refused the payment: ")),
            qPrintable(replay.error().message));

        auto paid = await<DealPayments>([&](QObject *ctx, Reply<DealPayments> done) {
            m_c->payments->payments(deal->id, ctx, done);
        });
        REQUIRE_OK(paid);
        QVERIFY(paid->intent);
        QCOMPARE(paid->intent->status, QStringLiteral("paid"));
        QCOMPARE(paid->items.first().kind, QStringLiteral("deposit"));
        QCOMPARE(paid->items.first().amount, in->amount);
        QVERIFY(std::any_of(paid->items.cbegin(), paid->items.cend(), [&](const Payment &m) {
            return m.kind == QLatin1String("fee") && m.amountUsd == deal->fee;
        }));
        auto after = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->account(m_consumer.address(), ctx, done);
        });
        REQUIRE_OK(after);
        QCOMPARE(after->balance(QStringLiteral("XLM")),
                 funded->balance(QStringLiteral("XLM")) - in->amount.units - 100);
        QCOMPARE(after->sequence, funded->sequence + 1);

        auto active = await<Deal>(
            [&](QObject *ctx, Reply<Deal> done) { m_p->providers->activate(deal->id, ctx, done); });
        REQUIRE_OK(active);
        QCOMPARE(active->state, DealState::Active);
        QVERIFY(active->startAt.isValid());
        QCOMPARE(active->startAt.daysTo(active->endAt), qint64(30));

        auto qos = await<QosSummary>([&](QObject *ctx, Reply<QosSummary> done) {
            m_p->providers->dealQos(deal->id, ctx, done);
        });
        REQUIRE_OK(qos);
        QCOMPARE(qos->dealId, deal->id);
        QCOMPARE(qos->offerId, m_offer.id);
        QCOMPARE(qos->uptimeTargetBps, 9990);
        QCOMPARE(qos->latencyTargetMs, 200);

        // The consumer disputes; the provider sees it in its list.
        REQUIRE_OK(await<Dispute>([&](QObject *ctx, Reply<Dispute> done) {
            m_c->deals->openDispute(deal->id, QStringLiteral("Uploads time out"), ctx, done);
        }));
        auto disputes = await<QList<Dispute>>(
            [&](QObject *ctx, Reply<QList<Dispute>> d) { m_p->providers->disputes(ctx, d); });
        REQUIRE_OK(disputes);
        QCOMPARE(disputes->size(), 1);
        QCOMPARE(disputes->first().dealId, deal->id);
        QCOMPARE(disputes->first().reason, QStringLiteral("Uploads time out"));
        QCOMPARE(disputes->first().state, QStringLiteral("open"));
        QVERIFY(!disputes->first().answered());
        QVERIFY(!disputes->first().respondedAt.isValid());

        // The provider answers; the node keeps the answer on the dispute.
        auto answered = await<Dispute>([&](QObject *ctx, Reply<Dispute> done) {
            m_p->providers->respondToDispute(
                disputes->first().id, QStringLiteral("The gateway was restarted."), ctx, done);
        });
        REQUIRE_OK(answered);
        QCOMPARE(answered->response, QStringLiteral("The gateway was restarted."));
        QCOMPARE(answered->respondedBy, m_provider.address());
        QVERIFY(answered->respondedAt.isValid());
        auto again = await<QList<Dispute>>(
            [&](QObject *ctx, Reply<QList<Dispute>> d) { m_p->providers->disputes(ctx, d); });
        REQUIRE_OK(again);
        QCOMPARE(again->first().response, QStringLiteral("The gateway was restarted."));
        QCOMPARE(again->first().respondedBy, answered->respondedBy);
        QCOMPARE(again->first().respondedAt, answered->respondedAt);

        // The offer's QoS over a window, as the dashboard asks for it.
        auto window = await<QosSummary>([&](QObject *ctx, Reply<QosSummary> done) {
            m_p->providers->offerQos(deal->offerId, QDateTime::currentDateTimeUtc().addDays(-30),
                                     ctx, done);
        });
        REQUIRE_OK(window);
        QCOMPARE(window->offerId, deal->offerId);
        QCOMPARE(qsizetype(window->samples), window->series.size());
    }

    void payInAlgo()
    {
        auto deal = acceptedDeal();
        REQUIRE_OK(deal);
        // The wallet's Algorand account here: the consumer's own ed25519 key.
        const QString algo = algorand::address(m_consumer.publicKey());
        auto missing = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->account(algo, ctx, done);
        });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("not_found"));
        auto funded = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->faucet(algo, QStringLiteral("ALGO"), ctx, done);
        });
        REQUIRE_OK(funded);
        QCOMPARE(funded->chain, QStringLiteral("algorand"));
        QCOMPARE(funded->balance(QStringLiteral("ALGO")), qint64(10000) * 1000000);
        QCOMPARE(funded->genesisHash.size(), 32);
        QCOMPARE(funded->minFee, quint64(1000));

        auto in = await<PaymentIntent>([&](QObject *ctx, Reply<PaymentIntent> done) {
            m_c->payments->intent(deal->id, QStringLiteral("ALGO"), algo, ctx, done);
        });
        REQUIRE_OK(in);
        QCOMPARE(in->chain, QStringLiteral("algorand"));
        QCOMPARE(in->amount.currency, QStringLiteral("ALGO"));
        QCOMPARE(in->memoType, QStringLiteral("note"));
        QCOMPARE(in->refundAddress, algo);
        QVERIFY(in->algorand);
        QCOMPARE(in->algorand->genesisHash, funded->genesisHash);
        // ALGO at $0.20: amount = ceil(total x 10^6 / rate).
        QCOMPARE(in->rateUsd7PerCoin, qint64(2000000));
        QCOMPARE(in->amount.units,
                 (in->amountUsd.units * 1000000 + in->rateUsd7PerCoin - 1) / in->rateUsd7PerCoin);

        intentpay::AlgorandIntent ai;
        ai.escrowAddress = in->escrowAddress;
        ai.amount = quint64(in->amount.units);
        ai.memo = in->memo;
        ai.genesisId = in->algorand->genesisId;
        ai.genesisHash = in->algorand->genesisHash;
        ai.firstValid = in->algorand->firstValid;
        ai.lastValid = in->algorand->lastValid;
        ai.minFee = in->algorand->minFee;
        auto txn = intentpay::buildAlgorandPayment(algo, ai);
        REQUIRE_OK(txn);
        const SecretBytes seed = SecretBytes::fromBytes(QByteArray::fromHex(m_consumer.seedHex()));
        auto signedTxn = algorand::sign(*txn, seed);
        REQUIRE_OK(signedTxn);

        auto receipt = await<PaymentReceipt>([&](QObject *ctx, Reply<PaymentReceipt> done) {
            m_c->payments->submitPayment(deal->id, intentpay::algorandEnvelope(*signedTxn), ctx,
                                         done);
        });
        REQUIRE_OK(receipt);
        QCOMPARE(receipt->deal.state, DealState::Funded);
        QCOMPARE(receipt->payment.chain, QStringLiteral("algorand"));
        QCOMPARE(receipt->payment.amount, in->amount);

        auto paid = await<DealPayments>([&](QObject *ctx, Reply<DealPayments> done) {
            m_p->payments->payments(deal->id, ctx, done); // the provider sees them too
        });
        REQUIRE_OK(paid);
        QCOMPARE(paid->intent->status, QStringLiteral("paid"));
        // The deposit (the provider's agent may already have released a first share, which the
        // list can show before it).
        const auto deposit =
            std::find_if(paid->items.cbegin(), paid->items.cend(),
                         [](const Payment &p) { return p.kind == QLatin1String("deposit"); });
        QVERIFY(deposit != paid->items.cend());
        QCOMPARE(deposit->amount, in->amount);
        auto after = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->account(algo, ctx, done);
        });
        REQUIRE_OK(after);
        QCOMPARE(after->balance(QStringLiteral("ALGO")),
                 funded->balance(QStringLiteral("ALGO")) - in->amount.units - 1000);
    }

    void payoutAddressesAndBitcoin()
    {
        auto payout = await<PayoutAddresses>([&](QObject *ctx, Reply<PayoutAddresses> d) {
            m_p->providers->payoutAddresses(ctx, d);
        });
        REQUIRE_OK(payout);
        QCOMPARE(payout->algorand, algorand::address(m_provider.publicKey()));
        QVERIFY(payout->bitcoin.isEmpty());

        // No Bitcoin payout address yet: nobody can pay this provider in BTC.
        auto deal = acceptedDeal();
        REQUIRE_OK(deal);
        auto noBtc = await<PaymentIntent>([&](QObject *ctx, Reply<PaymentIntent> done) {
            m_c->payments->intent(deal->id, QStringLiteral("BTC"), ctx, done);
        });
        QVERIFY(!noBtc);
        QCOMPARE(noBtc.error().code, QStringLiteral("unprocessable"));

        PayoutAddresses bad;
        bad.bitcoin = QStringLiteral("bc1qnotatestnetaddress");
        auto refused = await<PayoutAddresses>([&](QObject *ctx, Reply<PayoutAddresses> d) {
            m_p->providers->setPayoutAddresses(bad, ctx, d);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("bad_address"));

        const SecretBytes walletSeed = SecretBytes::fromBytes(QByteArray(64, '\x37'));
        auto providerBtc = bitcoin::address(walletSeed, QStringLiteral("testnet"), 0);
        REQUIRE_OK(providerBtc);
        PayoutAddresses good;
        good.bitcoin = *providerBtc;
        auto saved = await<PayoutAddresses>([&](QObject *ctx, Reply<PayoutAddresses> d) {
            m_p->providers->setPayoutAddresses(good, ctx, d);
        });
        REQUIRE_OK(saved);
        QCOMPARE(saved->bitcoin, *providerBtc);
        QCOMPARE(saved->algorand, payout->algorand); // untouched

        auto in = await<PaymentIntent>([&](QObject *ctx, Reply<PaymentIntent> done) {
            m_c->payments->intent(deal->id, QStringLiteral("BTC"), ctx, done);
        });
        REQUIRE_OK(in);
        QCOMPARE(in->chain, QStringLiteral("bitcoin"));
        QVERIFY(in->escrowAddress.startsWith(QStringLiteral("tb1q")));
        QVERIFY(in->bitcoin);
        QCOMPARE(in->memoType, QStringLiteral("op_return"));
        QCOMPARE(bitcoin::scriptToAddress(in->bitcoin->escrowScript, QStringLiteral("testnet")),
                 in->escrowAddress);

        // The wallet's Bitcoin account on the development chain: a coin, then blocks.
        auto consumerBtc = bitcoin::address(walletSeed, QStringLiteral("testnet"), 1);
        REQUIRE_OK(consumerBtc);
        auto coin = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->faucet(*consumerBtc, QStringLiteral("BTC"), ctx, done, 25000000);
        });
        REQUIRE_OK(coin);
        QCOMPARE(coin->chain, QStringLiteral("bitcoin"));
        QCOMPARE(coin->addressNetwork, QStringLiteral("testnet"));
        QCOMPARE(coin->balance(QStringLiteral("BTC")), qint64(25000000));
        QCOMPARE(coin->utxos.size(), 1);
        QCOMPARE(coin->utxos.first().amount, qint64(25000000));
        QVERIFY(bitcoin::isP2wpkhScript(coin->utxos.first().script));
        QVERIFY(!coin->utxos.first().tx.isEmpty());
        const qint64 confirmations = coin->utxos.first().confirmations;

        auto height = await<qint64>([&](QObject *ctx, Reply<qint64> done) {
            m_c->accounts->mineBitcoinBlocks(3, ctx, done);
        });
        REQUIRE_OK(height);
        QCOMPARE(*height, coin->height + 3);
        auto later = await<LedgerAccount>([&](QObject *ctx, Reply<LedgerAccount> done) {
            m_c->accounts->account(*consumerBtc, ctx, done);
        });
        REQUIRE_OK(later);
        QCOMPARE(later->height, *height);
        QCOMPARE(later->utxos.first().confirmations, confirmations + 3);

        auto tooMany = await<qint64>([&](QObject *ctx, Reply<qint64> done) {
            m_c->accounts->mineBitcoinBlocks(5000, ctx, done);
        });
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, QStringLiteral("bad_request"));
    }

    void offerUnlocksAfterDealsEnd()
    {
        // Every deal on the offer ends (the open ones cancelled by the consumer); then the
        // provider may change and withdraw it.
        auto all = await<QList<Deal>>([&](QObject *ctx, Reply<QList<Deal>> d) {
            m_p->providers->deals(std::nullopt, ctx, d);
        });
        REQUIRE_OK(all);
        QVERIFY(all->size() >= 4);
        for (const Deal &d : std::as_const(*all)) {
            if (isTerminal(d.state))
                continue;
            auto c = await<Deal>([&](QObject *ctx, Reply<Deal> done) {
                m_c->deals->cancel(d.id, QStringLiteral("Test over"), ctx, done);
            });
            REQUIRE_OK(c);
            QCOMPARE(c->state, DealState::Cancelled);
        }
        Offer change = m_offer;
        change.priceStoragePerGbMonthUsd7 = 210000;
        auto edited = await<Offer>([&](QObject *ctx, Reply<Offer> done) {
            m_p->providers->updateOffer(change, ctx, done);
        });
        REQUIRE_OK(edited);
        QCOMPARE(edited->priceStoragePerGbMonthUsd7, qint64(210000));
        QVERIFY(!edited->locked);
        REQUIRE_OK(await<Ok>([&](QObject *ctx, Reply<Ok> done) {
            m_p->providers->deleteOffer(m_offer.id, ctx, done);
        }));
        auto mine = await<QList<Offer>>([&](QObject *ctx, Reply<QList<Offer>> d) {
            m_p->providers->offers(m_record.id, ctx, d);
        });
        REQUIRE_OK(mine);
        QVERIFY(mine->isEmpty());
    }

    void cleanupTestCase() { m_node.stop(); }
};

QTEST_GUILESS_MAIN(ProviderServiceTest)
#include "tst_providerservice.moc"
