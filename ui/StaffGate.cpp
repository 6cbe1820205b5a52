#include "StaffGate.h"

#include "Dialogs.h"
#include "RequestStore.h"
#include "StaffAuth.h"

namespace als {

StaffGate::StaffGate(QObject *parent)
    : QObject(parent)
{
}

std::optional<QString> StaffGate::storedHash(QWidget *parent)
{
    const QString title = tr("Staff only");
    if (!m_store || (!m_store->isOpen() && !m_store->open(m_store->location()))) {
        m_message = m_store ? m_store->lastError().message : tr("No database is set up on this desk.");
        Dialogs::tell(parent, title, m_message);
        return std::nullopt;
    }
    // Fail closed: a database that cannot be read is never taken for one without a passphrase.
    std::optional<QString> stored = m_store->passphraseHash();
    if (!stored) {
        m_message = m_store->lastError().message;
        Dialogs::tell(parent, title, m_message);
    }
    return stored;
}

bool StaffGate::ensurePassphrase(QWidget *parent)
{
    m_message.clear();
    const std::optional<QString> stored = storedHash(parent);
    if (!stored)
        return false;
    return !stored->isEmpty() || setFirstPassphrase(parent);
}

bool StaffGate::authorize(QWidget *parent)
{
    m_message.clear();
    const QString title = tr("Staff only");
    const std::optional<QString> stored = storedHash(parent);
    if (!stored)
        return false;
    if (stored->isEmpty()) {
        if (m_firstUseAllowed)
            return setFirstPassphrase(parent);
        m_message = tr("No staff passphrase is set yet, and it cannot be set at a desk in desk mode. Start the "
                       "program without --kiosk and set it from Staff, Open the inbox.");
        Dialogs::tell(parent, title, m_message);
        return false;
    }

    // The wait after wrong passphrases is counted in the database, timed by the database's clock, and decided by
    // StaffAuth: it holds across restarts and desks.
    const int failures = m_store->failedAttempts();
    const int wait = m_ignoreWait || StaffAuth::delaySeconds(failures) == 0
        ? 0
        : StaffAuth::secondsToWait(failures, m_store->secondsSinceLastFailure());
    if (wait > 0) {
        m_message = tr("Too many wrong passphrases. Try again in %n second(s).", nullptr, wait);
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    m_ignoreWait = false;
    const auto passphrase = Dialogs::getText(parent, title, tr("Staff passphrase:"), true);
    if (!passphrase)
        return false;
    if (StaffAuth::verify(*stored, *passphrase)) {
        m_store->recordAttempt(true);
        return true;
    }
    if (!m_store->recordAttempt(false)) {
        m_message = m_store->lastError().message;
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    const int next = StaffAuth::delaySeconds(m_store->failedAttempts());
    m_message = tr("That passphrase is not right. You can try again in %n second(s).", nullptr, next);
    Dialogs::tell(parent, title, m_message);
    return false;
}

bool StaffGate::setFirstPassphrase(QWidget *parent)
{
    const QString title = tr("Set the staff passphrase");
    const auto first = Dialogs::getText(parent, title,
                                        tr("No staff passphrase is set yet. Choose one of at least %1 characters. "
                                           "Only staff should know it: it opens the requests, which hold health "
                                           "information.").arg(StaffAuth::kMinimumLength),
                                        true);
    if (!first)
        return false;
    if (first->size() < StaffAuth::kMinimumLength) {
        m_message = tr("The passphrase must have at least %1 characters.").arg(StaffAuth::kMinimumLength);
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    const auto again = Dialogs::getText(parent, title, tr("Type the same passphrase again:"), true);
    if (!again)
        return false;
    if (*again != *first) {
        m_message = tr("The two passphrases differ. Nothing was set: please start again.");
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    const QString hash = StaffAuth::hash(*first);
    if (hash.isEmpty() || !m_store->setPassphraseHash(hash)) {
        m_message = hash.isEmpty() ? tr("The passphrase could not be protected.") : m_store->lastError().message;
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    return true;
}

} // namespace als
