#include "ConsultationView.h"

#include "Dialogs.h"
#include "Receipt.h"
#include "RequestListModel.h"
#include "Theme.h"

#include <QApplication>

#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QInputMethod>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace als {

namespace {

constexpr int kTarget = 44;  // the smallest click target, in pixels (WCAG 2.5.8 asks 24; people with ALS need more)
// The form's column, in ems of its text: about as wide as the reading views' measure, so that fields and their
// labels are read at a glance instead of stretching across a wide screen. A narrower window simply narrows it.
constexpr int kColumnEms = 48;

// Health data must not be learnt by the input method and offered to the next visitor as a suggestion.
constexpr Qt::InputMethodHints kPrivate = Qt::ImhSensitiveData | Qt::ImhNoPredictiveText;

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

void ConsultationView::setStore(RequestStore *store)
{
    m_store = store;
}

void ConsultationView::setClinicProfile(const ClinicProfile &profile)
{
    m_clinic = profile;
}

void ConsultationView::setDeskMode(bool on)
{
    m_deskMode = on;
    m_startFresh->setVisible(false);
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
    return row;
}

void ConsultationView::createForm()
{
    auto *form = new QWidget;
    m_form = form;
    form->setObjectName(QStringLiteral("consultationForm"));
    auto *column = new QVBoxLayout(form);
    column->setContentsMargins(16, 12, 16, 16);

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
    const QString intro = content().sectionMarkdown(sectionId(), language());
    m_intro->setText(intro);
    // A screen reader gets the notice itself with the label's name, not only the name.
    QTextDocument plain;
    plain.setMarkdown(intro);
    m_intro->setAccessibleDescription(plain.toPlainText());
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
    m_writerLabel->setText(tr("Who is writing? %1").arg(required));
    const QStringList writerTexts{tr("The person with ALS"), tr("A family member"), tr("Someone else")};
    for (int i = 0; i < m_writerButtons.size(); ++i)
        m_writerButtons.at(i)->setText(writerTexts.at(i));
    m_inputs.value(Field::Writer)->setAccessibleName(tr("Who is writing"));
    m_labels.value(Field::Name)->setText(tr("&Name %1").arg(required));
    m_labels.value(Field::Age)->setText(tr("&Age of the person with ALS %1").arg(required));
    m_labels.value(Field::Sex)->setText(tr("Se&x of the person with ALS"));
    m_labels.value(Field::Prefecture)->setText(tr("&Place of residence (prefecture)"));
    m_labels.value(Field::MedicalHistory)->setText(tr("Medical &history (illnesses, when ALS was diagnosed)"));
    m_labels.value(Field::CurrentProblem)->setText(tr("The current &problem"));
    m_labels.value(Field::ProblemSince)->setText(tr("Since &when?"));
    m_labels.value(Field::Treatments)->setText(tr("&Treatments so far, and what they did"));
    m_labels.value(Field::CurrentCondition)->setText(tr("Current &condition (walking, eating, breathing, speaking)"));
    m_labels.value(Field::Question)->setText(tr("Your &question %1").arg(required));
    m_labels.value(Field::Email)->setText(tr("&Email address (email or phone is required)"));
    m_labels.value(Field::Phone)->setText(tr("P&hone number (email or phone is required)"));
    m_consentNote->setText(tr("We keep this health information only to answer you, on this clinic's computer, "
                              "where only our staff can read it. You can ask us to delete it at any time."));
    m_consentStatement->setText(tr("I agree that my request, including the health information in it, is stored "
                                   "to answer me."));
    m_consent->setText(tr("I agree %1").arg(required));
    m_consent->setAccessibleDescription(m_consentStatement->text());

    const int sex = m_sex->currentIndex();
    m_sex->clear();
    m_sex->addItem(tr("(choose)"), QString());
    for (const QString &choice : ConsultationRequest::sexChoices())
        m_sex->addItem(RequestListModel::sexLabel(choice), choice);
    m_sex->setCurrentIndex(std::max(0, sex));

    m_submit->setText(tr("&Send the request"));
    m_clear->setText(tr("C&lear the form"));
    m_startFresh->setText(tr("Keep the damaged file aside and start a new database (staff)"));
    m_print->setText(tr("&Print the receipt"));
    m_done->setText(tr("&Done: clear the screen"));
    m_intro->setAccessibleName(tr("About this form"));
    m_scroll->setAccessibleName(tr("Consultation request form"));
    m_banner->setAccessibleName(tr("Problem saving the request"));
    m_receiptText->setAccessibleName(tr("Receipt"));
    if (showingReceipt())
        showReceiptText();
}

void ConsultationView::showReceiptText()
{
    m_receiptText->setText(receiptHtml(m_receiptReference, m_receiptTime, language()));
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
        for (QLabel *error : std::as_const(m_errors)) {
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
    for (const FieldError &e : validateRequest(request()))
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
}

void ConsultationView::clearErrors()
{
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it)
        clearError(it.key());
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
    QAccessibleEvent alert(m_errors.value(errors.first().field), QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
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
    QAccessibleEvent alert(m_banner, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void ConsultationView::submit()
{
    clearErrors();
    const ConsultationRequest r = request();
    const QList<FieldError> errors = validateRequest(r);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (!m_store) {
        showStorageError({RequestStore::ErrorKind::Other, tr("No database is set up for requests on this desk."), {}});
        return;
    }
    if (!m_store->isOpen() && !m_store->open(m_store->location())) {
        showStorageError(m_store->lastError());
        return;
    }
    const auto stored = m_store->submit(r);
    if (!stored) {
        showStorageError(m_store->lastError());
        return;
    }
    showReceipt(*stored);
    Q_EMIT submitted(*stored);
}

void ConsultationView::startFreshDatabase()
{
    if (!m_store || m_store->location().kind != DatabaseLocation::Kind::Sqlite)
        return;
    const QString path = m_store->location().path;
    if (Dialogs::ask(this, tr("Start a new database"),
                     tr("The database file %1 is damaged. It will be renamed and kept next to itself, never "
                        "overwritten, and a new, empty database will be started. Continue?").arg(path),
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString movedTo;
    QString error;
    m_store->close();
    if (!RequestStore::moveAside(path, &movedTo, &error)) {
        showStorageError({RequestStore::ErrorKind::Other, error, path});
        return;
    }
    if (!m_store->open(m_store->location())) {
        showStorageError(m_store->lastError());
        return;
    }
    clearErrors();
    m_banner->setText(tr("The damaged file was kept as %1. A new database is ready: please send the request again.")
                          .arg(movedTo));
    m_banner->setVisible(true);
    m_submit->setFocus(Qt::OtherFocusReason);
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
    doc->setHtml(receiptHtml(m_receiptReference, m_receiptTime, language()));
    return doc;
}

void ConsultationView::printReceipt()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Receipt %1").arg(m_receiptReference));
    QPrintDialog dialog(&printer, this);
    // At the desk the print dialog must not become a file browser.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, !m_deskMode);
    if (dialog.exec() != QDialog::Accepted)
        return;
    receiptDocument()->print(&printer);
}

void ConsultationView::clearAll()
{
    clearErrors();
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
    QStringList parts{m_intro->text(), m_requiredNote->text()};
    for (QLabel *label : m_labels) {
        if (label)
            parts << label->text();
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace als
