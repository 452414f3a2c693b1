// tenant.db people and places: three branches (one in the border region), staff for every role with PBKDF2 hashes
// on seed-derived salts, customers with valid RFCs and VINs, and stock for the best sellers.
#include "demo/tenantwriter.h"

#include "auth/passwordhasher.h"
#include "demo/bulkstatement.h"
#include "demo/demoids.h"
#include "demo/mexicannames.h"
#include "demo/partgenerator.h"
#include "demo/rfcbuilder.h"
#include "demo/vehicletable.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace nexus::demo {

namespace {

struct BranchSpec
{
    const char *code;
    const char *name;
    const char *postalCode;
    const char *address;
    const char *phone;
    bool border;
    int utcOffsetMinutes;
    bool usDst;
    int baseDailySales;
    std::int64_t stockBudget; // best sellers stocked at the full catalogue size…
    int stockPercent; // …or this share of a small catalogue
    const char *city;
    const char *platePrefixes; // first letter of the state's private-car plates
    std::array<const char *, 18> postalCodes;
    std::uint32_t customerShare;
};

// The Matriz comes first: the demo stack enrolls its client into the first branch.
constexpr BranchSpec kBranches[] = {
    { "GDL", "Matriz Guadalajara", "44500", "Av. Lázaro Cárdenas 2450, Col. Del Fresno, Guadalajara, Jal.",
        "33 3811 4520", false, -360, false, 110, 60'000, 60, "GUADALAJARA", "JH",
        { "44100", "44130", "44160", "44200", "44220", "44260", "44300", "44340", "44460", "44500", "44520", "44600",
            "44630", "44650", "44700", "44820", "44900", "44940" },
        45 },
    { "ZAP", "Sucursal Zapopan", "45040", "Av. Vallarta 5310, Col. Camino Real, Zapopan, Jal.", "33 3629 1180", false,
        -360, false, 80, 50'000, 50, "ZAPOPAN", "JH",
        { "45010", "45030", "45040", "45050", "45070", "45079", "45110", "45116", "45130", "45150", "45160", "45180",
            "45190", "45200", "45220", "45235", "45500", "45580" },
        30 },
    { "TIJ", "Sucursal Tijuana", "22106", "Blvd. Gustavo Díaz Ordaz 12650, Col. Las Palmas, Tijuana, B.C.",
        "664 621 3390", true, -480, true, 90, 45'000, 45, "TIJUANA", "AB",
        { "22000", "22010", "22015", "22040", "22100", "22105", "22106", "22110", "22115", "22120", "22150", "22170",
            "22180", "22200", "22205", "22210", "22226", "22245" },
        25 },
};

constexpr const char *kCompanyName = "REFACCIONARIA NEXUS DEL OCCIDENTE";
constexpr const char *kPlateLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
constexpr std::array kColors { "Blanco", "Gris", "Plata", "Negro", "Rojo", "Azul", "Arena", "Vino", "Verde", "Dorado" };
constexpr std::array kMailDomains { "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx" };
constexpr int kCustomerCount = 400;

QDate randomDate(Rng &rng, const QDate &from, const QDate &to)
{
    return from.addDays(static_cast<qint64>(rng.below(static_cast<std::uint64_t>(from.daysTo(to) + 1))));
}

QString digits(Rng &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + static_cast<char16_t>(rng.below(10)));
    return out;
}

QString asciiSlug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c;
        else if (c == QChar(0x00F1))
            out += QLatin1Char('n');
    }
    return out;
}

QString plates(Rng &rng, const char *statePrefixes)
{
    const std::string_view letters(kPlateLetters);
    const std::string_view prefixes(statePrefixes);
    QString out;
    out += QLatin1Char(prefixes[rng.index(prefixes.size())]);
    out += QLatin1Char(letters[rng.index(letters.size())]);
    out += QLatin1Char(letters[rng.index(letters.size())]);
    out += QLatin1Char('-') + digits(rng, 3) + QLatin1Char('-');
    out += QLatin1Char(letters[rng.index(letters.size())]);
    return out;
}

QByteArray saltFor(std::uint64_t seed, int userIndex, bool pin)
{
    Rng rng = Rng::stream(seed, streamDomain("salt"), static_cast<std::uint64_t>(userIndex * 2 + (pin ? 1 : 0)));
    QByteArray salt(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const std::uint64_t word = rng.next();
        for (int b = 0; b < 8; ++b)
            salt[i + b] = static_cast<char>((word >> (8 * b)) & 0xFF);
    }
    return salt;
}

} // namespace

