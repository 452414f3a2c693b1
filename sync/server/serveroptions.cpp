// Parsing and validation of the nexus-server command line.
#include "server/serveroptions.h"

#include <QCommandLineParser>
#include <QUrl>

namespace nexus {

QString ServerOptions::usage()
{
    return QStringLiteral("usage: nexus-server --data DIR [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE] "
                          "[--database URL]\n"
                          "  --data DIR         server data folder (master.db, tenants/, tls/)\n"
                          "  --listen HOST:PORT address to serve HTTPS on (default 127.0.0.1:8443; port 0: any free)\n"
                          "  --tls-cert FILE    PEM certificate (chain); default: a self-signed one in DIR/tls\n"
                          "  --tls-key FILE     PEM private key of --tls-cert\n"
                          "  --database URL     postgresql://USER[:PASSWORD]@HOST[:PORT]/DB instead of SQLite files;\n"
                          "                     several servers may share it (give them the same --data folder)\n");
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

Status validateDatabaseUrl(const QString &text)
{
    const QString field = QStringLiteral("database");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("--database must be a postgresql:// URL, e.g. postgresql://nexus@127.0.0.1:5432/nexus, not \"%1\""),
            { text }, field);
    if (url.host().isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("--database names no host in \"%1\""), { text }, field);
    const QString name = url.path().mid(1);
    if (name.isEmpty() || name.contains(QLatin1Char('/')))
        return fail(ErrorCode::InvalidInput, NX_ERR("--database names no database in \"%1\" (…/DBNAME)"), { text },
            field);
    return {};
}

Result<ServerOptions> ServerOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption data(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption listen(QStringLiteral("listen"), QString(), QStringLiteral("HOST:PORT"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("URL"));
    parser.addOptions({ data, listen, cert, key, database });
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
    if (parser.isSet(database)) {
        options.databaseUrl = parser.value(database);
        if (Status valid = validateDatabaseUrl(options.databaseUrl); !valid)
            return std::unexpected(valid.error());
    }
    return options;
}

} // namespace nexus
