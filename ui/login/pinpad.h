// A touch-sized numeric keypad for PINs: digits, erase and enter.
#pragma once

#include <QWidget>

class QPushButton;

namespace nexus {

class PinPad final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinPad)

public:
    explicit PinPad(QWidget *parent = nullptr);

Q_SIGNALS:
    void digitPressed(QChar digit);
    void backspacePressed();
    void submitPressed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QPushButton *m_backspace = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace nexus
