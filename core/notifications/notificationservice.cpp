// Event → messages. Everything a listener writes runs under a savepoint inside the publisher's transaction: the
// messages commit with the sale or the order move or not at all, and a failure here never undoes the sale.
#include "notifications/notificationservice.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "common/money.h"
#include "store/database.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace nexus {

Q_LOGGING_CATEGORY(lcNotifications, "nexus.core.notifications")

namespace {

QString money(qint64 centavos)
{
    return Money(centavos).format(QLocale(QLocale::Spanish, QLocale::Mexico));
}

QString quantityText(qint64 thousandths)
{
    return Quantity(thousandths).toString();
}

} // namespace

NotificationService::NotificationService(Database &db, const Clock &clock) : m_db(db), m_clock(clock), m_store(db) { }

QString NotificationService::nowUtc() const
{
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

QString NotificationService::whatsappNumber(const QString &phone)
{
    QString digits = phone;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.size() == 12 && digits.startsWith(QLatin1String("52")))
        digits = digits.mid(2);
    if (digits.size() == 13 && digits.startsWith(QLatin1String("521"))) // the old mobile prefix
        digits = digits.mid(3);
    return digits.size() == 10 ? QStringLiteral("+52") + digits : QString();
}

QString NotificationService::branchName() const
{
    Result<QVariant> name = m_db.scalar(QStringLiteral(
        "SELECT coalesce((SELECT b.name FROM branches b JOIN settings s ON s.key = 'branch_id' AND s.value = b.id), "
        "(SELECT value FROM settings WHERE key = 'branch_name'), '')"));
    return name ? name->toString() : QString();
}

QString NotificationService::link(const QString &folio) const
{
    Result<QString> base = m_store.setting(kLinkBaseSetting);
    return base && !base->isEmpty() ? *base + folio : QString();
}

void NotificationService::handle(Database &db, const DomainEvent &event)
{
    if (&db != &m_db)
        return; // attached to another connection: not ours to write
    if (Status ok = m_db.execScript(QStringLiteral("SAVEPOINT notifications")); !ok) {
        qCWarning(lcNotifications) << "cannot open a savepoint for" << event.type << ok.error().logMessage();
        return;
    }
    m_eventFailed = false;
    if (event.type == QLatin1String(domainevent::kServiceOrderReady))
        onServiceOrder(NotificationEvent::OrderReady, event);
    else if (event.type == QLatin1String(domainevent::kServiceOrderEstimateReady))
        onServiceOrder(NotificationEvent::EstimateReady, event);
    else if (event.type == QLatin1String(domainevent::kSaleCompleted))
        onSaleCompleted(event);
    else if (event.type == QLatin1String(domainevent::kStockChanged))
        onStockChanged(event);
    else if (event.type == QLatin1String(domainevent::kQuoteApproved))
        onQuoteApproved(event);
    else if (event.type == QLatin1String(domainevent::kPurchaseReceived))
        onPurchaseReceived(event);
    // All of an event's messages or none: a half-queued event would look complete in the log.
    if (m_eventFailed)
        if (Status undone = m_db.execScript(QStringLiteral("ROLLBACK TO notifications")); !undone)
            qCWarning(lcNotifications) << "cannot roll back the savepoint for" << event.type;
    if (Status ok = m_db.execScript(QStringLiteral("RELEASE notifications")); !ok)
        qCWarning(lcNotifications) << "cannot release the savepoint for" << event.type << ok.error().logMessage();
}

Result<bool> NotificationService::enqueueComposed(NotificationMessage message)
{
    message.id = IdGenerator::instance().nextString();
    message.createdAt = nowUtc();
    if (message.idempotencyKey.isEmpty())
        message.idempotencyKey = eventCode(message.event) + QLatin1Char(':') + message.refId + QLatin1Char(':')
            + channelCode(message.channel) + QLatin1Char(':') + message.recipient;
    return m_store.enqueue(message);
}

