// A purchase order as the PDF the supplier receives: the report layout (ui/reports/reportpdf) with the order's
// header — store, supplier and RFC, contact, date, currency, terms — its lines and total, in Spanish.
#pragma once

#include <QString>

#include "common/error.h"
#include "purchasing/purchaseorder.h"
#include "purchasing/supplier.h"

namespace nexus {

struct PurchaseOrderPdfHeader
{
    QString storeName;
    QString warehouseName;
    QString createdBy; // display name
};

// Writes the order at `path`; the number of pages.
[[nodiscard]] Result<int> writePurchaseOrderPdf(
    const PurchaseOrder &order, const Supplier &supplier, const PurchaseOrderPdfHeader &header, const QString &path);

} // namespace nexus
