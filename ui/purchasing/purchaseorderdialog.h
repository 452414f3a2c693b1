// The purchase order editor (a new order or a draft): supplier, receiving warehouse, currency and exchange rate, note,
// and the lines — search the catalogue, Enter adds the part with the quantity typed and the supplier's last cost;
// quantity, cost and the supplier's part number are edited in the table (F2), Del removes a line. F12 saves the draft.
#pragma once

#include <QDialog>

#include <optional>

#include "purchasing/purchasingservice.h"
#include "sales/counterprofile.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace nexus {

struct CatalogHit;
class PartSearchPanel;

class PurchaseOrderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PurchaseOrderDialog)

public:
    enum Column { Sku, SupplierSku, Description, Quantity, UnitCost, Amount, ColumnCount };

    // `draft` empty: a new order (for `supplierId` when given).
    PurchaseOrderDialog(PurchasingService &service, const PurchasingActor &actor, const CounterProfile &profile,
        const std::optional<PurchaseOrder> &draft, const QString &catalogPath, const QString &nexusPath,
        QWidget *parent = nullptr);

    [[nodiscard]] const std::optional<PurchaseOrder> &saved() const { return m_saved; }
    [[nodiscard]] PartSearchPanel *search() const { return m_search; }
    [[nodiscard]] QStandardItemModel *lines() const { return m_lines; }
    [[nodiscard]] QTableView *linesView() const { return m_linesView; }
    void addPart(const CatalogHit &hit);
    bool confirm();
    // The day's dollar rate kept at the counter (the payment window's): a USD order without a rate takes it, and
    // the total shows its pesos.
    void setDayUsdRate(qint64 ratePpm);

private:
    void addLine(const PurchaseOrderLine &line);
    void supplierChanged();
    void updateAmounts();
    void fillDayRate();
    void showError(const QString &text, QWidget *focus);
    [[nodiscard]] std::optional<Supplier> currentSupplier() const;

    PurchasingService &m_service;
    PurchasingActor m_actor;
    QString m_draftId;
    std::vector<Supplier> m_suppliers;
    std::optional<PurchaseOrder> m_saved;
    QComboBox *m_supplier = nullptr;
    QComboBox *m_warehouse = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_rate = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_quantity = nullptr;
    PartSearchPanel *m_search = nullptr;
    QStandardItemModel *m_lines = nullptr;
    QTableView *m_linesView = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_dayRate = 0;
};

// Money typed by a person in the order's currency ("1,234.50", "$80"), as centavos.
[[nodiscard]] Result<qint64> parseCost(const QString &text);

} // namespace nexus
