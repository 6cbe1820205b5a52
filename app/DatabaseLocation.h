#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace als {

// Where consultation requests are kept: an SQLite file (the default, one desk) or a PostgreSQL server shared by
// several desks. Written as a URL: sqlite:///path/file.db or postgresql://user@host:port/dbname?option=value.
// Every option a PostgreSQL URL may carry is honoured (handed to libpq as written) or the URL is refused by naming
// it: a desk told to require TLS must never quietly connect without it. A password is never accepted in a URL.
struct DatabaseLocation
{
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path;  // SQLite
    QString host;  // PostgreSQL
    int port = 5432;
    QString user;
    QString database;
    // PostgreSQL: the URL's options (sslmode, sslrootcert, sslcert, sslkey, connect_timeout, application_name), in
    // the order written; checked by parse().
    QList<std::pair<QString, QString>> options;

    static std::optional<DatabaseLocation> parse(const QString &url, QString *error);
    static DatabaseLocation defaultSqlite();  // requests.db in QStandardPaths::AppLocalDataLocation
    static QStringList knownOptions();
    // The value of an option from the URL; empty if it was not given.
    QString option(const QString &key) const;
    QString toUrl() const;  // with every option, never a password
    // For messages: the file, or postgresql://host:port/db?options, without the user name.
    QString displayName() const;
    // Any text that may be a database URL, fit for a message: whatever stands where a user name and password would
    // is masked, and control characters are replaced.
    static QString masked(const QString &url);
    // Any text (a whole message that quotes what someone typed): every "user:secret@" and "password=…" masked.
    static QString withoutPasswords(QString text);
    // Whether a text that may be a URL holds a password, wherever written (even behind a mistyped scheme).
    static bool holdsPassword(const QString &url);
    // QPSQL's connect options (libpq conninfo pairs, separated by ';') for the URL's options.
    QString libpqOptions() const;
};

}  // namespace als
