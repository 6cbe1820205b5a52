#include "ConsultationView.h"

#include "Dialogs.h"
#include "ExportTarget.h"
#include "Handout.h"
#include "Receipt.h"
#include "RequestListModel.h"
#include "Theme.h"

#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

#include <algorithm>

namespace als {

namespace {

constexpr int kTarget = 44;  // the smallest click target, in pixels (WCAG 2.5.8 asks 24; people with ALS need more)
// The form's column, in ems of its text: about as wide as the reading views' measure, so that fields and their
// labels are read at a glance instead of stretching across a wide screen. A narrower window simply narrows it.
constexpr int kColumnEms = 48;

// Health data must not be learnt by the input method and offered to the next visitor as a suggestion.
constexpr Qt::InputMethodHints kPrivate = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;

// List rows as easy to hit as a button, however short their text.
class RoomyRows final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height() + option.fontMetrics.height() / 2, kTarget));
        return size;
    }
};

QPlainTextEdit *textArea()
{
    auto *edit = new QPlainTextEdit;
    edit->setInputMethodHints(kPrivate);
    edit->setTabChangesFocus(true);  // Tab leaves the box: a keyboard or switch user must never be trapped
    edit->setMinimumHeight(kTarget * 2);
    edit->setMaximumHeight(kTarget * 4);
    return edit;
}

QLineEdit *lineEdit()
{
    auto *edit = new QLineEdit;
    edit->setInputMethodHints(kPrivate);
    edit->setMinimumHeight(kTarget);
    return edit;
}

// A choice the pointer passes over while the page scrolls must not change: the wheel only turns a choice that has
// focus (taken by a click or Tab, never by the wheel itself); otherwise it scrolls the form (see eventFilter).
void guardAgainstWheel(QWidget *w, QObject *filter)
{
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(filter);
}

void setText(QWidget *w, const QString &text)
{
    // setText/setPlainText also drop the undo history, so the next visitor cannot bring anything back.
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
        plain->setPlainText(text);
}

} // namespace

ConsultationView::ConsultationView(const Content &content, QWidget *parent)
    : SectionView(content, QStringLiteral("consultation"), parent)
{
    m_pages = new QStackedWidget;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    createForm();
    retranslate();
}

ConsultationView::~ConsultationView() = default;

void ConsultationView::setStorage(StorageWorker *storage)
{
    m_storage = storage;
    if (ownQuestionsMode())
        refreshOwnQuestions();
}

void ConsultationView::setClinicProfile(const ClinicProfile &profile)
{
    if (profile == m_clinic)
        return;
    const bool wasOwn = ownQuestionsMode();
    m_clinic = profile;
    if (wasOwn != ownQuestionsMode())
        clearAll();  // a request half typed for a clinic is not the reader's own question, nor the other way round
    applyMode();
}

void ConsultationView::setDeskMode(bool on)
{
    const bool wasOwn = ownQuestionsMode();
    m_deskMode = on;
    m_startFresh->setVisible(false);
    if (wasOwn != ownQuestionsMode())
        clearAll();
    applyMode();
}

QWidget *ConsultationView::addRow(Field field, QWidget *input, QLabel *label)
{
    const QString key = ConsultationRequest::fieldKey(field);
    input->setObjectName(key + QStringLiteral("Field"));
    auto *error = new QLabel;
    error->setObjectName(key + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setVisible(false);
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColour(palette));
    error->setPalette(palette);
    m_inputs.insert(field, input);
    m_labels.insert(field, label);
    m_errors.insert(field, error);
    if (label && label->buddy() == nullptr)
        label->setBuddy(input);
    auto *row = new QWidget;
    auto *rowLayout = new QVBoxLayout(row);
    rowLayout->setContentsMargins(0, 4, 0, 4);
    rowLayout->setSpacing(2);
    if (label) {
        label->setWordWrap(true);
        rowLayout->addWidget(label);
    }
    rowLayout->addWidget(input);
    rowLayout->addWidget(error);
    row->setObjectName(key + QStringLiteral("Row"));
    m_rows.insert(field, row);
    return row;
}

