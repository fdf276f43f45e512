#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

// Reports lay out text and so need fonts, which only a QGuiApplication gives (under the offscreen
// platform in tests); everything else runs with a QCoreApplication.
#ifdef TANDEM_CATCH_GUI
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
#ifdef TANDEM_CATCH_GUI
    // Also when the build lists the tests (catch_discover_tests runs the runner without the
    // tests' environment): no test here shows a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
