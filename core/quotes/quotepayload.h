// The quote facts that go up through the outbox ("quote.saved", "quote.converted", "quote.cancelled") and what the
// server reads back from them: one JSON shape on both sides. A quote made from a service order adds
// service_order_id and service_order_folio, and each of its lines the order's line it quotes (source_line_id):
// optional fields of the same schema, absent from counter quotes and from older clients.
#pragma once

#include <QJsonObject>

#include "common/error.h"
#include "quotes/quote.h"

namespace nexus::quotemutation {

inline constexpr char kSaved[] = "quote.saved";
inline constexpr char kConverted[] = "quote.converted";
inline constexpr char kCancelled[] = "quote.cancelled";
inline constexpr int kSchema = 1;

[[nodiscard]] QJsonObject savedPayload(const Quote &quote);
// The whole quote from a quote.saved payload; errors name the first field missing or wrong.
[[nodiscard]] Result<Quote> quoteFromPayload(const QJsonObject &payload);
[[nodiscard]] QJsonObject convertedPayload(const Quote &quote, const QString &saleId, const QString &saleFolio,
    const QString &atUtc);
[[nodiscard]] QJsonObject cancelledPayload(const Quote &quote, const QString &atUtc);

} // namespace nexus::quotemutation
