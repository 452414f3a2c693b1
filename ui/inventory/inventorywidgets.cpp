// inventoryTable, errorLine, bindKey, confirmButtons.
#include "inventory/inventorywidgets.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace nexus {

QTableView *inventoryTable(const QString &objectName, QWidget *parent, int rowHeight)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setProperty("role", QStringLiteral("inventoryTable"));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(rowHeight);
    return view;
}

QLabel *errorLine(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("error"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLayout *confirmButtons(QDialog *dialog, const QString &prefix, const QString &closeText, const QString &confirmText,
    const std::function<void()> &confirm)
{
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *close = new QPushButton(closeText, dialog);
    close->setObjectName(prefix + QStringLiteral("Close"));
    close->setAutoDefault(false);
    QObject::connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    buttons->addWidget(close);
    auto *confirmButton = new QPushButton(confirmText, dialog);
    confirmButton->setObjectName(prefix + QStringLiteral("Confirm"));
    confirmButton->setProperty("kind", QStringLiteral("primary"));
    confirmButton->setAutoDefault(false);
    QObject::connect(confirmButton, &QPushButton::clicked, dialog, confirm);
    buttons->addWidget(confirmButton);
    for (const QKeySequence &keys : { QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::Key_Return) }) {
        auto *shortcut = new QShortcut(keys, dialog);
        QObject::connect(shortcut, &QShortcut::activated, dialog, confirm);
    }
    return buttons;
}

void showStatus(QLabel *line, const QString &text, bool error)
{
    line->setText(text);
    line->setProperty("role", error ? QStringLiteral("error") : QString());
    line->style()->unpolish(line);
    line->style()->polish(line);
    line->setVisible(!text.isEmpty());
}

void bindKey(QWidget *owner, const QKeySequence &keys, const std::function<void()> &slot)
{
    auto *shortcut = new QShortcut(keys, owner);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(shortcut, &QShortcut::activated, owner, slot);
}

} // namespace nexus
