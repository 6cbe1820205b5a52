#include "Settings.h"

#include <QCoreApplication>

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
const QString kInboxLock = QStringLiteral("inbox/lockSeconds");
const QString kRetention = QStringLiteral("inbox/retentionMonths");

// The clinic profile's keys, in the [clinic] group IT writes in /etc/xdg/als-evidence-guide/als-evidence-guide.conf.
struct ProfileKey
{
    const char *key;
    QString ClinicProfile::*field;
};
constexpr ProfileKey kProfileKeys[] = {
    {"clinic/name", &ClinicProfile::name},
    {"clinic/phone", &ClinicProfile::phone},
    {"clinic/email", &ClinicProfile::email},
    {"clinic/address", &ClinicProfile::address},
    {"clinic/hours", &ClinicProfile::hours},
    {"clinic/replyBy", &ClinicProfile::replyBy},
    {"clinic/replyWithin", &ClinicProfile::replyWithin},
    {"clinic/privacyContact", &ClinicProfile::privacyContact},
};
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

int Settings::readAloudSpeed() const
{
    bool ok = false;
    const qlonglong value = m_settings->value(QStringLiteral("reader/readAloudSpeed"), 0).toLongLong(&ok);
    return ok ? int(std::clamp<qlonglong>(value, kMinReadAloudSpeed, kMaxReadAloudSpeed)) : 0;
}

void Settings::setReadAloudSpeed(int step)
{
    m_settings->setValue(QStringLiteral("reader/readAloudSpeed"),
                         std::clamp(step, kMinReadAloudSpeed, kMaxReadAloudSpeed));
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

int Settings::boundedInt(const QString &key, int fallback, int lowest, int highest) const
{
    bool ok = false;
    // Read as a 64-bit number, so that a huge value in the file is clamped instead of wrapping round.
    const qlonglong value = m_settings->value(key, fallback).toLongLong(&ok);
    if (!ok || value < 0)
        return fallback;
    return int(std::clamp<qlonglong>(value, lowest, highest));
}

int Settings::idleSeconds() const
{
    // 0 turns the clearing off; anything else is at least a minute (the warning alone takes 30 seconds, and slow
    // typists need the rest) and at most a day.
    bool ok = false;
    const qlonglong value = m_settings->value(kIdle, kDefaultIdleSeconds).toLongLong(&ok);
    if (ok && value == 0)
        return 0;
    return boundedInt(kIdle, kDefaultIdleSeconds, kMinIdleSeconds, kMaxIdleSeconds);
}

void Settings::setIdleSeconds(int seconds)
{
    m_settings->setValue(kIdle, seconds <= 0 ? 0 : std::clamp(seconds, kMinIdleSeconds, kMaxIdleSeconds));
}

int Settings::inboxLockSeconds() const
{
    return boundedInt(kInboxLock, kDefaultInboxLockSeconds, kMinInboxLockSeconds, kMaxInboxLockSeconds);
}

void Settings::setInboxLockSeconds(int seconds)
{
    m_settings->setValue(kInboxLock, std::clamp(seconds, kMinInboxLockSeconds, kMaxInboxLockSeconds));
}

int Settings::retentionMonths() const
{
    return boundedInt(kRetention, 0, 0, kMaxRetentionMonths);
}

void Settings::setRetentionMonths(int months)
{
    m_settings->setValue(kRetention, std::clamp(months, 0, kMaxRetentionMonths));
}

std::unique_ptr<QSettings> Settings::systemSettings()
{
    // The user's own file wins; the system-wide file fills in what it leaves out. A QSettings made with a file name
    // has no fallback of its own, so the system scope is asked here for both kinds (read once per question).
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::SystemScope,
                                       QCoreApplication::organizationName(), QCoreApplication::applicationName());
}

ClinicProfile Settings::clinicProfile() const
{
    const std::unique_ptr<QSettings> system = systemSettings();
    ClinicProfile profile;
    for (const ProfileKey &entry : kProfileKeys) {
        const QString key = QString::fromLatin1(entry.key);
        const QVariant value = m_settings->contains(key) ? m_settings->value(key) : system->value(key);
        profile.*entry.field = value.toString();
    }
    return profile;
}

void Settings::setClinicProfile(const ClinicProfile &profile)
{
    if (profile == clinicProfile())
        return;
    for (const ProfileKey &entry : kProfileKeys)
        m_settings->setValue(QString::fromLatin1(entry.key), profile.*entry.field);
    m_settings->sync();
    Q_EMIT clinicProfileChanged();
}

bool Settings::clinicProfileFromSystem() const
{
    const std::unique_ptr<QSettings> system = systemSettings();
    for (const ProfileKey &entry : kProfileKeys) {
        const QString key = QString::fromLatin1(entry.key);
        if (!m_settings->contains(key) && system->contains(key))
            return true;
    }
    return false;
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
