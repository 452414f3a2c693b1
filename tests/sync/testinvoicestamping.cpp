// Invoicing stored tickets and stamping them offline-first: real sales in a real nexus.db, the stamping worker over
// real HTTPS against the fake Facturapi. Down → "pendiente de timbrar"; up → stamped once; a cut answer and a crash
// between the PAC's answer and the store still give one CFDI; the factura global leaves out tickets invoiced on their
// own; refusals name their field and write nothing; the stamped XML (minus its TFD) passes the SAT's validator.
#include "cfdi/cfdisealer.h"
#include "cfdi/invoicingservice.h"
#include "cfdi/stampedcfdi.h"
#include "client/curltransport.h"
#include "client/facturapiclient.h"
#include "client/invoicestamper.h"
#include "client/invoicestamperrunner.h"
#include "client/secretstore.h"
#include "fakefacturapi.h"
#include "invoicingfixture.h"
#include "inventory/stockledger.h"
#include "pactestsupport.h"
#include "returns/returnservice.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <csignal>

using namespace nexus;
using namespace nexus::test;

namespace {

// Child mode: one stamping pass that dies by SIGKILL right after the PAC answered the create, before it is stored.
int runChild(const QString &dbPath, const QString &url, const QString &caFile)
{
    auto store = LocalStore::open(dbPath, QStringLiteral("child"));
    Result<SatTestIdentity> identity = satTestIdentity();
    if (!store || !identity)
        return 3;
    PacLine line = pacLine(url, caFile, kApiKey);
    InvoiceStamper stamper((*store)->db(), Clock::system(), identity->issuer, *line.client, {});
    stamper.setAfterCreateHook([](const QString &) { std::raise(SIGKILL); });
    (void)stamper.runOnce();
    return 6;
}

} // namespace

