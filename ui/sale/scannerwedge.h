// Recognises a keyboard-wedge barcode scanner: a burst of characters, each within kMaxGapMs of the last, ending in
// Enter, typed while any widget of the sale screen has the focus. People do not type that fast; scanners do.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace nexus {

class ScannerWedge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerWedge)

public:
    static constexpr qint64 kMaxGapMs = 30;
    static constexpr int kMinLength = 6;
    // Gets the code and the widget the characters went to; returns true when it used the code (the Enter is then
    // swallowed), false to let the Enter through as a normal key.
    using Handler = std::function<bool(const QString &code, QWidget *target)>;

    // Watches key presses that reach `scope` or its children (an application event filter, so a scan works whatever
    // child has the focus).
    ScannerWedge(QWidget *scope, Handler handler);
    ~ScannerWedge() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_scope;
    Handler m_handler;
    QString m_buffer;
    QElapsedTimer m_sinceLastKey;
};

} // namespace nexus
