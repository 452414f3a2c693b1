// "Cancelar CFDI": the SAT's motive (01–04) and, for 01, the folio fiscal of the CFDI that substitutes it. Enter
// requests it through `submit` (queued: the PAC is asked when the line is up), Esc closes without cancelling.
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace nexus {

class InvoiceCancelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InvoiceCancelDialog)

public:
    using Submit = std::function<Status(const QString &motive, const QString &substitution)>;
    InvoiceCancelDialog(const QString &what, Submit submit, QWidget *parent = nullptr);
    ~InvoiceCancelDialog() override = default;

private:
    void request();

    Submit m_submit;
    QComboBox *m_motive = nullptr;
    QLineEdit *m_substitution = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace nexus
