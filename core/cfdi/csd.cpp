// Reading the SAT's CSD files with OpenSSL and sealing with them.
#include "cfdi/csd.h"

#include <QFile>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstring>

namespace nexus {

namespace {

using BioPtr = std::unique_ptr<BIO, decltype(&BIO_free)>;

BioPtr memoryBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())), BIO_free);
}

Result<QByteArray> readFile(const QString &path, const QString &field)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot read %1: %2"), { path, file.errorString() }, field);
    return file.readAll();
}

QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    struct tm parts
    {
    };
    if (time == nullptr || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
        QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString subjectEntry(X509 *x509, int nid)
{
    const X509_NAME *name = X509_get_subject_name(x509);
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

// The SAT writes the certificate number as the ASCII codes of its digits: 0x3330… is "30…".
QString certificateNumber(X509 *x509)
{
    const std::unique_ptr<BIGNUM, decltype(&BN_free)> serial(
        ASN1_INTEGER_to_BN(X509_get_serialNumber(x509), nullptr), BN_free);
    if (!serial)
        return {};
    QByteArray bytes(BN_num_bytes(serial.get()), Qt::Uninitialized);
    BN_bn2bin(serial.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    for (const char c : bytes)
        if (c < '0' || c > '9')
            return {};
    return QString::fromLatin1(bytes);
}

int passwordCallback(char *buffer, int size, int, void *userData)
{
    const QByteArray *password = static_cast<const QByteArray *>(userData);
    const int length = std::min(size, static_cast<int>(password->size()));
    std::memcpy(buffer, password->constData(), static_cast<size_t>(length));
    return length;
}

} // namespace

Result<CsdCertificate> CsdCertificate::fromFile(const QString &path)
{
    Result<QByteArray> data = readFile(path, QStringLiteral("cer"));
    if (!data)
        return std::unexpected(data.error());
    return fromData(*data);
}

Result<CsdCertificate> CsdCertificate::fromData(const QByteArray &data)
{
    X509 *x509 = nullptr;
    if (data.trimmed().startsWith("-----BEGIN")) {
        BioPtr bio = memoryBio(data);
        x509 = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
    } else {
        const unsigned char *cursor = reinterpret_cast<const unsigned char *>(data.constData());
        x509 = d2i_X509(nullptr, &cursor, static_cast<long>(data.size()));
    }
    ERR_clear_error();
    if (x509 == nullptr)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The certificate is not an X.509 certificate (the SAT's .cer file, DER, or a PEM copy)"), {},
            QStringLiteral("cer"));
    CsdCertificate certificate;
    certificate.m_x509 = std::shared_ptr<x509_st>(x509, X509_free);
    unsigned char *der = nullptr;
    const int derLength = i2d_X509(x509, &der);
    if (derLength <= 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The certificate could not be encoded"), {}, QStringLiteral("cer"));
    certificate.m_der = QByteArray(reinterpret_cast<const char *>(der), derLength);
    OPENSSL_free(der);
    certificate.m_number = certificateNumber(x509);
    if (certificate.m_number.size() != 20)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The certificate is not a SAT CSD: its serial number is not a 20-digit certificate number "
                   "(CFDI40106)"),
            {}, QStringLiteral("cer"));
    // "EKU9003173C9 / VADA800927DJ3": the holder's RFC, then its legal representative's.
    certificate.m_rfc = subjectEntry(x509, NID_x500UniqueIdentifier).section(QLatin1Char('/'), 0, 0).trimmed();
    certificate.m_validFrom = fromAsn1Time(X509_get0_notBefore(x509));
    certificate.m_validUntil = fromAsn1Time(X509_get0_notAfter(x509));
    return certificate;
}

QString CsdCertificate::base64() const
{
    return QString::fromLatin1(m_der.toBase64());
}

bool CsdCertificate::isValidAt(const QDateTime &moment) const
{
    return m_validFrom.isValid() && m_validUntil.isValid() && moment >= m_validFrom && moment <= m_validUntil;
}

Result<CsdKey> CsdKey::fromFile(const QString &path, const QString &password)
{
    Result<QByteArray> data = readFile(path, QStringLiteral("key"));
    if (!data)
        return std::unexpected(data.error());
    return fromData(*data, password);
}

Result<CsdKey> CsdKey::fromData(const QByteArray &data, const QString &password)
{
    const QByteArray secret = password.toUtf8();
    EVP_PKEY *key = nullptr;
    bool encrypted = false;
    if (data.trimmed().startsWith("-----BEGIN")) {
        encrypted = data.contains("ENCRYPTED");
        BioPtr bio = memoryBio(data);
        key = PEM_read_bio_PrivateKey(bio.get(), nullptr, passwordCallback, const_cast<QByteArray *>(&secret));
    } else {
        // The SAT's .key: DER PKCS#8 EncryptedPrivateKeyInfo (PBES2); an unencrypted PKCS#8 DER is accepted too.
        const unsigned char *cursor = reinterpret_cast<const unsigned char *>(data.constData());
        const std::unique_ptr<X509_SIG, decltype(&X509_SIG_free)> sealed(
            d2i_X509_SIG(nullptr, &cursor, static_cast<long>(data.size())), X509_SIG_free);
        if (sealed) {
            encrypted = true;
            const std::unique_ptr<PKCS8_PRIV_KEY_INFO, decltype(&PKCS8_PRIV_KEY_INFO_free)> info(
                PKCS8_decrypt(sealed.get(), secret.constData(), static_cast<int>(secret.size())),
                PKCS8_PRIV_KEY_INFO_free);
            if (info)
                key = EVP_PKCS82PKEY(info.get());
        } else {
            cursor = reinterpret_cast<const unsigned char *>(data.constData());
            key = d2i_AutoPrivateKey(nullptr, &cursor, static_cast<long>(data.size()));
        }
    }
    ERR_clear_error();
    if (key == nullptr && encrypted)
        return fail(ErrorCode::Unauthenticated,
            secret.isEmpty() ? NX_ERR("The private key (.key) is protected: give the CSD password")
                             : NX_ERR("The password does not open the private key (.key): it is not the CSD password"),
            {}, QStringLiteral("password"));
    if (key == nullptr)
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The key file is not a private key (the SAT's .key file, DER PKCS#8, or a PEM copy)"), {},
            QStringLiteral("key"));
    CsdKey result;
    result.m_key = std::shared_ptr<evp_pkey_st>(key, EVP_PKEY_free);
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA)
        return fail(ErrorCode::InvalidInput, NX_ERR("The private key is not an RSA key, so it is not a SAT CSD key"),
            {}, QStringLiteral("key"));
    return result;
}

