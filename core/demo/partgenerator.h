// One catalogue part as a pure function of (seed, index): name, SKU, barcode, prices, OEM/cross codes and fitment.
// Pure so the catalogue and the tenant (stock, sales) can be generated on different threads and still agree.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/categorytable.h"
#include "demo/prng.h"

namespace nexus::demo {

struct PartCode
{
    bool oem = false; // 'oem' or 'cross'
    std::string code; // as printed
    std::string norm; // letters and digits, upper case
    const char *maker = "";
};

struct DemoPart
{
    std::int64_t id = 0; // parts.id = index + 1
    std::string sku;
    std::string barcode; // EAN-13 with a valid check digit
    std::string name;
    int brandId = 0;
    const PartCategory *category = nullptr;
    int variantIndex = -1; // into category->variants, -1 when it has none
    int sizeIndex = -1; // into category->sizes (ascending for bottles and jugs), -1 when it has none
    std::int64_t costCents = 0; // tax excluded
    std::int64_t listPriceCents = 0; // tax included
    std::int64_t retailPriceCents = 0; // tax included
    bool active = true;
    const char *fitmentPosition = ""; // fitment.position
    std::vector<PartCode> codes; // sorted by (kind, norm), unique
    std::vector<int> vehicleIds; // sorted, unique; empty for universal parts
};

class PartGenerator final
{
public:
    static constexpr std::int64_t kMaxParts = 10'000'000; // SKUs carry 7 digits

    PartGenerator(std::uint64_t seed, std::int64_t partCount);

    [[nodiscard]] std::int64_t partCount() const { return m_count; }
    // Fills `part` (its buffers are reused: call in a loop with the same object). index in [0, partCount).
    void generate(std::int64_t index, DemoPart &part) const;
    // Cheaper than generate(): the fields stock and sales need (id, SKU, category, brand, prices, active).
    void generatePricing(std::int64_t index, DemoPart &part) const;
    // The part index of the rank-th best seller (rank 0 sells most); a bijection of [0, partCount).
    [[nodiscard]] std::int64_t indexAtRank(std::int64_t rank) const
    {
        return static_cast<std::int64_t>(m_rank(static_cast<std::uint64_t>(rank)));
    }

private:
    void pickBasics(Rng &rng, std::int64_t index, DemoPart &part, int &positionIndex) const;
    void buildFitment(Rng &rng, DemoPart &part, std::string &hint) const;

    std::uint64_t m_seed;
    std::int64_t m_count;
    Permutation m_sku; // over 10^7
    Permutation m_barcode; // over 10^9
    Permutation m_rank; // over partCount
};

} // namespace nexus::demo
