// Notification rows in nexus.db: every state change is one conditional UPDATE, so two dispatchers cannot both
// claim a message and an outcome never overwrites a row that moved meanwhile.
#include "notifications/notificationstore.h"

#include "store/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>
#include <vector>

namespace nexus {

namespace {

const QString kMessageColumns = QStringLiteral(
    "id, idempotency_key, event, channel, recipient, customer_id, ref_type, ref_id, subject, body, whatsapp_template, "
    "params, state, attempts, coalesce(next_attempt_at, ''), last_error, provider_message_id, created_at, "
    "coalesce(sent_at, ''), coalesce(delivered_at, ''), coalesce(read_at, ''), skip_reason");
// A message about to be sent, or shown alone: with its document (the log lists leave the bytes out).
const QString kMessageWithAttachment = kMessageColumns + QStringLiteral(", attachment_name, attachment");

NotificationMessage messageFrom(const QSqlQuery &q)
{
    NotificationMessage m;
    m.id = q.value(0).toString();
    m.idempotencyKey = q.value(1).toString();
    m.event = eventFromCode(q.value(2).toString()).value_or(NotificationEvent::OrderReady);
    m.channel = channelFromCode(q.value(3).toString()).value_or(NotificationChannel::InApp);
    m.recipient = q.value(4).toString();
    m.customerId = q.value(5).toString();
    m.refType = q.value(6).toString();
    m.refId = q.value(7).toString();
    m.subject = q.value(8).toString();
    m.body = q.value(9).toString();
    m.whatsappTemplate = q.value(10).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array())
        m.params << v.toString();
    m.state = stateFromCode(q.value(12).toString()).value_or(MessageState::Failed);
    m.attempts = q.value(13).toInt();
    m.nextAttemptAt = q.value(14).toString();
    m.lastError = q.value(15).toString();
    m.providerMessageId = q.value(16).toString();
    m.createdAt = q.value(17).toString();
    m.sentAt = q.value(18).toString();
    m.deliveredAt = q.value(19).toString();
    m.readAt = q.value(20).toString();
    m.skipReason = skipReasonFromCode(q.value(21).toString());
    if (q.record().count() > 23) {
        m.attachmentName = q.value(22).toString();
        m.attachment = q.value(23).toByteArray();
    }
    return m;
}

NotificationTemplate templateFrom(const QSqlQuery &q)
{
    NotificationTemplate t;
    t.event = eventFromCode(q.value(0).toString()).value_or(NotificationEvent::OrderReady);
    t.channel = channelFromCode(q.value(1).toString()).value_or(NotificationChannel::InApp);
    t.subject = q.value(2).toString();
    t.body = q.value(3).toString();
    t.whatsappTemplate = q.value(4).toString();
    t.enabled = q.value(5).toBool();
    t.updatedBy = q.value(6).toString();
    t.updatedAt = q.value(7).toString();
    return t;
}

// A null QString binds NULL: every text column here is NOT NULL, '' when empty.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

const QString kTemplateSelect = QStringLiteral("SELECT event, channel, subject, body, whatsapp_template, enabled, "
                                               "updated_by, updated_at FROM notification_templates");

} // namespace

