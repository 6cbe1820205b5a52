#include "XlsxExport.h"

#include "ExportTarget.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace als {

namespace {

// How many "0"s wide a text is in a spreadsheet column: East Asian characters take two.
int displayWidth(const QString &text)
{
    int widest = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        int width = 0;
        for (const char32_t c : line.toUcs4()) {
            const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
                || (c >= 0x20000 && c <= 0x3FFFD);
            width += wide ? 2 : 1;
        }
        widest = std::max(widest, width);
    }
    return widest;
}

} // namespace

QString XlsxExport::cellText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r')
            out += QChar(char16_t(0x2400 + u));  // the Control Pictures block: ␀ ␁ … ␟
        else if (u == 0xFFFE || u == 0xFFFF)
            out += QChar(QChar::ReplacementCharacter);
        else
            out += c;
    }
    // Excel reads "_xHHHH_" in a string as the character HHHH; its own escape for the underscore keeps it as typed.
    static const QRegularExpression excelEscape(QStringLiteral("_(?=x[0-9A-Fa-f]{4}_)"));
    out.replace(excelEscape, QStringLiteral("_x005F_"));
    return out;
}

bool XlsxExport::write(const QString &path, const QString &sheetName, const QStringList &header,
                       const QList<QStringList> &rows, QString *error)
{
    if (const QString problem = exportTargetProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (rows.size() + 1 > kMaxRows) {
        *error = QCoreApplication::translate("XlsxExport", "the list has more requests than one worksheet holds "
                                                           "(%1); narrow it with the filters")
                     .arg(kMaxRows - 1);
        return false;
    }
    // libxlsxwriter writes the file itself, by name: it gets a temporary name beside the target, created
    // owner-only (QTemporaryFile makes it 0600, and the library's fopen keeps the mode of a file that exists).
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + QStringLiteral("/.") + target.fileName()
                             + QStringLiteral(".XXXXXX"));
    if (!temporary.open()) {
        *error = temporary.errorString();
        return false;
    }
    temporary.close();
    const QByteArray temporaryName = QFile::encodeName(temporary.fileName());

    lxw_workbook *workbook = workbook_new(temporaryName.constData());
    if (!workbook) {
        *error = QCoreApplication::translate("XlsxExport", "the spreadsheet file could not be started");
        return false;
    }
    const QByteArray sheet = sheetName.toUtf8();
    lxw_worksheet *worksheet = workbook_add_worksheet(workbook, sheet.isEmpty() ? nullptr : sheet.constData());
    // Text format ("@") on every cell and column, so a value staff type in later stays text as well.
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_num_format(bold, "@");
    format_set_bold(bold);

    lxw_error failure = worksheet ? LXW_NO_ERROR : LXW_ERROR_SHEETNAME_ALREADY_USED;
    QList<int> widths(header.size(), 0);
    // Strings only: never worksheet_write_number, _formula or _datetime, whatever a value looks like.
    const auto writeRow = [&](int row, const QStringList &cells, lxw_format *format) {
        for (int column = 0; column < cells.size() && failure == LXW_NO_ERROR; ++column) {
            const QString value = cellText(cells.at(column));
            if (column < widths.size())
                widths[column] = std::max(widths.at(column), displayWidth(value));
            if (value.isEmpty())
                continue;
            failure = worksheet_write_string(worksheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
                                             format);
        }
    };
    if (failure == LXW_NO_ERROR)
        writeRow(0, header, bold);
    for (int i = 0; i < rows.size() && failure == LXW_NO_ERROR; ++i)
        writeRow(i + 1, rows.at(i), text);
    if (failure == LXW_NO_ERROR) {
        for (int column = 0; column < widths.size(); ++column)
            worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column),
                                 std::clamp(widths.at(column), 8, 60) + 2, text);
        worksheet_freeze_panes(worksheet, 1, 0);
        if (!header.isEmpty())
            worksheet_autofilter(worksheet, 0, 0, lxw_row_t(rows.size()), lxw_col_t(header.size() - 1));
    }
    const lxw_error closed = workbook_close(workbook);  // frees the workbook whatever happened before
    if (failure == LXW_NO_ERROR)
        failure = closed;
    if (failure != LXW_NO_ERROR) {
        *error = QCoreApplication::translate("XlsxExport", "the spreadsheet file could not be written (%1)")
                     .arg(QString::fromUtf8(lxw_strerror(failure)));
        return false;
    }
    // On the disk before it takes the target's name, so a crash leaves the old file or the new one, never half.
    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly) || ::fsync(written.handle()) != 0
        || !written.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = written.errorString();
        return false;
    }
    written.close();
    // Checked again just before the rename: something other than a regular file may have appeared meanwhile.
    if (const QString problem = exportTargetProblem(path); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (std::rename(temporaryName.constData(), QFile::encodeName(path).constData()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    temporary.setAutoRemove(false);
    return true;
}

} // namespace als
