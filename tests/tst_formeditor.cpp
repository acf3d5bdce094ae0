// The self-evaluation form editor and the 重点工作 table editor on the sample: 执行率 follows
// A and B as they are typed, bad amounts are refused with a reason, every change is one
// undo step, the indicator tree merges its 一级/二级 cells, forms and rows are added,
// removed and reordered.
#include "document.h"
#include "documentio.h"
#include "evaluationformeditor.h"
#include "evaluationforms.h"
#include "evaluationformspage.h"
#include "fittedtableview.h"
#include "indicatormodel.h"
#include "keyworkeditor.h"
#include "keyworkmodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {


template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

// Types text of any script, one key event per character (QTest::keyClicks takes ASCII only).
void typeText(QWidget *w, const QString &text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(w, &press);
        QCoreApplication::sendEvent(w, &release);
    }
}

// Replaces a line edit's text the way a user does, then presses Enter.
void typeInto(QLineEdit *edit, const QString &text, bool enter = true)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
    if (enter)
        QTest::keyClick(edit, Qt::Key_Return);
}

int formNamed(const Document &doc, const QString &name)
{
    for (int i = 0; i < doc.evaluations().size(); ++i)
        if (doc.evaluations().at(i).name == name)
            return i;
    return -1;
}

} // namespace

class TestFormEditor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheForm();
    void rateFollowsAAndB();
    void budgetZeroShowsNoRate();
    void badAmountRefused();
    void checkboxes();
    void typingIsOneStep();
    void nameCannotBeEmpty();
    void indicatorModel();
    void indicatorSpansAndButtons();
    void addRemoveMoveForms();
    void overallForm();
    void keyWorkEditor();
    void mainWindowPages();

private:
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<EvaluationFormsPage> m_page;
    QUndoStack *m_stack = nullptr;
};

