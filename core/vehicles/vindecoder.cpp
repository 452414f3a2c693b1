// VIN decoding after NHTSA's spVinDecode / spVinDecode_Core / spVinDecode_ErrorCode / fVinModelYear2 (the
// vPICList_lite PostgreSQL dump), over the SQLite copy: the rules are theirs, the data structures ours (every
// schema's patterns compiled once to bit masks, so a warm decode runs no SQL).
#include "vehicles/vindecoder.h"

#include "store/database.h"
#include "vehicles/vin.h"
#include "vehicles/vinpattern.h"
#include "vehicles/vpicdatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <optional>
#include <set>
#include <tuple>
#include <vector>

namespace nexus {

namespace {

// vPIC element ids (table Element).
constexpr int kBodyClass = 5;
constexpr int kCylinders = 9;
constexpr int kDisplacementL = 13;
constexpr int kDriveType = 15;
constexpr int kEngineModel = 18;
constexpr int kFuelPrimary = 24;
constexpr int kMake = 26;
constexpr int kManufacturer = 27;
constexpr int kModel = 28;
constexpr int kModelYear = 29;
constexpr int kPlantCity = 31;
constexpr int kSeries = 34;
constexpr int kTransmission = 37;
constexpr int kTrim = 38;
constexpr int kVehicleType = 39;
constexpr int kEngineConfiguration = 64;
constexpr int kPlantCountry = 75;
constexpr int kTurbo = 135;

// Elements patterns never set: they come from the WMI, the model or the model year.
bool wmiOnlyElement(int element)
{
    return element == kMake || element == kManufacturer || element == kModelYear || element == kVehicleType;
}
// Free-text elements that keep every matching value (spVinDecode_Core leaves them out of the one-per-element cut).
bool multiValuedElement(int element)
{
    switch (element) {
    case 114:
    case 121:
    case 129:
    case 150:
    case 154:
    case 155:
    case 169:
    case 186:
        return true;
    default:
        return false;
    }
}

// vpic.ErrorCode weights (the lite copy lacks the table; values from NHTSA's vPICList_lite dump).
int errorWeight(int code)
{
    switch (code) {
    case 1:
        return -5;
    case 2:
    case 3:
        return -100;
    case 4:
        return -200;
    case 5:
        return -300;
    case 6:
        return -10;
    case 7:
        return -10000;
    case 8:
        return -1000;
    case 11:
    case 12:
        return -20;
    case 14:
        return -30;
    case 400:
        return -40;
    default:
        return 0;
    }
}

// PostgreSQL sorts NULL first in a DESC order: a missing timestamp outranks every real one.
constexpr qint64 kNullStamp = std::numeric_limits<qint64>::max();

// "2015-03-04 10:33:34.057000" → 20150304103334057, comparable as a number; NULL → kNullStamp.
qint64 parseStamp(const QVariant &value)
{
    if (value.isNull())
        return kNullStamp;
    const QString text = value.toString();
    qint64 stamp = 0;
    int digits = 0;
    for (const QChar c : text) {
        if (!c.isDigit())
            continue;
        if (digits < 17) {
            stamp = stamp * 10 + c.digitValue();
            ++digits;
        }
    }
    for (; digits < 17; ++digits)
        stamp *= 10;
    return stamp;
}

struct ElementInfo
{
    QString code;
    QString lookupTable;
    bool decodes = false;
    bool isPrivate = false;
    std::optional<int> weight;
};

// A compiled key in 28 bytes: per position an index into the decoder's table of distinct masks (a few thousand).
struct CompactKey
{
    std::array<quint16, VinPattern::kKeyLength> match {};
    quint8 length = 0;
    bool tooLong = false;
    qint8 formulaFirst = -1;
    qint8 formulaLast = -1;
    [[nodiscard]] bool isFormula() const { return formulaFirst >= 0; }
    [[nodiscard]] bool matches(const VinPattern::Masks &keyBits, const std::vector<quint64> &masks) const
    {
        if (tooLong)
            return false;
        for (std::size_t i = 0; i < length; ++i)
            if ((masks[match[i]] & keyBits[i]) == 0)
                return false;
        return true;
    }
    [[nodiscard]] QString formulaValue(const QString &matchKey) const
    {
        return matchKey.mid(formulaFirst, formulaLast - formulaFirst + 1);
    }
};

struct SchemaPattern
{
    int id = 0;
    int element = 0;
    qint64 changedOn = kNullStamp;
    QString attribute; // shared through the decoder's string pool
    QString keys; // as stored, likewise
    CompactKey key;
};

struct Schema
{
    bool toBeQced = false;
    std::vector<SchemaPattern> patterns;
    VinPattern::Masks valid {}; // every key's characters per position (vpic.fExtractValidCharsPerWmiYear)
};

struct SchemaLink
{
    int schema = 0;
    int yearFrom = 0;
    int yearTo = 2999;
    [[nodiscard]] bool covers(std::optional<int> year) const { return !year || (*year >= yearFrom && *year <= yearTo); }
};

struct NamedId
{
    int id = 0;
    QString name;
};

struct WmiInfo
{
    bool exists = false; // a Wmi row (model-year rules read it even when it is not public yet)
    bool registered = false; // exists and publicly available
    int id = 0;
    int manufacturerId = 0;
    int makeId = 0; // Wmi.MakeId: the make the WMI was registered for (not used by vPIC's decoding)
    int vehicleTypeId = 0;
    int truckTypeId = 0;
    qint64 changedOn = kNullStamp;
    std::vector<SchemaLink> links;
    std::vector<NamedId> makes; // Wmi_Make
    [[nodiscard]] bool carOrLightTruck() const
    {
        // Passenger car, MPV, or a truck of type 1 (light truck).
        return vehicleTypeId == 2 || vehicleTypeId == 7 || (vehicleTypeId == 3 && truckTypeId == 1);
    }
};

struct EngineModelRow
{
    int element = 0;
    QString attribute;
    qint64 changedOn = kNullStamp;
};

struct Conversion
{
    int id = 0;
    int from = 0;
    int to = 0;
    QString formula;
};

enum class Source {
    Pattern,
    EngineModelPattern,
    FormulaPattern,
    VehicleType,
    Manufacturer,
    ModelYear,
    PatternModel, // the make of the decoded model
    Make, // the WMI's only make
    Conversion,
};

// One row of spVinDecode_Core's DecodingItems.
struct Item
{
    int element = 0;
    QString attribute;
    std::optional<QString> value; // nullopt: resolve through the element's lookup table (vPIC's 'XXX')
    Source source = Source::Pattern;
    int priority = 0;
    qint64 createdOn = kNullStamp;
    int patternId = 0;
    QString keys;
    int schema = 0;
    int order = 0; // insertion order (the temp table's serial id)

