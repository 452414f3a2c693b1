// The stamping worker: sends the invoices waiting in nexus.db to the PAC when the line is up, exactly once each.
//
// API summary: InvoiceStamper stamper(db, clock, issuer, facturapiClient, {pdfDir});
//   stamper.runOnce() → StampPass {stamped, waiting, refused, cancelled, lineDown, stoppedBy}
// Run it on a worker thread (it blocks on the network) whenever the line may be up: a timer, the sync engine's pass,
// or right after InvoicingService queued an invoice. Offline the invoice stays "pendiente de timbrar"; the next pass
// sends the same request with the same idempotency key, so a retry (cut answer, crash between send and store) gets
// the invoice the PAC made the first time instead of a second CFDI.
#pragma once

#include <QString>

#include <functional>
#include <optional>

#include "cfdi/invoicerequest.h"
#include "common/error.h"

namespace nexus {

class Clock;
class Database;
class FacturapiClient;

struct StampPass
{
    int stamped = 0; // now timbrada (XML stored)
    int waiting = 0; // still pendiente de timbrar (the PAC said pending, or an odd answer: tried again next pass)
    int refused = 0; // the PAC refused the request: state error, the message in last_error
    int cancelled = 0;
    int emailed = 0; // queued e-mails the PAC accepted
    bool lineDown = false; // the PAC could not be reached: the rest waits for the next pass
    std::optional<Error> stoppedBy; // why the pass stopped early (line down, API key refused)
};

class InvoiceStamper final
{
public:
    struct Options
    {
        QString pdfDir; // where the PAC's PDF is saved as <uuid>.pdf; empty: not downloaded
    };

    InvoiceStamper(Database &db, const Clock &clock, CfdiIssuer issuer, FacturapiClient &pac, Options options);

    // One pass over every invoice to send, oldest first. Errors are only the local database's.
    [[nodiscard]] Result<StampPass> runOnce();

    // Tests: called with the invoice id after the PAC answered a create and before the answer is stored, to crash
    // the process exactly there.
    void setAfterCreateHook(std::function<void(const QString &)> hook) { m_afterCreate = std::move(hook); }

private:
    Database &m_db;
    const Clock &m_clock;
    CfdiIssuer m_issuer;
    FacturapiClient &m_pac;
    Options m_options;
    std::function<void(const QString &)> m_afterCreate;
};

} // namespace nexus
