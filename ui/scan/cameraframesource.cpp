// CameraFrameSource: the default camera through Qt Multimedia; CameraProvider::system() looks for one.
#include "scan/cameraframesource.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoSink>

namespace nexus {

CameraProvider CameraProvider::system()
{
    return CameraProvider { [] { return !QMediaDevices::videoInputs().isEmpty(); },
        []() -> std::unique_ptr<VideoFrameSource> {
            const QCameraDevice device = QMediaDevices::defaultVideoInput();
            if (device.isNull())
                return nullptr;
            return std::make_unique<CameraFrameSource>(device);
        } };
}

CameraFrameSource::CameraFrameSource(const QCameraDevice &device, QObject *parent)
    : VideoFrameSource(parent), m_device(device)
{
    m_camera = new QCamera(m_device, this);
    m_session = new QMediaCaptureSession(this);
    m_sink = new QVideoSink(this);
    m_session->setCamera(m_camera);
    m_session->setVideoSink(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoFrameSource::frameArrived);
    connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &text) {
        if (error != QCamera::NoError)
            Q_EMIT failed(tr("The camera stopped working: %1").arg(text));
    });
}

CameraFrameSource::~CameraFrameSource()
{
    m_camera->stop();
}

QString CameraFrameSource::name() const
{
    return m_device.description();
}

void CameraFrameSource::start()
{
    m_camera->start();
}

void CameraFrameSource::stop()
{
    m_camera->stop();
}

} // namespace nexus
