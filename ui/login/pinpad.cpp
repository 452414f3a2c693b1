// Keypad layout like a phone: 1-2-3 on top, erase · 0 · enter at the bottom.
#include "login/pinpad.h"

#include "common/icons.h"

#include <QEvent>
#include <QGridLayout>
#include <QPushButton>

namespace nexus {

PinPad::PinPad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pinPad"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);

    auto makeKey = [this](const QString &objectName) {
        auto *key = new QPushButton(this);
        key->setObjectName(objectName);
        key->setProperty("kind", QStringLiteral("pinKey"));
        // Keys must not steal focus from the PIN field, or typed digits would go nowhere.
        key->setFocusPolicy(Qt::NoFocus);
        key->setMinimumSize(84, 60);
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        return key;
    };
    for (int digit = 0; digit <= 9; ++digit) {
        QPushButton *key = makeKey(QStringLiteral("pinKey%1").arg(digit));
        key->setText(QString::number(digit));
        const QChar character = QChar(u'0' + digit);
        connect(key, &QPushButton::clicked, this, [this, character] { Q_EMIT digitPressed(character); });
        if (digit == 0)
            grid->addWidget(key, 3, 1);
        else
            grid->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    m_backspace = makeKey(QStringLiteral("pinBackspace"));
    m_backspace->setIcon(Icons::icon(QStringLiteral("backspace"), colors::kText));
    m_backspace->setIconSize(QSize(26, 26));
    grid->addWidget(m_backspace, 3, 0);
    connect(m_backspace, &QPushButton::clicked, this, &PinPad::backspacePressed);

    m_submit = makeKey(QStringLiteral("pinSubmit"));
    m_submit->setProperty("kind", QStringLiteral("pinSubmit"));
    grid->addWidget(m_submit, 3, 2);
    connect(m_submit, &QPushButton::clicked, this, &PinPad::submitPressed);

    retranslate();
}

void PinPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PinPad::retranslate()
{
    m_backspace->setToolTip(tr("Erase the last digit"));
    m_backspace->setAccessibleName(tr("Erase"));
    m_submit->setText(tr("Enter", "PIN pad key"));
}

} // namespace nexus
