// Escanear con cámara (the sale screen's Ctrl+Shift+B): a small live preview of the camera, read a few times a second
// off the UI thread; the first barcode the counter knows closes the dialog with it (code()), as the scanner would
// have typed it. A code the counter does not know is said under the preview and reading goes on; Esc closes.
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

#include "scan/videoframesource.h"

class QLabel;
class QPushButton;

namespace nexus {

class LiveBarcodeDecoder;
struct DecodedBarcode;

class CameraScanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CameraScanDialog)

public:
    // `known` says whether a code read is one the counter sells (a part's barcode or SKU).
    CameraScanDialog(std::unique_ptr<VideoFrameSource> source, std::function<bool(const QString &code)> known,
        QWidget *parent = nullptr);
    ~CameraScanDialog() override;

    // The code read, once accepted.
    [[nodiscard]] const QString &code() const { return m_code; }
    [[nodiscard]] LiveBarcodeDecoder *decoder() const { return m_decoder; }

    void done(int result) override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onFound(const DecodedBarcode &code);

    std::unique_ptr<VideoFrameSource> m_source;
    std::function<bool(const QString &)> m_known;
    LiveBarcodeDecoder *m_decoder = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QString m_code;
    QString m_lastUnknown;
    bool m_started = false;
};

} // namespace nexus
