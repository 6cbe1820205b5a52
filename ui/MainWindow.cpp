#include "MainWindow.h"

#include "ClinicProfileDialog.h"
#include "Clock.h"
#include "ConsultationView.h"
#include "ContentsPanel.h"
#include "DeskMode.h"
#include "Dialogs.h"
#include "DocumentBuilder.h"
#include "FocusRing.h"
#include "HandoutDialog.h"
#include "InboxWindow.h"
#include "ReadAloud.h"
#include "ReadingBrowser.h"
#include "RequestStore.h"
#include "ScalingStyle.h"
#include "SearchPanel.h"
#include "Settings.h"
#include "StaffGate.h"
#include "StartScreen.h"
#include "StorageWorker.h"
#include "Theme.h"
#include "Translations.h"
#include "Views.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <functional>

namespace als {

namespace {

// Main navigation: every tab at least 44 px high, however small the text (WCAG 2.5.8, and for hands with ALS).
class TallTabBar final : public QTabBar
{
public:
    using QTabBar::QTabBar;

protected:
    QSize tabSizeHint(int index) const override
    {
        QSize size = QTabBar::tabSizeHint(index);
        size.setHeight(std::max(size.height(), 44));
        // The button at the end of the row (Ask us) gets no more height than the tabs: give it all it needs.
        if (const auto *tabs = qobject_cast<const QTabWidget *>(parentWidget())) {
            if (const QWidget *corner = tabs->cornerWidget(Qt::TopRightCorner); corner && !corner->isHidden())
                size.setHeight(std::max(size.height(), corner->sizeHint().height() + 4));
        }
        size.setWidth(std::max(size.width() + 4, 44));
        return size;
    }

    // Qt paints the current tab last, even a hidden one (the consultation's, whose button stands apart): with no
    // place and no text it leaves no trace.
    void initStyleOption(QStyleOptionTab *option, int index) const override
    {
        QTabBar::initStyleOption(option, index);
        if (!isTabVisible(index)) {
            option->rect = QRect();
            option->text.clear();
        }
    }
};

class SectionTabs final : public QTabWidget
{
public:
    SectionTabs() { setTabBar(new TallTabBar); }
};

// The contents beside the views: until the reader moves the edge between them, it is placed again at each resize.
class ContentsSplitter final : public QSplitter
{
public:
    using QSplitter::QSplitter;
    std::function<void()> resized;

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QSplitter::resizeEvent(event);
        if (resized)
            resized();
    }
};

// A button that asks for at least 44 × 44 px (the size layouts and the tab row give it), at any text size.
class TallButton final : public QPushButton
{
public:
    using QPushButton::QPushButton;

    QSize sizeHint() const override { return QPushButton::sizeHint().expandedTo(QSize(44, 44)); }
};

// Caret browsing starts where the eyes are: when the caret has been left out of sight (the reader scrolled with the
// mouse, or the guide reopened further down), the first arrow key or a focus from the keyboard puts it on the
// first line in view instead of jumping back to where it was.
class CaretFollowsReading final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *browser = qobject_cast<QTextBrowser *>(watched);
        if (!browser)
            return false;
        bool move = false;
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            move = key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown;
        } else if (event->type() == QEvent::FocusIn) {
            const Qt::FocusReason reason = static_cast<QFocusEvent *>(event)->reason();
            move = reason != Qt::MouseFocusReason && reason != Qt::PopupFocusReason
                && reason != Qt::ActiveWindowFocusReason;
        }
        const bool caretInSight = browser->viewport()->rect().intersects(browser->cursorRect());
        if (move && !caretInSight && !browser->textCursor().hasSelection()) {
            QTextCursor cursor = browser->cursorForPosition(QPoint(0, 1));
            cursor.movePosition(QTextCursor::StartOfLine);
            browser->setTextCursor(cursor);
        }
        return false;
    }
};

} // namespace

QFont baseApplicationFont()
{
    static const QFont base = QApplication::font();
    return base;
}

QList<int> MainWindow::textScaleSteps()
{
    return {100, 125, 150, 175, 200, 250, 300};
}

