#include "Clock.h"

namespace als {

namespace {
QDate g_fixed;
qint64 g_offsetSeconds = 0;
} // namespace

QDate Clock::today()
{
    return g_fixed.isValid() ? g_fixed : QDate::currentDate();
}

void Clock::setToday(const QDate &fixed)
{
    g_fixed = fixed;
}

QDateTime Clock::nowUtc()
{
    return QDateTime::currentDateTimeUtc().addSecs(g_offsetSeconds);
}

void Clock::setUtcOffset(qint64 seconds)
{
    g_offsetSeconds = seconds;
}

} // namespace als