    [[nodiscard]] bool fromPattern() const
    {
        return source == Source::Pattern || source == Source::EngineModelPattern || source == Source::FormulaPattern
            || source == Source::PatternModel;
    }
};

struct Pass
{
    std::optional<int> modelYear;
    std::vector<Item> items;
    std::set<int> codes;
    QString suggestedVin;
    QString errorBytes; // "(11:ABC)" per position in error
    QString unusedPositions; // "4,11"
    QString invalidChars; // "13:K, 14:P"
    QChar expectedCheckDigit; // fVINCheckDigit2; '?' when a position breaks 49 CFR 565's character rules
    int errorValue = 0;
    int elementsWeight = 0;
    int patterns = 0;
};

// The check digit as vpic.fVINCheckDigit / fVINCheckDigit2 compute it: '?' when position 10 is not a year code,
// a position that must be numeric is not, or a character is outside the VIN alphabet.
QChar vpicCheckDigit(const QString &vin, bool numeric13, bool numeric14)
{
    static const QString yearCodes = QStringLiteral("ABCDEFGHJKLMNPRSTVWXY123456789");
    for (int i = 1; i <= 17; ++i) {
        const QChar c = vin.at(i - 1);
        const bool numeric = i >= 15 || (i == 13 && numeric13) || (i == 14 && numeric14);
        const bool allowed = i == 10 ? yearCodes.contains(c)
            : numeric                ? c.isDigit()
                                     : (c.isDigit() || (c >= u'A' && c <= u'Z' && c != u'I' && c != u'O' && c != u'Q'));
        if (!allowed)
            return QLatin1Char('?');
    }
    return vinCheckDigit(vin);
}

// Evaluates a vpic.Conversion formula ("#x# / 1000.") for one value; "0" when it cannot, as spVinDecode_Core does.
QString convert(const QString &formula, const QString &value)
{
    const QString expression = QString(formula).replace(QStringLiteral("#x#"), value).trimmed();
    for (const QChar op : { QLatin1Char('/'), QLatin1Char('*') }) {
        const qsizetype at = expression.indexOf(op);
        if (at < 0)
            continue;
        QString left = expression.left(at).trimmed();
        QString right = expression.mid(at + 1).trimmed();
        if (right.endsWith(QLatin1Char('.')))
            right.chop(1);
        bool okLeft = false;
        bool okRight = false;
        const double a = left.toDouble(&okLeft);
        const double b = right.toDouble(&okRight);
        if (!okLeft || !okRight || (op == QLatin1Char('/') && b == 0))
            return QStringLiteral("0");
        return QString::number(op == QLatin1Char('/') ? a / b : a * b, 'g', 10);
    }
    return QStringLiteral("0");
}

QString joinedPositions(const std::vector<int> &positions)
{
    QStringList parts;
    for (const int p : positions)
        parts.append(QString::number(p));
    return parts.join(QLatin1Char(','));
}

QString sourceName(Source source)
{
    switch (source) {
    case Source::Pattern:
        return QStringLiteral("Pattern");
    case Source::EngineModelPattern:
        return QStringLiteral("EngineModelPattern");
    case Source::FormulaPattern:
        return QStringLiteral("Formula Pattern");
    case Source::VehicleType:
        return QStringLiteral("VehType");
    case Source::Manufacturer:
        return QStringLiteral("Manu. Name");
    case Source::ModelYear:
        return QStringLiteral("ModelYear");
    case Source::PatternModel:
        return QStringLiteral("pattern - model");
    case Source::Make:
        return QStringLiteral("Make");
    case Source::Conversion:
        return QStringLiteral("Conversion");
    }
    return {};
}

// About 64 bytes a pattern: the whole lite copy (800,000) would fit; a bigger vPIC evicts the least used schemas.
constexpr qsizetype kMaxCachedPatterns = 1'000'000;

QAtomicInt connectionCounter;

} // namespace

struct VinDecoder::Impl
{
    const Clock &clock;
    QString connectionName;
    QSqlDatabase db;
    QHash<int, ElementInfo> elements;
    QHash<int, QString> vehicleTypes;
    QHash<QString, std::vector<EngineModelRow>> engineModels; // lower(trim(EngineModel.Name)) → its patterns
    std::vector<Conversion> conversions;
    QSet<QString> tables;

    QHash<QString, std::shared_ptr<const WmiInfo>> wmis;
    struct CachedSchema
    {
        std::shared_ptr<const Schema> schema;
        quint64 lastUse = 0;
    };
    QHash<int, CachedSchema> schemas;
    quint64 useCounter = 0;
    qsizetype cachedPatterns = 0;
    std::vector<quint64> masks; // the distinct match masks CompactKey indexes
    QHash<quint64, quint16> maskIndex;
    QSet<QString> strings; // attribute ids and keys repeat across patterns: one copy each
    QHash<QString, QHash<int, std::optional<QString>>> lookups; // table → id → name
    QHash<int, std::vector<NamedId>> modelMakes;

    std::optional<QSqlQuery> wmiQuery, linksQuery, makesQuery, schemaQuery, patternsQuery, modelMakesQuery;
    QHash<QString, QSqlQuery> lookupQueries;
    QStringList storageWarnings; // database errors met during one decode

    explicit Impl(const Clock &c) : clock(c) { }
    ~Impl()
    {
        wmiQuery.reset();
        linksQuery.reset();
        makesQuery.reset();
        schemaQuery.reset();
        patternsQuery.reset();
        modelMakesQuery.reset();
        lookupQueries.clear();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
    }

    Status load();
    QSqlQuery prepare(const QString &sql);
    bool run(QSqlQuery &query, const QString &what);
    std::shared_ptr<const WmiInfo> wmi(const QString &code);
    std::shared_ptr<const Schema> schema(int id);
    void evictSchemas();
    QString intern(const QString &text);
    std::optional<CompactKey> compact(const VinPattern &pattern);
    std::optional<QString> lookup(const QString &table, int id);
    const std::vector<NamedId> &makesOfModel(int model);
    [[nodiscard]] int currentYear() const { return clock.nowUtc().date().year(); }