void ConsultationView::createForm()
{
    auto *form = new QWidget;
    m_form = form;
    form->setObjectName(QStringLiteral("consultationForm"));
    auto *column = new QVBoxLayout(form);
    m_column = column;
    column->setContentsMargins(16, 12, 16, 16);

    // Who receives what is typed here: a clinic (by name), the staff at this desk, or nobody at all (a home
    // computer). Said first and plainly, because "send it to us" means nothing until "us" is known. Its text also
    // opens the introduction's accessible description, so a screen reader hears it at the first stop.
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("clinicNotice"));
    m_notice->setWordWrap(true);
    m_notice->setMinimumWidth(1);
    m_notice->setFrameShape(QFrame::Box);
    m_notice->setMargin(10);
    m_notice->setTextFormat(Qt::RichText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_notice);

    // Read, not edited: it takes focus (the view's first stop, so a screen reader starts here) but shows no caret.
    // Any width will do: the text wraps, so the form never grows wider than the window and cuts itself off.
    m_intro = new QLabel;
    m_intro->setObjectName(QStringLiteral("consultationIntro"));
    m_intro->setTextFormat(Qt::MarkdownText);
    m_intro->setWordWrap(true);
    m_intro->setMinimumWidth(1);
    m_intro->setMargin(8);  // off the focus ring's edge
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_intro->setFocusPolicy(Qt::StrongFocus);
    column->addWidget(m_intro);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("storageError"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setFrameShape(QFrame::Box);
    m_banner->setMargin(8);
    m_banner->setFocusPolicy(Qt::StrongFocus);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    column->addWidget(m_banner);
    m_startFresh = new QPushButton;
    m_startFresh->setObjectName(QStringLiteral("startFreshDatabase"));
    m_startFresh->setVisible(false);
    m_startFresh->setMinimumHeight(kTarget);
    connect(m_startFresh, &QPushButton::clicked, this, &ConsultationView::startFreshDatabase);
    column->addWidget(m_startFresh, 0, Qt::AlignLeft);

    // After Send with errors: how many things to fix, each a link that takes focus to its field. The messages stay
    // under their fields too; this is the list a reader who scrolled past them sees first.
    m_summary = new QFrame;
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    static_cast<QFrame *>(m_summary)->setFrameShape(QFrame::Box);
    m_summary->setVisible(false);
    m_summaryLayout = new QVBoxLayout(m_summary);
    m_summaryLayout->setContentsMargins(10, 8, 10, 8);
    m_summaryTitle = new QLabel;
    m_summaryTitle->setObjectName(QStringLiteral("errorSummaryTitle"));
    m_summaryTitle->setWordWrap(true);
    QFont bold = m_summaryTitle->font();
    bold.setBold(true);
    m_summaryTitle->setFont(bold);
    QPalette warning = m_summaryTitle->palette();
    warning.setColor(QPalette::WindowText, Theme::errorColour(warning));
    m_summaryTitle->setPalette(warning);
    m_summaryLayout->addWidget(m_summaryTitle);
    column->addWidget(m_summary);

    m_requiredNote = new QLabel;
    m_requiredNote->setWordWrap(true);
    column->addWidget(m_requiredNote);

    // Who is writing: three plain choices, each a large target, one under the other so that none is pushed out
    // of sight when the text is large.
    auto *writerBox = new QGroupBox;
    writerBox->setObjectName(QStringLiteral("writerBox"));
    auto *writerLayout = new QVBoxLayout(writerBox);
    m_writer = new QButtonGroup(this);
    for (int i = 0; i < ConsultationRequest::writerChoices().size(); ++i) {
        auto *button = new QRadioButton;
        button->setObjectName(QStringLiteral("writer-") + ConsultationRequest::writerChoices().at(i));
        button->setMinimumHeight(kTarget);
        m_writer->addButton(button, i);
        m_writerButtons << button;
        button->installEventFilter(this);
        writerLayout->addWidget(button);
    }
    m_writerLabel = new QLabel;
    m_writerLabel->setBuddy(m_writerButtons.first());
    column->addWidget(addRow(Field::Writer, writerBox, m_writerLabel));

    m_name = lineEdit();
    m_name->setMaxLength(ConsultationRequest::kMaxNameLength * 2);  // longer input still gets a clear message
    column->addWidget(addRow(Field::Name, m_name, new QLabel));
    m_age = lineEdit();
    m_age->setInputMethodHints(kPrivate | Qt::ImhPreferNumbers);
    column->addWidget(addRow(Field::Age, m_age, new QLabel));
    m_sex = new QComboBox;
    m_sex->setMinimumHeight(kTarget);
    guardAgainstWheel(m_sex, this);
    m_sex->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);  // as wide as its longest choice
    column->addWidget(addRow(Field::Sex, m_sex, new QLabel));
    m_prefecture = new QComboBox;
    m_prefecture->setMinimumHeight(kTarget);
    m_prefecture->setMaxVisibleItems(15);
    guardAgainstWheel(m_prefecture, this);
    m_prefecture->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    column->addWidget(addRow(Field::Prefecture, m_prefecture, new QLabel));

    m_history = textArea();
    column->addWidget(addRow(Field::MedicalHistory, m_history, new QLabel));
    m_problem = textArea();
    column->addWidget(addRow(Field::CurrentProblem, m_problem, new QLabel));
    m_since = lineEdit();
    column->addWidget(addRow(Field::ProblemSince, m_since, new QLabel));
    m_treatments = textArea();
    column->addWidget(addRow(Field::Treatments, m_treatments, new QLabel));
    m_condition = textArea();
    column->addWidget(addRow(Field::CurrentCondition, m_condition, new QLabel));
    m_question = textArea();
    m_question->setMinimumHeight(kTarget * 3);
    m_question->setMaximumHeight(kTarget * 6);
    column->addWidget(addRow(Field::Question, m_question, new QLabel));
    m_email = lineEdit();
    m_email->setInputMethodHints(kPrivate | Qt::ImhEmailCharactersOnly);
    column->addWidget(addRow(Field::Email, m_email, new QLabel));
    m_phone = lineEdit();
    m_phone->setInputMethodHints(kPrivate | Qt::ImhDialableCharactersOnly);
    column->addWidget(addRow(Field::Phone, m_phone, new QLabel));

    // A check box's text never wraps: the statement is a wrapped label of its own, the box says "I agree".
    m_consent = new QCheckBox;
    m_consent->setMinimumHeight(kTarget);
    m_consentNote = new QLabel;
    m_consentNote->setWordWrap(true);
    m_consentStatement = new QLabel;
    m_consentStatement->setObjectName(QStringLiteral("consentStatement"));
    m_consentStatement->setWordWrap(true);
    m_consentStatement->setBuddy(m_consent);
    auto *consentBox = new QWidget;
    auto *consentLayout = new QVBoxLayout(consentBox);
    consentLayout->setContentsMargins(0, 0, 0, 0);
    consentLayout->addWidget(m_consentNote);
    consentLayout->addWidget(m_consentStatement);
    consentLayout->addWidget(m_consent);
    QWidget *consentRow = addRow(Field::Consent, consentBox, nullptr);
    consentBox->setObjectName(QStringLiteral("consentBox"));
    m_inputs.insert(Field::Consent, m_consent);
    m_consent->setObjectName(QStringLiteral("consentField"));
    column->addWidget(consentRow);

    auto *buttons = new QHBoxLayout;
    m_submit = new QPushButton;
    m_submit->setObjectName(QStringLiteral("submitRequest"));
    m_submit->setProperty(Theme::kRoleProperty, QStringLiteral("primary"));
    m_submit->setMinimumHeight(kTarget);
    m_submit->setDefault(true);
    // Clearing is the secondary action: plain, never the default, set apart at the far end so that it is not
    // pressed instead of Send; and it asks first.
    m_clear = new QPushButton;
    m_clear->setObjectName(QStringLiteral("clearForm"));
    m_clear->setMinimumHeight(kTarget);
    m_clear->setAutoDefault(false);
    buttons->addWidget(m_submit);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    column->addLayout(buttons);
    createOwnQuestions(column);
    column->addStretch();
    connect(m_submit, &QPushButton::clicked, this, &ConsultationView::submit);
    // Enter in a one-line field sends, as in any form (a text box takes Enter as a new line instead).
    for (QLineEdit *line : {m_name, m_age, m_since, m_email, m_phone}) {
        connect(line, &QLineEdit::returnPressed, this, &ConsultationView::submit);
        connect(line, &QLineEdit::textChanged, this, &ConsultationView::recheckErrors);
    }
    for (QPlainTextEdit *text : {m_history, m_problem, m_treatments, m_condition, m_question})
        connect(text, &QPlainTextEdit::textChanged, this, &ConsultationView::recheckErrors);
    for (QComboBox *combo : {m_sex, m_prefecture})
        connect(combo, &QComboBox::currentIndexChanged, this, &ConsultationView::recheckErrors);
    connect(m_writer, &QButtonGroup::idToggled, this, &ConsultationView::recheckErrors);
    connect(m_consent, &QCheckBox::toggled, this, &ConsultationView::recheckErrors);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (Dialogs::ask(this, tr("Clear the form"), tr("Remove everything typed in this form?"),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes)
            clearAll();
    });

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("consultationScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(form);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Not a stop of its own: Tab goes from field to field, and the area scrolls each one into view.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_pages->addWidget(m_scroll);

    // The receipt: the reference number and what happens next, nothing of the request itself.
    m_receipt = new QWidget;
    m_receipt->setObjectName(QStringLiteral("receiptPage"));
    auto *receiptLayout = new QVBoxLayout(m_receipt);
    receiptLayout->setContentsMargins(24, 24, 24, 24);
    m_receiptText = new QLabel;
    m_receiptText->setObjectName(QStringLiteral("receiptText"));
    m_receiptText->setWordWrap(true);
    m_receiptText->setTextFormat(Qt::RichText);
    m_receiptText->setFocusPolicy(Qt::StrongFocus);
    m_receiptText->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_receiptText->setMinimumWidth(1);
    m_receiptText->setMargin(8);
    receiptLayout->addWidget(m_receiptText);
    auto *receiptButtons = new QHBoxLayout;
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("printReceipt"));
    m_print->setMinimumHeight(kTarget);
    m_done = new QPushButton;
    m_done->setObjectName(QStringLiteral("receiptDone"));
    m_done->setMinimumHeight(kTarget);
    receiptButtons->addWidget(m_print);
    receiptButtons->addWidget(m_done);
    receiptButtons->addStretch();
    receiptLayout->addLayout(receiptButtons);
    receiptLayout->addStretch();
    connect(m_print, &QPushButton::clicked, this, &ConsultationView::printReceipt);
    connect(m_done, &QPushButton::clicked, this, [this] {
        clearAll();
        Q_EMIT finished();
    });
    // Scrolled like the form, so that at a large text size the window never has to be taller than the screen.
    m_receiptScroll = new QScrollArea;
    m_receiptScroll->setObjectName(QStringLiteral("receiptScroll"));
    m_receiptScroll->setWidgetResizable(true);
    m_receiptScroll->setWidget(m_receipt);
    m_receiptScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_receiptScroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_receiptScroll->setFocusPolicy(Qt::NoFocus);
    m_pages->addWidget(m_receiptScroll);

    setFocusProxy(m_intro);  // the notice comes first, then the fields in order
    fitWidths();
    applyMode();
}

