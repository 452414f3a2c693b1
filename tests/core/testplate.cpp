// Mexican plates: normalisation, the NOM-001-SCT-2-2016 layouts and the earlier ones still in use, the state of a
// private car's series. Real plates where known (a public payment scraper's test cases, Coahuila series E/F).
#include "vehicles/plate.h"

#include <QtTest>

using namespace nexus;

class TestPlate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize()
    {
        QCOMPARE(normalizePlate(QStringLiteral(" fky-171-b ")), QStringLiteral("FKY171B"));
        QCOMPARE(normalizePlate(QStringLiteral("abc.12.34")), QStringLiteral("ABC1234"));
        QCOMPARE(normalizePlate(QStringLiteral("a01 aaa")), QStringLiteral("A01AAA"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("plate");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("reasonContains");
        // Private cars, 2016 layout LLL-DDD-L: the series (first three letters) names the state.
        QTest::newRow("Coahuila FKY") << "FKY-171-B" << true << "private_car"
                                      << "Coahuila"
                                      << "FKY-171-B"
                                      << "";
        QTest::newRow("Coahuila EWX, no dashes") << "ewx819b" << true << "private_car"
                                                 << "Coahuila"
                                                 << "EWX-819-B"
                                                 << "";
        QTest::newRow("Aguascalientes first") << "AAA-001-A" << true << "private_car"
                                              << "Aguascalientes"
                                              << "AAA-001-A"
                                              << "";
        QTest::newRow("Aguascalientes last") << "AFZ-999-Z" << true << "private_car"
                                             << "Aguascalientes"
                                             << "AFZ-999-Z"
                                             << "";
        QTest::newRow("Baja California") << "AGA-123-B" << true << "private_car"
                                         << "Baja California"
                                         << "AGA-123-B"
                                         << "";
        QTest::newRow("Jalisco") << "JHT-123-A" << true << "private_car"
                                 << "Jalisco"
                                 << "JHT-123-A"
                                 << "";
        QTest::newRow("Estado de Mexico") << "NZW-123-A" << true << "private_car"
                                          << "Estado de México"
                                          << "NZW-123-A"
                                          << "";
        QTest::newRow("Nuevo Leon") << "SMA-123-A" << true << "private_car"
                                    << "Nuevo León"
                                    << "SMA-123-A"
                                    << "";
        QTest::newRow("Puebla") << "TNA-123-A" << true << "private_car"
                                << "Puebla"
                                << "TNA-123-A"
                                << "";
        QTest::newRow("Zacatecas last") << "ZHZ-999-A" << true << "private_car"
                                        << "Zacatecas"
                                        << "ZHZ-999-A"
                                        << "";
        QTest::newRow("series after Zacatecas") << "ZJA-123-A" << false << ""
                                                << ""
                                                << ""
                                                << "not assigned";
        // Earlier layout, three letters and four digits (same series), and three digits.
        QTest::newRow("older 3+4") << "FPV2722" << true << "private_car"
                                   << "Coahuila"
                                   << "FPV-27-22"
                                   << "";
        QTest::newRow("older 3+4 dashed") << "GHT-90-35" << true << "private_car"
                                          << "Guanajuato"
                                          << "GHT-90-35"
                                          << "";
        QTest::newRow("older 3+3") << "UKB-123" << true << "private_car"
                                   << "Querétaro"
                                   << "UKB-123"
                                   << "";
        // Mexico City's own layouts.
        QTest::newRow("CDMX 2016") << "A01-AAA" << true << "private_car"
                                   << "Ciudad de México"
                                   << "A01-AAA"
                                   << "";
        QTest::newRow("CDMX older") << "123-ABC" << true << "private_car"
                                    << "Ciudad de México"
                                    << "123-ABC"
                                    << "";
        // Trucks, federal transport, public service, motorcycles, others.
        QTest::newRow("truck 2016") << "A-123-BC" << true << "private_truck"
                                    << ""
                                    << "A-123-BC"
                                    << "";
        QTest::newRow("truck 2+5") << "KA-12-345" << true << "private_truck"
                                   << ""
                                   << "KA-12-345"
                                   << "";
        QTest::newRow("truck 2+4") << "KA-12-34" << true << "private_truck"
                                   << ""
                                   << "KA-12-34"
                                   << "";
        QTest::newRow("federal") << "12-AB-3C" << true << "federal_transport"
                                 << ""
                                 << "12-AB-3C"
                                 << "";
        QTest::newRow("taxi") << "B-123-CDE" << true << "public_service"
                              << ""
                              << "B-123-CDE"
                              << "";
        QTest::newRow("CDMX taxi") << "L-1234-A" << true << "public_service"
                                   << "Ciudad de México"
                                   << "L-1234-A"
                                   << "";
        QTest::newRow("motorcycle") << "N01-AB" << true << "motorcycle"
                                    << ""
                                    << "N01-AB"
                                    << "";
        QTest::newRow("motorcycle CDMX") << "1234-A" << true << "motorcycle"
                                         << "Ciudad de México"
                                         << "1234-A"
                                         << "";
        QTest::newRow("diplomatic before truck") << "CD-1234" << true << "diplomatic"
                                                 << ""
                                                 << "CD-1234"
                                                 << "";
        QTest::newRow("disability") << "123-A" << true << "disability"
                                    << ""
                                    << "123-A"
                                    << "";
        QTest::newRow("demonstration") << "1-AB-23C" << true << "demonstration"
                                       << ""
                                       << "1-AB-23C"
                                       << "";
        // Refused.
        QTest::newRow("letter O") << "POW-123-A" << false << ""
                                  << ""
                                  << ""
                                  << "never use I, Ñ, O or Q";
        QTest::newRow("letter I") << "ABI-123-A" << false << ""
                                  << ""
                                  << ""
                                  << "never use I, Ñ, O or Q";
        QTest::newRow("letter Q") << "QAB-123-A" << false << ""
                                  << ""
                                  << ""
                                  << "never use I, Ñ, O or Q";
        QTest::newRow("letter Ñ") << "AÑA-123-A" << false << ""
                                  << ""
                                  << ""
                                  << "never use I, Ñ, O or Q";
        QTest::newRow("symbol") << "ABC-12#-A" << false << ""
                                << ""
                                << ""
                                << "only letters and digits";
        QTest::newRow("too long") << "ABC-1234-A" << false << ""
                                  << ""
                                  << ""
                                  << "4 to 7";
        QTest::newRow("too short") << "AB1" << false << ""
                                   << ""
                                   << ""
                                   << "4 to 7";
        QTest::newRow("empty") << " - " << false << ""
                               << ""
                               << ""
                               << "Write the plate";
        QTest::newRow("no layout") << "1A1A1A" << false << ""
                                   << ""
                                   << ""
                                   << "does not follow";
    }
    void check()
    {
        QFETCH(QString, plate);
        QFETCH(bool, valid);
        QFETCH(QString, kind);
        QFETCH(QString, state);
        QFETCH(QString, formatted);
        QFETCH(QString, reasonContains);
        const PlateCheck check = checkPlate(plate);
        QCOMPARE(check.valid, valid);
        QCOMPARE(check.normalized, normalizePlate(plate));
        if (valid) {
            QCOMPARE(QString::fromLatin1(plateKindName(check.kind)), kind);
            QCOMPARE(check.state, state);
            QCOMPARE(check.formatted, formatted);
        } else {
            QCOMPARE(check.reason.field(), QStringLiteral("plate"));
            QVERIFY2(check.reason.logMessage().contains(reasonContains), qPrintable(check.reason.logMessage()));
        }
    }

    void everySeriesBlockHasAState()
    {
        // The blocks run on from AAA to ZHZ without gaps (I, O and Q never appear): any allowed series in that span
        // has a state, and the boundaries between neighbours fall where the norm puts them.
        const QString letters = QStringLiteral("ABCDEFGHJKLMNPRSTUVWXYZ");
        int withState = 0;
        for (const QChar a : letters)
            for (const QChar b : letters) {
                const QString series = QString(a) + b + QLatin1Char('A');
                const PlateCheck check = checkPlate(series + QStringLiteral("123A"));
                if (series <= QLatin1String("ZHA")) {
                    QVERIFY2(check.valid && !check.state.isEmpty(), qPrintable(series));
                    ++withState;
                }
            }
        QVERIFY(withState > 400);
        QCOMPARE(checkPlate(QStringLiteral("LFZ999A")).state, QStringLiteral("Jalisco"));
        QCOMPARE(checkPlate(QStringLiteral("LGA001A")).state, QStringLiteral("Estado de México"));
        QCOMPARE(checkPlate(QStringLiteral("PEZ999A")).state, QStringLiteral("Estado de México"));
        QCOMPARE(checkPlate(QStringLiteral("PFA001A")).state, QStringLiteral("Michoacán"));
    }
};

QTEST_GUILESS_MAIN(TestPlate)
#include "testplate.moc"
