// The sale ticket from a sale written by the real CheckoutService: branch data, folio, local date, cashier, lines
// with SKU/price/discount, the stored totals, USD at its rate, change, folio barcode, invoice text, reprint mark and
// drawer kick rules; its ESC/POS bytes read back as the same lines.
#include "mockclock.h"
#include "printing/escposencoder.h"
#include "printing/escposreader.h"
#include "printing/printerconfig.h"
#include "printing/saleticketbuilder.h"
#include "printing/saleticketsource.h"
#include "sales/cashsessionservice.h"
#include "sales/checkoutservice.h"
#include "store/localstore.h"
#include "tempdir.h"
#include "why.h"

#include <QLocale>
#include <QTest>

#include <ctime>

using namespace nexus;

namespace {

const QString kDevice = QStringLiteral("dev-1");
const QString kBranch = QStringLiteral("branch-1");
const QString kCashier = QStringLiteral("user-cajero");

CartItem item(qint64 partId, const QString &description, qint64 priceCents)
{
    return CartItem { partId, QStringLiteral("SKU-%1").arg(partId), description, QStringLiteral("wh-1"),
        Money(priceCents), Money(priceCents), Money(priceCents / 2), TaxRate::iva16(), 1, QStringLiteral("25174400"),
        QStringLiteral("H87") };
}

QString mx(qint64 centavos)
{
    return Money(centavos).format(QLocale(QLocale::Spanish, QLocale::Mexico));
}

bool hasLine(const QStringList &lines, const QString &left, const QString &right)
{
    for (const QString &line : lines) {
        if (line.startsWith(left) && line.endsWith(right))
            return true;
    }
    return false;
}

} // namespace

