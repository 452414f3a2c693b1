// InvoiceLayout: the fiscal document in Spanish (it is the SAT's document, whatever the UI language), flowed onto as
// many Letter pages as its conceptos need, with the table header repeated and "Página i de n" on every page.
#include "cfdi/invoicelayout.h"

#include "cfdi/amountinwords.h"
#include "cfdi/satcatalogs.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <array>

namespace nexus {

namespace {

constexpr qreal kPoint = InvoicePageFlow::kPoint;
constexpr qreal kGap = InvoicePageFlow::kGap;
constexpr qreal kPad = InvoicePageFlow::kPad;
constexpr qreal kFooterHeight = InvoicePageFlow::kFooterHeight;
constexpr qreal kQrSide = 1.2 * InvoiceLayout::kUnitsPerInch; // 3 cm: above the 2.75 cm the SAT asks for

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

// "601" → "601 - General de Ley Personas Morales"; the bare code when the catalog does not know it.
QString withName(const QString &code, const QString &name)
{
    if (code.isEmpty())
        return QStringLiteral("—");
    return name.isEmpty() ? code : code + QStringLiteral(" - ") + name;
}

QString documentTitle(const StampedCfdi &cfdi)
{
    if (cfdi.type == QLatin1String("E"))
        return QStringLiteral("NOTA DE CRÉDITO");
    if (cfdi.type == QLatin1String("P"))
        return QStringLiteral("RECIBO DE PAGO");
    if (cfdi.type == QLatin1String("T"))
        return QStringLiteral("TRASLADO");
    return QStringLiteral("FACTURA");
}

QString rateText(const StampedTax &tax)
{
    if (tax.factor == QLatin1String("Exento"))
        return QStringLiteral("Exento");
    if (tax.factor == QLatin1String("Tasa")) {
        // 0.160000 → 16 %; the XML's own digits, only the decimal point moved.
        const qsizetype dot = tax.rate.indexOf(u'.');
        QString whole = dot < 0 ? tax.rate : tax.rate.left(dot);
        QString fraction = dot < 0 ? QString() : tax.rate.mid(dot + 1);
        fraction = fraction.leftJustified(2, u'0');
        QString percent = QString::number(whole.toInt() * 100 + fraction.left(2).toInt());
        QString rest = fraction.mid(2);
        while (rest.endsWith(u'0'))
            rest.chop(1);
        if (!rest.isEmpty())
            percent += u'.' + rest;
        return percent + QStringLiteral(" %");
    }
    return QStringLiteral("Cuota ") + tax.rate;
}

QString taxLine(const char *kind, const StampedTax &tax)
{
    QString line = QLatin1String(kind) + u' ' + orDash(sat::impuestoName(tax.tax)) + u' ' + rateText(tax);
    if (!tax.base.isEmpty())
        line += QStringLiteral("  Base ") + groupedAmount(tax.base);
    if (!tax.amount.isEmpty())
        line += QStringLiteral("  Importe ") + groupedAmount(tax.amount);
    return line;
}

constexpr std::array<InvoiceColumn, 7> kColumns { {
    { "Clave SAT", 0.10, Qt::AlignLeft },
    { "Cantidad", 0.08, Qt::AlignRight },
    { "Unidad", 0.10, Qt::AlignLeft },
    { "Descripción", 0.36, Qt::AlignLeft },
    { "Valor unitario", 0.12, Qt::AlignRight },
    { "Descuento", 0.10, Qt::AlignRight },
    { "Importe", 0.14, Qt::AlignRight },
} };

} // namespace

QString groupedAmount(const QString &decimal)
{
    QString text = decimal.trimmed();
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return (negative ? QStringLiteral("-") : QString()) + whole + fraction;
}

void InvoicePageFlow::newPage()
{
    m_pages.emplace_back();
    m_y = InvoiceLayout::kMargin;
}

bool InvoicePageFlow::ensure(qreal height)
{
    if (m_y + height <= kBottom || m_y == InvoiceLayout::kMargin)
        return false;
    newPage();
    return true;
}

// Measured 3 % narrower than drawn: a PDF's glyph advances can differ a little from the screen font's, and a line that
// wraps when measured but not when drawn only leaves space, while the reverse would overlap.
qreal InvoicePageFlow::measure(const QString &text, InvoiceTextStyle style, qreal width, int flags)
{
    const QFontMetricsF metrics(InvoiceLayout::font(style));
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width * 0.97, 1e9), flags, text).height();
}

