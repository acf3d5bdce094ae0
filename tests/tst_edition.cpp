// Editions as data: the built-in editions 2023–2026 and their inheritance, the override
// formats (tables, catalogue added/renamed/moved/retired, audit add/replace/remove, named
// quantities, the figure table) on a demonstration edition in tests/data/editions/demo,
// refusals that name the place and the reason, moving a document to a newer edition (one
// undo step, with its report; GUI and `juesuan migrate`), and a document of each edition
// created, saved, reloaded and exported.
#include "auditruleset.h"
#include "chartseries.h"
#include "document.h"
#include "documentio.h"
#include "editionmigration.h"
#include "fonts.h"
#include "htmlexporter.h"
#include "mainwindow.h"
#include "narrative.h"
#include "reportprinter.h"
#include "reporttemplate.h"
#include "yearlabel.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

const QString edition2023 = QStringLiteral(JUESUAN_SOURCE_DIR "/resources/templates/2023");
const QString demoDir = QStringLiteral(JUESUAN_TEST_DATA "/editions/demo/2025");

// The quantities the explanations, charts and figures editor ask every edition for.
const QStringList neededQuantities = {
    QStringLiteral("income_total"), QStringLiteral("expense_total"), QStringLiteral("income_year"),
    QStringLiteral("expense_year"), QStringLiteral("income_fiscal"), QStringLiteral("income_superior"),
    QStringLiteral("income_business"), QStringLiteral("income_operating"), QStringLiteral("income_affiliated"),
    QStringLiteral("income_other"), QStringLiteral("expense_basic"), QStringLiteral("expense_project"),
    QStringLiteral("expense_superior"), QStringLiteral("expense_operating"), QStringLiteral("expense_affiliated"),
    QStringLiteral("fiscal_total"), QStringLiteral("fiscal_expense_total"), QStringLiteral("fiscal_income_gpb"),
    QStringLiteral("fiscal_income_fund"), QStringLiteral("fiscal_income_capital"), QStringLiteral("gpb_expense"),
    QStringLiteral("gpb_basic"), QStringLiteral("gpb_project"), QStringLiteral("basic_personnel"),
    QStringLiteral("basic_public"), QStringLiteral("fund_carry_in"), QStringLiteral("fund_income"),
    QStringLiteral("fund_expense"), QStringLiteral("fund_basic"), QStringLiteral("fund_project"),
    QStringLiteral("fund_carry_out"), QStringLiteral("capital_expense"), QStringLiteral("capital_basic"),
    QStringLiteral("capital_project"), QStringLiteral("three_public_budget_total"),
    QStringLiteral("three_public_budget_abroad"), QStringLiteral("three_public_budget_vehicle"),
    QStringLiteral("three_public_budget_vehicle_purchase"), QStringLiteral("three_public_budget_vehicle_running"),
    QStringLiteral("three_public_budget_reception"), QStringLiteral("three_public_actual_total"),
    QStringLiteral("three_public_actual_abroad"), QStringLiteral("three_public_actual_vehicle"),
    QStringLiteral("three_public_actual_vehicle_purchase"), QStringLiteral("three_public_actual_vehicle_running"),
    QStringLiteral("three_public_actual_reception")};

bool copyDir(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
            return false;
    return true;
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A folder holding the real 2023 edition and the demonstration 2025 built on it.
struct DemoEditions {
    QTemporaryDir dir;
    bool ok = false;
    DemoEditions()
    {
        ok = dir.isValid() && copyDir(edition2023, dir.filePath(QStringLiteral("2023")))
                && copyDir(demoDir, dir.filePath(QStringLiteral("2025")));
    }
    QString path(const QString &edition) const { return dir.filePath(edition); }
};

class TestWindow : public MainWindow
{
public:
    QStringList errors;
    QStringList infos;

protected:
    void showError(const QString &title, const QString &message) override { errors << title + QLatin1Char('\n') + message; }
    void showInformation(const QString &title, const QString &message) override
    {
        infos << title + QLatin1Char('\n') + message;
    }
};

} // namespace

