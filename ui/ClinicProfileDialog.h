#pragma once

#include "ClinicProfile.h"

#include <QDialog>

namespace als {

class Settings;

// Staff set who reads the requests: the clinic's name, how to reach it, its hours, how and how soon requests are
// answered, and who to ask about personal data. Opened only behind the staff passphrase.
class ClinicProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClinicProfileDialog)

public:
    ClinicProfileDialog(Settings &settings, QWidget *parent = nullptr);
    ~ClinicProfileDialog() override;

    // Shows the dialog; true if staff saved a changed profile into the settings.
    static bool edit(Settings &settings, QWidget *parent);

private:
    Settings &m_settings;
};

} // namespace als