void ConsultationView::createOwnQuestions(QVBoxLayout *column)
{
    // The reader's own questions, under the form that writes them: newest first, each printable, saved as a PDF
    // or deleted. One list with its buttons (not buttons on every row): one Tab stop, and each action keeps a
    // single access key however many questions there are.
    m_mine = new QWidget;
    m_mine->setObjectName(QStringLiteral("ownQuestions"));
    auto *layout = new QVBoxLayout(m_mine);
    layout->setContentsMargins(0, 24, 0, 0);
    m_mineLabel = new QLabel;
    m_mineLabel->setObjectName(QStringLiteral("ownQuestionsLabel"));
    m_mineLabel->setWordWrap(true);
    QFont heading = m_mineLabel->font();
    heading.setBold(true);
    m_mineLabel->setFont(heading);
    layout->addWidget(m_mineLabel);
    m_mineStatus = new QLabel;
    m_mineStatus->setObjectName(QStringLiteral("ownQuestionsStatus"));
    m_mineStatus->setWordWrap(true);
    layout->addWidget(m_mineStatus);
    m_mineList = new QListWidget;
    m_mineList->setObjectName(QStringLiteral("ownQuestionsList"));
    m_mineList->setWordWrap(true);
    m_mineList->setMinimumHeight(kTarget * 3);
    m_mineList->setMaximumHeight(kTarget * 7);
    m_mineList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_mineList->setItemDelegate(new RoomyRows(m_mineList));
    m_mineLabel->setBuddy(m_mineList);
    layout->addWidget(m_mineList);
    auto *buttons = new QHBoxLayout;
    m_minePrint = new QPushButton;
    m_minePrint->setObjectName(QStringLiteral("printOwnQuestion"));
    m_minePdf = new QPushButton;
    m_minePdf->setObjectName(QStringLiteral("saveOwnQuestionPdf"));
    m_mineDelete = new QPushButton;
    m_mineDelete->setObjectName(QStringLiteral("deleteOwnQuestion"));
    // Deleting is set apart at the far end and marked as destructive; it asks first.
    m_mineDelete->setProperty(Theme::kRoleProperty, QStringLiteral("destructive"));
    for (QPushButton *b : {m_minePrint, m_minePdf, m_mineDelete}) {
        b->setMinimumHeight(kTarget);
        b->setAutoDefault(false);
    }
    buttons->addWidget(m_minePrint);
    buttons->addWidget(m_minePdf);
    buttons->addStretch();
    buttons->addWidget(m_mineDelete);
    layout->addLayout(buttons);
    column->addWidget(m_mine);
    connect(m_mineList, &QListWidget::currentRowChanged, this, &ConsultationView::updateOwnQuestionButtons);
    connect(m_minePrint, &QPushButton::clicked, this, &ConsultationView::printOwnQuestion);
    connect(m_minePdf, &QPushButton::clicked, this, &ConsultationView::saveOwnQuestionAsPdf);
    connect(m_mineDelete, &QPushButton::clicked, this, &ConsultationView::deleteOwnQuestion);
    updateOwnQuestionButtons();
}

void ConsultationView::applyMode()
{
    // Own questions: nobody answers them, so the fields that only serve a clinic's answer (who writes, a name,
    // age, sex and place, email, phone and the consent to keep the data for answering) are hidden, not just made
    // optional: fewer boxes for a tired reader, and nothing suggests that someone will reply. What is left is
    // what a doctor needs to hear: the question first, then the problem, since when, the treatments, the
    // condition and the history, all optional.
    const bool own = ownQuestionsMode();
    for (Field f : {Field::Writer, Field::Name, Field::Age, Field::Sex, Field::Prefecture, Field::Email, Field::Phone,
                    Field::Consent})
        m_rows.value(f)->setVisible(!own);
    m_mine->setVisible(own);
    QWidget *question = m_rows.value(Field::Question);
    m_column->removeWidget(question);
    const int at = own ? m_column->indexOf(m_requiredNote) + 1
                       : m_column->indexOf(m_rows.value(Field::CurrentCondition)) + 1;
    m_column->insertWidget(at, question);
    clearErrors();
    retranslate();
    updateTabOrder();
    if (own)
        refreshOwnQuestions();
}