    std::optional<int> rawModelYear(const QString &vin, const WmiInfo &info, bool &conclusive) const;
    Pass runPass(const QString &vin, const QString &wmiCode, const WmiInfo &info, std::optional<int> year);
    void errorCode(const QString &vin, const QString &wmiCode, const WmiInfo &info, Pass &pass);
    QString resolve(const Item &item);
};

QSqlQuery VinDecoder::Impl::prepare(const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        storageWarnings.append(query.lastError().text());
    return query;
}

bool VinDecoder::Impl::run(QSqlQuery &query, const QString &what)
{
    if (query.exec())
        return true;
    storageWarnings.append(what + QStringLiteral(": ") + query.lastError().text());
    return false;
}

Status VinDecoder::Impl::load()
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return std::unexpected(storageError(q.lastError(), QStringLiteral("sqlite_master")));
    while (q.next())
        tables.insert(q.value(0).toString());
    if (!tables.contains(QLatin1String(kVpicMetaTable)))
        return fail(ErrorCode::InvalidInput,
            NX_ERR("%1 is not an installed vPIC database; install it with nexus-admin vin install-db"),
            { db.databaseName() }, QStringLiteral("vpic"));
    if (!q.exec(QStringLiteral("SELECT value FROM %1 WHERE key = 'format'").arg(QLatin1String(kVpicMetaTable)))
        || !q.next() || q.value(0).toInt() != kVpicFormat)
        return fail(ErrorCode::SchemaTooNew,
            NX_ERR("%1 was installed by another version of Nexus; install it again with nexus-admin vin install-db"),
            { db.databaseName() }, QStringLiteral("vpic"));

