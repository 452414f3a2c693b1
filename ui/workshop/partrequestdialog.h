// A mechanic asks for a part from the kiosk: what it is, how many, a note for the parts counter. Nothing is reserved
// until the service advisor reserves it from stock.
#pragma once

#include <QDialog>

#include <functional>

#include "common/error.h"
#include "workshop/serviceorderservice.h"

class QLabel;
class QLineEdit;

namespace nexus {

class TouchStepper;

class PartRequestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartRequestDialog)

public:
    using Submit = std::function<Status(const PartRequest &request)>;
    PartRequestDialog(Submit submit, QWidget *parent = nullptr);

private:
    void submit();

    Submit m_submit;
    QLineEdit *m_description = nullptr;
    TouchStepper *m_quantity = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
