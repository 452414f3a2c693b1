// Warehouse combo editor: ids as item data, labels with stock; commits on choice so Enter/click is enough.
#include "sale/warehousedelegate.h"

#include "sale/cartmodel.h"

#include <QComboBox>

namespace nexus {

QWidget *WarehouseDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != CartModel::Warehouse)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("warehouseEditor"));
    const QStringList ids = index.data(CartModel::WarehouseChoicesRole).toStringList();
    const QStringList labels = index.data(CartModel::WarehouseChoiceLabelsRole).toStringList();
    for (qsizetype i = 0; i < ids.size(); ++i)
        combo->addItem(labels.value(i, ids.at(i)), ids.at(i));
    return combo;
}

void WarehouseDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(CartModel::WarehouseIdRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void WarehouseDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentData().toString() != index.data(CartModel::WarehouseIdRole).toString())
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace nexus
