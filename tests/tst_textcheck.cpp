// 表文一致: detaching a 第三部分 section to word it freely (NarrativeOverrides) and checking
// the amounts and percentages of all free text against the tables (TextCheck). The words
// are the reference report's own (tests/data/textcheck/reference-part3.txt) over the sample,
// which holds the reference's figures.
#include "auditengine.h"
#include "auditmodel.h"
#include "auditpanel.h"
#include "detachedsections.h"
#include "document.h"
#include "documentio.h"
#include "findingplace.h"
#include "htmlexporter.h"
#include "narrative.h"
#include "narrativeoverrides.h"
#include "reportoutline.h"
#include "reportprinter.h"
#include "reporttemplate.h"
#include "mainwindow.h"
#include "textcheck.h"
#include "textparteditor.h"
#include "testsupport.h"

#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeView>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using TestSupport::loadSample;
using TestSupport::testData;

namespace {

// The reference's paragraphs of 第三部分 by section id, in the fixture's order.
QList<QPair<QString, QString>> referenceSections()
{
    QFile f(testData(QStringLiteral("textcheck/reference-part3.txt")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture reference-part3.txt");
    QList<QPair<QString, QString>> out;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("## ")))
            out.append({line.mid(3).trimmed(), QString()});
        else if (!line.startsWith(QLatin1Char('#')) && !line.trimmed().isEmpty() && !out.isEmpty())
            out.last().second += (out.last().second.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    }
    return out;
}

QString referenceText(const QString &id)
{
    for (const auto &s : referenceSections())
        if (s.first == id)
            return s.second;
    qFatal("no section %s in the fixture", qPrintable(id));
    return QString();
}

// "section: words" for each finding, the words read back from the text at the finding's place.
QStringList places(const Document &doc, const QList<Finding> &findings, const QHash<QString, QString> &texts = {})
{
    QStringList out;
    for (const Finding &f : findings) {
        const QString text = texts.contains(f.textKey) ? texts.value(f.textKey) : doc.text(f.textKey);
        out << NarrativeOverrides::sectionOf(f.textKey) + QStringLiteral(": ") + text.mid(f.textOffset, f.textLength);
    }
    return out;
}

QList<Finding> textFindings(const QList<Finding> &all)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.ruleId.startsWith(QLatin1String("text.")))
            out.append(f);
    return out;
}

// The window without questions to a person: nothing here is saved.
class QuietWindow : public MainWindow
{
protected:
    QMessageBox::StandardButton askSaveChanges() override { return QMessageBox::Discard; }
    QMessageBox::StandardButton askRestore(const Autosaver::Orphan &) override { return QMessageBox::Ignore; }
};

} // namespace

class TestTextCheck : public QObject
{
    Q_OBJECT
private slots:
    void editionsHaveReadableTables();
    void sampleFreeTextIsClean();
    void generatedWordsAreClean_data();
    void generatedWordsAreClean();
    void referenceParagraphs();
    void mutations_data();
    void mutations();
    void textPartsAreChecked();
    void findingNamesThePlace();
    void detachAndReattach();
    void detachedTextSurvivesSaveAndLoad();
    void reportsPrintTheDetachedText();
    void badTableIsRefused();
    void ownWordingTab();
    void auditPanelActivatesTheWords();
    void windowSelectsTheWords();

private:
    QTemporaryDir m_tmp;
};

void TestTextCheck::editionsHaveReadableTables()
{
    for (const QString &edition : ReportTemplate::builtinEditions()) {
        QString error;
        auto t = ReportTemplate::builtin(edition, &error);
        QVERIFY2(t, qPrintable(error));
        auto table = TextCheckTable::forTemplate(*t, &error);
        QVERIFY2(table, qPrintable(edition + QStringLiteral(": ") + error));
        QVERIFY2(!table->isEmpty(), qPrintable(edition)); // each inherits 2023's phrases
    }
}

