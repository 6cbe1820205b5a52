#include "ClinicProfile.h"

#include <QCoreApplication>
#include <QStringList>

namespace als {

bool ClinicProfile::operator==(const ClinicProfile &other) const
{
    return name == other.name && phone == other.phone && email == other.email && address == other.address
        && hours == other.hours && replyBy == other.replyBy && replyWithin == other.replyWithin
        && privacyContact == other.privacyContact;
}

QStringList ClinicProfile::contactLines() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("ClinicProfile", text); };
    QStringList lines;
    const auto add = [&lines](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            lines << label.arg(value.trimmed());
    };
    add(tr("Telephone: %1"), phone);
    add(tr("Email: %1"), email);
    add(tr("Address: %1"), address);
    add(tr("Opening hours: %1"), hours);
    add(tr("Questions about your personal data: %1"), privacyContact);
    return lines;
}

} // namespace als
