// A ReceiptDocument as a one-page PDF as wide as the roll (58 or 80 mm) and as tall as the receipt: the ticket the
// counter e-mails or keeps when there is no printer, and the "Save PDF" of the reprint dialog.
#pragma once

#include <QByteArray>
#include <QString>

#include "common/error.h"
#include "printing/receiptdocument.h"

namespace nexus {

[[nodiscard]] QByteArray receiptPdf(const ReceiptDocument &document, int paperMm);
// Errors (field "path") when the file cannot be written.
[[nodiscard]] Status writeReceiptPdf(const ReceiptDocument &document, int paperMm, const QString &path);

} // namespace nexus
