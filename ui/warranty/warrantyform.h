// The foot every warranty form dialog shares: the error line, Cancel (Esc) and the confirming button; F12 and
// Ctrl+Enter confirm too.
#pragma once

#include <QString>

#include <functional>

class QDialog;
class QLabel;
class QVBoxLayout;

namespace nexus::warrantyform {

// Adds the error line (object name `errorName`) and the buttons at the end of `outer`; returns the error line.
[[nodiscard]] QLabel *addFoot(QDialog *dialog, QVBoxLayout *outer, const char *errorName, const QString &okText,
    const char *okName, const std::function<void()> &confirm);

} // namespace nexus::warrantyform