MainWindow::MainWindow(const Content &content, Settings &settings, Translations &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_content(content)
    , m_settings(settings)
    , m_translations(translations)
    , m_language(translations.current())
    , m_baseFont(baseApplicationFont())
{
    QLocale::setDefault(localeFor(m_language));
    setObjectName(QStringLiteral("mainWindow"));
    m_caret = new CaretFollowsReading(this);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Above the search and every view, the consultation form included; text only, so never a stop in the Tab chain.
    m_overdueNotice = new QLabel;
    m_overdueNotice->setObjectName(QStringLiteral("overdueNotice"));
    m_overdueNotice->setTextFormat(Qt::PlainText);
    m_overdueNotice->setWordWrap(true);
    m_overdueNotice->setFocusPolicy(Qt::NoFocus);
    m_overdueNotice->setFrameStyle(QFrame::Box | QFrame::Plain);
    m_overdueNotice->setLineWidth(2);
    m_overdueNotice->setMargin(8);
    m_overdueNotice->setAutoFillBackground(true);
    // Bold only: the size still comes from the application font, so it grows with the text scale.
    QFont bold;
    bold.setBold(true);
    m_overdueNotice->setFont(bold);
    m_overdueNotice->setVisible(false);
    colourOverdueNotice();
    m_linkAddress = new QLabel;
    m_linkAddress->setObjectName(QStringLiteral("linkAddress"));
    m_linkAddress->setTextFormat(Qt::PlainText);
    m_linkAddress->setWordWrap(true);
    m_linkAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linkAddress->setFocusPolicy(Qt::NoFocus);
    m_linkAddress->setFrameStyle(QFrame::Box | QFrame::Plain);
    m_linkAddress->setMargin(8);
    m_linkAddress->setVisible(false);
    m_reviewCheck = new QTimer(this);
    m_reviewCheck->setObjectName(QStringLiteral("reviewCheck"));
    m_reviewCheck->setSingleShot(true);
    m_reviewCheck->setTimerType(Qt::PreciseTimer);  // a coarse timer may fire more than an hour early over a day
    connect(m_reviewCheck, &QTimer::timeout, this, &MainWindow::updateOverdueNotice);

    m_search = new SearchPanel(content);
    m_tabs = new SectionTabs;
    m_tabs->setObjectName(QStringLiteral("sectionTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setExpanding(false);
    m_tabs->setUsesScrollButtons(true);
    for (const SectionInfo &section : content.sections()) {
        auto *page = new QWidget;
        page->setObjectName(section.id + QStringLiteral("Page"));
        auto *pageLayout = new QVBoxLayout(page);
        pageLayout->setContentsMargins(0, 0, 0, 0);
        m_ids << section.id;
        m_pages << page;
        m_views << nullptr;
        m_tabs->addTab(page, section.title.in(m_language));
    }
    // The consultation form is not a reading view: its page stays in the tabs (Ctrl+6 and Ctrl+Tab reach it), but
    // instead of a tab among the others it has a button of its own at the end of their row.
    m_askButton = new TallButton;
    m_askButton->setObjectName(QStringLiteral("askUsButton"));
    m_askButton->setCheckable(true);
    m_askButton->setAutoDefault(false);
    m_askButton->setMinimumSize(44, 44);
    m_askButton->setFont(bold);
    // The one accent among the controls: the way to a person, apart from the reading.
    m_askButton->setProperty(Theme::kRoleProperty, QStringLiteral("primary"));
    if (const int ask = int(m_ids.indexOf(QStringLiteral("consultation"))); ask >= 0) {
        m_tabs->setTabVisible(ask, false);
        m_tabs->setCornerWidget(m_askButton, Qt::TopRightCorner);
        connect(m_askButton, &QPushButton::clicked, this, [this] {
            showSection(QStringLiteral("consultation"));
            updateViewButtons();
        });
    } else {
        m_askButton->setVisible(false);
    }

    m_contents = new ContentsPanel(content, [this](const QString &id, Language language) {
        // The form's notice is a label, with no places in it to go to.
        if (id == QLatin1String("consultation"))
            return QList<ContentsHeading>();
        // The same document the view shows, so that the list and the text count the same headings: the view's own
        // where it is built already, else one built the same way.
        const int index = int(m_ids.indexOf(id));
        auto *shown = qobject_cast<DocumentView *>(index >= 0 && index < m_views.size() ? m_views.at(index) : nullptr);
        if (shown && shown->isBuilt() && shown->language() == language)
            return ContentsPanel::headingsOf(shown->browser()->document());
        QTextDocument doc;
        DocumentBuilder(m_content, language).buildSection(&doc, id);
        return ContentsPanel::headingsOf(&doc);
    });
    m_contents->setLanguage(m_language);
    connect(m_contents, &ContentsPanel::placeChosen, this, &MainWindow::goToPlace);
    auto *splitter = new ContentsSplitter(Qt::Horizontal);
    splitter->resized = [this] {
        if (!m_contentsWidthChosen)
            fitContentsWidth();
    };
    m_splitter = splitter;
    m_splitter->setObjectName(QStringLiteral("contentsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_contents);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    // Text size and language as buttons in sight, not only in the menus; every one a target of at least 44 px.
    auto *controls = new QWidget;
    controls->setObjectName(QStringLiteral("viewControls"));
    auto *controlsLayout = new QHBoxLayout(controls);
    controlsLayout->setContentsMargins(6, 4, 6, 0);
    auto button = [controlsLayout](const char *name, bool checkable) {
        auto *b = new TallButton;
        b->setObjectName(QLatin1String(name));
        b->setCheckable(checkable);
        b->setAutoDefault(false);
        b->setMinimumSize(44, 44);
        controlsLayout->addWidget(b);
        return b;
    };
    // At the desk, the visitor's way back to the start screen, first in the row where it is found at once.
    m_startOverButton = button("startOverButton", false);
    m_startOverButton->setVisible(false);
    m_contentsButton = button("contentsButton", true);
    controlsLayout->addStretch(1);
    m_smallerButton = button("smallerTextButton", false);
    m_largerButton = button("largerTextButton", false);
    controlsLayout->addSpacing(12);
    // Each language named in itself, like the menu's, so that a reader who cannot read the other one finds theirs.
    m_japaneseButton = button("japaneseButton", true);
    m_englishButton = button("englishButton", true);
    m_japaneseButton->setText(QStringLiteral("日本語"));
    m_englishButton->setText(QStringLiteral("English"));
    m_japaneseButton->setAccessibleName(QStringLiteral("日本語"));
    m_englishButton->setAccessibleName(QStringLiteral("English"));

    layout->addWidget(m_overdueNotice);
    layout->addWidget(m_linkAddress);
    layout->addWidget(controls);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    m_guidePage = central;
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("guideOrStart"));
    m_stack->addWidget(m_guidePage);
    setCentralWidget(m_stack);

    connect(m_search, &SearchPanel::hitChosen, this, &MainWindow::revealHit);
    connect(m_startOverButton, &QPushButton::clicked, this, &MainWindow::startOver);
    connect(&m_settings, &Settings::clinicProfileChanged, this, &MainWindow::applyClinicProfile);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Remember where the reader was in the view they leave, and which view they are in now (never at a desk:
        // one visitor's place in the guide is not the next one's business).
        if (m_shownView && !isDeskMode())
            m_settings.setReadingPosition(m_shownView->sectionId(), m_shownView->readingPosition());
        m_shownView = ensureView(index);
        if (m_shownView && !isDeskMode())
            m_settings.setLastView(m_shownView->sectionId());
        updateTitle();
        updateViewButtons();
        followReading(m_shownView);
        // A view chosen with the mouse or through the accessibility interface takes the keyboard with it, so that a
        // screen reader says where the reader now is. Arrow keys on the tabs keep it there, to go on choosing.
        if (m_focusOnSwitch) {
            QWidget *focus = QApplication::focusWidget();
            const bool onTabs = focus && (focus == m_tabs->tabBar() || m_tabs->tabBar()->isAncestorOf(focus));
            const bool inView = focus && index >= 0 && m_pages.at(index)->isAncestorOf(focus);
            if (!onTabs && !inView)
                focusCurrentView();
        }
    });

    m_gate = new StaffGate(this);
    createActions();
    new FocusRing(this);
    // Read aloud (ReadAloud): one reader for the window, its voice made on first use; a button at the top of each
    // reading view, and Ctrl+Shift+R (View menu) for the view shown. It stops when the view changes (here), the
    // language changes (setLanguage) and the desk clears (clearVisitor).
    auto *readAloud = new ReadAloud(&m_settings, this);
    m_viewMenu->addAction(readAloud->createAction(this, [this] { return currentView(); }));
    connect(m_tabs, &QTabWidget::currentChanged, readAloud, &ReadAloud::stop);
    connect(m_stack, &QStackedWidget::currentChanged, readAloud, &ReadAloud::stop);
    m_search->setLanguage(m_language);
    setTextScale(settings.textScale());
    // The standard look needs nothing done: re-applying it would re-polish every widget before the first paint.
    if (settings.highContrast().value_or(Theme::systemPrefersHighContrast()) != Theme::isHighContrast())
        setHighContrast(!Theme::isHighContrast());
    m_highContrast->setChecked(Theme::isHighContrast());
    // The guide reopens where the reader left it: the same view, scrolled to the same place (each view takes its
    // position from the settings when it is made).
    if (const QString last = settings.lastView(); m_ids.contains(last))
        showSection(last);
    m_shownView = currentView();
    followReading(m_shownView);
    if (!restoreGeometry(settings.windowGeometry())) {
        const QRect available = screen()->availableGeometry();
        resize(firstWindowSize(available.size()));
        move(available.center() - rect().center());
    }
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_contentsWidthChosen = true; });
    connect(m_contentsButton, &QPushButton::clicked, this, [this](bool on) { setContentsShown(on); });
    connect(m_smallerButton, &QPushButton::clicked, m_smaller, &QAction::trigger);
    connect(m_largerButton, &QPushButton::clicked, m_larger, &QAction::trigger);
    connect(m_japaneseButton, &QPushButton::clicked, this, [this] {
        m_japanese->trigger();
        updateViewButtons();
    });
    connect(m_englishButton, &QPushButton::clicked, this, [this] {
        m_english->trigger();
        updateViewButtons();
    });
    m_contentsWanted = settings.contentsShown();
    applyContentsVisibility();
    Theme::applyButtonRoles(m_askButton->parentWidget());
    retranslate();
}

QSize MainWindow::firstWindowSize(const QSize &available)
{
    // resize() sets the inside of the window: leave room for the frame and the title bar the desktop adds.
    const QSize frame(24, 60);
    return QSize(1100, 800).boundedTo(available - frame).expandedTo(QSize(320, 240));
}

MainWindow::~MainWindow() = default;

SectionView *MainWindow::ensureView(int index)
{
    if (index < 0 || index >= m_views.size())
        return nullptr;
    if (SectionView *existing = m_views.at(index))
        return existing;
    SectionView *view = createSectionView(m_content, m_ids.at(index));
    if (!view)
        return nullptr;
    m_views[index] = view;
    view->setLanguage(m_language);
    view->setReadingPosition(m_settings.readingPosition(view->sectionId()));
    connect(view, &SectionView::studyRequested, this, &MainWindow::showStudy);
    if (auto *consultation = qobject_cast<ConsultationView *>(view)) {
        consultation->setStorage(m_storage.get());
        consultation->setDeskMode(isDeskMode());
        consultation->setClinicProfile(m_settings.clinicProfile());
        // At the desk: the search and the clipboard go with the request; "Done" clears everything.
        connect(consultation, &ConsultationView::submitted, this, [this] {
            if (isDeskMode())
                clearSharedTraces();
        });
        connect(consultation, &ConsultationView::finished, this, [this] {
            if (isDeskMode())
                clearVisitor();
        });
    }
    m_pages.at(index)->layout()->addWidget(view);
    for (ReadingBrowser *browser : view->findChildren<ReadingBrowser *>()) {
        browser->installEventFilter(m_caret);
        connect(browser, &ReadingBrowser::externalLinkWithheld, this, &MainWindow::showLinkAddress);
    }
    return view;
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_handout = m_fileMenu->addAction(QString(), this, [this] { openHandoutDialog(); });
    m_handout->setObjectName(QStringLiteral("printHandout"));
    m_handout->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setObjectName(QStringLiteral("quit"));
    // Spelt out: QKeySequence::Quit is empty where the platform follows Windows' key scheme.
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_larger = m_viewMenu->addAction(QString(), this, [this] { stepTextScale(+1); });
    m_larger->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = m_viewMenu->addAction(QString(), this, [this] { stepTextScale(-1); });
    m_smaller->setShortcuts(QKeySequence::ZoomOut);
    m_normalSize = m_viewMenu->addAction(QString(), this, [this] { setTextScale(100); });
    m_normalSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_highContrast = m_viewMenu->addAction(QString(), this, [this](bool on) { setHighContrast(on); });
    m_highContrast->setObjectName(QStringLiteral("highContrast"));
    m_highContrast->setCheckable(true);
    m_highContrast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_showContents = m_viewMenu->addAction(QString(), this, [this](bool on) { setContentsShown(on); });
    m_showContents->setObjectName(QStringLiteral("showContents"));
    m_showContents->setCheckable(true);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Each language is named in itself, so a reader who cannot read the current one still finds their own.
    m_japanese = m_languageMenu->addAction(QStringLiteral("日本語 (&J)"));
    m_english = m_languageMenu->addAction(QStringLiteral("&English"));
    for (QAction *a : {m_japanese, m_english}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    m_japanese->setObjectName(QStringLiteral("languageJapanese"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    connect(m_japanese, &QAction::triggered, this, [this] { setLanguage(Language::Japanese); });
    connect(m_english, &QAction::triggered, this, [this] { setLanguage(Language::English); });

    m_goMenu = menuBar()->addMenu(QString());
    m_find = m_goMenu->addAction(QString(), this, [this] {
        showGuide();
        m_search->focusField();
    });
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_goContents = m_goMenu->addAction(QString(), this, &MainWindow::focusContents);
    m_goContents->setObjectName(QStringLiteral("goToContents"));
    m_goContents->setShortcut(QKeySequence(Qt::Key_F6));
    m_goMenu->addSeparator();
    m_next = m_goMenu->addAction(QString(), this, [this] { stepSection(+1); });
    m_next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::CTRL | Qt::Key_Tab)});
    m_previous = m_goMenu->addAction(QString(), this, [this] { stepSection(-1); });
    m_previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)});
    m_goMenu->addSeparator();
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString id = m_ids.at(i);
        QAction *action = m_goMenu->addAction(QString(), this, [this, id] { showSection(id); });
        action->setObjectName(QStringLiteral("goTo-") + id);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_sectionActions.append(action);
    }

    m_staffMenu = menuBar()->addMenu(QString());
    m_inbox = m_staffMenu->addAction(QString(), this, [this] { openInbox(); });
    m_inbox->setObjectName(QStringLiteral("openInbox"));
    m_inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_clinicProfile = m_staffMenu->addAction(QString(), this, [this] {
        if (m_gate->authorize(this))
            editClinicProfile();
    });
    m_clinicProfile->setObjectName(QStringLiteral("clinicProfile"));
    // Set before a desk starts, so that the first visitor already has the desk's own period.
    m_idleTime = m_staffMenu->addAction(QString(), this, [this] {
        if (m_gate->authorize(this))
            askIdleTime();
    });
    m_idleTime->setObjectName(QStringLiteral("idleTime"));
    m_staff = new QAction(this);
    m_staff->setObjectName(QStringLiteral("deskStaff"));
    m_staff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_staff->setVisible(false);
    connect(m_staff, &QAction::triggered, this, [this] { openStaffPanel(); });
    addAction(m_staff);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] { showSection(QStringLiteral("about")); });
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setObjectName(QStringLiteral("aboutQt"));
    m_aboutQt->setMenuRole(QAction::AboutQtRole);

    // The desk hides the menu bar, and with it its actions' shortcuts: on the window itself they keep working
    // (text size, contrast, search, the sections; what is hidden or disabled at the desk stays so).
    for (QMenu *menu : {m_fileMenu, m_viewMenu, m_languageMenu, m_goMenu, m_staffMenu, m_helpMenu}) {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (!action->isSeparator() && !action->menu())
                addAction(action);
        }
    }
}

