// Reads the voice grammar's data words from the stores.
#include "voicelexicon.h"

#include "store/database.h"

#include <QSqlQuery>

namespace nexus {

namespace {

QString spelt(const QString &text)
{
    return text.toLower().simplified();
}

bool endsInVowel(const QString &word)
{
    return !word.isEmpty() && QStringView(u"aeiouáéíóú").contains(word.back());
}

// The other grammatical number of a part noun: "balata" ↔ "balatas", "amortiguador" ↔ "amortiguadores".
QString otherNumber(const QString &word)
{
    if (word.endsWith(u"es") && word.size() > 4 && !endsInVowel(word.chopped(2)))
        return word.chopped(2);
    if (word.endsWith(u's') && word.size() > 3)
        return word.chopped(1);
    if (endsInVowel(word))
        return word + QLatin1Char('s');
    if (word.endsWith(u'z'))
        return word.chopped(1) + QStringLiteral("ces");
    return word + QStringLiteral("es");
}

void addBounded(QStringList &list, const QString &value, qsizetype bound)
{
    if (!value.isEmpty() && list.size() < bound && !list.contains(value))
        list.append(value);
}

} // namespace

void VoiceLexicon::addPartPhrase(const QString &phrase)
{
    const QString text = spelt(phrase);
    if (text.isEmpty())
        return;
    addBounded(partPhrases, text, kMaxPartPhrases);
    // The head noun carries the number: "filtro de aceite" → "filtros de aceite".
    QStringList words = text.split(QLatin1Char(' '));
    words.front() = otherNumber(words.front());
    addBounded(partPhrases, words.join(QLatin1Char(' ')), kMaxPartPhrases);
}

void VoiceLexicon::addBrand(const QString &brand)
{
    addBounded(brands, spelt(brand), kMaxBrands);
}

void VoiceLexicon::addVehicle(const QString &make, const QString &model)
{
    const Vehicle vehicle { spelt(make), spelt(model) };
    if (vehicle.model.isEmpty() || vehicles.size() >= kMaxVehicles)
        return;
    for (const Vehicle &known : std::as_const(vehicles)) {
        if (known.make == vehicle.make && known.model == vehicle.model)
            return;
    }
    vehicles.append(vehicle);
}

void VoiceLexicon::addPlace(const QString &place)
{
    addBounded(places, spelt(place), kMaxPlaces);
}

void VoiceLexicon::addPerson(const QString &name)
{
    addBounded(people, spelt(name), kMaxPeople);
}

Result<VoiceLexicon> VoiceLexicon::load(Database &catalogDb, Database *nexusDb)
{
    VoiceLexicon lexicon;
    const auto each = [](Database &db, const QString &sql, const auto &add) -> Status {
        Result<QSqlQuery> rows = db.exec(sql);
        if (!rows)
            return std::unexpected(rows.error());
        while (rows->next())
            add(*rows);
        return {};
    };
    const auto partPhrase = [&](QSqlQuery &row) { lexicon.addPartPhrase(row.value(0).toString()); };
    if (Status read = each(catalogDb, QStringLiteral("SELECT name FROM categories ORDER BY id"), partPhrase); !read)
        return std::unexpected(read.error());
    if (Status read = each(catalogDb, QStringLiteral("SELECT phrase FROM search_synonyms ORDER BY group_id, phrase"),
            partPhrase);
        !read)
        return std::unexpected(read.error());
    if (Status read = each(catalogDb, QStringLiteral("SELECT name FROM brands ORDER BY name"),
            [&](QSqlQuery &row) { lexicon.addBrand(row.value(0).toString()); });
        !read)
        return std::unexpected(read.error());
    // The most common models first, so the bound keeps the ones the counter sees.
    if (Status read = each(catalogDb,
            QStringLiteral("SELECT make, model FROM vehicles GROUP BY make, model ORDER BY count(*) DESC, make, model"),
            [&](QSqlQuery &row) { lexicon.addVehicle(row.value(0).toString(), row.value(1).toString()); });
        !read)
        return std::unexpected(read.error());
    if (!nexusDb)
        return lexicon;
    if (Status read = each(*nexusDb,
            QStringLiteral("SELECT name FROM warehouses UNION SELECT name FROM branches"),
            [&](QSqlQuery &row) { lexicon.addPlace(row.value(0).toString()); });
        !read)
        return std::unexpected(read.error());
    if (Status read = each(*nexusDb, QStringLiteral("SELECT name FROM customers WHERE active = 1 ORDER BY updated_at DESC LIMIT ")
                + QString::number(kMaxPeople),
            [&](QSqlQuery &row) { lexicon.addPerson(row.value(0).toString()); });
        !read)
        return std::unexpected(read.error());
    return lexicon;
}

} // namespace nexus
