// One pass of warranty-expiry notifications.
#include "warranty/warrantyexpiry.h"

#include "notifications/notificationservice.h"
#include "warranty/warrantylookup.h"

#include <QLocale>

namespace nexus {

Result<int> notifyExpiringWarranties(NotificationService &notifications, WarrantyLookup &lookup, int days)
{
    const QDate today = lookup.today();
    Result<QList<Warranty>> expiring = lookup.expiringBetween(today, today.addDays(days));
    if (!expiring)
        return std::unexpected(expiring.error());
    int queued = 0;
    for (const Warranty &w : *expiring) {
        const QString eventId = QStringLiteral("warranty:%1:%2:%3")
                                    .arg(w.saleId)
                                    .arg(w.lineNo)
                                    .arg(w.expiresOn.toString(Qt::ISODate));
        const PlaceholderValues values { { QStringLiteral("cliente"), w.customerName },
            { QStringLiteral("pieza"), w.description }, { QStringLiteral("folio"), w.saleFolio },
            { QStringLiteral("fecha"), QLocale().toString(w.expiresOn, QLocale::ShortFormat) } };
        Result<int> sent = notifications.notify(NotificationEvent::WarrantyExpiring, eventId,
            { w.customerId, {}, {} }, values, QStringLiteral("sale"), w.saleId);
        if (!sent)
            return std::unexpected(sent.error());
        queued += *sent;
    }
    return queued;
}

} // namespace nexus
