// Inspection photos: checks, then one row each (no outbox fact: see the header).
#include "workshop/serviceorderphotos.h"

#include "auth/permission.h"
#include "common/clock.h"
#include "common/idgenerator.h"
#include "store/database.h"
#include "workshop/serviceordertransitions.h"

#include <QSqlQuery>

namespace nexus {

namespace {

Status requireWorkshop(const WorkshopActor &actor)
{
    if (gateAllows(TransitionGate::Workshop, actor.role))
        return {};
    return checkPermission(actor.role, gatePermission(TransitionGate::Workshop));
}

} // namespace

QString photoMimeType(const QByteArray &image)
{
    if (image.startsWith(QByteArray::fromHex("ffd8ff")))
        return QStringLiteral("image/jpeg");
    if (image.startsWith(QByteArray::fromHex("89504e470d0a1a0a")))
        return QStringLiteral("image/png");
    return {};
}

Result<ServiceOrderPhoto> ServiceOrderPhotos::add(
    const QString &orderId, int itemNo, const QByteArray &image, PhotoSource source, const WorkshopActor &actor)
{
    if (Status allowed = requireWorkshop(actor); !allowed)
        return std::unexpected(allowed.error());
    if (image.isEmpty())
        return fail(ErrorCode::InvalidInput, NX_ERR("The photo is empty"), {}, QStringLiteral("photo"));
    if (image.size() > kMaxBytes)
        return fail(ErrorCode::InvalidInput, NX_ERR("The photo is too large (%1 MB at most)"),
            { QString::number(kMaxBytes / (1024 * 1024)) }, QStringLiteral("photo"));
    const QString mime = photoMimeType(image);
    if (mime.isEmpty())
        return fail(
            ErrorCode::InvalidInput, NX_ERR("The photo must be a JPEG or PNG picture"), {}, QStringLiteral("photo"));

    Result<QSqlQuery> order
        = m_db.exec(QStringLiteral("SELECT folio, status FROM service_orders WHERE id = ?"), { orderId });
    if (!order)
        return std::unexpected(order.error());
    if (!order->next())
        return fail(ErrorCode::NotFound, NX_ERR("There is no service order %1"), { orderId }, QStringLiteral("order"));
    const QString folio = order->value(0).toString();
    Result<ServiceOrderStatus> status = serviceOrderStatusFromCode(order->value(1).toString());
    if (!status)
        return std::unexpected(status.error());
    if (isClosedStatus(*status))
        return fail(ErrorCode::Conflict, NX_ERR("The order %1 is %2: it can no longer change"),
            { folio, serviceOrderStatusName(*status).toLower() }, QStringLiteral("status"));
    Result<QVariant> item
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM service_order_checklist WHERE order_id = ? AND item_no = ?"),
            { orderId, itemNo });
    if (!item)
        return std::unexpected(item.error());
    if (item->toInt() == 0)
        return fail(ErrorCode::InvalidInput, NX_ERR("The inspection of %1 has no item %2"),
            { folio, QString::number(itemNo) }, QStringLiteral("item"));

    const ServiceOrderPhoto photo { IdGenerator::instance().nextString(), orderId, itemNo, source, mime, image,
        actor.name, m_clock.nowUtc().toString(Qt::ISODateWithMs) };
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO service_order_photos(id, order_id, item_no, source, mime, image, taken_by, "
                       "taken_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { photo.id, photo.orderId, photo.itemNo,
            source == PhotoSource::Camera ? QStringLiteral("camera") : QStringLiteral("file"), photo.mime, photo.image,
            photo.takenBy, photo.takenAt });
    if (!inserted)
        return std::unexpected(inserted.error());
    return photo;
}

Result<std::vector<ServiceOrderPhoto>> ServiceOrderPhotos::of(const QString &orderId) const
{
    Result<QSqlQuery> rows = m_db.exec(
        QStringLiteral("SELECT id, item_no, source, mime, image, taken_by, taken_at FROM service_order_photos "
                       "WHERE order_id = ? ORDER BY item_no, taken_at, id"),
        { orderId });
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<ServiceOrderPhoto> photos;
    while (rows->next())
        photos.push_back({ rows->value(0).toString(), orderId, rows->value(1).toInt(),
            rows->value(2).toString() == QLatin1String("camera") ? PhotoSource::Camera : PhotoSource::File,
            rows->value(3).toString(), rows->value(4).toByteArray(), rows->value(5).toString(),
            rows->value(6).toString() });
    return photos;
}

Status ServiceOrderPhotos::remove(const QString &photoId, const WorkshopActor &actor)
{
    if (Status allowed = requireWorkshop(actor); !allowed)
        return allowed;
    Result<QSqlQuery> removed = m_db.exec(QStringLiteral("DELETE FROM service_order_photos WHERE id = ?"), { photoId });
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, NX_ERR("There is no such photo"), {}, QStringLiteral("photo"));
    return {};
}

} // namespace nexus
