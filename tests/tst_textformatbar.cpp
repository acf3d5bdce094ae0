// Formatting a text part: bold and numbering act on the editor's text, land in the
// document as markup and undo as one step each.
#include "document.h"
#include "documentio.h"
#include "textformatbar.h"
#include "textparteditor.h"
#include "testsupport.h"

#include <QAction>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace Juesuan;
using namespace TestSupport;

class TestTextFormatBar : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void boldSelection();
    void numberParagraphs();

private:
    // TextPartEditor::document() is the report; the editor's own text is QPlainTextEdit's.
    QTextDocument *textDocument() const { return static_cast<QPlainTextEdit *>(m_editor)->document(); }
    std::unique_ptr<Document> m_doc;
    TextPartEditor *m_editor = nullptr;
    TextFormatBar *m_bar = nullptr;
    QWidget *m_window = nullptr;
};

void TestTextFormatBar::init()
{
    QString error;
    m_doc = DocumentIO::load(samplePath(), &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_window = new QWidget;
    m_editor = new TextPartEditor(m_doc.get(), QStringLiteral("keyWork"), m_window);
    m_bar = new TextFormatBar(m_editor, m_window);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTextFormatBar::cleanup()
{
    delete m_window;
    m_doc.reset();
}

void TestTextFormatBar::boldSelection()
{
    const QString before = m_doc->text(QStringLiteral("keyWork"));
    QTextCursor c = m_editor->textCursor();
    const QTextBlock second = textDocument()->findBlockByNumber(1);
    c.setPosition(second.position() + 2);
    c.setPosition(second.position() + 6, QTextCursor::KeepAnchor); // 受理督办
    m_editor->setTextCursor(c);
    m_bar->boldAction()->trigger();
    QVERIFY(m_doc->text(QStringLiteral("keyWork")).contains(QStringLiteral("中心**受理督办**科")));
    QCOMPARE(m_editor->textCursor().selectedText(), QStringLiteral("受理督办"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Again: not bold any more.
    m_bar->boldAction()->trigger();
    QCOMPARE(m_doc->text(QStringLiteral("keyWork")), before);
    // Bolding is an edit of the text like typing: undo takes it back.
    m_bar->boldAction()->trigger();
    QVERIFY(m_doc->text(QStringLiteral("keyWork")).contains(QStringLiteral("中心**受理督办**科")));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->text(QStringLiteral("keyWork")), before);
    // The shortcut works where the text is typed.
    m_editor->setFocus();
    c = m_editor->textCursor();
    c.setPosition(second.position());
    c.setPosition(second.position() + 2, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
    QTest::keyClick(m_editor, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_doc->text(QStringLiteral("keyWork")).contains(QStringLiteral("\n**中心**受理督办科")));
}

void TestTextFormatBar::numberParagraphs()
{
    // The six lines of 重点工作: three headings and three paragraphs; number the first two lines.
    QTextCursor c = m_editor->textCursor();
    c.setPosition(0);
    c.setPosition(textDocument()->findBlockByNumber(2).position(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
    m_bar->chineseAction()->trigger();
    QStringList lines = m_doc->text(QStringLiteral("keyWork")).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("(一)网格化案件办理"));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("(二)中心受理督办科")));
    QCOMPARE(lines.at(2), QStringLiteral("二、数字政府建设"));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    c = m_editor->textCursor();
    c.setPosition(0);
    m_editor->setTextCursor(c);
    m_bar->arabicAction()->trigger(); // the current line alone
    lines = m_doc->text(QStringLiteral("keyWork")).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("1、网格化案件办理"));
    m_bar->unnumberAction()->trigger();
    QCOMPARE(m_doc->text(QStringLiteral("keyWork")).split(QLatin1Char('\n')).at(0), QStringLiteral("网格化案件办理"));
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(m_doc->text(QStringLiteral("keyWork")).split(QLatin1Char('\n')).at(0), QStringLiteral("一、网格化案件办理"));
}

QTEST_MAIN(TestTextFormatBar)
#include "tst_textformatbar.moc"
