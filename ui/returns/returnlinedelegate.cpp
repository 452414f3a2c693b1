// ReturnLineDelegate: quantities cross the editor as whole pieces or as text with three decimals, never as money.
#include "returns/returnlinedelegate.h"

#include "returns/returnlinesmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSpinBox>

namespace nexus {

QWidget *ReturnLineDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == ReturnLinesModel::Destination) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("returnDestinationEditor"));
        combo->addItem(
            ReturnLinesModel::destinationName(ReturnDestination::Stock), static_cast<int>(ReturnDestination::Stock));
        combo->addItem(ReturnLinesModel::destinationName(ReturnDestination::Defective),
            static_cast<int>(ReturnDestination::Defective));
        return combo;
    }
    if (index.column() != ReturnLinesModel::ToReturn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const qint64 returnable = index.data(ReturnLinesModel::ReturnableRole).toLongLong();
    if (index.data(ReturnLinesModel::WholeRole).toBool()) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("returnQuantityEditor"));
        spin->setRange(0, static_cast<int>(returnable / Quantity::kScale));
        spin->setAlignment(Qt::AlignRight);
        return spin;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QStringLiteral("returnQuantityEditor"));
    spin->setDecimals(3);
    spin->setRange(0, Quantity(returnable).toString().toDouble());
    spin->setAlignment(Qt::AlignRight);
    return spin;
}

void ReturnLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(ReturnLinesModel::DestinationRole)));
        return;
    }
    const qint64 thousandths = index.data(ReturnLinesModel::ThousandthsRole).toLongLong();
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(static_cast<int>(thousandths / Quantity::kScale));
        spin->selectAll();
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        decimal->setValue(Quantity(thousandths).toString().toDouble());
        decimal->selectAll();
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ReturnLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), ReturnLinesModel::DestinationRole);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, qint64(spin->value()) * Quantity::kScale, ReturnLinesModel::ThousandthsRole);
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        // Through the text with its three decimals: the exact thousandths, no binary fraction rounding.
        decimal->interpretText();
        model->setData(index, QString::number(decimal->value(), 'f', 3), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace nexus
