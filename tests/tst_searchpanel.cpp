// The search as a reader sees it: rows tall enough to hit and read, the match marked in each, no row twice, the
// list over the page instead of pushing it down, and a chosen result landing in the upper third of the view.

#include "Dialogs.h"
#include "GuideFixture.h"
#include "SearchPanel.h"
#include "SectionView.h"

#include <QApplication>
#include <QImage>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <algorithm>

using namespace als;

class TestSearchPanel : public QObject
{
    Q_OBJECT

private:
    GuideFixture m_guide;

    SearchPanel *panel() const { return m_guide.window->searchPanel(); }
    QListWidget *results() const { return panel()->results(); }

    void type(const QString &query)
    {
        QLineEdit *field = panel()->field();
        panel()->focusField();
        QTRY_VERIFY(field->hasFocus());
        field->clear();
        if (std::all_of(query.begin(), query.end(), [](QChar c) { return c.unicode() < 0x80; })) {
            QTest::keyClicks(field, query);
        } else {
            // Japanese arrives through the input method, committed a word at a time.
            QInputMethodEvent commit;
            commit.setCommitString(query);
            QApplication::sendEvent(field, &commit);
        }
        QTRY_VERIFY(results()->isVisible());
        QVERIFY(results()->count() > 0);
        // The list lays out the rows on screen first and the rest soon after.
        QTRY_VERIFY(results()->visualItemRect(results()->item(results()->count() - 1)).height() > 0);
    }

    QImage grabRow(int row) const
    {
        return results()->viewport()->grab(results()->visualItemRect(results()->item(row))).toImage();
    }

private Q_SLOTS:
    void initTestCase() { Dialogs::setAutomatic(true); }
    void init() { QVERIFY(m_guide.start(Language::English, true)); }
    void cleanup() { m_guide.stop(); }

    void rowsAreTallEnoughAndGrowWithTheText()
    {
        type(QStringLiteral("tofersen"));
        int smallest = INT_MAX;
        for (int i = 0; i < results()->count(); ++i) {
            const int height = results()->visualItemRect(results()->item(i)).height();
            QVERIFY2(height >= 44, qPrintable(QString::number(height)));
            smallest = std::min(smallest, height);
        }
        // Two lines: the place, then the snippet.
        QVERIFY(smallest >= 2 * results()->fontMetrics().lineSpacing());

        const qreal size = results()->font().pointSizeF();
        m_guide.window->setTextScale(300);
        QTRY_VERIFY(results()->font().pointSizeF() > 2.5 * size);
        type(QStringLiteral("tofersen"));
        const int large = results()->visualItemRect(results()->item(0)).height();
        QVERIFY2(large >= 2 * smallest,
                 qPrintable(QStringLiteral("%1 at 300 %, %2 at 100 %").arg(large).arg(smallest)));
        QCOMPARE(results()->parentWidget(), static_cast<QWidget *>(m_guide.window.get()));
        QVERIFY(results()->geometry().bottom() < m_guide.window->height());
    }

    void theMatchIsMarkedInEachRow()
    {
        type(QStringLiteral("tofersen"));
        for (int i = 0; i < results()->count(); ++i) {
            const SearchHit &hit = panel()->hits().at(i);
            const QString html = results()->item(i)->data(SearchPanel::RowHtmlRole).toString();
            const QString marked = QStringLiteral("<b><u>%1</u></b>").arg(hit.target.needle.toHtmlEscaped());
            QVERIFY2(html.contains(marked), qPrintable(html));
            QCOMPARE(results()->item(i)->data(Qt::AccessibleTextRole).toString(),
                     SearchPanel::placeText(hit) + QStringLiteral(": ") + hit.snippet);
        }
        // And it is drawn: the same row without the mark looks different.
        const QImage marked = grabRow(3);
        SearchHit plain = panel()->hits().at(3);
        plain.snippetMatchLength = 0;
        results()->item(3)->setData(SearchPanel::RowHtmlRole, SearchPanel::rowHtml(plain));
        QVERIFY(grabRow(3) != marked);
    }

