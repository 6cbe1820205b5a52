#pragma once

#include "Content.h"
#include "CsvExport.h"
#include "RequestStore.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;

namespace als {

class RequestListModel;
class Settings;
class StaffGate;
class StorageWorker;
struct ExportProgress;

// The staff inbox: the requests, newest first, filtered by status, date and text; one request in full with its
// history; status changes with a note (kept, never overwritten); print, export (CSV or Excel) and delete; how long
// it stays unlocked and how long closed requests are kept, backup and restore, and the audit trail.
//
// One right passphrase unlocks it until it is closed or left without input for the lock period; locked, it holds
// nothing of a request, on screen or in memory, and offers only "Unlock…".
//
// The database is read and written on a StorageWorker of the inbox's own (its own connection and thread), so the
// window never waits on it: while a job runs it says "Loading…" quietly, typed filter text stays, and only what
// would act on stale data waits (the request's buttons until it is shown). A result that arrives after the filter
// changed, another request was chosen or the inbox was locked is dropped. The operations below therefore start
// the work and return; the result shows when it arrives (isBusy() says whether any is still under way).
class InboxWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWindow)

public:
    InboxWindow(const Content &content, RequestStore *store, QWidget *parent = nullptr);
    ~InboxWindow() override;

    // The lock period and the keeping period come from here, and staff change them here (not owned).
    void setSettings(Settings *settings);
    // The passphrase check behind unlock() (not owned). Without one the inbox cannot be unlocked.
    void setGate(StaffGate *gate);

    bool isUnlocked() const { return m_unlocked; }
    // Asks for the passphrase through the gate, unless the inbox is unlocked already (then it asks nothing and
    // only counts as input). Once unlocked it deletes the closed requests past the keeping period and lists the
    // rest. True if the inbox is unlocked.
    bool unlock();
    // Forgets every request shown and shows only the locked page.
    void lock();
    // Tests: lock after this many milliseconds without input instead of the settings' period (0: the settings).
    void setLockAfter(int milliseconds);
    int lockAfter() const;

    RequestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    QLabel *countLine() const { return m_count; }
    qint64 currentId() const { return m_currentId; }

    // Jobs queued or running on the inbox's storage, or results not shown yet.
    bool isBusy() const;

    void applyFilter();
    bool openRequest(int row);
    // Each returns whether the work was started (false: nothing to act on, or staff said no).
    bool changeStatus(const QString &status, const QString &note);
    bool deleteCurrent();
    // The list as filtered now, in either format, written on the storage's thread; the export button picks one by
    // the file name's ending. False (and why) at once for a target that can never be written; otherwise the
    // outcome comes with exportFinished() (and a failure in a message).
    bool exportCsv(const QString &path, QString *error);
    bool exportXlsx(const QString &path, QString *error);

    // "Keeping and backup": shown without waiting for it to close (a test answers it by its object names).
    QDialog *openKeepingDialog();
    // Each says what happened in a message (failures with the store's own words); restoring asks first.
    bool backupTo(const QString &path);
    bool restoreFrom(const QString &path);

Q_SIGNALS:
    // An export ended: ok, or the message shown.
    void exportFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPrivileges(const RequestStore::PrivilegeReport &report);
    void retranslate();
    void showDetail();
    void printCurrent();
    void chooseExportFile();
    void chooseBackupFile();
    void chooseRestoreFile();
    void applyRetention();
    void updateCountLine();
    void followTextSize();
    void restartIdleTimer();
    void saveKeepingChoices();
    void fillAuditTrail();
    bool exportTo(const QString &path, RequestExport::Format format, QString *error);
    void setBusy(bool busy);
    void showExportProgress();
    void setRequestActionsEnabled(bool enabled);
    void selectAfterLoading();
    // Runs `job` on the storage's thread and hands its result to `done`, unless the inbox was locked meanwhile.
    template<typename Job, typename Done> void runJob(Job job, Done done);

    const Content &m_content;
    RequestStore *m_store;
    std::unique_ptr<StorageWorker> m_storage;
    quint64 m_unlockNumber = 0;  // counts locks: a result for an earlier unlock is never shown
    qint64 m_keepId = 0;         // the request to choose again once the list reloaded after a change to it
    QString m_currentReference;  // of the request shown, once it has arrived
    Settings *m_settings = nullptr;
    StaffGate *m_gate = nullptr;
    bool m_unlocked = false;
    int m_lockAfter = 0;
    QString m_retentionNote;  // what the keeping period deleted at this unlock, shown after the count

    QStackedWidget *m_pages = nullptr;
    QWidget *m_inboxPage = nullptr;
    QWidget *m_lockedPage = nullptr;
    QLabel *m_lockedTitle = nullptr;
    QLabel *m_lockedText = nullptr;
    QPushButton *m_unlock = nullptr;

    RequestListModel *m_model = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_privileges = nullptr;
    QString m_privilegeText;
    QSplitter *m_split = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_newStatusLabel = nullptr;
    QComboBox *m_newStatus = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_keeping = nullptr;
    QPushButton *m_lockNow = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_close = nullptr;
    QTimer m_searchDelay;
    QTimer m_idle;
    // While an export runs: how far it got, written by the storage's thread and shown from here now and then.
    std::shared_ptr<ExportProgress> m_exportProgress;
    QTimer m_progressTimer;
    qint64 m_currentId = 0;

    // The "Keeping and backup" dialog, while it is open.
    QPointer<QDialog> m_keepingDialog;
    QSpinBox *m_lockMinutes = nullptr;
    QSpinBox *m_keepMonths = nullptr;
    QTableWidget *m_audit = nullptr;
};

} // namespace als
