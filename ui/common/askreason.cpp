#include "askreason.h"

#include <QInputDialog>

namespace nexus {

std::optional<QString> askReason(QWidget *parent, const ReasonQuestion &question)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(question.objectName);
    dialog.setWindowTitle(question.title);
    dialog.setLabelText(question.question);
    dialog.setOkButtonText(question.confirm);
    dialog.setCancelButtonText(question.keep);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

} // namespace nexus