void ConsultationView::updateTabOrder()
{
    // Tab follows what the eye reads, top to bottom, in either order of the fields.
    QList<QWidget *> chain{m_intro, m_banner, m_startFresh};
    for (QLabel *link : std::as_const(m_summaryLinks))
        chain << link;
    for (int i = 0; i < m_column->count(); ++i) {
        QWidget *row = m_column->itemAt(i)->widget();
        const Field *field = nullptr;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (it.value() == row)
                field = &it.key();
        }
        if (!field)
            continue;
        if (*field == Field::Writer)
            chain.append(QList<QWidget *>(m_writerButtons.cbegin(), m_writerButtons.cend()));
        else
            chain << fieldWidget(*field);
    }
    chain << m_submit << m_clear << m_mineList << m_minePrint << m_minePdf << m_mineDelete;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ConsultationView::updateNotice()
{
    // The first sentence, who receives it, in bold; the rest plain. Values typed by staff are shown as typed.
    QString lead;
    QStringList rest;
    if (m_clinic.isSet()) {
        lead = m_clinic.destinationSentence(language());
        if (const QString reply = m_clinic.replySentence(language()); !reply.isEmpty())
            rest << reply;
        if (!m_clinic.privacyContact.trimmed().isEmpty())
            rest << tr("Questions about your personal data: %1").arg(m_clinic.privacyContact.trimmed());
    } else if (m_deskMode) {
        lead = tr("Your request goes to the staff at this desk.");
    } else {
        lead = tr("What you type here is kept only on this computer.");
        rest << tr("It is not sent to anyone, and nobody will answer it. Print it, or save it as a PDF, and take "
                   "it to your doctor.");
    }
    QString html = QStringLiteral("<b>%1</b>").arg(lead.toHtmlEscaped());
    // Japanese runs its sentences on without a space; English leaves one.
    if (!rest.isEmpty())
        html += (language() == Language::Japanese ? QString() : QStringLiteral(" ")) + rest.first().toHtmlEscaped();
    for (int i = 1; i < rest.size(); ++i)
        html += QStringLiteral("<br/>") + rest.at(i).toHtmlEscaped();
    m_notice->setText(html);
    const QString text = noticeText();
    m_notice->setAccessibleName(tr("Who receives this"));
    m_notice->setAccessibleDescription(text);
}

QString ConsultationView::noticeText() const
{
    QTextDocument doc;
    doc.setHtml(m_notice->text());
    return doc.toPlainText().replace(QChar::LineSeparator, QLatin1Char('\n'));
}

void ConsultationView::updateIntro()
{
    if (!isBuilt())
        return;
    // The content's introduction speaks of sending a request to "us"; the reader's own questions have their own.
    const QString intro = ownQuestionsMode()
        ? QStringLiteral("# %1\n\n%2\n\n- %3\n- %4\n- %5\n")
              .arg(tr("My questions for the doctor"),
                   tr("Write down what you want to ask your doctor, so that nothing is forgotten at the next visit."),
                   tr("Only the question is needed. Add the rest if it helps your doctor."),
                   tr("Your questions are listed below the form, newest first. You can print them, save them as a "
                      "PDF or delete them."),
                   tr("If your health changes suddenly, do not wait for your next visit: contact your hospital or "
                      "clinic straight away."))
        : content().sectionMarkdown(sectionId(), language());
    m_intro->setText(intro);
    // A screen reader gets the notice and the introduction itself with the label's name, not only the name.
    QTextDocument plain;
    plain.setMarkdown(intro);
    m_intro->setAccessibleDescription(noticeText() + QLatin1Char('\n') + plain.toPlainText());
}

void ConsultationView::fitWidths()
{
    const int em = QFontInfo(font()).pixelSize();
    const QMargins margins = m_form->layout()->contentsMargins();
    m_form->setMaximumWidth(kColumnEms * em + margins.left() + margins.right());
    m_receipt->setMaximumWidth(m_form->maximumWidth());
    // Each short field about as wide as what it holds, so the eye finds its end.
    m_name->setMaximumWidth(24 * em);
    m_age->setMaximumWidth(6 * em);
    m_since->setMaximumWidth(24 * em);
    m_email->setMaximumWidth(32 * em);
    m_phone->setMaximumWidth(16 * em);
}

void ConsultationView::build()
{
    // Choices: the stored values stay the same in every language, only their labels change.
    const int sex = m_sex->currentIndex();
    const int prefecture = m_prefecture->currentIndex();
    m_prefecture->clear();
    m_prefecture->addItem(tr("(choose)"), QString());
    for (const Choice &c : content().prefectures())
        m_prefecture->addItem(c.label.in(language()), c.id);
    m_prefecture->setCurrentIndex(std::max(0, prefecture));
    retranslate();
    m_sex->setCurrentIndex(std::max(0, sex));
}

