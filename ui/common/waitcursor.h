// Shows the busy cursor for the lifetime of a scope (a slow hash, a network call on the UI thread).
#pragma once

#include <QApplication>
#include <QCursor>

namespace nexus {

class WaitCursor final
{
public:
    Q_DISABLE_COPY_MOVE(WaitCursor)
    WaitCursor()
    {
        QApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
        // Let the cursor and any disabled button repaint before the work blocks the loop.
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace nexus
