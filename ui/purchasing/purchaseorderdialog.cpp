// PurchaseOrderDialog: the lines live in a QStandardItemModel (edited in place) until F12 hands them to the service.
#include "purchasing/purchaseorderdialog.h"

#include "catalog/cataloghit.h"
#include "common/fieldcaption.h"
#include "inventory/inventorywidgets.h"
#include "inventory/partsearchpanel.h"
#include "purchasing/purchaseordermessage.h"
#include "sales/exchangerate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nexus {

namespace {

constexpr int kPartIdRole = Qt::UserRole;
constexpr int kBarcodeRole = Qt::UserRole + 1;

QString centsText(qint64 cents)
{
    return QString::number(double(cents) / 100.0, 'f', 2);
}

} // namespace

Result<qint64> parseCost(const QString &text)
{
    Result<Money> money = Money::parse(text.trimmed());
    if (!money)
        return std::unexpected(money.error());
    return money->centavos();
}

PurchaseOrderDialog::PurchaseOrderDialog(PurchasingService &service, const PurchasingActor &actor,
    const CounterProfile &profile, const std::optional<PurchaseOrder> &draft, const QString &catalogPath,
    const QString &nexusPath, QWidget *parent)
    : QDialog(parent), m_service(service), m_actor(actor), m_draftId(draft ? draft->id : QString())
{
    setObjectName(QStringLiteral("purchaseOrderDialog"));
    setWindowTitle(draft ? tr("Purchase order %1").arg(draft->folio) : tr("New purchase order"));
    resize(1100, 720);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 18, 24, 18);
    outer->setSpacing(8);
    auto *title = new QLabel(draft ? tr("Draft %1").arg(draft->folio) : tr("New purchase order"), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    outer->addWidget(title);

    auto *head = new QHBoxLayout;
    auto *supplierLabel = fieldCaption(tr("Su&pplier"), this);
    m_supplier = new QComboBox(this);
    m_supplier->setObjectName(QStringLiteral("poSupplierCombo"));
    if (Result<std::vector<Supplier>> suppliers = m_service.suppliers(false); suppliers)
        m_suppliers = std::move(*suppliers);
    for (const Supplier &s : m_suppliers)
        m_supplier->addItem(s.name, s.id);
    supplierLabel->setBuddy(m_supplier);
    head->addWidget(supplierLabel);
    head->addWidget(m_supplier, 2);
    auto *warehouseLabel = fieldCaption(tr("Receive &in"), this);
    m_warehouse = new QComboBox(this);
    m_warehouse->setObjectName(QStringLiteral("poWarehouseCombo"));
    for (const BranchWarehouse &w : profile.warehouses)
        m_warehouse->addItem(w.name, w.id);
    warehouseLabel->setBuddy(m_warehouse);
    head->addWidget(warehouseLabel);
    head->addWidget(m_warehouse, 1);
    auto *currencyLabel = fieldCaption(tr("C&urrency"), this);
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("poCurrencyCombo"));
    m_currency->addItem(QStringLiteral("MXN"), QStringLiteral("MXN"));
    m_currency->addItem(QStringLiteral("USD"), QStringLiteral("USD"));
    currencyLabel->setBuddy(m_currency);
    head->addWidget(currencyLabel);
    head->addWidget(m_currency);
    auto *rateLabel = fieldCaption(tr("E&xchange rate"), this);
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("poRateEdit"));
    m_rate->setPlaceholderText(QStringLiteral("17.2500"));
    m_rate->setFixedWidth(110);
    rateLabel->setBuddy(m_rate);
    head->addWidget(rateLabel);
    head->addWidget(m_rate);
    outer->addLayout(head);

    auto *searchRow = new QHBoxLayout;
    auto *quantityLabel = fieldCaption(tr("&Quantity"), this);
    m_quantity = new QLineEdit(QStringLiteral("1"), this);
    m_quantity->setObjectName(QStringLiteral("poQuantityEdit"));
    m_quantity->setFixedWidth(90);
    quantityLabel->setBuddy(m_quantity);
    searchRow->addWidget(quantityLabel);
    searchRow->addWidget(m_quantity);
    searchRow->addWidget(new QLabel(tr("then search the part and press Enter (F2 goes to the search)"), this), 1);
    outer->addLayout(searchRow);
    m_search = new PartSearchPanel(catalogPath, nexusPath, profile.warehouses, QStringLiteral("purchaseOrder"), this);
    outer->addWidget(m_search, 3);
    connect(m_search, &PartSearchPanel::partActivated, this, &PurchaseOrderDialog::addPart);

    outer->addWidget(fieldCaption(tr("Lines (F2 on a cell edits it, Del removes the line)"), this));
    m_lines = new QStandardItemModel(0, ColumnCount, this);
    m_lines->setHorizontalHeaderLabels({ tr("SKU"), tr("Supplier's part no."), tr("Description"), tr("Quantity"),
        tr("Unit cost"), tr("Amount") });
    m_linesView = inventoryTable(QStringLiteral("poLinesView"), this);
    m_linesView->setModel(m_lines);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_linesView->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_linesView->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    outer->addWidget(m_linesView, 2);
    auto *remove = new QShortcut(QKeySequence(Qt::Key_Delete), m_linesView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        m_lines->removeRow(m_linesView->currentIndex().row());
        updateAmounts();
    });
    connect(m_lines, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() == Quantity || item->column() == UnitCost)
            updateAmounts();
    });

    auto *bottom = new QHBoxLayout;
    auto *noteLabel = fieldCaption(tr("&Note for the supplier"), this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("poNoteEdit"));
    noteLabel->setBuddy(m_note);
    bottom->addWidget(noteLabel);
    bottom->addWidget(m_note, 1);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("poTotalLabel"));
    m_total->setProperty("role", QStringLiteral("sectionTitle"));
    bottom->addWidget(m_total);
    outer->addLayout(bottom);

    m_error = errorLine(QStringLiteral("poError"), this);
    outer->addWidget(m_error);
    outer->addLayout(confirmButtons(this, QStringLiteral("purchaseOrder"), tr("Close  (Esc)"),
        tr("Save draft  (F12)"), [this] { (void)confirm(); }));
    // F2 edits the current cell in the lines table (as in a spreadsheet), anywhere else it goes to the search.
    auto *searchKey = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(searchKey, &QShortcut::activated, this, [this] {
        if (m_linesView->hasFocus() && m_linesView->currentIndex().isValid())
            m_linesView->edit(m_linesView->currentIndex());
        else
            m_search->focusSearch();
    });

    connect(m_supplier, &QComboBox::currentIndexChanged, this, [this] { supplierChanged(); });
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_rate->setEnabled(m_currency->currentData().toString() != QLatin1String("MXN"));
        fillDayRate();
        updateAmounts();
    });
    connect(m_rate, &QLineEdit::textChanged, this, [this] { updateAmounts(); });
    if (draft) {
        m_supplier->setCurrentIndex(std::max(0, m_supplier->findData(draft->supplierId)));
        m_warehouse->setCurrentIndex(std::max(0, m_warehouse->findData(draft->warehouseId)));
        m_currency->setCurrentIndex(draft->currency == Currency::USD ? 1 : 0);
        if (draft->currency != Currency::MXN)
            m_rate->setText(formatExchangeRate(draft->exchangeRateMicros));
        m_note->setText(draft->note);
        for (const PurchaseOrderLine &line : draft->lines)
            addLine(line);
    } else {
        supplierChanged();
    }
    m_rate->setEnabled(m_currency->currentData().toString() != QLatin1String("MXN"));
    if (m_suppliers.empty())
        showError(tr("There is no active supplier yet: add one in the Suppliers tab first."), m_supplier);
    updateAmounts();
    m_search->focusSearch();
}

