#pragma once

#include "Search.h"

#include <QTextBrowser>

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

Q_SIGNALS:
    void internalLinkActivated(const QUrl &url);

private:
    int anchorPosition(const QString &anchor) const;
};

} // namespace als
