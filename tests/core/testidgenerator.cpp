// Time-ordered UUID v7 ids: version/variant bits, embedded time, strict order even when the clock stalls or steps back.
#include "common/idgenerator.h"
#include "mockclock.h"

#include <QSet>
#include <QTest>

using namespace nexus;

class TestIdGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionVariantAndTime()
    {
        test::MockClock clock;
        IdGenerator ids(clock);
        const QUuid id = ids.next();
        // Qt 6.4's QUuid::version() stops at 5: read the version nibble ourselves.
        QCOMPARE(static_cast<uchar>(id.toRfc4122().at(6)) >> 4, 7);
        QCOMPARE(id.variant(), QUuid::DCE);
        QCOMPARE(IdGenerator::timestampMs(id), clock.nowMs());
        QCOMPARE(IdGenerator::timestampMs(QUuid::createUuid()), qint64(0));
    }

    void strictlyIncreasingWhenClockStalls()
    {
        test::MockClock clock;
        IdGenerator ids(clock);
        QString previous = ids.nextString();
        QSet<QString> seen{previous};
        for (int i = 0; i < 20000; ++i) { // more than the 4096 counter values of one millisecond
            const QString id = ids.nextString();
            QVERIFY2(id > previous, qPrintable(id + QStringLiteral(" <= ") + previous));
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            previous = id;
        }
    }

    void strictlyIncreasingWhenClockStepsBack()
    {
        test::MockClock clock;
        IdGenerator ids(clock);
        const QString before = ids.nextString();
        clock.advanceMs(-60'000); // NTP correction
        const QString after = ids.nextString();
        QVERIFY(after > before);
        clock.advanceMs(120'000);
        const QUuid later = ids.next();
        QCOMPARE(IdGenerator::timestampMs(later), clock.nowMs());
    }

    void textSortsLikeTime()
    {
        test::MockClock clock;
        IdGenerator ids(clock);
        const QString a = ids.nextString();
        clock.advanceMs(1);
        const QString b = ids.nextString();
        clock.advanceMs(86'400'000);
        const QString c = ids.nextString();
        QVERIFY(a < b && b < c);
        QCOMPARE(a.size(), 36);
        QVERIFY(!a.startsWith(QLatin1Char('{')));
    }
};

QTEST_GUILESS_MAIN(TestIdGenerator)
#include "testidgenerator.moc"
