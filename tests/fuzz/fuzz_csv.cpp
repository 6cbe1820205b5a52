// CSV escaping: one cell (UTF-8, or raw UTF-16 when the first byte is odd, so any code unit occurs). A cell whose
// first character a spreadsheet acts on is a formula start must come out with one apostrophe in front and nothing
// else changed; any other cell comes out unchanged; the quoted line reads back as the neutralised cell.

#include "CsvExport.h"
#include "FuzzSupport.h"

using namespace als;

namespace {

bool isFormulaStart(QChar c)
{
    switch (c.unicode()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
    case 0xFF1D: case 0xFF0B: case 0xFF0D: case 0xFF20:  // full-width ＝＋－＠
        return true;
    default:
        return false;
    }
}

// Characters a spreadsheet skips or does not show before the first one it acts on: controls (C0, DEL, C1) and
// format characters (BOM, zero-width and bidi marks, soft hyphen…).
bool isInvisible(QChar c)
{
    const QChar::Category category = c.category();
    return category == QChar::Other_Control || category == QChar::Other_Format;
}

bool needsNeutralising(const QString &cell)
{
    for (const QChar c : cell) {
        if (isFormulaStart(c))
            return true;
        if (!isInvisible(c))
            return false;
    }
    return false;
}

// Reads back one quoted cell of CsvExport::line.
QString readQuotedCell(const QString &line, bool *ok)
{
    *ok = line.size() >= 4 && line.startsWith(QLatin1Char('"')) && line.endsWith(QLatin1String("\"\r\n"));
    if (!*ok)
        return {};
    const QString body = line.mid(1, line.size() - 4);
    QString cell;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == QLatin1Char('"')) {
            if (i + 1 >= body.size() || body.at(i + 1) != QLatin1Char('"')) {
                *ok = false;
                return {};
            }
            ++i;
        }
        cell += body.at(i);
    }
    return cell;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    if (size == 0)
        return 0;
    const QByteArray raw = fuzz::bytes(data + 1, size - 1);
    const bool asUtf16 = data[0] & 1;
    const QString cell = asUtf16 ? fuzz::utf16(raw) : QString::fromUtf8(raw);
    const QString out = CsvExport::neutralise(cell);

    // Named by what comes before the formula start, so a run can go on past one kind already reported.
    const char *check = "neutralise-direct";
    for (const QChar c : cell) {
        if (isFormulaStart(c) || !isInvisible(c))
            break;
        if (c.category() == QChar::Other_Format)
            check = "neutralise-after-format";
        else if (qstrcmp(check, "neutralise-direct") == 0)
            check = "neutralise-after-control";
    }
    if (needsNeutralising(cell)) {
        ALS_FUZZ_CHECK_NAMED(check, out == QLatin1Char('\'') + cell,
                             QLatin1String("not neutralised: ") + cell + QLatin1String(" -> ") + out);
    } else {
        ALS_FUZZ_CHECK(out == cell || out == QLatin1Char('\'') + cell, QLatin1String("changed: ") + cell + QLatin1String(" -> ") + out);
    }
    ALS_FUZZ_CHECK_NAMED(check, !needsNeutralising(out), QLatin1String("still a formula: ") + out);

    // UTF-8 cannot carry lone surrogates, so the line reads back exactly only for text that came from UTF-8.
    if (!asUtf16) {
        bool ok = false;
        const QString back = readQuotedCell(QString::fromUtf8(CsvExport::line({cell})), &ok);
        ALS_FUZZ_CHECK(ok && back == out, QLatin1String("line does not read back: ") + cell);
    }
    return 0;
}
