// The command line of nexus-server: --data DIR --listen HOST:PORT [--tls-cert F --tls-key F] [--database URL].
#pragma once

#include <QHostAddress>
#include <QStringList>

#include "common/error.h"

namespace nexus {

struct ServerOptions
{
    static constexpr quint16 kDefaultPort = 8443;

    QString dataDir;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    QString host = QStringLiteral("127.0.0.1"); // as typed, for the "listening" line
    quint16 port = kDefaultPort; // 0: any free port
    QString tlsCertificate; // both or neither
    QString tlsKey;
    // Empty: embedded SQLite in dataDir. postgresql://user[:password]@host[:port]/dbname: PostgreSQL, which several
    // server processes may share (snapshots, TLS files and the token key still live in dataDir).
    QString databaseUrl;

    // `arguments` without the program name. Errors name the option (field "data", "listen", "tls-cert"…).
    [[nodiscard]] static Result<ServerOptions> parse(const QStringList &arguments);
    [[nodiscard]] static QString usage();
};

// "127.0.0.1:8443", "[::1]:0", "localhost:8443" → address + port; field "listen" on errors.
[[nodiscard]] Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);

// Checks a --database URL (postgresql:// or postgres://, a host and a database name); field "database".
[[nodiscard]] Status validateDatabaseUrl(const QString &text);

} // namespace nexus
