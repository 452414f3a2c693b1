// Applies the style, font, window icon and stylesheet once at start-up.
#include "app/theme.h"

#include "app/uilogging.h"
#include "common/icons.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QStyleFactory>

namespace nexus {

void Theme::apply(QApplication &app)
{
    // Fusion looks the same on every desktop, so the stylesheet does not fight a platform theme.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);

    // The first humanist sans the machine has; DejaVu Sans ships with every Debian desktop.
    const QStringList preferred{QStringLiteral("Inter"), QStringLiteral("Noto Sans"), QStringLiteral("Cantarell"),
                                QStringLiteral("Open Sans"), QStringLiteral("DejaVu Sans")};
    const QStringList installed = QFontDatabase::families();
    QFont font = app.font();
    for (const QString &family : preferred) {
        if (installed.contains(family)) {
            font.setFamilies({family});
            break;
        }
    }
    font.setPixelSize(15); // counter screens are read from a step away
    app.setFont(font);

    QIcon windowIcon;
    for (int size : {16, 32, 48, 64, 128, 256})
        windowIcon.addPixmap(Icons::logo(size, 1.0));
    app.setWindowIcon(windowIcon);

    QFile qss(QStringLiteral(":/styles/nexus.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
    else
        qCWarning(lcUi) << "stylesheet missing";
}

} // namespace nexus
