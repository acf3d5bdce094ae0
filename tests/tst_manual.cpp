// The user manual: in each language every page is reachable from its index, every link and
// image points at something that exists (down to the #anchor), every outline page has an F1
// section that exists, and F1 in the window opens the manual at the current table's section.
#include "mainwindow.h"
#include "manualbrowser.h"
#include "outlinemodel.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Juesuan;

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// qrc:/manual/zh_CN/x.html → :/manual/zh_CN/x.html
QString resourcePath(const QUrl &url)
{
    return QLatin1Char(':') + url.path();
}

bool hasAnchor(const QString &html, const QString &anchor)
{
    return anchor.isEmpty() || html.contains(QStringLiteral("id=\"") + anchor + QLatin1Char('"'));
}

// Every href and img src in the page, resolved against it.
QList<QUrl> links(const QUrl &page, const QString &html, const QString &attribute)
{
    static const QRegularExpression re(QStringLiteral("\\b(href|src)=\"([^\"]*)\""));
    QList<QUrl> out;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1) == attribute)
            out.append(page.resolved(QUrl(m.captured(2))));
    }
    return out;
}

// Every outline id of the window's outline, depth first.
void collectIds(const QAbstractItemModel *model, const QModelIndex &parent, QStringList *ids)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        ids->append(OutlineModel::idOf(index));
        collectIds(model, index, ids);
    }
}

} // namespace

class TestManual : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPageReachable_data();
    void everyPageReachable();
    void everyF1TargetExists_data();
    void everyF1TargetExists();
    void f1OpensTheTablesSection_data();
    void f1OpensTheTablesSection();

private:
    QTemporaryDir m_tmp;
};

void TestManual::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("JUESUAN_RECOVERY_DIR", QFile::encodeName(m_tmp.filePath(QStringLiteral("recovery"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("juesuan-test"));
}

void TestManual::everyPageReachable_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : ManualBrowser::languages())
        QTest::newRow(qPrintable(l)) << l;
}

void TestManual::everyPageReachable()
{
    QFETCH(QString, language);
    const QString dir = QStringLiteral(":/manual/") + language;
    QSet<QString> pages;
    for (QDirIterator it(dir, {QStringLiteral("*.html")}, QDir::Files); it.hasNext();)
        pages.insert(it.next());
    QVERIFY2(pages.size() >= 11, qPrintable(QString::number(pages.size())));

    // Breadth first from the index, following links that stay in this language.
    QSet<QString> reached;
    QList<QUrl> queue{ManualBrowser::indexUrl(language)};
    while (!queue.isEmpty()) {
        const QUrl url = queue.takeFirst();
        QUrl page = url;
        page.setFragment(QString());
        const QString path = resourcePath(page);
        const QString html = readResource(path);
        QVERIFY2(!html.isEmpty(), qPrintable(url.toString() + QStringLiteral(": no such page")));
        QVERIFY2(hasAnchor(html, url.fragment()), qPrintable(url.toString() + QStringLiteral(": no such anchor")));
        if (reached.contains(path))
            continue;
        reached.insert(path);
        for (const QUrl &img : links(page, html, QStringLiteral("src")))
            QVERIFY2(QFile::exists(resourcePath(img)), qPrintable(path + QStringLiteral(": image missing: ") + img.toString()));
        for (const QUrl &link : links(page, html, QStringLiteral("href"))) {
            if (link.scheme() != QLatin1String("qrc"))
                continue; // a web address, opened outside
            if (link.path().startsWith(dir.mid(1) + QLatin1Char('/')))
                queue.append(link);
            else
                QVERIFY2(QFile::exists(resourcePath(link)), qPrintable(path + QStringLiteral(": broken link ") + link.toString()));
        }
    }
    const QSet<QString> orphans = pages - reached;
    QVERIFY2(orphans.isEmpty(), qPrintable(QStringList(orphans.values()).join(QStringLiteral(", "))));
}

void TestManual::everyF1TargetExists_data()
{
    everyPageReachable_data();
}

// Every entry of the sample's outline (parts, the nine tables, figures, the forms added
// under part 6) leads to a section that exists; only the forms share their part's page.
void TestManual::everyF1TargetExists()
{
    QFETCH(QString, language);
    MainWindow window;
    QVERIFY(window.openSample());
    QStringList ids;
    collectIds(window.outline(), QModelIndex(), &ids);
    QVERIFY(ids.contains(QStringLiteral("table/09")));
    for (const QString &id : ManualBrowser::outlineIdsWithSections())
        QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(": not an outline id")));
    int tables = 0;
    for (const QString &id : ids) {
        const QUrl url = ManualBrowser::sectionFor(id, language);
        QVERIFY2(url != ManualBrowser::indexUrl(language), qPrintable(id + QStringLiteral(": no section")));
        QUrl page = url;
        page.setFragment(QString());
        const QString html = readResource(resourcePath(page));
        QVERIFY2(!html.isEmpty(), qPrintable(id + QStringLiteral(" → ") + url.toString() + QStringLiteral(": no such page")));
        QVERIFY2(hasAnchor(html, url.fragment()),
                 qPrintable(id + QStringLiteral(" → ") + url.toString() + QStringLiteral(": no such anchor")));
        tables += id.startsWith(QLatin1String("table/"));
    }
    QCOMPARE(tables, 9);
}

void TestManual::f1OpensTheTablesSection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("text");
    QTest::newRow("zh_CN 05") << QStringLiteral("zh_CN") << QStringLiteral("table/05")
                              << QStringLiteral("qrc:/manual/zh_CN/tables.html#t05") << QStringLiteral("公开05表");
    QTest::newRow("en part3") << QStringLiteral("en") << QStringLiteral("part3")
                              << QStringLiteral("qrc:/manual/en/explanations.html") << QStringLiteral("reasons");
}

void TestManual::f1OpensTheTablesSection()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    QFETCH(QString, url);
    QFETCH(QString, text);
    qputenv("JUESUAN_LANG", language.toLatin1());
    MainWindow window;
    QVERIFY(window.openSample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(page));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionManual"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QTest::keyClick(&window, Qt::Key_F1);
    QTRY_VERIFY(window.manualBrowser() && window.manualBrowser()->isVisible());
    QCOMPARE(window.manualBrowser()->currentUrl().toString(), url);
    QVERIFY(window.manualBrowser()->browser()->toPlainText().contains(text));
    qunsetenv("JUESUAN_LANG");
}

QTEST_MAIN(TestManual)
#include "tst_manual.moc"
