#pragma once

#include "RequestStore.h"

#include <QIODevice>
#include <QList>
#include <QStringList>

#include <functional>

namespace als {

class Content;

// CSV that is safe to open in a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Japanese), every field
// quoted, CRLF line ends, and any cell that a spreadsheet would run as a formula neutralised with a leading
// apostrophe. A cell is a formula when the first character the spreadsheet acts on is =, +, -, @, a tab, a
// carriage return or full-width ＝＋－＠; invisible and control characters before it (a NUL, a zero-width space,
// a bidi control, a byte-order mark, …) do not hide it, since a spreadsheet drops them on import.
//
// A visitor's own leading apostrophe is never mistaken for the one added: a cell whose first significant character
// (the first one that is not skipped as above) is an apostrophe or a formula start gets one apostrophe added at its
// very start. So reading a cell back is always one rule: where the first significant character is an apostrophe,
// exactly one was added and is dropped (restore()); "'=1" typed becomes "''=1", "=1" typed becomes "'=1".
class CsvExport final
{
public:
    static QString neutralise(const QString &cell);
    // The cell as it was typed, from the cell as written (after un-quoting): the inverse of neutralise().
    static QString restore(const QString &written);
    static QByteArray line(const QStringList &cells);
    static bool write(QIODevice *device, const QStringList &header, const QList<QStringList> &rows);
};

// The inbox's list written to a file: CSV or an Excel workbook, with the headings and cells of RequestColumns, so
// both formats always hold the same columns. Read a page at a time, written whole (owner-only) or not at all.
class RequestExport final
{
public:
    enum class Format { Csv, Xlsx };
    static constexpr int kPageSize = 500;
    // Called after each page: requests read so far, and how many the filter held when the export began.
    using Progress = std::function<void(int done, int total)>;

    // The format a file name asks for: .csv is CSV, anything else a workbook.
    static Format formatFor(const QString &path);

    // Every request the filter holds, one row of text cells each, newest first. False, and why in a few words, if
    // the database could not give them all or they changed meanwhile: a partial export would look complete.
    static bool rows(RequestStore &store, const RequestStore::Filter &filter, const Content &content,
                     QList<QStringList> *rows, QString *error, const Progress &progress = {});
    // Reads them and writes them to `path` (refused targets as in exportTargetProblem). On failure `error` says
    // why in a few words, without the path.
    static bool save(RequestStore &store, const RequestStore::Filter &filter, const Content &content,
                     const QString &path, Format format, QString *error, const Progress &progress = {});
};

} // namespace als
