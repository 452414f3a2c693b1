// The printed representation of a stamped CFDI of this counter (factura, nota de crédito, recibo de pago) written to
// a PDF with the branch's header, and its path recorded on the invoice: what "Abrir PDF" opens.
#pragma once

#include <QString>

#include "common/error.h"

namespace nexus {

class Clock;
class Database;

// Errors: the invoice unknown or not stamped (field "state"), its XML unreadable, the file not written.
[[nodiscard]] Result<QString> writeInvoicePdf(
    Database &db, const Clock &clock, const QString &branchId, const QString &invoiceId, const QString &pdfDir);

} // namespace nexus
