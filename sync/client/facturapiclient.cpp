// FacturapiClient: Facturapi's REST calls and its {message, status, code} errors as Spanish Error values.
#include "client/facturapiclient.h"

#include "cfdi/invoicingservice.h"
#include "client/secretstore.h"
#include "protocol/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace nexus {

namespace {

bool validId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

QString invoicePath(const QString &id)
{
    return QStringLiteral("/v2/invoices/") + id;
}

// Facturapi's error body: {"message": "...", "status": 400, "code": "...", "path": "items.0.product.price"}.
struct PacError
{
    QString message;
    QString code;
    QString path;
};

PacError parseError(const HttpResponse &response)
{
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    PacError error { body.value(QLatin1String("message")).toString().trimmed(),
        body.value(QLatin1String("code")).toVariant().toString(), body.value(QLatin1String("path")).toString() };
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(response.body.left(200)).simplified();
    if (error.code.isEmpty())
        error.code = QString::number(response.status);
    return error;
}

std::unexpected<Error> httpError(const HttpResponse &response, const QString &what)
{
    const PacError error = parseError(response);
    const int status = response.status;
    if (status == 400 || status == 422)
        return fail(ErrorCode::InvalidInput, NX_ERR("The PAC refused %1: %2 (code %3)"),
            { what, error.message, error.code }, error.path.isEmpty() ? QStringLiteral("pac") : error.path);
    if (status == 401 || status == 403)
        return fail(ErrorCode::Unauthenticated,
            NX_ERR("The PAC did not accept the API key (%1). Check the Facturapi key in the fiscal settings."),
            { error.message }, QStringLiteral("api_key"));
    if (status == 404)
        return fail(ErrorCode::NotFound, NX_ERR("The PAC does not have %1: %2"), { what, error.message },
            QStringLiteral("pac"));
    if (status == 409)
        return fail(ErrorCode::Conflict, NX_ERR("The PAC refused %1 because it clashes with an earlier request: %2"),
            { what, error.message }, QStringLiteral("pac"));
    if (status == 429)
        return fail(ErrorCode::Network,
            NX_ERR("The PAC is receiving too many requests; %1 will be sent again later (%2)"), { what, error.message },
            QStringLiteral("pac"));
    if (status >= 500)
        return fail(ErrorCode::Network, NX_ERR("The PAC is failing (HTTP %1): %2; %3 will be sent again later"),
            { QString::number(status), error.message, what }, QStringLiteral("pac"));
    return fail(ErrorCode::Protocol, NX_ERR("The PAC answered HTTP %1 to %2: %3"),
        { QString::number(status), what, error.message }, QStringLiteral("pac"));
}

QString invoiceWhat(const QString &id)
{
    return QCoreApplication::translate(Error::kContext, NX_ERR("the invoice %1")).arg(id);
}

} // namespace

FacturapiClient::FacturapiClient(Transport &transport, QString apiKey)
    : m_transport(transport), m_apiKey(std::move(apiKey))
{
}

Result<QString> FacturapiClient::apiKeyFrom(SecretStore &secrets)
{
    Result<QByteArray> key = secrets.read(QLatin1String(kApiKeySecret));
    if (!key)
        return fail(ErrorCode::NotFound,
            NX_ERR("There is no Facturapi API key on this device; enter it in the fiscal settings"), {},
            QStringLiteral("api_key"));
    const QString text = QString::fromUtf8(*key).trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The Facturapi API key stored on this device is empty"), {},
            QStringLiteral("api_key"));
    return text;
}

Result<HttpResponse> FacturapiClient::call(TransportRequest::Method method, const QString &path, const QByteArray &body)
{
    if (m_apiKey.isEmpty())
        return fail(ErrorCode::Unauthenticated,
            NX_ERR("There is no Facturapi API key on this device; enter it in the "
                   "fiscal settings"),
            {}, QStringLiteral("api_key"));
    Result<HttpResponse> response = m_transport.send(TransportRequest { method, path, body, m_apiKey });
    if (!response)
        return fail(ErrorCode::Network, NX_ERR("Cannot reach the PAC: %1"), { response.error().message() },
            QStringLiteral("pac"));
    qCDebug(lcSyncEngine) << "facturapi" << path << response->status;
    return response;
}

