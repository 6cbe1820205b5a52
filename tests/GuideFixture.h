#pragma once

// A whole guide for a GUI test: its own settings file, translations, a request store in a scratch folder and the
// main window, shown and active. Each test gets a fresh one, so nothing leaks from test to test.

#include "Content.h"
#include "MainWindow.h"
#include "RequestStore.h"
#include "Settings.h"
#include "Translations.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct GuideFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<als::Settings> settings;
    std::unique_ptr<als::Translations> translations;
    std::unique_ptr<als::RequestStore> store;
    std::unique_ptr<als::MainWindow> window;
    bool withClinic = true;

    QString dbPath() const { return dir->filePath(QStringLiteral("data/requests.db")); }

    // openStore false: the store only knows where it will live, as at a real start.
    bool start(als::Language language, bool openStore)
    {
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<als::Settings>(dir->filePath(QStringLiteral("settings.ini")));
        // A desk's guide: the form's requests go to a clinic (without one the form keeps the reader's own questions).
        if (withClinic) {
            als::ClinicProfile clinic;
            clinic.name = QStringLiteral("Test Clinic");
            settings->setClinicProfile(clinic);
        }
        translations = std::make_unique<als::Translations>();
        translations->install(language);
        store = std::make_unique<als::RequestStore>();
        als::DatabaseLocation location;
        location.path = dbPath();
        store->setLocation(location);
        if (openStore && !store->open(location))
            return false;
        window = std::make_unique<als::MainWindow>(als::Content::builtIn(), *settings, *translations);
        window->setRequestStore(store.get());
        window->resize(1280, 900);
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    void stop()
    {
        window.reset();
        store.reset();
    }
};
