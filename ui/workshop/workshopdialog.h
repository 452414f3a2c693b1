// The frame the workshop's small dialogs share: margins and heading, a hidden error line, and Cancel + the primary
// button at the bottom right (touch size unless told otherwise).
#pragma once

#include <QString>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace nexus::workshopdialog {

inline constexpr int kTouchHeight = 56;

// The dialog's layout with its title on top.
[[nodiscard]] QVBoxLayout *frame(QDialog *dialog, const QString &title);
// A red error line, hidden until showError.
[[nodiscard]] QLabel *errorLine(const char *name, QWidget *parent);
void showError(QLabel *error, const QString &message, QWidget *focus = nullptr);
// Cancel (rejects the dialog) and the primary button, added to `layout`; returns the primary one. height 0: the
// stylesheet's own height (keyboard dialogs at the counter).
QPushButton *buttons(QDialog *dialog, QVBoxLayout *layout, const QString &okText, const char *cancelName,
    const char *okName, int height = kTouchHeight);

} // namespace nexus::workshopdialog
