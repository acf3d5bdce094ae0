// The 名词解释 offered from the catalogue: one numbered line per 项 the report uses, with
// the catalogue's description; inserting is one undo step and never duplicates a line.
#include "document.h"
#include "documentio.h"
#include "subjectglossary.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

namespace {


// The reference mixes ASCII and full-width punctuation; compare the words.
QString normalized(QString s)
{
    s.replace(QLatin1Char(','), QStringLiteral("，"));
    s.replace(QLatin1Char('('), QStringLiteral("（"));
    s.replace(QLatin1Char(')'), QStringLiteral("）"));
    return s;
}

} // namespace

class TestSubjectGlossary : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void linesOfTheSample();
    void descriptionsAreTheReferences();
    void insertIsOneStepWithoutDuplicates();
    void subjectWithoutDescription();

private:
    std::unique_ptr<Document> m_doc;
};

void TestSubjectGlossary::init()
{
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestSubjectGlossary::linesOfTheSample()
{
    QCOMPARE(SubjectGlossary::itemCodes(*m_doc),
             (QStringList{QStringLiteral("2010350"), QStringLiteral("2010399"), QStringLiteral("2060404"),
                          QStringLiteral("2080505"), QStringLiteral("2100410"), QStringLiteral("2101102"),
                          QStringLiteral("2101103"), QStringLiteral("2210201"), QStringLiteral("2210202")}));
    const QStringList lines = SubjectGlossary::lines(*m_doc);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(lines.first(), QStringLiteral("1. 一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)事业运行(项)，"
                                           "反映事业单位的基本支出，不包括行政单位（包括实行公务员管理的事业单位）"
                                           "后勤服务中心、医务室等附属事业单位。"));
    QCOMPARE(lines.last(), QStringLiteral("9. 住房保障支出(类)住房改革支出(款)提租补贴(项)，"
                                          "反映按房改政策规定的标准，行政事业单位向职工（含离退休人员）发放的租金补贴。"));
}

// The sample's 名词解释 reproduces the reference's (十) list: every description offered
// must be the one the report printed for that 项.
void TestSubjectGlossary::descriptionsAreTheReferences()
{
    const QString glossary = normalized(m_doc->text(QStringLiteral("glossary")));
    const QStringList lines = SubjectGlossary::lines(*m_doc);
    for (const QString &line : lines) {
        const QString description = line.mid(line.indexOf(QStringLiteral("(项)，")) + 4);
        QVERIFY2(description.size() > 10, qPrintable(line));
        QVERIFY2(glossary.contains(normalized(description)), qPrintable(description));
    }
}

void TestSubjectGlossary::insertIsOneStepWithoutDuplicates()
{
    QUndoStack *stack = m_doc->undoStack();
    const QString before = m_doc->text(QStringLiteral("glossary"));
    // Typing just before must stay a step of its own.
    m_doc->setText(QStringLiteral("glossary"), before + QStringLiteral("\n(十九)"));
    QCOMPARE(stack->count(), 1);
    QSignalSpy spy(m_doc.get(), &Document::textChanged);
    // The sample's glossary already has 提租补贴 word for word as the catalogue names it.
    QVERIFY(before.contains(SubjectGlossary::subjectPath(*m_doc, QStringLiteral("2210202"))));
    QCOMPARE(SubjectGlossary::insertInto(m_doc.get()), 8);
    QCOMPARE(stack->count(), 2);
    QCOMPARE(spy.count(), 1);
    const QString after = m_doc->text(QStringLiteral("glossary"));
    QVERIFY(after.startsWith(before + QStringLiteral("\n(十九)\n1. 一般公共服务支出(类)")));
    QVERIFY(after.endsWith(QStringLiteral("\n8. 住房保障支出(类)住房改革支出(款)住房公积金(项)，"
                                          "反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。")));
    // Nothing new to offer a second time.
    QCOMPARE(SubjectGlossary::lines(*m_doc, after), QStringList());
    QCOMPARE(SubjectGlossary::insertInto(m_doc.get()), 0);
    QCOMPARE(stack->count(), 2);
    // Typing after it is a step of its own too.
    m_doc->setText(QStringLiteral("glossary"), after + QStringLiteral("x"));
    QCOMPARE(stack->count(), 3);
    stack->undo();
    stack->undo();
    QCOMPARE(m_doc->text(QStringLiteral("glossary")), before + QStringLiteral("\n(十九)"));
    stack->undo();
    QCOMPARE(m_doc->text(QStringLiteral("glossary")), before);

    // Only the 项 not explained yet are offered after a row is added.
    m_doc->setText(QStringLiteral("glossary"), QString());
    QCOMPARE(SubjectGlossary::insertInto(m_doc.get()), 9);
    QString error;
    QVERIFY2(m_doc->addItemRow(QStringLiteral("05"), QStringLiteral("2010301"), &error), qPrintable(error));
    const QStringList more = SubjectGlossary::lines(*m_doc, m_doc->text(QStringLiteral("glossary")));
    QCOMPARE(more.size(), 1);
    QVERIFY2(more.first().startsWith(QStringLiteral("1. 一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)行政运行(项)")),
             qPrintable(more.first()));
}

void TestSubjectGlossary::subjectWithoutDescription()
{
    // 2010301 行政运行 has no description in the 2023 catalogue: the line names the subject only.
    QString error;
    QVERIFY2(m_doc->addItemRow(QStringLiteral("02"), QStringLiteral("2010301"), &error), qPrintable(error));
    const QStringList lines = SubjectGlossary::lines(*m_doc);
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines.first(), QStringLiteral("1. 一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)行政运行(项)"));
}

QTEST_GUILESS_MAIN(TestSubjectGlossary)
#include "tst_subjectglossary.moc"
