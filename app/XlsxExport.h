#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace als {

// The inbox's list as an Excel workbook (.xlsx, written with libxlsxwriter) that a spreadsheet opens exactly as
// stored: every cell is a text cell, so 09012345678 keeps its leading zero, "1/2" never becomes a date and "=1+1"
// never becomes a formula. The header row is bold and stays in view; the columns are as wide as their text.
class XlsxExport final
{
public:
    // A cell's text as the file must hold it for a spreadsheet to show what was typed. The control characters
    // that XML cannot carry become their visible pictures (U+0001 → ␁), so nothing is dropped in silence; the
    // non-characters U+FFFE and U+FFFF become U+FFFD; and text that looks like Excel's own escape for a character
    // ("_x0041_") is escaped itself, so that it is not read back as "A".
    static QString cellText(const QString &text);

    // Writes to a temporary file beside `path`, owner-only from the start, and renames it over `path` once whole.
    // Refuses what exportTargetProblem refuses (anything but a regular file or a new name). On failure, `error`
    // says why in one line.
    static bool write(const QString &path, const QString &sheetName, const QStringList &header,
                      const QList<QStringList> &rows, QString *error);

    // The most rows a worksheet holds (the header included), as Excel defines it.
    static constexpr int kMaxRows = 1048576;
};

} // namespace als
