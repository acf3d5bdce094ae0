#include "reportoutline.h"
#include "yearlabel.h"

#include "chartseries.h"
#include "document.h"
#include "evaluationforms.h"
#include "narrative.h"
#include "tabletemplate.h"

namespace Juesuan {

namespace {

using Block = ReportOutline::Block;

// "第三部分 …" and "一、…": the typed number and the text after it.
void splitNumber(const QString &heading, QString *number, QString *text)
{
    const qsizetype space = heading.indexOf(QLatin1Char(' '));
    if (heading.startsWith(QStringLiteral("第")) && space > 0 && heading.left(space).endsWith(QStringLiteral("部分"))) {
        *number = heading.left(space + 1);
        *text = heading.mid(space + 1);
        return;
    }
    *number = RichText::numberPrefix(heading);
    *text = heading.mid(number->size());
}

class Builder
{
public:
    Builder(const Document &d, const ReportOutline::Options &options)
        : m_doc(d), m_options(options), m_year(yearLabel(d.metadata().year))
    {
    }

    ReportOutline build()
    {
        const Metadata &m = m_doc.metadata();
        m_out.documentTitle = m_year + m.department + QStringLiteral("部门决算公开");
        m_out.cover.title = {m_year + m.department, QStringLiteral("部门决算公开")};
        if (m.publishDate.isValid())
            m_out.cover.date = QStringLiteral("%1年%2月%3日")
                                       .arg(m.publishDate.year())
                                       .arg(m.publishDate.month())
                                       .arg(m.publishDate.day());
        part1();
        part2();
        part3();
        part4();
        part5();
        part6();
        return std::move(m_out);
    }

private:
    static QString partNumber(int part)
    {
        return QStringLiteral("第") + RichText::chineseNumber(part, RichText::Zero::Ling) + QStringLiteral("部分 ");
    }
    static QString itemNumber(int item)
    {
        return RichText::chineseNumber(item, RichText::Zero::Ling) + QStringLiteral("、");
    }

    Block &add(Block::Kind kind, Block::Break breakBefore = Block::Break::None)
    {
        Block b;
        b.kind = kind;
        b.breakBefore = breakBefore;
        b.part = m_part;
        m_out.blocks.append(std::move(b));
        return m_out.blocks.last();
    }

    // A part's heading; the part starts on a new page.
    Block &partHeading(int part, const QString &text, Block::Break breakBefore, bool landscape = false)
    {
        m_part = part;
        Block &b = add(Block::Kind::Heading, breakBefore);
        b.level = 0;
        b.number = partNumber(part);
        b.text = text;
        b.contentsEntry = b.headingText();
        b.contentsLevel = 0;
        b.landscape = landscape;
        return b;
    }

    Block &heading(const QString &number, const QString &text, int level,
                   Block::Break breakBefore = Block::Break::None)
    {
        Block &b = add(Block::Kind::Heading, breakBefore);
        b.level = level;
        b.number = number;
        b.text = text;
        if (level <= 1) {
            b.contentsEntry = b.headingText();
            b.contentsLevel = level;
        }
        return b;
    }

    void paragraph(const QString &markup)
    {
        add(Block::Kind::Paragraph).runs = RichText::runs(markup);
    }

    // A text part of the document: its paragraphs, a line like "一、网格化案件办理" as a
    // sub-heading over the paragraphs under it.
    void prose(const QString &text)
    {
        for (const QString &p : RichText::paragraphs(text)) {
            if (RichText::isHeading(p)) {
                QString number, rest;
                splitNumber(RichText::plainText(p), &number, &rest);
                heading(number, rest, 2);
            } else {
                paragraph(p);
            }
        }
    }

    void part1()
    {
        partHeading(1, m_doc.metadata().department + QStringLiteral("概况"), Block::Break::Section);
        heading(itemNumber(1), QStringLiteral("部门主要职责"), 1);
        prose(m_doc.text(QStringLiteral("duties")));
        heading(itemNumber(2), QStringLiteral("机构设置情况"), 1);
        prose(m_doc.text(QStringLiteral("organization")));
    }

