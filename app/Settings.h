#pragma once

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

    QString lastView() const;
    void setLastView(const QString &sectionId);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QString fileName() const;
    void sync();

Q_SIGNALS:
    void languageChanged(als::Language language);
    void textScaleChanged(int percent);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace als