    if (!q.exec(QStringLiteral("SELECT Id, Code, LookupTable, Decode, IsPrivate, weight FROM Element")))
        return std::unexpected(storageError(q.lastError(), QStringLiteral("Element")));
    while (q.next()) {
        ElementInfo info;
        info.code = q.value(1).toString();
        info.lookupTable = q.value(2).toString();
        info.decodes = !q.value(3).toString().isEmpty();
        info.isPrivate = q.value(4).toInt() != 0;
        if (!q.value(5).isNull())
            info.weight = q.value(5).toInt();
        elements.insert(q.value(0).toInt(), info);
    }
    if (!q.exec(QStringLiteral("SELECT Id, Name FROM VehicleType")))
        return std::unexpected(storageError(q.lastError(), QStringLiteral("VehicleType")));
    while (q.next())
        vehicleTypes.insert(q.value(0).toInt(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT Id, FromElementId, ToElementId, Formula FROM Conversion ORDER BY Id")))
        return std::unexpected(storageError(q.lastError(), QStringLiteral("Conversion")));
    while (q.next())
        conversions.push_back({ q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString() });
    if (tables.contains(QStringLiteral("EngineModel")) && tables.contains(QStringLiteral("EngineModelPattern"))) {
        if (!q.exec(QStringLiteral("SELECT em.Name, p.ElementId, p.AttributeId, coalesce(p.UpdatedOn, p.CreatedOn) "
                                   "FROM EngineModel em JOIN EngineModelPattern p ON p.EngineModelId = em.Id "
                                   "JOIN Element e ON e.Id = p.ElementId ORDER BY p.Id")))
            return std::unexpected(storageError(q.lastError(), QStringLiteral("EngineModelPattern")));
        while (q.next())
            engineModels[q.value(0).toString().trimmed().toLower()].push_back(
                { q.value(1).toInt(), q.value(2).toString(), parseStamp(q.value(3)) });
    }

    wmiQuery = prepare(QStringLiteral("SELECT Id, ManufacturerId, VehicleTypeId, TruckTypeId, PublicAvailabilityDate, "
                                      "coalesce(UpdatedOn, CreatedOn), MakeId FROM Wmi WHERE Wmi = ? ORDER BY Id"));
    linksQuery = prepare(
        QStringLiteral("SELECT VinSchemaId, YearFrom, coalesce(YearTo, 2999) FROM Wmi_VinSchema WHERE WmiId = ? "
                       "ORDER BY Id"));
    makesQuery = prepare(QStringLiteral(
        "SELECT mk.Id, mk.Name FROM Wmi_Make wm JOIN Make mk ON mk.Id = wm.MakeId WHERE wm.WmiId = ? ORDER BY mk.Id"));
    schemaQuery = prepare(QStringLiteral("SELECT coalesce(TobeQCed, 0) FROM VinSchema WHERE Id = ?"));
    patternsQuery = prepare(QStringLiteral("SELECT Id, Keys, ElementId, AttributeId, coalesce(UpdatedOn, CreatedOn) "
                                           "FROM Pattern WHERE VinSchemaId = ? ORDER BY Id"));
    modelMakesQuery = prepare(QStringLiteral("SELECT mk.Id, mk.Name FROM Make_Model mm JOIN Make mk ON mk.Id = "
                                             "mm.MakeId WHERE mm.ModelId = ? ORDER BY mk.Id"));
    if (!storageWarnings.isEmpty())
        return fail(ErrorCode::Storage, NX_ERR("The vPIC database %1 lacks what decoding reads: %2"),
            { db.databaseName(), storageWarnings.join(QStringLiteral("; ")) }, QStringLiteral("vpic"));
    return {};
}

std::shared_ptr<const WmiInfo> VinDecoder::Impl::wmi(const QString &code)
{
    if (auto found = wmis.constFind(code); found != wmis.constEnd())
        return *found;
    auto info = std::make_shared<WmiInfo>();
    wmiQuery->addBindValue(code);
    if (run(*wmiQuery, QStringLiteral("Wmi"))) {
        const QString now = clock.nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        while (wmiQuery->next()) {
            const QVariant available = wmiQuery->value(4);
            const bool isPublic = !available.isNull() && available.toString() <= now;
            if (info->exists && (info->registered || !isPublic))
                continue; // the first public row wins
            info->exists = true;
            info->registered = isPublic;
            info->id = wmiQuery->value(0).toInt();
            info->manufacturerId = wmiQuery->value(1).toInt();
            info->vehicleTypeId = wmiQuery->value(2).toInt();
            info->truckTypeId = wmiQuery->value(3).toInt();
            info->changedOn = parseStamp(wmiQuery->value(5));
            info->makeId = wmiQuery->value(6).toInt();
        }
    }
    wmiQuery->finish();
    if (info->exists) {
        linksQuery->addBindValue(info->id);
        if (run(*linksQuery, QStringLiteral("Wmi_VinSchema")))
            while (linksQuery->next())
                info->links.push_back(
                    { linksQuery->value(0).toInt(), linksQuery->value(1).toInt(), linksQuery->value(2).toInt() });
        linksQuery->finish();
        makesQuery->addBindValue(info->id);
        if (run(*makesQuery, QStringLiteral("Wmi_Make")))
            while (makesQuery->next())
                info->makes.push_back({ makesQuery->value(0).toInt(), makesQuery->value(1).toString() });
        makesQuery->finish();
    }
    if (storageWarnings.isEmpty())
        wmis.insert(code, info);
    return info;
}

QString VinDecoder::Impl::intern(const QString &text)
{
    const auto found = strings.constFind(text);
    if (found != strings.constEnd())
        return *found;
    strings.insert(text);
    return text;
}

std::optional<CompactKey> VinDecoder::Impl::compact(const VinPattern &pattern)
{
    CompactKey key;
    key.length = quint8(pattern.length());
    key.tooLong = pattern.tooLong();
    key.formulaFirst = qint8(std::min(pattern.formulaFirst(), 127));
    key.formulaLast = qint8(std::min(pattern.formulaLast(), 127));
    for (std::size_t i = 0; i < key.length; ++i) {
        const quint64 mask = pattern.matchMasks()[i];
        auto found = maskIndex.constFind(mask);
        if (found == maskIndex.constEnd()) {
            if (masks.size() >= std::numeric_limits<quint16>::max())
                return std::nullopt; // the table is full: the caller starts the cache over
            found = maskIndex.insert(mask, quint16(masks.size()));
            masks.push_back(mask);
        }
        key.match[i] = *found;
    }
    return key;
}

// Least recently used schemas go first, until half the budget is free.
void VinDecoder::Impl::evictSchemas()
{
    std::vector<std::pair<quint64, int>> byUse;
    for (auto it = schemas.constBegin(); it != schemas.constEnd(); ++it)
        byUse.emplace_back(it->lastUse, it.key());
    std::sort(byUse.begin(), byUse.end());
    for (const auto &[lastUse, id] : byUse) {
        if (cachedPatterns <= kMaxCachedPatterns / 2)
            break;
        cachedPatterns -= qsizetype(schemas.value(id).schema->patterns.size());
        schemas.remove(id);
    }
}

std::shared_ptr<const Schema> VinDecoder::Impl::schema(int id)
{
    ++useCounter;
    if (auto found = schemas.find(id); found != schemas.end()) {
        found->lastUse = useCounter;
        return found->schema;
    }
    auto loaded = std::make_shared<Schema>();
    schemaQuery->addBindValue(id);
    bool exists = false;
    if (run(*schemaQuery, QStringLiteral("VinSchema")) && schemaQuery->next()) {
        exists = true;
        loaded->toBeQced = schemaQuery->value(0).toInt() != 0;
    }
    schemaQuery->finish();
    if (exists) { // Pattern joins VinSchema: a link to a missing schema decodes nothing
        patternsQuery->addBindValue(id);
        if (run(*patternsQuery, QStringLiteral("Pattern")))
            while (patternsQuery->next()) {
                const QString keys = patternsQuery->value(1).toString();
                const std::optional<VinPattern> compiled = VinPattern::compile(keys);
                if (!compiled)
                    continue;
                std::optional<CompactKey> key = compact(*compiled);
                if (!key) { // more distinct masks than an index holds: start the whole cache over
                    schemas.clear();
                    cachedPatterns = 0;
                    masks.clear();
                    maskIndex.clear();
                    patternsQuery->finish();
                    return schema(id);
                }
                for (std::size_t i = 0; i < loaded->valid.size(); ++i)
                    loaded->valid[i] |= compiled->validChars()[i];
                loaded->patterns.push_back({ patternsQuery->value(0).toInt(), patternsQuery->value(2).toInt(),
                    parseStamp(patternsQuery->value(4)), intern(patternsQuery->value(3).toString()), intern(keys),
                    *key });
            }
        patternsQuery->finish();
    }
    if (!storageWarnings.isEmpty())
        return loaded;
    cachedPatterns += qsizetype(loaded->patterns.size());
    schemas.insert(id, { loaded, useCounter });
    if (cachedPatterns > kMaxCachedPatterns)
        evictSchemas();
    return loaded;
}

std::optional<QString> VinDecoder::Impl::lookup(const QString &table, int id)
{
    QHash<int, std::optional<QString>> &cache = lookups[table];
    if (auto found = cache.constFind(id); found != cache.constEnd())
        return *found;
    if (!tables.contains(table))
        return std::nullopt; // an element whose lookup table the lite copy left out
    auto query = lookupQueries.find(table);
    if (query == lookupQueries.end()) {
        // The table name comes from the database's own table list (checked above), never from input.
        query = lookupQueries.insert(table,
            prepare(
                QStringLiteral("SELECT Name FROM \"%1\" WHERE Id = ?").arg(QString(table).remove(QLatin1Char('"')))));
    }
    query->addBindValue(id);
    std::optional<QString> name;
    if (run(*query, table) && query->next())
        name = query->value(0).toString();
    query->finish();
    cache.insert(id, name);
    return name;
}

const std::vector<NamedId> &VinDecoder::Impl::makesOfModel(int model)
{
    if (auto found = modelMakes.constFind(model); found != modelMakes.constEnd())
        return *found;
    std::vector<NamedId> makes;
    modelMakesQuery->addBindValue(model);
    if (run(*modelMakesQuery, QStringLiteral("Make_Model")))
        while (modelMakesQuery->next())
            makes.push_back({ modelMakesQuery->value(0).toInt(), modelMakesQuery->value(1).toString() });
    modelMakesQuery->finish();
    return *modelMakes.insert(model, std::move(makes));
}

// vpic.fVinModelYear2: position 10 read in the 2010–2039 cycle; cars, MPVs and light trucks with a digit at
// position 7 are 30 years earlier (and a letter confirms the newer cycle); a year more than two years ahead is
// 30 years earlier too. Otherwise both cycles stay possible (conclusive false).
std::optional<int> VinDecoder::Impl::rawModelYear(const QString &vin, const WmiInfo &info, bool &conclusive) const
{
    conclusive = false;
    const QList<int> years = vinModelYears(vin.at(9));
    if (years.isEmpty())
        return std::nullopt;
    int year = years.last(); // 2010–2039
    if (info.exists && info.carOrLightTruck()) {
        if (vin.at(6).isDigit())
            year -= 30;
        conclusive = true;
    }
    if (year > currentYear() + 2) {
        year -= 30;
        conclusive = true;
    }
    return year;
}

// spVinDecode_Core for one model year.
Pass VinDecoder::Impl::runPass(const QString &vin, const QString &wmiCode, const WmiInfo &info, std::optional<int> year)
{
    Pass pass;
    pass.modelYear = year;
    std::vector<Item> &items = pass.items;
    const QString matchKey = VinPattern::matchKey(vin);
    const VinPattern::Masks keyBits = VinPattern::keyBits(matchKey);
    int order = 0;

    if (!info.registered) {
        pass.codes.insert(7);
    } else {
        // The schemas of this WMI and year, each with the links that reach it.
        std::vector<std::pair<SchemaLink, std::shared_ptr<const Schema>>> linked;
        for (const SchemaLink &link : info.links)
            if (link.covers(year))
                linked.emplace_back(link, schema(link.schema));

        // 1. Patterns matching positions 4–8 and 10–17, every key (all-wildcard ones too), in pattern id order.
        std::vector<Item> matched;
        for (const auto &[link, schemaData] : linked) {
            if (schemaData->toBeQced)
                continue;
            for (const SchemaPattern &p : schemaData->patterns) {
                if (p.key.isFormula() || wmiOnlyElement(p.element))
                    continue;
                const auto element = elements.constFind(p.element);
                if (element == elements.constEnd() || !element->decodes || element->isPrivate)
                    continue;
                if (!p.key.matches(keyBits, masks))
                    continue;
                matched.push_back({ p.element, p.attribute, std::nullopt, Source::Pattern, link.yearFrom, p.changedOn,
                    p.id, p.keys.toUpper(), link.schema, 0 });
            }
        }
        std::stable_sort(
            matched.begin(), matched.end(), [](const Item &a, const Item &b) { return a.patternId < b.patternId; });
        for (Item &item : matched) {
            item.order = ++order;
            items.push_back(std::move(item));
        }

        // 2. The engine model's own attributes (EngineModelPattern), below any pattern's.
        const Item *engine = nullptr;
        for (const Item &item : items)
            if (item.element == kEngineModel
                && (!engine
                    || std::tie(item.priority, item.createdOn, item.order)
                        > std::tie(engine->priority, engine->createdOn, engine->order)))
                engine = &item;
        if (engine) {
            const Item engineItem = *engine;
            const auto rows = engineModels.constFind(engineItem.attribute.trimmed().toLower());
            if (rows != engineModels.constEnd())
                for (const EngineModelRow &row : *rows)
                    items.push_back({ row.element, row.attribute, std::nullopt, Source::EngineModelPattern, 50,
                        row.changedOn, engineItem.patternId, engineItem.keys, engineItem.schema, ++order });
        }

        // 3. Vehicle type and manufacturer from the WMI, the model year of this pass.
        if (const auto type = vehicleTypes.constFind(info.vehicleTypeId); type != vehicleTypes.constEnd())
            items.push_back({ kVehicleType, QString::number(info.vehicleTypeId), *type, Source::VehicleType, 100,
                info.changedOn, 0, wmiCode, 0, ++order });
        std::optional<QString> manufacturer;
        if (info.manufacturerId != 0)
            manufacturer = lookup(QStringLiteral("Manufacturer"), info.manufacturerId);
        items.push_back({ kManufacturer, info.manufacturerId ? QString::number(info.manufacturerId) : QString(),
            manufacturer.value_or(QString()), Source::Manufacturer, 100, kNullStamp, 0, wmiCode, 0, ++order });
        if (year)
            items.push_back({ kModelYear, QString::number(*year), QString::number(*year), Source::ModelYear, 100,
                kNullStamp, 0, QStringLiteral("***X*|Y"), 0, ++order });

        // 4. Formula keys: digits read out of the VIN ("**#" → cylinders).
        QSet<int> formulaSchemas;
        for (const auto &[link, schemaData] : linked) {
            if (schemaData->toBeQced || formulaSchemas.contains(link.schema))
                continue;
            formulaSchemas.insert(link.schema);
            for (const SchemaPattern &p : schemaData->patterns)
                if (p.key.isFormula() && !wmiOnlyElement(p.element) && elements.contains(p.element)
                    && p.key.matches(keyBits, masks))
                    items.push_back({ p.element, p.attribute, p.key.formulaValue(matchKey), Source::FormulaPattern, 100,
                        p.changedOn, p.id, p.keys, link.schema, ++order });
        }

        // 5. One value per element: priority (the newest schema's first model year), then the newest pattern,
        //    then the key with fewer fixed characters, then the key text, then the first inserted.
        auto better = [](const Item &a, const Item &b) {
            if (a.priority != b.priority)
                return a.priority > b.priority;
            if (a.createdOn != b.createdOn)
                return a.createdOn > b.createdOn;
            const auto fixed = [](const QString &keys) { return keys.size() - keys.count(QLatin1Char('*')); };
            if (fixed(a.keys) != fixed(b.keys))
                return fixed(a.keys) < fixed(b.keys);
            const auto bare = [](QString keys) { return keys.remove(QLatin1Char('[')).remove(QLatin1Char(']')); };
            if (const int c = QString::compare(bare(a.keys), bare(b.keys)); c != 0)
                return c < 0;
            return a.order < b.order;
        };
        QHash<int, std::size_t> best;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (multiValuedElement(items[i].element))
                continue;
            auto found = best.find(items[i].element);
            if (found == best.end())
                best.insert(items[i].element, i);
            else if (better(items[i], items[*found]))
                *found = i;
        }
        std::vector<Item> kept;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (multiValuedElement(items[i].element) || best.value(items[i].element) == i)
                kept.push_back(std::move(items[i]));
        items = std::move(kept);

        // 6. The make: the decoded model's (Make_Model), else the WMI's only make.
        const auto model = std::find_if(items.begin(), items.end(), [](const Item &i) { return i.element == kModel; });
        if (model != items.end()) {
            const Item modelItem = *model;
            for (const NamedId &make : makesOfModel(modelItem.attribute.toInt()))
                items.push_back({ kMake, QString::number(make.id), make.name, Source::PatternModel, 1000, kNullStamp,
                    modelItem.patternId, modelItem.keys, modelItem.schema, ++order });
        } else if (info.makes.size() == 1) {
            items.push_back({ kMake, QString::number(info.makes.front().id), info.makes.front().name, Source::Make,
                -100, info.changedOn, 0, wmiCode, 0, ++order });
        }

        // 7. Unit conversions (cc ↔ ci ↔ litres) for what is missing.
        std::vector<std::pair<const Item *, const Conversion *>> sources;
        for (const Item &item : items)
            for (const Conversion &conversion : conversions)
                if (conversion.from == item.element)
                    sources.emplace_back(&item, &conversion);
        std::stable_sort(sources.begin(), sources.end(), [](const auto &a, const auto &b) {
            if (a.first->priority != b.first->priority)
                return a.first->priority > b.first->priority;
            if (a.first->createdOn != b.first->createdOn)
                return a.first->createdOn > b.first->createdOn;
            return a.second->id < b.second->id;
        });
        std::vector<Item> converted;
        QSet<int> present;
        for (const Item &item : items)
            present.insert(item.element);
        for (const auto &[item, conversion] : sources) {
            if (present.contains(conversion->to))
                continue;
            const QString result = convert(conversion->formula, item->attribute);
            converted.push_back({ conversion->to, result, result, Source::Conversion, 100, kNullStamp, item->patternId,
                item->keys, item->schema, 0 });
            present.insert(conversion->to);
        }
        for (Item &item : converted) {
            item.order = ++order;
            items.push_back(std::move(item));
        }

        if (std::none_of(items.begin(), items.end(), [](const Item &i) { return i.patternId != 0; }))
            pass.codes.insert(8);
        else
            errorCode(vin, wmiCode, info, pass);
    }

    // Warnings every pass computes, registered manufacturer or not.
    bool offRoad = false;
    for (const Item &item : items) {
        if (item.element != kBodyClass)
            continue;
        const int body = item.attribute.toInt();
        if (body == 64)
            pass.codes.insert(9); // glider
        if (body == 69 || body == 84 || body == 86 || body == 88 || body == 97 || body == 105 || body == 113
            || body == 124 || body == 126 || body == 127) {
            pass.codes.insert(10); // off-road vehicle: its PIN needs no check digit
            offRoad = true;
        }
    }
    if (!year)
        pass.codes.insert(11);
    const bool smallManufacturer = vin.at(2) == QLatin1Char('9');
    const bool carMpvLt = !smallManufacturer && info.exists && info.carOrLightTruck();
    const int numericFrom = smallManufacturer ? 15 : (carMpvLt ? 13 : 14);
    static const QString yearCodes = QStringLiteral("ABCDEFGHJKLMNPRSTVWXY123456789");
    QStringList invalid;
    for (int j = 1; j <= 17; ++j) {
        if (j == 9 && offRoad)
            continue;
        const QChar c = vin.at(j - 1);
        const bool bad = (j != 9 && j >= numericFrom && !c.isDigit()) || (j == 9 && !c.isDigit() && c != u'X')
            || (j == 10 && !yearCodes.contains(c));
        if (bad)
            invalid.append(QString::number(j) + QLatin1Char(':') + c);
    }
    if (!invalid.isEmpty()) {
        pass.codes.insert(400);
        pass.invalidChars = invalid.join(QStringLiteral(", "));
    }
    pass.expectedCheckDigit = vpicCheckDigit(vin, carMpvLt, !smallManufacturer);
    if (!offRoad && vin.at(8) != pass.expectedCheckDigit)
        pass.codes.insert(1);
    std::set<int> errors = pass.codes;
    errors.erase(9);
    errors.erase(10);
    errors.erase(12);
    if (errors.empty() || errors == std::set<int> { 14 })
        pass.codes.insert(0);
    if (pass.codes.contains(0)
        && std::none_of(items.begin(), items.end(), [](const Item &i) { return i.element == kModel; }))
        pass.codes.insert(14);

    // How spVinDecode ranks passes: fewest errors, then the weightiest elements, then the most patterns.
    for (const int code : pass.codes)
        pass.errorValue += errorWeight(code);
    QSet<int> weighed;
    for (const Item &item : items) {
        const bool hasValue = !item.value || !item.value->isEmpty();
        if (hasValue && !weighed.contains(item.element)) {
            weighed.insert(item.element);
            pass.elementsWeight += elements.value(item.element).weight.value_or(0);
        }
        if ((item.source == Source::Pattern || item.source == Source::EngineModelPattern
                || item.source == Source::FormulaPattern)
            && (!item.value || (!item.value->isEmpty() && *item.value != QLatin1String("Not Applicable"))))
            ++pass.patterns;
    }
    return pass;
}

// spVinDecode_ErrorCode: positions 4–8 and 11–14 checked against every character the manufacturer's keys use for
// that year (one wrong position is corrected when only one character, or only one passing the check digit,
// fits), and positions 4–8 and 11 that no decoded pattern explains.
void VinDecoder::Impl::errorCode(const QString &vin, const QString &wmiCode, const WmiInfo &info, Pass &pass)
{
    VinPattern::Masks valid {};
    if (pass.modelYear)
        for (const SchemaLink &link : info.links)
            if (link.covers(pass.modelYear)) {
                const std::shared_ptr<const Schema> s = schema(link.schema);
                for (std::size_t i = 0; i < valid.size(); ++i)
                    valid[i] |= s->valid[i];
            }
    // Match-key index k is VIN position k + 4 (k = 5 is the '|' at position 9).
    const auto validAt = [&valid](int position) { return valid[static_cast<std::size_t>(position - 4)]; };
    const int last = wmiCode.size() == 6 ? 11 : 14;
    std::vector<int> wrong;
    QString replacements;
    QString lastChoices;
    QString marked = vin;
    for (int i = 4; i <= last; ++i) {
        if (i == 9 || i == 10)
            continue;
        const quint64 allowed = validAt(i) & ((quint64(1) << 36) - 1);
        if (validAt(i) == 0 || (allowed & VinPattern::bit(vin.at(i - 1))))
            continue;
        wrong.push_back(i);
        lastChoices = VinPattern::characters(allowed);
        replacements += QStringLiteral("(%1:%2)").arg(i).arg(lastChoices);
        marked[i - 1] = QLatin1Char('!');
    }
    if (wrong.size() == 1) {
        const int position = wrong.front();
        if (lastChoices.size() == 1) {
            pass.codes.insert(2);
            pass.suggestedVin = QString(vin).replace(position - 1, 1, lastChoices);
            pass.errorBytes = replacements;
        } else {
            QString good;
            QString corrected;
            const bool numeric = vin.at(2) != QLatin1Char('9');
            for (const QChar c : lastChoices) {
                QString candidate = vin;
                candidate[position - 1] = c;
                if (candidate.at(8) == vpicCheckDigit(candidate, numeric, numeric)) {
                    good.append(c);
                    corrected = candidate;
                }
            }
            if (good.size() == 1) {
                pass.codes.insert(3);
                pass.suggestedVin = corrected;
                pass.errorBytes = QStringLiteral("(%1:%2)").arg(position).arg(good);
            } else {
                pass.codes.insert(4);
                pass.suggestedVin = marked;
                pass.errorBytes = QStringLiteral("(%1:%2)").arg(position).arg(lastChoices);
            }
        }
    } else if (wrong.size() > 1) {
        pass.codes.insert(5);
        pass.suggestedVin = marked;
        pass.errorBytes = replacements;
    }

    // Characters the decoded patterns' keys name, per position.
    VinPattern::Masks used {};
    for (const Item &item : pass.items) {
        if (!item.fromPattern() || item.keys.isEmpty())
            continue;
        if (std::optional<VinPattern> compiled = VinPattern::compile(item.keys))
            for (std::size_t i = 0; i < used.size(); ++i)
                used[i] |= compiled->validChars()[i];
    }
    std::vector<int> unused;
    for (const int i : { 4, 5, 6, 7, 8, 11 })
        if ((used[static_cast<std::size_t>(i - 4)] & VinPattern::bit(vin.at(i - 1))) == 0)
            unused.push_back(i);
    if (!unused.empty()) {
        pass.codes.insert(14);
        pass.unusedPositions = joinedPositions(unused);
    }
}

QString VinDecoder::Impl::resolve(const Item &item)
{
    if (item.value)
        return *item.value;
    const ElementInfo element = elements.value(item.element);
    if (element.lookupTable.isEmpty())
        return item.attribute;
    bool numeric = false;
    const int id = item.attribute.toInt(&numeric);
    return numeric ? lookup(element.lookupTable, id).value_or(QString()) : QString();
}

VinDecoder::VinDecoder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}

