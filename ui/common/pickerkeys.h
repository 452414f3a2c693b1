// The keys of a picker whose search box keeps the focus while the cashier types (customers, service orders): Enter
// chooses the highlighted row, the arrows and page keys move the highlight in the results.
#pragma once

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>

#include <functional>

namespace nexus {

// True when `event` (a key press in the search box) was one of those keys and has been handled.
inline bool handlePickerKey(QEvent *event, QAbstractItemView *results, const std::function<void()> &choose)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        choose();
        return true;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        QKeyEvent copy(key->type(), key->key(), key->modifiers());
        QCoreApplication::sendEvent(results, &copy);
        return true;
    }
    default:
        return false;
    }
}

} // namespace nexus
