#pragma once

#include <QWidget>

namespace als {

// Desk mode's first screen for each visitor (being written).
class StartScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartScreen)

public:
    explicit StartScreen(QWidget *parent = nullptr);
    ~StartScreen() override;
};

} // namespace als
