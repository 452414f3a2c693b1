// FakeFacturapi: Facturapi's invoice endpoints on Qt HttpServer, stamping with our sealer and the SAT's test CSD.
#include "fakefacturapi.h"

#include "cfdi/cfdisealer.h"
#include "cfdi/invoicingservice.h"
#include "server/tlsidentity.h"
#include "stampedcfdis.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

namespace nexus::test {

namespace {

struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray mime = QByteArrayLiteral("application/json");
};

Reply json(int status, const QJsonObject &object)
{
    return Reply { status, QJsonDocument(object).toJson(QJsonDocument::Compact),
        QByteArrayLiteral("application/json") };
}

// Facturapi's error body.
Reply error(int status, const QString &message, const QString &code = {}, const QString &path = {})
{
    QJsonObject body { { QStringLiteral("ok"), false }, { QStringLiteral("message"), message },
        { QStringLiteral("status"), status } };
    if (!code.isEmpty())
        body.insert(QStringLiteral("code"), code);
    if (!path.isEmpty())
        body.insert(QStringLiteral("path"), path);
    return json(status, body);
}

QString objectId()
{
    QString id;
    for (int i = 0; i < 24; ++i)
        id += QString::number(QRandomGenerator::global()->bounded(16), 16);
    return id;
}

} // namespace

FakeFacturapi::FakeFacturapi(Options options)
    : m_options(std::move(options)), m_https(m_options.dataDir, QStringLiteral("fake Facturapi"),
                                         [this](const QHttpServerRequest &request, QHttpServerResponder &responder) {
                                             handle(request, responder);
                                         })
{
}

Result<std::unique_ptr<FakeFacturapi>> FakeFacturapi::start(Options options)
{
    std::unique_ptr<FakeFacturapi> fake(new FakeFacturapi(std::move(options)));
    if (Status listening = fake->m_https.listen(); !listening)
        return std::unexpected(listening.error());
    return fake;
}

FakeFacturapi::~FakeFacturapi()
{
    m_https.goDown();
}

void FakeFacturapi::failNext(int httpStatus, const QString &message, const QString &code, int times)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < times; ++i)
        m_failures.push_back(Failure { httpStatus, message, code });
}

void FakeFacturapi::setDelayMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_delayMs = ms;
}

void FakeFacturapi::setPendingPolls(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_pendingPolls = polls;
}

void FakeFacturapi::setCancellationPolls(int polls)
{
    QMutexLocker lock(&m_mutex);
    m_cancellationPolls = polls;
}

int FakeFacturapi::stampCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_stampCount;
}

int FakeFacturapi::createRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_createRequests;
}

QByteArray FakeFacturapi::stampedXml(const QString &uuid) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &[id, invoice] : m_invoices)
        if (invoice.uuid.compare(uuid, Qt::CaseInsensitive) == 0)
            return invoice.stampedXml;
    return {};
}

QStringList FakeFacturapi::emailsSent(const QString &invoiceId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_invoices.find(invoiceId);
    return it == m_invoices.end() ? QStringList() : it->second.emails;
}

QString FakeFacturapi::cancelMotive(const QString &invoiceId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_invoices.find(invoiceId);
    return it == m_invoices.end() ? QString() : it->second.cancelMotive;
}

FakeFacturapi::Invoice *FakeFacturapi::byUuid(const QString &uuid)
{
    for (auto &[id, invoice] : m_invoices)
        if (!invoice.uuid.isEmpty() && invoice.uuid.compare(uuid, Qt::CaseInsensitive) == 0)
            return &invoice;
    return nullptr;
}