void ConsultationView::retranslate()
{
    const QString required = tr("(required)");
    m_requiredNote->setText(tr("Fields marked %1 must be filled in. Everything else is optional.").arg(required));
    // Access keys: unique in the whole window, whose menus take Alt+F, V, G, T and H and whose search takes Alt+S.
    // The Japanese texts carry the same letters, as 「お名前(&N)」.
    m_writerLabel->setText(tr("&Who is writing? %1").arg(required));
    const QStringList writerTexts{tr("The person with ALS"), tr("A family member"), tr("Someone else")};
    for (int i = 0; i < m_writerButtons.size(); ++i)
        m_writerButtons.at(i)->setText(writerTexts.at(i));
    m_inputs.value(Field::Writer)->setAccessibleName(tr("Who is writing"));
    m_labels.value(Field::Name)->setText(tr("&Name %1").arg(required));
    m_labels.value(Field::Age)->setText(tr("&Age of the person with ALS %1").arg(required));
    m_labels.value(Field::Sex)->setText(tr("Se&x of the person with ALS"));
    m_labels.value(Field::Prefecture)->setText(tr("&Place of residence (prefecture)"));
    m_labels.value(Field::MedicalHistory)->setText(tr("&Medical history (illnesses, when ALS was diagnosed)"));
    m_labels.value(Field::CurrentProblem)->setText(tr("The current p&roblem"));
    m_labels.value(Field::ProblemSince)->setText(tr("S&ince when?"));
    m_labels.value(Field::Treatments)->setText(tr("Treatments s&o far, and what they did"));
    m_labels.value(Field::CurrentCondition)->setText(tr("Current &condition (walking, eating, breathing, speaking)"));
    m_labels.value(Field::Question)->setText(ownQuestionsMode() ? tr("My &question for the doctor %1").arg(required)
                                                                : tr("Your &question %1").arg(required));
    m_labels.value(Field::Email)->setText(tr("&Email address (email or phone is required)"));
    m_labels.value(Field::Phone)->setText(tr("Phone n&umber (email or phone is required)"));
    m_consentNote->setText(m_clinic.isSet()
                               ? tr("%1 keeps this health information only to answer you, where only their staff "
                                    "can read it. You can ask them to delete it at any time.")
                                     .arg(m_clinic.name.trimmed())
                               : tr("We keep this health information only to answer you, on this clinic's computer, "
                                    "where only our staff can read it. You can ask us to delete it at any time."));
    m_consentStatement->setText(tr("I agree that my request, including the health information in it, is stored "
                                   "to answer me."));
    m_consent->setText(tr("&Yes, I agree %1").arg(required));
    m_consent->setAccessibleDescription(m_consentStatement->text());

    const int sex = m_sex->currentIndex();
    m_sex->clear();
    m_sex->addItem(tr("(choose)"), QString());
    for (const QString &choice : ConsultationRequest::sexChoices())
        m_sex->addItem(RequestListModel::sexLabel(choice), choice);
    m_sex->setCurrentIndex(std::max(0, sex));

    m_submit->setText(submitText());
    m_clear->setText(tr("C&lear the form"));
    m_mineLabel->setText(tr("Your saved q&uestions, newest first"));
    m_minePrint->setText(tr("&Print…"));
    m_minePdf->setText(tr("Save as P&DF…"));
    m_mineDelete->setText(tr("D&elete…"));
    m_mineList->setAccessibleName(tr("Your saved questions"));
    m_minePrint->setAccessibleName(tr("Print the chosen question"));
    m_minePdf->setAccessibleName(tr("Save the chosen question as a PDF"));
    m_mineDelete->setAccessibleName(tr("Delete the chosen question"));
    m_startFresh->setText(tr("Keep the damaged file aside and start a new database (staff)"));
    m_print->setText(tr("&Print the receipt"));
    m_done->setText(tr("&Done: clear the screen"));
    m_intro->setAccessibleName(tr("About this form"));
    m_scroll->setAccessibleName(ownQuestionsMode() ? tr("My questions for the doctor")
                                                   : tr("Consultation request form"));
    m_summary->setAccessibleName(m_summaryTitle->text());
    m_banner->setAccessibleName(tr("Problem saving the request"));
    m_receiptText->setAccessibleName(tr("Receipt"));
    updateNotice();
    updateIntro();
    if (ownQuestionsMode())
        refreshOwnQuestions();
    if (showingReceipt())
        showReceiptText();
}

void ConsultationView::showReceiptText()
{
    m_receiptText->setText(receiptHtml(m_receiptReference, m_receiptTime, language(), m_clinic));
    // A label's rich text is not in the accessibility tree: its name and description carry the number and what
    // happens next, so a screen reader says them when the receipt gets focus.
    m_receiptText->setAccessibleName(tr("Receipt: your reference number is %1").arg(m_receiptReference));
    m_receiptText->setAccessibleDescription(QTextDocumentFragment::fromHtml(m_receiptText->text()).toPlainText());
}

void ConsultationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange)
        fitWidths();
    if (event->type() == QEvent::PaletteChange) {
        // The error colour follows the theme: dark orange-red on light, light orange on dark.
        QList<QLabel *> warnings = m_errors.values();
        warnings << m_summaryTitle;
        for (QLabel *error : std::as_const(warnings)) {
            QPalette palette = QApplication::palette();
            palette.setColor(QPalette::WindowText, Theme::errorColour(palette));
            error->setPalette(palette);
        }
    }
    SectionView::changeEvent(event);
}

bool ConsultationView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel && (watched == m_sex || watched == m_prefecture)
        && !static_cast<QWidget *>(watched)->hasFocus()) {
        // Handed to the form's scroll area, so that the page goes on scrolling under the pointer.
        QCoreApplication::sendEvent(m_scroll->viewport(), event);
        return true;
    }
    // A link of the error summary has focus as a whole (one Tab stop each, not a label and then its link):
    // Enter or Space follows it, as a button would.
    if (event->type() == QEvent::KeyPress) {
        auto *link = qobject_cast<QLabel *>(watched);
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (link && m_summaryLinks.contains(link)
            && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
            focusField(Field(link->property("summaryField").toInt()));
            return true;
        }
    }
    // The choices stand one under the other, where Qt moves between them only with Up and Down: Left and Right do
    // the same (as they would in a row), so a reader used to either is not stuck.
    auto *radio = qobject_cast<QRadioButton *>(watched);
    if (event->type() == QEvent::KeyPress && radio && m_writerButtons.contains(radio)) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int next = int(m_writerButtons.indexOf(radio)) + (key == Qt::Key_Right ? 1 : -1);
        if ((key == Qt::Key_Left || key == Qt::Key_Right) && next >= 0 && next < m_writerButtons.size()) {
            QRadioButton *to = m_writerButtons.at(next);
            if (radio->isChecked())
                to->click();  // as Up and Down do: the choice moves with the focus once one is made
            to->setFocus(key == Qt::Key_Left ? Qt::BacktabFocusReason : Qt::TabFocusReason);
            return true;
        }
    }
    return SectionView::eventFilter(watched, event);
}

bool ConsultationView::hasTypedText() const
{
    const ConsultationRequest r = request();
    const QStringList texts = {r.name,         r.age,        r.medicalHistory,   r.currentProblem,
                               r.problemSince, r.treatments, r.currentCondition, r.question,
                               r.email,        r.phone};
    return std::any_of(texts.begin(), texts.end(), [](const QString &text) { return !text.trimmed().isEmpty(); });
}

ConsultationRequest ConsultationView::request() const
{
    ConsultationRequest r;
    const int writer = m_writer->checkedId();
    r.writer = writer >= 0 ? ConsultationRequest::writerChoices().at(writer) : QString();
    r.name = m_name->text();
    r.age = m_age->text();
    r.sex = m_sex->currentData().toString();
    r.prefecture = m_prefecture->currentData().toString();
    r.medicalHistory = m_history->toPlainText();
    r.currentProblem = m_problem->toPlainText();
    r.problemSince = m_since->text();
    r.treatments = m_treatments->toPlainText();
    r.currentCondition = m_condition->toPlainText();
    r.question = m_question->toPlainText();
    r.email = m_email->text();
    r.phone = m_phone->text();
    r.consent = m_consent->isChecked();
    r.language = languageCode(language());
    if (ownQuestionsMode()) {
        // Only what the reader sees is kept. Empty, not null: the store's columns for a clinic's request are
        // NOT NULL.
        r.writer = QStringLiteral("");
        r.name = QStringLiteral("");
        r.age.clear();
        r.sex.clear();
        r.prefecture.clear();
        r.email.clear();
        r.phone.clear();
        r.consent = false;
    }
    return r;
}

