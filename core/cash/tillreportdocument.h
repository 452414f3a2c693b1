// Lays out an X or Z report as a ReceiptDocument, in Spanish (the store's document, whatever the UI language):
// header, sales, the peso drawer, expected (and counted, difference) per tender, the cash count, the movements.
#pragma once

#include "cash/tillreport.h"
#include "printing/receiptdocument.h"

namespace nexus {

[[nodiscard]] ReceiptDocument tillReportDocument(const TillReport &report);
// "Efectivo MXN", "Tarjeta de crédito"…
[[nodiscard]] QString tenderNameEs(const QString &method);

} // namespace nexus
