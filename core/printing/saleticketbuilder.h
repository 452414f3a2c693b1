// Lays out a committed sale as a customer ticket (ReceiptDocument): logo, branch data and RFC, folio, date, cashier,
// lines, stored totals, payments and change, a Code 128 of the folio and where to invoice it; "REIMPRESIÓN" on
// reprints; the drawer opens for cash sales, never on a reprint.
#pragma once

#include <QStringList>

#include "common/error.h"
#include "printing/monobitmap.h"
#include "printing/receiptdocument.h"
#include "printing/saleticketdata.h"

namespace nexus {

class Database;
struct PrinterConfig;

struct SaleTicketOptions
{
    bool reprint = false;
    QStringList headerLines;
    QByteArray logoPng; // printed first when set (rastered by the UI for ESC/POS)
    MonoBitmap logo; // or an already rastered logo
    QString invoiceUrl; // empty: PrinterConfig::kDefaultInvoiceUrl

    // Header lines, logo (when the printer prints it) and invoice portal from the device's printer configuration.
    [[nodiscard]] static SaleTicketOptions fromConfig(const PrinterConfig &config, bool reprint = false);
};

class SaleTicketBuilder final
{
public:
    explicit SaleTicketBuilder(Database &db) : m_db(db) { }

    // Loads the sale (NotFound, field "sale", when it does not exist) and lays it out.
    [[nodiscard]] Result<ReceiptDocument> build(const QString &saleId, const SaleTicketOptions &options) const;

    // The layout alone. Every amount comes from the stored columns (never recomputed), in es-MX money format.
    [[nodiscard]] static ReceiptDocument layout(const SaleTicketData &sale, const SaleTicketOptions &options);

private:
    Database &m_db;
};

} // namespace nexus