Result<int> NotificationService::notify(NotificationEvent event, const QString &eventId, const Recipient &customer,
    const PlaceholderValues &values, const QString &refType, const QString &refId, const Delivery &delivery)
{
    CustomerChannelPreferences prefs;
    QString phone = customer.phone;
    QString email = customer.email;
    if (!customer.customerId.isEmpty()) {
        Result<CustomerChannelPreferences> stored = m_store.preferences(customer.customerId);
        if (!stored)
            return std::unexpected(stored.error());
        prefs = *stored;
        Result<QSqlQuery> contact
            = m_db.exec(QStringLiteral("SELECT phone, email FROM customers WHERE id = ?"), { customer.customerId });
        if (!contact)
            return std::unexpected(contact.error());
        if (contact->next()) {
            if (phone.isEmpty())
                phone = contact->value(0).toString();
            if (email.isEmpty())
                email = contact->value(1).toString();
        }
    }
    Result<QString> staffEmail = m_store.setting(kStaffEmailSetting);
    if (!staffEmail)
        return std::unexpected(staffEmail.error());
    const bool customerFacing = event == NotificationEvent::OrderReady || event == NotificationEvent::EstimateReady
        || event == NotificationEvent::QuoteSent
        || event == NotificationEvent::WarrantyExpiring || event == NotificationEvent::MaintenanceDue;

    int queued = 0;
    for (NotificationChannel channel : kAllChannels) {
        if (delivery.only && *delivery.only != channel)
            continue;
        Result<std::optional<NotificationTemplate>> tpl = m_store.templateFor(event, channel);
        if (!tpl)
            return std::unexpected(tpl.error());
        if (!*tpl || !(*tpl)->enabled)
            continue;
        if (channel == NotificationChannel::WhatsApp && !customerFacing)
            continue;
        QString recipient;
        if (channel == NotificationChannel::WhatsApp)
            recipient = whatsappNumber(phone);
        else if (channel == NotificationChannel::Email)
            recipient = customerFacing ? email.trimmed() : *staffEmail;
        // A customer who cannot or will not be written to by this channel: logged as skipped with the reason, so
        // the log says why they were not told (staff alerts without a staff address are simply not sent).
        SkipReason skip = SkipReason::None;
        if (channel != NotificationChannel::InApp && customerFacing) {
            const bool accepts = channel == NotificationChannel::WhatsApp ? prefs.whatsapp : prefs.email;
            if (prefs.optedOut)
                skip = SkipReason::OptedOut;
            else if (!accepts)
                skip = SkipReason::ChannelDeclined;
            else if (recipient.isEmpty())
                skip = channel == NotificationChannel::WhatsApp ? SkipReason::NoPhone : SkipReason::NoEmail;
        } else if (channel != NotificationChannel::InApp && recipient.isEmpty()) {
            continue;
        }
        Result<RenderedText> text = renderTemplate(**tpl, values);
        if (!text)
            return std::unexpected(text.error());
        NotificationMessage message;
        message.id = IdGenerator::instance().nextString();
        // A skip is logged once per event, channel and reason; once the customer can be reached the real message
        // has its own key.
        message.idempotencyKey = eventCode(event) + QLatin1Char(':') + eventId + QLatin1Char(':')
            + channelCode(channel) + QLatin1Char(':')
            + (skip == SkipReason::None ? recipient : QStringLiteral("skipped:") + skipReasonCode(skip));
        message.event = event;
        message.channel = channel;
        message.recipient = recipient;
        message.customerId = customer.customerId;
        message.refType = refType;
        message.refId = refId;
        message.subject = text->subject;
        message.body = text->body;
        message.whatsappTemplate = (*tpl)->whatsappTemplate;
        message.params = text->params;
        message.createdAt = nowUtc();
        if (skip != SkipReason::None) {
            message.state = MessageState::Skipped;
            message.skipReason = skip;
        } else if (channel != NotificationChannel::InApp) {
            message.attachmentName = delivery.attachmentName;
            message.attachment = delivery.attachment;
        }
        Result<bool> inserted = m_store.enqueue(message);
        if (!inserted)
            return std::unexpected(inserted.error());
        queued += *inserted && skip == SkipReason::None ? 1 : 0;
    }
    return queued;
}

