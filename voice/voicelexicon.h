// The data words Chalán's voice grammar is built from, as they are spelt (accents kept, for the pronunciation):
// the catalogue's part names and trade synonyms, its brands and vehicles, the branch's places and customers.
// Bounded, so the grammar stays a command grammar and not a dictation model.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "common/error.h"

namespace nexus {

class Database;

struct VoiceLexicon
{
    struct Vehicle
    {
        QString make;
        QString model;
    };

    QStringList partPhrases; // lower case, singular and plural: "filtro de aceite", "filtros de aceite"
    QStringList brands; // "ngk", "bosch"
    QList<Vehicle> vehicles; // "nissan" "tsuru"
    QStringList places; // "bodega 2", "zapopan"
    QStringList people; // customer names: "juan pérez", "refacciones del norte"

    static constexpr qsizetype kMaxPartPhrases = 600;
    static constexpr qsizetype kMaxBrands = 120;
    static constexpr qsizetype kMaxVehicles = 400;
    static constexpr qsizetype kMaxPlaces = 60;
    static constexpr qsizetype kMaxPeople = 300;

    // catalog.db: categories, search_synonyms, brands, vehicles; nexus.db (may be null): warehouses, branches and the
    // most recently touched customers.
    [[nodiscard]] static Result<VoiceLexicon> load(Database &catalogDb, Database *nexusDb);

    // Each adds once and within its bound; part phrases also add their other number ("balata" ↔ "balatas").
    void addPartPhrase(const QString &phrase);
    void addBrand(const QString &brand);
    void addVehicle(const QString &make, const QString &model);
    void addPlace(const QString &place);
    void addPerson(const QString &name);
};

} // namespace nexus
