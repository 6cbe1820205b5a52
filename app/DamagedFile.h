#pragma once

#include <QByteArray>
#include <QString>

namespace als {

// The first 16 bytes of every SQLite file, its NUL included.
inline const QByteArray kSqliteHeader("SQLite format 3", 16);

// A damaged SQLite file is never overwritten: it is renamed, with its -wal and -shm files, next to itself.
class DamagedFile final
{
public:
    DamagedFile() = delete;

    // Only a file that starts with SQLite's header and fails SQLite's own check is ever moved: anything else, a
    // sound database of another program included, is refused and left as it is.
    static bool moveAside(const QString &path, QString *movedTo, QString *error);
};

}  // namespace als
