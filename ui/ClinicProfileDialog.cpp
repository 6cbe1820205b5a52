#include "ClinicProfileDialog.h"

#include "Settings.h"

namespace als {

ClinicProfileDialog::ClinicProfileDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
}

ClinicProfileDialog::~ClinicProfileDialog() = default;

bool ClinicProfileDialog::edit(Settings &settings, QWidget *parent)
{
    ClinicProfileDialog dialog(settings, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace als