void TestTextCheck::sampleFreeTextIsClean()
{
    // The sample's text parts (职责, 机构设置, 重点工作, 名词解释) quote nothing the tables
    // contradict; no section is detached, and generated text cannot disagree with the tables.
    auto doc = loadSample();
    TextCheck check(*doc);
    QVERIFY2(check.isValid(), qPrintable(check.errorString()));
    QCOMPARE(check.run(), QList<Finding>());
    QCOMPARE(textFindings(AuditEngine(*doc).run()).size(), 0);
}

void TestTextCheck::generatedWordsAreClean_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("sample") << TestSupport::samplePath();
    // A department unlike the sample: 政府性基金 with carry-over, 事业收入, 经营支出, a vehicle bought.
    const QString other = testData(QStringLiteral("departments/fund-department-2024.juesuan"));
    if (QFile::exists(other))
        QTest::newRow("fund department") << other;
}

void TestTextCheck::generatedWordsAreClean()
{
    // Every section detached with the words it had: what is generated agrees with the tables,
    // so a check that flags any of it flags a false alarm.
    QFETCH(QString, path);
    QString error;
    auto doc = DocumentIO::load(path, &error);
    QVERIFY2(doc, qPrintable(error));
    int detached = 0;
    for (const NarrativeSection &s : Narrative::generate(*doc))
        detached += NarrativeOverrides::detach(doc.get(), s.id);
    QVERIFY(detached > 15);
    const QList<Finding> findings = TextCheck(*doc).run();
    QVERIFY2(findings.isEmpty(), qPrintable(places(*doc, findings).join(QLatin1Char('\n')) + QLatin1Char('\n')
                                             + (findings.isEmpty() ? QString() : findings.first().message)));

    // And the check does read these words: 1 万元 more on 收入合计 is found where it is.
    const QString key = NarrativeOverrides::key(QStringLiteral("income"));
    QString text = doc->text(key);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("收入合计([0-9.]+)万元")).match(text);
    QVERIFY(m.hasMatch());
    const Money said = Money::parse(m.captured(1)).value;
    const QString wrong = Narrative::wan(Money::fromFen(said.fen() + Money::fenPerWanyuan)) + QStringLiteral("万元");
    text.replace(m.capturedStart(1), m.capturedLength(1) + 2, wrong);
    const QList<Finding> one = TextCheck(*doc).check(key, text);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().textOffset, int(m.capturedStart(1)));
    QCOMPARE(text.mid(one.first().textOffset, one.first().textLength), wrong);
}

void TestTextCheck::referenceParagraphs()
{
    // Every section of the reference's 第三部分 detached with its published words: a finding
    // exactly where the words contradict the tables, nowhere else.
    auto doc = loadSample();
    for (const auto &s : referenceSections())
        doc->setText(NarrativeOverrides::key(s.first), s.second);
    const QList<Finding> findings = TextCheck(*doc).run();
    for (const Finding &f : findings)
        QCOMPARE(f.severity, Finding::Severity::Warning);
    const QStringList expected = {
        // 十三（三）: three 预算数 printed in 元 where the forms say 万元 (51.31, 1161.84 and 5 万元,
        // as 五 and the forms print them); every 执行数 and 完成预算的 x% there is right.
        QStringLiteral("performance.projects: 51.31元"),
        QStringLiteral("performance.projects: 1161.84元"),
        QStringLiteral("performance.projects: 5元"),
        // 十三（一）: 资金2469.24万元 is the eight projects' budgets (44.71+35+3+1129.8+38.58+51.31
        // +1161.84+5), right; but "占一般公共预算项目支出总额的94.3%" is 2469.24/2619.57 — the 201 类
        // — where 项目支出总额 (05表) is 2670.56: 2469.24/2670.56 = 92.46%, so 92.5% is right.
        QStringLiteral("performance.work: 94.3%"),
        // 十一: "货物采购授予中小企业合同金额占货物支出金额的38.8%" and "服务…61.2%" are shares of the
        // 6.59万元 awarded to SMEs (2.56/6.59, 4.03/6.59), not of 货物/服务支出: of those the SMEs
        // hold 2.56/2.56 = 100% and 4.03/1351.99 = 0.3% (the sample's description, point 5).
        QStringLiteral("procurement: 38.8%"),
        QStringLiteral("procurement: 61.2%"),
    };
    QCOMPARE(places(*doc, findings), expected);
    // The message says what the tables give.
    QVERIFY2(findings.at(3).message.contains(QStringLiteral("92.5%")), qPrintable(findings.at(3).message));
    QVERIFY2(findings.at(4).message.contains(QStringLiteral("100.0%")), qPrintable(findings.at(4).message));
    QVERIFY2(findings.at(5).message.contains(QStringLiteral("0.3%")), qPrintable(findings.at(5).message));
    QVERIFY2(findings.at(0).message.contains(QStringLiteral("51.31万元")), qPrintable(findings.at(0).message));
    // The audit reports them with the rest, as warnings: the sample still has no error.
    QCOMPARE(textFindings(AuditEngine(*doc).run()).size(), expected.size());
}

