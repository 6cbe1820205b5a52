#include "StaffGate.h"

#include "Dialogs.h"
#include "RequestStore.h"
#include "StaffAuth.h"
#include "StorageWorker.h"

#include <QEventLoop>

namespace als {

struct StaffGate::Stored
{
    QString hash;  // empty: none set yet
    int failures = 0;
    std::optional<qint64> sinceLastFailure;  // by the database's clock
};

StaffGate::StaffGate(QObject *parent)
    : QObject(parent)
{
}

StaffGate::~StaffGate() = default;

void StaffGate::setStore(RequestStore *store)
{
    m_store = store;
    m_storage.reset();  // its queued writes still run; the next question sets up a worker like the new store
}

template<typename Job> auto StaffGate::onStorage(Job job)
{
    using T = std::invoke_result_t<Job &, RequestStore &>;
    // Fail closed, without asking the database, while an earlier question still waits for its answer: a screen
    // reader's press on another staff button reaches the program even while input is held back below.
    if (m_waiting) {
        return std::pair<T, RequestStore::Error>(
            T{}, {RequestStore::ErrorKind::Busy, tr("The staff passphrase is already being checked."), {}});
    }
    if (!m_storage)
        m_storage = std::make_unique<StorageWorker>(*m_store);
    std::optional<T> result;
    RequestStore::Error error;
    QEventLoop loop;
    m_storage->run(&loop, std::move(job), [&](T value, const RequestStore::Error &e) {
        result = std::move(value);
        error = e;
        loop.quit();
    });
    if (!result) {
        m_waiting = true;
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_waiting = false;
    }
    // The loop also ends when the program is told to quit (a session ending): no answer is then a refusal.
    if (!result) {
        return std::pair<T, RequestStore::Error>(
            T{}, {RequestStore::ErrorKind::Other, tr("The staff passphrase could not be checked."), {}});
    }
    return std::pair<T, RequestStore::Error>(std::move(*result), error);
}

std::optional<StaffGate::Stored> StaffGate::stored(QWidget *parent)
{
    const QString title = tr("Staff only");
    if (!m_store) {
        m_message = tr("No database is set up on this desk.");
        Dialogs::tell(parent, title, m_message);
        return std::nullopt;
    }
    // Fail closed: a database that cannot be read is never taken for one without a passphrase.
    auto [stored, error] = onStorage([](RequestStore &store) -> std::optional<Stored> {
        if (!store.ensureOpen())
            return std::nullopt;
        const std::optional<QString> hash = store.passphraseHash();
        if (!hash)
            return std::nullopt;
        Stored s{*hash, 0, std::nullopt};
        if (!hash->isEmpty()) {
            // Fail closed here too: a count that could not be read is never taken for no wrong passphrases.
            s.failures = store.failedAttempts();
            if (store.lastError().kind != RequestStore::ErrorKind::None)
                return std::nullopt;
            if (StaffAuth::delaySeconds(s.failures) > 0) {
                s.sinceLastFailure = store.secondsSinceLastFailure();
                if (store.lastError().kind != RequestStore::ErrorKind::None)
                    return std::nullopt;
            }
        }
        return s;
    });
    if (!stored) {
        m_message = error.message;
        Dialogs::tell(parent, title, m_message);
    }
    return stored;
}

bool StaffGate::ensurePassphrase(QWidget *parent)
{
    m_message.clear();
    const std::optional<Stored> s = stored(parent);
    if (!s)
        return false;
    return !s->hash.isEmpty() || setFirstPassphrase(parent);
}

bool StaffGate::authorize(QWidget *parent)
{
    m_message.clear();
    const QString title = tr("Staff only");
    const std::optional<Stored> s = stored(parent);
    if (!s)
        return false;
    if (s->hash.isEmpty()) {
        if (m_firstUseAllowed)
            return setFirstPassphrase(parent);
        m_message = tr("No staff passphrase is set yet, and it cannot be set at a desk in desk mode. Start the "
                       "program without --kiosk and set it from Staff, Open the inbox.");
        Dialogs::tell(parent, title, m_message);
        return false;
    }

    // The wait after wrong passphrases is counted in the database, timed by the database's clock, and decided by
    // StaffAuth: it holds across restarts and desks.
    const int wait = m_ignoreWait ? 0 : StaffAuth::secondsToWait(s->failures, s->sinceLastFailure);
    if (wait > 0) {
        m_message = tr("Too many wrong passphrases. Try again in %n second(s).", nullptr, wait);
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    m_ignoreWait = false;
    const auto passphrase = Dialogs::getText(parent, title, tr("Staff passphrase:"), true);
    if (!passphrase)
        return false;
    struct Attempt
    {
        bool right = false;
        bool recorded = false;
        int failures = 0;
    };
    // Checked where the hash is read: Argon2id takes a noticeable moment, which the window does not wait for.
    const auto [attempt, error] = onStorage([hash = s->hash, passphrase = *passphrase](RequestStore &store) {
        Attempt a;
        a.right = StaffAuth::verify(hash, passphrase);
        a.recorded = store.ensureOpen() && store.recordAttempt(a.right);
        if (!a.right && a.recorded)
            a.failures = store.failedAttempts();
        return a;
    });
    if (attempt.right)
        return true;  // a right passphrase opens even if its success could not be written down
    if (!attempt.recorded) {
        m_message = error.message;
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    const int next = StaffAuth::delaySeconds(attempt.failures);
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
    enum class Outcome { Set, NotHashed, NotStored };
    const auto [outcome, error] = onStorage([passphrase = *first](RequestStore &store) {
        const QString hash = StaffAuth::hash(passphrase);
        if (hash.isEmpty())
            return Outcome::NotHashed;
        return store.ensureOpen() && store.setPassphraseHash(hash) ? Outcome::Set : Outcome::NotStored;
    });
    if (outcome != Outcome::Set) {
        m_message = outcome == Outcome::NotHashed ? tr("The passphrase could not be protected.") : error.message;
        Dialogs::tell(parent, title, m_message);
        return false;
    }
    return true;
}

} // namespace als
