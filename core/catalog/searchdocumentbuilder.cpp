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

namespace {

constexpr char kGramAlphabet[] = "abcdefghijklmnopqrstuvwxyz234567";

// SplitMix64's finaliser over the 4 characters: a bijection, so distinct 4-grams share a token only if the 40 bits
// kept collide (then the substring check after the match drops the stranger).
std::uint64_t gramKey(const char16_t *chars)
{
    std::uint64_t packed = 0;
    for (int i = 0; i < SearchDocumentBuilder::kCodeGramLength; ++i)
        packed = (packed << 16) | chars[i];
    packed += 0x9E3779B97F4A7C15ULL;
    packed = (packed ^ (packed >> 30)) * 0xBF58476D1CE4E5B9ULL;
    packed = (packed ^ (packed >> 27)) * 0x94D049BB133111EBULL;
    return (packed ^ (packed >> 31)) & 0xFFFFFFFFFFULL;
}

void appendGram(std::uint64_t key, QByteArray &out)
{
    for (int i = 0; i < 8; ++i)
        out += kGramAlphabet[(key >> (5 * i)) & 31];
}

void collectGrams(QStringView code, std::vector<std::uint64_t> &keys)
{
    const auto *chars = reinterpret_cast<const char16_t *>(code.utf16());
    for (qsizetype at = 0; at + SearchDocumentBuilder::kCodeGramLength <= code.size(); ++at)
        keys.push_back(gramKey(chars + at));
}

} // namespace

QList<QByteArray> SearchDocumentBuilder::codeGrams(QStringView codeNorm)
{
    std::vector<std::uint64_t> keys;
    collectGrams(codeNorm, keys);
    QList<QByteArray> grams;
    for (const std::uint64_t key : keys) {
        QByteArray token;
        appendGram(key, token);
        if (!grams.contains(token))
            grams.append(token);
    }
    return grams;
}

QByteArray SearchDocumentBuilder::codeDocument(const QByteArray &codes)
{
    std::vector<std::uint64_t> keys;
    const QString text = QString::fromUtf8(codes);
    for (const QStringView code : QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        collectGrams(code, keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    QByteArray out;
    out.reserve(static_cast<qsizetype>(keys.size()) * 9);
    for (const std::uint64_t key : keys) {
        appendGram(key, out);
        out += ' ';
    }
    return out;
}

int SearchDocumentBuilder::intern(const QByteArray &token)
{
    const auto known = m_tokenIds.constFind(token);
    if (known != m_tokenIds.cend())
        return *known;
    const int id = static_cast<int>(m_tokenText.size());
    m_tokenText.push_back(token);
    std::uint64_t hash = fnv1a(14695981039346656037ULL, token);
    hash ^= hash >> 29; // spread before summing: sums of raw FNV values cancel too easily
    hash *= 0xBF58476D1CE4E5B9ULL;
    m_tokenHash.push_back(hash ^ (hash >> 32));
    m_tokenIds.insert(token, id);
    return id;
}

const std::vector<int> &SearchDocumentBuilder::wordTokens(const QString &word)
{
    const auto cached = m_wordTokens.constFind(word);
    if (cached != m_wordTokens.cend())
        return *cached;
    std::vector<int> tokens { intern(word.toUtf8()) };
    m_newWords.insert(word);
    // Numbers are typed whole ("150", "946"): only words with a letter get prefix tokens.
    if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); })) {
        const qsizetype longest = std::min<qsizetype>(word.size(), SearchText::kIndexedPrefixLength);
        for (qsizetype length = 1; length <= longest; ++length)
            tokens.push_back(intern(prefixToken(QStringView(word).left(length))));
        // A plural also carries its singular ("filtros" → "filtro"): a query for "filtro…" then needs one term
        // where it would need "filtro OR filtros" (see CatalogSearch's prefix expansion).
        const QString singular = SearchText::singular(word);
        if (singular != word) {
            tokens.push_back(intern(singular.toUtf8()));
            m_newWords.insert(singular);
        }
    }
    return *m_wordTokens.insert(word, std::move(tokens));
}

SearchDocumentBuilder::Entity SearchDocumentBuilder::makeEntity(
    const QStringList &words, const QList<QByteArray> &filters)
{
    Entity entity;
    entity.words = words;
    for (const QString &word : words) {
        const std::vector<int> &tokens = wordTokens(word);
        entity.tokens.insert(entity.tokens.end(), tokens.begin(), tokens.end());
    }
    for (const QByteArray &filter : filters)
        entity.tokens.push_back(intern(filter));
    return entity;
}

