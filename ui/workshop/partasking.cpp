// askForPart: the part picked from the catalogue, else the catalogue by code, then the described request.
#include "workshop/partasking.h"

#include "workshop/workshopformat.h"
#include "workshop/workshopsession.h"

#include <QCoreApplication>

namespace nexus {

Result<PartAsked> askForPart(
    WorkshopSession &session, const QString &orderId, const PartRequest &request, const WorkshopActor &actor)
{
    const CartItemLookup *parts = session.parts();
    const QList<BranchWarehouse> &warehouses = session.profile().warehouses;
    const QString code = request.description.trimmed();
    if (parts && !warehouses.isEmpty() && (request.partId > 0 || !code.isEmpty()))
        if (Result<qint64> id = request.partId > 0 ? Result<qint64>(request.partId) : parts->findByCode(code); id) {
            Result<CartItem> item = parts->item(*id, std::nullopt, warehouses.first().id);
            if (!item)
                return std::unexpected(item.error());
            Result<PartSupplyOutcome> supplied
                = session.orders().requestStockPart(orderId, { *item, request.quantity, request.note }, actor);
            if (!supplied)
                return std::unexpected(supplied.error());
            return PartAsked { std::move(supplied->order), partSupplyText(*supplied, item->sku) };
        }
    Result<ServiceOrder> requested = session.orders().requestPart(orderId, request, actor);
    if (!requested)
        return std::unexpected(requested.error());
    return PartAsked { std::move(*requested),
        QCoreApplication::translate("nexus::WorkshopFormat", "The parts counter has your request.") };
}

} // namespace nexus