void MainWindow::retranslate()
{
    menuBar()->setAccessibleName(tr("Menu"));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_handout->setText(tr("&Print or save a handout…"));
    m_viewMenu->setTitle(tr("&View"));
    m_larger->setText(tr("&Larger text"));
    m_smaller->setText(tr("&Smaller text"));
    m_normalSize->setText(tr("&Normal text size"));
    m_highContrast->setText(tr("&High contrast"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_find->setText(tr("&Search the guide"));
    m_showContents->setText(tr("&Contents"));
    m_goContents->setText(tr("Go to the &contents"));
    m_contentsButton->setText(tr("Contents"));
    m_contentsButton->setAccessibleName(tr("Contents"));
    m_contentsButton->setToolTip(tr("Show or hide the contents (F6 goes there)"));
    m_smallerButton->setText(tr("A− Smaller"));
    m_smallerButton->setAccessibleName(tr("Smaller text"));
    m_smallerButton->setToolTip(tr("Smaller text (Ctrl+-)"));
    m_largerButton->setText(tr("A+ Larger"));
    m_largerButton->setAccessibleName(tr("Larger text"));
    m_largerButton->setToolTip(tr("Larger text (Ctrl++)"));
    m_japaneseButton->setToolTip(tr("Show the guide in Japanese"));
    m_englishButton->setToolTip(tr("Show the guide in English"));
    if (const int ask = int(m_ids.indexOf(QStringLiteral("consultation"))); ask >= 0) {
        const QString title = sectionTitle(m_ids.at(ask));
        m_askButton->setText(title);
        m_askButton->setAccessibleName(title);
        m_askButton->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(ask + 1));
    }
    m_next->setText(tr("&Next section"));
    m_previous->setText(tr("&Previous section"));
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString title = sectionTitle(m_ids.at(i));
        m_pages.at(i)->setAccessibleName(title);
        m_sectionActions.at(i)->setText(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(title) : title);
        m_tabs->setTabText(i, title);
        m_contents->setSectionTitle(m_ids.at(i), title);
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
    }
    m_staffMenu->setTitle(tr("S&taff"));
    m_inbox->setText(tr("Open the &inbox…"));
    m_clinicProfile->setText(tr("&Clinic profile…"));
    m_idleTime->setText(tr("&Time before the desk clears…"));
    m_staff->setText(tr("Staff…"));
    m_startOverButton->setText(tr("Start over"));
    m_startOverButton->setAccessibleName(tr("Start over"));
    m_startOverButton->setToolTip(tr("Back to the first screen. Anything typed in the form is cleared."));
    m_startOverButton->setAccessibleDescription(m_startOverButton->toolTip());
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About this guide"));
    m_aboutQt->setText(tr("About &Qt"));
    m_tabs->setAccessibleName(tr("Sections of the guide"));
    m_tabs->tabBar()->setAccessibleName(tr("Sections of the guide"));
    m_japanese->setChecked(m_language == Language::Japanese);
    m_english->setChecked(m_language == Language::English);
    if (m_start)
        m_start->setLanguage(m_language);
    updateViewButtons();
    updateTitle();
    updateOverdueNotice();
}

