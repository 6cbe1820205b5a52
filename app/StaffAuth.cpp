#include "StaffAuth.h"

#include <sodium.h>

#include <algorithm>

namespace als {

namespace {

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

QString StaffAuth::hash(const QString &passphrase)
{
    if (!ready())
        return {};
    QByteArray secret = passphrase.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, secret.constData(), size_t(secret.size()),
                                         crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    return rc == 0 ? QString::fromLatin1(out) : QString();
}

bool StaffAuth::verify(const QString &encodedHash, const QString &passphrase)
{
    if (!ready() || !isArgon2id(encodedHash))
        return false;
    const QByteArray stored = encodedHash.toLatin1();
    QByteArray secret = passphrase.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), secret.constData(), size_t(secret.size())) == 0;
    sodium_memzero(secret.data(), size_t(secret.size()));
    return ok;
}

int StaffAuth::delaySeconds(int failures)
{
    if (failures <= 0)
        return 0;
    return std::min(60, 1 << std::min(failures - 1, 6));
}

int StaffAuth::secondsToWait(int failures, std::optional<qint64> sinceLastFailure)
{
    const int delay = delaySeconds(failures);
    if (delay == 0 || !sinceLastFailure)
        return 0;
    return int(std::max<qint64>(0, delay - std::max<qint64>(0, *sinceLastFailure)));
}

bool StaffAuth::isArgon2id(const QString &encodedHash)
{
    return encodedHash.startsWith(QLatin1String("$argon2id$"));
}

} // namespace als