bool CsdKey::matches(const CsdCertificate &certificate) const
{
    const EVP_PKEY *publicKey = X509_get0_pubkey(certificate.handle());
    const bool equal = publicKey != nullptr && m_key && EVP_PKEY_eq(publicKey, m_key.get()) == 1;
    ERR_clear_error();
    return equal;
}

Result<QByteArray> CsdKey::signSha256(const QByteArray &data) const
{
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length, reinterpret_cast<const unsigned char *>(data.constData()),
               static_cast<size_t>(data.size()))
            != 1) {
        ERR_clear_error();
        return fail(ErrorCode::Internal, NX_ERR("OpenSSL could not seal the cadena original"));
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()))
        != 1) {
        ERR_clear_error();
        return fail(ErrorCode::Internal, NX_ERR("OpenSSL could not seal the cadena original"));
    }
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

Result<Csd> loadCsd(const QString &cerPath, const QString &keyPath, const QString &password)
{
    Result<CsdCertificate> certificate = CsdCertificate::fromFile(cerPath);
    if (!certificate)
        return std::unexpected(certificate.error());
    Result<CsdKey> key = CsdKey::fromFile(keyPath, password);
    if (!key)
        return std::unexpected(key.error());
    if (!key->matches(*certificate))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The private key (.key) does not belong to certificate %1 (.cer): use the pair the SAT issued "
                   "together"),
            { certificate->number() }, QStringLiteral("key"));
    return Csd { *certificate, *key };
}

bool verifySha256(const CsdCertificate &certificate, const QByteArray &data, const QByteArray &signature)
{
    EVP_PKEY *publicKey = X509_get0_pubkey(certificate.handle());
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    const bool ok = publicKey != nullptr && context
        && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, publicKey) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               static_cast<size_t>(data.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

} // namespace nexus
