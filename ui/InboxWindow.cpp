#include "InboxWindow.h"

#include "Clock.h"
#include "CsvExport.h"
#include "Dialogs.h"
#include "ExportTarget.h"
#include "FocusRing.h"
#include "RequestColumns.h"
#include "RequestListModel.h"
#include "Settings.h"
#include "StaffGate.h"
#include "StorageWorker.h"
#include "Theme.h"
#include "XlsxExport.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <atomic>

namespace als {

// How far an export got: written by the storage's thread, read by the window's.
struct ExportProgress
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
};

namespace {
constexpr int kTarget = 44;

// The text field inside a date or spin box is what takes the focus: it needs the box's name too.
void nameInnerField(QAbstractSpinBox *box)
{
    if (auto *inner = box->findChild<QLineEdit *>())
        inner->setAccessibleName(box->accessibleName());
}

// A label's text as a screen reader should say it: without the access key's "&" or "(&K)".
QString spoken(const QString &labelText)
{
    QString text = labelText;
    text.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A)))
        text.chop(1);
    return text.trimmed();
}

struct Detail
{
    std::optional<StoredRequest> stored;
    QList<StatusChange> history;
};

struct Outcome
{
    bool ok = false;
    QString why;
};

bool isInput(QEvent::Type type)
{
    return type == QEvent::KeyPress || type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick
        || type == QEvent::Wheel || type == QEvent::TouchBegin;
}
}  // namespace

