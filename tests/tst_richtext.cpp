// The text parts' light markup: paragraphs, **bold** runs, HTML, headings, typed
// numbering, bold toggling, and texts and forms with markup saved and loaded unchanged.
#include "document.h"
#include "documentio.h"
#include "richtext.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Juesuan;

using Run = RichText::Run;

class TestRichText : public QObject
{
    Q_OBJECT
private slots:
    void runs_data();
    void runs();
    void paragraphsAndHtml();
    void headings_data();
    void headings();
    void numbering_data();
    void numbering();
    void chineseNumber();
    void toggleBold_data();
    void toggleBold();
    void roundTripWithMarkup();
};

void TestRichText::runs_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QList<Run>>("expected");
    QTest::newRow("plain") << QStringLiteral("贯彻执行国家法律") << QList<Run>{{QStringLiteral("贯彻执行国家法律"), false}};
    QTest::newRow("bold inside") << QStringLiteral("完成**21万件**案件")
                                 << QList<Run>{{QStringLiteral("完成"), false}, {QStringLiteral("21万件"), true},
                                               {QStringLiteral("案件"), false}};
    QTest::newRow("all bold") << QStringLiteral("**重点**") << QList<Run>{{QStringLiteral("重点"), true}};
    QTest::newRow("unmatched marker is text") << QStringLiteral("a**b") << QList<Run>{{QStringLiteral("a**b"), false}};
    QTest::newRow("two bold") << QStringLiteral("**a**b**c**")
                              << QList<Run>{{QStringLiteral("a"), true}, {QStringLiteral("b"), false}, {QStringLiteral("c"), true}};
    QTest::newRow("empty bold vanishes") << QStringLiteral("a****b") << QList<Run>{{QStringLiteral("ab"), false}};
    QTest::newRow("empty") << QString() << QList<Run>();
}

void TestRichText::runs()
{
    QFETCH(QString, paragraph);
    QFETCH(QList<Run>, expected);
    QCOMPARE(RichText::runs(paragraph), expected);
}

void TestRichText::paragraphsAndHtml()
{
    QCOMPARE(RichText::paragraphs(QStringLiteral("一、概况\n\n  1、职责 \n2、机构")),
             (QStringList{QStringLiteral("一、概况"), QStringLiteral("1、职责"), QStringLiteral("2、机构")}));
    QCOMPARE(RichText::toHtml(QStringLiteral("<b>不是标记</b> & **是** \"引号\"")),
             QStringLiteral("&lt;b&gt;不是标记&lt;/b&gt; &amp; <b>是</b> &quot;引号&quot;"));
    QCOMPARE(RichText::plainText(QStringLiteral("**一、**网格化\n完成**21万件**")), QStringLiteral("一、网格化\n完成21万件"));
}

void TestRichText::headings_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<bool>("heading");
    QTest::newRow("part-4 heading") << QStringLiteral("一、网格化案件办理") << true;
    QTest::newRow("bold heading") << QStringLiteral("**二、数字政府建设**") << true;
    QTest::newRow("sentence") << QStringLiteral("一、贯彻执行国家、省、市有关电子政务工作的法律，法规。") << false;
    QTest::newRow("arabic") << QStringLiteral("1、贯彻执行") << false;
}

void TestRichText::headings()
{
    QFETCH(QString, paragraph);
    QFETCH(bool, heading);
    QCOMPARE(RichText::isHeading(paragraph), heading);
}

void TestRichText::numbering_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("arabic") << QStringLiteral("12、承担上级交办") << QStringLiteral("12、");
    QTest::newRow("dot") << QStringLiteral("1. 一般公共服务") << QStringLiteral("1. ");
    QTest::newRow("chinese") << QStringLiteral("(十一)结余分配") << QStringLiteral("(十一)");
    QTest::newRow("full-width parens") << QStringLiteral("（五） 事业收入") << QStringLiteral("（五） ");
    QTest::newRow("heading numeral") << QStringLiteral("三、监督员") << QStringLiteral("三、");
    QTest::newRow("a year is no number") << QStringLiteral("2023年全年") << QString();
    QTest::newRow("a decimal is no number") << QStringLiteral("3.5万元") << QString();
    QTest::newRow("none") << QStringLiteral("从单位构成看") << QString();
}

