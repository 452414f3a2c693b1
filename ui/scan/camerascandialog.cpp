// Camera scan dialog: source frames → LiveBarcodeDecoder (worker thread, bounded rate) → preview and the first known
// code.
#include "scan/camerascandialog.h"

#include "scan/livebarcodedecoder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

CameraScanDialog::CameraScanDialog(
    std::unique_ptr<VideoFrameSource> source, std::function<bool(const QString &code)> known, QWidget *parent)
    : QDialog(parent), m_source(std::move(source)), m_known(std::move(known))
{
    setObjectName(QStringLiteral("cameraScanDialog"));
    setWindowTitle(tr("Scan with the camera"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 20, 24, 20);
    outer->setSpacing(10);
    auto *title = new QLabel(tr("Scan with the camera"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);
    auto *device = new QLabel(m_source->name(), this);
    device->setObjectName(QStringLiteral("cameraScanDevice"));
    outer->addWidget(device);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("cameraScanPreview"));
    m_preview->setFixedSize(LiveBarcodeDecoder::kPreviewWidth, LiveBarcodeDecoder::kPreviewWidth * 9 / 16);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setText(tr("Starting the camera…"));
    outer->addWidget(m_preview, 0, Qt::AlignHCenter);
    m_status = new QLabel(tr("Hold the part's barcode in front of the camera."), this);
    m_status->setObjectName(QStringLiteral("cameraScanStatus"));
    m_status->setWordWrap(true);
    // Room for two lines of a long message under the preview, whatever width the label is asked for first.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2 + 8);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    outer->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Close  (Esc)"), this);
    cancel->setObjectName(QStringLiteral("cameraScanClose"));
    cancel->setAutoDefault(false);
    buttons->addWidget(cancel);
    outer->addLayout(buttons);
    setMinimumWidth(LiveBarcodeDecoder::kPreviewWidth + 48);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    m_decoder = new LiveBarcodeDecoder(LiveBarcodeDecoder::kMinIntervalMs, this);
    connect(m_source.get(), &VideoFrameSource::frameArrived, m_decoder, &LiveBarcodeDecoder::offer);
    connect(m_source.get(), &VideoFrameSource::failed, this, [this](const QString &message) {
        m_status->setText(message);
    });
    connect(m_decoder, &LiveBarcodeDecoder::looked, this, [this](const QImage &preview) {
        m_preview->setPixmap(QPixmap::fromImage(preview).scaled(
            m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    });
    connect(m_decoder, &LiveBarcodeDecoder::found, this, &CameraScanDialog::onFound);
}

CameraScanDialog::~CameraScanDialog()
{
    m_source->stop();
}

void CameraScanDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_source->start();
    }
}

void CameraScanDialog::done(int result)
{
    m_source->stop(); // the camera's light goes off as the dialog closes
    QDialog::done(result);
}

void CameraScanDialog::onFound(const DecodedBarcode &code)
{
    if (!m_code.isEmpty() || code.text == m_lastUnknown)
        return; // already taken, or the same unknown label still in front of the camera
    if (!m_known(code.text)) {
        m_lastUnknown = code.text;
        m_status->setText(tr("%1 (%2) is not a part of this catalogue. Show another barcode, or Esc to close.")
                              .arg(code.text, code.format));
        return;
    }
    m_code = code.text;
    accept();
}

} // namespace nexus
