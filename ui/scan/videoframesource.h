// Where live frames for barcode reading come from: the computer's camera (CameraFrameSource, Qt Multimedia) or, in
// tests, frames made from pictures. The camera scan dialog only knows this interface, so everything after the device
// (frame → picture → ZXing → the part added) runs the same with and without a camera.
#pragma once

#include <QObject>
#include <QString>
#include <QVideoFrame>

#include <functional>
#include <memory>

namespace nexus {

class VideoFrameSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoFrameSource)

public:
    explicit VideoFrameSource(QObject *parent = nullptr) : QObject(parent) { }
    ~VideoFrameSource() override = default;

    // What the cashier sees the frames come from ("HD Webcam C270").
    [[nodiscard]] virtual QString name() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    // Every frame the device delivers, on the thread of the source (the UI thread).
    void frameArrived(const QVideoFrame &frame);
    // The device could not be opened or stopped working: a translated sentence for the cashier.
    void failed(const QString &message);
};

// Which camera the counter uses: whether one exists now, and a source over it. The sale screen takes the system's;
// tests give their own.
struct CameraProvider
{
    std::function<bool()> available;
    std::function<std::unique_ptr<VideoFrameSource>()> open; // nullptr when there is none

    // Qt Multimedia's default video input (QMediaDevices).
    [[nodiscard]] static CameraProvider system();
};

} // namespace nexus
