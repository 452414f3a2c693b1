// Loads :/i18n/nexus_<code>.qm plus Qt's own qtbase translation; widgets retranslate on QEvent::LanguageChange.
#include "app/languagemanager.h"

#include "app/uilogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace nexus {

LanguageManager::LanguageManager(QObject *parent) : QObject(parent) {}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList LanguageManager::availableLanguages()
{
    return {QStringLiteral("es_MX"), QStringLiteral("en")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == QLatin1String("es_MX"))
        return QString::fromUtf8("Español (México)");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code)) {
        qCWarning(lcUi) << "unknown language" << code;
        return false;
    }
    if (code == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    if (!m_appTranslator.load(QStringLiteral(":/i18n/nexus_") + code + QStringLiteral(".qm")))
        qCWarning(lcUi) << "missing translation" << code;
    else
        QCoreApplication::installTranslator(&m_appTranslator);
    const QLocale locale(code);
    if (code != QLatin1String("en")
        && m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    // Dates, times and numbers follow the UI language (es_MX: "14:05", "1,234.50").
    QLocale::setDefault(locale);
    m_language = code;
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace nexus
