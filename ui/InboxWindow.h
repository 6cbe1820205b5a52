#pragma once

#include "Content.h"
#include "RequestStore.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace als {

class RequestListModel;

// The staff inbox: the requests, newest first, filtered by status, date and text; one request in full with its
// history; status changes with a note (kept, never overwritten); print, CSV export and delete.
class InboxWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWindow)

public:
    InboxWindow(const Content &content, RequestStore *store, QWidget *parent = nullptr);
    ~InboxWindow() override;

    RequestListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *detail() const { return m_detail; }
    qint64 currentId() const { return m_currentId; }

    void applyFilter();
    bool openRequest(int row);
    bool changeStatus(const QString &status, const QString &note);
    bool deleteCurrent();
    bool exportCsv(const QString &path, QString *error);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void showDetail();
    void printCurrent();
    void chooseExportFile();

    QString prefectureLabel(const QString &id) const;

    const Content &m_content;
    RequestStore *m_store;
    RequestListModel *m_model = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_newStatusLabel = nullptr;
    QComboBox *m_newStatus = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_close = nullptr;
    QTimer m_searchDelay;
    qint64 m_currentId = 0;
};

} // namespace als
