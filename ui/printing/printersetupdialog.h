// Ticket printer setup for this device: where the printer is (file, USB/serial device, network), paper width, the
// logo and the extra header lines, the invoicing portal printed on tickets; Save, or save and print a test page.
#pragma once

#include <QDialog>

#include "common/error.h"
#include "printing/printerconfig.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nexus {

class LocalStore;
class TicketPrinter;

class PrinterSetupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterSetupDialog)

public:
    // Shows the stored configuration; `printer` prints the test page.
    PrinterSetupDialog(LocalStore &store, TicketPrinter &printer, QWidget *parent = nullptr);
    ~PrinterSetupDialog() override = default;

    // The form as a configuration (not validated).
    [[nodiscard]] PrinterConfig config() const;
    // Loads a picture as the logo (kept as PNG); false with the reason shown when it is not an image.
    bool setLogoFile(const QString &path);
    // Validates and stores; on error the reason is shown and nothing is written.
    [[nodiscard]] Status save();
    // Saves, then sends a page with accents, columns, a barcode and a QR to the printer.
    [[nodiscard]] Status printTestPage();

private:
    void load(const PrinterConfig &config);
    void updateTargetHint();
    void chooseLogo();
    void showStatus(const QString &text, bool error);

    LocalStore &m_store;
    TicketPrinter &m_printer;
    QByteArray m_logoPng;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_printLogo = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QLineEdit *m_invoiceUrl = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
