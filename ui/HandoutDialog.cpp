#include "HandoutDialog.h"

#include "Dialogs.h"
#include "ExportTarget.h"
#include "FocusRing.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace als {

namespace {
constexpr int kTarget = 44;
}

HandoutDialog::HandoutDialog(const Content &content, Settings &settings, Language language,
                             const QString &currentSection, QWidget *parent)
    : QDialog(parent)
    , m_content(content)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("handoutDialog"));
    auto *layout = new QVBoxLayout(this);
    m_sectionsLabel = new QLabel;
    m_sectionsLabel->setWordWrap(true);
    layout->addWidget(m_sectionsLabel);

    // The choices scroll when the text is large and the screen small (300 % on 1024×700); the buttons stay in view.
    auto *choices = new QWidget;
    auto *choicesLayout = new QVBoxLayout(choices);
    choicesLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList printable = Handout::printableSections(content);
    for (const QString &id : printable) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("section-") + id);
        box->setMinimumHeight(kTarget);
        box->setChecked(id == currentSection || !printable.contains(currentSection));
        connect(box, &QCheckBox::toggled, this, &HandoutDialog::updateButtons);
        m_sections << box;
        choicesLayout->addWidget(box);
    }

    // One option a row, its label beside it: the rows never need more width than the longest label and its box.
    auto *options = new QGridLayout;
    m_languageLabel = new QLabel;
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("handoutLanguage"));
    m_language->addItem(QStringLiteral("日本語"), languageCode(Language::Japanese));
    m_language->addItem(QStringLiteral("English"), languageCode(Language::English));
    m_language->setCurrentIndex(language == Language::Japanese ? 0 : 1);
    m_languageLabel->setBuddy(m_language);
    m_large = new QCheckBox;
    m_large->setObjectName(QStringLiteral("handoutLargePrint"));
    m_paperLabel = new QLabel;
    m_paper = new QComboBox;
    m_paper->setObjectName(QStringLiteral("handoutPaper"));
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    m_paperLabel->setBuddy(m_paper);
    for (QWidget *w : {static_cast<QWidget *>(m_languageLabel), static_cast<QWidget *>(m_language),
                       static_cast<QWidget *>(m_large), static_cast<QWidget *>(m_paperLabel),
                       static_cast<QWidget *>(m_paper)})
        w->setMinimumHeight(kTarget);
    options->addWidget(m_languageLabel, 0, 0);
    options->addWidget(m_language, 0, 1, Qt::AlignLeft);
    options->addWidget(m_large, 1, 0, 1, 2);
    options->addWidget(m_paperLabel, 2, 0);
    options->addWidget(m_paper, 2, 1, Qt::AlignLeft);
    options->setColumnStretch(1, 1);
    choicesLayout->addLayout(options);
    choicesLayout->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("handoutChoices"));
    scroll->setWidget(choices);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);  // the check boxes take focus, and scroll into view when they do
    layout->addWidget(scroll, 1);

    m_clinicNote = new QLabel;
    m_clinicNote->setObjectName(QStringLiteral("handoutClinic"));
    m_clinicNote->setWordWrap(true);
    m_clinicNote->setVisible(false);
    layout->addWidget(m_clinicNote);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("handoutStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // What to do with the handout on one row, closing on a row of its own: the three fit across 1024 px at 300 %.
    auto *buttons = new QHBoxLayout;
    m_preview = new QPushButton;
    m_print = new QPushButton;
    m_pdf = new QPushButton;
    m_close = new QPushButton;
    m_pdf->setObjectName(QStringLiteral("handoutSavePdf"));
    // Enter prints (and Alt+P is Print's alone: the paper box has Alt+R).
    m_print->setDefault(true);
    for (QPushButton *b : {m_preview, m_print, m_pdf}) {
        b->setMinimumHeight(kTarget);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *closing = new QHBoxLayout;
    closing->addStretch();
    m_close->setMinimumHeight(kTarget);
    closing->addWidget(m_close);
    layout->addLayout(closing);
    connect(m_preview, &QPushButton::clicked, this, &HandoutDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &HandoutDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &HandoutDialog::saveAsPdf);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    new FocusRing(this);
    retranslate();
    updateButtons();
}

QCheckBox *HandoutDialog::sectionBox(const QString &id) const
{
    return findChild<QCheckBox *>(QStringLiteral("section-") + id);
}

void HandoutDialog::setClinicProfile(const ClinicProfile &profile)
{
    m_clinic = profile;
    retranslate();
}

HandoutOptions HandoutDialog::options() const
{
    HandoutOptions o;
    o.clinic = m_clinic;
    o.language = *languageFromCode(m_language->currentData().toString());
    o.largePrint = m_large->isChecked();
    o.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    const QStringList printable = Handout::printableSections(m_content);
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i)->isChecked())
            o.sections << printable.at(i);
    }
    return o;
}

