// A camera for UI tests: pictures turned into the frames a device would deliver (XRGB, NV12, YUYV) and a
// VideoFrameSource that sends them while started, so everything after the device runs as with a real camera.
#pragma once

#include "scan/videoframesource.h"

#include <QImage>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <cstring>

namespace nexus::test {

// The picture as a camera frame of `format`: XRGB as it is; NV12 and YUYV with the picture's luminance as Y and grey
// chroma.
inline QVideoFrame frameOf(const QImage &picture, QVideoFrameFormat::PixelFormat format)
{
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB32);
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    QVideoFrame frame(QVideoFrameFormat(picture.size(),
        format == QVideoFrameFormat::Format_Invalid
            ? QVideoFrameFormat::pixelFormatFromImageFormat(QImage::Format_RGB32)
            : format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int width = picture.width();
    const int height = picture.height();
    if (format == QVideoFrameFormat::Format_NV12) {
        for (int y = 0; y < height; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), std::size_t(width));
        for (int y = 0; y < height / 2; ++y)
            std::memset(frame.bits(1) + y * frame.bytesPerLine(1), 128, std::size_t(width));
    } else if (format == QVideoFrameFormat::Format_YUYV) {
        for (int y = 0; y < height; ++y) {
            uchar *line = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x) {
                line[2 * x] = grey.constScanLine(y)[x];
                line[2 * x + 1] = 128;
            }
        }
    } else {
        for (int y = 0; y < height; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), rgb.constScanLine(y), std::size_t(width) * 4);
    }
    frame.unmap();
    return frame;
}

// A camera for tests: sends `current` every 20 ms while started, as a device would.
class ScriptedCamera final : public VideoFrameSource
{
public:
    QVideoFrame current;
    int started = 0;
    int stopped = 0;

    ScriptedCamera()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (current.isValid())
                Q_EMIT frameArrived(current);
        });
    }
    QString name() const override { return QStringLiteral("Cámara de prueba"); }
    void start() override
    {
        ++started;
        m_timer.start();
    }
    void stop() override
    {
        ++stopped;
        m_timer.stop();
    }

private:
    QTimer m_timer;
};

} // namespace nexus::test
