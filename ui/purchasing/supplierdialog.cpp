// SupplierDialog: a form over Supplier; the part numbers and costs are edited in place (F2 on a cell).
#include "purchasing/supplierdialog.h"

#include "common/fieldcaption.h"
#include "inventory/inventorywidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

namespace {

enum PartColumn { Sku, Description, SupplierSku, LastCost, Preferred };

QString costText(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}

} // namespace

SupplierDialog::SupplierDialog(PurchasingService &service, const PurchasingActor &actor,
    const std::optional<Supplier> &supplier, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_supplier(supplier.value_or(Supplier {}))
{
    setObjectName(QStringLiteral("supplierDialog"));
    setWindowTitle(supplier ? tr("Supplier") : tr("New supplier"));
    resize(900, 660);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(28, 22, 28, 22);
    outer->setSpacing(8);
    auto *title = new QLabel(supplier ? m_supplier.name : tr("New supplier"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(14);
    const auto edit = [this, form](const QString &caption, const QString &name, const QString &value,
                          const QString &placeholder) {
        auto *line = new QLineEdit(value, this);
        line->setObjectName(name);
        line->setPlaceholderText(placeholder);
        auto *label = fieldCaption(caption, this);
        label->setBuddy(line);
        form->addRow(label, line);
        return line;
    };
    m_name = edit(tr("&Name or business name"), QStringLiteral("supplierNameEdit"), m_supplier.name,
        tr("e.g. Frenos y Partes del Norte, S.A. de C.V."));
    m_rfc = edit(tr("&RFC"), QStringLiteral("supplierRfcEdit"), m_supplier.rfc, tr("12 or 13 characters; empty for a foreign supplier"));
    m_contact = edit(tr("&Contact"), QStringLiteral("supplierContactEdit"), m_supplier.contactName, tr("Who takes the orders"));
    m_phone = edit(tr("&Phone / WhatsApp"), QStringLiteral("supplierPhoneEdit"), m_supplier.phone, tr("10 digits"));
    m_email = edit(tr("&E-mail"), QStringLiteral("supplierEmailEdit"), m_supplier.email, tr("where orders are sent"));
    m_creditDays = new QSpinBox(this);
    m_creditDays->setObjectName(QStringLiteral("supplierCreditDaysSpin"));
    m_creditDays->setRange(-1, 999);
    m_creditDays->setValue(m_supplier.creditDays);
    m_creditDays->setSuffix(tr(" days"));
    auto *creditLabel = fieldCaption(tr("Cre&dit terms"), this);
    creditLabel->setBuddy(m_creditDays);
    form->addRow(creditLabel, m_creditDays);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("supplierCurrencyCombo"));
    m_currency->addItem(tr("Pesos (MXN)"), QStringLiteral("MXN"));
    m_currency->addItem(tr("Dollars (USD)"), QStringLiteral("USD"));
    m_currency->setCurrentIndex(m_supplier.currency == Currency::USD ? 1 : 0);
    auto *currencyLabel = fieldCaption(tr("C&urrency"), this);
    currencyLabel->setBuddy(m_currency);
    form->addRow(currencyLabel, m_currency);
    m_leadTime = new QSpinBox(this);
    m_leadTime->setObjectName(QStringLiteral("supplierLeadTimeSpin"));
    m_leadTime->setRange(-1, 999);
    m_leadTime->setValue(m_supplier.leadTimeDays);
    m_leadTime->setSuffix(tr(" days"));
    auto *leadLabel = fieldCaption(tr("&Lead time"), this);
    leadLabel->setBuddy(m_leadTime);
    form->addRow(leadLabel, m_leadTime);
    m_active = new QCheckBox(tr("&Active (orders can be placed)"), this);
    m_active->setObjectName(QStringLiteral("supplierActiveCheck"));
    m_active->setChecked(m_supplier.active);
    form->addRow(QString(), m_active);
    outer->addLayout(form);

    outer->addWidget(fieldCaption(tr("Parts it sells us (F2 edits a cell; receipts update the last cost)"), this));
    m_parts = new QStandardItemModel(0, 5, this);
    m_parts->setHorizontalHeaderLabels(
        { tr("Our SKU"), tr("Description"), tr("Supplier's part no."), tr("Last cost"), tr("Preferred") });
    for (const SupplierPart &part : m_supplier.parts) {
        QList<QStandardItem *> row { new QStandardItem(part.sku), new QStandardItem(part.description),
            new QStandardItem(part.supplierSku), new QStandardItem(costText(part.lastCostCents)), new QStandardItem };
        row[Sku]->setEditable(false);
        row[Description]->setEditable(false);
        row[Sku]->setData(part.partId, Qt::UserRole);
        row[Preferred]->setCheckable(true);
        row[Preferred]->setEditable(false);
        row[Preferred]->setCheckState(part.preferred ? Qt::Checked : Qt::Unchecked);
        m_parts->appendRow(row);
    }
    m_partsView = inventoryTable(QStringLiteral("supplierPartsView"), this);
    m_partsView->setModel(m_parts);
    m_partsView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_partsView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_partsView->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    outer->addWidget(m_partsView, 1);

    m_error = errorLine(QStringLiteral("supplierError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(
        this, QStringLiteral("supplier"), tr("Close  (Esc)"), tr("Save  (F12)"), [this] { (void)confirm(); }));
    m_name->setFocus();
}

void SupplierDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool SupplierDialog::confirm()
{
    Supplier s = m_supplier;
    s.name = m_name->text();
    s.rfc = m_rfc->text();
    s.contactName = m_contact->text();
    s.phone = m_phone->text();
    s.email = m_email->text();
    s.creditDays = m_creditDays->value();
    s.currency = m_currency->currentData().toString() == QLatin1String("USD") ? Currency::USD : Currency::MXN;
    s.leadTimeDays = m_leadTime->value();
    s.active = m_active->isChecked();
    s.parts.clear();
    for (int row = 0; row < m_parts->rowCount(); ++row) {
        Result<Money> cost = Money::parse(m_parts->item(row, LastCost)->text().trimmed());
        if (!cost) {
            m_partsView->setCurrentIndex(m_parts->index(row, LastCost));
            showError(cost.error().message(), m_partsView);
            return false;
        }
        s.parts.push_back(SupplierPart { m_parts->item(row, Sku)->data(Qt::UserRole).toLongLong(),
            m_parts->item(row, Sku)->text(), m_parts->item(row, Description)->text(),
            m_parts->item(row, SupplierSku)->text(), cost->centavos(),
            m_parts->item(row, Preferred)->checkState() == Qt::Checked });
    }
    Result<Supplier> saved = m_service.saveSupplier(s, m_actor);
    if (!saved) {
        const QString field = saved.error().field();
        QWidget *focus = m_name;
        if (field == QLatin1String("rfc"))
            focus = m_rfc;
        else if (field == QLatin1String("phone"))
            focus = m_phone;
        else if (field == QLatin1String("email"))
            focus = m_email;
        else if (field == QLatin1String("credit_days"))
            focus = m_creditDays;
        else if (field == QLatin1String("lead_time_days"))
            focus = m_leadTime;
        else if (field.startsWith(QLatin1String("parts[")))
            focus = m_partsView;
        showError(saved.error().message(), focus);
        return false;
    }
    m_saved = std::move(*saved);
    accept();
    return true;
}

} // namespace nexus
