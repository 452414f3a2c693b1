// What the UI tests need to leave screenshots that look like the real counter: a folder named by an environment
// variable, a window grabbed into it, and the offscreen platform's screen at a real size (it is 800×600 otherwise).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace nexus::test {

// $variable, or `fallback` when it is not set; created if missing.
inline QString shotsDir(const char *variable, const QString &fallback)
{
    const QString dir = qEnvironmentVariable(variable, fallback);
    QDir().mkpath(dir);
    return dir;
}

// The widget's whole window as dir/name.png.
inline void shoot(QWidget *widget, const QString &dir, const char *name)
{
    // Layouts settle on posted events: a label whose text just changed still has its old width until then.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    QVERIFY(widget->window()->grab().save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
}

// Call before QApplication exists: under the offscreen platform, one screen of width×height (kept in `config`,
// which must outlive the application). Under Xvfb (QT_QPA_PLATFORM=xcb) the real screen is used.
inline void useOffscreenScreen(const QTemporaryDir &config, int width, int height)
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen")) != QLatin1String("offscreen"))
        return;
    const QString path = config.filePath(QStringLiteral("screens.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QStringLiteral("{\"screens\": [{\"name\": \"test\", \"x\": 0, \"y\": 0, \"width\": %1, \"height\": %2, "
                                  "\"logicalDpi\": 96, \"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                       .arg(width)
                       .arg(height)
                       .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + path.toUtf8());
}

} // namespace nexus::test
