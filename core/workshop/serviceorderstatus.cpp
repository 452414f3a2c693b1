// Status codes (stored and sent on the wire) and their translated names.
#include "workshop/serviceorderstatus.h"

#include <QCoreApplication>

namespace nexus {

QString serviceOrderStatusCode(ServiceOrderStatus status)
{
    switch (status) {
    case ServiceOrderStatus::Received:
        return QStringLiteral("received");
    case ServiceOrderStatus::Diagnosis:
        return QStringLiteral("diagnosis");
    case ServiceOrderStatus::WaitingParts:
        return QStringLiteral("waiting_parts");
    case ServiceOrderStatus::Repair:
        return QStringLiteral("repair");
    case ServiceOrderStatus::QualityCheck:
        return QStringLiteral("quality_check");
    case ServiceOrderStatus::Ready:
        return QStringLiteral("ready");
    case ServiceOrderStatus::Delivered:
        return QStringLiteral("delivered");
    case ServiceOrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

Result<ServiceOrderStatus> serviceOrderStatusFromCode(const QString &code)
{
    for (ServiceOrderStatus status : kServiceOrderStatuses)
        if (serviceOrderStatusCode(status) == code)
            return status;
    return fail(
        ErrorCode::InvalidInput, NX_ERR("Unknown service order status \"%1\""), { code }, QStringLiteral("status"));
}

QString serviceOrderStatusName(ServiceOrderStatus status)
{
    switch (status) {
    case ServiceOrderStatus::Received:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Received");
    case ServiceOrderStatus::Diagnosis:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Diagnosis");
    case ServiceOrderStatus::WaitingParts:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Waiting for parts");
    case ServiceOrderStatus::Repair:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Repair");
    case ServiceOrderStatus::QualityCheck:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Quality check");
    case ServiceOrderStatus::Ready:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Ready");
    case ServiceOrderStatus::Delivered:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Delivered");
    case ServiceOrderStatus::Cancelled:
        return QCoreApplication::translate("nexus::ServiceOrderStatus", "Cancelled");
    }
    return {};
}

} // namespace nexus
