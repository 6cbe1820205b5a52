#include "ClinicProfileDialog.h"

#include "FocusRing.h"
#include "Settings.h"
#include "Theme.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

namespace als {

namespace {
constexpr int kTarget = 44;

QLineEdit *lineEdit(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setMinimumHeight(kTarget);
    return edit;
}
} // namespace

ClinicProfileDialog::ClinicProfileDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_loaded(settings.clinicProfile())
{
    setObjectName(QStringLiteral("clinicProfileDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel;
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_fromSystem = new QLabel;
    m_fromSystem->setObjectName(QStringLiteral("clinicFromSystem"));
    m_fromSystem->setWordWrap(true);
    m_fromSystem->setFrameShape(QFrame::Box);
    m_fromSystem->setMargin(8);
    m_fromSystem->setVisible(settings.clinicProfileFromSystem());
    layout->addWidget(m_fromSystem);

    m_name = lineEdit("clinicName");
    m_phone = lineEdit("clinicPhone");
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = lineEdit("clinicEmail");
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_address = new QPlainTextEdit;
    m_address->setObjectName(QStringLiteral("clinicAddress"));
    m_address->setTabChangesFocus(true);
    m_address->setMinimumHeight(kTarget * 2);
    m_address->setMaximumHeight(kTarget * 3);
    m_hours = lineEdit("clinicHours");
    m_replyBy = lineEdit("clinicReplyBy");
    m_replyWithin = lineEdit("clinicReplyWithin");
    m_privacy = lineEdit("clinicPrivacy");

    // Label above field, message under it: the form reflows at any text size and every message sits by its field.
    auto *fields = new QWidget;
    auto *form = new QVBoxLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    const QList<Part> parts{Part::Name, Part::Phone, Part::Email, Part::Address, Part::Hours, Part::ReplyBy,
                            Part::ReplyWithin, Part::Privacy};
    for (Part part : parts) {
        auto *label = new QLabel;
        label->setWordWrap(true);
        label->setBuddy(input(part));
        auto *error = new QLabel;
        error->setObjectName(input(part)->objectName() + QStringLiteral("Error"));
        error->setWordWrap(true);
        error->setVisible(false);
        QPalette palette = error->palette();
        palette.setColor(QPalette::WindowText, Theme::errorColour(palette));
        error->setPalette(palette);
        m_labels.insert(part, label);
        m_errors.insert(part, error);
        form->addWidget(label);
        form->addWidget(input(part));
        form->addWidget(error);
        form->addSpacing(6);
    }
    m_previewLabel = new QLabel;
    QFont bold = m_previewLabel->font();
    bold.setBold(true);
    m_previewLabel->setFont(bold);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("clinicPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    form->addWidget(m_previewLabel);
    form->addWidget(m_preview);
    form->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(scroll, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_cancel = m_buttons->button(QDialogButtonBox::Cancel);
    for (QPushButton *b : {m_save, m_cancel})
        b->setMinimumHeight(kTarget);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClinicProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_name->setText(m_loaded.name);
    m_phone->setText(m_loaded.phone);
    m_email->setText(m_loaded.email);
    m_address->setPlainText(m_loaded.address);
    m_hours->setText(m_loaded.hours);
    m_replyBy->setText(m_loaded.replyBy);
    m_replyWithin->setText(m_loaded.replyWithin);
    m_privacy->setText(m_loaded.privacyContact);
    for (QLineEdit *edit : {m_name, m_phone, m_email, m_hours, m_replyBy, m_replyWithin, m_privacy})
        connect(edit, &QLineEdit::textChanged, this, &ClinicProfileDialog::changed);
    connect(m_address, &QPlainTextEdit::textChanged, this, &ClinicProfileDialog::changed);

    new FocusRing(this);
    retranslate();
    changed();
    resize(sizeHint().expandedTo(QSize(640, 720)));
}

ClinicProfileDialog::~ClinicProfileDialog() = default;

QWidget *ClinicProfileDialog::input(Part part) const
{
    switch (part) {
    case Part::Name: return m_name;
    case Part::Phone: return m_phone;
    case Part::Email: return m_email;
    case Part::Address: return m_address;
    case Part::Hours: return m_hours;
    case Part::ReplyBy: return m_replyBy;
    case Part::ReplyWithin: return m_replyWithin;
    case Part::Privacy: return m_privacy;
    }
    return nullptr;
}

ClinicProfile ClinicProfileDialog::profile() const
{
    // Kept as typed, only the spaces around each value trimmed.
    ClinicProfile p;
    p.name = m_name->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.hours = m_hours->text().trimmed();
    p.replyBy = m_replyBy->text().trimmed();
    p.replyWithin = m_replyWithin->text().trimmed();
    p.privacyContact = m_privacy->text().trimmed();
    return p;
}

QHash<ClinicProfileDialog::Part, QString> ClinicProfileDialog::problems() const
{
    const ClinicProfile p = profile();
    QHash<Part, QString> found;
    // Light rules: the name says who "us" is, so nothing else means anything without it; an email or a telephone
    // number visitors copy from a receipt must at least look like one.
    if (p.name.isEmpty() && !p.isEmpty())
        found.insert(Part::Name, tr("Enter the clinic's name: visitors read it as who receives their request."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString mail = p.email.normalized(QString::NormalizationForm_KC);
    if (!mail.isEmpty() && !email.match(mail).hasMatch())
        found.insert(Part::Email, tr("Enter an email address like soudan@example.jp (one @ and a domain)."));
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    const QString tel = p.phone.normalized(QString::NormalizationForm_KC);
    if (!tel.isEmpty() && (!phone.match(tel).hasMatch() || tel.count(QRegularExpression(QStringLiteral("\\d"))) < 6))
        found.insert(Part::Phone, tr("Enter a telephone number like 03-1234-5678 (digits, spaces and - only)."));
    return found;
}

void ClinicProfileDialog::showProblems(const QHash<Part, QString> &found, bool all)
{
    // all: after Save, every problem shows. Otherwise (while typing) a shown message only changes or goes.
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QLabel *error = it.value();
        const bool wrong = found.contains(it.key());
        if (!wrong || (!all && !error->isVisibleTo(this))) {
            if (!wrong) {
                error->clear();
                error->setVisible(false);
                input(it.key())->setAccessibleDescription(QString());
            }
            continue;
        }
        error->setText(QStringLiteral("⚠ ") + found.value(it.key()));
        error->setVisible(true);
        input(it.key())->setAccessibleDescription(found.value(it.key()));
    }
}

void ClinicProfileDialog::changed()
{
    const bool different = profile() != m_loaded;
    m_save->setEnabled(different);
    // Enter saves only when there is something to save; otherwise it closes, which changes nothing.
    m_save->setDefault(different);
    m_cancel->setDefault(!different);
    showProblems(problems(), false);
    const ClinicProfile p = profile();
    QStringList preview;
    if (p.isSet()) {
        preview << QCoreApplication::translate("ClinicProfile", "Your request goes to %1.").arg(p.name);
        if (!p.replyBy.isEmpty() && !p.replyWithin.isEmpty())
            preview << QCoreApplication::translate("ClinicProfile", "They answer %1 %2.").arg(p.replyBy, p.replyWithin);
        else if (!p.replyBy.isEmpty())
            preview << QCoreApplication::translate("ClinicProfile", "They answer %1.").arg(p.replyBy);
        else if (!p.replyWithin.isEmpty())
            preview << QCoreApplication::translate("ClinicProfile", "They usually answer %1.").arg(p.replyWithin);
    } else {
        preview << tr("(No clinic: on this computer the form keeps the reader's own questions, and nobody receives "
                      "them.)");
    }
    m_preview->setText(preview.join(QLatin1Char(' ')));
}

void ClinicProfileDialog::accept()
{
    const QHash<Part, QString> found = problems();
    if (!found.isEmpty()) {
        showProblems(found, true);
        // Focus goes to the first field in error, in the form's order; what was typed stays.
        for (Part part : {Part::Name, Part::Phone, Part::Email}) {
            if (found.contains(part)) {
                QWidget *w = input(part);
                if (w->hasFocus())
                    w->clearFocus();  // so that a screen reader reads the field again, with its message
                w->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    if (profile() != m_loaded)
        m_settings.setClinicProfile(profile());
    QDialog::accept();
}

bool ClinicProfileDialog::edit(Settings &settings, QWidget *parent)
{
    ClinicProfileDialog dialog(settings, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ClinicProfileDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange) {
        // The messages follow the theme (high contrast included).
        for (QLabel *error : std::as_const(m_errors)) {
            QPalette palette = QApplication::palette();
            palette.setColor(QPalette::WindowText, Theme::errorColour(palette));
            error->setPalette(palette);
        }
    }
    QDialog::changeEvent(event);
}

void ClinicProfileDialog::retranslate()
{
    setWindowTitle(tr("Clinic profile"));
    m_intro->setText(tr("Visitors read these details above the form, on their receipt and on handouts. Leave the "
                        "name empty on a home computer: then nobody receives what is typed."));
    m_fromSystem->setText(tr("Some of these details are set by your clinic's IT for every account of this computer. "
                             "What you save here applies to this account only."));
    m_labels.value(Part::Name)->setText(tr("Clinic or service &name"));
    m_labels.value(Part::Phone)->setText(tr("&Telephone"));
    m_labels.value(Part::Email)->setText(tr("&Email"));
    m_labels.value(Part::Address)->setText(tr("&Address"));
    m_labels.value(Part::Hours)->setText(tr("Opening &hours"));
    m_labels.value(Part::ReplyBy)->setText(tr("How requests are ans&wered (for example: by phone or email)"));
    m_labels.value(Part::ReplyWithin)->setText(tr("Within how &long (for example: within 3 working days)"));
    m_labels.value(Part::Privacy)->setText(tr("&Privacy contact: who to ask about the personal data kept"));
    m_previewLabel->setText(tr("Visitors will read:"));
    m_save->setText(tr("&Save"));
    m_cancel->setText(tr("Cancel"));
    changed();
}

} // namespace als
