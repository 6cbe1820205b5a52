#include "Clock.h"

namespace als {

namespace {
QDate g_fixed;
} // namespace

QDate Clock::today()
{
    return g_fixed.isValid() ? g_fixed : QDate::currentDate();
}

void Clock::setToday(const QDate &fixed)
{
    g_fixed = fixed;
}

} // namespace als