qreal InvoicePageFlow::put(qreal x, qreal y, qreal width, const QString &text, InvoiceTextStyle style, int flags)
{
    const qreal height = measure(text, style, width, flags);
    page().texts.push_back({ QRectF(x, y, width, height), text, style, flags });
    return height;
}

qreal InvoicePageFlow::pairs(qreal x, qreal y, qreal width, const std::vector<std::pair<QString, QString>> &rows,
    qreal labelShare, int valueFlags)
{
    const qreal labelWidth = width * labelShare;
    qreal used = 0;
    for (const auto &[label, value] : rows) {
        const qreal h1 = put(x, y + used, labelWidth - kPad, label, InvoiceTextStyle::Label);
        const qreal h2 = put(x + labelWidth, y + used, width - labelWidth, value, InvoiceTextStyle::Body, valueFlags);
        used += std::max(h1, h2) + kPoint;
    }
    return used;
}

qreal InvoicePageFlow::band(qreal y, const QString &title)
{
    const qreal height = measure(title, InvoiceTextStyle::Heading, kWidth, 0) + kPad;
    page().boxes.push_back({ QRectF(kLeft, y, kWidth, height), true });
    put(kLeft + kPad, y + kPad / 2, kWidth - 2 * kPad, title, InvoiceTextStyle::Heading);
    return height;
}

qreal InvoicePageFlow::tableHeader(std::span<const InvoiceColumn> columns)
{
    const qreal height = measure(QStringLiteral("X"), InvoiceTextStyle::Heading, kWidth, 0) + kPad;
    page().boxes.push_back({ QRectF(kLeft, m_y, kWidth, height), true });
    qreal x = kLeft;
    for (const InvoiceColumn &column : columns) {
        const qreal width = kWidth * column.share;
        put(x + kPad, m_y + kPad / 2, width - 2 * kPad, QString::fromUtf8(column.title), InvoiceTextStyle::Heading,
            column.align | Qt::AlignTop);
        x += width;
    }
    return height;
}

void InvoicePageFlow::footers(const QString &note)
{
    const int count = int(m_pages.size());
    const qreal y = InvoiceLayout::kPageHeight - InvoiceLayout::kMargin - kFooterHeight + kPad;
    const QFontMetricsF metrics(InvoiceLayout::font(InvoiceTextStyle::Small));
    for (int i = 0; i < count; ++i) {
        InvoicePage &target = m_pages[std::size_t(i)];
        target.boxes.push_back({ QRectF(kLeft, y - kPad, kWidth, 0), false });
        target.texts.push_back({ QRectF(kLeft, y, kWidth * 0.75, metrics.height()), note, InvoiceTextStyle::Small,
            Qt::AlignLeft | Qt::AlignTop });
        target.texts.push_back({ QRectF(kLeft + kWidth * 0.75, y, kWidth * 0.25, metrics.height()),
            QStringLiteral("Página %1 de %2").arg(i + 1).arg(count), InvoiceTextStyle::Small,
            Qt::AlignRight | Qt::AlignTop });
    }
}

// The invoice's blocks, flowed down the pages.
class InvoiceLayoutBuilder final : public InvoicePageFlow
{
public:
    explicit InvoiceLayoutBuilder(InvoiceLayout &layout) : InvoicePageFlow(layout.m_pages) { }

