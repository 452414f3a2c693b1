// InvoiceStamper: create (idempotent) → poll while pending → download the stamped XML → store; queued cancellations.
#include "client/invoicestamper.h"

#include "cfdi/cfdisealer.h"
#include "cfdi/invoicingservice.h"
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
    StampPass pass;
    // A PAC error: stop (line/key), refuse the invoice, or leave it for the next pass. False: stop the pass.
    auto handle = [&](const InvoiceRecord &record, const Error &error) -> Result<bool> {
        const Outcome outcome = outcomeOf(error);
        qCInfo(lcSyncEngine).noquote() << "invoice" << record.id << "not stamped:" << error.logMessage();
        Status stored = outcome == Outcome::Refuse ? service.recordRefused(record.id, error)
                                                   : service.recordWaiting(record.id, error);
        if (!stored)
            return std::unexpected(stored.error());
        if (outcome == Outcome::Refuse) {
            ++pass.refused;
            return true;
        }
        ++pass.waiting;
        if (outcome == Outcome::StopPass) {
            pass.lineDown = error.code() == ErrorCode::Network;
            pass.stoppedBy = error;
            return false;
        }
        return true;
    };

    for (const InvoiceRecord &record : *queue) {
        if (record.state == InvoiceState::Stamped) {
            // A queued cancellation; a pending one (the receiver must accept) is polled, never requested twice.
            Result<PacInvoice> answer = record.cancellationStatus == QLatin1String("pending")
                ? m_pac.invoice(record.pacId)
                : m_pac.cancelInvoice(record.pacId, record.cancelMotive, record.cancelSubstitution);
            if (!answer) {
                if (outcomeOf(answer.error()) == Outcome::StopPass) {
                    pass.lineDown = answer.error().code() == ErrorCode::Network;
                    pass.stoppedBy = answer.error();
                    break;
                }
                if (Status stored = service.recordCancellation(
                        record.id, QStringLiteral("rejected"), false, answer.error().message());
                    !stored)
                    return std::unexpected(stored.error());
                continue;
            }
            const bool cancelled = answer->status == QLatin1String("canceled");
            if (Status stored = service.recordCancellation(
                    record.id, cancelled ? QStringLiteral("accepted") : answer->cancellationStatus, cancelled);
                !stored)
                return std::unexpected(stored.error());
            pass.cancelled += cancelled ? 1 : 0;
            continue;
        }

        PacInvoice invoice;
        if (record.pacId.isEmpty()) {
            // Counted before sending: from now on the invoice may exist at the PAC even if this process dies.
            if (Status counted = service.recordAttempt(record.id); !counted)
                return std::unexpected(counted.error());
            const QJsonObject request = QJsonDocument::fromJson(record.requestJson).object();
            Result<PacInvoice> created = m_pac.createInvoice(request, record.idempotencyKey);
            if (m_afterCreate)
                m_afterCreate(record.id);
            if (!created) {
                Result<bool> goOn = handle(record, created.error());
                if (!goOn)
                    return std::unexpected(goOn.error());
                if (!*goOn)
                    break;
                continue;
            }
            invoice = *created;
            if (Status stored = service.recordPacAnswer(record.id, invoice.id, invoice.status); !stored)
                return std::unexpected(stored.error());
        } else {
            Result<PacInvoice> current = m_pac.invoice(record.pacId);
            if (!current) {
                Result<bool> goOn = handle(record, current.error());
                if (!goOn)
                    return std::unexpected(goOn.error());
                if (!*goOn)
                    break;
                continue;
            }
            invoice = *current;
            if (Status stored = service.recordPacAnswer(record.id, invoice.id, invoice.status); !stored)
                return std::unexpected(stored.error());
        }

        if (invoice.isPending()) {
            ++pass.waiting;
            continue;
        }
        if (!invoice.isStamped()) {
            const Error odd(ErrorCode::Protocol, NX_ERR("The PAC says the invoice %1 is \"%2\", not stamped"),
                { invoice.id, invoice.status }, QStringLiteral("pac"));
            Result<bool> goOn = handle(record, odd);
            if (!goOn)
                return std::unexpected(goOn.error());
            continue;
        }
        Result<QByteArray> xml = m_pac.downloadXml(invoice.id);
        if (!xml) {
            // Stamped at the PAC: never refused here, only fetched again next pass (pac_id is stored).
            const Error error = xml.error();
            if (Status stored = service.recordWaiting(record.id, error); !stored)
                return std::unexpected(stored.error());
            ++pass.waiting;
            if (outcomeOf(error) == Outcome::StopPass) {
                pass.lineDown = error.code() == ErrorCode::Network;
                pass.stoppedBy = error;
                break;
            }
            continue;
        }
        // The XML is the CFDI: its own TimbreFiscalDigital must be the one the PAC reported.
        Result<StampedCfdi> stamped = parseStampedCfdi(*xml);
        if (!stamped || stamped->stamp.uuid.compare(invoice.uuid, Qt::CaseInsensitive) != 0) {
            const Error odd = stamped
                ? Error(ErrorCode::Protocol, NX_ERR("The XML the PAC sent has the UUID %1, not the invoice's %2"),
                    { stamped->stamp.uuid, invoice.uuid }, QStringLiteral("pac"))
                : stamped.error();
            Result<bool> goOn = handle(record, Error(ErrorCode::Protocol, odd.sourceText(), odd.args(), odd.field()));
            if (!goOn)
                return std::unexpected(goOn.error());
            continue;
        }
        if (Status stored = service.recordStamped(
                record.id, invoice.id, invoice.uuid, invoice.series, invoice.folioNumber, invoice.stampDate, *xml);
            !stored)
            return std::unexpected(stored.error());
        ++pass.stamped;
        qCInfo(lcSyncEngine).noquote() << "invoice" << record.id << "stamped, UUID" << invoice.uuid;

        if (!m_options.pdfDir.isEmpty()) {
            // The PAC's PDF is a convenience: the counter prints its own from the XML when this fails.
            Result<QByteArray> pdf = m_pac.downloadPdf(invoice.id);
            const QString path = QDir(m_options.pdfDir).filePath(invoice.uuid.toUpper() + QStringLiteral(".pdf"));
            if (pdf && QDir().mkpath(m_options.pdfDir) && writeFileAtomically(path, *pdf))
                (void)service.recordPdf(record.id, path);
        }
    }
    return pass;
}

} // namespace nexus
