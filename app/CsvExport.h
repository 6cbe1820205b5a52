#pragma once

#include <QIODevice>
#include <QList>
#include <QStringList>

namespace als {

// CSV that is safe to open in a spreadsheet: UTF-8 with a byte-order mark (so Excel shows Japanese), every field
// quoted, CRLF line ends, and any cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab
// or a carriage return) neutralised with a leading apostrophe.
class CsvExport final
{
public:
    static QString neutralise(const QString &cell);
    static QByteArray line(const QStringList &cells);
    static bool write(QIODevice *device, const QStringList &header, const QList<QStringList> &rows);
};

// Why an export may not write to `path`, in a few words ("it is a folder"), or an empty string if it may. Only a
// new file or an existing regular file is written: replacing a link would leave its target behind, and a folder,
// a device or a pipe is no place for a list of health data.
QString exportTargetProblem(const QString &path);

} // namespace als
