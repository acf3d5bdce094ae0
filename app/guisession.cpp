#include "guisession.h"

#include "document.h"
#include "fonts.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "translators.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>
#include <QTimer>

namespace Juesuan {

int GuiSession::run(QApplication &app)
{
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan"));
    // The installed theme icon when there is one, else the compiled-in SVG; the desktop file
    // name lets Wayland compositors and docks match windows to juesuan.desktop.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("juesuan"), QIcon(QStringLiteral(":/icons/juesuan.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("juesuan"));
    Translators::install(app, PreferencesDialog::uiLanguage());
    Fonts::applyToApplication();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Juesuan::GuiSession", "Editor for departmental final-accounts disclosure reports"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("Juesuan::GuiSession", "The report to open (.juesuan)."));
    QCommandLineOption page(QStringLiteral("page"), QCoreApplication::translate("Juesuan::GuiSession", "Show this outline entry."), QStringLiteral("ID"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("Juesuan::GuiSession", "Grab the window into a PNG and quit."),
                                  QStringLiteral("OUT.png"));
    QCommandLineOption quitAfterShow(QStringLiteral("quit-after-show"), QCoreApplication::translate("Juesuan::GuiSession", "Quit once the window is shown."));
    QCommandLineOption editText(QStringLiteral("edit-text"), QCoreApplication::translate("Juesuan::GuiSession", "Change a text part after loading."),
                                QStringLiteral("KEY=TEXT"));
    for (QCommandLineOption *o : {&page, &screenshot, &quitAfterShow, &editText}) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(*o);
    }
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return 2;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("Juesuan::GuiSession", "juesuan opens one report at a time") << Qt::endl;
        return 2;
    }

    MainWindow window;
    bool loaded = false;
    if (!files.isEmpty()) {
        loaded = window.openFile(files.first());
    } else {
        // The last session's file, when it is still there.
        const QStringList recent = RecentFiles().files();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            loaded = window.openFile(recent.first());
    }
    if (!loaded && !window.newEmptyDocument())
        return 2;

    if (parser.isSet(editText)) {
        const QString spec = parser.value(editText);
        const QString key = spec.section(QLatin1Char('='), 0, 0);
        if (!Document::isValidTextKey(key)) {
            QTextStream(stderr) << QCoreApplication::translate("Juesuan::GuiSession", "--edit-text: unknown text part %1").arg(key) << Qt::endl;
            return 2;
        }
        window.document()->setText(key, spec.section(QLatin1Char('='), 1));
    }
    if (parser.isSet(page)) {
        QString id = parser.value(page);
        if (id.size() <= 2 && id.at(0).isDigit())
            id = QStringLiteral("table/") + id.rightJustified(2, QLatin1Char('0'));
        if (!window.showPage(id)) {
            QTextStream(stderr) << QCoreApplication::translate("Juesuan::GuiSession", "--page: no outline entry %1").arg(id) << Qt::endl;
            return 2;
        }
    }
    window.show();

    const bool scripted = parser.isSet(screenshot) || parser.isSet(quitAfterShow);
    // Offered once the window is up, so the question stands over it; never to scripted runs,
    // which no one answers.
    if (!scripted)
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });

    if (parser.isSet(quitAfterShow)) {
        QTimer::singleShot(0, &window, [&clock] {
            QTextStream(stdout) << QStringLiteral("shown %1").arg(clock.elapsed()) << Qt::endl;
            QCoreApplication::exit(0); // without asking: a measurement, not a session
        });
    }
    if (parser.isSet(screenshot)) {
        const QString out = parser.value(screenshot);
        // Give layout and the first paints a moment, as a person would see the window.
        QTimer::singleShot(500, &window, [&window, out] {
            const bool ok = window.grab().save(out);
            if (!ok)
                QTextStream(stderr) << QCoreApplication::translate("Juesuan::GuiSession", "cannot write %1").arg(out) << Qt::endl;
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace Juesuan