QWidget *ConsultationView::fieldWidget(Field field) const
{
    return field == Field::Writer ? static_cast<QWidget *>(m_writerButtons.first()) : m_inputs.value(field);
}

QLabel *ConsultationView::errorLabel(Field field) const
{
    return m_errors.value(field);
}

void ConsultationView::clearError(Field field)
{
    QLabel *error = m_errors.value(field);
    error->clear();
    error->setVisible(false);
    if (QWidget *input = fieldWidget(field))
        input->setAccessibleDescription(input == m_consent ? m_consentStatement->text() : QString());
}

void ConsultationView::recheckErrors()
{
    QHash<Field, QString> still;
    bool anyShown = false;
    for (QLabel *error : std::as_const(m_errors))
        anyShown = anyShown || error->isVisibleTo(this);
    if (!anyShown)
        return;
    const QList<FieldError> now = validateRequest(request(), mode());
    for (const FieldError &e : now)
        still.insert(e.field, e.message);
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        if (!it.value()->isVisibleTo(this))
            continue;
        if (!still.contains(it.key())) {
            clearError(it.key());
            continue;
        }
        // Still wrong, perhaps in another way ("130" became "abc"): the message says what is wrong now.
        const QString message = still.value(it.key());
        if (fieldWidget(it.key())->accessibleDescription() != message) {
            it.value()->setText(QStringLiteral("⚠ ") + message);
            fieldWidget(it.key())->setAccessibleDescription(message);
        }
    }
    // The summary lists what is still shown, in the form's order; it goes away with the last message.
    QList<FieldError> shown;
    for (const FieldError &e : now) {
        if (m_errors.value(e.field)->isVisibleTo(this))
            shown << e;
    }
    showSummary(shown);
}

