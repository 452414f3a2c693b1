// POST /v1/device/epoch: a device whose nexus.db went back in time (an old backup restored) or was copied onto a
// second machine asks for a new epoch, so its outbox goes on in a seq range no other copy of it has used.
#pragma once

#include <QJsonObject>
#include <QLatin1String>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "common/error.h"

namespace nexus::wire {

inline constexpr QLatin1String kEpochPath { "/v1/device/epoch" }; // POST EpochRequest → EpochResponse (bearer)

namespace errorcode {
// 409 on push: a seq of the batch is already another mutation's at the server, so this database is not the one the
// server has been following (restored from a backup, or a copy). The device asks /v1/device/epoch, nothing is applied.
inline constexpr QLatin1String kLineageDiverged { "lineage_diverged" };
// 409 on /v1/device/epoch: the device's identity already moved to a newer epoch from another database; this one is a
// copy and may not push until it is enrolled again. Its outbox is kept.
inline constexpr QLatin1String kDeviceCloned { "device_cloned" };
} // namespace errorcode

// What made the device ask (kept in the audit and the HQ exception).
namespace epochreason {
inline constexpr QLatin1String kBehind { "behind" }; // the server acknowledged seqs this database never used
inline constexpr QLatin1String kDiverged { "diverged" }; // the push was refused with lineage_diverged
inline constexpr QLatin1String kEpochMismatch { "epoch_mismatch" }; // the server's epoch is not this database's
// Before any push: nexus.db opened behind its own folio witness (FolioWitness), i.e. an old copy was put back.
inline constexpr QLatin1String kRestored { "restored" };
[[nodiscard]] bool isKnown(const QString &reason);
} // namespace epochreason

// {"device_id", "from_epoch", "rekey_id", "reason", "last_seq", "folio_series": [...], "machine"}
struct EpochRequest
{
    static constexpr qsizetype kMaxSeries = 16;

    QString deviceId;
    int fromEpoch = 0; // the epoch this database has
    QString rekeyId; // a UUID the device stored before asking: a repeated request gets the first answer again
    QString reason; // one of epochreason::
    qint64 lastSeq = 0; // the highest seq this database may have put on the wire
    QStringList folioSeries; // the device's ticket series ("MTY1", "MTY1-D"): the server says how far it has them
    QString machine; // host name, for head office

    [[nodiscard]] QJsonObject toJson() const;
    // InvalidInput naming the field.
    [[nodiscard]] static Result<EpochRequest> fromJson(const QJsonObject &json);
};

// {"epoch": 2, "seq_floor": 150, "folios": {"MTY1": 162, "Z:<device_id>": 41}, "device_secret": "…"}
struct EpochResponse
{
    int epoch = 0; // the device's new epoch
    qint64 seqFloor = 0; // seqs of the new epoch start right above this one
    // series → highest folio number the server holds from this device; "Z:<device_id>" → its highest Z number (the
    // client's till close numbers past it)
    QMap<QString, qint64> folios;
    // The device's new secret: a new epoch rotates it (the old one only asks for this same change again). Given again,
    // the same, to a repeated request until a token is taken with it; empty after that (the device has it).
    QString deviceSecret;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<EpochResponse> fromJson(const QJsonObject &json);
};

// "MTY1-000123" → {"MTY1", 123}; "MTY1-D000012" → {"MTY1-D", 12}; nothing when there is no trailing number.
struct FolioNumber
{
    QString series;
    qint64 number = 0;
    [[nodiscard]] static std::optional<FolioNumber> parse(const QString &folio);
};

} // namespace nexus::wire
