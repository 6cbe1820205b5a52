#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace als {

// The two languages of the guide. Japanese comes first: it is the default and the primary text.
enum class Language { Japanese, English };

QString languageCode(Language language);                    // "ja" or "en"
std::optional<Language> languageFromCode(const QString &code); // accepts "ja", "en" (any case)
QLocale localeFor(Language language);
QList<Language> allLanguages();

// First start: the system locale if it is Japanese or English, else Japanese.
Language languageForLocale(const QLocale &locale);

// A piece of content text in both languages.
struct LocalizedText
{
    QString ja;
    QString en;

    const QString &in(Language language) const { return language == Language::Japanese ? ja : en; }
    bool isComplete() const { return !ja.trimmed().isEmpty() && !en.trimmed().isEmpty(); }
};

} // namespace als
