// Everything that happened to a customer, newest first, read from the rows each area keeps in nexus.db: sales,
// returns, abonos, service orders, quotes, warranty claims, invoices, messages sent to them, and the notes and calls
// the staff wrote down.
// Structured (kind, status codes, amounts): the screen words it in the user's language.
#pragma once

#include <QList>
#include <QString>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class Database;

enum class TimelineKind { Sale, Return, Payment, ServiceOrder, Invoice, Message, Note, Call, Quote, Warranty };

struct TimelineEntry
{
    TimelineKind kind = TimelineKind::Sale;
    QString atUtc; // ISO-8601 UTC as the row stored it
    QString refId; // the row's id
    QString reference; // folio / invoice folio fiscal / message channel; '' for notes
    Money amount; // sale / return / abono / invoice total / service-order estimate (0 when none)
    // The row's own code: completed|cancelled, received…delivered, timbrada…, queued…delivered; a quote's
    // open|converted|cancelled|expired (open past its valid-until day); a warranty claim's open, its resolution
    // (replace|refund|repair|reject) once resolved.
    QString status;
    // Free text: return reason, order's vehicle and complaint, message subject/body, note text, a quote's vehicle
    // (and "→ <sale folio>" once converted), a claim's part and reason.
    QString detail;
    QString by; // who: the user's display name (cashier, note author); for a message, its recipient
};

inline constexpr int kTimelineDefaultLimit = 200;

// Newest first (ties: the later row id first), at most `limit` entries.
[[nodiscard]] Result<QList<TimelineEntry>> customerTimeline(
    Database &db, const QString &customerId, int limit = kTimelineDefaultLimit);

[[nodiscard]] const char *timelineKindCode(TimelineKind kind); // "sale", "return", "payment", "service_order"…

} // namespace nexus
