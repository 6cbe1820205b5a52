#include "CanSayView.h"

#include "DocumentBuilder.h"
#include "ReadingBrowser.h"

#include <QEvent>
#include <QGroupBox>
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
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(browser);
    return box;
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
    // The "can't say" panel is set apart by its frame colour as well as by its own heading.
    m_cannotBox->setStyleSheet(QStringLiteral("QGroupBox#cannotSayPanelBox { border: 2px solid #d55e00; "
                                              "margin-top: 1.4em; padding-top: 0.4em; }"
                                              "QGroupBox#cannotSayPanelBox::title { subcontrol-origin: margin; "
                                              "left: 0.6em; }"));
    m_canBox->setStyleSheet(QStringLiteral("QGroupBox#canSayPanelBox { border: 2px solid #0072b2; "
                                           "margin-top: 1.4em; padding-top: 0.4em; }"
                                           "QGroupBox#canSayPanelBox::title { subcontrol-origin: margin; "
                                           "left: 0.6em; }"));

    auto *panels = new QSplitter(Qt::Horizontal);
    panels->setChildrenCollapsible(false);
    panels->addWidget(m_canBox);
    panels->addWidget(m_cannotBox);

    auto *column = new QSplitter(Qt::Vertical);
    column->setChildrenCollapsible(false);
    column->addWidget(m_intro);
    column->addWidget(panels);
    column->addWidget(m_studyBox);
    column->setStretchFactor(0, 1);
    column->setStretchFactor(1, 4);
    column->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(column);
    setFocusProxy(m_can);

    for (ReadingBrowser *browser : {m_intro, m_can, m_cannot, m_study}) {
        connect(browser, &ReadingBrowser::internalLinkActivated, this, [this, browser](const QUrl &url) {
            if (browser == m_study)
                Q_EMIT studyRequested(url.path());
            else
                showStudy(url.path());
        });
    }
    retranslate();
}

void CanSayView::build()
{
    const DocumentBuilder builder(content(), language());
    m_intro->setMarkdown(content().sectionMarkdown(sectionId(), language()));
    m_can->setHtml(builder.statementsHtml(Statement::Panel::CanSay));
    m_cannot->setHtml(builder.statementsHtml(Statement::Panel::CannotSay));
    const QString shown = m_shownStudy;
    m_shownStudy.clear();
    m_study->clear();
    if (!shown.isEmpty())
        showStudy(shown);
    retranslate();
}

bool CanSayView::showStudy(const QString &studyId)
{
    ensureBuilt();
    const Study *study = content().study(studyId);
    if (!study)
        return false;
    m_shownStudy = studyId;
    m_study->setHtml(DocumentBuilder(content(), language()).studyDetailHtml(*study));
    m_study->setAccessibleDescription(m_study->toPlainText().left(200));
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
    return m_intro->toPlainText() + QLatin1Char('\n') + m_canBox->title() + QLatin1Char('\n') + m_can->toPlainText()
        + QLatin1Char('\n') + m_cannotBox->title() + QLatin1Char('\n') + m_cannot->toPlainText() + QLatin1Char('\n')
        + m_study->toPlainText();
}

void CanSayView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SectionView::changeEvent(event);
}

void CanSayView::retranslate()
{
    const Language l = language();
    m_canBox->setTitle(content().label(QStringLiteral("statementsCan"), l));
    m_cannotBox->setTitle(content().label(QStringLiteral("statementsCannot"), l));
    m_studyBox->setTitle(tr("Selected study (choose a study link above)"));
    m_intro->setAccessibleName(tr("Introduction"));
    m_can->setAccessibleName(m_canBox->title());
    m_cannot->setAccessibleName(m_cannotBox->title());
    m_study->setAccessibleName(tr("Selected study"));
}

} // namespace als
