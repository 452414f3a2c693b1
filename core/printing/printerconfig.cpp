// PrinterConfig validation and its printer.* rows in the settings table.
#include "printing/printerconfig.h"

#include "store/database.h"

#include <QHash>

namespace nexus {

namespace {

// Keys after the printer's prefix.
const QString kKind = QStringLiteral(".kind");
const QString kTarget = QStringLiteral(".target");
const QString kPaper = QStringLiteral(".paper_mm");
const QString kPrintLogo = QStringLiteral(".print_logo");
const QString kLogo = QStringLiteral(".logo_png"); // base64
const QString kHeader = QStringLiteral(".header_lines"); // newline separated
const QString kInvoiceUrl = QStringLiteral("ticket.invoice_url"); // whole key: one portal for every ticket

// A null QString binds as SQL NULL and settings.value is NOT NULL.
QString nonNull(const QString &value)
{
    return value.isNull() ? QString(QLatin1String("")) : value;
}

} // namespace

QString printerKindCode(PrinterKind kind)
{
    switch (kind) {
    case PrinterKind::File:
        return QStringLiteral("file");
    case PrinterKind::Device:
        return QStringLiteral("device");
    case PrinterKind::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("file");
}

Result<PrinterKind> printerKindFromCode(const QString &code)
{
    for (const PrinterKind kind : { PrinterKind::File, PrinterKind::Device, PrinterKind::Network }) {
        if (printerKindCode(kind) == code)
            return kind;
    }
    return fail(ErrorCode::InvalidInput, NX_ERR("Unknown printer kind \"%1\": use file, device or network."), { code },
        QStringLiteral("kind"));
}

Result<std::pair<QString, quint16>> PrinterConfig::networkAddress() const
{
    const QString text = target.trimmed();
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(ErrorCode::InvalidInput, NX_ERR("Printer address \"%1\" is missing its closing ']'."), { text },
                QStringLiteral("target"));
        host = text.mid(1, close - 1);
        if (text.mid(close + 1).startsWith(QLatin1Char(':')))
            port = text.mid(close + 2);
    } else if (text.count(QLatin1Char(':')) == 1) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    if (host.isEmpty() || host.contains(QLatin1Char(' ')))
        return fail(ErrorCode::InvalidInput, NX_ERR("Printer address \"%1\" has no valid host name."), { text },
            QStringLiteral("target"));
    quint16 number = kDefaultNetworkPort;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return fail(ErrorCode::InvalidInput, NX_ERR("Printer port \"%1\" is not a number from 1 to 65535."),
                { port }, QStringLiteral("target"));
        number = quint16(value);
    }
    return std::pair<QString, quint16>(host, number);
}

Status PrinterConfig::validate() const
{
    if (paperMm != 58 && paperMm != 80)
        return fail(ErrorCode::InvalidInput, NX_ERR("Paper width must be 58 or 80 mm, not %1."),
            { QString::number(paperMm) }, QStringLiteral("paper_mm"));
    if (headerLines.size() > kMaxHeaderLines)
        return fail(ErrorCode::InvalidInput, NX_ERR("At most %1 header lines fit on a ticket."),
            { QString::number(kMaxHeaderLines) }, QStringLiteral("header_lines"));
    for (const QString &line : headerLines) {
        if (line.contains(QLatin1Char('\n')))
            return fail(ErrorCode::InvalidInput, NX_ERR("A header line cannot contain a line break."), {},
                QStringLiteral("header_lines"));
    }
    if (printLogo && logoPng.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Choose a logo image before turning on logo printing."), {},
            QStringLiteral("logo"));
    if (!isConfigured())
        return {}; // no printer yet is a valid state: tickets are then only shown and saved as PDF
    if (kind == PrinterKind::Network) {
        Result<std::pair<QString, quint16>> address = networkAddress();
        if (!address)
            return std::unexpected(address.error());
    } else if (kind == PrinterKind::Device && !target.startsWith(QLatin1Char('/'))) {
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Printer device \"%1\" must be an absolute path such as "
                   "/dev/usb/lp0."),
            { target }, QStringLiteral("target"));
    }
    return {};
}

Result<PrinterConfig> PrinterSettings::load() const
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? "
                                                       "OR key = ?"),
        { QVariant(qlonglong(m_prefix.size() + 1)), QVariant(QString(m_prefix + QLatin1Char('.'))), kInvoiceUrl });
    if (!query)
        return std::unexpected(query.error());
    QHash<QString, QString> values; // keyed without the prefix
    while (query->next()) {
        const QString key = query->value(0).toString();
        values.insert(key == kInvoiceUrl ? key : key.mid(m_prefix.size()), query->value(1).toString());
    }

    PrinterConfig config;
    if (values.contains(kKind)) {
        Result<PrinterKind> kind = printerKindFromCode(values.value(kKind));
        if (!kind)
            return std::unexpected(kind.error());
        config.kind = *kind;
    }
    config.target = values.value(kTarget);
    if (values.contains(kPaper))
        config.paperMm = values.value(kPaper).toInt();
    config.printLogo = values.value(kPrintLogo) == QLatin1String("1");
    config.logoPng = QByteArray::fromBase64(values.value(kLogo).toLatin1());
    const QString header = values.value(kHeader);
    if (!header.isEmpty())
        config.headerLines = header.split(QLatin1Char('\n'));
    config.invoiceUrl = values.value(kInvoiceUrl);
    return config;
}

Status PrinterSettings::save(const PrinterConfig &config)
{
    Status valid = config.validate();
    if (!valid)
        return valid;
    QList<std::pair<QString, QString>> rows {
        { m_prefix + kKind, printerKindCode(config.kind) },
        { m_prefix + kTarget, config.target.trimmed() },
        { m_prefix + kPaper, QString::number(config.paperMm) },
        { m_prefix + kPrintLogo, config.printLogo ? QStringLiteral("1") : QStringLiteral("0") },
        { m_prefix + kLogo, QString::fromLatin1(config.logoPng.toBase64()) },
        { m_prefix + kHeader, config.headerLines.join(QLatin1Char('\n')) },
    };
    if (m_prefix == QLatin1String(kTicketPrinter)) // a label printer's settings leave the ticket's portal alone
        rows.append({ kInvoiceUrl, config.invoiceUrl.trimmed() });
    Transaction transaction(m_db);
    Status begun = transaction.begin();
    if (!begun)
        return begun;
    for (const auto &[key, value] : rows) {
        Result<QSqlQuery> written = m_db.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { key, nonNull(value) });
        if (!written)
            return std::unexpected(written.error());
    }
    return transaction.commit();
}

} // namespace nexus
