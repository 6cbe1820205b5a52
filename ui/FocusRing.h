#pragma once

#include <QPointer>
#include <QWidget>

namespace als {

// A thick, high-contrast ring around whatever has the keyboard focus, in every widget style and theme, including
// text views and tables that draw no focus frame of their own (WCAG 2.4.7). It never takes the mouse.
class FocusRing final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusRing)

public:
    explicit FocusRing(QWidget *window);

    QWidget *target() const { return m_target; }
    static constexpr int kWidth = 3;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow(QWidget *widget);
    void place();

    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched;  // the target and its ancestors: any of them moving moves the ring
};

} // namespace als
