#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace als {

namespace {

// Where the user information of something written like a URL stands: after "scheme://" (or, with one slash or
// none, after "scheme:") and before the last '@' ahead of the path. {-1, 0} if there is none.
std::pair<qsizetype, qsizetype> userInfoSpan(const QString &text)
{
    qsizetype start = 0;
    const qsizetype slashes = text.indexOf(QLatin1String("://"));
    if (slashes >= 0) {
        start = slashes + 3;
    } else {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        start = colon >= 0 ? colon + 1 : 0;
        while (start < text.size() && text.at(start) == QLatin1Char('/'))
            ++start;
    }
    qsizetype end = start;
    while (end < text.size() && text.at(end) != QLatin1Char('/') && text.at(end) != QLatin1Char('?')
           && text.at(end) != QLatin1Char('#'))
        ++end;
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'), end - 1);
    if (at < start || end == start)
        return {-1, 0};
    return {start, at - start};
}

// Control and invisible formatting characters would let a message span lines or reorder itself on screen.
QString printable(QString text)
{
    for (QChar &c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format)
            c = QChar(0xfffd);
    }
    return text;
}

bool isNumber(const QString &text, int low, int high)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= low && value <= high && !text.startsWith(QLatin1Char('+'));
}

// One option of a PostgreSQL URL: empty if it is one libpq is given as written, else why it is refused.
QString checkOption(const QString &key, const QString &value)
{
    // QPSQL separates its connect options with ';' (and turns every ';' into a space), so no value may hold one.
    if (value.contains(QLatin1Char(';')) || printable(value) != value)
        return QCoreApplication::translate(
                   "RequestStore", "The option '%1' in the database address cannot contain ';' or control characters.")
            .arg(key);
    if (key == QLatin1String("sslmode")) {
        static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                       QStringLiteral("prefer"),    QStringLiteral("require"),
                                       QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(value))
            return QCoreApplication::translate("RequestStore",
                                               "The option sslmode in the database address must be one of %1.")
                .arg(modes.join(QLatin1String(", ")));
    } else if (key == QLatin1String("connect_timeout")) {
        if (!isNumber(value, 1, 3600))
            return QCoreApplication::translate(
                "RequestStore",
                "The option connect_timeout in the database address must be a number of seconds from 1 to 3600.");
    } else if (key == QLatin1String("sslrootcert") || key == QLatin1String("sslcert")
               || key == QLatin1String("sslkey")) {
        if (value.isEmpty())
            return QCoreApplication::translate("RequestStore",
                                               "The option '%1' in the database address needs a file name.")
                .arg(key);
    } else if (key == QLatin1String("application_name")) {
        if (value.size() > 63)
            return QCoreApplication::translate(
                "RequestStore", "The option application_name in the database address can have at most 63 characters.");
    }
    return {};
}

// libpq's conninfo quoting: a value in single quotes, with backslash and quote escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

}  // namespace

QStringList DatabaseLocation::knownOptions()
{
    return {QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
            QStringLiteral("sslkey"),  QStringLiteral("connect_timeout"), QStringLiteral("application_name")};
}

// "user:secret@" anywhere in the text, whatever stands before it (a mistyped or missing scheme included).
static const QRegularExpression &userAndPassword()
{
    static const QRegularExpression pattern(QStringLiteral(":[^/@?#]*@"));
    return pattern;
}

