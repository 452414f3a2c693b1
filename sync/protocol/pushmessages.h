// POST /v1/sync/push: a batch of outbox mutations goes up, the highest contiguous acked seq and per-mutation
// outcomes come down.
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>

#include <optional>

#include "common/error.h"

namespace nexus::wire {

inline constexpr QLatin1String kPushPath { "/v1/sync/push" }; // POST PushRequest → PushResponse (bearer token)

namespace errorcode {
inline constexpr QLatin1String kEpochMismatch { "epoch_mismatch" }; // 409: the device was restored or re-enrolled
inline constexpr QLatin1String kWrongDevice { "wrong_device" }; // 403: device_id is not the token's device
} // namespace errorcode

namespace pushstatus {
inline constexpr QLatin1String kApplied { "applied" };
inline constexpr QLatin1String kReplayed { "replayed" }; // seen before with the same hash: the stored result
inline constexpr QLatin1String kQuarantined { "quarantined" }; // malformed: kept aside, counts as processed
inline constexpr QLatin1String kRejected { "rejected" }; // same id, other hash (alarm) or no usable seq
} // namespace pushstatus

// One outbox row on the wire. Parsing never fails for a single mutation: a bad one keeps what could be read and
// says why in `problem`, so the server can quarantine it instead of refusing the whole batch.
struct PushMutation
{
    QString mutationId;
    qint64 seq = 0;
    int schemaVersion = 0;
    QString type;
    QJsonObject payload;
    QJsonObject raw; // as received, for the quarantine
    QString problem; // empty: the envelope is well-formed

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static PushMutation fromJson(const QJsonValue &value);
    // hex SHA-256 of {type, schema_v, payload} with sorted keys: what "the same mutation" means.
    [[nodiscard]] QString requestHash() const;
};

// {"device_id", "epoch", "mutations": [{mutation_id, seq, schema_v, type, payload}], "clock_skew_s"}
struct PushRequest
{
    static constexpr int kMaxBatch = 500;

    QString deviceId;
    int epoch = 1;
    QList<PushMutation> mutations;
    // Optional: the device's clock minus the server's as the device measured it from its last token answer. The
    // server flags a skewed device for head office (a measurement, not a send time: a request that arrives late
    // must not look like a wrong clock). Servers that predate it ignore it.
    std::optional<qint64> clockSkewSeconds {};

    [[nodiscard]] QJsonObject toJson() const;
    // InvalidInput naming the field for a bad envelope (device_id, epoch, mutations, more than kMaxBatch).
    [[nodiscard]] static Result<PushRequest> fromJson(const QJsonObject &json);
};

struct PushResult
{
    QString mutationId;
    qint64 seq = 0;
    QString status; // one of pushstatus::
    QString detail; // why it was quarantined or rejected; for a replay, the original status

    [[nodiscard]] QJsonObject toJson() const;
};

// {"acked_seq": 41, "results": [{mutation_id, seq, status, detail}]}
struct PushResponse
{
    qint64 ackedSeq = 0;
    QList<PushResult> results;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<PushResponse> fromJson(const QJsonObject &json);
};

} // namespace nexus::wire