class TestEdition : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        Fonts::applyToApplication();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    }

    void yearLabelIsOneFunction()
    {
        QCOMPARE(yearLabel(2023), QStringLiteral("2023年度"));
        QCOMPARE(yearLabel(2023, -1), QStringLiteral("2022年度"));
    }

    void editionForYear()
    {
        // A year's own edition; a later year than any edition: the newest; an earlier one:
        // the oldest (what import and new reports rely on).
        QCOMPARE(EditionMigration::editionForYear(2024), QStringLiteral("2024"));
        QCOMPARE(EditionMigration::editionForYear(2026), QStringLiteral("2026"));
        QCOMPARE(EditionMigration::editionForYear(2031), QStringLiteral("2026"));
        QCOMPARE(EditionMigration::editionForYear(2019), QStringLiteral("2023"));
    }

    void builtinEditions()
    {
        QCOMPARE(ReportTemplate::builtinEditions(),
                 (QStringList{QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025"), QStringLiteral("2026")}));
        const auto base = ReportTemplate::builtin(QStringLiteral("2023"));
        QVERIFY(base);
        for (const QString &e : ReportTemplate::builtinEditions()) {
            QString error;
            const auto t = ReportTemplate::builtin(e, &error);
            QVERIFY2(t, qPrintable(error));
            QCOMPARE(t->edition(), e);
            QVERIFY(t->name().startsWith(e + QStringLiteral("年度")));
            QVERIFY(!t->description().isEmpty());
            QCOMPARE(t->lineage().first(), QStringLiteral("2023"));
            QCOMPARE(t->lineage().last(), e);
            for (const QString &name : neededQuantities)
                QVERIFY2(t->hasQuantity(name), qPrintable(e + QStringLiteral(": ") + name));
            QVERIFY(AuditRuleSet::load(*t, &error));
            if (e == QLatin1String("2023"))
                continue;
            // Not checked against an official copy: inherited unchanged, and the description says so.
            QVERIFY2((t->description().contains(QStringLiteral("not")) && t->description().contains(QStringLiteral("official")))
                             || t->description().contains(QStringLiteral("not available")),
                     qPrintable(t->description()));
            QCOMPARE(t->tables().size(), base->tables().size());
            QCOMPARE(t->figures().priorYearKeys(), base->figures().priorYearKeys());
            QCOMPARE(t->figures().factKeys(), base->figures().factKeys());
            QCOMPARE(t->auditRules(), base->auditRules());
            QVERIFY(t->moves().isEmpty());
        }
    }

    void figureTable()
    {
        const auto t = ReportTemplate::builtin(QStringLiteral("2023"));
        const FigureCatalogue &f = t->figures();
        QCOMPARE(f.priorYearKeys().size(), 10);
        QCOMPARE(f.factKeys().size(), 25);
        QVERIFY(f.isCount(QStringLiteral("vehicles")));
        QVERIFY(!f.isCount(QStringLiteral("vehicle_fuel")));
        QCOMPARE(f.label(QStringLiteral("income_total")), QStringLiteral("收入总计"));
        QCOMPARE(f.figure(QStringLiteral("fiscal_total"))->prior, QStringLiteral("fiscal_total"));
        QVERIFY(!f.checkFact(QStringLiteral("vehicles"), -1).isEmpty());
        QVERIFY(!f.checkFact(QStringLiteral("nonsense"), 1).isEmpty());
        QVERIFY(f.checkFact(QStringLiteral("vehicle_fuel"), -5).isEmpty());
        // Quantities are sums of cells.
        QCOMPARE(t->quantity(QStringLiteral("income_fiscal")).terms().size(), 3);
        QCOMPARE(t->quantityCell(QStringLiteral("income_total")).toString(), QStringLiteral("01!31@1"));
        QVERIFY(!t->quantityCell(QStringLiteral("income_fiscal")).isValid());
        QVERIFY(!t->quantityCell(QStringLiteral("no_such")).isValid());
    }

    void inheritanceOverrides()
    {
        DemoEditions demo;
        QVERIFY(demo.ok);
        QString error;
        const auto base = ReportTemplate::load(demo.path(QStringLiteral("2023")), &error);
        QVERIFY2(base, qPrintable(error));
        const auto t = ReportTemplate::load(demo.path(QStringLiteral("2025")), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->edition(), QStringLiteral("2025"));
        QCOMPARE(t->lineage(), (QStringList{QStringLiteral("2023"), QStringLiteral("2025")}));
        // Whole table replaced; the others inherited.
        QVERIFY(t->table(QStringLiteral("09"))->title().endsWith(QStringLiteral("（演示）")));
        QCOMPARE(t->table(QStringLiteral("01"))->title(), base->table(QStringLiteral("01"))->title());
        QCOMPARE(t->tables().size(), 9);
        // Catalogue: renamed, moved, retired, added.
        const auto F = SubjectCatalogue::Scheme::Functional;
        QCOMPARE(t->catalogue().name(F, QStringLiteral("2010350")), QStringLiteral("事业运行（演示）"));
        QVERIFY(!t->catalogue().contains(F, QStringLiteral("2010399")));
        QCOMPARE(t->catalogue().name(F, QStringLiteral("2010398")), base->catalogue().name(F, QStringLiteral("2010399")));
        QVERIFY(!t->catalogue().contains(F, QStringLiteral("2060404")));
        QVERIFY(t->catalogue().contains(F, QStringLiteral("20604")));
        QCOMPARE(t->catalogue().name(F, QStringLiteral("2010397")), QStringLiteral("演示新增项"));
        QCOMPARE(t->catalogue().children(F, QStringLiteral("20103")).indexOf(QStringLiteral("2010397")) + 1,
                 t->catalogue().children(F, QStringLiteral("20103")).indexOf(QStringLiteral("2010398")));
        QCOMPARE(t->moves().size(), 1);
        QCOMPARE(t->moves().first().from, QStringLiteral("2010399"));
        // Audit rules: removed, replaced, added by id.
        const auto rules = AuditRuleSet::load(*t, &error);
        QVERIFY2(rules, qPrintable(error));
        QVERIFY(!rules->rule(QStringLiteral("01.balance")));
        QVERIFY(rules->rule(QStringLiteral("demo.balance")));
        QCOMPARE(rules->rule(QStringLiteral("01.income-02"))->severity(), Finding::Severity::Warning);
        // A scope change keeps the rule and picks its 一般公共预算 terms.
        QCOMPARE(rules->rule(QStringLiteral("form.overall.basic"))->scope(), QStringLiteral("gpb"));
        QCOMPARE(rules->rule(QStringLiteral("form.overall.basic"))->rhs().first().toString(), QStringLiteral("05!total@2"));
        QCOMPARE(rules->rules().size(), AuditRuleSet::load(*base, &error)->rules().size());
        // Quantities and figures.
        QCOMPARE(t->quantity(QStringLiteral("income_fiscal")).terms().size(), 2);
        QCOMPARE(t->quantityCell(QStringLiteral("income_total")), base->quantityCell(QStringLiteral("income_total")));
        QVERIFY(!t->figures().figure(QStringLiteral("equipment_1m")));
        QVERIFY(t->figures().isFact(QStringLiteral("procurement_demo")));
        QCOMPARE(t->figures().factKeys().last(), QStringLiteral("procurement_demo"));
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("edition");
        QTest::addColumn<QString>("file");     // an extra file of the edition: name
        QTest::addColumn<QJsonObject>("content");
        QTest::addColumn<QString>("expected"); // in the error

        const auto child = [](std::initializer_list<QPair<QString, QJsonValue>> members) {
            QJsonObject o{{QStringLiteral("edition"), QStringLiteral("2025")}, {QStringLiteral("base"), QStringLiteral("2023")}};
            for (const auto &m : members)
                o.insert(m.first, m.second);
            return o;
        };
        QTest::newRow("missing base") << QJsonObject{{QStringLiteral("edition"), QStringLiteral("2025")}, {QStringLiteral("base"), QStringLiteral("2019")}}
                                      << QString() << QJsonObject() << QStringLiteral("base edition “2019” does not exist");
        QTest::newRow("base is a path") << QJsonObject{{QStringLiteral("edition"), QStringLiteral("2025")}, {QStringLiteral("base"), QStringLiteral("../2023")}}
                                        << QString() << QJsonObject() << QStringLiteral("is not the name of an edition");
        QTest::newRow("unknown member") << child({{QStringLiteral("quantitys"), QJsonObject()}}) << QString() << QJsonObject()
                                        << QStringLiteral("unknown member “quantitys”");
        QTest::newRow("quantity not a cell") << child({{QStringLiteral("quantities"), QJsonObject{{QStringLiteral("income_total"), QStringLiteral("01!99@1")}}}})
                                             << QString() << QJsonObject() << QStringLiteral("quantities.income_total");
        QTest::newRow("figure from no quantity")
                << child({{QStringLiteral("figures"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("amount")},
                                                                              {QStringLiteral("label"), QJsonObject{{QStringLiteral("zh"), QStringLiteral("某")}}},
                                                                              {QStringLiteral("prior"), QStringLiteral("nothing")}}}}})
                << QString() << QJsonObject() << QStringLiteral("quantity “nothing”");
        QTest::newRow("retire unknown figure")
                << child({{QStringLiteral("figures"), QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("nope")}, {QStringLiteral("retired"), true}}}}})
                << QString() << QJsonObject() << QStringLiteral("figures[0]: retires “nope”");
        QTest::newRow("rename unknown code")
                << child({{QStringLiteral("catalogueChanges"), QStringLiteral("c.json")}}) << QStringLiteral("c.json")
                << QJsonObject{{QStringLiteral("functional"), QJsonObject{{QStringLiteral("renamed"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2999999")}, {QStringLiteral("name"), QStringLiteral("某")}}}}}}}
                << QStringLiteral("c.json:functional.renamed[0]: 2999999 is not in the base catalogue");
        QTest::newRow("add existing code")
                << child({{QStringLiteral("catalogueChanges"), QStringLiteral("c.json")}}) << QStringLiteral("c.json")
                << QJsonObject{{QStringLiteral("functional"), QJsonObject{{QStringLiteral("added"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("2010350")}, {QStringLiteral("name"), QStringLiteral("某")}}}}}}}
                << QStringLiteral("added[0]: 2010350 is already in the base catalogue");
        QTest::newRow("remove unknown rule")
                << child({{QStringLiteral("auditChanges"), QStringLiteral("a.json")}}) << QStringLiteral("a.json")
                << QJsonObject{{QStringLiteral("remove"), QJsonArray{QStringLiteral("no.such.rule")}}}
                << QStringLiteral("a.json: remove[0]: the base edition has no rule “no.such.rule”");
        QTest::newRow("add existing rule")
                << child({{QStringLiteral("auditChanges"), QStringLiteral("a.json")}}) << QStringLiteral("a.json")
                << QJsonObject{{QStringLiteral("add"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("01.balance")}}}}}
                << QStringLiteral("add[0]: the base edition already has a rule “01.balance”");
        QTest::newRow("scope of unknown rule")
                << child({{QStringLiteral("auditChanges"), QStringLiteral("a.json")}}) << QStringLiteral("a.json")
                << QJsonObject{{QStringLiteral("scope"), QJsonObject{{QStringLiteral("no.such.rule"), QStringLiteral("gpb")}}}}
                << QStringLiteral("a.json: scope: “no.such.rule”: the base edition has no such rule");
    }

    void refusals()
    {
        QFETCH(QJsonObject, edition);
        QFETCH(QString, file);
        QFETCH(QJsonObject, content);
        QFETCH(QString, expected);
        DemoEditions demo;
        QVERIFY(demo.ok);
        const QString dir = demo.dir.filePath(QStringLiteral("bad"));
        QVERIFY(writeJson(dir + QStringLiteral("/edition.json"), edition));
        if (!file.isEmpty())
            QVERIFY(writeJson(dir + QLatin1Char('/') + file, content));
        QString error;
        QVERIFY(!ReportTemplate::load(dir, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("bad")), qPrintable(error)); // names the place
    }

    void cycleRefused()
    {
        QTemporaryDir dir;
        QVERIFY(writeJson(dir.filePath(QStringLiteral("a/edition.json")), {{QStringLiteral("edition"), QStringLiteral("a")}, {QStringLiteral("base"), QStringLiteral("b")}}));
        QVERIFY(writeJson(dir.filePath(QStringLiteral("b/edition.json")), {{QStringLiteral("edition"), QStringLiteral("b")}, {QStringLiteral("base"), QStringLiteral("a")}}));
        QString error;
        QVERIFY(!ReportTemplate::load(dir.filePath(QStringLiteral("a")), &error));
        QVERIFY2(error.contains(QStringLiteral("circle")), qPrintable(error));
    }

    void moveToDemoEdition()
    {
        DemoEditions demo;
        QVERIFY(demo.ok);
        QString error;
        const std::shared_ptr<const ReportTemplate> target = ReportTemplate::load(demo.path(QStringLiteral("2025")), &error);
        QVERIFY2(target, qPrintable(error));
        auto doc = loadSample();
        QVERIFY(doc);
        const CellKey oldKey = CellKey::fromString(QStringLiteral("02!2010399@2"));
        const Money moved = doc->value(oldKey);
        const Money retired = doc->value(CellKey::fromString(QStringLiteral("05!2060404@1")));
        QVERIFY(!moved.isBlank());
        const QHash<CellKey, Money> before = doc->inputValues();
        const int steps = doc->undoStack()->count();

        EditionMigration::Report report;
        QVERIFY2(EditionMigration::apply(*doc, target, &report, &error), qPrintable(error));
        QCOMPARE(doc->undoStack()->count(), steps + 1); // one undo step
        QCOMPARE(doc->reportTemplate().edition(), QStringLiteral("2025"));
        QCOMPARE(doc->value(CellKey::fromString(QStringLiteral("02!2010398@2"))), moved);
        QVERIFY(!doc->hasCell(oldKey));
        QVERIFY(!doc->itemRows(QStringLiteral("05")).contains(QStringLiteral("2060404")));
        QCOMPARE(doc->budget(QStringLiteral("2010398")), Money::fromFen(2442140000));
        QVERIFY(!doc->facts().contains(QStringLiteral("equipment_1m")));

        const QString text = report.text();
        QVERIFY2(report.moved.join(QLatin1Char('\n')).contains(QStringLiteral("2010399 → 2010398")), qPrintable(text));
        QVERIFY2(report.renamed.join(QLatin1Char('\n')).contains(QStringLiteral("2010350: 事业运行 → 事业运行（演示）")), qPrintable(text));
        // Every value left behind is listed with its amount: the 2060404 cells, its budget, equipment_1m.
        int retiredCells = 0;
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            retiredCells += it.key().row == QLatin1String("2060404");
        QVERIFY(retiredCells > 0);
        int listed = 0;
        for (const QString &line : report.dropped)
            listed += line.contains(QStringLiteral("2060404"));
        QCOMPARE(listed, retiredCells + 1); // + its initial budget
        QVERIFY2(text.contains(retired.toWanyuan()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("单价100万元（含）以上设备（台、套）: 0")), qPrintable(text));
        QCOMPARE(report.cellsCarried + retiredCells, int(before.size()));

        // Undo brings back the 2023 document whole; redo moves it again.
        doc->undoStack()->undo();
        QCOMPARE(doc->reportTemplate().edition(), QStringLiteral("2023"));
        QCOMPARE(doc->inputValues(), before);
        QCOMPARE(doc->budget(QStringLiteral("2010399")), Money::fromFen(2442140000));
        QVERIFY(doc->facts().contains(QStringLiteral("equipment_1m")));
        doc->undoStack()->redo();
        QCOMPARE(doc->value(CellKey::fromString(QStringLiteral("02!2010398@2"))), moved);
    }

    void moveToBuiltin2025KeepsEverything()
    {
        auto doc = loadSample();
        QVERIFY(doc);
        const QHash<CellKey, Money> before = doc->inputValues();
        const QList<NarrativeSection> narrative = Narrative::generate(*doc);
        QString error;
        EditionMigration::Report report;
        QVERIFY2(EditionMigration::apply(*doc, ReportTemplate::builtin(QStringLiteral("2025")), &report, &error), qPrintable(error));
        QCOMPARE(doc->reportTemplate().edition(), QStringLiteral("2025"));
        QCOMPARE(doc->inputValues(), before);
        QVERIFY(report.moved.isEmpty() && report.renamed.isEmpty() && report.dropped.isEmpty());
        QCOMPARE(report.cellsCarried, int(before.size()));
        const QList<NarrativeSection> after = Narrative::generate(*doc);
        QCOMPARE(after.size(), narrative.size());
        for (int i = 0; i < after.size(); ++i)
            QCOMPARE(after.at(i).paragraphs, narrative.at(i).paragraphs);
        // Only forward.
        QVERIFY(!EditionMigration::apply(*doc, ReportTemplate::builtin(QStringLiteral("2024")), &report, &error));
        QVERIFY2(error.contains(QStringLiteral("only to a newer edition")), qPrintable(error));
        QCOMPARE(EditionMigration::newerEditions(QStringLiteral("2024")), (QStringList{QStringLiteral("2025"), QStringLiteral("2026")}));
    }

    void eachEditionCreatedSavedReloadedExported()
    {
        for (const QString &e : ReportTemplate::builtinEditions()) {
            QString error;
            auto doc = DocumentIO::create(e, QStringLiteral("测试部门"), e.toInt(), &error);
            QVERIFY2(doc, qPrintable(error));
            const CellKey key = CellKey::fromString(QStringLiteral("01!1@1"));
            QVERIFY2(doc->setCell(key, Money::fromFen(123456), &error), qPrintable(error));
            QVERIFY2(doc->setFact(QStringLiteral("vehicles"), 3, &error), qPrintable(error));
            const QString path = m_tmp.filePath(e + QStringLiteral(".juesuan"));
            QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
            auto back = DocumentIO::load(path, &error);
            QVERIFY2(back, qPrintable(error));
            QCOMPARE(back->reportTemplate().edition(), e);
            QCOMPARE(back->value(key), Money::fromFen(123456));
            QCOMPARE(back->factCount(QStringLiteral("vehicles")), qint64(3));
            const QString html = m_tmp.filePath(e + QStringLiteral(".html"));
            const QString pdf = m_tmp.filePath(e + QStringLiteral(".pdf"));
            QVERIFY2(HtmlExporter::exportHtml(*back, html, &error), qPrintable(error));
            QVERIFY2(ReportPrinter::exportPdf(*back, pdf, &error), qPrintable(error));
            QFile h(html);
            QVERIFY(h.open(QIODevice::ReadOnly));
            QVERIFY(QString::fromUtf8(h.readAll()).contains(yearLabel(e.toInt()) + QStringLiteral("测试部门")));
            QVERIFY(QFileInfo(pdf).size() > 1000);
        }
    }

    void unknownEditionRefusedOnOpen()
    {
        QJsonObject o = readJson(samplePath());
        o.insert(QStringLiteral("edition"), QStringLiteral("2031"));
        const QString path = m_tmp.filePath(QStringLiteral("future.juesuan"));
        QVERIFY(writeJson(path, o));
        QString error;
        QVERIFY(!DocumentIO::load(path, &error));
        QVERIFY2(error.contains(QStringLiteral("edition")) && error.contains(QStringLiteral("2031"))
                         && error.contains(QStringLiteral("2026")),
                 qPrintable(error));
    }

    void changeEditionInTheWindow()
    {
        TestWindow w;
        QVERIFY(w.openSample());
        QVERIFY(w.showPage(QStringLiteral("table/05")));
        const QAction *action = w.findChild<QAction *>(QStringLiteral("actionChangeEdition"));
        QVERIFY(action && !action->text().isEmpty());
        QVERIFY(w.changeEdition(QStringLiteral("2026")));
        QCOMPARE(w.document()->reportTemplate().edition(), QStringLiteral("2026"));
        QCOMPARE(w.infos.size(), 1);
        QVERIFY2(w.infos.first().contains(QStringLiteral("2023")) && w.infos.first().contains(QStringLiteral("2026")),
                 qPrintable(w.infos.first()));
        QVERIFY(w.showPage(QStringLiteral("table/05"))); // pages rebuilt for the new edition
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->reportTemplate().edition(), QStringLiteral("2023"));
        QVERIFY(w.showPage(QStringLiteral("figures")) || w.showPage(QStringLiteral("table/01")));
        QVERIFY(!w.changeEdition(QStringLiteral("2023"))); // not newer
        QCOMPARE(w.errors.size(), 1);
    }

    void migrateVerb()
    {
        const QString out = m_tmp.filePath(QStringLiteral("migrated.juesuan"));
        QProcess p;
        p.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("migrate"), samplePath(), QStringLiteral("--edition"),
                                                 QStringLiteral("2025"), QStringLiteral("-o"), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("2025")));
        QCOMPARE(readJson(out).value(QStringLiteral("edition")).toString(), QStringLiteral("2025"));
        QProcess back;
        back.start(QStringLiteral(JUESUAN_BINARY), {QStringLiteral("migrate"), out, QStringLiteral("--edition"),
                                                    QStringLiteral("2023"), QStringLiteral("-o"), out + QStringLiteral(".2")});
        QVERIFY(back.waitForFinished(60000));
        QCOMPARE(back.exitCode(), 2);
        QVERIFY(!QFile::exists(out + QStringLiteral(".2")));
        QVERIFY(QString::fromUtf8(back.readAllStandardError()).contains(QStringLiteral("newer")));
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestEdition)
#include "tst_edition.moc"
