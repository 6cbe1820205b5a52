#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcTranslations, "als.translations")

namespace als {

Translations::Translations(QObject *parent)
    : QObject(parent)
{
}

Translations::~Translations()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app);
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt);
}

bool Translations::install(Language language)
{
    const QString code = languageCode(language);
    auto *app = new QTranslator(this);
    const bool ok = app->load(QStringLiteral(":/i18n/als-evidence-guide_") + code);
    if (!ok)
        qCWarning(lcTranslations) << "no translation for" << code;
    auto *qt = new QTranslator(this);
    if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCDebug(lcTranslations) << "no Qt translation for" << code;

    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
    }
    m_app = app;
    m_qt = qt;
    m_current = language;
    QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_app);
    return ok;
}

} // namespace als
