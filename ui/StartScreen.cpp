#include "StartScreen.h"

namespace als {

StartScreen::StartScreen(QWidget *parent)
    : QWidget(parent)
{
}

StartScreen::~StartScreen() = default;

} // namespace als