void TestFormEditor::init()
{
    m_doc = loadSample();
    QVERIFY(m_doc);
    m_stack = m_doc->undoStack();
    m_page = std::make_unique<EvaluationFormsPage>(m_doc.get());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFormEditor::cleanup()
{
    m_page.reset();
    m_doc.reset();
}

void TestFormEditor::showsTheForm()
{
    auto *list = child<QListWidget>(m_page.get(), "formList");
    QVERIFY(list);
    QCOMPARE(list->count(), 9);
    QCOMPARE(m_page->currentForm(), 0);
    m_page->setCurrentForm(1);
    EvaluationFormEditor *editor = m_page->editor();
    QCOMPARE(child<QLineEdit>(editor, "name")->text(), QStringLiteral("“智慧江汉”综合指挥中心"));
    QCOMPARE(child<QLineEdit>(editor, "implementer")->text(), QStringLiteral("网络工程科"));
    QCOMPARE(child<QLineEdit>(editor, "budget")->text(), QStringLiteral("44.71"));
    QCOMPARE(child<QLineEdit>(editor, "executed")->text(), QStringLiteral("22.74"));
    QCOMPARE(child<QLineEdit>(editor, "source0Amount")->text(), QStringLiteral("44.71"));
    QCOMPARE(child<QLabel>(editor, "rate")->text(), QStringLiteral("51%"));
    QVERIFY(child<QCheckBox>(editor, "source0")->isChecked());
    QVERIFY(!child<QCheckBox>(editor, "source1")->isChecked());
    QVERIFY(child<QCheckBox>(editor, QByteArray("type" + QByteArray::number(int(EvaluationForm::ProjectType::OneOff))).constData())->isChecked());
    QCOMPARE(child<QPlainTextEdit>(editor, "deviation")->toPlainText(),
             QStringLiteral("项目未完成审计，无法出具结算报告，导致部分尾款无法支付。"));
    QCOMPARE(child<FittedTableView>(editor, "indicatorView")->model()->rowCount(), 10);
    QCOMPARE(m_stack->count(), 0); // showing changes nothing

    const int supervisors = formNamed(*m_doc, QStringLiteral("监督员政府购岗费"));
    m_page->setCurrentForm(supervisors);
    QCOMPARE(child<QLabel>(editor, "rate")->text(), QStringLiteral("96%"));
    QCOMPARE(child<QLineEdit>(editor, "budget")->text(), QStringLiteral("1,129.80"));
}

void TestFormEditor::rateFollowsAAndB()
{
    m_page->setCurrentForm(1);
    EvaluationFormEditor *editor = m_page->editor();
    auto *executed = child<QLineEdit>(editor, "executed");
    auto *budget = child<QLineEdit>(editor, "budget");
    auto *rate = child<QLabel>(editor, "rate");
    QCOMPARE(rate->text(), QStringLiteral("51%"));

    // Live while typing, before the amount is committed.
    typeInto(executed, QStringLiteral("44.71"), false);
    QCOMPARE(rate->text(), QStringLiteral("100%"));
    QCOMPARE(m_stack->count(), 0);
    QTest::keyClick(executed, Qt::Key_Return);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_doc->evaluations().at(1).executed, Money::parse(QStringLiteral("44.71")).value);
    QCOMPARE(rate->text(), QStringLiteral("100%"));

    typeInto(budget, QStringLiteral("89.42"));
    QCOMPARE(m_stack->count(), 2);
    QCOMPARE(rate->text(), QStringLiteral("50%"));

    m_stack->undo();
    QCOMPARE(budget->text(), QStringLiteral("44.71"));
    QCOMPARE(rate->text(), QStringLiteral("100%"));
    m_stack->undo();
    QCOMPARE(executed->text(), QStringLiteral("22.74"));
    QCOMPARE(rate->text(), QStringLiteral("51%"));
    m_stack->redo();
    QCOMPARE(rate->text(), QStringLiteral("100%"));

    // A change made elsewhere (another view, a script) shows too.
    QList<EvaluationForm> forms = m_doc->evaluations();
    forms[1].executed = Money::parse(QStringLiteral("4.471")).value;
    m_doc->setEvaluations(forms, QStringLiteral("script"));
    QCOMPARE(rate->text(), QStringLiteral("10%"));
    QCOMPARE(executed->text(), QStringLiteral("4.47"));
    // Leaving the field unchanged does not round the exact 4.471 to the 4.47 shown.
    executed->setFocus();
    QTest::keyClick(executed, Qt::Key_Return);
    QCOMPARE(m_doc->evaluations().at(1).executed, Money::parse(QStringLiteral("4.471")).value);
}

void TestFormEditor::budgetZeroShowsNoRate()
{
    m_page->setCurrentForm(1);
    EvaluationFormEditor *editor = m_page->editor();
    auto *rate = child<QLabel>(editor, "rate");
    typeInto(child<QLineEdit>(editor, "budget"), QStringLiteral("0"));
    QCOMPARE(m_doc->evaluations().at(1).budget, Money::fromFen(0));
    QCOMPARE(rate->text(), QString());
    typeInto(child<QLineEdit>(editor, "budget"), QString());
    QVERIFY(m_doc->evaluations().at(1).budget.isBlank());
    QCOMPARE(rate->text(), QString());
    QVERIFY(editor->message().isEmpty());
    typeInto(child<QLineEdit>(editor, "budget"), QStringLiteral("22.74"));
    QCOMPARE(rate->text(), QStringLiteral("100%"));
}

void TestFormEditor::badAmountRefused()
{
    m_page->setCurrentForm(1);
    EvaluationFormEditor *editor = m_page->editor();
    QSignalSpy messages(editor, &EvaluationFormEditor::messageChanged);
    auto *budget = child<QLineEdit>(editor, "budget");
    typeInto(budget, QStringLiteral("4x.71"));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_doc->evaluations().at(1).budget, Money::parse(QStringLiteral("44.71")).value);
    QCOMPARE(budget->text(), QStringLiteral("44.71"));
    QVERIFY(editor->message().contains(QStringLiteral("4x.71")));
    QCOMPARE(messages.count(), 1);
    QCOMPARE(child<QLabel>(editor, "rate")->text(), QStringLiteral("51%"));
    // A good entry clears the message.
    typeInto(budget, QStringLiteral("45"));
    QVERIFY(editor->message().isEmpty());
    QCOMPARE(m_stack->count(), 1);
}

