// CFDIs reach head office: a counter (its own nexus.db, the real CheckoutService, InvoicingService and ReturnService)
// invoices two tickets of a customer in one invoice and the rest of the day in a factura global, stamps them at the
// fake Facturapi over HTTPS, takes a piece back (its nota de crédito stamped, then cancelled); its pushed cfdi.status
// facts land in the tenant (folio fiscal, tickets, totals, state, cancellation) and `nexus-admin cfdi list` shows
// them, as a table and as JSON, for the branch and for every branch. A ticket reported in a second valid invoice opens
// "ticket_invoiced_twice"; a folio fiscal reported under another CFDI, or a malformed fact, is quarantined. Runs on
// SQLite, and on PostgreSQL with NEXUS_TEST_BACKEND=postgresql.
#include "counterpushtest.h"
#include "testadminfixture.h"

#include "cfdi/cfdifact.h"
#include "cfdi/invoicingservice.h"
#include "cfdi/stampedcfdi.h"
#include "client/invoicestamper.h"
#include "common/clock.h"
#include "pactestsupport.h"
#include "returns/returnservice.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"

#include <QTimeZone>
#include <QUuid>

using namespace nexus;
using namespace nexus::test;

namespace {
const QString kApiKey = QStringLiteral("sk_test_cfdi_ingest");
} // namespace

class TestCfdiIngest final : public CounterPushTest
{
    Q_OBJECT

    PacFixture m_pac;
    QString m_keyFile;

    InvoicingService invoicing() { return InvoicingService(m_counter->db(), Clock::system(), m_pac.issuer()); }
    int stampPass()
    {
        Result<StampPass> pass
            = InvoiceStamper(m_counter->db(), Clock::system(), m_pac.issuer(), *m_pac.line.client, {}).runOnce();
        return pass ? pass->stamped + pass->cancelled : -1;
    }

    Result<SaleReceipt> sell(const QString &customerId, qint64 cents, int pieces, TenderMethod method)
    {
        Cart cart;
        if (Status added = cart.add(CartItem { 7, QStringLiteral("SKU-7"), QStringLiteral("Balata delantera"),
                                        m_device.branchId + QStringLiteral("-wh-A"), Money(cents), Money(cents),
                                        Money(cents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
                                        QStringLiteral("H87") },
                Quantity::units(pieces));
            !added)
            return std::unexpected(added.error());
        if (!customerId.isEmpty())
            cart.setCustomerId(customerId);
        const std::vector<Tender> tenders { Tender { method, cart.totals().gross, 0, QStringLiteral("AUTH-7") } };
        const CheckoutContext context { m_device.id, m_device.branchId, QStringLiteral("MTY1"),
            QStringLiteral("u-cajero"), Role::Manager, false };
        return CheckoutService(m_counter->db(), Clock::system()).checkout(cart, tenders, context);
    }

    AdminRun cfdiList(const QStringList &options)
    {
        return runAdmin(QStringList { QStringLiteral("cfdi"), QStringLiteral("list") } + options
            + QStringList { QStringLiteral("--server"), m_server->url(), QStringLiteral("--ca"), m_server->caFile(),
                QStringLiteral("--key-file"), m_keyFile });
    }

private Q_SLOTS:
    void initTestCase()
    {
        NEXUS_REQUIRE_SAT_VALIDATOR();
        Status loaded = m_pac.load();
        QVERIFY2(loaded, why(loaded).constData());
        Status started = m_pac.start(m_root.file(QStringLiteral("pac")), kApiKey);
        QVERIFY2(started, why(started).constData());
        startCounterAndServer();
        m_keyFile = m_root.file(QStringLiteral("admin.key"));
        QString whyNot;
        QVERIFY2(!createAdminKeyFile(*m_backend, QStringLiteral("acme"), m_keyFile, &whyNot).isEmpty(),
            qPrintable(whyNot));
    }

    void cleanupTestCase()
    {
        stopServer();
        m_pac.stop();
    }

    void stampedAndCancelledCfdisReachHeadOffice()
    {
        CustomerFields f;
        f.name = QStringLiteral("UNIVERSIDAD ROBOTICA ESPAÑOLA");
        f.rfc = QStringLiteral("URE180429TM6");
        f.fiscalRegime = QStringLiteral("601");
        f.postalCode = QStringLiteral("86991");
        f.cfdiUse = QStringLiteral("G01");
        Result<Customer> customer = CustomerService(m_counter->db(), Clock::system()).create(f, context());
        QVERIFY2(customer, why(customer).constData());
        QVERIFY(CashSessionService(m_counter->db(), Clock::system(), m_device.id, m_device.branchId)
                    .open(QStringLiteral("u-cajero"), Money(50000)));
        // Two tickets of the customer in one invoice; a counter sale left for the factura global.
        Result<SaleReceipt> first = sell(customer->id, 116000, 2, TenderMethod::CardCredit);
        QVERIFY2(first, why(first).constData());
        Result<SaleReceipt> second = sell(customer->id, 58000, 1, TenderMethod::Cash);
        QVERIFY2(second, why(second).constData());
        Result<SaleReceipt> counter = sell({}, 34800, 1, TenderMethod::Cash);
        QVERIFY2(counter, why(counter).constData());
        Result<InvoiceRecord> invoice
            = invoicing().invoiceTickets({ customer->id, { first->folio, second->folio }, QStringLiteral("u-cajero") });
        QVERIFY2(invoice, why(invoice).constData());
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(m_pac.issuer().timeZone.toUtf8())).date();
        Result<InvoiceRecord> global
            = invoicing().globalInvoice({ today, today, QStringLiteral("day"), QStringLiteral("u-gerente"), {} });
        QVERIFY2(global, why(global).constData());
        QCOMPARE(global->folios, QStringList { counter->folio });
        QCOMPARE(stampPass(), 2);
        // Nothing about a CFDI goes up before it is stamped: both facts now, with their commit.
        QCOMPARE(m_counter->db().scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE type = ?"),
                                        { QString(kCfdiStatusMutation) })
                     ->toLongLong(),
            2);

