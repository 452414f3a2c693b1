// Check digits of the identifiers a store types or scans: EAN-13 barcodes, RFCs and VINs (real-world examples).
#include "catalog/ean13.h"
#include "customers/rfc.h"
#include "vehicles/vin.h"

#include <QTest>

using namespace nexus;

class TestCheckDigits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ean13_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("GS1 example") << QStringLiteral("5901234123457") << true;
        QTest::newRow("German product") << QStringLiteral("4006381333931") << true;
        QTest::newRow("ISBN-13 as EAN") << QStringLiteral("9780306406157") << true;
        QTest::newRow("UPC-A as EAN") << QStringLiteral("0036000291452") << true;
        QTest::newRow("Mexican prefix 750") << QStringLiteral("7501055300846") << true;
        QTest::newRow("check digit 0") << QStringLiteral("7501031311309") << true;
        QTest::newRow("last digit off by one") << QStringLiteral("4006381333932") << false;
        QTest::newRow("two digits swapped") << QStringLiteral("4006383133931") << false;
        QTest::newRow("12 digits") << QStringLiteral("400638133393") << false;
        QTest::newRow("14 digits") << QStringLiteral("40063813339310") << false;
        QTest::newRow("letter") << QStringLiteral("40063813339A1") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void ean13()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        const Status status = checkEan13(code);
        QCOMPARE(status.has_value(), valid);
        if (!valid) {
            QCOMPARE(status.error().field(), QStringLiteral("barcode"));
            QVERIFY(status.error().logMessage().contains(code));
        }
    }

    void ean13ComputesTheDigit_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("digit");
        QTest::newRow("400638133393") << QStringLiteral("400638133393") << 1;
        QTest::newRow("590123412345") << QStringLiteral("590123412345") << 7;
        QTest::newRow("750103131130") << QStringLiteral("750103131130") << 9;
        QTest::newRow("all zero") << QStringLiteral("000000000000") << 0;
        QTest::newRow("too short") << QStringLiteral("40063813339") << -1;
        QTest::newRow("not digits") << QStringLiteral("40063813339X") << -1;
    }
    void ean13ComputesTheDigit()
    {
        QFETCH(QString, body);
        QFETCH(int, digit);
        QCOMPARE(ean13CheckDigit(QStringView(body)), digit);
        if (digit >= 0) {
            QCOMPARE(ean13CheckDigit(body.toULongLong()), digit); // the integer form agrees
            QCOMPARE(ean13WithCheckDigit(body), body + QString::number(digit));
        } else {
            QVERIFY(ean13WithCheckDigit(body).isEmpty());
        }
    }

    void ean13EverySingleDigitErrorIsCaught()
    {
        const QString good = QStringLiteral("7501055300846");
        for (int position = 0; position < 13; ++position)
            for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
                if (good.at(position) == QChar(digit))
                    continue;
                QString bad = good;
                bad[position] = QChar(digit);
                QVERIFY2(!isValidEan13(bad), qPrintable(bad));
            }
    }

    void rfc_data()
    {
        QTest::addColumn<QString>("rfc");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reasonContains");
        // Real RFCs published online (python-stdnum's test list), all with valid check digits.
        QTest::newRow("física") << QStringLiteral("GODE561231GR8") << true << int(RfcKind::Fisica) << QString();
        QTest::newRow("física, check digit A")
            << QStringLiteral("GOAJ7101257MA") << true << int(RfcKind::Fisica) << QString();
        QTest::newRow("física, check digit 0")
            << QStringLiteral("ZENP8101128Y0") << true << int(RfcKind::Fisica) << QString();
        QTest::newRow("física with separators")
            << QStringLiteral("gode-561231-gr8") << true << int(RfcKind::Fisica) << QString();
        QTest::newRow("moral") << QStringLiteral("MAB9307148T4") << true << int(RfcKind::Moral) << QString();
        QTest::newRow("moral, check digit A")
            << QStringLiteral("CTE870318ANA") << true << int(RfcKind::Moral) << QString();
        QTest::newRow("moral with Ñ") << QStringLiteral("MUÑ110218LJ6") << true << int(RfcKind::Moral) << QString();
        QTest::newRow("moral with &") << QStringLiteral("B&D9605298Y3") << true << int(RfcKind::Moral) << QString();
        QTest::newRow("moral all &") << QStringLiteral("&&&030828PX7") << true << int(RfcKind::Moral) << QString();
        QTest::newRow("moral leap day 2000")
            << QStringLiteral("CGB000229SW0") << true << int(RfcKind::Moral) << QString();
        QTest::newRow("generic national")
            << QStringLiteral("XAXX010101000") << true << int(RfcKind::Generic) << QString();
        QTest::newRow("generic foreign") << QStringLiteral("XEXX010101000") << true << int(RfcKind::Generic)
                                         << QString();
        // Real numbers in use whose check digit does not validate: reported, with the digit expected.
        QTest::newRow("wrong check digit (moral)")
            << QStringLiteral("SIN9311169P8") << false << int(RfcKind::Moral) << QStringLiteral("expected 2");
        QTest::newRow("wrong check digit (física)")
            << QStringLiteral("VACE460910SX6") << false << int(RfcKind::Fisica) << QStringLiteral("expected 5");
        QTest::newRow("month 13") << QStringLiteral("GODE561331GR8") << false << int(RfcKind::Fisica)
                                  << QStringLiteral("calendar date");
        QTest::newRow("31 April") << QStringLiteral("GODE560431GR8") << false << int(RfcKind::Fisica)
                                  << QStringLiteral("calendar date");
        QTest::newRow("29 Feb of a common year")
            << QStringLiteral("ABC010229AB1") << false << int(RfcKind::Moral) << QStringLiteral("calendar date");
        QTest::newRow("digit in name part")
            << QStringLiteral("G0DE561231GR8") << false << int(RfcKind::Fisica) << QStringLiteral("letters");
        QTest::newRow("letter in date") << QStringLiteral("GODE56123AGR8") << false << int(RfcKind::Fisica)
                                        << QStringLiteral("six digits");
        QTest::newRow("inconvenient word")
            << QStringLiteral("CACA580710NF7") << false << int(RfcKind::Fisica) << QStringLiteral("never assigns");
        QTest::newRow("too short") << QStringLiteral("AKJ970902") << false << int(RfcKind::Fisica)
                                   << QStringLiteral("has 9");
        QTest::newRow("too long") << QStringLiteral("GODE561231GR81") << false << int(RfcKind::Fisica)
                                  << QStringLiteral("has 14");
        QTest::newRow("empty") << QString() << false << int(RfcKind::Fisica) << QStringLiteral("empty");
    }
    void rfc()
    {
        QFETCH(QString, rfc);
        QFETCH(bool, valid);
        QFETCH(int, kind);
        QFETCH(QString, reasonContains);
        const RfcCheck check = checkRfc(rfc);
        QCOMPARE(check.valid, valid);
        if (valid || reasonContains.contains(QLatin1String("expected")))
            QCOMPARE(int(check.kind), kind);
        if (!valid) {
            QCOMPARE(check.reason.field(), QStringLiteral("rfc"));
            QCOMPARE(check.reason.code(), ErrorCode::InvalidInput);
            QVERIFY2(check.reason.logMessage().contains(reasonContains), qPrintable(check.reason.logMessage()));
        }
    }

    void rfcKeepsTheDate()
    {
        QCOMPARE(checkRfc(QStringLiteral("GODE561231GR8")).date, QDate(1956, 12, 31));
        QCOMPARE(checkRfc(QStringLiteral("CGB000229SW0")).date, QDate(2000, 2, 29));
        QCOMPARE(checkRfc(QStringLiteral("gode 561231 gr8")).normalized, QStringLiteral("GODE561231GR8"));
    }

    void rfcDigit_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("digit");
        QTest::newRow("física") << QStringLiteral("GODE561231GR") << QStringLiteral("8");
        QTest::newRow("física → A") << QStringLiteral("SOTG740115G1") << QStringLiteral("A");
        QTest::newRow("moral, padded with a space") << QStringLiteral("MAB9307148T") << QStringLiteral("4");
        QTest::newRow("moral → 0") << QStringLiteral("AAA39012853") << QStringLiteral("0");
        QTest::newRow("moral with Ñ") << QStringLiteral("MUÑ110218LJ") << QStringLiteral("6");
        QTest::newRow("wrong length") << QStringLiteral("GODE561231") << QString();
        QTest::newRow("lower case is not in the table") << QStringLiteral("gode561231gr") << QString();
        QTest::newRow("space inside") << QStringLiteral("GOD 561231GR") << QString();
    }
    void rfcDigit()
    {
        QFETCH(QString, body);
        QFETCH(QString, digit);
        const QChar computed = rfcCheckDigit(body);
        QCOMPARE(computed.isNull() ? QString() : QString(computed), digit);
    }

    void rfcHomoclaveTyposAreCaughtUnlessTheyDifferByElevenInTheTable()
    {
        // A substitution at a weighted position changes the sum by weight × (difference of table values);
        // weights 3 and 2 are prime to 11, so it is caught exactly when the difference is not a multiple of 11.
        const QString table = QStringLiteral("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ");
        const QString good = QStringLiteral("GODE561231GR8");
        int caught = 0;
        for (int position = 10; position < 12; ++position)
            for (const QChar c : QStringLiteral("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")) {
                if (c == good.at(position))
                    continue;
                QString typo = good;
                typo[position] = c;
                const bool expectCaught = (table.indexOf(c) - table.indexOf(good.at(position))) % 11 != 0;
                QCOMPARE(!checkRfc(typo).valid, expectCaught);
                caught += expectCaught ? 1 : 0;
            }
        QVERIFY(caught > 55); // most of the 66 typos
    }

    void vin_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("49 CFR 565 example, check X") << QStringLiteral("1M8GDM9AXKP042788") << true << QString();
        QTest::newRow("Honda Accord 2003") << QStringLiteral("1HGCM82633A004352") << true << QString();
        QTest::newRow("Honda Civic 2007") << QStringLiteral("JHMCM56557C404453") << true << QString();
        QTest::newRow("Lexus 2007") << QStringLiteral("JTHCE96S770008889") << true << QString();
        QTest::newRow("Chevrolet Malibu 2006") << QStringLiteral("1G1ZT53826F109149") << true << QString();
        QTest::newRow("all ones") << QStringLiteral("11111111111111111") << true << QString();
        QTest::newRow("lower case, dashes") << QStringLiteral("1hgcm826-33a004352") << true << QString();
        QTest::newRow("wrong check digit")
            << QStringLiteral("KNEJC524585810962") << false << QStringLiteral("expected 4");
        QTest::newRow("letter O") << QStringLiteral("1HGCM82633AOO4352") << false << QStringLiteral("I, O or Q");
        QTest::newRow("letter I") << QStringLiteral("1HGCM8263IA004352") << false << QStringLiteral("I, O or Q");
        QTest::newRow("16 characters") << QStringLiteral("1HGCM82633A00435") << false << QStringLiteral("has 16");
        QTest::newRow("year code U") << QStringLiteral("1HGCM8263UA004352") << false << QStringLiteral("model-year");
        QTest::newRow("symbol") << QStringLiteral("1HGCM82633A00435*") << false << QStringLiteral("only digits");
    }
    void vin()
    {
        QFETCH(QString, vin);
        QFETCH(bool, valid);
        QFETCH(QString, reasonContains);
        const VinCheck check = checkVin(vin);
        QCOMPARE(check.valid, valid);
        if (!valid) {
            QCOMPARE(check.reason.field(), QStringLiteral("vin"));
            QVERIFY2(check.reason.logMessage().contains(reasonContains), qPrintable(check.reason.logMessage()));
        }
    }

    void vinModelYear_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("code");
        QTest::newRow("1980") << 1980 << QStringLiteral("A");
        QTest::newRow("1988 skips I") << 1988 << QStringLiteral("J");
        QTest::newRow("2000") << 2000 << QStringLiteral("Y");
        QTest::newRow("2001") << 2001 << QStringLiteral("1");
        QTest::newRow("2009") << 2009 << QStringLiteral("9");
        QTest::newRow("2010 repeats A") << 2010 << QStringLiteral("A");
        QTest::newRow("2017") << 2017 << QStringLiteral("H");
        QTest::newRow("2026") << 2026 << QStringLiteral("T");
        QTest::newRow("1979 out of range") << 1979 << QString();
    }
    void vinModelYear()
    {
        QFETCH(int, year);
        QFETCH(QString, code);
        const QChar computed = vinModelYearCode(year);
        QCOMPARE(computed.isNull() ? QString() : QString(computed), code);
        if (!code.isEmpty())
            QVERIFY(vinModelYears(computed).contains(year));
        QCOMPARE(checkVin(QStringLiteral("1HGCM82633A004352")).modelYears, QList<int>({ 2003, 2033 }));
    }

    void vinComputedDigitValidates()
    {
        QString vin = QStringLiteral("3N1AB7AP0HY123456");
        vin[8] = vinCheckDigit(vin);
        QVERIFY(checkVin(vin).valid);
        QCOMPARE(vin.at(8), QLatin1Char('X'));
        QVERIFY(vinCheckDigit(QStringLiteral("3N1AB7AP0HY12345")).isNull());
        QVERIFY(vinCheckDigit(QStringLiteral("3N1AB7AP0HY12345O")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCheckDigits)
#include "testcheckdigits.moc"
