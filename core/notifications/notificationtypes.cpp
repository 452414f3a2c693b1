// Stored codes and translated titles of notification events, channels and message states.
#include "notifications/notificationtypes.h"

#include <QCoreApplication>

namespace nexus {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromCode(const QString &code, const Enum (&all)[N], QString (*toCode)(Enum))
{
    for (Enum value : all)
        if (toCode(value) == code)
            return value;
    return std::nullopt;
}

} // namespace

QString eventCode(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::OrderReady: return QStringLiteral("order_ready");
    case NotificationEvent::LowStock: return QStringLiteral("low_stock");
    case NotificationEvent::ReorderAlert: return QStringLiteral("reorder_alert");
    case NotificationEvent::NewSale: return QStringLiteral("new_sale");
    case NotificationEvent::QuoteSent: return QStringLiteral("quote_sent");
    case NotificationEvent::QuoteApproved: return QStringLiteral("quote_approved");
    case NotificationEvent::WarrantyExpiring: return QStringLiteral("warranty_expiring");
    case NotificationEvent::PoReceived: return QStringLiteral("po_received");
    case NotificationEvent::MaintenanceDue: return QStringLiteral("maintenance_due");
    case NotificationEvent::PoSent: return QStringLiteral("po_sent");
    case NotificationEvent::EstimateReady: return QStringLiteral("estimate_ready");
    }
    return {};
}

std::optional<NotificationEvent> eventFromCode(const QString &code)
{
    return fromCode(code, kAllEvents, &eventCode);
}

QString eventTitle(NotificationEvent event)
{
    switch (event) {
    case NotificationEvent::OrderReady: return QCoreApplication::translate("nexus::Notifications", "Service order ready");
    case NotificationEvent::LowStock: return QCoreApplication::translate("nexus::Notifications", "Low stock");
    case NotificationEvent::ReorderAlert: return QCoreApplication::translate("nexus::Notifications", "Out of stock: reorder");
    case NotificationEvent::NewSale: return QCoreApplication::translate("nexus::Notifications", "Large sale");
    case NotificationEvent::QuoteSent: return QCoreApplication::translate("nexus::Notifications", "Quote sent");
    case NotificationEvent::QuoteApproved: return QCoreApplication::translate("nexus::Notifications", "Quote approved");
    case NotificationEvent::WarrantyExpiring: return QCoreApplication::translate("nexus::Notifications", "Warranty expiring");
    case NotificationEvent::PoReceived: return QCoreApplication::translate("nexus::Notifications", "Purchase order received");
    case NotificationEvent::MaintenanceDue: return QCoreApplication::translate("nexus::Notifications", "Maintenance due");
    case NotificationEvent::PoSent: return QCoreApplication::translate("nexus::Notifications", "Purchase order sent");
    case NotificationEvent::EstimateReady: return QCoreApplication::translate("nexus::Notifications", "Estimate ready for approval");
    }
    return {};
}

QString channelCode(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::InApp: return QStringLiteral("in_app");
    case NotificationChannel::WhatsApp: return QStringLiteral("whatsapp");
    case NotificationChannel::Email: return QStringLiteral("email");
    }
    return {};
}

std::optional<NotificationChannel> channelFromCode(const QString &code)
{
    return fromCode(code, kAllChannels, &channelCode);
}

QString channelTitle(NotificationChannel channel)
{
    switch (channel) {
    case NotificationChannel::InApp: return QCoreApplication::translate("nexus::Notifications", "In the app");
    case NotificationChannel::WhatsApp: return QCoreApplication::translate("nexus::Notifications", "WhatsApp");
    case NotificationChannel::Email: return QCoreApplication::translate("nexus::Notifications", "E-mail");
    }
    return {};
}

QString stateCode(MessageState state)
{
    switch (state) {
    case MessageState::Queued: return QStringLiteral("queued");
    case MessageState::Sending: return QStringLiteral("sending");
    case MessageState::Sent: return QStringLiteral("sent");
    case MessageState::Delivered: return QStringLiteral("delivered");
    case MessageState::Failed: return QStringLiteral("failed");
    case MessageState::Skipped: return QStringLiteral("skipped");
    }
    return {};
}

std::optional<MessageState> stateFromCode(const QString &code)
{
    return fromCode(code, kAllStates, &stateCode);
}

QString stateTitle(MessageState state)
{
    switch (state) {
    case MessageState::Queued: return QCoreApplication::translate("nexus::Notifications", "Queued");
    case MessageState::Sending: return QCoreApplication::translate("nexus::Notifications", "Sending");
    case MessageState::Sent: return QCoreApplication::translate("nexus::Notifications", "Sent");
    case MessageState::Delivered: return QCoreApplication::translate("nexus::Notifications", "Delivered");
    case MessageState::Failed: return QCoreApplication::translate("nexus::Notifications", "Failed");
    case MessageState::Skipped: return QCoreApplication::translate("nexus::Notifications", "Not sent");
    }
    return {};
}

QString skipReasonCode(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None: return {};
    case SkipReason::OptedOut: return QStringLiteral("opted_out");
    case SkipReason::ChannelDeclined: return QStringLiteral("channel_declined");
    case SkipReason::NoPhone: return QStringLiteral("no_phone");
    case SkipReason::NoEmail: return QStringLiteral("no_email");
    }
    return {};
}

SkipReason skipReasonFromCode(const QString &code)
{
    return fromCode(code, kAllSkipReasons, &skipReasonCode).value_or(SkipReason::None);
}

QString skipReasonTitle(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None: return {};
    case SkipReason::OptedOut:
        return QCoreApplication::translate("nexus::Notifications", "The customer does not accept messages");
    case SkipReason::ChannelDeclined:
        return QCoreApplication::translate("nexus::Notifications", "The customer turned this channel off");
    case SkipReason::NoPhone:
        return QCoreApplication::translate("nexus::Notifications", "No mobile number for WhatsApp");
    case SkipReason::NoEmail: return QCoreApplication::translate("nexus::Notifications", "No e-mail address");
    }
    return {};
}

QByteArray attachmentMimeType(const QString &fileName)
{
    return fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? QByteArrayLiteral("application/pdf")
                                                                          : QByteArrayLiteral("application/octet-stream");
}

} // namespace nexus
