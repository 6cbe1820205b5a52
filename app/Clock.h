#pragma once

#include <QDate>
#include <QDateTime>

namespace als {

// The one place the guide asks what day it is when it decides whether the content is past its review date (the
// screen's notice, every handout page), and what time it is on this desk when it times the staff lock-out on a
// single-desk database. A test fixes the day with setToday() and moves the desk's clock with setUtcOffset();
// nothing else should.
class Clock final
{
public:
    Clock() = delete;

    // The fixed day if one is set, else the system's local date.
    static QDate today();
    // An invalid date goes back to the system clock.
    static void setToday(const QDate &fixed);

    // The system's UTC time, moved by the offset a test set (0: the system clock as it is).
    static QDateTime nowUtc();
    static void setUtcOffset(qint64 seconds);
};

} // namespace als