    void noTwoRowsOpenTheSamePlace()
    {
        // The review found two "Standard care — Tofersen" rows opening one table cell.
        type(QStringLiteral("tofersen"));
        QSet<QString> rows;
        QSet<QString> targets;
        for (int i = 0; i < results()->count(); ++i) {
            const QString row = results()->item(i)->text();
            QVERIFY2(!rows.contains(row), qPrintable(QStringLiteral("twice: ") + row));
            rows.insert(row);
            const SearchTarget &t = panel()->hits().at(i).target;
            const QString target = t.sectionId + QLatin1Char('|') + t.anchor + QLatin1Char('|') + t.blockText
                + QLatin1Char('|') + t.needle + QLatin1Char('|') + QString::number(t.occurrence);
            QVERIFY(!targets.contains(target));
            targets.insert(target);
        }
        // "Tofersen" is a table cell and, further on, a heading under the same heading: the one row opens the
        // heading.
        const QList<SearchHit> &hits = panel()->hits();
        const auto heading = std::find_if(hits.begin(), hits.end(), [](const SearchHit &h) {
            return h.target.sectionId == QLatin1String("standard-care")
                && h.target.blockText == QLatin1String("Tofersen");
        });
        QVERIFY(heading != hits.end());
        results()->setFocus();
        results()->setCurrentRow(int(heading - hits.begin()));
        QTest::keyClick(results(), Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<QTextBrowser *>(QApplication::focusWidget()));
        const QTextCursor landed = qobject_cast<QTextBrowser *>(QApplication::focusWidget())->textCursor();
        QCOMPARE(landed.selectedText(), QStringLiteral("Tofersen"));
        QVERIFY(landed.block().blockFormat().headingLevel() > 0);
    }

    void theListLiesOverThePage()
    {
        QTabWidget *tabs = m_guide.window->tabs();
        const QRect before(tabs->mapTo(m_guide.window.get(), QPoint(0, 0)), tabs->size());
        type(QStringLiteral("placebo"));
        const QRect after(tabs->mapTo(m_guide.window.get(), QPoint(0, 0)), tabs->size());
        QCOMPARE(after, before);
        const QRect list(results()->mapTo(m_guide.window.get(), QPoint(0, 0)), results()->size());
        const QRect field(panel()->field()->mapTo(m_guide.window.get(), QPoint(0, 0)), panel()->field()->size());
        QVERIFY(list.top() > field.bottom());
        QVERIFY(list.intersects(before));

        // Leaving the field closes it; coming back opens it again.
        m_guide.window->currentView()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(!results()->isVisible());
        panel()->field()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(results()->isVisible());
        QTest::keyClick(panel()->field(), Qt::Key_Down);
        QTRY_VERIFY(results()->hasFocus());
        QVERIFY(results()->isVisible());
    }

    void aChosenResultLandsInTheUpperThird_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("query");
        QTest::newRow("en") << int(Language::English) << QStringLiteral("lumbar puncture");
        QTest::newRow("ja") << int(Language::Japanese) << QStringLiteral("腰椎穿刺");
        QTest::newRow("ja, English name") << int(Language::Japanese) << QStringLiteral("tofersen");
    }
    void aChosenResultLandsInTheUpperThird()
    {
        QFETCH(int, language);
        QFETCH(QString, query);
        m_guide.window->setLanguage(Language(language));
        type(query);
        // The first hit in a paragraph well inside a long page: it can scroll to the upper third.
        int row = -1;
        for (int i = 0; i < panel()->hits().size() && row < 0; ++i) {
            if (panel()->hits().at(i).target.sectionId == QLatin1String("standard-care")
                && panel()->hits().at(i).target.blockText.size() > 40)
                row = i;
        }
        QVERIFY(row >= 0);
        const SearchHit hit = panel()->hits().at(row);
        results()->setFocus();
        results()->setCurrentRow(row);
        QTest::keyClick(results(), Qt::Key_Return);
        QTRY_VERIFY(qobject_cast<QTextBrowser *>(QApplication::focusWidget()));
        auto *browser = qobject_cast<QTextBrowser *>(QApplication::focusWidget());
        QCOMPARE(browser->textCursor().selectedText(), hit.target.needle);
        QVERIFY(!results()->isVisible());
        const int viewport = browser->viewport()->height();
        const int top = browser->cursorRect(browser->textCursor()).top();
        QVERIFY2(top >= 0 && top < viewport / 3, qPrintable(QStringLiteral("line at %1 of %2").arg(top).arg(viewport)));
        QScrollBar *bar = browser->verticalScrollBar();
        QVERIFY(bar->value() > 0 && bar->value() < bar->maximum());
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
