// Asks for a short text on a touch screen: the reason to cancel or reopen an order, a mechanic's note.
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"

class QLabel;
class QPlainTextEdit;

namespace nexus {

class WorkshopTextDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkshopTextDialog)

public:
    WorkshopTextDialog(const QString &title, const QString &prompt, const QString &okText, QWidget *parent = nullptr);

    [[nodiscard]] QString text() const;
    // Runs on OK; an error is shown in the dialog, which stays open (nothing was saved).
    void setSubmit(std::function<Status(const QString &text)> submit) { m_submit = std::move(submit); }

private:
    void submit();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_error = nullptr;
    std::function<Status(const QString &)> m_submit;
};

} // namespace nexus