void HandoutDialog::updateButtons()
{
    const bool any = std::any_of(m_sections.begin(), m_sections.end(), [](QCheckBox *b) { return b->isChecked(); });
    for (QPushButton *b : {m_preview, m_print, m_pdf})
        b->setEnabled(any);
}

int HandoutDialog::paintOn(QPrinter *printer)
{
    Handout handout(m_content, options());
    // The print queue shows the handout's name (and a PDF printer's file has it as its title).
    printer->setDocName(handout.documentTitle());
    printer->setCreator(QStringLiteral("ALS Evidence Guide"));
    return handout.paint(printer);
}

bool HandoutDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    return Dialogs::printPreview(this, &printer, [this](QPrinter *p) { paintOn(p); });
}

bool HandoutDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    if (!Dialogs::print(this, &printer))
        return false;
    return paintOn(&printer) > 0;
}

bool HandoutDialog::saveAsPdf()
{
    QString folder = m_settings.handoutFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const HandoutOptions o = options();
    const QString name = (o.sections.size() == 1 ? o.sections.first() : QStringLiteral("als-evidence-guide"))
        + QLatin1Char('-') + languageCode(o.language) + (o.largePrint ? QStringLiteral("-large") : QString())
        + QStringLiteral(".pdf");
    const QString path = Dialogs::getSaveFileName(this, tr("Save the handout as PDF"), QDir(folder).filePath(name),
                                                  tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    m_settings.setHandoutFolder(QFileInfo(path).absolutePath());
    QString error;
    Handout handout(m_content, o);
    // The command line's own path: a folder, device, pipe or link is refused, and only a whole PDF takes the name.
    if (!saveExport(
            path, [&handout](QIODevice *device, QString *why) { return handout.writePdf(device, why); }, &error)) {
        m_status->setText(
            tr("The handout could not be saved to %1: %2").arg(visibleText(QDir::toNativeSeparators(path)), error));
        return false;
    }
    m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void HandoutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void HandoutDialog::retranslate()
{
    setWindowTitle(tr("Print or save a handout"));
    m_sectionsLabel->setText(tr("Sections to include, in the guide's order:"));
    const Language ui = *languageFromCode(m_language->currentData().toString());
    const QStringList printable = Handout::printableSections(m_content);
    for (int i = 0; i < m_sections.size(); ++i)
        m_sections.at(i)->setText(m_content.sectionTitle(printable.at(i), ui));
    m_languageLabel->setText(tr("&Language of the handout:"));
    m_large->setText(tr("L&arge print"));
    m_paperLabel->setText(tr("Pape&r:"));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("&Save as PDF…"));
    m_close->setText(tr("&Close"));
    m_clinicNote->setVisible(m_clinic.isSet());
    if (m_clinic.isSet())
        m_clinicNote->setText(tr("Every page names %1 as the place to ask.").arg(m_clinic.name.trimmed()));
}

} // namespace als
