#include "Clock.h"

#include <atomic>

namespace {
const SystemClock s_systemClock;
std::atomic<const Clock *> s_clock { &s_systemClock };
} // namespace

QDateTime Clock::now()
{
    return s_clock.load()->currentUtc();
}

void Clock::setClock(const Clock *clock)
{
    s_clock.store(clock ? clock : &s_systemClock);
}
