// Who gets told what: turns business events (order ready, a large sale, a stock movement below the reorder point, a
// quote that became a sale, goods of a purchase order received) into messages per channel from the templates, queued
// in the event's own transaction and respecting each customer's channel preferences and opt-out; plus what the
// screens do (edit templates, preview, resend, read).
#pragma once

#include "auth/role.h"
#include "common/error.h"
#include "notifications/notificationstore.h"
#include "store/domainevents.h"

namespace nexus {

class Clock;

class NotificationService final : public DomainEventSink
{
public:
    // settings keys: the sale total (centavos) from which a sale is announced, the branch staff's e-mail for
    // staff alerts ('' none) and the base of {enlace} ("https://…/o/" + folio; '' leaves the link empty).
    static inline const QString kNewSaleThresholdSetting = QStringLiteral("notify_new_sale_threshold_cents");
    static inline const QString kStaffEmailSetting = QStringLiteral("notify_staff_email");
    static inline const QString kLinkBaseSetting = QStringLiteral("notify_link_base");
    static constexpr qint64 kDefaultNewSaleThresholdCents = 500000; // $5,000.00

    NotificationService(Database &db, const Clock &clock);

    // DomainEventSink: inside the publisher's transaction, under a savepoint; errors are logged, never raised.
    void handle(Database &db, const DomainEvent &event) override;

    // Queues the messages of one event with its placeholder values (customer facing when customerId or contact
    // data is given). Returns how many messages were queued (0 when all were there already); a customer channel that
    // cannot be used is logged as skipped with its reason and not counted.
    struct Recipient
    {
        QString customerId;
        QString phone;
        QString email;
    };
    // What a person chose to send (a quote by WhatsApp): one channel only, and a document with it.
    struct Delivery
    {
        std::optional<NotificationChannel> only;
        QString attachmentName;
        QByteArray attachment;
    };
    [[nodiscard]] Result<int> notify(NotificationEvent event, const QString &eventId, const Recipient &customer,
        const PlaceholderValues &values, const QString &refType, const QString &refId, const Delivery &delivery = {});

    // Queues a message composed elsewhere (a purchase order's text, no template): fills its id, creation time and,
    // when empty, its idempotency key (event + ref id + channel + recipient). False when it was queued already.
    [[nodiscard]] Result<bool> enqueueComposed(NotificationMessage message);

    [[nodiscard]] NotificationStore &store() { return m_store; }
    [[nodiscard]] Database &database() const { return m_db; }
    // Checks every placeholder against the event and the role (ConfigureBranch), then saves.
    [[nodiscard]] Status saveTemplate(NotificationTemplate tpl, Role role, const QString &userName);
    [[nodiscard]] Result<RenderedText> preview(const NotificationTemplate &tpl) const;
    [[nodiscard]] Status resend(const QString &messageId);
    [[nodiscard]] Status markRead(const QString &messageId);
    [[nodiscard]] Status markAllRead();

    // "+52" and ten digits from what a person typed; '' when it is not a Mexican mobile number.
    [[nodiscard]] static QString whatsappNumber(const QString &phone);
    // The values of {sucursal} and {enlace} (the link base + folio; '' when none is configured).
    [[nodiscard]] QString branchName() const;
    [[nodiscard]] QString link(const QString &folio) const;

private:
    // order_ready / estimate_ready: the customer of a service order (event data as publishReady writes it).
    void onServiceOrder(NotificationEvent kind, const DomainEvent &event);
    void onSaleCompleted(const DomainEvent &event);
    void onStockChanged(const DomainEvent &event);
    void onQuoteApproved(const DomainEvent &event);
    void onPurchaseReceived(const DomainEvent &event);
    [[nodiscard]] QString nowUtc() const;

    Database &m_db;
    const Clock &m_clock;
    NotificationStore m_store;
    bool m_eventFailed = false; // the event being handled could not queue all its messages
};

} // namespace nexus
