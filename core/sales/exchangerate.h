// The day's dollar rate at the counter: parsed and shown with four decimals, kept as MXN per USD × 1e6 in the
// device settings until the server-authoritative rate arrives by sync.
#pragma once

#include <QString>

#include "common/error.h"
#include "common/money.h"

namespace nexus {

class LocalStore;

// settings key of the locally set rate (MXN per USD × 1e6).
inline const QString kUsdRateSetting = QStringLiteral("usd_mxn_rate_ppm");

// "17.25", "17.2500", "$17.25" → 17'250'000. More than 0 and less than 1,000, at most four decimals
// (field "exchange_rate").
[[nodiscard]] Result<qint64> parseExchangeRate(const QString &text);
// 17'250'000 → "17.2500" (four decimals, dot): the way banks and the DOF publish it.
[[nodiscard]] QString formatExchangeRate(qint64 ratePpm);
// USD cash in pesos at the rate, rounded to the centavo exactly as planPayment applies it.
[[nodiscard]] Money usdToMxn(Money usd, qint64 ratePpm);

// The stored rate; 0 when none was ever set on this device.
[[nodiscard]] Result<qint64> storedUsdRate(LocalStore &store);
[[nodiscard]] Status storeUsdRate(LocalStore &store, qint64 ratePpm);

} // namespace nexus
