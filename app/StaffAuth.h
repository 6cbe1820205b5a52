#pragma once

#include <QString>

namespace als {

// The staff passphrase, kept only as an Argon2id hash (libsodium's crypto_pwhash_str), never as itself.
class StaffAuth final
{
public:
    static constexpr int kMinimumLength = 10;

    // An encoded Argon2id hash with its own random salt and cost parameters; empty if hashing failed.
    static QString hash(const QString &passphrase);
    static bool verify(const QString &encodedHash, const QString &passphrase);
    // How long to wait before the next attempt after this many failures in a row: 0, 1, 2, 4 … up to 60 seconds.
    static int delaySeconds(int failures);
    static bool isArgon2id(const QString &encodedHash);
};

} // namespace als
