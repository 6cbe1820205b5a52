// The evidence ladder as a chart to be read: it grows with the text and is never a little scroll window, it fits a
// small window at 300 % without cutting a word, every word it needs is drawn whole and clear of the rest at any
// width (on screen and on paper), and its text alternative stays.

#include "Content.h"
#include "Dialogs.h"
#include "DocumentBuilder.h"
#include "EvidenceLadder.h"
#include "EvidenceLadderWidget.h"
#include "EvidenceView.h"
#include "GuideFixture.h"
#include "Handout.h"
#include "LadderPainter.h"
#include "MainWindow.h"
#include "ReadingBrowser.h"

#include <QAbstractScrollArea>
#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QAbstractTextDocumentLayout>

using namespace als;

namespace {

QString squeezed(QString text)
{
    text.remove(QLatin1Char(' '));
    return text;
}

// Every text the picture must show, in the ladder's language.
QStringList expectedWords(const EvidenceLadder &ladder, bool highlighted)
{
    const Content &c = ladder.content();
    const Language l = ladder.language();
    QStringList words;
    for (int r = 0; r <= int(Rung::LargeRct); ++r)
        words << c.rungLabel(Rung(r), l);
    for (const char *key : {"ladderWeaker", "ladderStronger", "ladderAxis", "ladderStatusHeading", "ladderOtherRung"})
        words << c.label(QLatin1String(key), l);
    if (highlighted)
        words << c.label(QStringLiteral("ladderThisPage"), l);
    for (Result r : {Result::Positive, Result::Negative, Result::Inconclusive})
        words << c.resultLabel(r, l);
    for (RegulatoryStatus s : {RegulatoryStatus::Approved, RegulatoryStatus::ConditionalApproval,
                               RegulatoryStatus::ApprovedThenWithdrawn, RegulatoryStatus::NotApproved})
        words << c.statusLabel(s, l);
    for (const LadderRow &row : ladder.rows())
        words << row.label << ladder.resultText(row) << ladder.statusText(row);
    return words;
}

// Checks what a picture drew: every item inside the picture, no text touching another item, and every expected
// text drawn as consecutive whole lines that break only where a line may break. Returns the problems found.
QStringList checkDrawn(const QList<LadderPainter::Drawn> &drawn, const QRectF &picture, const QStringList &expected,
                       bool statusHeading = true)
{
    QStringList problems;
    const QRectF inside = picture.adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const LadderPainter::Drawn &item : drawn) {
        if (!inside.contains(item.rect))
            problems << QStringLiteral("outside the picture: '%1' at %2,%3 %4×%5")
                            .arg(item.text)
                            .arg(item.rect.x())
                            .arg(item.rect.y())
                            .arg(item.rect.width())
                            .arg(item.rect.height());
    }
    for (int i = 0; i < drawn.size(); ++i) {
        if (drawn.at(i).text.isEmpty())
            continue;
        for (int j = 0; j < drawn.size(); ++j) {
            if (i == j || (j < i && !drawn.at(j).text.isEmpty()))
                continue;
            const QRectF overlap = drawn.at(i).rect.intersected(drawn.at(j).rect);
            if (overlap.width() > 0.5 && overlap.height() > 0.5)
                problems << QStringLiteral("'%1' overlaps '%2'").arg(drawn.at(i).text, drawn.at(j).text);
        }
    }
    QStringList lines;
    for (const LadderPainter::Drawn &item : drawn) {
        if (!item.text.isEmpty())
            lines << squeezed(item.text);
    }
    for (int index = 0; index < expected.size(); ++index) {
        const QString &text = expected.at(index);
        if (!statusHeading && index == 7)  // the regulators' column's heading, only where there is that column
            continue;
        const QString want = squeezed(text);
        // Where a line may end: after any of the text's break units.
        QList<int> breaks;
        int at = 0;
        for (const QString &unit : LadderPainter::breakUnits(text)) {
            at += squeezed(unit).size();
            breaks << at;
        }
        bool found = false;
        for (int start = 0; start < lines.size() && !found; ++start) {
            QString joined;
            bool whole = true;
            for (int k = start; k < lines.size() && joined.size() < want.size(); ++k) {
                joined += lines.at(k);
                whole = whole && breaks.contains(int(joined.size()));
            }
            if (joined == want) {
                found = true;
                if (!whole)
                    problems << QStringLiteral("broken inside a word: ") + text;
            }
        }
        if (!found)
            problems << QStringLiteral("not drawn whole: ") + text;
    }
    return problems;
}

} // namespace

