// The customer's card beyond the record: their vehicles, the notes and calls the staff write down, and segment tags.
// Plain data shared by the counter's services, the facts that carry them up and the server handlers.
#pragma once

#include <QString>
#include <QStringList>

namespace nexus {

struct CustomerVehicleFields
{
    QString vin; // 17 characters (normalizeVin) or '' when unknown
    QString plates; // as typed; stored normalised (normalizePlate)
    QString make;
    QString model;
    int year = 0; // model year, 0 unknown
    QString engine;
    QString color;
    qint64 mileageKm = 0;

    friend bool operator==(const CustomerVehicleFields &, const CustomerVehicleFields &) = default;
};

struct CustomerVehicle
{
    QString id;
    QString customerId;
    CustomerVehicleFields fields;
    QString createdAtUtc;
    QString updatedAtUtc;

    // "Nissan Tsuru 2015 · ABC-123-D": what the counter shows for it.
    [[nodiscard]] QString describe() const;
};

enum class CustomerNoteKind { Note, Call };

struct CustomerNote
{
    QString id;
    QString customerId;
    CustomerNoteKind kind = CustomerNoteKind::Note;
    QString text;
    QString userId;
    QString userName;
    QString atUtc;
};

[[nodiscard]] QString noteKindCode(CustomerNoteKind kind); // "note" | "call"
[[nodiscard]] bool parseNoteKind(const QString &code, CustomerNoteKind &kind);

// Tags as the customer list filters by them: lower case, accents folded, blanks inside become '-', a leading '#'
// dropped, duplicates and empties removed, sorted. "Flotilla, #Taller mecánico" → ["flotilla", "taller-mecanico"].
[[nodiscard]] QStringList normalizeTags(const QStringList &typed);
[[nodiscard]] QStringList parseTags(const QString &typed); // split on commas, then normalizeTags

inline constexpr int kMaxTagLength = 30;
inline constexpr int kMaxTags = 20;
inline constexpr int kMaxNoteLength = 2000;

} // namespace nexus
