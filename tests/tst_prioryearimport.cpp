// Import Prior Year: every 上年 figure taken from the cell last year's edition names for it,
// one undo step, nothing changed when last year's report has nothing to give, and the
// edition's list of sources checked when it loads.
#include "document.h"
#include "documentio.h"
#include "prioryearimport.h"
#include "reporttemplate.h"
#include "workbookexport.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Juesuan;
using namespace TestSupport;

namespace {
const QString lastYearPath = QStringLiteral(JUESUAN_TEST_DATA "/prior-year/last-year-2022.juesuan");

std::unique_ptr<Document> load(const QString &path)
{
    QString error;
    auto doc = DocumentIO::load(path, &error);
    if (!doc)
        qWarning("%s", qPrintable(error));
    return doc;
}

// Copies the built-in 2023 edition into `dir`, letting `edit` change its edition.json.
bool copyEdition(const QString &dir, const std::function<void(QJsonObject &)> &edit)
{
    const QDir source(QStringLiteral(":/templates/2023"));
    for (const QString &name : source.entryList(QDir::Files)) {
        QFile in(source.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QByteArray data = in.readAll();
        if (name == QLatin1String("edition.json")) {
            QJsonObject o = QJsonDocument::fromJson(data).object();
            edit(o);
            data = QJsonDocument(o).toJson();
        }
        QFile out(dir + QLatin1Char('/') + name);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
            return false;
    }
    return true;
}
} // namespace

class TestPriorYearImport : public QObject
{
    Q_OBJECT
private slots:
    void fillsEveryKeyFromItsCell();
    void isOneUndoStep();
    void fromAWorkbookOfLastYearsTables();
    void unreadableWorkbookIsRefused();
    void blankCellsAreMissingNotZero();
    void yearMismatchIsSaid();
    void sourcesComeFromLastYearsEdition();
    void editionRefusesAnUnknownSource();
};

void TestPriorYearImport::fillsEveryKeyFromItsCell()
{
    const auto last = load(lastYearPath);
    const auto current = load(samplePath());
    QVERIFY(last && current);
    const PriorYearImport::Result r = PriorYearImport::collect(*last, *current);
    // Last year's report left 公开07表 and 公开08表 empty (its fund money shows in 04 only):
    // the 上年 政府性基金 and 国有资本经营 figures are missing, not zero.
    QCOMPARE(r.missing, (QStringList{QStringLiteral("fund_income"), QStringLiteral("fund_expense"),
                                     QStringLiteral("capital_expense")}));
    QVERIFY(r.yearMismatch.isEmpty());
    QCOMPARE(r.figures.size(), current->priorYearKeys().size() - 3);

    // The fixture's 2022 report: 3,087.79 一般公共预算 + 100.00 政府性基金 received, 12.34
    // carried in; the fund money is unspent and carried out with the 12.34.
    const QHash<QString, Money> expected = {
            {QStringLiteral("income_total"), wan("3200.13")},  {QStringLiteral("expense_total"), wan("3200.13")},
            {QStringLiteral("income_year"), wan("3187.79")},   {QStringLiteral("expense_year"), wan("3087.79")},
            {QStringLiteral("fiscal_total"), wan("3200.13")},  {QStringLiteral("fiscal_income_gpb"), wan("3087.79")},
            {QStringLiteral("gpb_expense"), wan("3087.79")},
    };
    for (const PriorYearImport::Entry &e : r.figures) {
        QCOMPARE(e.value, expected.value(e.key));
        QCOMPARE(e.value, last->value(e.source));
        QCOMPARE(e.previous, current->priorYear(e.key));
        QVERIFY2(e.place.startsWith(QStringLiteral("公开0")), qPrintable(e.place));
    }

    QString error;
    QVERIFY(PriorYearImport::apply(*current, r, &error));
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(current->priorYear(it.key()), it.value());

    // The listing names each figure with its value and where it came from, in words.
    const QString summary = PriorYearImport::summary(r);
    QVERIFY2(summary.contains(QStringLiteral("3,200.13")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("公开01表 总计")), qPrintable(summary));
    // One line per figure read and one per figure last year's report does not hold.
    QCOMPARE(summary.count(QLatin1Char('\n')), r.figures.size() + r.missing.size() - 1);
}

void TestPriorYearImport::isOneUndoStep()
{
    const auto last = load(lastYearPath);
    const auto current = load(samplePath());
    QVERIFY(last && current);
    const QMap<QString, Money> before = current->priorYearFigures();
    QVERIFY(!current->isModified());
    QString error;
    QVERIFY(PriorYearImport::apply(*current, PriorYearImport::collect(*last, *current), &error));
    QVERIFY(current->isModified());
    QCOMPARE(current->undoStack()->count(), 1);
    current->undoStack()->undo();
    QCOMPARE(current->priorYearFigures(), before);
    QVERIFY(!current->isModified());
    current->undoStack()->redo();
    QCOMPARE(current->priorYear(QStringLiteral("income_year")), wan("3187.79"));
}

void TestPriorYearImport::fromAWorkbookOfLastYearsTables()
{
    // Last year's tables as the workbook Juesuan exports (titles "2022年度…", 元 or 万元):
    // the same figures as from the .juesuan file.
    const auto last = load(lastYearPath);
    const auto current = load(samplePath());
    QVERIFY(last && current);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString xlsx = dir.filePath(QStringLiteral("2022年度决算公开表.xlsx"));
    QString error;
    QVERIFY2(WorkbookExport::exportXlsx(*last, xlsx, &error), qPrintable(error));

    QStringList notes;
    const auto fromWorkbook = PriorYearImport::loadLastYear(xlsx, *current, &error, &notes);
    QVERIFY2(fromWorkbook, qPrintable(error));
    QCOMPARE(fromWorkbook->metadata().year, 2022);
    const PriorYearImport::Result viaWorkbook = PriorYearImport::collect(*fromWorkbook, *current);
    const PriorYearImport::Result viaFile = PriorYearImport::collect(*last, *current);
    QVERIFY(viaWorkbook.yearMismatch.isEmpty());
    QCOMPARE(viaWorkbook.figures.size(), viaFile.figures.size());
    for (int i = 0; i < viaFile.figures.size(); ++i) {
        QCOMPARE(viaWorkbook.figures.at(i).key, viaFile.figures.at(i).key);
        QCOMPARE(viaWorkbook.figures.at(i).value, viaFile.figures.at(i).value);
    }
}

void TestPriorYearImport::unreadableWorkbookIsRefused()
{
    const auto current = load(samplePath());
    QVERIFY(current);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.write("PK\x03\x04 this is no zip archive") > 0);
    f.close();
    QString error;
    QVERIFY(!PriorYearImport::loadLastYear(path, *current, &error));
    QVERIFY2(error.contains(QStringLiteral("broken.xlsx")), qPrintable(error));
    QVERIFY(!PriorYearImport::loadLastYear(dir.filePath(QStringLiteral("absent.juesuan")), *current, &error));
    QVERIFY(!error.isEmpty());
}

