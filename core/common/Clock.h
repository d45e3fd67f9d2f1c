#pragma once

#include <QDateTime>

// Where "now" comes from. Production code asks Clock::now(); tests install a fixed clock so that
// ages, expiries and audit timestamps are deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime currentUtc() const = 0;

    static QDateTime now();
    static void setClock(const Clock *clock); // nullptr restores the system clock
};

class SystemClock final : public Clock
{
public:
    QDateTime currentUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    { }
    QDateTime currentUtc() const override { return m_at; }
    void setTime(const QDateTime &at) { m_at = at; }
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};
