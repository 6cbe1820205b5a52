// The staff inbox on its own: one unlock lasts until it is closed or left idle, then nothing of a request is left on
// screen; the .xlsx export holds every value as the text typed (no number, date or formula), and no export writes
// through a link or into a device; dates and statuses are never cut at any text size; Delete stands apart and is
// never what Enter presses; keeping, backup and the audit trail from the inbox.

#include "Clock.h"
#include "Content.h"
#include "CsvExport.h"
#include "CsvReading.h"
#include "Dialogs.h"
#include "GuideFixture.h"
#include "InboxWindow.h"
#include "RequestListModel.h"
#include "RequestStore.h"
#include "Settings.h"
#include "StaffAuth.h"
#include "StaffGate.h"
#include "Theme.h"
#include "XlsxExport.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

#include <sys/stat.h>

#include <memory>

using namespace als;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
// A date as the list and the exports write it: whole, with the year, never cut (2026/11/24 18:45).
const QRegularExpression kFullDate(QStringLiteral("^\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d$"));

// One member of a zip file, as Debian's unzip prints it.
QByteArray unzipped(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!unzip.waitForFinished(10000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QStringList zipMembers(const QString &zip)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    unzip.waitForFinished(10000);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// What a spreadsheet shows for a shared string: Excel's "_xHHHH_" escapes read back as the characters they stand for.
QString asSpreadsheetReads(const QString &stored)
{
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype from = 0;
    for (auto it = escape.globalMatch(stored); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += stored.mid(from, m.capturedStart() - from);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        from = m.capturedEnd();
    }
    return out + stored.mid(from);
}

// The workbook's first sheet as a grid of the texts a spreadsheet shows, read from its XML; every failure to be a
// plain text cell is reported in `problems`.
QList<QStringList> readSheet(const QString &path, QStringList *problems)
{
    QStringList shared;
    QXmlStreamReader sst(unzipped(path, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inSi = false;
    while (!sst.atEnd()) {
        sst.readNext();
        if (sst.isStartElement() && sst.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (sst.isStartElement() && sst.name() == QLatin1String("t") && inSi) {
            current += sst.readElementText();
        } else if (sst.isEndElement() && sst.name() == QLatin1String("si")) {
            inSi = false;
            shared << asSpreadsheetReads(current);
        }
    }
    if (sst.hasError())
        *problems << QStringLiteral("sharedStrings.xml: ") + sst.errorString();

    QList<QStringList> grid;
    QXmlStreamReader sheet(unzipped(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    static const QRegularExpression cellRef(QStringLiteral("^([A-Z]+)(\\d+)$"));
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (!sheet.isStartElement())
            continue;
        if (sheet.name() == QLatin1String("f"))
            *problems << QStringLiteral("a formula element");
        if (sheet.name() != QLatin1String("c"))
            continue;
        const QString ref = sheet.attributes().value(QLatin1String("r")).toString();
        const QString type = sheet.attributes().value(QLatin1String("t")).toString();
        const QRegularExpressionMatch m = cellRef.match(ref);
        int column = 0;
        for (const QChar c : m.captured(1))
            column = column * 26 + (c.unicode() - 'A' + 1);
        const int row = m.captured(2).toInt() - 1;
        QString value;
        while (sheet.readNextStartElement()) {
            if (sheet.name() == QLatin1String("f"))
                *problems << ref + QStringLiteral(": a formula");
            if (sheet.name() == QLatin1String("v"))
                value = sheet.readElementText();
            else
                sheet.skipCurrentElement();
        }
        if (value.isEmpty())
            continue;  // a blank cell that only carries the text format
        if (type != QLatin1String("s")) {
            *problems << ref + QStringLiteral(" is not a string cell (t=\"%1\")").arg(type);
            continue;
        }
        while (grid.size() <= row)
            grid.append(QStringList());
        while (grid[row].size() < column)
            grid[row].append(QString());
        grid[row][column - 1] = shared.value(value.toInt());
    }
    if (sheet.hasError())
        *problems << QStringLiteral("sheet1.xml: ") + sheet.errorString();
    return grid;
}

// The access keys of the controls one can reach in `window` now that clash with another's.
QStringList clashingKeys(QWidget *window)
{
    QMultiHash<QString, QString> keys;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            text = group->title();
        const QString key = QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
        if (!key.isEmpty())
            keys.insert(key, text);
    }
    QStringList clashes;
    for (const QString &key : keys.uniqueKeys()) {
        if (keys.count(key) > 1)
            clashes << key + QStringLiteral(": ") + QStringList(keys.values(key)).join(QStringLiteral(" | "));
    }
    return clashes;
}

// Every control a person can reach in `window` has a name a screen reader can say.
QStringList unnamed(QWidget *window)
{
    QStringList found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->window() != window || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            found << QStringLiteral("%1(%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()));
    }
    return found;
}

void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ALS_SHOTS_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<RequestStore> m_store;
    std::unique_ptr<StaffGate> m_gate;
    std::unique_ptr<InboxWindow> m_inbox;
    QFont m_baseFont;

    ConsultationRequest request(const QString &name, const QString &question,
                                const QString &phone = QStringLiteral("09012345678"))
    {
        ConsultationRequest r;
        r.writer = QStringLiteral("family");
        r.name = name;
        r.age = QStringLiteral("58");
        r.question = question;
        r.phone = phone;
        r.consent = true;
        return r;
    }

    // The inbox unlocked with the passphrase and on screen.
    bool openUnlocked()
    {
        Dialogs::setNextTexts({kPassphrase});
        if (!m_inbox->unlock())
            return false;
        m_inbox->show();
        return QTest::qWaitForWindowExposed(m_inbox.get()) && settled();
    }

    // Every job the inbox started on its storage has run and its result is shown.
    bool settled()
    {
        return QTest::qWaitFor([this] { return !m_inbox->isBusy(); }, 20000);
    }

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        m_baseFont = QApplication::font();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_store = std::make_unique<RequestStore>();
        DatabaseLocation location;
        location.path = m_dir->filePath(QStringLiteral("requests.db"));
        QVERIFY(m_store->open(location));
        QVERIFY(m_store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        m_gate = std::make_unique<StaffGate>();
        m_gate->setStore(m_store.get());
        m_inbox = std::make_unique<InboxWindow>(Content::builtIn(), m_store.get());
        m_inbox->setSettings(m_settings.get());
        m_inbox->setGate(m_gate.get());
        m_inbox->resize(1100, 720);
    }

    void cleanup()
    {
        m_inbox.reset();
        m_gate.reset();
        m_store.reset();
        m_settings.reset();
        Dialogs::setNextTexts({});
        Clock::setUtcOffset(0);
        QApplication::setFont(m_baseFont);
    }

    void xlsxHoldsEveryValueAsTyped()
    {
        const QStringList typed{QStringLiteral("09012345678"), QStringLiteral("1/2"), QStringLiteral("=1+1"),
                                QStringLiteral("+81 90 1234 5678"), QStringLiteral("0123"), QStringLiteral("-2+3"),
                                QStringLiteral("@SUM(A1:A9)"), QStringLiteral("2026-11-24"), QStringLiteral("1e5"),
                                QStringLiteral("山田 太郎 𠮷 髙﨑 ① 😀"), QStringLiteral("_x0041_ stays as typed"),
                                QStringLiteral("  two spaces first"), QStringLiteral("line one\nline two")};
        // Phone numbers as visitors type them (the store keeps them in their narrow, NFKC form).
        const QStringList phonesTyped{QStringLiteral("09012345678"), QStringLiteral("+81 90 1234 5678"),
                                      QStringLiteral("0312345678"), QStringLiteral("=1+1")};
        QStringList expectedPhones;
        for (int i = 0; i < typed.size(); ++i) {
            expectedPhones << phonesTyped.at(i % phonesTyped.size());
            QVERIFY(m_store->submit(request(QStringLiteral("名前 ") + typed.at(i), typed.at(i), phonesTyped.at(i % 4))));
        }
        QVERIFY(openUnlocked());
        const QString file = path(QStringLiteral("requests.xlsx"));
        QString error;
        QVERIFY2(m_inbox->exportXlsx(file, &error), qPrintable(error));
        QVERIFY(settled());

        QStringList problems;
        const QList<QStringList> grid = readSheet(file, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(grid.size(), typed.size() + 1);
        QCOMPARE(grid.first().value(0), QStringLiteral("Reference"));
        QCOMPARE(grid.first().value(13), QStringLiteral("Question"));
        QCOMPARE(grid.first().value(15), QStringLiteral("Phone"));
        QStringList questions, phones;
        for (int row = 1; row < grid.size(); ++row) {
            questions << grid.at(row).value(13);
            phones << grid.at(row).value(15);
            QVERIFY(kFullDate.match(grid.at(row).value(1)).hasMatch());
        }
        QStringList expected = typed;
        expected.sort();
        expectedPhones.sort();
        questions.sort();
        phones.sort();
        QCOMPARE(questions, expected);
        QCOMPARE(phones, expectedPhones);

        // No formula in any part of the workbook; the header row is frozen and every column is a text column.
        static const QRegularExpression formula(QStringLiteral("<f[ >/]"));
        const QStringList members = zipMembers(file);
        QVERIFY(members.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
        for (const QString &member : members) {
            if (member.endsWith(QLatin1String(".xml")))
                QVERIFY2(!QString::fromUtf8(unzipped(file, member)).contains(formula), qPrintable(member));
        }
        const QByteArray sheet = unzipped(file, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<cols>"));
        QVERIFY(unzipped(file, QStringLiteral("xl/styles.xml")).contains("formatCode=\"@\""));
        QVERIFY(unzipped(file, QStringLiteral("xl/styles.xml")).contains("<b/>"));

        // Owner-only, and no temporary file left beside it.
        struct stat status = {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*requests.xlsx*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("requests.xlsx")});
    }

    // One list, two files, the same cells: the workbook holds every text exactly (an apostrophe the visitor typed
    // first included), and the CSV file gives the same back once its one added apostrophe is dropped.
    void csvAndWorkbookHoldTheSameCells()
    {
        const QStringList typed{QStringLiteral("'=1"), QStringLiteral("=1"), QStringLiteral("''x"), QStringLiteral("'"),
                                QStringLiteral("plain")};
        for (const QString &text : typed)
            QVERIFY(m_store->submit(request(text, text)));
        QVERIFY(openUnlocked());
        const QString csv = path(QStringLiteral("list.csv"));
        const QString xlsx = path(QStringLiteral("list.xlsx"));
        QString error;
        QVERIFY2(m_inbox->exportCsv(csv, &error), qPrintable(error));
        QVERIFY2(m_inbox->exportXlsx(xlsx, &error), qPrintable(error));
        QVERIFY(settled());

        QStringList problems;
        const QList<QStringList> grid = readSheet(xlsx, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QStringList questions;
        for (const QStringList &row : grid.mid(1))
            questions.prepend(row.value(13));  // newest first
        QCOMPARE(questions, typed);

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QStringList> back = parseCsv(file.readAll());
        for (QStringList &row : back) {
            for (QString &cell : row)
                cell = CsvExport::restore(cell);
        }
        QCOMPARE(back.size(), grid.size());
        for (int row = 0; row < grid.size(); ++row) {
            QStringList shown = grid.at(row);  // a workbook leaves out the empty cells at the end of a row
            while (shown.size() < back.at(row).size())
                shown << QString();
            QCOMPARE(back.at(row), shown);
        }
    }

    void xlsxWriterKeepsALeadingByteOrderMark()
    {
        // (Written directly: SQLite drops a leading U+FEFF from text bound as UTF-16, before any export sees it.)
        const QString file = path(QStringLiteral("bom.xlsx"));
        const QString value = QStringLiteral("\uFEFF先頭にBOM");
        QString error;
        QVERIFY2(XlsxExport::write(file, QStringLiteral("Sheet"), {QStringLiteral("A")}, {{value}}, &error),
                 qPrintable(error));
        QStringList problems;
        QCOMPARE(readSheet(file, &problems).value(1).value(0), value);
        QVERIFY(problems.isEmpty());
    }

    void xlsxShowsControlCharactersVisibly()
    {
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        const QString file = path(QStringLiteral("controls.xlsx"));
        QString error;
        QVERIFY2(XlsxExport::write(file, QStringLiteral("Sheet"), {QStringLiteral("A"), QStringLiteral("B")},
                                   {{QStringLiteral("a") + controls + QStringLiteral("z"), QStringLiteral("x\uFFFFy")}},
                                   &error),
                 qPrintable(error));
        QStringList problems;
        const QList<QStringList> grid = readSheet(file, &problems);  // also proves the XML is well formed
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QString shown = QStringLiteral("a");
        for (char16_t c = 0; c < 0x20; ++c)
            shown += c == u'\t' || c == u'\n' || c == u'\r' ? QChar(c) : QChar(char16_t(0x2400 + c));
        shown += QLatin1Char('z');
        QCOMPARE(grid.value(1).value(0), shown);
        QCOMPARE(grid.value(1).value(1), QStringLiteral("x\uFFFDy"));
        QCOMPARE(XlsxExport::cellText(QStringLiteral("_x0041_")), QStringLiteral("_x005F_x0041_"));
    }

    void exportsRefuseWhatIsNotAPlainFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("folder") << QStringLiteral("folder");
        QTest::newRow("pipe") << QStringLiteral("pipe");
        QTest::newRow("device") << QStringLiteral("device");
        QTest::newRow("link to a file") << QStringLiteral("link");
        QTest::newRow("dangling link") << QStringLiteral("dangling");
    }

    void exportsRefuseWhatIsNotAPlainFile()
    {
        QFETCH(QString, kind);
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("質問"))));
        QVERIFY(openUnlocked());
        const QString victim = path(QStringLiteral("victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        QString target = path(QStringLiteral("target"));
        if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(target));
        else if (kind == QLatin1String("pipe"))
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        else if (kind == QLatin1String("device"))
            target = QStringLiteral("/dev/null");
        else if (kind == QLatin1String("link"))
            QVERIFY(QFile::link(victim, target));
        else
            QVERIFY(QFile::link(path(QStringLiteral("nowhere")), target));
        for (bool xlsx : {true, false}) {
            QString error;
            QVERIFY(!(xlsx ? m_inbox->exportXlsx(target, &error) : m_inbox->exportCsv(target, &error)));
            QVERIFY(!error.isEmpty());
            QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        }
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("nowhere"))));
        // A plain file that exists is replaced, and made owner-only.
        QString error;
        QVERIFY(QFile::setPermissions(victim, QFile::permissions(victim) | QFileDevice::ReadOther));
        QVERIFY2(m_inbox->exportXlsx(victim, &error), qPrintable(error));
        QVERIFY(settled());
        QVERIFY(!(QFile::permissions(victim) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

    void exportOffersExcelAndCsv()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("1/2"))));
        QVERIFY(openUnlocked());
        auto *exportButton = m_inbox->findChild<QPushButton *>(QStringLiteral("inboxExport"));
        QVERIFY(exportButton && exportButton->isVisible());
        Dialogs::setNextTexts({path(QStringLiteral("list.csv"))});
        exportButton->click();
        QVERIFY(settled());
        QFile csv(path(QStringLiteral("list.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF"));
        Dialogs::setNextTexts({path(QStringLiteral("list.xlsx"))});
        exportButton->click();
        QVERIFY(settled());
        QVERIFY(Dialogs::lastText().contains(QLatin1String("Export")));
        QFile xlsx(path(QStringLiteral("list.xlsx")));
        QVERIFY(xlsx.open(QIODevice::ReadOnly));
        QVERIFY(xlsx.read(2) == "PK");
        // A name without an ending becomes a workbook.
        Dialogs::setNextTexts({path(QStringLiteral("plain"))});
        exportButton->click();
        QVERIFY(settled());
        QVERIFY(QFileInfo::exists(path(QStringLiteral("plain.xlsx"))));
    }

    void oneUnlockLastsUntilIdleThenLocks()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_store->submit(request(QStringLiteral("来訪者%1").arg(i), QStringLiteral("個人的な質問"))));
        // Before the passphrase: nothing of a request, only the way to unlock.
        m_inbox->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inbox.get()));
        QVERIFY(!m_inbox->isUnlocked());
        QCOMPARE(m_inbox->model()->rowCount(), 0);
        QVERIFY(!m_inbox->table()->isVisible());
        auto *unlockButton = m_inbox->findChild<QPushButton *>(QStringLiteral("inboxUnlock"));
        QVERIFY(unlockButton && unlockButton->isVisible());

        Dialogs::setNextTexts({kPassphrase});
        unlockButton->click();
        QVERIFY(m_inbox->isUnlocked());
        QVERIFY(settled());
        QCOMPARE(m_inbox->model()->rowCount(), 3);
        QVERIFY(m_inbox->table()->isVisible());
        // While unlocked nothing is asked again (an unanswered question would cancel, and unlock() fail).
        QVERIFY(m_inbox->unlock());
        QVERIFY(settled());

        m_inbox->setLockAfter(700);
        m_inbox->table()->setFocus();
        m_inbox->table()->selectRow(1);
        QVERIFY(settled());
        QTRY_VERIFY(m_inbox->detail()->toPlainText().contains(QStringLiteral("来訪者")));
        // Input keeps it open: keys in the table for longer than the idle period.
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(250);
            QTest::keyClick(m_inbox->table(), Qt::Key_Down);
        }
        QVERIFY(m_inbox->isUnlocked());
        QTest::mouseClick(m_inbox->detail()->viewport(), Qt::LeftButton);
        QVERIFY(m_inbox->isUnlocked());

        // Then, left alone, it locks: list, detail and count are gone, and the locked page is shown.
        QTRY_VERIFY_WITH_TIMEOUT(!m_inbox->isUnlocked(), 3000);
        QCOMPARE(m_inbox->model()->rowCount(), 0);
        QVERIFY(!m_inbox->table()->isVisible());
        QVERIFY(!m_inbox->detail()->toPlainText().contains(QStringLiteral("来訪者")));
        QVERIFY(!m_inbox->detail()->isVisible());
        QVERIFY(unlockButton->isVisible());
        shoot(m_inbox.get(), QStringLiteral("inbox_locked_100"));

        // A wrong passphrase keeps it locked; the right one brings the list back.
        Dialogs::setNextTexts({QStringLiteral("not the passphrase")});
        unlockButton->click();
        QVERIFY(!m_inbox->isUnlocked());
        QCOMPARE(m_inbox->model()->rowCount(), 0);
        m_gate->forgetWait();
        Dialogs::setNextTexts({kPassphrase});
        unlockButton->click();
        QVERIFY(m_inbox->isUnlocked());
        QVERIFY(settled());
        QCOMPARE(m_inbox->model()->rowCount(), 3);
    }

    void theMainWindowAsksOnceWhileTheInboxIsOpen()
    {
        GuideFixture guide;
        QVERIFY(guide.start(Language::English, true));
        QVERIFY(guide.store->setPassphraseHash(StaffAuth::hash(kPassphrase)));
        Dialogs::setNextTexts({kPassphrase});
        InboxWindow *inbox = guide.window->openInbox();
        QVERIFY(inbox && inbox->isUnlocked());
        // Opened again while open and unlocked: no question (an unanswered one would cancel).
        QCOMPARE(guide.window->openInbox(), inbox);
        QCOMPARE(guide.window->openInbox(), inbox);
        // Closed, it asks again.
        inbox->close();
        QVERIFY(!guide.window->openInbox());
        guide.stop();
    }

    void closingLocks()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("質問"))));
        QVERIFY(openUnlocked());
        m_inbox->table()->selectRow(0);
        QVERIFY(settled());
        QTRY_VERIFY(m_inbox->currentId() != 0);
        QTest::keyClick(m_inbox.get(), Qt::Key_Escape);
        QTRY_VERIFY(!m_inbox->isVisible());
        QVERIFY(!m_inbox->isUnlocked());
        QCOMPARE(m_inbox->model()->rowCount(), 0);
        QCOMPARE(m_inbox->currentId(), qint64(0));
        QVERIFY(!m_inbox->detail()->toPlainText().contains(QStringLiteral("来訪者")));
        // "Lock now" does the same without closing.
        QVERIFY(openUnlocked());
        m_inbox->findChild<QPushButton *>(QStringLiteral("inboxLockNow"))->click();
        QVERIFY(!m_inbox->isUnlocked());
        QCOMPARE(m_inbox->model()->rowCount(), 0);
    }

    void staffSetTheLockPeriodInMinutes()
    {
        QVERIFY(openUnlocked());
        QCOMPARE(m_inbox->lockAfter(), Settings::kDefaultInboxLockSeconds * 1000);
        QDialog *dialog = m_inbox->openKeepingDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *minutes = dialog->findChild<QSpinBox *>(QStringLiteral("inboxLockMinutes"));
        auto *months = dialog->findChild<QSpinBox *>(QStringLiteral("inboxKeepMonths"));
        QVERIFY(minutes && months);
        QCOMPARE(minutes->value(), 10);
        QCOMPARE(minutes->minimum(), Settings::kMinInboxLockSeconds / 60);
        QCOMPARE(minutes->maximum(), Settings::kMaxInboxLockSeconds / 60);
        minutes->setValue(100000);  // clamped by the box, never wrapped into "off"
        QCOMPARE(minutes->value(), Settings::kMaxInboxLockSeconds / 60);
        minutes->setValue(5);
        months->setValue(6);
        QVERIFY2(unnamed(dialog).isEmpty(), qPrintable(unnamed(dialog).join(QLatin1Char(' '))));
        QVERIFY2(clashingKeys(dialog).isEmpty(), qPrintable(clashingKeys(dialog).join(QLatin1Char('\n'))));
        shoot(dialog, QStringLiteral("inbox_keeping_100"));
        dialog->findChild<QPushButton *>(QStringLiteral("inboxKeepingSave"))->click();
        QCOMPARE(m_settings->inboxLockSeconds(), 300);
        QCOMPARE(m_settings->retentionMonths(), 6);
        QCOMPARE(m_inbox->lockAfter(), 300 * 1000);
        // Cancel keeps what was saved.
        dialog = m_inbox->openKeepingDialog();
        dialog->findChild<QSpinBox *>(QStringLiteral("inboxLockMinutes"))->setValue(30);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(m_settings->inboxLockSeconds(), 300);
        // Locking closes the dialog with the rest.
        dialog = m_inbox->openKeepingDialog();
        QPointer<QDialog> open = dialog;
        m_inbox->lock();
        QTRY_VERIFY(!open || !open->isVisible());
    }

    void datesAndStatusesAreNeverCut()
    {
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_store->submit(request(QStringLiteral("とても長いお名前の来訪者さん%1").arg(i),
                                            QStringLiteral("とても長いご質問の文章がここに続きます。").repeated(6))));
        QVERIFY(openUnlocked());
        m_inbox->table()->selectRow(0);
        QVERIFY(settled());
        QVERIFY(m_inbox->changeStatus(QStringLiteral("in-progress"), QString()));
        QVERIFY(settled());
        for (int scale : {100, 300}) {
            QFont font = m_baseFont;
            font.setPointSizeF(m_baseFont.pointSizeF() * scale / 100.0);
            QApplication::setFont(font);
            QTest::qWait(50);
            QHeaderView *header = m_inbox->table()->horizontalHeader();
            const QAbstractItemView *view = m_inbox->table();
            for (int column : {int(RequestListModel::Reference), int(RequestListModel::Received),
                               int(RequestListModel::Status), int(RequestListModel::Writer)}) {
                const QString title = m_inbox->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
                QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column),
                         qPrintable(QStringLiteral("%1 at %2 %").arg(title).arg(scale)));
                QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(title),
                         qPrintable(QStringLiteral("%1 at %2 %").arg(title).arg(scale)));
            }
            const QString received = m_inbox->model()->index(0, RequestListModel::Received).data().toString();
            QVERIFY2(kFullDate.match(received).hasMatch(), qPrintable(received));
            QVERIFY(m_inbox->table()->rowHeight(0) >= m_inbox->table()->fontMetrics().height());
            shoot(m_inbox.get(), QStringLiteral("inbox_list_%1").arg(scale));
        }
        // (At 300 %, for a person to look at: the keeping dialog and the locked page.)
        QDialog *keeping = m_inbox->openKeepingDialog();
        QTest::qWait(50);
        shoot(keeping, QStringLiteral("inbox_keeping_300"));
        m_inbox->lock();
        QTest::qWait(50);
        shoot(m_inbox.get(), QStringLiteral("inbox_locked_300"));
    }

    void deleteStandsApartAndIsNeverTheDefault()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("質問"))));
        QVERIFY(openUnlocked());
        auto *remove = m_inbox->findChild<QPushButton *>(QStringLiteral("inboxDelete"));
        auto *print = m_inbox->findChild<QPushButton *>(QStringLiteral("inboxPrint"));
        QCOMPARE(remove->property(Theme::kRoleProperty).toString(), QStringLiteral("destructive"));
        // At the far end of its row, well away from anything else.
        const QRect removeAt(remove->mapTo(m_inbox.get(), QPoint()), remove->size());
        const QRect printAt(print->mapTo(m_inbox.get(), QPoint()), print->size());
        QVERIFY(removeAt.left() - printAt.right() > 2 * remove->height());
        for (QPushButton *b : m_inbox->findChildren<QPushButton *>())
            QVERIFY2(!b->isDefault(), qPrintable(b->objectName()));

        m_inbox->table()->selectRow(0);
        QVERIFY(settled());
        QTRY_VERIFY(m_inbox->currentId() != 0);
        // Enter in a field presses nothing, even with a "Yes" waiting for a question.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        auto *search = m_inbox->findChild<QLineEdit *>(QStringLiteral("inboxSearch"));
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Return);
        auto *note = m_inbox->findChild<QLineEdit *>(QStringLiteral("inboxNote"));
        QTest::keyClick(note, Qt::Key_Return);
        QVERIFY(m_inbox->isVisible());
        QCOMPARE(m_store->count({}), 1);
        QCOMPARE(Dialogs::ask(nullptr, QString(), QString(), QMessageBox::Yes | QMessageBox::No, QMessageBox::No),
                 QMessageBox::Yes);  // the answer was never used
        // The question before deleting defaults to Cancel.
        m_inbox->table()->selectRow(0);
        QVERIFY(settled());
        QTRY_VERIFY(m_inbox->currentId() != 0);
        QVERIFY(!m_inbox->deleteCurrent());
        QCOMPARE(m_store->count({}), 1);
    }

    void everyControlIsNamedAndEveryKeyUnique()
    {
        m_inbox->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_inbox.get()));
        QVERIFY2(unnamed(m_inbox.get()).isEmpty(), qPrintable(unnamed(m_inbox.get()).join(QLatin1Char(' '))));
        QVERIFY2(clashingKeys(m_inbox.get()).isEmpty(), qPrintable(clashingKeys(m_inbox.get()).join(u'\n')));
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("質問"))));
        Dialogs::setNextTexts({kPassphrase});
        QVERIFY(m_inbox->unlock());
        QVERIFY(settled());
        m_inbox->table()->selectRow(0);
        QVERIFY(settled());
        QTRY_VERIFY(m_inbox->currentId() != 0);
        QVERIFY2(unnamed(m_inbox.get()).isEmpty(), qPrintable(unnamed(m_inbox.get()).join(QLatin1Char(' '))));
        QVERIFY2(clashingKeys(m_inbox.get()).isEmpty(), qPrintable(clashingKeys(m_inbox.get()).join(u'\n')));
    }

    void retentionDeletesOnlyOldClosedRequestsOnUnlock()
    {
        const auto old = m_store->submit(request(QStringLiteral("古い完了"), QStringLiteral("質問")));
        const auto open = m_store->submit(request(QStringLiteral("対応中"), QStringLiteral("質問")));
        QVERIFY(old && open);
        QVERIFY(m_store->setStatus(old->id, QStringLiteral("closed"), QString()));
        QVERIFY(m_store->setStatus(open->id, QStringLiteral("answered"), QString()));
        m_settings->setRetentionMonths(6);
        // Seven months later, the desk unlocks its inbox.
        Clock::setUtcOffset(qint64(7) * 31 * 24 * 3600);
        QVERIFY(openUnlocked());
        static const QRegularExpression deleted(QStringLiteral("\\b1 closed request(\\(s\\))? deleted"));
        QVERIFY2(m_inbox->countLine()->text().contains(deleted),
                 qPrintable(m_inbox->countLine()->text()));
        QCOMPARE(m_inbox->model()->rowCount(), 1);
        QVERIFY(!m_store->find(old->id));
        QVERIFY(m_store->find(open->id));
        bool audited = false;
        for (const RequestStore::AuditEntry &e : m_store->auditTrail())
            audited = audited || (e.action == QLatin1String("deleted-retention") && e.reference == old->reference);
        QVERIFY(audited);
        // The audit trail shows in the keeping dialog.
        QDialog *dialog = m_inbox->openKeepingDialog();
        auto *trail = dialog->findChild<QTableView *>(QStringLiteral("inboxAuditTrail"));
        QVERIFY(trail);
        QVERIFY(settled());
        QVERIFY(trail->model()->rowCount() >= 1);
        QCOMPARE(trail->model()->index(0, 2).data().toString(), old->reference);
        dialog->reject();
    }

    void backupAndRestoreFromTheInbox()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("残す方"), QStringLiteral("質問"))));
        QVERIFY(openUnlocked());
        QDialog *dialog = m_inbox->openKeepingDialog();
        auto *backup = dialog->findChild<QPushButton *>(QStringLiteral("inboxBackup"));
        QVERIFY(backup && backup->isEnabled());
        const QString file = path(QStringLiteral("backup.db"));
        Dialogs::setNextTexts({file});
        backup->click();
        QVERIFY(settled());
        QVERIFY2(QFileInfo::exists(file), qPrintable(Dialogs::lastText()));
        QVERIFY(!(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        QVERIFY(m_store->submit(request(QStringLiteral("後から来た方"), QStringLiteral("質問"))));
        // Restoring asks first, saying what will be replaced; Cancel (the default) changes nothing.
        QVERIFY(!m_inbox->restoreFrom(file));
        QVERIFY(Dialogs::lastText().contains(QLatin1String("Replace every request")));
        QCOMPARE(m_store->count({}), 2);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY2(m_inbox->restoreFrom(file), qPrintable(Dialogs::lastText()));
        QVERIFY(settled());
        QCOMPARE(m_store->count({}), 1);
        QCOMPARE(m_inbox->model()->rowCount(), 1);
        QCOMPARE(m_inbox->model()->row(0)->name, QStringLiteral("残す方"));
        dialog->reject();
    }

    // Finding 7: another desk holds the SQLite write lock. Changing a status, exporting and reading the list again
    // start at once and the window keeps handling events (it paints, takes typing, says "Loading…"); the results
    // arrive once the lock is released, and the filter text typed meanwhile is kept and applied.
    void finding7_inboxKeepsPaintingWhileTheDatabaseIsLocked()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("質問"))));
        QVERIFY(m_store->submit(request(QStringLiteral("別の方"), QStringLiteral("質問"))));
        QVERIFY(openUnlocked());
        QCOMPARE(m_inbox->model()->rowCount(), 2);
        m_inbox->table()->selectRow(1);
        QVERIFY(settled());
        const qint64 id = m_inbox->currentId();
        QVERIFY(id != 0);

        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("otherDesk"));
            other.setDatabaseName(path(QStringLiteral("requests.db")));
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();

        QVERIFY(m_inbox->changeStatus(QStringLiteral("answered"), QStringLiteral("電話で回答")));
        const QString file = path(QStringLiteral("while-locked.xlsx"));
        QString error;
        QVERIFY2(m_inbox->exportXlsx(file, &error), qPrintable(error));
        auto *search = m_inbox->findChild<QLineEdit *>(QStringLiteral("inboxSearch"));
        search->setFocus();
        search->insert(QStringLiteral("来訪"));  // as an input method commits it
        // The database is still locked: nothing has been written, yet the event loop runs and says it is busy.
        QTRY_VERIFY(ticks >= 20);
        QVERIFY(m_inbox->isBusy());
        QVERIFY(m_inbox->findChild<QLabel *>(QStringLiteral("inboxBusy"))->isVisible());
        QCOMPARE(search->text(), QStringLiteral("来訪"));
        QCOMPARE(m_store->find(id)->status, QStringLiteral("new"));
        QVERIFY(!QFileInfo::exists(file));

        {
            QSqlDatabase other = QSqlDatabase::database(QStringLiteral("otherDesk"));
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("otherDesk"));
        QVERIFY(settled());
        QCOMPARE(m_store->find(id)->status, QStringLiteral("answered"));
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(!m_inbox->findChild<QLabel *>(QStringLiteral("inboxBusy"))->isVisible());
        QCOMPARE(search->text(), QStringLiteral("来訪"));
        QCOMPARE(m_inbox->model()->rowCount(), 1);
        QCOMPARE(m_inbox->model()->row(0)->name, QStringLiteral("来訪者"));
    }

    // Finding 7 at the gate: the passphrase is checked and the attempt written while another desk holds the write
    // lock; meanwhile the event loop keeps running (here it is what releases the lock), and then the inbox opens.
    void finding7_passphraseCheckKeepsTheEventLoopRunningWhileTheDatabaseIsLocked()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("来訪者"), QStringLiteral("質問"))));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("otherDesk"));
            other.setDatabaseName(path(QStringLiteral("requests.db")));
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
        }
        int ticks = 0;
        std::optional<bool> secondAsk;
        QString secondMessage;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&ticks, &secondAsk, &secondMessage, this] {
            // A second question while the first waits (a screen reader's press reaches the program even while
            // input is held back): refused at once, without a second passphrase dialog.
            if (++ticks == 5) {
                secondAsk = m_gate->authorize(nullptr);
                secondMessage = m_gate->lastMessage();
            }
            if (ticks == 20)
                QSqlQuery(QSqlDatabase::database(QStringLiteral("otherDesk"))).exec(QStringLiteral("ROLLBACK"));
        });
        ticker.start();
        Dialogs::setNextTexts({kPassphrase});
        QVERIFY(m_inbox->unlock());
        QVERIFY(ticks >= 20);  // the lock was released by the event loop while the gate waited for the database
        QCOMPARE(secondAsk, std::optional<bool>(false));
        QCOMPARE(secondMessage, StaffGate::tr("The staff passphrase is already being checked."));
        ticker.stop();
        QSqlDatabase::database(QStringLiteral("otherDesk")).close();
        QSqlDatabase::removeDatabase(QStringLiteral("otherDesk"));
        QVERIFY(settled());
        QCOMPARE(m_inbox->model()->rowCount(), 1);
        QCOMPARE(m_store->failedAttempts(), 0);
    }

    // The restore button asks for the backup through the dialog seam, like every other file question, so staff
    // (and a test) answer one chooser: the file chosen is restored after the question, Cancel restores nothing.
    void restoreChooserGoesThroughTheDialogSeam()
    {
        QVERIFY(m_store->submit(request(QStringLiteral("残す方"), QStringLiteral("質問"))));
        QVERIFY(openUnlocked());
        const QString file = path(QStringLiteral("backup.db"));
        QVERIFY(m_inbox->backupTo(file));
        QVERIFY(settled());
        QVERIFY(m_store->submit(request(QStringLiteral("後から来た方"), QStringLiteral("質問"))));
        QDialog *dialog = m_inbox->openKeepingDialog();
        auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("inboxRestore"));
        QVERIFY(restore && restore->isEnabled());

        Dialogs::setNextTexts({QString()});  // Cancel in the chooser
        restore->setFocus();
        QTest::keyClick(restore, Qt::Key_Space);
        QCOMPARE(Dialogs::lastText(), QStringLiteral("Restore from a backup"));
        QCOMPARE(m_store->count({}), 2);

        Dialogs::setNextTexts({file});
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(restore, Qt::Key_Space);
        QVERIFY(settled());
        QVERIFY(dialog->findChildren<QDialog *>().isEmpty());  // no chooser left open behind the answer
        QCOMPARE(m_store->count({}), 1);
        QCOMPARE(m_inbox->model()->rowCount(), 1);
        QCOMPARE(m_inbox->model()->row(0)->name, QStringLiteral("残す方"));
        dialog->reject();
    }
};

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