void TestTextCheck::mutations_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("from");   // words of the reference, made unique by their context
    QTest::addColumn<QString>("to");     // what they become
    QTest::addColumn<QString>("flagged"); // the words the finding points at, within `to`
    QTest::addColumn<QString>("rule");

    const auto row = [](const char *name, const char *section, const char *from, const char *to, const char *flagged,
                        const char *rule) {
        QTest::newRow(name) << QString::fromUtf8(section) << QString::fromUtf8(from) << QString::fromUtf8(to)
                            << QString::fromUtf8(flagged) << QString::fromLatin1(rule);
    };
    row("total amount", "overview", "收、支总计3087.79万元", "收、支总计3087.78万元", "3087.78万元", "text.amount");
    row("change amount", "income", "各减少1274.1万元", "各减少1274.2万元", "1274.2万元", "text.change");
    row("change rate", "expense", "下降29.2%", "下降29.3%", "29.3%", "text.change");
    row("direction of amount", "gpb.overall", "支出减少1274.1万元", "支出增加1274.1万元", "增加1274.1万元", "text.change");
    row("direction of rate", "fiscal", "各减少1274.1万元，下降29.2%", "各减少1274.1万元，增长29.2%", "增长29.2%",
        "text.change");
    row("share", "expense", "占本年支出86.5%", "占本年支出85.6%", "85.6%", "text.share");
    row("share of whole", "gpb.overall", "支出合计的100%", "支出合计的99%", "99%", "text.share");
    row("prior-year change", "fiscal", "比2022年度决算数减少1274.1万元", "比2022年度决算数减少1247.1万元",
        "1247.1万元", "text.change");
    row("budget", "threePublic.overall", "预算为3万元", "预算为4万元", "4万元", "text.amount");
    row("actual after budget", "threePublic.overall", "支出决算为1.67万元", "支出决算为1.76万元", "1.76万元",
        "text.amount");
    row("completion", "threePublic.overall", "完成预算的55.7%", "完成预算的57.5%", "57.5%", "text.share");
    row("against budget", "threePublic.detail", "比年初预算减少1.41万元", "比年初预算减少1.14万元", "1.14万元",
        "text.change");
    row("against budget direction", "threePublic.detail", "比年初预算增加0.08万元", "比年初预算减少0.08万元",
        "减少0.08万元", "text.change");
    row("fact", "threePublic.detail", "维修费1.16万元", "维修费1.61万元", "1.61万元", "text.amount");
    row("basic in 五", "gpb.detail", "基本支出417.23万元", "基本支出471.23万元", "471.23万元", "text.amount");
    row("gpb budget total", "gpb.detail", "年初预算为2840.01万元", "年初预算为2840.1万元", "2840.1万元", "text.amount");
    row("project executed", "gpb.detail", "监督员政府购岗费1085.45万元", "监督员政府购岗费1058.45万元", "1058.45万元",
        "text.amount");
    row("project rate", "performance.projects", "完成预算的96%", "完成预算的69%", "69%", "text.share");
    row("personnel", "gpbBasic", "人员经费386.31万元", "人员经费386.13万元", "386.13万元", "text.amount");
    row("procurement total", "procurement", "总额1354.55万元", "总额1354.5万元", "1354.5万元", "text.amount");
    row("overall form", "performance.overall", "资金3087.79万元", "资金3078.79万元", "3078.79万元", "text.amount");
    row("thousands separator", "income", "收入合计3087.79万元", "收入合计3,087.97万元", "3,087.97万元", "text.amount");
}

