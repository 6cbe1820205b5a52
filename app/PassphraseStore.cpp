#include "PassphraseStore.h"

#include "Clock.h"
#include "StoredTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace als {

std::optional<QString> PassphraseStore::passphraseHash()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT passphrase_hash FROM %1 WHERE id = 1").arg(readFrom()))) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading the staff sign-in record"));
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool PassphraseStore::setPassphraseHash(const QString &hash)
{
    return inTransaction(
        {{QStringLiteral("DELETE FROM staff"), {}},
         {QStringLiteral("INSERT INTO staff (id, passphrase_hash, failed_attempts) VALUES (1, ?, 0)"), {hash}}},
        QCoreApplication::translate("RequestStore", "Saving the staff passphrase"));
}

int PassphraseStore::failedAttempts()
{
    QSqlQuery q(database());
    // A record that cannot be read is an error (the caller must not take it for no wrong passphrases); no record
    // at all is none.
    if (!q.exec(QStringLiteral("SELECT failed_attempts FROM %1 WHERE id = 1").arg(readFrom()))) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading the staff sign-in record"));
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

QDateTime PassphraseStore::lastFailedAttempt()
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT last_failed_at FROM %1 WHERE id = 1").arg(readFrom()))) {
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading the staff sign-in record"));
        return {};
    }
    if (!q.next() || q.value(0).isNull())
        return {};
    return fromIso(q.value(0).toString());
}

bool PassphraseStore::recordAttempt(bool success)
{
    QSqlQuery q(database());
    if (!isSqlite()) {
        // By the function a desk may call. A server stamps a failure by its own clock, the one every desk's wait is
        // then measured against.
        q.prepare(QStringLiteral("SELECT als_record_attempt(?)"));
        q.addBindValue(success);
        if (!q.exec() || !q.next() || q.value(0).toInt() != 1)
            return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Recording a sign-in attempt"));
        return true;
    }
    if (success) {
        q.prepare(QStringLiteral("UPDATE staff SET failed_attempts = 0, last_failed_at = NULL WHERE id = 1"));
    } else {
        q.prepare(
            QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1, last_failed_at = ? WHERE id = 1"));
        q.addBindValue(isoUtc(Clock::nowUtc()));
    }
    if (!q.exec() || q.numRowsAffected() != 1)
        return failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Recording a sign-in attempt"));
    return true;
}

std::optional<qint64> PassphraseStore::secondsSinceLastFailure()
{
    QSqlQuery q(database());
    qint64 elapsed = 0;
    if (isSqlite()) {
        // One desk, one clock: this computer's.
        const QDateTime last = lastFailedAttempt();
        if (!last.isValid())
            return std::nullopt;
        elapsed = last.secsTo(Clock::nowUtc());
    } else {
        if (!q.exec(
                QStringLiteral("SELECT CAST(floor(EXTRACT(EPOCH FROM now() - last_failed_at::timestamptz)) AS BIGINT) "
                               "FROM %1 WHERE id = 1 AND last_failed_at IS NOT NULL")
                    .arg(readFrom()))) {
            failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Reading the staff sign-in record"));
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        elapsed = q.value(0).toLongLong();
    }
    if (elapsed >= 0)
        return elapsed;
    // Stamped in the future: the clock has been set back since. The wait starts again from now, so it is never
    // longer than the longest delay, rather than lasting until the clock catches up.
    if (isSqlite()) {
        q.prepare(QStringLiteral("UPDATE staff SET last_failed_at = ? WHERE id = 1"));
        q.addBindValue(isoUtc(Clock::nowUtc()));
    } else {
        q.prepare(QStringLiteral("SELECT als_restart_failure_wait()"));
    }
    if (!q.exec())
        failFrom(q.lastError(), QCoreApplication::translate("RequestStore", "Recording a sign-in attempt"));
    return 0;
}

}  // namespace als
