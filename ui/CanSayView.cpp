#include "CanSayView.h"

#include "Design.h"
#include "DocumentBuilder.h"
#include "ReadingBrowser.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace als {

namespace {

QGroupBox *panel(ReadingBrowser *browser, const QString &name)
{
    auto *box = new QGroupBox;
    box->setObjectName(name + QStringLiteral("Box"));
    browser->setObjectName(name);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(browser);
    return box;
}

void tint(QWidget *box, const QColor &accent)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, Theme::tint(palette, accent));
    box->setPalette(palette);
    box->setAutoFillBackground(true);
}

} // namespace

CanSayView::CanSayView(const Content &content, QWidget *parent)
    : SectionView(content, QStringLiteral("can-say"), parent)
    , m_intro(new ReadingBrowser)
    , m_can(new ReadingBrowser)
    , m_cannot(new ReadingBrowser)
    , m_study(new ReadingBrowser)
{
    m_intro->setObjectName(QStringLiteral("canSayIntro"));
    m_canBox = panel(m_can, QStringLiteral("canSayPanel"));
    m_cannotBox = panel(m_cannot, QStringLiteral("cannotSayPanel"));
    m_studyBox = panel(m_study, QStringLiteral("studyDetail"));
    // Empty until a link is followed: until then the panels have its room.
    m_studyBox->setVisible(false);
    // The two panels are told apart by their headings, their place and a tint, never by colour alone.
    retint();

    auto *panels = new QSplitter(Qt::Horizontal);
    panels->setChildrenCollapsible(false);
    panels->addWidget(m_canBox);
    panels->addWidget(m_cannotBox);

    m_column = new QSplitter(Qt::Vertical);
    m_column->setChildrenCollapsible(false);
    m_column->addWidget(m_intro);
    m_column->addWidget(panels);
    m_column->addWidget(m_studyBox);
    m_column->setStretchFactor(0, 1);
    m_column->setStretchFactor(1, 4);
    m_column->setStretchFactor(2, 2);
    m_column->setSizes({200, 500, 250});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(makeReadAloudBar());
    layout->addWidget(m_column);
    setFocusProxy(m_intro);  // the first stop of the view, so Tab from the tabs reaches every panel in order

    for (ReadingBrowser *browser : {m_intro, m_can, m_cannot, m_study}) {
        connect(browser, &ReadingBrowser::internalLinkActivated, this, [this, browser](const QUrl &url) {
            if (url.scheme() == DocumentBuilder::sourceLinkScheme())
                showSource(url.path());
            else if (browser == m_study)
                Q_EMIT studyRequested(url.path());
            else
                showStudy(url.path());
        });
    }
    retranslate();
}

QList<ReadAloudParagraph> CanSayView::readAloudParagraphs() const
{
    QList<ReadAloudParagraph> paragraphs;
    for (ReadingBrowser *browser : {m_intro, m_can, m_cannot, m_study}) {
        if (browser == m_study && m_studyBox->isHidden())
            continue;
        paragraphs << ReadAloud::paragraphsOf(browser, ReadAloud::placeOf(browser));
    }
    return paragraphs;
}

void CanSayView::build()
{
    // The Read aloud controls come after the texts in the Tab order, as in every reading view. (Set here, in the
    // window: joining it rearranges the chain.)
    QWidget::setTabOrder(m_study, readAloudBar()->readButton());
    QWidget::setTabOrder(readAloudBar()->readButton(), readAloudBar()->stopButton());
    QWidget::setTabOrder(readAloudBar()->stopButton(), readAloudBar()->speedBox());
    QWidget::setTabOrder(readAloudBar()->speedBox(), readAloudBar()->problemLabel());
    const DocumentBuilder builder(content(), language());
    for (ReadingBrowser *browser : {m_intro, m_can, m_cannot, m_study})
        browser->setMeasureLanguage(language());
    m_intro->rebuild([&](QTextDocument *doc) {
        DocumentBuilder::setMarkdown(doc, content().sectionMarkdown(sectionId(), language()));
        DocumentBuilder::applyReadingLayout(doc);
    });
    // Each panel opens with its message as a real heading, as large as a section's: the core of the guide.
    m_can->rebuild([&](QTextDocument *doc) {
        DocumentBuilder::appendHeading(doc, content().label(QStringLiteral("statementsCan"), language()), 2);
        DocumentBuilder::appendHtml(doc, builder.statementsHtml(Statement::Panel::CanSay));
        DocumentBuilder::applyReadingLayout(doc);
    });
    m_cannot->rebuild([&](QTextDocument *doc) {
        DocumentBuilder::appendHeading(doc, content().label(QStringLiteral("statementsCannot"), language()), 2);
        DocumentBuilder::appendHtml(doc, builder.statementsHtml(Statement::Panel::CannotSay));
        DocumentBuilder::applyReadingLayout(doc);
    });
    const QString shown = m_shownStudy;
    m_shownStudy.clear();
    m_study->clear();
    if (!shown.isEmpty())
        showStudy(shown);
    else
        m_studyBox->setVisible(false);
    retranslate();
    fitIntro();
}

