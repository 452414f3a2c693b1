// The words Chalán must recognise that come from the data, not from the grammar: vehicle makes and models and the
// catalogue's part nouns (categories, brands, trade synonyms) from catalog.db; warehouses and branches from nexus.db.
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "catalog/searchsynonyms.h"
#include "common/error.h"

namespace nexus {

class Database;

struct VehicleName
{
    QString make; // as the catalogue spells it: "Nissan"
    QString model; // "NP300 Frontier"
    QStringList makeWords; // SearchText words: ["nissan"]
    QStringList modelWords; // ["np300", "frontier"]
};

struct IntentVocabulary
{
    QList<VehicleName> vehicles; // distinct make + model
    QSet<QString> partWords; // singular-folded content words of categories, brands and synonym phrases
    QList<QStringList> places; // warehouse names/codes and branch names, as SearchText words
    SearchSynonyms synonyms; // catalog.db's search_synonyms

    // Reads both databases; `nexusDb` may be null (no places).
    [[nodiscard]] static Result<IntentVocabulary> load(Database &catalogDb, Database *nexusDb);
    void addPartPhrase(QStringView phrase);
    void addVehicle(const QString &make, const QString &model);
    void addPlace(QStringView name);
};

} // namespace nexus
