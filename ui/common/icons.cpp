// Renders the SVG icons with a colour substituted for currentColor, at the screen's pixel ratio.
#include "common/icons.h"

#include "app/uilogging.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>

namespace nexus {

namespace {

QByteArray tintedSvg(const QString &name, const QColor &color)
{
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "missing icon" << name;
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace("currentColor", color.name().toLatin1());
    return svg;
}

QPixmap render(const QByteArray &svg, int size, qreal dpr, int gap = 0)
{
    QPixmap pixmap(QSize(size + gap, size) * dpr);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size * dpr, size * dpr));
    }
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

} // namespace

QIcon Icons::icon(const QString &name, const QColor &normal, const QColor &checked, const QColor &disabled)
{
    QIcon result;
    const QByteArray normalSvg = tintedSvg(name, normal);
    const QByteArray checkedSvg = tintedSvg(name, checked.isValid() ? checked : normal);
    const QByteArray disabledSvg = tintedSvg(name, disabled.isValid() ? disabled : normal);
    // Two ratios so the icon stays crisp on HiDPI counter screens.
    for (qreal dpr : {1.0, 2.0}) {
        for (int size : {16, 20, 24, 32, 48}) {
            result.addPixmap(render(normalSvg, size, dpr), QIcon::Normal, QIcon::Off);
            result.addPixmap(render(normalSvg, size, dpr), QIcon::Active, QIcon::Off);
            result.addPixmap(render(checkedSvg, size, dpr), QIcon::Normal, QIcon::On);
            result.addPixmap(render(checkedSvg, size, dpr), QIcon::Active, QIcon::On);
            result.addPixmap(render(disabledSvg, size, dpr), QIcon::Disabled, QIcon::Off);
            result.addPixmap(render(disabledSvg, size, dpr), QIcon::Disabled, QIcon::On);
        }
    }
    return result;
}

QIcon Icons::iconWithGap(const QString &name, int size, int gap, const QColor &normal, const QColor &checked,
                         const QColor &disabled)
{
    QIcon result;
    const QByteArray normalSvg = tintedSvg(name, normal);
    const QByteArray checkedSvg = tintedSvg(name, checked.isValid() ? checked : normal);
    const QByteArray disabledSvg = tintedSvg(name, disabled.isValid() ? disabled : normal);
    for (qreal dpr : {1.0, 2.0}) {
        result.addPixmap(render(normalSvg, size, dpr, gap), QIcon::Normal, QIcon::Off);
        result.addPixmap(render(normalSvg, size, dpr, gap), QIcon::Active, QIcon::Off);
        result.addPixmap(render(checkedSvg, size, dpr, gap), QIcon::Normal, QIcon::On);
        result.addPixmap(render(checkedSvg, size, dpr, gap), QIcon::Active, QIcon::On);
        result.addPixmap(render(disabledSvg, size, dpr, gap), QIcon::Disabled, QIcon::Off);
        result.addPixmap(render(disabledSvg, size, dpr, gap), QIcon::Disabled, QIcon::On);
    }
    return result;
}

QPixmap Icons::pixmap(const QString &name, const QColor &color, int size, qreal devicePixelRatio)
{
    return render(tintedSvg(name, color), size, devicePixelRatio);
}

QPixmap Icons::logo(int size, qreal devicePixelRatio)
{
    QFile file(QStringLiteral(":/icons/logo.svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return render(file.readAll(), size, devicePixelRatio);
}

QPixmap Icons::avatar(const QString &displayName, int size, qreal devicePixelRatio)
{
    // Initials of the first two words: "María López" → "ML".
    QString initials;
    const QStringList words = displayName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    // A stable colour per name so the same person always looks the same in the list.
    static const QColor palette[] = {QColor(0x1d, 0x4e, 0xd8), QColor(0x04, 0x78, 0x57), QColor(0x7c, 0x3a, 0xed),
                                     QColor(0xb4, 0x53, 0x09), QColor(0xbe, 0x12, 0x3c), QColor(0x0e, 0x74, 0x90)};
    const QColor background = palette[qHash(displayName) % std::size(palette)];

    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawEllipse(QRectF(0, 0, size, size));
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colors::kWhite);
    painter.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
    return pixmap;
}

} // namespace nexus
