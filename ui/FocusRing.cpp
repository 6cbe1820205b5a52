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
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = widget && widget->window() == parentWidget()->window() && widget != this ? widget : nullptr;
    if (!m_target) {
        hide();
        return;
    }
    m_target->installEventFilter(this);
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
    if (watched == m_target) {
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