Status TenantWriter::write(sqlite3 *db, TenantStats &stats)
{
    if (Status status = writeBranches(db, stats); !status)
        return status;
    planUsers();
    if (Status status = writeCustomers(db, stats); !status)
        return status;
    if (Status status = writeStock(db, stats); !status)
        return status;
    BulkStatement meta(db, "INSERT INTO tenant_meta (key, value) VALUES (?, ?)");
    const std::string seed = std::to_string(m_options.seed);
    const std::string parts = std::to_string(m_options.parts);
    const std::pair<std::string_view, std::string_view> rows[] = {
        { "generator", "nexus-admin demo-data" },
        { "seed", seed },
        { "part_count", parts },
        { "as_of", "2026-11-24" },
        { "generated_at", kGeneratedAt },
    };
    for (const auto &[key, value] : rows)
        if (!meta.bind(1, key).bind(2, value).run())
            return std::unexpected(meta.error());
    return {};
}

Status TenantWriter::writeBranches(sqlite3 *db, TenantStats &stats)
{
    Rng rng = Rng::stream(m_options.seed, streamDomain("branches"));
    const std::int64_t opened = utcMs(QDate(2024, 1, 8), 15);
    const QString companyRfc = rfcForBusiness(QString::fromLatin1(kCompanyName), QDate(2009, 3, 12), rng);
    BulkStatement branch(db,
        "INSERT INTO branches (id, code, name, rfc, fiscal_name, fiscal_regime, postal_code, "
        "border_region, address, phone) VALUES (?, ?, ?, ?, ?, '601', ?, ?, ?, ?)");
    BulkStatement warehouse(db, "INSERT INTO warehouses (id, branch_id, code, name) VALUES (?, ?, ?, ?)");
    for (const BranchSpec &spec : kBranches) {
        DemoBranch b;
        b.id = uuidV7(opened, rng);
        b.code = QString::fromLatin1(spec.code);
        b.name = QString::fromUtf8(spec.name);
        b.borderRegion = spec.border;
        b.utcOffsetMinutes = spec.utcOffsetMinutes;
        b.usDaylightSaving = spec.usDst;
        b.baseDailySales = spec.baseDailySales;
        const std::int64_t partCount = m_parts.partCount();
        b.stockedParts = std::min(spec.stockBudget, partCount * spec.stockPercent / 100);
        b.counterParts = std::min<std::int64_t>(b.stockedParts, std::max<std::int64_t>(1, b.stockedParts / 10));
        b.counterWarehouseId = uuidV7(opened + 1, rng);
        b.storeWarehouseId = uuidV7(opened + 2, rng);
        for (int d = 0; d < 2; ++d)
            b.deviceIds.push_back(uuidV7(opened + 3 + d, rng));
        branch.bind(1, b.id).bind(2, b.code).bind(3, b.name).bind(4, companyRfc);
        branch.bind(5, QString::fromLatin1(kCompanyName)).bind(6, std::string_view(spec.postalCode));
        branch.bind(7, std::int64_t(spec.border ? 1 : 0)).bind(8, QString::fromUtf8(spec.address));
        if (!branch.bind(9, std::string_view(spec.phone)).run())
            return std::unexpected(branch.error());
        warehouse.bind(1, b.counterWarehouseId).bind(2, b.id).bind(3, std::string_view("MOS"));
        if (!warehouse.bind(4, std::string_view("Mostrador")).run())
            return std::unexpected(warehouse.error());
        warehouse.bind(1, b.storeWarehouseId).bind(2, b.id).bind(3, std::string_view("BOD"));
        if (!warehouse.bind(4, std::string_view("Bodega")).run())
            return std::unexpected(warehouse.error());
        ++stats.branches;
        stats.warehouses += 2;
        m_branches.push_back(std::move(b));
    }
    return {};
}

