// SupplierPaymentDialog: three fields over PurchasingService::recordPayment.
#include "purchasing/supplierpaymentdialog.h"

#include "common/fieldcaption.h"
#include "inventory/inventorywidgets.h"
#include "purchasing/purchaseordermessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nexus {

SupplierPaymentDialog::SupplierPaymentDialog(
    PurchasingService &service, const PurchasingActor &actor, const SupplierPayable &payable, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_supplierId(payable.supplierId)
{
    setObjectName(QStringLiteral("supplierPaymentDialog"));
    setWindowTitle(tr("Payment to %1").arg(payable.supplierName));
    resize(560, 320);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 18);
    auto *title = new QLabel(tr("Payment to %1").arg(payable.supplierName), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);
    outer->addWidget(new QLabel(tr("Owed: %1").arg(purchaseMoney(payable.balanceCents(), Currency::MXN)), this));
    auto *form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("paymentAmountEdit"));
    m_amount->setPlaceholderText(tr("pesos, e.g. 1,250.00"));
    auto *amountLabel = fieldCaption(tr("&Amount"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, m_amount);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("paymentMethodCombo"));
    m_method->addItem(tr("Bank transfer"), QStringLiteral("transfer"));
    m_method->addItem(tr("Cash"), QStringLiteral("cash"));
    m_method->addItem(tr("Check"), QStringLiteral("check"));
    m_method->addItem(tr("Card"), QStringLiteral("card"));
    auto *methodLabel = fieldCaption(tr("&Paid by"), this);
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("paymentReferenceEdit"));
    m_reference->setPlaceholderText(tr("SPEI tracking, check no.…"));
    auto *referenceLabel = fieldCaption(tr("&Reference"), this);
    referenceLabel->setBuddy(m_reference);
    form->addRow(referenceLabel, m_reference);
    outer->addLayout(form);
    m_error = errorLine(QStringLiteral("paymentError"), this);
    outer->addWidget(m_error);
    outer->addStretch(1);
    outer->addLayout(confirmButtons(
        this, QStringLiteral("payment"), tr("Close  (Esc)"), tr("Record payment  (F12)"), [this] { (void)confirm(); }));
    m_amount->setFocus();
}

bool SupplierPaymentDialog::confirm()
{
    Result<Money> amount = Money::parse(m_amount->text().trimmed());
    Result<SupplierPayment> paid = amount
        ? m_service.recordPayment(
              m_supplierId, amount->centavos(), m_method->currentData().toString(), m_reference->text(), m_actor)
        : Result<SupplierPayment>(std::unexpected(amount.error()));
    if (!paid) {
        m_error->setText(paid.error().message());
        m_error->show();
        m_amount->setFocus();
        return false;
    }
    m_result = std::move(*paid);
    accept();
    return true;
}

} // namespace nexus