InboxWindow::InboxWindow(const Content &content, RequestStore *store, QWidget *parent)
    : QDialog(parent)
    , m_content(content)
    , m_store(store)
{
    setObjectName(QStringLiteral("inbox"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1100, 720);

    m_statusLabel = new QLabel;
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("inboxStatusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_useFrom = new QCheckBox;
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox;
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setCalendarPopup(true);
    m_searchLabel = new QLabel;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("inboxSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("inboxCount"));
    m_count->setWordWrap(true);
    m_busy = new QLabel;
    m_busy->setObjectName(QStringLiteral("inboxBusy"));
    m_busy->setVisible(false);
    // Combo boxes as wide as their longest choice at the text size of the moment, not of the first showing.
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_statusLabel), static_cast<QWidget *>(m_status),
                       static_cast<QWidget *>(m_useFrom), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_useTo), static_cast<QWidget *>(m_to)})
        filters->addWidget(w);
    filters->addStretch(1);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);

    m_model = new RequestListModel(store, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move within it
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    // Every column as wide as its text at any text size; only the question, the last, gives way and is cut short.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestListModel::Question, QHeaderView::Stretch);
    header->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("inboxDetail"));
    m_newStatusLabel = new QLabel;
    m_newStatus = new QComboBox;
    m_newStatus->setObjectName(QStringLiteral("inboxNewStatus"));
    m_newStatus->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_newStatusLabel->setBuddy(m_newStatus);
    m_noteLabel = new QLabel;
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("inboxNote"));
    m_noteLabel->setBuddy(m_note);
    m_apply = new QPushButton;
    m_apply->setObjectName(QStringLiteral("inboxApplyStatus"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_newStatusLabel);
    statusRow->addWidget(m_newStatus);
    statusRow->addStretch(1);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_apply);

    // What acts on the request shown sits under it: printing at one end, deleting alone at the far other end,
    // away from everything else and looking like what it is.
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("inboxPrint"));
    m_delete = new QPushButton;
    m_delete->setObjectName(QStringLiteral("inboxDelete"));
    m_delete->setProperty(Theme::kRoleProperty, QStringLiteral("destructive"));
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_print);
    requestRow->addStretch(1);
    requestRow->addWidget(m_delete);

    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(statusRow);
    detailLayout->addLayout(noteRow);
    detailLayout->addLayout(requestRow);

    m_split = new QSplitter(Qt::Horizontal);
    m_split->addWidget(m_table);
    m_split->addWidget(detailPane);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    m_export = new QPushButton;
    m_export->setObjectName(QStringLiteral("inboxExport"));
    m_keeping = new QPushButton;
    m_keeping->setObjectName(QStringLiteral("inboxKeeping"));
    m_lockNow = new QPushButton;
    m_lockNow->setObjectName(QStringLiteral("inboxLockNow"));
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_count, 1);
    listRow->addWidget(m_busy);
    for (QPushButton *b : {m_export, m_keeping, m_lockNow})
        listRow->addWidget(b);

    // Said when the role this program signs in as may do more (or less) than the inbox needs (PostgreSQL).
    m_privileges = new QLabel;
    m_privileges->setObjectName(QStringLiteral("inboxPrivileges"));
    m_privileges->setWordWrap(true);
    m_privileges->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_privileges->setFocusPolicy(Qt::StrongFocus);
    m_privileges->setVisible(false);

    m_inboxPage = new QWidget;
    auto *inboxLayout = new QVBoxLayout(m_inboxPage);
    inboxLayout->setContentsMargins(0, 0, 0, 0);
    inboxLayout->addWidget(m_privileges);
    inboxLayout->addLayout(filters);
    inboxLayout->addLayout(searchRow);
    inboxLayout->addWidget(m_split, 1);
    inboxLayout->addLayout(listRow);

    m_lockedTitle = new QLabel;
    m_lockedTitle->setObjectName(QStringLiteral("inboxLockedTitle"));
    m_lockedTitle->setAlignment(Qt::AlignCenter);
    m_lockedTitle->setWordWrap(true);
    m_lockedText = new QLabel;
    m_lockedText->setAlignment(Qt::AlignCenter);
    m_lockedText->setWordWrap(true);
    m_unlock = new QPushButton;
    m_unlock->setObjectName(QStringLiteral("inboxUnlock"));
    m_unlock->setProperty(Theme::kRoleProperty, QStringLiteral("primary"));  // the one thing to do here
    m_lockedPage = new QWidget;
    m_lockedPage->setObjectName(QStringLiteral("inboxLockedPage"));
    auto *lockedLayout = new QVBoxLayout(m_lockedPage);
    lockedLayout->addStretch(1);
    lockedLayout->addWidget(m_lockedTitle);
    lockedLayout->addWidget(m_lockedText);
    lockedLayout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    lockedLayout->addStretch(2);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_inboxPage);
    m_pages->addWidget(m_lockedPage);
    m_pages->setCurrentWidget(m_lockedPage);

    m_close = new QPushButton;
    m_close->setObjectName(QStringLiteral("inboxClose"));
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch(1);
    closeRow->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(closeRow);

    // No default button: Enter presses only the button that has the focus (see keyPressEvent), so it never
    // deletes, closes or records anything on its own.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setMinimumHeight(kTarget);
    }

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &InboxWindow::lock);
    m_progressTimer.setInterval(250);
    connect(&m_progressTimer, &QTimer::timeout, this, &InboxWindow::showExportProgress);
    connect(&m_searchDelay, &QTimer::timeout, this, &InboxWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &InboxWindow::applyFilter);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &InboxWindow::applyFilter);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &InboxWindow::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { openRequest(current.row()); });
    connect(m_apply, &QPushButton::clicked, this,
            [this] { changeStatus(m_newStatus->currentData().toString(), m_note->text()); });
    connect(m_print, &QPushButton::clicked, this, &InboxWindow::printCurrent);
    connect(m_export, &QPushButton::clicked, this, &InboxWindow::chooseExportFile);
    connect(m_keeping, &QPushButton::clicked, this, &InboxWindow::openKeepingDialog);
    connect(m_lockNow, &QPushButton::clicked, this, &InboxWindow::lock);
    connect(m_delete, &QPushButton::clicked, this, &InboxWindow::deleteCurrent);
    connect(m_unlock, &QPushButton::clicked, this, &InboxWindow::unlock);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &QAbstractItemModel::modelReset, this, &InboxWindow::updateCountLine);
    connect(m_model, &RequestListModel::loaded, this, &InboxWindow::selectAfterLoading);
    if (store) {
        m_storage = std::make_unique<StorageWorker>(*store);
        m_model->setStorage(m_storage.get());
        connect(m_storage.get(), &StorageWorker::busyChanged, this, &InboxWindow::setBusy);
    }
    new FocusRing(this);
    Theme::applyButtonRoles(this);
    followTextSize();
    retranslate();
    showDetail();
}

InboxWindow::~InboxWindow()
{
    qApp->removeEventFilter(this);
}

template<typename Job, typename Done> void InboxWindow::runJob(Job job, Done done)
{
    if (!m_storage)
        return;
    m_storage->run(
        this, std::move(job),
        [this, unlockNumber = m_unlockNumber, done = std::move(done)](auto result, const RequestStore::Error &error) {
            if (m_unlocked && unlockNumber == m_unlockNumber)
                done(result, error);
        });
}