class TestPrintingSaleTicket final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    test::MockClock m_clock { QDateTime(QDate(2026, 1, 15), QTime(18, 5), Qt::UTC) };
    Database &db() { return m_store->db(); }

    Result<SaleReceipt> sell(const std::vector<Tender> &tenders)
    {
        Cart cart;
        if (Status s
            = cart.add(item(101, QStringLiteral("Balata delantera cerámica Tsuru III"), 45990), Quantity::units(2));
            !s)
            return std::unexpected(s.error());
        if (Status s = cart.add(item(202, QStringLiteral("Bujía iridio NGK"), 18950), Quantity::units(4)); !s)
            return std::unexpected(s.error());
        if (Status s = cart.add(item(303, QStringLiteral("Aceite 20W-50 (litro)"), 12900), Quantity(2500)); !s)
            return std::unexpected(s.error());
        if (Status s = cart.setLineDiscountPpm(1, 100'000); !s) // 10 % off the spark plugs
            return std::unexpected(s.error());
        const CheckoutContext context { kDevice, kBranch, QStringLiteral("MTZ1"), kCashier, Role::Cashier, true };
        return CheckoutService(db(), m_clock).checkout(cart, tenders, context);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Monterrey keeps UTC−6 all year since 2022: 18:05 UTC prints as 12:05.
        qputenv("TZ", "America/Monterrey");
        ::tzset();
        m_store = std::move(*LocalStore::open(m_dir.file(QStringLiteral("nexus.db"))));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO branches(id, code, name, rfc, fiscal_name, address, phone) "
                                         "VALUES (?, 'MTZ', 'Refaccionaria Martínez Centro', 'RMA850101AB1', "
                                         "'Refacciones Martínez SA de CV', 'Av. Niños Héroes 1234, Monterrey, N.L.', "
                                         "'81 8123 4567')"),
                        { kBranch })
                    .has_value());
        QVERIFY(
            db().exec(QStringLiteral("INSERT INTO users(id, username, display_name, role, branch_id, password_hash, "
                                     "updated_at) VALUES (?, 'jose', 'José Peña', 'cashier', ?, 'x', '2026-01-01')"),
                    { kCashier, kBranch })
                .has_value());
        QVERIFY(CashSessionService(db(), m_clock, kDevice, kBranch).open(kCashier, Money(100000)).has_value());
    }
    void cleanupTestCase() { m_store.reset(); }

    void ticketShowsTheStoredSale()
    {
        // 2 × 459.90 + 4 × 189.50 − 75.80 + 2.5 × 129.00 = 919.80 + 682.20 + 322.50 = 1,924.50
        const std::vector<Tender> tenders { Tender {
                                                TenderMethod::CashUsd, Money(5000, Currency::USD), 17'250'000, {} },
            Tender { TenderMethod::Cash, Money(200000), 0, {} } };
        const Result<SaleReceipt> receipt = sell(tenders);
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());

        PrinterConfig config;
        config.headerLines = { QStringLiteral("¡Todo para su auto!") };
        const Result<ReceiptDocument> doc
            = SaleTicketBuilder(db()).build(receipt->saleId, SaleTicketOptions::fromConfig(config));
        QVERIFY2(doc.has_value(), test::why(doc).constData());
        const QStringList lines = doc->plainLines(48);
        const QString all = lines.join(QLatin1Char('\n'));

        QVERIFY(lines.contains(QStringLiteral("         Refaccionaria Martínez Centro")));
        QVERIFY(all.contains(QStringLiteral("RFC: RMA850101AB1")));
        QVERIFY(all.contains(QStringLiteral("Av. Niños Héroes 1234, Monterrey, N.L.")));
        QVERIFY(all.contains(QStringLiteral("¡Todo para su auto!")));
        QVERIFY(!all.contains(QStringLiteral("REIMPRESIÓN")));
        QVERIFY(lines.contains(QStringLiteral("      MTZ1-000001"))); // large: centred in 24 columns
        QVERIFY(hasLine(lines, QStringLiteral("Fecha:"), QStringLiteral("15/01/2026 12:05")));
        QVERIFY(hasLine(lines, QStringLiteral("Cajero:"), QStringLiteral("José Peña")));

        // Lines: quantity × description, SKU @ unit price, amount before discount, the discount on its own line.
        QVERIFY(lines.contains(QStringLiteral("2 x Balata delantera cerámica Tsuru III")));
        QVERIFY(hasLine(lines, QStringLiteral("SKU-101 @ $459.90"), QStringLiteral("$919.80")));
        QVERIFY(hasLine(lines, QStringLiteral("SKU-202 @ $189.50"), QStringLiteral("$758.00")));
        QVERIFY(hasLine(lines, QStringLiteral("Descuento"), QStringLiteral("-$75.80")));
        QVERIFY(lines.contains(QStringLiteral("2.5 x Aceite 20W-50 (litro)")));
        QVERIFY(hasLine(lines, QStringLiteral("SKU-303 @ $129.00"), QStringLiteral("$322.50")));
        QVERIFY(all.contains(QStringLiteral("Artículos: 8.5")));

        // Totals are the stored columns, to the centavo.
        auto stored = db().exec(QStringLiteral("SELECT subtotal_cents, tax_cents, total_cents, discount_cents, "
                                               "change_cents FROM sales WHERE id = ?"),
            { receipt->saleId });
        QVERIFY(stored->next());
        QCOMPARE(stored->value(2).toLongLong(), qint64(192450));
        QVERIFY(hasLine(lines, QStringLiteral("Subtotal"), mx(stored->value(0).toLongLong())));
        QVERIFY(hasLine(lines, QStringLiteral("IVA 16%"), mx(stored->value(1).toLongLong())));
        QVERIFY(hasLine(lines, QStringLiteral("TOTAL"), QStringLiteral("$1,924.50")));
        QVERIFY(hasLine(lines, QStringLiteral("Usted ahorró"), QStringLiteral("$75.80")));
        // US$50 at 17.25 = $862.50, then $2,000.00 cash: change 2,862.50 − 1,924.50 = $938.00.
        QVERIFY(hasLine(lines, QStringLiteral("Dólares US$50.00 a $17.2500"), QStringLiteral("$862.50")));
        QVERIFY(hasLine(lines, QStringLiteral("Efectivo"), QStringLiteral("$2,000.00")));
        QCOMPARE(stored->value(4).toLongLong(), qint64(93800));
        QVERIFY(hasLine(lines, QStringLiteral("Cambio"), QStringLiteral("$938.00")));

        // Folio as Code 128 and the invoicing text with the default portal.
        bool barcode = false;
        for (const ReceiptBlock &block : doc->blocks())
            barcode = barcode || (block.kind == ReceiptBlock::Kind::Barcode && block.data == "MTZ1-000001");
        QVERIFY(barcode);
        QVERIFY(all.simplified().contains(QStringLiteral("Facture su compra en %1 con el folio MTZ1-000001")
                                              .arg(QString::fromLatin1(PrinterConfig::kDefaultInvoiceUrl))));
        QVERIFY(doc->kicksDrawer()); // cash was used

        // The same ticket as 58 mm ESC/POS reads back line for line, accents in CP850.
        const QByteArray bytes = EscPosEncoder(EscPosOptions::forPaper(58)).encode(*doc);
        const Result<EscPosPage> page = readEscPos(bytes, 32);
        QVERIFY2(page.has_value(), test::why(page).constData());
        QCOMPARE(page->lines, doc->plainLines(32));
        QCOMPARE(page->code128, QList<QByteArray> { "MTZ1-000001" });
        QCOMPARE(page->drawerKicks, 1);
        QVERIFY(bytes.contains(QByteArray("D\xa2lares")));
        QVERIFY(bytes.contains(QByteArray("Pe\xa4"
                                          "a")));
    }

    void reprintIsMarkedAndKeepsTheDrawerShut()
    {
        const Result<QString> saleId = SaleTicketSource(db()).findByFolio(QStringLiteral(" mtz1-000001 "));
        QVERIFY2(saleId.has_value(), test::why(saleId).constData());
        PrinterConfig config;
        config.invoiceUrl = QStringLiteral("https://facturas.martinez.mx");
        const Result<ReceiptDocument> doc
            = SaleTicketBuilder(db()).build(*saleId, SaleTicketOptions::fromConfig(config, true));
        QVERIFY2(doc.has_value(), test::why(doc).constData());
        const QStringList lines = doc->plainLines(32);
        QVERIFY(lines.contains(QStringLiteral("  REIMPRESIÓN"))); // large on 58 mm: 16 columns
        QVERIFY(!doc->kicksDrawer());
        QVERIFY(lines.join(QLatin1Char(' '))
                    .simplified()
                    .contains(
                        QStringLiteral("Facture su compra en https://facturas.martinez.mx con el folio MTZ1-000001")));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 32, qPrintable(line));
        QCOMPARE(readEscPos(EscPosEncoder(EscPosOptions::forPaper(58)).encode(*doc), 32)->drawerKicks, 0);
    }

    void cardOnlySaleDoesNotOpenTheDrawer()
    {
        Cart probe;
        QVERIFY(probe.add(item(101, QStringLiteral("x"), 45990), Quantity::units(2)).has_value());
        QVERIFY(probe.add(item(202, QStringLiteral("x"), 18950), Quantity::units(4)).has_value());
        QVERIFY(probe.add(item(303, QStringLiteral("x"), 12900), Quantity(2500)).has_value());
        QVERIFY(probe.setLineDiscountPpm(1, 100'000).has_value());
        const Result<SaleReceipt> receipt
            = sell({ Tender { TenderMethod::CardCredit, probe.totals().gross, 0, QStringLiteral("AUT-445566") } });
        QVERIFY2(receipt.has_value(), test::why(receipt).constData());
        const Result<ReceiptDocument> doc = SaleTicketBuilder(db()).build(receipt->saleId, SaleTicketOptions {});
        QVERIFY(doc.has_value());
        QVERIFY(!doc->kicksDrawer());
        const QStringList lines = doc->plainLines(48);
        QVERIFY(hasLine(lines, QStringLiteral("Tarjeta de crédito"), QStringLiteral("$1,924.50")));
        QVERIFY(lines.contains(QStringLiteral("Ref. AUT-445566")));
        QVERIFY(hasLine(lines, QStringLiteral("Cambio"), QStringLiteral("$0.00")));
    }

    void unknownSaleOrFolioIsAClearError()
    {
        const Result<ReceiptDocument> missing = SaleTicketBuilder(db()).build(QStringLiteral("nope"), {});
        QCOMPARE(missing.error().code(), ErrorCode::NotFound);
        QCOMPARE(missing.error().field(), QStringLiteral("sale"));
        const Result<QString> folio = SaleTicketSource(db()).findByFolio(QStringLiteral("MTZ1-999999"));
        QCOMPARE(folio.error().code(), ErrorCode::NotFound);
        QCOMPARE(folio.error().field(), QStringLiteral("folio"));
        QCOMPARE(SaleTicketSource(db()).findByFolio(QStringLiteral("  ")).error().code(), ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestPrintingSaleTicket)
#include "testprintingsaleticket.moc"
