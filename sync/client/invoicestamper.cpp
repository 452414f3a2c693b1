// InvoiceStamper: create (idempotent) → poll while pending → download the stamped XML → store; queued cancellations.
#include "client/invoicestamper.h"

#include "cfdi/cfdisealer.h"
#include "cfdi/invoicingservice.h"
#include "cfdi/relatedcfdi.h"
#include "cfdi/stampedcfdi.h"
#include "client/facturapiclient.h"
#include "protocol/logging.h"

#include <QDir>
#include <QJsonDocument>

namespace nexus {

namespace {

// How one PAC error affects the pass: wait (and stop: the line or the key), refuse the invoice, or try it later.
enum class Outcome { StopPass, Refuse, TryLater };

Outcome outcomeOf(const Error &error)
{
    switch (error.code()) {
    case ErrorCode::Network:
    case ErrorCode::Unauthenticated:
        return Outcome::StopPass;
    case ErrorCode::InvalidInput:
    case ErrorCode::Conflict:
    case ErrorCode::NotFound:
        return Outcome::Refuse;
    default:
        return Outcome::TryLater;
    }
}

// One pass's state and the steps of one invoice. Each step answers Next (go on with the next invoice) or Stop (the
// line or the key failed: the rest waits for the next pass); only the local database's errors are errors.
class StampingPass final
{
public:
    enum class Step { Next, Stop };

    StampingPass(Database &db, const Clock &clock, InvoicingService &service, FacturapiClient &pac,
        const std::function<void(const QString &)> &hook, const QString &pdfDir)
        : m_db(db), m_clock(clock), m_service(service), m_pac(pac), m_afterCreate(hook), m_pdfDir(pdfDir)
    {
    }

    [[nodiscard]] StampPass &result() { return m_pass; }

    // A queued cancellation; a pending one (the receiver must accept) is polled, never requested twice.
    [[nodiscard]] Result<Step> cancel(const InvoiceRecord &record)
    {
        Result<PacInvoice> answer = record.cancellationStatus == QLatin1String("pending")
            ? m_pac.invoice(record.pacId)
            : m_pac.cancelInvoice(record.pacId, record.cancelMotive, record.cancelSubstitution);
        if (!answer) {
            if (outcomeOf(answer.error()) == Outcome::StopPass)
                return stop(answer.error());
            return stored(
                m_service.recordCancellation(record.id, QStringLiteral("rejected"), false, answer.error().message()));
        }
        const bool cancelled = answer->status == QLatin1String("canceled");
        m_pass.cancelled += cancelled ? 1 : 0;
        return stored(m_service.recordCancellation(
            record.id, cancelled ? QStringLiteral("accepted") : answer->cancellationStatus, cancelled));
    }

    // A queued "Enviar por correo": the PAC mails the XML and PDF; a refusal ends the request (why in last_error).
    [[nodiscard]] Result<Step> email(const InvoiceRecord &record)
    {
        Status sent = m_pac.sendByEmail(record.pacId, record.emailTo.split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!sent && outcomeOf(sent.error()) == Outcome::StopPass)
            return stop(sent.error());
        if (!sent && outcomeOf(sent.error()) == Outcome::TryLater)
            return stored(m_service.recordWaiting(record.id, sent.error()));
        m_pass.emailed += sent ? 1 : 0;
        return stored(m_service.recordEmail(record.id, sent.has_value(), sent ? QString() : sent.error().message()));
    }

    // A nota de crédito or recibo de pago is sent only once its request is complete (the original's UUID known).
    [[nodiscard]] Result<Step> stampRelated(const InvoiceRecord &record)
    {
        if (!record.awaitingRelated)
            return stamp(record);
        Result<RelatedCompletion> completion = completeRelatedRequest(m_db, m_clock, record.id);
        if (!completion)
            return std::unexpected(completion.error());
        switch (completion->readiness) {
        case RelatedReadiness::Waiting:
            ++m_pass.waiting;
            return stored(m_service.recordWaiting(record.id, completion->reason));
        case RelatedReadiness::Impossible:
            ++m_pass.refused;
            return stored(m_service.recordRefused(record.id, completion->reason));
        case RelatedReadiness::Ready:
            break;
        }
        Result<InvoiceRecord> completed = m_service.invoice(record.id);
        if (!completed)
            return std::unexpected(completed.error());
        return stamp(*completed);
    }