void InboxWindow::showPrivileges(const RequestStore::PrivilegeReport &report)
{
    m_privilegeText = report.checked && !report.ok() ? report.message() : QString();
    m_privileges->setText(m_privilegeText.isEmpty() ? QString() : QStringLiteral("⚠ ") + m_privilegeText);
    m_privileges->setAccessibleName(tr("Database rights"));
    m_privileges->setAccessibleDescription(m_privilegeText);
    m_privileges->setVisible(!m_privilegeText.isEmpty());
}

bool InboxWindow::isBusy() const
{
    return m_storage && m_storage->pending() > 0;
}

void InboxWindow::setBusy(bool busy)
{
    // Quiet: a word beside the count, said once by a screen reader, nothing that moves or blocks.
    m_busy->setVisible(busy && m_unlocked);
    if (m_busy->isVisible()) {
        QAccessibleEvent announce(m_busy, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&announce);
    }
}

void InboxWindow::showExportProgress()
{
    if (!m_exportProgress || m_exportProgress->total <= 0)
        return;
    const QLocale locale;
    m_busy->setText(
        tr("Exporting… %1 of %2")
            .arg(locale.toString(m_exportProgress->done.load()), locale.toString(m_exportProgress->total.load())));
}

void InboxWindow::setSettings(Settings *settings)
{
    m_settings = settings;
    if (m_unlocked)
        restartIdleTimer();
}

void InboxWindow::setGate(StaffGate *gate)
{
    m_gate = gate;
}

void InboxWindow::setLockAfter(int milliseconds)
{
    m_lockAfter = std::max(0, milliseconds);
    if (m_unlocked)
        restartIdleTimer();
}

int InboxWindow::lockAfter() const
{
    if (m_lockAfter > 0)
        return m_lockAfter;
    return (m_settings ? m_settings->inboxLockSeconds() : Settings::kDefaultInboxLockSeconds) * 1000;
}

void InboxWindow::restartIdleTimer()
{
    m_idle.start(lockAfter());
}

bool InboxWindow::unlock()
{
    if (m_unlocked) {
        restartIdleTimer();
        return true;
    }
    if (!m_gate || !m_gate->authorize(isVisible() ? this : parentWidget()))
        return false;
    m_unlocked = true;
    // Any input in the inbox or in a dialog it opened keeps it unlocked; it is seen on its way to the widget.
    qApp->installEventFilter(this);
    restartIdleTimer();
    m_pages->setCurrentWidget(m_inboxPage);
    applyRetention();
    applyFilter();
    runJob(
        [](RequestStore &store) {
            store.ensureOpen();
            return store.privilegeReport();
        },
        [this](const RequestStore::PrivilegeReport &report, const RequestStore::Error &) { showPrivileges(report); });
    if (isVisible())
        m_table->setFocus();
    return true;
}

void InboxWindow::lock()
{
    m_unlocked = false;
    ++m_unlockNumber;
    m_keepId = 0;
    m_currentReference.clear();
    m_busy->setVisible(false);
    m_export->setEnabled(true);
    m_progressTimer.stop();
    m_exportProgress.reset();
    m_busy->setText(tr("Loading…"));
    m_idle.stop();
    m_searchDelay.stop();
    qApp->removeEventFilter(this);
    // A question or a file dialog left open would keep showing what it was about.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    m_currentId = 0;
    m_retentionNote.clear();
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_note->clear();
    m_model->clear();
    m_detail->clear();
    m_pages->setCurrentWidget(m_lockedPage);
    showDetail();
    if (isVisible())
        m_unlock->setFocus();
}

