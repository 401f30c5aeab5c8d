// DisputeResponse: the answer of the party a dispute was opened against
// (POST /v1/disputes/{id}/respond, docs/API.md). It travels inside the dispute's JSON, beside the
// Dispute fields, as `response`, `respondedBy` and `respondedAt`; the node keeps it through every
// later change of the dispute (writeTo after Dispute::toJson). AnsweredDispute is a dispute as
// the node serves it: the Dispute and its response.
#pragma once

#include "wire/domain.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace fb {

struct DisputeResponse
{
    QString text;
    QString by; // address of the party who answered
    QDateTime at;

    bool isEmpty() const { return text.isEmpty(); }
    // The response keys of a dispute's JSON (empty when there are none or they are malformed).
    static DisputeResponse fromDisputeJson(const QJsonObject &dispute);
    // Adds the response keys to a dispute's JSON (nothing when empty).
    void writeTo(QJsonObject &dispute) const;
    bool operator==(const DisputeResponse &) const = default;
};

struct AnsweredDispute
{
    Dispute dispute;
    DisputeResponse response;

    QJsonObject toJson() const;
    static Result<AnsweredDispute> fromJson(const QJsonObject &o);
};

} // namespace fb
