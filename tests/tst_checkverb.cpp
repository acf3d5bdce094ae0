// Tests of `juesuan check FILE [--json]`: exit codes, the one-line-per-finding output, and
// JSON that lists exactly the findings the audit engine gives.
#include "auditengine.h"
#include "document.h"
#include "documentio.h"
#include "findingplace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Juesuan;

namespace {
const QString samplePath = QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run check(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(JUESUAN_BINARY), QStringList{QStringLiteral("check")} + args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestCheckVerb : public QObject
{
    Q_OBJECT
private slots:
    void jsonMatchesEngine_data();
    void jsonMatchesEngine();
    void oneLinePerFinding();
    void unreadable_data();
    void unreadable();
};

void TestCheckVerb::jsonMatchesEngine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("sample") << samplePath << 0;
    QTest::newRow("01.balance fail") << QStringLiteral(JUESUAN_TEST_DATA "/audit/01.balance/fail.juesuan") << 1;
    QTest::newRow("reason.item fail (warning only)")
            << QStringLiteral(JUESUAN_TEST_DATA "/audit/reason.item/fail.juesuan") << 0;
    QTest::newRow("text.required fail") << QStringLiteral(JUESUAN_TEST_DATA "/audit/text.required/fail.juesuan") << 1;
    QTest::newRow("form.sources fail") << QStringLiteral(JUESUAN_TEST_DATA "/audit/form.sources/fail.juesuan") << 1;
}

void TestCheckVerb::jsonMatchesEngine()
{
    QFETCH(QString, file);
    QFETCH(int, exitCode);
    const Run r = check({file, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, exitCode);
    QJsonParseError pe;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("file")).toString(), file);

    // The child runs in this process's environment, so both pick the same language.
    QString error;
    const auto doc = DocumentIO::load(file, &error);
    QVERIFY2(doc, qPrintable(error));
    const QList<Finding> expected = AuditEngine(*doc).run();
    const QJsonArray findings = root.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), expected.size());
    int errors = 0, warnings = 0;
    for (int i = 0; i < expected.size(); ++i) {
        const Finding &e = expected.at(i);
        const QJsonObject o = findings.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("rule")).toString(), e.ruleId);
        QCOMPARE(o.value(QLatin1String("severity")).toString(), Finding::severityName(e.severity));
        QCOMPARE(o.value(QLatin1String("message")).toString(), e.message);
        QCOMPARE(o.value(QLatin1String("text")).toString(), e.textKey);
        QCOMPARE(o.value(QLatin1String("form")).toInt(-1), e.evaluation);
        QCOMPARE(o.value(QLatin1String("place")).toString(), FindingPlace::of(*doc, e));
        const QJsonArray cells = o.value(QLatin1String("cells")).toArray();
        QCOMPARE(cells.size(), e.cells.size());
        for (int c = 0; c < cells.size(); ++c) {
            const QJsonObject cell = cells.at(c).toObject();
            QCOMPARE(cell.value(QLatin1String("table")).toString(), e.cells.at(c).table);
            QCOMPARE(cell.value(QLatin1String("row")).toString(), e.cells.at(c).row);
            QCOMPARE(cell.value(QLatin1String("column")).toString(), e.cells.at(c).col);
            QCOMPARE(cell.value(QLatin1String("name")).toString(), doc->rowName(e.cells.at(c).table, e.cells.at(c).row));
            QCOMPARE(cell.value(QLatin1String("place")).toString(), FindingPlace::cell(*doc, e.cells.at(c)));
        }
        errors += e.severity == Finding::Severity::Error;
        warnings += e.severity == Finding::Severity::Warning;
    }
    QCOMPARE(root.value(QLatin1String("errors")).toInt(), errors);
    QCOMPARE(root.value(QLatin1String("warnings")).toInt(), warnings);
    QCOMPARE(errors > 0, exitCode == 1);
}

void TestCheckVerb::oneLinePerFinding()
{
    const Run r = check({samplePath});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // Places in words, as the report names them; the keys stay in --json.
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("warning 02-03.class [公开02表 201 一般公共服务支出 本年收入合计; "
                                                   "公开03表 201 一般公共服务支出 本年支出合计]: ")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("warning 02-03.class [公开02表 208 社会保障和就业支出 本年收入合计; "
                                                   "公开03表 208 社会保障和就业支出 本年支出合计]: ")),
             qPrintable(lines.at(1)));
    QVERIFY(!QString::fromUtf8(r.out).contains(QStringLiteral("02!")));
    // The tally is on stderr, out of the way of scripts reading the lines.
    QVERIFY(QString::fromUtf8(r.err).contains(QStringLiteral("0 errors, 2 warnings")));

    const Run failing = check({QStringLiteral(JUESUAN_TEST_DATA "/audit/05-06.basic/fail.juesuan")});
    QCOMPARE(failing.exitCode, 1);
    const QString failed = QString::fromUtf8(failing.out);
    QVERIFY2(failed.contains(QStringLiteral("error 05-06.basic [公开05表 合计 本年支出/基本支出; 公开06表 ")), qPrintable(failed));
    QVERIFY(!failed.contains(QStringLiteral("06!personnel")));
}

void TestCheckVerb::unreadable_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("why");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("cannot open");
    QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"juesuan\",\n  oops\n}") << QStringLiteral("line 3");
    QTest::newRow("bad cell") << QByteArray(R"({"format":"juesuan","version":1,"edition":"2023",
        "metadata":{"department":"x","year":2023,"amountUnit":"万元"},"tables":{"01":{"cells":{"31@1":5}}}})")
                              << QStringLiteral("tables.01.cells[\"31@1\"]");
}

void TestCheckVerb::unreadable()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.juesuan"));
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const Run r = check({path, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY2(err.contains(why), qPrintable(err));

    QCOMPARE(check({}).exitCode, 2); // no file: usage
}

QTEST_GUILESS_MAIN(TestCheckVerb)
#include "tst_checkverb.moc"
