// "Enviar por correo": the addresses a stamped CFDI goes to (the customer's e-mail, editable; several separated by
// commas). Enter sends through `submit` (which queues it: it goes out when the line is up), Esc closes.
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"

class QLabel;
class QLineEdit;

namespace nexus {

class InvoiceEmailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceEmailDialog)

public:
    using Submit = std::function<Status(const QStringList &emails)>;
    InvoiceEmailDialog(const QString &what, const QString &email, Submit submit, QWidget *parent = nullptr);
    ~InvoiceEmailDialog() override = default;

private:
    void send();

    Submit m_submit;
    QLineEdit *m_email = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
