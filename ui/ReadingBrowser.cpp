#include "ReadingBrowser.h"

#include "DocumentBuilder.h"

#include <QDesktopServices>
#include <QTextBlock>
#include <QTextDocument>

namespace als {

ReadingBrowser::ReadingBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setTabChangesFocus(true);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == DocumentBuilder::studyLinkScheme() || url.scheme() == DocumentBuilder::sourceLinkScheme())
            Q_EMIT internalLinkActivated(url);
        else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
            QDesktopServices::openUrl(url);
    });
}

int ReadingBrowser::anchorPosition(const QString &anchor) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().anchorNames().contains(anchor))
                return f.position();
        }
    }
    return -1;
}

bool ReadingBrowser::hasBlock(const QString &text) const
{
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return true;
    }
    return false;
}

bool ReadingBrowser::scrollToNamedAnchor(const QString &anchor)
{
    const int pos = anchorPosition(anchor);
    if (pos < 0)
        return false;
    QTextCursor cursor(document());
    cursor.setPosition(pos);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    scrollToAnchor(anchor);
    return true;
}

bool ReadingBrowser::reveal(const SearchTarget &target)
{
    QTextDocument *doc = document();
    int from = 0;
    if (!target.anchor.isEmpty()) {
        from = std::max(0, anchorPosition(target.anchor));
    } else if (!target.blockText.isEmpty()) {
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            if (b.text() == target.blockText) {
                from = b.position();
                break;
            }
        }
    }
    QTextCursor found = doc->find(target.needle, from);
    if (found.isNull())
        found = doc->find(target.needle);
    if (found.isNull())
        return false;
    setTextCursor(found);
    ensureCursorVisible();
    return true;
}

} // namespace als
