// A mechanic asks for a part from the kiosk: its part number (or barcode), or a description, how many, a note for the
// parts counter. What becomes of it is askForPart's (workshop/partasking.h): a catalogue part is sourced right away,
// a description waits for the service advisor.
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
