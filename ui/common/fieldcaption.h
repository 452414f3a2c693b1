// The caption above a form field (object name "fieldLabel", styled by the dialogs' style sheets); give it the field
// as buddy so its mnemonic moves the focus there.
#pragma once

#include <QLabel>

namespace nexus {

[[nodiscard]] inline QLabel *fieldCaption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    return label;
}

} // namespace nexus