VinDecoder::~VinDecoder() = default;

QString VinDecoder::defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("NEXUS_VPIC_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString found = QStandardPaths::locate(QStandardPaths::GenericDataLocation, QStringLiteral("nexus/vpic.db"));
    return found.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/nexus/vpic.db")
        : found;
}

qsizetype VinDecoder::cachedPatterns() const
{
    return m_impl->cachedPatterns;
}

Result<std::unique_ptr<VinDecoder>> VinDecoder::open(const QString &path, const Clock &clock)
{
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound,
            NX_ERR("There is no vPIC database at %1; install it with nexus-admin vin install-db"), { path },
            QStringLiteral("vpic"));
    auto impl = std::make_unique<Impl>(clock);
    impl->connectionName = QStringLiteral("nexus-vpic-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    impl->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), impl->connectionName);
    impl->db.setDatabaseName(path);
    impl->db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!impl->db.open())
        return std::unexpected(storageError(impl->db.lastError(), path));
    if (Status loaded = impl->load(); !loaded)
        return std::unexpected(loaded.error());
    return std::unique_ptr<VinDecoder>(new VinDecoder(std::move(impl)));
}

VinDecoding VinDecoder::decode(const QString &input, bool explain)
{
    Impl &d = *m_impl;
    VinDecoding out;
    out.vin = normalizeVin(input);
    if (Status structure = checkVinCharacters(out.vin); !structure) {
        out.error = structure.error();
        return out;
    }
    out.valid = true;
    const QString &vin = out.vin;
    d.storageWarnings.clear();

    // vpic.fVinWMI: a '9' at position 3 marks a small manufacturer, whose WMI adds positions 12–14.
    out.wmi = vin.at(2) == QLatin1Char('9') ? vin.left(3) + vin.mid(11, 3) : vin.left(3);
    const std::shared_ptr<const WmiInfo> info = d.wmi(out.wmi);

    // The model-year passes of spVinDecode (the lite copy has no VinDescriptor table of year overrides).
    bool conclusive = false;
    std::optional<int> year = d.rawModelYear(vin, *info, conclusive);
    std::optional<int> otherYear;
    const int limit = d.currentYear() + 2;
    if (year && !conclusive) {
        otherYear = *year - 30;
    } else if (year) {
        std::optional<int> alternative;
        if (*year >= 1980 && *year <= limit - 30)
            alternative = *year + 30;
        else if (*year >= 2010 && *year <= limit)
            alternative = *year - 30;
        const auto schemasFor = [&info](int y) {
            return std::count_if(
                info->links.begin(), info->links.end(), [y](const SchemaLink &link) { return link.covers(y); });
        };
        if (alternative && schemasFor(*year) == 0 && schemasFor(*alternative) > 0)
            year = alternative;
    }
    std::vector<Pass> passes;
    passes.push_back(d.runPass(vin, out.wmi, *info, year));
    if (otherYear)
        passes.push_back(d.runPass(vin, out.wmi, *info, otherYear));
    const Pass &pass = *std::max_element(passes.begin(), passes.end(), [](const Pass &a, const Pass &b) {
        return std::tuple(a.errorValue, a.elementsWeight, a.patterns, a.modelYear.value_or(0))
            < std::tuple(b.errorValue, b.elementsWeight, b.patterns, b.modelYear.value_or(0));
    });

    if (explain) {
        for (const Pass &p : passes) {
            QStringList codes;
            for (const int code : p.codes)
                codes.append(QString::number(code));
            out.trace.append(
                QStringLiteral("pass %1: codes %2, errors %3, elements weight %4, patterns %5%6; "
                               "possible %7, unused %8")
                    .arg(p.modelYear ? QString::number(*p.modelYear) : QStringLiteral("(no year)"),
                        codes.join(QLatin1Char(',')))
                    .arg(p.errorValue)
                    .arg(p.elementsWeight)
                    .arg(p.patterns)
                    .arg(&p == &pass ? QStringLiteral(" (chosen)") : QString(), p.errorBytes, p.unusedPositions));
        }
    }

    // Values, as spVinDecode's output resolves them.
    QHash<int, QString> values;
    for (const Item &item : pass.items) {
        const QString value = d.resolve(item);
        if (explain)
            out.trace.append(
                QStringLiteral("%1 = %2  [%3 pattern %4 keys %5 schema %6 priority %7 changed %8]")
                    .arg(d.elements.value(item.element).code, value, sourceName(item.source))
                    .arg(item.patternId)
                    .arg(item.keys)
                    .arg(item.schema)
                    .arg(item.priority)
                    .arg(item.createdOn == kNullStamp ? QStringLiteral("-") : QString::number(item.createdOn)));
        if (value.isEmpty())
            continue;
        QString &slot = values[item.element];
        if (slot.isEmpty())
            slot = value;
        else if (multiValuedElement(item.element))
            slot += QStringLiteral("; ") + value;
        const QString code = d.elements.value(item.element).code;
        if (!code.isEmpty())
            out.elements.insert(code, slot);
    }
    out.manufacturer = values.value(kManufacturer);
    out.make = values.value(kMake);
    if (out.make.isEmpty() && info->registered && info->makeId != 0) {
        out.make = d.lookup(QStringLiteral("Make"), info->makeId).value_or(QString());
        out.makeFromWmi = !out.make.isEmpty();
    }
    out.model = values.value(kModel);
    out.modelYear = values.value(kModelYear).toInt();
    out.modelYearConclusive = conclusive;
    out.vehicleType = values.value(kVehicleType);
    out.bodyClass = values.value(kBodyClass);
    out.series = values.value(kSeries);
    out.trim = values.value(kTrim);
    out.cylinders = values.value(kCylinders).toInt();
    bool hasDisplacement = false;
    const double litres = values.value(kDisplacementL).toDouble(&hasDisplacement);
    if (hasDisplacement && litres > 0)
        out.displacementL = QString::number(litres, 'f', 1);
    out.engineConfiguration = values.value(kEngineConfiguration);
    out.engineModel = values.value(kEngineModel);
    out.fuel = values.value(kFuelPrimary);
    out.drive = values.value(kDriveType);
    out.transmission = values.value(kTransmission);
    out.plantCountry = values.value(kPlantCountry);
    out.plantCity = values.value(kPlantCity);
    out.suggestedVin = pass.suggestedVin;
    out.errorCodes = QList<int>(pass.codes.begin(), pass.codes.end());

    // The engine in the catalogue's words: "1.6L L4", "3.5L V6 Turbo (EcoBoost)", "Electric".
    QStringList engine;
    if (!out.displacementL.isEmpty())
        engine.append(out.displacementL + QLatin1Char('L'));
    const QString layout = out.engineConfiguration.startsWith(QLatin1String("In-Line")) ? QStringLiteral("L")
        : out.engineConfiguration.startsWith(QLatin1String("V"))                        ? QStringLiteral("V")
        : out.engineConfiguration.startsWith(QLatin1String("Horizontally"))             ? QStringLiteral("H")
        : out.engineConfiguration.startsWith(QLatin1String("W"))                        ? QStringLiteral("W")
                                                                                        : QString();
    if (out.cylinders > 0)
        engine.append(
            layout.isEmpty() ? QStringLiteral("%1 cyl").arg(out.cylinders) : layout + QString::number(out.cylinders));
    else if (out.engineConfiguration == QLatin1String("Rotary"))
        engine.append(out.engineConfiguration);
    if (values.value(kTurbo) == QLatin1String("Yes"))
        engine.append(QStringLiteral("Turbo"));
    if (engine.isEmpty() && out.fuel == QLatin1String("Electric"))
        engine.append(QStringLiteral("Electric"));
    // GM writes the engine code and then its features ("L83 - SIDI: Spark Ignited…"): the summary keeps the code.
    const QString engineCode = out.engineModel.section(QStringLiteral(" -"), 0, 0).trimmed();
    if (!engineCode.isEmpty())
        engine.append(engine.isEmpty() ? engineCode : QLatin1Char('(') + engineCode + QLatin1Char(')'));
    out.engine = engine.join(QLatin1Char(' '));

    // Warnings, most useful first.
    const QString field = QStringLiteral("vin");
    const auto warn = [&out, &field](const char *text, QStringList args) {
        out.warnings.append(Error(ErrorCode::InvalidInput, text, std::move(args), field));
    };
    if (pass.codes.contains(7))
        warn(NX_ERR("The manufacturer code %1 (WMI) is not in the vPIC database: make and model are unknown"),
            { out.wmi });
    if (out.makeFromWmi)
        warn(NX_ERR("vPIC does not know this model; the make %1 comes from the manufacturer code %2"),
            { out.make, out.wmi });
    if (pass.codes.contains(11))
        warn(NX_ERR("Position 10 (\"%1\") is not a model-year code"), { QString(vin.at(9)) });
    if (pass.codes.contains(1) && pass.expectedCheckDigit != QLatin1Char('?'))
        warn(NX_ERR("The check digit (position 9) is %1 but the other characters give %2; VINs from outside North "
                    "America often carry none"),
            { QString(vin.at(8)), QString(pass.expectedCheckDigit) });
    if (pass.codes.contains(400))
        warn(NX_ERR("Characters 49 CFR 565 does not allow at these positions: %1"), { pass.invalidChars });
    // vPIC's corrections and "unused positions" come from the characters the manufacturer's keys use; the lite copy
    // keeps the patterns of 27 elements only, so on their own they flag many correct VINs. They are kept in
    // errorCodes / suggestedVin, and said only where the check digit confirms a typo and one character fixes it.
    if ((pass.codes.contains(2) || pass.codes.contains(3)) && pass.codes.contains(1))
        warn(NX_ERR("The VIN probably reads %1: one position does not fit this manufacturer's VINs and the check "
                    "digit is wrong"),
            { pass.suggestedVin });
    if (pass.codes.contains(8))
        warn(NX_ERR("vPIC has no detailed data for manufacturer code %1 in model year %2"),
            { out.wmi, pass.modelYear ? QString::number(*pass.modelYear) : QStringLiteral("?") });
    if (!conclusive && year && out.modelYear != 0)
        warn(NX_ERR("The model year could also be %1: position 10 repeats every 30 years"),
            { QString::number(out.modelYear == *year ? *otherYear : *year) });
    if (pass.codes.contains(10))
        warn(NX_ERR("vPIC lists this as an off-road vehicle: the number is not a road vehicle's VIN"), {});
    if (pass.codes.contains(9))
        warn(NX_ERR("vPIC lists this as a glider, which is not a motor vehicle"), {});
    if (!d.storageWarnings.isEmpty())
        warn(NX_ERR("The vPIC database could not be read completely: %1"),
            { d.storageWarnings.join(QStringLiteral("; ")) });
    return out;
}

