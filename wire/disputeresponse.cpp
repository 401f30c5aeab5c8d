#include "wire/disputeresponse.h"

namespace fb {

DisputeResponse DisputeResponse::fromDisputeJson(const QJsonObject &dispute)
{
    DisputeResponse r;
    const QJsonValue text = dispute.value(QLatin1String("response"));
    if (!text.isString() || text.toString().isEmpty())
        return r;
    r.text = text.toString();
    r.by = dispute.value(QLatin1String("respondedBy")).toString();
    if (auto at = timestampFromJson(dispute.value(QLatin1String("respondedAt")).toString()))
        r.at = *at;
    return r;
}

void DisputeResponse::writeTo(QJsonObject &dispute) const
{
    if (isEmpty())
        return;
    dispute.insert(QStringLiteral("response"), text);
    dispute.insert(QStringLiteral("respondedBy"), by);
    dispute.insert(QStringLiteral("respondedAt"), timestampToJson(at));
}

QJsonObject AnsweredDispute::toJson() const
{
    QJsonObject o = dispute.toJson();
    response.writeTo(o);
    return o;
}

Result<AnsweredDispute> AnsweredDispute::fromJson(const QJsonObject &o)
{
    auto d = Dispute::fromJson(o);
    if (!d)
        return d.error();
    return AnsweredDispute{*d, DisputeResponse::fromDisputeJson(o)};
}

} // namespace fb
