#include "textformatbar.h"

#include "richtext.h"
#include "richtexthighlighter.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace Juesuan {

TextFormatBar::TextFormatBar(QPlainTextEdit *editor, QWidget *parent) : QToolBar(parent), m_editor(editor)
{
    setObjectName(QStringLiteral("textFormatBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    new RichTextHighlighter(editor->document());

    m_bold = addAction(tr("Bold"), this, &TextFormatBar::toggleBold);
    m_bold->setObjectName(QStringLiteral("boldAction"));
    m_bold->setShortcut(QKeySequence::Bold);
    m_bold->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QFont f = font();
    f.setBold(true);
    m_bold->setFont(f);
    m_bold->setToolTip(tr("Bold the selection (marked **…** in the text)"));
    editor->addAction(m_bold); // Ctrl+B where the text is typed
    addSeparator();
    m_arabic = addAction(tr("Number 1、2、"), this, [this] { number(int(RichText::Numbering::Arabic)); });
    m_arabic->setObjectName(QStringLiteral("numberArabic"));
    m_chinese = addAction(tr("Number (一)(二)"), this, [this] { number(int(RichText::Numbering::Chinese)); });
    m_chinese->setObjectName(QStringLiteral("numberChinese"));
    m_unnumber = addAction(tr("No numbers"), this, [this] { number(int(RichText::Numbering::None)); });
    m_unnumber->setObjectName(QStringLiteral("numberNone"));
    for (QAction *a : {m_arabic, m_chinese, m_unnumber})
        a->setToolTip(tr("Renumber the selected paragraphs"));
}

void TextFormatBar::toggleBold()
{
    QTextCursor c = m_editor->textCursor();
    const QTextBlock block = m_editor->document()->findBlock(c.selectionStart());
    // Markers pair within a paragraph: bold stops at the end of the first one selected.
    const int base = block.position();
    int start = c.selectionStart() - base;
    int end = qMin(c.selectionEnd() - base, block.length() - 1);
    const QString text = block.text();
    const QString bolded = RichText::toggleBold(text, &start, &end);
    if (bolded == text)
        return;
    c.beginEditBlock();
    c.setPosition(base);
    c.setPosition(base + int(text.size()), QTextCursor::KeepAnchor);
    c.insertText(bolded);
    c.endEditBlock();
    c.setPosition(base + start);
    c.setPosition(base + end, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
}

void TextFormatBar::number(int style)
{
    QTextCursor c = m_editor->textCursor();
    QTextDocument *doc = m_editor->document();
    const QTextBlock first = doc->findBlock(c.selectionStart());
    QTextBlock last = doc->findBlock(c.selectionEnd());
    // A selection that ends at the start of a line does not take that line.
    if (c.hasSelection() && last != first && c.selectionEnd() == last.position())
        last = last.previous();
    QStringList lines;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        lines << b.text();
        if (b == last)
            break;
    }
    const QString replaced = RichText::numbered(lines, RichText::Numbering(style)).join(QLatin1Char('\n'));
    if (replaced == lines.join(QLatin1Char('\n')))
        return;
    c.beginEditBlock();
    c.setPosition(first.position());
    c.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    c.insertText(replaced);
    c.endEditBlock();
    c.setPosition(first.position());
    c.setPosition(first.position() + int(replaced.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(c);
}

} // namespace Juesuan