    void build(const StampedCfdi &cfdi, const InvoiceBranding &branding)
    {
        header(cfdi, branding);
        receiver(cfdi);
        related(cfdi);
        concepts(cfdi);
        payments(cfdi);
        totals(cfdi);
        stamp(cfdi);
        footers(QStringLiteral("Este documento es una representación impresa de un CFDI 4.0"));
    }

private:
    void header(const StampedCfdi &cfdi, const InvoiceBranding &branding)
    {
        const qreal leftWidth = kWidth * 0.52;
        qreal left = 0;
        if (!branding.tradeName.isEmpty())
            left += put(kLeft, m_y + left, leftWidth, branding.tradeName, InvoiceTextStyle::Title);
        left += put(kLeft, m_y + left, leftWidth, cfdi.issuer.name,
            branding.tradeName.isEmpty() ? InvoiceTextStyle::Title : InvoiceTextStyle::Strong);
        left += kPoint;
        left += pairs(kLeft, m_y + left, leftWidth,
            { { QStringLiteral("RFC"), cfdi.issuer.rfc },
                { QStringLiteral("Régimen fiscal"),
                    withName(cfdi.issuer.taxSystem, sat::regimenFiscalName(cfdi.issuer.taxSystem)) },
                { QStringLiteral("Lugar de expedición"), QStringLiteral("C.P. ") + cfdi.placeOfIssue } },
            0.34);
        for (const QString &line : branding.lines)
            left += put(kLeft, m_y + left, leftWidth, line, InvoiceTextStyle::Small);

        const qreal boxX = kLeft + kWidth * 0.55;
        const qreal boxWidth = kWidth * 0.45;
        qreal right = kPad;
        right += put(boxX + kPad, m_y + right, boxWidth - 2 * kPad, documentTitle(cfdi), InvoiceTextStyle::Title,
            Qt::AlignRight | Qt::AlignTop);
        // "MTZ-1001"; a PAC that numbers nothing leaves only the series (or a dash).
        const QString folio = cfdi.series.isEmpty() || cfdi.folio.isEmpty() ? orDash(cfdi.series + cfdi.folio)
                                                                            : cfdi.series + u'-' + cfdi.folio;
        // The folio fiscal on a line of its own: 36 characters do not fit beside a label.
        right += put(boxX + kPad, m_y + right, boxWidth - 2 * kPad, QStringLiteral("Folio fiscal (UUID)"),
            InvoiceTextStyle::Label);
        right += put(boxX + kPad, m_y + right, boxWidth - 2 * kPad, cfdi.stamp.uuid, InvoiceTextStyle::Body) + kPoint;
        right += pairs(boxX + kPad, m_y + right, boxWidth - 2 * kPad,
            { { QStringLiteral("Serie y folio"), folio }, { QStringLiteral("Fecha de emisión"), cfdi.date },
                { QStringLiteral("Fecha de certificación"), cfdi.stamp.stampedAt },
                { QStringLiteral("No. de serie del CSD"), cfdi.certificateNumber },
                { QStringLiteral("Tipo de comprobante"), withName(cfdi.type, sat::tipoComprobanteName(cfdi.type)) },
                { QStringLiteral("Exportación"), withName(cfdi.exportCode, sat::exportacionName(cfdi.exportCode)) } },
            0.44);
        right += kPad;
        page().boxes.push_back({ QRectF(boxX, m_y, boxWidth, right), false });
        m_y += std::max(left, right) + 2 * kGap;
    }

    void receiver(const StampedCfdi &cfdi)
    {
        m_y += band(m_y, QStringLiteral("RECEPTOR"));
        m_y += kPad;
        const qreal half = kWidth / 2;
        const qreal a = pairs(kLeft + kPad, m_y, half - 2 * kPad,
            { { QStringLiteral("Nombre"), cfdi.receiver.name }, { QStringLiteral("RFC"), cfdi.receiver.rfc },
                { QStringLiteral("Régimen fiscal"),
                    withName(cfdi.receiver.taxSystem, sat::regimenFiscalName(cfdi.receiver.taxSystem)) } },
            0.30);
        const qreal b = pairs(kLeft + half + kPad, m_y, half - 2 * kPad,
            { { QStringLiteral("Domicilio fiscal"), QStringLiteral("C.P. ") + cfdi.receiver.zip },
                { QStringLiteral("Uso del CFDI"), withName(cfdi.receiver.use, sat::usoCfdiName(cfdi.receiver.use)) } },
            0.30);
        m_y += std::max(a, b) + kGap;
    }