void TestFormEditor::checkboxes()
{
    m_page->setCurrentForm(1);
    EvaluationFormEditor *editor = m_page->editor();
    const auto typeBox = [&](EvaluationForm::ProjectType t) {
        return child<QCheckBox>(editor, QByteArray("type" + QByteArray::number(int(t))).constData());
    };
    typeBox(EvaluationForm::ProjectType::Recurring)->click();
    QCOMPARE(m_doc->evaluations().at(1).projectType, EvaluationForm::ProjectType::Recurring);
    QVERIFY(typeBox(EvaluationForm::ProjectType::Recurring)->isChecked());
    QVERIFY(!typeBox(EvaluationForm::ProjectType::OneOff)->isChecked()); // one type at most
    QCOMPARE(m_stack->count(), 1);
    typeBox(EvaluationForm::ProjectType::Recurring)->click();
    QCOMPARE(m_doc->evaluations().at(1).projectType, EvaluationForm::ProjectType::None);

    child<QCheckBox>(editor, "source2")->click();
    QVERIFY(m_doc->evaluations().at(1).sources[2].checked);
    typeInto(child<QLineEdit>(editor, "source2Amount"), QStringLiteral("1.5"));
    QCOMPARE(m_doc->evaluations().at(1).sources[2].amount, Money::parse(QStringLiteral("1.5")).value);
    QCOMPARE(m_stack->count(), 4);
    m_stack->undo();
    m_stack->undo();
    QVERIFY(!child<QCheckBox>(editor, "source2")->isChecked());
    m_stack->undo();
    QVERIFY(typeBox(EvaluationForm::ProjectType::Recurring)->isChecked());
}

