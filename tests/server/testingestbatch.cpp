// What the push ingest decides inside one batch, now that it reads once per batch and writes a sale in a few
// multi-row statements: each line's stock balance and its exceptions as if every line were applied on its own,
// old prices named by line, the same mutation twice in a batch (replayed, or rejected when its content differs),
// a sale id under a second mutation, and a sale that breaks a constraint half-way leaving nothing behind; the vehicle a
// counter sale was for (schema 5) kept by the batch's multi-row insert and by a sale alone. Every test
// runs on an SQLite tenant file and on a PostgreSQL tenant schema (a throwaway cluster; skipped where none exists).
#include "ingestbackends.h"
#include "tempdir.h"
#include "tenantfixture.h"
#include "why.h"

#include "common/clock.h"
#include "common/idgenerator.h"
#include "server/ingestservice.h"
#include "store/schemadatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTest>

using namespace nexus;
using namespace nexus::test;

namespace {

struct SoldLine
{
    qint64 partId = 0;
    QString warehouseId;
    qint64 quantity = 0; // thousandths
    qint64 priceVersion = 1;
};

} // namespace

class TestIngestBatch final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    TenantFixture m_acme = TenantFixture::standard(QStringLiteral("acme"));
    IngestBackends m_backends { m_dir };
    IngestTenant m_store;
    Database *m_tenant = nullptr; // an SQLite file or a PostgreSQL schema
    std::unique_ptr<IngestService> m_ingest;
    DeviceContext m_device;
    int m_round = 0;

    QString shelf() const { return m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-A"); }
    QString backRoom() const { return m_acme.branchId(QStringLiteral("MTY")) + QStringLiteral("-wh-B"); }

    QJsonObject sale(const QString &id, const QList<SoldLine> &lines) const
    {
        QJsonArray array;
        qint64 total = 0;
        for (const SoldLine &line : lines) {
            const qint64 amount = 11600 * line.quantity / 1000;
            total += amount;
            array.append(QJsonObject { { QStringLiteral("kind"), QStringLiteral("part") }, // read from schema 4
                { QStringLiteral("part_id"), line.partId },
                { QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(line.partId) },
                { QStringLiteral("warehouse_id"), line.warehouseId }, { QStringLiteral("quantity"), line.quantity },
                { QStringLiteral("unit_price_cents"), 11600 }, { QStringLiteral("discount_cents"), 0 },
                { QStringLiteral("base_cents"), amount * 100 / 116 },
                { QStringLiteral("tax_cents"), amount - amount * 100 / 116 },
                { QStringLiteral("tax_code"), QStringLiteral("IVA16") },
                { QStringLiteral("description"), QStringLiteral("Pieza %1").arg(line.partId) },
                { QStringLiteral("sat_product_key"), QStringLiteral("25174400") },
                { QStringLiteral("sat_unit_key"), QStringLiteral("H87") }, { QStringLiteral("cost_cents"), 6000 },
                { QStringLiteral("retail_price_cents"), 11600 },
                { QStringLiteral("price_version"), line.priceVersion } });
        }
        return QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("folio"), QStringLiteral("MTY1-%1").arg(id.right(6)) },
            { QStringLiteral("branch_id"), m_device.branchId }, { QStringLiteral("cashier_id"), QStringLiteral("u-1") },
            { QStringLiteral("price_list"), QStringLiteral("publico") },
            { QStringLiteral("sold_at"), QStringLiteral("2026-01-05T10:00:00.000Z") },
            { QStringLiteral("subtotal_cents"), total * 100 / 116 },
            { QStringLiteral("tax_cents"), total - total * 100 / 116 }, { QStringLiteral("total_cents"), total },
            { QStringLiteral("lines"), array },
            { QStringLiteral("payments"),
                QJsonArray { QJsonObject { { QStringLiteral("method"), QStringLiteral("cash") },
                    { QStringLiteral("amount_cents"), total } } } } };
    }

    static wire::PushMutation mutation(const QString &id, qint64 seq, const QJsonObject &payload, int schema = 2)
    {
        return wire::PushMutation { id, seq, schema, QStringLiteral("sale.completed"), payload, {}, {} };
    }

    wire::PushRequest batch(const QList<wire::PushMutation> &mutations) const
    {
        wire::PushRequest request;
        request.deviceId = m_device.deviceId;
        request.epoch = m_device.epoch;
        request.mutations = mutations;
        return request;
    }

    // What each mutation of the push became, in order.
    static QStringList answerStatuses(const wire::PushResponse &response)
    {
        QStringList list;
        for (const wire::PushResult &result : response.results)
            list << result.status;
        return list;
    }
    static QStringList pushStatuses(const Result<wire::PushResponse> &response)
    {
        return response ? answerStatuses(*response) : QStringList {};
    }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        const Result<QVariant> value = m_tenant->scalar(sql, values);
        return value && value->isValid() ? value->toLongLong() : -1;
    }

    qint64 stock(qint64 part, const QString &warehouse)
    {
        return count(QStringLiteral("SELECT quantity FROM stock_levels WHERE part_id = ? AND warehouse_id = ?"),
            { part, warehouse });
    }

    // The exceptions of one kind in the order they were opened, as JSON objects.
    QList<QJsonObject> exceptions(const QString &kind, const QString &ref)
    {
        QList<QJsonObject> list;
        Result<QSqlQuery> rows = m_tenant->exec(
            QStringLiteral("SELECT details FROM exceptions WHERE kind = ? AND ref = ? ORDER BY id"), { kind, ref });
        while (rows && rows->next())
            list.append(QJsonDocument::fromJson(rows->value(0).toString().toUtf8()).object());
        return list;
    }

    // Everything a push leaves in a tenant but the times it was received: sales, lines, payments, movements,
    // balances, exceptions (in the order opened), quarantine, applied mutations, seqs and the stock change log.
    static QStringList contents(Database &db)
    {
        static const QStringList queries {
            QStringLiteral("SELECT id, branch_id, device_id, folio, cashier_id, customer_id, vehicle_id, price_list, "
                           "currency, subtotal_cents, tax_cents, total_cents, sold_at, cash_session_id FROM sales "
                           "ORDER BY id"),
            QStringLiteral("SELECT sale_id, line_no, part_id, warehouse_id, quantity, unit_price_cents, tax_code, "
                           "price_version, sku, description, sat_product_key FROM sale_lines ORDER BY sale_id, line_no"),
            QStringLiteral("SELECT sale_id, method, amount_cents, reference, tendered_cents FROM sale_payments "
                           "ORDER BY sale_id, method, amount_cents"),
            QStringLiteral("SELECT id, part_id, warehouse_id, kind, quantity, ref_type, ref_id, user_id, at "
                           "FROM stock_movements ORDER BY id"),
            QStringLiteral("SELECT part_id, warehouse_id, quantity FROM stock_levels ORDER BY part_id, warehouse_id"),
            QStringLiteral("SELECT kind, ref, details FROM exceptions ORDER BY id"),
            QStringLiteral("SELECT mutation_id, seq, reason, body FROM quarantine ORDER BY id"),
            QStringLiteral("SELECT mutation_id, device_id, seq, type, request_hash, status, result "
                           "FROM applied_mutations ORDER BY mutation_id"),
            QStringLiteral("SELECT device_id, seq, mutation_id FROM device_seqs ORDER BY device_id, seq"),
            QStringLiteral("SELECT key, row, deleted FROM change_log WHERE bucket = 'stock' ORDER BY key"),
            QStringLiteral("SELECT customer_id, amount_cents, ref_id FROM customer_account_ledger ORDER BY id") };
        QStringList rows;
        for (const QString &sql : queries) {
            rows << sql.section(QLatin1String(" FROM "), 1, 1).section(QLatin1Char(' '), 0, 0);
            Result<QSqlQuery> query = db.exec(sql);
            if (!query) {
                rows << QString::fromUtf8(why(query));
                continue;
            }
            while (query->next()) {
                QStringList values;
                for (int column = 0; column < query->record().count(); ++column)
                    values << (query->isNull(column) ? QStringLiteral("NULL") : query->value(column).toString());
                rows << values.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    static QStringList described(const wire::PushResult &result)
    {
        return { result.mutationId, QString::number(result.seq), result.status, result.detail };
    }

    QJsonObject adjustment(const QString &id, qint64 partId, qint64 quantity) const
    {
        return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("folio"), QString(QStringLiteral("AJ-") + id.right(4)) },
            { QStringLiteral("kind"), QStringLiteral("adjustment") }, { QStringLiteral("branch_id"), m_device.branchId },
            { QStringLiteral("warehouse_id"), shelf() }, { QStringLiteral("reason"), QStringLiteral("correction") },
            { QStringLiteral("user_id"), QStringLiteral("u-1") },
            { QStringLiteral("at"), QStringLiteral("2026-01-05T10:30:00.000Z") },
            { QStringLiteral("lines"),
                QJsonArray { QJsonObject { { QStringLiteral("line_no"), 1 }, { QStringLiteral("part_id"), partId },
                    { QStringLiteral("quantity"), quantity } } } } };
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void initTestCase()
    {
        const Status started = m_backends.startPostgres();
        NEXUS_WARN_WITHOUT_POSTGRES(started);
    }

    void init()
    {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && !m_backends.hasPostgres())
            QSKIP("no PostgreSQL server on this machine");
        const int round = ++m_round;
        Result<IngestTenant> tenant = m_backends.create(postgres, QStringLiteral("batch%1").arg(round));
        QVERIFY2(tenant.has_value(), why(tenant).constData());
        m_store = std::move(*tenant);
        m_tenant = &m_store.db();
        QVERIFY(m_acme.writeInto(*m_tenant));
        // The catalogue says part 7 is at price version 3; part 8 is not in it.
        const QString catalog = m_dir.file(QStringLiteral("catalog-%1.db").arg(round));
        {
            Result<std::unique_ptr<Database>> db = openWithSchema(
                catalog, Durability::Normal, QStringLiteral("catalog"), QStringLiteral("catalog-%1").arg(round));
            QVERIFY2(db.has_value(), why(db).constData());
            QVERIFY((*db)->execScript(QStringLiteral(
                "INSERT INTO brands(id, name) VALUES (1, 'B'); "
                "INSERT INTO categories(id, name, sat_product_key) VALUES (1, 'C', '25174400'); "
                "INSERT INTO parts(id, sku, name, brand_id, category_id, sat_product_key, sat_unit_key, unit_name, "
                "cost_cents, list_price_cents, retail_price_cents, price_version) "
                "VALUES (7, 'SKU-7', 'Balata', 1, 1, '25174400', 'H87', 'Pieza', 6000, 11600, 11600, 3)")));
        }
        m_device = DeviceContext { QStringLiteral("t-acme"), QStringLiteral("acme"),
            m_acme.branchId(QStringLiteral("MTY")), IdGenerator::instance().nextString(), 1 };
        m_ingest = std::make_unique<IngestService>(*m_tenant, Clock::system(), catalog);
    }

    void cleanup()
    {
        m_ingest.reset();
        m_tenant = nullptr;
        m_store = {};
    }

    void eachLineGetsItsOwnBalanceAndExceptions()
    {
        // One piece of part 7 on the shelf; the sale takes it, then two more, then part 8 and part 7 elsewhere.
        QVERIFY(m_tenant->exec(QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, "
                                              "quantity, ref_type, ref_id, device_id, user_id, at) VALUES ('seed', 7, "
                                              "?, ?, 'receipt', 1000, 'seed', 'seed', 'seed', 'seed', '2026-01-01')"),
            { shelf(), m_device.branchId }));
        QVERIFY(m_tenant->exec(
            QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (7, ?, 1000)"),
            { shelf() }));
        const QString id = IdGenerator::instance().nextString();
        Result<wire::PushResponse> answer = m_ingest->push(m_device,
            batch({ mutation(IdGenerator::instance().nextString(), 1,
                sale(id,
                    { { 7, shelf(), 1000, 3 }, { 7, shelf(), 2000, 3 }, { 8, backRoom(), 1000, 1 },
                        { 7, backRoom(), 500, 3 } })) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(pushStatuses(answer), QStringList { QStringLiteral("applied") });

        QCOMPARE(stock(7, shelf()), -2000);
        QCOMPARE(stock(8, backRoom()), -1000);
        QCOMPARE(stock(7, backRoom()), -500);
        // The first line emptied the shelf without going below zero; each later line names its own balance.
        const QList<QJsonObject> negative = exceptions(QStringLiteral("negative_stock"), id);
        QCOMPARE(negative.size(), 3);
        const QList<std::pair<qint64, qint64>> expected { { 2, -2000 }, { 3, -1000 }, { 4, -500 } };
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(negative.at(i).value(QStringLiteral("line_no")).toInteger(), expected.at(i).first);
            QCOMPARE(negative.at(i).value(QStringLiteral("quantity")).toInteger(), expected.at(i).second);
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ?"), { id }), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_movements WHERE ref_id = ?"), { id }), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock_levels l WHERE quantity <> (SELECT "
                                      "coalesce(sum(quantity), 0) FROM stock_movements m WHERE m.part_id = l.part_id "
                                      "AND m.warehouse_id = l.warehouse_id)")),
            0);
        // The change log holds each balance once, at its final value.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM change_log WHERE bucket = 'stock'")),
            count(QStringLiteral("SELECT count(*) FROM stock_levels")));

        // Old prices are named by line: part 7 sold at version 2 while the catalogue is at 3 (lines 1 and 3).
        const QString late = IdGenerator::instance().nextString();
        answer = m_ingest->push(m_device,
            batch({ mutation(IdGenerator::instance().nextString(), 2,
                sale(late, { { 7, shelf(), 1000, 2 }, { 8, shelf(), 1000, 1 }, { 7, shelf(), 1000, 2 } })) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        const QList<QJsonObject> old = exceptions(QStringLiteral("old_price"), late);
        QCOMPARE(old.size(), 2);
        QCOMPARE(old.at(0).value(QStringLiteral("line_no")).toInteger(), 1);
        QCOMPARE(old.at(1).value(QStringLiteral("line_no")).toInteger(), 3);
        QCOMPARE(old.at(0).value(QStringLiteral("current_price_version")).toInteger(), 3);
        QCOMPARE(answer->ackedSeq, 2);
    }

    void duplicatesInsideOneBatchAreCaught()
    {
        const QString first = IdGenerator::instance().nextString();
        const QString saleId = IdGenerator::instance().nextString();
        const QJsonObject payload = sale(saleId, { { 8, shelf(), 1000, 1 }, { 8, backRoom(), 2000, 1 } });
        QJsonObject altered = payload;
        altered.insert(QStringLiteral("folio"), QStringLiteral("MTY1-OTHER"));
        const QString other = IdGenerator::instance().nextString();
        Result<wire::PushResponse> answer = m_ingest->push(m_device,
            batch({ mutation(first, 1, payload), mutation(first, 1, payload), mutation(first, 2, altered),
                mutation(IdGenerator::instance().nextString(), 3, payload),
                mutation(IdGenerator::instance().nextString(), 4, sale(other, { { 8, shelf(), 1000, 1 } })) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(pushStatuses(answer),
            (QStringList { QStringLiteral("applied"), QStringLiteral("replayed"), QStringLiteral("rejected"),
                QStringLiteral("quarantined"), QStringLiteral("applied") }));
        QCOMPARE(answer->ackedSeq, 4);
        QVERIFY(answer->results.at(3).detail.contains(QLatin1String("exists already")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'hash_mismatch' AND ref = ?"),
                     { first }),
            1);
        // The sale once, with its lines and stock once.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { saleId }), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ?"), { saleId }), 2);
        QCOMPARE(stock(8, shelf()), -2000);
        QCOMPARE(stock(8, backRoom()), -2000);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM applied_mutations WHERE device_id = ?"), { m_device.deviceId }),
            3); // the sale, the quarantined second carrier, the other sale

        // The next batch finds them applied: the same mutation again is a replay.
        answer = m_ingest->push(m_device, batch({ mutation(first, 1, payload) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(pushStatuses(answer), QStringList { QStringLiteral("replayed") });
    }

    void aSaleThatBreaksAConstraintLeavesNothing()
    {
        // A movement row already holds the id the sale's second line would take: its insert fails after the sale's
        // header and lines went in; all of it must go, and the batch goes on.
        const QString broken = IdGenerator::instance().nextString();
        QVERIFY(m_tenant->exec(QStringLiteral("INSERT INTO stock_movements(id, part_id, warehouse_id, branch_id, kind, "
                                              "quantity, ref_type, ref_id, device_id, user_id, at) VALUES (?, 9, ?, ?, "
                                              "'adjustment', 1, 'seed', 'seed', 'seed', 'seed', '2026-01-01')"),
            { QString(broken + QStringLiteral(":2")), shelf(), m_device.branchId }));
        const QString fine = IdGenerator::instance().nextString();
        Result<wire::PushResponse> answer = m_ingest->push(m_device,
            batch({ mutation(IdGenerator::instance().nextString(), 1,
                        sale(broken, { { 8, shelf(), 1000, 1 }, { 8, shelf(), 1000, 1 } })),
                mutation(IdGenerator::instance().nextString(), 2, sale(fine, { { 8, shelf(), 3000, 1 } })) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(pushStatuses(answer), (QStringList { QStringLiteral("quarantined"), QStringLiteral("applied") }));
        QCOMPARE(answer->ackedSeq, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE id = ?"), { broken }), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_lines WHERE sale_id = ?"), { broken }), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sale_payments WHERE sale_id = ?"), { broken }), 0);
        QCOMPARE(stock(8, shelf()), -3000); // only the second sale moved it
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM quarantine WHERE device_id = ?"), { m_device.deviceId }), 1);
    }

    void aPushWritesItsSalesTogetherAsIfOneByOne()
    {
        // One push of many mutations, where the sales are written together between the other mutations, must leave
        // the tenant exactly as the same mutations pushed one per request (every sale applied alone).
        QVERIFY(m_tenant->exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (7, ?, "
                                              "3000)"),
            { shelf() }));
        const auto id = [] { return IdGenerator::instance().nextString(); };
        const QString first = id();
        const QString firstSale = id();
        QJsonObject sameFolio = sale(id(), { { 9, shelf(), 1000, 1 } });
        sameFolio.insert(QStringLiteral("folio"), QString(QStringLiteral("MTY1-") + firstSale.right(6)));
        QJsonObject wrongWarehouse = sale(id(), { { 9, QStringLiteral("elsewhere"), 1000, 1 } });
        QJsonObject onCredit = sale(id(), { { 7, backRoom(), 1000, 3 } });
        onCredit.insert(QStringLiteral("payments"),
            QJsonArray { QJsonObject { { QStringLiteral("method"), QStringLiteral("store_credit") },
                { QStringLiteral("amount_cents"), 11600 } } });
        const QList<wire::PushMutation> mutations {
            // a run: the shelf's 3 pieces of part 7 go, then the balance goes negative line by line; an old price
            mutation(first, 1, sale(firstSale, { { 7, shelf(), 2000, 3 }, { 8, backRoom(), 1000, 1 } })),
            mutation(id(), 2, sale(id(), { { 7, shelf(), 2000, 2 }, { 7, shelf(), 1000, 3 } })),
            mutation(id(), 3, sameFolio), // repeats the first sale's folio, written in the same run
            mutation(id(), 4, wrongWarehouse), // quarantined: ends the run
            mutation(id(), 5, sale(id(), { { 7, shelf(), 1000, 3 } })),
            wire::PushMutation { id(), 6, 1, QStringLiteral("stock.adjusted"), adjustment(id(), 7, 5000), {}, {} },
            mutation(id(), 7, sale(id(), { { 7, shelf(), 1000, 3 } })),
            mutation(first, 1, sale(firstSale, { { 7, shelf(), 2000, 3 }, { 8, backRoom(), 1000, 1 } })), // replay
            mutation(id(), 8, onCredit), // store credit without a customer: written alone
            mutation(id(), 9, sale(id(), { { 7, shelf(), 1000, 3 } })),
            mutation(id(), 9, sale(id(), { { 8, shelf(), 1000, 1 } })), // the same seq again: seq_reuse
            mutation(id(), 10, sale(id(), { { 8, shelf(), 4000, 1 } })),
            mutation(id(), 11, sale(id(), { { 8, shelf(), 1000, 1 } })),
        };
        Result<wire::PushResponse> together = m_ingest->push(m_device, batch(mutations));
        QVERIFY2(together.has_value(), why(together).constData());
        QCOMPARE(answerStatuses(*together),
            (QStringList { QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied"),
                QStringLiteral("quarantined"), QStringLiteral("applied"), QStringLiteral("applied"),
                QStringLiteral("applied"), QStringLiteral("replayed"), QStringLiteral("applied"),
                QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied"),
                QStringLiteral("applied") }));
        QCOMPARE(together->ackedSeq, 11);

        QFETCH_GLOBAL(bool, postgres);
        Result<IngestTenant> alone = m_backends.create(postgres, QStringLiteral("alone%1").arg(m_round));
        QVERIFY2(alone.has_value(), why(alone).constData());
        QVERIFY(m_acme.writeInto(alone->db()));
        QVERIFY(alone->db().exec(QStringLiteral("INSERT INTO stock_levels(part_id, warehouse_id, quantity) VALUES (7, "
                                                "?, 3000)"),
            { shelf() }));
        IngestService oneByOne(alone->db(), Clock::system(), m_dir.file(QStringLiteral("catalog-%1.db").arg(m_round)));
        for (qsizetype i = 0; i < mutations.size(); ++i) {
            Result<wire::PushResponse> answer = oneByOne.push(m_device, batch({ mutations.at(i) }));
            QVERIFY2(answer.has_value(), why(answer).constData());
            QCOMPARE(described(answer->results.constFirst()), described(together->results.at(i)));
        }
        const QStringList expected = contents(alone->db());
        const QStringList actual = contents(*m_tenant);
        QCOMPARE(actual, expected);
        // What the comparison covers really happened.
        for (const QString &kind : { QStringLiteral("negative_stock"), QStringLiteral("old_price"),
                 QStringLiteral("duplicate_folio"), QStringLiteral("quarantined"), QStringLiteral("seq_reuse"),
                 QStringLiteral("credit_without_customer") })
            QVERIFY2(actual.filter(QRegularExpression(QStringLiteral("^") + kind + QStringLiteral("\\|"))).size() > 0,
                qPrintable(kind));
    }

    void aSaleForAVehicleKeepsIt()
    {
        // Schema 5: a fleet's counter sales for its trucks, pushed together (one multi-row insert), one without a
        // vehicle between them; then one alone. A schema 4 payload's vehicle_id is not read (it did not exist then).
        const auto id = [] { return IdGenerator::instance().nextString(); };
        const auto forVehicle = [&](const QString &saleId, const QString &vehicleId) {
            QJsonObject payload = sale(saleId, { { 7, shelf(), 1000, 3 } });
            payload.insert(QStringLiteral("customer_id"), QStringLiteral("c-fleet"));
            if (!vehicleId.isEmpty())
                payload.insert(QStringLiteral("vehicle_id"), vehicleId);
            return payload;
        };
        const QString truck1 = id();
        const QString noVehicle = id();
        const QString truck2 = id();
        const QString alone = id();
        const QString oldSchema = id();
        Result<wire::PushResponse> together = m_ingest->push(m_device,
            batch({ mutation(id(), 1, forVehicle(truck1, QStringLiteral("v-truck-1")), 5),
                mutation(id(), 2, forVehicle(noVehicle, QString()), 5),
                mutation(id(), 3, forVehicle(truck2, QStringLiteral("v-truck-2")), 5) }));
        QVERIFY2(together.has_value(), why(together).constData());
        QCOMPARE(answerStatuses(*together), QStringList(3, QStringLiteral("applied")));
        Result<wire::PushResponse> single
            = m_ingest->push(m_device, batch({ mutation(id(), 4, forVehicle(alone, QStringLiteral("v-truck-1")), 5) }));
        QVERIFY2(single.has_value(), why(single).constData());
        Result<wire::PushResponse> old
            = m_ingest->push(m_device, batch({ mutation(id(), 5, forVehicle(oldSchema, QStringLiteral("v-x")), 4) }));
        QVERIFY2(old.has_value(), why(old).constData());
        QCOMPARE(pushStatuses(single) + pushStatuses(old), QStringList(2, QStringLiteral("applied")));
        const auto vehicleOf = [this](const QString &saleId) {
            const Result<QVariant> value = m_tenant->scalar(
                QStringLiteral("SELECT coalesce(vehicle_id, 'NULL') FROM sales WHERE id = ?"), { saleId });
            return value && value->isValid() ? value->toString() : QStringLiteral("(no sale)");
        };
        QCOMPARE(vehicleOf(truck1), QStringLiteral("v-truck-1"));
        QCOMPARE(vehicleOf(noVehicle), QStringLiteral("NULL"));
        QCOMPARE(vehicleOf(truck2), QStringLiteral("v-truck-2"));
        QCOMPARE(vehicleOf(alone), QStringLiteral("v-truck-1"));
        QCOMPARE(vehicleOf(oldSchema), QStringLiteral("NULL"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales WHERE vehicle_id = 'v-truck-1'")), 2);
    }

    void aSeqStoredBeforeSendsTheRunOneByOne()
    {
        // A counter restored from an old backup pushes seqs the server holds already under other mutations: the run
        // that meets one is written one by one, which opens seq_reuse and still applies every sale.
        Result<wire::PushResponse> answer = m_ingest->push(m_device,
            batch({ mutation(IdGenerator::instance().nextString(), 1,
                sale(IdGenerator::instance().nextString(), { { 8, shelf(), 1000, 1 } })) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        const QString again = IdGenerator::instance().nextString();
        answer = m_ingest->push(m_device,
            batch({ mutation(again, 1, sale(IdGenerator::instance().nextString(), { { 8, shelf(), 1000, 1 } })),
                mutation(IdGenerator::instance().nextString(), 2,
                    sale(IdGenerator::instance().nextString(), { { 8, shelf(), 1000, 1 } })) }));
        QVERIFY2(answer.has_value(), why(answer).constData());
        QCOMPARE(answerStatuses(*answer), (QStringList { QStringLiteral("applied"), QStringLiteral("applied") }));
        QCOMPARE(answer->ackedSeq, 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM exceptions WHERE kind = 'seq_reuse' AND ref = ?"), { again }),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sales")), 3);
        QCOMPARE(stock(8, shelf()), -3000);
    }
};

QTEST_GUILESS_MAIN(TestIngestBatch)
#include "testingestbatch.moc"
