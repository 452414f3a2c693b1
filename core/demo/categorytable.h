// The catalogue's categories: Spanish names, SAT ClaveProdServ and ClaveUnidad, warranty, price range and how parts
// of each category are named and fitted to vehicles.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/prng.h"

namespace nexus::demo {

// Where on the car a part goes, in the two genders Spanish adjectives need, and as the fitment row says it.
struct PartPosition
{
    const char *masculine; // "delantero izquierdo"
    const char *feminine; // "delantera izquierda"
    const char *label; // "Delantera izquierda" (fitment.position)
};

enum class FitmentKind {
    Universal, // sold by size or spec, no fitment rows (oil, coolant, bulbs, wipers)
    Model, // fits every engine of the model years it covers (brakes, suspension, body)
    EngineSpecific, // fits one engine (filters, pumps, gaskets, ignition)
};

struct PartCategory
{
    int id; // categories.id (leaves after the parents)
    int parentId;
    std::string name; // "Balatas"
    std::vector<std::string> nouns; // "Balata"; several for mixed categories ("Sensor MAP", "Sensor CKP"…)
    bool feminine;
    std::vector<const PartPosition *> positions; // empty: no position
    std::vector<std::string> variants; // "cerámica", "semimetálica"… (already in the noun's gender)
    std::vector<std::string> sizes; // universal parts: "4 L", "18\""…
    const char *satProductKey;
    const char *satUnitKey;
    const char *unitName;
    int warrantyDays;
    std::int64_t costMinCents;
    std::int64_t costMaxCents;
    int markupPercent; // retail (before IVA) over cost
    FitmentKind fitment;
    std::string tag; // brands that make it carry this tag
    std::uint32_t weight;
    int salesVelocity; // per mille: how readily a counter sells one (filters 1000, steering racks 50)
};

struct ParentCategory
{
    int id;
    const char *name;
    const char *satProductKey;
    int warrantyDays;
};

class CategoryTable final
{
public:
    [[nodiscard]] static const CategoryTable &instance();

    [[nodiscard]] const std::vector<ParentCategory> &parents() const { return m_parents; }
    [[nodiscard]] const std::vector<PartCategory> &leaves() const { return m_leaves; }
    [[nodiscard]] const PartCategory &pickLeaf(Rng &rng) const { return m_leaves[m_byWeight.pick(rng)]; }

private:
    CategoryTable();
    std::vector<ParentCategory> m_parents;
    std::vector<PartCategory> m_leaves;
    WeightedTable m_byWeight;
};

} // namespace nexus::demo