// "password=" anywhere: as a query item after any '?', '&' or ';' (a second '?' does not hide one), in a path or
// inside another option's value. No address needs those letters, so none is taken for an option's value.
static const QRegularExpression &passwordItem()
{
    static const QRegularExpression pattern(QStringLiteral("password\\s*="), QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

bool DatabaseLocation::holdsPassword(const QString &text)
{
    const auto [start, length] = userInfoSpan(text);
    if (start >= 0 && text.mid(start, length).contains(QLatin1Char(':')))
        return true;
    const QString decoded = QUrl::fromPercentEncoding(text.toUtf8());
    if (text.contains(userAndPassword()) || decoded.contains(userAndPassword()) || text.contains(passwordItem())
        || decoded.contains(passwordItem()))
        return true;
    const qsizetype question = text.indexOf(QLatin1Char('?'));
    if (question < 0)
        return false;
    const QUrlQuery query(text.mid(question + 1));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.trimmed().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString DatabaseLocation::withoutPasswords(QString text)
{
    static const QRegularExpression password(QStringLiteral("(password\\s*=)[^&#]*"),
                                             QRegularExpression::CaseInsensitiveOption);
    text.replace(password, QStringLiteral("\\1***"));
    text.replace(userAndPassword(), QStringLiteral(":***@"));
    return text;
}

QString DatabaseLocation::masked(const QString &text)
{
    QString shown = text;
    const auto [start, length] = userInfoSpan(text);
    if (start >= 0)
        shown.replace(start, length, QStringLiteral("***"));
    return printable(withoutPasswords(shown));
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString &text, QString *error)
{
    // Before anything is said about the address: a message must never carry its password.
    if (holdsPassword(text)) {
        *error = QCoreApplication::translate(
            "RequestStore",
            "Do not put a password in the database address: keep it in ~/.pgpass, which only you can read.");
        return std::nullopt;
    }
    const QUrl url(text, QUrl::StrictMode);
    DatabaseLocation location;
    if (url.hasFragment()) {
        *error = QCoreApplication::translate("RequestStore", "A database address cannot contain '#'.");
        return std::nullopt;
    }
    if (url.scheme() == QLatin1String("sqlite")) {
        location.kind = Kind::Sqlite;
        location.path = url.path();
        // A leading '/' itself: Qt also takes ":…" for an absolute path (into its own resources).
        if (!location.path.startsWith(QLatin1Char('/')) || location.path.endsWith(QLatin1Char('/'))
            || !url.host().isEmpty() || !url.userInfo().isEmpty()) {
            *error = QCoreApplication::translate(
                "RequestStore", "A SQLite database is written sqlite:///absolute/path/file.db (three slashes).");
            return std::nullopt;
        }
        if (url.hasQuery()) {
            const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
            *error = QCoreApplication::translate("RequestStore",
                                                 "A SQLite database address takes no options, and '%1' is unknown.")
                         .arg(printable(items.isEmpty() ? url.query() : items.first().first));
            return std::nullopt;
        }
        return location;
    }
    if (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres")) {
        location.kind = Kind::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.database = url.path().mid(1);
        if (location.host.isEmpty() || location.database.isEmpty() || location.database.contains(QLatin1Char('/'))) {
            *error = QCoreApplication::translate(
                "RequestStore", "A PostgreSQL database is written postgresql://user@host:port/dbname.");
            return std::nullopt;
        }
        const QStringList known = knownOptions();
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (!known.contains(key)) {
                *error = QCoreApplication::translate(
                             "RequestStore",
                             "The database address has an unknown option '%1'. The options it can have are %2.")
                             .arg(printable(key), known.join(QLatin1String(", ")));
                return std::nullopt;
            }
            if (!location.option(key).isEmpty()) {
                *error = QCoreApplication::translate("RequestStore",
                                                     "The option '%1' is given twice in the database address.")
                             .arg(key);
                return std::nullopt;
            }
            const QString problem = checkOption(key, value);
            if (!problem.isEmpty()) {
                *error = problem;
                return std::nullopt;
            }
            location.options.append({key, value});
        }
        return location;
    }
    *error = QCoreApplication::translate("RequestStore",
                                         "The database address must start with sqlite:// or postgresql://, not '%1'.")
                 .arg(masked(text));
    return std::nullopt;
}

DatabaseLocation DatabaseLocation::defaultSqlite()
{
    DatabaseLocation location;
    location.path = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/requests.db");
    return location;
}

QString DatabaseLocation::option(const QString &key) const
{
    for (const auto &[k, value] : options) {
        if (k == key)
            return value;
    }
    return {};
}

QString DatabaseLocation::toUrl() const
{
    if (kind == Kind::Sqlite)  // percent-encoded, so that parse() reads back the same path ("%23" stays '#')
        return QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : options)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::Sqlite)
        return QDir::toNativeSeparators(path);
    DatabaseLocation shown = *this;
    shown.user.clear();
    return printable(QUrl::fromPercentEncoding(shown.toUrl().toUtf8()));
}

QString DatabaseLocation::libpqOptions() const
{
    QStringList pairs;
    for (const auto &[key, value] : options)
        pairs << key + QLatin1Char('=') + quoted(value);
    return pairs.join(QLatin1Char(';'));
}

}  // namespace als
