// PrinterSetupDialog: a form over PrinterConfig; PrinterSettings validates and stores it.
#include "printing/printersetupdialog.h"

#include "common/formstatus.h"
#include "printing/receiptdocument.h"
#include "printing/ticketprinter.h"
#include "store/localstore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nexus {

PrinterSetupDialog::PrinterSetupDialog(LocalStore &store, TicketPrinter &printer, QWidget *parent)
    : QDialog(parent), m_store(store), m_printer(printer)
{
    setObjectName(QStringLiteral("printerSetupDialog"));
    setWindowTitle(tr("Ticket printer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    auto *title = new QLabel(tr("Ticket printer"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("printerKind"));
    m_kind->addItem(tr("USB or serial device"), int(PrinterKind::Device));
    m_kind->addItem(tr("Network printer (port 9100)"), int(PrinterKind::Network));
    m_kind->addItem(tr("File"), int(PrinterKind::File));
    form->addRow(tr("&Connection"), m_kind);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("printerTarget"));
    form->addRow(tr("&Address"), m_target);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("printerPaper"));
    m_paper->addItem(tr("80 mm (48 characters)"), 80);
    m_paper->addItem(tr("58 mm (32 characters)"), 58);
    form->addRow(tr("&Paper"), m_paper);

    auto *logoRow = new QHBoxLayout;
    m_printLogo = new QCheckBox(tr("Print the &logo"), this);
    m_printLogo->setObjectName(QStringLiteral("printerPrintLogo"));
    auto *chooseLogo = new QPushButton(tr("Choose &image…"), this);
    chooseLogo->setObjectName(QStringLiteral("printerChooseLogo"));
    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(QStringLiteral("printerLogoPreview"));
    logoRow->addWidget(m_printLogo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_logoPreview, 1);
    form->addRow(tr("Logo"), logoRow);

    m_header = new QPlainTextEdit(this);
    m_header->setObjectName(QStringLiteral("printerHeader"));
    m_header->setPlaceholderText(tr("Extra lines under the branch data, e.g. WhatsApp 81 1234 5678"));
    m_header->setMaximumHeight(90);
    form->addRow(tr("&Header lines"), m_header);
    m_invoiceUrl = new QLineEdit(this);
    m_invoiceUrl->setObjectName(QStringLiteral("printerInvoiceUrl"));
    m_invoiceUrl->setPlaceholderText(QString::fromLatin1(PrinterConfig::kDefaultInvoiceUrl));
    form->addRow(tr("&Invoicing portal"), m_invoiceUrl);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printerStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    auto *test = new QPushButton(tr("Save and print a &test page"), this);
    test->setObjectName(QStringLiteral("printerTestPage"));
    auto *saveButton = new QPushButton(tr("&Save"), this);
    saveButton->setObjectName(QStringLiteral("printerSave"));
    saveButton->setProperty("kind", QStringLiteral("primary"));
    saveButton->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("printerCancel"));
    buttons->addWidget(test);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(saveButton);
    layout->addLayout(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PrinterSetupDialog::updateTargetHint);
    connect(chooseLogo, &QPushButton::clicked, this, &PrinterSetupDialog::chooseLogo);
    connect(test, &QPushButton::clicked, this, [this] { (void)printTestPage(); });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_printer, &TicketPrinter::printed, this, [this](const QString &job) {
        if (job == QLatin1String("test-page"))
            showStatus(tr("The test page was sent to the printer."), false);
    });
    connect(&m_printer, &TicketPrinter::failed, this, [this](const QString &job, const QString &message) {
        if (job == QLatin1String("test-page"))
            showStatus(message, true);
    });

    const Result<PrinterConfig> stored = PrinterSettings(m_store.db()).load();
    load(stored ? *stored : PrinterConfig());
    if (!stored)
        showStatus(stored.error().message(), true);
}

void PrinterSetupDialog::load(const PrinterConfig &config)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(config.kind))));
    m_target->setText(config.target);
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(config.paperMm)));
    m_printLogo->setChecked(config.printLogo);
    m_logoPng = config.logoPng;
    m_logoPreview->setPixmap(QPixmap::fromImage(QImage::fromData(m_logoPng).scaledToHeight(40)));
    m_header->setPlainText(config.headerLines.join(QLatin1Char('\n')));
    m_invoiceUrl->setText(config.invoiceUrl);
    updateTargetHint();
}

PrinterConfig PrinterSetupDialog::config() const
{
    PrinterConfig config;
    config.kind = PrinterKind(m_kind->currentData().toInt());
    config.target = m_target->text().trimmed();
    config.paperMm = m_paper->currentData().toInt();
    config.printLogo = m_printLogo->isChecked();
    config.logoPng = m_logoPng;
    const QString header = m_header->toPlainText().trimmed();
    if (!header.isEmpty())
        config.headerLines = header.split(QLatin1Char('\n'));
    config.invoiceUrl = m_invoiceUrl->text().trimmed();
    return config;
}

void PrinterSetupDialog::updateTargetHint()
{
    switch (PrinterKind(m_kind->currentData().toInt())) {
    case PrinterKind::Device:
        m_target->setPlaceholderText(QStringLiteral("/dev/usb/lp0"));
        break;
    case PrinterKind::Network:
        m_target->setPlaceholderText(QStringLiteral("192.168.1.50:9100"));
        break;
    case PrinterKind::File:
        m_target->setPlaceholderText(tr("Path of the file that receives the tickets"));
        break;
    }
}

bool PrinterSetupDialog::setLogoFile(const QString &path)
{
    QImageReader reader(path);
    const QImage image = reader.read();
    if (image.isNull()) {
        showStatus(tr("%1 is not an image (%2).").arg(QFileInfo(path).fileName(), reader.errorString()), true);
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG"); // one format in settings whatever the cashier picked
    m_logoPng = png;
    m_logoPreview->setPixmap(QPixmap::fromImage(image.scaledToHeight(40, Qt::SmoothTransformation)));
    m_printLogo->setChecked(true);
    return true;
}

void PrinterSetupDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the ticket logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        setLogoFile(path);
}

Status PrinterSetupDialog::save()
{
    Status saved = PrinterSettings(m_store.db()).save(config());
    if (!saved) {
        showStatus(saved.error().message(), true);
        if (saved.error().field() == QLatin1String("target"))
            m_target->setFocus();
        return saved;
    }
    showStatus(tr("Printer settings saved."), false);
    return {};
}

Status PrinterSetupDialog::printTestPage()
{
    Status saved = save();
    if (!saved)
        return saved;
    const PrinterConfig printer = config();
    ReceiptDocument page;
    if (printer.printLogo && !printer.logoPng.isEmpty())
        page.logo(printer.logoPng);
    page.text(QStringLiteral("Nexus POS"), ReceiptAlign::Center, true, true)
        .text(QStringLiteral("Prueba de impresora"), ReceiptAlign::Center, true)
        .separator()
        .text(QStringLiteral("Acentos: ñ Ñ á é í ó ú ü ¿? ¡! $"))
        .columns(QStringLiteral("Papel"), QStringLiteral("%1 mm").arg(printer.paperMm))
        .columns(QStringLiteral("Columnas"), QString::number(printer.columns()))
        .separator()
        .barcode("PRUEBA-123")
        .qrCode(printer.effectiveInvoiceUrl().toUtf8());
    Status queued = m_printer.printDocument(page, QStringLiteral("test-page"));
    showStatus(queued ? tr("Printing the test page…") : queued.error().message(), !queued);
    return queued;
}

void PrinterSetupDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

} // namespace nexus
