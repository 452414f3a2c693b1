// What the PAC tests share: the SAT's test issuer and CSD, the fake Facturapi with a client on its line, and the
// stamped XML without its TimbreFiscalDigital (what our sealer made, for the SAT's validator).
#pragma once

#include <QRegularExpression>
#include <QTranslator>

#include <memory>

#include "../core/testcfdisupport.h"
#include "client/curltransport.h"
#include "client/facturapiclient.h"
#include "fakefacturapi.h"

namespace nexus::test {

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

// A test class's PAC: load() once in initTestCase (after NEXUS_REQUIRE_SAT_VALIDATOR), start() in init for a fresh
// fake in its own folder with a client on its line, stop() in cleanup.
struct PacFixture
{
    QTranslator spanish;
    std::optional<SatTestIdentity> identity;
    std::unique_ptr<FakeFacturapi> fake;
    PacLine line;

    [[nodiscard]] Status load()
    {
        if (!installSpanish(spanish))
            return fail(ErrorCode::NotFound, NX_ERR("Cannot read %1"), { QStringLiteral(":/i18n/nexus_es_MX.qm") });
        Result<SatTestIdentity> loaded = satTestIdentity();
        if (!loaded)
            return std::unexpected(loaded.error());
        identity = *loaded;
        return {};
    }
    [[nodiscard]] Status start(const QString &dir, const QString &apiKey)
    {
        Result<std::unique_ptr<FakeFacturapi>> started
            = FakeFacturapi::start({ dir, identity->issuer, identity->csd, apiKey });
        if (!started)
            return std::unexpected(started.error());
        fake = std::move(*started);
        line = pacLine(fake->url(), fake->caFile(), apiKey);
        return {};
    }
    void stop()
    {
        line = {};
        fake.reset();
    }
    [[nodiscard]] const CfdiIssuer &issuer() const { return identity->issuer; }
};

inline QByteArray withoutTfd(const QByteArray &xml)
{
    static const QRegularExpression tfd(QStringLiteral("<tfd:TimbreFiscalDigital[^>]*/>"));
    QString text = QString::fromUtf8(xml).remove(tfd);
    text.remove(QStringLiteral("<cfdi:Complemento></cfdi:Complemento>"));
    return text.toUtf8();
}

} // namespace nexus::test
