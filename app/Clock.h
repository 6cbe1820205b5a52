#pragma once

#include <QDate>

namespace als {

// The one place the guide asks what day it is when it decides whether the content is past its review date (the
// screen's notice, every handout page). A test fixes the day with setToday(); nothing else should.
class Clock final
{
public:
    Clock() = delete;

    // The fixed day if one is set, else the system's local date.
    static QDate today();
    // An invalid date goes back to the system clock.
    static void setToday(const QDate &fixed);
};

} // namespace als