Result<std::vector<NotificationTemplate>> NotificationStore::templates() const
{
    Result<QSqlQuery> q = m_db.exec(kTemplateSelect + QStringLiteral(" ORDER BY event, channel"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<NotificationTemplate> out;
    while (q->next())
        out.push_back(templateFrom(*q));
    return out;
}

Result<std::optional<NotificationTemplate>> NotificationStore::templateFor(
    NotificationEvent event, NotificationChannel channel) const
{
    Result<QSqlQuery> q = m_db.exec(kTemplateSelect + QStringLiteral(" WHERE event = ? AND channel = ?"),
        { eventCode(event), channelCode(channel) });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<NotificationTemplate>();
    return std::optional<NotificationTemplate>(templateFrom(*q));
}

Status NotificationStore::saveTemplate(const NotificationTemplate &tpl)
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO notification_templates(event, channel, subject, body, whatsapp_template, enabled, "
                       "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(event, channel) DO UPDATE "
                       "SET subject = excluded.subject, body = excluded.body, whatsapp_template = "
                       "excluded.whatsapp_template, enabled = excluded.enabled, updated_by = excluded.updated_by, "
                       "updated_at = excluded.updated_at"),
        { eventCode(tpl.event), channelCode(tpl.channel), text(tpl.subject), text(tpl.body),
            text(tpl.whatsappTemplate), tpl.enabled ? 1 : 0, text(tpl.updatedBy), text(tpl.updatedAt) });
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<bool> NotificationStore::enqueue(const NotificationMessage &m)
{
    QJsonArray params;
    for (const QString &p : m.params)
        params.append(p);
    const bool inApp = m.channel == NotificationChannel::InApp;
    const bool skipped = !inApp && m.state == MessageState::Skipped;
    const MessageState state = inApp ? MessageState::Delivered : skipped ? MessageState::Skipped : MessageState::Queued;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO notification_messages(id, idempotency_key, event, channel, recipient, customer_id, "
                       "ref_type, ref_id, subject, body, whatsapp_template, params, state, next_attempt_at, "
                       "created_at, delivered_at, attachment_name, attachment, skip_reason) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(idempotency_key) DO NOTHING"),
        { m.id, m.idempotencyKey, eventCode(m.event), channelCode(m.channel), text(m.recipient), text(m.customerId),
            text(m.refType), text(m.refId), text(m.subject), text(m.body), text(m.whatsappTemplate),
            QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)), stateCode(state),
            state == MessageState::Queued ? QVariant(m.createdAt) : QVariant(), m.createdAt,
            inApp ? QVariant(m.createdAt) : QVariant(), text(m.attachmentName),
            m.attachment.isEmpty() || skipped ? QVariant() : QVariant(m.attachment),
            skipped ? skipReasonCode(m.skipReason) : QStringLiteral("") });
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() == 1;
}

Result<NotificationMessage> NotificationStore::message(const QString &id) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT ") + kMessageWithAttachment + QStringLiteral(" FROM notification_messages WHERE id = ?"),
        { id });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, NX_ERR("The message %1 does not exist"), { id }, QStringLiteral("id"));
    return messageFrom(*q);
}

