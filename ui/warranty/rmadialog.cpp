// RmaDialog: one form for both steps of an RMA.
#include "warranty/rmadialog.h"

#include "common/fieldcaption.h"
#include "common/formstatus.h"
#include "warranty/warrantyform.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace nexus {

RmaDialog::RmaDialog(RmaService &rmas, WarrantyActor actor, const WarrantyClaim &claim,
    const QList<RmaSupplier> &suppliers, QWidget *parent)
    : QDialog(parent), m_rmas(rmas), m_actor(std::move(actor)), m_claimId(claim.id)
{
    build(tr("Send to the supplier (RMA)"),
        tr("%1 × %2  %3 of claim %4 leaves the defective location.")
            .arg(claim.quantity.toString(), claim.sku, claim.description, claim.folio),
        suppliers);
}

RmaDialog::RmaDialog(RmaService &rmas, WarrantyActor actor, const Rma &rma, QWidget *parent)
    : QDialog(parent), m_rmas(rmas), m_actor(std::move(actor)), m_rmaId(rma.id)
{
    build(tr("Settle RMA %1").arg(rma.folio),
        tr("%1 × %2  %3 sent to %4.").arg(rma.quantity.toString(), rma.sku, rma.description, rma.supplierName));
}

void RmaDialog::build(const QString &title, const QString &infoText, const QList<RmaSupplier> &suppliers)
{
    setObjectName(QStringLiteral("rmaDialog"));
    setMinimumWidth(560);
    QVBoxLayout *outer = formstatus::frame(this, title);
    auto *info = new QLabel(infoText, this);
    info->setWordWrap(true);
    outer->addWidget(info);
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString &caption, QWidget *field) {
        QLabel *label = fieldCaption(caption, this);
        label->setBuddy(field);
        form->addWidget(label, row, 0);
        form->addWidget(field, row, 1);
        ++row;
        return label;
    };
    if (m_rmaId.isEmpty()) {
        m_supplier = new QComboBox(this);
        m_supplier->setObjectName(QStringLiteral("rmaSupplierCombo"));
        m_supplier->setEditable(true);
        m_supplier->setInsertPolicy(QComboBox::NoInsert);
        for (const RmaSupplier &supplier : suppliers)
            m_supplier->addItem(supplier.sellsThePart ? tr("%1 (sells this part)").arg(supplier.name) : supplier.name,
                supplier.id);
        // The supplier that sells the part comes first and is proposed; anyone else is typed.
        m_supplier->setCurrentIndex(!suppliers.isEmpty() && suppliers.first().sellsThePart ? 0 : -1);
        m_supplier->lineEdit()->setPlaceholderText(tr("Who it goes back to"));
        addRow(tr("&Supplier"), m_supplier);
        m_reference = new QLineEdit(this);
        m_reference->setObjectName(QStringLiteral("rmaReferenceEdit"));
        m_reference->setPlaceholderText(tr("The supplier's RMA or shipping number"));
        addRow(tr("&Reference"), m_reference);
    } else {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("rmaOutcomeCombo"));
        m_outcome->addItem(rmaStatusTitle(RmaStatus::Credited), int(RmaStatus::Credited));
        m_outcome->addItem(rmaStatusTitle(RmaStatus::Rejected), int(RmaStatus::Rejected));
        addRow(tr("&Outcome"), m_outcome);
        m_credit = new QLineEdit(this);
        m_credit->setObjectName(QStringLiteral("rmaCreditEdit"));
        m_credit->setPlaceholderText(tr("$0.00"));
        m_creditLabel = addRow(tr("&Credit"), m_credit);
        connect(m_outcome, &QComboBox::currentIndexChanged, this, &RmaDialog::onOutcomeChanged);
    }
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("rmaNoteEdit"));
    addRow(tr("&Note"), m_note);
    outer->addLayout(form);
    m_error = warrantyform::addFoot(
        this, outer, "rmaError", m_rmaId.isEmpty() ? tr("Send  (F12)") : tr("Settle  (F12)"), "rmaConfirmButton",
        [this] { confirm(); });
    if (m_supplier)
        m_supplier->setFocus();
    else
        m_outcome->setFocus();
}

void RmaDialog::onOutcomeChanged()
{
    const bool credited = RmaStatus(m_outcome->currentData().toInt()) == RmaStatus::Credited;
    m_creditLabel->setVisible(credited);
    m_credit->setVisible(credited);
    m_note->setPlaceholderText(credited ? QString() : tr("The supplier's reason (required)"));
}

bool RmaDialog::confirm()
{
    Result<Rma> done;
    if (m_rmaId.isEmpty()) {
        // A supplier of the list is referenced by id; a name typed that is none of them goes as text.
        const int listed = m_supplier->findText(m_supplier->currentText(), Qt::MatchFixedString);
        const QString supplierId = listed >= 0 ? m_supplier->itemData(listed).toString() : QString();
        done = m_rmas.send(
            { m_claimId, supplierId, m_supplier->currentText(), m_reference->text(), m_note->text() }, m_actor);
    } else {
        const auto outcome = RmaStatus(m_outcome->currentData().toInt());
        Money credit;
        if (outcome == RmaStatus::Credited) {
            Result<Money> parsed = Money::parse(m_credit->text());
            if (!parsed) {
                formstatus::show(m_error, parsed.error().message(), true);
                m_credit->setFocus();
                return false;
            }
            credit = *parsed;
        }
        done = m_rmas.settle(m_rmaId, outcome, credit, m_note->text(), m_actor);
    }
    if (!done) {
        formstatus::show(m_error, done.error().message(), true);
        const QString field = done.error().field();
        if (field == QLatin1String("supplier_name") && m_supplier)
            m_supplier->setFocus();
        else if (field == QLatin1String("credit_cents") && m_credit)
            m_credit->setFocus();
        else if (field == QLatin1String("note"))
            m_note->setFocus();
        return false;
    }
    m_result = std::move(*done);
    accept();
    return true;
}

} // namespace nexus
