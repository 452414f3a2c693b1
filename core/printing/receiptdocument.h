// A printable receipt laid out independently of the device: the sale ticket, its reprint, the X and Z reports and the
// return slip are built as one of these, then rendered to ESC/POS bytes (58 or 80 mm) or to a PDF page.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

#include "printing/monobitmap.h"

namespace nexus {

enum class ReceiptAlign { Left, Center, Right };

struct ReceiptBlock
{
    enum class Kind {
        Text, // one paragraph, wrapped to the paper width
        Columns, // `text` on the left, `right` flush right on the same line (wraps the left part if needed)
        Separator, // a full-width rule
        Barcode, // Code 128 of `data` with its human-readable text
        QrCode, // QR of `data` (a URL or the folio)
        Logo, // `bitmap` (already rastered) or `data` (a PNG the UI rasters); printed centred within the paper
        Feed // `lines` blank lines
    };
    Kind kind = Kind::Text;
    QString text;
    QString right;
    ReceiptAlign align = ReceiptAlign::Left;
    bool bold = false;
    bool large = false; // double height and width (totals, folio)
    QByteArray data;
    int lines = 0;
    MonoBitmap bitmap;
};

class ReceiptDocument final
{
public:
    ReceiptDocument &text(
        const QString &text, ReceiptAlign align = ReceiptAlign::Left, bool bold = false, bool large = false);
    ReceiptDocument &columns(const QString &left, const QString &right, bool bold = false, bool large = false);
    ReceiptDocument &separator();
    ReceiptDocument &barcode(const QByteArray &data);
    ReceiptDocument &qrCode(const QByteArray &data);
    ReceiptDocument &logo(const QByteArray &png);
    ReceiptDocument &logo(const MonoBitmap &bitmap);
    ReceiptDocument &feed(int lines = 1);
    // Open the cash drawer when this receipt prints (cash sales, cash in/out, the close).
    ReceiptDocument &kickDrawer(bool kick = true);

    [[nodiscard]] const std::vector<ReceiptBlock> &blocks() const { return m_blocks; }
    [[nodiscard]] bool kicksDrawer() const { return m_kickDrawer; }
    // The receipt as plain text lines `width` characters wide (32 for 58 mm, 48 for 80 mm): what the printer shows,
    // without codes; tests and the on-screen preview read it.
    [[nodiscard]] QStringList plainLines(int width) const;

    // One block's text lines before alignment, each at most blockColumns() wide (a Columns line is exactly that
    // wide): the ESC/POS and PDF renderers print these and align them themselves, so all agree with plainLines().
    [[nodiscard]] static QStringList blockLines(const ReceiptBlock &block, int width);
    // Characters per line for the block: large text takes two columns per character.
    [[nodiscard]] static int blockColumns(const ReceiptBlock &block, int width)
    {
        return block.large ? width / 2 : width;
    }

private:
    std::vector<ReceiptBlock> m_blocks;
    bool m_kickDrawer = false;
};

} // namespace nexus