void ConsultationView::showSummary(const QList<FieldError> &errors)
{
    // Rebuilt only when what it lists changes, so that a link keeps its focus while the reader types elsewhere.
    QStringList wanted;
    for (const FieldError &e : errors)
        wanted << ConsultationRequest::fieldKey(e.field) + QLatin1Char('\t') + e.message;
    QStringList current;
    for (QLabel *link : std::as_const(m_summaryLinks))
        current << link->property("summaryEntry").toString();
    if (wanted == current && m_summary->isVisibleTo(this) == !errors.isEmpty())
        return;
    const bool hadFocus = m_summary->isAncestorOf(QApplication::focusWidget());
    for (QLabel *link : std::as_const(m_summaryLinks))
        link->deleteLater();
    m_summaryLinks.clear();
    m_summary->setVisible(!errors.isEmpty());
    if (errors.isEmpty()) {
        if (hadFocus)
            m_intro->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_summaryTitle->setText(tr("%n thing(s) to fix:", nullptr, int(errors.size())));
    QStringList said;
    for (int i = 0; i < errors.size(); ++i) {
        const FieldError &e = errors.at(i);
        // A link, not a button: it wraps at any text size, and Tab then Enter (or a click) follows it.
        auto *link = new QLabel;
        link->setObjectName(QStringLiteral("fix-") + ConsultationRequest::fieldKey(e.field));
        link->setProperty("summaryEntry", wanted.at(i));
        link->setTextFormat(Qt::RichText);
        link->setWordWrap(true);
        link->setMinimumWidth(1);
        link->setText(QStringLiteral("⚠ <a href=\"%1\">%2</a>")
                          .arg(ConsultationRequest::fieldKey(e.field), e.message.toHtmlEscaped()));
        link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        link->setFocusPolicy(Qt::StrongFocus);
        link->setAccessibleName(e.message);
        link->setAccessibleDescription(tr("Go to the field"));
        const Field field = e.field;
        connect(link, &QLabel::linkActivated, this, [this, field] { focusField(field); });
        link->setProperty("summaryField", int(field));
        link->installEventFilter(this);  // Enter or Space on the focused link follows it (see eventFilter)
        m_summaryLayout->addWidget(link);
        m_summaryLinks << link;
        said << e.message;
    }
    m_summary->setAccessibleName(m_summaryTitle->text());
    m_summary->setAccessibleDescription(said.join(QLatin1Char('\n')));
    updateTabOrder();
}

void ConsultationView::focusField(Field field)
{
    QWidget *w = fieldWidget(field);
    if (field == Field::Writer && m_writer->checkedButton())
        w = m_writer->checkedButton();
    m_scroll->ensureWidgetVisible(m_labels.value(field) ? static_cast<QWidget *>(m_labels.value(field)) : w, 20, 20);
    m_scroll->ensureWidgetVisible(w, 20, 60);
    w->setFocus(Qt::OtherFocusReason);
}

void ConsultationView::announce(QWidget *source)
{
    // An alert makes a screen reader speak the widget's name and description at once, wherever focus is.
    QAccessibleEvent alert(source, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    Q_EMIT announced(source);
}

RequestMode ConsultationView::mode() const
{
    return ownQuestionsMode() ? RequestMode::OwnQuestions : RequestMode::Clinic;
}

void ConsultationView::clearErrors()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        clearError(it.key());
    showSummary({});
    m_banner->clear();
    m_banner->setVisible(false);
    m_startFresh->setVisible(false);
}

void ConsultationView::showErrors(const QList<FieldError> &errors)
{
    for (const FieldError &e : errors) {
        QLabel *label = m_errors.value(e.field);
        label->setText(QStringLiteral("⚠ ") + e.message);
        label->setVisible(true);
        // Read out with the field itself, when focus lands on it.
        fieldWidget(e.field)->setAccessibleDescription(e.message);
    }
    if (errors.isEmpty())
        return;
    QWidget *first = fieldWidget(errors.first().field);
    // Enter pressed in the very field that is wrong: focus is already there and would not move, so a screen reader
    // would say nothing. Focus leaves and comes back, and the field is read again with its message.
    if (first->hasFocus())
        first->clearFocus();
    first->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(first, 20, 60);
    showSummary(errors);
    // Heard however the form was sent: the summary's name says how many, its description what they are.
    announce(m_summary);
}

void ConsultationView::showStorageError(const RequestStore::Error &error)
{
    // At the desk a visitor reads this: the plain problem, not the database's name and place.
    const QString what = m_deskMode ? tr("The request could not be saved because of a problem with this desk's "
                                         "database.")
                                    : error.message;
    m_banner->setText(QStringLiteral("⚠ ") + what + QStringLiteral("\n")
                      + tr("Nothing you typed has been lost: it is still in the form. Please tell a member of staff."));
    m_banner->setVisible(true);
    m_startFresh->setVisible(!m_deskMode && error.kind == RequestStore::ErrorKind::Corrupt);
    m_scroll->ensureWidgetVisible(m_banner);
    m_banner->setFocus(Qt::OtherFocusReason);
    announce(m_banner);
}

void ConsultationView::submit()
{
    if (m_saving)
        return;  // the first press is still being saved
    clearErrors();
    const ConsultationRequest r = request();
    const QList<FieldError> errors = validateRequest(r, mode());
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (!m_storage) {
        showStorageError({RequestStore::ErrorKind::Other, tr("No database is set up for requests on this desk."), {}});
        return;
    }
    // One reference per filled form: a Send pressed again after an error whose save did reach the database finds
    // that save instead of storing the request twice (a changed form gets a reference of its own).
    if (m_pendingReference.isEmpty())
        m_pendingReference = RequestStore::newReference();
    setSaving(true);
    const quint64 visit = m_visit;
    m_storage->run(
        this,
        [r, reference = m_pendingReference](RequestStore &store) -> std::optional<StoredRequest> {
            if (!store.ensureOpen())
                return std::nullopt;
            return store.submit(r, reference);
        },
        [this, visit](std::optional<StoredRequest> stored, const RequestStore::Error &error) {
            // The form was cleared meanwhile (the desk's idle clearing, Clear, a new visitor): the request is
            // stored if the database said so, and nothing of it, receipt or error, reaches whoever is here now.
            if (visit != m_visit)
                return;
            setSaving(false);
            if (stored)
                saved(*stored);
            else
                showStorageError(error);
        });
}

QString ConsultationView::submitText() const
{
    if (m_saving)
        return ownQuestionsMode() ? tr("Keeping the question…") : tr("Saving the request…");
    return ownQuestionsMode() ? tr("&Keep this question") : tr("Sen&d the request");
}

void ConsultationView::setSaving(bool on)
{
    if (m_saving == on)
        return;
    m_saving = on;
    m_submit->setEnabled(!on);
    m_submit->setText(submitText());
}

void ConsultationView::saved(const StoredRequest &stored)
{
    m_pendingReference.clear();
    if (ownQuestionsMode()) {
        // Kept, not sent: no reference number to write down. The form empties and the question heads the list.
        clearAll();
        const QString status = tr("Kept on this computer: %1. It is at the top of the list below.")
                                   .arg(readableTime(stored.createdAt, language()));
        m_mineStatus->setText(status);
        reloadOwnQuestions([this, status] {
            m_mineList->setCurrentRow(0);
            m_mineStatus->setText(status);
            m_scroll->ensureWidgetVisible(m_mineList, 20, 60);
            m_mineList->setFocus(Qt::OtherFocusReason);
            announce(m_mineStatus);
        });
    } else {
        showReceipt(stored);
    }
    Q_EMIT submitted(stored);
}

void ConsultationView::refreshOwnQuestions()
{
    reloadOwnQuestions({});
}

void ConsultationView::reloadOwnQuestions(std::function<void()> then)
{
    if (!m_storage || !ownQuestionsMode()) {
        m_mineList->clear();
        return;
    }
    // A file is opened only if it exists already: looking at an empty list must not create a database.
    const DatabaseLocation &where = m_storage->location();
    const bool noFileYet = where.kind == DatabaseLocation::Kind::Sqlite && !QFileInfo::exists(where.path);
    if (noFileYet) {
        m_mineList->clear();
        m_mineStatus->setText(tr("No questions kept yet."));
        updateOwnQuestionButtons();
        return;
    }
    m_storage->run(
        this,
        [](RequestStore &store) -> std::optional<QList<RequestStore::ListRow>> {
            if (!store.ensureOpen())
                return std::nullopt;
            // Only the reader's own: a computer that once served as a desk keeps visitors' requests too, which
            // are nobody's business at home.
            RequestStore::Filter own;
            own.ownQuestionsOnly = true;
            return store.list(own, 500);
        },
        [this, then](std::optional<QList<RequestStore::ListRow>> rows, const RequestStore::Error &error) {
            m_mineList->clear();
            if (!ownQuestionsMode())
                return;
            if (!rows) {
                // Said where the list would be, without taking focus from what the reader is doing.
                m_mineStatus->setText(QStringLiteral("⚠ ") + error.message);
                updateOwnQuestionButtons();
                return;
            }
            for (const RequestStore::ListRow &row : std::as_const(*rows)) {
                const QString first = row.question.section(QLatin1Char('\n'), 0, 0).trimmed();
                auto *item = new QListWidgetItem(readableTime(row.createdAt, language()) + QStringLiteral("  ")
                                                 + first);
                item->setData(Qt::UserRole, row.id);
                m_mineList->addItem(item);
            }
            if (rows->isEmpty())
                m_mineStatus->setText(tr("No questions kept yet."));
            else if (m_mineStatus->text() == tr("No questions kept yet."))
                m_mineStatus->clear();
            updateOwnQuestionButtons();
            if (then)
                then();
        });
}

void ConsultationView::updateOwnQuestionButtons()
{
    const bool chosen = m_mineList->currentItem() != nullptr;
    for (QPushButton *b : {m_minePrint, m_minePdf, m_mineDelete})
        b->setEnabled(chosen);
}

void ConsultationView::withChosenOwnQuestion(std::function<void(const StoredRequest &)> then)
{
    QListWidgetItem *item = m_mineList->currentItem();
    if (!item || !m_storage)
        return;
    m_storage->run(
        this,
        [id = item->data(Qt::UserRole).toLongLong()](RequestStore &store) -> std::optional<StoredRequest> {
            if (!store.ensureOpen())
                return std::nullopt;
            return store.find(id);
        },
        [this, then](std::optional<StoredRequest> stored, const RequestStore::Error &error) {
            if (stored)
                then(*stored);
            else if (error.kind != RequestStore::ErrorKind::None)
                showStorageError(error);
            else
                refreshOwnQuestions();  // deleted meanwhile (from another window): the list shows what is there
        });
}

void ConsultationView::printOwnQuestion()
{
    withChosenOwnQuestion([this](const StoredRequest &stored) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(tr("My questions for the doctor"));
        if (!Dialogs::print(this, &printer))
            return;
        QTextDocument doc;
        doc.setDefaultFont(Handout::font(11));
        doc.setHtml(ownQuestionHtml(stored, language()));
        doc.print(&printer);
    });
}

