// This counter's CFDIs as a table: type (factura I / nota de crédito E / recibo de pago P), date, folios, state
// (pendiente de timbrar, timbrada, cancelación pendiente, cancelada, rechazada), receiver, total, folio fiscal.
#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "cfdi/invoicingservice.h"

namespace nexus {

class InvoiceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceListModel)
public:
    enum Column { Type, Date, Folio, State, Receiver, Total, Uuid, ColumnCount };
    enum Role { InvoiceIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit InvoiceListModel(QObject *parent = nullptr);

    // The rows as InvoicingService::all() read them, newest first.
    void setInvoices(std::vector<InvoiceRecord> invoices);
    [[nodiscard]] const InvoiceRecord *invoiceAt(int row) const;
    [[nodiscard]] int rowOf(const QString &invoiceId) const;

    [[nodiscard]] static QString typeTitle(CfdiType type);
    [[nodiscard]] static QString stateTitle(const InvoiceRecord &record);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<InvoiceRecord> m_rows;
};

} // namespace nexus
