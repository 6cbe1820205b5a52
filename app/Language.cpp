#include "Language.h"

namespace als {

QString languageCode(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("ja"))
        return Language::Japanese;
    if (c == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

QLocale localeFor(Language language)
{
    return language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QList<Language> allLanguages()
{
    return {Language::Japanese, Language::English};
}

Language languageForLocale(const QLocale &locale)
{
    return locale.language() == QLocale::English ? Language::English : Language::Japanese;
}

} // namespace als
