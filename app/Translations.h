#pragma once

#include "Language.h"

#include <QObject>

class QTranslator;

namespace als {

// Loads the app's compiled translations (":/i18n/als-evidence-guide_<code>.qm") and Qt's own for the standard
// dialogs, replacing whatever was installed before; the LanguageChange event then reaches every widget.
class Translations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Translations)

public:
    explicit Translations(QObject *parent = nullptr);
    ~Translations() override;

    // Returns false if the app's own translation for the language could not be loaded.
    bool install(Language language);
    Language current() const { return m_current; }

private:
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
    Language m_current = Language::Japanese;
};

} // namespace als
