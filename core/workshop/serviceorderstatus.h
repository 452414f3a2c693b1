// The states a service order moves through on the workshop board, with their stable codes and display names.
#pragma once

#include <QString>

#include <array>

#include "common/error.h"

namespace nexus {

enum class ServiceOrderStatus { Received, Diagnosis, WaitingParts, Repair, QualityCheck, Ready, Delivered, Cancelled };

// Every state in board order (one kanban column each).
inline constexpr std::array<ServiceOrderStatus, 8> kServiceOrderStatuses { ServiceOrderStatus::Received,
    ServiceOrderStatus::Diagnosis, ServiceOrderStatus::WaitingParts, ServiceOrderStatus::Repair,
    ServiceOrderStatus::QualityCheck, ServiceOrderStatus::Ready, ServiceOrderStatus::Delivered,
    ServiceOrderStatus::Cancelled };

// "received", "diagnosis", "waiting_parts", "repair", "quality_check", "ready", "delivered", "cancelled".
[[nodiscard]] QString serviceOrderStatusCode(ServiceOrderStatus status);
[[nodiscard]] Result<ServiceOrderStatus> serviceOrderStatusFromCode(const QString &code);
// Translated: "Recibida", "Diagnóstico"…
[[nodiscard]] QString serviceOrderStatusName(ServiceOrderStatus status);
// Delivered and cancelled orders no longer change (until a manager reopens a cancelled one).
[[nodiscard]] constexpr bool isClosedStatus(ServiceOrderStatus status)
{
    return status == ServiceOrderStatus::Delivered || status == ServiceOrderStatus::Cancelled;
}

} // namespace nexus
