// Handouts, as a reader gets them: exported from the command line with no display, read back with pdftotext,
// pdffonts and pdfinfo. Japanese comes out as embedded fonts whose text layer holds the characters shown (no Kangxi
// radicals), and every word comes out as written (no fi/fl ligature lost, no word cut in a narrow column); every page
// carries the title, review date, "N of M" and disclaimer; pages never cut a row or strand a heading or a picture;
// the PDF names its title, author, subject and language; the "can say" pages speak of paper, not of a screen.

#include "Clock.h"
#include "Content.h"
#include "Handout.h"
#include "Settings.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

using namespace als;

class TestHandout : public QObject
{
    Q_OBJECT

private:
    // The four editions a clinic prints: each language, normal and large print.
    static void addEditions()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<bool>("large");
        QTest::newRow("ja") << int(Language::Japanese) << false;
        QTest::newRow("en") << int(Language::English) << false;
        QTest::newRow("ja large print") << int(Language::Japanese) << true;
        QTest::newRow("en large print") << int(Language::English) << true;
    }

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

    // Latin words (letters and digits) and how often each occurs.
    static QHash<QString, int> latinWords(const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("[\\p{Latin}0-9]+"));
        QHash<QString, int> words;
        for (auto it = word.globalMatch(text); it.hasNext();)
            ++words[it.next().captured()];
        return words;
    }
    static QString info(const QString &pdf, const char *field)
    {
        const Run r = run(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
        return QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(QLatin1String(field)), QRegularExpression::MultilineOption)
            .match(r.out)
            .captured(1)
            .trimmed();
    }
    // The height of the first word on a page (the running header's), in points.
    static qreal firstWordHeight(const QString &pdf, int page)
    {
        const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                                                                QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")}).out;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\""))
                                              .match(html);
        return m.captured(2).toDouble() - m.captured(1).toDouble();
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

    void theClinicFromTheSystemFileIsOnEveryHandout_data() { addEditions(); }
    void theClinicFromTheSystemFileIsOnEveryHandout()
    {
        QFETCH(int, language);
        QFETCH(bool, large);
        const Language l = Language(language);
        // Deployed by IT for every account (/etc/xdg/… in real life); this account set nothing of its own.
        QTemporaryDir system;
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, system.path());
        {
            QSettings deployed(QSettings::NativeFormat, QSettings::SystemScope, QCoreApplication::organizationName(),
                               QCoreApplication::applicationName());
            // fi and fl in the name and the hours: they must reach the text layer as letters, not as ligatures.
            deployed.setValue(QStringLiteral("clinic/name"), l == Language::Japanese ? QStringLiteral("みなと脳神経内科 相談窓口")
                                                                                     : QStringLiteral("Fifield Neurology Clinic"));
            deployed.setValue(QStringLiteral("clinic/phone"), QStringLiteral("03-1234-5678"));
            deployed.setValue(QStringLiteral("clinic/email"), QStringLiteral("soudan@fifield.example.jp"));
            deployed.setValue(QStringLiteral("clinic/hours"), QStringLiteral("Mon–Fri 9:00–17:00, first floor"));
            deployed.sync();
        }
        Settings settings(m_dir.filePath(QStringLiteral("handout-settings.ini")));
        QVERIFY(settings.clinicProfileFromSystem());
        HandoutOptions options;
        options.language = l;
        options.largePrint = large;
        options.sections = {QStringLiteral("overview")};
        options.clinic = settings.clinicProfile();
        const QString name = options.clinic.name;
        const QString pdf = exportHere(options, QStringLiteral("clinic-%1%2.pdf").arg(languageCode(l), large ? QStringLiteral("-large") : QString()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, m_dir.filePath(QStringLiteral("no-system")));
        QVERIFY(!pdf.isEmpty());
        if (const QString keep = qEnvironmentVariable("ALS_CLINIC_SHOTS"); !keep.isEmpty())  // for a person to look at
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));

        // On the first page, a box to ask: the name, the telephone, the email and the hours, each as written.
        const QString first = text(pdf, 1);
        QVERIFY2(first.contains(name), qPrintable(first));
        for (const QString &part : {QStringLiteral("03-1234-5678"), QStringLiteral("soudan@fifield.example.jp"),
                                    QStringLiteral("Mon–Fri 9:00–17:00, first floor")})
            QVERIFY2(first.contains(part), qPrintable(part + QStringLiteral(" in ") + first));
        QVERIFY(first.contains(translatedIn(l, "Handout", "Questions about this handout? Ask us:")));
        // At the foot of every page: whom to ask and the number to call, on one line.
        const int n = pages(pdf);
        QVERIFY(n >= 2);
        const QString footer = translatedIn(l, "Handout", "Ask us: %1, telephone %2").arg(name, QStringLiteral("03-1234-5678"));
        for (int p = 1; p <= n; ++p) {
            const QString lines = layoutText(pdf, p);
            QVERIFY2(lines.trimmed().section(QLatin1Char('\n'), -1).simplified() == footer.simplified(),
                     qPrintable(QStringLiteral("page %1 ends: %2").arg(p).arg(lines.trimmed().section(QLatin1Char('\n'), -1))));
        }
        // And the rest of the page frame is still there.
        QVERIFY(squeezed(text(pdf, n)).contains(squeezed(c.label(QStringLiteral("handoutDisclaimer"), l).left(12))));
    }

    void noClinicNoBox()
    {
        HandoutOptions options;
        options.sections = {QStringLiteral("overview")};
        const QString pdf = exportHere(options, QStringLiteral("no-clinic.pdf"));
        QVERIFY(!text(pdf, 1).contains(translatedIn(Language::Japanese, "Handout", "Questions about this handout? Ask us:")));
    }

    void everyPageSaysWhenTheContentIsOverdue_data() { addEditions(); }
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

    void everyWordExtractsAsWritten_data() { addEditions(); }
    void everyWordExtractsAsWritten()
    {
        // The whole handout: what pdftotext, a search or a screen reader gets is what the page shows.
        QFETCH(int, language);
        QFETCH(bool, large);
        HandoutOptions options;
        options.language = Language(language);
        options.largePrint = large;
        const QString path = m_dir.filePath(QStringLiteral("words-%1-%2.pdf").arg(language).arg(large));
        Handout handout(c, options);
        {
            QSaveFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QString error;
            QVERIFY(handout.writePdf(&file, &error));
            QVERIFY(file.commit());
        }
        // As laid out: without -layout, pdftotext joins a word ending a line in a hyphen to the next line's first.
        const QString pdf = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                           path, QStringLiteral("-")}).out;
        QVERIFY(!pdf.isEmpty());
        QVERIFY2(!pdf.contains(QChar(QChar::ReplacementCharacter)), "U+FFFD in the text layer");

        // Every fi, fl and ff word of the sections' Markdown is there whole: no ligature glyph without its letters.
        static const QRegularExpression ligatureWord(QStringLiteral("[\\p{Latin}]*(?:fi|fl|ff)[\\p{Latin}]*"),
                                                     QRegularExpression::CaseInsensitiveOption);
        QStringList lost;
        int checked = 0;
        for (const QString &id : Handout::printableSections(c)) {
            QTextDocument markdown;
            markdown.setMarkdown(c.sectionMarkdown(id, options.language));
            for (auto it = ligatureWord.globalMatch(markdown.toPlainText()); it.hasNext();) {
                const QString word = it.next().captured();
                ++checked;
                if (!pdf.contains(word))
                    lost << id + QLatin1Char(':') + word;
            }
        }
        lost.removeDuplicates();
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QStringLiteral(", "))));
        if (options.language == Language::English) {
            QVERIFY(checked > 50);
            for (const char *word : {"benefit", "confirmed", "first", "Scientific", "figure", "Efficacy", "difficult"})
                QVERIFY2(pdf.contains(QLatin1String(word)), word);
        }

        // Every Latin word of the handout's text is in the PDF as often as the handout holds it: none split by a
        // ligature ("bene t") or cut across two lines in a narrow column ("randomise" / "d").
        const QHash<QString, int> inPdf = latinWords(pdf);
        const QHash<QString, int> inHandout = latinWords(handout.document()->toPlainText());
        QStringList missing;
        for (auto it = inHandout.cbegin(); it != inHandout.cend(); ++it) {
            if (inPdf.value(it.key()) < it.value())
                missing << QStringLiteral("%1 (%2 of %3)").arg(it.key()).arg(inPdf.value(it.key())).arg(it.value());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY(inHandout.size() > (options.language == Language::English ? 1500 : 300));
    }

    void wideTablesPrintAsBlocksWhenTheirWordsDoNotFit()
    {
        // English large print: five and seven columns cannot hold their words, so each row prints as a block (the
        // first cell, then each other cell after its column's heading); any table left keeps every word whole.
        HandoutOptions options;
        options.language = Language::English;
        options.largePrint = true;
        Handout handout(c, options);
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(handout.writePdf(&sink, &error));
        QTextDocument *doc = handout.document();
        QStringList rowHeadings;
        QStringList cells;
        int previous = 0;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const int group = b.blockFormat().intProperty(Handout::kStackedRowProperty);
            if (group != 0 && group != previous)
                rowHeadings << b.text();
            else if (group != 0)
                cells << b.text();
            previous = group;
        }
        QVERIFY(rowHeadings.contains(QStringLiteral("Riluzole")));
        QVERIFY(rowHeadings.contains(QStringLiteral("Tofersen")));
        QVERIFY(std::any_of(rowHeadings.cbegin(), rowHeadings.cend(),
                            [](const QString &h) { return h.startsWith(QLatin1String("Morata-Tarifa")); }));
        QVERIFY(cells.contains(QStringLiteral("Control group: Yes")));
        QVERIFY(std::any_of(cells.cbegin(), cells.cend(), [](const QString &t) {
            return t.startsWith(QLatin1String("Key trial and size of effect: A review of 4 randomised trials"));
        }));

        // What is left as a table breaks lines only where the text allows it.
        QList<QTextTable *> tables;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (QTextTable *t = QTextCursor(b).currentTable(); t && !tables.contains(t))
                tables << t;
        }
        for (QTextTable *table : std::as_const(tables)) {
            for (int row = 0; row < table->rows(); ++row) {
                for (int column = 0; column < table->columns(); ++column) {
                    const QTextTableCell cell = table->cellAt(row, column);
                    for (auto it = cell.begin(); !it.atEnd(); ++it) {
                        const QTextBlock b = it.currentBlock();
                        QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, b.text());
                        for (int i = 0; b.layout() && i + 1 < b.layout()->lineCount(); ++i) {
                            const int end = b.layout()->lineAt(i).textStart() + b.layout()->lineAt(i).textLength();
                            breaks.setPosition(end);
                            QVERIFY2(breaks.isAtBoundary() || !b.text().at(end - 1).isLetterOrNumber()
                                         || b.text().at(end - 1).unicode() >= 0x2E80,
                                     qPrintable(QStringLiteral("a word cut in a table: ") + b.text()));
                        }
                    }
                }
            }
        }
    }

    void pdfPropertiesNameTheHandout()
    {
        for (const auto &[pdf, l] : {std::pair{m_ja, Language::Japanese}, std::pair{m_en, Language::English}}) {
            const Run r = run(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));  // the added properties keep it valid
            QCOMPARE(info(pdf, "Title"), c.label(QStringLiteral("handoutTitle"), l));
            QCOMPARE(info(pdf, "Author"), c.label(QStringLiteral("handoutTitle"), l));
            QCOMPARE(info(pdf, "Subject"), c.label(QStringLiteral("handoutSubject"), l));
            QVERIFY(!info(pdf, "Subject").isEmpty() && info(pdf, "Subject") != QLatin1String("handoutSubject"));
            QCOMPARE(info(pdf, "Creator"), QStringLiteral("ALS Evidence Guide"));
            // The same in XMP, with the language; and the catalogue says the language to screen readers.
            const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf}).out;
            QVERIFY(xmp.contains(QStringLiteral("<dc:language><rdf:Bag><rdf:li>%1</rdf:li>").arg(languageCode(l))));
            QVERIFY(xmp.contains(c.label(QStringLiteral("handoutSubject"), l).toHtmlEscaped()));
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray lang = "/Lang <feff";
            for (const QChar ch : languageCode(l))
                lang += "00" + QByteArray(1, char(ch.unicode())).toHex();
            lang += '>';
            QVERIFY(file.readAll().contains(lang));
        }
        // A handout of some sections says which in its title.
        QCOMPARE(info(m_one, "Title"), QStringLiteral("ALSエビデンスガイド：幹細胞治療"));
    }

    void largePrintHasALargerHeader()
    {
        // The running header (and footer) grow with large print, not only the text.
        const qreal normal = firstWordHeight(m_ja, 2);
        const qreal large = firstWordHeight(m_large, 2);
        QVERIFY(normal > 0);
        QVERIFY2(large >= normal * 1.4, qPrintable(QStringLiteral("%1 pt against %2 pt").arg(large).arg(normal)));
    }

    void theCanSayPagesReadAsPaper_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("screenWords");
        QTest::newRow("ja") << int(Language::Japanese) << QStringList{QStringLiteral("この画面"), QStringLiteral("欄"), QStringLiteral("開いて")};
        QTest::newRow("en") << int(Language::English) << QStringList{QStringLiteral("This view"), QStringLiteral("panel"), QStringLiteral("you can open")};
    }
    void theCanSayPagesReadAsPaper()
    {
        QFETCH(int, language);
        QFETCH(QStringList, screenWords);
        HandoutOptions options;
        options.language = Language(language);
        options.sections = {QStringLiteral("can-say")};
        const QString path = exportHere(options, QStringLiteral("can-say-%1.pdf").arg(language));
        QVERIFY(!path.isEmpty());
        const QString t = text(path);
        const QString paper = c.label(QStringLiteral("canSayPaperIntro"), options.language);
        QVERIFY(paper != QLatin1String("canSayPaperIntro"));
        for (const QString &paragraph : paper.split(QStringLiteral("\n\n")))
            QVERIFY2(squeezed(t).contains(squeezed(paragraph)), qPrintable(paragraph));
        for (const QString &word : screenWords)
            QVERIFY2(!t.contains(word), qPrintable(word));
        // The screen's own introduction is what was left out, and the statements are all there.
        QVERIFY(c.sectionMarkdown(QStringLiteral("can-say"), options.language).contains(screenWords.at(1)));
        QVERIFY(t.contains(c.label(QStringLiteral("statementsCan"), options.language)));
        QVERIFY(t.contains(c.label(QStringLiteral("statementsCannot"), options.language)));
        for (const Statement &s : c.statements())
            QVERIFY2(squeezed(t).contains(squeezed(s.text.in(options.language)).left(20)), qPrintable(s.id));
    }

    void citationsEndWithOneFullStop()
    {
        for (const QString &pdf : {m_ja, m_en}) {
            const QString t = text(pdf);
            QVERIFY(t.contains(QLatin1String("et al.")));
            QVERIFY(!t.contains(QLatin1String("et al..")));
            QVERIFY(!t.contains(QLatin1String(".. ")));
        }
        // Laws, notices and web pages often have no authors: their references leave the authors out, where a
        // study's says they are not confirmed.
        const QString unconfirmed = QStringLiteral("(") + c.label(QStringLiteral("authorsNotConfirmed"), Language::English) + QLatin1Char(')');
        int studies = 0;
        for (const Study &s : c.studies())
            studies += s.citation.authors.isEmpty();
        int sources = 0;
        for (const Source &s : c.sources())
            sources += s.citation.authors.isEmpty();
        QVERIFY(sources > 0);
        QCOMPARE(squeezed(text(m_en)).count(squeezed(unconfirmed)), studies);
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

    void pagesNeverCutARowOrStrandAHeading_data() { addEditions(); }
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
        int picturesChecked = 0;
        QTextBlock heading;
        struct StackedRow
        {
            qreal top = 0;
            qreal bottom = 0;
            qreal secondBottom = 0;
            int blocks = 0;
        };
        QHash<int, StackedRow> stacked;
        QHash<QPair<QTextTable *, int>, QPair<qreal, qreal>> rows;
        // A block's lines, in document coordinates (inside a callout box too).
        auto lineRect = [&](const QTextBlock &block, int i) {
            const QTextLayout *l = block.layout();
            return l->lineAt(i).rect().translated(0, layout->blockBoundingRect(block).top() - l->boundingRect().top());
        };
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
                const QRectF line = lineRect(b, i);
                QVERIFY2(!cutInside(line.top(), line.bottom()), qPrintable(b.text().left(40)));
            }
            if (b.blockFormat().headingLevel() > 0 && b.next().isValid() && !b.next().text().isEmpty()
                && !QTextCursor(b.next()).currentTable() && b.next().layout()->lineCount() > 0) {
                const qreal nextLine = lineRect(b.next(), 0).bottom();
                QVERIFY2(!cutInside(rect.top(), nextLine), qPrintable(QStringLiteral("heading left alone: ") + b.text()));
                ++headingsChecked;
            }
            if (b.blockFormat().headingLevel() > 0)
                heading = b;
            // The ladder picture is on the page of its heading.
            if (b.text() == QString(QChar::ObjectReplacementCharacter)) {
                QVERIFY(heading.isValid());
                const qreal top = layout->blockBoundingRect(heading).top();
                QVERIFY2(!cutInside(top, rect.bottom()),
                         qPrintable(QStringLiteral("the picture is apart from its heading: ") + heading.text()));
                ++picturesChecked;
            }
            // A table printed as blocks: a short row is never cut, a long one never after its heading line.
            if (const int group = b.blockFormat().intProperty(Handout::kStackedRowProperty)) {
                auto it = stacked.find(group);
                if (it == stacked.end())
                    stacked.insert(group, {rect.top(), rect.bottom(), rect.bottom(), 1});
                else {
                    it->bottom = rect.bottom();
                    if (++it->blocks == 2)
                        it->secondBottom = rect.bottom();
                }
            }
        }
        qreal pageHeight = 0;
        for (int i = 1; i < cuts.size(); ++i)
            pageHeight = std::max(pageHeight, cuts.at(i) - cuts.at(i - 1));
        for (const StackedRow &row : std::as_const(stacked)) {
            const bool shortRow = row.bottom - row.top <= pageHeight / 3;
            QVERIFY2(!cutInside(row.top, shortRow ? row.bottom : row.secondBottom), "a table row printed as blocks was cut");
            ++rowsChecked;
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            QVERIFY2(!cutInside(it.value().first, it.value().second),
                     qPrintable(QStringLiteral("a table row was split across pages: %1–%2 (%3 high)")
                                    .arg(it.value().first).arg(it.value().second).arg(it.value().second - it.value().first)));
            ++rowsChecked;
        }
        QVERIFY2(rowsChecked > 20, qPrintable(QString::number(rowsChecked)));
        QVERIFY(headingsChecked > 30);
        QVERIFY(picturesChecked >= 2);
    }
};

QTEST_MAIN(TestHandout)
#include "tst_handout.moc"
