// Time from starting the juesuan program to its main window shown with the sample report
// loaded (the hidden --quit-after-show option prints "shown <ms>" then and quits). Runs the
// real binary N times on the offscreen platform and prints each run and the medians.
// Target: ≤ 1000 ms.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    QTemporaryDir settings; // no recent files, no recovery copies: the sample alone
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), settings.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("JUESUAN_RECOVERY_DIR"), settings.filePath(QStringLiteral("recovery")));
    const QStringList args = {QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan"),
                              QStringLiteral("--quit-after-show")};
    QList<qint64> wall;   // process start → "shown" read here
    QList<qint64> inside; // as the program measured it (from QApplication to shown)
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer clock;
        clock.start();
        p.start(QStringLiteral(JUESUAN_BINARY), args);
        qint64 shownAt = -1;
        QByteArray line;
        while (p.waitForReadyRead(30000)) {
            line += p.readAllStandardOutput();
            if (line.contains("shown ")) {
                shownAt = clock.elapsed();
                break;
            }
        }
        p.waitForFinished(30000);
        line += p.readAllStandardOutput();
        if (shownAt < 0 || p.exitCode() != 0) {
            out << "run " << i + 1 << ": failed: " << p.readAllStandardError() << Qt::endl;
            return 1;
        }
        const qint64 self = line.mid(line.indexOf("shown ") + 6).trimmed().toLongLong();
        wall.append(shownAt);
        inside.append(self);
        out << "run " << i + 1 << ": " << shownAt << " ms to shown window (" << self << " ms inside the program)"
            << Qt::endl;
    }
    out << "median of " << runs << " runs: " << median(wall) << " ms start-to-shown-window, " << median(inside)
        << " ms inside the program (target <= 1000 ms)" << Qt::endl;
    return 0;
}
