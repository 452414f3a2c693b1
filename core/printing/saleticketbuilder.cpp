// SaleTicketBuilder: the ticket's layout, in the order a Mexican counter ticket is read.
#include "printing/saleticketbuilder.h"

#include "customers/loyalty.h"
#include "printing/printerconfig.h"
#include "printing/saleticketsource.h"
#include "printing/tickettext.h"

#include <QLocale>

namespace nexus {

namespace {

QString money(Money amount)
{
    static const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    return amount.format(mexico);
}

QString text(QStringView constant)
{
    return constant.toString();
}

// "17.2500": rates are quoted to four decimals at the counter.
QString rate(qint64 ppm)
{
    return QStringLiteral("$%1.%2").arg(ppm / 1'000'000).arg((ppm % 1'000'000) / 100, 4, 10, QLatin1Char('0'));
}

QString paymentLabel(const SaleTicketPayment &payment)
{
    using namespace ticketText;
    if (payment.method == QLatin1String("cash"))
        return text(kCash);
    if (payment.method == QLatin1String("cash_usd"))
        return text(kCashUsd).arg(money(payment.tendered), rate(payment.exchangeRatePpm));
    if (payment.method == QLatin1String("card_credit"))
        return text(kCardCredit);
    if (payment.method == QLatin1String("card_debit"))
        return text(kCardDebit);
    if (payment.method == QLatin1String("transfer"))
        return text(kTransfer);
    if (payment.method == QLatin1String("store_credit"))
        return text(kStoreCredit);
    if (payment.method == QLatin1String("loyalty_points"))
        return text(kLoyaltyPoints).arg(QLocale(QLocale::Spanish, QLocale::Mexico).toString(loyaltyPointsFor(payment.amount)));
    return payment.method;
}

// What the customer handed over in MXN: cash shows the tendered amount (the change is printed below), the rest
// what they paid; dollars are converted exactly as planPayment converted them.
Money paymentShown(const SaleTicketPayment &payment)
{
    if (payment.method == QLatin1String("cash"))
        return Money(payment.tendered.centavos());
    if (payment.method == QLatin1String("cash_usd"))
        return Money(divideRounded(payment.tendered.centavos() * payment.exchangeRatePpm, 1'000'000));
    return payment.amount;
}

QString taxLabel(const SaleTicketData &sale)
{
    QString code;
    for (const SaleTicketLine &line : sale.lines) {
        if (!code.isEmpty() && code != line.taxCode)
            return text(ticketText::kTaxMixed);
        code = line.taxCode;
    }
    if (code == QLatin1String("iva16"))
        return text(ticketText::kTax).arg(16);
    if (code == QLatin1String("iva8"))
        return text(ticketText::kTax).arg(8);
    return text(ticketText::kTaxMixed);
}

} // namespace

SaleTicketOptions SaleTicketOptions::fromConfig(const PrinterConfig &config, bool reprint)
{
    SaleTicketOptions options;
    options.reprint = reprint;
    options.headerLines = config.headerLines;
    if (config.printLogo)
        options.logoPng = config.logoPng;
    options.invoiceUrl = config.effectiveInvoiceUrl();
    return options;
}

Result<ReceiptDocument> SaleTicketBuilder::build(const QString &saleId, const SaleTicketOptions &options) const
{
    Result<SaleTicketData> sale = SaleTicketSource(m_db).load(saleId);
    if (!sale)
        return std::unexpected(sale.error());
    return layout(*sale, options);
}

ReceiptDocument SaleTicketBuilder::layout(const SaleTicketData &sale, const SaleTicketOptions &options)
{
    using namespace ticketText;
    ReceiptDocument doc;
    if (!options.logo.isNull())
        doc.logo(options.logo);
    else if (!options.logoPng.isEmpty())
        doc.logo(options.logoPng);

    const SaleTicketBranch &branch = sale.branch;
    if (!branch.name.isEmpty())
        doc.text(branch.name, ReceiptAlign::Center, true);
    if (!branch.fiscalName.isEmpty() && branch.fiscalName != branch.name)
        doc.text(branch.fiscalName, ReceiptAlign::Center);
    if (!branch.address.isEmpty())
        doc.text(branch.address, ReceiptAlign::Center);
    if (!branch.rfc.isEmpty())
        doc.text(text(kRfc).arg(branch.rfc), ReceiptAlign::Center);
    if (!branch.phone.isEmpty())
        doc.text(text(kPhone).arg(branch.phone), ReceiptAlign::Center);
    for (const QString &line : options.headerLines)
        doc.text(line, ReceiptAlign::Center);
    doc.separator();

    if (options.reprint)
        doc.text(text(kReprint), ReceiptAlign::Center, true, true);
    doc.text(text(kSaleTicket), ReceiptAlign::Center);
    doc.text(sale.folio, ReceiptAlign::Center, true, true);
    if (sale.status == QLatin1String("cancelled"))
        doc.text(text(kCancelled), ReceiptAlign::Center, true);
    doc.columns(text(kDate), sale.soldAtUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    doc.columns(text(kCashier), sale.cashierName);
    if (!sale.vehicle.isEmpty())
        doc.columns(text(kVehicle), sale.vehicle);
    if (!sale.vehiclePlates.isEmpty())
        doc.columns(text(kPlates), sale.vehiclePlates);
    else if (!sale.vehicleVin.isEmpty())
        doc.columns(text(kVin), sale.vehicleVin);
    doc.separator();

    Quantity pieces;
    for (const SaleTicketLine &line : sale.lines) {
        pieces = pieces + line.quantity;
        doc.text(text(kLine).arg(line.quantity.toString(), line.description));
        doc.columns(text(kLineDetail).arg(line.sku, money(line.unitPrice)), money(line.listAmount));
        if (!line.discount.isZero())
            doc.columns(text(kLineDiscount), money(-line.discount));
        if (line.warrantyUntil.isValid())
            doc.text(text(kLineWarranty).arg(line.warrantyUntil.toString(QStringLiteral("dd/MM/yyyy"))));
    }
    doc.separator();

    doc.text(text(kItems).arg(pieces.toString()));
    doc.columns(text(kSubtotal), money(sale.subtotal));
    doc.columns(taxLabel(sale), money(sale.tax));
    doc.columns(text(kTotal), money(sale.total), true, true);
    if (!sale.discount.isZero())
        doc.columns(text(kSaved), money(sale.discount));
    doc.separator();

    for (const SaleTicketPayment &payment : sale.payments) {
        doc.columns(paymentLabel(payment), money(paymentShown(payment)));
        if (!payment.reference.isEmpty())
            doc.text(text(kReference).arg(payment.reference));
    }
    doc.columns(text(kChange), money(sale.change), true);
    doc.separator();

    doc.barcode(sale.folio.toLatin1());
    const QString url = options.invoiceUrl.trimmed().isEmpty() ? QString::fromLatin1(PrinterConfig::kDefaultInvoiceUrl)
                                                               : options.invoiceUrl.trimmed();
    doc.text(text(kInvoiceAt).arg(url, sale.folio), ReceiptAlign::Center);
    doc.text(text(kThanks), ReceiptAlign::Center);
    doc.kickDrawer(sale.paidWithCash() && !options.reprint);
    return doc;
}

} // namespace nexus
