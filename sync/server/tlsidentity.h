// The server's TLS certificate and key: given files (production) or a self-signed pair made once in DATA/tls.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include "common/error.h"

namespace nexus {

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QString certificatePath;
    QString keyPath;
    bool generated = false; // made by this start (first start of a data folder)

    // SHA-256 of the certificate's DER, "AB:CD:…": what people compare when they pin the server.
    [[nodiscard]] QString fingerprint() const;

    // Loads PEM files; errors name the field tls-cert / tls-key.
    [[nodiscard]] static Result<TlsIdentity> load(const QString &certificatePath, const QString &keyPath);
    // DIR/cert.pem + DIR/key.pem: reused when both exist, created (EC P-256, SAN localhost, 127.0.0.1, ::1 and the
    // host name, key mode 0600) when neither does; one without the other is an error rather than a silent reset.
    [[nodiscard]] static Result<TlsIdentity> loadOrCreate(const QString &dir);
};

[[nodiscard]] QString certificateFingerprint(const QSslCertificate &certificate);

} // namespace nexus
