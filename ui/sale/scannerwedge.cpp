// Scanner burst detection by inter-key timing.
#include "sale/scannerwedge.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace nexus {

ScannerWedge::ScannerWedge(QWidget *scope, Handler handler)
    : QObject(scope), m_scope(scope), m_handler(std::move(handler))
{
    qApp->installEventFilter(this);
}

ScannerWedge::~ScannerWedge()
{
    qApp->removeEventFilter(this);
}

bool ScannerWedge::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_scope || !m_scope->isVisible())
        return false;
    // A key event travels up the parents when ignored: count it once, at the focus widget that got it first.
    auto *target = qobject_cast<QWidget *>(watched);
    if (target == nullptr || target != QApplication::focusWidget()
        || (target != m_scope && !m_scope->isAncestorOf(target)))
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const qint64 gap = m_sinceLastKey.isValid() ? m_sinceLastKey.elapsed() : kMaxGapMs + 1;
    m_sinceLastKey.start();
    const bool fast = gap <= kMaxGapMs;

    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString code = m_buffer;
        m_buffer.clear();
        if (fast && code.size() >= kMinLength && m_handler)
            return m_handler(code, target);
        return false;
    }
    const QString text = key->text();
    const bool printable = text.size() == 1 && text.at(0).isPrint()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (!printable) {
        m_buffer.clear();
        return false;
    }
    if (!fast)
        m_buffer.clear(); // a slow key starts a new candidate burst
    m_buffer += text;
    return false;
}

} // namespace nexus
