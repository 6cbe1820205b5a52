#include "ReadAloud.h"

#include "SectionView.h"
#include "Settings.h"
#include "SpeechEngine.h"
#include "Theme.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextTable>

namespace als {

namespace {

// The speed steps as Qt TextToSpeech rates (-1 … 1): a step is a clear difference, and the ends stay intelligible.
constexpr double kRatePerStep = 0.3;

QString cellText(QTextTable *table, int row, int column)
{
    const QTextTableCell cell = table->cellAt(row, column);
    if (!cell.isValid())
        return {};
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    return ReadAloud::speakable(cursor.selectedText());
}

}  // namespace

ReadAloud::ReadAloud(Settings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_speed(settings ? settings->readAloudSpeed() : 0)
{
    setObjectName(QStringLiteral("readAloud"));
}

ReadAloud::~ReadAloud()
{
    unmark();
}

ReadAloud *ReadAloud::of(const QWidget *widget)
{
    return widget ? widget->window()->findChild<ReadAloud *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

SpeechEngine *ReadAloud::ensureEngine()
{
    if (m_engine)
        return m_engine;
    m_engine = m_factory ? m_factory(this) : new QtSpeechEngine(this);
    m_engine->setRate(m_speed * kRatePerStep);
    connect(m_engine, &SpeechEngine::finished, this, &ReadAloud::advance);
    connect(m_engine, &SpeechEngine::voiceChecked, this, &ReadAloud::voiceChecked);
    connect(m_engine, &SpeechEngine::failed, this, [this](const QString &why) {
        stop();
        setProblem(why);
    });
    return m_engine;
}

QString ReadAloud::speakable(const QString &shown)
{
    static const QRegularExpression reading(QStringLiteral("(?<=[\\p{Han}々〆ヶ])[（(][\\p{Hiragana}ー・　 ]+[）)]"));
    QString text = shown;
    text.replace(QChar::LineSeparator, QLatin1Char(' '));
    text.replace(QChar::ParagraphSeparator, QLatin1Char(' '));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.remove(QChar::ObjectReplacementCharacter);
    text.remove(reading);
    return text.simplified();
}

QList<ReadAloudParagraph> ReadAloud::paragraphsOf(QTextEdit *view, int from)
{
    QList<ReadAloudParagraph> paragraphs;
    QTextDocument *doc = view ? view->document() : nullptr;
    if (!doc)
        return paragraphs;
    for (QTextBlock b = doc->findBlock(std::max(0, from)); b.isValid();) {
        QTextCursor cursor(b);
        if (QTextTable *table = cursor.currentTable()) {
            // A row as one sentence, each cell after its column's heading; the heading row itself is said with
            // every row instead of on its own.
            const int row = table->cellAt(cursor).row();
            const int headerRows = table->rows() > 1 ? std::max(1, table->format().headerRowCount()) : 0;
            if (row >= headerRows) {
                QStringList parts;
                for (int c = 0; c < table->columns(); ++c) {
                    const QString cell = cellText(table, row, c);
                    if (cell.isEmpty())
                        continue;
                    const QString heading = headerRows > 0 ? cellText(table, 0, c) : QString();
                    parts << (heading.isEmpty() ? cell : heading + QStringLiteral(": ") + cell);
                }
                if (!parts.isEmpty()) {
                    QString sentence = parts.join(QStringLiteral("; "));
                    if (!sentence.endsWith(QLatin1Char('.')) && !sentence.endsWith(QChar(0x3002)))
                        sentence += QLatin1Char('.');
                    paragraphs << ReadAloudParagraph{sentence, view, table->cellAt(row, 0).firstPosition(),
                                                     table->cellAt(row, table->columns() - 1).lastPosition()};
                }
            }
            // On past the row: the block after its last cell (the table's end, after its last row).
            const QTextTableCell last = table->cellAt(row, table->columns() - 1);
            QTextBlock next = doc->findBlock(last.lastPosition()).next();
            if (row == table->rows() - 1)
                next = doc->findBlock(table->lastPosition() + 1);
            if (!next.isValid() || next.position() <= b.position())
                break;
            b = next;
            continue;
        }
        const QString text = speakable(b.text());
        if (!text.isEmpty())
            paragraphs << ReadAloudParagraph{text, view, b.position(), b.position() + b.length() - 1};
        b = b.next();
    }
    return paragraphs;
}

int ReadAloud::placeOf(const QTextEdit *view)
{
    QTextDocument *doc = view->document();
    const int top = view->verticalScrollBar()->value();
    if (top <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QTextBlock b = view->cursorForPosition(QPoint(view->viewport()->width() / 2, 0)).block();
    // The paragraph at the top if any of it shows; else the next one.
    while (b.isValid() && layout->blockBoundingRect(b).bottom() <= top + 1)
        b = b.next();
    while (b.isValid() && b.previous().isValid() && layout->blockBoundingRect(b.previous()).bottom() > top + 1)
        b = b.previous();
    if (!b.isValid())
        return doc->characterCount() - 1;
    QTextCursor cursor(b);
    if (QTextTable *table = cursor.currentTable())
        return table->cellAt(table->cellAt(cursor).row(), 0).firstPosition();
    return b.position();
}

bool ReadAloud::read(SectionView *view)
{
    if (!view)
        return false;
    view->ensureBuilt();
    return begin(view->readAloudParagraphs(), view->language(), view);
}

bool ReadAloud::read(const QList<ReadAloudParagraph> &paragraphs, Language language)
{
    return begin(paragraphs, language, nullptr);
}

bool ReadAloud::begin(const QList<ReadAloudParagraph> &paragraphs, Language language, SectionView *view)
{
    stop();
    if (paragraphs.isEmpty()) {
        setProblem(tr("There is nothing to read aloud here."));
        return false;
    }
    m_paragraphs = paragraphs;
    m_language = language;
    m_view = view;
    setState(State::Starting);
    ensureEngine()->checkVoice(language);
    return m_state != State::Stopped || m_problem.isEmpty();
}

void ReadAloud::voiceChecked(Language language, const QString &missing)
{
    if (m_state != State::Starting || language != m_language)
        return;  // an answer for a reading since stopped
    if (!missing.isEmpty()) {
        stop();
        setProblem(missing);
        return;
    }
    setState(State::Reading);
    speak(0);
}

void ReadAloud::toggle(SectionView *view)
{
    if (m_state == State::Starting && (!view || view == m_view))
        stop();
    else if (m_state == State::Reading && (!view || view == m_view))
        pause();
    else if (m_state == State::Paused && (!view || view == m_view))
        resume();
    else
        read(view);
}

void ReadAloud::speak(int index)
{
    m_current = index;
    mark(index);
    Q_EMIT paragraphStarted(index);
    m_engine->say(m_paragraphs.at(index).text, m_language);
}

void ReadAloud::advance()
{
    if (m_state != State::Reading)
        return;
    if (m_current + 1 < m_paragraphs.size())
        speak(m_current + 1);
    else
        stop();
}

void ReadAloud::pause()
{
    if (m_state != State::Reading)
        return;
    m_engine->pause();
    setState(State::Paused);
}

void ReadAloud::resume()
{
    if (m_state != State::Paused)
        return;
    m_engine->resume();
    setState(State::Reading);
}

void ReadAloud::stop()
{
    if (m_state != State::Stopped && m_engine)
        m_engine->stop();
    unmark();
    m_paragraphs.clear();
    m_current = -1;
    m_view = nullptr;
    setProblem(QString());
    setState(State::Stopped);
}

void ReadAloud::setSpeed(int step)
{
    step = std::clamp(step, Settings::kMinReadAloudSpeed, Settings::kMaxReadAloudSpeed);
    m_speed = step;
    if (m_settings)
        m_settings->setReadAloudSpeed(step);
    if (m_engine)
        m_engine->setRate(step * kRatePerStep);
}

void ReadAloud::mark(int index)
{
    const ReadAloudParagraph &p = m_paragraphs.at(index);
    if (m_marked && m_marked != p.view)
        unmark();
    QTextEdit *view = p.view;
    if (!view)
        return;
    m_marked = view;
    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(view->document());
    mark.cursor.setPosition(p.from);
    mark.cursor.setPosition(p.to, QTextCursor::KeepAnchor);
    mark.format.setBackground(Theme::readAloudBackground(view->palette()));
    mark.format.setForeground(Theme::readAloudText(view->palette()));
    view->setExtraSelections({mark});
    // Keep it in view: its top at the top when it is not wholly shown (the top of a paragraph taller than the view).
    QAbstractTextDocumentLayout *layout = view->document()->documentLayout();
    const QRectF rect = layout->blockBoundingRect(view->document()->findBlock(p.from))
                            .united(layout->blockBoundingRect(view->document()->findBlock(p.to)));
    QScrollBar *bar = view->verticalScrollBar();
    const int height = view->viewport()->height();
    if (rect.top() < bar->value() || rect.bottom() > bar->value() + height)
        bar->setValue(int(rect.top()) - view->fontMetrics().height() / 2);
}

void ReadAloud::unmark()
{
    if (m_marked)
        m_marked->setExtraSelections({});
    m_marked = nullptr;
}

void ReadAloud::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ReadAloud::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

QAction *ReadAloud::createAction(QWidget *window, std::function<SectionView *()> currentView)
{
    auto *action = new QAction(window);
    action->setObjectName(QStringLiteral("readAloudAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->setShortcutContext(Qt::WindowShortcut);
    const auto retranslate = [action] { action->setText(tr("&Read aloud / pause")); };
    retranslate();
    // Retranslated with the window.
    struct Watcher final : QObject
    {
        std::function<void()> onLanguage;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::LanguageChange)
                onLanguage();
            return false;
        }
    };
    auto *watcher = new Watcher;
    watcher->setParent(action);
    watcher->onLanguage = retranslate;
    window->installEventFilter(watcher);
    window->addAction(action);
    connect(action, &QAction::triggered, this, [this, currentView] { toggle(currentView()); });
    return action;
}

// ---- the controls --------------------------------------------------------------------------------------------

ReadAloudBar::ReadAloudBar(SectionView *view)
    : QWidget(view)
    , m_view(view)
    , m_read(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_speed(new QComboBox(this))
    , m_speedLabel(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("readAloudBar"));
    m_read->setObjectName(QStringLiteral("readAloudButton"));
    m_stop->setObjectName(QStringLiteral("readAloudStop"));
    m_speed->setObjectName(QStringLiteral("readAloudSpeed"));
    m_problem->setObjectName(QStringLiteral("readAloudProblem"));
    for (QWidget *w :
         {static_cast<QWidget *>(m_read), static_cast<QWidget *>(m_stop), static_cast<QWidget *>(m_speed)}) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->setMinimumHeight(44);
    }
    m_speedLabel->setBuddy(m_speed);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->setFocusPolicy(Qt::TabFocus);  // reachable from the keyboard, so a screen reader reads it
    m_problem->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_read);
    layout->addWidget(m_stop);
    layout->addSpacing(12);
    layout->addWidget(m_speedLabel);
    layout->addWidget(m_speed);
    layout->addWidget(m_problem, 1);
    layout->addStretch();
    connect(m_read, &QPushButton::clicked, this, [this] {
        if (ReadAloud *r = controller())
            r->toggle(m_view);
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (ReadAloud *r = controller())
            r->stop();
    });
    connect(m_speed, &QComboBox::activated, this, [this](int index) {
        if (ReadAloud *r = controller())
            r->setSpeed(index + Settings::kMinReadAloudSpeed);
    });
    retranslate();
}

ReadAloud *ReadAloudBar::controller()
{
    if (!m_controller) {
        m_controller = ReadAloud::of(this);
        if (m_controller) {
            connect(m_controller, &ReadAloud::stateChanged, this, &ReadAloudBar::refresh);
            connect(m_controller, &ReadAloud::problemChanged, this, &ReadAloudBar::refresh);
        }
    }
    return m_controller;
}

void ReadAloudBar::showEvent(QShowEvent *event)
{
    controller();
    refresh();
    QWidget::showEvent(event);
}

void ReadAloudBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReadAloudBar::refresh()
{
    ReadAloud *r = m_controller;
    const bool mine = r && r->view() == m_view;
    const ReadAloud::State state = r && mine ? r->state() : ReadAloud::State::Stopped;
    switch (state) {
    case ReadAloud::State::Stopped:
        m_read->setText(tr("Read aloud"));
        break;
    case ReadAloud::State::Starting:
        m_read->setText(tr("Starting the voice…"));
        break;
    case ReadAloud::State::Reading:
        m_read->setText(tr("Pause"));
        break;
    case ReadAloud::State::Paused:
        m_read->setText(tr("Resume"));
        break;
    }
    m_read->setAccessibleName(m_read->text().remove(QLatin1Char('&')));
    m_stop->setEnabled(state != ReadAloud::State::Stopped);
    if (r)
        m_speed->setCurrentIndex(r->speed() - Settings::kMinReadAloudSpeed);
    // No voice: the bar says why, beside the button, and the button carries it for a screen reader.
    const QString problem = r ? r->problem() : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_read->setAccessibleDescription(problem);
    m_read->setToolTip(problem.isEmpty() ? tr("Reads this page aloud from where you are (Ctrl+Shift+R)") : problem);
}

void ReadAloudBar::retranslate()
{
    m_stop->setText(tr("Stop reading"));
    m_stop->setAccessibleName(tr("Stop reading"));
    m_speedLabel->setText(tr("Speed:"));
    m_speed->setAccessibleName(tr("Reading speed"));
    const int index = m_speed->currentIndex();
    m_speed->clear();
    m_speed->addItems({tr("Slowest"), tr("Slower"), tr("Normal"), tr("Faster"), tr("Fastest")});
    m_speed->setCurrentIndex(index >= 0 ? index : -Settings::kMinReadAloudSpeed);
    refresh();
}

}  // namespace als
