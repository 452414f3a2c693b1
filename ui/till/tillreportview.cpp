// TillReportView: each block laid out alone by ReceiptDocument (so the columns match the printer), then shown as
// HTML with its weight and size.
#include "till/tillreportview.h"

#include <QFontDatabase>
#include <QScrollBar>

namespace nexus {

namespace {

// The block as a one-block document, so plainLines() gives exactly its printed lines.
ReceiptDocument single(const ReceiptBlock &block)
{
    ReceiptDocument document;
    switch (block.kind) {
    case ReceiptBlock::Kind::Text:
        document.text(block.text, block.align, block.bold, block.large);
        break;
    case ReceiptBlock::Kind::Columns:
        document.columns(block.text, block.right, block.bold, block.large);
        break;
    case ReceiptBlock::Kind::Separator:
        document.separator();
        break;
    case ReceiptBlock::Kind::Barcode:
        document.barcode(block.data);
        break;
    case ReceiptBlock::Kind::QrCode:
        document.qrCode(block.data);
        break;
    case ReceiptBlock::Kind::Logo:
        break;
    case ReceiptBlock::Kind::Feed:
        document.feed(block.lines);
        break;
    }
    return document;
}

} // namespace

TillReportView::TillReportView(QWidget *parent) : QTextEdit(parent)
{
    setObjectName(QStringLiteral("tillReportView"));
    setReadOnly(true);
    setLineWrapMode(QTextEdit::NoWrap);
    setFocusPolicy(Qt::StrongFocus); // arrows and Page Up/Down scroll a long report without the mouse
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(11);
    setFont(font);
    // Paper look independent of the application style sheet's inputs.
    setStyleSheet(QStringLiteral("QTextEdit#tillReportView { background-color: #ffffff; color: #0f172a; "
                                 "border: 1px solid #cbd5e1; border-radius: 6px; padding: 12px; }"));
    const int width = QFontMetrics(font).horizontalAdvance(QString(kColumns, QLatin1Char('M')));
    setMinimumWidth(width + 2 * 12 + verticalScrollBar()->sizeHint().width() + 16);
}

void TillReportView::setDocument(const ReceiptDocument &document)
{
    m_lines = document.plainLines(kColumns);
    QString html = QStringLiteral("<div style=\"white-space: pre; line-height: 120%;\">");
    for (const ReceiptBlock &block : document.blocks()) {
        const QStringList lines = single(block).plainLines(kColumns);
        for (const QString &line : lines) {
            QString text = line.toHtmlEscaped();
            if (text.isEmpty())
                text = QStringLiteral("&nbsp;");
            if (block.large)
                text = QStringLiteral("<span style=\"font-size: 22pt;\">%1</span>").arg(text);
            if (block.bold)
                text = QStringLiteral("<b>%1</b>").arg(text);
            html += text + QStringLiteral("<br/>");
        }
    }
    html += QStringLiteral("</div>");
    setHtml(html);
    moveCursor(QTextCursor::Start);
}

} // namespace nexus
