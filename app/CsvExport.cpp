#include "CsvExport.h"

#include "ExportTarget.h"
#include "RequestColumns.h"
#include "XlsxExport.h"

#include <QCoreApplication>
#include <QFileInfo>

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

// The first character a spreadsheet acts on, or 0 if there is none.
char32_t firstSignificant(const QString &cell)
{
    const QList<uint> codePoints = cell.toUcs4();
    for (const char32_t c : codePoints) {
        if (startsFormula(c) || !skippedBySpreadsheets(c))
            return c;
    }
    return 0;
}

}  // namespace

QString CsvExport::neutralise(const QString &cell)
{
    const char32_t first = firstSignificant(cell);
    if (first == u'\'' || startsFormula(first))
        return QLatin1Char('\'') + cell;  // the text itself stays as typed, after the apostrophe
    return cell;
}

QString CsvExport::restore(const QString &written)
{
    // Only neutralise() writes a cell whose first significant character is an apostrophe, and it puts it first.
    if (firstSignificant(written) == u'\'' && written.startsWith(QLatin1Char('\'')))
        return written.mid(1);
    return written;
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

RequestExport::Format RequestExport::formatFor(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0 ? Format::Csv
                                                                                            : Format::Xlsx;
}

bool RequestExport::rows(RequestStore &store, const RequestStore::Filter &filter, const Content &content,
                         QList<QStringList> *rows, QString *error, const Progress &progress)
{
    rows->clear();
    const int expected = store.count(filter);
    RequestStore::ListRow last;
    const RequestStore::ListRow *after = nullptr;
    for (;;) {
        // Whole requests a page at a time: one query per page, not one per request.
        const auto page = store.listRequests(filter, kPageSize, after);
        if (!page) {
            *error = store.lastError().message;
            return false;
        }
        for (const StoredRequest &s : *page)
            rows->append(RequestColumns::exportRow(s, content));
        if (progress)
            progress(int(rows->size()), expected);
        if (page->size() < kPageSize)
            break;
        last = {page->constLast().id, {}, page->constLast().createdAt, {}, {}, {}, {}};
        after = &last;
    }
    if (expected >= 0 && rows->size() != expected) {
        *error = QCoreApplication::translate("RequestExport", "the requests changed while exporting; try again");
        return false;
    }
    return true;
}

bool RequestExport::save(RequestStore &store, const RequestStore::Filter &filter, const Content &content,
                         const QString &path, Format format, QString *error, const Progress &progress)
{
    // Refused before the database is read at all: a target that could never be written costs no time.
    if (const QString problem = exportTargetProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QList<QStringList> cells;
    if (!rows(store, filter, content, &cells, error, progress))
        return false;
    const QStringList header = RequestColumns::exportHeader();
    if (format == Format::Xlsx)
        return XlsxExport::write(path, QCoreApplication::translate("RequestExport", "Requests"), header, cells, error);
    // Owner-only from the start, written whole and renamed: never half a file, never readable by others.
    return saveExport(
        path, [&](QIODevice *device, QString *) { return CsvExport::write(device, header, cells); }, error, true);
}

} // namespace als
