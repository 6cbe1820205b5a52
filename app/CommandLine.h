#pragma once

#include "Language.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace als {

struct CommandLineOptions
{
    enum class Action { RunGui, ListSections, ShowVersion, ShowHelp, ExportPdf, MigrateOnly, Error };
    Action action = Action::RunGui;
    std::optional<Language> language;  // --lang, if given
    QString database;                  // --database URL, checked to be a usable address; empty if not given
    bool kiosk = false;                // --kiosk: desk mode
    QString exportPath;                // --export-pdf FILE
    QStringList sections;              // --sections id,id,… (checked against the content)
    bool largePrint = false;           // --large-print
    bool letterPaper = false;          // --paper letter (A4 otherwise)
    QString message;                   // the help text, the version line, or the one-line error
};

// Parses the whole command line (arguments[0] is the program) without side effects: nothing is printed and
// nothing exits here, so tests call it directly. Texts go through tr(), so install the translator first.
CommandLineOptions parseCommandLine(const QStringList &arguments);

// The same, from the bytes the system passed (argv). An argument that is not valid text in the system's encoding
// (UTF-8) is refused with its bytes shown, instead of being decoded with replacement characters: a file name would
// otherwise be written under another name.
CommandLineOptions parseCommandLine(const QList<QByteArray> &arguments);

} // namespace als
