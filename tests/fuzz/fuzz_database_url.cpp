// Database-URL parsing. The bytes (UTF-8) are split at the first 0xFF: with no 0xFF they are the URL; otherwise the
// URL is the part before, a known password, then the part after, so the password lands anywhere in a URL. A
// password given as one (user:password@ or a password= option) never shows in an error, displayName() or toUrl();
// a parsed location reads back to itself.

#include "FuzzSupport.h"
#include "RequestStore.h"

#include <QUrl>
#include <QUrlQuery>

using namespace als;

namespace {

const QString kSecret = QStringLiteral("Pw7zQsecret");

// Where the known password sits: "userinfo" (user:password@), "option" (after password= in the query), or null.
const char *passwordPlace(const QString &url)
{
    const QUrl parsed(url, QUrl::TolerantMode);
    if (parsed.password(QUrl::FullyDecoded).contains(kSecret) || parsed.userInfo(QUrl::FullyDecoded).contains(kSecret))
        return "password-userinfo";
    const qsizetype at = url.indexOf(kSecret);
    if (at >= 0 && url.left(at).endsWith(QLatin1String("password="), Qt::CaseInsensitive))
        return "password-option";
    return nullptr;
}

void checkNoSecret(const char *place, const QString &what, const QString &text)
{
    ALS_FUZZ_CHECK_NAMED(place, !text.contains(kSecret, Qt::CaseInsensitive), what + QLatin1String(" shows the password: ") + text);
    // Percent-encoded it is still the password.
    const QString encoded = QString::fromLatin1(kSecret.toUtf8().toPercentEncoding(QByteArray(), "Pwsecret"));
    ALS_FUZZ_CHECK_NAMED(place, !text.contains(encoded, Qt::CaseInsensitive), what + QLatin1String(" shows the password: ") + text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray raw = fuzz::bytes(data, size);
    const qsizetype split = raw.indexOf('\xff');
    const QString url = split < 0 ? QString::fromUtf8(raw)
                                  : QString::fromUtf8(raw.left(split)) + kSecret + QString::fromUtf8(raw.mid(split + 1));

    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url, &error);
    const char *secret = split >= 0 ? passwordPlace(url) : nullptr;
    if (!location) {
        ALS_FUZZ_CHECK(!error.trimmed().isEmpty(), url);
        if (secret)
            checkNoSecret(secret, QStringLiteral("the error"), error);
        return 0;
    }
    const QString display = location->displayName();
    const QString again = location->toUrl();
    if (secret) {
        checkNoSecret(secret, QStringLiteral("displayName()"), display);
        checkNoSecret(secret, QStringLiteral("toUrl()"), again);
    }

    // Settings keep toUrl(); reading it back must give the same place.
    QString againError;
    const std::optional<DatabaseLocation> reread = DatabaseLocation::parse(again, &againError);
    ALS_FUZZ_CHECK_NAMED("round-trip", reread.has_value(), url + QLatin1String(" -> ") + again + QLatin1String(" -> ") + againError);
    if (!reread)
        return 0;
    ALS_FUZZ_CHECK_NAMED("round-trip", reread->toUrl() == again && reread->displayName() == display,
                   url + QLatin1String(" -> ") + again + QLatin1String(" -> ") + reread->toUrl());
    return 0;
}
