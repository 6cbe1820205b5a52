// The design system, measured rather than eyeballed: the reading size follows the text size from its own 16 px,
// lines hold a comfortable measure at any window width, every table has one style, callouts are tinted boxes in
// both languages, and after any sequence of high-contrast switches every text and link in every open document
// reaches 7:1 against what it is drawn on.

#include "CanSayView.h"
#include "Content.h"
#include "Design.h"
#include "Dialogs.h"
#include "DocumentBuilder.h"
#include "GuideFixture.h"
#include "Handout.h"
#include "InboxWindow.h"
#include "MainWindow.h"
#include "ReadingBrowser.h"
#include "SectionView.h"
#include "Settings.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QFontInfo>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

using namespace als;

namespace {

QList<QTextFrame *> framesOf(QTextFrame *frame)
{
    QList<QTextFrame *> all;
    for (QTextFrame *child : frame->childFrames()) {
        all << child;
        all << framesOf(child);
    }
    return all;
}

QList<QTextTable *> tablesOf(QTextDocument *doc)
{
    QList<QTextTable *> tables;
    for (QTextFrame *f : framesOf(doc->rootFrame())) {
        if (auto *t = qobject_cast<QTextTable *>(f))
            tables << t;
    }
    return tables;
}

QList<QTextFrame *> calloutsOf(QTextDocument *doc, design::Callout kind)
{
    QList<QTextFrame *> callouts;
    for (QTextFrame *f : framesOf(doc->rootFrame())) {
        if (DocumentBuilder::calloutKind(f) == kind)
            callouts << f;
    }
    return callouts;
}

// The pixel size a block's first character is drawn at.
int pixelSizeOf(const QTextBlock &block)
{
    const QFont font = block.begin().fragment().charFormat().font().resolve(block.document()->defaultFont());
    return QFontInfo(font).pixelSize();
}

bool isBodyParagraph(const QTextBlock &b)
{
    QTextCursor at(b);
    return b.blockFormat().headingLevel() == 0 && !b.textList() && !at.currentTable()
        && at.currentFrame() == b.document()->rootFrame() && b.text().size() > 40;
}

} // namespace

class TestDesign : public QObject
{
    Q_OBJECT

private:
    const Content &c = Content::builtIn();
    GuideFixture m_guide;

    ReadingBrowser *browserOf(const QString &section)
    {
        m_guide.window->showSection(section);
        SectionView *view = m_guide.window->view(section);
        if (!view)
            return nullptr;
        if (!QTest::qWaitFor([view] { return view->isVisible(); }, 5000))
            return nullptr;
        return view->findChild<ReadingBrowser *>();
    }

    // What a fragment is drawn on: its cell's shade or its box's tint, else the view's base colour.
    static QColor backgroundOf(const QTextCursor &at, const QPalette &palette)
    {
        if (QTextTable *table = at.currentTable()) {
            const QBrush cell = table->cellAt(at).format().background();
            if (cell.style() != Qt::NoBrush)
                return cell.color();
        }
        for (QTextFrame *f = at.currentFrame(); f; f = f->parentFrame()) {
            if (qobject_cast<QTextTable *>(f))
                continue;
            const QBrush tint = f->frameFormat().background();
            if (tint.style() != Qt::NoBrush)
                return tint.color();
        }
        return palette.color(QPalette::Base);
    }