Result<std::vector<NotificationMessage>> NotificationStore::messages(
    std::optional<MessageState> state, std::optional<NotificationChannel> channel, int limit) const
{
    QString sql = QStringLiteral("SELECT ") + kMessageColumns + QStringLiteral(" FROM notification_messages WHERE 1");
    QVariantList values;
    if (state) {
        sql += QStringLiteral(" AND state = ?");
        values << stateCode(*state);
    }
    if (channel) {
        sql += QStringLiteral(" AND channel = ?");
        values << channelCode(*channel);
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ?");
    values << limit;
    Result<QSqlQuery> q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    std::vector<NotificationMessage> out;
    while (q->next())
        out.push_back(messageFrom(*q));
    return out;
}

Result<int> NotificationStore::unreadInAppCount() const
{
    Result<QVariant> n = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM notification_messages WHERE channel = 'in_app' AND read_at IS NULL"));
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Status NotificationStore::markRead(const QString &id, const QString &nowUtc)
{
    return setState(QStringLiteral("UPDATE notification_messages SET read_at = ? WHERE id = ? AND read_at IS NULL"),
        { nowUtc, id });
}

Status NotificationStore::markAllRead(const QString &nowUtc)
{
    return setState(QStringLiteral("UPDATE notification_messages SET read_at = ? WHERE channel = 'in_app' AND "
                                   "read_at IS NULL"),
        { nowUtc });
}

Result<std::optional<NotificationMessage>> NotificationStore::claimDue(
    const QString &nowUtc, const std::vector<NotificationChannel> &channels)
{
    if (channels.empty())
        return std::optional<NotificationMessage>();
    QVariantList values { nowUtc };
    QStringList marks;
    for (NotificationChannel channel : channels) {
        values << channelCode(channel);
        marks << QStringLiteral("?");
    }
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return std::unexpected(begun.error());
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kMessageWithAttachment
            + QStringLiteral(" FROM notification_messages WHERE state = 'queued' AND next_attempt_at <= ? AND "
                             "channel IN (")
            + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY next_attempt_at, id LIMIT 1"),
        values);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<NotificationMessage>();
    NotificationMessage message = messageFrom(*q);
    Result<QSqlQuery> claimed = m_db.exec(QStringLiteral("UPDATE notification_messages SET state = 'sending', "
                                                         "attempts = attempts + 1 WHERE id = ? AND state = 'queued'"),
        { message.id });
    if (!claimed)
        return std::unexpected(claimed.error());
    if (claimed->numRowsAffected() != 1)
        return std::optional<NotificationMessage>();
    if (Status committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    message.state = MessageState::Sending;
    ++message.attempts;
    return std::optional<NotificationMessage>(message);
}

Status NotificationStore::markSent(const QString &id, const QString &providerMessageId, const QString &nowUtc)
{
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status sent = setState(QStringLiteral("UPDATE notification_messages SET state = 'sent', provider_message_id = ?, "
                                              "sent_at = ?, next_attempt_at = NULL, last_error = '' "
                                              "WHERE id = ? AND state = 'sending'"),
            { text(providerMessageId), nowUtc, id });
        !sent)
        return sent;
    if (!providerMessageId.isEmpty())
        if (Status pending = applyPendingStatuses(providerMessageId); !pending)
            return pending;
    return transaction.commit();
}

Status NotificationStore::applyPendingStatuses(const QString &providerMessageId)
{
    // In the order they happen to a message (delivered, read, failed), so none is refused for coming too early.
    Result<QSqlQuery> pending = m_db.exec(
        QStringLiteral("SELECT status, error, at FROM whatsapp_pending_statuses WHERE provider_message_id = ? ORDER BY "
                       "CASE status WHEN 'delivered' THEN 0 WHEN 'read' THEN 1 ELSE 2 END, at"),
        { providerMessageId });
    if (!pending)
        return std::unexpected(pending.error());
    std::vector<std::array<QString, 3>> statuses;
    while (pending->next())
        statuses.push_back({ pending->value(0).toString(), pending->value(1).toString(), pending->value(2).toString() });
    for (const auto &[status, error, at] : statuses)
        if (Result<bool> applied = applyProviderStatus(providerMessageId, status, error, at); !applied)
            return std::unexpected(applied.error());
    return setState(
        QStringLiteral("DELETE FROM whatsapp_pending_statuses WHERE provider_message_id = ?"), { providerMessageId });
}

Result<bool> NotificationStore::applyOrKeepProviderStatus(const QString &providerMessageId, const QString &status,
    const QString &error, const QString &atUtc, const QString &receivedAtUtc)
{
    Result<bool> applied = applyProviderStatus(providerMessageId, status, error, atUtc);
    if (!applied || *applied)
        return applied;
    if (status != QLatin1String("delivered") && status != QLatin1String("read") && status != QLatin1String("failed"))
        return false;
    const QDateTime received = QDateTime::fromString(receivedAtUtc, Qt::ISODateWithMs);
    if (received.isValid())
        if (Status pruned = setState(QStringLiteral("DELETE FROM whatsapp_pending_statuses WHERE received_at < ?"),
                { received.addDays(-7).toUTC().toString(Qt::ISODateWithMs) });
            !pruned)
            return std::unexpected(pruned.error());
    Result<QVariant> known = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM notification_messages WHERE provider_message_id = ?"), { providerMessageId });
    if (!known)
        return std::unexpected(known.error());
    if (known->toLongLong() > 0)
        return false; // the message is stored and the status changes nothing (a repeat, or older than its state)
    if (Status kept = setState(QStringLiteral("INSERT INTO whatsapp_pending_statuses(provider_message_id, status, error, "
                                              "at, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
            { providerMessageId, status, text(error), atUtc, text(receivedAtUtc) });
        !kept)
        return std::unexpected(kept.error());
    return false;
}

Status NotificationStore::markRetry(const QString &id, const QString &error, const QString &nextAttemptUtc)
{
    return setState(QStringLiteral("UPDATE notification_messages SET state = 'queued', last_error = ?, "
                                   "next_attempt_at = ? WHERE id = ? AND state = 'sending'"),
        { text(error), nextAttemptUtc, id });
}

Status NotificationStore::markFailed(const QString &id, const QString &error)
{
    return setState(QStringLiteral("UPDATE notification_messages SET state = 'failed', last_error = ?, "
                                   "next_attempt_at = NULL WHERE id = ? AND state = 'sending'"),
        { text(error), id });
}

Result<int> NotificationStore::failInterrupted(const QString &error)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE notification_messages SET state = 'failed', last_error = ?, "
                                                   "next_attempt_at = NULL WHERE state = 'sending'"),
        { error });
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected();
}

