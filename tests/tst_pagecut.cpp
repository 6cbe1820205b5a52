// The handout's page cutting on its own, on plain blocks (no fonts, no document): headings stay with what follows,
// sections start pages, something taller than a page gives way at a row or paragraph start and only then between
// lines, nothing is lost or printed twice, and each tolerance holds just inside its edge and gives way just outside.

#include "PageCutter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace als;

namespace {

// A paragraph from top to bottom, in lines of the given height (the last one shorter if it must be).
PageBlock paragraph(qreal top, qreal bottom, qreal lineHeight = 10)
{
    PageBlock b = PageBlock::of(PageBlock::Kind::Paragraph, top, bottom);
    for (qreal y = top; y < bottom - 0.001; y += lineHeight)
        b.lines << PageSpan{y, std::min(y + lineHeight, bottom)};
    return b;
}

PageBlock heading(qreal top, qreal bottom, qreal keepUntil)
{
    PageBlock b = paragraph(top, bottom);
    b.keepWithNextUntil = keepUntil;
    return b;
}

PageBlock sectionStart(qreal top, qreal bottom)
{
    PageBlock b = paragraph(top, bottom);
    b.sectionStart = true;
    return b;
}

// Table rows whose text is the given height, padded as a table pads them: a padded row reaches past its text by the
// padding, so neighbouring padded rows overlap and a padded row starts where the text of the row above ends.
QList<PageBlock> tableRows(qreal top, int count, qreal height, qreal pad)
{
    QList<PageBlock> rows;
    for (int i = 0; i < count; ++i) {
        const qreal t = top + i * (height + pad);
        PageBlock row = PageBlock::of(PageBlock::Kind::TableRow, t - pad, t + height + pad);
        row.lines << PageSpan{t, t + height / 2} << PageSpan{t + height / 2, t + height};
        rows << row;
    }
    return rows;
}

}  // namespace

