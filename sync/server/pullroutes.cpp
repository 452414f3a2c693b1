// The pull route: which bucket, which scopes the device may see (from its token), cursor and limit checks.
#include "server/pullroutes.h"

#include "common/clock.h"
#include "protocol/apierror.h"
#include "protocol/logging.h"
#include "protocol/pullmessages.h"
#include "server/changelogreader.h"
#include "server/customerfiguressweep.h"
#include "server/whatsappstatusprune.h"
#include "server/deviceauth.h"
#include "server/serverstorage.h"
#include "server/tenantstore.h"
#include "store/database.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace nexus {

namespace {

using wire::ApiError;

QHttpServerResponse errorResponse(const ApiError &error)
{
    return QHttpServerResponse(error.toJson(), static_cast<QHttpServerResponse::StatusCode>(error.httpStatus));
}

ApiError invalidField(const QString &field, const QString &message)
{
    return ApiError { 400, QString(wire::errorcode::kInvalidField), message, field };
}

} // namespace

PullRoutes::PullRoutes(ServerStorage &storage, DeviceAuth &auth, const Clock &clock)
    : m_storage(storage), m_auth(auth), m_clock(clock)
{
}

PullRoutes::~PullRoutes() = default;

void PullRoutes::registerRoutes(QHttpServer &http)
{
    http.route(QString(wire::kPullPath), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return pull(request); });
}

QHttpServerResponse PullRoutes::pull(const QHttpServerRequest &request)
{
    std::expected<DeviceContext, ApiError> device = m_auth.authenticate(request);
    if (!device)
        return errorResponse(device.error());
    const QUrlQuery query = request.query();
    const QString bucket = query.queryItemValue(QStringLiteral("bucket"), QUrl::FullyDecoded);
    // Scopes: who may read an entry. Stock of every warehouse goes to every counter; users only to their branch
    // (branch-less admin and HQ users are '*').
    QStringList scopes;
    // Prices, branch names, customers and their cards, the workshop's policies and fleets are the same for every
    // counter; WhatsApp's delivery reports go to every counter (each applies those of the messages it sent).
    if (bucket == wire::kBucketStock || bucket == wire::kBucketPrices || bucket == wire::kBucketBranches
        || bucket == wire::kBucketCustomers || bucket == wire::kBucketWorkshop || bucket == wire::kBucketCustomerCards
        || bucket == wire::kBucketWhatsAppStatuses)
        scopes = { QStringLiteral("*") };
    else if (bucket == wire::kBucketTransfers || bucket == wire::kBucketServiceOrders
        || bucket == wire::kBucketPurchaseSuggestions)
        scopes = { device->branchId }; // a transfer goes to its two branches only, an order or suggestion to its own
    else if (bucket == wire::kBucketUsers)
        scopes = { QStringLiteral("*"), device->branchId };
    else
        return errorResponse(ApiError { 400, QString(wire::errorcode::kUnknownBucket),
            QStringLiteral("There is no bucket \"%1\" (stock, users, prices, branches, transfers, customers, workshop, "
                           "customer_cards, whatsapp_statuses, service_orders, purchase_suggestions)").arg(bucket),
            QStringLiteral("bucket") });

    int limit = wire::kPullDefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool numeric = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&numeric);
        if (!numeric || limit < 1 || limit > wire::kPullMaxLimit)
            return errorResponse(invalidField(QStringLiteral("limit"),
                QStringLiteral("limit must be a whole number from 1 to %1").arg(wire::kPullMaxLimit)));
    }
    const QString after = query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);

    auto it = m_readers.find(device->tenantId);
    if (it == m_readers.end()) {
        // The storage opens (and migrates) the tenant database first; the reader then has its own connection.
        Result<std::optional<TenantRecord>> tenant = m_storage.master().tenantById(device->tenantId);
        if (!tenant || !*tenant)
            return errorResponse(ApiError { 500, QString(wire::errorcode::kInternal),
                QStringLiteral("The tenant of this device cannot be opened"), {} });
        Result<TenantStore *> store = m_storage.tenant(**tenant);
        if (!store)
            return errorResponse(ApiError::fromError(store.error()));
        m_tenants[device->tenantId] = *store;
        Result<std::unique_ptr<ChangeLogReader>> reader = ChangeLogReader::open(m_storage, **tenant);
        if (!reader) {
            qCWarning(lcServerApi) << "change log of" << device->tenantSlug << reader.error().logMessage();
            return errorResponse(ApiError::fromError(reader.error()));
        }
        it = m_readers.emplace(device->tenantId, std::move(*reader)).first;
    }
    // A customer who stopped buying drops out of their 12-month spend without a fact of theirs: the window moves
    // (once a day) before the customers are read, so the rows it recomputed come down in this pull.
    if (bucket == wire::kBucketCustomers) {
        if (Result<bool> swept = CustomerFiguresSweep::run(m_tenants.at(device->tenantId)->db(), m_clock.nowUtc());
            !swept)
            qCWarning(lcServerApi) << "customer figures sweep of" << device->tenantSlug << swept.error().logMessage();
    }
    // Delivery reports past their retention go before the page is read: their tombstones come down in this pull.
    if (bucket == wire::kBucketWhatsAppStatuses) {
        if (Result<qint64> pruned = WhatsAppStatusPrune::run(m_tenants.at(device->tenantId)->db(), m_clock.nowUtc());
            !pruned)
            qCWarning(lcServerApi) << "WhatsApp statuses prune of" << device->tenantSlug << pruned.error().logMessage();
    }
    Result<wire::PullResponse> page = it->second->page(bucket, scopes, after, limit);
    if (!page) {
        qCWarning(lcServerApi) << "pull" << bucket << "failed:" << page.error().logMessage();
        return errorResponse(ApiError::fromError(page.error()));
    }
    if (page->reset)
        qCInfo(lcServerApi) << "pull" << bucket << "from device" << device->deviceId << "reset (cursor" << after << ")";
    return QHttpServerResponse(page->toJson());
}

} // namespace nexus