    void related(const StampedCfdi &cfdi)
    {
        std::vector<std::pair<QString, QString>> rows;
        if (!cfdi.globalPeriodicity.isEmpty())
            rows.emplace_back(QStringLiteral("Información global"),
                QStringLiteral("Periodicidad %1, meses %2, año %3")
                    .arg(cfdi.globalPeriodicity, cfdi.globalMonths, cfdi.globalYear));
        for (const RelatedDocuments &group : cfdi.related)
            rows.emplace_back(QStringLiteral("CFDI relacionados"),
                withName(group.relationship, sat::tipoRelacionName(group.relationship)) + QStringLiteral(": ")
                    + group.uuids.join(QStringLiteral(", ")));
        if (rows.empty())
            return;
        m_y += pairs(kLeft + kPad, m_y, kWidth - 2 * kPad, rows, 0.18) + kGap;
    }

    void concepts(const StampedCfdi &cfdi)
    {
        ensure(4 * measure(QStringLiteral("X"), InvoiceTextStyle::Body, kWidth, 0));
        m_y += tableHeader(kColumns);
        for (const StampedConcept &line : cfdi.concepts) {
            QStringList detail;
            if (!line.sku.isEmpty())
                detail.append(QStringLiteral("No. identificación: ") + line.sku);
            detail.append(
                QStringLiteral("Objeto de impuesto: ") + withName(line.taxObject, sat::objetoImpName(line.taxObject)));
            for (const StampedTax &tax : line.transfers)
                detail.append(taxLine("Traslado", tax));
            for (const StampedTax &tax : line.withholdings)
                detail.append(taxLine("Retención", tax));
            const std::array<QString, 7> cells { line.productKey, line.quantity,
                line.unitName.isEmpty() ? line.unitKey : line.unitKey + u' ' + line.unitName, line.description,
                groupedAmount(line.unitValue), line.discount.isEmpty() ? QString() : groupedAmount(line.discount),
                groupedAmount(line.amount) };
            const qreal descriptionWidth = kWidth * kColumns[3].share - 2 * kPad;
            const QString details = detail.join(u'\n');
            qreal height = 0;
            for (std::size_t i = 0; i < cells.size(); ++i)
                height = std::max(height,
                    measure(cells[i], InvoiceTextStyle::Body, kWidth * kColumns[i].share - 2 * kPad, Qt::TextWordWrap));
            const qreal descriptionHeight
                = measure(cells[3], InvoiceTextStyle::Body, descriptionWidth, Qt::TextWordWrap);
            const qreal detailHeight = measure(details, InvoiceTextStyle::Small, descriptionWidth, Qt::TextWordWrap);
            height = std::max(height, descriptionHeight + detailHeight) + 2 * kPad;
            if (ensure(height))
                m_y += tableHeader(kColumns);
            qreal x = kLeft;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const qreal width = kWidth * kColumns[i].share;
                put(x + kPad, m_y + kPad, width - 2 * kPad, cells[i], InvoiceTextStyle::Body,
                    kColumns[i].align | Qt::AlignTop | Qt::TextWordWrap);
                if (i == 3)
                    put(x + kPad, m_y + kPad + descriptionHeight, width - 2 * kPad, details, InvoiceTextStyle::Small);
                x += width;
            }
            m_y += height;
            page().boxes.push_back({ QRectF(kLeft, m_y, kWidth, 0), false }); // the rule under the row
        }
        m_y += kGap;
    }

    // Complemento de Pagos 2.0: each payment and the invoices it pays, with their balances.
    void payments(const StampedCfdi &cfdi)
    {
        for (const StampedPayment &payment : cfdi.payments) {
            std::vector<std::pair<QString, QString>> rows {
                { QStringLiteral("Fecha de pago"), payment.date },
                { QStringLiteral("Forma de pago"),
                    withName(payment.paymentForm, sat::formaPagoName(payment.paymentForm)) },
                { QStringLiteral("Monto"), groupedAmount(payment.amount) + u' ' + payment.currency },
            };
            if (!payment.operationNumber.isEmpty())
                rows.emplace_back(QStringLiteral("Número de operación"), payment.operationNumber);
            for (const StampedPaidDocument &document : payment.documents) {
                const QString folio = document.series.isEmpty() || document.folio.isEmpty()
                    ? QString(document.series + document.folio)
                    : QString(document.series + u'-' + document.folio);
                rows.emplace_back(QStringLiteral("Documento relacionado"),
                    document.uuid + (folio.isEmpty() ? QString() : QStringLiteral("  (") + folio + u')')
                        + QStringLiteral("\nParcialidad %1 · saldo anterior %2 · pagado %3 · saldo insoluto %4")
                              .arg(document.installment, groupedAmount(document.previousBalance),
                                  groupedAmount(document.paid), groupedAmount(document.remaining)));
            }
            qreal height = measure(QStringLiteral("X"), InvoiceTextStyle::Heading, kWidth, 0) + kPad;
            for (const auto &[label, value] : rows)
                height += measure(value, InvoiceTextStyle::Body, kWidth * 0.78, Qt::TextWordWrap) + kPoint;
            ensure(height + kPad);
            m_y += band(m_y, QStringLiteral("COMPLEMENTO DE PAGO"));
            m_y += kPad;
            m_y += pairs(kLeft + kPad, m_y, kWidth - 2 * kPad, rows, 0.20) + kGap;
        }
    }

    void totals(const StampedCfdi &cfdi)
    {
        std::vector<std::pair<QString, QString>> sums;
        sums.emplace_back(QStringLiteral("Subtotal"), groupedAmount(cfdi.subtotal));
        if (!cfdi.discount.isEmpty())
            sums.emplace_back(QStringLiteral("Descuento"), groupedAmount(cfdi.discount));
        for (const StampedTax &tax : cfdi.transferSummary)
            sums.emplace_back(sat::impuestoName(tax.tax) + QStringLiteral(" trasladado ") + rateText(tax),
                groupedAmount(tax.amount.isEmpty() ? QStringLiteral("0.00") : tax.amount));
        for (const StampedTax &tax : cfdi.withholdingSummary)
            sums.emplace_back(sat::impuestoName(tax.tax) + QStringLiteral(" retenido"), groupedAmount(tax.amount));
        const Result<Money> total = cfdi.totalMoney();
        std::vector<std::pair<QString, QString>> payment;
        // A recibo de pago's Total is 0 in "XXX": its amounts are the complement's, in words nowhere.
        if (total && cfdi.currency != QLatin1String("XXX"))
            payment.emplace_back(QStringLiteral("Importe con letra"), amountInWords(*total));
        payment.emplace_back(QStringLiteral("Moneda"),
            cfdi.exchangeRate.isEmpty()
                ? cfdi.currency
                : QString(cfdi.currency + QStringLiteral("  (tipo de cambio ") + cfdi.exchangeRate + u')'));
        if (!cfdi.paymentForm.isEmpty())
            payment.emplace_back(
                QStringLiteral("Forma de pago"), withName(cfdi.paymentForm, sat::formaPagoName(cfdi.paymentForm)));
        if (!cfdi.paymentMethod.isEmpty())
            payment.emplace_back(QStringLiteral("Método de pago"),
                withName(cfdi.paymentMethod, sat::metodoPagoName(cfdi.paymentMethod)));
        if (!cfdi.conditions.isEmpty())
            payment.emplace_back(QStringLiteral("Condiciones de pago"), cfdi.conditions);

        // Measured on a scratch page first, so the whole block moves to the next page when it does not fit.
        const qreal leftWidth = kWidth * 0.58;
        const qreal rightX = kLeft + kWidth * 0.62;
        const qreal rightWidth = kWidth * 0.38;
        const auto place = [&] {
            const qreal a = pairs(kLeft, m_y, leftWidth, payment, 0.28);
            qreal b = pairs(rightX, m_y, rightWidth, sums, 0.62, Qt::AlignRight | Qt::AlignTop);
            const qreal totalHeight = measure(QStringLiteral("Total"), InvoiceTextStyle::Strong, rightWidth, 0);
            put(rightX, m_y + b, rightWidth * 0.62, QStringLiteral("Total"), InvoiceTextStyle::Strong);
            put(rightX + rightWidth * 0.62, m_y + b, rightWidth * 0.38,
                groupedAmount(cfdi.total) + u' ' + cfdi.currency, InvoiceTextStyle::Strong,
                Qt::AlignRight | Qt::AlignTop);
            page().boxes.push_back({ QRectF(rightX, m_y + b - kPoint, rightWidth, 0), false });
            b += totalHeight;
            return std::max(a, b);
        };
        const std::size_t textsBefore = page().texts.size();
        const std::size_t boxesBefore = page().boxes.size();
        const qreal height = place();
        if (m_y + height > kBottom && m_y != InvoiceLayout::kMargin) {
            page().texts.resize(textsBefore);
            page().boxes.resize(boxesBefore);
            newPage();
            m_y += place() + 2 * kGap;
        } else {
            m_y += height + 2 * kGap;
        }
    }

    void stamp(const StampedCfdi &cfdi)
    {
        const qreal textX = kLeft + kQrSide + 3 * kGap;
        const qreal textWidth = kLeft + kWidth - textX;
        const std::array<std::pair<QString, QString>, 3> blocks { {
            { QStringLiteral("Sello digital del CFDI"), cfdi.seal },
            { QStringLiteral("Sello digital del SAT"), cfdi.stamp.satSeal },
            { QStringLiteral("Cadena original del complemento de certificación digital del SAT"),
                tfdCadenaOriginal(cfdi.stamp) },
        } };
        const QString certificate = QStringLiteral("No. de serie del certificado del SAT: ")
            + cfdi.stamp.satCertificateNumber + QStringLiteral("    RFC del proveedor de certificación: ")
            + cfdi.stamp.pacRfc;
        const int sealFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere;
        qreal height = 0;
        for (const auto &[label, value] : blocks)
            height += measure(label, InvoiceTextStyle::Label, textWidth, 0)
                + measure(value, InvoiceTextStyle::Seal, textWidth, sealFlags) + kPad;
        height += measure(certificate, InvoiceTextStyle::Small, textWidth, Qt::TextWordWrap);
        const qreal bandHeight = measure(QStringLiteral("X"), InvoiceTextStyle::Heading, kWidth, 0) + kPad;
        ensure(bandHeight + 2 * kGap + std::max(height, kQrSide));
        m_y += band(m_y, QStringLiteral("TIMBRE FISCAL DIGITAL"));
        m_y += 2 * kGap; // the QR's quiet zone below the grey band
        page().qrRect = QRectF(kLeft, m_y, kQrSide, kQrSide);
        qreal y = m_y;
        for (const auto &[label, value] : blocks) {
            y += put(textX, y, textWidth, label, InvoiceTextStyle::Label);
            y += put(textX, y, textWidth, value, InvoiceTextStyle::Seal, sealFlags) + kPad;
        }
        y += put(textX, y, textWidth, certificate, InvoiceTextStyle::Small);
        m_y = std::max(y, m_y + kQrSide) + kGap;
    }
};

