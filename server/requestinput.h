// Strict readers for numbers and text in requests: a value is a JSON number without fraction (or
// decimal digits in a query string) inside its field's documented range, or the request is
// refused with a code saying which. Nothing falls back to a default for a malformed value.
#pragma once

#include "server/apiserver.h"

#include <QJsonObject>

#include <optional>

namespace fb::node::input {

// body[key] as an integer in [min, max]. Absent (or null): absent if given, else bad_request.
// Not a JSON number without fraction (a string, 1.5, true): bad_request (400). A whole number
// outside [min, max], however large (2^63, 1e300): out_of_range (422).
Result<qint64> integer(const QJsonObject &body, const QString &key, qint64 min, qint64 max,
                       std::optional<qint64> absent = std::nullopt);
// The same for a query-string parameter (decimal digits with an optional sign).
Result<qint64> queryInteger(const ApiRequest &r, const QString &key, qint64 min, qint64 max,
                            std::optional<qint64> absent = std::nullopt);

// The one limit on free-text fields (reasons, notes, descriptions, statements), in characters.
constexpr int kMaxTextChars = 4000;

// body[key] as text of at most maxChars characters, trimmed. Absent or null: empty (or
// bad_request when required). Not a string: bad_request. Longer: text_too_long (422).
Result<QString> text(const QJsonObject &body, const QString &key, bool required = false,
                     int maxChars = kMaxTextChars);

} // namespace fb::node::input