std::optional<Supplier> PurchaseOrderDialog::currentSupplier() const
{
    const QString id = m_supplier->currentData().toString();
    for (const Supplier &s : m_suppliers)
        if (s.id == id)
            return s;
    return std::nullopt;
}

void PurchaseOrderDialog::supplierChanged()
{
    if (const std::optional<Supplier> s = currentSupplier())
        m_currency->setCurrentIndex(s->currency == Currency::USD ? 1 : 0);
}

void PurchaseOrderDialog::addLine(const PurchaseOrderLine &line)
{
    QList<QStandardItem *> row { new QStandardItem(line.sku), new QStandardItem(line.supplierSku),
        new QStandardItem(line.description), new QStandardItem(line.quantity.toString()),
        new QStandardItem(centsText(line.unitCostCents)), new QStandardItem };
    row[Sku]->setData(line.partId, kPartIdRole);
    row[Sku]->setData(line.barcode, kBarcodeRole);
    row[Sku]->setEditable(false);
    row[Description]->setEditable(false);
    row[Amount]->setEditable(false);
    row[Quantity]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row[UnitCost]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row[Amount]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_lines->appendRow(row);
    updateAmounts();
    m_linesView->resizeColumnsToContents();
    m_linesView->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
}

void PurchaseOrderDialog::addPart(const CatalogHit &hit)
{
    Result<nexus::Quantity> quantity = nexus::Quantity::parse(m_quantity->text().trimmed());
    if (!quantity || *quantity <= nexus::Quantity()) {
        showError(tr("The quantity must be greater than zero"), m_quantity);
        return;
    }
    // The same part again adds to its line.
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        if (m_lines->item(row, Sku)->data(kPartIdRole).toLongLong() != hit.partId)
            continue;
        Result<nexus::Quantity> had = nexus::Quantity::parse(m_lines->item(row, Quantity)->text());
        m_lines->item(row, Quantity)->setText((had.value_or(nexus::Quantity()) + *quantity).toString());
        m_quantity->setText(QStringLiteral("1"));
        m_error->hide();
        m_search->focusSearch();
        return;
    }
    PurchaseOrderLine line { 0, hit.partId, hit.sku, hit.barcode, {}, hit.name, *quantity, 0 };
    if (const std::optional<Supplier> s = currentSupplier())
        if (const SupplierPart *known = s->part(hit.partId)) {
            line.supplierSku = known->supplierSku;
            line.unitCostCents = known->lastCostCents;
        }
    addLine(line);
    m_error->hide();
    m_quantity->setText(QStringLiteral("1"));
    m_search->focusSearch();
}

