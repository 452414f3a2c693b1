// The printed representation of a stamped CFDI 4.0 on US Letter: laid out once into pages of positioned texts, boxes
// and the SAT's QR (the drawing model tests read), then painted onto a PDF or an image by the same code.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

#include "cfdi/stampedcfdi.h"
#include "common/error.h"
#include "printing/barcodematrix.h"

class QFont;
class QPainter;

namespace nexus {

// What the store adds above the fiscal data: its trade name and address lines (the XML has neither).
struct InvoiceBranding
{
    QString tradeName; // "Refaccionaria Martínez"; empty: only the legal name
    QStringList lines; // address, phone, e-mail
};

enum class InvoiceTextStyle { Title, Heading, Label, Body, Strong, Small, Seal };

struct InvoiceText
{
    QRectF rect; // layout units (1/1200 in), the box the text is drawn into
    QString text;
    InvoiceTextStyle style = InvoiceTextStyle::Body;
    int flags = 0; // Qt::AlignmentFlag | Qt::TextFlag
};

struct InvoiceBox
{
    QRectF rect;
    bool filled = false; // a grey band (section titles, table header); otherwise a hairline frame
};

struct InvoicePage
{
    std::vector<InvoiceText> texts;
    std::vector<InvoiceBox> boxes;
    QRectF qrRect; // empty on pages without the QR
    QRectF imageRect; // a picture (the store's logo) drawn into this box, its aspect kept; empty: none
    QImage image;
};

class InvoiceLayout final
{
public:
    static constexpr int kUnitsPerInch = 1200; // QPdfWriter's default resolution: painter units = layout units
    static constexpr qreal kPageWidth = 8.5 * kUnitsPerInch; // US Letter
    static constexpr qreal kPageHeight = 11 * kUnitsPerInch;
    static constexpr qreal kMargin = 0.45 * kUnitsPerInch;

    // Lays the document out. Errors (field "qr") only when the verification URL cannot be encoded.
    [[nodiscard]] static Result<InvoiceLayout> create(const StampedCfdi &cfdi, const InvoiceBranding &branding = {});
    // Another document laid out on the same Letter pages (a quote): painted, rendered and saved by the same code.
    [[nodiscard]] static InvoiceLayout fromPages(std::vector<InvoicePage> pages, QString title, QString fileName);

    [[nodiscard]] const std::vector<InvoicePage> &pages() const { return m_pages; }
    [[nodiscard]] const QString &qrText() const { return m_qrText; }
    [[nodiscard]] const QString &fileName() const { return m_fileName; } // "MTZ-1001_<UUID>.pdf"
    // Every text of a page (or of all pages when page < 0) in drawing order, one per line: for checks and search.
    [[nodiscard]] QString text(int page = -1) const;

    // Paints one page; the painter's units must be layout units (scale it first for other resolutions).
    void paintPage(QPainter &painter, int page) const;
    // One page on white at dpi dots per inch.
    [[nodiscard]] QImage pageImage(int page, qreal dpi = 100) const;
    // The whole document as PDF (Letter, vector text, the fonts embedded).
    [[nodiscard]] QByteArray pdf() const;
    // Errors (field "path") when the file cannot be written.
    [[nodiscard]] Status writePdf(const QString &path) const;

    [[nodiscard]] static QFont font(InvoiceTextStyle style);

private:
    std::vector<InvoicePage> m_pages;
    QString m_qrText;
    QString m_title;
    QString m_fileName;
    BarcodeMatrix m_qr;

    friend class InvoiceLayoutBuilder;
};

// A column of a document's table: its title, its share of the content width, its alignment.
struct InvoiceColumn
{
    const char *title;
    qreal share;
    int align;
};

// The cursor that flows texts, label/value pairs and grey bands down Letter pages, moving to a new page when a block
// does not fit: the invoice's builder and other documents' (quotes) share it.
class InvoicePageFlow
{
public:
    static constexpr qreal kPoint = InvoiceLayout::kUnitsPerInch / 72.0;
    static constexpr qreal kGap = 4 * kPoint; // between blocks
    static constexpr qreal kPad = 3 * kPoint; // inside boxes
    static constexpr qreal kFooterHeight = 14 * kPoint;
    static constexpr qreal kLeft = InvoiceLayout::kMargin;
    static constexpr qreal kWidth = InvoiceLayout::kPageWidth - 2 * InvoiceLayout::kMargin;
    static constexpr qreal kBottom = InvoiceLayout::kPageHeight - InvoiceLayout::kMargin - kFooterHeight;

    explicit InvoicePageFlow(std::vector<InvoicePage> &pages) : m_pages(pages) { newPage(); }

    InvoicePage &page() { return m_pages.back(); }
    void newPage();
    // Moves to a new page when height does not fit below the cursor; true when it did.
    bool ensure(qreal height);
    [[nodiscard]] static qreal measure(const QString &text, InvoiceTextStyle style, qreal width, int flags);
    // Adds text at (x, y) within width; returns its height.
    qreal put(qreal x, qreal y, qreal width, const QString &text, InvoiceTextStyle style,
        int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    // "Label: value" pairs under each other in a column; returns the height used.
    qreal pairs(qreal x, qreal y, qreal width, const std::vector<std::pair<QString, QString>> &rows, qreal labelShare,
        int valueFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
    // A grey band across the page with a title; returns its height.
    qreal band(qreal y, const QString &title);
    // A table's header (a grey band with the column titles) at the cursor; returns its height.
    qreal tableHeader(std::span<const InvoiceColumn> columns);
    // On every page: a rule, `note` at the left and "Página i de n" at the right.
    void footers(const QString &note);

protected:
    std::vector<InvoicePage> &m_pages;
    qreal m_y = 0;
};

// "1234567.5" → "1,234,567.5": the XML's digits with thousands separators, nothing rounded.
[[nodiscard]] QString groupedAmount(const QString &decimal);

} // namespace nexus
