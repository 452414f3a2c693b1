// RMA: send the defective piece of a claim back to its supplier (supplier, their RMA or shipping number, a note), or
// settle a sent one (credited with the amount, or rejected with the supplier's reason). F12 (or Ctrl+Enter)
// confirms, Esc cancels.
#pragma once

#include <QDialog>

#include <optional>

#include "warranty/rmaservice.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class RmaDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RmaDialog)

public:
    // Sending the piece of `claim` to one of `suppliers` (purchasing's, those that sell the part first) or to a
    // supplier typed by name.
    RmaDialog(RmaService &rmas, WarrantyActor actor, const WarrantyClaim &claim, const QList<RmaSupplier> &suppliers,
        QWidget *parent = nullptr);
    // Settling `rma`.
    RmaDialog(RmaService &rmas, WarrantyActor actor, const Rma &rma, QWidget *parent = nullptr);

    bool confirm();
    [[nodiscard]] const std::optional<Rma> &rma() const { return m_result; }

private:
    void build(const QString &title, const QString &info, const QList<RmaSupplier> &suppliers = {});
    void onOutcomeChanged();

    RmaService &m_rmas;
    WarrantyActor m_actor;
    QString m_claimId; // sending
    QString m_rmaId; // settling
    std::optional<Rma> m_result;
    QComboBox *m_supplier = nullptr;
    QLineEdit *m_reference = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_creditLabel = nullptr;
    QLineEdit *m_credit = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
