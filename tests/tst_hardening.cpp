// The reliability review's findings on exports and hostile text, each with the test that failed before its fix:
// export targets (finding 1), formula cells behind invisible characters (finding 2), error lines that quote user
// input (finding 15). The command line's side is in tst_commandline, the form's character policy in tst_validation.

#include "Content.h"
#include "CsvExport.h"
#include "CsvReading.h"
#include "Dialogs.h"
#include "ExportTarget.h"
#include "FileNodes.h"
#include "HandoutDialog.h"
#include "RequestColumns.h"
#include "RequestStore.h"
#include "Settings.h"
#include "XlsxExport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <algorithm>

using namespace als;

namespace {

// Makes the kind of target a row names at `target`, in the scratch folder only. False if this machine cannot.
bool makeTarget(const QString &kind, const QString &target, const QTemporaryDir &dir)
{
    const QString victim = dir.filePath(QStringLiteral("victim"));
    if (kind == QLatin1String("folder"))
        return QDir().mkpath(target);
    if (kind == QLatin1String("pipe"))
        return ::mkfifo(QFile::encodeName(target).constData(), 0600) == 0;
    if (kind == QLatin1String("device"))  // a private null device; never a system path
        return ::mknod(QFile::encodeName(target).constData(), S_IFCHR | 0600, makedev(1, 3)) == 0;
    if (kind == QLatin1String("link to a device"))  // only looked at (lstat), never opened
        return QFile::link(QStringLiteral("/dev/null"), target);
    if (kind == QLatin1String("link to a pipe"))
        return ::mkfifo(QFile::encodeName(victim).constData(), 0600) == 0 && QFile::link(victim, target);
    if (kind == QLatin1String("link to a file")) {
        {
            QFile f(victim);
            if (!f.open(QIODevice::WriteOnly) || f.write("keep me") != 7)
                return false;
        }
        return QFile::link(victim, target);
    }
    if (kind == QLatin1String("link to a folder"))
        return QDir().mkpath(victim) && QFile::link(victim, target);
    return QFile::link(dir.filePath(QStringLiteral("nowhere")), target);  // dangling
}

void addRefusedTargets()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"folder", "pipe", "device", "link to a device", "link to a pipe", "link to a file",
                             "link to a folder", "dangling link"})
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

ConsultationRequest visitorRequest(const QString &name, const QString &question)
{
    ConsultationRequest r;
    r.writer = QStringLiteral("family");
    r.name = name;
    r.age = QStringLiteral("58");
    r.sex = QStringLiteral("unanswered");
    r.prefecture = QStringLiteral("hokkaido");
    r.question = question;
    r.phone = QStringLiteral("09012345678");
    r.email = QStringLiteral("a@example.jp");
    r.consent = true;
    r.language = QStringLiteral("ja");
    return r;
}

}  // namespace

class TestHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Finding 1: one rule for every export. A target that is not a regular file is refused in one line, before
    // anything is written: nothing is renamed over it and no temporary file is left beside it.
    void finding1_exportTargetMustBeARegularFile_data() { addRefusedTargets(); }
    void finding1_exportTargetMustBeARegularFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(QStringLiteral("export.out"));
        if (!makeTarget(kind, target, dir))
            QSKIP("this machine cannot make that kind of file here (no permission)");
        const QString before = nodeAt(target);
        const QString victimBefore = nodeAt(dir.filePath(QStringLiteral("victim")));
        const QStringList filesBefore = everythingIn(dir.path());

        const QString problem = exportTargetProblem(target);
        QVERIFY(!problem.isEmpty());
        QVERIFY(!problem.contains(QLatin1Char('\n')));

        bool written = false;
        QString error;
        QVERIFY(!saveExport(
            target,
            [&written](QIODevice *device, QString *) {
                written = true;
                return device->write("PDF") == 3;
            },
            &error));
        QVERIFY(!written);
        QCOMPARE(error, problem);
        QVERIFY(!XlsxExport::write(target, QStringLiteral("Sheet"), {QStringLiteral("A")}, {{QStringLiteral("1")}},
                                   &error));
        QCOMPARE(error, problem);

        QCOMPARE(nodeAt(target), before);
        QCOMPARE(nodeAt(dir.filePath(QStringLiteral("victim"))), victimBefore);
        QCOMPARE(everythingIn(dir.path()), filesBefore);
    }

    // The other side of the rule: a new name and an existing regular file are written, whole.
    void finding1_regularFilesAndNewNamesAreWritten()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("new.pdf"));
        QVERIFY(exportTargetProblem(fresh).isEmpty());
        QString error;
        const auto pdf = [](QIODevice *device, QString *) { return device->write("%PDF-1.4") == 8; };
        QVERIFY2(saveExport(fresh, pdf, &error), qPrintable(error));
        QCOMPARE(nodeAt(fresh), QStringLiteral("file ") + QString::fromLatin1(QByteArray("%PDF-1.4").toHex()));
        QVERIFY(exportTargetProblem(fresh).isEmpty());
        QVERIFY2(saveExport(
                     fresh, [](QIODevice *device, QString *) { return device->write("2") == 1; }, &error, true),
                 qPrintable(error));
        QCOMPARE(nodeAt(fresh), QStringLiteral("file 32"));
        QCOMPARE(QFile::permissions(fresh) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // A writer that fails leaves the old file as it was, and its own reason.
        QVERIFY(!saveExport(
            fresh,
            [](QIODevice *device, QString *why) {
                device->write("half");
                *why = QStringLiteral("the page could not be drawn");
                return false;
            },
            &error));
        QCOMPARE(error, QStringLiteral("the page could not be drawn"));
        QCOMPARE(nodeAt(fresh), QStringLiteral("file 32"));
        QCOMPARE(everythingIn(dir.path()), QStringList{QStringLiteral("new.pdf")});
    }

    // Finding 1, the handout dialog's Save as PDF: the same refusal, said in the dialog, nothing replaced.
    void finding1_handoutDialogRefusesWhatIsNotARegularFile_data() { addRefusedTargets(); }
    void finding1_handoutDialogRefusesWhatIsNotARegularFile()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("handout.pdf"));
        if (!makeTarget(kind, target, dir))
            QSKIP("this machine cannot make that kind of file here (no permission)");
        const QString before = nodeAt(target);
        const QString victimBefore = nodeAt(dir.filePath(QStringLiteral("victim")));
        QTemporaryDir settingsDir;
        Settings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
        const QStringList filesBefore = everythingIn(dir.path());
        HandoutDialog dialog(Content::builtIn(), settings, Language::English, QStringLiteral("overview"));
        Dialogs::setNextTexts({target});
        QVERIFY(!dialog.saveAsPdf());
        QCOMPARE(nodeAt(target), before);
        QCOMPARE(nodeAt(dir.filePath(QStringLiteral("victim"))), victimBefore);
        QCOMPARE(everythingIn(dir.path()), filesBefore);
        // And it says why, in the dialog.
        const auto labels = dialog.findChildren<QLabel *>();
        const bool told = std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text().contains(QLatin1String("could not be saved"));
        });
        QVERIFY(told);
    }

    // Finding 2: the review's sweep, every invisible or control character in front of a formula: the cell is
    // neutralised, and after the apostrophe the text is exactly what was typed.
    void finding2_formulaBehindInvisibleCharactersIsNeutralised_data()
    {
        QTest::addColumn<QString>("prefix");
        QList<char16_t> sweep;
        for (char16_t c = 0x0000; c <= 0x001F; ++c)
            sweep << c;
        sweep << 0x007F << 0x0085 << 0x00A0 << 0x00AD << 0x1680 << 0x180E;
        for (char16_t c = 0x2000; c <= 0x200F; ++c)
            sweep << c;
        for (char16_t c = 0x2028; c <= 0x202F; ++c)
            sweep << c;
        sweep << 0x205F << 0x2060 << 0x2066 << 0x2067 << 0x2068 << 0x2069 << 0x3000 << 0xFEFF << 0xFFF9 << 0xFFFA
              << 0xFFFB;
        for (const char16_t c : sweep)
            QTest::addRow("U+%04X", unsigned(c)) << QString(QChar(c));
        QTest::newRow("NUL NUL") << QStringLiteral("%1%1").arg(QChar(0));
        QTest::newRow("BOM, zero-width space, NUL") << QStringLiteral("\uFEFF\u200B") + QChar(0);
        QTest::newRow("line feed, ideographic space") << QStringLiteral("\n\u3000");
    }
    void finding2_formulaBehindInvisibleCharactersIsNeutralised()
    {
        QFETCH(QString, prefix);
        for (const QString &payload : {QStringLiteral("=1+1"), QStringLiteral("=cmd|' /C calc'!A0"),
                                       QStringLiteral("@SUM(1,2)"), QStringLiteral("\uFF1D\uFF33\uFF35\uFF2D")}) {
            const QString cell = prefix + payload;
            QCOMPARE(CsvExport::neutralise(cell), QLatin1Char('\'') + cell);
            QVERIFY(CsvExport::line({cell}).startsWith(QByteArray("\"'")));
        }
        // The same invisible characters in front of plain text change nothing (a leading tab or carriage return is
        // itself a formula start, as before).
        if (!prefix.startsWith(QLatin1Char('\t')) && !prefix.startsWith(QLatin1Char('\r')))
            QCOMPARE(CsvExport::neutralise(prefix + QStringLiteral("plain")), prefix + QStringLiteral("plain"));
    }

    void finding2_plainCellsStayAsTyped()
    {
        for (const QString &cell : {QStringLiteral("plain"), QStringLiteral("03-1234"), QStringLiteral("a=1+1"),
                                    QStringLiteral("\u200Bhello"), QString(), QStringLiteral("\uFEFF質問")})
            QCOMPARE(CsvExport::neutralise(cell), cell);
        for (const QString &cell : {QStringLiteral("=1+1"), QStringLiteral("+81 90"), QStringLiteral("-5"),
                                    QStringLiteral("@cmd"), QStringLiteral("\t=1"), QStringLiteral("\r=1"),
                                    QStringLiteral("\uFF0B1"), QStringLiteral("\uFF0D1"), QStringLiteral("\uFF201")})
            QCOMPARE(CsvExport::neutralise(cell), QLatin1Char('\'') + cell);
    }

    // Finding 2, the other way round: a visitor's own leading apostrophe is kept apart from the one a neutralised cell
    // gets. Every cell whose first significant character is an apostrophe or a formula start gets one apostrophe
    // added, so reading the file back is one rule (drop exactly one where the first significant character is an
    // apostrophe) and gives every cell back as typed.
    void finding2_ownLeadingApostropheIsToldApartFromANeutralisedCell()
    {
        const QStringList typed{QStringLiteral("'=1"),     QStringLiteral("=1"),        QStringLiteral("'"),
                                QStringLiteral("''"),      QStringLiteral("'plain"),    QStringLiteral("plain"),
                                QStringLiteral("it's"),    QStringLiteral("\u200B'=1"), QStringLiteral("\u200B=1"),
                                QStringLiteral("\uFEFF'"), QStringLiteral("'\u200B=1"), QString()};
        QCOMPARE(CsvExport::neutralise(QStringLiteral("'=1")), QStringLiteral("''=1"));
        QCOMPARE(CsvExport::neutralise(QStringLiteral("=1")), QStringLiteral("'=1"));
        QCOMPARE(CsvExport::neutralise(QStringLiteral("it's")), QStringLiteral("it's"));
        QStringList written;
        for (const QString &cell : typed) {
            written << CsvExport::neutralise(cell);
            QCOMPARE(CsvExport::restore(CsvExport::neutralise(cell)), cell);
        }
        QCOMPARE(QSet<QString>(written.begin(), written.end()).size(), typed.size());  // no two cells look alike

        // And through a whole file, as a reader of it would take it apart.
        QBuffer file;
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(CsvExport::write(&file, {QStringLiteral("Question")}, {typed.mid(0, 6), typed.mid(6)}));
        const QList<QStringList> back = parseCsv(file.data());
        QCOMPARE(back.size(), 3);
        QStringList restored;
        for (const QStringList &row : back.mid(1)) {
            for (const QString &cell : row)
                restored << CsvExport::restore(cell);
        }
        QCOMPARE(restored, typed);
    }

    // The exports' columns are the database's: every column a request is stored in is in the one table, and the
    // CSV file and the workbook take their headings and rows from it, in the core, without a window.
    void requestColumnsAreTheDatabasesColumns()
    {
        QTemporaryDir dir;
        RequestStore store;
        DatabaseLocation location;
        location.path = dir.filePath(QStringLiteral("requests.db"));
        QVERIFY(store.open(location));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA table_info(requests)")));
        QStringList stored;
        while (query.next()) {
            if (query.value(1).toString() != QLatin1String("id"))
                stored << query.value(1).toString();
        }
        QStringList listed;
        for (const RequestColumn &column : RequestColumns::all()) {
            listed << QString::fromLatin1(column.name);
            QCOMPARE(column.heading != nullptr, column.cell != nullptr);
        }
        stored.sort();
        listed.sort();
        QCOMPARE(listed, stored);
    }

    void exportRowsAreBuiltInTheCore()
    {
        QTemporaryDir dir;
        RequestStore store;
        DatabaseLocation location;
        location.path = dir.filePath(QStringLiteral("requests.db"));
        QVERIFY(store.open(location));
        QVERIFY(store.submit(visitorRequest(QStringLiteral("山田 花子"), QStringLiteral("=1+1 drinks?"))));
        QVERIFY(store.submit(visitorRequest(QStringLiteral("'Quoted"), QStringLiteral("Second"))));

        const QStringList header = RequestColumns::exportHeader();
        QCOMPARE(header.first(), QStringLiteral("Reference"));
        QVERIFY(header.contains(QStringLiteral("Prefecture")));
        QVERIFY(!header.contains(QStringLiteral("consent")));
        QList<QStringList> rows;
        QString error;
        QList<QPair<int, int>> progress;
        QVERIFY2(RequestExport::rows(store, {}, Content::builtIn(), &rows, &error,
                                     [&](int done, int total) {
                                         progress.append({done, total});
                                     }),
                 qPrintable(error));
        QCOMPARE(progress, (QList<QPair<int, int>>{{2, 2}}));
        QCOMPARE(rows.size(), 2);
        const auto cell = [&](int row, const char *heading) {
            return rows.at(row).value(int(header.indexOf(QString::fromLatin1(heading))));
        };
        QCOMPARE(cell(0, "Name"), QStringLiteral("'Quoted"));  // newest first
        QCOMPARE(cell(1, "Question"), QStringLiteral("=1+1 drinks?"));
        QCOMPARE(cell(1, "Who wrote"), QStringLiteral("Family"));
        QCOMPARE(cell(1, "Sex"), QStringLiteral("Prefer not to say"));
        QCOMPARE(cell(1, "Prefecture"), QStringLiteral("Hokkaido"));
        QCOMPARE(cell(1, "Status"), QStringLiteral("New"));

        // The CSV file holds exactly these, read back by the one rule.
        const QString csv = dir.filePath(QStringLiteral("list.csv"));
        QCOMPARE(RequestExport::formatFor(csv), RequestExport::Format::Csv);
        QCOMPARE(RequestExport::formatFor(dir.filePath(QStringLiteral("list.XLSX"))), RequestExport::Format::Xlsx);
        QVERIFY2(RequestExport::save(store, {}, Content::builtIn(), csv, RequestExport::Format::Csv, &error),
                 qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QList<QStringList> back = parseCsv(file.readAll());
        for (QStringList &row : back) {
            for (QString &c : row)
                c = CsvExport::restore(c);
        }
        QCOMPARE(back, QList<QStringList>{header} + rows);
    }

    // Finding 15: what a message quotes is shown, not obeyed.
    void finding15_visibleTextEscapesWhatWouldActOnTheTerminal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("/home/医師/handout.pdf") << QStringLiteral("/home/医師/handout.pdf");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("CR and tab") << QStringLiteral("a\r\tb") << QStringLiteral("a\\r\\tb");
        QTest::newRow("terminal escape") << QStringLiteral("\x1b]0;title\x07") << QStringLiteral("\\x1B]0;title\\x07");
        QTest::newRow("NUL and DEL") << QString(QChar(0)) + QChar(0x7F) << QStringLiteral("\\x00\\x7F");
        QTest::newRow("C1 CSI") << QStringLiteral("\u009B31m") << QStringLiteral("\\u009B31m");
        QTest::newRow("bidi override") << QStringLiteral("\u202Efdp.exe") << QStringLiteral("\\u202Efdp.exe");
        QTest::newRow("isolates") << QStringLiteral("\u2066x\u2069") << QStringLiteral("\\u2066x\\u2069");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
        QTest::newRow("byte-order mark") << QStringLiteral("\uFEFFa") << QStringLiteral("\\uFEFFa");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) + QLatin1Char('x') << QStringLiteral("\\uD800x");
        QTest::newRow("emoji stays") << QStringLiteral("\U0001F600") << QStringLiteral("\U0001F600");
        QTest::newRow("tag character") << QStringLiteral("a\U000E0041") << QStringLiteral("a\\uE0041");
    }
    void finding15_visibleTextEscapesWhatWouldActOnTheTerminal()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(visibleText(text), shown);
    }
};

QTEST_MAIN(TestHardening)
#include "tst_hardening.moc"