QString FakeFacturapi::relatedRefusal(const InvoiceRequest &request, QString &path) const
{
    const auto valid = [this](const QString &uuid) -> const Invoice * {
        for (const auto &[id, invoice] : m_invoices)
            if (invoice.uuid.compare(uuid, Qt::CaseInsensitive) == 0 && invoice.status == QLatin1String("valid"))
                return &invoice;
        return nullptr;
    };
    for (std::size_t i = 0; i < request.relatedDocuments.size(); ++i)
        for (qsizetype j = 0; j < request.relatedDocuments[i].uuids.size(); ++j)
            if (!valid(request.relatedDocuments[i].uuids.at(j))) {
                path = QStringLiteral("related_documents[%1].documents[%2]").arg(i).arg(j);
                return QStringLiteral("El CFDI relacionado %1 no existe o no está vigente")
                    .arg(request.relatedDocuments[i].uuids.at(j));
            }
    for (std::size_t p = 0; p < request.payments.size(); ++p)
        for (std::size_t d = 0; d < request.payments[p].relatedDocuments.size(); ++d) {
            const PaymentRelatedDocument &document = request.payments[p].relatedDocuments[d];
            path = QStringLiteral("complements[0].data[%1].related_documents[%2]").arg(p).arg(d);
            const Invoice *invoice = valid(document.uuid);
            if (!invoice)
                return QStringLiteral("La factura %1 no existe o no está vigente").arg(document.uuid);
            if (invoice->paymentMethod != QLatin1String("PPD"))
                return QStringLiteral("La factura %1 no es de pago en parcialidades o diferido (PPD)").arg(document.uuid);
            if (document.installment != invoice->installments + 1) {
                path += QStringLiteral(".installment");
                return QStringLiteral("La parcialidad de la factura %1 debe ser %2").arg(document.uuid).arg(
                    invoice->installments + 1);
            }
            if (document.lastBalance.centavos() != invoice->totalCents - invoice->paidCents) {
                path += QStringLiteral(".last_balance");
                return QStringLiteral("El saldo anterior de la factura %1 es %2").arg(document.uuid,
                    Money(invoice->totalCents - invoice->paidCents).toPlainString());
            }
        }
    path.clear();
    return {};
}

void FakeFacturapi::stamp(Invoice &invoice)
{
    // The TimbreFiscalDigital 1.1 a PAC adds (tests/support/stampedcfdis.h), read back as the counter will read it.
    invoice.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
    invoice.stampDate = QDateTime::currentDateTimeUtc()
                            .toTimeZone(QTimeZone(m_options.issuer.timeZone.toUtf8()))
                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    invoice.stampedXml = withTestStamp(invoice.sealedXml, invoice.uuid, invoice.stampDate);
    Result<StampedCfdi> stamped = parseStampedCfdi(invoice.stampedXml);
    invoice.stamp = stamped ? stamped->stamp : FiscalStamp {};
    invoice.status = QStringLiteral("valid");
    ++m_stampCount;
}

QJsonObject FakeFacturapi::toJson(const Invoice &invoice) const
{
    QJsonObject object { { QStringLiteral("id"), invoice.id }, { QStringLiteral("livemode"), false },
        { QStringLiteral("status"), invoice.status },
        { QStringLiteral("cancellation_status"), invoice.cancellationStatus },
        { QStringLiteral("total"), static_cast<double>(invoice.totalCents) / 100.0 },
        { QStringLiteral("folio_number"), invoice.folioNumber },
        { QStringLiteral("customer"),
            QJsonObject {
                { QStringLiteral("legal_name"), invoice.legalName }, { QStringLiteral("tax_id"), invoice.taxId } } } };
    if (!invoice.series.isEmpty())
        object.insert(QStringLiteral("series"), invoice.series);
    if (invoice.status == QLatin1String("pending")) {
        object.insert(QStringLiteral("uuid"), QJsonValue::Null);
        object.insert(QStringLiteral("stamp"), QJsonValue::Null);
    } else {
        object.insert(QStringLiteral("uuid"), invoice.uuid);
        object.insert(QStringLiteral("stamp"),
            QJsonObject { { QStringLiteral("date"), invoice.stampDate },
                { QStringLiteral("sat_signature"), invoice.stamp.satSeal },
                { QStringLiteral("sat_cert_number"), invoice.stamp.satCertificateNumber },
                { QStringLiteral("signature"), invoice.stamp.cfdSeal } });
    }
    return object;
}

