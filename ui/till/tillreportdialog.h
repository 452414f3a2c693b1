// Shows an X or Z report on screen with a Print button; printing is whatever the caller connects (the counter's
// ticket printer), so this dialog never knows about devices.
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"
#include "printing/receiptdocument.h"

class QLabel;
class QPushButton;

namespace nexus {

class TillReportView;

class TillReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TillReportDialog)

public:
    // Sends the report to the printer; an error is shown under the report.
    using PrintHandler = std::function<Status(const ReceiptDocument &)>;

    TillReportDialog(ReceiptDocument document, const QString &title, QWidget *parent = nullptr);

    // Without a handler the Print button is disabled.
    void setPrintHandler(PrintHandler handler);
    [[nodiscard]] const ReceiptDocument &document() const { return m_document; }
    [[nodiscard]] TillReportView *view() const { return m_view; }

private:
    void print();

    ReceiptDocument m_document;
    PrintHandler m_print;
    TillReportView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_printButton = nullptr;
};

} // namespace nexus