void NotificationService::onServiceOrder(NotificationEvent kind, const DomainEvent &event)
{
    const QVariantMap &d = event.data;
    const QString folio = d.value(QStringLiteral("folio")).toString();
    const PlaceholderValues values { { QStringLiteral("cliente"), d.value(QStringLiteral("customer_name")).toString() },
        { QStringLiteral("vehiculo"), d.value(QStringLiteral("vehicle")).toString() },
        { QStringLiteral("folio"), folio },
        { QStringLiteral("monto"), money(d.value(QStringLiteral("total_cents")).toLongLong()) },
        { QStringLiteral("enlace"), link(folio) }, { QStringLiteral("sucursal"), branchName() } };
    const Recipient customer { d.value(QStringLiteral("customer_id")).toString(),
        d.value(QStringLiteral("customer_phone")).toString(), {} };
    Result<int> queued = notify(kind, event.id, customer, values, QStringLiteral("service_order"),
        d.value(QStringLiteral("order_id")).toString());
    if (!queued) {
        m_eventFailed = true;
        qCWarning(lcNotifications) << eventCode(kind) << folio << queued.error().logMessage();
    }
}

void NotificationService::onSaleCompleted(const DomainEvent &event)
{
    const QVariantMap &d = event.data;
    const qint64 total = d.value(QStringLiteral("total_cents")).toLongLong();
    Result<QString> setting = m_store.setting(kNewSaleThresholdSetting);
    bool parsed = false;
    const qint64 configured = setting ? setting->toLongLong(&parsed) : 0;
    const qint64 threshold = parsed ? configured : kDefaultNewSaleThresholdCents;
    if (total < threshold)
        return;
    const QString customerId = d.value(QStringLiteral("customer_id")).toString();
    QString customerName;
    if (!customerId.isEmpty()) {
        Result<QVariant> name
            = m_db.scalar(QStringLiteral("SELECT name FROM customers WHERE id = ?"), { customerId });
        if (name && name->isValid())
            customerName = name->toString();
    }
    if (customerName.isEmpty())
        customerName = QCoreApplication::translate("nexus::Notifications", "counter customer");
    const QString folio = d.value(QStringLiteral("folio")).toString();
    const PlaceholderValues values { { QStringLiteral("cliente"), customerName }, { QStringLiteral("folio"), folio },
        { QStringLiteral("monto"), money(total) }, { QStringLiteral("enlace"), link(folio) },
        { QStringLiteral("sucursal"), branchName() } };
    // A staff alert: the customer is named in it, not written to.
    Result<int> queued = notify(NotificationEvent::NewSale, event.id, {}, values, QStringLiteral("sale"),
        d.value(QStringLiteral("sale_id")).toString());
    if (!queued) {
        m_eventFailed = true;
        qCWarning(lcNotifications) << "new_sale" << folio << queued.error().logMessage();
    }
}

void NotificationService::onQuoteApproved(const DomainEvent &event)
{
    const QVariantMap &d = event.data;
    QString customerName = d.value(QStringLiteral("customer_name")).toString();
    if (customerName.isEmpty())
        customerName = QCoreApplication::translate("nexus::Notifications", "counter customer");
    const QString folio = d.value(QStringLiteral("folio")).toString();
    const PlaceholderValues values { { QStringLiteral("cliente"), customerName }, { QStringLiteral("folio"), folio },
        { QStringLiteral("monto"), money(d.value(QStringLiteral("total_cents")).toLongLong()) },
        { QStringLiteral("enlace"), link(folio) }, { QStringLiteral("sucursal"), branchName() } };
    // A staff alert (the quote became a sale): the customer is named in it, not written to.
    Result<int> queued = notify(NotificationEvent::QuoteApproved, event.id, {}, values, QStringLiteral("quote"),
        d.value(QStringLiteral("quote_id")).toString());
    if (!queued) {
        m_eventFailed = true;
        qCWarning(lcNotifications) << "quote_approved" << folio << queued.error().logMessage();
    }
}

