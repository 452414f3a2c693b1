// Photos of a service order's inspection: a checklist item's evidence taken with the workshop's camera or attached
// from a file, stored with the order in nexus.db and shown as thumbnails. They stay on the device that took them:
// no outbox fact carries the picture (a megabyte per photo through the sync queue of a counter on a shop's
// connection), so the server and the other counters do not see them. The screen scales and encodes the picture
// (core links no Qt Gui): here it is checked to be a JPEG or PNG of reasonable size.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

#include "common/error.h"
#include "workshop/serviceorder.h"

namespace nexus {

class Clock;
class Database;

enum class PhotoSource { Camera, File };

struct ServiceOrderPhoto
{
    QString id;
    QString orderId;
    int itemNo = 0; // the checklist item it shows
    PhotoSource source = PhotoSource::File;
    QString mime; // image/jpeg or image/png
    QByteArray image;
    QString takenBy;
    QString takenAt; // UTC ISO-8601
};

class ServiceOrderPhotos final
{
public:
    // A picture larger than this is refused: the screen sends it scaled down (see kMaxSide).
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;
    // The longest side the screens scale a photo to before storing it.
    static constexpr int kMaxSide = 1600;

    ServiceOrderPhotos(Database &db, const Clock &clock) : m_db(db), m_clock(clock) { }

    // Errors name the field: "order" (none such), "status" (delivered or cancelled), "item" (not on its checklist),
    // "photo" (empty, too large, not a JPEG or PNG), or the actor's missing right.
    [[nodiscard]] Result<ServiceOrderPhoto> add(
        const QString &orderId, int itemNo, const QByteArray &image, PhotoSource source, const WorkshopActor &actor);
    // The order's photos, by item and then as they were taken.
    [[nodiscard]] Result<std::vector<ServiceOrderPhoto>> of(const QString &orderId) const;
    [[nodiscard]] Status remove(const QString &photoId, const WorkshopActor &actor);

private:
    Database &m_db;
    const Clock &m_clock;
};

// "image/jpeg" or "image/png" by the picture's first bytes; '' for anything else.
[[nodiscard]] QString photoMimeType(const QByteArray &image);

} // namespace nexus
