#include "Settings.h"

#include <algorithm>

namespace als {

namespace {
const QString kLanguage = QStringLiteral("reader/language");
const QString kTextScale = QStringLiteral("reader/textScale");
const QString kLastView = QStringLiteral("reader/lastView");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kContentsShown = QStringLiteral("window/contentsShown");
const QString kDatabase = QStringLiteral("desk/database");
const QString kIdle = QStringLiteral("desk/idleSeconds");
} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

std::optional<Language> Settings::language() const
{
    return languageFromCode(m_settings->value(kLanguage).toString());
}

void Settings::setLanguage(Language language)
{
    if (this->language() == language)
        return;
    m_settings->setValue(kLanguage, languageCode(language));
    Q_EMIT languageChanged(language);
}

int Settings::textScale() const
{
    bool ok = false;
    const int value = m_settings->value(kTextScale, 100).toInt(&ok);
    return ok ? std::clamp(value, kMinTextScale, kMaxTextScale) : 100;
}

void Settings::setTextScale(int percent)
{
    percent = std::clamp(percent, kMinTextScale, kMaxTextScale);
    if (percent == textScale())
        return;
    m_settings->setValue(kTextScale, percent);
    Q_EMIT textScaleChanged(percent);
}

std::optional<bool> Settings::highContrast() const
{
    const QVariant v = m_settings->value(QStringLiteral("reader/highContrast"));
    if (!v.isValid())
        return std::nullopt;
    return v.toBool();
}

void Settings::setHighContrast(bool on)
{
    m_settings->setValue(QStringLiteral("reader/highContrast"), on);
}

int Settings::readingPosition(const QString &sectionId) const
{
    return std::max(0, m_settings->value(QStringLiteral("position/") + sectionId, 0).toInt());
}

void Settings::setReadingPosition(const QString &sectionId, int position)
{
    m_settings->setValue(QStringLiteral("position/") + sectionId, std::max(0, position));
}

QString Settings::lastView() const
{
    return m_settings->value(kLastView).toString();
}

void Settings::setLastView(const QString &sectionId)
{
    m_settings->setValue(kLastView, sectionId);
}

bool Settings::contentsShown() const
{
    return m_settings->value(kContentsShown, true).toBool();
}

void Settings::setContentsShown(bool shown)
{
    m_settings->setValue(kContentsShown, shown);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

QString Settings::databaseUrl() const
{
    return m_settings->value(kDatabase).toString();
}

void Settings::setDatabaseUrl(const QString &url)
{
    m_settings->setValue(kDatabase, url);
}

int Settings::idleSeconds() const
{
    bool ok = false;
    const int value = m_settings->value(kIdle, kDefaultIdleSeconds).toInt(&ok);
    if (!ok || value < 0)
        return kDefaultIdleSeconds;
    // Never shorter than a minute: the warning alone takes 30 seconds, and slow typists need the rest.
    return value == 0 ? 0 : std::max(60, value);
}

void Settings::setIdleSeconds(int seconds)
{
    m_settings->setValue(kIdle, std::max(0, seconds));
}

QString Settings::handoutFolder() const
{
    return m_settings->value(QStringLiteral("handout/folder")).toString();
}

void Settings::setHandoutFolder(const QString &folder)
{
    m_settings->setValue(QStringLiteral("handout/folder"), folder);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace als
