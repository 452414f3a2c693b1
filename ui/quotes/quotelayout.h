// The quote the customer takes away or receives by WhatsApp/e-mail: a Letter PDF in Spanish with the store's logo or
// name, folio (and the service order it prices), dates, customer and vehicle, the lines as quoted, totals with IVA and
// how long the prices hold. Laid out with the invoice's page flow and painted by InvoiceLayout
// (ui/cfdi/invoicelayout.h).
#pragma once

#include <QImage>
#include <QStringList>

#include "cfdi/invoicelayout.h"
#include "quotes/quote.h"

namespace nexus {

class Database;

struct QuoteBranding
{
    QString storeName; // the branch's trade name, else the legal name
    QStringList lines; // address, phone
    QImage logo; // null: the name alone
};

// The store's name, address and logo as this counter knows them: the branch's fiscal data (FiscalSettings) and the
// picture named by the setting kQuoteLogoSetting (a PNG/JPEG path), when it loads.
inline const QString kQuoteLogoSetting = QStringLiteral("quote_logo_path");
[[nodiscard]] QuoteBranding loadQuoteBranding(Database &db, const QString &branchId);

[[nodiscard]] InvoiceLayout quoteLayout(const Quote &quote, const QuoteBranding &branding);

} // namespace nexus
