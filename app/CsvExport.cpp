#include "CsvExport.h"

namespace als {

namespace {

// What a spreadsheet skips before it looks at a cell's first character: controls, spaces that are not U+0020,
// zero-width and bidirectional marks, the byte-order mark and the interlinear annotation marks.
bool skippedBySpreadsheets(char32_t c)
{
    // Every control and invisible format character (Unicode's Cc and Cf: direction and tag marks included), and the
    // spaces other than the plain one that spreadsheets pass over before they look for a formula.
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Other_Format || c == 0xA0 || c == 0x1680
        || c == 0x180E || (c >= 0x2000 && c <= 0x200F) || (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x206F)
        || c == 0x3000 || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
}

bool startsFormula(char32_t c)
{
    // Full-width ＝＋－＠ too: some spreadsheets read them as formulas.
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == 0xFF1D || c == 0xFF0B
        || c == 0xFF0D || c == 0xFF20;
}

}  // namespace

QString CsvExport::neutralise(const QString &cell)
{
    const QList<uint> codePoints = cell.toUcs4();
    for (const char32_t c : codePoints) {
        if (startsFormula(c))
            return QLatin1Char('\'') + cell;  // the text itself stays as typed, after the apostrophe
        if (!skippedBySpreadsheets(c))
            break;
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

} // namespace als
