// .juesuan files: a damaged or foreign file is refused whole with the place and the
// reason; save → load gives back the same document; saving is atomic.
#include "document.h"
#include "documentio.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>

using namespace Juesuan;
using namespace TestSupport;

namespace {

QByteArray sampleBytes()
{
    QFile f(samplePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using Edit = std::function<void(QJsonObject &)>;

QByteArray edited(const Edit &edit)
{
    QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Sets root[path…] = value, creating nothing: the path must exist up to its last member.
void setAt(QJsonObject &root, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        root.insert(path.first(), value);
        return;
    }
    QJsonObject child = root.value(path.first()).toObject();
    setAt(child, path.mid(1), value);
    root.insert(path.first(), child);
}
} // namespace

Q_DECLARE_METATYPE(Edit)

class TestDocumentIO : public QObject
{
    Q_OBJECT
private slots:
    void damaged_data();
    void damaged();
    void truncatedFileNamesLineAndColumn();
    void notJsonAtAll();
    void roundTripIsIdentical();
    void roundTripAfterEdits();
    void saveIsAtomic();
    void missingFile();
    void rawDamage_data();
    void rawDamage();
    void echoedInputIsQuotedAndCut();
    void notARegularFile();
    void nonUtf8FileName();
    void createGivesAnEmptyReport();
};

void TestDocumentIO::damaged_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("message");
    const auto set = [](QStringList path, QJsonValue v) {
        return Edit([path, v](QJsonObject &r) { setAt(r, path, v); });
    };
    QTest::newRow("foreign format") << set({QStringLiteral("format")}, QStringLiteral("xlsx"))
                                    << QStringLiteral("format: not a Juesuan document");
    QTest::newRow("newer version") << set({QStringLiteral("version")}, 2)
                                   << QStringLiteral("version: written by a newer Juesuan");
    QTest::newRow("version as text") << set({QStringLiteral("version")}, QStringLiteral("1"))
                                     << QStringLiteral("version: expected a whole number, found the text “1”");
    QTest::newRow("unknown edition") << set({QStringLiteral("edition")}, QStringLiteral("1999"))
                                     << QStringLiteral("edition: no template edition “1999”");
    QTest::newRow("unknown table") << set({QStringLiteral("tables"), QStringLiteral("10")}, QJsonObject())
                                   << QStringLiteral("tables.10: edition 2023 has no table “10”");
    QTest::newRow("amount as text")
            << set({QStringLiteral("tables"), QStringLiteral("06"), QStringLiteral("cells"), QStringLiteral("30101@1")},
                   QStringLiteral("65.15"))
            << QStringLiteral("tables.06.cells[\"30101@1\"]: expected an amount in 分 (a whole number), found the text “65.15”");
    QTest::newRow("fractional fen")
            << set({QStringLiteral("tables"), QStringLiteral("06"), QStringLiteral("cells"), QStringLiteral("30101@1")}, 1.5)
            << QStringLiteral("tables.06.cells[\"30101@1\"]: the number 1.5 is not a whole number");
    QTest::newRow("amount out of range")
            << set({QStringLiteral("tables"), QStringLiteral("06"), QStringLiteral("cells"), QStringLiteral("30101@1")},
                   qint64(1000000000000000001))
            << QStringLiteral("tables.06.cells[\"30101@1\"]: the amount 1000000000000000001 分 is out of range");
    QTest::newRow("computed cell stored")
            << set({QStringLiteral("tables"), QStringLiteral("01"), QStringLiteral("cells"), QStringLiteral("27@1")}, 1)
            << QStringLiteral("tables.01.cells[\"27@1\"]: this cell is computed");
    QTest::newRow("no such cell")
            << set({QStringLiteral("tables"), QStringLiteral("01"), QStringLiteral("cells"), QStringLiteral("12@1")}, 1)
            << QStringLiteral("tables.01.cells[\"12@1\"]: 公开01表 has no such cell");
    QTest::newRow("cell of an unlisted row")
            << set({QStringLiteral("tables"), QStringLiteral("05"), QStringLiteral("cells"), QStringLiteral("2050201@2")}, 1)
            << QStringLiteral("tables.05.cells[\"2050201@2\"]: row 2050201 is not in the table's rows");
    QTest::newRow("row code not 7 digits")
            << set({QStringLiteral("tables"), QStringLiteral("07"), QStringLiteral("rows")}, QJsonArray{QStringLiteral("20103")})
            << QStringLiteral("tables.07.rows[0]: “20103” is not a 项 code");
    QTest::newRow("row twice")
            << set({QStringLiteral("tables"), QStringLiteral("07"), QStringLiteral("rows")},
                   QJsonArray{QStringLiteral("2010350"), QStringLiteral("2010350")})
            << QStringLiteral("tables.07.rows[1]: row 2010350 is listed twice");
    QTest::newRow("rows on a fixed table")
            << set({QStringLiteral("tables"), QStringLiteral("01"), QStringLiteral("rows")}, QJsonArray{QStringLiteral("2010350")})
            << QStringLiteral("tables.01.rows: 公开01表 is a fixed table");
    QTest::newRow("tables wrong type") << set({QStringLiteral("tables")}, QJsonArray())
                                       << QStringLiteral("tables: expected an object, found an array");
    QTest::newRow("year as text") << set({QStringLiteral("metadata"), QStringLiteral("year")}, QStringLiteral("2023"))
                                  << QStringLiteral("metadata.year: expected a whole number");
    QTest::newRow("implausible year") << set({QStringLiteral("metadata"), QStringLiteral("year")}, 23)
                                      << QStringLiteral("metadata.year: 23 is not a plausible 年度");
    QTest::newRow("bad date") << set({QStringLiteral("metadata"), QStringLiteral("publishDate")}, QStringLiteral("2024-13-01"))
                              << QStringLiteral("metadata.publishDate: “2024-13-01” is not a date");
    QTest::newRow("empty department") << set({QStringLiteral("metadata"), QStringLiteral("department")}, QStringLiteral(" "))
                                      << QStringLiteral("metadata.department: the 部门 is empty");
    QTest::newRow("other unit") << set({QStringLiteral("metadata"), QStringLiteral("amountUnit")}, QStringLiteral("元"))
                                << QStringLiteral("metadata.amountUnit: “元” is not supported");
    // The place of an unknown member is the member itself, at the top level too.
    QTest::newRow("unknown member") << set({QStringLiteral("colour")}, QStringLiteral("red"))
                                    << QStringLiteral("damaged.juesuan: colour: unknown member “colour”");
    QTest::newRow("unknown prior-year figure") << set({QStringLiteral("priorYear"), QStringLiteral("weather")}, 1)
                                               << QStringLiteral("priorYear.weather: unknown member “weather”");
    QTest::newRow("budget of a class") << set({QStringLiteral("budgets"), QStringLiteral("201")}, 1)
                                       << QStringLiteral("budgets.201: “201” is not a 项 code");
    QTest::newRow("item name of a non-code") << set({QStringLiteral("itemNames"), QStringLiteral("20x")}, QStringLiteral("名"))
                                             << QStringLiteral("itemNames.20x: “20x” is not a subject code");
    QTest::newRow("item name empty") << set({QStringLiteral("itemNames"), QStringLiteral("2010398")}, QStringLiteral(" "))
                                     << QStringLiteral("itemNames.2010398: a name must be one line");
    QTest::newRow("item name as number") << set({QStringLiteral("itemNames"), QStringLiteral("2010398")}, 7)
                                         << QStringLiteral("itemNames.2010398: expected text, found the number 7");
    QTest::newRow("item names not object") << set({QStringLiteral("itemNames")}, QJsonArray())
                                           << QStringLiteral("itemNames: expected an object, found an array");
    QTest::newRow("unknown text part") << set({QStringLiteral("texts"), QStringLiteral("poem")}, QStringLiteral("x"))
                                       << QStringLiteral("texts.poem: unknown text part “poem”");
    QTest::newRow("text as number") << set({QStringLiteral("texts"), QStringLiteral("duties")}, 5)
                                    << QStringLiteral("texts.duties: expected text, found the number 5");
    QTest::newRow("key work not object") << set({QStringLiteral("keyWork")}, QJsonArray{5})
                                         << QStringLiteral("keyWork[0]: expected an object, found the number 5");
    QTest::newRow("form kind")
            << Edit([](QJsonObject &r) {
                   QJsonArray forms = r.value(QStringLiteral("evaluations")).toArray();
                   QJsonObject f = forms.at(2).toObject();
                   f.insert(QStringLiteral("kind"), QStringLiteral("annual"));
                   forms.replace(2, f);
                   r.insert(QStringLiteral("evaluations"), forms);
               })
            << QStringLiteral("evaluations[2].kind: must be “overall” or “project”, not “annual”");
    QTest::newRow("form amount as text")
            << Edit([](QJsonObject &r) {
                   QJsonArray forms = r.value(QStringLiteral("evaluations")).toArray();
                   QJsonObject f = forms.at(3).toObject();
                   f.insert(QStringLiteral("budget"), QStringLiteral("3"));
                   forms.replace(3, f);
                   r.insert(QStringLiteral("evaluations"), forms);
               })
            << QStringLiteral("evaluations[3].budget: expected an amount in 分");
    QTest::newRow("two overall forms")
            << Edit([](QJsonObject &r) {
                   QJsonArray forms = r.value(QStringLiteral("evaluations")).toArray();
                   forms.append(forms.at(0));
                   r.insert(QStringLiteral("evaluations"), forms);
               })
            << QStringLiteral("evaluations[9]: a report has at most one overall");
    QTest::newRow("indicator not an object")
            << Edit([](QJsonObject &r) {
                   QJsonArray forms = r.value(QStringLiteral("evaluations")).toArray();
                   QJsonObject f = forms.at(1).toObject();
                   f.insert(QStringLiteral("indicators"), QJsonArray{QStringLiteral("x")});
                   forms.replace(1, f);
                   r.insert(QStringLiteral("evaluations"), forms);
               })
            << QStringLiteral("evaluations[1].indicators[0]: expected an object");
}

void TestDocumentIO::damaged()
{
    QFETCH(Edit, edit);
    QFETCH(QString, message);
    QString error;
    const auto doc = DocumentIO::fromJson(edited(edit), QStringLiteral("damaged.juesuan"), &error);
    QVERIFY(!doc);
    QVERIFY2(error.startsWith(QStringLiteral("damaged.juesuan: ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestDocumentIO::truncatedFileNamesLineAndColumn()
{
    const QByteArray data = sampleBytes();
    QString error;
    QVERIFY(!DocumentIO::fromJson(data.left(data.size() / 2), QStringLiteral("cut.juesuan"), &error));
    QVERIFY2(error.contains(QStringLiteral("line ")) && error.contains(QStringLiteral("column"))
                     && error.contains(QStringLiteral("not valid JSON")),
             qPrintable(error));
}

void TestDocumentIO::notJsonAtAll()
{
    QString error;
    QVERIFY(!DocumentIO::fromJson(QByteArrayLiteral("PK\x03\x04 a zip"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("line 1, column ")), qPrintable(error));
    QVERIFY(!DocumentIO::fromJson(QByteArrayLiteral("[1,2]"), QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QStringLiteral("top level is not a JSON object")), qPrintable(error));
}

void TestDocumentIO::roundTripIsIdentical()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(doc, qPrintable(error));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.juesuan"));
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    const auto again = DocumentIO::load(path, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(DocumentIO::toJson(*again), DocumentIO::toJson(*doc));
    QCOMPARE(again->inputValues(), doc->inputValues());
    QCOMPARE(again->evaluations(), doc->evaluations());
    QCOMPARE(again->keyWork(), doc->keyWork());
    QCOMPARE(again->texts(), doc->texts());
    QCOMPARE(again->metadata(), doc->metadata());
    // The sample as shipped is already in the canonical form the program writes.
    QCOMPARE(QJsonDocument::fromJson(DocumentIO::toJson(*doc)), QJsonDocument::fromJson(sampleBytes()));
}

void TestDocumentIO::roundTripAfterEdits()
{
    QString error;
    auto doc = DocumentIO::load(samplePath(), &error);
    QVERIFY(doc->addItemRow(QStringLiteral("07"), QStringLiteral("2120399")));
    QVERIFY(doc->setCell(CellKey{QStringLiteral("07"), QStringLiteral("2120399"), QStringLiteral("2")},
                         Money::fromFen(123456)));
    QVERIFY(doc->setCell(CellKey{QStringLiteral("01"), QStringLiteral("29"), QStringLiteral("1")}, Money::fromFen(0)));
    doc->setText(QStringLiteral("reason.new"), QStringLiteral("<b>原因</b> & “引号”"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.juesuan"));
    QVERIFY(DocumentIO::save(*doc, path, &error));
    const auto again = DocumentIO::load(path, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(DocumentIO::toJson(*again), DocumentIO::toJson(*doc));
    QVERIFY(again->value(CellKey{QStringLiteral("01"), QStringLiteral("29"), QStringLiteral("1")}).isZero());
    QCOMPARE(again->value(CellKey{QStringLiteral("04"), QStringLiteral("59"), QStringLiteral("4")}).isBlank(), true);
    QVERIFY(!again->isModified());
    QCOMPARE(again->undoStack()->count(), 0);
}

void TestDocumentIO::saveIsAtomic()
{
    QString error;
    const auto doc = DocumentIO::load(samplePath(), &error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.juesuan"));
    QVERIFY(DocumentIO::save(*doc, path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    // A folder we cannot write into: the save fails and the old file is untouched.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    if (QFileInfo(dir.path()).isWritable() || getuid() == 0) {
        // root ignores permissions; use a path whose folder does not exist instead
        QVERIFY(!DocumentIO::save(*doc, dir.filePath(QStringLiteral("missing/report.juesuan")), &error));
    } else {
        QVERIFY(!DocumentIO::save(*doc, path, &error));
    }
    QVERIFY2(error.contains(QStringLiteral("cannot write")), qPrintable(error));
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    // No temporary files are left behind next to the document.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("report.juesuan")});
}

void TestDocumentIO::missingFile()
{
    QString error;
    QVERIFY(!DocumentIO::load(QStringLiteral("/nonexistent/x.juesuan"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/x.juesuan: cannot open")), qPrintable(error));
}

// Damage only the file's own bytes can carry (QJsonObject cannot write `1.` or a duplicate):
// the sample with `from` replaced once by `to`.
void TestDocumentIO::rawDamage_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("message");
    const QByteArray facts = "\"facts\": {";
    const auto vehicles = [&](const char *v) -> QByteArray { return facts + "\n  \"reception_people\": " + v + ","; };
    // facts beyond int64 used to load as 0 (QJsonValue::toInteger), and `check` said 无车辆.
    for (const char *v : {"1e300", "1e19", "-1e300", "1.2e29"})
        QTest::newRow(qPrintable(QStringLiteral("fact %1").arg(QLatin1String(v))))
                << facts << vehicles(v)
                << QStringLiteral("facts.reception_people: the number %1 is not a whole number").arg(QLatin1String(v));
    QTest::newRow("fact 2^64") << facts << vehicles("18446744073709551616")
                               << QStringLiteral("facts.reception_people: the number 18446744073709551616 is out of range");
    QTest::newRow("fact 1.0") << facts << vehicles("1.0")
                              << QStringLiteral("facts.reception_people: the number 1.0 is not a whole number");
    QTest::newRow("fact 1.") << facts << vehicles("1.")
                             << QStringLiteral("facts.reception_people: the number 1. is not a whole number");
    QTest::newRow("year 1e300") << QByteArray("\"year\": 2023") << QByteArray("\"year\": 1e300")
                                << QStringLiteral("metadata.year: the number 1e300 is not a whole number");
    // The file's own digits: through a double this read 9223372036854775808.
    QTest::newRow("year int64 max") << QByteArray("\"year\": 2023") << QByteArray("\"year\": 9223372036854775807")
                                    << QStringLiteral("metadata.year: 9223372036854775807 is not a plausible 年度");
    QTest::newRow("amount int64 max") << QByteArray("\"30101@1\": ") << QByteArray("\"30101@1\": 9223372036854775807, \"x\": ")
                                      << QStringLiteral("the amount 9223372036854775807 分 is out of range");
    QTest::newRow("publishDate with slashes") << QByteArray("\"publishDate\": \"2024-10-28\"")
                                              << QByteArray("\"publishDate\": \"2024/10/28\"")
                                              << QStringLiteral("metadata.publishDate: “2024/10/28” is not a date (YYYY-MM-DD)");
    QTest::newRow("publishDate short") << QByteArray("\"publishDate\": \"2024-10-28\"")
                                       << QByteArray("\"publishDate\": \"2024-1-8\"")
                                       << QStringLiteral("metadata.publishDate: “2024-1-8” is not a date");
    QTest::newRow("duplicate at the top") << QByteArray("\"format\": \"juesuan\",")
                                          << QByteArray("\"format\": \"juesuan\", \"format\": \"juesuan\",")
                                          << QStringLiteral("format: the member is given more than once");
    QTest::newRow("duplicate spelled with an escape")
            << QByteArray("\"format\": \"juesuan\",") << QByteArray("\"format\": \"juesuan\", \"\\u0066ormat\": \"x\",")
            << QStringLiteral("format: the member is given more than once");
    QTest::newRow("duplicate department") << QByteArray("\"year\": 2023")
                                          << QByteArray("\"year\": 2023, \"department\": \"别的单位\"")
                                          << QStringLiteral("metadata.department: the member is given more than once");
    QTest::newRow("duplicate cell") << QByteArray("\"30101@1\": ") << QByteArray("\"30101@1\": 1, \"30101@1\": ")
                                    << QStringLiteral("tables.06.cells[\"30101@1\"]: the member is given more than once");
}

void TestDocumentIO::rawDamage()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, message);
    QByteArray data = sampleBytes();
    const qsizetype at = data.indexOf(from);
    QVERIFY2(at >= 0, from.constData());
    data.replace(at, from.size(), to);
    QString error;
    QVERIFY(!DocumentIO::fromJson(data, QStringLiteral("damaged.juesuan"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("damaged.juesuan: ")), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestDocumentIO::echoedInputIsQuotedAndCut()
{
    // ANSI escapes, CR/LF and a 5 MB value: the message shows the start of it, escaped.
    QJsonObject root = QJsonDocument::fromJson(sampleBytes()).object();
    const QString value = QStringLiteral("\x1b[31mred\r\nfake line") + QString(5 * 1000 * 1000, QLatin1Char('x'));
    root.insert(QStringLiteral("format"), value);
    QString error;
    QVERIFY(!DocumentIO::fromJson(QJsonDocument(root).toJson(), QStringLiteral("a\nb.juesuan"), &error));
    QVERIFY2(error.size() < 300, qPrintable(error.left(300)));
    QVERIFY2(error.contains(QStringLiteral("\\u001B[31mred\\u000D\\u000Afake line")), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("a\\u000Ab.juesuan: format:")), qPrintable(error));
    for (QChar c : error)
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F, qPrintable(error));
    // A member name is input too.
    root = QJsonDocument::fromJson(sampleBytes()).object();
    root.insert(QString(QStringLiteral("\x1b]0;title\x07") + QString(1000, QLatin1Char('k'))), 1);
    QVERIFY(!DocumentIO::fromJson(QJsonDocument(root).toJson(), QStringLiteral("x"), &error));
    QVERIFY2(error.size() < 1000 && !error.contains(QChar(0x1b)) && error.contains(QStringLiteral("unknown member")),
             qPrintable(error));
}

void TestDocumentIO::notARegularFile()
{
    QString error;
    // /dev/zero used to be read until std::bad_alloc.
    QVERIFY(!DocumentIO::load(QStringLiteral("/dev/zero"), &error));
    QVERIFY2(error.contains(QStringLiteral("/dev/zero: cannot open: not a regular file")), qPrintable(error));
    // A FIFO without a writer used to block forever (a hang here fails by the test timeout).
    QTemporaryDir dir;
    const QByteArray fifo = QFile::encodeName(dir.filePath(QStringLiteral("pipe.juesuan")));
    QCOMPARE(mkfifo(fifo.constData(), 0600), 0);
    QVERIFY(!DocumentIO::load(QFile::decodeName(fifo), &error));
    QVERIFY2(error.contains(QStringLiteral("not a regular file")), qPrintable(error));
    QVERIFY(!DocumentIO::load(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
}

void TestDocumentIO::nonUtf8FileName()
{
    QTemporaryDir dir;
    // Created through the POSIX API: no QString can name this file.
    const QByteArray native = QFile::encodeName(dir.path()) + "/\xff\xfe.juesuan";
    const int fd = ::open(native.constData(), O_CREAT | O_WRONLY | O_EXCL, 0600);
    QVERIFY(fd >= 0);
    const QByteArray data = sampleBytes();
    QCOMPARE(::write(fd, data.constData(), size_t(data.size())), ssize_t(data.size()));
    ::close(fd);
    QString error;
    const auto doc = DocumentIO::loadNative(native, QStringLiteral("shown"), &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->metadata().department, QStringLiteral("武汉市江汉区大数据中心"));
}

void TestDocumentIO::createGivesAnEmptyReport()
{
    QString error;
    const auto doc = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("测试部门"), 2024, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->metadata().year, 2024);
    QVERIFY(doc->inputValues().isEmpty());
    QVERIFY(doc->value(CellKey{QStringLiteral("01"), QStringLiteral("31"), QStringLiteral("1")}).isBlank());
    QCOMPARE(doc->bodyRows(QStringLiteral("05")).size(), 1); // just 合计
    QVERIFY(!DocumentIO::create(QStringLiteral("1999"), QStringLiteral("x"), 2024, &error));
}

QTEST_GUILESS_MAIN(TestDocumentIO)
#include "tst_documentio.moc"
