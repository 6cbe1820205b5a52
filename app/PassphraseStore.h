#pragma once

#include "RequestStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace als {

// The staff passphrase, only ever as an Argon2id hash, with the wrong attempts since the last right one, kept in
// the requests database so that every desk shares one passphrase and one lock-out. Works on the store's open
// connection and reports through the store's errors.
class PassphraseStore final
{
public:
    explicit PassphraseStore(RequestStore &store)
        : m_store(store)
    {
    }

    // nullopt: the database could not be read (never to be taken for "no passphrase yet").
    std::optional<QString> passphraseHash();
    bool setPassphraseHash(const QString &hash);
    int failedAttempts();
    QDateTime lastFailedAttempt();
    // See RequestStore::secondsSinceLastFailure().
    std::optional<qint64> secondsSinceLastFailure();
    bool recordAttempt(bool success);

private:
    // The store's connection and error reporting, under the names this code has always used.
    QSqlDatabase database() const { return m_store.database(); }
    bool isSqlite() const { return m_store.isSqlite(); }
    bool failFrom(const class QSqlError &error, const QString &doing) { return m_store.failFrom(error, doing); }
    bool inTransaction(const QList<QPair<QString, QVariantList>> &statements, const QString &doing)
    {
        return m_store.inTransaction(statements, doing);
    }

    // PostgreSQL: the record is read through the function a desk may call (the desk must check the passphrase to
    // leave desk mode, and may not read the table); SQLite: the table.
    QString readFrom() const { return isSqlite() ? QStringLiteral("staff") : QStringLiteral("als_sign_in_state()"); }

    RequestStore &m_store;
};

}  // namespace als