class TestInvoiceStamping final : public QObject, InvoicingFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpOnce(); }
    void init() { setUpRound(); }
    void cleanup() { tearDownRound(); }

    void ticketsOfOneCustomerInOneInvoice()
    {
        const SaleReceipt first
            = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer, TenderMethod::CardCredit);
        const SaleReceipt second
            = sell(QDateTime(QDate(2026, 1, 15), QTime(17, 0), Qt::UTC), kCustomer, TenderMethod::CardCredit);
        const SaleReceipt third = sell(QDateTime(QDate(2026, 1, 15), QTime(18, 0), Qt::UTC)); // public, claimed later
        QVERIFY(!first.folio.isEmpty() && !second.folio.isEmpty());

        Result<InvoiceRecord> queued
            = invoicing().invoiceTickets({ kCustomer, { first.folio, second.folio.toLower(), third.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));
        QCOMPARE(queued->state, InvoiceState::PendingStamp);
        QCOMPARE(queued->folios, (QStringList { first.folio, second.folio, third.folio }));
        const Money total = first.totals.gross + second.totals.gross + third.totals.gross;
        QCOMPARE(queued->total, total);
        QCOMPARE(queued->receiverRfc, QStringLiteral("URE180429TM6"));
        QVERIFY(!queued->idempotencyKey.isEmpty());
        QCOMPARE(m_pac.fake->stampCount(), 0); // nothing goes out from the counter's call

        const Result<InvoiceRecord> stamped = stampedRecord(queued->id);
        QVERIFY2(stamped.has_value(), why(stamped));
        QCOMPARE(stamped->state, InvoiceState::Stamped);
        QCOMPARE(stamped->uuid.size(), 36);
        QCOMPARE(m_pac.fake->stampCount(), 1);
        QCOMPARE(stamped->xml, m_pac.fake->stampedXml(stamped->uuid));
        QVERIFY(QFileInfo::exists(stamped->pdfPath));

        Result<StampedCfdi> cfdi = parseStampedCfdi(stamped->xml);
        QVERIFY2(cfdi.has_value(), why(cfdi));
        QCOMPARE(cfdi->concepts.size(), std::size_t(9)); // three lines per ticket
        QCOMPARE(cfdi->total, total.toPlainString());
        QCOMPARE(cfdi->receiver.use, QStringLiteral("G01"));
        QCOMPARE(cfdi->paymentForm, QStringLiteral("04")); // two tickets by credit card, one in cash
        QCOMPARE(cfdi->stamp.uuid, stamped->uuid);
        validates(stamped->xml, QStringLiteral("tickets"));

        // The next pass has nothing to send.
        Result<StampPass> idle = stamper().runOnce();
        QVERIFY2(idle.has_value(), why(idle));
        QCOMPARE(idle->stamped + idle->waiting + idle->refused, 0);
        QCOMPARE(m_pac.fake->createRequests(), 1);
    }

    void refusalsNameTheFieldAndWriteNothing()
    {
        const SaleReceipt mine = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        const SaleReceipt theirs = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 5), Qt::UTC), kOtherCustomer);
        const SaleReceipt returned = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 10), Qt::UTC));
        const ReturnRequest giveBack { returned.saleId, { ReturnLineRequest { 2, Quantity::units(1), {} } },
            QStringLiteral("No era"), RefundMethod::Cash, {}, {} };
        const ReturnContext returnContext { kDevice, kBranch, QStringLiteral("MTZ1"), kManager, Role::Manager, {} };
        Result<ReturnRecord> back = ReturnService(db(), m_clock).processReturn(giveBack, returnContext);
        QVERIFY2(back.has_value(), why(back));
        QVERIFY(invoicing().invoiceTickets({ kCustomer, { mine.folio }, kCashier }).has_value());
        const qint64 invoices = count(QStringLiteral("SELECT count(*) FROM invoices"));

        struct Case
        {
            TicketInvoiceOptions options;
            ErrorCode code;
            QString field;
            QString says;
        };
        const std::vector<Case> cases {
            { { kCustomer, { mine.folio }, kCashier }, ErrorCode::Conflict, QStringLiteral("folios[0]"),
                QStringLiteral("ya está facturado") },
            { { kCustomer, { QStringLiteral("MTZ1-999999") }, kCashier }, ErrorCode::NotFound,
                QStringLiteral("folios[0]"), QStringLiteral("No existe el ticket MTZ1-999999") },
            { { kCustomer, { returned.folio, theirs.folio }, kCashier }, ErrorCode::Conflict,
                QStringLiteral("folios[0]"), QStringLiteral("tiene devoluciones") },
            { { kCustomer, { theirs.folio }, kCashier }, ErrorCode::Conflict, QStringLiteral("folios[0]"),
                QStringLiteral("se vendió a otro cliente") },
            { { kNoFiscalData, { returned.folio }, kCashier }, ErrorCode::InvalidInput, QStringLiteral("customer.rfc"),
                QStringLiteral("no tiene RFC") },
            { { kOtherCustomer, { theirs.folio, theirs.folio }, kCashier }, ErrorCode::InvalidInput,
                QStringLiteral("folios[1]"), QStringLiteral("aparece dos veces") },
            { { kOtherCustomer, {}, kCashier }, ErrorCode::InvalidInput, QStringLiteral("folios"), QString() },
            // The SAT's rule from our builder: a persona moral cannot use D01 (CFDI40161-ish), named by field.
            { { kOtherCustomer, { theirs.folio }, kCashier, QStringLiteral("D01") }, ErrorCode::InvalidInput,
                QStringLiteral("use"), QStringLiteral("CFDI40161") },
        };
        for (const Case &c : cases) {
            const Result<InvoiceRecord> refused = invoicing().invoiceTickets(c.options);
            QVERIFY2(!refused.has_value(), qPrintable(c.field));
            QCOMPARE(refused.error().field(), c.field);
            QCOMPARE(refused.error().code(), c.code);
            QVERIFY2(refused.error().message().contains(c.says), qPrintable(refused.error().message()));
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices")), invoices);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoice_tickets")), 1);
    }

    void offlineWaitsThenStampsExactlyOnce()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));

        m_pac.fake->goDown();
        for (int pass = 0; pass < 2; ++pass) {
            Result<StampPass> down = stamper().runOnce();
            QVERIFY2(down.has_value(), why(down));
            QVERIFY(down->lineDown);
            QCOMPARE(down->waiting, 1);
        }
        Result<InvoiceRecord> waiting = invoicing().invoice(queued->id);
        QCOMPARE(waiting->state, InvoiceState::PendingStamp);
        QCOMPARE(waiting->attempts, 2);
        QVERIFY(waiting->pacId.isEmpty());
        QVERIFY2(waiting->lastError.startsWith(QStringLiteral("No se puede conectar con el PAC")),
            qPrintable(waiting->lastError));
        // The counter may not withdraw it any more: it may have reached the PAC.
        QCOMPARE(
            invoicing().requestCancellation(queued->id, QStringLiteral("02")).error().field(), QStringLiteral("state"));

        QVERIFY(m_pac.fake->comeUp().has_value());
        Result<StampPass> up = stamper().runOnce();
        QVERIFY2(up.has_value(), why(up));
        QCOMPARE(up->stamped, 1);
        QCOMPARE(m_pac.fake->stampCount(), 1);
        Result<InvoiceRecord> stamped = invoicing().invoice(queued->id);
        QCOMPARE(stamped->state, InvoiceState::Stamped);
        QVERIFY(stamped->lastError.isEmpty());
        QCOMPARE(QString::fromUtf8(stamped->requestJson), QString::fromUtf8(queued->requestJson));
    }

    void aCutAnswerStampsOnce()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));
        const PacLine impatient = pacLine(m_pac.fake->url(), m_pac.fake->caFile(), kApiKey, 1000);
        m_pac.fake->setDelayMs(4000); // stamped at the PAC, the answer arrives after the client gave up
        Result<StampPass> cut = InvoiceStamper(db(), m_clock, m_pac.issuer(), *impatient.client, {}).runOnce();
        QVERIFY2(cut.has_value(), why(cut));
        QCOMPARE(cut->stamped, 0);
        QVERIFY(cut->lineDown);
        QCOMPARE(invoicing().invoice(queued->id)->state, InvoiceState::PendingStamp);
        m_pac.fake->setDelayMs(0);
        QVERIFY(m_pac.fake->waitUntilIdle(30'000)); // it answers one request at a time: the slow one first
        QCOMPARE(m_pac.fake->stampCount(), 1);
        Result<StampPass> again = stamper().runOnce();
        QVERIFY2(again.has_value(), why(again));
        QCOMPARE(again->stamped, 1);
        QCOMPARE(m_pac.fake->createRequests(), 2);
        QCOMPARE(m_pac.fake->stampCount(), 1);
    }

    void aCrashBetweenAnswerAndStoreStampsOnce()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--stamp-child"), db().path(), m_pac.fake->url(), m_pac.fake->caFile() });
        QVERIFY(child.waitForFinished(60'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed inside the hook, after the PAC's answer
        QCOMPARE(m_pac.fake->stampCount(), 1);

        Result<InvoiceRecord> afterCrash = invoicing().invoice(queued->id);
        QVERIFY2(afterCrash.has_value(), why(afterCrash));
        QCOMPARE(afterCrash->state, InvoiceState::PendingStamp);
        QVERIFY(afterCrash->pacId.isEmpty()); // the answer was never stored
        QCOMPARE(afterCrash->attempts, 1);

        Result<StampPass> restarted = stamper().runOnce();
        QVERIFY2(restarted.has_value(), why(restarted));
        QCOMPARE(restarted->stamped, 1);
        QCOMPARE(m_pac.fake->createRequests(), 2);
        QCOMPARE(m_pac.fake->stampCount(), 1); // the same key got the CFDI made before the crash
        Result<InvoiceRecord> stamped = invoicing().invoice(queued->id);
        QCOMPARE(stamped->state, InvoiceState::Stamped);
        QVERIFY(!m_pac.fake->stampedXml(stamped->uuid).isEmpty());
    }

    void pendingAtThePacThenStamped()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));
        m_pac.fake->setPendingPolls(1);
        Result<StampPass> first = stamper().runOnce();
        QVERIFY2(first.has_value(), why(first));
        QCOMPARE(first->waiting, 1);
        Result<InvoiceRecord> pending = invoicing().invoice(queued->id);
        QCOMPARE(pending->state, InvoiceState::PendingStamp);
        QCOMPARE(pending->pacStatus, QStringLiteral("pending"));
        QVERIFY(!pending->pacId.isEmpty());
        Result<StampPass> second = stamper().runOnce();
        QVERIFY2(second.has_value(), why(second));
        QCOMPARE(second->stamped, 1);
        QCOMPARE(m_pac.fake->createRequests(), 1); // polled with GET, never created again
        QCOMPARE(m_pac.fake->stampCount(), 1);
        QCOMPARE(invoicing().invoice(queued->id)->state, InvoiceState::Stamped);
    }

    void aRefusalFreesTheTickets()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));
        m_pac.fake->failNext(400, QStringLiteral("El RFC del receptor no está en la lista de RFC inscritos"),
            QStringLiteral("invalid_tax_id"));
        Result<StampPass> pass = stamper().runOnce();
        QVERIFY2(pass.has_value(), why(pass));
        QCOMPARE(pass->refused, 1);
        Result<InvoiceRecord> refused = invoicing().invoice(queued->id);
        QCOMPARE(refused->state, InvoiceState::Error);
        QVERIFY2(refused->lastError.startsWith(QStringLiteral("El PAC rechazó la factura: El RFC del receptor")),
            qPrintable(refused->lastError));
        // Never sent again; the ticket can go into a corrected invoice.
        QCOMPARE(stamper().runOnce()->refused, 0);
        QVERIFY(invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier }).has_value());

        // A refused API key is not the invoice's fault: it waits.
        FacturapiClient wrongKey(*m_pac.line.transport, QStringLiteral("sk_test_vieja"));
        Result<StampPass> keyPass = InvoiceStamper(db(), m_clock, m_pac.issuer(), wrongKey, {}).runOnce();
        QVERIFY2(keyPass.has_value(), why(keyPass));
        QVERIFY(keyPass->stoppedBy.has_value());
        QCOMPARE(keyPass->stoppedBy->field(), QStringLiteral("api_key"));
        QVERIFY(!keyPass->lineDown);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices WHERE state = 'pendiente_de_timbrar'")), 1);
    }

    void globalInvoiceOfADayLeavesOutIndividualInvoices()
    {
        // Mexico City is UTC−6: the local 15 January runs from 06:00Z to 06:00Z the next day.
        const SaleReceipt before = sell(QDateTime(QDate(2026, 1, 15), QTime(5, 0), Qt::UTC)); // 14th, local
        const SaleReceipt a = sell(QDateTime(QDate(2026, 1, 15), QTime(15, 0), Qt::UTC), {}, TenderMethod::CardDebit);
        const SaleReceipt invoicedAlone = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC));
        const SaleReceipt partlyReturned = sell(QDateTime(QDate(2026, 1, 15), QTime(17, 0), Qt::UTC));
        const SaleReceipt lateEvening = sell(QDateTime(QDate(2026, 1, 16), QTime(5, 30), Qt::UTC)); // 23:30 local
        const SaleReceipt after = sell(QDateTime(QDate(2026, 1, 16), QTime(7, 0), Qt::UTC)); // 16th, local
        QVERIFY(!before.folio.isEmpty() && !after.folio.isEmpty() && !lateEvening.folio.isEmpty());

        QVERIFY(invoicing().invoiceTickets({ kCustomer, { invoicedAlone.folio }, kCashier }).has_value());
        const ReturnRequest giveBack { partlyReturned.saleId, { ReturnLineRequest { 2, Quantity::units(1), {} } },
            QStringLiteral("No era"), RefundMethod::Cash, {}, {} };
        const ReturnContext returnContext { kDevice, kBranch, QStringLiteral("MTZ1"), kManager, Role::Manager, {} };
        Result<ReturnRecord> back = ReturnService(db(), m_clock).processReturn(giveBack, returnContext);
        QVERIFY2(back.has_value(), why(back));

        m_clock.set(QDateTime(QDate(2026, 1, 16), QTime(18, 0), Qt::UTC));
        GlobalInvoiceOptions day;
        day.from = QDate(2026, 1, 15);
        day.to = QDate(2026, 1, 15);
        day.periodicity = QStringLiteral("day");
        day.userId = kManager;
        Result<InvoiceRecord> global = invoicing().globalInvoice(day);
        QVERIFY2(global.has_value(), why(global));
        QVERIFY(global->global);
        QCOMPARE(global->folios, (QStringList { a.folio, partlyReturned.folio, lateEvening.folio }));
        QCOMPARE(global->total,
            a.totals.gross + partlyReturned.totals.gross - back->totals.gross + lateEvening.totals.gross);

        Result<InvoiceRecord> stamped = stampedRecord(global->id);
        QVERIFY2(stamped.has_value(), why(stamped));
        QCOMPARE(stamped->state, InvoiceState::Stamped);
        QCOMPARE(m_pac.fake->stampCount(), 2); // the individual invoice and the global one
        Result<StampedCfdi> cfdi = parseStampedCfdi(stamped->xml);
        QVERIFY2(cfdi.has_value(), why(cfdi));
        QCOMPARE(cfdi->receiver.rfc, QStringLiteral("XAXX010101000"));
        QCOMPARE(cfdi->receiver.name, QStringLiteral("PUBLICO EN GENERAL"));
        QCOMPARE(cfdi->receiver.use, QStringLiteral("S01"));
        QCOMPARE(cfdi->globalPeriodicity, QStringLiteral("01"));
        QCOMPARE(cfdi->globalMonths, QStringLiteral("01"));
        QCOMPARE(cfdi->globalYear, QStringLiteral("2026"));
        QCOMPARE(cfdi->concepts.size(), std::size_t(3));
        for (std::size_t i = 0; i < cfdi->concepts.size(); ++i) {
            QCOMPARE(cfdi->concepts[i].sku, global->folios.at(qsizetype(i)));
            QCOMPARE(cfdi->concepts[i].productKey, QStringLiteral("01010101"));
            QCOMPARE(cfdi->concepts[i].unitKey, QStringLiteral("ACT"));
            QCOMPARE(cfdi->concepts[i].transfers.size(), std::size_t(2)); // IVA 16 % and exento on each ticket
        }
        QCOMPARE(cfdi->total, global->total.toPlainString());
        validates(stamped->xml, QStringLiteral("global"));

        // Nothing is left for that day; a ticket in the global cannot be invoiced on its own any more.
        const Result<InvoiceRecord> again = invoicing().globalInvoice(day);
        QCOMPARE(again.error().code(), ErrorCode::NotFound);
        QCOMPARE(again.error().field(), QStringLiteral("period"));
        QCOMPARE(invoicing().invoiceTickets({ kCustomer, { a.folio }, kCashier }).error().field(),
            QStringLiteral("folios[0]"));
        // The next day still has its ticket.
        day.from = day.to = QDate(2026, 1, 16);
        Result<InvoiceRecord> nextDay = invoicing().globalInvoice(day);
        QVERIFY2(nextDay.has_value(), why(nextDay));
        QCOMPARE(nextDay->folios, QStringList { after.folio });
    }

    void cancellationWithAMotive()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));
        QVERIFY(stampedRecord(queued->id)->state == InvoiceState::Stamped);

        QCOMPARE(
            invoicing().requestCancellation(queued->id, QStringLiteral("9")).error().field(), QStringLiteral("motive"));
        QCOMPARE(invoicing().requestCancellation(queued->id, QStringLiteral("01")).error().field(),
            QStringLiteral("substitution"));
        m_pac.fake->setCancellationPolls(1); // the receiver has to accept
        QVERIFY(invoicing().requestCancellation(queued->id, QStringLiteral("02")).has_value());
        QCOMPARE(
            invoicing().requestCancellation(queued->id, QStringLiteral("02")).error().field(), QStringLiteral("state"));

        m_pac.fake->goDown();
        Result<StampPass> offline = stamper().runOnce();
        QVERIFY(offline->lineDown);
        QVERIFY(invoicing().invoice(queued->id)->cancellationQueued);
        QVERIFY(m_pac.fake->comeUp().has_value());

        Result<StampPass> asked = stamper().runOnce();
        QVERIFY2(asked.has_value(), why(asked));
        Result<InvoiceRecord> waiting = invoicing().invoice(queued->id);
        QCOMPARE(waiting->state, InvoiceState::Stamped);
        QCOMPARE(waiting->cancellationStatus, QStringLiteral("pending"));
        Result<StampPass> accepted = stamper().runOnce();
        QVERIFY2(accepted.has_value(), why(accepted));
        QCOMPARE(accepted->cancelled, 1);
        Result<InvoiceRecord> cancelled = invoicing().invoice(queued->id);
        QCOMPARE(cancelled->state, InvoiceState::Cancelled);
        QCOMPARE(cancelled->cancelMotive, QStringLiteral("02"));
        QCOMPARE(m_pac.fake->cancelMotive(cancelled->pacId), QStringLiteral("02"));

        // Its ticket is free again; an invoice never sent is withdrawn locally.
        Result<InvoiceRecord> replacement = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(replacement.has_value(), why(replacement));
        QVERIFY(invoicing().requestCancellation(replacement->id, QStringLiteral("02")).has_value());
        QCOMPARE(invoicing().invoice(replacement->id)->state, InvoiceState::Cancelled);
        // A worker that read the queue before the withdrawal does not send it either.
        const Result<bool> late = invoicing().recordAttempt(replacement->id);
        QVERIFY2(late.has_value(), why(late));
        QVERIFY(!*late);
        QCOMPARE(invoicing().invoice(replacement->id)->attempts, 0);
        QCOMPARE(stamper().runOnce()->stamped, 0);
        QCOMPARE(m_pac.fake->createRequests(), 1);
    }

    void theRunnerStampsInTheBackground()
    {
        const QString dataDir = m_dir.file(QStringLiteral("device-%1").arg(m_round));
        QVERIFY(QDir().mkpath(dataDir));
        InvoiceStamperRunner::Config config { db().path(), dataDir, m_pac.issuer(), m_pac.fake->url(),
            m_pac.fake->caFile(), m_dir.file(QStringLiteral("pdf-runner")), 60'000 };
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> queued = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(queued.has_value(), why(queued));

        {
            // Without an API key nothing is sent and the pass says why.
            InvoiceStamperRunner runner(config);
            QSignalSpy passes(&runner, &InvoiceStamperRunner::passFinished);
            runner.start();
            QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 10'000);
            QVERIFY(passes.at(0).at(5).toString().contains(QStringLiteral("Facturapi")));
            runner.stop();
        }
        QCOMPARE(m_pac.fake->createRequests(), 0);

        SecretStore secrets(dataDir);
        QVERIFY(secrets.write(QLatin1String(FacturapiClient::kApiKeySecret), kApiKey.toUtf8()).has_value());
        InvoiceStamperRunner runner(config);
        QSignalSpy passes(&runner, &InvoiceStamperRunner::passFinished);
        runner.start(); // the first pass runs at start
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 10'000);
        QCOMPARE(passes.at(0).at(0).toInt(), 1);
        QCOMPARE(invoicing().invoice(queued->id)->state, InvoiceState::Stamped);

        const SaleReceipt next = sell(QDateTime(QDate(2026, 1, 15), QTime(17, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> second = invoicing().invoiceTickets({ kCustomer, { next.folio }, kCashier });
        QVERIFY2(second.has_value(), why(second));
        runner.nudge();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 2, 10'000);
        QCOMPARE(passes.at(1).at(0).toInt(), 1);
        runner.stop();
        QCOMPARE(invoicing().invoice(second->id)->state, InvoiceState::Stamped);
        QCOMPARE(m_pac.fake->stampCount(), 2);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--stamp-child") == 0)
        return runChild(
            QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), QString::fromLocal8Bit(argv[4]));
    TestInvoiceStamping test;
    return QTest::qExec(&test, argc, argv);
}
#include "testinvoicestamping.moc"