bool InboxWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_unlocked && isInput(event->type())) {
        for (auto *w = qobject_cast<QWidget *>(watched); w; w = w->parentWidget()) {
            if (w == this) {
                restartIdleTimer();
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void InboxWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (auto *button = qobject_cast<QPushButton *>(focusWidget())) {
            button->click();
        } else if (focusWidget() == m_search) {
            m_searchDelay.stop();
            applyFilter();  // Enter in the search field searches at once
        }
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void InboxWindow::retranslate()
{
    setWindowTitle(tr("Requests — staff inbox"));
    const int status = std::max(0, m_status->currentIndex());
    const QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    m_newStatus->clear();
    for (const QString &s : requestStatuses()) {
        m_status->addItem(RequestListModel::statusLabel(s), s);
        m_newStatus->addItem(RequestListModel::statusLabel(s), s);
    }
    m_status->setCurrentIndex(status);
    m_statusLabel->setText(tr("St&atus:"));
    m_status->setAccessibleName(tr("Show requests with status"));
    m_useFrom->setText(tr("&From"));
    m_useTo->setText(tr("&To"));
    m_from->setAccessibleName(tr("Received from this date"));
    m_to->setAccessibleName(tr("Received up to this date"));
    for (QDateEdit *edit : {m_from, m_to})
        nameInnerField(edit);
    m_searchLabel->setText(tr("&Search:"));
    m_search->setAccessibleName(tr("Search the requests"));
    m_table->setAccessibleName(tr("Requests, newest first"));
    m_detail->setAccessibleName(tr("The selected request"));
    m_newStatusLabel->setText(tr("Set stat&us:"));
    m_newStatus->setAccessibleName(spoken(m_newStatusLabel->text()));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setAccessibleName(spoken(m_noteLabel->text()));
    m_apply->setText(tr("&Record the status"));
    m_print->setText(tr("&Print this request"));
    m_busy->setText(tr("Loading…"));
    m_busy->setAccessibleName(m_busy->text());
    m_export->setText(tr("&Export the list…"));
    m_export->setToolTip(tr("As an Excel workbook (.xlsx), which a spreadsheet opens exactly as stored, or as CSV"));
    m_keeping->setText(tr("Keeping and &backup…"));
    m_lockNow->setText(tr("Loc&k now"));
    m_lockNow->setToolTip(tr("Hide the requests until the staff passphrase is given again"));
    m_delete->setText(tr("&Delete this request…"));
    m_close->setText(tr("&Close"));
    m_lockedTitle->setText(tr("The inbox is locked"));
    m_lockedText->setText(tr("It locks itself when it is closed or left without use for a while, so that nobody "
                             "passing by sees the requests. Unlock it with the staff passphrase."));
    m_unlock->setText(tr("Un&lock…"));
    m_lockedPage->setAccessibleName(m_lockedTitle->text());
    m_lockedPage->setAccessibleDescription(m_lockedText->text());
    updateCountLine();
}

void InboxWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        Theme::applyButtonRoles(this);
    if (event->type() == QEvent::FontChange)
        followTextSize();
    QDialog::changeEvent(event);
}

void InboxWindow::followTextSize()
{
    // Rows as tall as a line of the current text size, with room around it: at 300 % nothing is cut off below.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() * 3 / 2);
    // From 175 % text size on, the list goes above the request instead of beside it, so both keep the
    // window's whole width and the list's columns fit without scrolling sideways.
    m_split->setOrientation(Theme::textScale() >= 1.75 ? Qt::Vertical : Qt::Horizontal);
    m_lockedTitle->setFont(Theme::headingFont(font(), 2));
}

void InboxWindow::hideEvent(QHideEvent *event)
{
    // However it is closed (button, Escape, window manager), it locks: nothing of a request stays behind, and the
    // next opening asks for the passphrase again.
    lock();
    QDialog::hideEvent(event);
}

void InboxWindow::applyRetention()
{
    m_retentionNote.clear();
    const int months = m_settings ? m_settings->retentionMonths() : 0;
    if (months <= 0)
        return;
    // Queued before the list is read, so the list never shows what is being deleted.
    runJob([months, now = Clock::nowUtc()](
               RequestStore &store) { return store.ensureOpen() ? store.purgeClosed(months, now) : -1; },
           [this](int deleted, const RequestStore::Error &error) {
               if (deleted < 0)
                   m_retentionNote = tr("Closed requests past the keeping period could not be deleted: %1")
                                         .arg(error.message);
               else if (deleted > 0)
                   m_retentionNote = tr("%n closed request(s) deleted after the keeping period.", nullptr, deleted);
               updateCountLine();
           });
}

void InboxWindow::updateCountLine()
{
    QString line = m_model->isCountCut()
        ? tr("More than %1 requests").arg(QLocale().toString(RequestListModel::kCountLimit))
        : tr("%n request(s)", nullptr, m_model->totalCount());
    if (!m_model->lastError().isEmpty())
        line = m_model->lastError();
    if (!m_retentionNote.isEmpty())
        line += QStringLiteral(" — ") + m_retentionNote;
    m_count->setText(line);
}

void InboxWindow::applyFilter()
{
    if (!m_unlocked)
        return;
    RequestStore::Filter filter;
    filter.status = m_status->currentData().toString();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    filter.text = m_search->text();
    // The rows shown stay until the new ones arrive, but none stays chosen: its detail would not match the filter.
    m_table->selectionModel()->clear();
    m_currentId = 0;
    m_model->setFilter(filter);
    showDetail();
}

bool InboxWindow::openRequest(int row)
{
    const RequestStore::ListRow *r = m_model->row(row);
    m_currentId = r ? r->id : 0;
    showDetail();
    return r != nullptr;
}

void InboxWindow::setRequestActionsEnabled(bool enabled)
{
    for (QWidget *w : {static_cast<QWidget *>(m_apply), static_cast<QWidget *>(m_print),
                       static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_newStatus),
                       static_cast<QWidget *>(m_note)})
        w->setEnabled(enabled);
}

void InboxWindow::selectAfterLoading()
{
    // After a change to a request the list is read again: the same request stays chosen where it still shows.
    const qint64 id = std::exchange(m_keepId, 0);
    if (id == 0)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row)->id == id) {
            m_table->selectRow(row);
            break;
        }
    }
    if (m_currentId != id) {
        m_currentId = id;
        showDetail();
    }
}