void FakeFacturapi::handle(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const auto reply = [&]() -> Reply {
        QMutexLocker lock(&m_mutex);
        if (!m_failures.empty()) {
            const Failure failure = m_failures.front();
            m_failures.pop_front();
            return error(failure.status, failure.message, failure.code);
        }
        if (request.value(QByteArrayLiteral("Authorization")) != "Bearer " + m_options.apiKey.toUtf8())
            return error(401, QStringLiteral("La API key que enviaste no es válida"), QStringLiteral("unauthorized"));
        const QStringList path = request.url().path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (path.size() < 2 || path[0] != QLatin1String("v2") || path[1] != QLatin1String("invoices"))
            return error(404, QStringLiteral("Ruta no encontrada"), QStringLiteral("not_found"));
        const auto method = request.method();

        if (path.size() == 2 && method == QHttpServerRequest::Method::Post) {
            ++m_createRequests;
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !document.isObject())
                return error(
                    400, QStringLiteral("El cuerpo de la solicitud no es JSON válido"), QStringLiteral("invalid_json"));
            QJsonObject body = document.object();
            const QString key = body.take(QStringLiteral("idempotency_key")).toString();
            if (key.isEmpty())
                return error(400, QStringLiteral("Falta el campo idempotency_key"), QStringLiteral("invalid_request"),
                    QStringLiteral("idempotency_key"));
            if (const auto known = m_byKey.find(key); known != m_byKey.end()) {
                const Invoice &existing = m_invoices.at(known->second);
                if (existing.request != body)
                    return error(409, QStringLiteral("La llave de idempotencia ya se usó con una solicitud distinta"),
                        QStringLiteral("idempotency_key_reused"));
                return json(existing.status == QLatin1String("pending") ? 202 : 200, toJson(existing));
            }
            Result<InvoiceRequest> parsed = parseInvoiceRequest(body);
            if (!parsed)
                return error(400, parsed.error().message(), QStringLiteral("invalid_request"), parsed.error().field());
            QString relatedPath;
            if (const QString refusal = relatedRefusal(*parsed, relatedPath); !refusal.isEmpty())
                return error(400, refusal, QStringLiteral("invalid_related_document"), relatedPath);
            Result<SealedCfdi> sealed
                = sealCfdi(m_options.issuer, *parsed, m_options.csd, QDateTime::currentDateTimeUtc());
            if (!sealed)
                return error(400, sealed.error().message(), QStringLiteral("cfdi_invalid"), sealed.error().field());
            Invoice invoice;
            invoice.id = objectId();
            invoice.idempotencyKey = key;
            invoice.request = body;
            invoice.sealedXml = sealed->xml;
            invoice.series = parsed->series;
            invoice.folioNumber = parsed->folioNumber.value_or(m_nextFolio++);
            invoice.totalCents = sealed->document.total.centavos();
            invoice.legalName = parsed->customer.legalName;
            invoice.taxId = parsed->customer.taxId;
            invoice.type = cfdiTypeCode(parsed->type);
            invoice.paymentMethod = parsed->paymentMethod;
            // A nota de crédito applies to its invoice directly: what is still owed of a PPD invoice drops by it.
            if (parsed->type == CfdiType::Egreso)
                for (const RelatedDocuments &related : parsed->relatedDocuments)
                    for (const QString &uuid : related.uuids)
                        if (Invoice *credited = byUuid(uuid); credited && related.relationship == QLatin1String("01"))
                            credited->paidCents += invoice.totalCents;
            for (const Payment &payment : parsed->payments)
                for (const PaymentRelatedDocument &related : payment.relatedDocuments)
                    if (Invoice *paid = byUuid(related.uuid)) {
                        paid->paidCents += related.amount.centavos();
                        ++paid->installments;
                    }
            if (m_pendingPolls > 0) {
                invoice.status = QStringLiteral("pending");
                invoice.pollsLeft = m_pendingPolls;
            } else {
                stamp(invoice);
            }
            m_byKey.emplace(key, invoice.id);
            const auto [it, added] = m_invoices.emplace(invoice.id, std::move(invoice));
            return json(it->second.status == QLatin1String("pending") ? 202 : 200, toJson(it->second));
        }
        if (path.size() < 3)
            return error(405, QStringLiteral("Método no permitido"), QStringLiteral("method_not_allowed"));
        const auto found = m_invoices.find(path[2]);
        if (found == m_invoices.end())
            return error(
                404, QStringLiteral("No se encontró la factura con id %1").arg(path[2]), QStringLiteral("not_found"));
        Invoice &invoice = found->second;

        if (path.size() == 3 && method == QHttpServerRequest::Method::Get) {
            if (invoice.status == QLatin1String("pending") && --invoice.pollsLeft <= 0)
                stamp(invoice);
            if (invoice.cancellationStatus == QLatin1String("pending") && --invoice.cancellationPollsLeft <= 0) {
                invoice.cancellationStatus = QStringLiteral("accepted");
                invoice.status = QStringLiteral("canceled");
            }
            return json(200, toJson(invoice));
        }
        if (path.size() == 4 && method == QHttpServerRequest::Method::Get
            && (path[3] == QLatin1String("xml") || path[3] == QLatin1String("pdf"))) {
            if (invoice.stampedXml.isEmpty())
                return error(400, QStringLiteral("La factura aún no ha sido timbrada"), QStringLiteral("not_stamped"));
            if (path[3] == QLatin1String("xml"))
                return Reply { 200, invoice.stampedXml, QByteArrayLiteral("application/xml") };
            return Reply { 200,
                QByteArrayLiteral("%PDF-1.4\n% Fake Facturapi\n1 0 obj << /Type /Catalog >> endobj\n% UUID ")
                    + invoice.uuid.toLatin1() + QByteArrayLiteral("\n%%EOF\n"),
                QByteArrayLiteral("application/pdf") };
        }
        if (path.size() == 3 && method == QHttpServerRequest::Method::Delete) {
            const QUrlQuery query(request.url());
            const QString motive = query.queryItemValue(QStringLiteral("motive"));
            const QString substitution = query.queryItemValue(QStringLiteral("substitution"));
            if (Status checked = checkCancellationMotive(motive, substitution); !checked)
                return error(400, checked.error().message(), QStringLiteral("invalid_motive"), checked.error().field());
            if (invoice.status != QLatin1String("valid") || invoice.cancellationStatus == QLatin1String("pending"))
                return error(400,
                    QStringLiteral("Solo se pueden cancelar facturas válidas sin una cancelación en curso"),
                    QStringLiteral("invalid_status"));
            invoice.cancelMotive = motive;
            if (m_cancellationPolls > 0) {
                invoice.cancellationStatus = QStringLiteral("pending");
                invoice.cancellationPollsLeft = m_cancellationPolls;
            } else {
                invoice.cancellationStatus = QStringLiteral("accepted");
                invoice.status = QStringLiteral("canceled");
            }
            return json(200, toJson(invoice));
        }
        if (path.size() == 4 && path[3] == QLatin1String("email") && method == QHttpServerRequest::Method::Post) {
            if (invoice.status != QLatin1String("valid"))
                return error(
                    400, QStringLiteral("Solo se pueden enviar facturas válidas"), QStringLiteral("invalid_status"));
            const QJsonValue email = QJsonDocument::fromJson(request.body()).object().value(QStringLiteral("email"));
            QStringList emails;
            for (const QJsonValue &value : email.toArray())
                emails.append(value.toString());
            if (emails.isEmpty())
                emails.append(QStringLiteral("(cliente)"));
            invoice.emails.append(emails);
            return json(200, QJsonObject { { QStringLiteral("ok"), true } });
        }
        return error(405, QStringLiteral("Método no permitido"), QStringLiteral("method_not_allowed"));
    }();
    int delay = 0;
    {
        QMutexLocker lock(&m_mutex);
        delay = m_delayMs;
    }
    if (delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));
    responder.write(reply.body, reply.mime, static_cast<QHttpServerResponder::StatusCode>(reply.status));
}

} // namespace nexus::test
