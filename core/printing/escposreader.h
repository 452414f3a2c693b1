// Reads ESC/POS bytes back the way a printer would: the text lines as they land on paper (alignment and double size
// applied) and the commands that print no text (barcodes, QR, raster images, drawer kicks, cuts). It checks what the
// encoder wrote and what a "print to file" printer captured.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include "common/error.h"

namespace nexus {

struct EscPosRaster
{
    int widthBytes = 0;
    int rows = 0;
};

struct EscPosPage
{
    QStringList lines; // text as printed, `columns` wide, in Unicode (code page applied)
    QList<QByteArray> code128; // payloads of GS k m=73, without the {B code-set prefix
    QList<QByteArray> qrCodes; // payloads stored with GS ( k and printed
    QList<EscPosRaster> rasters;
    int drawerKicks = 0;
    int cuts = 0;
    int codePage = 0; // the last ESC t argument
    bool initialized = false; // started with ESC @
};

// Fails (field "bytes") on a command it does not know or a length field that runs past the end.
[[nodiscard]] Result<EscPosPage> readEscPos(const QByteArray &bytes, int columns);

} // namespace nexus