class TestLadder : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    GuideFixture m_guide;

    EvidenceView *showStemCells(int scale)
    {
        m_guide.window->setTextScale(scale);
        m_guide.window->showSection(QStringLiteral("stem-cells"));
        auto *view = qobject_cast<EvidenceView *>(m_guide.window->currentView());
        if (!view)
            return nullptr;
        EvidenceLadderWidget *ladder = view->ladder();
        // Fonts reach every widget first, then the text measures the picture's place again.
        if (!QTest::qWaitFor([&] {
                return ladder->isVisible() && ladder->width() > 0
                    && ladder->height() == ladder->heightForWidth(ladder->width())
                    && ladder->font().pointSizeF() == QApplication::font().pointSizeF();
            }))
            return nullptr;
        QTest::qWait(50);
        return view;
    }

    // The only scrolling around the ladder is the page's own.
    static QString innerScrolling(EvidenceView *view)
    {
        for (QWidget *w = view->ladder()->parentWidget(); w && w != view; w = w->parentWidget()) {
            auto *area = qobject_cast<QAbstractScrollArea *>(w);
            if (area && area != view->browser())
                return QStringLiteral("inside a scroll area of its own: ") + w->objectName();
        }
        if (view->ladder()->height() < view->ladder()->heightForWidth(view->ladder()->width()))
            return QStringLiteral("shorter than its height for its width");
        const QWidget *panel = view->ladder()->parentWidget();
        if (!panel->rect().contains(view->ladder()->geometry()))
            return QStringLiteral("cut by its panel");
        return {};
    }

    // Empty when the text after the title starts below the picture, else what covers what.
    static QString textAfterLadder(EvidenceView *view)
    {
        QTextDocument *doc = view->browser()->document();
        QTextBlock b = doc->begin().next();
        while (b.isValid() && b.text().trimmed().isEmpty())
            b = b.next();
        if (!b.isValid())
            return QStringLiteral("no text after the title");
        const int top =
            int(doc->documentLayout()->blockBoundingRect(b).top()) - view->browser()->verticalScrollBar()->value();
        const QWidget *panel = view->ladder()->parentWidget();
        const int bottom = panel->mapTo(view->browser()->viewport(), QPoint(0, panel->height())).y();
        const int title = int(doc->documentLayout()->blockBoundingRect(doc->begin()).bottom())
            - view->browser()->verticalScrollBar()->value();
        const int panelTop = panel->mapTo(view->browser()->viewport(), QPoint(0, 0)).y();
        if (doc->documentLayout()->blockBoundingRect(b).height() < view->fontMetrics().height() / 2)
            return QStringLiteral("'%1' takes no room").arg(b.text().left(20));
        if (panelTop < title)
            return QStringLiteral("the picture at %1 over the title ending at %2").arg(panelTop).arg(title);
        if (top < bottom)
            return QStringLiteral("'%1' at %2 under the picture ending at %3").arg(b.text().left(20)).arg(top).arg(bottom);
        // Nor far below it: the box is as tall as the picture, no taller.
        if (top - bottom > 4 * view->browser()->readingFont().pixelSize())
            return QStringLiteral("'%1' at %2, %3 px below the picture").arg(b.text().left(20)).arg(top).arg(top - bottom);
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        (void)baseApplicationFont();
    }

    void init() { QVERIFY(m_guide.start(Language::Japanese, true)); }
    void cleanup() { m_guide.stop(); }

    void growsWithTheTextAndNeverScrollsInside()
    {
        int previous = 0;
        for (int scale : {100, 200, 300}) {
            EvidenceView *view = showStemCells(scale);
            QVERIFY2(view, qPrintable(QString::number(scale)));
            EvidenceLadderWidget *ladder = view->ladder();
            QVERIFY2(
                ladder->height() > previous * 1.3,
                qPrintable(QStringLiteral("%1 %: %2 px after %3 px").arg(scale).arg(ladder->height()).arg(previous)));
            previous = ladder->height();
            const QString inner = innerScrolling(view);
            QVERIFY2(inner.isEmpty(), qPrintable(inner));
            QVERIFY(ladder->width() <= view->browser()->viewport()->width());
            // Every row is in the picture itself, not behind a scroll bar.
            QStringList labels;
            for (const LadderPainter::Drawn &d : ladder->drawnItems())
                labels << d.text;
            for (const LadderRow &row : ladder->ladder().rows())
                QVERIFY2(labels.contains(row.label), qPrintable(row.label));

            // The text after the picture starts below it.
            const QString after = textAfterLadder(view);
            QVERIFY2(after.isEmpty(), qPrintable(after));

            // The page scrolls as one: scrolling the text moves the picture with it.
            QScrollBar *bar = view->browser()->verticalScrollBar();
            QVERIFY(bar->maximum() > 100);
            const int top = ladder->mapTo(view, QPoint(0, 0)).y();
            bar->setValue(100);
            QTRY_COMPARE(ladder->mapTo(view, QPoint(0, 0)).y(), top - 100);
            bar->setValue(0);
            QTRY_COMPARE(ladder->mapTo(view, QPoint(0, 0)).y(), top);
        }
    }

    void fitsASmallWindowAt300Percent_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("ja") << Language::Japanese;
        QTest::newRow("en") << Language::English;
    }
    void fitsASmallWindowAt300Percent()
    {
        QFETCH(Language, language);
        m_guide.window->setLanguage(language);
        m_guide.window->resize(1024, 700);
        EvidenceView *view = showStemCells(300);
        QVERIFY(view);
        EvidenceLadderWidget *ladder = view->ladder();
        QTRY_COMPARE(ladder->ladder().language(), language);
        QTRY_COMPARE(ladder->height(), ladder->heightForWidth(ladder->width()));
        const QString inner = innerScrolling(view);
        QVERIFY2(inner.isEmpty(), qPrintable(inner));
        const QRect inView(ladder->mapTo(view->browser()->viewport(), QPoint(0, 0)), ladder->size());
        QVERIFY2(inView.left() >= 0 && inView.right() < view->browser()->viewport()->width(),
                 qPrintable(QStringLiteral("%1..%2 of %3")
                                .arg(inView.left())
                                .arg(inView.right())
                                .arg(view->browser()->viewport()->width())));
        QCOMPARE(view->browser()->horizontalScrollBar()->maximum(), 0);
        // Too narrow for names, four rungs and the regulators' column side by side at this size: it rearranges.
        QVERIFY(ladder->arrangement() != LadderPainter::Arrangement::Columns);
        const QStringList problems =
            checkDrawn(ladder->drawnItems(), QRectF(ladder->rect()), expectedWords(ladder->ladder(), true),
                       ladder->arrangement() == LadderPainter::Arrangement::Columns);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The button that hides it is whole too.
        QToolButton *toggle = view->ladderToggle();
        QVERIFY(toggle->width() >= toggle->sizeHint().width() && toggle->height() >= toggle->sizeHint().height());
        QTRY_VERIFY2(textAfterLadder(view).isEmpty(), qPrintable(textAfterLadder(view)));

        // A wider window: the picture and its place in the text follow.
        const int narrow = ladder->width();
        m_guide.window->resize(1280, 900);
        QTRY_VERIFY(ladder->width() > narrow);
        QTRY_COMPARE(ladder->height(), ladder->heightForWidth(ladder->width()));
        QTRY_VERIFY2(textAfterLadder(view).isEmpty(), qPrintable(textAfterLadder(view)));
    }

    void everyWordWholeAtEveryWidth_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<int>("pixels");
        for (Language language : allLanguages()) {
            for (int pixels : {16, 32, 48}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2px").arg(languageCode(language)).arg(pixels)))
                    << language << pixels;
            }
        }
    }
    void everyWordWholeAtEveryWidth()
    {
        QFETCH(Language, language);
        QFETCH(int, pixels);
        const EvidenceLadder ladder(c, language);
        LadderStyle style;
        style.font = QApplication::font();
        style.font.setPixelSize(pixels);
        const LadderPainter painter(ladder, style, {QStringLiteral("stem-cells")});
        QList<LadderPainter::Arrangement> seen;
        QList<LadderPainter::Header> headers;
        qreal previousHeight = 1e9;
        // From about 14 characters wide to very wide: every arrangement comes up, and none cuts a word.
        for (int ems = 14; ems <= 100; ems += 2) {
            const int width = ems * pixels;
            const qreal height = painter.heightForWidth(width);
            QVERIFY(height > 0);
            // Wider never means much taller.
            QVERIFY2(height <= previousHeight * 1.1, qPrintable(QStringLiteral("%1 px wide").arg(width)));
            previousHeight = height;
            QImage image(width, int(std::ceil(height)), QImage::Format_RGB32);
            QPainter p(&image);
            QList<LadderPainter::Drawn> drawn;
            painter.paint(&p, QRectF(0, 0, width, image.height()), &drawn);
            const LadderPainter::Arrangement arrangement = painter.arrangementForWidth(width);
            if (!seen.contains(arrangement))
                seen << arrangement;
            if (!headers.contains(painter.headerForWidth(width)))
                headers << painter.headerForWidth(width);
            const QStringList problems = checkDrawn(drawn, QRectF(image.rect()), expectedWords(ladder, true),
                                                    arrangement == LadderPainter::Arrangement::Columns);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("%1 px wide:\n").arg(width) + problems.join(QLatin1Char('\n'))));
        }
        QVERIFY(seen.contains(LadderPainter::Arrangement::Columns));
        QVERIFY(seen.contains(LadderPainter::Arrangement::Stacked));
        QVERIFY(headers.contains(LadderPainter::Header::OneLine));
        QVERIFY(headers.contains(LadderPainter::Header::Staircase));
    }

    void phrasesBreakWhereJapaneseBreaks()
    {
        QCOMPARE(LadderPainter::breakUnits(QStringLiteral("大きなランダム化試験")),
                 QStringList({QStringLiteral("大きな"), QStringLiteral("ランダム化試験")}));
        QCOMPARE(LadderPainter::breakUnits(QStringLiteral("人の研究（対照なし）")),
                 QStringList({QStringLiteral("人の"), QStringLiteral("研究"), QStringLiteral("（対照なし）")}));
        QCOMPARE(LadderPainter::breakUnits(QStringLiteral("承認後に取り下げ")),
                 QStringList({QStringLiteral("承認後に"), QStringLiteral("取り下げ")}));
        QCOMPARE(LadderPainter::breakUnits(QStringLiteral("Approved (US 1995, EU 1996)")),
                 QStringList({QStringLiteral("Approved "), QStringLiteral("(US 1995, "), QStringLiteral("EU 1996)")}));
    }

    void paperLargePrintKeepsEveryWord_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("ja") << Language::Japanese;
        QTest::newRow("en") << Language::English;
    }
    void paperLargePrintKeepsEveryWord()
    {
        // As a handout draws it: the print face at the large-print size, measured on the PDF's own device.
        QFETCH(Language, language);
        QTemporaryDir dir;
        QPdfWriter pdf(dir.filePath(QStringLiteral("ladder.pdf")));
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        const EvidenceLadder ladder(c, language);
        LadderStyle style;
        style.font = QFont(Handout::fontFamily());
        style.font.setPointSizeF(12);
        const LadderPainter painter(ladder, style, {QStringLiteral("conditioned-medium")}, &pdf);
        QPainter p(&pdf);
        const qreal width = p.viewport().width() * 0.9;
        const qreal height = painter.heightForWidth(width);
        QList<LadderPainter::Drawn> drawn;
        painter.paint(&p, QRectF(0, 0, width, height), &drawn);
        p.end();
        const QStringList problems =
            checkDrawn(drawn, QRectF(0, 0, width, height), expectedWords(ladder, true),
                       painter.arrangementForWidth(width) == LadderPainter::Arrangement::Columns);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void hidesAndShowsAndKeepsItsTextAlternative()
    {
        EvidenceView *view = showStemCells(100);
        QVERIFY(view);
        EvidenceLadderWidget *ladder = view->ladder();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(ladder);
        QVERIFY(iface && !iface->text(QAccessible::Name).isEmpty());
        QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("幹細胞治療：")));
        QVERIFY(
            view->browser()->toPlainText().contains(c.label(QStringLiteral("ladderTableHeading"), Language::Japanese)));
        QVERIFY(view->visibleText().contains(c.label(QStringLiteral("ladderIntro"), Language::Japanese)));
        QVERIFY(view->ladderCaption()->text().contains(c.label(QStringLiteral("ladderIntro"), Language::Japanese)));
        // The text's own headings are the builder's, as the contents panel counts them.
        QTextDocument built;
        DocumentBuilder(c, Language::Japanese).buildSection(&built, QStringLiteral("stem-cells"));
        QStringList builtHeadings;
        QStringList shownHeadings;
        for (QTextBlock b = built.begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                builtHeadings << b.text();
        }
        for (QTextBlock b = view->browser()->document()->begin(); b.isValid(); b = b.next()) {
            if (b.blockFormat().headingLevel() > 0)
                shownHeadings << b.text();
        }
        QCOMPARE(shownHeadings, builtHeadings);

        // The caption's paragraph follows the picture's place: hiding the picture pulls the text after it up.
        QToolButton *toggle = view->ladderToggle();
        QCOMPARE(toggle->text(), QStringLiteral("エビデンスの階段を隠す"));
        const int shownHeight = ladder->parentWidget()->height();
        const qreal shownPage = view->browser()->document()->size().height();
        toggle->click();
        QVERIFY(!view->isLadderShown());
        QVERIFY(ladder->isHidden());
        QCOMPARE(toggle->text(), QStringLiteral("エビデンスの階段を表示"));
        QTRY_VERIFY(ladder->parentWidget()->height() < shownHeight - 200);
        QTRY_VERIFY2(textAfterLadder(view).isEmpty(), qPrintable(textAfterLadder(view)));
        QTRY_VERIFY(view->browser()->document()->size().height() < shownPage - 200);
        toggle->click();
        QVERIFY(view->isLadderShown());
        QTRY_COMPARE(ladder->parentWidget()->height(), shownHeight);

        // With Tab, after the text: the button, then the picture; and back.
        toggle->setFocus(Qt::TabFocusReason);
        QTest::keyClick(toggle, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), ladder);
        QTest::keyClick(ladder, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), toggle);
        QTest::keyClick(toggle, Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), view->browser());

        m_guide.window->setLanguage(Language::English);
        QTRY_VERIFY(iface->text(QAccessible::Description).contains(QLatin1String("Stem cells: ")));
        QTRY_COMPARE(toggle->text(), QStringLiteral("Hide the evidence ladder"));
        QTRY_VERIFY(view->visibleText().contains(c.label(QStringLiteral("ladderHeading"), Language::English)));
    }
};

QTEST_MAIN(TestLadder)
#include "tst_ladder.moc"