void TestFormEditor::typingIsOneStep()
{
    m_page->setCurrentForm(2);
    EvaluationFormEditor *editor = m_page->editor();
    auto *deviation = child<QPlainTextEdit>(editor, "deviation");
    deviation->setFocus();
    typeText(deviation, QStringLiteral("资金已按进度支付"));
    QCOMPARE(m_doc->evaluations().at(2).deviation, QStringLiteral("资金已按进度支付"));
    QCOMPARE(m_stack->count(), 1);
    auto *implementer = child<QLineEdit>(editor, "implementer");
    implementer->setFocus();
    implementer->end(false);
    typeText(implementer, QStringLiteral("一组"));
    QCOMPARE(m_doc->evaluations().at(2).implementer, QStringLiteral("综合科一组"));
    QCOMPARE(m_stack->count(), 2);
    // Ctrl+Z in a field undoes the document's last step, not the field's own history.
    QTest::keyClick(implementer, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(implementer->text(), QStringLiteral("综合科"));
    QCOMPARE(m_stack->index(), 1);
    deviation->setFocus();
    QTest::keyClick(deviation, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(deviation->toPlainText(), QString());
    QCOMPARE(m_stack->index(), 0);
    QTest::keyClick(deviation, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(deviation->toPlainText(), QStringLiteral("资金已按进度支付"));
}

void TestFormEditor::nameCannotBeEmpty()
{
    m_page->setCurrentForm(3);
    EvaluationFormEditor *editor = m_page->editor();
    auto *name = child<QLineEdit>(editor, "name");
    const QString before = name->text();
    typeInto(name, QString(), false);
    QVERIFY(!editor->message().isEmpty());
    QCOMPARE(m_doc->evaluations().at(3).name, before);
    QCOMPARE(m_stack->count(), 0);
    QTest::keyClick(name, Qt::Key_Return);
    QVERIFY(!name->text().isEmpty());
    QCOMPARE(name->text(), m_doc->evaluations().at(3).name);
    // The saved document stays loadable.
    QString error;
    QVERIFY2(DocumentIO::fromJson(DocumentIO::toJson(*m_doc), QStringLiteral("x"), &error), qPrintable(error));
}

void TestFormEditor::indicatorModel()
{
    IndicatorModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const int centre = formNamed(*m_doc, QStringLiteral("中心运行维护费"));
    model.setFormIndex(centre);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), 5);
    QCOMPARE(model.headerData(IndicatorModel::Target, Qt::Horizontal).toString(), QStringLiteral("年初目标值(A)"));
    QCOMPARE(model.index(5, IndicatorModel::Level3).data().toString(), QStringLiteral("区数字城管平台年运维检测次数"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(5, IndicatorModel::Actual), QStringLiteral("50次")));
    QCOMPARE(m_doc->evaluations().at(centre).indicators.at(5).actual, QStringLiteral("50次"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_stack->count(), 1);
    // The merged 二级 cell names all five 数量指标 rows.
    QVERIFY(model.setData(model.index(1, IndicatorModel::Level2), QStringLiteral("数量")));
    for (int r = 1; r <= 5; ++r)
        QCOMPARE(model.index(r, IndicatorModel::Level2).data().toString(), QStringLiteral("数量"));
    QCOMPARE(model.index(6, IndicatorModel::Level2).data().toString(), QStringLiteral("质量指标"));
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_doc->evaluations().at(centre).indicators.at(5).actual, QStringLiteral("48次"));

    // Rows added or removed elsewhere reset the model; a removed form empties it.
    QList<EvaluationForm> forms = m_doc->evaluations();
    forms[centre].indicators.removeLast();
    m_doc->setEvaluations(forms, QStringLiteral("x"));
    QCOMPARE(model.rowCount(), 11);
    forms.removeAt(centre);
    m_doc->setEvaluations(forms, QStringLiteral("x"));
    QCOMPARE(model.rowCount(), forms.at(centre).indicators.size());
}

void TestFormEditor::indicatorSpansAndButtons()
{
    const int centre = formNamed(*m_doc, QStringLiteral("中心运行维护费"));
    m_page->setCurrentForm(centre);
    EvaluationFormEditor *editor = m_page->editor();
    auto *view = child<FittedTableView>(editor, "indicatorView");
    QCOMPARE(view->rowSpan(1, IndicatorModel::Level1), 9);  // 产出指标
    QCOMPARE(view->rowSpan(1, IndicatorModel::Level2), 5);  // 数量指标
    QCOMPARE(view->rowSpan(6, IndicatorModel::Level2), 2);  // 质量指标
    QCOMPARE(view->rowSpan(0, IndicatorModel::Level1), 1);
    QCOMPARE(view->rowSpan(3, IndicatorModel::Level3), 1);

    auto *add = child<QPushButton>(editor, "addIndicator");
    auto *remove = child<QPushButton>(editor, "removeIndicator");
    auto *up = child<QPushButton>(editor, "indicatorUp");
    auto *addLevel1 = child<QPushButton>(editor, "addLevel1");
    view->setCurrentIndex(view->model()->index(2, IndicatorModel::Level3));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 13);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(view->currentIndex().row(), 3);
    QCOMPARE(view->rowSpan(1, IndicatorModel::Level2), 6); // the new row joined 数量指标
    QCOMPARE(view->rowSpan(1, IndicatorModel::Level1), 10);
    // The view grows with its rows: no scroll bar of its own.
    QTRY_COMPARE(view->height(), view->sizeHint().height());

    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(m_doc->evaluations().at(centre).indicators.at(2).level3, QString());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 12);
    QCOMPARE(m_stack->count(), 3);

    view->setCurrentIndex(view->model()->index(11, IndicatorModel::Level3));
    QTest::mouseClick(addLevel1, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 13);
    QCOMPARE(m_doc->evaluations().at(centre).indicators.at(12).level1, QString());

    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(view->model()->rowCount(), 12);
    QCOMPARE(view->rowSpan(1, IndicatorModel::Level2), 5);
}

