// Photo capture: frames are only kept as they arrive; the preview is drawn a few times a second (converting every
// frame of a 30 fps camera on the UI thread would stall the dialog), the photo is the latest frame at full size.
#include "workshop/photocapturedialog.h"

#include "scan/livebarcodedecoder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr int kPreviewWidth = 640;
constexpr int kRedrawMs = 150;
} // namespace

PhotoCaptureDialog::PhotoCaptureDialog(
    std::unique_ptr<VideoFrameSource> source, const QString &itemName, QWidget *parent)
    : QDialog(parent), m_source(std::move(source))
{
    setObjectName(QStringLiteral("photoCaptureDialog"));
    setWindowTitle(tr("Take a photo"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->setSpacing(10);
    auto *title = new QLabel(tr("Photo of: %1").arg(itemName), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);
    auto *device = new QLabel(m_source->name(), this);
    device->setObjectName(QStringLiteral("mutedLabel"));
    outer->addWidget(device);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("photoCapturePreview"));
    m_preview->setFixedSize(kPreviewWidth, kPreviewWidth * 9 / 16);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setText(tr("Starting the camera…"));
    outer->addWidget(m_preview, 0, Qt::AlignHCenter);
    m_status = new QLabel(tr("Point the camera at what the photo must show."), this);
    m_status->setObjectName(QStringLiteral("photoCaptureStatus"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Close  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("photoCaptureClose"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    m_take = new QPushButton(tr("Take photo  (Enter)"), this);
    m_take->setObjectName(QStringLiteral("photoCaptureTake"));
    m_take->setDefault(true);
    m_take->setEnabled(false);
    m_take->setMinimumHeight(48); // a gloved finger on the workshop's touch screen
    buttons->addWidget(m_take);
    outer->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &PhotoCaptureDialog::take);

    m_redraw = new QTimer(this);
    m_redraw->setInterval(kRedrawMs);
    connect(m_redraw, &QTimer::timeout, this, &PhotoCaptureDialog::showPreview);
    connect(m_source.get(), &VideoFrameSource::frameArrived, this, [this](const QVideoFrame &frame) {
        m_latest = frame;
        m_fresh = true;
        if (!m_take->isEnabled()) {
            m_take->setEnabled(true);
            m_take->setFocus(); // Enter takes it, as the button says
            showPreview();
        }
    });
    connect(m_source.get(), &VideoFrameSource::failed, this, [this](const QString &text) { m_status->setText(text); });
}

PhotoCaptureDialog::~PhotoCaptureDialog()
{
    m_source->stop();
}

void PhotoCaptureDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_source->start();
        m_redraw->start();
    }
}

void PhotoCaptureDialog::done(int result)
{
    m_redraw->stop();
    m_source->stop(); // the camera's light goes off as the dialog closes
    QDialog::done(result);
}

void PhotoCaptureDialog::showPreview()
{
    if (!m_fresh)
        return;
    m_fresh = false;
    const QImage image = LiveBarcodeDecoder::frameImage(m_latest);
    if (!image.isNull())
        m_preview->setPixmap(
            QPixmap::fromImage(image).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PhotoCaptureDialog::take()
{
    m_photo = LiveBarcodeDecoder::frameImage(m_latest);
    if (m_photo.isNull()) {
        m_status->setText(tr("The camera gave no picture yet: try again."));
        return;
    }
    accept();
}

} // namespace nexus
