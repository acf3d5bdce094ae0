// The 第三部分 page: it shows the generated explanations, follows a table edit at once, and
// its reason fields edit the document's texts with undo (and follow undo back).
#include "document.h"
#include "documentio.h"
#include "fonts.h"
#include "narrativeview.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <algorithm>

using namespace Juesuan;
using namespace TestSupport;

namespace {
}

class TestNarrativeView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Fonts::applyToApplication(); }
    void showsTheExplanations();
    void followsTableEdits();
    void reasonFieldsEditWithUndo();
    void reasonFieldsFollowNewItems();
    void newFundItemShowsItsReasonField();
    void styleBarChangesTheTextWithUndo();
    void styleBarFollowsUndo();
};

void TestNarrativeView::showsTheExplanations()
{
    auto doc = loadSample();
    NarrativeView view(doc.get());
    const QString text = view.plainText();
    QVERIFY(text.contains(QStringLiteral("第三部分 武汉市江汉区大数据中心2023年度部门决算情况说明")));
    QVERIFY(text.contains(QStringLiteral("一、收入支出决算总体情况说明")));
    QVERIFY(text.contains(QStringLiteral("收、支总计各减少1274.1万元，下降29.2%")));
    QVERIFY(text.contains(QStringLiteral("图1：收、支决算总计变动情况")));
    QVERIFY(text.contains(QStringLiteral("十三、预算绩效情况说明")));
    // One field per reason the explanations quote, filled from the document.
    QVERIFY(view.reasonEdit(QStringLiteral("reason.total")));
    QCOMPARE(view.reasonEdit(QStringLiteral("reason.total"))->text(), QStringLiteral("项目支出较上年减少"));
    QCOMPARE(view.reasonEdit(QStringLiteral("reason.item.2010399"))->text(), QStringLiteral("压减了项目支出"));
    QVERIFY(view.reasonKeys().contains(QStringLiteral("reason.effect.党建工作经费")));
    QVERIFY(!view.reasonEdit(QStringLiteral("reason.nothing")));
}

void TestNarrativeView::followsTableEdits()
{
    QString error;
    auto doc = loadSample();
    NarrativeView view(doc.get());
    QVERIFY(doc->setCell(CellKey::fromString(QStringLiteral("05!2060404@3")),
                         Money::parse(QStringLiteral("413.61")).value, &error));
    QVERIFY(view.plainText().contains(QStringLiteral("科学技术支出（类）413.61万元，占13%")));
    doc->undoStack()->undo();
    QVERIFY(view.plainText().contains(QStringLiteral("科学技术支出（类）313.61万元，占10.2%")));
}

void TestNarrativeView::reasonFieldsEditWithUndo()
{
    auto doc = loadSample();
    NarrativeView view(doc.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QLineEdit *edit = view.reasonEdit(QStringLiteral("reason.total"));
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("cuts")); // QTest types ASCII only
    QCOMPARE(doc->text(QStringLiteral("reason.total")), QStringLiteral("cuts"));
    QVERIFY(view.plainText().contains(QStringLiteral("下降29.2%，主要原因是cuts。")));
    // Typing into one field is one undo step.
    QCOMPARE(doc->undoStack()->count(), 1);
    edit->clearFocus();
    doc->undoStack()->undo();
    QCOMPARE(edit->text(), QStringLiteral("项目支出较上年减少"));
    QVERIFY(view.plainText().contains(QStringLiteral("下降29.2%，主要原因是项目支出较上年减少。")));
}

void TestNarrativeView::reasonFieldsFollowNewItems()
{
    QString error;
    auto doc = loadSample();
    NarrativeView view(doc.get());
    QVERIFY(!view.reasonEdit(QStringLiteral("reason.item.2010301")));
    QVERIFY2(doc->addItemRow(QStringLiteral("05"), QStringLiteral("2010301"), &error), qPrintable(error));
    QVERIFY(doc->setCell(CellKey::fromString(QStringLiteral("05!2010301@2")), Money::parse(QStringLiteral("5")).value, &error));
    QVERIFY(view.reasonEdit(QStringLiteral("reason.item.2010301")));
    QVERIFY(view.plainText().contains(QStringLiteral("行政运行（项）。年初预算为0万元，支出决算为5万元，支出决算数大于年初预算数。")));
}