void TestFormEditor::addRemoveMoveForms()
{
    auto *list = child<QListWidget>(m_page.get(), "formList");
    auto *addProject = child<QPushButton>(m_page.get(), "addProject");
    auto *addOverall = child<QPushButton>(m_page.get(), "addOverall");
    auto *remove = child<QPushButton>(m_page.get(), "removeForm");
    auto *up = child<QPushButton>(m_page.get(), "formUp");
    auto *down = child<QPushButton>(m_page.get(), "formDown");
    QVERIFY(!addOverall->isEnabled()); // the sample has its overall form
    m_page->setCurrentForm(0);
    QVERIFY(!up->isEnabled());
    QVERIFY(!down->isEnabled()); // the overall form stays first

    m_page->setCurrentForm(8);
    QTest::mouseClick(addProject, Qt::LeftButton);
    QCOMPARE(m_doc->evaluations().size(), 10);
    QCOMPARE(list->count(), 10);
    QCOMPARE(m_page->currentForm(), 9);
    QCOMPARE(m_page->editor()->formIndex(), 9);
    QCOMPARE(child<QLineEdit>(m_page->editor(), "department")->text(), QStringLiteral("江汉区大数据中心"));
    QCOMPARE(child<QLabel>(m_page->editor(), "rate")->text(), QString()); // no budget yet
    typeInto(child<QLineEdit>(m_page->editor(), "name"), QStringLiteral("网络安全等级保护测评"));
    QVERIFY(list->item(9)->text().contains(QStringLiteral("网络安全等级保护测评")));

    QTest::mouseClick(up, Qt::LeftButton);
    QCOMPARE(m_doc->evaluations().at(8).name, QStringLiteral("网络安全等级保护测评"));
    QCOMPARE(m_page->currentForm(), 8);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_doc->evaluations().size(), 9);
    QCOMPARE(m_doc->evaluations().at(8).name, QStringLiteral("2023年江汉区政务信息化咨询服务"));

    // Removing the overall form lets a new one be added, in front.
    m_page->setCurrentForm(0);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(EvaluationForms::overallIndex(m_doc->evaluations()), -1);
    QVERIFY(addOverall->isEnabled());
    QCOMPARE(child<QLineEdit>(m_page->editor(), "implementer")->text(), QStringLiteral("网络工程科"));
    QTest::mouseClick(addOverall, Qt::LeftButton);
    QCOMPARE(EvaluationForms::overallIndex(m_doc->evaluations()), 0);
    QCOMPARE(m_page->currentForm(), 0);
    QVERIFY(child<QLineEdit>(m_page->editor(), "basicTotal"));

    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(list->count(), 9);
    QVERIFY(!m_doc->isModified());
    QCOMPARE(EvaluationForms::toText(m_doc->evaluations()), EvaluationForms::toText(loadSample()->evaluations()));
}

void TestFormEditor::overallForm()
{
    m_page->setCurrentForm(0);
    EvaluationFormEditor *editor = m_page->editor();
    QCOMPARE(child<QLineEdit>(editor, "basicTotal")->text(), QStringLiteral("417.23"));
    QCOMPARE(child<QLineEdit>(editor, "projectTotal")->text(), QStringLiteral("2,670.56"));
    QCOMPARE(child<QLineEdit>(editor, "budget")->text(), QStringLiteral("3,259.88"));
    QCOMPARE(child<QLabel>(editor, "rate")->text(), QStringLiteral("95%"));
    QVERIFY(child<QPlainTextEdit>(editor, "goal")->toPlainText().startsWith(QStringLiteral("做好网络管理与维护")));
    QVERIFY(!editor->findChild<QCheckBox *>()); // no 项目类型 or 预算来源 on the overall form
    QCOMPARE(child<FittedTableView>(editor, "indicatorView")->rowSpan(0, IndicatorModel::Level1), 6);
    typeInto(child<QLineEdit>(editor, "basicTotal"), QStringLiteral("417.24"));
    QCOMPARE(m_doc->evaluations().at(0).basicTotal, Money::parse(QStringLiteral("417.24")).value);
    // Switching to a project form rebuilds the layout with its checkboxes.
    m_page->setCurrentForm(1);
    QVERIFY(editor->findChild<QCheckBox *>());
    QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("basicTotal")));
}

