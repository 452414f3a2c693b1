// Carrying out Chalán's intents against the local replica.
#include "assistant/assistant.h"

#include "assistant/assistantcart.h"
#include "assistant/dailysales.h"
#include "auth/authservice.h"
#include "catalog/catalogsearch.h"
#include "catalog/searchtext.h"
#include "common/clock.h"
#include "customers/customerrepository.h"
#include "sales/cart.h"
#include "store/database.h"
#include "workshop/serviceorderrepository.h"
#include "workshop/serviceorderstatus.h"

#include <QLocale>

namespace nexus {

namespace {

// Every word of `wanted` starts a word of `text` (both SearchText-normalised; plurals folded).
bool wordsMatch(const QString &wanted, const QString &text)
{
    const QStringList haystack = SearchText::words(text);
    const QStringList needles = SearchText::contentWords(wanted);
    if (needles.isEmpty())
        return false;
    for (const QString &needle : needles) {
        const QString stem = SearchText::singular(needle);
        if (std::none_of(haystack.cbegin(), haystack.cend(), [&](const QString &w) { return w.startsWith(stem); }))
            return false;
    }
    return true;
}

QString vehicleText(const VehicleFilter &vehicle)
{
    QStringList parts;
    if (!vehicle.model.isEmpty())
        parts.append(vehicle.model);
    else if (!vehicle.make.isEmpty())
        parts.append(vehicle.make);
    if (vehicle.year > 0)
        parts.append(QString::number(vehicle.year));
    return parts.join(QLatin1Char(' '));
}

} // namespace

Assistant::Assistant(const AssistantContext &context, IntentVocabulary vocabulary)
    : m_context(context), m_parser(std::move(vocabulary)), m_search(std::make_unique<CatalogSearch>(*context.catalogDb))
{
}

Assistant::~Assistant() = default;

Result<std::unique_ptr<Assistant>> Assistant::create(const AssistantContext &context)
{
    if (!context.nexusDb || !context.catalogDb || !context.auth || !context.clock)
        return fail(ErrorCode::Internal, NX_ERR("The assistant needs both databases, the session and a clock"));
    Result<IntentVocabulary> vocabulary = IntentVocabulary::load(*context.catalogDb, context.nexusDb);
    if (!vocabulary)
        return std::unexpected(vocabulary.error());
    return std::unique_ptr<Assistant>(new Assistant(context, std::move(*vocabulary)));
}

QStringList Assistant::suggestions()
{
    return { QStringLiteral("¿Tienes balatas delanteras para un Tsuru 2015?"),
        QStringLiteral("Agrega dos filtros de aceite"), QStringLiteral("¿Cuántas bujías NGK hay en la bodega?"),
        QStringLiteral("¿Cómo va la orden del Jetta de Juan Pérez?"),
        QStringLiteral("Busca al cliente Refacciones del Norte"), QStringLiteral("¿Cuánto llevamos vendido hoy?") };
}

AssistantReply Assistant::ask(const QString &text)
{
    return run(m_parser.parse(text));
}

AssistantReply Assistant::run(const Intent &intent)
{
    switch (intent.kind) {
    case IntentKind::SearchParts:
        return searchParts(intent);
    case IntentKind::CheckStock:
        return checkStock(intent);
    case IntentKind::AddToCart:
        return addToCart(intent);
    case IntentKind::RemoveFromCart:
        return removeFromCart(intent);
    case IntentKind::ChangeQuantity:
        return changeQuantity(intent);
    case IntentKind::OrderStatus:
        return orderStatus(intent);
    case IntentKind::CustomerLookup:
        return customerLookup(intent);
    case IntentKind::SalesSummary:
        return salesSummary(intent);
    case IntentKind::Unknown:
        break;
    }
    return notUnderstood(intent);
}

AssistantReply Assistant::notUnderstood(const Intent &intent) const
{
    AssistantReply reply;
    reply.intent = intent;
    reply.text = tr("I didn't get that. You can ask me, for example:");
    reply.suggestions = suggestions();
    return reply;
}

QString Assistant::warehouseName(const QString &id) const
{
    for (const BranchWarehouse &warehouse : m_context.warehouses) {
        if (warehouse.id == id)
            return warehouse.name;
    }
    return id;
}

Result<QList<PartCard>> Assistant::findParts(const Intent &intent, int limit)
{
    CatalogQuery query;
    query.priceListId = m_context.priceListId;
    query.limit = limit;
    Result<CatalogSearchResult> found;
    if (!intent.code.isEmpty()) {
        // The code as said first: a SKU, barcode or whole OEM code is an exact hit.
        query.text = intent.code;
        found = m_search->search(query);
        if (!found)
            return std::unexpected(found.error());
        found->hits.removeIf([](const CatalogHit &hit) { return !hit.exactMatch; });
    }
    if (!found || found->hits.isEmpty()) {
        query.text = intent.partText;
        query.vehicle = intent.vehicle;
        query.includeUniversal = !intent.vehicle.isEmpty(); // oil, bulbs, fluids fit every car
        found = m_search->search(query);
        if (!found)
            return std::unexpected(found.error());
    }
    QList<qint64> ids;
    for (const CatalogHit &hit : found->hits)
        ids.append(hit.partId);
    QStringList warehouseIds;
    for (const BranchWarehouse &warehouse : m_context.warehouses)
        warehouseIds.append(warehouse.id);
    Result<StockByPart> stock = BranchStock(*m_context.nexusDb).levels(ids, warehouseIds);
    if (!stock)
        return std::unexpected(stock.error());
    QList<PartCard> cards;
    for (const CatalogHit &hit : found->hits) {
        PartCard card { hit.partId, hit.sku, hit.name, hit.brand, hit.price, {}, {}, Quantity::units(1),
            hit.exactMatch };
        QStringList perWarehouse;
        for (const BranchWarehouse &warehouse : m_context.warehouses) {
            const Quantity have = stock->value(hit.partId).value(warehouse.id);
            card.stockHere = Quantity(card.stockHere.thousandths() + have.thousandths());
            perWarehouse.append(warehouse.name + QStringLiteral(": ") + have.toString());
        }
        card.stockText = perWarehouse.join(QStringLiteral(" · "));
        if (intent.quantity > 0)
            card.quantity = Quantity::units(intent.quantity);
        cards.append(card);
    }
    return cards;
}

AssistantReply Assistant::searchParts(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    Result<QList<PartCard>> cards = findParts(intent, kMaxCards);
    if (!cards) {
        reply.text = cards.error().message();
        return reply;
    }
    reply.parts = *cards;
    m_lastParts = *cards;
    const QString what = intent.partText.isEmpty() ? tr("parts") : intent.partText;
    const QString forVehicle = vehicleText(intent.vehicle);
    if (cards->isEmpty()) {
        reply.text = forVehicle.isEmpty() ? tr("I found no %1.").arg(what)
                                          : tr("I found no %1 for %2.").arg(what, forVehicle);
        return reply;
    }
    const PartCard &first = cards->front();
    const QString best = tr("%1 %2 at %3, %4 in stock").arg(first.name, first.brand,
        first.price.format(QLocale()), first.stockHere.toString());
    reply.text = forVehicle.isEmpty() ? tr("I found %n option(s). The first: %1.", "", int(cards->size())).arg(best)
                                      : tr("For %1 I found %n option(s). The first: %2.", "", int(cards->size()))
                                            .arg(forVehicle, best);
    return reply;
}

AssistantReply Assistant::checkStock(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    Result<QList<PartCard>> cards = findParts(intent, 3);
    if (!cards) {
        reply.text = cards.error().message();
        return reply;
    }
    if (cards->isEmpty()) {
        reply.text = tr("I found no %1.").arg(intent.partText);
        return reply;
    }
    reply.parts = *cards;
    m_lastParts = *cards;
    QStringList lines;
    if (intent.place.isEmpty()) {
        for (const PartCard &card : *cards)
            lines.append(tr("%1: %2 here (%3)").arg(card.name, card.stockHere.toString(), card.stockText));
        reply.text = lines.join(QStringLiteral(". ")) + QLatin1Char('.');
        return reply;
    }
    // A warehouse of this branch by name or code ("bodega 2", "mostrador", "bod").
    QList<BranchWarehouse> places;
    for (const BranchWarehouse &warehouse : m_context.warehouses) {
        const QString name = SearchText::normalize(warehouse.name);
        if (name == intent.place || SearchText::normalize(warehouse.code) == intent.place
            || (!intent.place.contains(QLatin1Char(' ')) && name.startsWith(intent.place)))
            places.append(warehouse);
    }
    if (!places.isEmpty()) {
        QStringList ids;
        for (const BranchWarehouse &warehouse : places)
            ids.append(warehouse.id);
        QList<qint64> partIds;
        for (const PartCard &card : *cards)
            partIds.append(card.partId);
        Result<StockByPart> stock = BranchStock(*m_context.nexusDb).levels(partIds, ids);
        if (!stock) {
            reply.text = stock.error().message();
            return reply;
        }
        for (PartCard &card : reply.parts) {
            QStringList perPlace;
            for (const BranchWarehouse &warehouse : places)
                perPlace.append(warehouse.name + QStringLiteral(": ") + stock->value(card.partId).value(warehouse.id).toString());
            card.stockText = perPlace.join(QStringLiteral(" · "));
            lines.append(tr("%1: %2").arg(card.name, card.stockText));
        }
        reply.text = lines.join(QStringLiteral(". ")) + QLatin1Char('.');
        return reply;
    }
    // Another branch, "as of" its last pull.
    QStringList own;
    for (const BranchWarehouse &warehouse : m_context.warehouses)
        own.append(warehouse.id);
    QList<qint64> partIds;
    for (const PartCard &card : *cards)
        partIds.append(card.partId);
    Result<OtherBranchStockByPart> others = BranchStock(*m_context.nexusDb).otherBranches(partIds, own);
    if (!others) {
        reply.text = others.error().message();
        return reply;
    }
    const bool allBranches = intent.place.startsWith(QStringLiteral("sucursal"));
    bool anyBranch = false;
    for (PartCard &card : reply.parts) {
        QStringList perBranch;
        for (const OtherBranchStock &branch : others->value(card.partId)) {
            if (allBranches || wordsMatch(intent.place, branch.branchName)) {
                perBranch.append(branch.branchName + QStringLiteral(": ") + branch.quantity.toString());
                anyBranch = true;
            }
        }
        if (!perBranch.isEmpty()) {
            card.stockText = perBranch.join(QStringLiteral(" · "));
            lines.append(tr("%1: %2").arg(card.name, card.stockText));
        }
    }
    if (!anyBranch) {
        QStringList names;
        for (const BranchWarehouse &warehouse : m_context.warehouses)
            names.append(warehouse.name);
        reply.text = tr("I don't know a warehouse or branch called \"%1\". This branch has: %2.")
                         .arg(intent.place, names.join(QStringLiteral(", ")));
        return reply;
    }
    reply.text = lines.join(QStringLiteral(". ")) + QLatin1Char('.') + QLatin1Char(' ')
        + tr("Other branches as of their last sync.");
    return reply;
}

bool Assistant::cartReady(AssistantReply &reply)
{
    if (Status allowed = m_context.auth->require(Permission::Sell, QStringLiteral("assistant.cart")); !allowed) {
        reply.refused = true;
        reply.text = allowed.error().message();
        return false;
    }
    if (!m_cart || !m_cart->cart()) {
        reply.text = tr("Open the Sale screen to use the ticket.");
        return false;
    }
    return true;
}

AssistantReply Assistant::addPart(qint64 partId, Quantity quantity)
{
    AssistantReply reply;
    reply.intent.kind = IntentKind::AddToCart;
    reply.understood = true;
    if (!cartReady(reply))
        return reply;
    if (Status added = m_cart->add(partId, quantity); !added) {
        reply.text = added.error().message();
        return reply;
    }
    reply.changedCart = true;
    QString name = QString::number(partId);
    for (const CartLine &line : m_cart->cart()->lines()) {
        if (line.item.partId == partId)
            name = line.item.description;
    }
    reply.text = tr("Added %1 × %2 to the ticket.").arg(quantity.toString(), name);
    return reply;
}

AssistantReply Assistant::addToCart(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    if (!cartReady(reply))
        return reply;
    const Quantity quantity = Quantity::units(intent.quantity > 0 ? intent.quantity : 1);
    if (intent.resultNumber != 0) {
        const qsizetype index = intent.resultNumber < 0 ? m_lastParts.size() - 1 : intent.resultNumber - 1;
        if (index < 0 || index >= m_lastParts.size()) {
            reply.text = tr("There is no result %1 on screen: ask me for the part first.").arg(intent.resultNumber);
            return reply;
        }
        AssistantReply added = addPart(m_lastParts.at(index).partId, quantity);
        added.intent = intent;
        return added;
    }
    Result<QList<PartCard>> cards = findParts(intent, kMaxCards);
    if (!cards) {
        reply.text = cards.error().message();
        return reply;
    }
    if (cards->isEmpty()) {
        reply.text = tr("I found no %1: nothing was added.").arg(intent.partText);
        return reply;
    }
    m_lastParts = *cards;
    // One part, or an exact SKU/code: add it. Several: the cashier chooses (never a guess on the ticket).
    if (cards->size() == 1 || (cards->front().exact && !cards->at(1).exact)) {
        AssistantReply added = addPart(cards->front().partId, quantity);
        added.intent = intent;
        added.parts = *cards;
        return added;
    }
    reply.parts = *cards;
    reply.text = tr("I found %n option(s) for %1. Which one do I add? Press \"Add\" or say \"agrega el primero\".", "",
        int(cards->size()))
                     .arg(intent.partText);
    return reply;
}

int Assistant::targetLine(const Intent &intent, AssistantReply &reply) const
{
    const std::vector<CartLine> &lines = m_cart->cart()->lines();
    if (lines.empty()) {
        reply.text = tr("The ticket is empty.");
        return -1;
    }
    if (intent.lineNumber == -1)
        return static_cast<int>(lines.size()) - 1;
    if (intent.lineNumber > 0) {
        if (static_cast<std::size_t>(intent.lineNumber) > lines.size()) {
            reply.text = tr("The ticket has %n line(s).", "", int(lines.size()));
            return -1;
        }
        return intent.lineNumber - 1;
    }
    QList<int> matches;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const CartItem &item = lines.at(i).item;
        if (wordsMatch(intent.partText, item.description + QLatin1Char(' ') + item.sku))
            matches.append(static_cast<int>(i));
    }
    if (matches.size() == 1)
        return matches.front();
    reply.text = matches.isEmpty() ? tr("There is no %1 on the ticket.").arg(intent.partText)
                                   : tr("%n lines match %1: tell me the line number.", "", int(matches.size()))
                                         .arg(intent.partText);
    return -1;
}

