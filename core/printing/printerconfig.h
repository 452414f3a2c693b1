// Where this device's ticket printer is and how its tickets look: kept in nexus.db's `settings` table under
// printer.* keys, read and written through PrinterSettings.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

#include "common/error.h"

namespace nexus {

class Database;

enum class PrinterKind {
    File, // appended to a file (a spool for tests, or a shared folder another program prints)
    Device, // a character device: /dev/usb/lp0, /dev/ttyUSB0 (serial at the port's configured speed)
    Network, // raw TCP, "host" or "host:port" (9100 when no port)
};

[[nodiscard]] QString printerKindCode(PrinterKind kind); // file, device, network
[[nodiscard]] Result<PrinterKind> printerKindFromCode(const QString &code);

struct PrinterConfig
{
    PrinterKind kind = PrinterKind::File;
    QString target; // path, device file or host[:port]; empty: no printer configured
    int paperMm = 80; // 58 or 80
    bool printLogo = false;
    QByteArray logoPng; // the store's logo as chosen in setup; rastered by the UI when printing
    QStringList headerLines; // extra lines under the branch data (slogan, phone, WhatsApp)
    QString invoiceUrl; // the invoicing portal printed on tickets; empty: kDefaultInvoiceUrl

    static constexpr int kMaxHeaderLines = 6;
    static constexpr quint16 kDefaultNetworkPort = 9100;
    static inline const char *kDefaultInvoiceUrl = "https://factura.nexuspos.mx";

    [[nodiscard]] bool isConfigured() const { return !target.trimmed().isEmpty(); }
    [[nodiscard]] int columns() const { return paperMm == 58 ? 32 : 48; }
    [[nodiscard]] int dots() const { return paperMm == 58 ? 384 : 576; }
    [[nodiscard]] QString effectiveInvoiceUrl() const
    {
        return invoiceUrl.trimmed().isEmpty() ? QString::fromLatin1(kDefaultInvoiceUrl) : invoiceUrl.trimmed();
    }
    // "printer.example:9100" → host and port; errors name the field "target".
    [[nodiscard]] Result<std::pair<QString, quint16>> networkAddress() const;
    // Paper, kind/target shape, header size; errors name the field.
    [[nodiscard]] Status validate() const;
};

class PrinterSettings final
{
public:
    static constexpr const char *kTicketPrinter = "printer"; // the receipt printer at the counter
    static constexpr const char *kLabelPrinter = "label_printer"; // a ZPL label printer, when the store has one

    // `prefix` chooses which printer: its keys are <prefix>.kind, <prefix>.target…
    explicit PrinterSettings(Database &db, const char *prefix = kTicketPrinter)
        : m_db(db), m_prefix(QString::fromLatin1(prefix))
    {
    }

    // The stored configuration; defaults (80 mm, no printer) for keys never written.
    [[nodiscard]] Result<PrinterConfig> load() const;
    // Validates, then writes every key in one transaction; on error nothing changes.
    [[nodiscard]] Status save(const PrinterConfig &config);

private:
    Database &m_db;
    QString m_prefix;
};

} // namespace nexus
