#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace als {

// Where an export (a handout PDF, the inbox's CSV and workbook, a backup) may write, decided in one place.
//
// A target must be a regular file or not exist yet. Everything else is refused before anything is written:
// - a folder, a device, a pipe (FIFO) or a socket: an export writes a temporary file beside the target and renames
//   it over the target, which would replace the node with a plain file and report success;
// - a symbolic link, whatever it points to (a regular file, a device, nothing at all): the data would land where
//   the link points, not where the reader chose, and the link can be swapped between the check and the write.
//   Choose the file the link points to instead.
//
// Returns why in a few words ("it is a folder, not a file"), in the current language, or an empty string if the
// export may write there.
QString exportTargetProblem(const QString &path);

// Writes an export to `path` the one safe way: the target is checked (above), the content goes to a temporary file
// beside it, the target is checked again just before the rename, and only a whole file takes its name. With
// `ownerOnly` the file is 0600 from the start. `write` fills the device and may set its own reason; on failure
// `error` says why in one line (without the path: callers say which file).
bool saveExport(const QString &path, const std::function<bool(QIODevice *, QString *)> &write, QString *error,
                bool ownerOnly = false);

// User input (a path, an argument) as an error line may quote it: line breaks, tabs, terminal escapes, other
// control characters, bidirectional and other invisible format characters and unpaired surrogates are shown as
// visible escapes (\n, \t, \x1B, \u202E), so a message stays one honest line that cannot rewrite the terminal.
QString visibleText(const QString &text);

}  // namespace als