    // Each table on a run of pages of its own, in its own orientation; the part's heading
    // opens the first table's pages.
    void part2()
    {
        const Metadata &m = m_doc.metadata();
        const QList<TableTemplate> &tables = m_doc.reportTemplate().tables();
        partHeading(2, m.department + m_year + QStringLiteral("部门决算表"), Block::Break::Section,
                    !tables.isEmpty() && tables.first().landscape());
        int n = 0;
        for (const TableTemplate &t : tables) {
            Block &b = add(Block::Kind::Table, n == 0 ? Block::Break::None : Block::Break::Section);
            ++n;
            b.tableKind = Block::TableKind::Sheet;
            b.tableId = t.id();
            // The 目录 names the table without the year; the page shows the full title.
            b.contentsEntry = itemNumber(n) + t.title();
            b.contentsLevel = 1;
            b.title = m_year + t.title();
            b.code = t.code();
            b.meta = {{QStringLiteral("部门：") + m.department, QStringLiteral("金额单位：") + m.amountUnit}};
            if (m_options.grids)
                b.grid = ReportGrid::sheet(m_doc, t);
            b.notes = m_options.exactNotes ? t.notes() : m_doc.printed().notes(t); // printed: without 尾数误差 when balanced
            if (t.isCodeList() && m_doc.itemRows(t.id()).isEmpty() && !t.emptyNote().isEmpty())
                b.notes.append(t.emptyNote());
            b.landscape = t.landscape();
        }
    }

    // The generated explanations, 图1–4 after the paragraphs they illustrate.
    void part3()
    {
        QString number, text;
        splitNumber(Narrative::title(m_doc), &number, &text);
        partHeading(3, text, Block::Break::Section);
        for (const NarrativeSection &s : Narrative::generate(m_doc)) {
            splitNumber(s.heading, &number, &text);
            heading(number, text, s.level <= 1 ? 1 : 2);
            for (const QString &p : s.paragraphs)
                paragraph(p);
            if (s.figure > 0) {
                Block &f = add(Block::Kind::Figure);
                f.figure = s.figure;
                f.caption = ChartSeries::titleOf(s.figure);
            }
        }
    }

    void part4()
    {
        partHeading(4, m_year + QStringLiteral("重点工作完成情况"), Block::Break::Page);
        prose(m_doc.text(QStringLiteral("keyWork")));
        if (m_doc.keyWork().isEmpty())
            return;
        Block &b = add(Block::Kind::Table);
        b.tableKind = Block::TableKind::KeyWork;
        if (m_options.grids)
            b.grid = ReportGrid::keyWork(m_doc);
    }

    void part5()
    {
        partHeading(5, QStringLiteral("名词解释"), Block::Break::Page);
        prose(m_doc.text(QStringLiteral("glossary")));
        const QString phone = m_doc.metadata().contactPhone;
        if (!phone.isEmpty())
            add(Block::Kind::Paragraph).runs = {RichText::Run{QStringLiteral("本单位咨询电话: ") + phone, false}};
    }

    // The self-evaluation forms, each on a page of its own, under one item heading for the
    // overall forms and one for the project forms.
    void part6()
    {
        using L = EvaluationForms::Label;
        const Metadata &m = m_doc.metadata();
        partHeading(6, QStringLiteral("附件"), Block::Break::Page);
        bool first = true;
        bool overallDone = false, projectsDone = false;
        int item = 0;
        for (const EvaluationForm &f : m_doc.evaluations()) {
            const bool overall = f.kind == EvaluationForm::Kind::Overall;
            const bool startsGroup = overall ? !overallDone : !projectsDone;
            if (startsGroup) {
                heading(itemNumber(++item),
                        m_year + m.department
                                + (overall ? QStringLiteral("整体绩效自评表") : QStringLiteral("项目绩效自评表")),
                        1, first ? Block::Break::None : Block::Break::Page);
                (overall ? overallDone : projectsDone) = true;
            }
            Block &b = add(Block::Kind::Table, !first && !startsGroup ? Block::Break::Page : Block::Break::None);
            b.tableKind = Block::TableKind::Form;
            b.title = EvaluationForms::title(f.kind, m.year);
            b.meta = {{EvaluationForms::label(L::Seal) + (overall ? f.name : f.department), QString()},
                      {EvaluationForms::label(L::FillDate), QString()}};
            if (m_options.grids)
                b.grid = ReportGrid::form(EvaluationForms::asPrinted(m_doc, f)); // table figures as printed
            first = false;
        }
    }

    const Document &m_doc;
    const ReportOutline::Options m_options;
    const QString m_year;
    ReportOutline m_out;
    int m_part = 0;
};

} // namespace

QString ReportOutline::Block::plainText() const
{
    QString out;
    for (const RichText::Run &r : runs)
        out += r.text;
    return out;
}

ReportOutline ReportOutline::build(const Document &document, const Options &options)
{
    return Builder(document, options).build();
}

QList<ReportOutline::ContentsEntry> ReportOutline::contents() const
{
    QList<ContentsEntry> out;
    for (int i = 0; i < blocks.size(); ++i)
        if (!blocks.at(i).contentsEntry.isEmpty())
            out.append({blocks.at(i).contentsEntry, blocks.at(i).contentsLevel, i});
    return out;
}

} // namespace Juesuan
