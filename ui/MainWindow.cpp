#include "MainWindow.h"

#include "Clock.h"
#include "ConsultationView.h"
#include "DeskMode.h"
#include "Dialogs.h"
#include "HandoutDialog.h"
#include "InboxWindow.h"
#include "RequestStore.h"
#include "SearchPanel.h"
#include "StaffGate.h"
#include "Settings.h"
#include "Translations.h"
#include "Theme.h"
#include "Views.h"
#include "FocusRing.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

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
        size.setWidth(std::max(size.width() + 16, 44));
        return size;
    }
};

class SectionTabs final : public QTabWidget
{
public:
    SectionTabs() { setTabBar(new TallTabBar); }
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
    layout->addWidget(m_overdueNotice);
    layout->addWidget(m_search);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    connect(m_search, &SearchPanel::hitChosen, this, &MainWindow::revealHit);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // Remember where the reader was in the view they leave, and which view they are in now (never at a desk:
        // one visitor's place in the guide is not the next one's business).
        if (m_shownView && !isDeskMode())
            m_settings.setReadingPosition(m_shownView->sectionId(), m_shownView->readingPosition());
        m_shownView = ensureView(index);
        if (m_shownView && !isDeskMode())
            m_settings.setLastView(m_shownView->sectionId());
        updateTitle();
    });

    m_gate = new StaffGate(this);
    createActions();
    new FocusRing(this);
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
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1100, 800);
    retranslate();
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
        consultation->setStore(m_store);
        consultation->setDeskMode(isDeskMode());
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
    m_quit->setShortcut(QKeySequence::Quit);
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
    m_find = m_goMenu->addAction(QString(), m_search, &SearchPanel::focusField);
    m_find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
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
    m_idleTime = m_staffMenu->addAction(QString(), this, [this] {
        if (!m_gate->authorize(this))
            return;
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
    });
    m_idleTime->setVisible(false);
    m_leaveDesk = m_staffMenu->addAction(QString(), this, [this] { leaveDeskMode(); });
    m_leaveDesk->setObjectName(QStringLiteral("leaveDeskMode"));
    m_leaveDesk->setVisible(false);

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] { showSection(QStringLiteral("about")); });
    m_aboutQt = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
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
    m_next->setText(tr("&Next section"));
    m_previous->setText(tr("&Previous section"));
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString title = m_content.sectionTitle(m_ids.at(i), m_language);
        m_pages.at(i)->setAccessibleName(title);
        m_sectionActions.at(i)->setText(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(title) : title);
        m_tabs->setTabText(i, title);
        m_tabs->setTabToolTip(i, tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
    }
    m_staffMenu->setTitle(tr("S&taff"));
    m_inbox->setText(tr("Open the &inbox…"));
    m_idleTime->setText(tr("&Time before the desk clears…"));
    m_leaveDesk->setText(tr("&Leave desk mode…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About this guide"));
    m_aboutQt->setText(tr("About &Qt"));
    m_tabs->setAccessibleName(tr("Sections of the guide"));
    m_tabs->tabBar()->setAccessibleName(tr("Sections of the guide"));
    m_japanese->setChecked(m_language == Language::Japanese);
    m_english->setChecked(m_language == Language::English);
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
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0));
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
    setWindowTitle(view ? QStringLiteral("%1 — %2").arg(m_content.sectionTitle(view->sectionId(), m_language), app) : app);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    // The notice's own palette does not follow the application's: set it again for the new theme.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_overdueNotice)
        colourOverdueNotice();
    QMainWindow::changeEvent(event);
}

void MainWindow::setHighContrast(bool on)
{
    Theme::apply(on);
    colourOverdueNotice();
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
    m_settings.setLanguage(language);
    if (language == m_language && m_translations.current() == language)
        return;
    m_language = language;
    QLocale::setDefault(localeFor(language));
    // Views first, so that the LanguageChange the translator sends finds them already in the new language.
    for (SectionView *view : std::as_const(m_views)) {
        if (view)
            view->setLanguage(language);
    }
    m_search->setLanguage(language);
    m_translations.install(language);
    retranslate();
}

void MainWindow::setRequestStore(RequestStore *store)
{
    m_store = store;
    m_gate->setStore(store);
    const int index = int(m_ids.indexOf(QStringLiteral("consultation")));
    if (auto *consultation = qobject_cast<ConsultationView *>(index >= 0 ? m_views.at(index) : nullptr))
        consultation->setStore(store);
}

void MainWindow::setDeskMode(bool on)
{
    if (on == isDeskMode())
        return;
    if (on) {
        if (m_inboxWindow)
            m_inboxWindow->close();
        m_deskMode = new DeskMode(this);
        m_deskMode->setIdleTimeout(m_settings.idleSeconds() * 1000);
        showFullScreen();
    } else {
        delete m_deskMode;
        m_deskMode = nullptr;
        showNormal();
    }
    m_inbox->setVisible(!on);
    m_idleTime->setVisible(on);
    m_leaveDesk->setVisible(on);
    m_quit->setEnabled(!on);
    m_gate->setFirstUseAllowed(!on);
    m_handout->setVisible(!on);  // its file dialog would be a way out of the desk
    const int index = int(m_ids.indexOf(QStringLiteral("consultation")));
    if (auto *consultation = qobject_cast<ConsultationView *>(index >= 0 ? m_views.at(index) : nullptr))
        consultation->setDeskMode(on);
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
    if (auto *consultation = qobject_cast<ConsultationView *>(view(QStringLiteral("consultation"))))
        consultation->clearAll();
    clearSharedTraces();
    for (SectionView *v : std::as_const(m_views)) {
        if (v)
            v->setReadingPosition(0);
    }
    if (!m_ids.isEmpty()) {
        m_tabs->setCurrentIndex(0);
        if (SectionView *first = ensureView(0))
            first->setFocus(Qt::OtherFocusReason);
    }
}

InboxWindow *MainWindow::openInbox()
{
    if (isDeskMode() || !m_gate->authorize(this))
        return nullptr;
    if (!m_inboxWindow)
        m_inboxWindow = new InboxWindow(m_content, m_store, this);
    else
        m_inboxWindow->applyFilter();
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
    m_settings.setTextScale(percent);
    QFont font = m_baseFont;
    if (m_baseFont.pointSizeF() > 0)
        font.setPointSizeF(m_baseFont.pointSizeF() * percent / 100.0);
    else
        font.setPixelSize(std::max(1, m_baseFont.pixelSize() * percent / 100));
    QApplication::setFont(font);
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
    const int count = m_tabs->count();
    if (count > 0)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + direction + count) % count);
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
        m_tabs->setCurrentIndex(int(m_ids.indexOf(sectionId)));
        v->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showStudy(const QString &studyId)
{
    auto *references = qobject_cast<DocumentView *>(view(QStringLiteral("references")));
    if (!references)
        return;
    m_tabs->setCurrentIndex(int(m_ids.indexOf(QStringLiteral("references"))));
    references->showStudy(studyId);
    references->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::revealHit(const SearchHit &hit)
{
    SectionView *v = view(hit.target.sectionId);
    if (!v)
        return false;
    m_tabs->setCurrentIndex(int(m_ids.indexOf(hit.target.sectionId)));
    return v->reveal(hit.target);
}

} // namespace als
