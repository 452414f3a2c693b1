// Loads the data-driven vocabulary of the intent parser.
#include "assistant/intentvocabulary.h"

#include "catalog/searchtext.h"
#include "store/database.h"

namespace nexus {

void IntentVocabulary::addPartPhrase(QStringView phrase)
{
    for (const QString &word : SearchText::contentWords(phrase)) {
        if (word.size() >= 2 && !SearchText::isModelYear(word))
            partWords.insert(SearchText::singular(word));
    }
}

void IntentVocabulary::addVehicle(const QString &make, const QString &model)
{
    VehicleName name { make, model, SearchText::words(make), SearchText::words(model) };
    if (!name.modelWords.isEmpty())
        vehicles.append(name);
}

void IntentVocabulary::addPlace(QStringView name)
{
    const QStringList words = SearchText::words(name);
    if (!words.isEmpty() && !places.contains(words))
        places.append(words);
}

Result<IntentVocabulary> IntentVocabulary::load(Database &catalogDb, Database *nexusDb)
{
    IntentVocabulary vocabulary;
    Result<SearchSynonyms> synonyms = SearchSynonyms::load(catalogDb.handle());
    if (!synonyms)
        return std::unexpected(synonyms.error());
    vocabulary.synonyms = std::move(*synonyms);

    Result<QSqlQuery> vehicles = catalogDb.exec(QStringLiteral("SELECT DISTINCT make, model FROM vehicles"));
    if (!vehicles)
        return std::unexpected(vehicles.error());
    while (vehicles->next())
        vocabulary.addVehicle(vehicles->value(0).toString(), vehicles->value(1).toString());

    Result<QSqlQuery> nouns = catalogDb.exec(QStringLiteral(
        "SELECT name FROM categories UNION SELECT name FROM brands UNION SELECT phrase FROM search_synonyms"));
    if (!nouns)
        return std::unexpected(nouns.error());
    while (nouns->next())
        vocabulary.addPartPhrase(nouns->value(0).toString());

    if (nexusDb) {
        Result<QSqlQuery> places = nexusDb->exec(QStringLiteral(
            "SELECT name FROM warehouses UNION SELECT code FROM warehouses UNION SELECT name FROM branches"));
        if (!places)
            return std::unexpected(places.error());
        while (places->next())
            vocabulary.addPlace(places->value(0).toString());
    }
    return vocabulary;
}

} // namespace nexus
