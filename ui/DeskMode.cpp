#include "DeskMode.h"

#include "MainWindow.h"
#include "ReadingBrowser.h"

#include <QAccessible>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace als {

DeskMode::DeskMode(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_warnTimer.setSingleShot(true);
    m_clearTimer.setSingleShot(true);
    m_tick.setInterval(1000);
    connect(&m_warnTimer, &QTimer::timeout, this, &DeskMode::showWarning);
    connect(&m_clearTimer, &QTimer::timeout, this, &DeskMode::resetVisitor);
    connect(&m_tick, &QTimer::timeout, this, &DeskMode::updateCountdown);

    m_warning = new QFrame(window);
    m_warning->setObjectName(QStringLiteral("idleWarning"));
    m_warning->setFrameShape(QFrame::Box);
    m_warning->setLineWidth(3);
    m_warning->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(m_warning);
    layout->setContentsMargins(32, 32, 32, 32);
    m_warningText = new QLabel;
    m_warningText->setWordWrap(true);
    QFont big = m_warningText->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    m_warningText->setFont(big);
    m_continue = new QPushButton;
    m_continue->setObjectName(QStringLiteral("idleContinue"));
    m_continue->setFont(big);
    m_continue->setMinimumSize(320, 88);
    layout->addWidget(m_warningText);
    layout->addWidget(m_continue, 0, Qt::AlignHCenter);
    m_warning->hide();
    connect(m_continue, &QPushButton::clicked, this, &DeskMode::stillHere);

    ReadingBrowser::setLinksOpen(false);
    // QDesktopServices only takes a slot by name.
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")})
        QDesktopServices::setUrlHandler(scheme, this, "swallowUrl");

    qApp->installEventFilter(this);
    restart();
}

DeskMode::~DeskMode()
{
    qApp->removeEventFilter(this);
    for (const QString &scheme : {QStringLiteral("http"), QStringLiteral("https")})
        QDesktopServices::unsetUrlHandler(scheme);
    ReadingBrowser::setLinksOpen(true);
    delete m_warning;  // a child of the window, which outlives desk mode
}

namespace {

// The warning and the clearing must reach the visitor even when a dialog is open in front of the form.
void closeModalDialogs()
{
    for (int i = 0; i < 10; ++i) {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        if (auto *dialog = qobject_cast<QDialog *>(modal))
            dialog->reject();
        else
            modal->close();
    }
}

} // namespace

void DeskMode::setIdleTimeout(int milliseconds)
{
    m_idle = std::max(0, milliseconds);
    m_warning->hide();
    restart();
}

void DeskMode::setWarningLead(int milliseconds)
{
    // At least 20 seconds' warning in use (WCAG 2.2.1); tests may shorten it.
    m_lead = std::max(0, milliseconds);
    m_warning->hide();
    restart();
}

bool DeskMode::isWarningShown() const
{
    return m_warning->isVisible();
}

void DeskMode::restart()
{
    m_warnTimer.stop();
    m_clearTimer.stop();
    m_tick.stop();
    if (m_idle <= 0 || !m_visitorPresent)
        return;
    m_warnTimer.start(std::max(0, m_idle - m_lead));
}

bool DeskMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
        // While the warning shows, only its button counts: a stray touch elsewhere must not hide it unread.
        if (!isWarningShown()) {
            m_visitorPresent = true;
            restart();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DeskMode::showWarning()
{
    closeModalDialogs();
    m_warnedAt.start();
    m_clearTimer.start(m_lead);
    m_tick.start();
    m_continue->setText(tr("Continue: I am still here"));
    updateCountdown();
    const QSize size(std::min(m_window->width() - 40, 720), std::min(m_window->height() - 40, 360));
    m_warning->setGeometry(QRect(QPoint((m_window->width() - size.width()) / 2, (m_window->height() - size.height()) / 2), size));
    m_warning->show();
    m_warning->raise();
    m_continue->setFocus(Qt::OtherFocusReason);
    QAccessibleEvent alert(m_warningText, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void DeskMode::updateCountdown()
{
    const int left = int(std::max<qint64>(0, (m_lead - m_warnedAt.elapsed() + 999) / 1000));
    m_warningText->setText(tr("Are you still there? To protect your privacy, this screen will be cleared in %n "
                              "second(s), including anything typed in the form.", nullptr, left));
    m_warning->setAccessibleName(m_warningText->text());
}

void DeskMode::stillHere()
{
    m_warning->hide();
    restart();
}

void DeskMode::swallowUrl(const QUrl &url)
{
    Q_EMIT urlSwallowed(url);
}

void DeskMode::resetVisitor()
{
    closeModalDialogs();
    m_warning->hide();
    m_window->clearVisitor();  // which calls visitorLeft()
    Q_EMIT visitorReset();
}

void DeskMode::visitorLeft()
{
    m_visitorPresent = false;
    m_warning->hide();
    restart();
}

} // namespace als
