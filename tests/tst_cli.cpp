// The headless verbs of the juesuan executable: table, --help, --version, and errors —
// among them hostile input (docs/robustness.md): unknown verbs, devices and pipes, forged
// TSV rows, escapes in messages, names that are not UTF-8, full disks and full pipes.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QString binary = QStringLiteral(JUESUAN_BINARY);
const QString samplePath = QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // verbs must not need one
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(binary, args);
    if (!p.waitForFinished(60000)) {
        p.kill(); // a hang is a failure, not a stuck test
        p.waitForFinished();
        return {-2, QString(), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The program under /bin/sh: for what QProcess cannot give it (raw bytes in argv,
// redirections, ulimit). "$0" is the program; `args` become "$1"…
Run runShell(const QString &script, const QStringList &args, const QString &dir = QString())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral("-c"), script, binary} + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {-2, QString(), QStringLiteral("timed out")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QByteArray sampleBytes()
{
    QFile f(samplePath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void table01();
    void table05();
    void tableAcceptsShortNumber();
    void emptyTableSaysSo();
    void unknownTable();
    void unreadableFile();
    void usage();
    void helpAndVersion();
    void unknownVerb_data();
    void unknownVerb();
    void notARegularFile();
    void nonUtf8FileName();
    void tableCannotBeForged();
    void factsBeyondInt64AreRefused();
    void messagesQuoteAndCutInput();
    void fullStdout();
    void exportOnAFullDisk_data();
    void exportOnAFullDisk();
};

void TestCli::table01()
{
    const Run r = run({QStringLiteral("table"), samplePath, QStringLiteral("01")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("# 公开01表\t2023年度收入支出决算总表"));
    QCOMPARE(lines.at(1), QStringLiteral("# 部门：武汉市江汉区大数据中心\t金额单位：万元"));
    QVERIFY(lines.contains(QStringLiteral("1\t一、一般公共预算财政拨款收入\t3087.79")));
    QVERIFY(lines.contains(QStringLiteral("2\t二、政府性基金预算财政拨款收入\t")));
    QVERIFY(lines.contains(QStringLiteral("27\t本年收入合计\t3087.79")));
    QVERIFY(lines.contains(QStringLiteral("32\t一、一般公共服务支出\t2619.57")));
    QVERIFY(lines.contains(QStringLiteral("62\t总 计\t3087.79")));
    QCOMPARE(lines.size(), 3 + 62);
}

void TestCli::table05()
{
    const Run r = run({QStringLiteral("table"), samplePath, QStringLiteral("05")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(2), QStringLiteral("# 科目编码\t科目名称\t1 本年支出/小计\t2 本年支出/基本支出\t3 本年支出/项目支出"));
    QCOMPARE(lines.at(3), QStringLiteral("\t合 计\t3087.79\t417.23\t2670.56"));
    QCOMPARE(lines.at(4), QStringLiteral("201\t一般公共服务支出\t2619.57\t313.93\t2305.64"));
    QCOMPARE(lines.at(7), QStringLiteral("2010399\t其他政府办公厅（室）及相关机构事务支出\t2305.64\t\t2305.64"));
    QCOMPARE(lines.size(), 3 + 21);
}

void TestCli::tableAcceptsShortNumber()
{
    const Run a = run({QStringLiteral("table"), samplePath, QStringLiteral("9")});
    QCOMPARE(a.exitCode, 0);
    QVERIFY(a.out.contains(QStringLiteral("1\t财政拨款“三公”经费\t3.00\t\t3.00\t\t3.00\t\t1.67\t\t1.59\t\t1.59\t0.08")));
}

void TestCli::emptyTableSaysSo()
{
    const Run r = run({QStringLiteral("table"), samplePath, QStringLiteral("08")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("\t合 计\t\t\t\n")));
    QVERIFY(r.out.contains(QStringLiteral("# 注明：本单位无国有资本经营预算财政拨款收支。")));
}

void TestCli::unknownTable()
{
    const Run r = run({QStringLiteral("table"), samplePath, QStringLiteral("10")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("no table “10”")), qPrintable(r.err));
}

void TestCli::unreadableFile()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.juesuan"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"juesuan\", \"version\": 1, \"edition\": \"2023\", \"metadata\": 5}");
    f.close();
    const Run r = run({QStringLiteral("table"), bad, QStringLiteral("01")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(bad + QStringLiteral(": metadata: expected an object")), qPrintable(r.err));
}

void TestCli::usage()
{
    const Run r = run({QStringLiteral("table"), samplePath});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("usage: juesuan table FILE NN")));
    const Run o = run({QStringLiteral("--frobnicate")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains(QStringLiteral("--frobnicate")));
}

void TestCli::helpAndVersion()
{
    const Run h = run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    QVERIFY(h.out.contains(QStringLiteral("juesuan table FILE NN")));
    const Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QVERIFY(v.out.startsWith(QStringLiteral("juesuan ")));
}

void TestCli::unknownVerb_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    // "chek FILE" used to open the GUI ("一次只能打开一份报告"), "chek" to hang or abort.
    QTest::newRow("typo with a file") << QStringList{QStringLiteral("chek"), samplePath}
                                      << QStringLiteral("unknown verb “chek” (the verbs are table, check, export, import, migrate)");
    QTest::newRow("typo alone") << QStringList{QStringLiteral("chek")} << QStringLiteral("unknown verb “chek”");
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/r.juesuan")}
                                  << QStringLiteral("/nonexistent/r.juesuan: no such file, and not a verb");
}

void TestCli::unknownVerb()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Usage:")), qPrintable(r.err));
}

void TestCli::notARegularFile()
{
    // /dev/zero was read until std::bad_alloc (SIGABRT); a FIFO blocked forever.
    const Run z = run({QStringLiteral("check"), QStringLiteral("/dev/zero")});
    QCOMPARE(z.exitCode, 2);
    QVERIFY2(z.err.contains(QStringLiteral("/dev/zero: cannot open: not a regular file")), qPrintable(z.err));
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.juesuan"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run f = run({QStringLiteral("table"), fifo, QStringLiteral("01")});
    QCOMPARE(f.exitCode, 2);
    QVERIFY2(f.err.contains(QStringLiteral("not a regular file")), qPrintable(f.err));
}

void TestCli::nonUtf8FileName()
{
    QTemporaryDir dir;
    // The name is made by the shell from raw bytes; it used to be reported as "No such file".
    const Run r = runShell(QStringLiteral("n=$(printf '\\377\\376.juesuan'); cp \"$1\" \"$n\" && exec \"$0\" check \"$n\""),
                           {samplePath}, dir.path());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("\\xFF\\xFE.juesuan: 0 errors")), qPrintable(r.err));
    const Run t = runShell(QStringLiteral("exec \"$0\" table \"$(printf '\\377\\376.juesuan')\" 01"), {}, dir.path());
    QCOMPARE(t.exitCode, 0);
    QVERIFY(t.out.contains(QStringLiteral("27\t本年收入合计\t3087.79")));
}

