#include "DamagedFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace als {

bool DamagedFile::moveAside(const QString &path, QString *movedTo, QString *error)
{
    {
        // Only a damaged database is moved: a file of any other kind, or a sound database (another program's, say),
        // was never this program's to move.
        QFile file(path);
        bool damaged = QFileInfo(path).isFile() && file.open(QIODevice::ReadOnly) && file.read(16) == kSqliteHeader;
        if (damaged) {
            sqlite3 *db = nullptr;
            sqlite3_stmt *check = nullptr;
            damaged = !(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
                            == SQLITE_OK
                        && sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &check, nullptr) == SQLITE_OK
                        && sqlite3_step(check) == SQLITE_ROW
                        && qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)), "ok") == 0);
            sqlite3_finalize(check);
            sqlite3_close(db);
        }
        if (!damaged) {
            *error = QCoreApplication::translate(
                         "RequestStore", "%1 is not a requests database, so it was not moved. It has not been changed.")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-") + stamp + QLatin1Char('-') + QString::number(n);
    // The journal files go first: left behind, a stale -wal would be replayed into the new, empty database.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side) && !QFile::rename(side, target + QLatin1String(suffix))) {
            *error = QCoreApplication::translate("RequestStore",
                                                 "The damaged database %1 could not be moved aside to %2.")
                         .arg(side, target + QLatin1String(suffix));
            return false;
        }
    }
    if (!QFile::rename(path, target)) {
        *error = QCoreApplication::translate("RequestStore", "The damaged database %1 could not be moved aside to %2.")
                     .arg(path, target);
        return false;
    }
    *movedTo = target;
    return true;
}

}  // namespace als
