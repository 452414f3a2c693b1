// The "importe con letra" of a printed invoice: Spanish amounts in words with their apocope and "DE".
#include <QtTest>

#include "cfdi/amountinwords.h"

using namespace nexus;

class TestCfdiAmountWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<qint64>("centavos");
        QTest::addColumn<bool>("usd");
        QTest::addColumn<QString>("words");
        const auto row = [](const char *name, qint64 centavos, const char *words, bool usd = false) {
            QTest::newRow(name) << centavos << usd << QString::fromUtf8(words);
        };
        row("zero", 0, "CERO PESOS 00/100 M.N.");
        row("centavos only", 5, "CERO PESOS 05/100 M.N.");
        row("one", 100, "UN PESO 00/100 M.N.");
        row("two", 250, "DOS PESOS 50/100 M.N.");
        row("fifteen", 1500, "QUINCE PESOS 00/100 M.N.");
        row("sixteen", 1600, "DIECISÉIS PESOS 00/100 M.N.");
        row("twenty", 2000, "VEINTE PESOS 00/100 M.N.");
        row("twenty-one", 2100, "VEINTIÚN PESOS 00/100 M.N.");
        row("twenty-two", 2200, "VEINTIDÓS PESOS 00/100 M.N.");
        row("thirty", 3000, "TREINTA PESOS 00/100 M.N.");
        row("thirty-one", 3100, "TREINTA Y UN PESOS 00/100 M.N.");
        row("ninety-nine", 9999, "NOVENTA Y NUEVE PESOS 99/100 M.N.");
        row("hundred", 10000, "CIEN PESOS 00/100 M.N.");
        row("hundred one", 10100, "CIENTO UN PESOS 00/100 M.N.");
        row("one sixteen", 11600, "CIENTO DIECISÉIS PESOS 00/100 M.N.");
        row("five hundred", 50000, "QUINIENTOS PESOS 00/100 M.N.");
        row("seven seventy-seven", 77700, "SETECIENTOS SETENTA Y SIETE PESOS 00/100 M.N.");
        row("nine hundred", 90000, "NOVECIENTOS PESOS 00/100 M.N.");
        row("thousand", 100000, "MIL PESOS 00/100 M.N.");
        row("thousand one", 100100, "MIL UN PESOS 00/100 M.N.");
        row("brief's example", 120050, "MIL DOSCIENTOS PESOS 50/100 M.N.");
        row("two thousand", 200000, "DOS MIL PESOS 00/100 M.N.");
        row("twenty-one thousand", 2100000, "VEINTIÚN MIL PESOS 00/100 M.N.");
        row("hundred thousand", 10000000, "CIEN MIL PESOS 00/100 M.N.");
        row("hundred one thousand", 10100000, "CIENTO UN MIL PESOS 00/100 M.N.");
        row("odd", 98765432, "NOVECIENTOS OCHENTA Y SIETE MIL SEISCIENTOS CINCUENTA Y CUATRO PESOS 32/100 M.N.");
        row("million", 100000000, "UN MILLÓN DE PESOS 00/100 M.N.");
        row("million and some", 100000100, "UN MILLÓN UN PESOS 00/100 M.N.");
        row("million and a half", 150000000, "UN MILLÓN QUINIENTOS MIL PESOS 00/100 M.N.");
        row("two million", 200000000, "DOS MILLONES DE PESOS 00/100 M.N.");
        row("twenty-one million", 2100000000, "VEINTIÚN MILLONES DE PESOS 00/100 M.N.");
        row("thousand million", 100000000000, "MIL MILLONES DE PESOS 00/100 M.N.");
        row("billion", 100000000000000, "UN BILLÓN DE PESOS 00/100 M.N.");
        row("billion and one", 100000000000100, "UN BILLÓN UN PESOS 00/100 M.N.");
        row("negative", -120050, "MIL DOSCIENTOS PESOS 50/100 M.N.");
        row("one dollar", 100, "UN DÓLAR 00/100 USD", true);
        row("dollars", 2110, "VEINTIÚN DÓLARES 10/100 USD", true);
    }

    void amounts()
    {
        QFETCH(qint64, centavos);
        QFETCH(bool, usd);
        QFETCH(QString, words);
        QCOMPARE(amountInWords(Money(centavos, usd ? Currency::USD : Currency::MXN)), words);
    }

    void numbers()
    {
        QCOMPARE(numberInWords(0), QStringLiteral("CERO"));
        QCOMPARE(numberInWords(1), QStringLiteral("UN"));
        QCOMPARE(numberInWords(41), QStringLiteral("CUARENTA Y UN"));
        QCOMPARE(numberInWords(1'000'001), QStringLiteral("UN MILLÓN UN"));
        QCOMPARE(numberInWords(999'999), QStringLiteral("NOVECIENTOS NOVENTA Y NUEVE MIL NOVECIENTOS NOVENTA Y NUEVE"));
    }
};

QTEST_GUILESS_MAIN(TestCfdiAmountWords)
#include "testcfdiamountwords.moc"
