// nexus-server: the sync server. Parses options, opens storage and TLS, serves the API until SIGTERM/SIGINT.
#include "common/clock.h"
#include "protocol/logging.h"
#include "server/apiserver.h"
#include "server/serveroptions.h"
#include "server/signalwatcher.h"
#include "server/serverstoragefactory.h"
#include "server/tlsidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nexus-server"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    nexus::Result<nexus::ServerOptions> options = nexus::ServerOptions::parse(QCoreApplication::arguments().mid(1));
    if (!options) {
        err << "nexus-server: " << options.error().message() << "\n" << nexus::ServerOptions::usage();
        return 2;
    }
    auto storage = nexus::openServerStorage(*options);
    if (!storage) {
        err << "nexus-server: " << storage.error().message() << "\n";
        return 1;
    }
    nexus::Result<nexus::TlsIdentity> tls = options->tlsCertificate.isEmpty()
        ? nexus::TlsIdentity::loadOrCreate(QDir(options->dataDir).absoluteFilePath(QStringLiteral("tls")))
        : nexus::TlsIdentity::load(options->tlsCertificate, options->tlsKey);
    if (!tls) {
        err << "nexus-server: " << tls.error().message() << "\n";
        return 1;
    }

    // Before the "listening" line: whoever reads it may stop the server right away.
    nexus::SignalWatcher signals_;
    QObject::connect(&signals_, &nexus::SignalWatcher::terminationRequested, &app, [](int number) {
        qCInfo(lcServerApi) << "signal" << number << "received, stopping";
        QCoreApplication::quit();
    });

    nexus::Result<QByteArray> tokenKey
        = nexus::DeviceAuth::loadOrCreateKey(QDir(options->dataDir).absoluteFilePath(QStringLiteral("token-key")));
    if (!tokenKey) {
        err << "nexus-server: " << tokenKey.error().message() << "\n";
        return 1;
    }
    nexus::ApiServer api(**storage, nexus::Clock::system(), *tokenKey);
    nexus::Result<quint16> port = api.listen(options->address, options->port, *tls);
    if (!port) {
        err << "nexus-server: " << port.error().message() << "\n";
        return 1;
    }
    qCInfo(lcServerTls).noquote() << "certificate" << tls->certificatePath << "SHA-256" << tls->fingerprint();
    // The one machine-readable line scripts and tests wait for.
    out << "listening https://" << options->host << ":" << *port << Qt::endl;

    return QCoreApplication::exec();
}