void TestPriorYearImport::blankCellsAreMissingNotZero()
{
    // A new report of 2022 has no figures at all: nothing to fill, and nothing is changed.
    QString error;
    const auto empty = DocumentIO::create(QStringLiteral("2023"), QStringLiteral("某局"), 2022, &error);
    const auto current = load(samplePath());
    QVERIFY2(empty && current, qPrintable(error));
    const PriorYearImport::Result r = PriorYearImport::collect(*empty, *current);
    // Sums of blank cells are blank: an empty report gives nothing, rather than zeros.
    QVERIFY(r.isEmpty());
    QCOMPARE(r.missing, current->priorYearKeys());

    PriorYearImport::Result nothing;
    nothing.missing = current->priorYearKeys();
    nothing.labels = r.labels; // the labels come from this year's edition
    const QMap<QString, Money> before = current->priorYearFigures();
    QVERIFY(!PriorYearImport::apply(*current, nothing, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(current->priorYearFigures(), before);
    QCOMPARE(current->undoStack()->count(), 0);
    QVERIFY(PriorYearImport::summary(nothing).contains(QStringLiteral("收入总计")));
}

void TestPriorYearImport::yearMismatchIsSaid()
{
    // The sample itself (2023) is no prior year for the sample.
    const auto a = load(samplePath());
    const auto b = load(samplePath());
    QVERIFY(a && b);
    const PriorYearImport::Result r = PriorYearImport::collect(*a, *b);
    QVERIFY(r.yearMismatch.contains(QStringLiteral("2023")));
    QVERIFY(r.yearMismatch.contains(QStringLiteral("2022")));
}

void TestPriorYearImport::sourcesComeFromLastYearsEdition()
{
    // An older edition whose quantity 本年收入合计 is another cell (here, deliberately, 总计):
    // the import reads last year's report by last year's quantities.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyEdition(dir.path(), [](QJsonObject &o) {
        QJsonObject quantities = o.value(QLatin1String("quantities")).toObject();
        quantities.insert(QStringLiteral("income_year"), QStringLiteral("01!31@1"));
        o.insert(QStringLiteral("quantities"), quantities);
    }));
    QString error;
    const auto older = ReportTemplate::load(dir.path(), &error);
    QVERIFY2(older, qPrintable(error));
    const auto last = load(lastYearPath);
    const auto current = load(samplePath());
    QVERIFY(last && current);
    Document oldDoc(older);
    QHash<QString, QStringList> rows;
    for (const TableTemplate &t : older->tables())
        if (t.isCodeList())
            rows.insert(t.id(), last->itemRows(t.id()));
    QVERIFY2(oldDoc.resetTables(rows, last->inputValues(), &error), qPrintable(error));
    Metadata m = last->metadata();
    oldDoc.applyMetadata(m);
    const PriorYearImport::Result r = PriorYearImport::collect(oldDoc, *current);
    bool seen = false;
    for (const PriorYearImport::Entry &e : r.figures)
        if (e.key == QLatin1String("income_year")) {
            seen = true;
            QCOMPARE(e.source.toString(), QStringLiteral("01!31@1"));
            QCOMPARE(e.value, wan("3200.13"));
        }
    QVERIFY(seen);
}

void TestPriorYearImport::editionRefusesAnUnknownSource()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyEdition(dir.path(), [](QJsonObject &o) {
        QJsonObject quantities = o.value(QLatin1String("quantities")).toObject();
        quantities.insert(QStringLiteral("gpb_expense"), QStringLiteral("05!2010101@1"));
        o.insert(QStringLiteral("quantities"), quantities);
    }));
    QString error;
    QVERIFY(!ReportTemplate::load(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("quantities.gpb_expense")) && error.contains(QStringLiteral("05!2010101@1")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestPriorYearImport)
#include "tst_prioryearimport.moc"
