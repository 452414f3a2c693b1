// Tomar foto: the workshop's camera live (the same VideoFrameSource the barcode scan uses) and a button that keeps
// the frame on screen as the inspection's photo. Enter takes it, Esc closes without one.
#pragma once

#include <QDialog>
#include <QImage>
#include <QVideoFrame>

#include <memory>

#include "scan/videoframesource.h"

class QLabel;
class QPushButton;
class QTimer;

namespace nexus {

class PhotoCaptureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhotoCaptureDialog)

public:
    PhotoCaptureDialog(std::unique_ptr<VideoFrameSource> source, const QString &itemName, QWidget *parent = nullptr);
    ~PhotoCaptureDialog() override;

    // The picture taken, once accepted.
    [[nodiscard]] const QImage &photo() const { return m_photo; }

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showPreview();
    void take();

    std::unique_ptr<VideoFrameSource> m_source;
    QVideoFrame m_latest;
    bool m_fresh = false; // a frame arrived since the preview was last drawn
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_take = nullptr;
    QTimer *m_redraw = nullptr;
    QImage m_photo;
    bool m_started = false;
};

} // namespace nexus
