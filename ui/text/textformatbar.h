#pragma once

#include <QToolBar>

class QPlainTextEdit;

namespace Juesuan {

class RichTextHighlighter;

// Formatting for a text part edited as plain text with light markup (see RichText): bold
// (Ctrl+B) around the selection, and numbering of the selected paragraphs as 1、2、… or
// (一)(二)…, or none. Edits go through the editor, so they join its undo history.
class TextFormatBar : public QToolBar
{
    Q_OBJECT
public:
    explicit TextFormatBar(QPlainTextEdit *editor, QWidget *parent = nullptr);

    QAction *boldAction() const { return m_bold; }
    QAction *arabicAction() const { return m_arabic; }
    QAction *chineseAction() const { return m_chinese; }
    QAction *unnumberAction() const { return m_unnumber; }

public slots:
    void toggleBold();
    void number(int style); // RichText::Numbering

private:
    QPlainTextEdit *m_editor;
    QAction *m_bold;
    QAction *m_arabic;
    QAction *m_chinese;
    QAction *m_unnumber;
};

} // namespace Juesuan
