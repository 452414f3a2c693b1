// Parsing and validation of the nexus-server command line.
#include "server/serveroptions.h"

#include <QCommandLineParser>

namespace nexus {

QString ServerOptions::usage()
{
    return QStringLiteral("usage: nexus-server --data DIR [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]\n"
                          "  --data DIR         server data folder (master.db, tenants/, tls/)\n"
                          "  --listen HOST:PORT address to serve HTTPS on (default 127.0.0.1:8443; port 0: any free)\n"
                          "  --tls-cert FILE    PEM certificate (chain); default: a self-signed one in DIR/tls\n"
                          "  --tls-key FILE     PEM private key of --tls-cert\n");
}

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    const QString field = QStringLiteral("listen");
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("--listen must be HOST:PORT, e.g. 127.0.0.1:8443, not \"%1\""),
            { text }, field);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return fail(
            ErrorCode::InvalidInput, NX_ERR("--listen has an invalid port in \"%1\" (0 to 65535)"), { text }, field);
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return fail(
            ErrorCode::InvalidInput, NX_ERR("--listen needs an IP address or localhost, not \"%1\""), { host }, field);
    return std::pair { address, static_cast<quint16>(port) };
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QString(), QStringLiteral("FILE"));
    parser.addOptions({ data, listen, cert, key });
    if (!parser.parse(QStringList { QStringLiteral("nexus-server") } + arguments))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1"), { parser.errorText() });
    if (!parser.positionalArguments().isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("Unexpected argument \"%1\""), { parser.positionalArguments().first() });

    ServerOptions options;
    options.dataDir = parser.value(data);
    if (options.dataDir.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("--data DIR is required"), {}, QStringLiteral("data"));
    if (parser.isSet(listen)) {
        Result<std::pair<QHostAddress, quint16>> parsed = parseListenAddress(parser.value(listen));
        if (!parsed)
            return std::unexpected(parsed.error());
        options.address = parsed->first;
        options.port = parsed->second;
        options.host = parsed->first.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + parsed->first.toString() + QLatin1Char(']')
            : parsed->first.toString();
    }
    options.tlsCertificate = parser.value(cert);
    options.tlsKey = parser.value(key);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("--tls-cert and --tls-key go together"), {},
            options.tlsCertificate.isEmpty() ? QStringLiteral("tls-cert") : QStringLiteral("tls-key"));
    return options;
}

} // namespace nexus
