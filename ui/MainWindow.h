#pragma once

#include "Content.h"
#include "Search.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;
class QDialog;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace als {

class ContentsPanel;
class DeskMode;
class HandoutDialog;
class InboxWindow;
class RequestStore;
class StorageWorker;
class StaffGate;
class SearchPanel;
class SectionView;
class Settings;
class StartScreen;
class Translations;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(const Content &content, Settings &settings, Translations &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    Language language() const { return m_language; }
    void setLanguage(Language language);

    // The store for consultation requests (not owned): where it is, its time limits and its role. Nothing reads or
    // writes through it on the window's thread: the form's storage runs on a StorageWorker set up like it (its own
    // connection, on its own thread), and the inbox and the staff gate each start one of their own the same way.
    void setRequestStore(RequestStore *store);
    // The worker that does the window's storage off its thread; null before setRequestStore().
    StorageWorker *storageWorker() const { return m_storage.get(); }

    // Desk mode (--kiosk): full screen, no menu bar, no inbox, no quitting without the staff passphrase, and the
    // visitor's traces cleared after each visitor; nothing opens another program or a file. Each visitor starts on
    // the start screen. Leaving it needs the passphrase too, so it starts only once one is set: without one, staff
    // are asked to set it first, and if they do not the guide stays in normal use (false).
    bool setDeskMode(bool on);
    bool isDeskMode() const { return m_deskMode != nullptr; }
    DeskMode *deskMode() const { return m_deskMode; }
    StaffGate *staffGate() const { return m_gate; }
    // At the desk a web link opens nothing: its address is shown here, to be read and noted down.
    void showLinkAddress(const QUrl &url);
    // Clears everything one visitor could have left: the form, the receipt, the search, the place in the guide;
    // at the desk, back to the desk's own text size, language and contrast, and to the start screen.
    void clearVisitor();
    // At the desk: the visitor's "Start over". Asks first if the form holds typed text; true if it cleared.
    bool startOver();
    // The desk's start screen, made the first time it is asked for.
    StartScreen *startScreen();
    bool isStartScreenShown() const;
    // At the desk, Ctrl+Shift+S: after the staff passphrase, a small panel with what staff can do there (the time
    // before the desk clears, the clinic profile, leaving desk mode). Opened without waiting for it to close.
    QDialog *openStaffPanel();
    // Shows the inbox, asking for the staff passphrase while it is locked (not in desk mode).
    InboxWindow *openInbox();
    bool leaveDeskMode();
    // File → Print or save a handout: the current view ticked.
    HandoutDialog *openHandoutDialog();

    void setTextScale(int percent);
    int textScale() const { return m_textScale; }

    void setHighContrast(bool on);
    bool isHighContrast() const;

    QTabWidget *tabs() const { return m_tabs; }
    SearchPanel *searchPanel() const { return m_search; }
    SectionView *view(const QString &sectionId) const;
    SectionView *currentView() const;
    void showSection(const QString &sectionId);
    void showStudy(const QString &studyId);
    bool revealHit(const SearchHit &hit);

    static QList<int> textScaleSteps();

    // The contents panel beside the views (sections and headings, the reader's place marked), and whether it shows.
    // It steps aside by itself where the window is narrow for the text size, until the reader asks for it.
    ContentsPanel *contentsPanel() const { return m_contents; }
    bool isContentsShown() const;
    void setContentsShown(bool shown);
    // F6: the contents panel, shown if it was hidden, with the keyboard on the reader's place.
    void focusContents();
    // Opens a view at one of its headings (an index into ContentsPanel::headings(); -1 for the top of the view)
    // with that heading at the top of the text and the keyboard in the view.
    bool goToPlace(const QString &sectionId, int heading);

    // The window's size on first start: the size the guide is made for, but never more than fits the screen.
    static QSize firstWindowSize(const QSize &available);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void retranslate();
    void showStartScreen();
    void showGuide();
    // Staff, already past the passphrase: minutes of no input before the desk clears.
    void askIdleTime();
    void editClinicProfile();
    void applyClinicProfile();
    void stepTextScale(int direction);
    void stepSection(int direction);
    // Moves the keyboard into the view shown now, so that a screen reader says where the reader is.
    void focusCurrentView();
    void followReading(SectionView *view);
    void updateCurrentPlace();
    void updateViewButtons();
    bool hasRoomForContents() const;
    void applyContentsVisibility();
    void fitContentsWidth();
    void updateTitle();
    // A section's title as the tabs and the window show it (the form's name depends on whether a clinic reads it).
    QString sectionTitle(const QString &sectionId) const;
    void clearSharedTraces();
    void updateOverdueNotice();
    void colourOverdueNotice();

    const Content &m_content;
    Settings &m_settings;
    Translations &m_translations;
    Language m_language = Language::Japanese;
    int m_textScale = 100;
    QFont m_baseFont;

    // The guide's views and, at the desk, the start screen in front of them.
    QStackedWidget *m_stack = nullptr;
    QWidget *m_guidePage = nullptr;
    StartScreen *m_start = nullptr;
    SearchPanel *m_search = nullptr;
    // Above every view while the content is past its review date (as Clock::today() has it), else hidden.
    QLabel *m_overdueNotice = nullptr;
    QLabel *m_linkAddress = nullptr;  // the address of a web link followed at the desk
    QTimer *m_reviewCheck = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    ContentsPanel *m_contents = nullptr;
    QPushButton *m_startOverButton = nullptr;  // at the desk only
    QPushButton *m_contentsButton = nullptr;
    QPushButton *m_smallerButton = nullptr;
    QPushButton *m_largerButton = nullptr;
    QPushButton *m_japaneseButton = nullptr;
    QPushButton *m_englishButton = nullptr;
    // The consultation form, set apart from the reading views: a button at the end of their tabs, not a tab.
    QPushButton *m_askButton = nullptr;
    QObject *m_caret = nullptr;  // keeps each reading text's caret where the reader is looking
    QMetaObject::Connection m_following;  // the shown text's scrolling, which moves the place marked in the contents
    // Off while the code that switches views puts the keyboard somewhere itself (a search match, a study).
    bool m_focusOnSwitch = true;
    bool m_contentsWanted = true;        // the reader's choice, remembered, where the window has room for the panel
    bool m_contentsWhileNarrow = false;  // and where it has not: hidden unless asked for
    bool m_contentsWidthChosen = false;  // the reader has moved the edge between the contents and the views
    // At a desk, what each visitor starts from: the staff's choices when desk mode began. A visitor's own choices
    // (text size, language, contrast, the contents panel) are never saved and go with the visitor.
    struct DeskDefaults
    {
        int textScale = 100;
        Language language = Language::Japanese;
        bool highContrast = false;
        bool contentsWanted = true;
    } m_deskDefaults;
    // One page per section; its view is made the first time it is needed, so start-up builds only the one shown.
    QStringList m_ids;
    QList<QWidget *> m_pages;
    QList<SectionView *> m_views;  // nullptr until made
    SectionView *ensureView(int index);

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_handout = nullptr;
    HandoutDialog *m_handoutDialog = nullptr;
    QAction *m_larger = nullptr;
    QAction *m_smaller = nullptr;
    QAction *m_normalSize = nullptr;
    QAction *m_highContrast = nullptr;
    SectionView *m_shownView = nullptr;
    QAction *m_japanese = nullptr;
    QAction *m_english = nullptr;
    QAction *m_find = nullptr;
    QAction *m_showContents = nullptr;
    QAction *m_goContents = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_about = nullptr;
    QMenu *m_staffMenu = nullptr;
    QAction *m_inbox = nullptr;
    QAction *m_idleTime = nullptr;
    QAction *m_clinicProfile = nullptr;
    // At the desk, where no menu shows: the one way in for staff, a shortcut on the window itself.
    QAction *m_staff = nullptr;
    QPointer<QDialog> m_staffPanel;  // deletes itself on closing
    bool m_nativeMenuBar = true;  // the menu bar's own setting, put back after the desk
    RequestStore *m_store = nullptr;
    std::unique_ptr<StorageWorker> m_storage;
    StaffGate *m_gate = nullptr;
    DeskMode *m_deskMode = nullptr;
    InboxWindow *m_inboxWindow = nullptr;
    bool m_leaving = false;
    QAction *m_aboutQt = nullptr;
    QList<QAction *> m_sectionActions;
};

// The font the app starts with, before any text scaling: scaling always starts from here.
QFont baseApplicationFont();

} // namespace als
