// The editor of the figures the explanations need: each field commits through the
// document's undoable setters, refuses bad entries with the reason, and follows the document.
#include "document.h"
#include "documentio.h"
#include "figureseditor.h"
#include "fonts.h"
#include "testsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}
} // namespace

class TestFiguresEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Fonts::applyToApplication(); }
    void showsTheDocument();
    void editsWithUndo_data();
    void editsWithUndo();
    void refusesBadEntries();
    void budgetsFollowTable05();
    void budgetsFollowTable07();
    void newFiguresOfOtherDepartments();

private:
    std::unique_ptr<Document> load()
    {
        QString error;
        auto doc = DocumentIO::load(samplePath(), &error);
        if (!doc)
            qWarning("%s", qPrintable(error));
        return doc;
    }
};

void TestFiguresEditor::showsTheDocument()
{
    auto doc = load();
    QVERIFY(doc);
    FiguresEditor editor(doc.get());
    QCOMPARE(editor.field(QStringLiteral("prior/income_total"))->text(), QStringLiteral("4,361.89"));
    QCOMPARE(editor.field(QStringLiteral("budget/2010399"))->text(), QStringLiteral("2,442.14"));
    QCOMPARE(editor.field(QStringLiteral("cell/09!1@5"))->text(), QStringLiteral("3.00"));
    QCOMPARE(editor.field(QStringLiteral("fact/vehicles"))->text(), QStringLiteral("2"));
    QCOMPARE(editor.field(QStringLiteral("fact/procurement_services"))->text(), QStringLiteral("1,351.99"));
    QVERIFY(!editor.field(QStringLiteral("cell/09!1@3"))); // computed: 购置 + 运行
}

void TestFiguresEditor::editsWithUndo_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("prior year") << "prior/fiscal_total" << "5000" << "5,000.00";
    QTest::newRow("budget") << "budget/2060404" << "300.5" << "300.50";
    QTest::newRow("三公 budget cell") << "cell/09!1@6" << "0.1" << "0.10";
    QTest::newRow("amount fact") << "fact/operating_expense" << "12.34" << "12.34";
    QTest::newRow("count fact") << "fact/reception_people" << "7" << "7";
    QTest::newRow("clear a fact") << "fact/vehicles_other" << "" << "";
}

void TestFiguresEditor::editsWithUndo()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    auto doc = load();
    QVERIFY(doc);
    FiguresEditor editor(doc.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QLineEdit *edit = editor.field(field);
    QVERIFY(edit);
    const QString before = edit->text();
    QSignalSpy figures(doc.get(), &Document::figuresChanged);
    QSignalSpy cells(doc.get(), &Document::cellsChanged);
    type(edit, typed);
    QCOMPARE(edit->text(), shown);
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(figures.count() + cells.count(), 1);
    QVERIFY(editor.lastError().isEmpty());
    edit->clearFocus();
    doc->undoStack()->undo();
    QCOMPARE(edit->text(), before);
}

void TestFiguresEditor::refusesBadEntries()
{
    auto doc = load();
    QVERIFY(doc);
    FiguresEditor editor(doc.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    type(editor.field(QStringLiteral("fact/vehicles")), QStringLiteral("-1"));
    QVERIFY(!editor.lastError().isEmpty());
    QCOMPARE(editor.field(QStringLiteral("fact/vehicles"))->text(), QStringLiteral("2"));
    type(editor.field(QStringLiteral("fact/vehicles")), QStringLiteral("two"));
    QVERIFY(editor.lastError().contains(QStringLiteral("two")));
    type(editor.field(QStringLiteral("prior/income_total")), QStringLiteral("12abc"));
    QVERIFY(!editor.lastError().isEmpty());
    QCOMPARE(doc->priorYear(QStringLiteral("income_total")), wan("4361.89"));
    QCOMPARE(doc->undoStack()->count(), 0);
}

void TestFiguresEditor::budgetsFollowTable05()
{
    auto doc = load();
    QVERIFY(doc);
    FiguresEditor editor(doc.get());
    QVERIFY(!editor.field(QStringLiteral("budget/2010301")));
    QString error;
    QVERIFY2(doc->addItemRow(QStringLiteral("05"), QStringLiteral("2010301"), &error), qPrintable(error));
    QVERIFY(editor.field(QStringLiteral("budget/2010301")));
    doc->setBudget(QStringLiteral("2010350"), wan("1"));
    QCOMPARE(editor.field(QStringLiteral("budget/2010350"))->text(), QStringLiteral("1.00"));
}

void TestFiguresEditor::budgetsFollowTable07()
{
    auto doc = load();
    QVERIFY(doc);
    FiguresEditor editor(doc.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(!editor.field(QStringLiteral("budget/2120801")));
    QString error;
    QVERIFY2(doc->addItemRow(QStringLiteral("07"), QStringLiteral("2120801"), &error), qPrintable(error));
    QLineEdit *field = editor.field(QStringLiteral("budget/2120801"));
    QVERIFY(field);
    QVERIFY(field->text().isEmpty());
    type(field, QStringLiteral("118.5"));
    QCOMPARE(doc->budget(QStringLiteral("2120801")), wan("118.5"));
    QCOMPARE(editor.field(QStringLiteral("budget/2120801"))->text(), QStringLiteral("118.50"));
    doc->undoStack()->undo();
    QVERIFY(doc->budget(QStringLiteral("2120801")).isBlank());
    doc->undoStack()->undo(); // the row goes, and its field with it
    QVERIFY(!editor.field(QStringLiteral("budget/2120801")));
}

void TestFiguresEditor::newFiguresOfOtherDepartments()
{
    auto doc = load();
    QVERIFY(doc);
    FiguresEditor editor(doc.get());
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (const char *id : {"prior/fund_income", "prior/fund_expense", "prior/capital_expense", "fact/operating_expense_prior",
                           "fact/abroad_groups", "fact/abroad_people", "fact/vehicles_purchased", "fact/vehicles_general",
                           "fact/vehicles_enforcement", "fact/vehicles_special"})
        QVERIFY2(editor.field(QString::fromLatin1(id)), id);
    type(editor.field(QStringLiteral("prior/fund_income")), QStringLiteral("100"));
    QCOMPARE(doc->priorYear(QStringLiteral("fund_income")), wan("100"));
    type(editor.field(QStringLiteral("fact/vehicles_purchased")), QStringLiteral("1"));
    QCOMPARE(doc->factCount(QStringLiteral("vehicles_purchased")), 1);
    type(editor.field(QStringLiteral("fact/operating_expense_prior")), QStringLiteral("2.5"));
    QCOMPARE(doc->factAmount(QStringLiteral("operating_expense_prior")), wan("2.5"));
    type(editor.field(QStringLiteral("fact/abroad_people")), QStringLiteral("-1"));
    QVERIFY2(editor.lastError().contains(QStringLiteral("cannot be negative")), qPrintable(editor.lastError()));
    QVERIFY(!doc->hasFact(QStringLiteral("abroad_people")));
}

QTEST_MAIN(TestFiguresEditor)
#include "tst_figureseditor.moc"