class TestPageCut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHeadingStartsThePageOfWhatFollowsIt()
    {
        // The page ends at 100, inside the paragraph after the heading: the heading moves over with it.
        const QList<PageBlock> blocks{paragraph(0, 80), heading(80, 90, 100), paragraph(90, 120)};
        QCOMPARE(PageCutter(100, 120).cut(blocks), (QList<qreal>{0, 80, 120}));
        // Without the keep, the heading would be left alone at the foot of the page.
        QList<PageBlock> loose = blocks;
        loose[1].keepWithNextUntil.reset();
        QCOMPARE(PageCutter(100, 120).cut(loose), (QList<qreal>{0, 90, 120}));
    }

    void aSectionStartsAPage()
    {
        const QList<PageBlock> blocks{paragraph(0, 30), sectionStart(30, 60), paragraph(60, 90)};
        QCOMPARE(PageCutter(100, 90).cut(blocks), (QList<qreal>{0, 30, 90}));
    }

    void aTableTallerThanAPageGivesWayAtARowStart()
    {
        // Padded rows overlap, so the whole table is one span taller than a page; the page ends at the last row
        // that starts on it (86), not at the last gap between two lines (98, inside the next row).
        const QList<PageBlock> rows = tableRows(0, 10, 20, 2);
        const QList<qreal> cuts = PageCutter(100, 220, 2).cut(rows);
        QCOMPARE(cuts.at(1), 86.0);
        for (qreal cut : cuts.mid(1, cuts.size() - 2))
            QVERIFY2(std::any_of(rows.cbegin(), rows.cend(), [cut](const PageBlock &r) { return r.span.top == cut; }),
                     qPrintable(QStringLiteral("cut at %1 is not a row start").arg(cut)));
    }

    void aParagraphTallerThanAPageGivesWayBetweenLines()
    {
        QCOMPARE(PageCutter(100, 250).cut({paragraph(0, 250)}), (QList<qreal>{0, 100, 200, 250}));
        // Lines of 30: the page ends after the third line (90), never through the fourth.
        QCOMPARE(PageCutter(100, 250).cut({paragraph(0, 250, 30)}).at(1), 90.0);
    }

    void nothingIsLostOrPrintedTwice_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }
    void nothingIsLostOrPrintedTwice()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        const qreal page = 300 + random.bounded(300);
        QList<PageBlock> blocks;
        QList<qreal> sections;
        qreal y = 0;
        for (int i = 0; i < 80; ++i) {
            const int what = random.bounded(10);
            if (what == 0) {
                const QList<PageBlock> rows = tableRows(y + 4, 1 + random.bounded(12), 10 + random.bounded(60), 4);
                blocks << rows;
                y = rows.last().span.bottom;
            } else {
                const qreal height = 10 + random.bounded(what == 1 ? 2 * page : page / 2);
                PageBlock b = paragraph(y, y + height, 8 + random.bounded(12));
                if (what == 2 && y > 0) {
                    b.sectionStart = true;
                    sections << y;
                }
                if (what == 3)
                    b.keepWithNextUntil = y + height + 20;
                blocks << b;
                y += height;
            }
        }
        const QList<qreal> cuts = PageCutter(page, y, 4).cut(blocks);
        QCOMPARE(cuts.first(), 0.0);
        QVERIFY(cuts.last() >= y - PageCutter::kEndSlack);
        for (int i = 1; i < cuts.size(); ++i) {
            QVERIFY2(cuts.at(i) > cuts.at(i - 1), "pages move forward");
            QVERIFY2(cuts.at(i) - cuts.at(i - 1) <= page + 0.001, "a page holds no more than a page");
        }
        // Every line is on exactly one page: none cut through, none on two pages.
        for (const PageBlock &b : std::as_const(blocks)) {
            for (const PageSpan &line : b.lines) {
                int on = 0;
                for (int p = 0; p + 1 < cuts.size(); ++p)
                    on += line.top >= cuts.at(p) - 0.001 && line.bottom <= cuts.at(p + 1) + 0.001;
                QVERIFY2(
                    on == 1,
                    qPrintable(QStringLiteral("line %1–%2 is on %3 pages").arg(line.top).arg(line.bottom).arg(on)));
            }
        }
        for (qreal s : std::as_const(sections))
            QVERIFY2(cuts.contains(s), qPrintable(QStringLiteral("section at %1 does not start a page").arg(s)));
    }

    // Each tolerance, just inside its edge and just outside.
    void aShortParagraphStaysWhole()
    {
        const qreal edge = 100 * PageCutter::kWholeParagraphShare;  // 60
        // 59 high: whole, so the page ends before it.
        QCOMPARE(PageCutter(100, 109).cut({paragraph(0, 50), paragraph(50, 50 + edge - 1)}).at(1), 50.0);
        // 60 high: cut between its lines where the page ends.
        QCOMPARE(PageCutter(100, 110).cut({paragraph(0, 50), paragraph(50, 50 + edge)}).at(1), 100.0);
    }

    void aHeadingIsKeptOnlyHalfAPageDown()
    {
        // A heading followed by something that is not kept itself (a paragraph the layout gave no lines), down to 105:
        // the keep reaches half a page below the heading's top at most.
        const auto cutAfterHeadingAt = [](qreal top) {
            PageBlock after = PageBlock::of(PageBlock::Kind::Paragraph, top + 10, 170);
            return PageCutter(100, 170).cut({paragraph(0, top), heading(top, top + 10, 105), after}).at(1);
        };
        QCOMPARE(100 * PageCutter::kHeadingKeepShare, 50.0);
        QCOMPARE(cutAfterHeadingAt(49.5), 100.0);  // kept to 99.5: the page ends where it would
        QCOMPARE(cutAfterHeadingAt(50.5), 50.5);   // kept to 100.5: the heading starts the next page
    }

    void aShortStackedRowStaysWhole()
    {
        // A row printed as blocks: its heading line (65–70), a cell (70–80) and a long cell ending at the bottom.
        const auto cut = [](qreal bottom) {
            PageBlock row = PageBlock::of(PageBlock::Kind::StackedRow, 65, bottom);
            row.keepWithNextUntil = 80;
            return PageCutter(90, bottom)
                .cut({paragraph(0, 65), paragraph(65, 70), paragraph(70, 80), paragraph(80, bottom), row})
                .at(1);
        };
        QCOMPARE(90 * PageCutter::kStackedRowWholeShare, 30.0);
        QCOMPARE(cut(65 + 29.9), 65.0);  // whole: the page ends before the row
        QCOMPARE(cut(65 + 30.1), 80.0);  // long: it breaks after its heading line and first cell, not between them
    }

    void aShortCalloutStaysWhole()
    {
        const auto cut = [](qreal bottom) {
            return PageCutter(100, bottom)
                .cut({paragraph(0, 70), paragraph(70, 90), paragraph(90, bottom),
                      PageBlock::of(PageBlock::Kind::Callout, 70, bottom)})
                .at(1);
        };
        QCOMPARE(100 * PageCutter::kCalloutWholeShare, 40.0);
        QCOMPARE(cut(70 + 39.9), 70.0);  // whole: the box moves to the next page
        QCOMPARE(cut(70 + 40.1), 90.0);  // long: cut between its paragraphs
    }

    void aSectionAtThePageTopMakesNoEmptyPage()
    {
        // A section starting within a pixel of the page's top is already at the top: no empty page before it.
        QCOMPARE(PageCutter(100, 90).cut({paragraph(0, 0.8), sectionStart(0.8, 50), paragraph(50, 90)}),
                 (QList<qreal>{0, 90}));
        QCOMPARE(PageCutter(100, 90).cut({paragraph(0, 1.2), sectionStart(1.2, 50), paragraph(50, 90)}),
                 (QList<qreal>{0, 1.2, 90}));
    }

    void halfAPixelAtTheEndIsNoPage()
    {
        QList<PageBlock> tens;
        for (int i = 0; i < 10; ++i)
            tens << paragraph(i * 10, i * 10 + 10);
        QCOMPARE(PageCutter(100, 100.4).cut(tens), (QList<qreal>{0, 100}));
        QCOMPARE(PageCutter(100, 100.6).cut(tens), (QList<qreal>{0, 100, 100.6}));
    }

    void spansThatOnlyTouchAreNeighbours()
    {
        const auto cut = [](qreal overlap) {
            return PageCutter(100, 110).cut({paragraph(0, 20), paragraph(20, 60 + overlap), paragraph(60, 110)}).at(1);
        };
        QCOMPARE(cut(PageCutter::kTouchSlack / 2), 60.0);  // touching: the page ends between them
        QCOMPARE(cut(PageCutter::kTouchSlack * 2), 20.0);  // overlapping: kept together
    }

    void aRowStartNearAnotherRowsEdgeIsARowStart()
    {
        // Padding 2: padded neighbours overlap by up to 2 × 2 + 1 = 5. The table is taller than a page, so the page
        // ends at a row start: the one at 95 if it only overlaps the row before within that, else the one at 45.
        const qreal slack = 2 * 2 + PageCutter::kRowEdgeSlack;
        const auto cut = [](qreal previousBottom) {
            const QList<PageBlock> rows{PageBlock::of(PageBlock::Kind::TableRow, -2, 50),
                                        PageBlock::of(PageBlock::Kind::TableRow, 45, previousBottom),
                                        PageBlock::of(PageBlock::Kind::TableRow, 95, 150)};
            return PageCutter(100, 150, 2).cut(rows).at(1);
        };
        QCOMPARE(cut(95 + slack - 0.1), 95.0);
        QCOMPARE(cut(95 + slack + 0.1), 45.0);
    }
};

QTEST_APPLESS_MAIN(TestPageCut)
#include "tst_pagecut.moc"
