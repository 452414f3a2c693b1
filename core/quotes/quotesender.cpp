// The quote's contact data checked first, so the counter hears exactly why a send cannot be queued.
#include "quotes/quotesender.h"

#include "notifications/notificationservice.h"
#include "store/database.h"

#include <QLocale>
#include <QSqlQuery>

namespace nexus {

Result<QString> queueQuoteMessage(NotificationService &notifications, const Quote &quote, NotificationChannel channel,
    const QString &pdfName, const QByteArray &pdf)
{
    QString phone = quote.customer.phone;
    QString email = quote.customer.email;
    CustomerChannelPreferences prefs;
    if (!quote.customer.customerId.isEmpty()) {
        Result<CustomerChannelPreferences> stored = notifications.store().preferences(quote.customer.customerId);
        if (!stored)
            return std::unexpected(stored.error());
        prefs = *stored;
        Result<QSqlQuery> contact = notifications.database().exec(
            QStringLiteral("SELECT phone, email FROM customers WHERE id = ?"), { quote.customer.customerId });
        if (!contact)
            return std::unexpected(contact.error());
        if (contact->next()) {
            phone = phone.isEmpty() ? contact->value(0).toString() : phone;
            email = email.isEmpty() ? contact->value(1).toString() : email;
        }
    }
    const bool whatsapp = channel == NotificationChannel::WhatsApp;
    const QString recipient = whatsapp ? NotificationService::whatsappNumber(phone) : email.trimmed();
    if (recipient.isEmpty())
        return whatsapp ? fail(ErrorCode::InvalidInput, NX_ERR("The quote %1 has no mobile number for WhatsApp"),
                              { quote.folio }, QStringLiteral("phone"))
                        : fail(ErrorCode::InvalidInput, NX_ERR("The quote %1 has no e-mail address"), { quote.folio },
                              QStringLiteral("email"));
    if (prefs.optedOut)
        return fail(ErrorCode::PermissionDenied, NX_ERR("%1 does not accept messages"), { quote.customer.name },
            QStringLiteral("customer"));
    if ((whatsapp && !prefs.whatsapp) || (!whatsapp && !prefs.email))
        return fail(ErrorCode::PermissionDenied, NX_ERR("%1 does not accept messages by this channel"),
            { quote.customer.name }, QStringLiteral("customer"));

    Result<std::optional<NotificationTemplate>> tpl
        = notifications.store().templateFor(NotificationEvent::QuoteSent, channel);
    if (!tpl)
        return std::unexpected(tpl.error());
    if (!*tpl || !(*tpl)->enabled)
        return fail(ErrorCode::InvalidInput, NX_ERR("Sending quotes by %1 is turned off in the message templates"),
            { channelTitle(channel) }, QStringLiteral("template"));

    const PlaceholderValues values { { QStringLiteral("cliente"), quote.customer.name },
        { QStringLiteral("folio"), quote.folio },
        { QStringLiteral("monto"), quote.totals.gross.format(QLocale(QLocale::Spanish, QLocale::Mexico)) },
        { QStringLiteral("enlace"), notifications.link(quote.folio) },
        { QStringLiteral("sucursal"), notifications.branchName() } };
    // Only this channel, to the address checked above (the customer's row is not read again for it).
    Result<int> queued = notifications.notify(NotificationEvent::QuoteSent, quote.id,
        { quote.customer.customerId, whatsapp ? recipient : QString(), whatsapp ? QString() : recipient }, values,
        QStringLiteral("quote"), quote.id, { channel, pdfName, pdf });
    if (!queued)
        return std::unexpected(queued.error());
    if (*queued == 0)
        return fail(ErrorCode::Conflict, NX_ERR("The quote %1 was sent already by this channel"), { quote.folio },
            QStringLiteral("quote"));
    return recipient;
}

} // namespace nexus
