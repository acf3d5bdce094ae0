#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Juesuan {

class Document;

// The 名词解释 entries for the 功能分类 subjects a report uses: one numbered line per 项 of
// 公开02表, 03表 and 05表, "1. 类名(类)款名(款)项名(项)，description", the description taken
// from the edition's catalogue where it has one. Offered to the accountant, who may edit them.
class SubjectGlossary
{
    Q_DECLARE_TR_FUNCTIONS(Juesuan::SubjectGlossary)
public:
    // The 项 codes the report uses, in code order.
    static QStringList itemCodes(const Document &document);
    // "一般公共服务支出(类)政府办公厅（室）及相关机构事务(款)事业运行(项)"
    static QString subjectPath(const Document &document, const QString &itemCode);
    // The numbered lines for the 项 that `existingText` does not explain yet (numbered from 1).
    static QStringList lines(const Document &document, const QString &existingText = QString());
    // Appends those lines to the document's 名词解释 (text "glossary") as one undo step.
    // Returns how many were added.
    static int insertInto(Document *document);
};

} // namespace Juesuan
