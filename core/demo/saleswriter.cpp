// A year of counter sales: volume by weekday/season/holiday, tickets over the opening hours, best sellers drawn
// far more often than the long tail, IVA per line through nexus::lineAmounts and totals as sums of the lines.
#include "demo/saleswriter.h"

#include "common/money.h"
#include "common/quantity.h"
#include "common/tax.h"
#include "demo/branchclock.h"
#include "demo/bulkstatement.h"
#include "demo/demoids.h"
#include "demo/partgenerator.h"
#include "demo/stockledger.h"
#include "sales/tender.h"

#include <algorithm>
#include <array>

namespace nexus::demo {

namespace {

// Monday … Sunday, percent of the branch's base volume (Sunday: half a day).
constexpr std::array<std::int64_t, 7> kWeekday { 110, 100, 100, 105, 115, 125, 45 };
// January … December: maintenance after the holidays, Semana Santa and summer trips, a quiet December.
constexpr std::array<std::int64_t, 12> kMonth { 104, 98, 102, 106, 100, 98, 106, 102, 95, 100, 104, 86 };
// Tickets by hour of the day (the counter's two rush hours), 8:00–19:59.
constexpr std::array<std::uint32_t, 12> kHourWeights { 5, 8, 11, 12, 11, 8, 6, 7, 9, 10, 8, 5 };
constexpr std::int64_t kMayoreoPpm = 120'000; // price_lists.discount_ppm as the catalogue defines them
constexpr std::int64_t kTallerPpm = 80'000;
constexpr std::int64_t kSpecialPriceRanks = 500; // price_list_items of 'mayoreo' (see CatalogWriter)

// Sales rank bands, as parts per million of the stocked parts, and the share of lines each band gets: the top
// 0.1 % of the assortment makes 5 % of the lines, the top 5 % makes 45 %, the long tail a quarter.
constexpr std::array<std::int64_t, 5> kRankBandPpm { 1'000, 10'000, 50'000, 200'000, 1'000'000 };
constexpr std::array<std::uint32_t, 5> kRankBandShare { 5, 15, 25, 30, 25 };

std::int64_t drawRank(std::int64_t stocked, const WeightedTable &bands, Rng &rng)
{
    const std::size_t band = bands.pick(rng);
    const std::int64_t lo = band == 0 ? 0 : stocked * kRankBandPpm[band - 1] / 1'000'000;
    const std::int64_t hi = std::max(lo + 1, stocked * kRankBandPpm[band] / 1'000'000);
    return std::min(stocked - 1, lo + static_cast<std::int64_t>(rng.below(static_cast<std::uint64_t>(hi - lo))));
}

// Percent of a normal day the store sells on this date; 0 when closed.
std::int64_t holidayPercent(const QDate &date)
{
    const int m = date.month();
    const int d = date.day();
    if ((m == 1 && d == 1) || (m == 12 && d == 25))
        return 0;
    if ((m == 5 && d == 1) || (m == 9 && d == 16) || (m == 11 && d == 2) || (m == 12 && d == 12))
        return 55;
    if (m == 12 && (d == 24 || d == 31))
        return 60;
    return 100;
}

struct Ticket
{
    int secondOfDay;
    int customer; // index into the branch's customers, -1: walk-in
};

std::int64_t quantityFor(const DemoPart &part, Rng &rng)
{
    const PartCategory &category = *part.category;
    const std::string &c = category.name;
    if (std::string_view(category.satUnitKey) == "LTR")
        return rng.between(7, 12) * 500; // 3.5–6 L of bulk oil
    if (c == "Bujías")
        return rng.chance(750) ? 4000 : rng.chance(500) ? 6000 : 1000;
    if (c == "Aceites de motor") // litre bottles go by four or five, jugs one at a time
        return part.sizeIndex <= 1 && rng.chance(700) ? (rng.chance(600) ? 4000 : 5000) : 1000;
    if (c == "Amortiguadores" || c == "Focos" || c == "Plumas limpiaparabrisas")
        return rng.chance(600) ? 2000 : 1000;
    if (c == "Bobinas de encendido" || c == "Inyectores")
        return rng.chance(300) ? 4000 : 1000;
    const std::uint64_t r = rng.below(100);
    return r < 88 ? 1000 : r < 98 ? 2000 : 3000;
}

// Cash bills a customer hands over for `owed` centavos: the exact amount, or the next 50/100/500 pesos.
std::int64_t cashTendered(std::int64_t owed, Rng &rng)
{
    const std::uint64_t r = rng.below(100);
    const std::int64_t step = r < 30 ? 1 : r < 65 ? 5'000 : owed > 100'000 ? 50'000 : 10'000;
    return (owed + step - 1) / step * step;
}

// MXN per USD × 10^6 on a day of the window: around 17.60, drifting within ±0.60.
std::int64_t exchangeRatePpm(std::int64_t dayIndex)
{
    return 17'600'000 + ((dayIndex * 37) % 121 - 60) * 10'000;
}

struct CashSession
{
    QString id;
    std::int64_t openedAtMs = 0;
    std::int64_t closedAtMs = 0;
    QString openedBy;
    QString closedBy;
    std::int64_t openingFloat = 0;
    std::int64_t cashIn = 0; // MXN the drawer kept: cash applied to sales, less change given for dollars
    bool used = false;
};

} // namespace

Status SalesWriter::write(sqlite3 *db, SalesStats &stats)
{
    BulkStatement sale(db,
        "INSERT INTO sales (id, branch_id, device_id, folio, cashier_id, customer_id, price_list, currency, "
        "subtotal_cents, tax_cents, total_cents, sold_at, cash_session_id, discount_cents, change_cents, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'MXN', ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkStatement line(db,
        "INSERT INTO sale_lines (sale_id, line_no, part_id, warehouse_id, quantity, unit_price_cents, "
        "discount_cents, base_cents, tax_cents, tax_code, cost_cents, retail_price_cents, price_version, sku) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
    BulkStatement payment(db,
        "INSERT INTO sale_payments (sale_id, method, amount_cents, reference, tendered_cents, exchange_rate_ppm) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    BulkStatement movement(db,
        "INSERT INTO stock_movements (id, part_id, warehouse_id, branch_id, kind, quantity, ref_type, ref_id, "
        "device_id, user_id, at) VALUES (?, ?, ?, ?, 'sale', ?, 'sale', ?, ?, ?, ?)");
    BulkStatement session(db,
        "INSERT INTO cash_sessions (id, branch_id, device_id, opened_by, opened_at, opening_float_cents, closed_by, "
        "closed_at, counted_cash_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");

    std::vector<WeightedTable> customerTables(m_branches.size());
    for (std::size_t b = 0; b < m_branches.size(); ++b)
        for (const DemoCustomer &c : m_branches[b].customers)
            customerTables[b].add(c.weight);
    std::vector<std::array<std::int64_t, 2>> folios(m_branches.size(), { 0, 0 });

    const WeightedTable rankBands(kRankBandShare);
    const QDate last = asOfDate();
    const QDate first = last.addDays(-364);
    DemoPart part;
    std::vector<Ticket> tickets;
    std::vector<std::int64_t> ticketParts;
    std::vector<LineAmounts> amounts;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const std::int64_t dayIndex = first.daysTo(day);
        for (std::size_t b = 0; b < m_branches.size(); ++b) {
            const DemoBranch &branch = m_branches[b];
            Rng rng = Rng::stream(m_options.seed, streamDomain("sales"), static_cast<std::uint64_t>(dayIndex * 16) + b);
            const int weekday = day.dayOfWeek(); // 1 = Monday
            std::int64_t count = branch.baseDailySales * kWeekday[static_cast<std::size_t>(weekday - 1)]
                * kMonth[static_cast<std::size_t>(day.month() - 1)] * holidayPercent(day) / 1'000'000;
            count = count * rng.between(85, 115) / 100;
            // Opening hours: 8–20 weekdays, 8–18 Saturday, 9–15 Sunday.
            const int open = weekday == 7 ? 9 : 8;
            const int close = weekday == 7 ? 15 : weekday == 6 ? 18 : 20;
            WeightedTable hours;
            for (int h = open; h < close; ++h)
                hours.add(kHourWeights[static_cast<std::size_t>(h - 8)]);
            tickets.clear();
            for (std::int64_t t = 0; t < count; ++t) {
                const int hour = open + static_cast<int>(hours.pick(rng));
                const int second = hour * 3600 + static_cast<int>(rng.below(3600));
                const int customer = !customerTables[b].empty() && rng.chance(220)
                    ? static_cast<int>(customerTables[b].pick(rng))
                    : -1;
                tickets.push_back({ second, customer });
            }
            std::sort(tickets.begin(), tickets.end(),
                [](const Ticket &x, const Ticket &y) { return x.secondOfDay < y.secondOfDay; });
            const TaxRate rate = branch.borderRegion ? TaxRate::ivaBorder8() : TaxRate::iva16();
            const QString taxCode = rate.code();
            // One till per counter and day: the morning cashier opens it, the afternoon one counts it at closing.
            std::array<CashSession, 2> tills;
            for (std::size_t d = 0; d < tills.size(); ++d) {
                CashSession &till = tills[d];
                till.openedAtMs = branchLocalToUtcMs(branch, day, open * 3600 - 600 + static_cast<int>(d) * 60);
                till.closedAtMs = branchLocalToUtcMs(branch, day, close * 3600 + 900 + static_cast<int>(d) * 60);
                till.id = uuidV7(till.openedAtMs, rng);
                till.openedBy = branch.cashierIds.front();
                till.closedBy = weekday >= 6 ? branch.cashierIds.front() : branch.cashierIds.back();
                till.openingFloat = branch.borderRegion ? 200'000 : 150'000;
            }

            for (const Ticket &ticket : tickets) {
                const std::int64_t soldAtMs
                    = branchLocalToUtcMs(branch, day, ticket.secondOfDay) + static_cast<std::int64_t>(rng.below(1000));
                const DemoCustomer *customer
                    = ticket.customer < 0 ? nullptr : &branch.customers[static_cast<std::size_t>(ticket.customer)];
                const QString priceList = customer != nullptr ? customer->priceList : QStringLiteral("publico");
                const bool trade = priceList != QLatin1String("publico");
                const std::size_t device = rng.chance(600) ? 0 : 1;
                const QString &cashier = rng.chance(50) || branch.cashierIds.size() < 2
                    ? branch.managerId
                    : branch.cashierIds[ticket.secondOfDay < 14 * 3600 ? 0 : 1];
                const QString saleId = uuidV7(soldAtMs, rng);
                const QString soldAt = isoUtc(soldAtMs);

                // Lines: mostly one or two parts; workshops and resellers buy more per ticket.
                std::uint64_t shape = rng.below(100);
                int lineCount = shape < 45 ? 1 : shape < 70 ? 2 : shape < 84 ? 3 : shape < 92 ? 4 : shape < 97 ? 5 : 6;
                if (trade)
                    lineCount += static_cast<int>(rng.below(3));
                amounts.clear();
                ticketParts.clear();
                std::int64_t ticketDiscount = 0;
                const std::int64_t stocked = std::max<std::int64_t>(1, branch.stockedParts);
                for (int l = 0; l < lineCount; ++l) {
                    std::int64_t rank = 0;
                    bool found = false;
                    for (int attempt = 0; attempt < 12 && !found; ++attempt) {
                        rank = drawRank(stocked, rankBands, rng);
                        m_parts.generatePricing(m_parts.indexAtRank(rank), part);
                        found = part.active
                            && std::find(ticketParts.begin(), ticketParts.end(), part.id) == ticketParts.end()
                            && rng.below(1000) < static_cast<std::uint64_t>(part.category->salesVelocity);
                    }
                    if (!found)
                        continue;
                    ticketParts.push_back(part.id);
                    const std::int64_t retail = part.retailPriceCents;
                    std::int64_t unit = retail;
                    if (priceList == QLatin1String("mayoreo"))
                        unit = rank < kSpecialPriceRanks ? retail * 85 / 100 / 100 * 100
                                                         : divideRounded(retail * (1'000'000 - kMayoreoPpm), 1'000'000);
                    else if (priceList == QLatin1String("taller"))
                        unit = divideRounded(retail * (1'000'000 - kTallerPpm), 1'000'000);
                    const std::int64_t quantity = quantityFor(part, rng);
                    Money discount = Money::zero();
                    if (!trade && rng.chance(50)) // within the cashier's 10 % limit
                        discount = Money(unit).times(quantity).timesPpm(rng.chance(500) ? 50'000 : 100'000);
                    ticketDiscount += discount.centavos();
                    const LineAmounts a = lineAmounts(Money(unit), Quantity(quantity), discount, rate);
                    amounts.push_back(a);
                    const bool counter = rank < branch.counterParts;
                    const QString &warehouse = counter ? branch.counterWarehouseId : branch.storeWarehouseId;
                    const std::int64_t lineNo = static_cast<std::int64_t>(amounts.size());
                    line.bind(1, saleId).bind(2, lineNo).bind(3, part.id).bind(4, warehouse);
                    line.bind(5, quantity).bind(6, unit).bind(7, discount.centavos()).bind(8, a.base.centavos());
                    line.bind(9, a.tax.centavos()).bind(10, taxCode).bind(11, part.costCents).bind(12, retail);
                    if (!line.bind(13, std::string_view(part.sku)).run())
                        return std::unexpected(line.error());
                    // The stock ledger entry the ingest writes for a line ("<sale id>:<line no>").
                    movement.bind(1, saleId + QLatin1Char(':') + QString::number(lineNo)).bind(2, part.id);
                    movement.bind(3, warehouse).bind(4, branch.id).bind(5, -quantity).bind(6, saleId);
                    movement.bind(7, branch.deviceIds[device]).bind(8, cashier).bind(9, soldAt);
                    if (!movement.run())
                        return std::unexpected(movement.error());
                    m_ledger.recordSale(static_cast<int>(b), counter, part.id, day, quantity);
                    ++stats.lines;
                    ++stats.tenant.stockMovements;
                }
                if (amounts.empty())
                    continue;
                const LineAmounts total = sumLines(amounts);
                const std::int64_t gross = total.gross.centavos();

                // How the customer pays, applied by the counter's own rule (nexus::planPayment): on account for
                // credit customers, transfers and cards with their references, cash with change, dollars at the
                // border at the day's rate.
                auto cardReference = [&rng] {
                    return QStringLiteral("**** %1 Aut. %2")
                        .arg(rng.between(1000, 9999))
                        .arg(rng.between(100000, 999999));
                };
                std::vector<Tender> tenders;
                const std::uint64_t r = rng.below(100);
                if (customer != nullptr && customer->onCredit && r < 35) {
                    tenders.push_back(
                        { TenderMethod::StoreCredit, Money(gross), 0, QStringLiteral("Venta a crédito") });
                } else if (trade ? r < 40 : r >= 90) {
                    tenders.push_back({ TenderMethod::Transfer, Money(gross), 0,
                        QStringLiteral("SPEI %1").arg(rng.between(1'000'000, 9'999'999)) });
                } else if (trade ? r < 70 : r < 55) {
                    if (branch.borderRegion && rng.chance(80)) {
                        const std::int64_t rateNow = exchangeRatePpm(dayIndex);
                        const std::int64_t dollars = (gross * 1'000'000 + rateNow - 1) / rateNow; // US cents
                        tenders.push_back({ TenderMethod::CashUsd, Money((dollars + 999) / 1000 * 1000, Currency::USD),
                            rateNow, QString() });
                    } else if (gross > 100'000 && rng.chance(80)) { // part cash, the rest by card
                        const std::int64_t cash = gross / 2 / 10'000 * 10'000;
                        tenders.push_back({ TenderMethod::CardDebit, Money(gross - cash), 0, cardReference() });
                        tenders.push_back({ TenderMethod::Cash, Money(cash), 0, QString() });
                    } else {
                        tenders.push_back({ TenderMethod::Cash, Money(cashTendered(gross, rng)), 0, QString() });
                    }
                } else {
                    tenders.push_back({ rng.chance(550) ? TenderMethod::CardDebit : TenderMethod::CardCredit,
                        Money(gross), 0, cardReference() });
                }
                Result<PaymentPlan> plan = planPayment(total.gross, tenders, customer != nullptr);
                if (!plan)
                    return std::unexpected(plan.error());
                CashSession &till = tills[device];
                till.used = true;
                for (const AppliedTender &applied : plan->tenders) {
                    payment.bind(1, saleId).bind(2, tenderCode(applied.tender.method));
                    payment.bind(3, applied.applied.centavos()).bind(4, applied.tender.reference);
                    payment.bind(5, applied.tender.tendered.centavos());
                    if (applied.tender.method == TenderMethod::CashUsd)
                        payment.bind(6, applied.tender.exchangeRatePpm);
                    else
                        payment.bindNull(6);
                    if (!payment.run())
                        return std::unexpected(payment.error());
                    ++stats.payments;
                    if (applied.tender.method == TenderMethod::Cash)
                        till.cashIn += applied.applied.centavos();
                    else if (applied.tender.method == TenderMethod::CashUsd)
                        till.cashIn -= plan->change.centavos(); // the change leaves the peso drawer
                }

                // The folio is taken when the ticket is completed: per device, without gaps.
                const QString folio = QStringLiteral("%1%2-%3")
                                          .arg(branch.code)
                                          .arg(device + 1)
                                          .arg(++folios[b][device], 6, 10, QLatin1Char('0'));
                // Received by the server a moment later; now and then hours later, after a connection cut.
                const std::int64_t delay
                    = rng.chance(20) ? rng.between(600'000, 6 * 3'600'000) : rng.between(800, 90'000);
                sale.bind(1, saleId).bind(2, branch.id).bind(3, branch.deviceIds[device]).bind(4, folio);
                sale.bind(5, cashier);
                if (customer != nullptr)
                    sale.bind(6, customer->id);
                else
                    sale.bindNull(6);
                sale.bind(7, priceList).bind(8, total.base.centavos()).bind(9, total.tax.centavos()).bind(10, gross);
                sale.bind(11, soldAt).bind(12, till.id).bind(13, ticketDiscount).bind(14, plan->change.centavos());
                if (!sale.bind(15, isoUtc(soldAtMs + delay)).run())
                    return std::unexpected(sale.error());
                ++stats.sales;
                stats.grossCents += gross;
            }

            for (std::size_t d = 0; d < tills.size(); ++d) {
                const CashSession &till = tills[d];
                if (!till.used)
                    continue;
                // The count at closing: float plus the day's cash, now and then a few pesos off.
                const std::int64_t counted
                    = till.openingFloat + till.cashIn + (rng.chance(40) ? rng.between(-50, 20) * 100 : 0);
                session.bind(1, till.id).bind(2, branch.id).bind(3, branch.deviceIds[d]).bind(4, till.openedBy);
                session.bind(5, isoUtc(till.openedAtMs)).bind(6, till.openingFloat).bind(7, till.closedBy);
                if (!session.bind(8, isoUtc(till.closedAtMs)).bind(9, counted).run())
                    return std::unexpected(session.error());
                ++stats.tenant.cashSessions;
            }
        }
        m_progress.store(static_cast<int>(100 + dayIndex * 890 / 365), std::memory_order_relaxed);
    }
    return {};
}

} // namespace nexus::demo
