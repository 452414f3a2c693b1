// Money, Quantity and IVA rounding rules.
#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"

#include <QTest>

using namespace nexus;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<int>("currency");
        QTest::addColumn<QString>("expected");
        QTest::newRow("thousands") << qint64(123450) << int(Currency::MXN) << QStringLiteral("$1,234.50");
        QTest::newRow("zero") << qint64(0) << int(Currency::MXN) << QStringLiteral("$0.00");
        QTest::newRow("one centavo") << qint64(1) << int(Currency::MXN) << QStringLiteral("$0.01");
        QTest::newRow("negative") << qint64(-123450) << int(Currency::MXN) << QStringLiteral("-$1,234.50");
        QTest::newRow("millions") << qint64(123456789012) << int(Currency::MXN) << QStringLiteral("$1,234,567,890.12");
        QTest::newRow("usd") << qint64(99999) << int(Currency::USD) << QStringLiteral("US$999.99");
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << int(Currency::MXN)
                                   << QStringLiteral("-$92,233,720,368,547,758.08");
    }
    void format()
    {
        QFETCH(qint64, centavos);
        QFETCH(int, currency);
        QFETCH(QString, expected);
        QCOMPARE(Money(centavos, Currency(currency)).format(QLocale(QStringLiteral("es_MX"))), expected);
    }

    void plainString()
    {
        QCOMPARE(Money(123450).toPlainString(), QStringLiteral("1234.50"));
        QCOMPARE(Money(-5).toPlainString(), QStringLiteral("-0.05"));
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("centavos");
        QTest::newRow("plain") << QStringLiteral("1234.5") << true << qint64(123450);
        QTest::newRow("grouped") << QStringLiteral("$1,234.50") << true << qint64(123450);
        QTest::newRow("negative") << QStringLiteral("-0.01") << true << qint64(-1);
        QTest::newRow("whole") << QStringLiteral("  42 ") << true << qint64(4200);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("bad grouping") << QStringLiteral("1,23.00") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, centavos);
        const Result<Money> money = Money::parse(text);
        QCOMPARE(money.has_value(), ok);
        if (ok)
            QCOMPARE(money->centavos(), centavos);
        else
            QCOMPARE(money.error().field(), QStringLiteral("amount"));
    }

    void roundTrip()
    {
        for (qint64 c : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(123456789), qint64(-987654)}) {
            const Result<Money> parsed = Money::parse(Money(c).format(QLocale(QStringLiteral("es_MX"))));
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->centavos(), c);
        }
    }

    void timesRoundsHalfAwayFromZero_data()
    {
        QTest::addColumn<qint64>("price");
        QTest::addColumn<qint64>("qty");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("2 pieces") << qint64(19950) << qint64(2000) << qint64(39900);
        QTest::newRow("1.5 litres") << qint64(12345) << qint64(1500) << qint64(18518); // 18517.5 → 18518
        QTest::newRow("0.333") << qint64(100) << qint64(333) << qint64(33);            // 33.3
        QTest::newRow("half down negative") << qint64(-12345) << qint64(1500) << qint64(-18518);
    }
    void timesRoundsHalfAwayFromZero()
    {
        QFETCH(qint64, price);
        QFETCH(qint64, qty);
        QFETCH(qint64, expected);
        QCOMPARE(Money(price).times(qty).centavos(), expected);
    }

    void quantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("thousandths");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole") << QStringLiteral("2") << true << qint64(2000) << QStringLiteral("2");
        QTest::newRow("half") << QStringLiteral("2.5") << true << qint64(2500) << QStringLiteral("2.5");
        QTest::newRow("thousandth") << QStringLiteral("0.125") << true << qint64(125) << QStringLiteral("0.125");
        QTest::newRow("negative") << QStringLiteral("-1.05") << true << qint64(-1050) << QStringLiteral("-1.05");
        QTest::newRow("four decimals") << QStringLiteral("1.0001") << false << qint64(0) << QString();
        QTest::newRow("comma") << QStringLiteral("1,5") << false << qint64(0) << QString();
    }
    void quantity()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, thousandths);
        QFETCH(QString, shown);
        const Result<Quantity> q = Quantity::parse(text);
        QCOMPARE(q.has_value(), ok);
        if (!ok) {
            QCOMPARE(q.error().field(), QStringLiteral("quantity"));
            return;
        }
        QCOMPARE(q->thousandths(), thousandths);
        QCOMPARE(q->toString(), shown);
    }

    void taxSplit_data()
    {
        QTest::addColumn<qint64>("gross");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("tax");
        QTest::newRow("116 → 100 + 16") << qint64(11600) << QStringLiteral("iva16") << qint64(10000) << qint64(1600);
        QTest::newRow("1 peso") << qint64(100) << QStringLiteral("iva16") << qint64(86) << qint64(14);
        QTest::newRow("balata 899") << qint64(89900) << QStringLiteral("iva16") << qint64(77500) << qint64(12400);
        QTest::newRow("border 108") << qint64(10800) << QStringLiteral("iva8") << qint64(10000) << qint64(800);
        QTest::newRow("border odd") << qint64(12999) << QStringLiteral("iva8") << qint64(12036) << qint64(963);
        QTest::newRow("zero rate") << qint64(5000) << QStringLiteral("iva0") << qint64(5000) << qint64(0);
        QTest::newRow("exempt") << qint64(5000) << QStringLiteral("exento") << qint64(5000) << qint64(0);
        QTest::newRow("refund") << qint64(-11600) << QStringLiteral("iva16") << qint64(-10000) << qint64(-1600);
    }
    void taxSplit()
    {
        QFETCH(qint64, gross);
        QFETCH(QString, rate);
        QFETCH(qint64, base);
        QFETCH(qint64, tax);
        const LineAmounts line = splitTaxIncluded(Money(gross), *TaxRate::fromCode(rate));
        QCOMPARE(line.base.centavos(), base);
        QCOMPARE(line.tax.centavos(), tax);
        QCOMPARE(line.base + line.tax, line.gross);
    }

    // For every gross amount from $0.01 to $200.00 the tax is inside the SAT's limits for the Traslado's
    // Importe: (Base − 0.005)·rate truncated ≤ tax ≤ (Base + 0.005)·rate rounded up (Anexo 20, CFDI40 rules).
    void taxWithinSatLimits()
    {
        for (const TaxRate rate : {TaxRate::iva16(), TaxRate::ivaBorder8()}) {
            for (qint64 gross = 1; gross <= 20000; ++gross) {
                const LineAmounts line = splitTaxIncluded(Money(gross), rate);
                // In units of 1e-8 pesos: base centavos × 1e6 ppm.
                const qint64 lowExact = (line.base.centavos() * 2 - 1) * rate.ppm(); // (base − ½¢)·rate ×2e6
                const qint64 highExact = (line.base.centavos() * 2 + 1) * rate.ppm();
                const qint64 low = lowExact / 2'000'000;                                   // truncate
                const qint64 high = (highExact + 1'999'999) / 2'000'000;                   // ceil
                QVERIFY2(line.tax.centavos() >= low && line.tax.centavos() <= high,
                         qPrintable(QStringLiteral("gross %1 base %2 tax %3 limits [%4, %5]")
                                        .arg(gross).arg(line.base.centavos()).arg(line.tax.centavos()).arg(low).arg(high)));
            }
        }
    }

    void lineWithDiscountAndTotals()
    {
        // 3 × $249.90 − $50.00 discount, IVA 16 %.
        const LineAmounts a = lineAmounts(Money(24990), Quantity::units(3), Money(5000), TaxRate::iva16());
        QCOMPARE(a.gross.centavos(), qint64(69970));
        QCOMPARE(a.base.centavos(), qint64(60319));
        QCOMPARE(a.tax.centavos(), qint64(9651));
        const LineAmounts b = lineAmounts(Money(100), Quantity::units(1), Money(0), TaxRate::iva16());
        const LineAmounts total = sumLines({a, b});
        // Totals are sums of the per-line figures.
        QCOMPARE(total.base.centavos(), qint64(60319 + 86));
        QCOMPARE(total.tax.centavos(), qint64(9651 + 14));
        QCOMPARE(total.gross.centavos(), qint64(70070));
    }

    void satRateText()
    {
        QCOMPARE(TaxRate::iva16().satRate(), QStringLiteral("0.160000"));
        QCOMPARE(TaxRate::ivaBorder8().satRate(), QStringLiteral("0.080000"));
        QVERIFY(!TaxRate::fromCode(QStringLiteral("iva15")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "testmoney.moc"