QFont InvoiceLayout::font(InvoiceTextStyle style)
{
    // Pixel sizes in layout units: the same glyph widths whatever device paints them (PDF, image, screen).
    QFont font(style == InvoiceTextStyle::Seal ? QStringLiteral("DejaVu Sans Mono") : QStringLiteral("DejaVu Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    const auto points = [&font](qreal size) { font.setPixelSize(int(size * kPoint)); };
    switch (style) {
    case InvoiceTextStyle::Title:
        points(12);
        font.setBold(true);
        break;
    case InvoiceTextStyle::Heading:
        points(7.5);
        font.setBold(true);
        break;
    case InvoiceTextStyle::Label:
        points(7);
        font.setBold(true);
        break;
    case InvoiceTextStyle::Body:
        points(7.5);
        break;
    case InvoiceTextStyle::Strong:
        points(9);
        font.setBold(true);
        break;
    case InvoiceTextStyle::Small:
        points(6.5);
        break;
    case InvoiceTextStyle::Seal:
        points(5.5);
        break;
    }
    return font;
}

Result<InvoiceLayout> InvoiceLayout::create(const StampedCfdi &cfdi, const InvoiceBranding &branding)
{
    InvoiceLayout layout;
    layout.m_qrText = satVerificationUrl(cfdi);
    Result<BarcodeMatrix> qr = BarcodeMatrix::encode(BarcodeKind::Qr, layout.m_qrText);
    if (!qr)
        return fail(ErrorCode::InvalidInput, NX_ERR("The SAT's verification QR could not be made: %1"),
            { qr.error().message() }, QStringLiteral("qr"));
    layout.m_qr = *qr;
    layout.m_title = documentTitle(cfdi) + u' ' + cfdi.series + cfdi.folio + u' ' + cfdi.stamp.uuid;
    const QString folio = cfdi.series + cfdi.folio;
    layout.m_fileName = (folio.isEmpty() ? QString() : folio + u'_') + cfdi.stamp.uuid + QStringLiteral(".pdf");
    InvoiceLayoutBuilder(layout).build(cfdi, branding);
    return layout;
}

InvoiceLayout InvoiceLayout::fromPages(std::vector<InvoicePage> pages, QString title, QString fileName)
{
    InvoiceLayout layout;
    layout.m_pages = std::move(pages);
    layout.m_title = std::move(title);
    layout.m_fileName = std::move(fileName);
    return layout;
}

QString InvoiceLayout::text(int page) const
{
    QStringList lines;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (page >= 0 && std::size_t(page) != i)
            continue;
        for (const InvoiceText &item : m_pages[i].texts)
            lines.append(item.text);
    }
    return lines.join(u'\n');
}

void InvoiceLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || std::size_t(index) >= m_pages.size())
        return;
    const InvoicePage &page = m_pages[std::size_t(index)];
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const InvoiceBox &box : page.boxes) {
        if (box.filled) {
            painter.fillRect(box.rect, QColor(0xE4, 0xE7, 0xEB));
        } else {
            painter.setPen(QPen(QColor(0x9A, 0xA0, 0xA6), kPoint * 0.5));
            painter.setBrush(Qt::NoBrush);
            if (box.rect.height() == 0)
                painter.drawLine(box.rect.topLeft(), box.rect.topRight());
            else
                painter.drawRect(box.rect);
        }
    }
    painter.setPen(Qt::black);
    for (const InvoiceText &item : page.texts) {
        painter.setFont(font(item.style));
        painter.drawText(item.rect, item.flags, item.text);
    }
    if (!page.qrRect.isEmpty())
        m_qr.paint(painter, page.qrRect);
    if (!page.imageRect.isEmpty() && !page.image.isNull()) {
        const QSizeF fitted = QSizeF(page.image.size()).scaled(page.imageRect.size(), Qt::KeepAspectRatio);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QRectF(page.imageRect.topLeft(), fitted), page.image);
    }
    painter.restore();
}

QImage InvoiceLayout::pageImage(int page, qreal dpi) const
{
    const qreal scale = dpi / kUnitsPerInch;
    QImage image(int(kPageWidth * scale), int(kPageHeight * scale), QImage::Format_RGB32);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, page);
    return image;
}

QByteArray InvoiceLayout::pdf() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::Letter));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kUnitsPerInch);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Nexus POS"));
        QPainter painter(&writer);
        for (std::size_t i = 0; i < m_pages.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(painter, int(i));
        }
    }
    return bytes;
}

Status InvoiceLayout::writePdf(const QString &path) const
{
    const QByteArray bytes = pdf();
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, NX_ERR("The invoice PDF could not be written to %1: %2"),
            { path, file.errorString() }, QStringLiteral("path"));
    return {};
}

} // namespace nexus
