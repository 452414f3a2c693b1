// The issuer's CSD (certificado de sello digital): the SAT's .cer and password-protected .key, and the seal they make.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

#include "common/error.h"

struct x509_st;
struct evp_pkey_st;

namespace nexus {

// A CSD certificate as the SAT issues it (.cer, DER X.509) or a PEM copy of it.
class CsdCertificate final
{
public:
    [[nodiscard]] static Result<CsdCertificate> fromFile(const QString &path);
    // DER or PEM ("-----BEGIN CERTIFICATE-----"). Field "cer" on errors.
    [[nodiscard]] static Result<CsdCertificate> fromData(const QByteArray &data);

    // NoCertificado: the 20-digit number the SAT writes into the serial as ASCII ("3330…" → "30001000000500003416").
    [[nodiscard]] const QString &number() const { return m_number; }
    // Certificado: the DER certificate in base64, on one line.
    [[nodiscard]] QString base64() const;
    // The holder's RFC (x500UniqueIdentifier "EKU9003173C9 / VADA800927DJ3" → "EKU9003173C9").
    [[nodiscard]] const QString &rfc() const { return m_rfc; }
    [[nodiscard]] const QDateTime &validFrom() const { return m_validFrom; } // UTC
    [[nodiscard]] const QDateTime &validUntil() const { return m_validUntil; } // UTC
    [[nodiscard]] bool isValidAt(const QDateTime &moment) const;
    [[nodiscard]] x509_st *handle() const { return m_x509.get(); }

private:
    std::shared_ptr<x509_st> m_x509;
    QByteArray m_der;
    QString m_number;
    QString m_rfc;
    QDateTime m_validFrom;
    QDateTime m_validUntil;
};

// The private key: the SAT's .key (DER PKCS#8, encrypted with the CSD password) or a PEM copy, encrypted or not.
class CsdKey final
{
public:
    [[nodiscard]] static Result<CsdKey> fromFile(const QString &path, const QString &password);
    // Field "key" when it is not a private key, "password" when the password does not open it.
    [[nodiscard]] static Result<CsdKey> fromData(const QByteArray &data, const QString &password);

    [[nodiscard]] bool matches(const CsdCertificate &certificate) const;
    // RSA PKCS#1 v1.5 over SHA-256 of data: the CFDI Sello before base64.
    [[nodiscard]] Result<QByteArray> signSha256(const QByteArray &data) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
};

// A certificate with the key that belongs to it.
struct Csd
{
    CsdCertificate certificate;
    CsdKey key;
};

// Loads both files and checks that the key is the certificate's (field "key" otherwise).
[[nodiscard]] Result<Csd> loadCsd(const QString &cerPath, const QString &keyPath, const QString &password);

// True when signature is a valid RSA-SHA256 signature of data by the certificate's public key.
[[nodiscard]] bool verifySha256(const CsdCertificate &certificate, const QByteArray &data, const QByteArray &signature);

} // namespace nexus
