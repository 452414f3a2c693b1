// A mechanic asks for a part from the kiosk: its part number (or barcode), or a description, how many, a note for the
// parts counter. What becomes of it is askForPart's (workshop/partasking.h): a catalogue part is sourced right away,
// a description waits for the service advisor. Given the catalogue, what is typed is also searched (KioskPartSearch,
// filtered by the order's car) and a hit's "Ask" sources that part as its part number would.
#pragma once

#include <QDialog>

#include <functional>
#include <optional>

#include "common/error.h"
#include "workshop/kioskpartsearch.h"
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
    PartRequestDialog(
        Submit submit, const std::optional<PartCatalogue> &catalogue = std::nullopt, QWidget *parent = nullptr);

private:
    void submit();
    void submitPart(const CatalogHit &hit);
    void send(const PartRequest &request);

    Submit m_submit;
    QLineEdit *m_description = nullptr;
    KioskPartSearch *m_search = nullptr; // with a catalogue
    TouchStepper *m_quantity = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace nexus
