// Command-line parsing: the bytes (UTF-8) split at NUL are the arguments after the program name, as a shell passes
// them. Each 0xFF byte becomes a known password, so it lands in --database URLs. An error is one line that never
// shows that password; an export names a file and only sections the content has; the same arguments always give
// the same answer.

#include "CommandLine.h"
#include "Content.h"
#include "FuzzSupport.h"

#include <QUrl>

using namespace als;

namespace {

const QString kSecret = QStringLiteral("Pw7zQsecret");

QString describe(const QStringList &arguments, const CommandLineOptions &options)
{
    return arguments.join(QStringLiteral(" \u2423 ")) + QLatin1String(" => ") + QString::number(int(options.action))
        + QLatin1Char(' ') + options.message;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    QStringList arguments{QStringLiteral("als-evidence-guide")};
    const QList<QByteArray> parts = fuzz::bytes(data, size).split('\0');
    if (parts.size() > 64)
        return 0;
    for (const QByteArray &part : parts)
        arguments << QString::fromUtf8(part).replace(QChar(0xFFFD), kSecret);

    const CommandLineOptions options = parseCommandLine(arguments);
    const QString what = describe(arguments, options);

    using A = CommandLineOptions::Action;
    switch (options.action) {
    case A::Error:
        ALS_FUZZ_CHECK(!options.message.trimmed().isEmpty(), what);
        ALS_FUZZ_CHECK(!options.message.contains(QLatin1Char('\n')) && !options.message.contains(QLatin1Char('\r')), what);
        break;
    case A::ShowHelp:
    case A::ShowVersion:
        ALS_FUZZ_CHECK(!options.message.trimmed().isEmpty(), what);
        break;
    case A::ExportPdf:
        ALS_FUZZ_CHECK(!options.exportPath.isEmpty(), what);
        for (const QString &id : options.sections)
            ALS_FUZZ_CHECK(Content::builtIn().hasSection(id), what);
        break;
    case A::RunGui:
    case A::ListSections:
    case A::MigrateOnly:
        break;
    }

    // A password typed into a --database URL is refused, never printed. Checked when the password is the only
    // place the known text occurs (elsewhere, an option name for example, it may be repeated).
    qsizetype occurrences = 0;
    for (const QString &argument : std::as_const(arguments))
        occurrences += argument.count(kSecret);
    for (const QString &argument : std::as_const(arguments)) {
        if (occurrences != 1)
            break;
        const QString value = argument.mid(argument.indexOf(QLatin1Char('=')) + 1);
        if (QUrl(value, QUrl::TolerantMode).password(QUrl::FullyDecoded).contains(kSecret))
            ALS_FUZZ_CHECK_NAMED("password-in-argument", !options.message.contains(kSecret), what);
    }

    const CommandLineOptions again = parseCommandLine(arguments);
    ALS_FUZZ_CHECK(again.action == options.action && again.message == options.message && again.sections == options.sections
                       && again.database == options.database && again.exportPath == options.exportPath,
                   what);
    return 0;
}
