// The sealing pipeline and the CSD rules that depend on the document (issuer RFC, validity at Fecha).
#include "cfdi/cfdisealer.h"

#include "cfdi/cadenaoriginal.h"
#include "cfdi/cfdibuilder.h"
#include "cfdi/cfdixml.h"

#include <QSaveFile>

namespace nexus {

Result<SealedCfdi> sealCfdi(
    const CfdiIssuer &issuer, const InvoiceRequest &request, const Csd &csd, const QDateTime &nowUtc)
{
    Result<CfdiDocument> document = buildCfdi(issuer, request, nowUtc);
    if (!document)
        return std::unexpected(document.error());
    const CsdCertificate &certificate = csd.certificate;
    if (certificate.rfc() != document->issuer.rfc)
        return fail(ErrorCode::InvalidInput,
            NX_ERR(
                "Certificate %1 belongs to RFC %2, not to the issuer %3: seal with the issuer's own CSD (CFDI40106)"),
            { certificate.number(), certificate.rfc(), document->issuer.rfc }, QStringLiteral("cer"));
    if (!certificate.isValidAt(document->issuedAtUtc))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("Certificate %1 is valid from %2 to %3 and the invoice is dated %4: renew the CSD with the SAT "
                   "(CFDI40106)"),
            { certificate.number(), certificate.validFrom().toString(Qt::ISODate),
                certificate.validUntil().toString(Qt::ISODate), document->date },
            QStringLiteral("cer"));
    if (!csd.key.matches(certificate))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("The private key (.key) does not belong to certificate %1 (.cer): use the pair the SAT issued "
                   "together"),
            { certificate.number() }, QStringLiteral("key"));
    document->certificateNumber = certificate.number();
    document->certificate = certificate.base64();

    // Sello is not part of the cadena: the unsealed XML gives the same cadena as the sealed one.
    Result<QByteArray> cadena = cadenaOriginal(writeCfdiXml(*document));
    if (!cadena)
        return std::unexpected(cadena.error());
    Result<QByteArray> signature = csd.key.signSha256(*cadena);
    if (!signature)
        return std::unexpected(signature.error());
    if (!verifySha256(certificate, *cadena, *signature))
        return fail(ErrorCode::Internal, NX_ERR("The seal does not verify against the certificate (CFDI40102)"));
    SealedCfdi sealed;
    sealed.document = *document;
    sealed.cadenaOriginal = *cadena;
    sealed.seal = QString::fromLatin1(signature->toBase64());
    sealed.xml = writeCfdiXml(sealed.document, sealed.seal);
    return sealed;
}

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path); // writes a temporary file beside path and renames it on commit
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { path, file.errorString() }, QStringLiteral("out"));
    if (file.write(data) != data.size() || !file.commit())
        return fail(ErrorCode::Io, NX_ERR("Cannot write %1: %2"), { path, file.errorString() }, QStringLiteral("out"));
    return {};
}

} // namespace nexus