void PurchaseOrderDialog::setDayUsdRate(qint64 ratePpm)
{
    m_dayRate = ratePpm;
    fillDayRate();
    updateAmounts();
}

void PurchaseOrderDialog::fillDayRate()
{
    if (m_dayRate > 0 && m_rate->text().trimmed().isEmpty()
        && m_currency->currentData().toString() != QLatin1String("MXN"))
        m_rate->setText(formatExchangeRate(m_dayRate));
}

void PurchaseOrderDialog::updateAmounts()
{
    const Currency currency = m_currency->currentData().toString() == QLatin1String("USD") ? Currency::USD
                                                                                           : Currency::MXN;
    qint64 total = 0;
    const QSignalBlocker blocker(m_lines);
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        Result<nexus::Quantity> quantity = nexus::Quantity::parse(m_lines->item(row, Quantity)->text().trimmed());
        Result<qint64> cost = parseCost(m_lines->item(row, UnitCost)->text());
        const qint64 amount = quantity && cost ? Money(*cost).times(quantity->thousandths()).centavos() : 0;
        if (cost)
            m_lines->item(row, UnitCost)->setText(centsText(*cost));
        m_lines->item(row, Amount)->setText(purchaseMoney(amount, currency));
        total += amount;
    }
    m_linesView->resizeColumnToContents(Amount); // a dollar amount is longer than the one it replaced
    m_linesView->viewport()->update();
    Result<qint64> rate = parseExchangeRate(m_rate->text());
    m_total->setText(tr("Total %1 + IVA").arg(purchaseMoneyBoth(total, currency, rate ? *rate : 0)));
}

void PurchaseOrderDialog::showError(const QString &text, QWidget *focus)
{
    m_error->setText(text);
    m_error->show();
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

bool PurchaseOrderDialog::confirm()
{
    PurchaseOrderDraft draft;
    draft.id = m_draftId;
    draft.supplierId = m_supplier->currentData().toString();
    draft.warehouseId = m_warehouse->currentData().toString();
    draft.currency = m_currency->currentData().toString() == QLatin1String("USD") ? Currency::USD : Currency::MXN;
    draft.note = m_note->text();
    if (draft.currency != Currency::MXN) {
        Result<qint64> rate = parseExchangeRate(m_rate->text());
        if (!rate) {
            showError(rate.error().message(), m_rate);
            return false;
        }
        draft.exchangeRateMicros = *rate;
    }
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        Result<nexus::Quantity> quantity = nexus::Quantity::parse(m_lines->item(row, Quantity)->text().trimmed());
        Result<qint64> cost = parseCost(m_lines->item(row, UnitCost)->text());
        if (!quantity || !cost) {
            m_linesView->setCurrentIndex(m_lines->index(row, quantity ? UnitCost : Quantity));
            showError(quantity ? cost.error().message() : quantity.error().message(), m_linesView);
            return false;
        }
        draft.lines.push_back(PurchaseOrderLine { 0, m_lines->item(row, Sku)->data(kPartIdRole).toLongLong(),
            m_lines->item(row, Sku)->text(), m_lines->item(row, Sku)->data(kBarcodeRole).toString(),
            m_lines->item(row, SupplierSku)->text(), m_lines->item(row, Description)->text(), *quantity, *cost });
    }
    Result<PurchaseOrder> saved = m_service.saveDraft(draft, m_actor);
    if (!saved) {
        const QString field = saved.error().field();
        QWidget *focus = m_search;
        if (field == QLatin1String("supplier_id"))
            focus = m_supplier;
        else if (field == QLatin1String("warehouse_id"))
            focus = m_warehouse;
        else if (field == QLatin1String("exchange_rate"))
            focus = m_rate;
        else if (field.startsWith(QLatin1String("lines["))) {
            focus = m_linesView;
            const int row = field.mid(6, field.indexOf(QLatin1Char(']')) - 6).toInt();
            m_linesView->setCurrentIndex(
                m_lines->index(row, field.endsWith(QLatin1String("unit_cost")) ? UnitCost : Quantity));
        }
        showError(saved.error().message(), focus);
        return false;
    }
    m_saved = std::move(*saved);
    accept();
    return true;
}

} // namespace nexus