AssistantReply Assistant::removeFromCart(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    if (!cartReady(reply))
        return reply;
    const int line = targetLine(intent, reply);
    if (line < 0)
        return reply;
    const QString name = m_cart->cart()->lines().at(static_cast<std::size_t>(line)).item.description;
    if (Status removed = m_cart->remove(line); !removed) {
        reply.text = removed.error().message();
        return reply;
    }
    reply.changedCart = true;
    reply.text = tr("Removed %1 from the ticket.").arg(name);
    return reply;
}

AssistantReply Assistant::changeQuantity(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    if (!cartReady(reply))
        return reply;
    const int line = targetLine(intent, reply);
    if (line < 0)
        return reply;
    const QString name = m_cart->cart()->lines().at(static_cast<std::size_t>(line)).item.description;
    const Quantity quantity = Quantity::units(intent.quantity);
    if (Status changed = m_cart->setQuantity(line, quantity); !changed) {
        reply.text = changed.error().message();
        return reply;
    }
    reply.changedCart = true;
    reply.text = tr("%1 now has %2.").arg(name, quantity.toString());
    return reply;
}

AssistantReply Assistant::orderStatus(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    BoardFilter filter;
    filter.closedSinceUtc = m_context.clock->nowUtc().addDays(-30);
    Result<std::vector<ServiceOrderCard>> cards = ServiceOrderRepository(*m_context.nexusDb).cards(filter);
    if (!cards) {
        reply.text = cards.error().message();
        return reply;
    }
    for (const ServiceOrderCard &card : *cards) {
        if (!intent.folio.isEmpty()) {
            if (serviceOrderNumber(card.folio) != intent.folio.toLongLong())
                continue;
        }
        if (!intent.person.isEmpty() && !wordsMatch(intent.person, card.customerName))
            continue;
        if (!intent.vehicle.model.isEmpty() && !wordsMatch(intent.vehicle.model, card.vehicle))
            continue;
        if (intent.vehicle.model.isEmpty() && !intent.vehicle.make.isEmpty()
            && !wordsMatch(intent.vehicle.make, card.vehicle))
            continue;
        if (intent.vehicle.year > 0 && !card.vehicle.contains(QString::number(intent.vehicle.year)))
            continue;
        reply.orders.push_back(card);
    }
    if (reply.orders.empty()) {
        reply.text = tr("I found no service order like that.");
        return reply;
    }
    if (reply.orders.size() > static_cast<std::size_t>(kMaxCards))
        reply.orders.resize(kMaxCards);
    const ServiceOrderCard &first = reply.orders.front();
    reply.text = tr("Order %1 (%2, %3) is %4.").arg(first.folio, first.vehicle, first.customerName,
        serviceOrderStatusName(first.status));
    if (first.promisedAt.isValid() && !isClosedStatus(first.status))
        reply.text += QLatin1Char(' ')
            + tr("Promised for %1.").arg(QLocale().toString(first.promisedAt.toLocalTime(), QLocale::ShortFormat));
    if (reply.orders.size() > 1)
        reply.text += QLatin1Char(' ') + tr("%n more match(es).", "", int(reply.orders.size() - 1));
    return reply;
}

