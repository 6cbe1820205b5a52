#include "CsvExport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace als {

QString CsvExport::neutralise(const QString &cell)
{
    if (!cell.isEmpty()) {
        const QChar first = cell.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')
            || first == QChar(0xFF1D) || first == QChar(0xFF0B) || first == QChar(0xFF0D) || first == QChar(0xFF20))
            return QLatin1Char('\'') + cell;  // full-width ＝＋－＠ too: some spreadsheets read them as formulas
    }
    return cell;
}

QByteArray CsvExport::line(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells) {
        QString c = neutralise(cell);
        c.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

bool CsvExport::write(QIODevice *device, const QStringList &header, const QList<QStringList> &rows)
{
    if (device->write("\xEF\xBB\xBF") != 3 || device->write(line(header)) < 0)
        return false;
    for (const QStringList &row : rows) {
        if (device->write(line(row)) < 0)
            return false;
    }
    return true;
}

QString exportTargetProblem(const QString &path)
{
    const QFileInfo target(path);
    if (target.isSymLink())
        return QCoreApplication::translate("CsvExport", "it is a link to another file, not a file itself");
    if (!target.exists() || target.isFile())
        return {};
    if (target.isDir())
        return QCoreApplication::translate("CsvExport", "it is a folder, not a file");
    return QCoreApplication::translate("CsvExport", "it is a device or a pipe, not a file");
}

} // namespace als
