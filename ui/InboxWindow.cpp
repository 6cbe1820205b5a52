#include "InboxWindow.h"

#include "CsvExport.h"
#include "Dialogs.h"
#include "FocusRing.h"
#include "RequestListModel.h"
#include "Theme.h"

#include <QCheckBox>
#include <QHideEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace als {

namespace {
constexpr int kTarget = 44;
}

InboxWindow::InboxWindow(const Content &content, RequestStore *store, QWidget *parent)
    : QDialog(parent)
    , m_content(content)
    , m_store(store)
{
    setObjectName(QStringLiteral("inbox"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    resize(1100, 720);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("inboxStatusFilter"));
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
    auto *filters = new QHBoxLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_useFrom), static_cast<QWidget *>(m_from),
                       static_cast<QWidget *>(m_useTo), static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_searchLabel)})
        filters->addWidget(w);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);

    m_model = new RequestListModel(store, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move within it
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("inboxDetail"));
    m_newStatusLabel = new QLabel;
    m_newStatus = new QComboBox;
    m_newStatus->setObjectName(QStringLiteral("inboxNewStatus"));
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
    statusRow->addWidget(m_noteLabel);
    statusRow->addWidget(m_note, 1);
    statusRow->addWidget(m_apply);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(statusRow);

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_print = new QPushButton;
    m_export = new QPushButton;
    m_delete = new QPushButton;
    m_close = new QPushButton;
    m_print->setObjectName(QStringLiteral("inboxPrint"));
    m_export->setObjectName(QStringLiteral("inboxExport"));
    m_delete->setObjectName(QStringLiteral("inboxDelete"));
    // Deleting is set apart from printing and exporting, and looks like what it is.
    m_delete->setProperty(Theme::kRoleProperty, QStringLiteral("destructive"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_print, m_export, m_delete}) {
        b->setMinimumHeight(kTarget);
        if (b == m_delete)
            buttons->addSpacing(4 * kTarget);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    m_close->setMinimumHeight(kTarget);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
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
    connect(m_delete, &QPushButton::clicked, this, &InboxWindow::deleteCurrent);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n request(s)", nullptr, m_model->totalCount()));
    });
    new FocusRing(this);
    Theme::applyButtonRoles(this);
    retranslate();
    m_count->setText(tr("%n request(s)", nullptr, m_model->totalCount()));
    showDetail();
}

InboxWindow::~InboxWindow() = default;

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
    m_status->setAccessibleName(tr("Show requests with status"));
    m_useFrom->setText(tr("From"));
    m_useTo->setText(tr("To"));
    m_from->setAccessibleName(tr("Received from this date"));
    m_to->setAccessibleName(tr("Received up to this date"));
    // The text field inside a date edit takes the focus: it needs the name too.
    for (QDateEdit *edit : {m_from, m_to}) {
        if (auto *inner = edit->findChild<QLineEdit *>())
            inner->setAccessibleName(edit->accessibleName());
    }
    m_searchLabel->setText(tr("&Search:"));
    m_search->setAccessibleName(tr("Search the requests"));
    m_table->setAccessibleName(tr("Requests, newest first"));
    m_detail->setAccessibleName(tr("The selected request"));
    m_newStatusLabel->setText(tr("Set status:"));
    m_noteLabel->setText(tr("&Note:"));
    m_apply->setText(tr("&Record the status"));
    m_print->setText(tr("&Print this request"));
    m_export->setText(tr("&Export the list as CSV…"));
    m_delete->setText(tr("&Delete this request…"));
    m_close->setText(tr("&Close"));
}

void InboxWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        Theme::applyButtonRoles(this);
    QDialog::changeEvent(event);
}

void InboxWindow::hideEvent(QHideEvent *event)
{
    // However it is closed (button, Escape, window manager), nothing of a request stays behind.
    m_currentId = 0;
    m_detail->clear();
    m_note->setText(QString());
    m_search->setText(QString());
    m_model->clear();
    QDialog::hideEvent(event);
}

QString InboxWindow::prefectureLabel(const QString &id) const
{
    const Language language = QLocale().language() == QLocale::Japanese ? Language::Japanese : Language::English;
    for (const Choice &c : m_content.prefectures()) {
        if (c.id == id)
            return c.label.in(language);
    }
    return id;
}

