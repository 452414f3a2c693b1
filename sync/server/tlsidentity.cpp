// Self-signed certificate generation with OpenSSL's EVP/X509 APIs and PEM loading through QSsl.
#include "server/tlsidentity.h"

#include "protocol/logging.h"
#include "protocol/privatefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace nexus {

namespace {

template <auto Free> struct Deleter
{
    template <typename T> void operator()(T *p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BN_free>>;

constexpr long kValidDays = 3650; // a development/LAN certificate; production passes --tls-cert/--tls-key

std::unexpected<Error> opensslFailure(const char *what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return fail(ErrorCode::Internal, NX_ERR("Cannot create the TLS certificate (%1): %2"),
        { QString::fromLatin1(what), QString::fromLatin1(buffer) });
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

QByteArray subjectAltNames()
{
    QByteArray names = "DNS:localhost,IP:127.0.0.1,IP:::1";
    // LAN counters reach the server by its host name; only add it when it is a plain DNS label.
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-.]{0,252}[A-Za-z0-9])?$"));
    const QString host = QSysInfo::machineHostName();
    if (hostName.match(host).hasMatch() && host != QLatin1String("localhost"))
        names += ",DNS:" + host.toLatin1();
    return names;
}

struct PemPair
{
    QByteArray certificate;
    QByteArray key;
};

Result<PemPair> generateSelfSigned()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return opensslFailure("EC key");
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return opensslFailure("X509_new");

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return opensslFailure("serial");
    serial[0] &= 0x7F; // a positive INTEGER
    BnPtr serialNumber(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!serialNumber || !BN_to_ASN1_INTEGER(serialNumber.get(), X509_get_serialNumber(cert.get())))
        return opensslFailure("serial");

    // Back-date an hour so a client whose clock runs slightly behind still accepts it.
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), static_cast<int>(kValidDays), 0, nullptr))
        return opensslFailure("validity");
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return opensslFailure("public key");

    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Nexus POS"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
        reinterpret_cast<const unsigned char *>("Nexus POS sync server (self-signed)"), -1, -1, 0);
    if (X509_set_issuer_name(cert.get(), name) != 1)
        return opensslFailure("issuer");

    // The certificate is its own trust anchor on the counters (they are given cert.pem), so it stays a leaf.
    // No keyUsage extension: one without keyCertSign would make OpenSSL call the certificate not self-signed.
    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(cert.get(), NID_subject_key_identifier, "hash")
        || !addExtension(cert.get(), NID_subject_alt_name, subjectAltNames()))
        return opensslFailure("extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return opensslFailure("sign");

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return opensslFailure("PEM");
    return PemPair { bioBytes(certBio.get()), bioBytes(keyBio.get()) };
}

Result<QByteArray> readFile(const QString &path, const QString &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, field);
    return file.readAll();
}

// A mismatched pair would only show up as failed handshakes on every counter; catch it at start.
bool keyMatchesCertificate(const QByteArray &certPem, const QByteArray &keyPem)
{
    BioPtr certBio(BIO_new_mem_buf(certPem.constData(), static_cast<int>(certPem.size())));
    BioPtr keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    if (!certBio || !keyBio)
        return false;
    X509Ptr cert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    PkeyPtr key(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    const bool matches = cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
    ERR_clear_error();
    return matches;
}

} // namespace

QString certificateFingerprint(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString TlsIdentity::fingerprint() const
{
    return certificateFingerprint(certificate);
}

Result<TlsIdentity> TlsIdentity::load(const QString &certificatePath, const QString &keyPath)
{
    Result<QByteArray> certPem = readFile(certificatePath, QStringLiteral("tls-cert"));
    if (!certPem)
        return std::unexpected(certPem.error());
    Result<QByteArray> keyPem = readFile(keyPath, QStringLiteral("tls-key"));
    if (!keyPem)
        return std::unexpected(keyPem.error());

    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 holds no PEM certificate"), { certificatePath },
            QStringLiteral("tls-cert"));
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Ec, QSsl::Rsa }) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 holds no unencrypted EC or RSA private key in PEM form"),
            { keyPath }, QStringLiteral("tls-key"));
    if (!keyMatchesCertificate(*certPem, *keyPem))
        return fail(ErrorCode::InvalidInput, NX_ERR("The key %1 does not belong to the certificate %2"),
            { keyPath, certificatePath }, QStringLiteral("tls-key"));
    if (chain.first().expiryDate() < QDateTime::currentDateTimeUtc())
        qCWarning(lcServerTls) << "the certificate" << certificatePath << "expired on" << chain.first().expiryDate();
    return TlsIdentity { chain.first(), key, QFileInfo(certificatePath).absoluteFilePath(),
        QFileInfo(keyPath).absoluteFilePath(), false };
}

Result<TlsIdentity> TlsIdentity::loadOrCreate(const QString &dir)
{
    const QString certPath = QDir(dir).absoluteFilePath(QStringLiteral("cert.pem"));
    const QString keyPath = QDir(dir).absoluteFilePath(QStringLiteral("key.pem"));
    const bool haveCert = QFileInfo::exists(certPath);
    const bool haveKey = QFileInfo::exists(keyPath);
    if (haveCert && haveKey)
        return load(certPath, keyPath);
    if (haveCert != haveKey)
        return fail(ErrorCode::Conflict,
            NX_ERR("%1 exists without %2; restore the missing file or delete both to get a new certificate "
                   "(enrolled counters will then have to trust the new one)"),
            { haveCert ? certPath : keyPath, haveCert ? keyPath : certPath }, QStringLiteral("tls"));

    Result<PemPair> pem = generateSelfSigned();
    if (!pem)
        return std::unexpected(pem.error());
    // The key first: a certificate without its key would block the next start (see above).
    if (Status status = writePrivateFile(keyPath, pem->key); !status)
        return std::unexpected(status.error());
    if (Status status = writePrivateFile(certPath, pem->certificate); !status)
        return std::unexpected(status.error());
    QFile::setPermissions(certPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    Result<TlsIdentity> identity = load(certPath, keyPath);
    if (identity) {
        identity->generated = true;
        qCInfo(lcServerTls) << "created a self-signed certificate" << certPath << "SHA-256" << identity->fingerprint();
    }
    return identity;
}

} // namespace nexus
