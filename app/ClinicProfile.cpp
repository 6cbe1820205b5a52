#include "ClinicProfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

#include <functional>
#include <memory>

namespace als {

namespace {

using Translate = std::function<QString(const char *)>;

// Named here rather than inside the calls below: lupdate does not find a QT_TRANSLATE_NOOP nested in a call to a
// function that is itself named tr.
const char *const kTelephone = QT_TRANSLATE_NOOP("ClinicProfile", "Telephone: %1");
const char *const kEmail = QT_TRANSLATE_NOOP("ClinicProfile", "Email: %1");
const char *const kAddress = QT_TRANSLATE_NOOP("ClinicProfile", "Address: %1");
const char *const kHours = QT_TRANSLATE_NOOP("ClinicProfile", "Opening hours: %1");
const char *const kPrivacy = QT_TRANSLATE_NOOP("ClinicProfile", "Questions about your personal data: %1");

QStringList contactLinesWith(const ClinicProfile &profile, const Translate &translate)
{
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << label.arg(value.trimmed());
    };
    add(translate(kTelephone), profile.phone);
    add(translate(kEmail), profile.email);
    // An address typed on several lines reads as one here: commas where the lines were.
    add(translate(kAddress), profile.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral(", ")));
    add(translate(kHours), profile.hours);
    add(translate(kPrivacy), profile.privacyContact);
    return lines;
}

Translate in(Language language)
{
    return [language](const char *source) { return translatedIn(language, "ClinicProfile", source); };
}

} // namespace

QString translatedIn(Language language, const char *context, const char *source, int n)
{
    // One translator a language, loaded once: a handout or receipt may be in a language the window is not in.
    static QHash<int, std::shared_ptr<QTranslator>> translators;
    auto &translator = translators[int(language)];
    if (!translator) {
        translator = std::make_shared<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/als-evidence-guide_") + languageCode(language)))
            translator.reset(new QTranslator);
    }
    QString text = translator->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

bool ClinicProfile::isEmpty() const
{
    return *this == ClinicProfile();
}

bool ClinicProfile::operator==(const ClinicProfile &other) const
{
    return name == other.name && phone == other.phone && email == other.email && address == other.address
        && hours == other.hours && replyBy == other.replyBy && replyWithin == other.replyWithin
        && privacyContact == other.privacyContact;
}

QStringList ClinicProfile::contactLines() const
{
    return contactLinesWith(*this, [](const char *text) { return QCoreApplication::translate("ClinicProfile", text); });
}

QStringList ClinicProfile::contactLines(Language language) const
{
    return contactLinesWith(*this, in(language));
}

QString ClinicProfile::destinationSentence(Language language) const
{
    if (!isSet())
        return {};
    return in(language)(QT_TRANSLATE_NOOP("ClinicProfile", "Your request goes to %1.")).arg(name.trimmed());
}

QString ClinicProfile::replySentence(Language language) const
{
    const QString by = replyBy.trimmed();
    const QString within = replyWithin.trimmed();
    const Translate tr = in(language);
    if (!by.isEmpty() && !within.isEmpty())
        return tr(QT_TRANSLATE_NOOP("ClinicProfile", "They answer %1 %2.")).arg(by, within);
    if (!by.isEmpty())
        return tr(QT_TRANSLATE_NOOP("ClinicProfile", "They answer %1.")).arg(by);
    if (!within.isEmpty())
        return tr(QT_TRANSLATE_NOOP("ClinicProfile", "They usually answer %1.")).arg(within);
    return {};
}

} // namespace als
