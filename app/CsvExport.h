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

} // namespace als
