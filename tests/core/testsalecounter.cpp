// The counter's core helpers: catalogue items priced like the search, codes, branch stock and the default warehouse,
// cart summary, typed shortcuts, exchange rate, payment preview and the counter profile.
#include "catalog/catalogsearch.h"
#include "catalog/catalogsearchindex.h"
#include "democatalogue.h"
#include "inventory/stockledger.h"
#include "sales/branchstock.h"
#include "sales/cartitemlookup.h"
#include "sales/cartsummary.h"
#include "sales/counterinput.h"
#include "sales/counterprofile.h"
#include "sales/exchangerate.h"
#include "sales/paymentpreview.h"
#include "store/catalogstore.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QTest>

using namespace nexus;

namespace {
const QString kBranch = QStringLiteral("branch-1");
const QString kCounter = QStringLiteral("wh-mostrador");
const QString kBack = QStringLiteral("wh-bodega");

qint64 scalar(Database &db, const QString &sql)
{
    return db.scalar(sql)->toLongLong();
}
} // namespace

class TestSaleCounter final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<LocalStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        Result<test::DemoCatalogue> catalogue = test::writeIndexedDemoCatalogue(m_dir, 1500);
        QVERIFY2(catalogue.has_value(), test::why(catalogue).constData());
        QVERIFY(catalogue->stats.priceListItems > 0);
        m_catalog = std::move(catalogue->store);

        Result<std::unique_ptr<LocalStore>> store = LocalStore::open(m_dir.file(QStringLiteral("nexus.db")));
        QVERIFY2(store.has_value(), test::why(store).constData());
        m_store = std::move(*store);
        QVERIFY(m_store->db()
                    .execScript(QStringLiteral(
                        "INSERT INTO branches(id, code, name, border_region) VALUES ('branch-1', 'MTZ', 'Matriz', 0);"
                        "INSERT INTO branches(id, code, name) VALUES ('branch-2', 'ZAP', 'Zapopan');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-mostrador', 'branch-1', 'MOS', "
                        "'Mostrador');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-bodega', 'branch-1', 'BOD', "
                        "'Bodega');"
                        "INSERT INTO warehouses(id, branch_id, code, name) VALUES ('wh-zap', 'branch-2', 'MOS', "
                        "'Mostrador');"))
                    .has_value());
    }

    void cleanupTestCase()
    {
        m_catalog.reset();
        m_store.reset();
    }

    // The cart charges exactly what the search showed, for every list, including HQ's per-part prices.
    void itemIsPricedLikeTheSearch()
    {
        Database &db = m_catalog->db();
        QList<qint64> parts;
        Result<QSqlQuery> special
            = db.exec(QStringLiteral("SELECT part_id FROM price_list_items ORDER BY part_id LIMIT 15"));
        QVERIFY(special.has_value());
        while (special->next())
            parts.append(special->value(0).toLongLong());
        QVERIFY(!parts.isEmpty());
        Result<QSqlQuery> plain
            = db.exec(QStringLiteral("SELECT id FROM parts WHERE id NOT IN "
                                     "(SELECT part_id FROM price_list_items) ORDER BY id LIMIT 15"));
        QVERIFY(plain.has_value());
        while (plain->next())
            parts.append(plain->value(0).toLongLong());

        CartItemLookup lookup(db);
        CatalogSearch search(db);
        Result<QList<PriceListInfo>> lists = lookup.priceLists();
        QVERIFY2(lists.has_value(), test::why(lists).constData());
        QCOMPARE(lists->size(), 3);
        QCOMPARE(lists->first().code, QStringLiteral("publico"));
        int differentFromRetail = 0;
        for (qint64 partId : parts) {
            const QString sku = db.scalar(QStringLiteral("SELECT sku FROM parts WHERE id = ?"), { partId })->toString();
            for (const std::optional<qint64> &list : { std::optional<qint64>(), std::optional<qint64>(1),
                     std::optional<qint64>(2), std::optional<qint64>(3) }) {
                CatalogQuery query;
                query.text = sku;
                query.priceListId = list;
                query.limit = 5;
                Result<CatalogSearchResult> found = search.search(query);
                QVERIFY2(found.has_value(), test::why(found).constData());
                QVERIFY(!found->hits.isEmpty());
                const CatalogHit &hit = found->hits.first();
                QCOMPARE(hit.partId, partId);
                Result<CartItem> item = lookup.item(partId, list, kCounter);
                QVERIFY2(item.has_value(), test::why(item).constData());
                QCOMPARE(item->unitPrice.centavos(), hit.price.centavos());
                QCOMPARE(qint64(item->priceVersion), hit.priceVersion);
                if (item->unitPrice != item->retailPrice)
                    ++differentFromRetail;
            }
        }
        QVERIFY(differentFromRetail > 20); // mayoreo and taller really are cheaper
    }

    void itemCarriesTheCatalogueFacts()
    {
        Database &db = m_catalog->db();
        Result<QSqlQuery> row = db.exec(QStringLiteral(
            "SELECT id, sku, name, cost_cents, retail_price_cents, sat_product_key, sat_unit_key, tax_code "
            "FROM parts ORDER BY id LIMIT 1 OFFSET 7"));
        QVERIFY(row.has_value() && row->next());
        Result<CartItem> item = CartItemLookup(db).item(row->value(0).toLongLong(), std::nullopt, kBack);
        QVERIFY2(item.has_value(), test::why(item).constData());
        QCOMPARE(item->sku, row->value(1).toString());
        QCOMPARE(item->description, row->value(2).toString());
        QCOMPARE(item->cost.centavos(), row->value(3).toLongLong());
        QCOMPARE(item->retailPrice.centavos(), row->value(4).toLongLong());
        QCOMPARE(item->unitPrice, item->retailPrice);
        QCOMPARE(item->satProductKey, row->value(5).toString());
        QCOMPARE(item->satUnitKey, row->value(6).toString());
        QCOMPARE(item->tax.code(), row->value(7).toString());
        QCOMPARE(item->warehouseId, kBack);
    }

    void unknownInactiveAndForeignList()
    {
        Database &db = m_catalog->db();
        CartItemLookup lookup(db);
        QCOMPARE(lookup.item(99'999'999, std::nullopt, kCounter).error().field(), QStringLiteral("part"));
        QCOMPARE(lookup.item(1, 77, kCounter).error().field(), QStringLiteral("priceList"));
        const qint64 last = scalar(db, QStringLiteral("SELECT max(id) FROM parts"));
        QVERIFY(db.exec(QStringLiteral("UPDATE parts SET active = 0 WHERE id = ?"), { last }).has_value());
        const Result<CartItem> inactive = lookup.item(last, std::nullopt, kCounter);
        QCOMPARE(inactive.error().code(), ErrorCode::NotFound);
        QCOMPARE(inactive.error().field(), QStringLiteral("part"));
        const QString sku = db.scalar(QStringLiteral("SELECT sku FROM parts WHERE id = ?"), { last })->toString();
        QCOMPARE(lookup.findByCode(sku).error().code(), ErrorCode::NotFound);
        QVERIFY(db.exec(QStringLiteral("UPDATE parts SET active = 1 WHERE id = ?"), { last }).has_value());
    }

    void findsByCode()
    {
        Database &db = m_catalog->db();
        CartItemLookup lookup(db);
        Result<QSqlQuery> row
            = db.exec(QStringLiteral("SELECT id, sku, barcode FROM parts WHERE barcode LIKE '0%' ORDER BY id LIMIT 1"));
        QVERIFY(row.has_value());
        const bool leadingZero = row->next();
        if (!leadingZero) {
            row = db.exec(QStringLiteral("SELECT id, sku, barcode FROM parts WHERE barcode IS NOT NULL LIMIT 1"));
            QVERIFY(row.has_value() && row->next());
        }
        const qint64 id = row->value(0).toLongLong();
        const QString sku = row->value(1).toString();
        const QString barcode = row->value(2).toString();
        QCOMPARE(*lookup.findByCode(sku), id);
        QCOMPARE(*lookup.findByCode(QStringLiteral("  ") + sku.toLower() + QStringLiteral(" ")), id);
        QCOMPARE(*lookup.findByCode(barcode), id);
        if (leadingZero)
            QCOMPARE(*lookup.findByCode(barcode.mid(1)), id); // the UPC-A form of the same label
        QCOMPARE(lookup.findByCode(QStringLiteral("NO-SUCH-CODE")).error().field(), QStringLiteral("code"));
        QCOMPARE(lookup.findByCode(QStringLiteral("   ")).error().code(), ErrorCode::InvalidInput);
    }

    void branchStockAndDefaultWarehouse()
    {
        Database &db = m_store->db();
        Transaction transaction(db);
        QVERIFY(transaction.begin().has_value());
        const auto receipt = [](qint64 part, const QString &warehouse, qint64 units) {
            return StockMovement { QStringLiteral("m-%1-%2").arg(part).arg(warehouse), part, warehouse,
                QStringLiteral("receipt"), Quantity::units(units), QStringLiteral("test"), QStringLiteral("r"),
                QStringLiteral("u"), QStringLiteral("2026-01-01T00:00:00Z") };
        };
        QVERIFY(StockLedger(db)
                    .post({ receipt(10, kCounter, 1), receipt(10, kBack, 8), receipt(11, kBack, 3),
                        receipt(12, QStringLiteral("wh-zap"), 50) })
                    .has_value());
        QVERIFY(transaction.commit().has_value());

        BranchStock stock(db);
        Result<QList<BranchWarehouse>> warehouses = stock.warehouses(kBranch);
        QVERIFY2(warehouses.has_value(), test::why(warehouses).constData());
        QCOMPARE(warehouses->size(), 2);
        QCOMPARE(warehouses->first().id, kCounter); // as head office sent them, not by code
        Result<StockByPart> levels = stock.levels({ 10, 11, 12, 13 }, { kCounter, kBack });
        QVERIFY2(levels.has_value(), test::why(levels).constData());
        QCOMPARE(levels->value(10).value(kCounter), Quantity::units(1));
        QCOMPARE(levels->value(10).value(kBack), Quantity::units(8));
        QCOMPARE(levels->value(11).value(kBack), Quantity::units(3));
        QVERIFY(!levels->contains(12)); // another branch's warehouse was not asked for
        QVERIFY(!levels->contains(13));

        QCOMPARE(pickWarehouse(*warehouses, levels->value(10), Quantity::units(1)), kCounter); // the counter has it
        QCOMPARE(pickWarehouse(*warehouses, levels->value(10), Quantity::units(2)), kBack); // only the back has 2
        QCOMPARE(pickWarehouse(*warehouses, levels->value(10), Quantity::units(20)), kBack); // most stock
        QCOMPARE(pickWarehouse(*warehouses, levels->value(13), Quantity::units(1)), kCounter); // none anywhere
        QCOMPARE(pickWarehouse({}, levels->value(10), Quantity::units(1)), QString());
    }

    void summaryShowsSavingsAgainstRetail()
    {
        Cart cart(QStringLiteral("mayoreo"));
        CartItem item { 1, QStringLiteral("A"), QStringLiteral("Balata"), kCounter, Money(88000), Money(100000),
            Money(50000), TaxRate::iva16(), 1, QStringLiteral("25174400"), QStringLiteral("H87") };
        QVERIFY(cart.add(item, Quantity::units(2)).has_value());
        CartItem other = item;
        other.partId = 2;
        other.unitPrice = Money(10000);
        other.retailPrice = Money(10000);
        QVERIFY(cart.add(other, Quantity(1500)).has_value());
        QVERIFY(cart.setLineDiscountPpm(1, 100'000).has_value());
        const CartSummary summary = summarizeCart(cart);
        QCOMPARE(summary.lines, 2);
        QCOMPARE(summary.pieces, Quantity(3500));
        QCOMPARE(summary.totals.gross, cart.totals().gross);
        QCOMPARE(summary.totals.base, cart.totals().base);
        QCOMPARE(summary.totals.tax, cart.totals().tax);
        QCOMPARE(summary.retailTotal, Money(200000 + 15000));
        QCOMPARE(summary.discount, Money(1500));
        QCOMPARE(summary.totals.gross, Money(176000 + 13500));
        QCOMPARE(summary.savings, Money(215000 - 189500));
        // A list dearer than retail saves nothing (never a negative saving).
        Cart dear;
        other.unitPrice = Money(12000);
        QVERIFY(dear.add(other, Quantity::units(1)).has_value());
        QCOMPARE(summarizeCart(dear).savings, Money());
    }

    void cartLineChangesWarehouse()
    {
        Cart cart;
        CartItem item { 5, QStringLiteral("X"), QStringLiteral("Filtro"), kCounter, Money(1000), Money(1000),
            Money(500), TaxRate::iva16(), 1, QStringLiteral("1"), QStringLiteral("H87") };
        QVERIFY(cart.add(item, Quantity::units(1)).has_value());
        QVERIFY(cart.setWarehouse(0, kBack).has_value());
        QCOMPARE(cart.lines().at(0).item.warehouseId, kBack);
        QVERIFY(cart.add(item, Quantity::units(1)).has_value()); // from the counter again: a second line
        QCOMPARE(cart.lines().size(), std::size_t(2));
        QCOMPARE(cart.setWarehouse(1, kBack).error().code(), ErrorCode::Conflict);
        QCOMPARE(cart.setWarehouse(0, QString()).error().field(), QStringLiteral("warehouse"));
        QCOMPARE(cart.setWarehouse(5, kBack).error().field(), QStringLiteral("line"));
    }

    void counterEntry_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("thousandths");
        QTest::addColumn<bool>("hasQuantity");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral(" balata ") << true << qint64(1000) << false
                               << QStringLiteral("balata");
        QTest::newRow("prefix") << QStringLiteral("3*bal del") << true << qint64(3000) << true
                                << QStringLiteral("bal del");
        QTest::newRow("spaces") << QStringLiteral(" 2.5 * 7501234567890") << true << qint64(2500) << true
                                << QStringLiteral("7501234567890");
        QTest::newRow("comma") << QStringLiteral("1,5*aceite") << true << qint64(1500) << true
                               << QStringLiteral("aceite");
        QTest::newRow("only quantity") << QStringLiteral("4*") << true << qint64(4000) << true << QString();
        QTest::newRow("word star") << QStringLiteral("abc*def") << true << qint64(1000) << false
                                   << QStringLiteral("abc*def");
        QTest::newRow("zero") << QStringLiteral("0*balata") << false << qint64(0) << false << QString();
        QTest::newRow("four decimals") << QStringLiteral("1.2345*x") << false << qint64(0) << false << QString();
    }

    void counterEntry()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        const Result<CounterEntry> entry = parseCounterEntry(input);
        QCOMPARE(entry.has_value(), ok);
        if (!ok) {
            QCOMPARE(entry.error().field(), QStringLiteral("quantity"));
            return;
        }
        QFETCH(qint64, thousandths);
        QFETCH(bool, hasQuantity);
        QFETCH(QString, text);
        QCOMPARE(entry->quantity.thousandths(), thousandths);
        QCOMPARE(entry->hasQuantity, hasQuantity);
        QCOMPARE(entry->text, text);
    }

    void percent_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("ppm"); // -1: refused
        QTest::newRow("whole") << QStringLiteral("15") << qint64(150'000);
        QTest::newRow("decimal") << QStringLiteral("12.5 %") << qint64(125'000);
        QTest::newRow("comma") << QStringLiteral("7,25") << qint64(72'500);
        QTest::newRow("finest") << QStringLiteral("0.0001") << qint64(1);
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("all") << QStringLiteral("100") << qint64(1'000'000);
        QTest::newRow("over") << QStringLiteral("100.01") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(-1);
        QTest::newRow("words") << QStringLiteral("diez") << qint64(-1);
    }

    void percent()
    {
        QFETCH(QString, input);
        QFETCH(qint64, ppm);
        const Result<qint64> parsed = parsePercentPpm(input);
        QCOMPARE(parsed.has_value(), ppm >= 0);
        if (ppm < 0) {
            QCOMPARE(parsed.error().field(), QStringLiteral("discount"));
            return;
        }
        QCOMPARE(*parsed, ppm);
        if (ppm > 0)
            QCOMPARE(*parsePercentPpm(formatPercentPpm(ppm)), ppm); // what the screen shows reads back the same
    }

    void exchangeRate()
    {
        QCOMPARE(*parseExchangeRate(QStringLiteral("17.25")), qint64(17'250'000));
        QCOMPARE(*parseExchangeRate(QStringLiteral("$18.0125")), qint64(18'012'500));
        QCOMPARE(formatExchangeRate(17'250'000), QStringLiteral("17.2500"));
        QCOMPARE(parseExchangeRate(QStringLiteral("0")).error().field(), QStringLiteral("exchange_rate"));
        QCOMPARE(parseExchangeRate(QStringLiteral("17.12345")).error().field(), QStringLiteral("exchange_rate"));
        QCOMPARE(parseExchangeRate(QStringLiteral("1000")).error().field(), QStringLiteral("exchange_rate"));

        // The screen's conversion is planPayment's, to the centavo, on awkward amounts.
        for (qint64 cents : { 1, 333, 9999, 123457 }) {
            const Tender usd { TenderMethod::CashUsd, Money(cents, Currency::USD), 17'123'456, {} };
            Result<PaymentPlan> plan = planPayment(Money(1), { usd }, false);
            QVERIFY2(plan.has_value(), test::why(plan).constData());
            QCOMPARE(usdToMxn(usd.tendered, usd.exchangeRatePpm), plan->tenders.front().tenderedMxn);
        }

        QCOMPARE(*storedUsdRate(*m_store), qint64(0));
        QVERIFY(storeUsdRate(*m_store, 17'500'000).has_value());
        QCOMPARE(*storedUsdRate(*m_store), qint64(17'500'000));
        QCOMPARE(storeUsdRate(*m_store, 0).error().field(), QStringLiteral("exchange_rate"));
    }

    void paymentPreview()
    {
        const Money total(100000);
        PaymentPreview preview
            = previewPayment(total, { Tender { TenderMethod::CardCredit, Money(40000), 0, {} } }, false);
        QVERIFY(preview.error.has_value());
        QCOMPARE(preview.error->field(), QStringLiteral("reference"));
        QCOMPARE(preview.remaining, Money(60000));
        QCOMPARE(tenderOfError(*preview.error, { Tender { TenderMethod::CardCredit, Money(40000), 0, {} } }), 0);

        const std::vector<Tender> split { Tender { TenderMethod::Cash, Money(70000), 0, {} },
            Tender { TenderMethod::CardDebit, Money(40000), 0, QStringLiteral("123456") } };
        preview = previewPayment(total, split, false);
        QVERIFY(!preview.error.has_value());
        QCOMPARE(preview.tenderedMxn, Money(110000));
        QCOMPARE(preview.remaining, Money());
        QCOMPARE(preview.change, Money(10000));

        const std::vector<Tender> short_ { Tender { TenderMethod::Cash, Money(10000), 0, {} },
            Tender { TenderMethod::Transfer, Money(50000), 0, QStringLiteral("T1") } };
        preview = previewPayment(total, short_, false);
        QCOMPARE(preview.remaining, Money(40000));
        QCOMPARE(tenderOfError(*preview.error, short_), -1); // "still owed" is about the whole payment

        const std::vector<Tender> over { Tender { TenderMethod::Cash, Money(10000), 0, {} },
            Tender { TenderMethod::CardCredit, Money(150000), 0, QStringLiteral("A1") } };
        preview = previewPayment(total, over, false);
        QCOMPARE(tenderOfError(*preview.error, over), 1);

        const std::vector<Tender> noRate { Tender { TenderMethod::Cash, Money(10000), 0, {} },
            Tender { TenderMethod::CashUsd, Money(10000, Currency::USD), 0, {} } };
        preview = previewPayment(total, noRate, false);
        QCOMPARE(preview.error->field(), QStringLiteral("exchange_rate"));
        QCOMPARE(tenderOfError(*preview.error, noRate), 1);
    }

    void counterProfile()
    {
        Database &db = m_store->db();
        QCOMPARE(loadCounterProfile(db).error().field(), QStringLiteral("device"));
        QVERIFY(m_store->setSetting(QStringLiteral("device_id"), QStringLiteral("0190a6f2-7c1e-7000-8000-00000000ab12"))
                    .has_value());
        QVERIFY(m_store->setSetting(QStringLiteral("branch_id"), QStringLiteral("branch-9")).has_value());
        QCOMPARE(loadCounterProfile(db).error().field(), QStringLiteral("branch"));
        QVERIFY(m_store->setSetting(QStringLiteral("branch_id"), kBranch).has_value());
        Result<CounterProfile> profile = loadCounterProfile(db);
        QVERIFY2(profile.has_value(), test::why(profile).constData());
        QCOMPARE(profile->branchCode, QStringLiteral("MTZ"));
        QCOMPARE(profile->folioSeries, QStringLiteral("MTZAB12"));
        QCOMPARE(profile->warehouses.size(), 2);
        QVERIFY(!profile->borderRegion);
        QVERIFY(m_store->setSetting(QStringLiteral("folio_series"), QStringLiteral("MTZ1")).has_value());
        QVERIFY(db.exec(QStringLiteral("UPDATE branches SET border_region = 1 WHERE id = ?"), { kBranch }).has_value());
        profile = loadCounterProfile(db);
        QCOMPARE(profile->folioSeries, QStringLiteral("MTZ1"));
        QVERIFY(profile->borderRegion);
    }
};

QTEST_GUILESS_MAIN(TestSaleCounter)
#include "testsalecounter.moc"
