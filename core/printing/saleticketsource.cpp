// SaleTicketSource: three indexed reads (header with branch and cashier, lines, payments).
#include "printing/saleticketsource.h"

#include "common/clock.h"
#include "common/logging.h"
#include "customers/customercrm.h"
#include "store/database.h"
#include "vehicles/plate.h"
#include "warranty/warrantylookup.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace nexus {

Result<QString> SaleTicketSource::findByFolio(const QString &folio) const
{
    const QString wanted = folio.trimmed().toUpper();
    if (wanted.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Type or scan the ticket's folio."), {}, QStringLiteral("folio"));
    Result<QVariant> id = m_db.scalar(QStringLiteral("SELECT id FROM sales WHERE folio = ?"), { wanted });
    if (!id)
        return std::unexpected(id.error());
    if (!id->isValid())
        return fail(ErrorCode::NotFound, NX_ERR("No sale on this device has the folio %1."), { wanted },
            QStringLiteral("folio"));
    return id->toString();
}

Result<SaleTicketData> SaleTicketSource::load(const QString &saleId) const
{
    Result<QSqlQuery> header
        = m_db.exec(QStringLiteral("SELECT s.folio, s.status, s.sold_at, s.subtotal_cents, s.tax_cents, s.total_cents, "
                                   "s.discount_cents, s.change_cents, coalesce(u.display_name, s.cashier_id), "
                                   "coalesce(b.name, ''), coalesce(b.fiscal_name, ''), coalesce(b.rfc, ''), "
                                   "coalesce(b.address, ''), coalesce(b.phone, ''), v.id, coalesce(v.make, ''), "
                                   "coalesce(v.model, ''), coalesce(v.year, 0), coalesce(v.plates, ''), "
                                   "coalesce(v.vin, '') "
                                   "FROM sales s LEFT JOIN users u ON u.id = s.cashier_id "
                                   "LEFT JOIN branches b ON b.id = s.branch_id "
                                   "LEFT JOIN customer_vehicles v ON v.id = s.vehicle_id WHERE s.id = ?"),
            { saleId });
    if (!header)
        return std::unexpected(header.error());
    if (!header->next())
        return fail(
            ErrorCode::NotFound, NX_ERR("Sale %1 does not exist on this device."), { saleId }, QStringLiteral("sale"));
    SaleTicketData data;
    data.saleId = saleId;
    data.folio = header->value(0).toString();
    data.status = header->value(1).toString();
    data.soldAtUtc = QDateTime::fromString(header->value(2).toString(), Qt::ISODateWithMs);
    data.soldAtUtc.setTimeSpec(Qt::UTC);
    data.subtotal = Money(header->value(3).toLongLong());
    data.tax = Money(header->value(4).toLongLong());
    data.total = Money(header->value(5).toLongLong());
    data.discount = Money(header->value(6).toLongLong());
    data.change = Money(header->value(7).toLongLong());
    data.cashierName = header->value(8).toString();
    data.branch = SaleTicketBranch { header->value(9).toString(), header->value(10).toString(),
        header->value(11).toString(), header->value(12).toString(), header->value(13).toString() };
    if (!header->value(14).isNull()) {
        CustomerVehicle vehicle;
        vehicle.fields.make = header->value(15).toString();
        vehicle.fields.model = header->value(16).toString();
        vehicle.fields.year = header->value(17).toInt();
        data.vehicle = vehicle.describe(); // without plates: they get their own line
        const PlateCheck plates = checkPlate(header->value(18).toString());
        data.vehiclePlates = plates.valid ? plates.formatted : header->value(18).toString();
        data.vehicleVin = header->value(19).toString();
    }

    Result<QSqlQuery> lines = m_db.exec(
        QStringLiteral("SELECT sku, description, quantity, unit_price_cents, base_cents + tax_cents + discount_cents, "
                       "discount_cents, tax_code, line_no FROM sale_lines WHERE sale_id = ? ORDER BY line_no"),
        { saleId });
    if (!lines)
        return std::unexpected(lines.error());
    while (lines->next()) {
        data.lines.push_back(SaleTicketLine { lines->value(0).toString(), lines->value(1).toString(),
            Quantity(lines->value(2).toLongLong()), Money(lines->value(3).toLongLong()),
            Money(lines->value(4).toLongLong()), Money(lines->value(5).toLongLong()), lines->value(6).toString(),
            lines->value(7).toInt(), QDate() });
    }
    addWarranties(data);

    Result<QSqlQuery> payments = m_db.exec(
        QStringLiteral("SELECT method, amount_cents, tendered_cents, coalesce(exchange_rate_ppm, 0), reference "
                       "FROM sale_payments WHERE sale_id = ? ORDER BY line_no"),
        { saleId });
    if (!payments)
        return std::unexpected(payments.error());
    while (payments->next()) {
        const QString method = payments->value(0).toString();
        const Currency currency = method == QLatin1String("cash_usd") ? Currency::USD : Currency::MXN;
        data.payments.push_back(SaleTicketPayment { method, Money(payments->value(1).toLongLong()),
            Money(payments->value(2).toLongLong(), currency), payments->value(3).toLongLong(),
            payments->value(4).toString() });
    }
    return data;
}

void SaleTicketSource::addWarranties(SaleTicketData &data) const
{
    if (data.status != QLatin1String("completed"))
        return;
    // catalog.db lives next to nexus.db (its categories and brands give most parts their period).
    const QString catalog = QFileInfo(m_db.path()).absoluteDir().filePath(QStringLiteral("catalog.db"));
    WarrantyLookup lookup(m_db, Clock::system(), catalog);
    Result<QList<Warranty>> warranties = lookup.byFolio(data.folio);
    if (!warranties) {
        // The ticket still prints: the warranties stay visible in Garantías (Ctrl+G).
        qCWarning(lcStore) << "ticket" << data.folio << "without warranties:" << warranties.error().logMessage();
        return;
    }
    QHash<int, QDate> until;
    for (const Warranty &w : *warranties)
        until.insert(w.lineNo, w.expiresOn);
    for (SaleTicketLine &line : data.lines)
        line.warrantyUntil = until.value(line.lineNo);
}

} // namespace nexus
