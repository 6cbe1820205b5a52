#pragma once

// Lets the benchmarks time a real start: with ALS_BENCH_PROBE=1 in the environment the program quits as soon as
// its first frame has been painted; with ALS_BENCH_PROBE=visit it first runs the given visit (every view) and
// prints its resident memory. Without the variable it does nothing. Header-only, so that the bare Qt program
// the benchmark compares against uses exactly the same probe.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <utility>

namespace als {

class BenchmarkProbe final : public QObject
{
public:
    static void installIfRequested(std::function<void()> visit = {})
    {
        const QByteArray mode = qgetenv("ALS_BENCH_PROBE");
        if (mode.isEmpty())
            return;
        auto *probe = new BenchmarkProbe(mode == "visit", std::move(visit));
        QCoreApplication::instance()->installEventFilter(probe);
    }

    static long residentKilobytes()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
        return -1;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && (event->type() == QEvent::UpdateRequest || event->type() == QEvent::Paint)) {
            m_done = true;
            // Queued: runs once the paint this event starts has finished.
            QTimer::singleShot(0, this, [this] {
                if (m_visitAll && m_visit)
                    m_visit();
                if (m_visitAll)
                    std::printf("rss_kb %ld\n", residentKilobytes());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    BenchmarkProbe(bool visitAll, std::function<void()> visit)
        : m_visitAll(visitAll)
        , m_visit(std::move(visit))
    {
    }

    bool m_visitAll = false;
    bool m_done = false;
    std::function<void()> m_visit;
};

} // namespace als
