#pragma once

#include "reportgrid.h"
#include "richtext.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Juesuan {

class Document;

// The finished report as a renderer-neutral outline, built once from a document: the cover,
// the 目录 entries, and parts 一 to 六 as a flat list of blocks in the published order —
// numbered headings, paragraphs as rich-text runs, ruled tables with their title lines and
// notes, figures, and where a new page or a page of another orientation starts. The PDF
// page model, the HTML writer and the XLSX writer render this and nothing else, so they
// cannot disagree about what the report says.
class ReportOutline
{
public:
    struct Cover {
        QStringList title; // the lines of the title: "2023年度<部门>", "部门决算公开"
        QString date;      // "2024年9月20日", or empty
    };

    // A heading, a paragraph or a whole table.
    struct Block {
        enum class Kind {
            Heading,   // level 0 a part (第一部分 …), 1 an item (一、…), 2 a sub-heading ((一)…)
            Paragraph, // body text: runs, first line indented
            Table,     // a ruled table with its title lines and notes
            Figure,    // 图N, drawn from the document's chart series
        };
        // Where the block starts: in the flow, on a new page, or on a new page that may
        // take another orientation (a run of pages of its own: 第一部分, each 决算表).
        enum class Break { None, Page, Section };
        enum class TableKind { Sheet, KeyWork, Form };

        Kind kind = Kind::Paragraph;
        Break breakBefore = Break::None;
        int part = 0; // 1–6: the part the block belongs to

        // Heading: `number` is the typed numbering ("第三部分 ", "一、", "（一）"), `text` the rest.
        int level = 0;
        QString number;
        QString text;
        // The 目录 entry of a heading or a table (level 0 or 1); empty when it has none.
        QString contentsEntry;
        int contentsLevel = 1;

        // Paragraph: the runs of the paragraph's light markup ("**…**" bold).
        QList<RichText::Run> runs;

        // Table: `title` above the grid (the year-labelled table title or a form's title),
        // `code` right-aligned under it (公开01表), then `meta` lines of a left and a right
        // text (部门：… / 金额单位：…, or the forms' 单位名称（盖章）：and 填报日期：), the grid,
        // then the notes.
        TableKind tableKind = TableKind::Sheet;
        QString tableId; // the template's id for disclosure tables
        QString title;
        QString code;
        struct MetaLine {
            QString left;
            QString right;
        };
        QList<MetaLine> meta;
        ReportGrid grid;
        QStringList notes;
        bool landscape = false;

        // Figure: its number (1–4) and caption ("图1：…").
        int figure = 0;
        QString caption;

        // The heading as printed: number and text.
        QString headingText() const { return number + text; }
        // A paragraph without its markup.
        QString plainText() const;
    };

    struct ContentsEntry {
        QString text;
        int level = 0;
        int block = -1; // the block it points at
    };

    // What a renderer needs of the outline. The defaults are the printed report's.
    struct Options {
        // The template's notes as they stand (the 尾数误差 sentence included), for a rendering
        // of exact values; by default the printed notes (without it when every relation balances).
        bool exactNotes = false;
        // Without the tables' grids: for a renderer that lays the cells out itself (the XLSX
        // writer keeps every row editable, with live formulas) and takes the rest from the node.
        bool grids = true;
    };

    static ReportOutline build(const Document &document) { return build(document, Options()); }
    static ReportOutline build(const Document &document, const Options &options);

    // The report's own title: "2023年度<部门>部门决算公开" (PDF title, HTML <title>).
    QString documentTitle;
    Cover cover;
    QList<Block> blocks;

    // The 目录 in order: every block with a contents entry.
    QList<ContentsEntry> contents() const;
};

} // namespace Juesuan