void TestTextCheck::mutations()
{
    QFETCH(QString, section);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, flagged);
    QFETCH(QString, rule);
    auto doc = loadSample();
    const QString original = referenceText(section);
    QCOMPARE(original.count(from), 1);
    QString text = original;
    text.replace(from, to);
    const QString key = NarrativeOverrides::key(section);
    TextCheck check(*doc);
    // What the reference gets wrong itself (referenceParagraphs) stays; one finding more.
    QStringList known;
    for (const Finding &f : check.check(key, original))
        known << original.mid(f.textOffset, f.textLength);
    QList<Finding> findings = check.check(key, text);
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const Finding &f) { return known.contains(text.mid(f.textOffset, f.textLength)); }),
                   findings.end());
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.ruleId, rule);
    QCOMPARE(f.textKey, key);
    QCOMPARE(f.textOffset, int(text.indexOf(to) + to.indexOf(flagged)));
    QCOMPARE(f.textLength, int(flagged.size()));
}

void TestTextCheck::textPartsAreChecked()
{
    // Parts 一, 四 and 五 are free text too: a figure there is held to the tables.
    auto doc = loadSample();
    const QString said = doc->text(QStringLiteral("keyWork"))
            + QStringLiteral("\n全年收入合计3087.79万元，其中项目支出2670.65万元，占本年支出的86.5%。");
    doc->setText(QStringLiteral("keyWork"), said);
    const QList<Finding> findings = TextCheck(*doc).run();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().textKey, QStringLiteral("keyWork"));
    QCOMPARE(said.mid(findings.first().textOffset, findings.first().textLength), QStringLiteral("2670.65万元"));
    // 86.5% follows from the text's own wrong amount but is right by the tables: not flagged.
}

void TestTextCheck::findingNamesThePlace()
{
    auto doc = loadSample();
    doc->setText(NarrativeOverrides::key(QStringLiteral("performance.work")), referenceText(QStringLiteral("performance.work")));
    const QList<Finding> findings = TextCheck(*doc).run();
    QCOMPARE(findings.size(), 1);
    const QString place = FindingPlace::of(*doc, findings.first());
    QVERIFY2(place.contains(QStringLiteral("（一）预算绩效管理工作开展情况")), qPrintable(place));
    QVERIFY2(place.contains(QStringLiteral("94.3%")), qPrintable(place));
}

