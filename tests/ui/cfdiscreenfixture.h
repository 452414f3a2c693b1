// What the CFDI screens' tests share: where their pictures and PDFs go, the branch they invoice from (its row and
// its fiscal data as the settings screen stores them, from the SAT's test issuer) and the part they sell.
#pragma once

#include "cfdi/fiscalsettings.h"
#include "sales/cart.h"
#include "screenshots.h"
#include "store/database.h"

namespace nexus::test {

// NEXUS_CFDI_SHOTS=DIR keeps the pictures and PDFs somewhere to look at; a temporary folder otherwise.
inline QString cfdiShotsDir()
{
    return shotsDir("NEXUS_CFDI_SHOTS", QDir::temp().filePath(QStringLiteral("nexus-cfdi")));
}

inline Status setUpInvoicingBranch(Database &db, const CfdiIssuer &issuer, const QString &branchId)
{
    Result<QSqlQuery> branch
        = db.exec(QStringLiteral("INSERT INTO branches (id, code, name, address, phone) VALUES (?, ?, ?, ?, ?)"),
            { branchId, QStringLiteral("MTZ"), QStringLiteral("Refaccionaria Martínez Centro"),
                QStringLiteral("Av. Juárez 120, Centro, CDMX"), QStringLiteral("55 1234 5678") });
    if (!branch)
        return std::unexpected(branch.error());
    FiscalConfig fiscal;
    fiscal.rfc = issuer.taxId;
    fiscal.legalName = issuer.legalName;
    fiscal.taxSystem = issuer.taxSystem;
    fiscal.zip = issuer.zip;
    fiscal.series = QStringLiteral("MTZ");
    return FiscalSettings(db, branchId).save(fiscal);
}

// A brake pad at $1,160.00 with IVA 16 %.
inline CartItem brakePad()
{
    CartItem item;
    item.partId = 1;
    item.sku = QStringLiteral("BAL-1001");
    item.description = QStringLiteral("Balata delantera cerámica");
    item.warehouseId = QStringLiteral("wh-mostrador");
    item.unitPrice = Money(116000);
    item.retailPrice = Money(116000);
    item.cost = Money(50000);
    item.tax = TaxRate::iva16();
    item.satProductKey = QStringLiteral("25174800");
    item.satUnitKey = QStringLiteral("H87");
    return item;
}

} // namespace nexus::test
