// Asks for the one-line reason a document is cancelled (a transfer, a purchase order): the dialog's object name (tests
// find it by it), title, question and the wording of its two buttons come from the caller, already translated.
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace nexus {

struct ReasonQuestion
{
    QString objectName;
    QString title;
    QString question;
    QString confirm; // e.g. "Cancel the order"
    QString keep; // e.g. "Keep it"
};

// The reason typed, or nothing when the user kept the document (Esc or the keep button).
[[nodiscard]] std::optional<QString> askReason(QWidget *parent, const ReasonQuestion &question);

} // namespace nexus