    // Every text and link colour of every document in every view made so far, against its background.
    QStringList lowContrast()
    {
        QStringList problems;
        int links = 0;
        for (ReadingBrowser *browser : m_guide.window->findChildren<ReadingBrowser *>()) {
            QTextDocument *doc = browser->document();
            const QPalette palette = browser->palette();
            for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
                const QColor background = backgroundOf(QTextCursor(b), palette);
                for (auto it = b.begin(); !it.atEnd(); ++it) {
                    const QTextFragment f = it.fragment();
                    if (f.text().trimmed().isEmpty())
                        continue;
                    const QTextCharFormat chars = f.charFormat();
                    const QColor text = chars.foreground().style() != Qt::NoBrush ? chars.foreground().color()
                                                                                   : palette.color(QPalette::Text);
                    if (chars.isAnchor() && !chars.anchorHref().isEmpty())
                        ++links;
                    const double ratio = Theme::contrastRatio(text, background);
                    if (ratio < design::kMinContrast)
                        problems << QStringLiteral("%1: \"%2\" %3 on %4 is %5:1")
                                        .arg(browser->objectName(), f.text().left(24), text.name(), background.name())
                                        .arg(ratio, 0, 'f', 1);
                }
            }
        }
        if (links < 50)
            problems << QStringLiteral("only %1 links checked").arg(links);
        return problems;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Dialogs::setAutomatic(true);
        (void)baseApplicationFont();
    }

    void init() { QVERIFY(m_guide.start(Language::Japanese, true)); }
    void cleanup()
    {
        m_guide.stop();
        Theme::apply(false);
    }

    void tokensAreConsistent()
    {
        // The rhythm is the 4-px grid at 100 % and grows with the text.
        QCOMPARE(design::space(design::Space::XS), 4.0);
        QCOMPARE(design::space(design::Space::XXL), 32.0);
        QCOMPARE(design::space(design::Space::L, 48), 48.0);
        for (int level = 1; level < 4; ++level)
            QVERIFY(design::headingScale(level) > design::headingScale(level + 1));
        // Every colour set reaches 7:1 for text and links on every background it has.
        const QList<design::Colours> sets{design::Colours::paper(),
                                          design::Colours::forPalette(QApplication::palette(), false),
                                          design::Colours::forPalette(Theme::highContrastPalette(), true)};
        for (const design::Colours &set : sets) {
            for (const QColor &bg : {set.background, set.headerShade, set.keyPointsTint, set.warningTint}) {
                QVERIFY(design::contrastRatio(set.text, bg) >= design::kMinContrast);
                QVERIFY(design::contrastRatio(set.link, bg) >= design::kMinContrast);
            }
        }
        for (bool hc : {false, true}) {
            const QPalette palette = hc ? Theme::highContrastPalette() : QApplication::palette();
            const auto buttons = design::ButtonColours::forPalette(palette, hc);
            QVERIFY(design::contrastRatio(buttons.primaryText, buttons.primary) >= design::kMinContrast);
            QVERIFY(design::contrastRatio(buttons.destructiveText, buttons.destructive) >= design::kMinContrast);
        }
    }

    void bodyTextHasTheGuidesOwnSize()
    {
        ReadingBrowser *browser = browserOf(QStringLiteral("overview"));
        QVERIFY(browser);
        auto sizes = [browser]() {
            int body = 0;
            int title = 0;
            for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
                if (!title && b.blockFormat().headingLevel() == 1)
                    title = pixelSizeOf(b);
                if (!body && isBodyParagraph(b))
                    body = pixelSizeOf(b);
            }
            return std::pair{body, title};
        };
        const auto [body, title] = sizes();
        QVERIFY2(body >= 15 && body <= 17, qPrintable(QString::number(body)));
        QVERIFY(title >= body * 1.5);
        m_guide.window->setTextScale(300);
        QTRY_COMPARE(sizes().first, body * 3);
        QCOMPARE(sizes().second, title * 3);
        m_guide.window->setTextScale(100);
        QTRY_COMPARE(sizes().first, body);
    }

    void readingColumnHoldsAComfortableMeasure_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("least");
        QTest::addColumn<int>("most");
        for (int width : {1280, 1920}) {
            QTest::addRow("ja %d", width) << int(Language::Japanese) << width << 35 << 48;
            QTest::addRow("en %d", width) << int(Language::English) << width << 60 << 80;
        }
    }
    void readingColumnHoldsAComfortableMeasure()
    {
        QFETCH(int, language);
        QFETCH(int, width);
        QFETCH(int, least);
        QFETCH(int, most);
        m_guide.window->setLanguage(Language(language));
        m_guide.window->resize(width, 900);
        ReadingBrowser *browser = browserOf(QStringLiteral("overview"));
        QVERIFY(browser);
        QTRY_VERIFY(browser->viewport()->width() > width / 2);
        // The longest paragraph, as laid out in the view: every full line (all but its last).
        QTextBlock longest;
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (isBodyParagraph(b) && (!longest.isValid() || b.length() > longest.length()))
                longest = b;
        }
        QVERIFY(longest.isValid());
        auto lines = [&]() {
            browser->document()->documentLayout()->blockBoundingRect(longest);
            QList<int> counts;
            QTextLayout *layout = longest.layout();
            for (int i = 0; i + 1 < layout->lineCount(); ++i)
                counts << layout->lineAt(i).textLength();
            return counts;
        };
        QTRY_VERIFY(lines().size() >= 2);
        for (int count : lines())
            QVERIFY2(count >= least && count <= most, qPrintable(QStringLiteral("%1 characters in a line").arg(count)));
        // The column is centred, with room either side.
        const QTextLine first = longest.layout()->lineAt(0);
        const qreal left = longest.layout()->position().x() + first.x();
        const qreal right = browser->viewport()->width() - (left + first.width());
        QVERIFY2(std::abs(left - right) <= 24, qPrintable(QStringLiteral("%1 left, %2 right").arg(left).arg(right)));
        QVERIFY(left >= 48);
    }

    void narrowWindowsUseTheWholeWidth()
    {
        m_guide.window->setTextScale(300);
        m_guide.window->resize(1024, 700);
        for (const QString &id : {QStringLiteral("standard-care"), QStringLiteral("stem-cells")}) {
            ReadingBrowser *browser = browserOf(id);
            QVERIFY(browser);
            QTRY_COMPARE(browser->horizontalScrollBar()->maximum(), 0);
            QTextBlock paragraph;
            for (QTextBlock b = browser->document()->begin(); b.isValid() && !paragraph.isValid(); b = b.next()) {
                if (isBodyParagraph(b))
                    paragraph = b;
            }
            QVERIFY(paragraph.isValid());
            // Almost the whole width: the least margin either side, no more.
            const qreal margin = paragraph.blockFormat().leftMargin();
            QVERIFY2(margin <= 48, qPrintable(QString::number(margin)));
            QVERIFY(margin >= 16);
        }
        m_guide.window->setTextScale(100);
    }

    void tablesHaveOneStyle_data()
    {
        QTest::addColumn<QString>("section");
        QTest::newRow("Markdown table") << QStringLiteral("standard-care");
        QTest::newRow("study tables") << QStringLiteral("stem-cells");
    }
    void tablesHaveOneStyle()
    {
        QFETCH(QString, section);
        for (Language language : allLanguages()) {
            m_guide.window->setLanguage(language);
            ReadingBrowser *browser = browserOf(section);
            QVERIFY(browser);
            const QList<QTextTable *> tables = tablesOf(browser->document());
            QVERIFY(!tables.isEmpty());
            const QColor base = browser->palette().color(QPalette::Base);
            for (QTextTable *table : tables) {
                const QTextTableFormat f = table->format();
                QVERIFY(f.borderCollapse());
                QCOMPARE(f.cellSpacing(), 0.0);
                QVERIFY(f.cellPadding() >= 6);
                QCOMPARE(f.border(), design::kRuleWidthPx);
                // Single light rules: seen, but far lighter than the text.
                const double rule = Theme::contrastRatio(f.borderBrush().color(), base);
                QVERIFY2(rule > 1.2 && rule < 4.5, qPrintable(QString::number(rule)));
                // The heading row is shaded, the body is not.
                QVERIFY(f.headerRowCount() >= 1);
                for (int column = 0; column < table->columns(); ++column) {
                    const QBrush head = table->cellAt(0, column).format().background();
                    QVERIFY(head.style() != Qt::NoBrush && head.color() != base);
                    QCOMPARE(table->cellAt(1, column).format().background().style(), Qt::NoBrush);
                }
            }
        }
    }

    void printUsesTheSameTableStyle()
    {
        HandoutOptions options;
        options.sections = {QStringLiteral("standard-care")};
        Handout handout(c, options);
        QBuffer pdf;
        pdf.open(QIODevice::WriteOnly);
        QPdfWriter writer(&pdf);
        QVERIFY(handout.paint(&writer) > 0);
        const QList<QTextTable *> tables = tablesOf(handout.document());
        QVERIFY(!tables.isEmpty());
        for (QTextTable *table : tables) {
            QVERIFY(table->format().borderCollapse());
            QVERIFY(table->format().cellPadding() >= 6);
            QVERIFY(table->cellAt(0, 0).format().background().style() != Qt::NoBrush);
        }
        QCOMPARE(calloutsOf(handout.document(), design::Callout::KeyPoints).size(), 2);
    }

    void calloutsAreTintedBoxes_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("count");
        const int keyPoints = int(design::Callout::KeyPoints);
        const int warning = int(design::Callout::Warning);
        QTest::newRow("key points, standard care") << QStringLiteral("standard-care") << keyPoints << 2;
        QTest::newRow("key points, conditioned medium") << QStringLiteral("conditioned-medium") << keyPoints << 1;
        QTest::newRow("warnings, conditioned medium") << QStringLiteral("conditioned-medium") << warning << 2;
        QTest::newRow("warnings, stem cells") << QStringLiteral("stem-cells") << warning << 2;
    }
    void calloutsAreTintedBoxes()
    {
        QFETCH(QString, section);
        QFETCH(int, kind);
        QFETCH(int, count);
        QStringList headings[2];
        for (Language language : allLanguages()) {
            m_guide.window->setLanguage(language);
            ReadingBrowser *browser = browserOf(section);
            QVERIFY(browser);
            const QList<QTextFrame *> callouts = calloutsOf(browser->document(), design::Callout(kind));
            QCOMPARE(callouts.size(), count);
            const QColor base = browser->palette().color(QPalette::Base);
            for (QTextFrame *frame : callouts) {
                const QTextFrameFormat f = frame->frameFormat();
                QVERIFY(f.background().style() != Qt::NoBrush && f.background().color() != base);
                QVERIFY(f.padding() >= 12);
                QVERIFY(f.border() >= 1);
                // No marker text is left in the box.
                QTextCursor first(browser->document());
                first.setPosition(frame->firstPosition());
                QVERIFY(!first.block().text().contains(QChar(0xE000)));
                if (first.block().blockFormat().headingLevel() > 0)
                    headings[int(language)] << QString::number(first.block().blockFormat().headingLevel());
                // Drawn: the tint shows inside the box, just within its top-left corner.
                const QRectF box = browser->document()->documentLayout()->frameBoundingRect(frame);
                QScrollBar *bar = browser->verticalScrollBar();
                bar->setValue(int(box.top()) - 20);
                QTRY_COMPARE(bar->value(), std::clamp(int(box.top()) - 20, 0, bar->maximum()));
                const QImage shot = browser->viewport()->grab().toImage();
                // (The bounding rectangle holds the box's margins.)
                const QPoint inside(int(box.left() + f.leftMargin() + f.border() + 3),
                                    int(box.top() + f.topMargin() + f.border() + 3) - bar->value());
                QCOMPARE(shot.pixelColor(inside), f.background().color());
            }
            QVERIFY(!browser->toPlainText().contains(QLatin1String("callout")));
        }
        QCOMPARE(headings[0], headings[1]);
    }

    void highContrastRestylesEveryOpenDocument()
    {
        // Every view opened first, in the standard look; the can-say view shows a study as well.
        for (const SectionInfo &s : c.sections())
            m_guide.window->showSection(s.id);
        auto *canSay = qobject_cast<CanSayView *>(m_guide.window->view(QStringLiteral("can-say")));
        QVERIFY(canSay && canSay->showStudy(QStringLiteral("nurown-phase3-2022")));
        QStringList problems = lowContrast();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        for (bool on : {true, false, true}) {
            m_guide.window->setHighContrast(on);
            QApplication::processEvents();
            problems = lowContrast();
            const QString state = on ? QStringLiteral("on") : QStringLiteral("off");
            QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("high contrast %1:\n").arg(state)
                                                     + problems.mid(0, 5).join(QLatin1Char('\n'))));
        }
        // The links really changed colour: yellow on black now.
        ReadingBrowser *references = browserOf(QStringLiteral("references"));
        bool yellow = false;
        for (QTextBlock b = references->document()->begin(); b.isValid() && !yellow; b = b.next()) {
            for (auto it = b.begin(); !it.atEnd() && !yellow; ++it) {
                const QTextCharFormat chars = it.fragment().charFormat();
                yellow = chars.isAnchor() && chars.foreground().color() == QColor(255, 255, 0);
            }
        }
        QVERIFY(yellow);
    }

    void viewsFirstOpenedInHighContrastComeBack()
    {
        // Views made while high contrast is on, then high contrast off: no black panel or yellow link is left over.
        m_guide.window->setHighContrast(true);
        for (const SectionInfo &s : c.sections())
            m_guide.window->showSection(s.id);
        InboxWindow inbox(c, m_guide.store.get());  // a window made under high contrast, too
        inbox.show();
        m_guide.window->setHighContrast(false);
        QApplication::processEvents();
        for (QWidget *w : inbox.findChildren<QWidget *>()) {
            if (!w->testAttribute(Qt::WA_SetPalette))
                QVERIFY2(!design::isDark(w->palette().color(QPalette::Base)), qPrintable(w->objectName()));
        }
        const QStringList problems = lowContrast();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        for (const char *name : {"canSayPanelBox", "cannotSayPanelBox"}) {
            auto *box = m_guide.window->findChild<QWidget *>(QLatin1String(name));
            QVERIFY(box);
            QVERIFY2(!design::isDark(box->palette().color(QPalette::Window)), name);
        }
    }

    void destructiveAndPrimaryButtonsStandOut()
    {
        InboxWindow inbox(c, m_guide.store.get());
        inbox.show();
        auto *remove = inbox.findChild<QPushButton *>(QStringLiteral("inboxDelete"));
        QVERIFY(remove);
        QCOMPARE(remove->property(Theme::kRoleProperty).toString(), QStringLiteral("destructive"));
        // (Compared in the active colours: it stays greyed out while no request is chosen.)
        const QPalette::ColorGroup active = QPalette::Active;
        const QColor plain = QApplication::palette().color(active, QPalette::Button);
        QVERIFY(remove->palette().color(active, QPalette::Button) != plain);
        QVERIFY(Theme::contrastRatio(remove->palette().color(active, QPalette::ButtonText),
                                     remove->palette().color(active, QPalette::Button))
                >= design::kMinContrast);
        // Buttons marked as primary anywhere in a view take the accent.
        m_guide.window->showSection(QStringLiteral("consultation"));
        for (QPushButton *button : m_guide.window->currentView()->findChildren<QPushButton *>()) {
            if (button->property(Theme::kRoleProperty).toString() == QLatin1String("primary"))
                QCOMPARE(button->palette().color(QPalette::Active, QPalette::Button), design::kAccent);
        }
    }
};

QTEST_MAIN(TestDesign)
#include "tst_design.moc"
