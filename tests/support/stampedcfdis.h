// Stamped CFDI for tests: a request sealed by our own sealer, then given a TimbreFiscalDigital 1.1 the way a PAC adds
// one (the SelloSAT is not a real SAT signature: nothing here verifies it).
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include "cfdi/cfdisealer.h"
#include "cfdi/stampedcfdi.h"

namespace nexus::test {

inline const QString kTestPacRfc = QStringLiteral("SPR190613I52");
inline const QString kTestSatCertificate = QStringLiteral("30001000000500003456");

// sealedXml with cfdi:Complemento/tfd:TimbreFiscalDigital added after the Conceptos/Impuestos.
inline QByteArray withTestStamp(
    const QByteArray &sealedXml, const QString &uuid, const QString &stampedAt, const QString &legend = {})
{
    static const QRegularExpression sello(QStringLiteral(R"re( Sello="([^"]+)")re"));
    FiscalStamp stamp;
    stamp.version = QStringLiteral("1.1");
    stamp.uuid = uuid;
    stamp.stampedAt = stampedAt;
    stamp.pacRfc = kTestPacRfc;
    stamp.legend = legend;
    stamp.cfdSeal = sello.match(QString::fromUtf8(sealedXml)).captured(1);
    stamp.satCertificateNumber = kTestSatCertificate;
    const QByteArray cadena = tfdCadenaOriginal(stamp).toUtf8();
    QByteArray satSignature = QCryptographicHash::hash(cadena, QCryptographicHash::Sha512);
    satSignature.append(QCryptographicHash::hash(QByteArray(cadena).append("sat"), QCryptographicHash::Sha512));
    stamp.satSeal = QString::fromLatin1(satSignature.toBase64());
    QString tfd = QStringLiteral("<tfd:TimbreFiscalDigital xmlns:tfd=\"http://www.sat.gob.mx/TimbreFiscalDigital\" "
                                 "xsi:schemaLocation=\"http://www.sat.gob.mx/TimbreFiscalDigital "
                                 "http://www.sat.gob.mx/sitio_internet/cfd/TimbreFiscalDigital/"
                                 "TimbreFiscalDigitalv11.xsd\" Version=\"1.1\" UUID=\"%1\" FechaTimbrado=\"%2\" "
                                 "RfcProvCertif=\"%3\" ")
                      .arg(uuid, stampedAt, kTestPacRfc);
    if (!legend.isEmpty())
        tfd += QStringLiteral("Leyenda=\"%1\" ").arg(legend.toHtmlEscaped());
    tfd += QStringLiteral("SelloCFD=\"%1\" NoCertificadoSAT=\"%2\" SelloSAT=\"%3\"/>")
               .arg(stamp.cfdSeal, kTestSatCertificate, stamp.satSeal);
    QString xml = QString::fromUtf8(sealedXml);
    if (xml.contains(QLatin1String("</cfdi:Complemento>")))
        xml.replace(QLatin1String("</cfdi:Complemento>"), tfd + QStringLiteral("</cfdi:Complemento>"));
    else
        xml.replace(QLatin1String("</cfdi:Comprobante>"),
            QStringLiteral("<cfdi:Complemento>") + tfd + QStringLiteral("</cfdi:Complemento></cfdi:Comprobante>"));
    return xml.toUtf8();
}

// Seals the Facturapi-JSON request with csd (as of 2026-01-20) and stamps it.
inline Result<QByteArray> stampedTestCfdi(
    const CfdiIssuer &issuer, const QJsonObject &request, const Csd &csd, const QString &uuid)
{
    Result<InvoiceRequest> parsed = parseInvoiceRequest(request);
    if (!parsed)
        return std::unexpected(parsed.error());
    Result<SealedCfdi> sealed = sealCfdi(issuer, *parsed, csd, QDateTime(QDate(2026, 1, 20), QTime(18, 0), Qt::UTC));
    if (!sealed)
        return std::unexpected(sealed.error());
    return withTestStamp(sealed->xml, uuid, QStringLiteral("2026-01-15T10:31:07"));
}

} // namespace nexus::test
