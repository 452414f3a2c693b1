// A receipt on screen as it prints on 80 mm paper: the ReceiptDocument's 48 columns in a fixed-width font on a white
// "paper" strip, bold where the printer prints bold and double size for large lines (24 columns at twice the size
// fill the same width, as on the printer). The X and Z reports are shown through it.
#pragma once

#include <QTextEdit>

#include "printing/receiptdocument.h"

namespace nexus {

class TillReportView final : public QTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillReportView)

public:
    static constexpr int kColumns = 48; // 80 mm paper

    explicit TillReportView(QWidget *parent = nullptr);

    void setDocument(const ReceiptDocument &document);
    // The plain lines shown (ReceiptDocument::plainLines(kColumns)): what Print sends, for tests and copy.
    [[nodiscard]] const QStringList &lines() const { return m_lines; }

private:
    QStringList m_lines;
};

} // namespace nexus
