#pragma once

#include "DocumentView.h"

#include <QPointer>

class QLabel;
class QTimer;
class QToolButton;
class QTextDocument;
class QTextFrame;

namespace als {

class EvidenceLadderWidget;
class LadderPanel;

// A section about a therapy under study: the same continuous text as any document view (the prose, the table of
// studies for the section's therapies and the ladder as a table), with the evidence ladder as a picture in the
// text's own flow, under the section's title: the page scrolls as one, and the picture is always as tall as its
// width needs. Its heading, its caption and a button that hides and shows it go with it. (They lie on an empty box
// in the text rather than being text: the contents panel counts the text's headings as the builder makes them.)
class EvidenceView : public DocumentView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceView)

public:
    EvidenceView(const Content &content, const QString &sectionId, QWidget *parent = nullptr);
    ~EvidenceView() override;

    QString visibleText() const override;
    // The text's paragraphs, with the picture read where it lies: its heading, its caption and, while shown, its
    // accessible description (the ladder in words).
    QList<ReadAloudParagraph> readAloudParagraphs() const override;
    EvidenceLadderWidget *ladder() const { return m_ladder; }
    QToolButton *ladderToggle() const { return m_toggle; }
    QLabel *ladderCaption() const { return m_caption; }
    bool isLadderShown() const { return m_shown; }
    void setLadderShown(bool shown);

protected:
    void build() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    // Puts the picture's place into the text under its title: an empty box as tall as the picture with its heading,
    // caption and button.
    void insertPlace(QTextDocument *doc);
    // Makes the box as tall as the picture needs at its width now.
    void fitPlace();
    // Moves the picture onto its box, wherever the text is scrolled.
    void placePanel();
    void followScroll();
    // Where the box is in the text (its top left and width; as wide as a wide table), once laid out.
    QRect placeRect() const;
    void scrollToPanelChild(QWidget *child);

    EvidenceLadderWidget *m_ladder = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_caption = nullptr;
    QToolButton *m_toggle = nullptr;
    LadderPanel *m_panel = nullptr;
    QPointer<QTextDocument> m_placedIn;
    QPointer<QTextFrame> m_place;
    QTimer *m_refit = nullptr;
    bool m_shown = true;
    bool m_hasPlace = false;
};

} // namespace als
