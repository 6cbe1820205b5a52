#pragma once

#include <QDateTime>
#include <QString>

namespace als {

// Times as the requests database keeps them: ISO 8601 text in UTC with milliseconds, on SQLite and PostgreSQL alike.
inline QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The server's time in the form isoUtc() writes, so that times stamped by either side read back alike.
inline const char *const kPostgresNowIso = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

inline QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

}  // namespace als
