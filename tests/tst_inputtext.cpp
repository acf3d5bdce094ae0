// InputText: what the program echoes from its input can neither drive a terminal nor forge
// TSV rows, and a long value is cut.
#include "inputtext.h"

#include <QTest>

using namespace Juesuan;

class TestInputText : public QObject
{
    Q_OBJECT
private slots:
    void forMessage_data();
    void forMessage();
    void forMessageCutsLongText();
    void tsvField_data();
    void tsvField();
    void fileName_data();
    void fileName();
};

void TestInputText::forMessage_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("武汉市江汉区") << QStringLiteral("武汉市江汉区");
    QTest::newRow("ANSI colour") << QStringLiteral("\x1b[31mred") << QStringLiteral("\\u001B[31mred");
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << QStringLiteral("a\\u000D\\u000Ab");
    QTest::newRow("DEL and C1") << QString(QChar(0x7F)) + QChar(0x9B) << QStringLiteral("\\u007F\\u009B");
    QTest::newRow("bidi override") << QString(QChar(0x202E)) + QStringLiteral("txt") << QStringLiteral("\\u202Etxt");
    QTest::newRow("line separator") << QString(QChar(0x2028)) << QStringLiteral("\\u2028");
}

void TestInputText::forMessage()
{
    QFETCH(QString, input);
    QFETCH(QString, shown);
    QCOMPARE(InputText::forMessage(input), shown);
}

void TestInputText::forMessageCutsLongText()
{
    const QString huge(50 * 1000 * 1000, QLatin1Char('x'));
    const QString shown = InputText::forMessage(huge);
    QVERIFY2(shown.size() < 120, qPrintable(shown));
    QVERIFY(shown.startsWith(QString(80, QLatin1Char('x'))));
    QVERIFY(shown.contains(QStringLiteral("50000000")));
    // A cut never splits a character made of two UTF-16 units.
    const QString emoji = QString(79, QLatin1Char('a')) + QString::fromUcs4(U"😀😀");
    QVERIFY(!InputText::forMessage(emoji).contains(QChar(QChar::highSurrogate(0x1F600))));
}

void TestInputText::tsvField_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("一般公共服务支出") << QStringLiteral("一般公共服务支出");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("newline") << QStringLiteral("a\nfake\t1") << QStringLiteral("a\\nfake\\t1");
    QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("a\\rb");
    QTest::newRow("backslash") << QStringLiteral("a\\tb") << QStringLiteral("a\\\\tb");
    QTest::newRow("escape") << QStringLiteral("\x1b[2J") << QStringLiteral("\\u001B[2J");
}

void TestInputText::tsvField()
{
    QFETCH(QString, input);
    QFETCH(QString, field);
    QCOMPARE(InputText::tsvField(input), field);
}

void TestInputText::fileName_data()
{
    QTest::addColumn<QByteArray>("native");
    QTest::addColumn<QString>("shown");
    QTest::newRow("UTF-8") << QByteArray("/tmp/报告.juesuan") << QStringLiteral("/tmp/报告.juesuan");
    QTest::newRow("Latin-1 bytes") << QByteArray("\xff\xfe.juesuan") << QStringLiteral("\\xFF\\xFE.juesuan");
    QTest::newRow("mixed") << QByteArray("报\xe5.j") << QStringLiteral("报\\xE5.j");
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("escape") << QByteArray("a\x1b[0m") << QStringLiteral("a\\u001B[0m");
}

void TestInputText::fileName()
{
    QFETCH(QByteArray, native);
    QFETCH(QString, shown);
    QCOMPARE(InputText::fileName(native), shown);
}

QTEST_GUILESS_MAIN(TestInputText)
#include "tst_inputtext.moc"