void SearchDocumentBuilder::addEntity(Entity &entity)
{
    m_document.insert(m_document.end(), entity.tokens.begin(), entity.tokens.end());
    if (!entity.wordsReported) { // the vocabulary gets the words of the entities documents use
        for (const QString &word : std::as_const(entity.words))
            m_newWords.insert(word);
        entity.wordsReported = true;
    }
}

namespace {
// Content words that are not model years: years are vehicle filters, never matched as words.
QStringList indexedWords(QStringView text)
{
    QStringList words = SearchText::contentWords(text);
    words.removeIf([](const QString &word) { return SearchText::isModelYear(word); });
    return words;
}
} // namespace

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
        builder.m_brands.insert(
            brands->int64(0), builder.makeEntity(indexedWords(brands->text(1)), { brandToken(brands->int64(0)) }));
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
        raw[categories->int64(0)] = RawCategory { categories->text(1), categories->int64(2) };
    }
    for (const auto &[id, category] : raw) {
        QStringList words;
        QList<QByteArray> filters;
        qint64 current = id;
        for (int depth = 0; current != 0 && depth < 16; ++depth) { // depth bound: a cycle cannot hang the build
            const auto found = raw.find(current);
            if (found == raw.end())
                break;
            words += indexedWords(found->second.name);
            filters.append(categoryToken(current));
            current = found->second.parent;
        }
        builder.m_categories.insert(id, builder.makeEntity(words, filters));
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
            vehicle.make = static_cast<int>(builder.m_makes.size());
            builder.m_makes.push_back(builder.makeEntity(indexedWords(make), { makeToken(make) }));
            makeIndex.insert(make, vehicle.make);
        }
        const QString modelKey = make + QLatin1Char('\n') + model;
        const auto knownModel = modelIndex.constFind(modelKey);
        if (knownModel != modelIndex.cend()) {
            vehicle.model = *knownModel;
        } else {
            vehicle.model = static_cast<int>(builder.m_models.size());
            builder.m_models.push_back(builder.makeEntity(indexedWords(model), { modelToken(make, model) }));
            modelIndex.insert(modelKey, vehicle.model);
        }
        vehicle.token = builder.intern(vehicleToken(vehicles->int64(0)));
        builder.m_vehicles.insert(vehicles->int64(0), vehicle);
    }
    return builder;
}

void SearchDocumentBuilder::build(QStringView name, qint64 brandId, qint64 categoryId,
    const std::vector<qint64> &vehicleIds, const QByteArray &codes, Document &out)
{
    m_document.clear();
    const QStringList nameWords = indexedWords(name);
    if (!nameWords.isEmpty() && !m_headWords.contains(nameWords.first())) {
        m_headWords.insert(nameWords.first());
        m_newWords.insert(headWordEntry(nameWords.first()));
    }
    for (const QString &word : nameWords) {
        const std::vector<int> &tokens = wordTokens(word);
        m_document.insert(m_document.end(), tokens.begin(), tokens.end());
    }
    if (const auto brand = m_brands.find(brandId); brand != m_brands.end())
        addEntity(*brand);
    if (const auto category = m_categories.find(categoryId); category != m_categories.end())
        addEntity(*category);

    if (vehicleIds.empty()) {
        m_document.push_back(intern(universalToken()));
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
            m_document.push_back(vehicle->token);
        }
        for (const int make : makes)
            addEntity(m_makes[static_cast<std::size_t>(make)]);
        for (const int model : models)
            addEntity(m_models[static_cast<std::size_t>(model)]);
    }

    // Each token once: FTS5 pays a hash lookup per token even when the document has it already. The hash sums
    // the tokens' hashes, so it does not depend on the order ids were handed out in (rebuild vs update).
    std::sort(m_document.begin(), m_document.end());
    m_document.erase(std::unique(m_document.begin(), m_document.end()), m_document.end());
    out.text.clear();
    std::uint64_t hash = 0;
    for (const int token : m_document) {
        out.text += m_tokenText[static_cast<std::size_t>(token)];
        out.text += ' ';
        hash += m_tokenHash[static_cast<std::size_t>(token)];
    }
    out.hash = fnv1a(hash ^ 0x9e3779b97f4a7c15ULL, codes);
}

} // namespace nexus
