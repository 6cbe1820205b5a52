#include "FocusRing.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>

namespace als {

FocusRing::FocusRing(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusRing::follow(QWidget *widget)
{
    for (const QPointer<QWidget> &w : std::as_const(m_watched)) {
        if (w)
            w->removeEventFilter(this);
    }
    m_watched.clear();
    m_target = widget && widget->window() == parentWidget()->window() && widget != this ? widget : nullptr;
    if (!m_target) {
        hide();
        return;
    }
    // A scroll area moves the field's parent, not the field: watch the whole line up to the window.
    for (QWidget *w = m_target; w && w != parentWidget(); w = w->parentWidget()) {
        w->installEventFilter(this);
        m_watched << w;
    }
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    // Only the part that shows: a field half scrolled out of view gets a ring around its visible half.
    const QRect visible = m_target->visibleRegion().boundingRect();
    if (visible.isEmpty()) {
        hide();
        return;
    }
    const QRect inner(m_target->mapTo(parentWidget(), visible.topLeft()), visible.size());
    setGeometry(inner.adjusted(-kWidth, -kWidth, kWidth, kWidth) & parentWidget()->rect());
    show();
    raise();
    update();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (m_target && std::any_of(m_watched.cbegin(), m_watched.cend(), [watched](const QPointer<QWidget> &w) { return w == watched; })) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
            place();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    // Two rings: the highlight colour, and the text colour inside it, so it shows on light and dark alike.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(palette().color(QPalette::Highlight), kWidth));
    painter.drawRoundedRect(QRectF(rect()).adjusted(kWidth / 2.0, kWidth / 2.0, -kWidth / 2.0, -kWidth / 2.0), 4, 4);
    painter.setPen(QPen(palette().color(QPalette::WindowText), 1));
    painter.drawRoundedRect(QRectF(rect()).adjusted(kWidth + 0.5, kWidth + 0.5, -kWidth - 0.5, -kWidth - 0.5), 3, 3);
}

} // namespace als
