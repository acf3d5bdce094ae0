// The headless verbs of the juesuan executable: table, --help, --version, and errors.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
