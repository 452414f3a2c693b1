// LiveBarcodeDecoder: the UI thread gates frames (busy, rate); a worker thread turns one into a picture and reads it.
#include "scan/livebarcodedecoder.h"

#include <QVideoFrameFormat>

#include <optional>

namespace nexus {

namespace {

// The Y plane of a planar or semi-planar YUV frame is a greyscale picture as it is.
bool hasLumaPlane(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

// Packed 4:2:2 (two pixels in four bytes): Y is every other byte, starting at `first`.
QImage packedLuma(const uchar *bits, int width, int height, qsizetype stride, int first)
{
    QImage out(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y) {
        const uchar *in = bits + y * stride + first;
        uchar *line = out.scanLine(y);
        for (int x = 0; x < width; ++x)
            line[x] = in[2 * x];
    }
    return out;
}

} // namespace

QImage LiveBarcodeDecoder::frameImage(const QVideoFrame &input)
{
    if (!input.isValid())
        return {};
    QVideoFrame frame(input);
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const QImage::Format rgb = QVideoFrameFormat::imageFormatFromPixelFormat(format);
    const bool packed = format == QVideoFrameFormat::Format_YUYV || format == QVideoFrameFormat::Format_UYVY;
    if ((rgb != QImage::Format_Invalid || hasLumaPlane(format) || packed) && frame.map(QVideoFrame::ReadOnly)) {
        const int width = frame.width();
        const int height = frame.height();
        QImage out;
        if (packed)
            out = packedLuma(frame.bits(0), width, height, frame.bytesPerLine(0),
                format == QVideoFrameFormat::Format_UYVY ? 1 : 0);
        else
            out = QImage(frame.bits(0), width, height, frame.bytesPerLine(0),
                rgb != QImage::Format_Invalid ? rgb : QImage::Format_Grayscale8)
                      .copy(); // the frame's memory goes back to the camera at unmap
        frame.unmap();
        return out;
    }
    return input.toImage(); // GPU-backed frames and the formats read above not covered
}

LiveBarcodeDecoder::LiveBarcodeDecoder(int minIntervalMs, QObject *parent)
    : QObject(parent), m_minIntervalMs(minIntervalMs)
{
    m_thread.setObjectName(QStringLiteral("nexus-camera-decoder"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

LiveBarcodeDecoder::~LiveBarcodeDecoder()
{
    m_thread.quit();
    m_thread.wait();
}

bool LiveBarcodeDecoder::offer(const QVideoFrame &frame)
{
    if (m_busy || !frame.isValid() || (m_lastTaken.isValid() && m_lastTaken.elapsed() < m_minIntervalMs))
        return false;
    m_busy = true;
    m_lastTaken.start();
    ++m_taken;
    QMetaObject::invokeMethod(
        m_worker,
        [this, frame] {
            QImage picture = frameImage(frame);
            if (picture.width() > kDecodeWidth)
                picture = picture.scaledToWidth(kDecodeWidth, Qt::SmoothTransformation);
            const QImage preview
                = picture.isNull() ? QImage() : picture.scaledToWidth(kPreviewWidth, Qt::SmoothTransformation);
            Result<DecodedBarcode> read = picture.isNull()
                ? Result<DecodedBarcode>(std::unexpected(Error()))
                : ImageBarcodeReader::read(picture);
            std::optional<DecodedBarcode> code;
            if (read)
                code = *read;
            // Back on the UI thread (dropped if the decoder is gone by then).
            QMetaObject::invokeMethod(
                this,
                [this, preview, code] {
                    m_busy = false;
                    if (!preview.isNull())
                        Q_EMIT looked(preview);
                    if (code)
                        Q_EMIT found(*code);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return true;
}

} // namespace nexus
