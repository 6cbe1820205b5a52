#pragma once

#include "Handout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace als {

class Settings;

// Print preview, print and PDF of any sections: check boxes in reading order (the current view ticked), the
// handout's language, normal or large print, A4 or Letter. The handout itself is built by the core.
class HandoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoutDialog)

public:
    HandoutDialog(const Content &content, Settings &settings, Language language, const QString &currentSection,
                  QWidget *parent = nullptr);

    HandoutOptions options() const;
    // Who to ask, printed on the handout's first page and at the foot of every page; none on a home computer.
    void setClinicProfile(const ClinicProfile &profile);
    const ClinicProfile &clinicProfile() const { return m_clinic; }
    QCheckBox *sectionBox(const QString &id) const;
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *largePrintBox() const { return m_large; }
    QComboBox *paperBox() const { return m_paper; }

    // The actions behind the buttons; each returns whether it produced anything.
    bool preview();
    bool print();
    bool saveAsPdf();
    // What the preview and the print paint, on any printer (tests give one that writes a PDF), under the
    // handout's name.
    int paintOn(QPrinter *printer);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    const Content &m_content;
    Settings &m_settings;
    ClinicProfile m_clinic;
    QLabel *m_clinicNote = nullptr;
    QLabel *m_sectionsLabel = nullptr;
    QList<QCheckBox *> m_sections;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_large = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace als
