// Part generation: category → brand → position/variant → vehicles → name, codes, prices; all from one stream.
#include "demo/partgenerator.h"

#include "catalog/ean13.h"
#include "demo/brandtable.h"
#include "demo/vehicletable.h"

#include <algorithm>
#include <array>
#include <map>
#include <string_view>

namespace nexus::demo {

namespace {

constexpr std::uint64_t kPartsDomain = streamDomain("parts");

// How OEM part numbers look for each make ('#' digit, 'A' letter, 'X' either).
const std::map<std::string_view, const char *> kOemPatterns = {
    { "Nissan", "#####-XXXXX" },
    { "Toyota", "#####-#####" },
    { "Honda", "#####-AAA-A##" },
    { "Volkswagen", "#X# ### ### A" },
    { "Seat", "#X# ### ### A" },
    { "Audi", "#X# ### ### A" },
    { "Chevrolet", "########" },
    { "Ford", "A#AZ-####-AA" },
    { "Dodge", "########AA" },
    { "RAM", "########AA" },
    { "Chrysler", "########AA" },
    { "Jeep", "########AA" },
    { "Kia", "#####-#X###" },
    { "Hyundai", "#####-#X###" },
    { "Mazda", "XXXX-##-##X" },
    { "Mitsubishi", "MR######" },
    { "Renault", "##########" },
    { "Peugeot", "##########" },
    { "Fiat", "########" },
    { "Suzuki", "#####-##A##" },
    { "Isuzu", "#-#####-###-#" },
    { "BMW", "## ## # ### ###" },
    { "Mercedes-Benz", "A ### ### ## ##" },
};

std::int64_t roundUpToPeso(std::int64_t centavos)
{
    return (centavos + 99) / 100 * 100;
}

// Shelf prices end in 9 once they pass $100 ("$389.00"), as counters price them.
std::int64_t shelfPrice(std::int64_t centavos)
{
    std::int64_t pesos = roundUpToPeso(centavos) / 100;
    if (pesos >= 100)
        pesos = pesos - pesos % 10 + 9;
    return pesos * 100;
}

void appendDigits(std::string &out, std::uint64_t value, int width)
{
    std::array<char, 20> buffer {};
    for (int i = width - 1; i >= 0; --i) {
        buffer[static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
        value /= 10;
    }
    out.append(buffer.data(), static_cast<std::size_t>(width));
}

void appendYears(std::string &out, int first, int last)
{
    out.append(std::to_string(first));
    if (last != first) {
        out.push_back('-');
        out.append(std::to_string(last));
    }
}

} // namespace

PartGenerator::PartGenerator(std::uint64_t seed, std::int64_t partCount)
    : m_seed(seed),
      m_count(partCount),
      m_sku(10'000'000, Rng::stream(seed, streamDomain("sku")).next()),
      m_barcode(1'000'000'000, Rng::stream(seed, streamDomain("barcode")).next()),
      m_rank(static_cast<std::uint64_t>(std::max<std::int64_t>(partCount, 1)),
          Rng::stream(seed, streamDomain("rank")).next())
{
}

void PartGenerator::pickBasics(Rng &rng, std::int64_t index, DemoPart &part, int &positionIndex) const
{
    const CategoryTable &categories = CategoryTable::instance();
    const BrandTable &brands = BrandTable::instance();
    part.id = index + 1;
    part.category = &categories.pickLeaf(rng);
    const PartCategory &category = *part.category;
    part.brandId = brands.pickBrand(category.tag, rng);
    const Brand &brand = brands.brand(part.brandId);
    part.sku.clear();
    part.sku.append(brand.skuPrefix);
    part.sku.push_back('-');
    appendDigits(part.sku, m_sku(static_cast<std::uint64_t>(index)), 7);
    positionIndex = category.positions.empty() ? -1 : static_cast<int>(rng.index(category.positions.size()));
    part.fitmentPosition = positionIndex < 0 ? "" : category.positions[static_cast<std::size_t>(positionIndex)]->label;

    part.variantIndex = category.variants.empty() ? -1 : static_cast<int>(rng.index(category.variants.size()));
    part.sizeIndex = category.sizes.empty() ? -1 : static_cast<int>(rng.index(category.sizes.size()));

    // Cost: strongly skewed towards the cheap end of the category's range (most applications are ordinary cars;
    // the top of the range is for trucks and premium models), scaled by the brand's tier. Sized goods (oil,
    // coolant, fluids) cost in proportion to their size, listed smallest first.
    const std::int64_t span = category.costMaxCents - category.costMinCents;
    const std::int64_t r = static_cast<std::int64_t>(rng.below(1000));
    std::int64_t cost = category.costMinCents + span * r * r / 1'000'000 * r / 1000;
    if (part.sizeIndex >= 0) {
        const auto sizes = static_cast<std::int64_t>(category.sizes.size());
        cost = category.costMinCents + span * (part.sizeIndex + 1) / sizes * rng.between(70, 100) / 100
            - span / sizes / 2;
        cost = std::max(cost, category.costMinCents);
    }
    static constexpr std::array<std::int64_t, 3> kTierPercent { 78, 100, 128 };
    cost = cost * kTierPercent[static_cast<std::size_t>(brand.tier)] / 100;
    cost += static_cast<std::int64_t>(rng.below(100)); // centavos: a real purchase cost is not round
    part.costCents = cost;
    // Retail before IVA: three quarters of the category's listed markup (calibrated so shelf prices and average
    // tickets land where a Mexican counter's do), with some spread between brands.
    const std::int64_t markup = category.markupPercent * 3 / 4 + rng.between(-8, 10);
    part.retailPriceCents = shelfPrice(cost * (100 + markup) * 116 / 10'000); // tax included
    part.listPriceCents = roundUpToPeso(part.retailPriceCents * rng.between(112, 125) / 100);
    part.active = !rng.chance(4);
}

void PartGenerator::generatePricing(std::int64_t index, DemoPart &part) const
{
    Rng rng = Rng::stream(m_seed, kPartsDomain, static_cast<std::uint64_t>(index));
    int positionIndex = -1;
    pickBasics(rng, index, part, positionIndex);
}

void PartGenerator::buildFitment(Rng &rng, DemoPart &part, std::string &hint) const
{
    const VehicleTable &table = VehicleTable::instance();
    const PartCategory &category = *part.category;
    const int g = static_cast<int>(table.pickGeneration(rng));
    const VehicleGeneration &generation = table.generations()[static_cast<std::size_t>(g)];
    const int generationYears = generation.lastYear - generation.firstYear + 1;
    // Most parts cover a few model years; some (Tsuru, Vocho) cover a whole generation.
    const std::uint64_t shape = rng.below(100);
    int length = shape < 50 ? static_cast<int>(rng.between(1, 3))
        : shape < 85        ? static_cast<int>(rng.between(4, 6))
                            : static_cast<int>(rng.between(7, 12));
    length = std::min(length, generationYears);
    const int first
        = generation.firstYear + static_cast<int>(rng.below(static_cast<std::uint64_t>(generationYears - length + 1)));
    const int last = first + length - 1;
    const int engineCount = static_cast<int>(generation.engines.size());
    const bool oneEngine = category.fitment == FitmentKind::EngineSpecific;
    const int engine = oneEngine ? static_cast<int>(rng.below(static_cast<std::uint64_t>(engineCount))) : -1;

    auto addYears = [&](int gen, int from, int to, int engineIndex) {
        for (int year = from; year <= to; ++year) {
            if (engineIndex >= 0) {
                part.vehicleIds.push_back(table.vehicleId(gen, year, engineIndex));
            } else {
                const int count = static_cast<int>(table.generations()[static_cast<std::size_t>(gen)].engines.size());
                for (int e = 0; e < count; ++e)
                    part.vehicleIds.push_back(table.vehicleId(gen, year, e));
            }
        }
    };
    addYears(g, first, last, engine);

    hint.append(generation.make);
    hint.push_back(' ');
    hint.append(generation.model);
    // A quarter of the parts also fit a sister model of the same platform (Versa/March, Aveo/Sonic…).
    if (rng.chance(250)) {
        const std::vector<int> &sisters = table.sisters(g);
        if (!sisters.empty()) {
            const int s = sisters[rng.index(sisters.size())];
            const VehicleGeneration &sister = table.generations()[static_cast<std::size_t>(s)];
            const int from = std::max(first, sister.firstYear);
            const int to = std::min(last, sister.lastYear);
            int sisterEngine = -1;
            bool fits = from <= to;
            if (fits && oneEngine) {
                const auto found = std::find(
                    sister.engines.begin(), sister.engines.end(), generation.engines[static_cast<std::size_t>(engine)]);
                fits = found != sister.engines.end();
                sisterEngine = fits ? static_cast<int>(found - sister.engines.begin()) : -1;
            }
            if (fits) {
                addYears(s, from, to, sisterEngine);
                if (std::string_view(sister.model) != generation.model) {
                    if (std::string_view(sister.make) != generation.make) {
                        hint.append(" / ");
                        hint.append(sister.make);
                        hint.push_back(' ');
                    } else {
                        hint.push_back('/');
                    }
                    hint.append(sister.model);
                }
            }
        }
    }
    if (oneEngine) {
        hint.push_back(' ');
        hint.append(generation.engines[static_cast<std::size_t>(engine)]);
    }
    hint.push_back(' ');
    appendYears(hint, first, last);
    std::sort(part.vehicleIds.begin(), part.vehicleIds.end());
    part.vehicleIds.erase(std::unique(part.vehicleIds.begin(), part.vehicleIds.end()), part.vehicleIds.end());

    // OEM numbers of the vehicle maker the part replaces.
    const std::uint64_t oemShape = rng.below(100);
    const std::uint64_t oemCount = oemShape < 20 ? 0 : oemShape < 75 ? 1 : 2;
    const auto pattern = kOemPatterns.find(generation.make);
    for (std::uint64_t i = 0; i < oemCount && pattern != kOemPatterns.end(); ++i) {
        PartCode &code = part.codes.emplace_back();
        code.oem = true;
        BrandTable::appendPartNumber(code.code, pattern->second, rng);
        BrandTable::appendNormalized(code.norm, code.code);
        code.maker = generation.make;
    }
}

void PartGenerator::generate(std::int64_t index, DemoPart &part) const
{
    Rng rng = Rng::stream(m_seed, kPartsDomain, static_cast<std::uint64_t>(index));
    int positionIndex = -1;
    pickBasics(rng, index, part, positionIndex);
    const PartCategory &category = *part.category;
    const BrandTable &brands = BrandTable::instance();
    const Brand &brand = brands.brand(part.brandId);

    // GS1 country prefix + 9 digits unique per part + check digit.
    const std::uint64_t body = brand.gs1Prefix * 1'000'000'000ULL + m_barcode(static_cast<std::uint64_t>(index));
    part.barcode.clear();
    appendDigits(part.barcode, body, 12);
    part.barcode.push_back(static_cast<char>('0' + ean13CheckDigit(body)));

    // Name: noun + position + variant + size + vehicles ("Balata delantera cerámica Nissan Tsuru 2001-2017").
    part.name.clear();
    part.name.append(category.nouns[rng.index(category.nouns.size())]);
    if (positionIndex >= 0) {
        const PartPosition &position = *category.positions[static_cast<std::size_t>(positionIndex)];
        part.name.push_back(' ');
        part.name.append(category.feminine ? position.feminine : position.masculine);
    }
    if (part.variantIndex >= 0) {
        part.name.push_back(' ');
        part.name.append(category.variants[static_cast<std::size_t>(part.variantIndex)]);
    }
    if (part.sizeIndex >= 0) {
        part.name.push_back(' ');
        part.name.append(category.sizes[static_cast<std::size_t>(part.sizeIndex)]);
    }

    part.codes.clear();
    part.vehicleIds.clear();
    if (category.fitment != FitmentKind::Universal) {
        std::string hint;
        buildFitment(rng, part, hint);
        part.name.push_back(' ');
        part.name.append(hint);
    }

    // Cross references: the same part under other brands of the same product line.
    const std::vector<int> &others = brands.brandsFor(category.tag);
    const std::uint64_t crossCount = category.fitment == FitmentKind::Universal ? rng.below(2) : 1 + rng.below(2);
    for (std::uint64_t i = 0; i < crossCount && others.size() > 1; ++i) {
        const Brand &other = brands.brand(others[rng.index(others.size())]);
        if (other.id == part.brandId)
            continue;
        PartCode &code = part.codes.emplace_back();
        code.oem = false;
        BrandTable::appendPartNumber(code.code, other.partNumberPattern, rng);
        BrandTable::appendNormalized(code.norm, code.code);
        code.maker = other.name;
    }
    // (part_id, kind, code_norm) is the key: order and de-duplicate ('cross' < 'oem' as text).
    std::sort(part.codes.begin(), part.codes.end(),
        [](const PartCode &a, const PartCode &b) { return a.oem != b.oem ? !a.oem : a.norm < b.norm; });
    part.codes.erase(std::unique(part.codes.begin(), part.codes.end(),
                         [](const PartCode &a, const PartCode &b) { return a.oem == b.oem && a.norm == b.norm; }),
        part.codes.end());
}

} // namespace nexus::demo
