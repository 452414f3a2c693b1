// The quote's pages: header with logo and folio box, customer band, the lines table (header repeated on new pages),
// totals and the validity note.
#include "quotes/quotelayout.h"

#include "cfdi/fiscalsettings.h"
#include "store/database.h"

#include <QDateTime>
#include <QLocale>

#include <array>

namespace nexus {

namespace {

const QLocale kMexico(QLocale::Spanish, QLocale::Mexico);

QString money(Money amount)
{
    return amount.format(kMexico);
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

constexpr std::array<InvoiceColumn, 6> kColumns { {
    { "Clave", 0.14, Qt::AlignLeft },
    { "Descripción", 0.40, Qt::AlignLeft },
    { "Cantidad", 0.09, Qt::AlignRight },
    { "Precio unitario", 0.13, Qt::AlignRight },
    { "Descuento", 0.11, Qt::AlignRight },
    { "Importe", 0.13, Qt::AlignRight },
} };

class QuoteLayoutBuilder final : public InvoicePageFlow
{
public:
    explicit QuoteLayoutBuilder(std::vector<InvoicePage> &pages) : InvoicePageFlow(pages) { }

    void build(const Quote &quote, const QuoteBranding &branding)
    {
        header(quote, branding);
        customer(quote);
        lines(quote);
        totals(quote);
        footers(QStringLiteral("Cotización %1 · no es un comprobante fiscal").arg(quote.folio));
    }

private:
    void header(const Quote &quote, const QuoteBranding &branding)
    {
        const qreal leftWidth = kWidth * 0.52;
        qreal left = 0;
        if (!branding.logo.isNull()) {
            const qreal logoHeight = 0.8 * InvoiceLayout::kUnitsPerInch;
            page().imageRect = QRectF(kLeft, m_y, leftWidth * 0.6, logoHeight);
            page().image = branding.logo;
            left += logoHeight + kGap;
        }
        left += put(kLeft, m_y + left, leftWidth,
            branding.storeName.isEmpty() ? QStringLiteral("Refaccionaria") : branding.storeName,
            InvoiceTextStyle::Title);
        for (const QString &line : branding.lines)
            left += put(kLeft, m_y + left, leftWidth, line, InvoiceTextStyle::Small);

        const qreal boxX = kLeft + kWidth * 0.55;
        const qreal boxWidth = kWidth * 0.45;
        qreal right = kPad;
        right += put(boxX + kPad, m_y + right, boxWidth - 2 * kPad, QStringLiteral("COTIZACIÓN"),
            InvoiceTextStyle::Title, Qt::AlignRight | Qt::AlignTop);
        const QDateTime created = QDateTime::fromString(quote.createdAt, Qt::ISODateWithMs).toLocalTime();
        std::vector<std::pair<QString, QString>> rows { { QStringLiteral("Folio"), quote.folio },
            { QStringLiteral("Fecha"), created.toString(QStringLiteral("dd/MM/yyyy HH:mm")) },
            { QStringLiteral("Válida hasta"), day(quote.validUntil) } };
        if (!quote.serviceOrderFolio.isEmpty()) // the workshop's order it prices: the customer names it to pay
            rows.insert(rows.begin() + 1, { QStringLiteral("Orden de servicio"), quote.serviceOrderFolio });
        if (!quote.createdByName.isEmpty())
            rows.emplace_back(QStringLiteral("Atendió"), quote.createdByName);
        right += pairs(boxX + kPad, m_y + right, boxWidth - 2 * kPad, rows, 0.40) + kPad;
        page().boxes.push_back({ QRectF(boxX, m_y, boxWidth, right), false });
        m_y += std::max(left, right) + 2 * kGap;
    }

    void customer(const Quote &quote)
    {
        m_y += band(m_y, QStringLiteral("CLIENTE"));
        m_y += kPad;
        const qreal half = kWidth / 2;
        std::vector<std::pair<QString, QString>> who { { QStringLiteral("Nombre"), quote.customer.name } };
        if (!quote.customer.phone.isEmpty())
            who.emplace_back(QStringLiteral("Teléfono"), quote.customer.phone);
        if (!quote.customer.email.isEmpty())
            who.emplace_back(QStringLiteral("Correo"), quote.customer.email);
        const qreal a = pairs(kLeft + kPad, m_y, half - 2 * kPad, who, 0.26);
        const qreal b = quote.vehicle.isEmpty()
            ? 0
            : pairs(kLeft + half + kPad, m_y, half - 2 * kPad, { { QStringLiteral("Vehículo"), quote.vehicle } }, 0.26);
        m_y += std::max(a, b) + kGap;
    }

    void lines(const Quote &quote)
    {
        ensure(4 * measure(QStringLiteral("X"), InvoiceTextStyle::Body, kWidth, 0));
        m_y += tableHeader(kColumns);
        for (const QuoteLine &line : quote.lines) {
            const std::array<QString, 6> cells { line.sku, line.description, line.quantity.toString(),
                money(line.unitPrice), line.discount.isZero() ? QString() : money(line.discount),
                money(line.amounts.gross) };
            qreal height = 0;
            for (std::size_t i = 0; i < cells.size(); ++i)
                height = std::max(height,
                    measure(cells[i], InvoiceTextStyle::Body, kWidth * kColumns[i].share - 2 * kPad, Qt::TextWordWrap));
            height += 2 * kPad;
            if (ensure(height))
                m_y += tableHeader(kColumns);
            qreal x = kLeft;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const qreal width = kWidth * kColumns[i].share;
                put(x + kPad, m_y + kPad, width - 2 * kPad, cells[i], InvoiceTextStyle::Body,
                    kColumns[i].align | Qt::AlignTop | Qt::TextWordWrap);
                x += width;
            }
            m_y += height;
            page().boxes.push_back({ QRectF(kLeft, m_y, kWidth, 0), false });
        }
        m_y += kGap;
    }

    void totals(const Quote &quote)
    {
        std::vector<std::pair<QString, QString>> sums { { QStringLiteral("Subtotal"), money(quote.totals.base) } };
        if (!quote.discount.isZero())
            sums.emplace_back(QStringLiteral("Descuento incluido"), money(quote.discount));
        sums.emplace_back(QStringLiteral("IVA"), money(quote.totals.tax));
        const QString note = QStringLiteral("Precios en pesos mexicanos (MXN), IVA incluido. Esta cotización es válida "
                                            "hasta el %1; después de esa fecha se cobran los precios vigentes y la "
                                            "existencia de las piezas puede cambiar.")
                                 .arg(day(quote.validUntil));
        const qreal leftWidth = kWidth * 0.56;
        const qreal rightX = kLeft + kWidth * 0.62;
        const qreal rightWidth = kWidth * 0.38;
        const qreal noteHeight = measure(note, InvoiceTextStyle::Body, leftWidth, Qt::TextWordWrap);
        const qreal sumsHeight = (measure(QStringLiteral("X"), InvoiceTextStyle::Body, rightWidth, 0) + kPoint)
                * qreal(sums.size())
            + measure(QStringLiteral("Total"), InvoiceTextStyle::Strong, rightWidth, 0);
        ensure(std::max(noteHeight, sumsHeight) + kGap);
        put(kLeft, m_y, leftWidth, note, InvoiceTextStyle::Body);
        qreal b = pairs(rightX, m_y, rightWidth, sums, 0.55, Qt::AlignRight | Qt::AlignTop);
        page().boxes.push_back({ QRectF(rightX, m_y + b - kPoint, rightWidth, 0), false });
        b += put(rightX, m_y + b, rightWidth * 0.55, QStringLiteral("Total"), InvoiceTextStyle::Strong);
        put(rightX + rightWidth * 0.55, m_y + b - measure(QStringLiteral("X"), InvoiceTextStyle::Strong, rightWidth, 0),
            rightWidth * 0.45, money(quote.totals.gross), InvoiceTextStyle::Strong, Qt::AlignRight | Qt::AlignTop);
        m_y += std::max(noteHeight, b) + 2 * kGap;
    }
};

} // namespace

QuoteBranding loadQuoteBranding(Database &db, const QString &branchId)
{
    QuoteBranding branding;
    if (Result<FiscalConfig> fiscal = FiscalSettings(db, branchId).load(); fiscal) {
        branding.storeName = fiscal->branchName.isEmpty() ? fiscal->legalName : fiscal->branchName;
        for (const QString &line : { fiscal->branchAddress, fiscal->branchPhone })
            if (!line.isEmpty())
                branding.lines.append(line);
    }
    Result<QVariant> logo = db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { kQuoteLogoSetting });
    if (logo && !logo->toString().isEmpty())
        branding.logo = QImage(logo->toString());
    return branding;
}

InvoiceLayout quoteLayout(const Quote &quote, const QuoteBranding &branding)
{
    std::vector<InvoicePage> pages;
    QuoteLayoutBuilder(pages).build(quote, branding);
    return InvoiceLayout::fromPages(std::move(pages), QStringLiteral("Cotización ") + quote.folio,
        QStringLiteral("Cotizacion_%1.pdf").arg(quote.folio));
}

} // namespace nexus
