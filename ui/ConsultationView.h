#pragma once

#include "ClinicProfile.h"
#include "ConsultationRequest.h"
#include "SectionView.h"
#include "StorageWorker.h"

#include <QHash>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QVBoxLayout;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QStackedWidget;
class QTextDocument;

namespace als {

// The consultation request: the notice, the form with inline, specific errors, and the receipt. Whatever goes
// wrong, the visitor's text stays in the form; only a saved request (or the desk's clearing) empties it.
// Storage runs on the StorageWorker's thread: while a request is being saved the window keeps painting and the desk
// can still clear the form; a result that arrives after the form was cleared reaches nobody (the request is stored
// all the same if the database acknowledged it).
class ConsultationView final : public SectionView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsultationView)

public:
    using Field = ConsultationRequest::Field;

    explicit ConsultationView(const Content &content, QWidget *parent = nullptr);
    ~ConsultationView() override;

    // Not owned; its store may be closed: the view's jobs open it when needed.
    void setStorage(StorageWorker *storage);
    // At a desk in desk mode: no database details for visitors, no "start a new database", no printing to a file.
    void setDeskMode(bool on);
    // Who reads the requests. Without a clinic (a home computer) the form keeps the reader's own questions.
    void setClinicProfile(const ClinicProfile &profile);
    const ClinicProfile &clinicProfile() const { return m_clinic; }
    // No clinic and not at a desk: nobody receives what is typed, so the form keeps the reader's own questions for
    // the doctor, lists them below it, and prints or deletes them (RequestMode::OwnQuestions).
    bool ownQuestionsMode() const { return !m_deskMode && !m_clinic.isSet(); }

    bool reveal(const SearchTarget &target) override;
    QString visibleText() const override;

    ConsultationRequest request() const;
    // Whether the visitor has typed anything into the form's text fields (choices alone do not count).
    bool hasTypedText() const;
    QWidget *fieldWidget(Field field) const;
    QLabel *errorLabel(Field field) const;
    QLabel *banner() const { return m_banner; }
    // Who receives what is typed here, above everything else on the page.
    QLabel *notice() const { return m_notice; }
    QString noticeText() const;  // the notice as plain text, one line a part
    // After Send with errors: how many things to fix, each a link to its field.
    QWidget *errorSummary() const { return m_summary; }
    QList<QLabel *> errorSummaryLinks() const { return m_summaryLinks; }
    QListWidget *ownQuestionsList() const { return m_mineList; }
    QPushButton *submitButton() const { return m_submit; }
    // Send was pressed and the database has not answered yet: Send says so and cannot be pressed again.
    bool isSaving() const { return m_saving; }
    bool showingReceipt() const;
    QString receiptReference() const { return m_receiptReference; }
    std::unique_ptr<QTextDocument> receiptDocument() const;

public Q_SLOTS:
    void submit();
    // Wipes everything a visitor left: fields, undo history, errors, the receipt.
    void clearAll();
    // The reader's own questions, newest first, read again from the store.
    void refreshOwnQuestions();
    // The chosen own question: printed, saved as a PDF (the file asked through Dialogs), deleted (after asking).
    // Each reads or deletes it through the storage worker and finishes when the database has answered.
    void printOwnQuestion();
    void saveOwnQuestionAsPdf();
    void deleteOwnQuestion();

Q_SIGNALS:
    void submitted(const als::StoredRequest &stored);
    // The visitor pressed "Done" on the receipt.
    void finished();
    // An alert was raised for assistive technology on this widget (an error summary, a storage problem, a kept
    // question): a screen reader says it at once.
    void announced(QWidget *source);

protected:
    void build() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createForm();
    void createOwnQuestions(QVBoxLayout *column);
    void retranslate();
    // Shows, hides and orders what the mode needs (a clinic's request or the reader's own questions).
    void applyMode();
    void updateNotice();
    void updateIntro();
    void updateTabOrder();
    void showSummary(const QList<FieldError> &errors);
    void focusField(Field field);
    RequestMode mode() const;
    void announce(QWidget *source);
    // Reads the chosen own question, then hands it to `then` (nothing if none is chosen or it cannot be read).
    void withChosenOwnQuestion(std::function<void(const StoredRequest &)> then);
    // Reads the list again; `then` runs once it is shown.
    void reloadOwnQuestions(std::function<void()> then);
    void setSaving(bool on);
    QString submitText() const;
    void saved(const StoredRequest &stored);
    void updateOwnQuestionButtons();
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    void clearError(Field field);
    // After an edit: every message whose field is now right disappears at once; no new message appears before Send.
    void recheckErrors();
    void showStorageError(const RequestStore::Error &error);
    void startFreshDatabase();
    void showReceipt(const StoredRequest &stored);
    void showReceiptText();
    void printReceipt();
    QWidget *addRow(Field field, QWidget *input, QLabel *label);
    // Widths that follow the text size: the form's column and the short fields.
    void fitWidths();

    StorageWorker *m_storage = nullptr;
    bool m_saving = false;
    // Counts the forms: each clearing starts a new one, and a result sent for an earlier one is dropped, so that
    // nothing of a visitor's request ever reaches the next visitor.
    quint64 m_visit = 0;
    bool m_deskMode = false;
    ClinicProfile m_clinic;
    QStackedWidget *m_pages = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_form = nullptr;
    QVBoxLayout *m_column = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_intro = nullptr;
    QWidget *m_summary = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QVBoxLayout *m_summaryLayout = nullptr;
    QList<QLabel *> m_summaryLinks;
    QHash<Field, QWidget *> m_rows;
    QLabel *m_banner = nullptr;
    QPushButton *m_startFresh = nullptr;
    QHash<Field, QWidget *> m_inputs;
    QHash<Field, QLabel *> m_labels;
    QHash<Field, QLabel *> m_errors;
    QButtonGroup *m_writer = nullptr;
    QLabel *m_writerLabel = nullptr;
    QList<QRadioButton *> m_writerButtons;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_age = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_prefecture = nullptr;
    QPlainTextEdit *m_history = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    QLineEdit *m_since = nullptr;
    QPlainTextEdit *m_treatments = nullptr;
    QPlainTextEdit *m_condition = nullptr;
    QPlainTextEdit *m_question = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_consentNote = nullptr;
    QLabel *m_consentStatement = nullptr;  // what the visitor agrees to, wrapped above the short check box
    QLabel *m_requiredNote = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_clear = nullptr;

    // The reader's own questions (ownQuestionsMode only).
    QWidget *m_mine = nullptr;
    QLabel *m_mineLabel = nullptr;
    QLabel *m_mineStatus = nullptr;
    QListWidget *m_mineList = nullptr;
    QPushButton *m_minePrint = nullptr;
    QPushButton *m_minePdf = nullptr;
    QPushButton *m_mineDelete = nullptr;

    QWidget *m_receipt = nullptr;
    QScrollArea *m_receiptScroll = nullptr;
    QLabel *m_receiptText = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_done = nullptr;
    QString m_receiptReference;
    QString m_pendingReference;  // the reference the request being sent is saved under, until it is saved
    QDateTime m_receiptTime;
};

} // namespace als
