// Draws a ReceiptDocument the way the thermal printer prints it: printer dots (203 dpi, 8 per mm), a 12×24-dot
// monospace cell per character (48 columns in 72 mm, 32 in 48 mm), double size for large text, real Code 128 and QR
// from ZXing, the logo. The PDF ticket and the on-screen preview both use it.
#pragma once

#include <QImage>
#include <QSizeF>

#include "printing/receiptdocument.h"

class QPainter;

namespace nexus {

class ReceiptPainter final
{
public:
    static constexpr int kDotsPerMm = 8;
    static constexpr int kCellWidth = 12;
    static constexpr int kCellHeight = 24;

    // `paperMm` 58 or 80 (anything else is treated as 80).
    ReceiptPainter(const ReceiptDocument &document, int paperMm);

    [[nodiscard]] int paperMm() const { return m_paperMm; }
    [[nodiscard]] int columns() const { return m_paperMm == 58 ? 32 : 48; }
    [[nodiscard]] int widthDots() const { return m_paperMm * kDotsPerMm; }
    [[nodiscard]] int printableDots() const { return columns() * kCellWidth; }
    // The paper the whole receipt needs, top and bottom margins included.
    [[nodiscard]] int heightDots() const;
    [[nodiscard]] QSizeF sizeMm() const { return QSizeF(m_paperMm, double(heightDots()) / kDotsPerMm); }

    // Paints onto a device whose units are printer dots (scale the painter first for other resolutions).
    void paint(QPainter &painter) const;
    // The receipt on white at `scale` pixels per dot (1: 203 dpi).
    [[nodiscard]] QImage toImage(double scale = 1.0) const;

private:
    int walk(QPainter *painter) const; // lays out every block; paints when `painter` is set; returns the height

    const ReceiptDocument &m_document;
    int m_paperMm;
};

} // namespace nexus
