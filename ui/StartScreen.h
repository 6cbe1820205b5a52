#pragma once

#include "ClinicProfile.h"
#include "Language.h"

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace als {

// Desk mode's first screen for each visitor: who they are visiting (the clinic's name, or the guide's where no clinic
// is set), two large choices (read the guide, ask a question), the language and the text size in plain sight, and
// the clinic's contact lines in small print. It only offers: MainWindow acts on its signals, and tells it what is
// in use now (setLanguage, setTextScale), so the buttons always show the visitor's current choice.
class StartScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartScreen)

public:
    explicit StartScreen(QWidget *parent = nullptr);
    ~StartScreen() override;

    // The sizes a visitor can pick here, in percent of the guide's normal text size.
    static QList<int> textScaleChoices();

    void setClinicProfile(const ClinicProfile &profile);
    void setLanguage(Language language);
    void setTextScale(int percent);

    QPushButton *readButton() const { return m_read; }
    QPushButton *askButton() const { return m_ask; }
    QLabel *title() const { return m_title; }
    QLabel *contact() const { return m_contact; }
    // Where the keyboard starts for each visitor: on "Read the guide".
    void focusFirstChoice();

Q_SIGNALS:
    void readChosen();
    void askChosen();
    void languageChosen(als::Language language);
    void textScaleChosen(int percent);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    // Fonts and target sizes follow the text size: every button at least 44 px at 100 %, and that much larger after.
    void applySizes();
    // Side by side where the screen has room, one under the other where it has not (large text, a small screen).
    void arrangeRows();

    ClinicProfile m_clinic;
    Language m_language = Language::Japanese;
    int m_textScale = 100;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_column = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_welcome = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_ask = nullptr;
    QLabel *m_languageLabel = nullptr;
    QPushButton *m_japanese = nullptr;
    QPushButton *m_english = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QList<QPushButton *> m_sizes;  // one for each of textScaleChoices()
    QLabel *m_contact = nullptr;
    QList<QBoxLayout *> m_rows;  // the rows that turn into columns where the width is short
};

} // namespace als