void TestTextCheck::detachAndReattach()
{
    auto doc = loadSample();
    const QString id = QStringLiteral("gpb.overall");
    const auto section = [&]() {
        for (const NarrativeSection &s : Narrative::generate(*doc))
            if (s.id == id)
                return s;
        return NarrativeSection();
    };
    const NarrativeSection generated = section();
    QVERIFY(!generated.reasonKeys.isEmpty());
    QVERIFY(!NarrativeOverrides::isDetached(*doc, id));

    // Detached: the same words at first, now the document's text; one undo step.
    const int steps = doc->undoStack()->count();
    QString error;
    QVERIFY2(NarrativeOverrides::detach(doc.get(), id, &error), qPrintable(error));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(NarrativeOverrides::isDetached(*doc, id));
    QCOMPARE(doc->text(NarrativeOverrides::key(id)), generated.paragraphs.join(QLatin1Char('\n')));
    QCOMPARE(section().paragraphs, generated.paragraphs);
    QVERIFY(section().reasonKeys.isEmpty()); // its reasons are in its words now
    QCOMPARE(NarrativeOverrides::detachedSections(*doc), QStringList{id});
    QVERIFY(!NarrativeOverrides::detach(doc.get(), id, &error)); // once is enough
    QVERIFY(!error.isEmpty());

    // Typing is a step of its own: undoing it keeps the section detached.
    doc->setText(NarrativeOverrides::key(id), QStringLiteral("一般公共预算财政拨款支出3087.79万元。\n\n第二段。"));
    QCOMPARE(section().paragraphs, (QStringList{QStringLiteral("一般公共预算财政拨款支出3087.79万元。"), QStringLiteral("第二段。")}));
    doc->undoStack()->undo();
    QCOMPARE(section().paragraphs, generated.paragraphs);
    QVERIFY(NarrativeOverrides::isDetached(*doc, id));
    doc->undoStack()->redo();

    // Re-attached: generated again, reasons quoted again; undo brings the words back.
    QVERIFY2(NarrativeOverrides::reattach(doc.get(), id, &error), qPrintable(error));
    QVERIFY(!NarrativeOverrides::isDetached(*doc, id));
    QCOMPARE(section().paragraphs, generated.paragraphs);
    QCOMPARE(section().reasonKeys, generated.reasonKeys);
    QVERIFY(!NarrativeOverrides::reattach(doc.get(), id, &error));
    doc->undoStack()->undo();
    QCOMPARE(section().paragraphs.last(), QStringLiteral("第二段。"));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(!NarrativeOverrides::isDetached(*doc, id));

    // What cannot be detached says why.
    QVERIFY(!NarrativeOverrides::detach(doc.get(), QStringLiteral("nosuch"), &error));
    QVERIFY(error.contains(QStringLiteral("nosuch")));
    QVERIFY(!NarrativeOverrides::detach(doc.get(), QStringLiteral("gpb"), &error)); // a heading only
    QVERIFY(!NarrativeOverrides::detach(doc.get(), QStringLiteral("bad id!"), &error));
}

void TestTextCheck::detachedTextSurvivesSaveAndLoad()
{
    auto doc = loadSample();
    const QString key = NarrativeOverrides::key(QStringLiteral("performance.work"));
    doc->setText(key, referenceText(QStringLiteral("performance.work")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("detached.juesuan"));
    QString error;
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    auto back = DocumentIO::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->text(key), doc->text(key));
    QVERIFY(NarrativeOverrides::isDetached(*back, QStringLiteral("performance.work")));
    // And the finding with it, at the same words.
    QCOMPARE(places(*back, TextCheck(*back).run()), QStringList{QStringLiteral("performance.work: 94.3%")});
}