void InboxWindow::showDetail()
{
    // Until the request chosen has arrived, nothing may act on it: the buttons would act on what was shown before.
    m_currentReference.clear();
    setRequestActionsEnabled(false);
    if (!m_unlocked)
        return;
    if (m_currentId == 0) {
        m_detail->setPlainText(tr("Choose a request in the list to read it here."));
        return;
    }
    m_detail->setPlainText(tr("Loading…"));
    const qint64 id = m_currentId;
    runJob(
        [id](RequestStore &store) {
            Detail detail;
            if (!store.ensureOpen())
                return detail;
            detail.stored = store.find(id);
            if (detail.stored)
                detail.history = store.history(id);
            return detail;
        },
        [this, id](const Detail &detail, const RequestStore::Error &error) {
            if (id != m_currentId)
                return;  // another request was chosen meanwhile
            if (!detail.stored) {
                m_detail->setPlainText(error.message);
                return;
            }
            const StoredRequest *stored = &*detail.stored;
            const ConsultationRequest &q = stored->request;
            auto row = [](const QString &label, const QString &value) {
                return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(),
                         value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")));
            };
            QString html = QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">")
                               .arg(stored->reference.toHtmlEscaped());
            html += row(tr("Received"), RequestListModel::receivedText(stored->createdAt));
            html += row(tr("Status"), RequestListModel::statusLabel(stored->status));
            html += row(tr("Who wrote"), RequestListModel::writerLabel(q.writer));
            html += row(tr("Name"), q.name);
            html += row(tr("Age"), q.age);
            html += row(tr("Sex"), RequestListModel::sexLabel(q.sex));
            html += row(tr("Prefecture"), RequestColumns::prefectureLabel(m_content, q.prefecture));
            html += row(tr("Medical history"), q.medicalHistory);
            html += row(tr("Current problem"), q.currentProblem);
            html += row(tr("Since"), q.problemSince);
            html += row(tr("Treatments so far"), q.treatments);
            html += row(tr("Current condition"), q.currentCondition);
            html += row(tr("Question"), q.question);
            html += row(tr("Email"), q.email);
            html += row(tr("Phone"), q.phone);
            html += row(tr("Language"),
                        q.language == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English"));
            html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("History").toHtmlEscaped());
            for (const StatusChange &c : detail.history) {
                html += QStringLiteral("<li>%1 — %2%3</li>")
                            .arg(RequestListModel::receivedText(c.changedAt).toHtmlEscaped(),
                                 RequestListModel::statusLabel(c.status).toHtmlEscaped(),
                                 c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
            m_detail->setHtml(html);
            m_newStatus->setCurrentIndex(std::max(0, m_newStatus->findData(stored->status)));
            m_currentReference = stored->reference;
            setRequestActionsEnabled(true);
        });
}

bool InboxWindow::changeStatus(const QString &status, const QString &note)
{
    if (m_currentId == 0 || m_currentReference.isEmpty())
        return false;
    const qint64 id = m_currentId;
    m_apply->setEnabled(false);  // one change at a time: the next one is chosen on what this one leaves
    runJob([id, status, note](RequestStore &store) { return store.ensureOpen() && store.setStatus(id, status, note); },
           [this, id](bool ok, const RequestStore::Error &error) {
               if (!ok) {
                   Dialogs::tell(this, windowTitle(), error.message);
                   m_apply->setEnabled(id == m_currentId && !m_currentReference.isEmpty());
                   return;
               }
               m_note->clear();
               m_keepId = id;
               m_model->reload();
               if (id == m_currentId)
                   showDetail();
           });
    return true;
}

bool InboxWindow::deleteCurrent()
{
    if (m_currentId == 0 || m_currentReference.isEmpty())
        return false;
    const qint64 id = m_currentId;
    if (Dialogs::ask(this, tr("Delete the request"),
                     tr("Delete request %1 and its history for good? This cannot be undone.").arg(m_currentReference),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    setRequestActionsEnabled(false);
    runJob([id](RequestStore &store) { return store.ensureOpen() && store.remove(id); },
           [this, id](bool ok, const RequestStore::Error &error) {
               if (!ok) {
                   Dialogs::tell(this, windowTitle(), error.message);
                   if (id == m_currentId)
                       showDetail();
                   return;
               }
               if (id == m_currentId) {
                   m_currentId = 0;
                   showDetail();
               }
               m_model->reload();
           });
    return true;
}

bool InboxWindow::exportTo(const QString &path, RequestExport::Format format, QString *error)
{
    // A target that can never be written is refused at once, without the database.
    QString why = m_unlocked ? exportTargetProblem(path) : tr("the inbox is locked");
    if (!why.isEmpty() || !m_storage) {
        *error = tr("The list could not be saved to %1: %2").arg(path, why);
        return false;
    }
    m_export->setEnabled(false);
    auto progress = std::make_shared<ExportProgress>();
    m_exportProgress = progress;
    m_progressTimer.start();
    // The pages are read and the file written on the storage's thread; the content outlives the inbox's worker.
    runJob(
        [filter = m_model->filter(), content = &m_content, path, format, progress](RequestStore &store) {
            Outcome outcome;
            if (!store.ensureOpen())
                outcome.why = store.lastError().message;
            else
                outcome.ok = RequestExport::save(store, filter, *content, path, format, &outcome.why,
                                                 [progress](int done, int total) {
                                                     progress->total = total;
                                                     progress->done = done;
                                                 });
            return outcome;
        },
        [this, path](const Outcome &outcome, const RequestStore::Error &) {
            m_progressTimer.stop();
            m_exportProgress.reset();
            m_busy->setText(tr("Loading…"));
            m_export->setEnabled(true);
            const QString message = outcome.ok ? QString()
                                               : tr("The list could not be saved to %1: %2").arg(path, outcome.why);
            if (!outcome.ok)
                Dialogs::tell(this, windowTitle(), message);
            Q_EMIT exportFinished(outcome.ok, message);
        });
    return true;
}

bool InboxWindow::exportCsv(const QString &path, QString *error)
{
    return exportTo(path, RequestExport::Format::Csv, error);
}

bool InboxWindow::exportXlsx(const QString &path, QString *error)
{
    return exportTo(path, RequestExport::Format::Xlsx, error);
}

void InboxWindow::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/requests-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".xlsx");
    QString path = Dialogs::getSaveFileName(this, tr("Export the list"), suggested,
                                            tr("Excel workbook (*.xlsx);;CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx")) {
        // The name chosen had no known ending: the workbook it gets is a file the dialog did not ask about.
        path += QStringLiteral(".xlsx");
        if (QFileInfo::exists(path)
            && Dialogs::ask(this, tr("Export the list"), tr("%1 already exists. Replace it?").arg(path),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return;
    }
    QString error;
    if (!exportTo(path, RequestExport::formatFor(path), &error))
        Dialogs::tell(this, windowTitle(), error);
}

void InboxWindow::printCurrent()
{
    if (m_currentId == 0 || m_currentReference.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (Dialogs::print(this, &printer))
        m_detail->document()->print(&printer);
}

QDialog *InboxWindow::openKeepingDialog()
{
    if (!m_unlocked)
        return nullptr;
    if (m_keepingDialog) {
        m_keepingDialog->raise();
        m_keepingDialog->activateWindow();
        return m_keepingDialog;
    }
    auto *dialog = new QDialog(this);
    m_keepingDialog = dialog;
    dialog->setObjectName(QStringLiteral("inboxKeepingDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keeping and backup"));

    m_lockMinutes = new QSpinBox;
    m_lockMinutes->setObjectName(QStringLiteral("inboxLockMinutes"));
    m_lockMinutes->setRange(Settings::kMinInboxLockSeconds / 60, Settings::kMaxInboxLockSeconds / 60);
    m_lockMinutes->setValue((m_settings ? m_settings->inboxLockSeconds() : Settings::kDefaultInboxLockSeconds) / 60);
    m_keepMonths = new QSpinBox;
    m_keepMonths->setObjectName(QStringLiteral("inboxKeepMonths"));
    m_keepMonths->setRange(0, Settings::kMaxRetentionMonths);
    m_keepMonths->setSpecialValueText(tr("No limit"));
    m_keepMonths->setValue(m_settings ? m_settings->retentionMonths() : 0);
    for (QSpinBox *box : {m_lockMinutes, m_keepMonths})
        box->setEnabled(m_settings != nullptr);
    auto *lockLabel = new QLabel(tr("&Lock the inbox after (minutes without use):"));
    lockLabel->setBuddy(m_lockMinutes);
    auto *keepLabel = new QLabel(tr("&Keep closed requests for (months):"));
    keepLabel->setBuddy(m_keepMonths);
    m_lockMinutes->setAccessibleName(spoken(lockLabel->text()));
    m_keepMonths->setAccessibleName(spoken(keepLabel->text()));
    for (QSpinBox *box : {m_lockMinutes, m_keepMonths})
        nameInnerField(box);
    auto *keepHint = new QLabel(tr("Closed requests older than this are deleted when the inbox is unlocked; each "
                                   "deletion is written to the audit trail. \"No limit\" keeps them all."));
    keepHint->setWordWrap(true);
    m_keepMonths->setAccessibleDescription(keepHint->text());
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(lockLabel, m_lockMinutes);
    form->addRow(keepLabel, m_keepMonths);
    form->addRow(keepHint);

    auto *backup = new QPushButton(tr("&Back up now…"));
    backup->setObjectName(QStringLiteral("inboxBackup"));
    auto *restore = new QPushButton(tr("&Restore from a backup…"));
    restore->setObjectName(QStringLiteral("inboxRestore"));
    auto *backupBox = new QGroupBox(tr("Backup"));
    auto *backupLayout = new QVBoxLayout(backupBox);
    auto *backupButtons = new QHBoxLayout;
    backupButtons->addWidget(backup);
    backupButtons->addWidget(restore);
    backupButtons->addStretch(1);
    backupLayout->addLayout(backupButtons);
    // A server's database is backed up on the server, by its administrator, with PostgreSQL's own tools.
    if (m_store->location().kind == DatabaseLocation::Kind::Postgres) {
        backup->setEnabled(false);
        restore->setEnabled(false);
        auto *note = new QLabel(tr("Use pg_dump on the server (see README)."));
        note->setObjectName(QStringLiteral("inboxPgDumpNote"));
        note->setWordWrap(true);
        backupLayout->addWidget(note);
    }

    m_audit = new QTableWidget(0, 4);
    m_audit->setObjectName(QStringLiteral("inboxAuditTrail"));
    m_audit->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_audit->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_audit->setTabKeyNavigation(false);
    m_audit->verticalHeader()->setVisible(false);
    m_audit->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_audit->horizontalHeader()->setStretchLastSection(true);
    m_audit->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Reference"), tr("Details")});
    auto *auditLabel = new QLabel(tr("&Audit trail, newest first:"));
    auditLabel->setBuddy(m_audit);
    m_audit->setAccessibleName(spoken(auditLabel->text()));
    m_audit->setMinimumHeight(m_audit->fontMetrics().height() * 8);
    fillAuditTrail();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("inboxKeepingSave"));
    save->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (QPushButton *b : {backup, restore})
        b->setAutoDefault(false);
    save->setDefault(true);  // Enter keeps what was set; nothing here deletes or replaces without asking first

    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(backupBox);
    layout->addWidget(auditLabel);
    layout->addWidget(m_audit, 1);
    layout->addWidget(buttons);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(760, 560)));

    connect(backup, &QPushButton::clicked, this, &InboxWindow::chooseBackupFile);
    connect(restore, &QPushButton::clicked, this, &InboxWindow::chooseRestoreFile);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog] {
        saveKeepingChoices();
        dialog->accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    new FocusRing(dialog);
    dialog->open();
    return dialog;
}

void InboxWindow::saveKeepingChoices()
{
    if (!m_settings)
        return;
    m_settings->setInboxLockSeconds(m_lockMinutes->value() * 60);
    m_settings->setRetentionMonths(m_keepMonths->value());
    if (m_unlocked)
        restartIdleTimer();
}

void InboxWindow::fillAuditTrail()
{
    if (!m_keepingDialog)
        return;
    runJob(
        [](RequestStore &store) { return store.ensureOpen() ? store.auditTrail() : QList<RequestStore::AuditEntry>(); },
        [this](const QList<RequestStore::AuditEntry> &entries, const RequestStore::Error &) {
            if (!m_keepingDialog)
                return;
            m_audit->setRowCount(int(entries.size()));
            for (int i = 0; i < entries.size(); ++i) {
                const RequestStore::AuditEntry &e = entries.at(i);
                QString what = e.action;
                if (e.action == QLatin1String("deleted"))
                    what = tr("Deleted by staff");
                else if (e.action == QLatin1String("deleted-retention"))
                    what = tr("Deleted after the keeping period");
                else if (e.action == QLatin1String("restored"))
                    what = tr("Restored from a backup");
                const QStringList cells{RequestListModel::receivedText(e.at), what, e.reference, e.detail};
                for (int column = 0; column < cells.size(); ++column)
                    m_audit->setItem(i, column, new QTableWidgetItem(cells.at(column)));
            }
        });
}

void InboxWindow::chooseBackupFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/requests-backup-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".db");
    const QString path = Dialogs::getSaveFileName(m_keepingDialog, tr("Back up the requests"), suggested,
                                                  tr("Request backups (*.db)"));
    if (!path.isEmpty())
        backupTo(path);
}