void InboxWindow::applyFilter()
{
    RequestStore::Filter filter;
    filter.status = m_status->currentData().toString();
    if (m_useFrom->isChecked())
        filter.from = m_from->date();
    if (m_useTo->isChecked())
        filter.to = m_to->date();
    filter.text = m_search->text();
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

void InboxWindow::showDetail()
{
    const bool has = m_currentId != 0;
    for (QWidget *w : {static_cast<QWidget *>(m_apply), static_cast<QWidget *>(m_print),
                       static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_newStatus),
                       static_cast<QWidget *>(m_note)})
        w->setEnabled(has);
    if (!has) {
        m_detail->setPlainText(tr("Choose a request in the list to read it here."));
        return;
    }
    const auto stored = m_store->find(m_currentId);
    if (!stored) {
        m_detail->setPlainText(m_store->lastError().message);
        return;
    }
    const ConsultationRequest &q = stored->request;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")));
    };
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding=\"3\">").arg(stored->reference.toHtmlEscaped());
    html += row(tr("Received"), QLocale().toString(stored->createdAt.toLocalTime(), QLocale::LongFormat));
    html += row(tr("Status"), RequestListModel::statusLabel(stored->status));
    html += row(tr("Who wrote"), RequestListModel::writerLabel(q.writer));
    html += row(tr("Name"), q.name);
    html += row(tr("Age"), q.age);
    html += row(tr("Sex"), RequestListModel::sexLabel(q.sex));
    html += row(tr("Prefecture"), prefectureLabel(q.prefecture));
    html += row(tr("Medical history"), q.medicalHistory);
    html += row(tr("Current problem"), q.currentProblem);
    html += row(tr("Since"), q.problemSince);
    html += row(tr("Treatments so far"), q.treatments);
    html += row(tr("Current condition"), q.currentCondition);
    html += row(tr("Question"), q.question);
    html += row(tr("Email"), q.email);
    html += row(tr("Phone"), q.phone);
    html += row(tr("Language"), q.language == QLatin1String("ja") ? QStringLiteral("日本語") : QStringLiteral("English"));
    html += QStringLiteral("</table><h3>%1</h3><ul>").arg(tr("History").toHtmlEscaped());
    for (const StatusChange &c : m_store->history(m_currentId)) {
        html += QStringLiteral("<li>%1 — %2%3</li>")
                    .arg(QLocale().toString(c.changedAt.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                         RequestListModel::statusLabel(c.status).toHtmlEscaped(),
                         c.note.isEmpty() ? QString() : QStringLiteral(": ") + c.note.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
    m_newStatus->setCurrentIndex(std::max(0, m_newStatus->findData(stored->status)));
}

bool InboxWindow::changeStatus(const QString &status, const QString &note)
{
    if (m_currentId == 0)
        return false;
    if (!m_store->setStatus(m_currentId, status, note)) {
        Dialogs::tell(this, windowTitle(), m_store->lastError().message);
        return false;
    }
    m_note->clear();
    const qint64 id = m_currentId;
    const int row = m_table->currentIndex().row();
    m_model->reload();
    if (row >= 0 && row < m_model->rowCount() && m_model->row(row)->id == id)
        m_table->selectRow(row);
    m_currentId = id;
    showDetail();
    return true;
}

bool InboxWindow::deleteCurrent()
{
    if (m_currentId == 0)
        return false;
    const auto stored = m_store->find(m_currentId);
    if (!stored)
        return false;
    if (Dialogs::ask(this, tr("Delete the request"),
                     tr("Delete request %1 and its history for good? This cannot be undone.").arg(stored->reference),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    if (!m_store->remove(m_currentId)) {
        Dialogs::tell(this, windowTitle(), m_store->lastError().message);
        return false;
    }
    m_currentId = 0;
    m_model->reload();
    showDetail();
    return true;
}

bool InboxWindow::exportCsv(const QString &path, QString *error)
{
    const QStringList header{tr("Reference"), tr("Received"), tr("Status"), tr("Who wrote"), tr("Name"), tr("Age"),
                             tr("Sex"), tr("Prefecture"), tr("Medical history"), tr("Current problem"), tr("Since"),
                             tr("Treatments so far"), tr("Current condition"), tr("Question"), tr("Email"),
                             tr("Phone"), tr("Language")};
    QList<QStringList> rows;
    RequestStore::ListRow last;
    const RequestStore::ListRow *after = nullptr;
    const int expected = m_store->count(m_model->filter());
    for (;;) {
        // Whole requests a page at a time: one query per 500, not one per request.
        const auto page = m_store->listRequests(m_model->filter(), 500, after);
        if (!page) {
            // A partial export would look complete: refuse it instead.
            *error = tr("The list could not be saved to %1: %2").arg(path, m_store->lastError().message);
            return false;
        }
        for (const StoredRequest &s : *page) {
            const ConsultationRequest &q = s.request;
            rows.append({s.reference, QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat),
                         RequestListModel::statusLabel(s.status), RequestListModel::writerLabel(q.writer), q.name,
                         q.age, RequestListModel::sexLabel(q.sex), prefectureLabel(q.prefecture), q.medicalHistory, q.currentProblem,
                         q.problemSince, q.treatments, q.currentCondition, q.question, q.email, q.phone, q.language});
        }
        if (page->size() < 500)
            break;
        last = {page->constLast().id, {}, page->constLast().createdAt, {}, {}, {}, {}};
        after = &last;
    }
    if (expected >= 0 && rows.size() != expected) {
        *error = tr("The list could not be saved to %1: %2").arg(path, tr("the requests changed while exporting; try again"));
        return false;
    }
    // Written to a temporary file, owner-only from the start, and renamed: never half a file, never readable by
    // others even for a moment.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || !CsvExport::write(&file, header, rows) || !file.commit()) {
        *error = tr("The list could not be saved to %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

void InboxWindow::chooseExportFile()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        + QStringLiteral("/requests-") + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list as CSV"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        Dialogs::tell(this, windowTitle(), error);
}

void InboxWindow::printCurrent()
{
    if (m_currentId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_detail->document()->print(&printer);
}

} // namespace als
