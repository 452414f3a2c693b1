// Notas de crédito and recibos de pago from the real flows: a return of an invoiced ticket (on its own or in a factura
// global) queues a CFDI de egreso in the return's transaction; an abono against a PPD invoice queues a CFDI de pago
// (Pagos 2.0) with its parcialidad and saldos; both are stamped by the real worker against the fake Facturapi over
// HTTPS exactly once — across a PAC outage, a cut answer, and while the invoice they relate to waits for its UUID —
// and the stamped XML (minus its TFD) passes the SAT's validator.
#include "cfdi/relatedcfdi.h"
#include "cfdi/stampedcfdi.h"
#include "customers/customerpaymentservice.h"
#include "invoicingfixture.h"
#include "returns/returnservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace nexus;
using namespace nexus::test;

class TestRelatedCfdi final : public QObject, InvoicingFixture
{
    Q_OBJECT

    const ReturnContext m_returnContext { kDevice, kBranch, QStringLiteral("MTZ1"), kManager, Role::Manager, {} };

    // Gives back `quantity` of the ticket's line `lineNo` (1: 2 × $348.00 −5 %, 2: $99.90, 3: 1.5 exempt $41.17).
    Result<ReturnRecord> giveBack(const SaleReceipt &sale, int lineNo, Quantity quantity,
        RefundMethod refund = RefundMethod::Cash)
    {
        const ReturnRequest request { sale.saleId, { ReturnLineRequest { lineNo, quantity, {} } },
            QStringLiteral("No le quedó"), refund, refund == RefundMethod::CardReversal ? QStringLiteral("REV-1") : QString(),
            {} };
        return ReturnService(db(), m_clock).processReturn(request, m_returnContext);
    }

    // A credit sale (on the customer's account) of the day, invoiced PPD / 99; empty id when something failed.
    std::pair<SaleReceipt, QString> creditSaleInvoiced()
    {
        if (!db().exec(QStringLiteral("UPDATE customers SET credit_limit_cents = 10000000, credit_days = 30 WHERE "
                                      "id = ?"),
                     { kCustomer }))
            return {};
        const SaleReceipt sale
            = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer, TenderMethod::StoreCredit);
        Result<InvoiceRecord> invoice = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        return { sale, invoice ? invoice->id : QString() };
    }

    Result<InvoiceRecord> onlyRelated(const QString &invoiceId)
    {
        Result<std::vector<InvoiceRecord>> related = invoicing().relatedTo(invoiceId);
        if (!related)
            return std::unexpected(related.error());
        if (related->size() != 1)
            return fail(ErrorCode::Internal, NX_ERR("%1 related CFDIs"), { QString::number(related->size()) });
        return related->front();
    }

    // A stamped CFDI of type `type` read back, relating to `uuid` (E: CfdiRelacionados 01).
    StampedCfdi stampedOf(const InvoiceRecord &record)
    {
        Result<StampedCfdi> cfdi = parseStampedCfdi(record.xml);
        return cfdi ? *cfdi : StampedCfdi {};
    }

