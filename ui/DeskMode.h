#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QLabel;
class QPushButton;
class QFrame;

namespace als {

class MainWindow;

// Desk mode's privacy guard: after a period without input it clears everything a visitor left (the form, the
// receipt, the search, the clipboard) and returns to the start screen. A warning with a large "Continue" button
// comes first, at least 20 seconds ahead (WCAG 2.2.1); staff can lengthen the period or turn it off. Once cleared,
// the desk waits for the next visitor's first touch or key before it counts again: an empty desk is not asked
// whether anyone is still there.
//
// While it lives, nothing at the desk opens another program: web links in the guide show their address instead,
// and any request that still reaches QDesktopServices for a web address is swallowed here.
class DeskMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskMode)

public:
    explicit DeskMode(MainWindow *window);
    ~DeskMode() override;

    void setIdleTimeout(int milliseconds);  // 0: never clear
    void setWarningLead(int milliseconds);
    int idleTimeout() const { return m_idle; }
    // Someone has used the desk since it started or was last cleared: the idle period is being counted.
    bool isVisitorPresent() const { return m_visitorPresent; }
    bool isWarningShown() const;
    QFrame *warning() const { return m_warning; }

public Q_SLOTS:
    void resetVisitor();
    // The visitor's traces are gone (MainWindow::clearVisitor): wait for the next one before counting again.
    void visitorLeft();
    void stillHere();
    // QDesktopServices' handler for http and https while the desk is on: opens nothing.
    void swallowUrl(const QUrl &url);

Q_SIGNALS:
    void visitorReset();
    void urlSwallowed(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void showWarning();
    void updateCountdown();

    MainWindow *m_window = nullptr;
    int m_idle = 180000;
    int m_lead = 30000;
    bool m_visitorPresent = false;
    QTimer m_warnTimer;
    QTimer m_clearTimer;
    QTimer m_tick;
    QElapsedTimer m_warnedAt;
    QFrame *m_warning = nullptr;
    QLabel *m_warningText = nullptr;
    QPushButton *m_continue = nullptr;
};

} // namespace als
