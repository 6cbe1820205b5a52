#pragma once

#include "Search.h"

#include <QTextBrowser>
#include <QTextDocument>

namespace als {

// A read-only text view for the guide's prose. Links inside the guide ("study:<id>") are reported through
// internalLinkActivated(); web links open in the system browser.
class ReadingBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingBrowser)

public:
    explicit ReadingBrowser(QWidget *parent = nullptr);

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
        doc->setDefaultFont(font());
        fill(doc);
        // The first document belongs to the text control, which deletes it itself; later ones are ours.
        QTextDocument *old = document();
        const bool ours = old && old->parent() == this;
        setDocument(doc);
        if (ours)
            old->deleteLater();
    }

Q_SIGNALS:
    void internalLinkActivated(const QUrl &url);

private:
    int anchorPosition(const QString &anchor) const;
};

} // namespace als