void MainWindow::updateOverdueNotice()
{
    const bool overdue = m_content.isOverdue(Clock::today());
    if (overdue) {
        const QString notice = m_content.overdueNotice(m_language);
        m_overdueNotice->setText(notice);
        m_overdueNotice->setAccessibleName(notice);
        m_overdueNotice->setAccessibleDescription(
            QStringLiteral("%1: %2\n%3: %4")
                .arg(m_content.label(QStringLiteral("reviewed"), m_language),
                     Content::formatDate(m_content.reviewed(), m_language),
                     m_content.label(QStringLiteral("nextReview"), m_language),
                     Content::formatDate(m_content.nextReview(), m_language)));
    }
    m_overdueNotice->setVisible(overdue);
    // Asked again just after the next midnight, so that a guide left open (at a desk, for weeks) says so that day.
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight = now.date().addDays(1).startOfDay();  // valid where the clocks change at midnight
    m_reviewCheck->start(std::chrono::milliseconds(std::max<qint64>(now.msecsTo(midnight), 0) + 1000));
}

void MainWindow::colourOverdueNotice()
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, Theme::warningBackground(palette));
    palette.setColor(QPalette::WindowText, Theme::warningText(palette));
    m_overdueNotice->setPalette(palette);
}

void MainWindow::updateTitle()
{
    const SectionView *view = currentView();
    const QString app = tr("ALS Evidence Guide");
    setWindowTitle(view ? QStringLiteral("%1 — %2").arg(sectionTitle(view->sectionId()), app) : app);
}