QJsonObject toJson(const VinDecoding &d)
{
    const auto text = [](const QString &value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    QJsonArray warnings;
    for (const Error &warning : d.warnings)
        warnings.append(warning.message());
    QJsonArray codes;
    for (const int code : d.errorCodes)
        codes.append(code);
    QJsonObject object {
        { QStringLiteral("vin"), d.vin },
        { QStringLiteral("valid"), d.valid },
        { QStringLiteral("error"), d.valid ? QJsonValue() : QJsonValue(d.error.message()) },
        { QStringLiteral("warnings"), warnings },
        { QStringLiteral("make"), text(d.make) },
        { QStringLiteral("model"), text(d.model) },
        { QStringLiteral("year"), d.modelYear ? QJsonValue(d.modelYear) : QJsonValue() },
        { QStringLiteral("body"), text(d.bodyClass) },
        { QStringLiteral("engine"), text(d.engine) },
        { QStringLiteral("fuel"), text(d.fuel) },
        { QStringLiteral("plant_country"), text(d.plantCountry) },
    };
    if (!d.valid)
        return object;
    object.insert(QStringLiteral("wmi"), d.wmi);
    object.insert(QStringLiteral("manufacturer"), text(d.manufacturer));
    object.insert(QStringLiteral("vehicle_type"), text(d.vehicleType));
    object.insert(QStringLiteral("series"), text(d.series));
    object.insert(QStringLiteral("trim"), text(d.trim));
    object.insert(QStringLiteral("cylinders"), d.cylinders ? QJsonValue(d.cylinders) : QJsonValue());
    object.insert(QStringLiteral("displacement_l"), text(d.displacementL));
    object.insert(QStringLiteral("engine_model"), text(d.engineModel));
    object.insert(QStringLiteral("drive"), text(d.drive));
    object.insert(QStringLiteral("transmission"), text(d.transmission));
    object.insert(QStringLiteral("plant_city"), text(d.plantCity));
    object.insert(
        QStringLiteral("model_year_conclusive"), d.modelYear ? QJsonValue(d.modelYearConclusive) : QJsonValue());
    object.insert(QStringLiteral("suggested_vin"), text(d.suggestedVin));
    object.insert(QStringLiteral("vpic_error_codes"), codes);
    return object;
}

} // namespace nexus
