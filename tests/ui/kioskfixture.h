// The workshop kiosk for GUI tests: opened from the main window's Taller as a user would, and a person signed in
// with their PIN typed on the keyboard.
#pragma once

#include "main/area.h"
#include "main/mainwindow.h"
#include "workshop/kioskwindow.h"
#include "workshop/workshopscreen.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

namespace nexus::test {

// Taller, then "Kiosk": the kiosk window, shown and active; null when it did not come up.
[[nodiscard]] inline KioskWindow *openKiosk(MainWindow &main)
{
    if (!main.showArea(Area::Workshop))
        return nullptr;
    auto *screen = main.findChild<WorkshopScreen *>();
    auto *button = screen ? screen->findChild<QPushButton *>(QStringLiteral("kioskButton")) : nullptr;
    if (!button)
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    KioskWindow *kiosk = screen->kiosk();
    if (!kiosk || !QTest::qWaitFor([kiosk] { return kiosk->isVisible(); }) || !QTest::qWaitForWindowActive(kiosk))
        return nullptr;
    return kiosk;
}

// Picks the person whose name contains `name` on the PIN panel, types `pin` and Enter; whether they are signed in.
[[nodiscard]] inline bool signInAtKiosk(KioskWindow &kiosk, const QString &name, const QString &pin)
{
    auto *people = kiosk.findChild<QListWidget *>(QStringLiteral("pinUserList"));
    auto *edit = kiosk.findChild<QLineEdit *>(QStringLiteral("pinEdit"));
    if (!people || !edit)
        return false;
    for (int i = 0; i < people->count(); ++i)
        if (people->item(i)->text().contains(name))
            people->setCurrentRow(i);
    edit->setFocus();
    QTest::keyClicks(edit, pin);
    QTest::keyClick(edit, Qt::Key_Return);
    return QTest::qWaitFor([&kiosk] { return kiosk.signedIn(); });
}

} // namespace nexus::test