void TestTextCheck::reportsPrintTheDetachedText()
{
    auto doc = loadSample();
    const QString words = QStringLiteral("本部门另行说明的一般公共预算财政拨款支出3087.79万元。");
    QVERIFY(NarrativeOverrides::detach(doc.get(), QStringLiteral("gpb.overall")));
    doc->setText(NarrativeOverrides::key(QStringLiteral("gpb.overall")), words);

    const QString html = HtmlExporter::toHtml(*doc);
    QVERIFY(html.contains(words));
    QVERIFY(!html.contains(QStringLiteral("占本年支出合计的100%"))); // the generated words are gone

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(ReportPrinter::exportPdf(*doc, pdf, &error), qPrintable(error));
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QProcess p;
    p.start(tool, {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY(text.contains(words));

    // Re-attached, the generated words print again.
    QVERIFY(NarrativeOverrides::reattach(doc.get(), QStringLiteral("gpb.overall")));
    QVERIFY(HtmlExporter::toHtml(*doc).contains(QStringLiteral("占本年支出合计的100%")));
}

void TestTextCheck::badTableIsRefused()
{
    // An edition whose table names a quantity it does not have is refused with the place.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("t")));
    const QString path = dir.filePath(QStringLiteral("t/edition.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"edition": "t", "base": "2023", "name": "t",
                "textChecks": {"phrases": [{"say": ["收入合计"], "value": "no_such_quantity"}]}})");
    f.close();
    // The base is read from the sibling folder: copy 2023 there from the resources.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("2023")));
    for (const QString &name : QDir(QStringLiteral(":/templates/2023")).entryList(QDir::Files))
        QVERIFY(QFile::copy(QStringLiteral(":/templates/2023/") + name, dir.filePath(QStringLiteral("2023/") + name)));
    QString error;
    auto t = ReportTemplate::load(dir.filePath(QStringLiteral("t")), &error);
    QVERIFY2(t, qPrintable(error));
    QVERIFY(!TextCheckTable::forTemplate(*t, &error));
    QVERIFY2(error.contains(QStringLiteral("no_such_quantity")) && error.contains(QStringLiteral("phrases[0]")),
             qPrintable(error));
}

void TestTextCheck::ownWordingTab()
{
    auto doc = loadSample();
    DetachedSections own(doc.get());
    own.show();
    QVERIFY(QTest::qWaitForWindowExposed(&own));
    const QString id = QStringLiteral("threePublic.overall");
    QVERIFY(!own.showSection(id)); // generated: nothing to edit yet
    QVERIFY(!own.showSection(QStringLiteral("gpb")));  // a heading alone is not offered
    QVERIFY(own.detachButton()->isEnabled());
    // What it prints now is shown, read-only, and follows the figures.
    auto *preview = own.findChild<QPlainTextEdit *>(QStringLiteral("generatedPreview"));
    QVERIFY(preview && preview->isVisible() && preview->isReadOnly());
    QString generated;
    for (const NarrativeSection &s : Narrative::generate(*doc))
        if (s.id == id)
            generated = s.paragraphs.join(QLatin1Char('\n'));
    QVERIFY(!generated.isEmpty());
    QCOMPARE(preview->toPlainText(), generated);
    const CellKey abroad{QStringLiteral("09"), QStringLiteral("1"), QStringLiteral("8")};
    const Money before = doc->value(abroad);
    QVERIFY(doc->setCell(abroad, Money::fromFen(before.fen() + 1230000)));
    QTRY_VERIFY(preview->toPlainText() != generated);
    doc->undoStack()->undo();
    QTRY_COMPARE(preview->toPlainText(), generated);

    // Detach from the keyboard: the button's mnemonic, then type into the words.
    own.detachButton()->setFocus();
    QTest::keyClick(own.detachButton(), Qt::Key_Space);
    QVERIFY(NarrativeOverrides::isDetached(*doc, id));
    TextPartEditor *editor = own.editor();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), doc->text(NarrativeOverrides::key(id)));
    QCOMPARE(editor->toPlainText(), generated); // detaching starts from the words shown
    QVERIFY(preview->isHidden());
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("XY"));
    QVERIFY(doc->text(NarrativeOverrides::key(id)).endsWith(QStringLiteral("XY")));
    doc->undoStack()->undo(); // the typing
    QVERIFY(!doc->text(NarrativeOverrides::key(id)).endsWith(QStringLiteral("XY")));
    QTRY_COMPARE(editor->toPlainText(), doc->text(NarrativeOverrides::key(id)));

    // Typing every word away re-attaches the section but keeps the editor; typing detaches again.
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QVERIFY(!NarrativeOverrides::isDetached(*doc, id));
    QCOMPARE(own.editor(), editor);
    QTest::keyClicks(editor, QStringLiteral("New"));
    QCOMPARE(doc->text(NarrativeOverrides::key(id)), QStringLiteral("New"));
    QCOMPARE(own.editor(), editor);
    doc->undoStack()->undo(); // the typing, back to the words before
    QVERIFY(NarrativeOverrides::isDetached(*doc, id));

    // Re-attach: the editor goes, the section is generated again; undo detaches it again.
    QTest::mouseClick(own.detachButton(), Qt::LeftButton);
    QVERIFY(!NarrativeOverrides::isDetached(*doc, id));
    QVERIFY(!own.editor());
    doc->undoStack()->undo();
    QVERIFY(NarrativeOverrides::isDetached(*doc, id));
    QTRY_VERIFY(own.editor());
    QCOMPARE(own.editor()->toPlainText(), doc->text(NarrativeOverrides::key(id)));
    // Another section: its own state, no editor while it is generated.
    QVERIFY(!own.showSection(QStringLiteral("overview")));
    QTRY_VERIFY(!own.editor());
}

