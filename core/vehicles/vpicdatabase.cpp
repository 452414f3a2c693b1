// Installing NHTSA's vPIC SQLite copy: gunzip, check, index once, stamp, rename into place.
#include "vehicles/vpicdatabase.h"

#include "store/database.h"
#include "vehicles/vindecoder.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <cstdio>
#include <zlib.h>

namespace nexus {

namespace {

QAtomicInt connectionCounter;

// The tables and columns VinDecoder reads; a copy missing one is refused at install time, not at the counter.
struct RequiredTable
{
    const char *name;
    std::initializer_list<const char *> columns;
};
const std::array kRequired {
    RequiredTable { "Wmi",
        { "Id", "Wmi", "ManufacturerId", "VehicleTypeId", "TruckTypeId", "PublicAvailabilityDate", "CreatedOn",
            "UpdatedOn" } },
    RequiredTable { "Wmi_VinSchema", { "Id", "WmiId", "VinSchemaId", "YearFrom", "YearTo" } },
    RequiredTable { "VinSchema", { "Id", "TobeQCed" } },
    RequiredTable { "Pattern", { "Id", "VinSchemaId", "Keys", "ElementId", "AttributeId", "CreatedOn", "UpdatedOn" } },
    RequiredTable { "Element", { "Id", "Code", "LookupTable", "Decode", "IsPrivate", "weight" } },
    RequiredTable { "Make", { "Id", "Name" } },
    RequiredTable { "Model", { "Id", "Name" } },
    RequiredTable { "Make_Model", { "MakeId", "ModelId" } },
    RequiredTable { "Wmi_Make", { "WmiId", "MakeId" } },
    RequiredTable { "Manufacturer", { "Id", "Name" } },
    RequiredTable { "VehicleType", { "Id", "Name" } },
    RequiredTable { "Conversion", { "Id", "FromElementId", "ToElementId", "Formula" } },
    RequiredTable { "Country", { "Id", "Name" } },
};

// Every lookup decoding does per VIN, by the column it looks up: without these, one decode scans the 800,000
// patterns (the package's own index starts with Keys, useless for "the patterns of this schema").
constexpr const char *kIndexes[] = {
    "CREATE INDEX IF NOT EXISTS nexus_wmi_code ON Wmi(Wmi)",
    "CREATE INDEX IF NOT EXISTS nexus_wmi_vinschema_wmi ON Wmi_VinSchema(WmiId)",
    "CREATE INDEX IF NOT EXISTS nexus_vinschema_id ON VinSchema(Id)",
    "CREATE INDEX IF NOT EXISTS nexus_pattern_schema ON Pattern(VinSchemaId, Id)",
    "CREATE INDEX IF NOT EXISTS nexus_wmi_make_wmi ON Wmi_Make(WmiId)",
    "CREATE INDEX IF NOT EXISTS nexus_make_model_model ON Make_Model(ModelId)",
    "CREATE INDEX IF NOT EXISTS nexus_make_id ON Make(Id)",
    "CREATE INDEX IF NOT EXISTS nexus_model_id ON Model(Id)",
    "CREATE INDEX IF NOT EXISTS nexus_manufacturer_id ON Manufacturer(Id)",
};

Error ioError(const char *text, QStringList args)
{
    return Error(ErrorCode::Io, text, std::move(args), QStringLiteral("vpic"));
}

// Copies `source` to `target`, inflating it when it is gzip (magic 1f 8b).
Status expand(const QString &source, const QString &target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return std::unexpected(ioError(NX_ERR("Cannot read %1: %2"), { source, in.errorString() }));
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(ioError(NX_ERR("Cannot write %1: %2"), { target, out.errorString() }));
    const QByteArray magic = in.peek(2);
    const bool gzip = magic.size() == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b;
    constexpr qint64 kChunk = 1 << 20;
    if (!gzip) {
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunk);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                return std::unexpected(ioError(NX_ERR("Cannot write %1: %2"), { target, out.errorString() }));
        }
        if (!out.flush())
            return std::unexpected(ioError(NX_ERR("Cannot write %1: %2"), { target, out.errorString() }));
        return {};
    }
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::unexpected(ioError(NX_ERR("Cannot read %1: %2"), { source, QStringLiteral("zlib") }));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    int result = Z_OK;
    while (result != Z_STREAM_END) {
        QByteArray input = in.read(kChunk);
        if (input.isEmpty()) {
            inflateEnd(&stream);
            return std::unexpected(ioError(NX_ERR("%1 is not a complete gzip file"), { source }));
        }
        stream.next_in = reinterpret_cast<Bytef *>(input.data());
        stream.avail_in = static_cast<uInt>(input.size());
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = static_cast<uInt>(buffer.size());
            result = inflate(&stream, Z_NO_FLUSH);
            if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR) {
                inflateEnd(&stream);
                return std::unexpected(ioError(NX_ERR("%1 is not a valid gzip file: %2"),
                    { source, QString::fromLatin1(stream.msg ? stream.msg : "inflate") }));
            }
            const qint64 produced = buffer.size() - qint64(stream.avail_out);
            if (out.write(buffer.constData(), produced) != produced) {
                inflateEnd(&stream);
                return std::unexpected(ioError(NX_ERR("Cannot write %1: %2"), { target, out.errorString() }));
            }
        } while (stream.avail_out == 0 && result != Z_STREAM_END);
    }
    inflateEnd(&stream);
    if (!out.flush())
        return std::unexpected(ioError(NX_ERR("Cannot write %1: %2"), { target, out.errorString() }));
    return {};
}

