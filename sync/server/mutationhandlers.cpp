// MutationHandlers: the built-in handlers, and the shared exception helper.
#include "server/mutationhandlers.h"

#include "server/cashmovedhandler.h"
#include "server/cashsessionclosedhandler.h"
#include "server/cashsessionopenedhandler.h"
#include "server/cfdistatushandler.h"
#include "server/customercrmhandlers.h"
#include "server/fleethandlers.h"
#include "server/loyaltypointshandler.h"
#include "server/notificationpreferenceshandler.h"
#include "server/warrantypolicyhandlers.h"
#include "server/customerhandlers.h"
#include "server/purchasesuggestionhandlers.h"
#include "server/purchasinghandlers.h"
#include "server/quotehandlers.h"
#include "server/salecompletedhandler.h"
#include "server/salereturnedhandler.h"
#include "server/serviceorderhandler.h"
#include "server/stockadjustedhandler.h"
#include "server/transferhandlers.h"
#include "server/warrantyhandler.h"
#include "store/database.h"

#include <QJsonDocument>

namespace nexus {

Status openException(
    Database &db, const QString &kind, const QString &ref, const QJsonObject &details, const QString &nowUtc)
{
    Result<QSqlQuery> inserted
        = db.exec(QStringLiteral("INSERT INTO exceptions(kind, ref, details, created_at) VALUES (?, ?, ?, ?)"),
            { kind, ref, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), nowUtc });
    if (!inserted)
        return std::unexpected(inserted.error());
    return {};
}

MutationHandlers::MutationHandlers()
{
    auto add = [this](std::unique_ptr<MutationHandler> handler) {
        const QString type = handler->type();
        m_handlers.emplace(type, std::move(handler));
    };
    add(std::make_unique<SaleCompletedHandler>());
    add(std::make_unique<CashSessionOpenedHandler>());
    add(std::make_unique<CashMovedHandler>());
    add(std::make_unique<CashSessionClosedHandler>());
    add(std::make_unique<SaleReturnedHandler>());
    add(std::make_unique<StockAdjustedHandler>());
    for (std::unique_ptr<MutationHandler> &handler : makeTransferHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makeServiceOrderHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makePurchasingHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makePurchaseSuggestionHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makeWarrantyHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makeQuoteHandlers())
        add(std::move(handler));
    add(std::make_unique<CustomerSavedHandler>(true));
    add(std::make_unique<CustomerSavedHandler>(false));
    add(std::make_unique<CustomerPaymentHandler>());
    add(std::make_unique<LoyaltyPointsMovedHandler>());
    add(std::make_unique<CfdiStatusHandler>());
    add(std::make_unique<NotificationPreferencesSetHandler>());
    for (std::unique_ptr<MutationHandler> &handler : makeCustomerCrmHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makeFleetHandlers())
        add(std::move(handler));
    for (std::unique_ptr<MutationHandler> &handler : makeWarrantyPolicyHandlers())
        add(std::move(handler));
}

MutationHandler *MutationHandlers::find(const QString &type) const
{
    const auto it = m_handlers.find(type);
    return it == m_handlers.end() ? nullptr : it->second.get();
}

} // namespace nexus
