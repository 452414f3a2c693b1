// SQL of notifications (migration 0012): templates, the message outbox/log with its state changes, customers'
// preferences and reorder points. Callers own the transactions, except where a method says it takes its own.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "common/error.h"
#include "common/quantity.h"
#include "notifications/notificationtemplate.h"
#include "notifications/notificationtypes.h"

namespace nexus {

class Database;

struct NotificationMessage
{
    QString id;
    QString idempotencyKey;
    NotificationEvent event = NotificationEvent::OrderReady;
    NotificationChannel channel = NotificationChannel::InApp;
    QString recipient;
    QString customerId;
    QString refType;
    QString refId;
    QString subject;
    QString body;
    QString whatsappTemplate;
    QStringList params;
    MessageState state = MessageState::Queued; // enqueue() honours Skipped; anything else is queued
    SkipReason skipReason = SkipReason::None;
    int attempts = 0;
    QString nextAttemptAt;
    QString lastError;
    QString providerMessageId;
    QString createdAt;
    QString sentAt;
    QString deliveredAt;
    QString readAt; // in-app: opened here; WhatsApp: read by the customer
    // A document sent with the message (the quote's PDF): a WhatsApp document, an e-mail attachment. Loaded by
    // message() and claimDue(), not by the lists.
    QString attachmentName; // "Cotizacion_COT-000001.pdf"; its type follows from the extension
    QByteArray attachment;
};

struct CustomerChannelPreferences
{
    bool whatsapp = true;
    bool email = true;
    bool optedOut = false;
};

struct StockAlertLevel
{
    qint64 partId = 0;
    QString warehouseId;
    QString sku;
    QString description;
    Quantity reorderPoint;
};

class NotificationStore final
{
public:
    explicit NotificationStore(Database &db) : m_db(db) { }

    [[nodiscard]] Result<std::vector<NotificationTemplate>> templates() const;
    [[nodiscard]] Result<std::optional<NotificationTemplate>> templateFor(
        NotificationEvent event, NotificationChannel channel) const;
    [[nodiscard]] Status saveTemplate(const NotificationTemplate &tpl);

    // Inserts a queued message (in-app ones are delivered at once, a Skipped one is logged as skipped with its reason);
    // false when its idempotency key is there already.
    [[nodiscard]] Result<bool> enqueue(const NotificationMessage &message);
    [[nodiscard]] Result<NotificationMessage> message(const QString &id) const;
    // Newest first; `state` empty: all.
    [[nodiscard]] Result<std::vector<NotificationMessage>> messages(
        std::optional<MessageState> state, std::optional<NotificationChannel> channel, int limit) const;
    [[nodiscard]] Result<int> unreadInAppCount() const;
    [[nodiscard]] Status markRead(const QString &id, const QString &nowUtc);
    [[nodiscard]] Status markAllRead(const QString &nowUtc);

    // Takes its own transaction: the oldest due queued message becomes 'sending' with one more attempt, stored
    // before the caller talks to the provider. Only `channels` (those with a configured client); nullopt when
    // nothing is due.
    [[nodiscard]] Result<std::optional<NotificationMessage>> claimDue(
        const QString &nowUtc, const std::vector<NotificationChannel> &channels);
    // Also applies the statuses of that provider message id that arrived before it was stored (keepEarlyStatus).
    [[nodiscard]] Status markSent(const QString &id, const QString &providerMessageId, const QString &nowUtc);
    [[nodiscard]] Status markRetry(const QString &id, const QString &error, const QString &nextAttemptUtc);
    [[nodiscard]] Status markFailed(const QString &id, const QString &error);
    // Rows left 'sending' by a process that stopped between the claim and the outcome: failed, never re-sent alone.
    [[nodiscard]] Result<int> failInterrupted(const QString &error);
    // A failed message goes back to the queue, due now (the person decided to send it again).
    [[nodiscard]] Status requeue(const QString &id, const QString &nowUtc);
    // A status the provider reported later (WhatsApp webhook): delivered → delivered, read → delivered with read_at,
    // failed → failed with the provider's error. True when a row changed.
    [[nodiscard]] Result<bool> applyProviderStatus(
        const QString &providerMessageId, const QString &status, const QString &error, const QString &atUtc);
    // applyProviderStatus, and when no message has that provider id yet (the report came before markSent stored it,
    // or it is another counter's), keeps the status for markSent. Pending statuses received more than a week before
    // `receivedAtUtc` are pruned. True when a row changed now.
    [[nodiscard]] Result<bool> applyOrKeepProviderStatus(const QString &providerMessageId, const QString &status,
        const QString &error, const QString &atUtc, const QString &receivedAtUtc);

    [[nodiscard]] Result<CustomerChannelPreferences> preferences(const QString &customerId) const;
    [[nodiscard]] Status setPreferences(const QString &customerId, const CustomerChannelPreferences &preferences,
        const QString &updatedBy, const QString &nowUtc);

    [[nodiscard]] Status setStockAlertLevel(const StockAlertLevel &level);
    [[nodiscard]] Result<std::optional<StockAlertLevel>> stockAlertLevel(qint64 partId, const QString &warehouseId) const;

    // A value of the settings table ('' when absent).
    [[nodiscard]] Result<QString> setting(const QString &key) const;

private:
    [[nodiscard]] Status applyPendingStatuses(const QString &providerMessageId);
    [[nodiscard]] Status setState(const QString &sql, const QVariantList &values);
    Database &m_db;
};

} // namespace nexus
