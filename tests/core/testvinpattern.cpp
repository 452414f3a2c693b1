// vPIC pattern keys against VINs, as spVinDecode_Core matches them (SQL LIKE, or NHTSA's regular expression for keys
// with a class), and the characters a key names (vpic.fValidCharsInKey).
#include "vehicles/vinpattern.h"

#include <QtTest>

using namespace nexus;

class TestVinPattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchKey()
    {
        QCOMPARE(VinPattern::matchKey(u"1C6RR7LT2JS179571"), QStringLiteral("RR7LT|JS179571"));
        QCOMPARE(VinPattern::matchKey(u"3N1CN7AD2JL855041"), QStringLiteral("CN7AD|JL855041"));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("vin");
        QTest::addColumn<bool>("matches");
        // Keys of the Versa (3N1, 2018) and of its plant: prefixes of "CN7AD|JL855041".
        QTest::newRow("literal prefix") << "CN7A"
                                        << "3N1CN7AD2JL855041" << true;
        QTest::newRow("literal differs") << "CN7B"
                                         << "3N1CN7AD2JL855041" << false;
        QTest::newRow("plant code at 11") << "*****|*L"
                                          << "3N1CN7AD2JL855041" << true;
        QTest::newRow("other plant") << "*****|*M"
                                     << "3N1CN7AD2JL855041" << false;
        QTest::newRow("all wildcards") << "*"
                                       << "3N1CN7AD2JL855041" << true;
        QTest::newRow("all wildcards, 14 long") << "*****|********"
                                                << "3N1CN7AD2JL855041" << true;
        QTest::newRow("empty key") << ""
                                   << "3N1CN7AD2JL855041" << true;
        QTest::newRow("'|' is literal") << "*****Z"
                                        << "3N1CN7AD2JL855041" << false;
        QTest::newRow("longer than the VIN's key") << "*****|*********"
                                                   << "3N1CN7AD2JL855041" << false;
        QTest::newRow("lower case key") << "cn7a"
                                        << "3N1CN7AD2JL855041" << true;
        // Classes (2019 Ram 1500 key; 2024 F-150 key) and ranges.
        QTest::newRow("class with ranges") << "[A-VXYZ12]R[EF][A-T]"
                                           << "1C6SRFETXKN545625" << true;
        QTest::newRow("class, wrong letter") << "[A-VXYZ12]R[EF][A-T]"
                                             << "1C6SRGETXKN545625" << false;
        QTest::newRow("F-150 key") << "[MNEFV6]W[1-7]"
                                   << "1FTFW5L86RFB45612" << true;
        QTest::newRow("digit range") << "[MNEFV6]W[1-4]"
                                     << "1FTFW5L86RFB45612" << false;
        QTest::newRow("negated class") << "[^A]"
                                       << "3N1CN7AD2JL855041" << true;
        QTest::newRow("negated class, excluded") << "[^C]"
                                                 << "3N1CN7AD2JL855041" << false;
        QTest::newRow("class at the year position") << "*****|[HJK]"
                                                    << "3N1CN7AD2JL855041" << true;
        // NHTSA rewrites "1-A" to "1A" before building the expression: 5 is not in [1-A-JT], C is.
        QTest::newRow("1-A rewrite excludes 5") << "[1-A-JT]"
                                                << "1HD5ZZZZ6FB000001" << false;
        QTest::newRow("1-A rewrite keeps C") << "[1-A-JT]"
                                             << "1HDCZZZZ6FB000001" << true;
        // '_' inside a class is a literal underscore (regular expression), never a wildcard.
        QTest::newRow("underscore in a class") << "*B[CFJM_______]"
                                               << "1ABXBCZZ6FB000001" << true;
        QTest::newRow("underscore is not any") << "*B[CFJM_______]"
                                               << "1ABXBDZZ6FB000001" << false;
        // '_' outside a class is SQL LIKE's one-character wildcard.
        QTest::newRow("underscore in LIKE") << "C_7"
                                            << "3N1CN7AD2JL855041" << true;
        // Formula keys match with every digit read as '#'.
        QTest::newRow("formula digit") << "**#"
                                       << "3AAAB4YD0PM000123" << true;
        QTest::newRow("formula needs a digit") << "**#"
                                               << "3AAABCYD0PM000123" << false;
        QTest::newRow("formula literal digit never") << "*4#"
                                                     << "3AAA44YD0PM000123" << false;
    }
    void matches()
    {
        QFETCH(QString, keys);
        QFETCH(QString, vin);
        QFETCH(bool, matches);
        const std::optional<VinPattern> pattern = VinPattern::compile(keys);
        QVERIFY(pattern);
        QCOMPARE(pattern->matches(VinPattern::keyBits(VinPattern::matchKey(vin))), matches);
    }

    void formulaValue()
    {
        const std::optional<VinPattern> one = VinPattern::compile(u"**#");
        QVERIFY(one && one->isFormula());
        QCOMPARE(one->formulaValue(VinPattern::matchKey(u"3AAAB6YD0PM000123")), QStringLiteral("6"));
        const std::optional<VinPattern> two = VinPattern::compile(u"*##");
        QVERIFY(two);
        QCOMPARE(two->formulaValue(VinPattern::matchKey(u"3AAA16YD0PM000123")), QStringLiteral("16"));
        QVERIFY(!VinPattern::compile(u"AB")->isFormula());
    }

    void unreadableKeys()
    {
        QVERIFY(!VinPattern::compile(u"[AB"));
        QVERIFY(!VinPattern::compile(u"A[]"));
    }

    void validChars_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("position"); // index in the match key
        QTest::addColumn<QString>("characters");
        QTest::newRow("literal") << "CN7A" << 2 << "7";
        QTest::newRow("wildcard names nothing") << "*N" << 0 << "";
        QTest::newRow("listed class") << "[MNEFV6]W" << 0 << "6EFMNV";
        QTest::newRow("range") << "[A-D]" << 0 << "ABCD";
        QTest::newRow("range skips I, O, Q") << "[H-R]" << 0 << "HJKLMNPR";
        QTest::newRow("negation over VIN characters") << "[^0-9A-X]" << 0 << "YZ";
        QTest::newRow("formula digit") << "**#" << 2 << "0123456789";
        QTest::newRow("after a class") << "[AB]C" << 1 << "C";
    }
    void validChars()
    {
        QFETCH(QString, keys);
        QFETCH(int, position);
        QFETCH(QString, characters);
        const std::optional<VinPattern> pattern = VinPattern::compile(keys);
        QVERIFY(pattern);
        QCOMPARE(VinPattern::characters(pattern->validChars()[static_cast<std::size_t>(position)]), characters);
    }
};

QTEST_GUILESS_MAIN(TestVinPattern)
#include "testvinpattern.moc"
