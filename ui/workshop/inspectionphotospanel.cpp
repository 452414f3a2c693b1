// Inspection photos: thumbnails from the stored JPEGs, files read with their EXIF orientation, camera frames from the
// photo capture dialog; every picture is scaled down and encoded here before ServiceOrderPhotos checks and stores it.
#include "workshop/inspectionphotospanel.h"

#include "workshop/inspectionchecklist.h"
#include "workshop/photocapturedialog.h"
#include "workshop/serviceorderphotos.h"
#include "workshop/workshopsession.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace nexus {

namespace {

constexpr int kThumbWidth = 128;
constexpr int kThumbHeight = 96;
constexpr int kPanelWidth = 2 * (kThumbWidth + 20) + 24;

QByteArray encodePhoto(const QImage &image)
{
    const QImage scaled = qMax(image.width(), image.height()) > ServiceOrderPhotos::kMaxSide
        ? image.scaled(
            ServiceOrderPhotos::kMaxSide, ServiceOrderPhotos::kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        : image;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    scaled.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

InspectionPhotosPanel::InspectionPhotosPanel(
    WorkshopSession &session, std::function<WorkshopActor()> actor, QWidget *parent)
    : QWidget(parent), m_session(session), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("inspectionPhotosPanel"));
    setFixedWidth(kPanelWidth); // beside the checklist: two thumbnails a row
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("inspectionPhotosTitle"));
    m_title->setProperty("role", QStringLiteral("sectionTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    auto button = [this](const QString &text, const char *name) {
        auto *push = new QPushButton(text, this);
        push->setObjectName(QString::fromLatin1(name));
        push->setProperty("kind", QStringLiteral("secondary"));
        return push;
    };
    auto *add = new QHBoxLayout;
    add->setSpacing(6);
    m_fromFile = button(tr("Photo from file…"), "inspectionPhotoFile");
    m_camera = button(tr("Take photo"), "inspectionPhotoCamera");
    add->addWidget(m_fromFile, 1);
    add->addWidget(m_camera, 1);
    layout->addLayout(add);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("inspectionPhotos"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(kThumbWidth, kThumbHeight));
    m_list->setGridSize(QSize(kThumbWidth + 20, kThumbHeight + 48));
    layout->addWidget(m_list, 1);
    m_remove = button(tr("Remove photo"), "inspectionPhotoRemove");
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    connect(m_fromFile, &QPushButton::clicked, this, &InspectionPhotosPanel::chooseFile);
    connect(m_camera, &QPushButton::clicked, this, &InspectionPhotosPanel::takePhoto);
    connect(m_remove, &QPushButton::clicked, this, &InspectionPhotosPanel::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &InspectionPhotosPanel::updateButtons);
    updateButtons();
}

void InspectionPhotosPanel::setOrder(const QString &orderId, bool editable)
{
    m_orderId = orderId;
    m_editable = editable;
    reload();
}

void InspectionPhotosPanel::setItem(const ChecklistItem &item)
{
    m_item = item;
    m_title->setText(tr("Photos of: %1").arg(checklistItemName(item)));
    updateButtons();
}

int InspectionPhotosPanel::photoCount() const
{
    return m_list->count();
}

void InspectionPhotosPanel::updateButtons()
{
    const bool can = m_editable && !m_orderId.isEmpty() && m_item.itemNo > 0;
    const CameraProvider &cameras = m_session.cameras();
    const bool camera = cameras.available && cameras.available() && cameras.open;
    m_fromFile->setEnabled(can);
    m_camera->setEnabled(can && camera);
    m_camera->setToolTip(camera ? QString() : tr("There is no camera connected to this computer"));
    m_remove->setEnabled(m_editable && m_list->currentItem() != nullptr);
}

void InspectionPhotosPanel::reload()
{
    m_list->clear();
    if (m_orderId.isEmpty())
        return;
    Result<std::vector<ServiceOrderPhoto>> photos = m_session.photos().of(m_orderId);
    if (!photos) {
        Q_EMIT message(photos.error().message(), true);
        return;
    }
    // The item names by number, from the order's checklist as the dialog last showed it.
    Result<ServiceOrder> order = m_session.orders().load(m_orderId);
    for (const ServiceOrderPhoto &photo : *photos) {
        QString item = QString::number(photo.itemNo);
        if (order)
            for (const ChecklistItem &entry : order->checklist)
                if (entry.itemNo == photo.itemNo)
                    item = checklistItemName(entry);
        QPixmap thumb;
        thumb.loadFromData(photo.image);
        const QString when
            = QDateTime::fromString(photo.takenAt, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("HH:mm"));
        const QFontMetrics metrics = m_list->fontMetrics();
        const int room = kThumbWidth + 12;
        auto *entry = new QListWidgetItem(
            QIcon(thumb.scaled(kThumbWidth, kThumbHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)),
            metrics.elidedText(item, Qt::ElideRight, room) + QLatin1Char('\n')
                + metrics.elidedText(photo.takenBy + QStringLiteral(" · ") + when, Qt::ElideMiddle, room),
            m_list);
        entry->setData(Qt::UserRole, photo.id);
        entry->setToolTip(item + QLatin1Char('\n')
            + (photo.source == PhotoSource::Camera ? tr("Taken with the camera") : tr("From a file")));
    }
    updateButtons();
}

void InspectionPhotosPanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a photo"),
        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        attachFile(path);
}

void InspectionPhotosPanel::attachFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone's picture stands the way it was taken
    const QImage image = reader.read();
    if (image.isNull()) {
        Q_EMIT message(
            tr("%1 cannot be read as a picture: %2").arg(QFileInfo(path).fileName(), reader.errorString()), true);
        return;
    }
    store(image, PhotoSource::File);
}

void InspectionPhotosPanel::takePhoto()
{
    const CameraProvider &cameras = m_session.cameras();
    std::unique_ptr<VideoFrameSource> source = cameras.open ? cameras.open() : nullptr;
    if (!source) {
        Q_EMIT message(tr("There is no camera connected to this computer"), true);
        return;
    }
    PhotoCaptureDialog dialog(std::move(source), checklistItemName(m_item), this);
    if (dialog.exec() == QDialog::Accepted)
        store(dialog.photo(), PhotoSource::Camera);
}

void InspectionPhotosPanel::store(const QImage &image, PhotoSource source)
{
    Result<ServiceOrderPhoto> added
        = m_session.photos().add(m_orderId, m_item.itemNo, encodePhoto(image), source, m_actor());
    if (!added) {
        Q_EMIT message(added.error().message(), true);
        return;
    }
    reload();
    m_list->setCurrentRow(m_list->count() - 1);
    Q_EMIT message(tr("Photo added to %1.").arg(checklistItemName(m_item)), false);
}

void InspectionPhotosPanel::removeSelected()
{
    const QListWidgetItem *current = m_list->currentItem();
    if (!current)
        return;
    if (Status removed = m_session.photos().remove(current->data(Qt::UserRole).toString(), m_actor()); !removed) {
        Q_EMIT message(removed.error().message(), true);
        return;
    }
    reload();
    Q_EMIT message(tr("Photo removed."), false);
}

} // namespace nexus
