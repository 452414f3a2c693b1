// "Facturar ticket": one customer's tickets (by folio) into one invoice with the customer's uso CFDI and forma de
// pago; the invoice is queued "pendiente de timbrar" (InvoicingService) and this dialog follows it until the PAC
// stamps it ("timbrada"), then writes and opens its printed representation (PDF). F4 fills in the chosen customer's
// tickets not invoiced yet (several in one invoice; the cashier removes any that should not go).
#pragma once

#include <QDialog>
#include <QString>

#include <functional>
#include <optional>

#include "common/error.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace nexus {

class Clock;
class Database;
struct Customer;

class InvoiceTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceTicketDialog)

public:
    // `userId`: who invoices; `folio`: the ticket to start with (e.g. the one just sold); `pdfDir`: where the PDFs
    // are written.
    InvoiceTicketDialog(Database &db, QString userId, QString branchId, const Clock &clock, QString pdfDir,
        const QString &folio = {}, QWidget *parent = nullptr);
    ~InvoiceTicketDialog() override = default;

    // Called right after an invoice is queued, to wake the stamping worker (it also runs on its own schedule).
    void setStampRequest(std::function<void()> request) { m_stampRequest = std::move(request); }
    // Ctrl+K / "Choose customer": the counter's customer picker (it needs the LocalStore and the session).
    void setCustomerChooser(std::function<std::optional<Customer>()> chooser) { m_chooser = std::move(chooser); }
    // Opens a file with the desktop's viewer; tests replace it.
    void setOpener(std::function<bool(const QString &)> opener) { m_opener = std::move(opener); }

    void setCustomer(const QString &id, const QString &name, const QString &rfc, const QString &use);
    // F4: the chosen customer's tickets not invoiced yet (their history), written into the folios to invoice together.
    [[nodiscard]] Status fillCustomerTickets();
    // F12: queues the invoice. Errors (nothing written) are shown with their field's widget focused.
    [[nodiscard]] Status invoice();
    // Re-reads the queued invoice's state (the timer does it every second).
    void refreshState();
    // Writes the stamped invoice's PDF (once) and opens it.
    [[nodiscard]] Status openPdf();
    // Ctrl+E once stamped: the customer's e-mail (editable), queued for the PAC to send.
    [[nodiscard]] Status sendByEmail();
    [[nodiscard]] const QString &invoiceId() const { return m_invoiceId; }
    [[nodiscard]] const QString &pdfPath() const { return m_pdfPath; }

private:
    void chooseCustomer();
    void showStatus(const QString &text, bool error);

    Database &m_db;
    QString m_userId;
    QString m_branchId;
    const Clock &m_clock;
    QString m_pdfDir;
    QString m_customerId;
    QString m_invoiceId;
    QString m_pdfPath;
    std::function<void()> m_stampRequest;
    std::function<std::optional<Customer>()> m_chooser;
    std::function<bool(const QString &)> m_opener;
    QLineEdit *m_folios = nullptr;
    QLabel *m_customer = nullptr;
    QComboBox *m_use = nullptr;
    QComboBox *m_paymentForm = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_invoiceButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_emailButton = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace nexus
