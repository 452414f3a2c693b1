// ReprintDialog: folio field, preview, Print / Save PDF / Close.
#include "printing/reprintdialog.h"

#include "common/formstatus.h"
#include "printing/printerconfig.h"
#include "printing/receiptpainter.h"
#include "printing/receiptpdf.h"
#include "printing/saleticketsource.h"
#include "printing/ticketprinter.h"
#include "store/localstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nexus {

namespace {
constexpr double kPreviewScale = 0.6; // printer dots → screen pixels: an 80 mm ticket about 380 px wide
}

ReprintDialog::ReprintDialog(LocalStore &store, TicketPrinter &printer, QWidget *parent)
    : QDialog(parent), m_store(store), m_printer(printer)
{
    setObjectName(QStringLiteral("reprintDialog"));
    setWindowTitle(tr("Reprint ticket"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Reprint ticket"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);

    auto *label = new QLabel(tr("&Folio"), this);
    label->setObjectName(QStringLiteral("fieldLabel"));
    layout->addWidget(label);
    auto *findRow = new QHBoxLayout;
    m_folioEdit = new QLineEdit(this);
    m_folioEdit->setObjectName(QStringLiteral("reprintFolio"));
    m_folioEdit->setPlaceholderText(tr("Type or scan the folio, e.g. MTZ1-000123"));
    label->setBuddy(m_folioEdit);
    findRow->addWidget(m_folioEdit, 1);
    auto *findButton = new QPushButton(tr("F&ind"), this);
    findButton->setObjectName(QStringLiteral("reprintFind"));
    findRow->addWidget(findButton);
    layout->addLayout(findRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reprintStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reprintScroll"));
    scroll->setWidgetResizable(true);
    scroll->setMinimumSize(420, 420);
    m_preview = new QLabel(scroll);
    m_preview->setObjectName(QStringLiteral("reprintPreview"));
    m_preview->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    scroll->setWidget(m_preview);
    layout->addWidget(scroll, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(10);
    m_pdfButton = new QPushButton(tr("Save &PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("reprintSavePdf"));
    m_printButton = new QPushButton(tr("P&rint"), this);
    m_printButton->setObjectName(QStringLiteral("reprintPrint"));
    m_printButton->setProperty("kind", QStringLiteral("primary"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("reprintClose"));
    buttons->addWidget(m_pdfButton);
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(m_printButton);
    layout->addLayout(buttons);
    m_printButton->setEnabled(false);
    m_pdfButton->setEnabled(false);

    m_folioEdit->installEventFilter(this);
    connect(findButton, &QPushButton::clicked, this, [this] { find(m_folioEdit->text()); });
    connect(m_printButton, &QPushButton::clicked, this, &ReprintDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReprintDialog::chooseAndSavePdf);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_printer, &TicketPrinter::printed, this, [this](const QString &job) {
        if (job == m_folio)
            showStatus(tr("Ticket %1 sent to the printer.").arg(job), false);
    });
    connect(&m_printer, &TicketPrinter::failed, this, [this](const QString &job, const QString &message) {
        if (job == m_folio)
            showStatus(message, true);
    });
    m_folioEdit->setFocus();
}

bool ReprintDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the folio field finds and stops there: the dialog must not pass it on to the Print button, the cashier
    // looks at the preview first and presses Enter again to print.
    if (watched == m_folioEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            find(m_folioEdit->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

int ReprintDialog::paperMm() const
{
    const Result<PrinterConfig> config = m_printer.config();
    return config ? config->paperMm : 80;
}

bool ReprintDialog::find(const QString &folio)
{
    m_ticket.reset();
    m_saleId.clear();
    m_folio.clear();
    m_preview->clear();
    m_printButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
    const Result<QString> saleId = SaleTicketSource(m_store.db()).findByFolio(folio);
    Result<ReceiptDocument> ticket
        = saleId ? m_printer.saleTicket(*saleId, true) : Result<ReceiptDocument>(std::unexpected(saleId.error()));
    if (!ticket) {
        showStatus(ticket.error().message(), true);
        m_folioEdit->setFocus();
        m_folioEdit->selectAll();
        return false;
    }
    m_saleId = *saleId;
    m_folio = folio.trimmed().toUpper();
    m_ticket = std::move(*ticket);
    m_preview->setPixmap(QPixmap::fromImage(ReceiptPainter(*m_ticket, paperMm()).toImage(kPreviewScale)));
    m_status->hide();
    m_printButton->setEnabled(true);
    m_pdfButton->setEnabled(true);
    m_printButton->setDefault(true);
    m_printButton->setFocus();
    return true;
}

void ReprintDialog::print()
{
    if (m_saleId.isEmpty())
        return;
    const Status queued = m_printer.printSale(m_saleId, true);
    if (!queued)
        showStatus(queued.error().message(), true);
    else
        showStatus(tr("Printing ticket %1…").arg(m_folio), false);
}

Status ReprintDialog::savePdf(const QString &path)
{
    if (!m_ticket)
        return fail(ErrorCode::InvalidInput, NX_ERR("Find a ticket by its folio first."), {}, QStringLiteral("folio"));
    Status written = writeReceiptPdf(*m_ticket, paperMm(), path);
    showStatus(written ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : written.error().message(), !written);
    return written;
}

void ReprintDialog::chooseAndSavePdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save ticket as PDF"),
        QDir::home().filePath(m_folio + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        (void)savePdf(path);
}

void ReprintDialog::showStatus(const QString &text, bool error)
{
    formstatus::show(m_status, text, error);
}

} // namespace nexus
