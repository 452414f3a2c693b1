// The pieces the inventory screen's tabs and dialogs are built of, made one way: read-only tables, the error line,
// and a dialog's Close / confirm row with F12 and Ctrl+Enter bound to the confirm action.
#pragma once

#include <QString>

#include <functional>

class QDialog;
class QKeySequence;
class QLabel;
class QLayout;
class QTableView;
class QWidget;

namespace nexus {

// Row-selecting, not editable, alternating rows, no row numbers.
[[nodiscard]] QTableView *inventoryTable(const QString &objectName, QWidget *parent, int rowHeight = 30);
// Hidden until showError-style code fills it; styled as an error.
[[nodiscard]] QLabel *errorLine(const QString &objectName, QWidget *parent);
// A key of a tab: `slot` runs when it is pressed with the focus anywhere inside `owner`.
void bindKey(QWidget *owner, const QKeySequence &keys, const std::function<void()> &slot);
// Shows `text` in a tab's message line, styled as an error or plain; hidden when empty.
void showStatus(QLabel *line, const QString &text, bool error);
// "<closeText>" rejects, "<confirmText>" (primary) runs `confirm`, as do F12 and Ctrl+Enter anywhere in `dialog`.
// Object names: <prefix>Close, <prefix>Confirm.
[[nodiscard]] QLayout *confirmButtons(QDialog *dialog, const QString &prefix, const QString &closeText,
    const QString &confirmText, const std::function<void()> &confirm);

} // namespace nexus
