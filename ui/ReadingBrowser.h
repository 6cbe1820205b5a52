#pragma once

#include "Language.h"
#include "Search.h"

#include <QTextBrowser>
#include <QTextDocument>

namespace als {

// A read-only text view for the guide's prose. Links inside the guide ("study:<id>") are reported through
// internalLinkActivated(); web links open in the system browser, except at a desk (setLinksOpen(false)), where a
// visitor must not reach another program: there the address is reported through externalLinkWithheld() instead.
//
// It sets its text in the guide's reading size (16 px at 100 %, following the text size), in a centred column of
// about 42 Japanese or 70 English characters, and styles it for the current palette: when the text size or the
// palette changes (high contrast on or off), the document it shows is restyled at once, shown or not.
class ReadingBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingBrowser)

public:
    explicit ReadingBrowser(QWidget *parent = nullptr);

    // Whether web links open in the system browser, for every reading view at once (desk mode turns it off).
    static void setLinksOpen(bool open) { s_linksOpen = open; }
    static bool linksOpen() { return s_linksOpen; }

    // Selects the target's text (starting from its anchor or its paragraph) and scrolls it into view.
    bool reveal(const SearchTarget &target);
    bool scrollToNamedAnchor(const QString &anchor);
    bool hasBlock(const QString &text) const;
    // Builds a fresh document with fill() and only then shows it: a document filled while on screen is laid out
    // again after every change.
    template<typename Fill>
    void rebuild(Fill fill)
    {
        auto *doc = new QTextDocument(this);
        doc->setUndoRedoEnabled(false);  // read-only; and restyling must not pile up undo steps
        doc->setDefaultFont(readingFont());
        fill(doc);
        restyle(doc);
        // The first document belongs to the text control, which deletes it itself; later ones are ours.
        QTextDocument *old = document();
        const bool ours = old && old->parent() == this;
        setDocument(doc);
        if (ours)
            old->deleteLater();
    }

    // The language of the text decides the measure of the reading column.
    void setMeasureLanguage(Language language);
    Language measureLanguage() const { return m_measureLanguage; }
    // The body text font: 16 px at 100 %, times the text size.
    QFont readingFont() const;
    // The width of the text column of the shown document on a page this wide (the whole width less the least
    // margins when narrow). A wide table (or a frame marked DocumentBuilder::kWideFrameProperty) may take
    // design::kWideTableFactor times this, up to the page.
    qreal columnWidth(qreal pageWidth) const { return columnWidth(document()->defaultFont(), pageWidth); }
    // The width the text is laid out in: a little less than the viewport's (see applyColumn()).
    int pageWidth() const { return lineWrapColumnOrWidth(); }
    // Styles the shown document again for the current font and palette.
    void restyle() { restyle(document()); }

Q_SIGNALS:
    void internalLinkActivated(const QUrl &url);
    // A web link followed while links do not open: the address, for the reader to see and note down.
    void externalLinkWithheld(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int anchorPosition(const QString &anchor) const;
    void restyle(QTextDocument *doc);
    void applyColumn(QTextDocument *doc, bool force);
    qreal columnWidth(const QFont &body, qreal pageWidth) const;

    static bool s_linksOpen;

    Language m_measureLanguage = Language::Japanese;
    QSizeF m_column;  // the viewport width and column last applied, so that an unchanged width costs nothing
    bool m_restyling = false;
};

} // namespace als
