// A quote sent to its customer: its PDF queued by WhatsApp (a document with the quote_sent template) or e-mail (an
// attachment) through the notifications outbox, which sends it when the store is online and retries until then.
#pragma once

#include <QByteArray>

#include "common/error.h"
#include "notifications/notificationtypes.h"
#include "quotes/quote.h"

namespace nexus {

class NotificationService;

// Queues the message and returns where it goes ("+528183331200", "compras@…"). Refused (nothing queued) when the
// quote has no mobile number / e-mail (field "phone" / "email"), the customer opted out of that channel
// ("customer"), or it was already queued to the same address by that channel ("quote").
[[nodiscard]] Result<QString> queueQuoteMessage(NotificationService &notifications, const Quote &quote,
    NotificationChannel channel, const QString &pdfName, const QByteArray &pdf);

} // namespace nexus