QString MainWindow::sectionTitle(const QString &sectionId) const
{
    // Without a clinic, nobody receives what the form keeps: it is the reader's own list, and its name says so.
    if (sectionId == QLatin1String("consultation") && !isDeskMode() && !m_settings.clinicProfile().isSet())
        return tr("My questions for the doctor");
    return m_content.sectionTitle(sectionId, m_language);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    // The notice's own palette does not follow the application's: set it again for the new theme.
    const bool paletteChange =
        event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange;
    if (paletteChange && m_overdueNotice) {
        colourOverdueNotice();
        Theme::applyButtonRoles(m_askButton->parentWidget());
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::setHighContrast(bool on)
{
    Theme::apply(on);
    colourOverdueNotice();
    if (!isDeskMode())
        m_settings.setHighContrast(on);
    m_highContrast->setChecked(on);
}

bool MainWindow::isHighContrast() const
{
    return Theme::isHighContrast();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A visitor cannot close the desk: leaving desk mode needs the staff passphrase.
    if (isDeskMode()) {
        event->ignore();
        return;
    }
    m_settings.setWindowGeometry(saveGeometry());
    if (SectionView *v = currentView())
        m_settings.setReadingPosition(v->sectionId(), v->readingPosition());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::setLanguage(Language language)
{
    if (!isDeskMode())
        m_settings.setLanguage(language);
    if (language == m_language && m_translations.current() == language)
        return;
    m_language = language;
    if (ReadAloud *readAloud = ReadAloud::of(this))
        readAloud->stop();
    QLocale::setDefault(localeFor(language));
    // Views first, so that the LanguageChange the translator sends finds them already in the new language.
    for (SectionView *view : std::as_const(m_views)) {
        if (view)
            view->setLanguage(language);
    }
    m_search->setLanguage(language);
    m_contents->setLanguage(language);
    m_translations.install(language);
    retranslate();
    updateCurrentPlace();
    if (!m_contentsWidthChosen)
        fitContentsWidth();
}

void MainWindow::setRequestStore(RequestStore *store)
{
    m_store = store;
    m_gate->setStore(store);
    // A new worker first, then the old one goes: its queued saves still run (into the old store's place).
    std::unique_ptr<StorageWorker> previous = std::move(m_storage);
    if (store)
        m_storage = std::make_unique<StorageWorker>(*store);
    const int index = int(m_ids.indexOf(QStringLiteral("consultation")));
    if (auto *consultation = qobject_cast<ConsultationView *>(index >= 0 ? m_views.at(index) : nullptr)) {
        consultation->setStorage(m_storage.get());
        consultation->setClinicProfile(m_settings.clinicProfile());
    }
}

void MainWindow::applyClinicProfile()
{
    const ClinicProfile profile = m_settings.clinicProfile();
    if (m_start)
        m_start->setClinicProfile(profile);
    const int index = int(m_ids.indexOf(QStringLiteral("consultation")));
    if (auto *consultation = qobject_cast<ConsultationView *>(index >= 0 ? m_views.at(index) : nullptr))
        consultation->setClinicProfile(profile);
    if (m_handoutDialog)
        m_handoutDialog->setClinicProfile(profile);
    retranslate();
    updateTitle();
}

void MainWindow::editClinicProfile()
{
    ClinicProfileDialog::edit(m_settings, this);
}

void MainWindow::askIdleTime()
{
    const auto answer = Dialogs::getText(this, tr("Desk mode"),
                                         tr("Minutes without input before the screen is cleared (0 turns the "
                                            "clearing off):"), false);
    bool ok = false;
    const int minutes = answer ? answer->trimmed().toInt(&ok) : -1;
    if (!ok || minutes < 0 || minutes > 240)
        return;
    m_settings.setIdleSeconds(minutes * 60);
    if (m_deskMode)
        m_deskMode->setIdleTimeout(minutes * 60 * 1000);
}

bool MainWindow::setDeskMode(bool on)
{
    if (on == isDeskMode())
        return true;
    if (on && !m_gate->ensurePassphrase(this)) {
        // Never a desk nobody can leave: without a passphrase the guide stays as it is, and says why.
        Dialogs::tell(this, tr("Desk mode"),
                      tr("Desk mode has not started: a staff passphrase must be set first, so that only staff can "
                         "leave it. The guide stays in normal use."));
        return false;
    }
    if (on) {
        if (m_inboxWindow)
            m_inboxWindow->close();
        m_deskDefaults = {m_textScale, m_language, isHighContrast(), m_contentsWanted};
        m_deskMode = new DeskMode(this);
        m_deskMode->setIdleTimeout(m_settings.idleSeconds() * 1000);
        // A desktop's global menu would show the menus outside the window: the desk has none at all.
        m_nativeMenuBar = menuBar()->isNativeMenuBar();
        menuBar()->setNativeMenuBar(false);
        menuBar()->hide();
        showFullScreen();
    } else {
        delete m_deskMode;
        m_deskMode = nullptr;
        if (m_staffPanel)
            m_staffPanel->close();
        menuBar()->setNativeMenuBar(m_nativeMenuBar);
        menuBar()->show();
        showNormal();
    }
    m_inbox->setVisible(!on);
    m_idleTime->setVisible(!on);
    m_clinicProfile->setVisible(!on);
    m_staff->setVisible(on);
    m_startOverButton->setVisible(on);
    m_quit->setEnabled(!on);
    m_gate->setFirstUseAllowed(!on);
    m_handout->setVisible(!on);  // its file dialog would be a way out of the desk
    m_aboutQt->setVisible(!on);  // and About Qt's links to the web
    m_aboutQt->setEnabled(!on);
    m_linkAddress->hide();
    if (on)
        connect(m_deskMode, &DeskMode::urlSwallowed, this, &MainWindow::showLinkAddress);
    const int index = int(m_ids.indexOf(QStringLiteral("consultation")));
    if (auto *consultation = qobject_cast<ConsultationView *>(index >= 0 ? m_views.at(index) : nullptr))
        consultation->setDeskMode(on);
    if (on) {
        applyClinicProfile();  // as IT's system-wide file says today
        showStartScreen();
    } else {
        applyClinicProfile();  // the form's name: at home without a clinic it is the reader's own list again
        showGuide();
    }
    return true;
}

bool MainWindow::isStartScreenShown() const
{
    return m_start && m_stack->currentWidget() == m_start;
}

StartScreen *MainWindow::startScreen()
{
    // Made when first needed: only a desk greets its visitors, and a reader's start need not pay for it.
    if (m_start)
        return m_start;
    m_start = new StartScreen;
    m_start->setClinicProfile(m_settings.clinicProfile());
    m_start->setLanguage(m_language);
    m_start->setTextScale(m_textScale);
    m_stack->addWidget(m_start);
    connect(m_start, &StartScreen::readChosen, this, [this] {
        if (!m_ids.isEmpty())
            showSection(m_ids.first());
    });
    connect(m_start, &StartScreen::askChosen, this, [this] {
        showSection(QStringLiteral("consultation"));
        updateViewButtons();
    });
    connect(m_start, &StartScreen::languageChosen, this, &MainWindow::setLanguage);
    connect(m_start, &StartScreen::textScaleChosen, this, &MainWindow::setTextScale);
    return m_start;
}

void MainWindow::showStartScreen()
{
    startScreen();
    m_start->setTextScale(m_textScale);
    m_start->setLanguage(m_language);
    m_stack->setCurrentWidget(m_start);
    m_start->focusFirstChoice();
}

void MainWindow::showGuide()
{
    m_stack->setCurrentWidget(m_guidePage);
}

bool MainWindow::startOver()
{
    if (!isDeskMode())
        return false;
    auto *consultation = qobject_cast<ConsultationView *>(view(QStringLiteral("consultation")));
    if (consultation && !consultation->showingReceipt()) {
        // What was typed goes for good: the visitor says so first (Cancel is the default, for a stray press).
        if (consultation->hasTypedText()
            && Dialogs::ask(this, tr("Start over"),
                            tr("Going back to the first screen clears what you have typed in the form. Go back?"),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return false;
    }
    clearVisitor();
    return true;
}

QDialog *MainWindow::openStaffPanel()
{
    if (!isDeskMode() || !m_gate->authorize(this))
        return nullptr;
    if (m_staffPanel)
        m_staffPanel->close();
    // Not waited for (open(), not exec()): the desk's idle clearing closes it like any dialog left open.
    auto *panel = new QDialog(this);
    m_staffPanel = panel;
    panel->setObjectName(QStringLiteral("staffPanel"));
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->setWindowTitle(tr("Staff"));
    auto *layout = new QVBoxLayout(panel);
    const int spacing = std::max(8, fontMetrics().height() / 2);
    layout->setSpacing(spacing);
    layout->setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing * 2);
    auto addButton = [panel, layout](const char *name, const QString &text, auto action) {
        auto *b = new TallButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        b->setAutoDefault(false);
        layout->addWidget(b);
        connect(b, &QPushButton::clicked, panel, action);
        return b;
    };
    // Each choice closes the panel first: what follows is its own dialog, and nothing stays open for the next visitor.
    addButton("staffIdleTime", tr("&Time before the desk clears…"), [this, panel] {
        panel->close();
        askIdleTime();
    });
    addButton("staffClinicProfile", tr("&Clinic profile…"), [this, panel] {
        panel->close();
        editClinicProfile();
    });
    addButton("staffLeaveDesk", tr("&Leave desk mode"), [this, panel] {
        panel->close();
        setDeskMode(false);
    });
    QPushButton *close = addButton("staffClose", tr("Close"), [panel] { panel->close(); });
    close->setDefault(true);  // the safe answer to a stray Enter
    // Staff, never a visitor, hear when the desk signs in to the database with more or less than a desk needs.
    if (m_storage) {
        m_storage->run(
            panel,
            [](RequestStore &store) {
                store.ensureOpen();
                return store.privilegeReport();
            },
            [panel, layout](const RequestStore::PrivilegeReport &report, const RequestStore::Error &) {
                if (!report.checked || report.ok())
                    return;
                auto *warning = new QLabel(QStringLiteral("⚠ ") + report.message());
                warning->setObjectName(QStringLiteral("staffPrivileges"));
                warning->setWordWrap(true);
                warning->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
                warning->setFocusPolicy(Qt::StrongFocus);
                warning->setAccessibleName(tr("Database rights"));
                warning->setAccessibleDescription(report.message());
                layout->insertWidget(0, warning);
                QAccessibleEvent alert(warning, QAccessible::Alert);
                QAccessible::updateAccessibility(&alert);
            });
    }
    panel->open();
    close->setFocus(Qt::OtherFocusReason);
    return panel;
}

void MainWindow::showLinkAddress(const QUrl &url)
{
    const QString text = tr("The address of this source: %1").arg(url.toDisplayString());
    m_linkAddress->setText(text);
    m_linkAddress->setAccessibleName(text);
    m_linkAddress->show();
    QAccessibleEvent alert(m_linkAddress, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MainWindow::clearSharedTraces()
{
    m_search->clear();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
    if (clipboard->supportsFindBuffer())
        clipboard->clear(QClipboard::FindBuffer);
}

void MainWindow::clearVisitor()
{
    if (ReadAloud *readAloud = ReadAloud::of(this))
        readAloud->stop();
    if (auto *consultation = qobject_cast<ConsultationView *>(view(QStringLiteral("consultation"))))
        consultation->clearAll();
    clearSharedTraces();
    m_linkAddress->hide();
    m_linkAddress->clear();
    for (SectionView *v : std::as_const(m_views)) {
        if (v)
            v->setReadingPosition(0);
    }
    if (!m_ids.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        if (SectionView *first = ensureView(0))
            first->setFocus(Qt::OtherFocusReason);
    }
    m_contents->closeSections();  // which sections were opened in the list says where the visitor read
    if (isDeskMode()) {
        // The next visitor starts where the staff set the desk, not where the last visitor left it.
        if (m_textScale != m_deskDefaults.textScale)
            setTextScale(m_deskDefaults.textScale);
        if (m_language != m_deskDefaults.language)
            setLanguage(m_deskDefaults.language);
        if (isHighContrast() != m_deskDefaults.highContrast)
            setHighContrast(m_deskDefaults.highContrast);
        m_contentsWanted = m_deskDefaults.contentsWanted;
        m_contentsWhileNarrow = false;
        m_contentsWidthChosen = false;
        applyContentsVisibility();
        for (SectionView *v : std::as_const(m_views)) {
            if (auto *evidence = qobject_cast<EvidenceView *>(v))
                evidence->setLadderShown(true);
        }
        showStartScreen();
        m_deskMode->visitorLeft();
    }
}

InboxWindow *MainWindow::openInbox()
{
    if (isDeskMode())
        return nullptr;
    if (!m_inboxWindow) {
        m_inboxWindow = new InboxWindow(m_content, m_store, this);
        m_inboxWindow->setSettings(&m_settings);
        m_inboxWindow->setGate(m_gate);
    }
    // Asks for the passphrase only while the inbox is locked: one unlock lasts until it is closed or left idle.
    if (!m_inboxWindow->unlock())
        return nullptr;
    m_inboxWindow->show();
    m_inboxWindow->raise();
    m_inboxWindow->activateWindow();
    return m_inboxWindow;
}

HandoutDialog *MainWindow::openHandoutDialog()
{
    delete m_handoutDialog;
    const SectionView *current = currentView();
    m_handoutDialog = new HandoutDialog(m_content, m_settings, m_language, current ? current->sectionId() : QString(), this);
    m_handoutDialog->setClinicProfile(m_settings.clinicProfile());
    m_handoutDialog->show();
    m_handoutDialog->raise();
    m_handoutDialog->activateWindow();
    return m_handoutDialog;
}

bool MainWindow::leaveDeskMode()
{
    if (!isDeskMode() || !m_gate->authorize(this))
        return false;
    setDeskMode(false);
    return true;
}

void MainWindow::setTextScale(int percent)
{
    percent = std::clamp(percent, Settings::kMinTextScale, Settings::kMaxTextScale);
    m_textScale = percent;
    if (!isDeskMode())
        m_settings.setTextScale(percent);
    QFont font = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(std::max(1, m_baseFont.pixelSize() * percent / 100));
    QApplication::setFont(font);
    if (m_contents)
        applyContentsVisibility();
    if (m_start)
        m_start->setTextScale(percent);
    ScalingStyle::followTextSize();
}

void MainWindow::stepTextScale(int direction)
{
    const QList<int> steps = textScaleSteps();
    if (direction > 0) {
        const auto it = std::upper_bound(steps.begin(), steps.end(), m_textScale);
        setTextScale(it == steps.end() ? steps.last() : *it);
    } else {
        const auto it = std::lower_bound(steps.begin(), steps.end(), m_textScale);
        setTextScale(it == steps.begin() ? steps.first() : *(it - 1));
    }
}

void MainWindow::stepSection(int direction)
{
    showGuide();
    const int count = m_tabs->count();
    if (count > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + direction + count) % count);
    focusCurrentView();
}

void MainWindow::focusCurrentView()
{
    if (SectionView *v = currentView())
        v->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateViewButtons()
{
    const SectionView *v = m_shownView;
    m_askButton->setChecked(v && v->sectionId() == QLatin1String("consultation"));
    m_japaneseButton->setChecked(m_language == Language::Japanese);
    m_englishButton->setChecked(m_language == Language::English);
    // The language in use in bold as well as pressed: a pressed button looks like any other in high contrast.
    for (QPushButton *b : {m_japaneseButton, m_englishButton}) {
        QFont font;
        font.setBold(b->isChecked());
        b->setFont(font);
    }
}

void MainWindow::fitContentsWidth()
{
    // About ten lines' height wide, less where the tabs would not fit in their row otherwise, but at least 200 px
    // (where the tabs must scroll, the contents list every section too) and at most three tenths of the window.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int tabsWant = m_tabs->tabBar()->sizeHint().width() + m_askButton->sizeHint().width() + 8;
    const int contentsWidth = std::clamp(std::min(fontMetrics().height() * 10, total - tabsWant), 200,
                                         std::max(200, total * 3 / 10));
    m_splitter->setSizes({contentsWidth, std::max(total - contentsWidth, 0)});
}

bool MainWindow::isContentsShown() const
{
    return !m_contents->isHidden();
}

bool MainWindow::hasRoomForContents() const
{
    // About 40 lines' heights across: below that, at large text or in a small window, the reading text needs
    // every pixel of the width and the panel waits to be asked for.
    return width() >= 40 * QFontMetrics(QApplication::font()).height();
}

void MainWindow::setContentsShown(bool shown)
{
    // With room, the choice is remembered; without, it holds only until there is room again.
    if (hasRoomForContents()) {
        m_contentsWanted = shown;
        if (!isDeskMode())
            m_settings.setContentsShown(shown);
    } else {
        m_contentsWhileNarrow = shown;
    }
    applyContentsVisibility();
}

void MainWindow::applyContentsVisibility()
{
    const bool shown = hasRoomForContents() ? m_contentsWanted : m_contentsWhileNarrow;
    // The keyboard must not vanish with the panel: it goes to the text being read.
    QWidget *focus = QApplication::focusWidget();
    if (!shown && focus && m_contents->isAncestorOf(focus))
        focusCurrentView();
    m_contents->setVisible(shown);
    m_contentsButton->setChecked(shown);
    m_showContents->setChecked(shown);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_contents)
        applyContentsVisibility();
}

void MainWindow::focusContents()
{
    showGuide();
    // F6 again goes back: between the list and the text, as F6 moves between a browser's panes.
    QWidget *focus = QApplication::focusWidget();
    if (isContentsShown() && focus && m_contents->isAncestorOf(focus)) {
        focusCurrentView();
        return;
    }
    setContentsShown(true);
    m_contents->focusCurrentPlace();
}

void MainWindow::followReading(SectionView *view)
{
    disconnect(m_following);
    if (auto *document = qobject_cast<DocumentView *>(view))
        m_following = connect(document->browser()->verticalScrollBar(), &QScrollBar::valueChanged, this,
                              &MainWindow::updateCurrentPlace);
    updateCurrentPlace();
}

void MainWindow::updateCurrentPlace()
{
    SectionView *v = m_shownView;
    if (!v)
        return;
    int current = -1;
    if (auto *document = qobject_cast<DocumentView *>(v)) {
        // The heading at the top of the visible text: the last one that starts above the first half line in view.
        const ReadingBrowser *browser = document->browser();
        const QTextDocument *doc = browser->document();
        const qreal top = browser->verticalScrollBar()->value() + browser->fontMetrics().height() / 2.0;
        int index = 0;
        for (const QTextBlock &b : ContentsPanel::headingBlocks(doc)) {
            if (doc->documentLayout()->blockBoundingRect(b).top() > top)
                break;
            current = index++;
        }
    }
    m_contents->setCurrentPlace(v->sectionId(), current);
}

bool MainWindow::goToPlace(const QString &sectionId, int heading)
{
    SectionView *v = view(sectionId);
    if (!v)
        return false;
    showGuide();
    {
        const QScopedValueRollback<bool> quiet(m_focusOnSwitch, false);
        m_tabs->setCurrentIndex(int(m_ids.indexOf(sectionId)));
    }
    v->ensureBuilt();
    auto *document = qobject_cast<DocumentView *>(v);
    if (!document) {
        focusCurrentView();
        return heading < 0;
    }
    ReadingBrowser *browser = document->browser();
    QTextDocument *doc = browser->document();
    QTextBlock target = doc->begin();
    if (heading >= 0) {
        const QList<QTextBlock> headings = ContentsPanel::headingBlocks(doc);
        if (heading >= headings.size()) {
            browser->setFocus(Qt::OtherFocusReason);
            return false;
        }
        target = headings.at(heading);
    }
    // Lay the text out to its end first, so that the scroll range reaches the place.
    doc->documentLayout()->blockBoundingRect(doc->lastBlock());
    const int top = heading >= 0 ? int(doc->documentLayout()->blockBoundingRect(target).top()) : 0;
    // The caret on the heading: the screen reader starts reading there, and arrow keys go on from there.
    browser->setTextCursor(QTextCursor(target));
    document->setReadingPosition(top);
    browser->setFocus(Qt::OtherFocusReason);
    updateCurrentPlace();
    return true;
}

SectionView *MainWindow::view(const QString &sectionId) const
{
    // Making a view on first use changes no state a reader can see: asking for it stays a const question.
    return const_cast<MainWindow *>(this)->ensureView(int(m_ids.indexOf(sectionId)));
}

SectionView *MainWindow::currentView() const
{
    return const_cast<MainWindow *>(this)->ensureView(m_tabs->currentIndex());
}

void MainWindow::showSection(const QString &sectionId)
{
    if (SectionView *v = view(sectionId)) {
        showGuide();
        {
            const QScopedValueRollback<bool> quiet(m_focusOnSwitch, false);
            m_tabs->setCurrentIndex(int(m_ids.indexOf(sectionId)));
        }
        v->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showStudy(const QString &studyId)
{
    auto *references = qobject_cast<DocumentView *>(view(QStringLiteral("references")));
    if (!references)
        return;
    showGuide();
    {
        const QScopedValueRollback<bool> quiet(m_focusOnSwitch, false);
        m_tabs->setCurrentIndex(int(m_ids.indexOf(QStringLiteral("references"))));
    }
    references->showStudy(studyId);
    references->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::revealHit(const SearchHit &hit)
{
    SectionView *v = view(hit.target.sectionId);
    if (!v)
        return false;
    showGuide();
    {
        const QScopedValueRollback<bool> quiet(m_focusOnSwitch, false);
        m_tabs->setCurrentIndex(int(m_ids.indexOf(hit.target.sectionId)));
    }
    return v->reveal(hit.target);
}

} // namespace als
