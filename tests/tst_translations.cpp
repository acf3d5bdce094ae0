// The interface's translations: complete in the .ts sources, and found at run time by a plain
// QTranslator under the context each file's code asks with (no lookup by source text).
#include "figurecatalogue.h"
#include "money.h"
#include "reporttemplate.h"
#include "translators.h"
#include "workbook.h"
#include "workbookreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Juesuan;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void sourcesComplete_data();
    void sourcesComplete();
    void compiledLookups_data();
    void compiledLookups();
    void installedTranslatorServesEveryLayer();
    void unknownLanguageIsRefused();
};

void TestTranslations::cleanup()
{
    // Each case starts untranslated.
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslations::sourcesComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral("juesuan_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral("juesuan_en.ts");
}

void TestTranslations::sourcesComplete()
{
    // Every string of the interface has a finished translation in the .ts the build compiles.
    QFETCH(QString, file);
    QFile f(QStringLiteral(JUESUAN_SOURCE_DIR "/translations/") + file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    int messages = 0;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool plural = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(type.isEmpty() || type == QLatin1String("obsolete") || type == QLatin1String("vanished"),
                     qPrintable(context + QStringLiteral(": ") + source));
            QVERIFY2(plural || !text.isEmpty(), qPrintable(context + QStringLiteral(": ") + source));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 50);
}

void TestTranslations::compiledLookups_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("expected");
    // Messages of files that once asked with one context while lupdate filed them under
    // another (a free tr() helper, a helper class of the .cpp file).
    const struct {
        const char *context, *source, *chinese;
    } cases[] = {
        {"Juesuan::DocumentIO", "line %1, column %2", "第 %1 行第 %2 列"},
        {"Juesuan::DocumentIO", "expected an object, found %1", nullptr},
        {"Juesuan::DocumentController", "Untitled", "未命名"},
        {"Juesuan::MainWindow", "Outline", "目录"},
        {"Juesuan::Money", "a sign inside parentheses", "括号内有正负号"},
        {"Juesuan::WorkbookReader", "no such file", "文件不存在"},
        {"Juesuan::FileWriter", "the disk may be full", "磁盘可能已满"},
        {"Juesuan::CommandLine", "unknown verb “%1” (the verbs are %2)", "未知子命令“%1”（子命令有 %2）"},
        {"Juesuan::AuditRule", "not a prior-year figure (%1)", "不是上年数（%1）"},
    };
    for (const auto &c : cases) {
        if (!c.source)
            continue;
        const QString source = QString::fromUtf8(c.source);
        QTest::addRow("zh_CN %s %s", c.context, c.source)
                << QStringLiteral("zh_CN") << QByteArray(c.context) << QByteArray(c.source)
                << (c.chinese ? QString::fromUtf8(c.chinese) : QString());
        // English is the source language: its translations are the source texts.
        QTest::addRow("en %s %s", c.context, c.source)
                << QStringLiteral("en") << QByteArray(c.context) << QByteArray(c.source) << source;
    }
}

void TestTranslations::compiledLookups()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/juesuan_") + language));
    const QString found = translator.translate(context.constData(), source.constData());
    QVERIFY2(!found.isEmpty(), source.constData());
    if (!expected.isEmpty())
        QCOMPARE(found, expected);
    if (language == QLatin1String("zh_CN"))
        QVERIFY(found != QString::fromUtf8(source));
    // The same text under a context that never asks for it is not found: no lookup by source.
    QVERIFY(translator.translate("Juesuan::NoSuchClass", source.constData()).isEmpty());
}

void TestTranslations::installedTranslatorServesEveryLayer()
{
    // Installed as the program installs it, the messages core builds come out in Chinese.
    QVERIFY(Translators::install(*qApp, QStringLiteral("zh_CN")));
    const Money::ParseResult parsed = Money::parse(QStringLiteral("(-5)"));
    QVERIFY(!parsed.ok);
    QVERIFY2(parsed.error.contains(QStringLiteral("括号内有正负号")), qPrintable(parsed.error));
    Workbook book;
    QString error;
    QVERIFY(!WorkbookReader::read(QStringLiteral(JUESUAN_TEST_DATA "/no-such-workbook.xlsx"), &book, &error));
    QVERIFY2(error.contains(QStringLiteral("文件不存在")), qPrintable(error));

    const auto edition = ReportTemplate::builtin(QStringLiteral("2023"));
    QVERIFY(edition);
    // The edition's figure labels follow the chosen language, whatever the system's locale.
    QCOMPARE(edition->figures().label(QStringLiteral("income_total")), QStringLiteral("收入总计"));

    cleanup();
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China)); // a Chinese system, English chosen
    QVERIFY(Translators::install(*qApp, QStringLiteral("en")));
    QVERIFY(!WorkbookReader::read(QStringLiteral(JUESUAN_TEST_DATA "/no-such-workbook.xlsx"), &book, &error));
    QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
    QCOMPARE(edition->figures().label(QStringLiteral("income_total")), QStringLiteral("Total revenue"));
}

void TestTranslations::unknownLanguageIsRefused()
{
    QVERIFY(!Translators::install(*qApp, QStringLiteral("xx")));
    QVERIFY(qApp->findChildren<QTranslator *>().isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