Result<PacInvoice> FacturapiClient::parseInvoice(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    const QString id = object.value(QLatin1String("id")).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || id.isEmpty())
        return fail(ErrorCode::Protocol, NX_ERR("The PAC answered something that is not an invoice: %1"),
            { QString::fromUtf8(json.left(200)).simplified() }, QStringLiteral("pac"));
    PacInvoice invoice;
    invoice.id = id;
    invoice.status = object.value(QLatin1String("status")).toString();
    invoice.cancellationStatus = object.value(QLatin1String("cancellation_status")).toString(QStringLiteral("none"));
    invoice.uuid = object.value(QLatin1String("uuid")).toString();
    invoice.series = object.value(QLatin1String("series")).toString();
    invoice.folioNumber = object.value(QLatin1String("folio_number")).toVariant().toLongLong();
    invoice.total = Money(std::llround(object.value(QLatin1String("total")).toDouble() * 100.0));
    invoice.stampDate = object.value(QLatin1String("stamp")).toObject().value(QLatin1String("date")).toString();
    invoice.raw = object;
    return invoice;
}

Result<PacInvoice> FacturapiClient::createInvoice(const QJsonObject &request, const QString &idempotencyKey)
{
    if (idempotencyKey.trimmed().isEmpty())
        return fail(ErrorCode::Internal, NX_ERR("An invoice is never sent to the PAC without an idempotency key"), {},
            QStringLiteral("idempotency_key"));
    QJsonObject body = request;
    body.insert(QStringLiteral("idempotency_key"), idempotencyKey);
    Result<HttpResponse> response = call(TransportRequest::Method::Post, QStringLiteral("/v2/invoices"),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200 && response->status != 201 && response->status != 202)
        return httpError(*response, QCoreApplication::translate(Error::kContext, NX_ERR("the invoice")));
    return parseInvoice(response->body);
}

Result<PacInvoice> FacturapiClient::invoice(const QString &id)
{
    if (!validId(id))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a PAC invoice id"), { id }, QStringLiteral("pac_id"));
    Result<HttpResponse> response = call(TransportRequest::Method::Get, invoicePath(id));
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200)
        return httpError(*response, invoiceWhat(id));
    return parseInvoice(response->body);
}

Result<QByteArray> FacturapiClient::download(const QString &id, const char *format)
{
    if (!validId(id))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a PAC invoice id"), { id }, QStringLiteral("pac_id"));
    Result<HttpResponse> response
        = call(TransportRequest::Method::Get, invoicePath(id) + QLatin1Char('/') + QLatin1String(format));
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200)
        return httpError(*response, invoiceWhat(id));
    if (response->body.isEmpty())
        return fail(ErrorCode::Protocol, NX_ERR("The PAC sent an empty %1 of the invoice %2"),
            { QString::fromLatin1(format).toUpper(), id }, QStringLiteral("pac"));
    return std::move(response->body);
}

Result<QByteArray> FacturapiClient::downloadXml(const QString &id)
{
    Result<QByteArray> xml = download(id, "xml");
    if (xml && !xml->contains("TimbreFiscalDigital"))
        return fail(ErrorCode::Protocol, NX_ERR("The XML the PAC sent for the invoice %1 has no TimbreFiscalDigital"),
            { id }, QStringLiteral("pac"));
    return xml;
}

Result<QByteArray> FacturapiClient::downloadPdf(const QString &id)
{
    Result<QByteArray> pdf = download(id, "pdf");
    if (pdf && !pdf->startsWith("%PDF"))
        return fail(ErrorCode::Protocol, NX_ERR("What the PAC sent as the PDF of the invoice %1 is not a PDF"), { id },
            QStringLiteral("pac"));
    return pdf;
}

Result<PacInvoice> FacturapiClient::cancelInvoice(const QString &id, const QString &motive, const QString &substitution)
{
    if (!validId(id))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a PAC invoice id"), { id }, QStringLiteral("pac_id"));
    if (Status checked = checkCancellationMotive(motive, substitution); !checked)
        return std::unexpected(checked.error());
    QString path = invoicePath(id) + QStringLiteral("?motive=") + motive;
    if (!substitution.isEmpty())
        path += QStringLiteral("&substitution=") + QString::fromLatin1(QUrl::toPercentEncoding(substitution));
    Result<HttpResponse> response = call(TransportRequest::Method::Delete, path);
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200 && response->status != 202)
        return httpError(*response, invoiceWhat(id));
    return parseInvoice(response->body);
}

Status FacturapiClient::sendByEmail(const QString &id, const QStringList &emails)
{
    if (!validId(id))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a PAC invoice id"), { id }, QStringLiteral("pac_id"));
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    QJsonObject body;
    if (!emails.isEmpty()) {
        for (const QString &email : emails)
            if (!emailPattern.match(email).hasMatch())
                return fail(ErrorCode::InvalidInput, NX_ERR("\"%1\" is not an e-mail address"), { email },
                    QStringLiteral("email"));
        body.insert(QStringLiteral("email"), QJsonArray::fromStringList(emails));
    }
    Result<HttpResponse> response = call(TransportRequest::Method::Post, invoicePath(id) + QStringLiteral("/email"),
        QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 200)
        return httpError(*response, invoiceWhat(id));
    return {};
}

} // namespace nexus
