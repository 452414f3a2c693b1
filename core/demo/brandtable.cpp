// A few hundred real aftermarket brands with the product lines they are known for in the Mexican market.
#include "demo/brandtable.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

namespace nexus::demo {

namespace {

struct RawBrand
{
    const char *name;
    const char *country;
    const char *tags; // space-separated product lines
    int tier; // 0 economy, 1 standard, 2 premium
    int popularity; // 1–10
    const char *pattern; // nullptr: a generic style chosen from the name
};

// Product lines: BRK friction, ROT rotors/drums, HYD brake hydraulics, SUS shocks, CHS chassis (ball joints, tie
// rods, bushings, links, mounts), SPR springs, STR steering, PMP water pumps, ENG engine internals, GSK gaskets,
// BLT belts/tensioners, MNT engine mounts, COOL cooling, SEN sensors, IGN spark plugs, COIL coils/wires, FIL
// filters, BAT batteries, ROTE alternators/starters, LAMP bulbs/relays, WIP wipers, FUEL fuel system, CLU clutch,
// CV driveline, OIL lubricants, CHEM fluids/chemicals, EXH exhaust, BRG bearings/hubs, BODY lighting/mirrors.
constexpr RawBrand kBrands[] = {
    { "Bosch", "DE", "BRK ROT IGN COIL SEN FIL BAT ROTE LAMP WIP FUEL HYD", 2, 10, "0 986 ### ###" },
    { "Gates", "US", "BLT COOL PMP", 2, 10, "K0#####" },
    { "Monroe", "US", "SUS CHS", 2, 10, "#####" },
    { "LTH", "MX", "BAT", 1, 10, "L-##-###" },
    { "Brembo", "IT", "BRK ROT HYD", 2, 7, "09.####.##" },
    { "ACDelco", "US", "BRK ROT IGN COIL SEN FIL BAT COOL OIL CHEM ROTE PMP CHS FUEL", 1, 10, "##-###" },
    { "Motorcraft", "US", "BRK ROT IGN COIL SEN FIL BAT COOL OIL CHEM ROTE PMP FUEL", 1, 8, "AA-####" },
    { "NGK", "JP", "IGN COIL SEN", 2, 10, "AAA#AAX-##" },
    { "Champion", "US", "IGN WIP", 1, 8, "AA##AAC" },
    { "Wagner", "US", "BRK ROT HYD LAMP", 1, 9, "QC####" },
    { "Fritec", "MX", "BRK ROT", 1, 10, "FT-####" },
    { "KYB", "JP", "SUS", 2, 10, "33####" },
    { "Moog", "US", "CHS BRG SPR", 2, 9, "K######" },
    { "Raybestos", "US", "BRK ROT HYD", 1, 7, "PGD###C" },
    { "Dayco", "US", "BLT COOL", 1, 8, "5#####" },
    { "Denso", "JP", "IGN COIL SEN ROTE COOL FIL FUEL", 2, 8, "###-####" },
    { "Fram", "US", "FIL", 1, 10, "PH####" },
    { "Mann-Filter", "DE", "FIL", 2, 7, "W ###/##" },
    { "Mahle", "DE", "FIL ENG COOL GSK", 2, 7, "OC ###" },
    { "Valeo", "FR", "CLU ROTE LAMP WIP COOL BODY", 2, 8, "8#####" },
    { "TRW", "DE", "BRK CHS STR HYD", 2, 7, "GDB####" },
    { "Sachs", "DE", "CLU SUS", 2, 7, "### ### ###" },
    { "LuK", "DE", "CLU", 2, 8, "6## #### ##" },
    { "Walker", "US", "EXH", 1, 8, "#####" },
    { "Interfil", "MX", "FIL", 0, 9, "IF-####" },
    { "Injetech", "MX", "FUEL SEN", 0, 8, "INJ-####" },
    { "Gonher", "MX", "FIL BAT OIL", 0, 9, "GP-###" },
    { "Akron", "MX", "OIL CHEM", 0, 9, "AK-####" },
    { "Roshfrans", "MX", "OIL CHEM", 1, 9, "R-####" },
    { "Bardahl", "US", "OIL CHEM", 1, 9, "####" },
    { "Raloy", "MX", "OIL CHEM", 0, 7, "RL-####" },
    { "Mexlub", "MX", "OIL", 0, 5, "MX-###" },
    { "TF Victor", "MX", "GSK", 1, 9, "TF-####" },
    { "Moresa", "MX", "ENG", 1, 8, "MR-####" },
    { "Mobil", "US", "OIL", 2, 8, "######" },
    { "Castrol", "GB", "OIL", 2, 8, "######" },
    { "Quaker State", "US", "OIL", 1, 8, "######" },
    { "Pennzoil", "US", "OIL", 1, 6, "######" },
    { "Valvoline", "US", "OIL CHEM", 1, 7, "VV###" },
    { "Shell", "NL", "OIL", 2, 6, "######" },
    { "Total", "FR", "OIL", 1, 4, "######" },
    { "Motul", "FR", "OIL CHEM", 2, 5, "######" },
    { "Liqui Moly", "DE", "OIL CHEM", 2, 4, "####" },
    { "Havoline", "US", "OIL", 1, 5, "######" },
    { "Repsol", "ES", "OIL", 1, 3, "RP######" },
    { "Prestone", "US", "CHEM", 1, 7, "AF####" },
    { "Peak", "US", "CHEM", 1, 5, "PKC0##" },
    { "Zerex", "US", "CHEM", 1, 3, "ZX###" },
    { "Permatex", "US", "CHEM GSK", 1, 6, "#####" },
    { "Loctite", "DE", "CHEM", 2, 5, "######" },
    { "Wynn's", "BE", "CHEM", 1, 5, "#####" },
    { "STP", "US", "CHEM", 1, 6, "#####" },
    { "Lucas Oil", "US", "CHEM OIL", 1, 4, "#####" },
    { "WD-40", "US", "CHEM", 1, 5, "#####" },
    { "Abro", "US", "CHEM", 0, 5, "AA-###" },
    { "Bendix", "US", "BRK ROT HYD", 1, 7, "D####" },
    { "Ferodo", "GB", "BRK", 2, 5, "FDB####" },
    { "Jurid", "DE", "BRK", 2, 3, "57####" },
    { "ATE", "DE", "BRK HYD ROT", 2, 4, "13.####-####.2" },
    { "Akebono", "JP", "BRK", 2, 6, "ACT###" },
    { "Hawk Performance", "US", "BRK", 2, 2, "HB###A.###" },
    { "EBC Brakes", "GB", "BRK ROT", 2, 3, "DP####" },
    { "PowerStop", "US", "BRK ROT", 1, 3, "Z23-####" },
    { "Centric", "US", "BRK ROT HYD", 1, 4, "###.#####" },
    { "Cardone", "US", "ROTE HYD STR CV FUEL", 1, 6, "##-####" },
    { "Dorman", "US", "CHS BODY SEN COOL HYD MNT", 1, 7, "######" },
    { "Beck/Arnley", "US", "SEN BRK CHS MNT", 1, 3, "###-####" },
    { "Pagid", "DE", "BRK", 2, 3, "T####" },
    { "Textar", "DE", "BRK", 2, 3, "2####" },
    { "Mintex", "GB", "BRK", 1, 3, "MDB####" },
    { "Nisshinbo", "JP", "BRK", 2, 3, "NP####" },
    { "Lucas", "GB", "BRK HYD ROTE LAMP", 1, 4, "GDB####" },
    { "Delphi", "GB", "BRK SEN FUEL CHS IGN COIL", 2, 6, "LP####" },
    { "Zimmermann", "DE", "ROT", 2, 3, "###.####.##" },
    { "Remsa", "ES", "BRK", 1, 3, "####.##" },
    { "Kashiyama", "JP", "BRK", 1, 3, "D####" },
    { "Gabriel", "US", "SUS", 1, 8, "G#####" },
    { "Boge", "DE", "SUS MNT", 2, 4, "##-A##-A" },
    { "Bilstein", "DE", "SUS", 2, 4, "##-######" },
    { "Koni", "NL", "SUS", 2, 2, "####-####" },
    { "Rancho", "US", "SUS", 2, 3, "RS#####" },
    { "Cofap", "BR", "SUS", 1, 4, "GB#####" },
    { "Nakata", "BR", "SUS CHS", 1, 4, "HG#####" },
    { "Magneti Marelli", "IT", "SUS LAMP SEN FUEL EXH BODY", 1, 5, "#########" },
    { "Lemförder", "DE", "CHS", 2, 4, "## ### ##" },
    { "Febi Bilstein", "DE", "CHS COOL MNT BLT SEN", 1, 5, "#####" },
    { "Meyle", "DE", "CHS", 1, 3, "### ### ####" },
    { "Mevotech", "CA", "CHS", 1, 5, "MS#####" },
    { "Rare Parts", "US", "CHS", 1, 3, "#####" },
    { "Spicer", "US", "CV CHS", 2, 4, "#-####X" },
    { "Dana", "US", "CV", 2, 2, "##-####" },
    { "Wix", "US", "FIL", 1, 8, "5####" },
    { "Purolator", "US", "FIL", 1, 6, "L#####" },
    { "K&N", "US", "FIL", 2, 5, "33-####" },
    { "Baldwin", "US", "FIL", 1, 4, "B###" },
    { "Luber-finer", "US", "FIL", 1, 3, "LP####" },
    { "Hengst", "DE", "FIL", 2, 3, "H##W##" },
    { "Knecht", "DE", "FIL", 2, 2, "OX ###D" },
    { "Premium Guard", "US", "FIL", 0, 3, "PG####" },
    { "Tecfil", "BR", "FIL", 0, 3, "PSL###" },
    { "Champion Labs", "US", "FIL", 1, 2, "PH####" },
    { "Hastings", "US", "ENG", 1, 5, "2M####" },
    { "Fel-Pro", "US", "GSK", 2, 7, "HS #####" },
    { "Victor Reinz", "DE", "GSK", 2, 5, "61-#####-##" },
    { "Elring", "DE", "GSK", 2, 3, "###.###" },
    { "Ajusa", "ES", "GSK", 1, 3, "########" },
    { "Clevite", "US", "ENG", 2, 4, "MS-####P" },
    { "Sealed Power", "US", "ENG", 1, 5, "E-###X" },
    { "KS Kolbenschmidt", "DE", "ENG", 2, 3, "########" },
    { "Melling", "US", "ENG PMP", 1, 4, "M###" },
    { "Enginetech", "US", "ENG GSK", 0, 3, "AA###" },
    { "DNJ", "US", "ENG GSK", 0, 3, "EK####" },
    { "ITM", "US", "ENG", 0, 3, "#-####" },
    { "Cloyes", "US", "BLT ENG", 2, 3, "9-####S" },
    { "Aisin", "JP", "PMP CLU", 2, 5, "WPT-###" },
    { "GMB", "JP", "PMP CV BRG", 1, 5, "###-####" },
    { "Airtex", "US", "PMP FUEL", 1, 6, "AW####" },
    { "US Motor Works", "US", "PMP FUEL", 0, 3, "US####" },
    { "Saleri SIL", "IT", "PMP", 2, 2, "PA ###" },
    { "Graf", "IT", "PMP", 1, 2, "PA###" },
    { "Dolz", "ES", "PMP", 1, 2, "A###" },
    { "Hepu", "DE", "PMP", 1, 2, "P###" },
    { "SKF", "SE", "BRG BLT PMP CV", 2, 7, "VKBA ####" },
    { "ContiTech", "DE", "BLT", 2, 5, "CT####" },
    { "Goodyear", "US", "BLT COOL", 1, 4, "#####" },
    { "Bando", "JP", "BLT", 1, 4, "#PK####" },
    { "Mitsuboshi", "JP", "BLT", 1, 3, "#PK####" },
    { "Optibelt", "DE", "BLT", 1, 2, "#PK ####" },
    { "INA", "DE", "BLT BRG", 2, 4, "### #### ##" },
    { "Ruville", "DE", "BLT BRG", 1, 2, "5####" },
    { "Hutchinson", "FR", "BLT MNT", 1, 2, "### ## ###" },
    { "Anchor", "US", "MNT", 1, 6, "####" },
    { "Westar", "US", "MNT", 1, 4, "EM-####" },
    { "DEA", "US", "MNT", 1, 4, "A####" },
    { "Corteco", "DE", "GSK MNT", 1, 3, "########" },
    { "Pioneer", "US", "MNT", 0, 3, "6#####" },
    { "Vaico", "DE", "MNT CHS COOL SEN", 0, 2, "V##-####" },
    { "Sasic", "FR", "MNT CHS", 0, 2, "#######" },
    { "Autolite", "US", "IGN", 1, 7, "AP####" },
    { "Beru", "DE", "IGN COIL", 2, 3, "Z###" },
    { "Standard", "US", "COIL SEN FUEL LAMP", 1, 6, "UF-###" },
    { "Accel", "US", "IGN COIL", 2, 2, "#####" },
    { "MSD", "US", "COIL", 2, 2, "####" },
    { "Prestolite", "US", "IGN ROTE", 1, 3, "##-###" },
    { "Bougicord", "FR", "COIL", 1, 2, "####" },
    { "Hitachi", "JP", "COIL SEN FUEL", 2, 3, "AAA-###" },
    { "Mitsubishi Electric", "JP", "ROTE", 2, 2, "A#TA####" },
    { "Wells", "US", "SEN COIL", 1, 3, "SU####" },
    { "Blue Streak", "US", "COIL SEN", 1, 2, "UF###" },
    { "Intermotor", "GB", "SEN COIL", 1, 2, "#####" },
    { "NTK", "JP", "SEN", 2, 5, "OZA###-AA#" },
    { "Facet", "IT", "SEN", 1, 2, "#.####" },
    { "Hella", "DE", "LAMP SEN BODY", 2, 5, "#AA ### ###-###" },
    { "Metzger", "DE", "SEN", 1, 2, "#######" },
    { "Walker Products", "US", "SEN FUEL", 1, 3, "###-####" },
    { "Continental", "DE", "SEN FUEL BLT", 2, 3, "A2C########" },
    { "Siemens VDO", "DE", "FUEL SEN", 2, 2, "A2C########" },
    { "Keihin", "JP", "FUEL", 2, 2, "KX-####" },
    { "Mikuni", "JP", "FUEL", 1, 2, "###-####" },
    { "Carter", "US", "FUEL", 1, 4, "P#####" },
    { "Walbro", "US", "FUEL", 1, 3, "GSS###" },
    { "Spectra Premium", "CA", "FUEL COOL", 1, 5, "SP####M" },
    { "Nissens", "DK", "COOL", 2, 3, "#####" },
    { "Behr", "DE", "COOL", 2, 3, "8MK ### ###-###" },
    { "TYC", "TW", "COOL BODY", 1, 6, "#-####" },
    { "Koyorad", "JP", "COOL", 1, 2, "A#####" },
    { "CSF", "US", "COOL", 1, 2, "####" },
    { "Stant", "US", "COOL", 1, 4, "#####" },
    { "Motorad", "CA", "COOL", 1, 4, "###-###" },
    { "Wahler", "DE", "COOL", 2, 2, "####.##D" },
    { "Four Seasons", "US", "COOL", 1, 4, "#####" },
    { "Hayden", "US", "COOL", 1, 2, "####" },
    { "Delco Remy", "US", "ROTE", 2, 4, "#####" },
    { "Unipoint", "CA", "ROTE", 0, 3, "ALT-####" },
    { "WAI", "US", "ROTE", 0, 3, "#####N" },
    { "Letrika", "SI", "ROTE", 1, 2, "AAB####" },
    { "Iskra", "SI", "ROTE", 1, 2, "IA####" },
    { "Interstate", "US", "BAT", 1, 3, "MTP-##" },
    { "Optima", "US", "BAT", 2, 3, "8###-###" },
    { "Varta", "DE", "BAT", 2, 2, "### ### ###" },
    { "Willard", "CO", "BAT", 1, 3, "##-###" },
    { "Yuasa", "JP", "BAT", 2, 2, "YBX####" },
    { "Philips", "NL", "LAMP", 2, 6, "#####AA" },
    { "Osram", "DE", "LAMP", 2, 6, "64###" },
    { "GE Lighting", "US", "LAMP", 1, 3, "#####" },
    { "Sylvania", "US", "LAMP", 1, 5, "####AA" },
    { "Narva", "DE", "LAMP", 1, 2, "48###" },
    { "Tungsram", "HU", "LAMP", 1, 2, "#####" },
    { "Trico", "US", "WIP", 1, 6, "##-###" },
    { "Anco", "US", "WIP", 1, 3, "##-##" },
    { "Rain-X", "US", "WIP CHEM", 1, 4, "#######" },
    { "PIAA", "JP", "WIP LAMP", 2, 2, "9####" },
    { "Michelin", "FR", "WIP", 2, 3, "#####" },
    { "Exedy", "JP", "CLU", 2, 5, "AAK####" },
    { "Daikin", "JP", "CLU", 1, 3, "DK-####" },
    { "Schaeffler", "DE", "CLU BRG", 2, 2, "### #### ##" },
    { "ZF", "DE", "CLU STR CHS", 2, 3, "#### ### ###" },
    { "GKN", "GB", "CV", 2, 3, "######" },
    { "Löbro", "DE", "CV", 2, 2, "######" },
    { "GSP", "CN", "CV", 0, 4, "NCV#####" },
    { "Empi", "US", "CV", 0, 3, "##-####" },
    { "Trakmotive", "US", "CV", 0, 3, "AA-####" },
    { "Maval", "US", "STR", 1, 2, "####M" },
    { "Lizarte", "ES", "STR", 1, 2, "##.##.####" },
    { "Atsco", "US", "STR", 1, 2, "####" },
    { "Edelmann", "US", "STR", 1, 2, "#####" },
    { "Sunsong", "US", "STR HYD", 0, 2, "#######" },
    { "Magnaflow", "US", "EXH", 2, 4, "#####" },
    { "Flowmaster", "US", "EXH", 2, 3, "8####" },
    { "Bosal", "BE", "EXH", 1, 3, "###-###" },
    { "AP Exhaust", "US", "EXH", 1, 3, "#####" },
    { "Eastern Catalytic", "US", "EXH", 1, 2, "#####" },
    { "Ansa", "IT", "EXH", 1, 2, "####" },
    { "Borla", "US", "EXH", 2, 2, "######" },
    { "Timken", "US", "BRG", 2, 6, "SET##" },
    { "NTN", "JP", "BRG", 2, 4, "####LLU" },
    { "NSK", "JP", "BRG", 2, 4, "##BWD##" },
    { "Koyo", "JP", "BRG", 2, 4, "DAC####" },
    { "FAG", "DE", "BRG", 2, 3, "### #### ##" },
    { "National", "US", "BRG", 1, 4, "#####" },
    { "BCA", "US", "BRG", 1, 4, "WE#####" },
    { "SNR", "FR", "BRG", 1, 2, "R###.##" },
    { "Optimal", "DE", "BRG CHS", 1, 2, "###-####" },
    { "Depo", "TW", "BODY", 0, 6, "###-####-AAX" },
    { "Eagle Eyes", "TW", "BODY", 0, 4, "AA###-A#AA" },
    { "Tong Yang", "TW", "BODY", 0, 3, "##-###-##" },
    { "Kool Vue", "US", "BODY", 0, 3, "AA###A" },
    { "Mopar", "US", "BRK FIL SEN COOL OIL IGN CHS", 1, 5, "########AA" },
    { "Mobis", "KR", "BRK FIL SEN CHS", 1, 3, "#####-#X###" },
    { "Japan Parts", "IT", "BRK FIL CHS SEN", 0, 2, "AA-###" },
    { "Ashika", "IT", "BRK FIL CHS", 0, 2, "##-##-###" },
    { "Blue Print", "GB", "BRK FIL CHS COOL", 1, 2, "ADN1####" },
    { "Herth+Buss", "DE", "SEN LAMP FIL", 1, 2, "J########" },
    { "Topran", "DE", "CHS COOL", 0, 2, "### ###" },
    { "Swag", "DE", "CHS MNT", 0, 2, "## ## ####" },
    { "Maxgear", "PL", "CHS SEN BRK", 0, 2, "##-####" },
    { "Ridex", "DE", "CHS BRK FIL", 0, 2, "###A####" },
    { "Stark", "DE", "CHS BRK FIL", 0, 2, "SKAA-#######" },
};

// GS1 prefixes (first three digits of an EAN-13) by the brand's country.
const std::map<std::string_view, std::uint64_t> kGs1Prefix = {
    { "MX", 750 },
    { "US", 70 },
    { "CA", 754 },
    { "DE", 400 },
    { "JP", 490 },
    { "IT", 800 },
    { "FR", 300 },
    { "ES", 840 },
    { "GB", 500 },
    { "NL", 871 },
    { "BE", 540 },
    { "SE", 730 },
    { "DK", 570 },
    { "BR", 789 },
    { "CO", 770 },
    { "KR", 880 },
    { "TW", 471 },
    { "CN", 690 },
    { "PL", 590 },
    { "HU", 599 },
    { "SI", 383 },
};

constexpr const char *kGenericPatterns[] = { "A####", "AA-####", "#####", "###-####", "AA####A", "X###-##" };
constexpr std::string_view kLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
constexpr std::string_view kAlnum = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

std::string skuPrefixFor(std::string_view name)
{
    std::string prefix;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) != 0 && u < 0x80)
            prefix.push_back(static_cast<char>(std::toupper(u)));
        if (prefix.size() == 3)
            break;
    }
    while (prefix.size() < 3)
        prefix.push_back('X');
    return prefix;
}

} // namespace

