// The SQL of service orders in nexus.db: reading an order whole or the board's cards, and writing rows. No rules here
// (ServiceOrderService holds them); every write is called inside the service's transaction.
#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "common/error.h"
#include "workshop/serviceorder.h"

namespace nexus {

class Database;

struct BoardFilter
{
    QString mechanicId; // '' every mechanic
    QDateTime closedSinceUtc; // delivered/cancelled orders updated since then are shown too (invalid: none)
};

class ServiceOrderRepository final
{
public:
    explicit ServiceOrderRepository(Database &db) : m_db(db) { }

    // The order with all its lines, checklist, history and notes; NotFound (field "order") when there is none.
    [[nodiscard]] Result<ServiceOrder> load(const QString &orderId) const;
    // Open orders (and the closed ones the filter asks for), oldest promise first within each state.
    [[nodiscard]] Result<std::vector<ServiceOrderCard>> cards(const BoardFilter &filter) const;

    // "<series>-OS000001" from the device's series; without one, "OS-000001" counted per branch on this device.
    [[nodiscard]] Result<QString> nextFolio(const QString &branchId, const QString &series);
    [[nodiscard]] Status insertOrder(const ServiceOrder &order, const QString &deviceId);
    [[nodiscard]] Status insertChecklist(const QString &orderId, const std::vector<ChecklistItem> &items);
    [[nodiscard]] Status insertHistory(const QString &orderId, const StatusChange &change);
    [[nodiscard]] Status insertNote(const QString &orderId, const ServiceOrderNote &note);
    [[nodiscard]] Status insertPart(const QString &orderId, const ServiceOrderPart &part, const QString &now);
    [[nodiscard]] Status insertLabor(const QString &orderId, const ServiceOrderLabor &labor);

    [[nodiscard]] Status setStatus(const QString &orderId, ServiceOrderStatus status, const QString &now);
    // Header columns the service changes one at a time; `column` is one of the names below, never user text.
    [[nodiscard]] Status setText(
        const QString &orderId, const QString &column, const QString &value, const QString &now);
    [[nodiscard]] Status setMechanic(
        const QString &orderId, const QString &mechanicId, const QString &mechanicName, const QString &now);
    [[nodiscard]] Status setEstimate(const QString &orderId, const EstimateApproval &estimate, const QString &now);
    // Every header column another device may have changed, as the server holds it (the pull; the folio, branch,
    // opening and who recorded the estimate stay as they are here). updated_at becomes the order's.
    [[nodiscard]] Status replaceHeader(const ServiceOrder &order, const QString &chargedAt);
    [[nodiscard]] Status setSale(
        const QString &orderId, const QString &saleId, const QString &saleFolio, const QString &now);
    // Replaces a part line's catalogue data, warehouse and status (a request becoming a reservation).
    [[nodiscard]] Status updatePart(const ServiceOrderPart &part, const QString &now);
    [[nodiscard]] Status setPartStatus(const QString &lineId, PartLineStatus status, const QString &now);
    [[nodiscard]] Status removeLabor(const QString &lineId);
    // The request a waiting line waits for (one per line: a second is refused by the primary key).
    [[nodiscard]] Status insertSource(const QString &orderId, const QString &lineId, PartSourceKind kind,
        const QString &refId, const QString &now);
    [[nodiscard]] Status setChecklistItem(
        const QString &orderId, const ChecklistItem &item, const QString &userName, const QString &now);

    static inline const QString kDiagnosisColumn = QStringLiteral("diagnosis");
    static inline const QString kPromisedColumn = QStringLiteral("promised_at");

private:
    [[nodiscard]] Status run(const QString &sql, const QVariantList &values);

    Database &m_db;
};

} // namespace nexus
