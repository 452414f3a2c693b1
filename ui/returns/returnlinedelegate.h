// Editors of the return lines: a spin box for the quantity to return (pieces, or thousandths for litres and metres)
// that never goes above what is returnable, and a combo for where the piece goes.
#pragma once

#include <QStyledItemDelegate>

namespace nexus {

class ReturnLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnLineDelegate)

public:
    explicit ReturnLineDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace nexus
