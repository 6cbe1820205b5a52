// Handouts, as a reader gets them: exported from the command line with no display, read back with pdftotext and
// pdffonts. Japanese comes out as embedded fonts whose text layer holds the characters shown (no Kangxi radicals),
// every page carries the title, review date, "N of M" and disclaimer, and pages never cut a row or strand a heading.

#include "Clock.h"
#include "Content.h"
#include "Handout.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace als;

class TestHandout : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    QTemporaryDir m_dir;
    QString m_ja, m_en, m_large, m_one;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args, bool noDisplay = false)
    {
        QProcess p;
        if (noDisplay) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            p.setProcessEnvironment(env);
        }
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static Run app(const QStringList &args) { return run(QStringLiteral(ALS_BINARY), args, true); }
    static QString text(const QString &pdf, int page = 0)
    {
        QStringList args;
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
        return run(QStringLiteral("pdftotext"), args).out;
    }
    static QString layoutText(const QString &pdf, int page)
    {
        return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                                  QStringLiteral("-l"), QString::number(page), QStringLiteral("-enc"),
                                                  QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).out;
    }
    static int pages(const QString &pdf)
    {
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    }
    static QString squeezed(QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s"))); }
    // Written as --export-pdf writes it (Handout::writePdf into a QSaveFile), but in this process, where the test
    // sets the clock.
    QString exportHere(const HandoutOptions &options, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        Handout handout(c, options);
        QString error;
        if (!handout.writePdf(&file, &error) || !file.commit())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ja = m_dir.filePath(QStringLiteral("guide-ja.pdf"));
        m_en = m_dir.filePath(QStringLiteral("guide-en.pdf"));
        m_large = m_dir.filePath(QStringLiteral("guide-ja-large.pdf"));
        m_one = m_dir.filePath(QStringLiteral("stem-cells-ja.pdf"));
        for (const auto &[path, args] : {std::pair{m_ja, QStringList{QStringLiteral("--lang"), QStringLiteral("ja")}},
                                         std::pair{m_en, QStringList{QStringLiteral("--lang"), QStringLiteral("en")}},
                                         std::pair{m_large, QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--large-print")}},
                                         std::pair{m_one, QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--sections"), QStringLiteral("stem-cells")}}}) {
            const Run r = app(QStringList{QStringLiteral("--export-pdf"), path} + args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(QFileInfo(path).size() > 10000);
        }
    }

    void cleanup() { Clock::setToday({}); }

    void japaneseFontIsEmbedded()
    {
        const QString fonts = run(QStringLiteral("pdffonts"), {m_ja}).out;
        QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines) {
            const QStringList cols = line.simplified().split(QLatin1Char(' '));
            // name type… encoding emb sub uni object id: "emb" is the fourth column from the end but two.
            QVERIFY2(cols.size() >= 7 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        QVERIFY(fonts.contains(QLatin1String("BIZUDPGothic")));
    }

    void textLayerHoldsTheCharactersShown()
    {
        const QString t = text(m_ja);
        for (const QChar ch : t) {
            const ushort u = ch.unicode();
            QVERIFY2(!(u >= 0x2F00 && u <= 0x2FDF) && !(u >= 0x2E80 && u <= 0x2EFF),
                     qPrintable(QStringLiteral("radical U+%1 in the text layer").arg(u, 4, 16, QLatin1Char('0'))));
        }
        // A line of common kanji, compared code point by code point.
        const QString date = Content::formatDate(c.reviewed(), Language::Japanese);  // 2026年11月25日
        QVERIFY(t.contains(date));
        const QString kanji = QStringLiteral("日月大人長見言食");
        for (const QChar k : kanji) {
            if (c.sectionMarkdown(QStringLiteral("overview"), Language::Japanese).contains(k)
                || c.sectionMarkdown(QStringLiteral("standard-care"), Language::Japanese).contains(k))
                QVERIFY2(t.contains(k), qPrintable(QStringLiteral("U+%1 missing").arg(k.unicode(), 4, 16)));
        }
        QVERIFY(t.contains(QStringLiteral("日本")));
    }

    void rightWordsInTheRightLanguage()
    {
        const QString ja = text(m_ja);
        const QString en = text(m_en);
        for (const char *word : {"リルゾール", "エダラボン", "トファーセン", "幹細胞上清液"})
            QVERIFY2(ja.contains(QString::fromUtf8(word)), word);
        for (const char *word : {"Riluzole", "Edaravone", "Tofersen", "Conditioned medium"})
            QVERIFY2(en.contains(QLatin1String(word)), word);
        for (const char *figure : {"220", "196", "189", "NCT06608719", "974"}) {
            QVERIFY2(ja.contains(QLatin1String(figure)), figure);
            QVERIFY2(en.contains(QLatin1String(figure)), figure);
        }
        QVERIFY(!ja.contains(QLatin1String("Standard care")));
        QVERIFY(!en.contains(QStringLiteral("標準治療")));
        QVERIFY(!en.contains(QStringLiteral("リルゾール")));
        // The article's wrong figures stay out of print too.
        QVERIFY(!QRegularExpression(QStringLiteral("231|CSF NfL|15 ?(例|人|名)")).match(ja + en).hasMatch());
    }

    void everyPageCarriesItsFrame_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja large print") << QStringLiteral("large");
    }
    void everyPageCarriesItsFrame()
    {
        QFETCH(QString, which);
        const QString pdf = which == QLatin1String("en") ? m_en : which == QLatin1String("large") ? m_large : m_ja;
        const Language l = which == QLatin1String("en") ? Language::English : Language::Japanese;
        const int n = pages(pdf);
        QVERIFY(n > 3);
        for (int p = 1; p <= n; ++p) {
            const QString t = text(pdf, p).simplified().remove(QLatin1Char(' '));
            const QString number = c.label(QStringLiteral("handoutPage"), l).arg(p).arg(n).remove(QLatin1Char(' '));
            QVERIFY2(t.contains(number), qPrintable(QStringLiteral("page %1 lacks '%2'").arg(p).arg(number)));
            QVERIFY2(t.contains(Content::formatDate(c.reviewed(), l).remove(QLatin1Char(' '))), qPrintable(QString::number(p)));
            QVERIFY(t.contains(c.label(QStringLiteral("handoutTitle"), l).remove(QLatin1Char(' '))));
            QVERIFY(t.contains(c.label(QStringLiteral("handoutDisclaimer"), l).left(12).remove(QLatin1Char(' '))));
            // The header line stands alone: had any line of the page before been written invisibly into this
            // page's text layer, it would sit among the header's words.
            const QString top = layoutText(pdf, p).section(QLatin1Char('\n'), 0, 0).simplified();
            const QString expected = c.label(QStringLiteral("handoutTitle"), l) + QLatin1Char(' ')
                + c.label(QStringLiteral("reviewed"), l) + QStringLiteral(": ") + Content::formatDate(c.reviewed(), l);
            QCOMPARE(top, expected.simplified());
        }
        // The first page names the sections it holds.
        const QString first = text(pdf, 1);
        for (const QString &id : Handout::printableSections(c))
            QVERIFY2(first.contains(c.sectionTitle(id, l)), qPrintable(id));
    }

    void everyPageSaysWhenTheContentIsOverdue_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("large");
        QTest::newRow("ja") << int(Language::Japanese) << false;
        QTest::newRow("en") << int(Language::English) << false;
        QTest::newRow("ja large print") << int(Language::Japanese) << true;
        QTest::newRow("en large print") << int(Language::English) << true;
    }
    void everyPageSaysWhenTheContentIsOverdue()
    {
        QFETCH(int, language);
        QFETCH(bool, large);
        HandoutOptions options;
        options.language = Language(language);
        options.largePrint = large;
        const QString notice = squeezed(c.overdueNotice(options.language));
        QVERIFY(notice.contains(squeezed(Content::formatDate(c.nextReview(), options.language))));

        Clock::setToday(c.nextReview().addDays(1));
        const QString overdue = exportHere(options, QStringLiteral("overdue-%1-%2.pdf").arg(language).arg(large));
        QVERIFY(!overdue.isEmpty());
        const int n = pages(overdue);
        QVERIFY(n > 3);
        // pdftotext ends every page with a form feed: the pages, as a reader copies them.
        const QStringList byPage = text(overdue).split(QLatin1Char('\f'));
        QVERIFY(byPage.size() >= n);
        for (int p = 1; p <= n; ++p) {
            const QString page = squeezed(text(overdue, p));
            QVERIFY2(page.contains(notice), qPrintable(QStringLiteral("page %1 of %2 lacks the notice").arg(p).arg(n)));
            QCOMPARE(squeezed(byPage.at(p - 1)), page);
            // The header line still stands alone above it, and the frame is all there.
            const QString top = layoutText(overdue, p).section(QLatin1Char('\n'), 0, 0).simplified();
            const QString header = c.label(QStringLiteral("handoutTitle"), options.language) + QLatin1Char(' ')
                + c.label(QStringLiteral("reviewed"), options.language) + QStringLiteral(": ")
                + Content::formatDate(c.reviewed(), options.language);
            QCOMPARE(top, header.simplified());
            QVERIFY(page.contains(squeezed(c.label(QStringLiteral("handoutPage"), options.language).arg(p).arg(n))));
        }
        // Only the header holds it: the notice appears once a page, never twice, never cut.
        QCOMPARE(squeezed(text(overdue)).count(notice), n);

        // The same handout on its review date: not a word of it.
        Clock::setToday(c.nextReview());
        const QString current = exportHere(options, QStringLiteral("current-%1-%2.pdf").arg(language).arg(large));
        QVERIFY(!current.isEmpty());
        const QString all = squeezed(text(current));
        QVERIFY(all.contains(squeezed(c.label(QStringLiteral("handoutTitle"), options.language))));
        QVERIFY(!all.contains(notice.left(12)));
        QVERIFY(pages(current) <= n);
    }

    void largePrintReflowsOntoMorePages()
    {
        QVERIFY(pages(m_large) > pages(m_ja));
        // Nothing is cut off: the same words are there.
        const QString normal = text(m_ja).simplified().remove(QLatin1Char(' '));
        const QString large = text(m_large).simplified().remove(QLatin1Char(' '));
        for (const char *phrase : {"NCT06889857", "Morata-Tarifa", "ENDURANCE"})
            QVERIFY2(normal.contains(QLatin1String(phrase)) && large.contains(QLatin1String(phrase)), phrase);
    }

    void oneSectionIsShorterThanTheWhole()
    {
        QVERIFY(pages(m_one) < pages(m_ja));
        const QString t = text(m_one);
        QVERIFY(t.contains(QStringLiteral("幹細胞治療")));
        QVERIFY(!t.contains(c.sectionTitle(QStringLiteral("standard-care"), Language::Japanese) + QLatin1Char('\n')));
    }

    void eachPageHoldsOnlyItsOwnText()
    {
        // Every page's text layer holds that page's lines only: the sum of the pages is the whole, no line twice.
        const int n = pages(m_one);
        QString joined;
        for (int p = 1; p <= n; ++p)
            joined += text(m_one, p);
        // Each paragraph's opening words appear in the PDF as often as in the handout's text: none written twice.
        HandoutOptions options;
        options.sections = {QStringLiteral("stem-cells")};
        Handout handout(c, options);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(handout.writePdf(&sink, &error));
        auto squeeze = [](QString t) { return t.remove(QRegularExpression(QStringLiteral("\\s"))); };
        const QString pdf = squeeze(joined);
        const QString doc = squeeze(handout.document()->toPlainText());
        int checked = 0;
        for (QTextBlock b = handout.document()->begin(); b.isValid(); b = b.next()) {
            const QString start = squeeze(b.text()).left(14);
            // The review date also stands in every page's header: it is counted there, not here.
            if (start.size() < 14 || QTextCursor(b).currentTable()
                || start.startsWith(squeeze(c.label(QStringLiteral("reviewed"), Language::Japanese)))
                || squeeze(c.label(QStringLiteral("handoutDisclaimer"), Language::Japanese)).startsWith(start))
                continue;
            QVERIFY2(pdf.count(start) == doc.count(start), qPrintable(start));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void letterPaperOnRequest()
    {
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QCOMPARE(app({QStringLiteral("--export-pdf"), path, QStringLiteral("--paper"), QStringLiteral("letter"),
                      QStringLiteral("--sections"), QStringLiteral("about")}).exitCode, 0);
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}).out.contains(QLatin1String("612 x 792")));
        QVERIFY(run(QStringLiteral("pdfinfo"), {m_ja}).out.contains(QLatin1String("595")));  // A4 by default
    }

    void errorsLeaveNoFileBehind_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("mentions");
        const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
        QTest::newRow("unknown section") << QStringList{QStringLiteral("--export-pdf"), out, QStringLiteral("--sections"), QStringLiteral("overview,miracles")} << out << QStringLiteral("miracles");
        QTest::newRow("empty section list") << QStringList{QStringLiteral("--export-pdf"), out, QStringLiteral("--sections"), QStringLiteral(",")} << out << QStringLiteral("--sections");
        QTest::newRow("bad paper") << QStringList{QStringLiteral("--export-pdf"), out, QStringLiteral("--paper"), QStringLiteral("a5")} << out << QStringLiteral("a5");
        QTest::newRow("bad language") << QStringList{QStringLiteral("--export-pdf"), out, QStringLiteral("--lang"), QStringLiteral("de")} << out << QStringLiteral("de");
        QTest::newRow("large print without export") << QStringList{QStringLiteral("--large-print")} << out << QStringLiteral("--export-pdf");
        const QString unwritable = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
        QTest::newRow("unwritable path") << QStringList{QStringLiteral("--export-pdf"), unwritable} << unwritable << QStringLiteral("x.pdf");
    }
    void errorsLeaveNoFileBehind()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, target);
        QFETCH(QString, mentions);
        const Run r = app(args);
        QVERIFY(r.exitCode != 0);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("als-evidence-guide: ")) && lines.first().contains(mentions),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
        const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("never*")});
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    }

    void aFailedExportKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous handout");
        old.close();
        QVERIFY(app({QStringLiteral("--export-pdf"), path, QStringLiteral("--sections"), QStringLiteral("nope")}).exitCode != 0);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the previous handout"));
    }

    void pagesNeverCutARowOrStrandAHeading_data()
    {
        QTest::addColumn<bool>("large");
        QTest::addColumn<int>("language");
        QTest::newRow("ja") << false << int(Language::Japanese);
        QTest::newRow("en") << false << int(Language::English);
        QTest::newRow("ja large") << true << int(Language::Japanese);
        QTest::newRow("en large") << true << int(Language::English);
    }
    void pagesNeverCutARowOrStrandAHeading()
    {
        QFETCH(bool, large);
        QFETCH(int, language);
        HandoutOptions options;
        options.language = Language(language);
        options.largePrint = large;
        Handout handout(c, options);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(handout.writePdf(&buffer, &error));
        const QList<qreal> cuts = handout.pageCuts();
        QVERIFY(cuts.size() > 4);
        for (int i = 1; i < cuts.size(); ++i)
            QVERIFY2(cuts.at(i) > cuts.at(i - 1), "pages must move forward");
        QTextDocument *doc = handout.document();
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        auto cutInside = [&](qreal top, qreal bottom) {
            for (qreal cut : cuts) {
                if (cut > top + 0.5 && cut < bottom - 0.5)
                    return true;
            }
            return false;
        };
        int rowsChecked = 0;
        int headingsChecked = 0;
        QHash<QPair<QTextTable *, int>, QPair<qreal, qreal>> rows;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            QTextCursor cursor(b);
            const QRectF rect = layout->blockBoundingRect(b);
            if (QTextTable *table = cursor.currentTable()) {
                const auto key = qMakePair(table, table->cellAt(cursor).row());
                auto it = rows.find(key);
                if (it == rows.end())
                    rows.insert(key, qMakePair(rect.top(), rect.bottom()));
                else
                    *it = qMakePair(std::min(it->first, rect.top()), std::max(it->second, rect.bottom()));
                continue;
            }
            for (int i = 0; b.layout() && i < b.layout()->lineCount(); ++i) {
                const QRectF line = b.layout()->lineAt(i).rect().translated(b.layout()->position());
                QVERIFY2(!cutInside(line.top(), line.bottom()), qPrintable(b.text().left(40)));
            }
            if (b.blockFormat().headingLevel() > 0 && b.next().isValid() && !b.next().text().isEmpty()
                && !QTextCursor(b.next()).currentTable() && b.next().layout()->lineCount() > 0) {
                const qreal nextLine = b.next().layout()->position().y() + b.next().layout()->lineAt(0).rect().bottom();
                QVERIFY2(!cutInside(rect.top(), nextLine), qPrintable(QStringLiteral("heading left alone: ") + b.text()));
                ++headingsChecked;
            }
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QVERIFY2(!cutInside(it.value().first, it.value().second),
                     qPrintable(QStringLiteral("a table row was split across pages: %1–%2 (%3 high)")
                                    .arg(it.value().first).arg(it.value().second).arg(it.value().second - it.value().first)));
            ++rowsChecked;
        }
        QVERIFY(rowsChecked > 30);
        QVERIFY(headingsChecked > 30);
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
