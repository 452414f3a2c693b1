// Keyboard helpers for the Inventario screen's GUI tests: press a key where a tab's shortcuts listen, type into a
// part search and wait for its answer, and save the window as PNG when the run asked for pictures.
#pragma once

#include "inventory/partsearchpanel.h"
#include "sale/searchresultsmodel.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTest>

namespace nexus::test {

// Saves what `widget`'s window shows now into the folder named by the environment variable `envVar`, if it is set.
inline void shootWindow(QWidget *widget, const char *envVar, const QString &name)
{
    const QString dir = qEnvironmentVariable(envVar);
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    widget->window()->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Presses `key` where the tab's shortcuts listen: with the keyboard focus inside the tab (kept where it is when it
// already is).
inline bool pressIn(QWidget *tab, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    tab->window()->activateWindow();
    if (!tab->isAncestorOf(QApplication::focusWidget()))
        tab->setFocus(Qt::OtherFocusReason);
    if (!QTest::qWaitFor([tab] {
            QWidget *focus = QApplication::focusWidget();
            return focus && (focus == tab || tab->isAncestorOf(focus));
        }))
        return false;
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    return true;
}

// Types into a part search and waits for an answer with results.
inline bool searchFor(PartSearchPanel *panel, const QString &text)
{
    bool answered = false;
    const QMetaObject::Connection connection
        = QObject::connect(panel, &PartSearchPanel::answered, panel, [&answered] { answered = true; });
    auto *edit = panel->findChild<QLineEdit *>();
    if (!edit)
        return false;
    panel->focusSearch();
    edit->clear();
    QTest::keyClicks(edit, text);
    const bool ok = QTest::qWaitFor([&] { return answered && panel->model()->rowCount() > 0; }, 10000);
    QObject::disconnect(connection);
    return ok;
}

} // namespace nexus::test
