#pragma once

// Shared by the libFuzzer targets and by their corpus replay (replay_main.cpp): the Qt application the core
// expects, the bytes as text, and a check that stops at once so that libFuzzer (or ctest) records the input.

#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace als::fuzz {

// Once per process, and never destroyed: the core's statics (content, translators) outlive any exit order.
// Gui only where a target needs fonts (QTextDocument); it runs on the offscreen platform. The core's log lines
// (malformed content, callout markers) are expected for fuzzed input and would only slow the run down.
inline void ensureApplication(bool gui = false)
{
    static int argc = 1;
    static char name[] = "als-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = nullptr;
    if (app)
        return;
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = new QGuiApplication(argc, argv);
    } else {
        app = new QCoreApplication(argc, argv);
    }
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// UTF-16 straight from the bytes, so that lone surrogates and every code unit can occur (UTF-8 decoding would
// replace them).
inline QString utf16(const QByteArray &raw)
{
    return QString(reinterpret_cast<const QChar *>(raw.constData()), raw.size() / 2);
}

[[noreturn]] inline void fail(const char *what, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n  %s\n", file, line, what,
                 detail.toUtf8().toPercentEncoding(" /:@=?&,.'\"()<>[]{}+-_~!#$*;").constData());
    std::abort();
}

// ALS_FUZZ_SKIP=name,name… turns named checks off, so that a long local run goes on past a finding that is already
// reported instead of finding it again every second. Never set in ctest or CI.
inline bool skipped(const char *check)
{
    static const QList<QByteArray> names = qgetenv("ALS_FUZZ_SKIP").split(',');
    return names.contains(QByteArray(check));
}

} // namespace als::fuzz

// Checks an invariant; on failure prints it with the detail (percent-encoded, so control characters show) and
// aborts, which libFuzzer saves as a crash input and the replay reports as a failed test.
#define ALS_FUZZ_CHECK(condition, detail)                                                                               \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::als::fuzz::fail(#condition, (detail), __FILE__, __LINE__);                                               \
    } while (false)

#define ALS_FUZZ_CHECK_NAMED(name, condition, detail)                                                                  \
    do {                                                                                                               \
        if (!(condition) && !::als::fuzz::skipped(name))                                                               \
            ::als::fuzz::fail(#condition, QLatin1String(name) + QLatin1String(": ") + (detail), __FILE__, __LINE__);                                     \
    } while (false)