bool InboxWindow::backupTo(const QString &path)
{
    if (!m_unlocked)
        return false;
    runJob([path](RequestStore &store) { return store.ensureOpen() && store.backupTo(path); },
           [this, path](bool ok, const RequestStore::Error &error) {
               QWidget *parent = m_keepingDialog ? static_cast<QWidget *>(m_keepingDialog) : this;
               if (!ok) {
                   Dialogs::tell(parent, tr("Back up the requests"),
                                 tr("The requests could not be backed up to %1: %2").arg(path, error.message));
                   return;
               }
               Dialogs::tell(parent, tr("Back up the requests"),
                             tr("The requests were backed up to %1. Keep that file where only staff can reach it: it "
                                "holds health information.")
                                 .arg(path));
               fillAuditTrail();
           });
    return true;
}

void InboxWindow::chooseRestoreFile()
{
    // Shown without waiting, like the dialog it comes from, so that locking can close it.
    Dialogs::chooseOpenFile(m_keepingDialog, QStringLiteral("inboxRestoreChooser"), tr("Restore from a backup"),
                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                            tr("Request backups (*.db);;All files (*)"),
                            [this](const QString &path) { restoreFrom(path); });
}

bool InboxWindow::restoreFrom(const QString &path)
{
    if (!m_unlocked)
        return false;
    QWidget *parent = m_keepingDialog ? static_cast<QWidget *>(m_keepingDialog) : this;
    const QString title = tr("Restore from a backup");
    if (Dialogs::ask(parent, title,
                     tr("Replace every request in the inbox with the requests in %1? The requests here now, "
                        "including any received since that backup was made, will be gone.")
                         .arg(path),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    runJob([path](RequestStore &store) { return store.ensureOpen() && store.restoreFrom(path); },
           [this, path, title](bool ok, const RequestStore::Error &error) {
               QWidget *parent = m_keepingDialog ? static_cast<QWidget *>(m_keepingDialog) : this;
               if (!ok) {
                   Dialogs::tell(parent, title, tr("The backup %1 could not be restored: %2").arg(path, error.message));
                   return;
               }
               applyFilter();
               fillAuditTrail();
               Dialogs::tell(parent, title, tr("The requests were restored from %1.").arg(path));
           });
    return true;
}

} // namespace als
