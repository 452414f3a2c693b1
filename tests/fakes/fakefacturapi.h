// A local fake of Facturapi (the PAC) for tests: the same endpoints and error format over HTTPS on loopback, sealing
// with OUR sealer and the SAT's test CSD and adding a TimbreFiscalDigital (tests/support/stampedcfdis.h); idempotency
// keys honoured; it can be told to fail, to answer slowly, to stamp in the background (pending), or to be down.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <deque>
#include <map>
#include <memory>

#include "cfdi/csd.h"
#include "cfdi/invoicerequest.h"
#include "cfdi/stampedcfdi.h"
#include "common/error.h"
#include "loopbackhttps.h"

class QHttpServerRequest;
class QHttpServerResponder;

namespace nexus::test {

class FakeFacturapi final
{
public:
    Q_DISABLE_COPY_MOVE(FakeFacturapi)

    struct Options
    {
        QString dataDir; // its TLS certificate and key are made here (cert.pem is what clients trust)
        CfdiIssuer issuer;
        Csd csd; // the issuer's CSD, sealing the Comprobante
        QString apiKey = QStringLiteral("sk_test_fake");
    };

    // Listens on 127.0.0.1 (a free port) in its own thread: clients block on curl while it answers.
    [[nodiscard]] static Result<std::unique_ptr<FakeFacturapi>> start(Options options);
    ~FakeFacturapi();

    [[nodiscard]] QString url() const { return m_https.url(); } // "https://127.0.0.1:PORT"
    [[nodiscard]] QString caFile() const { return m_https.caFile(); }
    [[nodiscard]] const QString &apiKey() const { return m_options.apiKey; }

    // Down: the port refuses connections; up again on the same port with everything it had stamped.
    void goDown() { m_https.goDown(); }
    [[nodiscard]] Status comeUp() { return m_https.listen(); }

    // The next `times` requests (any endpoint) answer {message, status, code} with that HTTP status.
    void failNext(int httpStatus, const QString &message, const QString &code, int times = 1);
    // Every answer waits this long AFTER the request took effect (a stamp is kept): a client timeout then looks like
    // a cut answer.
    void setDelayMs(int ms);
    // Waits until no request is being answered (a slow answer finished); false after timeoutMs.
    [[nodiscard]] bool waitUntilIdle(int timeoutMs) const { return m_https.waitUntilIdle(timeoutMs); }
    // New invoices answer 202 "pending" and are stamped after this many GETs of the invoice.
    void setPendingPolls(int polls);
    // Cancellations answer cancellation_status "pending" and are accepted after this many GETs.
    void setCancellationPolls(int polls);

    [[nodiscard]] int stampCount() const; // TimbreFiscalDigital made: the number of CFDIs that exist at the "SAT"
    [[nodiscard]] int createRequests() const; // POST /v2/invoices received (retries included)
    [[nodiscard]] QByteArray stampedXml(const QString &uuid) const;
    [[nodiscard]] QStringList emailsSent(const QString &invoiceId) const;
    [[nodiscard]] QString cancelMotive(const QString &invoiceId) const;

private:
    struct Invoice
    {
        QString id;
        QString idempotencyKey;
        QJsonObject request; // without the key: a retry with another body is a conflict
        QByteArray sealedXml; // our sealer's Comprobante, before the TFD
        QByteArray stampedXml;
        QString status; // pending | valid | canceled
        QString cancellationStatus = QStringLiteral("none");
        QString cancelMotive;
        int pollsLeft = 0;
        int cancellationPollsLeft = 0;
        QString uuid;
        QString stampDate;
        FiscalStamp stamp;
        QString series;
        qint64 folioNumber = 0;
        qint64 totalCents = 0;
        QString legalName;
        QString taxId;
        QStringList emails;
        QString type; // I | E | P
        QString paymentMethod; // PUE | PPD
        qint64 paidCents = 0; // PPD: what recibos de pago and notas de crédito made here took off it
        int installments = 0; // PPD: how many recibos de pago relate to it
    };
    struct Failure
    {
        int status;
        QString message;
        QString code;
    };

    explicit FakeFacturapi(Options options);
    void handle(const QHttpServerRequest &request, QHttpServerResponder &responder);
    void stamp(Invoice &invoice); // under m_mutex
    // Under m_mutex: a related CFDI must relate to a valid CFDI of this organisation; a recibo de pago to a PPD invoice
    // with the next NumParcialidad and its true saldo anterior (guía de llenado pagos). Empty: accepted.
    [[nodiscard]] QString relatedRefusal(const InvoiceRequest &request, QString &path) const;
    [[nodiscard]] Invoice *byUuid(const QString &uuid);
    [[nodiscard]] QJsonObject toJson(const Invoice &invoice) const;

    Options m_options;

    mutable QMutex m_mutex;
    std::map<QString, Invoice> m_invoices; // by id
    std::map<QString, QString> m_byKey; // idempotency key → id
    std::deque<Failure> m_failures;
    int m_delayMs = 0;
    int m_pendingPolls = 0;
    int m_cancellationPolls = 0;
    int m_stampCount = 0;
    int m_createRequests = 0;
    qint64 m_nextFolio = 1;
    LoopbackHttps m_https; // last: it goes down before the state its handler uses
};

} // namespace nexus::test
