// Installs the UI translation (es_MX by default, English selectable) and switches it at run time.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace nexus {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    static inline const QString kDefaultLanguage = QStringLiteral("es_MX");

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "es_MX" or "en". Unknown codes are refused (false) and leave the current language.
    bool setLanguage(const QString &code);
    [[nodiscard]] QString language() const { return m_language; }

    [[nodiscard]] static QStringList availableLanguages();
    // The language's own name ("Español (México)", "English"), shown untranslated so anyone can find theirs.
    [[nodiscard]] static QString nativeName(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator; // Qt's own strings: dialog buttons, context menus
};

} // namespace nexus
