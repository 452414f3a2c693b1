// Token documents of the search index: normalised words, their short prefixes and filter tokens.
#include "catalog/searchdocumentbuilder.h"

#include "catalog/searchtext.h"
#include "catalog/sqlstatement.h"

#include <algorithm>
#include <map>

namespace nexus {

namespace {

std::uint64_t fnv1a(std::uint64_t hash, const QByteArray &bytes)
{
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

QByteArray joinedNormalized(QStringView text)
{
    return SearchText::normalize(text).replace(QLatin1Char(' '), QLatin1Char('_')).toUtf8();
}

} // namespace

QByteArray SearchDocumentBuilder::brandToken(qint64 brandId)
{
    return "_b" + QByteArray::number(brandId);
}

QByteArray SearchDocumentBuilder::categoryToken(qint64 categoryId)
{
    return "_c" + QByteArray::number(categoryId);
}

QByteArray SearchDocumentBuilder::vehicleToken(qint64 vehicleId)
{
    return "_v" + QByteArray::number(vehicleId);
}

QByteArray SearchDocumentBuilder::makeToken(QStringView normalizedMake)
{
    return "_k" + joinedNormalized(normalizedMake);
}

QByteArray SearchDocumentBuilder::modelToken(QStringView normalizedMake, QStringView normalizedModel)
{
    return "_m" + joinedNormalized(normalizedMake) + '_' + joinedNormalized(normalizedModel);
}

QByteArray SearchDocumentBuilder::prefixToken(QStringView prefix)
{
    return prefix.toUtf8() + '_';
}

QByteArray SearchDocumentBuilder::wordTokens(const QStringList &words) const
{
    QByteArray out;
    for (const QString &word : words) {
        out += word.toUtf8();
        out += ' ';
        const qsizetype longest = std::min<qsizetype>(word.size(), SearchText::kIndexedPrefixLength);
        for (qsizetype length = 1; length <= longest; ++length) {
            out += prefixToken(QStringView(word).left(length));
            out += ' ';
        }
    }
    return out;
}

void SearchDocumentBuilder::appendEntity(Entity &entity, QByteArray &out)
{
    out += entity.tokens;
    if (!entity.wordsReported) {
        for (const QString &word : std::as_const(entity.words))
            m_newWords.insert(word);
        entity.wordsReported = true;
    }
}

Result<SearchDocumentBuilder> SearchDocumentBuilder::load(sqlite3 *db)
{
    SearchDocumentBuilder builder;

    Result<SqlStatement> brands = SqlStatement::prepare(db, "SELECT id, name FROM brands");
    if (!brands)
        return std::unexpected(brands.error());
    for (;;) {
        Result<bool> row = brands->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Entity &brand = builder.m_brands[brands->int64(0)];
        brand.words = SearchText::contentWords(brands->text(1));
        brand.tokens = builder.wordTokens(brand.words) + brandToken(brands->int64(0)) + ' ';
    }

    // Categories carry their ancestors' words and tokens: filtering by "Frenos" finds every "Balatas" part.
    struct RawCategory
    {
        QString name;
        qint64 parent = 0;
    };
    std::map<qint64, RawCategory> raw;
    Result<SqlStatement> categories
        = SqlStatement::prepare(db, "SELECT id, name, coalesce(parent_id, 0) FROM categories");
    if (!categories)
        return std::unexpected(categories.error());
    for (;;) {
        Result<bool> row = categories->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        raw[categories->int64(0)] = RawCategory{categories->text(1), categories->int64(2)};
    }
    for (const auto &[id, category] : raw) {
        Entity &entity = builder.m_categories[id];
        qint64 current = id;
        for (int depth = 0; current != 0 && depth < 16; ++depth) { // depth bound: a cycle cannot hang the build
            const auto found = raw.find(current);
            if (found == raw.end())
                break;
            const QStringList words = SearchText::contentWords(found->second.name);
            entity.words += words;
            entity.tokens += builder.wordTokens(words) + categoryToken(current) + ' ';
            current = found->second.parent;
        }
    }

    Result<SqlStatement> vehicles = SqlStatement::prepare(db, "SELECT id, make, model FROM vehicles");
    if (!vehicles)
        return std::unexpected(vehicles.error());
    QHash<QString, int> makeIndex;
    QHash<QString, int> modelIndex;
    for (;;) {
        Result<bool> row = vehicles->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const QString make = SearchText::normalize(vehicles->text(1));
        const QString model = SearchText::normalize(vehicles->text(2));
        Vehicle vehicle;
        const auto knownMake = makeIndex.constFind(make);
        if (knownMake != makeIndex.cend()) {
            vehicle.make = *knownMake;
        } else {
            Entity entity;
            entity.words = SearchText::contentWords(make);
            entity.tokens = builder.wordTokens(entity.words) + makeToken(make) + ' ';
            vehicle.make = static_cast<int>(builder.m_makes.size());
            builder.m_makes.push_back(std::move(entity));
            makeIndex.insert(make, vehicle.make);
        }
        const QString modelKey = make + QLatin1Char('\n') + model;
        const auto knownModel = modelIndex.constFind(modelKey);
        if (knownModel != modelIndex.cend()) {
            vehicle.model = *knownModel;
        } else {
            Entity entity;
            entity.words = SearchText::contentWords(model);
            entity.tokens = builder.wordTokens(entity.words) + modelToken(make, model) + ' ';
            vehicle.model = static_cast<int>(builder.m_models.size());
            builder.m_models.push_back(std::move(entity));
            modelIndex.insert(modelKey, vehicle.model);
        }
        builder.m_vehicles.insert(vehicles->int64(0), vehicle);
    }
    return builder;
}

void SearchDocumentBuilder::build(QStringView name, qint64 brandId, qint64 categoryId,
                                  const std::vector<qint64> &vehicleIds, const QList<QByteArray> &codes,
                                  Document &out)
{
    out.text.clear();

    const QString nameKey = name.toString();
    auto cached = m_names.find(nameKey);
    if (cached == m_names.end()) {
        if (m_names.size() > 500000) // a bound for catalogues whose names are all different
            m_names.clear();
        Entity entity;
        entity.words = SearchText::contentWords(name);
        entity.tokens = wordTokens(entity.words);
        cached = m_names.insert(nameKey, std::move(entity));
    }
    appendEntity(*cached, out.text);

    if (const auto brand = m_brands.find(brandId); brand != m_brands.end())
        appendEntity(*brand, out.text);
    if (const auto category = m_categories.find(categoryId); category != m_categories.end())
        appendEntity(*category, out.text);

    if (vehicleIds.empty()) {
        out.text += universalToken();
        out.text += ' ';
    } else {
        // A part fits a few models over many years and engines: each make and model once, each vehicle once.
        std::vector<int> makes;
        std::vector<int> models;
        for (const qint64 vehicleId : vehicleIds) {
            const auto vehicle = m_vehicles.constFind(vehicleId);
            if (vehicle == m_vehicles.cend())
                continue;
            if (std::find(makes.begin(), makes.end(), vehicle->make) == makes.end())
                makes.push_back(vehicle->make);
            if (std::find(models.begin(), models.end(), vehicle->model) == models.end())
                models.push_back(vehicle->model);
            out.text += vehicleToken(vehicleId);
            out.text += ' ';
        }
        for (const int make : makes)
            appendEntity(m_makes[static_cast<std::size_t>(make)], out.text);
        for (const int model : models)
            appendEntity(m_models[static_cast<std::size_t>(model)], out.text);
    }

    std::uint64_t hash = fnv1a(14695981039346656037ULL, out.text);
    for (const QByteArray &code : codes)
        hash = fnv1a(hash ^ 0x9e3779b97f4a7c15ULL, code);
    out.hash = hash;
}

} // namespace nexus
