// One line of text for the customer's card, by keyboard: a note, a call, the tags. Enter saves through the given
// function (its error is shown and the dialog stays open, nothing saved), Esc cancels.
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"

class QLabel;
class QLineEdit;

namespace nexus {

class CustomerTextDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTextDialog)

public:
    CustomerTextDialog(const QString &title, const QString &prompt, const QString &initial,
        std::function<Status(const QString &text)> submit, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *edit() const { return m_edit; }

private:
    void submit();

    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    std::function<Status(const QString &)> m_submit;
};

} // namespace nexus
