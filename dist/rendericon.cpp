// rendericon: renders the SVG icon into the PNG sizes the hicolor theme wants, at build time,
// so the repository keeps one source (resources/icons/juesuan.svg) and no generated images.
// Usage: rendericon IN.svg OUTDIR SIZE...   writes OUTDIR/SIZExSIZE/apps/juesuan.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    // Rendering needs no display; the icon has no text, so no fonts either.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        QTextStream(stderr) << "usage: rendericon IN.svg OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        QTextStream(stderr) << args.at(1) << ": not a readable SVG" << Qt::endl;
        return 2;
    }
    for (int i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            QTextStream(stderr) << "rendericon: bad size " << args.at(i) << Qt::endl;
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString dir = args.at(2) + QStringLiteral("/%1x%1/apps").arg(size);
        const QString out = dir + QStringLiteral("/juesuan.png");
        if (!QDir().mkpath(dir) || !image.save(out, "PNG")) {
            QTextStream(stderr) << out << ": cannot write" << Qt::endl;
            return 1;
        }
    }
    return 0;
}