void TestTextCheck::auditPanelActivatesTheWords()
{
    auto doc = loadSample();
    const QString key = NarrativeOverrides::key(QStringLiteral("performance.work"));
    doc->setText(key, referenceText(QStringLiteral("performance.work")));
    AuditPanel panel(doc.get());
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    int row = -1;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, AuditModel::RuleColumn).data().toString() == QLatin1String("text.share"))
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(view->model()->index(row, AuditModel::PlaceColumn).data().toString().contains(QStringLiteral("94.3%")));
    QSignalSpy words(&panel, &AuditPanel::wordsActivated);
    view->setCurrentIndex(view->model()->index(row, 1));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(words.size(), 1);
    const QString text = doc->text(key);
    QCOMPARE(words.first().at(0).toString(), key);
    QCOMPARE(text.mid(words.first().at(1).toInt(), words.first().at(2).toInt()), QStringLiteral("94.3%"));
}

void TestTextCheck::windowSelectsTheWords()
{
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("recovery"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
    QuietWindow w;
    QVERIFY(w.openFile(TestSupport::samplePath()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Document *doc = w.document();

    // A detached section: part 3, the "Own wording" tab, that section, those words.
    const QString key = NarrativeOverrides::key(QStringLiteral("performance.work"));
    doc->setText(key, referenceText(QStringLiteral("performance.work")));
    const Finding f = TextCheck(*doc).run().first();
    QVERIFY(w.showWords(f.textKey, f.textOffset, f.textLength));
    QCOMPARE(w.currentPageId(), QStringLiteral("part3"));
    auto *own = w.currentPage()->findChild<DetachedSections *>();
    QVERIFY(own);
    QCOMPARE(static_cast<QTabWidget *>(w.currentPage())->currentWidget(), own);
    QCOMPARE(own->currentSection(), QStringLiteral("performance.work"));
    QCOMPARE(own->editor()->textCursor().selectedText(), QStringLiteral("94.3%"));

    // A text part: its page, its editor, the words.
    const QString said = doc->text(QStringLiteral("keyWork")) + QStringLiteral("\n全年收入合计3078.79万元。");
    doc->setText(QStringLiteral("keyWork"), said);
    QList<Finding> findings = TextCheck(*doc).run();
    QCOMPARE(findings.first().textKey, QStringLiteral("keyWork"));
    QVERIFY(w.showWords(QStringLiteral("keyWork"), findings.first().textOffset, findings.first().textLength));
    QCOMPARE(w.currentPageId(), QStringLiteral("part4"));
    auto *editor = w.findChild<TextPartEditor *>(QStringLiteral("textPart_keyWork"));
    QVERIFY(editor);
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("3078.79万元"));
}

QTEST_MAIN(TestTextCheck)
#include "tst_textcheck.moc"
