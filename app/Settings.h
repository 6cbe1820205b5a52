#pragma once

#include "ClinicProfile.h"
#include "Language.h"

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

namespace als {

// Every remembered choice, typed, in one place. Stored with QSettings in the user's configuration folder
// (~/.config/als-evidence-guide/als-evidence-guide.conf on Linux), or in a given file for tests.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    explicit Settings(QObject *parent = nullptr);
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    static constexpr int kMinTextScale = 100;
    static constexpr int kMaxTextScale = 300;

    std::optional<Language> language() const;
    void setLanguage(Language language);

    int textScale() const;  // percent, kMinTextScale … kMaxTextScale
    void setTextScale(int percent);

    std::optional<bool> highContrast() const;  // unset until the reader chooses
    void setHighContrast(bool on);

    // How fast the guide reads aloud: a step from kMinReadAloudSpeed (slowest) to kMaxReadAloudSpeed, 0 the voice's
    // own pace; kept in range whatever the file says.
    static constexpr int kMinReadAloudSpeed = -2;
    static constexpr int kMaxReadAloudSpeed = 2;
    int readAloudSpeed() const;
    void setReadAloudSpeed(int step);

    // Where the reader was in each view: the scroll position, so the guide reopens at the same place.
    int readingPosition(const QString &sectionId) const;
    void setReadingPosition(const QString &sectionId, int position);

    QString lastView() const;
    void setLastView(const QString &sectionId);

    // The contents panel beside the views: shown until the reader hides it.
    bool contentsShown() const;
    void setContentsShown(bool shown);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // Where requests are kept, as a database URL; empty means the SQLite file in the user's data folder.
    QString databaseUrl() const;

    // Desk mode: seconds without input before the form is cleared; 0 turns the clearing off. Kept between a minute
    // and a day, whatever the file says, so that no value overflows into "off" once counted in milliseconds.
    int idleSeconds() const;
    void setIdleSeconds(int seconds);
    static constexpr int kDefaultIdleSeconds = 180;
    static constexpr int kMinIdleSeconds = 60;
    static constexpr int kMaxIdleSeconds = 24 * 60 * 60;

    // The inbox stays open after one right passphrase until this long passes without input, then locks.
    int inboxLockSeconds() const;
    void setInboxLockSeconds(int seconds);
    static constexpr int kDefaultInboxLockSeconds = 10 * 60;
    static constexpr int kMinInboxLockSeconds = 60;
    static constexpr int kMaxInboxLockSeconds = 8 * 60 * 60;

    // Closed requests are deleted this many months after they were closed; 0 (the default) keeps them.
    int retentionMonths() const;
    void setRetentionMonths(int months);
    static constexpr int kMaxRetentionMonths = 120;

    // The clinic that reads the requests: each field as staff set it here, or else as the system-wide file
    // deployed by IT says (QSettings' system scope). Empty name: no clinic, a home computer.
    ClinicProfile clinicProfile() const;
    void setClinicProfile(const ClinicProfile &profile);
    // True when the profile shown comes, at least in part, from the system-wide file.
    bool clinicProfileFromSystem() const;

    // The folder the last handout PDF was saved in.
    QString handoutFolder() const;
    void setHandoutFolder(const QString &folder);

    QString fileName() const;
    void sync();

Q_SIGNALS:
    void languageChanged(als::Language language);
    void textScaleChanged(int percent);
    void clinicProfileChanged();

private:
    static std::unique_ptr<QSettings> systemSettings();
    int boundedInt(const QString &key, int fallback, int lowest, int highest) const;

    std::unique_ptr<QSettings> m_settings;
};

} // namespace als
