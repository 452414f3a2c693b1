// SendOrderDialog: writePurchaseOrderPdf + purchaseOrderMessage, then PurchasingService::markSent.
#include "purchasing/sendorderdialog.h"

#include "common/fieldcaption.h"
#include "inventory/inventorywidgets.h"
#include "purchasing/purchaseordermessage.h"
#include "purchasing/purchaseorderpdf.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
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
    QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_orderId(order.id)
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
    QStringList to;
    if (!supplier.email.isEmpty())
        to << tr("e-mail %1").arg(supplier.email);
    if (!supplier.phone.isEmpty())
        to << tr("WhatsApp %1").arg(supplier.phone);
    outer->addWidget(new QLabel(to.isEmpty() ? tr("The supplier has no e-mail or phone: add them in its card.")
                                             : tr("Send the PDF and this text by %1.").arg(to.join(tr(" or "))),
        this));
    const PurchaseOrderMessage message = purchaseOrderMessage(order, supplier, storeName, warehouseName);
    outer->addWidget(fieldCaption(tr("Subject: %1").arg(message.subject), this));
    m_text = new QPlainTextEdit(message.body, this);
    m_text->setObjectName(QStringLiteral("sendMessageText"));
    m_text->setReadOnly(true);
    outer->addWidget(m_text, 1);
    outer->addWidget(new QLabel(tr("Ctrl+Shift+C copies the text · F12 marks the order as sent"), this));
    m_error = errorLine(QStringLiteral("sendError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(
        this, QStringLiteral("send"), tr("Close  (Esc)"), tr("Mark as sent  (F12)"), [this] { (void)confirm(); }));
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
    Result<PurchaseOrder> sent = m_service.markSent(m_orderId, m_actor);
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