        // One piece of the first ticket back: its nota de crédito stamped, then cancelled (motive 02).
        const ReturnRequest giveBack { first->saleId, { ReturnLineRequest { 1, Quantity::units(1), {} } },
            QStringLiteral("No le quedó"), RefundMethod::Cash, {}, {} };
        Result<ReturnRecord> back = ReturnService(m_counter->db(), Clock::system())
                                        .processReturn(giveBack,
                                            { m_device.id, m_device.branchId, QStringLiteral("MTY1"),
                                                QStringLiteral("u-gerente"), Role::Manager, {} });
        QVERIFY2(back, why(back).constData());
        QCOMPARE(back->creditNoteIds.size(), 1);
        QCOMPARE(stampPass(), 1);
        const QString noteId = back->creditNoteIds.front();
        Status cancelling = invoicing().requestCancellation(noteId, QStringLiteral("02"));
        QVERIFY2(cancelling, why(cancelling).constData());
        QCOMPARE(stampPass(), 1);

        const QStringList applied = pushCounter();
        QVERIFY2(!applied.isEmpty() && applied.count(QStringLiteral("applied")) == applied.size(),
            qPrintable(applied.join(QLatin1Char(','))));

        const InvoiceRecord stamped = *invoicing().invoice(invoice->id);
        const InvoiceRecord globalStamped = *invoicing().invoice(global->id);
        const InvoiceRecord note = *invoicing().invoice(noteId);
        QCOMPARE(note.state, InvoiceState::Cancelled);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cfdis")), 3);
        QCOMPARE(tenantText(QStringLiteral("SELECT uuid FROM cfdis WHERE id = ?"), { invoice->id }), stamped.uuid);
        QCOMPARE(tenantText(QStringLiteral("SELECT branch_id FROM cfdis WHERE id = ?"), { invoice->id }),
            m_device.branchId);
        QCOMPARE(tenantText(QStringLiteral("SELECT state FROM cfdis WHERE id = ?"), { invoice->id }),
            QStringLiteral("timbrada"));
        QCOMPARE(count(QStringLiteral("SELECT total_cents FROM cfdis WHERE id = ?"), { invoice->id }),
            first->totals.gross.centavos() + second->totals.gross.centavos());
        QCOMPARE(tenantText(QStringLiteral("SELECT receiver_rfc FROM cfdis WHERE id = ?"), { invoice->id }),
            QStringLiteral("URE180429TM6"));
        // FechaTimbrado as the stamped XML has it.
        QCOMPARE(tenantText(QStringLiteral("SELECT stamped_at FROM cfdis WHERE id = ?"), { invoice->id }),
            parseStampedCfdi(stamped.xml)->stamp.stampedAt);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cfdi_tickets WHERE cfdi_id = ? AND sale_id IN (?, ?)"),
                     { invoice->id, first->saleId, second->saleId }),
            2);
        QCOMPARE(count(QStringLiteral("SELECT is_global FROM cfdis WHERE id = ?"), { global->id }), 1);
        QCOMPARE(tenantText(QStringLiteral("SELECT receiver_rfc FROM cfdis WHERE id = ?"), { global->id }),
            QStringLiteral("XAXX010101000"));
        QCOMPARE(tenantText(QStringLiteral("SELECT folio FROM cfdi_tickets WHERE cfdi_id = ?"), { global->id }),
            counter->folio);
        // The nota de crédito: stamped, then cancelled — one row, its state moved; related to the invoice.
        QCOMPARE(tenantText(QStringLiteral("SELECT cfdi_type FROM cfdis WHERE id = ?"), { noteId }), QStringLiteral("E"));
        QCOMPARE(tenantText(QStringLiteral("SELECT state FROM cfdis WHERE id = ?"), { noteId }),
            QStringLiteral("cancelada"));
        QCOMPARE(tenantText(QStringLiteral("SELECT cancel_motive FROM cfdis WHERE id = ?"), { noteId }),
            QStringLiteral("02"));
        QCOMPARE(tenantText(QStringLiteral("SELECT related_uuid FROM cfdis WHERE id = ?"), { noteId }), stamped.uuid);
        QCOMPARE(tenantText(QStringLiteral("SELECT source_folio FROM cfdis WHERE id = ?"), { noteId }), back->folio);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'ticket_invoiced_twice'")), 0);

        // nexus-admin cfdi list: JSON for the branch, the table for every branch.
        const QString day = parseStampedCfdi(stamped.xml)->stamp.stampedAt.left(10);
        const AdminRun listed = cfdiList({ QStringLiteral("--from"), day, QStringLiteral("--to"), day,
            QStringLiteral("--branch"), QStringLiteral("MTY"), QStringLiteral("--json") });
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonObject answer = QJsonDocument::fromJson(listed.out.toUtf8()).object();
        QCOMPARE(answer.value(QStringLiteral("count")).toInteger(), 3);
        QCOMPARE(answer.value(QStringLiteral("valid")).toInteger(), 2);
        QCOMPARE(answer.value(QStringLiteral("cancelled")).toInteger(), 1);
        QCOMPARE(answer.value(QStringLiteral("invoiced_cents")).toInteger(),
            stamped.total.centavos() + globalStamped.total.centavos());
        bool sawInvoice = false;
        for (const QJsonValue &value : answer.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            QCOMPARE(row.value(QStringLiteral("branch")).toString(), QStringLiteral("MTY"));
            if (row.value(QStringLiteral("uuid")).toString() != stamped.uuid)
                continue;
            sawInvoice = true;
            QCOMPARE(row.value(QStringLiteral("tickets")).toArray().size(), 2);
            QCOMPARE(row.value(QStringLiteral("total_cents")).toInteger(), stamped.total.centavos());
        }
        QVERIFY(sawInvoice);
        const AdminRun table = cfdiList({ QStringLiteral("--from"), day, QStringLiteral("--to"), day });
        QVERIFY2(table.exitCode == 0, qPrintable(table.err));
        QVERIFY2(table.out.contains(stamped.uuid) && table.out.contains(globalStamped.uuid)
                && table.out.contains(note.uuid) && table.out.contains(QStringLiteral("cancelada (02)"))
                && table.out.contains(counter->folio) && table.out.contains(QStringLiteral("3 CFDIs: 2 stamped, 1 cancelled")),
            qPrintable(table.out));
        qInfo().noquote() << table.out;
        // Another branch had none; a day without CFDIs lists none; bad input exits 2.
        const AdminRun other = cfdiList({ QStringLiteral("--from"), day, QStringLiteral("--to"), day,
            QStringLiteral("--branch"), QStringLiteral("GDL"), QStringLiteral("--json") });
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QCOMPARE(QJsonDocument::fromJson(other.out.toUtf8()).object().value(QStringLiteral("count")).toInteger(), 0);
        const AdminRun unknown = cfdiList({ QStringLiteral("--from"), day, QStringLiteral("--to"), day,
            QStringLiteral("--branch"), QStringLiteral("NOPE") });
        QCOMPARE(unknown.exitCode, 2);
        const AdminRun backwards = cfdiList({ QStringLiteral("--from"), day, QStringLiteral("--to"),
            QDate::fromString(day, Qt::ISODate).addDays(-1).toString(Qt::ISODate) });
        QCOMPARE(backwards.exitCode, 2);

        // The same ticket in a second valid invoice (a counter restored from an old backup invoices it again): kept,
        // and head office is told.
        CfdiFact again;
        again.invoiceId = IdGenerator::instance().nextString();
        again.cfdiType = QStringLiteral("I");
        again.state = QStringLiteral("timbrada");
        again.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        again.stampedAt = day + QStringLiteral("T18:00:00");
        again.receiverRfc = QStringLiteral("URE180429TM6");
        again.total = second->totals.gross;
        again.tickets = { { second->saleId, second->folio, second->totals.gross } };
        again.atUtc = QStringLiteral("2026-03-02T15:00:00.000Z");
        QCOMPARE(pushOne(QString(kCfdiStatusMutation), cfdiFactPayload(again)), QStringList { QStringLiteral("applied") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'ticket_invoiced_twice' AND ref = ?"),
                     { second->saleId }),
            1);
        QVERIFY(tenantText(QStringLiteral("SELECT details FROM exceptions WHERE kind = 'ticket_invoiced_twice'"))
                    .contains(stamped.uuid));

        // The same folio fiscal under another CFDI id, an unknown state, a missing UUID: quarantined, nothing kept.
        CfdiFact stolen = again;
        stolen.invoiceId = IdGenerator::instance().nextString();
        QCOMPARE(pushOne(QString(kCfdiStatusMutation), cfdiFactPayload(stolen)),
            QStringList { QStringLiteral("quarantined") });
        CfdiFact pending = again;
        pending.invoiceId = IdGenerator::instance().nextString();
        pending.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces).toUpper();
        pending.state = QStringLiteral("pendiente_de_timbrar");
        QCOMPARE(pushOne(QString(kCfdiStatusMutation), cfdiFactPayload(pending)),
            QStringList { QStringLiteral("quarantined") });
        QJsonObject noUuid = cfdiFactPayload(pending);
        noUuid.insert(QStringLiteral("state"), QStringLiteral("timbrada"));
        noUuid.remove(QStringLiteral("uuid"));
        QCOMPARE(pushOne(QString(kCfdiStatusMutation), noUuid), QStringList { QStringLiteral("quarantined") });
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cfdis")), 4);
        // A late "timbrada" of the cancelled note never revives it.
        CfdiFact late = again;
        late.invoiceId = noteId;
        late.cfdiType = QStringLiteral("E");
        late.uuid = note.uuid;
        late.relatedInvoiceId = invoice->id;
        late.tickets.clear();
        QCOMPARE(pushOne(QString(kCfdiStatusMutation), cfdiFactPayload(late)), QStringList { QStringLiteral("applied") });
        QCOMPARE(tenantText(QStringLiteral("SELECT state FROM cfdis WHERE id = ?"), { noteId }),
            QStringLiteral("cancelada"));
    }
};

QTEST_GUILESS_MAIN(TestCfdiIngest)
#include "testcfdiingest.moc"
