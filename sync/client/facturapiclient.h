// Facturapi (the PAC) over the sync engine's transport: create with an idempotency key, status, XML/PDF, cancel,
// e-mail.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "client/transport.h"
#include "common/error.h"
#include "common/money.h"

namespace nexus {

class SecretStore;

// Facturapi's invoice object, the fields the store keeps.
struct PacInvoice
{
    QString id; // Facturapi's id (not the SAT's UUID)
    QString status; // "pending" (202, stamping in the background) | "valid" | "canceled" | "draft"
    QString cancellationStatus; // "none" | "pending" | "accepted" | "rejected" | "expired"
    QString uuid; // folio fiscal; empty while pending
    QString series;
    qint64 folioNumber = 0;
    Money total;
    QString stampDate; // stamp.date (FechaTimbrado)
    QJsonObject raw; // the whole answer, for the record

    [[nodiscard]] bool isStamped() const { return status == QLatin1String("valid") && !uuid.isEmpty(); }
    [[nodiscard]] bool isPending() const { return status == QLatin1String("pending"); }
};

// One request at a time, blocking: call it from a worker thread, never from the UI thread.
//
// Errors are values with a Spanish message (es_MX translation) carrying Facturapi's own {message, status, code}:
//   ErrorCode::Network          no answer, timeout, HTTP 429 or 5xx: nothing is known to have changed; retry later
//                               (a create is retried with the same idempotency key, so it never stamps twice)
//   ErrorCode::InvalidInput     HTTP 400/422: the PAC refused the request; field = Facturapi's "path" or "pac"
//   ErrorCode::Unauthenticated  HTTP 401/403: the API key; not the invoice's fault
//   ErrorCode::NotFound         HTTP 404
//   ErrorCode::Conflict         HTTP 409: e.g. an idempotency key reused with another body, already cancelled
//   ErrorCode::Protocol         an answer that is not Facturapi's JSON
class FacturapiClient final
{
public:
    static constexpr const char *kDefaultUrl = "https://www.facturapi.io";
    static constexpr const char *kApiKeySecret = "facturapi-api-key"; // name in the SecretStore

    FacturapiClient(Transport &transport, QString apiKey);

    // The key kept by `SecretStore::write(kApiKeySecret, …)` (keychain, or the 0600 file fallback). Field "api_key".
    [[nodiscard]] static Result<QString> apiKeyFrom(SecretStore &secrets);

    // POST /v2/invoices with "idempotency_key" in the body: the same key returns the invoice created the first
    // time instead of stamping again. The answer may be pending (202): poll with invoice().
    [[nodiscard]] Result<PacInvoice> createInvoice(const QJsonObject &request, const QString &idempotencyKey);
    // GET /v2/invoices/{id}
    [[nodiscard]] Result<PacInvoice> invoice(const QString &id);
    // GET /v2/invoices/{id}/xml | /pdf
    [[nodiscard]] Result<QByteArray> downloadXml(const QString &id);
    [[nodiscard]] Result<QByteArray> downloadPdf(const QString &id);
    // DELETE /v2/invoices/{id}?motive=01..04[&substitution=UUID]; checkCancellationMotive (cfdi/invoicingservice.h).
    [[nodiscard]] Result<PacInvoice> cancelInvoice(
        const QString &id, const QString &motive, const QString &substitution = {});
    // POST /v2/invoices/{id}/email {"email": [...]}; empty list: the customer's address at Facturapi.
    [[nodiscard]] Status sendByEmail(const QString &id, const QStringList &emails = {});

    [[nodiscard]] static Result<PacInvoice> parseInvoice(const QByteArray &json);

private:
    [[nodiscard]] Result<HttpResponse> call(
        TransportRequest::Method method, const QString &path, const QByteArray &body = {});
    [[nodiscard]] Result<QByteArray> download(const QString &id, const char *format);

    Transport &m_transport;
    QString m_apiKey;
};

} // namespace nexus
