// Language picker: each language listed in its own name; picking one switches the whole UI at once.
#include "common/languageselector.h"

#include "app/languagemanager.h"
#include "common/icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace nexus {

LanguageSelector::LanguageSelector(LanguageManager &languages, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("languageSelector"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("globe"), colors::kMuted, 18, devicePixelRatioF()));
    layout->addWidget(icon);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("mutedLabel"));
    layout->addWidget(m_label);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString &code : LanguageManager::availableLanguages())
        m_combo->addItem(LanguageManager::nativeName(code), code);
    m_combo->setCurrentIndex(m_combo->findData(languages.language()));
    m_label->setBuddy(m_combo);
    layout->addWidget(m_combo);

    connect(m_combo, &QComboBox::activated, &languages, [this, &languages](int index) {
        languages.setLanguage(m_combo->itemData(index).toString());
    });
    connect(&languages, &LanguageManager::languageChanged, this, [this](const QString &code) {
        m_combo->setCurrentIndex(m_combo->findData(code));
    });
    retranslate();
}

void LanguageSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LanguageSelector::retranslate()
{
    m_label->setText(tr("&Language"));
    m_combo->setAccessibleName(tr("Language"));
}

} // namespace nexus
