// The aftermarket brands of the catalogue: real names sold in Mexico, their country, product lines and part-number
// style.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "demo/prng.h"

namespace nexus::demo {

struct Brand
{
    int id; // brands.id
    const char *name;
    const char *country; // ISO 3166 alpha-2
    std::string skuPrefix; // "BOS": the store's SKU prefix for the brand
    std::uint64_t gs1Prefix; // 3-digit GS1 prefix of the country (750 Mexico, 400 Germany…)
    const char *partNumberPattern; // '#' digit, 'A' letter, 'X' either; anything else literal
    int tier; // 0 economy, 1 standard, 2 premium: scales cost
    int popularity; // 1–10: how often the counter stocks it
    std::string tags; // product lines, matched with PartCategory::tag
};

class BrandTable final
{
public:
    [[nodiscard]] static const BrandTable &instance();

    [[nodiscard]] const std::vector<Brand> &brands() const { return m_brands; }
    [[nodiscard]] const Brand &brand(int id) const { return m_brands[static_cast<std::size_t>(id - 1)]; }
    // Brands carrying `tag`, by popularity; empty when none does.
    [[nodiscard]] const std::vector<int> &brandsFor(const std::string &tag) const;
    [[nodiscard]] int pickBrand(const std::string &tag, Rng &rng) const;

    // A part number in the brand's style ("0 986 494 123", "PH3614"…).
    static void appendPartNumber(std::string &out, const char *pattern, Rng &rng);
    // Upper case letters and digits only, as part_codes.code_norm stores it.
    static void appendNormalized(std::string &out, const std::string &code);

private:
    BrandTable();
    std::vector<Brand> m_brands;
    struct TagIndex
    {
        std::string tag;
        std::vector<int> brandIds;
        WeightedTable weights;
    };
    std::vector<TagIndex> m_byTag;
};

} // namespace nexus::demo