Status NotificationStore::requeue(const QString &id, const QString &nowUtc)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE notification_messages SET state = 'queued', attempts = 0, "
                                                   "next_attempt_at = ? WHERE id = ? AND state = 'failed'"),
        { nowUtc, id });
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(ErrorCode::Conflict, NX_ERR("Only a failed message can be sent again"), {}, QStringLiteral("state"));
    return {};
}

Result<bool> NotificationStore::applyProviderStatus(
    const QString &providerMessageId, const QString &status, const QString &error, const QString &atUtc)
{
    Result<QSqlQuery> q;
    // Meta may report "read" before (or without) "delivered": a read message was delivered too.
    if (status == QLatin1String("delivered"))
        q = m_db.exec(QStringLiteral("UPDATE notification_messages SET state = 'delivered', delivered_at = ? "
                                     "WHERE provider_message_id = ? AND state = 'sent'"),
            { atUtc, providerMessageId });
    else if (status == QLatin1String("read"))
        q = m_db.exec(QStringLiteral("UPDATE notification_messages SET state = 'delivered', delivered_at = "
                                     "coalesce(delivered_at, ?), read_at = ? WHERE provider_message_id = ? AND state IN "
                                     "('sent', 'delivered') AND read_at IS NULL"),
            { atUtc, atUtc, providerMessageId });
    else if (status == QLatin1String("failed"))
        q = m_db.exec(QStringLiteral("UPDATE notification_messages SET state = 'failed', last_error = ? "
                                     "WHERE provider_message_id = ? AND state = 'sent'"),
            { text(error), providerMessageId });
    else
        return false; // "sent" and unknown statuses change nothing
    if (!q)
        return std::unexpected(q.error());
    return q->numRowsAffected() > 0;
}

Result<CustomerChannelPreferences> NotificationStore::preferences(const QString &customerId) const
{
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT whatsapp, email, opted_out FROM notification_preferences WHERE customer_id = ?"),
        { customerId });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return CustomerChannelPreferences {};
    return CustomerChannelPreferences { q->value(0).toBool(), q->value(1).toBool(), q->value(2).toBool() };
}

Status NotificationStore::setPreferences(const QString &customerId, const CustomerChannelPreferences &p,
    const QString &updatedBy, const QString &nowUtc)
{
    if (customerId.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose the customer"), {}, QStringLiteral("customer_id"));
    return setState(QStringLiteral("INSERT INTO notification_preferences(customer_id, whatsapp, email, opted_out, "
                                   "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(customer_id) DO "
                                   "UPDATE SET whatsapp = excluded.whatsapp, email = excluded.email, opted_out = "
                                   "excluded.opted_out, updated_by = excluded.updated_by, updated_at = "
                                   "excluded.updated_at"),
        { customerId, p.whatsapp ? 1 : 0, p.email ? 1 : 0, p.optedOut ? 1 : 0, text(updatedBy), nowUtc });
}

Status NotificationStore::setStockAlertLevel(const StockAlertLevel &level)
{
    if (level.reorderPoint.thousandths() < 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The reorder point cannot be negative"), {},
            QStringLiteral("reorder_point"));
    return setState(QStringLiteral("INSERT INTO stock_alert_levels(part_id, warehouse_id, sku, description, "
                                   "reorder_point) VALUES (?, ?, ?, ?, ?) ON CONFLICT(part_id, warehouse_id) DO UPDATE "
                                   "SET sku = excluded.sku, description = excluded.description, reorder_point = "
                                   "excluded.reorder_point"),
        { level.partId, level.warehouseId, text(level.sku), text(level.description),
            level.reorderPoint.thousandths() });
}

Result<std::optional<StockAlertLevel>> NotificationStore::stockAlertLevel(
    qint64 partId, const QString &warehouseId) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT sku, description, reorder_point FROM stock_alert_levels "
                                                   "WHERE part_id = ? AND warehouse_id = ?"),
        { partId, warehouseId });
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<StockAlertLevel>();
    return std::optional<StockAlertLevel>(StockAlertLevel {
        partId, warehouseId, q->value(0).toString(), q->value(1).toString(), Quantity(q->value(2).toLongLong()) });
}

Result<QString> NotificationStore::setting(const QString &key) const
{
    Result<QVariant> value = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!value)
        return std::unexpected(value.error());
    return value->isValid() ? value->toString() : QString();
}

Status NotificationStore::setState(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = m_db.exec(sql, values);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace nexus
