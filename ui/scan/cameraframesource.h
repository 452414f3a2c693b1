// The computer's camera as a VideoFrameSource: QCamera into a QMediaCaptureSession whose QVideoSink hands each frame
// on. Only the physical device lies behind it; nothing here decodes.
#pragma once

#include <QCameraDevice>

#include "scan/videoframesource.h"

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace nexus {

class CameraFrameSource final : public VideoFrameSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraFrameSource)

public:
    explicit CameraFrameSource(const QCameraDevice &device, QObject *parent = nullptr);
    ~CameraFrameSource() override;

    [[nodiscard]] QString name() const override;
    void start() override;
    void stop() override;

private:
    QCameraDevice m_device;
    QCamera *m_camera = nullptr;
    QMediaCaptureSession *m_session = nullptr;
    QVideoSink *m_sink = nullptr;
};

} // namespace nexus
