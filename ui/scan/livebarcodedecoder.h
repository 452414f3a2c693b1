// Reads barcodes from live video frames off the UI thread at a bounded rate: a frame offered while the worker is
// still busy, or sooner than the interval after the last one taken, is dropped (a camera sends 30 a second; a few
// are enough, and the counter must not lag). Each frame taken becomes a picture (YUV frames by their luminance plane,
// RGB frames as they are, anything else through QVideoFrame::toImage) for ImageBarcodeReader.
#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QThread>
#include <QVideoFrame>

#include "scan/imagebarcodereader.h"

namespace nexus {

class LiveBarcodeDecoder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveBarcodeDecoder)

public:
    static constexpr int kMinIntervalMs = 150; // at most about 6 frames a second are looked at
    static constexpr int kDecodeWidth = 1280; // larger frames are scaled down first (ZXing's time grows with pixels)
    static constexpr int kPreviewWidth = 480;

    explicit LiveBarcodeDecoder(int minIntervalMs = kMinIntervalMs, QObject *parent = nullptr);
    ~LiveBarcodeDecoder() override;

    // True when the frame was taken for reading; false when it was dropped (busy, too soon, invalid).
    bool offer(const QVideoFrame &frame);
    [[nodiscard]] int framesTaken() const { return m_taken; }
    [[nodiscard]] bool busy() const { return m_busy; }

    // The frame as a picture: luminance (Format_Grayscale8) for the YUV formats cameras send, a copy for the RGB
    // ones, QVideoFrame::toImage for the rest; null for an invalid frame.
    [[nodiscard]] static QImage frameImage(const QVideoFrame &frame);

Q_SIGNALS:
    // Every frame read, scaled to kPreviewWidth, for the live preview.
    void looked(const QImage &preview);
    // A barcode was read in a frame.
    void found(const nexus::DecodedBarcode &code);

private:
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; the reading runs in lambdas posted to it
    QElapsedTimer m_lastTaken;
    int m_minIntervalMs;
    int m_taken = 0;
    bool m_busy = false;
};

} // namespace nexus