// A QSqlDatabase connection that is removed when it goes out of scope.
class Connection final
{
public:
    Q_DISABLE_COPY_MOVE(Connection)
    Connection(const QString &path, bool readOnly)
        : m_name(QStringLiteral("nexus-vpic-install-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return std::unexpected(storageError(query.lastError(), sqlContext(sql)));
    return {};
}

Result<qint64> count(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return std::unexpected(storageError(query.lastError(), table));
    return query.value(0).toLongLong();
}

Status prepare(const QString &path, const VpicProvenance &provenance, VpicInstallReport &report)
{
    Connection connection(path, false);
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return std::unexpected(storageError(db.lastError(), path));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok"))
        return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a sound SQLite database: %2"),
            { path, query.lastError().isValid() ? query.lastError().text() : query.value(0).toString() },
            QStringLiteral("vpic"));
    query.finish();
    for (const RequiredTable &table : kRequired) {
        QStringList columns;
        if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table.name))))
            return std::unexpected(storageError(query.lastError(), QLatin1String(table.name)));
        while (query.next())
            columns.append(query.value(1).toString());
        for (const char *column : table.columns)
            if (!columns.contains(QLatin1String(column), Qt::CaseInsensitive))
                return fail(ErrorCode::InvalidInput, NX_ERR("%1 is not a vPIC database: table %2 lacks column %3"),
                    { path, QLatin1String(table.name), QLatin1String(column) }, QStringLiteral("vpic"));
    }
    query.finish();
    // A read-only connection cannot open a WAL database without its side files: the installed copy is a plain one.
    if (Status mode = exec(db, QStringLiteral("PRAGMA journal_mode=DELETE")); !mode)
        return mode;
    if (Status begun = exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun;
    for (const char *index : kIndexes)
        if (Status created = exec(db, QLatin1String(index)); !created) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            return created;
        }
    for (const char *table : { "Pattern", "Wmi", "VinSchema" }) {
        Result<qint64> rows = count(db, QLatin1String(table));
        if (!rows) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            return std::unexpected(rows.error());
        }
        (table[0] == 'P' ? report.patterns : table[0] == 'W' ? report.wmis : report.schemas) = *rows;
    }
    const QString meta = QLatin1String(kVpicMetaTable);
    const std::initializer_list<std::pair<QString, QString>> stamp {
        { QStringLiteral("format"), QString::number(kVpicFormat) },
        { QStringLiteral("package"), provenance.package },
        { QStringLiteral("version"), provenance.version },
        { QStringLiteral("integrity"), provenance.integrity },
        { QStringLiteral("installed_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("patterns"), QString::number(report.patterns) },
    };
    Status written = exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(meta));
    if (written)
        written = exec(db, QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT)").arg(meta));
    for (const auto &[key, value] : stamp) {
        if (!written)
            break;
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (key, value) VALUES (?, ?)").arg(meta));
        insert.addBindValue(key);
        insert.addBindValue(value);
        if (!insert.exec())
            written = std::unexpected(storageError(insert.lastError(), meta));
    }
    if (written)
        written = exec(db, QStringLiteral("COMMIT"));
    if (!written) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return written;
    }
    return exec(db, QStringLiteral("ANALYZE"));
}

} // namespace

