// The counter's form dialogs' shared parts: the frame (margins and heading) and the status line under the form that
// says what the last action did, in the stylesheet's red "error" role when it failed.
#pragma once

#include <QMargins>
#include <QString>

#include <functional>
#include <utility>

class QDialog;
class QLabel;
class QPushButton;
class QVBoxLayout;
class QWidget;

namespace nexus::formstatus {

// The dialog's layout with its title on top (window title too); the counter's margins unless told otherwise.
[[nodiscard]] QVBoxLayout *frame(QDialog *dialog, const QString &title, QMargins margins = QMargins(24, 20, 24, 20));
// A word-wrapped line, hidden until show() is called.
[[nodiscard]] QLabel *line(const char *name, QWidget *parent);
void show(QLabel *line, const QString &text, bool error);
// The settings dialogs' bottom row, added to `layout`: Cancel (rejects) and the default Save, which accepts once
// `save` returns true; named <prefix>Save and <prefix>Cancel. Returns Save.
QPushButton *saveRow(QDialog *dialog, QVBoxLayout *layout, const char *prefix, std::function<bool()> save);
// A document dialog's bottom row, added to `layout`: `back` (rejects, Esc) and the default `act` button, which runs
// `action` (the action accepts the dialog when it is done). Returns the action's button.
QPushButton *actionRow(QDialog *dialog, QVBoxLayout *layout, std::pair<QString, const char *> back,
    std::pair<QString, const char *> act, std::function<void()> action);

} // namespace nexus::formstatus