void ConsultationView::saveOwnQuestionAsPdf()
{
    withChosenOwnQuestion([this](const StoredRequest &stored) {
        const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(tr("my-question") + QLatin1Char('-')
                                                + stored.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd"))
                                                + QStringLiteral(".pdf"));
        const QString path = Dialogs::getSaveFileName(this, tr("Save the question as a PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        // Through the one safe way to write an export: never over a device, a pipe or a link, never half a file;
        // the reader's own health questions are owner-only.
        QString why;
        const bool ok = saveExport(
            path,
            [&](QIODevice *device, QString *) {
                QPdfWriter writer(device);
                writer.setPageSize(QPageSize(QPageSize::A4));
                writer.setResolution(300);
                writer.setTitle(tr("My questions for the doctor"));
                writer.setCreator(QStringLiteral("ALS Evidence Guide"));
                QTextDocument doc;
                doc.setDefaultFont(Handout::font(11));
                doc.setHtml(ownQuestionHtml(stored, language()));
                doc.print(&writer);
                return true;
            },
            &why, true);
        m_mineStatus->setText(ok ? tr("Saved: %1").arg(QDir::toNativeSeparators(path))
                                 : tr("The question could not be saved to %1: %2").arg(path, why));
    });
}

void ConsultationView::deleteOwnQuestion()
{
    QListWidgetItem *item = m_mineList->currentItem();
    if (!item || !m_storage)
        return;
    if (Dialogs::ask(this, tr("Delete the question"),
                     tr("Delete this question from this computer? It cannot be brought back.\n\n%1").arg(item->text()),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const int row = m_mineList->currentRow();
    m_storage->run(
        this,
        [id = item->data(Qt::UserRole).toLongLong()](RequestStore &store) {
            return store.ensureOpen() && store.remove(id);
        },
        [this, row](bool removed, const RequestStore::Error &error) {
            if (!removed) {
                showStorageError(error);
                return;
            }
            reloadOwnQuestions([this, row] {
                m_mineStatus->setText(tr("The question was deleted."));
                if (m_mineList->count() > 0) {
                    m_mineList->setCurrentRow(std::min(row, m_mineList->count() - 1));
                    m_mineList->setFocus(Qt::OtherFocusReason);
                } else {
                    m_submit->setFocus(Qt::OtherFocusReason);
                }
            });
        });
}

void ConsultationView::startFreshDatabase()
{
    if (!m_storage || m_storage->location().kind != DatabaseLocation::Kind::Sqlite)
        return;
    const QString path = m_storage->location().path;
    if (Dialogs::ask(this, tr("Start a new database"),
                     tr("The database file %1 is damaged. It will be renamed and kept next to itself, never "
                        "overwritten, and a new, empty database will be started. Continue?").arg(path),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    // On the worker's thread, whose connection to the damaged file is closed first.
    struct Fresh
    {
        QString movedTo;
        QString moveError;  // empty: moved aside
        bool opened = false;
    };
    m_startFresh->setEnabled(false);
    m_storage->run(
        this,
        [path](RequestStore &store) {
            Fresh fresh;
            store.close();
            if (RequestStore::moveAside(path, &fresh.movedTo, &fresh.moveError))
                fresh.opened = store.open(store.location());
            return fresh;
        },
        [this, path](const Fresh &fresh, const RequestStore::Error &error) {
            m_startFresh->setEnabled(true);
            if (!fresh.moveError.isEmpty()) {
                showStorageError({RequestStore::ErrorKind::Other, fresh.moveError, path});
                return;
            }
            if (!fresh.opened) {
                showStorageError(error);
                return;
            }
            clearErrors();
            m_banner->setText(
                tr("The damaged file was kept as %1. A new database is ready: please send the request again.")
                    .arg(fresh.movedTo));
            m_banner->setVisible(true);
            m_submit->setFocus(Qt::OtherFocusReason);
        });
}

void ConsultationView::showReceipt(const StoredRequest &stored)
{
    // The form empties at once: the next person at the desk must not find this visitor's words.
    const QDateTime time = stored.createdAt;
    const QString reference = stored.reference;
    clearAll();
    m_receiptReference = reference;
    m_receiptTime = time;
    showReceiptText();
    m_pages->setCurrentWidget(m_receiptScroll);
    m_receiptScroll->verticalScrollBar()->setValue(0);
    m_receiptText->setFocus(Qt::OtherFocusReason);
}

bool ConsultationView::showingReceipt() const
{
    return m_pages->currentWidget() == m_receiptScroll;
}

std::unique_ptr<QTextDocument> ConsultationView::receiptDocument() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setHtml(receiptHtml(m_receiptReference, m_receiptTime, language(), m_clinic));
    return doc;
}

void ConsultationView::printReceipt()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Receipt %1").arg(m_receiptReference));
    // At the desk the print dialog must not become a file browser.
    if (!Dialogs::print(this, &printer, !m_deskMode))
        return;
    receiptDocument()->print(&printer);
}

void ConsultationView::clearAll()
{
    // A new form: whatever is still being saved for the last one is dropped on arrival (see submit()).
    ++m_visit;
    setSaving(false);
    clearErrors();
    m_pendingReference.clear();
    if (auto *checked = m_writer->checkedButton()) {
        m_writer->setExclusive(false);
        checked->setChecked(false);
        m_writer->setExclusive(true);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_age), static_cast<QWidget *>(m_history),
                       static_cast<QWidget *>(m_problem), static_cast<QWidget *>(m_since),
                       static_cast<QWidget *>(m_treatments), static_cast<QWidget *>(m_condition),
                       static_cast<QWidget *>(m_question), static_cast<QWidget *>(m_email),
                       static_cast<QWidget *>(m_phone)})
        setText(w, QString());
    m_sex->setCurrentIndex(0);
    m_prefecture->setCurrentIndex(0);
    m_consent->setChecked(false);
    QGuiApplication::inputMethod()->reset();
    m_receiptReference.clear();
    m_receiptTime = {};
    m_receiptText->clear();
    m_receiptText->setAccessibleName(tr("Receipt"));
    m_receiptText->setAccessibleDescription(QString());
    m_pages->setCurrentWidget(m_scroll);
    m_scroll->verticalScrollBar()->setValue(0);
}

bool ConsultationView::reveal(const SearchTarget &)
{
    ensureBuilt();
    clearErrors();
    if (showingReceipt())
        return false;
    m_scroll->ensureWidgetVisible(m_intro);
    m_intro->setFocus(Qt::OtherFocusReason);
    return true;
}

QString ConsultationView::visibleText() const
{
    if (showingReceipt())
        return QTextDocumentFragment::fromHtml(m_receiptText->text()).toPlainText();
    QStringList parts{noticeText(), m_intro->text(), m_requiredNote->text()};
    for (QLabel *label : m_labels) {
        if (label && label->isVisibleTo(this))
            parts << label->text();
    }
    if (m_mine->isVisibleTo(this)) {
        parts << m_mineLabel->text() << m_mineStatus->text();
        for (int i = 0; i < m_mineList->count(); ++i)
            parts << m_mineList->item(i)->text();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace als