    // Create (counted first: from then on it may exist at the PAC) or poll, then fetch and keep the stamped XML.
    [[nodiscard]] Result<Step> stamp(const InvoiceRecord &record)
    {
        Result<PacInvoice> answer;
        if (record.pacId.isEmpty()) {
            Result<bool> counted = m_service.recordAttempt(record.id);
            if (!counted)
                return std::unexpected(counted.error());
            if (!*counted)
                return Step::Next; // withdrawn at the counter since the queue was read: never sent
            answer = m_pac.createInvoice(QJsonDocument::fromJson(record.requestJson).object(), record.idempotencyKey);
            if (m_afterCreate)
                m_afterCreate(record.id);
        } else {
            answer = m_pac.invoice(record.pacId);
        }
        if (!answer)
            return failed(record, answer.error());
        const PacInvoice &invoice = *answer;
        if (Status kept = m_service.recordPacAnswer(record.id, invoice.id, invoice.status); !kept)
            return std::unexpected(kept.error());
        if (invoice.isPending()) {
            ++m_pass.waiting;
            return Step::Next;
        }
        if (!invoice.isStamped())
            return failed(record,
                Error(ErrorCode::Protocol, NX_ERR("The PAC says the invoice %1 is \"%2\", not stamped"),
                    { invoice.id, invoice.status }, QStringLiteral("pac")));
        // Stamped at the PAC: from here on never refused, only fetched again next pass (pac_id is stored).
        Result<QByteArray> xml = m_pac.downloadXml(invoice.id);
        if (!xml)
            return failed(record, asWaiting(xml.error()));
        // The XML is the CFDI: its own TimbreFiscalDigital must be the one the PAC reported.
        Result<StampedCfdi> cfdi = parseStampedCfdi(*xml);
        if (!cfdi)
            return failed(record, asWaiting(cfdi.error()));
        if (cfdi->stamp.uuid.compare(invoice.uuid, Qt::CaseInsensitive) != 0)
            return failed(record,
                Error(ErrorCode::Protocol, NX_ERR("The XML the PAC sent has the UUID %1, not the invoice's %2"),
                    { cfdi->stamp.uuid, invoice.uuid }, QStringLiteral("pac")));
        if (Status kept = m_service.recordStamped(
                record.id, invoice.id, invoice.uuid, invoice.series, invoice.folioNumber, invoice.stampDate, *xml);
            !kept)
            return std::unexpected(kept.error());
        ++m_pass.stamped;
        qCInfo(lcSyncEngine).noquote() << "invoice" << record.id << "stamped, UUID" << invoice.uuid;
        keepPdf(record.id, invoice);
        return Step::Next;
    }

private:
    // A failure that must not mark a stamped invoice as refused: anything but the line or the key waits.
    static Error asWaiting(const Error &error)
    {
        if (outcomeOf(error) == Outcome::StopPass)
            return error;
        return Error(ErrorCode::Protocol, error.sourceText(), error.args(), error.field());
    }

    [[nodiscard]] Result<Step> stored(const Status &status)
    {
        if (!status)
            return std::unexpected(status.error());
        return Step::Next;
    }

    [[nodiscard]] Step stop(const Error &error)
    {
        m_pass.lineDown = error.code() == ErrorCode::Network;
        m_pass.stoppedBy = error;
        return Step::Stop;
    }

    // A PAC error about this invoice: refused (state error, tickets free) or still waiting, the reason stored.
    [[nodiscard]] Result<Step> failed(const InvoiceRecord &record, const Error &error)
    {
        const Outcome outcome = outcomeOf(error);
        qCInfo(lcSyncEngine).noquote() << "invoice" << record.id << "not stamped:" << error.logMessage();
        Status kept = outcome == Outcome::Refuse ? m_service.recordRefused(record.id, error)
                                                 : m_service.recordWaiting(record.id, error);
        if (!kept)
            return std::unexpected(kept.error());
        if (outcome == Outcome::Refuse) {
            ++m_pass.refused;
            return Step::Next;
        }
        ++m_pass.waiting;
        return outcome == Outcome::StopPass ? stop(error) : Step::Next;
    }

    // The PAC's PDF is a convenience: the counter prints its own from the XML when this fails.
    void keepPdf(const QString &id, const PacInvoice &invoice)
    {
        if (m_pdfDir.isEmpty())
            return;
        Result<QByteArray> pdf = m_pac.downloadPdf(invoice.id);
        const QString path = QDir(m_pdfDir).filePath(invoice.uuid.toUpper() + QStringLiteral(".pdf"));
        if (pdf && QDir().mkpath(m_pdfDir) && writeFileAtomically(path, *pdf) && !m_service.recordPdf(id, path))
            qCWarning(lcSyncEngine).noquote() << "invoice" << id << "PDF saved but not recorded:" << path;
    }

    Database &m_db;
    const Clock &m_clock;
    InvoicingService &m_service;
    FacturapiClient &m_pac;
    const std::function<void(const QString &)> &m_afterCreate;
    QString m_pdfDir;
    StampPass m_pass;
};

} // namespace

InvoiceStamper::InvoiceStamper(
    Database &db, const Clock &clock, CfdiIssuer issuer, FacturapiClient &pac, Options options)
    : m_db(db), m_clock(clock), m_issuer(std::move(issuer)), m_pac(pac), m_options(std::move(options))
{
}

Result<StampPass> InvoiceStamper::runOnce()
{
    InvoicingService service(m_db, m_clock, m_issuer);
    Result<std::vector<InvoiceRecord>> queue = service.toSend();
    if (!queue)
        return std::unexpected(queue.error());
    StampingPass pass(m_db, m_clock, service, m_pac, m_afterCreate, m_options.pdfDir);
    for (const InvoiceRecord &record : *queue) {
        Result<StampingPass::Step> step = StampingPass::Step::Next;
        if (record.state != InvoiceState::Stamped)
            step = pass.stampRelated(record);
        if (step && *step == StampingPass::Step::Next && record.emailQueued)
            step = pass.email(record); // before a cancellation: the customer gets what was valid
        if (step && *step == StampingPass::Step::Next && record.cancellationQueued)
            step = pass.cancel(record);
        if (!step)
            return std::unexpected(step.error());
        if (*step == StampingPass::Step::Stop)
            break;
    }
    return pass.result();
}

} // namespace nexus
