// The sale screen's "Till" menu (F10) and what hangs from it: cash in and out, the X report, closing the till (Z),
// returns (F11) and ticket reprints; it owns the ticket printer, so the sale's ticket prints through it too.
#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QMenu;
class QPushButton;
class QWidget;

namespace nexus {

class AuthService;
class InvoiceStamperRunner;
class LocalStore;
class TicketPrinter;
class TillActions;

class CounterMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterMenu)

public:
    // `store` is the screen's nexus.db (UI thread); dialogs open over `screen`.
    CounterMenu(LocalStore &store, AuthService &auth, QWidget *screen);
    ~CounterMenu() override;

    // The button for the screen's top row; its menu lists every action with its key.
    [[nodiscard]] QPushButton *button() const { return m_button; }
    // The till actions need this counter's device and branch, known once the counter profile is loaded.
    void setCounter(const QString &deviceId, const QString &branchId);

    // Prints the sale's ticket on the configured printer without waiting; an error is reported through message().
    void printSale(const QString &saleId);

    void openMenu();
    bool cashIn();
    bool cashOut();
    bool showXReport();
    bool closeTill();
    bool returnTicket(const QString &folio = {});
    bool reprintTicket();
    // "Facturar ticket": one customer's tickets into a CFDI, followed until stamped, its PDF opened.
    bool invoiceTicket(const QString &folio = {});
    // "Facturas (CFDI)": this counter's CFDIs (I, E, P); open the PDF, send by e-mail, cancel.
    bool showInvoices();
    // The branch's fiscal data, CSD and PAC key; needs ConfigureBranch (a manager's PIN otherwise).
    bool setUpInvoicing();
    // The ticket printer's setup; needs ConfigureBranch (a manager's PIN otherwise).
    bool setUpPrinter();
    [[nodiscard]] TicketPrinter &printer() const { return *m_printer; }
    // Texts in the current language (the sale screen calls it on a language change).
    void retranslate();
    // Asked each time the menu opens: without a camera its entry is disabled and says so.
    void setCameraCheck(std::function<bool()> check) { m_cameraCheck = std::move(check); }

Q_SIGNALS:
    void message(const QString &text, bool error);
    void tillChanged();
    void stockChanged(); // a return put pieces back
    // Menu entries the sale screen carries out itself (they need the cart or the catalogue).
    void pictureRequested();
    void cameraRequested(); // Ctrl+Shift+B: read a barcode with the camera
    void labelsRequested();
    void customerRequested(); // Ctrl+K: attach, change or take off the sale's customer
    void customerPaymentRequested(); // an abono to the customer's credit account
    void warrantiesRequested(); // Garantías (the main window opens it, Ctrl+G)
    void saveQuoteRequested(); // Ctrl+Q: the ticket becomes a quote
    void quotesRequested(); // Ctrl+Shift+Q: the quotes list

private:
    [[nodiscard]] bool ready();
    // The stamping worker of this counter's invoices, started once the branch's fiscal data is set.
    InvoiceStamperRunner *startStamper();

    LocalStore &m_store;
    AuthService &m_auth;
    QWidget *m_screen;
    std::unique_ptr<TicketPrinter> m_printer;
    std::function<bool()> m_cameraCheck;
    std::unique_ptr<InvoiceStamperRunner> m_stamper;
    TillActions *m_till = nullptr;
    QString m_deviceId;
    QString m_branchId;
    QPushButton *m_button = nullptr;
    QMenu *m_menu = nullptr;
};

} // namespace nexus
