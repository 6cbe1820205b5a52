#pragma once


#include <QIODevice>
#include <QList>
#include <QStringList>

namespace als {

// CSV that is safe to open in a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Japanese), every field
// quoted, CRLF line ends, and any cell that a spreadsheet would run as a formula neutralised with a leading
// apostrophe. A cell is a formula when the first character the spreadsheet acts on is =, +, -, @, a tab, a
// carriage return or full-width ＝＋－＠; invisible and control characters before it (a NUL, a zero-width space,
// a bidi control, a byte-order mark, …) do not hide it, since a spreadsheet drops them on import.
class CsvExport final
{
public:
    static QString neutralise(const QString &cell);
    static QByteArray line(const QStringList &cells);
    static bool write(QIODevice *device, const QStringList &header, const QList<QStringList> &rows);
};

} // namespace als
