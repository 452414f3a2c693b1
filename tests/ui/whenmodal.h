// Drives a modal dialog from a test: exec() blocks the caller, so the test says beforehand what to do with the
// dialog once it is up, and the event loop inside exec() runs it.
#pragma once

#include <QApplication>
#include <QDebug>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace nexus::test {

// Runs `act` on the next modal dialog once it is shown and active (its F-keys need the active window, which the
// offscreen platform grants asynchronously). `over`: a modal dialog already open that is not the one awaited (a
// dialog opened from a dialog). Gives up after about 5 s without a dialog.
inline void whenModal(std::function<void(QWidget *)> act, QWidget *over = nullptr)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, act, over] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal == over)
            modal = nullptr;
        if (modal == nullptr && ++*tries < 250)
            return;
        timer->stop();
        timer->deleteLater();
        if (modal == nullptr)
            return;
        // Keys pressed before the dialog is QApplication's active window still reach the window below it (its
        // shortcuts answer: F2, F12…), which under a loaded CI machine opened a second dialog and hung the test. Wait
        // for exactly that, generously: it is only ever slow, never wrong.
        modal->activateWindow();
        if (!QTest::qWaitFor([modal] { return QApplication::activeWindow() == modal; }, 30000))
            qWarning() << "dialog not active:" << modal->objectName();
        act(modal);
    });
    timer->start();
}

// A check that fails inside a whenModal action returns from it with the dialog still open: the guard this returns
// closes it then, so the test fails instead of waiting forever in exec().
[[nodiscard]] inline auto closeIfLeftOpen(QWidget *dialog)
{
    return qScopeGuard([dialog] {
        if (dialog->isVisible())
            QMetaObject::invokeMethod(dialog, "reject", Qt::QueuedConnection);
    });
}

} // namespace nexus::test