void TestNarrativeView::newFundItemShowsItsReasonField()
{
    QString error;
    auto doc = loadSample();
    NarrativeView view(doc.get());
    QVERIFY2(doc->addItemRow(QStringLiteral("07"), QStringLiteral("2120801"), &error), qPrintable(error));
    doc->setBudget(QStringLiteral("2120801"), Money::parse(QStringLiteral("10")).value);
    // Budgeted and nothing spent yet: the 项 needs a reason, and its field is there, empty.
    QLineEdit *edit = view.reasonEdit(QStringLiteral("reason.fundItem.2120801"));
    QVERIFY(edit);
    QVERIFY(edit->text().isEmpty());
    QVERIFY(view.plainText().contains(QStringLiteral("征地和拆迁补偿支出（项）。年初预算为10万元，支出决算为0万元，完成年初预算的0%，"
                                                     "支出决算数小于年初预算数。")));
    edit->setText(QStringLiteral("x"));
    emit edit->textEdited(QStringLiteral("x"));
    QVERIFY(view.plainText().contains(QStringLiteral("支出决算数小于年初预算数的主要原因是x。")));
    // Its label says which part and which 项 it is.
    const auto labels = view.findChildren<QLabel *>();
    const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().contains(QStringLiteral("7. Item 2120801"));
    });
    QVERIFY(labelled);
}

void TestNarrativeView::styleBarChangesTheTextWithUndo()
{
    auto doc = loadSample();
    NarrativeView view(doc.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *changes = qobject_cast<QComboBox *>(view.styleControl(QStringLiteral("changeDecimals")));
    QVERIFY(changes);
    QCOMPARE(changes->currentIndex(), 1);
    // By keyboard: the combo box takes focus and Down picks 2 decimals.
    changes->setFocus();
    QTest::keyClick(changes, Qt::Key_Down);
    QCOMPARE(changes->currentIndex(), 2);
    QCOMPARE(doc->narrativeStyle().changeDecimals, 2);
    QVERIFY(view.plainText().contains(QStringLiteral("收、支总计各减少1274.1万元，下降29.21%")));
    QCOMPARE(doc->undoStack()->count(), 1);

    auto *amounts = qobject_cast<QComboBox *>(view.styleControl(QStringLiteral("amounts")));
    QVERIFY(amounts);
    amounts->setCurrentIndex(1);
    QVERIFY(view.plainText().contains(QStringLiteral("收、支总计各减少1274.10万元，下降29.21%")));
    auto *over = qobject_cast<QCheckBox *>(view.styleControl(QStringLiteral("rateOverBudget")));
    QVERIFY(over);
    over->setChecked(true);
    QVERIFY(view.plainText().contains(QStringLiteral("支出决算为313.93万元，完成年初预算的100.4%")));
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(doc->narrativeStyle().isDefault());
    QVERIFY(view.plainText().contains(QStringLiteral("收、支总计各减少1274.1万元，下降29.2%")));
}

void TestNarrativeView::styleBarFollowsUndo()
{
    auto doc = loadSample();
    NarrativeView view(doc.get());
    NarrativeStyle style;
    style.projectOrder = NarrativeStyle::ProjectOrder::ByAmount;
    style.overallRate = true;
    style.formRateDecimals = 2;
    doc->setNarrativeStyle(style);
    QCOMPARE(qobject_cast<QComboBox *>(view.styleControl(QStringLiteral("projectOrder")))->currentIndex(), 1);
    QCOMPARE(qobject_cast<QComboBox *>(view.styleControl(QStringLiteral("formRateDecimals")))->currentIndex(), 2);
    QVERIFY(qobject_cast<QCheckBox *>(view.styleControl(QStringLiteral("overallRate")))->isChecked());
    QVERIFY(view.plainText().contains(QStringLiteral("执行率为94.72%")));
    // Showing the document's style in the controls is not itself a change.
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(qobject_cast<QComboBox *>(view.styleControl(QStringLiteral("projectOrder")))->currentIndex(), 0);
    QVERIFY(!qobject_cast<QCheckBox *>(view.styleControl(QStringLiteral("overallRate")))->isChecked());
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(!view.plainText().contains(QStringLiteral("执行率为")));
}

QTEST_MAIN(TestNarrativeView)
#include "tst_narrativeview.moc"
