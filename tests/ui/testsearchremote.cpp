// The counter's search results with what the sync engine pulled into a real nexus.db: the other branches' stock
// (summed, per branch with its "as of" in the tooltip, own branch left out) and HQ's price changes applied to the
// price shown, through the real SearchWorker on a real generated catalog.db.
#include "salefixture.h"
#include "tempdir.h"
#include "uifixture.h"
#include "why.h"

#include "sale/searchanswer.h"
#include "sale/searchresultsmodel.h"
#include "sale/searchworker.h"
#include "sales/cartitemlookup.h"
#include "store/catalogstore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace nexus;
using namespace nexus::test;

class TestSearchRemote final : public QObject
{
    Q_OBJECT

private:
    TempDir m_dir;
    QList<qint64> m_parts; // in the catalogue, active
    QStringList m_skus;
    qint64 m_retailCents = 0; // of m_parts[0] in the catalogue
    static inline const QString kAsOf = QStringLiteral("2026-11-25T20:02:00.000Z");

    [[nodiscard]] QString dir() const { return m_dir.path(); }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        Result<std::unique_ptr<Database>> db
            = Database::open(m_dir.file(QStringLiteral("nexus.db")), Durability::Full, QStringLiteral("remote-probe"));
        if (!db)
            return false;
        Result<QSqlQuery> done = (*db)->exec(sql, values);
        if (!done)
            qWarning("%s", qPrintable(done.error().logMessage()));
        return done.has_value();
    }

    SearchAnswer search(const QString &text, std::optional<qint64> priceListId = std::nullopt)
    {
        SearchWorker worker(m_dir.file(QStringLiteral("catalog.db")), m_dir.file(QStringLiteral("nexus.db")),
            { SaleFixture::kCounter, SaleFixture::kBack });
        CatalogQuery query;
        query.text = text;
        query.priceListId = priceListId;
        return worker.run(1, query, {});
    }

    static int rowOf(const SearchResultsModel &model, qint64 partId)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row, 0).data(SearchResultsModel::PartIdRole).toLongLong() == partId)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(DeviceFixture::enroll(dir()));
        QVERIFY(SaleFixture::addWarehouses(dir()));
        QVERIFY(SaleFixture::writeCatalogue(dir(), 600));
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_dir.file(QStringLiteral("catalog.db")), QStringLiteral("remote-catalog"));
        QVERIFY2(catalog.has_value(), why(catalog).constData());
        Result<QSqlQuery> rows = (*catalog)->db().exec(QStringLiteral(
            "SELECT id, sku, retail_price_cents FROM parts WHERE active = 1 ORDER BY id LIMIT 2 OFFSET 10"));
        QVERIFY(rows.has_value());
        while (rows->next()) {
            m_parts.append(rows->value(0).toLongLong());
            m_skus.append(rows->value(1).toString());
            if (m_retailCents == 0)
                m_retailCents = rows->value(2).toLongLong();
        }
        QCOMPARE(m_parts.size(), 2);
        QVERIFY(SaleFixture::receiveStock(dir(), { SaleFixture::receipt(m_parts[0], SaleFixture::kCounter, 3) }));
    }

    void withoutOtherBranchesThereIsNoColumn()
    {
        const SearchAnswer answer = search(m_skus[0]);
        QVERIFY2(!answer.error, answer.error ? qPrintable(answer.error->logMessage()) : "");
        QVERIFY(!answer.hits.isEmpty());
        QVERIFY(!answer.hasOtherBranches);
        SearchResultsModel model;
        model.setWarehouses({ { SaleFixture::kCounter, QStringLiteral("MOS"), QStringLiteral("Mostrador") },
            { SaleFixture::kBack, QStringLiteral("BOD"), QStringLiteral("Bodega") } });
        model.setAnswer(answer);
        QCOMPARE(model.columnCount(), SearchResultsModel::FirstWarehouse + 2);
        QCOMPARE(model.otherBranchesColumn(), -1);
    }

    void otherBranchesSummedWithTheirAsOf()
    {
        // As the PullClient leaves them: branch names, every warehouse's stock (the own branch's too), the pull time.
        QVERIFY(
            exec(QStringLiteral("INSERT INTO remote_branches(id, code, name) VALUES ('branch-centro', 'CEN', "
                                "'Sucursal Centro'), ('branch-norte', 'NOR', 'Norte'), ('branch-sur', 'SUR', 'Sur')")));
        const QString insert = QStringLiteral("INSERT INTO remote_stock_levels(part_id, warehouse_id, branch_id, "
                                              "quantity, pulled_at) VALUES (?, ?, ?, ?, '2026-11-25T20:01:00.000Z')");
        QVERIFY(exec(insert, { m_parts[0], QStringLiteral("wh-norte-a"), QStringLiteral("branch-norte"), 4000 }));
        QVERIFY(exec(insert, { m_parts[0], QStringLiteral("wh-norte-b"), QStringLiteral("branch-norte"), 1500 }));
        QVERIFY(exec(insert, { m_parts[0], QStringLiteral("wh-sur"), QStringLiteral("branch-sur"), 2000 }));
        // The own branch as the server last saw it: never shown here (the local ledger is the truth for it).
        QVERIFY(exec(insert, { m_parts[0], SaleFixture::kCounter, DeviceFixture::kBranchId, 99000 }));
        // A row that came without its branch but is one of our warehouses: also ours.
        QVERIFY(exec(insert, { m_parts[1], SaleFixture::kBack, QString(QLatin1String("")), 77000 }));
        QVERIFY(exec(QStringLiteral("INSERT INTO pull_state(bucket, verified_at) VALUES ('stock', ?)"), { kAsOf }));

        const SearchAnswer answer = search(m_skus[0]);
        QVERIFY2(!answer.error, answer.error ? qPrintable(answer.error->logMessage()) : "");
        QVERIFY(answer.hasOtherBranches);
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWarehouses({ { SaleFixture::kCounter, QStringLiteral("MOS"), QStringLiteral("Mostrador") },
            { SaleFixture::kBack, QStringLiteral("BOD"), QStringLiteral("Bodega") } });
        model.setAnswer(answer);
        const int column = model.otherBranchesColumn();
        QCOMPARE(column, SearchResultsModel::FirstWarehouse + 2);
        QCOMPARE(model.columnCount(), column + 1);
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), QStringLiteral("Other branches"));

        const int row = rowOf(model, m_parts[0]);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, column).data(SearchResultsModel::StockRole).toLongLong(), 7500);
        QCOMPARE(model.index(row, column).data().toString(), Quantity(7500).toString());
        QCOMPARE(model.index(row, SearchResultsModel::FirstWarehouse).data(SearchResultsModel::StockRole).toLongLong(),
            3000); // own counter: the local ledger, not the server's 99
        QCOMPARE(model.index(row, column).data(SearchResultsModel::AsOfRole).toDateTime(),
            QDateTime::fromString(kAsOf, Qt::ISODateWithMs));
        const QString asOf = QLocale().toString(
            QDateTime::fromString(kAsOf, Qt::ISODateWithMs).toLocalTime(), QStringLiteral("dd/MM HH:mm"));
        QCOMPARE(model.index(row, column).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Norte: %1 (as of %2)\nSur: %3 (as of %2)")
                .arg(Quantity(5500).toString(), asOf, Quantity(2000).toString()));

        // The second part: only our own warehouse has a row → no other branch holds it.
        const SearchAnswer second = search(m_skus[1]);
        model.setAnswer(second);
        const int secondRow = rowOf(model, m_parts[1]);
        QVERIFY(secondRow >= 0);
        QCOMPARE(model.index(secondRow, column).data(SearchResultsModel::StockRole).toLongLong(), 0);
        QCOMPARE(model.index(secondRow, column).data().toString(), QStringLiteral("—"));
    }

    void hqPriceChangesReachThePriceShownAndTheCart()
    {
        // HQ raised the retail price of part 0 (version 7) and fixed its "mayoreo" price (version 8).
        const qint64 newRetail = m_retailCents + 1234;
        QVERIFY(exec(QStringLiteral("INSERT INTO price_overrides(part_id, price_list, price_cents, price_version, "
                                    "updated_at) VALUES (?, '', ?, 7, ?)"),
            { m_parts[0], newRetail, kAsOf }));
        SearchAnswer answer = search(m_skus[0]);
        QVERIFY2(!answer.error, answer.error ? qPrintable(answer.error->logMessage()) : "");
        SearchResultsModel model;
        model.setAnswer(answer);
        const int row = rowOf(model, m_parts[0]);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, SearchResultsModel::Price).data(SearchResultsModel::PriceCentsRole).toLongLong(),
            newRetail);
        // The part next to it keeps its catalogue price.
        const int other = rowOf(model, m_parts[1]);
        if (other >= 0)
            QVERIFY(model.index(other, SearchResultsModel::Price).data(SearchResultsModel::PriceCentsRole).toLongLong()
                != newRetail);

        // The cart prices it the same way, with the override's version (the server can tell an old price).
        Result<std::unique_ptr<CatalogStore>> catalog
            = CatalogStore::open(m_dir.file(QStringLiteral("catalog.db")), QStringLiteral("remote-cart-catalog"));
        QVERIFY(catalog.has_value());
        Result<std::unique_ptr<Database>> nexusDb
            = Database::open(m_dir.file(QStringLiteral("nexus.db")), Durability::Full, QStringLiteral("remote-cart"));
        QVERIFY(nexusDb.has_value());
        const CartItemLookup lookup((*catalog)->db(), **nexusDb);
        Result<CartItem> item = lookup.item(m_parts[0], std::nullopt, SaleFixture::kCounter);
        QVERIFY2(item.has_value(), why(item).constData());
        QCOMPARE(item->unitPrice.centavos(), newRetail);
        QCOMPARE(item->retailPrice.centavos(), newRetail);
        QCOMPARE(item->priceVersion, 7);

        // A list with a discount off retail starts from the new retail price; HQ's fixed list price wins over both.
        Result<QSqlQuery> lists = (*catalog)->db().exec(
            QStringLiteral("SELECT id, code, discount_ppm FROM price_lists WHERE discount_ppm > 0 AND currency = 'MXN' "
                           "AND id NOT IN (SELECT price_list_id FROM price_list_items WHERE part_id = ?) LIMIT 1"),
            { m_parts[0] });
        QVERIFY(lists.has_value());
        QVERIFY2(lists->next(), "the generated catalogue has a discount list");
        const qint64 listId = lists->value(0).toLongLong();
        const QString listCode = lists->value(1).toString();
        const qint64 discountPpm = lists->value(2).toLongLong();
        Result<CartItem> listed = lookup.item(m_parts[0], listId, SaleFixture::kCounter);
        QVERIFY2(listed.has_value(), why(listed).constData());
        QCOMPARE(listed->unitPrice, Money(newRetail).timesPpm(1'000'000 - discountPpm));
        QVERIFY(exec(QStringLiteral("INSERT INTO price_overrides(part_id, price_list, price_cents, price_version, "
                                    "updated_at) VALUES (?, ?, 4321, 8, ?)"),
            { m_parts[0], listCode, kAsOf }));
        listed = lookup.item(m_parts[0], listId, SaleFixture::kCounter);
        QVERIFY2(listed.has_value(), why(listed).constData());
        QCOMPARE(listed->unitPrice.centavos(), 4321);
        QCOMPARE(listed->priceVersion, 8);
        answer = search(m_skus[0], listId);
        model.setAnswer(answer);
        QCOMPARE(model.index(rowOf(model, m_parts[0]), SearchResultsModel::Price)
                     .data(SearchResultsModel::PriceCentsRole)
                     .toLongLong(),
            4321);
        // Without the nexus.db connection (the plain lookup) the catalogue price is what it always was.
        Result<CartItem> plain = CartItemLookup((*catalog)->db()).item(m_parts[0], std::nullopt, SaleFixture::kCounter);
        QVERIFY(plain.has_value());
        QCOMPARE(plain->unitPrice.centavos(), m_retailCents);
    }

    void remoteStockCostsLittlePerSearch()
    {
        // Not a timed assertion: the figure goes to the log so a regression is visible next to nexus-bench search.
        SearchWorker worker(m_dir.file(QStringLiteral("catalog.db")), m_dir.file(QStringLiteral("nexus.db")),
            { SaleFixture::kCounter, SaleFixture::kBack });
        CatalogQuery query;
        query.text = QStringLiteral("filtro");
        QList<qint64> times;
        for (int i = 0; i < 50; ++i) {
            const SearchAnswer answer = worker.run(i, query, {});
            QVERIFY(!answer.error);
            QVERIFY(answer.hasOtherBranches);
            times.append(answer.elapsedMs);
        }
        std::sort(times.begin(), times.end());
        qInfo("search with own + other branches' stock and price overrides: p50 %lld ms, max %lld ms",
            times.at(times.size() / 2), times.last());
    }
};

QTEST_MAIN(TestSearchRemote)
#include "testsearchremote.moc"
