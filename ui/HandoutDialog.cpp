#include "HandoutDialog.h"

#include "Dialogs.h"
#include "FocusRing.h"
#include "Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
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
    const QStringList printable = Handout::printableSections(content);
    for (const QString &id : printable) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("section-") + id);
        box->setMinimumHeight(kTarget);
        box->setChecked(id == currentSection || !printable.contains(currentSection));
        connect(box, &QCheckBox::toggled, this, &HandoutDialog::updateButtons);
        m_sections << box;
        layout->addWidget(box);
    }

    auto *options = new QHBoxLayout;
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
                       static_cast<QWidget *>(m_paper)}) {
        w->setMinimumHeight(kTarget);
        options->addWidget(w);
    }
    options->addStretch();
    layout->addLayout(options);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("handoutStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_preview = new QPushButton;
    m_print = new QPushButton;
    m_pdf = new QPushButton;
    m_close = new QPushButton;
    m_pdf->setObjectName(QStringLiteral("handoutSavePdf"));
    for (QPushButton *b : {m_preview, m_print, m_pdf}) {
        b->setMinimumHeight(kTarget);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    m_close->setMinimumHeight(kTarget);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
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

HandoutOptions HandoutDialog::options() const
{
    HandoutOptions o;
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
    return handout.paint(printer);
}

bool HandoutDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paintOn(p); });
    return dialog.exec() == QDialog::Accepted;
}

bool HandoutDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
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
    QSaveFile file(path);
    QString error;
    Handout handout(m_content, o);
    if (!file.open(QIODevice::WriteOnly) || !handout.writePdf(&file, &error) || !file.commit()) {
        file.cancelWriting();
        m_status->setText(tr("The handout could not be saved to %1: %2").arg(path, error.isEmpty() ? file.errorString() : error));
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
    m_paperLabel->setText(tr("Pa&per:"));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("&Save as PDF…"));
    m_close->setText(tr("&Close"));
}

} // namespace als