void CanSayView::showDetail()
{
    m_study->setAccessibleDescription(m_study->toPlainText().left(200));
    if (m_studyBox->isHidden()) {
        m_studyBox->setVisible(true);
        fitIntro();
    }
}

void CanSayView::fitIntro()
{
    // The introduction takes the room its text needs (up to a third of the view), the panels the rest.
    const int total = m_column->height();
    if (total <= 0)
        return;
    QTextDocument *doc = m_intro->document();
    const int wanted = int(doc->documentLayout()->documentSize().height()) + 2 * m_intro->frameWidth() + 2;
    const int intro = std::clamp(wanted, std::min(total / 6, wanted), total / 3);
    const int study = !m_studyBox->isHidden() ? total / 3 : 0;  // isVisible() is false on another tab
    m_column->setSizes({intro, total - intro - study, study});
}

void CanSayView::resizeEvent(QResizeEvent *event)
{
    SectionView::resizeEvent(event);
    fitIntro();
}



bool CanSayView::showStudy(const QString &studyId)
{
    ensureBuilt();
    const Study *study = content().study(studyId);
    if (!study)
        return false;
    m_shownStudy = studyId;
    m_study->rebuild([&](QTextDocument *doc) {
        doc->setHtml(DocumentBuilder(content(), language()).studyDetailHtml(*study));
        DocumentBuilder::applyReadingLayout(doc);
    });
    showDetail();
    return true;
}

bool CanSayView::showSource(const QString &sourceId)
{
    ensureBuilt();
    const Source *source = content().source(sourceId);
    if (!source)
        return false;
    m_shownStudy.clear();
    m_study->rebuild([&](QTextDocument *doc) {
        doc->setHtml(DocumentBuilder(content(), language()).sourceDetailHtml(*source));
        DocumentBuilder::applyReadingLayout(doc);
    });
    showDetail();
    return true;
}

bool CanSayView::reveal(const SearchTarget &target)
{
    ensureBuilt();
    const QList<ReadingBrowser *> browsers{m_can, m_cannot, m_intro};
    // The paragraph decides the panel; the words alone may appear in both.
    for (ReadingBrowser *browser : browsers) {
        if (browser->hasBlock(target.blockText) && browser->reveal({target.sectionId, {}, target.blockText, target.needle})) {
            browser->setFocus();
            return true;
        }
    }
    for (ReadingBrowser *browser : browsers) {
        if (browser->reveal({target.sectionId, {}, {}, target.needle})) {
            browser->setFocus();
            return true;
        }
    }
    return false;
}

QString CanSayView::visibleText() const
{
    return m_intro->toPlainText() + QLatin1Char('\n') + m_can->toPlainText() + QLatin1Char('\n')
        + m_cannot->toPlainText() + QLatin1Char('\n') + m_study->toPlainText();
}

void CanSayView::retint()
{
    tint(m_canBox, design::kAccent);
    tint(m_cannotBox, design::kWarningAccent);
}

void CanSayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && !m_retinting) {
        m_retinting = true;
        retint();
        m_retinting = false;
    }
    if (event->type() == QEvent::FontChange)
        fitIntro();
    SectionView::changeEvent(event);
}

void CanSayView::retranslate()
{
    const Language l = language();
    const QString can = content().label(QStringLiteral("statementsCan"), l);
    const QString cannot = content().label(QStringLiteral("statementsCannot"), l);
    m_canBox->setAccessibleName(can);
    m_cannotBox->setAccessibleName(cannot);
    m_studyBox->setTitle(tr("Selected study or source (choose a link above)"));
    m_intro->setAccessibleName(tr("Introduction"));
    m_can->setAccessibleName(can);
    m_cannot->setAccessibleName(cannot);
    m_study->setAccessibleName(tr("Selected study or source"));
    m_study->setPlaceholderText(tr("Choose a study or source link in either panel to see here what it is and "
                                   "what it found."));
}

} // namespace als
