// "Reprint ticket": the cashier types or scans a folio, sees the ticket as it will print (marked REIMPRESIÓN), then
// prints it on the configured printer or saves it as a PDF.
#pragma once

#include <QDialog>

#include <optional>

#include "common/error.h"
#include "printing/receiptdocument.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace nexus {

class LocalStore;
class TicketPrinter;

class ReprintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReprintDialog)

public:
    // `store` is the UI thread's nexus.db; `printer` sends (and must outlive the dialog).
    ReprintDialog(LocalStore &store, TicketPrinter &printer, QWidget *parent = nullptr);
    ~ReprintDialog() override = default;

    // Finds the folio and shows its preview; false (with the reason under the field) when it cannot.
    bool find(const QString &folio);
    // Sends the shown ticket to the printer (the result appears in the dialog).
    void print();
    // Writes the shown ticket as a PDF; the Save button asks for the path and calls this.
    [[nodiscard]] Status savePdf(const QString &path);

    [[nodiscard]] QString saleId() const { return m_saleId; }
    [[nodiscard]] const std::optional<ReceiptDocument> &ticket() const { return m_ticket; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStatus(const QString &text, bool error);
    void chooseAndSavePdf();
    [[nodiscard]] int paperMm() const;

    LocalStore &m_store;
    TicketPrinter &m_printer;
    QString m_saleId;
    QString m_folio;
    std::optional<ReceiptDocument> m_ticket;

    QLineEdit *m_folioEdit = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
};

} // namespace nexus