void TestCli::tableCannotBeForged()
{
    QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    QJsonObject meta = root.value(QStringLiteral("metadata")).toObject();
    meta.insert(QStringLiteral("department"), QStringLiteral("单位\tX\n201\t一般公共服务支出\t9999.99\r\\"));
    root.insert(QStringLiteral("metadata"), meta);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("forged.juesuan"));
    QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
    const Run r = run({QStringLiteral("table"), path, QStringLiteral("05")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(1), QStringLiteral("# 部门：单位\\tX\\n201\\t一般公共服务支出\\t9999.99\\r\\\\\t金额单位：万元"));
    QCOMPARE(lines.size(), 3 + 21); // as many rows as the sample has
    for (const QString &line : lines)
        if (!line.startsWith(QLatin1Char('#')))
            QCOMPARE(line.count(QLatin1Char('\t')), 4); // code, name and three amounts
}

void TestCli::factsBeyondInt64AreRefused()
{
    // Such a count used to load as 0: `check` exited 0 and the report said 无车辆.
    QByteArray data = sampleBytes();
    data.replace("\"facts\": {", "\"facts\": {\"official_vehicles\": 1e300,");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("facts.juesuan"));
    QVERIFY(writeFile(path, data));
    const Run r = run({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("facts.official_vehicles: the number 1e300 is not a whole number")),
             qPrintable(r.err));
}

void TestCli::messagesQuoteAndCutInput()
{
    QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    root.insert(QStringLiteral("format"),
                QString(QStringLiteral("\x1b[2J\x1b[31mowned\r\n") + QString(5 * 1000 * 1000, QLatin1Char('z'))));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ansi.juesuan"));
    QVERIFY(writeFile(path, QJsonDocument(root).toJson()));
    root = QJsonObject();
    const Run r = run({QStringLiteral("check"), path});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.size() < 400, qPrintable(r.err.left(400))); // was all of it (50 MB echoed 50 MB)
    QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.err.contains(QLatin1Char('\r')), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("“\\u001B[2J\\u001B[31mowned\\u000D\\u000Azzz")), qPrintable(r.err));
}

void TestCli::fullStdout()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    const Run r = runShell(QStringLiteral("exec \"$0\" table \"$1\" 01 > /dev/full"), {samplePath});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("cannot write to standard output")), qPrintable(r.err));
}

void TestCli::exportOnAFullDisk_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("html") << QStringLiteral("report.html");
    QTest::newRow("pdf") << QStringLiteral("report.pdf");
}

void TestCli::exportOnAFullDisk()
{
    // A full disk used to give exit 0 and a truncated HTML file in place of the old one.
    // ulimit -f makes writes past 64 blocks fail (EFBIG) as a full disk does; SIGXFSZ is
    // ignored so that the write fails instead of killing the program.
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString out = dir.filePath(name);
    const QByteArray old = "the previous export";
    QVERIFY(writeFile(out, old));
    const Run r = runShell(QStringLiteral("trap '' XFSZ; ulimit -f 64 && exec \"$0\" export \"$1\" -o \"$2\""),
                           {samplePath, out});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("writing failed")), qPrintable(r.err));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{name}); // no temporary file left
    // Without the limit the same export succeeds: the failure above was the disk's.
    const Run ok = run({QStringLiteral("export"), samplePath, QStringLiteral("-o"), out});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(QFileInfo(out).size() > 64 * 1024);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