void TestRichText::numbering()
{
    QFETCH(QString, paragraph);
    QFETCH(QString, prefix);
    QCOMPARE(RichText::numberPrefix(paragraph), prefix);
    QCOMPARE(RichText::withoutNumber(paragraph), paragraph.mid(prefix.size()));

    const QStringList lines{QStringLiteral("(三)甲"), QString(), QStringLiteral("乙"), QStringLiteral("5、丙")};
    QCOMPARE(RichText::numbered(lines, RichText::Numbering::Arabic),
             (QStringList{QStringLiteral("1、甲"), QString(), QStringLiteral("2、乙"), QStringLiteral("3、丙")}));
    QCOMPARE(RichText::numbered(lines, RichText::Numbering::Chinese),
             (QStringList{QStringLiteral("(一)甲"), QString(), QStringLiteral("(二)乙"), QStringLiteral("(三)丙")}));
    QCOMPARE(RichText::numbered(lines, RichText::Numbering::None),
             (QStringList{QStringLiteral("甲"), QString(), QStringLiteral("乙"), QStringLiteral("丙")}));
}

void TestRichText::chineseNumber()
{
    const auto digit = RichText::Zero::Digit;
    QCOMPARE(RichText::chineseNumber(1, digit), QStringLiteral("一"));
    QCOMPARE(RichText::chineseNumber(10, digit), QStringLiteral("十"));
    QCOMPARE(RichText::chineseNumber(12, digit), QStringLiteral("十二"));
    QCOMPARE(RichText::chineseNumber(18, digit), QStringLiteral("十八"));
    QCOMPARE(RichText::chineseNumber(20, digit), QStringLiteral("二十"));
    QCOMPARE(RichText::chineseNumber(99, digit), QStringLiteral("九十九"));
    QCOMPARE(RichText::chineseNumber(100, digit), QStringLiteral("100"));
    QCOMPARE(RichText::chineseNumber(-3, digit), QStringLiteral("-3"));
    // Zero as each use writes it; the other numbers do not depend on the choice.
    QCOMPARE(RichText::chineseNumber(0, digit), QStringLiteral("0"));
    QCOMPARE(RichText::chineseNumber(0, RichText::Zero::Ling), QStringLiteral("零"));
    QCOMPARE(RichText::chineseNumber(0, RichText::Zero::Circle), QStringLiteral("〇"));
    QCOMPARE(RichText::chineseNumber(37, RichText::Zero::Circle), QStringLiteral("三十七"));
    QCOMPARE(RichText::chineseNumber(40, RichText::Zero::Ling), QStringLiteral("四十"));
}

void TestRichText::toggleBold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("result");
    QTest::addColumn<int>("newStart");
    QTest::addColumn<int>("newEnd");
    QTest::newRow("bold a word") << QStringLiteral("完成21万件") << 2 << 6 << QStringLiteral("完成**21万件**") << 4 << 8;
    QTest::newRow("inside markers") << QStringLiteral("完成**21万件**") << 4 << 8 << QStringLiteral("完成21万件") << 2 << 6;
    QTest::newRow("with markers") << QStringLiteral("完成**21万件**") << 2 << 10 << QStringLiteral("完成21万件") << 2 << 6;
    QTest::newRow("backwards selection") << QStringLiteral("abc") << 3 << 1 << QStringLiteral("a**bc**") << 3 << 5;
    QTest::newRow("nothing selected") << QStringLiteral("abc") << 1 << 1 << QStringLiteral("abc") << 1 << 1;
}

void TestRichText::toggleBold()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, result);
    QFETCH(int, newStart);
    QFETCH(int, newEnd);
    QCOMPARE(RichText::toggleBold(text, &start, &end), result);
    QCOMPARE(start, newStart);
    QCOMPARE(end, newEnd);
}

void TestRichText::roundTripWithMarkup()
{
    QString error;
    auto doc = DocumentIO::load(QStringLiteral(JUESUAN_SOURCE_DIR "/resources/samples/jianghan-bigdata-center-2023.juesuan"), &error);
    QVERIFY2(doc, qPrintable(error));
    const QString duties = QStringLiteral("**一、部门主要职责**\n1、贯彻执行<国家>、省、市有关**电子政务**工作的法律；\n\n2、承担 & 保障");
    doc->setText(QStringLiteral("duties"), duties);
    QList<EvaluationForm> forms = doc->evaluations();
    forms[1].deviation = QStringLiteral("1、项目**未完成审计**；\n2、尾款无法支付。");
    forms[0].improvement = QStringLiteral("(一)**加强**预算执行监控\n(二)结果应用");
    doc->setEvaluations(forms, QStringLiteral("edit"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rich.juesuan"));
    QVERIFY2(DocumentIO::save(*doc, path, &error), qPrintable(error));
    auto loaded = DocumentIO::load(path, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->text(QStringLiteral("duties")), duties);
    QCOMPARE(loaded->evaluations(), forms);
    QCOMPARE(RichText::toHtml(RichText::paragraphs(loaded->evaluations().at(1).deviation).first()),
             QStringLiteral("1、项目<b>未完成审计</b>；"));
}

QTEST_GUILESS_MAIN(TestRichText)
#include "tst_richtext.moc"
