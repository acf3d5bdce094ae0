#pragma once

#include <QSyntaxHighlighter>

namespace Juesuan {

// Shows a text part's markup as it prints: "**…**" bold with the markers faded, and
// heading lines ("一、网格化案件办理") bold, while the text itself stays plain.
class RichTextHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit RichTextHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Juesuan
