<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Juesuan</name>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be “overall” or “project”, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be “recurring”, “continuing”, “oneOff” or empty, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 budget sources, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad range “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: juesuan table FILE NN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  juesuan [FILE]              open the editor (with FILE, or the last session)
  juesuan table FILE NN       print table NN (01–09) as TSV, amounts in 万元
  juesuan --help | --version

Verbs run without a display. Errors go to stderr; the exit code is non-zero.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditRule</name>
    <message>
        <source>%1: a rule may use only one placeholder (%2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a prior-year figure (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget is kept per 项 code (7 digits) or &lt;item&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a budget is kept per 项: use &lt;item&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form is “overall” or &lt;form&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a form field is one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a cell name (TT!row@column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1 has no table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 is “total”, a subject code or a placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a fixed table: only &lt;row&gt; ranges over its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a list of terms is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message needs both zh and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonNegative checks cells only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceptCells: “%1” is not a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table: “%1” is not a code-list table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messageMissing needs both zh and en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables: “%1” is not a code-list table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tables: name the code-list tables to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts: “%1” needs a valid text key and a zh and en name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts: name the text parts required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: “%1” is not a reason text key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditRuleSet</name>
    <message>
        <source>%1: rules[%2]: the id %3 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::Autosaver</name>
    <message>
        <source>cannot lock the recovery folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::CommandLine</name>
    <message>
        <source>unknown option %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::Document</name>
    <message>
        <source>Edit report details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a cell of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be typed into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 %2 column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n cells</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 has no subject rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a 项 code (7 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the %2 subject catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has no row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收入总计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>支出总计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年收入合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本年支出合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财政拨款收支总计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般公共预算财政拨款收入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般公共预算财政拨款支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit prior-year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit initial budget of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政府采购货物支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政府采购工程支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政府采购服务支出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>授予中小企业合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中：授予小微企业合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>货物采购授予中小企业合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工程采购授予中小企业合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务采购授予中小企业合同金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>车辆（辆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中：其他用车（辆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单价100万元（含）以上设备（台、套）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机关运行经费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>财政拨款开支的公务用车保有量（辆）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国内公务接待批次（个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国内公务接待人次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公务用车运行费：燃料费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公务用车运行费：维修费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公务用车运行费：保险费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a figure of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a count and cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::DocumentIO</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large to be a Juesuan document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Juesuan document (the top level is not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: not a Juesuan document (format is “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: written by a newer Juesuan (format version %1; this program reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: %1 is not a format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.department: the 部门 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.year: %1 is not a plausible 年度 (2000–2100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.publishDate: “%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata.amountUnit: “%1” is not supported (only 万元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: edition %2 has no table “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.rows: %2 is a fixed table and has no subject rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a 项 code (7 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a cell name (row@column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has no such cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 is not in the table&apos;s rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this cell is computed from other cells and cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown text part “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a report has at most one overall (部门整体) form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: saving failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationForms</name>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has an overall form already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report has at most one overall form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::Formula</name>
    <message>
        <source>empty formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected + or − at position %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a cell reference (row@column)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::GuiSession</name>
    <message>
        <source>Editor for departmental final-accounts disclosure reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report to open (.juesuan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this outline entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab the window into a PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a text part after loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juesuan opens one report at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edit-text: unknown text part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page: no outline entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::MainWindow</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Juesuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report template is built into this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juesuan reports (*.juesuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Juesuan did not close normally. Changes to %1 from %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore them? Discard deletes the kept copy; Ignore asks again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part has no editor in this version of Juesuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Juesuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;An editor for departmental final-accounts disclosure reports: the nine tables, their explanations, charts and audit, printed as published.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::Money</name>
    <message>
        <source>a sign inside parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 6 decimals (amounts in 万元 are exact to 0.000001, one 分)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 2 decimals (amounts in 元 are exact to 0.01, one 分)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thousands separator in the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a thousands separator after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign in the middle of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not part of a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::NewDocumentDialog</name>
    <message>
        <source>New Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the department&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::OutlineModel</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 1  Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Main duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 2  Final accounts tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 3  Explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 4  Key work completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 5  Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part 6  Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 1: Change in total revenue and expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 2: Revenue structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 3: Expenditure structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure 4: Change in total fiscal appropriation revenue and expenditure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Juesuan starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::Reader</name>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount in 分 (a whole number), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount %1 分 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::RecalcEngine</name>
    <message>
        <source>cell %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formulas form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportPrinter</name>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start printing on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportTemplate</name>
    <message>
        <source>table %1 appears twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/edition.json: an edition needs a name and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template edition “%1” (this program knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refers to %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formula of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 column %2 rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::SheetModel</name>
    <message numerus="yes">
        <source>Computed from %n cells; it cannot be typed into</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an amount cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be typed into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is refused: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, grid column %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectCatalogue</name>
    <message>
        <source>catalogue: “%1” must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue %1: a subject needs a 3, 5 or 7 digit code and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue %1: code %2 listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue %1: the parent %2 of %3 is not listed before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::TableExport</name>
    <message>
        <source>no table “%1” (the tables are %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Juesuan::TableTemplate</name>
    <message>
        <source>%1[%2] must be an array of cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a cell of this table (row@column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names line “%2”, which is not in “lines”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps another cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 leaves columns uncovered (the table has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: id, code, title and columns are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kind must be “fixed” or “codelist”, not “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines[%2]: missing, repeated or malformed key “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 appears twice in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cell %2 belongs to no line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: formula for “%2”, which is not a cell of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: formula for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: formula for %2 needs explicit rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: codeColumns + nameColumns + amountColumns must make the %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column formula for unknown column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column formula for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column formula for %2 may only name columns of the same row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
