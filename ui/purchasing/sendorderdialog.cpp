// SendOrderDialog: writePurchaseOrderPdf + purchaseOrderMessage, then PurchasingService::markSent.
#include "purchasing/sendorderdialog.h"

#include "common/fieldcaption.h"
#include "inventory/inventorywidgets.h"
#include "purchasing/purchaseordermessage.h"
#include "purchasing/purchaseorderpdf.h"
#include "purchasing/purchaseordersender.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QUrl>
#include <QVBoxLayout>

namespace nexus {

SendOrderDialog::SendOrderDialog(PurchasingService &service, const PurchasingActor &actor, const PurchaseOrder &order,
    const Supplier &supplier, const QString &storeName, const QString &warehouseName, const QString &pdfPath,
    NotificationService *notifications, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_orderId(order.id), m_supplier(supplier),
      m_storeName(storeName), m_warehouseName(warehouseName), m_pdfPath(pdfPath), m_notifications(notifications)
{
    setObjectName(QStringLiteral("sendOrderDialog"));
    setWindowTitle(tr("Send %1").arg(order.folio));
    resize(900, 640);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 18);
    outer->setSpacing(8);
    auto *title = new QLabel(tr("Send %1 to %2").arg(order.folio, supplier.name), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    QDir().mkpath(QFileInfo(pdfPath).absolutePath());
    Result<int> pages = writePurchaseOrderPdf(order, supplier, { storeName, warehouseName, actor.displayName }, pdfPath);
    m_pdfWritten = pages.has_value();
    auto *pdf = new QLabel(m_pdfWritten ? tr("PDF written: %1  (Ctrl+O opens it)").arg(QDir::toNativeSeparators(pdfPath))
                                        : pages.error().message(),
        this);
    pdf->setObjectName(QStringLiteral("sendPdfLabel"));
    pdf->setWordWrap(true);
    pdf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(pdf);
    const SupplierAddresses addresses = supplierAddresses(supplier);
    const bool queues = addresses.any() && m_notifications && m_pdfWritten;
    QStringList to;
    if (!addresses.whatsapp.isEmpty())
        to << tr("WhatsApp %1").arg(addresses.whatsapp);
    if (!addresses.email.isEmpty())
        to << tr("e-mail %1").arg(addresses.email);
    auto *where = new QLabel(queues ? tr("F12 sends the PDF by %1 as soon as the store is online.").arg(to.join(tr(" and ")))
                                    : tr("The supplier has no mobile number or e-mail: F12 only marks the order as "
                                         "sent; send the PDF and this text yourself."),
        this);
    where->setObjectName(QStringLiteral("sendToLabel"));
    where->setWordWrap(true);
    outer->addWidget(where);
    const PurchaseOrderMessage message = purchaseOrderMessage(order, supplier, storeName, warehouseName);
    outer->addWidget(fieldCaption(tr("Subject: %1").arg(message.subject), this));
    m_text = new QPlainTextEdit(message.body, this);
    m_text->setObjectName(QStringLiteral("sendMessageText"));
    m_text->setReadOnly(true);
    outer->addWidget(m_text, 1);
    outer->addWidget(new QLabel(queues ? tr("Ctrl+Shift+C copies the text · F12 sends it and marks the order as sent")
                                       : tr("Ctrl+Shift+C copies the text · F12 marks the order as sent"),
        this));
    m_error = errorLine(QStringLiteral("sendError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(this, QStringLiteral("send"), tr("Close  (Esc)"),
        queues ? tr("Send to the supplier  (F12)") : tr("Mark as sent  (F12)"), [this] { (void)confirm(); }));
    auto *copy = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    connect(copy, &QShortcut::activated, this, [this, message] {
        QGuiApplication::clipboard()->setText(message.subject + QStringLiteral("\n\n") + message.body);
    });
    auto *open = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    connect(open, &QShortcut::activated, this, [pdfPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(pdfPath)); });
}

QString SendOrderDialog::messageText() const
{
    return m_text->toPlainText();
}

bool SendOrderDialog::confirm()
{
    PurchasingService::SentHook queue;
    if (m_notifications && m_pdfWritten && supplierAddresses(m_supplier).any()) {
        QFile file(m_pdfPath);
        const QByteArray pdf = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        queue = [this, pdf](const PurchaseOrder &order) -> Status {
            Result<QStringList> queued = queuePurchaseOrder(*m_notifications, order, m_supplier,
                { m_storeName, m_warehouseName, QFileInfo(m_pdfPath).fileName(), pdf });
            if (!queued)
                return std::unexpected(queued.error());
            m_queuedTo = *queued;
            return {};
        };
    }
    Result<PurchaseOrder> sent = m_service.markSent(m_orderId, m_actor, queue);
    if (!sent) {
        m_error->setText(sent.error().message());
        m_error->show();
        return false;
    }
    m_result = std::move(*sent);
    accept();
    return true;
}

} // namespace nexus