void TenantWriter::planUsers()
{
    Rng rng = Rng::stream(m_options.seed, streamDomain("users"));
    m_staff.push_back({ QString(), QStringLiteral("admin"), QStringLiteral("Administrador del sistema"),
        QStringLiteral("admin"), -1 });
    for (int i = 1; i <= 2; ++i)
        m_staff.push_back({ QString(), QStringLiteral("hq%1").arg(i),
            randomPerson(rng).display() + QStringLiteral(" (Corporativo)"), QStringLiteral("hq"), -1 });
    int cashier = 0;
    int mechanic = 0;
    for (int b = 0; b < static_cast<int>(m_branches.size()); ++b) {
        const QString code = m_branches[static_cast<std::size_t>(b)].code.toLower();
        m_staff.push_back({ QString(), QStringLiteral("gerente.") + code, randomPerson(rng).display(),
            QStringLiteral("manager"), b });
        for (int i = 0; i < 2; ++i)
            m_staff.push_back({ QString(), QStringLiteral("cajero%1").arg(++cashier), randomPerson(rng).display(),
                QStringLiteral("cashier"), b });
        for (int i = 0; i < 2; ++i)
            m_staff.push_back({ QString(), QStringLiteral("mecanico%1").arg(++mechanic), randomPerson(rng).display(),
                QStringLiteral("mechanic"), b });
    }
    const std::int64_t hired = utcMs(QDate(2024, 1, 8), 16);
    for (int i = 0; i < static_cast<int>(m_staff.size()); ++i) {
        StaffMember &s = m_staff[static_cast<std::size_t>(i)];
        s.id = uuidV7(hired + i, rng);
        m_credentials.append({ s.username, s.displayName, s.role,
            s.branch < 0 ? QString() : m_branches[static_cast<std::size_t>(s.branch)].code });
        if (s.branch >= 0) {
            DemoBranch &b = m_branches[static_cast<std::size_t>(s.branch)];
            if (s.role == QLatin1String("cashier"))
                b.cashierIds.push_back(s.id);
            else if (s.role == QLatin1String("manager"))
                b.managerId = s.id;
        }
    }
    // Two batches in the background: the hashes depend only on the seed-derived salts.
    const int count = static_cast<int>(m_staff.size());
    const std::uint64_t seed = m_options.seed;
    for (const auto &[from, to] : { std::pair { 0, count / 2 }, std::pair { count / 2, count } })
        m_hashes.push_back(std::async(std::launch::async, [seed, from = from, to = to] {
            std::vector<QString> hashes;
            for (int i = from; i < to; ++i) {
                hashes.push_back(
                    PasswordHasher::hashWithSalt(QString::fromLatin1(kDemoPassword), saltFor(seed, i, false)));
                hashes.push_back(PasswordHasher::hashWithSalt(QString::fromLatin1(kDemoPin), saltFor(seed, i, true)));
            }
            return hashes;
        }));
}

Status TenantWriter::finish(sqlite3 *db, TenantStats &stats)
{
    std::vector<QString> hashes;
    for (std::future<std::vector<QString>> &batch : m_hashes) {
        std::vector<QString> part = batch.get();
        hashes.insert(hashes.end(), part.begin(), part.end());
    }
    m_hashes.clear();
    BulkStatement user(db,
        "INSERT INTO users (id, username, display_name, role, branch_id, password_hash, pin_hash, "
        "active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)");
    for (std::size_t i = 0; i < m_staff.size(); ++i) {
        const StaffMember &s = m_staff[i];
        user.bind(1, s.id).bind(2, s.username).bind(3, s.displayName).bind(4, s.role);
        if (s.branch < 0)
            user.bindNull(5);
        else
            user.bind(5, m_branches[static_cast<std::size_t>(s.branch)].id);
        if (!user.bind(6, hashes[2 * i]).bind(7, hashes[2 * i + 1]).bind(8, std::string_view(kGeneratedAt)).run())
            return std::unexpected(user.error());
        ++stats.users;
    }
    return {};
}

