#pragma once

// What the export tests look at in a scratch folder: what is at a path, without following a link, and every name
// in a folder, so that a refused export can be shown to have changed nothing.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

#include <sys/stat.h>
#include <sys/sysmacros.h>

// Its kind and, for a link, where it points; for a file, its bytes.
inline QString nodeAt(const QString &path)
{
    struct stat status = {};
    if (::lstat(QFile::encodeName(path).constData(), &status) != 0)
        return QStringLiteral("nothing");
    if (S_ISLNK(status.st_mode))
        return QStringLiteral("link to ") + QFile::symLinkTarget(path);
    if (S_ISFIFO(status.st_mode))
        return QStringLiteral("pipe");
    if (S_ISCHR(status.st_mode))
        return QStringLiteral("device %1,%2").arg(major(status.st_rdev)).arg(minor(status.st_rdev));
    if (S_ISDIR(status.st_mode))
        return QStringLiteral("folder");
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QStringLiteral("file ") + QString::fromLatin1(f.readAll().toHex())
                                       : QStringLiteral("file?");
}

inline QStringList everythingIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}
