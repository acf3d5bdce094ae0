// The files the Debian package installs agree with the program: the man page documents every
// verb `juesuan --help` lists and every exit code; the desktop entry opens files with
// `juesuan %f` and declares the type the shared-mime-info XML defines; that XML's magic
// finds the sample and a file the writer saves just now; the AppStream metadata launches the
// desktop entry. (scripts/test-package.sh checks the built package in a clean Debian root.)
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Juesuan;
using namespace TestSupport;

namespace {

const QString dist = QStringLiteral(JUESUAN_SOURCE_DIR "/dist/");

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

struct Magic {
    QByteArray value;
    int from = 0;
    int to = 0;
};

// The string matches of application/x-juesuan's magic.
QList<Magic> magicOf(const QString &xml)
{
    QList<Magic> out;
    QXmlStreamReader r(xml);
    while (r.readNextStartElement() || !r.atEnd()) {
        if (r.isStartElement() && r.name() == QLatin1String("match")) {
            const auto a = r.attributes();
            const QStringList range = a.value(QLatin1String("offset")).toString().split(QLatin1Char(':'));
            out.append({a.value(QLatin1String("value")).toString().toUtf8(), range.value(0).toInt(),
                        range.value(1, range.value(0)).toInt()});
        }
        if (!r.isStartElement() && !r.isEndElement())
            r.readNext();
    }
    return out;
}

bool magicFinds(const QList<Magic> &magic, const QByteArray &head)
{
    for (const Magic &m : magic) {
        const qsizetype at = head.indexOf(m.value);
        if (at >= m.from && at <= m.to)
            return true;
    }
    return false;
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT
private slots:
    void manPageDocumentsEveryVerb();
    void manPageDocumentsExitCodes();
    void desktopEntryOpensReports();
    void mimeMagicFindsReports();
    void metainfoLaunchesTheDesktopEntry();
};

void TestPackaging::manPageDocumentsEveryVerb()
{
    QProcess p;
    p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression verbLine(QStringLiteral("^\\s+juesuan ([a-z]+) "), QRegularExpression::MultilineOption);
    QStringList verbs;
    for (auto it = verbLine.globalMatch(help); it.hasNext();)
        verbs.append(it.next().captured(1));
    QVERIFY2(verbs.contains(QStringLiteral("export")) && verbs.contains(QStringLiteral("check")), qPrintable(help));
    const QString man = readText(dist + QStringLiteral("juesuan.1"));
    QVERIFY(!man.isEmpty());
    for (const QString &verb : verbs) {
        QVERIFY2(man.contains(QStringLiteral(".B juesuan ") + verb + QLatin1Char('\n')),
                 qPrintable(verb + QStringLiteral(": not in the SYNOPSIS")));
        QVERIFY2(man.contains(QStringLiteral(".TP\n.BI \"") + verb + QLatin1Char(' '))
                         || man.contains(QStringLiteral(".TP\n.BI ") + verb),
                 qPrintable(verb + QStringLiteral(": no entry under VERBS")));
    }
    for (const char *option : {"\\-\\-json", "\\-\\-progress", "\\-\\-into", "\\-\\-help", "\\-\\-version"})
        QVERIFY2(man.contains(QLatin1String(option)), option);
}

void TestPackaging::manPageDocumentsExitCodes()
{
    const QString man = readText(dist + QStringLiteral("juesuan.1"));
    const qsizetype section = man.indexOf(QStringLiteral(".SH EXIT STATUS"));
    QVERIFY(section > 0);
    const QString exits = man.mid(section, man.indexOf(QStringLiteral(".SH"), section + 4) - section);
    for (const char *code : {".TP\n.B 0\n", ".TP\n.B 1\n", ".TP\n.B 2\n"})
        QVERIFY2(exits.contains(QLatin1String(code)), code);
}

void TestPackaging::desktopEntryOpensReports()
{
    const QStringList lines = readText(dist + QStringLiteral("juesuan.desktop")).split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("Exec=juesuan %f")));
    QVERIFY(lines.contains(QStringLiteral("Name[zh_CN]=决算")));
    QVERIFY(lines.contains(QStringLiteral("Name=Juesuan")));
    QVERIFY(lines.contains(QStringLiteral("Icon=juesuan")));
    QVERIFY(lines.contains(QStringLiteral("MimeType=application/x-juesuan;")));
    QVERIFY(lines.contains(QStringLiteral("Categories=Office;Finance;Qt;")));
    const QString mime = readText(dist + QStringLiteral("juesuan-mime.xml"));
    QVERIFY(mime.contains(QStringLiteral("<mime-type type=\"application/x-juesuan\">")));
    QVERIFY(mime.contains(QStringLiteral("<glob pattern=\"*.juesuan\"/>")));
}

// The magic must find what the writer writes, not only the sample as it was committed.
void TestPackaging::mimeMagicFindsReports()
{
    const QList<Magic> magic = magicOf(readText(dist + QStringLiteral("juesuan-mime.xml")));
    QCOMPARE(magic.size(), 2);
    QFile sample(samplePath());
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(magicFinds(magic, sample.read(256)));

    QTemporaryDir dir;
    QString error;
    auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试部门"), 2023, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString saved = dir.filePath(QStringLiteral("new.juesuan"));
    QVERIFY2(DocumentIO::save(*doc, saved, &error), qPrintable(error));
    QFile file(saved);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(magicFinds(magic, file.read(256)));

    QVERIFY(!magicFinds(magic, QByteArrayLiteral("{\n  \"name\": \"juesuan\", \"format\": \"xlsx\"\n}")));
}

void TestPackaging::metainfoLaunchesTheDesktopEntry()
{
    const QString meta = readText(dist + QStringLiteral("juesuan.metainfo.xml.in"));
    QVERIFY(meta.contains(QStringLiteral("<launchable type=\"desktop-id\">juesuan.desktop</launchable>")));
    QVERIFY(meta.contains(QStringLiteral("<mediatype>application/x-juesuan</mediatype>")));
    QVERIFY(meta.contains(QStringLiteral("<screenshot type=\"default\">")));
    QVERIFY(meta.contains(QStringLiteral("<project_license>GPL-3.0-or-later</project_license>")));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
