// The inspection tab's photos: the order's pictures as thumbnails (each captioned with its checklist item), and the
// two ways to add one to the selected item: a file (a picture from the phone, a scan) or the workshop's camera.
// Pictures are scaled to ServiceOrderPhotos::kMaxSide and stored as JPEG with the order, on this device.
#pragma once

#include <QWidget>

#include <functional>

#include "workshop/serviceorderphotos.h"

class QImage;

class QLabel;
class QListWidget;
class QPushButton;

namespace nexus {

class WorkshopSession;

class InspectionPhotosPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionPhotosPanel)

public:
    InspectionPhotosPanel(WorkshopSession &session, std::function<WorkshopActor()> actor, QWidget *parent = nullptr);

    // Shows the order's photos; `editable` is false once it is delivered or cancelled.
    void setOrder(const QString &orderId, bool editable);
    // The checklist item new photos are of.
    void setItem(const ChecklistItem &item);
    [[nodiscard]] int photoCount() const;

    // Attaches the picture in `path` to the current item (what "From file…" does after its file dialog).
    void attachFile(const QString &path);
    void takePhoto();

Q_SIGNALS:
    void message(const QString &text, bool error);

private:
    void chooseFile();
    void store(const QImage &image, PhotoSource source);
    void removeSelected();
    void reload();
    void updateButtons();

    WorkshopSession &m_session;
    std::function<WorkshopActor()> m_actor;
    QString m_orderId;
    bool m_editable = false;
    ChecklistItem m_item;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_fromFile = nullptr;
    QPushButton *m_camera = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace nexus