Status TenantWriter::writeCustomers(sqlite3 *db, TenantStats &stats)
{
    BulkStatement customer(db,
        "INSERT INTO customers (id, name, rfc, fiscal_regime, postal_code, cfdi_use, phone, "
        "email, price_list, credit_limit_cents, credit_days, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement vehicle(db,
        "INSERT INTO customer_vehicles (id, customer_id, vin, plates, make, model, year, engine, "
        "color, mileage_km) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    WeightedTable branchShare;
    for (const BranchSpec &spec : kBranches)
        branchShare.add(spec.customerShare);
    const VehicleTable &vehicles = VehicleTable::instance();
    const QDate windowStart = asOfDate().addDays(-364);
    for (int i = 0; i < kCustomerCount; ++i) {
        Rng rng = Rng::stream(m_options.seed, streamDomain("customers"), static_cast<std::uint64_t>(i));
        const std::size_t home = branchShare.pick(rng);
        const BranchSpec &spec = kBranches[home];
        const QDate created = randomDate(rng, QDate(2018, 1, 2), windowStart.addDays(-1));
        DemoCustomer c;
        c.id = uuidV7(utcMs(created, 17, static_cast<int>(rng.below(60))), rng);
        QString name;
        QString rfc;
        QString regime;
        QString use = QStringLiteral("G03");
        QString email;
        std::int64_t creditLimit = 0;
        std::int64_t creditDays = 0;
        c.priceList = QStringLiteral("publico");
        int vehicleCount = 0;
        const bool moral = rng.chance(300);
        if (!moral) {
            const PersonName person = randomPerson(rng);
            name = person.full();
            rfc = rfcForPerson(person, randomDate(rng, QDate(1952, 1, 1), QDate(2004, 12, 31)), rng);
            const std::uint64_t r = rng.below(100);
            regime = QString::fromLatin1(r < 35 ? "612" : r < 65 ? "626" : r < 85 ? "605" : "616");
            if (regime == QLatin1String("616") || (regime == QLatin1String("605") && rng.chance(500)))
                use = QStringLiteral("S01");
            if (regime == QLatin1String("612") && rng.chance(200)) {
                c.priceList = QStringLiteral("taller"); // a mechanic working on his own
                c.weight = 6;
            }
            email = asciiSlug(person.given.section(QLatin1Char(' '), 0, 0)) + QLatin1Char('.')
                + asciiSlug(person.paternal) + digits(rng, 2) + QLatin1Char('@')
                + QString::fromLatin1(kMailDomains[rng.index(kMailDomains.size())]);
            const std::uint64_t v = rng.below(100);
            vehicleCount = v < 10 ? 0 : v < 70 ? 1 : v < 92 ? 2 : 3;
        } else {
            const BusinessName business = randomBusiness(rng, QString::fromLatin1(spec.city));
            name = business.name;
            rfc = rfcForBusiness(name, randomDate(rng, QDate(1986, 1, 1), QDate(2023, 12, 31)), rng);
            const std::uint64_t r = rng.below(100);
            // 603 (fines no lucrativos) only for the odd association, never for a workshop or a store.
            regime = QString::fromLatin1(r < 88                        ? "601"
                    : (r < 97 || business.kind != BusinessKind::Other) ? "626"
                                                                       : "603");
            creditDays = rng.chance(500) ? 30 : 15;
            switch (business.kind) {
            case BusinessKind::Workshop:
                c.priceList = QStringLiteral("taller");
                use = QStringLiteral("G01");
                creditLimit = rng.between(150, 600) * 10'000;
                c.weight = 10;
                vehicleCount = static_cast<int>(rng.below(2));
                break;
            case BusinessKind::PartsStore:
                c.priceList = QStringLiteral("mayoreo");
                use = QStringLiteral("G01");
                creditLimit = rng.between(500, 2500) * 10'000;
                c.weight = 8;
                vehicleCount = static_cast<int>(rng.between(1, 2));
                break;
            case BusinessKind::Transport:
                creditLimit = rng.between(300, 1500) * 10'000;
                c.weight = 6;
                vehicleCount = static_cast<int>(rng.between(3, 8));
                break;
            case BusinessKind::Other:
                creditLimit = rng.chance(500) ? rng.between(200, 800) * 10'000 : 0;
                creditDays = creditLimit > 0 ? creditDays : 0;
                c.weight = 3;
                vehicleCount = static_cast<int>(rng.between(1, 3));
                break;
            }
            const QStringList words = name.split(QLatin1Char(' '));
            email = QStringLiteral("facturacion@") + asciiSlug(words.value(0)) + asciiSlug(words.last())
                + QStringLiteral(".com.mx");
        }
        c.onCredit = creditDays > 0;
        const QString phone = spec.border ? QStringLiteral("664 ") + digits(rng, 3) + QLatin1Char(' ') + digits(rng, 4)
                                          : QStringLiteral("33 ") + digits(rng, 4) + QLatin1Char(' ') + digits(rng, 4);
        customer.bind(1, c.id).bind(2, name).bind(3, rfc).bind(4, regime);
        customer.bind(5, std::string_view(spec.postalCodes[rng.index(spec.postalCodes.size())])).bind(6, use);
        customer.bind(7, phone).bind(8, email).bind(9, c.priceList).bind(10, creditLimit).bind(11, creditDays);
        if (!customer.bind(12, isoUtc(utcMs(created, 17))).run())
            return std::unexpected(customer.error());
        ++stats.customers;

        for (int v = 0; v < vehicleCount; ++v) {
            const int g = static_cast<int>(vehicles.pickGeneration(rng));
            const VehicleGeneration &generation = vehicles.generations()[static_cast<std::size_t>(g)];
            const int year = static_cast<int>(rng.between(generation.firstYear, generation.lastYear));
            const int engine = static_cast<int>(rng.index(generation.engines.size()));
            const std::string vin = vehicles.makeVin(g, year, engine, rng);
            const std::int64_t age = std::max(1, kAsOfYear - year + 1);
            const std::int64_t mileage = age * rng.between(11'000, 24'000) + rng.between(0, 999);
            vehicle.bind(1, uuidV7(utcMs(created, 18, v), rng)).bind(2, c.id).bind(3, std::string_view(vin));
            vehicle.bind(4, plates(rng, spec.platePrefixes)).bind(5, std::string_view(generation.make));
            vehicle.bind(6, std::string_view(generation.model)).bind(7, std::int64_t(year));
            vehicle.bind(8, std::string_view(generation.engines[static_cast<std::size_t>(engine)]));
            vehicle.bind(9, std::string_view(kColors[rng.index(kColors.size())]));
            if (!vehicle.bind(10, mileage).run())
                return std::unexpected(vehicle.error());
            ++stats.customerVehicles;
        }
        m_branches[home].customers.push_back(std::move(c));
    }
    return {};
}

Status TenantWriter::writeStock(sqlite3 *db, TenantStats &stats)
{
    // (part_id, warehouse_id) is the key: build the rows, sort, append in key order.
    struct Row
    {
        DemoStockRow stock;
        std::int64_t minimum;
        std::int64_t maximum;
    };
    auto warehouseOf = [this](const DemoStockRow &row) -> const QString & {
        const DemoBranch &b = m_branches[static_cast<std::size_t>(row.branch)];
        return row.counter ? b.counterWarehouseId : b.storeWarehouseId;
    };
    std::vector<Row> rows;
    DemoPart part;
    for (std::size_t b = 0; b < m_branches.size(); ++b) {
        const DemoBranch &branch = m_branches[b];
        const int bi = static_cast<int>(b);
        Rng rng = Rng::stream(m_options.seed, streamDomain("stock"), b);
        for (std::int64_t rank = 0; rank < branch.stockedParts; ++rank) {
            m_parts.generatePricing(m_parts.indexAtRank(rank), part);
            const bool bulk = std::string_view(part.category->satUnitKey) == "LTR";
            // Monthly demand falls with the sales rank; the Bodega keeps about a month and a half of it.
            const std::int64_t demand = std::max<std::int64_t>(1, 60 / (1 + rank / 150));
            if (bulk) {
                rows.push_back({ { part.id, bi, false, rng.between(60, 208) * 1000 }, 50'000, 208'000 });
            } else {
                const std::int64_t maximum = std::max<std::int64_t>(3, demand * 2);
                const std::int64_t quantity
                    = rng.chance(40) ? 0 : rng.between(1, std::max<std::int64_t>(2, demand * 3 / 2));
                rows.push_back({ { part.id, bi, false, quantity * 1000 }, std::max<std::int64_t>(1, demand / 4) * 1000,
                    maximum * 1000 });
            }
            if (rank < branch.counterParts) {
                if (bulk)
                    rows.push_back({ { part.id, bi, true, rng.between(5, 20) * 1000 }, 5000, 20'000 });
                else
                    rows.push_back({ { part.id, bi, true, rng.between(0, 6) * 1000 }, 1000, 6000 });
            }
        }
    }
    std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        return std::tie(a.stock.partId, warehouseOf(a.stock)) < std::tie(b.stock.partId, warehouseOf(b.stock));
    });
    BulkStatement stock(db,
        "INSERT INTO stock_levels (part_id, warehouse_id, quantity, min_quantity, max_quantity) "
        "VALUES (?, ?, ?, ?, ?)");
    m_stock.reserve(rows.size());
    for (const Row &row : rows) {
        m_stock.push_back(row.stock);
        stock.bind(1, row.stock.partId).bind(2, warehouseOf(row.stock)).bind(3, row.stock.quantity);
        if (!stock.bind(4, row.minimum).bind(5, row.maximum).run())
            return std::unexpected(stock.error());
        ++stats.stockLevels;
    }
    return {};
}

} // namespace nexus::demo
