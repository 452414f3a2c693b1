// What the PAC tests share: the SAT's test issuer and CSD, a Facturapi client on the fake's line, and the stamped XML
// without its TimbreFiscalDigital (what our sealer made, for the SAT's validator).
#pragma once

#include <QRegularExpression>
#include <QTranslator>

#include <memory>

#include "../core/testcfdisupport.h"
#include "client/curltransport.h"
#include "client/facturapiclient.h"

namespace nexus::test {

struct SatTestIdentity
{
    CfdiIssuer issuer;
    Csd csd;
};

// tests/data/cfdi/issuer.json (EKU9003173C9) with the SAT's test CSD of the same RFC.
inline Result<SatTestIdentity> satTestIdentity()
{
    Result<CfdiIssuer> issuer = testIssuer();
    if (!issuer)
        return std::unexpected(issuer.error());
    Result<Csd> csd = loadCsd(testCsdFile("EKU9003173C9.cer"), testCsdFile("EKU9003173C9.key"), kTestCsdPassword);
    if (!csd)
        return std::unexpected(csd.error());
    return SatTestIdentity { *issuer, *csd };
}

// The application's es_MX catalogue, so errors read as the cashier reads them.
inline bool installSpanish(QTranslator &translator)
{
    if (!translator.load(QStringLiteral(":/i18n/nexus_es_MX.qm")))
        return false;
    QCoreApplication::installTranslator(&translator);
    return true;
}

struct PacLine
{
    std::unique_ptr<CurlTransport> transport;
    std::unique_ptr<FacturapiClient> client;
};

// A Facturapi client over real HTTPS to url, trusting caFile; the slow-answer tests give a short timeout.
inline PacLine pacLine(const QString &url, const QString &caFile, const QString &apiKey, int timeoutMs = 30'000)
{
    HttpClient::Options options;
    options.caFile = caFile;
    options.timeoutMs = timeoutMs;
    PacLine line;
    line.transport = std::make_unique<CurlTransport>(url, options);
    line.client = std::make_unique<FacturapiClient>(*line.transport, apiKey);
    return line;
}

inline QByteArray withoutTfd(const QByteArray &xml)
{
    static const QRegularExpression tfd(QStringLiteral("<tfd:TimbreFiscalDigital[^>]*/>"));
    QString text = QString::fromUtf8(xml).remove(tfd);
    text.remove(QStringLiteral("<cfdi:Complemento></cfdi:Complemento>"));
    return text.toUtf8();
}

} // namespace nexus::test
