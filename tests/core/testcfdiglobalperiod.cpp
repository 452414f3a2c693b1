// The period a factura global covers (core/cfdi/globalperiod.h): every periodicity, weeks cut at the month's edges,
// the second fortnight to the month's last day, bimesters paired from January, and bad input naming its field.
#include "cfdi/globalperiod.h"
#include "why.h"

#include <QTest>

using namespace nexus;
using namespace nexus::test;

class TestCfdiGlobalPeriod final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodContainsTheDay_data()
    {
        QTest::addColumn<QString>("periodicity");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("day") << "day" << QDate(2026, 1, 20) << QDate(2026, 1, 20) << QDate(2026, 1, 20);
        QTest::newRow("week, Monday to Sunday") << "week" << QDate(2026, 1, 14) << QDate(2026, 1, 12)
                                                << QDate(2026, 1, 18);
        QTest::newRow("week cut at the month's start") << "week" << QDate(2026, 4, 2) << QDate(2026, 4, 1)
                                                       << QDate(2026, 4, 5);
        QTest::newRow("week cut at the month's end") << "week" << QDate(2026, 3, 31) << QDate(2026, 3, 30)
                                                     << QDate(2026, 3, 31);
        QTest::newRow("first fortnight") << "fortnight" << QDate(2026, 2, 15) << QDate(2026, 2, 1)
                                         << QDate(2026, 2, 15);
        QTest::newRow("second fortnight of a leap February") << "fortnight" << QDate(2028, 2, 16)
                                                             << QDate(2028, 2, 16) << QDate(2028, 2, 29);
        QTest::newRow("month") << "month" << QDate(2026, 4, 30) << QDate(2026, 4, 1) << QDate(2026, 4, 30);
        QTest::newRow("two months from an even month") << "two_months" << QDate(2026, 2, 10) << QDate(2026, 1, 1)
                                                       << QDate(2026, 2, 28);
        QTest::newRow("two months from an odd month") << "two_months" << QDate(2026, 11, 3) << QDate(2026, 11, 1)
                                                      << QDate(2026, 12, 31);
    }

    void periodContainsTheDay()
    {
        QFETCH(QString, periodicity);
        QFETCH(QDate, day);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const Result<GlobalPeriod> period = globalPeriodOf(periodicity, day);
        QVERIFY2(period.has_value(), why(period).constData());
        QCOMPARE(period->from, from);
        QCOMPARE(period->to, to);
        QVERIFY(period->from <= day && day <= period->to);
        QCOMPARE(period->from.month(), to.month() - (periodicity == QLatin1String("two_months") ? 1 : 0));
    }

    void badInputNamesTheField()
    {
        const Result<GlobalPeriod> unknown = globalPeriodOf(QStringLiteral("year"), QDate(2026, 1, 1));
        QVERIFY(!unknown.has_value());
        QCOMPARE(unknown.error().field(), QStringLiteral("periodicity"));
        const Result<GlobalPeriod> noDay = globalPeriodOf(QStringLiteral("day"), QDate());
        QVERIFY(!noDay.has_value());
        QCOMPARE(noDay.error().field(), QStringLiteral("day"));
    }
};

QTEST_GUILESS_MAIN(TestCfdiGlobalPeriod)
#include "testcfdiglobalperiod.moc"
