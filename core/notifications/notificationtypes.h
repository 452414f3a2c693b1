// The words of notifications: which event, which channel, which state a message is in, with their stored codes.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace nexus {

enum class NotificationEvent {
    OrderReady,
    LowStock,
    ReorderAlert,
    NewSale,
    QuoteSent,
    QuoteApproved,
    WarrantyExpiring,
    PoReceived,
    MaintenanceDue,
    PoSent, // a purchase order to its supplier: composed by core/purchasing, no template
    EstimateReady, // a service order's estimate waits for the customer's approval
};

enum class NotificationChannel { InApp, WhatsApp, Email };

// Skipped: a customer-facing message that was not sent and never will be (SkipReason says why).
enum class MessageState { Queued, Sending, Sent, Delivered, Failed, Skipped };

// Why a customer was not written to by a channel: they opted out of everything, turned that channel off, or left no
// mobile number (WhatsApp) / e-mail address.
enum class SkipReason { None, OptedOut, ChannelDeclined, NoPhone, NoEmail };

[[nodiscard]] QString eventCode(NotificationEvent event); // "order_ready"…
[[nodiscard]] std::optional<NotificationEvent> eventFromCode(const QString &code);
[[nodiscard]] QString eventTitle(NotificationEvent event); // translated: "Order ready"…
[[nodiscard]] QString channelCode(NotificationChannel channel); // "in_app", "whatsapp", "email"
[[nodiscard]] std::optional<NotificationChannel> channelFromCode(const QString &code);
[[nodiscard]] QString channelTitle(NotificationChannel channel); // translated
[[nodiscard]] QString stateCode(MessageState state); // "queued"…
[[nodiscard]] std::optional<MessageState> stateFromCode(const QString &code);
[[nodiscard]] QString stateTitle(MessageState state); // translated
[[nodiscard]] QString skipReasonCode(SkipReason reason); // "opted_out"…; '' for None
[[nodiscard]] SkipReason skipReasonFromCode(const QString &code); // None when unknown
[[nodiscard]] QString skipReasonTitle(SkipReason reason); // translated sentence for the log
// The MIME type of a message's document by its name: "application/pdf" for a .pdf, else application/octet-stream.
[[nodiscard]] QByteArray attachmentMimeType(const QString &fileName);

inline constexpr NotificationEvent kAllEvents[] = { NotificationEvent::OrderReady, NotificationEvent::LowStock,
    NotificationEvent::ReorderAlert, NotificationEvent::NewSale, NotificationEvent::QuoteSent,
    NotificationEvent::QuoteApproved, NotificationEvent::WarrantyExpiring, NotificationEvent::PoReceived,
    NotificationEvent::MaintenanceDue, NotificationEvent::PoSent, NotificationEvent::EstimateReady };
inline constexpr NotificationChannel kAllChannels[]
    = { NotificationChannel::InApp, NotificationChannel::WhatsApp, NotificationChannel::Email };
inline constexpr MessageState kAllStates[] = { MessageState::Queued, MessageState::Sending, MessageState::Sent,
    MessageState::Delivered, MessageState::Failed, MessageState::Skipped };
inline constexpr SkipReason kAllSkipReasons[] = { SkipReason::None, SkipReason::OptedOut, SkipReason::ChannelDeclined,
    SkipReason::NoPhone, SkipReason::NoEmail };

} // namespace nexus