Result<VpicInstallReport> installVpicDatabase(
    const QString &source, const QString &target, const VpicProvenance &provenance)
{
    QElapsedTimer timer;
    timer.start();
    if (!QFileInfo(source).isFile())
        return fail(ErrorCode::NotFound, NX_ERR("There is no file %1"), { source }, QStringLiteral("from"));
    if (target.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("Say where to install the database"), {}, QStringLiteral("out"));
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return fail(
            ErrorCode::Io, NX_ERR("Cannot create the folder %1"), { targetInfo.absolutePath() }, QStringLiteral("out"));
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-journal"));
    const auto cleanUp = [&partial] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    };

    VpicInstallReport report;
    if (Status expanded = expand(source, partial); !expanded) {
        cleanUp();
        return std::unexpected(expanded.error());
    }
    if (Status prepared = prepare(partial, provenance, report); !prepared) {
        cleanUp();
        return std::unexpected(prepared.error());
    }
    // The decoder must accept it before it replaces anything.
    if (Result<std::unique_ptr<VinDecoder>> decoder = VinDecoder::open(partial); !decoder) {
        cleanUp();
        return std::unexpected(decoder.error());
    }
    if (std::rename(
            QFile::encodeName(partial).constData(), QFile::encodeName(targetInfo.absoluteFilePath()).constData())
        != 0) {
        cleanUp();
        return fail(ErrorCode::Io, NX_ERR("Cannot move the database into %1"), { target }, QStringLiteral("out"));
    }
    report.path = targetInfo.absoluteFilePath();
    report.bytes = QFileInfo(report.path).size();
    report.milliseconds = timer.elapsed();
    return report;
}

Result<VpicInfo> readVpicInfo(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound,
            NX_ERR("There is no vPIC database at %1; install it with nexus-admin vin install-db"), { path },
            QStringLiteral("vpic"));
    Connection connection(path, true);
    QSqlDatabase &db = connection.db();
    if (!db.open())
        return std::unexpected(storageError(db.lastError(), path));
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM %1").arg(QLatin1String(kVpicMetaTable))))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("%1 is not an installed vPIC database; install it with nexus-admin vin install-db"), { path },
            QStringLiteral("vpic"));
    VpicInfo info;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == QLatin1String("format"))
            info.format = value.toInt();
        else if (key == QLatin1String("package"))
            info.provenance.package = value;
        else if (key == QLatin1String("version"))
            info.provenance.version = value;
        else if (key == QLatin1String("integrity"))
            info.provenance.integrity = value;
        else if (key == QLatin1String("installed_at"))
            info.installedAt = value;
        else if (key == QLatin1String("patterns"))
            info.patterns = value.toLongLong();
    }
    if (info.format != kVpicFormat)
        return fail(ErrorCode::SchemaTooNew,
            NX_ERR("%1 was installed by another version of Nexus; install it again with nexus-admin vin install-db"),
            { path }, QStringLiteral("vpic"));
    return info;
}

} // namespace nexus
