// The paths of the server's device API, shared by nexus-server and the client so they cannot drift apart.
#pragma once

#include <QLatin1String>

namespace nexus::wire {

inline constexpr QLatin1String kHealthPath { "/v1/health" }; // GET  → HealthResponse
inline constexpr QLatin1String kEnrollPath { "/v1/enroll" }; // POST EnrollRequest → EnrollResponse

} // namespace nexus::wire