AssistantReply Assistant::customerLookup(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    Result<QList<Customer>> found = CustomerRepository(*m_context.nexusDb).search(intent.person, kMaxCards);
    if (!found) {
        reply.text = found.error().message();
        return reply;
    }
    reply.customers = *found;
    if (found->isEmpty()) {
        reply.text = tr("I found no customer \"%1\".").arg(intent.person);
        return reply;
    }
    const Customer &first = found->front();
    reply.text = found->size() == 1 ? tr("%1, RFC %2, phone %3.").arg(first.fields.name,
                     first.fields.rfc.isEmpty() ? tr("none") : first.fields.rfc,
                     first.fields.phone.isEmpty() ? tr("none") : first.fields.phone)
                                    : tr("I found %n customers; the first is %1.", "", int(found->size()))
                                          .arg(first.fields.name);
    return reply;
}

AssistantReply Assistant::salesSummary(const Intent &intent)
{
    AssistantReply reply;
    reply.intent = intent;
    reply.understood = true;
    if (Status allowed = m_context.auth->require(Permission::ViewBranchReports, QStringLiteral("assistant.sales"));
        !allowed) {
        reply.refused = true;
        reply.text = tr("Only a manager can see today's sales.");
        return reply;
    }
    Result<DailySales> sales = DailySales::today(*m_context.nexusDb, *m_context.clock);
    if (!sales) {
        reply.text = sales.error().message();
        return reply;
    }
    reply.text = tr("Today: %n ticket(s) for %1.", "", sales->tickets).arg(sales->total.format(QLocale()));
    if (sales->cancelled > 0)
        reply.text += QLatin1Char(' ') + tr("%n cancelled.", "", sales->cancelled);
    return reply;
}

} // namespace nexus
