#pragma once

#include <QString>

#include <optional>

namespace als {

// The staff passphrase, kept only as an Argon2id hash (libsodium's crypto_pwhash_str), never as itself, and the
// lock-out after wrong ones: pure decisions, which the inbox's gate only asks and shows.
class StaffAuth final
{
public:
    static constexpr int kMinimumLength = 10;

    // An encoded Argon2id hash with its own random salt and cost parameters; empty if hashing failed.
    static QString hash(const QString &passphrase);
    static bool verify(const QString &encodedHash, const QString &passphrase);
    // How long to wait before the next attempt after this many failures in a row: 0, 1, 2, 4 … up to 60 seconds.
    static int delaySeconds(int failures);
    // The seconds still to wait before a passphrase may be tried (0: now), after `failures` wrong ones in a row, the
    // last `sinceLastFailure` seconds ago by the database's clock, so that a desk whose clock runs ahead cannot
    // shorten it. A failure stamped in the future (the clock was set back) counts as just now: never longer than
    // the delay. No time recorded (nullopt) asks for no wait, as there is nothing to wait from.
    static int secondsToWait(int failures, std::optional<qint64> sinceLastFailure);
    static bool isArgon2id(const QString &encodedHash);
};

} // namespace als