void TestFormEditor::keyWorkEditor()
{
    KeyWorkEditor editor(m_doc.get());
    editor.resize(1000, 500);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    KeyWorkModel *model = editor.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<KeyWorkItem> original = m_doc->keyWork();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->headerData(KeyWorkModel::Content, Qt::Horizontal).toString(), QStringLiteral("工作内容及目标"));
    QCOMPARE(model->index(2, KeyWorkModel::Number).data().toInt(), 3);
    QCOMPARE(model->index(1, KeyWorkModel::Item).data().toString(), QStringLiteral("数字政府建设"));
    QVERIFY(!(model->flags(model->index(0, KeyWorkModel::Number)) & Qt::ItemIsEditable));
    QVERIFY(!model->setData(model->index(0, KeyWorkModel::Number), 7));

    editor.view()->setCurrentIndex(model->index(0, KeyWorkModel::Item));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addKeyWork")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(m_doc->keyWork().at(1), KeyWorkItem());
    QCOMPARE(model->index(3, KeyWorkModel::Number).data().toInt(), 4); // 序号 follows the order
    QCOMPARE(editor.view()->currentIndex().row(), 1);
    QVERIFY(model->setData(model->index(1, KeyWorkModel::Item), QStringLiteral("网络安全")));
    QCOMPARE(m_doc->keyWork().at(1).item, QStringLiteral("网络安全"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("keyWorkDown")), Qt::LeftButton);
    QCOMPARE(m_doc->keyWork().at(2).item, QStringLiteral("网络安全"));
    QCOMPARE(model->index(2, KeyWorkModel::Item).data().toString(), QStringLiteral("网络安全"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removeKeyWork")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(m_stack->count(), 4);
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(m_doc->keyWork(), original);
    QCOMPARE(model->index(0, KeyWorkModel::Item).data().toString(), QStringLiteral("网格化案件办理"));
}

// The main window shows these editors for parts 四, 五 and 六.
void TestFormEditor::mainWindowPages()
{
    m_page.reset();
    MainWindow window;
    window.setDocument(std::move(m_doc), samplePath());
    Document *doc = window.document();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.showPage(QStringLiteral("part6")));
    auto *forms = qobject_cast<EvaluationFormsPage *>(window.currentPage());
    QVERIFY(forms);
    QCOMPARE(child<QListWidget>(forms, "formList")->count(), 9);

    QVERIFY(window.showPage(QStringLiteral("part4")));
    QVERIFY(window.currentPage()->findChild<KeyWorkEditor *>());

    QVERIFY(window.showPage(QStringLiteral("part5")));
    auto *insert = child<QPushButton>(window.currentPage(), "insertSubjectExplanations");
    QVERIFY(insert);
    const QString before = doc->text(QStringLiteral("glossary"));
    const int steps = doc->undoStack()->count();
    insert->click();
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(doc->text(QStringLiteral("glossary")).startsWith(before));
    QVERIFY(doc->text(QStringLiteral("glossary")).contains(QStringLiteral("事业运行(项)，反映事业单位的基本支出")));
    doc->undoStack()->undo();
    QCOMPARE(doc->text(QStringLiteral("glossary")), before);
}

QTEST_MAIN(TestFormEditor)
#include "tst_formeditor.moc"