private Q_SLOTS:
    void initTestCase() { setUpOnce(); }
    void init() { setUpRound(); }
    void cleanup() { tearDownRound(); }

    void aReturnOfAnInvoicedTicketIsStampedAsACreditNoteOnce()
    {
        const SaleReceipt sale
            = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer, TenderMethod::CardCredit);
        Result<InvoiceRecord> invoice = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(invoice.has_value(), why(invoice));
        Result<InvoiceRecord> stampedInvoice = stampedRecord(invoice->id);
        QVERIFY2(stampedInvoice.has_value(), why(stampedInvoice));
        QCOMPARE(stampedInvoice->state, InvoiceState::Stamped);

        // One piece of line 1 back to the card: the return and its nota de crédito are one transaction.
        m_clock.set(QDateTime(QDate(2026, 1, 16), QTime(11, 0), Qt::UTC));
        Result<ReturnRecord> back = giveBack(sale, 1, Quantity::units(1), RefundMethod::CardReversal);
        QVERIFY2(back.has_value(), why(back));
        QCOMPARE(back->creditNoteIds.size(), 1);
        Result<InvoiceRecord> note = onlyRelated(invoice->id);
        QVERIFY2(note.has_value(), why(note));
        QCOMPARE(note->id, back->creditNoteIds.front());
        QCOMPARE(note->type, CfdiType::Egreso);
        QCOMPARE(note->state, InvoiceState::PendingStamp);
        QVERIFY(!note->awaitingRelated); // the invoice's UUID was known: the request is final now
        QCOMPARE(note->sourceFolio, back->folio);
        QCOMPARE(note->total, back->totals.gross);
        QVERIFY(!note->idempotencyKey.isEmpty());
        const QJsonObject request = QJsonDocument::fromJson(note->requestJson).object();
        QCOMPARE(request.value(QLatin1String("type")).toString(), QStringLiteral("E"));
        QCOMPARE(request.value(QLatin1String("related_documents")).toArray().at(0).toObject(),
            (QJsonObject { { QStringLiteral("relationship"), QStringLiteral("01") },
                { QStringLiteral("documents"), QJsonArray { stampedInvoice->uuid } } }));

        // The PAC is down: it waits; a cut answer after the PAC stamped it: the retry gets the same CFDI.
        m_pac.fake->goDown();
        Result<StampPass> down = stamper().runOnce();
        QVERIFY2(down.has_value(), why(down));
        QVERIFY(down->lineDown);
        QCOMPARE(invoicing().invoice(note->id)->state, InvoiceState::PendingStamp);
        QVERIFY(m_pac.fake->comeUp().has_value());
        {
            const PacLine impatient = pacLine(m_pac.fake->url(), m_pac.fake->caFile(), kApiKey, 1000);
            m_pac.fake->setDelayMs(3000);
            Result<StampPass> cut = InvoiceStamper(db(), m_clock, m_pac.issuer(), *impatient.client, {}).runOnce();
            QVERIFY2(cut.has_value(), why(cut));
            QCOMPARE(cut->stamped, 0);
            QVERIFY(m_pac.fake->waitUntilIdle(10'000));
            m_pac.fake->setDelayMs(0);
        }
        QCOMPARE(m_pac.fake->stampCount(), 2); // the invoice and the note, already at the "SAT"
        Result<StampPass> up = stamper().runOnce();
        QVERIFY2(up.has_value(), why(up));
        QCOMPARE(up->stamped, 1);
        QCOMPARE(m_pac.fake->stampCount(), 2);
        Result<InvoiceRecord> stamped = invoicing().invoice(note->id);
        QCOMPARE(stamped->state, InvoiceState::Stamped);
        QCOMPARE(QString::fromUtf8(stamped->requestJson), QString::fromUtf8(note->requestJson));

        const StampedCfdi cfdi = stampedOf(*stamped);
        QCOMPARE(cfdi.type, QStringLiteral("E"));
        QCOMPARE(cfdi.total, back->totals.gross.toPlainString());
        QCOMPARE(cfdi.paymentForm, QStringLiteral("04")); // back to the credit card
        QCOMPARE(cfdi.paymentMethod, QStringLiteral("PUE"));
        QCOMPARE(cfdi.receiver.rfc, QStringLiteral("URE180429TM6"));
        QCOMPARE(cfdi.receiver.use, QStringLiteral("G02"));
        QCOMPARE(cfdi.related.size(), std::size_t(1));
        QCOMPARE(cfdi.related.front().relationship, QStringLiteral("01"));
        QCOMPARE(cfdi.related.front().uuids, QStringList { stampedInvoice->uuid });
        QCOMPARE(cfdi.concepts.size(), std::size_t(1));
        QCOMPARE(cfdi.concepts.front().productKey, QStringLiteral("84111506"));
        QCOMPARE(cfdi.concepts.front().unitKey, QStringLiteral("ACT"));
        QCOMPARE(cfdi.concepts.front().sku, sale.folio);
        validates(stamped->xml, QStringLiteral("nota-de-credito"));

        // The rest of the ticket (16 % and exempt lines) in a second return: a second note, one Concepto per rate.
        Result<ReturnRecord> rest = giveBack(sale, 3, Quantity(1500));
        QVERIFY2(rest.has_value(), why(rest));
        Result<ReturnRecord> rest2 = giveBack(sale, 2, Quantity::units(1));
        QVERIFY2(rest2.has_value(), why(rest2));
        Result<StampPass> more = stamper().runOnce();
        QVERIFY2(more.has_value(), why(more));
        QCOMPARE(more->stamped, 2);
        Result<std::vector<InvoiceRecord>> notes = invoicing().relatedTo(invoice->id);
        QCOMPARE(notes->size(), std::size_t(3));
        const StampedCfdi exempt = stampedOf(notes->at(1));
        QCOMPARE(exempt.concepts.front().taxObject, QStringLiteral("02"));
        QCOMPARE(exempt.concepts.front().transfers.front().factor, QStringLiteral("Exento"));
        validates(notes->at(1).xml, QStringLiteral("nota-de-credito-exenta"));
        validates(notes->at(2).xml, QStringLiteral("nota-de-credito-2"));
        QCOMPARE(m_pac.fake->stampCount(), 4);
        QCOMPARE(stamper().runOnce()->stamped, 0);
    }

    void aCreditNoteWaitsForItsInvoicesUuid()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> invoice = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(invoice.has_value(), why(invoice));
        m_pac.fake->goDown();
        QVERIFY(stamper().runOnce()->lineDown); // the invoice was tried: it may be at the PAC

        Result<ReturnRecord> back = giveBack(sale, 2, Quantity::units(1));
        QVERIFY2(back.has_value(), why(back));
        Result<InvoiceRecord> note = onlyRelated(invoice->id);
        QVERIFY2(note.has_value(), why(note));
        QVERIFY(note->awaitingRelated);
        Result<StampPass> stillDown = stamper().runOnce();
        QVERIFY2(stillDown.has_value(), why(stillDown));
        QCOMPARE(invoicing().invoice(note->id)->attempts, 0); // never sent without the UUID

        QVERIFY(m_pac.fake->comeUp().has_value());
        Result<StampPass> up = stamper().runOnce();
        QVERIFY2(up.has_value(), why(up));
        QCOMPARE(up->stamped, 2); // the invoice first, then its note in the same pass
        Result<InvoiceRecord> stampedInvoice = invoicing().invoice(invoice->id);
        Result<InvoiceRecord> stamped = invoicing().invoice(note->id);
        QCOMPARE(stamped->state, InvoiceState::Stamped);
        QVERIFY(!stamped->awaitingRelated);
        QCOMPARE(stampedOf(*stamped).related.front().uuids, QStringList { stampedInvoice->uuid });
        QCOMPARE(stampedOf(*stamped).paymentForm, QStringLiteral("01")); // cash back
        validates(stamped->xml, QStringLiteral("nota-tras-espera"));
        QCOMPARE(m_pac.fake->stampCount(), 2);
    }

    void aReturnOfATicketInAFacturaGlobalIsAnEgresoToThePublic()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC));
        const SaleReceipt other = sell(QDateTime(QDate(2026, 1, 15), QTime(17, 0), Qt::UTC));
        QVERIFY(!other.folio.isEmpty());
        Result<InvoiceRecord> global = invoicing().globalInvoice(
            { QDate(2026, 1, 15), QDate(2026, 1, 15), QStringLiteral("day"), kCashier });
        QVERIFY2(global.has_value(), why(global));
        Result<InvoiceRecord> stampedGlobal = stampedRecord(global->id);
        QCOMPARE(stampedGlobal->state, InvoiceState::Stamped);

        m_clock.set(QDateTime(QDate(2026, 1, 17), QTime(10, 0), Qt::UTC));
        Result<ReturnRecord> back = giveBack(sale, 1, Quantity::units(2));
        QVERIFY2(back.has_value(), why(back));
        Result<StampPass> pass = stamper().runOnce();
        QVERIFY2(pass.has_value(), why(pass));
        QCOMPARE(pass->stamped, 1);
        Result<InvoiceRecord> note = onlyRelated(global->id);
        QVERIFY2(note.has_value(), why(note));
        QCOMPARE(note->state, InvoiceState::Stamped);
        const StampedCfdi cfdi = stampedOf(*note);
        QCOMPARE(cfdi.receiver.rfc, QStringLiteral("XAXX010101000"));
        QCOMPARE(cfdi.receiver.name, QStringLiteral("PUBLICO EN GENERAL"));
        QCOMPARE(cfdi.receiver.taxSystem, QStringLiteral("616"));
        QCOMPARE(cfdi.receiver.use, QStringLiteral("S01"));
        QCOMPARE(cfdi.related.front().uuids, QStringList { stampedGlobal->uuid });
        QCOMPARE(cfdi.concepts.front().sku, sale.folio); // the ticket's folio, as in the global's Concepto
        QCOMPARE(cfdi.total, back->totals.gross.toPlainString());
        validates(note->xml, QStringLiteral("egreso-global"));
    }

    void aReturnOfATicketNotInvoicedQueuesNothing()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<ReturnRecord> back = giveBack(sale, 2, Quantity::units(1));
        QVERIFY2(back.has_value(), why(back));
        QVERIFY(back->creditNoteIds.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices")), 0);
    }

    void abonosAgainstAPpdInvoiceAreStampedAsPaymentsWithTheirParcialidades()
    {
        const auto [sale, invoiceId] = creditSaleInvoiced();
        QVERIFY(!invoiceId.isEmpty());
        Result<InvoiceRecord> invoice = invoicing().invoice(invoiceId);
        const QJsonObject invoiceRequest = QJsonDocument::fromJson(invoice->requestJson).object();
        QCOMPARE(invoiceRequest.value(QLatin1String("payment_method")).toString(), QStringLiteral("PPD"));
        QCOMPARE(invoiceRequest.value(QLatin1String("payment_form")).toString(), QStringLiteral("99"));

        // The first abono comes while the PAC is down and the invoice not yet stamped: its recibo waits.
        m_pac.fake->goDown();
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier };
        m_clock.set(QDateTime(QDate(2026, 1, 20), QTime(15, 0), Qt::UTC));
        Result<CustomerPaymentReceipt> first
            = CustomerPaymentService(db(), m_clock).recordCash(kCustomer, Money(50000), context);
        QVERIFY2(first.has_value(), why(first));
        QCOMPARE(first->paymentComplementIds.size(), 1);
        QVERIFY(stamper().runOnce()->lineDown);
        QVERIFY(invoicing().invoice(first->paymentComplementIds.front())->awaitingRelated);

        QVERIFY(m_pac.fake->comeUp().has_value());
        Result<StampPass> up = stamper().runOnce();
        QVERIFY2(up.has_value(), why(up));
        QCOMPARE(up->stamped, 2);
        Result<InvoiceRecord> stampedInvoice = invoicing().invoice(invoice->id);
        const Money total = Money::parse(stampedOf(*stampedInvoice).total).value();
        QCOMPARE(total, sale.totals.gross);

        // The rest in a second abono.
        m_clock.set(QDateTime(QDate(2026, 2, 3), QTime(17, 30), Qt::UTC));
        const Money rest = total - Money(50000);
        Result<CustomerPaymentReceipt> second
            = CustomerPaymentService(db(), m_clock).recordCash(kCustomer, rest, context);
        QVERIFY2(second.has_value(), why(second));
        QCOMPARE(second->paymentComplementIds.size(), 1);
        QVERIFY(!invoicing().invoice(second->paymentComplementIds.front())->awaitingRelated); // UUID known now
        QCOMPARE(stamper().runOnce()->stamped, 1);

        struct Expected
        {
            QString id;
            QString installment;
            Money before;
            Money paid;
        };
        const std::vector<Expected> expected { { first->paymentComplementIds.front(), QStringLiteral("1"), total,
                                                   Money(50000) },
            { second->paymentComplementIds.front(), QStringLiteral("2"), rest, rest } };
        for (const Expected &e : expected) {
            Result<InvoiceRecord> receipt = invoicing().invoice(e.id);
            QCOMPARE(receipt->type, CfdiType::Pago);
            QCOMPARE(receipt->state, InvoiceState::Stamped);
            const StampedCfdi cfdi = stampedOf(*receipt);
            QCOMPARE(cfdi.type, QStringLiteral("P"));
            QCOMPARE(cfdi.receiver.use, QStringLiteral("CP01"));
            QCOMPARE(cfdi.payments.size(), std::size_t(1));
            const StampedPayment &payment = cfdi.payments.front();
            QCOMPARE(payment.paymentForm, QStringLiteral("01"));
            QCOMPARE(payment.amount, e.paid.toPlainString());
            QCOMPARE(payment.documents.size(), std::size_t(1));
            const StampedPaidDocument &document = payment.documents.front();
            QCOMPARE(document.uuid, stampedInvoice->uuid);
            QCOMPARE(document.installment, e.installment);
            QCOMPARE(document.previousBalance, e.before.toPlainString());
            QCOMPARE(document.paid, e.paid.toPlainString());
            QCOMPARE(document.remaining, (e.before - e.paid).toPlainString());
            validates(receipt->xml, QStringLiteral("pago-") + e.installment);
        }
        QCOMPARE(m_pac.fake->stampCount(), 3);
        QCOMPARE(stamper().runOnce()->stamped, 0);
    }

    void anAbonosReciboNamesItsTendersFormaPago_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("form");
        QTest::newRow("efectivo") << int(TenderMethod::Cash) << QString() << QStringLiteral("01");
        QTest::newRow("tarjeta de crédito") << int(TenderMethod::CardCredit) << QStringLiteral("AUT-1") << QStringLiteral("04");
        QTest::newRow("tarjeta de débito") << int(TenderMethod::CardDebit) << QStringLiteral("AUT-2") << QStringLiteral("28");
        QTest::newRow("transferencia") << int(TenderMethod::Transfer) << QStringLiteral("SPEI 9") << QStringLiteral("03");
    }

    void anAbonosReciboNamesItsTendersFormaPago()
    {
        QFETCH(int, method);
        QFETCH(QString, reference);
        QFETCH(QString, form);
        const auto [sale, invoiceId] = creditSaleInvoiced();
        QVERIFY(!invoiceId.isEmpty());
        QCOMPARE(stampedRecord(invoiceId)->state, InvoiceState::Stamped);
        m_clock.set(QDateTime(QDate(2026, 1, 22), QTime(12, 0), Qt::UTC));
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier };
        Result<CustomerPaymentReceipt> paid = CustomerPaymentService(db(), m_clock)
                                                  .record(kCustomer,
                                                      Tender { TenderMethod(method), Money(30000), 0, reference },
                                                      context);
        QVERIFY2(paid.has_value(), why(paid));
        QCOMPARE(paid->paymentComplementIds.size(), 1);
        QCOMPARE(stamper().runOnce()->stamped, 1);
        Result<InvoiceRecord> receipt = invoicing().invoice(paid->paymentComplementIds.front());
        QCOMPARE(receipt->state, InvoiceState::Stamped);
        QCOMPARE(stampedOf(*receipt).payments.front().paymentForm, form);
        QVERIFY(receipt->xml.contains(QByteArray(QByteArray("FormaDePagoP=\"") + form.toLatin1() + '"')));
        validates(receipt->xml, QStringLiteral("pago-") + form);
    }

    // The SAT cancels an invoice only once the CFDIs related to it are cancelled: with a valid nota de crédito the
    // cancellation is refused here, naming the note, nothing queued; once the note is cancelled it goes ahead.
    void anInvoiceWithAValidCreditNoteIsCancelledOnlyAfterIt()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> invoice = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(invoice.has_value(), why(invoice));
        QCOMPARE(stampedRecord(invoice->id)->state, InvoiceState::Stamped);
        m_clock.set(QDateTime(QDate(2026, 1, 16), QTime(11, 0), Qt::UTC));
        Result<ReturnRecord> back = giveBack(sale, 2, Quantity::units(1));
        QVERIFY2(back.has_value(), why(back));
        QCOMPARE(back->creditNoteIds.size(), 1);
        QCOMPARE(stamper().runOnce()->stamped, 1);
        Result<InvoiceRecord> note = invoicing().invoice(back->creditNoteIds.front());
        QCOMPARE(note->state, InvoiceState::Stamped);
        QVERIFY(!note->uuid.isEmpty());

        const Status refused = invoicing().requestCancellation(invoice->id, QStringLiteral("02"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().field(), QStringLiteral("credit_notes"));
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QVERIFY2(refused.error().message().contains(note->uuid), qPrintable(refused.error().message()));
        QVERIFY(!invoicing().invoice(invoice->id)->cancellationQueued);

        // The note's cancellation asked for but not yet done at the SAT: still refused.
        QVERIFY(invoicing().requestCancellation(note->id, QStringLiteral("02")).has_value());
        QCOMPARE(invoicing().requestCancellation(invoice->id, QStringLiteral("02")).error().field(),
            QStringLiteral("credit_notes"));
        Result<StampPass> pass = stamper().runOnce();
        QVERIFY2(pass.has_value(), why(pass));
        QTRY_COMPARE(invoicing().invoice(note->id)->state, InvoiceState::Cancelled);
        const Status allowed = invoicing().requestCancellation(invoice->id, QStringLiteral("02"));
        QVERIFY2(allowed.has_value(), why(allowed));
        QVERIFY(invoicing().invoice(invoice->id)->cancellationQueued);
    }

    // Likewise a PPD invoice with a valid recibo de pago (pending or stamped): refused naming the abono and the
    // receipt's UUID, nothing queued; once the receipt (and a later nota de crédito) is cancelled the invoice's
    // cancellation is accepted.
    void aPpdInvoiceWithAValidPaymentReceiptIsCancelledOnlyAfterIt()
    {
        const auto [sale, invoiceId] = creditSaleInvoiced();
        QVERIFY(!invoiceId.isEmpty());
        QCOMPARE(stampedRecord(invoiceId)->state, InvoiceState::Stamped);
        m_clock.set(QDateTime(QDate(2026, 1, 22), QTime(12, 0), Qt::UTC));
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier };
        Result<CustomerPaymentReceipt> paid
            = CustomerPaymentService(db(), m_clock).recordCash(kCustomer, Money(30000), context);
        QVERIFY2(paid.has_value(), why(paid));
        QCOMPARE(paid->paymentComplementIds.size(), 1);
        const QString receiptId = paid->paymentComplementIds.front();
        QCOMPARE(invoicing().invoice(receiptId)->type, CfdiType::Pago);

        // Still pending: it will be stamped, so the invoice is refused already, naming the abono.
        const Status whilePending = invoicing().requestCancellation(invoiceId, QStringLiteral("02"));
        QVERIFY(!whilePending);
        QCOMPARE(whilePending.error().field(), QStringLiteral("payment_receipts"));
        QVERIFY2(whilePending.error().message().contains(paid->folio), qPrintable(whilePending.error().message()));

        QCOMPARE(stamper().runOnce()->stamped, 1);
        Result<InvoiceRecord> receipt = invoicing().invoice(receiptId);
        QCOMPARE(receipt->state, InvoiceState::Stamped);
        QVERIFY(!receipt->uuid.isEmpty());
        const Status refused = invoicing().requestCancellation(invoiceId, QStringLiteral("02"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::Conflict);
        QCOMPARE(refused.error().field(), QStringLiteral("payment_receipts"));
        const QString said = refused.error().message();
        QVERIFY2(said.contains(paid->folio) && said.contains(receipt->uuid), qPrintable(said));
        QVERIFY(!invoicing().invoice(invoiceId)->cancellationQueued);
        QVERIFY(invoicing().toSend()->empty()); // nothing queued for the PAC

        // A nota de crédito as well: one refusal names both kinds.
        Result<ReturnRecord> back = giveBack(sale, 2, Quantity::units(1), RefundMethod::StoreCredit);
        QVERIFY2(back.has_value(), why(back));
        QCOMPARE(stamper().runOnce()->stamped, 1);
        const QString noteId = back->creditNoteIds.front();
        const Status both = invoicing().requestCancellation(invoiceId, QStringLiteral("02"));
        QVERIFY(!both);
        QCOMPARE(both.error().field(), QStringLiteral("related_cfdi"));
        QVERIFY2(both.error().message().contains(receipt->uuid)
                && both.error().message().contains(invoicing().invoice(noteId)->uuid),
            qPrintable(both.error().message()));

        QVERIFY(invoicing().requestCancellation(receiptId, QStringLiteral("02")).has_value());
        QVERIFY(invoicing().requestCancellation(noteId, QStringLiteral("02")).has_value());
        Result<StampPass> pass = stamper().runOnce();
        QVERIFY2(pass.has_value(), why(pass));
        QTRY_COMPARE(invoicing().invoice(receiptId)->state, InvoiceState::Cancelled);
        QTRY_COMPARE(invoicing().invoice(noteId)->state, InvoiceState::Cancelled);
        const Status allowed = invoicing().requestCancellation(invoiceId, QStringLiteral("02"));
        QVERIFY2(allowed.has_value(), why(allowed));
        QVERIFY(invoicing().invoice(invoiceId)->cancellationQueued);
    }

    void aCreditNoteLowersThePpdInvoicesSaldoAnterior()
    {
        const auto [sale, invoiceId] = creditSaleInvoiced();
        QVERIFY(!invoiceId.isEmpty());
        Result<InvoiceRecord> invoice = invoicing().invoice(invoiceId);
        QCOMPARE(stampedRecord(invoice->id)->state, InvoiceState::Stamped);
        Result<ReturnRecord> back = giveBack(sale, 2, Quantity::units(1), RefundMethod::StoreCredit);
        QVERIFY2(back.has_value(), why(back));
        QCOMPARE(stamper().runOnce()->stamped, 1);
        Result<InvoiceRecord> note = invoicing().invoice(back->creditNoteIds.front());
        const Money credited = Money::parse(stampedOf(*note).total).value();
        QCOMPARE(stampedOf(*note).paymentForm, QStringLiteral("17")); // compensación: the saldo a favor

        m_clock.set(QDateTime(QDate(2026, 1, 22), QTime(12, 0), Qt::UTC));
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier };
        Result<CustomerPaymentReceipt> paid
            = CustomerPaymentService(db(), m_clock).recordCash(kCustomer, Money(30000), context);
        QVERIFY2(paid.has_value(), why(paid));
        QCOMPARE(stamper().runOnce()->stamped, 1);
        Result<InvoiceRecord> receipt = invoicing().invoice(paid->paymentComplementIds.front());
        QCOMPARE(receipt->state, InvoiceState::Stamped);
        const StampedPaidDocument document = stampedOf(*receipt).payments.front().documents.front();
        const Money total = Money::parse(stampedOf(*invoicing().invoice(invoice->id)).total).value();
        QCOMPARE(document.installment, QStringLiteral("1"));
        QCOMPARE(document.previousBalance, (total - credited).toPlainString());
        QCOMPARE(document.remaining, (total - credited - Money(30000)).toPlainString());
        validates(receipt->xml, QStringLiteral("pago-tras-nota"));
    }

    void theFakePacRefusesAWrongParcialidadOrSaldo()
    {
        const auto [sale, invoiceId] = creditSaleInvoiced();
        QVERIFY(!invoiceId.isEmpty());
        Result<InvoiceRecord> invoice = invoicing().invoice(invoiceId);
        Result<InvoiceRecord> stamped = stampedRecord(invoice->id);
        const QString request = QStringLiteral(
            R"({"type": "P", "customer": {"legal_name": "UNIVERSIDAD ROBOTICA ESPAÑOLA", "tax_id": "URE180429TM6",
            "tax_system": "601", "address": {"zip": "86991"}}, "complements": [{"type": "pago", "data": [
            {"payment_form": "01", "related_documents": [{"uuid": "%1", "amount": 100, "installment": %2,
            "last_balance": %3, "taxes": [{"type": "IVA", "rate": 0.16, "base": 86.21}]}]}]}]})");
        const QString total = stampedOf(*stamped).total;
        struct Case
        {
            QString uuid;
            QString installment;
            QString balance;
            QString path;
        };
        const std::vector<Case> cases {
            { stamped->uuid, QStringLiteral("2"), total, QStringLiteral("installment") },
            { stamped->uuid, QStringLiteral("1"), QStringLiteral("500"), QStringLiteral("last_balance") },
            { QStringLiteral("11111111-2222-3333-4444-555555555555"), QStringLiteral("1"), total,
                QStringLiteral("related_documents[0]") },
        };
        for (const Case &c : cases) {
            const QJsonObject body
                = QJsonDocument::fromJson(request.arg(c.uuid, c.installment, c.balance).toUtf8()).object();
            QVERIFY(!body.isEmpty());
            Result<PacInvoice> refused = m_pac.line.client->createInvoice(body, c.path);
            QVERIFY2(!refused.has_value(), qPrintable(c.path));
            QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
            QVERIFY2(refused.error().field().endsWith(c.path), qPrintable(refused.error().field()));
        }
        QCOMPARE(m_pac.fake->stampCount(), 1);
    }

    void anAbonoOfTicketsNotInAPpdInvoiceQueuesNothing()
    {
        QVERIFY(db().exec(QStringLiteral("UPDATE customers SET credit_limit_cents = 10000000 WHERE id = ?"),
                        { kCustomer })
                    .has_value());
        const SaleReceipt sale
            = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer, TenderMethod::StoreCredit);
        QVERIFY(!sale.folio.isEmpty());
        const CustomerPaymentContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier };
        Result<CustomerPaymentReceipt> paid
            = CustomerPaymentService(db(), m_clock).recordCash(kCustomer, Money(10000), context);
        QVERIFY2(paid.has_value(), why(paid));
        QVERIFY(paid->paymentComplementIds.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM invoices")), 0);
    }

    void anEmailIsQueuedAndSentThroughThePac()
    {
        const SaleReceipt sale = sell(QDateTime(QDate(2026, 1, 15), QTime(16, 0), Qt::UTC), kCustomer);
        Result<InvoiceRecord> invoice = invoicing().invoiceTickets({ kCustomer, { sale.folio }, kCashier });
        QVERIFY2(invoice.has_value(), why(invoice));
        QCOMPARE(invoicing().requestEmail(invoice->id, { QStringLiteral("compras@ure.mx") }).error().field(),
            QStringLiteral("state")); // not stamped yet
        QVERIFY(stampedRecord(invoice->id).has_value());
        QCOMPARE(invoicing().requestEmail(invoice->id, { QStringLiteral("no es correo") }).error().field(),
            QStringLiteral("email"));
        QVERIFY(invoicing().requestEmail(invoice->id, { QStringLiteral(" compras@ure.mx") }).has_value());
        m_pac.fake->goDown();
        QVERIFY(stamper().runOnce()->lineDown);
        QVERIFY(invoicing().invoice(invoice->id)->emailQueued);
        QVERIFY(m_pac.fake->comeUp().has_value());
        Result<StampPass> up = stamper().runOnce();
        QVERIFY2(up.has_value(), why(up));
        QCOMPARE(up->emailed, 1);
        Result<InvoiceRecord> sent = invoicing().invoice(invoice->id);
        QVERIFY(!sent->emailQueued);
        QVERIFY(!sent->emailedAt.isEmpty());
        QCOMPARE(m_pac.fake->emailsSent(sent->pacId), QStringList { QStringLiteral("compras@ure.mx") });
        QCOMPARE(stamper().runOnce()->emailed, 0);
    }
};

QTEST_GUILESS_MAIN(TestRelatedCfdi)
#include "testrelatedcfdi.moc"