const BrandTable &BrandTable::instance()
{
    static const BrandTable table;
    return table;
}

BrandTable::BrandTable()
{
    int id = 1;
    for (const RawBrand &raw : kBrands) {
        Brand brand { id, raw.name, raw.country, skuPrefixFor(raw.name), kGs1Prefix.at(raw.country),
            raw.pattern != nullptr ? raw.pattern
                                   : kGenericPatterns[static_cast<std::size_t>(id) % std::size(kGenericPatterns)],
            raw.tier, raw.popularity, std::string(" ") + raw.tags + " " };
        m_brands.push_back(std::move(brand));
        ++id;
    }
    // One index per product line, brands weighted by popularity (squared: the big names dominate the shelf).
    std::map<std::string, TagIndex> byTag;
    for (const Brand &brand : m_brands) {
        std::string_view tags(brand.tags);
        std::size_t start = 0;
        while (start < tags.size()) {
            const std::size_t end = tags.find(' ', start);
            if (end > start) {
                const std::string tag(tags.substr(start, end - start));
                TagIndex &index = byTag[tag];
                index.tag = tag;
                index.brandIds.push_back(brand.id);
                index.weights.add(static_cast<std::uint32_t>(brand.popularity * brand.popularity));
            }
            start = end + 1;
        }
    }
    for (auto &[tag, index] : byTag)
        m_byTag.push_back(std::move(index));
}

const std::vector<int> &BrandTable::brandsFor(const std::string &tag) const
{
    static const std::vector<int> none;
    for (const TagIndex &index : m_byTag)
        if (index.tag == tag)
            return index.brandIds;
    return none;
}

int BrandTable::pickBrand(const std::string &tag, Rng &rng) const
{
    for (const TagIndex &index : m_byTag)
        if (index.tag == tag)
            return index.brandIds[index.weights.pick(rng)];
    return 1;
}

void BrandTable::appendPartNumber(std::string &out, const char *pattern, Rng &rng)
{
    for (const char *p = pattern; *p != '\0'; ++p) {
        switch (*p) {
        case '#':
            out.push_back(static_cast<char>('0' + rng.below(10)));
            break;
        case 'A':
            out.push_back(kLetters[rng.index(kLetters.size())]);
            break;
        case 'X':
            out.push_back(kAlnum[rng.index(kAlnum.size())]);
            break;
        default:
            out.push_back(*p);
        }
    }
}

void BrandTable::appendNormalized(std::string &out, const std::string &code)
{
    for (const char c : code) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && std::isalnum(u) != 0)
            out.push_back(static_cast<char>(std::toupper(u)));
    }
}

} // namespace nexus::demo
