// ReceiptDocument: the builder and the plain-text layout every renderer agrees with.
#include "printing/receiptdocument.h"

#include <QStringList>

namespace nexus {

namespace {

// Splits `text` into lines of at most `width` characters, breaking at spaces where possible.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString rest = text.simplified();
    while (rest.size() > width) {
        qsizetype cut = rest.lastIndexOf(QLatin1Char(' '), width);
        if (cut <= 0)
            cut = width;
        lines << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    lines << rest;
    return lines;
}

QString aligned(const QString &line, ReceiptAlign align, int width)
{
    const qsizetype pad = width - line.size();
    if (pad <= 0 || align == ReceiptAlign::Left)
        return line;
    if (align == ReceiptAlign::Right)
        return QString(pad, QLatin1Char(' ')) + line;
    return QString(pad / 2, QLatin1Char(' ')) + line;
}

ReceiptBlock centredBlock(ReceiptBlock::Kind kind, const QByteArray &data)
{
    ReceiptBlock block;
    block.kind = kind;
    block.align = ReceiptAlign::Center;
    block.data = data;
    return block;
}

} // namespace

ReceiptDocument &ReceiptDocument::text(const QString &text, ReceiptAlign align, bool bold, bool large)
{
    ReceiptBlock block;
    block.kind = ReceiptBlock::Kind::Text;
    block.text = text;
    block.align = align;
    block.bold = bold;
    block.large = large;
    m_blocks.push_back(std::move(block));
    return *this;
}

ReceiptDocument &ReceiptDocument::columns(const QString &left, const QString &right, bool bold, bool large)
{
    ReceiptBlock block;
    block.kind = ReceiptBlock::Kind::Columns;
    block.text = left;
    block.right = right;
    block.bold = bold;
    block.large = large;
    m_blocks.push_back(std::move(block));
    return *this;
}

ReceiptDocument &ReceiptDocument::separator()
{
    m_blocks.push_back(centredBlock(ReceiptBlock::Kind::Separator, {}));
    return *this;
}

ReceiptDocument &ReceiptDocument::barcode(const QByteArray &data)
{
    m_blocks.push_back(centredBlock(ReceiptBlock::Kind::Barcode, data));
    return *this;
}

ReceiptDocument &ReceiptDocument::qrCode(const QByteArray &data)
{
    m_blocks.push_back(centredBlock(ReceiptBlock::Kind::QrCode, data));
    return *this;
}

ReceiptDocument &ReceiptDocument::logo(const QByteArray &png)
{
    m_blocks.push_back(centredBlock(ReceiptBlock::Kind::Logo, png));
    return *this;
}

ReceiptDocument &ReceiptDocument::logo(const MonoBitmap &bitmap)
{
    ReceiptBlock block = centredBlock(ReceiptBlock::Kind::Logo, {});
    block.bitmap = bitmap;
    m_blocks.push_back(std::move(block));
    return *this;
}

ReceiptDocument &ReceiptDocument::feed(int lines)
{
    ReceiptBlock block = centredBlock(ReceiptBlock::Kind::Feed, {});
    block.lines = lines;
    m_blocks.push_back(std::move(block));
    return *this;
}

ReceiptDocument &ReceiptDocument::kickDrawer(bool kick)
{
    m_kickDrawer = kick;
    return *this;
}

QStringList ReceiptDocument::plainLines(int width) const
{
    QStringList out;
    for (const ReceiptBlock &block : m_blocks) {
        const int columns = blockColumns(block, width);
        for (const QString &line : blockLines(block, width))
            out << (block.kind == ReceiptBlock::Kind::Feed ? line : aligned(line, block.align, columns));
    }
    return out;
}

QStringList ReceiptDocument::blockLines(const ReceiptBlock &block, int width)
{
    QStringList out;
    const int columns = blockColumns(block, width);
    switch (block.kind) {
    case ReceiptBlock::Kind::Text:
        out << wrap(block.text, columns);
        break;
    case ReceiptBlock::Kind::Columns: {
        const qsizetype room = columns - block.right.size() - 1;
        QStringList left = wrap(block.text, int(qMax<qsizetype>(room, 1)));
        const QString last = left.takeLast();
        out << left;
        out << last + QString(qMax<qsizetype>(columns - last.size() - block.right.size(), 1), QLatin1Char(' '))
                + block.right;
        break;
    }
    case ReceiptBlock::Kind::Separator:
        out << QString(width, QLatin1Char('-'));
        break;
    case ReceiptBlock::Kind::Barcode:
    case ReceiptBlock::Kind::QrCode:
        // A long URL under a QR wraps on paper like any text.
        out << wrap(QString::fromUtf8(block.data), width);
        break;
    case ReceiptBlock::Kind::Logo:
        break;
    case ReceiptBlock::Kind::Feed:
        for (int i = 0; i < block.lines; ++i)
            out << QString();
        break;
    }
    return out;
}

} // namespace nexus