void NotificationService::onPurchaseReceived(const DomainEvent &event)
{
    const QVariantMap &d = event.data;
    const QString folio = d.value(QStringLiteral("folio")).toString();
    const PlaceholderValues values { { QStringLiteral("folio"), folio },
        { QStringLiteral("monto"), money(d.value(QStringLiteral("total_cents")).toLongLong()) },
        { QStringLiteral("sucursal"), branchName() } };
    Result<int> queued = notify(NotificationEvent::PoReceived, event.id, {}, values, QStringLiteral("purchase_order"),
        d.value(QStringLiteral("order_id")).toString());
    if (!queued) {
        m_eventFailed = true;
        qCWarning(lcNotifications) << "po_received" << folio << queued.error().logMessage();
    }
}

void NotificationService::onStockChanged(const DomainEvent &event)
{
    const QVariantList changes = event.data.value(QStringLiteral("changes")).toList();
    for (const QVariant &change : changes) {
        const QVariantMap c = change.toMap();
        const qint64 delta = c.value(QStringLiteral("delta")).toLongLong();
        if (delta >= 0)
            continue; // only what goes out can cross a reorder point downwards
        const qint64 partId = c.value(QStringLiteral("part_id")).toLongLong();
        const QString warehouseId = c.value(QStringLiteral("warehouse_id")).toString();
        Result<std::optional<StockAlertLevel>> level = m_store.stockAlertLevel(partId, warehouseId);
        if (!level || !*level)
            continue;
        Result<QVariant> balance = m_db.scalar(
            QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { partId, warehouseId });
        if (!balance)
            continue;
        const qint64 after = balance->toLongLong();
        const qint64 before = after - delta;
        const qint64 point = (*level)->reorderPoint.thousandths();
        NotificationEvent kind;
        if (before > 0 && after <= 0)
            kind = NotificationEvent::ReorderAlert;
        else if (before > point && after <= point)
            kind = NotificationEvent::LowStock;
        else
            continue;
        const QString part = (*level)->sku.isEmpty()
            ? (*level)->description
            : QStringLiteral("%1 (%2)").arg((*level)->description, (*level)->sku);
        const PlaceholderValues values { { QStringLiteral("pieza"), part },
            { QStringLiteral("existencia"), quantityText(after) }, { QStringLiteral("minimo"), quantityText(point) },
            { QStringLiteral("sucursal"), branchName() } };
        Result<int> queued = notify(kind, event.id + QLatin1Char(':') + QString::number(partId) + QLatin1Char(':')
                + warehouseId,
            {}, values, QStringLiteral("part"), QString::number(partId));
        if (!queued) {
            m_eventFailed = true;
            qCWarning(lcNotifications) << eventCode(kind) << partId << queued.error().logMessage();
        }
    }
}

Status NotificationService::saveTemplate(NotificationTemplate tpl, Role role, const QString &userName)
{
    if (Status allowed = checkPermission(role, Permission::ConfigureBranch); !allowed)
        return allowed;
    if (Status ok = checkTemplateText(tpl.event, tpl.subject, QStringLiteral("subject")); !ok)
        return ok;
    if (Status ok = checkTemplateText(tpl.event, tpl.body, QStringLiteral("body")); !ok)
        return ok;
    if (tpl.body.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the text of the message"), {}, QStringLiteral("body"));
    if (tpl.channel == NotificationChannel::Email && tpl.subject.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Write the subject of the e-mail"), {}, QStringLiteral("subject"));
    tpl.updatedBy = userName;
    tpl.updatedAt = nowUtc();
    Transaction transaction(m_db);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status ok = m_store.saveTemplate(tpl); !ok)
        return ok;
    return transaction.commit();
}

Result<RenderedText> NotificationService::preview(const NotificationTemplate &tpl) const
{
    return renderTemplate(tpl, samplePlaceholderValues(tpl.event));
}

Status NotificationService::resend(const QString &messageId)
{
    return m_store.requeue(messageId, nowUtc());
}

Status NotificationService::markRead(const QString &messageId)
{
    return m_store.markRead(messageId, nowUtc());
}

Status NotificationService::markAllRead()
{
    return m_store.markAllRead(nowUtc());
}

} // namespace nexus
