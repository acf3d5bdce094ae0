<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Juesuan::AddRowWidget</name>
    <message>
        <source>Add item:</source>
        <translation>添加项：</translation>
    </message>
    <message>
        <source>Remove item row</source>
        <translation>删除项行</translation>
    </message>
    <message>
        <source>Remove the selected item (项) row and its amounts</source>
        <translation>删除选中的项行及其金额</translation>
    </message>
    <message>
        <source>No item (项) subject matches “%1”</source>
        <translation>没有与“%1”匹配的项级科目</translation>
    </message>
    <message numerus="yes">
        <source>“%1” matches %n item subjects; choose one from the list</source>
        <translation>
            <numerusform>“%1”匹配 %n 个项级科目；请从列表中选择一个</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 %2 to %3</source>
        <translation>已将 %1 %2 添加到 %3</translation>
    </message>
    <message>
        <source>subject code or name, then Enter (a code no catalogue has: code and name)</source>
        <translation>输入科目编码或名称后按 Enter（目录中没有的编码：输入编码和名称）</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditEngine</name>
    <message>
        <source>no audit rules</source>
        <translation>没有审核规则</translation>
    </message>
    <message>
        <source>On printed values (舍位平衡): %1</source>
        <translation>按印出数（舍位平衡）：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not filled in yet: %1</source>
        <translation>尚未填写：%1</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditModel</name>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditPanel</name>
    <message>
        <source>All findings</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部表</translation>
    </message>
    <message>
        <source>Text parts</source>
        <translation>文字部分</translation>
    </message>
    <message>
        <source>Self-evaluation forms</source>
        <translation>绩效自评表</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditRule</name>
    <message>
        <source>%1: a rule may use only one placeholder (%2 and %3)</source>
        <translation>%1：一条规则只能使用一个占位符（%2 和 %3）</translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation>%1：“%2”：%3</translation>
    </message>
    <message>
        <source>not a prior-year figure (%1)</source>
        <translation>不是上年数（%1）</translation>
    </message>
    <message>
        <source>a budget is kept per 项 code (7 digits) or &lt;item&gt;</source>
        <translation>预算按项级科目编码（7 位）或 &lt;item&gt; 记录</translation>
    </message>
    <message>
        <source>a budget is kept per 项: use &lt;item&gt;</source>
        <translation>预算按项记录：请使用 &lt;item&gt;</translation>
    </message>
    <message>
        <source>a form is “overall” or &lt;form&gt;</source>
        <translation>自评表为“overall”或 &lt;form&gt;</translation>
    </message>
    <message>
        <source>a form field is one of %1</source>
        <translation>自评表字段须为 %1 之一</translation>
    </message>
    <message>
        <source>not a cell name (TT!row@column)</source>
        <translation>不是单元格名（表!行@栏）</translation>
    </message>
    <message>
        <source>edition %1 has no table %2</source>
        <translation>版本 %1 没有表 %2</translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation>未知占位符</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 没有第 %2 栏</translation>
    </message>
    <message>
        <source>a row of %1 is “total”, a subject code or a placeholder</source>
        <translation>%1 的行须为“total”、科目编码或占位符</translation>
    </message>
    <message>
        <source>%1 is a fixed table: only &lt;row&gt; ranges over its lines</source>
        <translation>%1 是固定表：只有 &lt;row&gt; 能遍历它的各行</translation>
    </message>
    <message>
        <source>%1 has no such cell</source>
        <translation>%1 没有这个单元格</translation>
    </message>
    <message>
        <source>%1: a list of terms is needed</source>
        <translation>%1：需要一个项的列表</translation>
    </message>
    <message>
        <source>a rule needs an id</source>
        <translation>规则需要 id</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>未知类型“%1”</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>severity 必须是 error、warning 或 info</translation>
    </message>
    <message>
        <source>a message needs both zh and en</source>
        <translation>消息需要同时有 zh 和 en</translation>
    </message>
    <message>
        <source>nonNegative checks cells only (%1)</source>
        <translation>nonNegative 只检查单元格（%1）</translation>
    </message>
    <message>
        <source>exceptCells: “%1” is not a cell</source>
        <translation>exceptCells：“%1”不是单元格</translation>
    </message>
    <message>
        <source>table: “%1” is not a code-list table</source>
        <translation>table：“%1”不是科目列表型的表</translation>
    </message>
    <message>
        <source>messageMissing needs both zh and en</source>
        <translation>messageMissing 需要同时有 zh 和 en</translation>
    </message>
    <message>
        <source>tables: “%1” is not a code-list table</source>
        <translation>tables：“%1”不是科目列表型的表</translation>
    </message>
    <message>
        <source>tables: name the code-list tables to check</source>
        <translation>tables：请列出要检查的科目列表型表</translation>
    </message>
    <message>
        <source>texts: “%1” needs a valid text key and a zh and en name</source>
        <translation>texts：“%1”需要有效的文字键以及 zh 和 en 名称</translation>
    </message>
    <message>
        <source>texts: name the text parts required</source>
        <translation>texts：请列出必填的文字部分</translation>
    </message>
    <message>
        <source>reason: “%1” is not a reason text key</source>
        <translation>reason：“%1”不是原因文字的键</translation>
    </message>
    <message>
        <source>table: %1 has no 注明 line (emptyNote) to print when it is empty</source>
        <translation>table：%1 没有为空表时打印的“注明”行（emptyNote）</translation>
    </message>
    <message>
        <source>check: “%1” is not unknown, named or emptyRow</source>
        <translation>check：“%1”不是 unknown、named 或 emptyRow</translation>
    </message>
    <message>
        <source>%1: terms per scope need the rule&apos;s “scope”</source>
        <translation>%1：按资金范围列出的项需要规则的“scope”</translation>
    </message>
    <message>
        <source>%1: no terms for the scope “%2” (%3)</source>
        <translation>%1：资金范围“%2”没有对应的项（%3）</translation>
    </message>
    <message>
        <source>scope: name a fund scope</source>
        <translation>scope：请写明资金范围</translation>
    </message>
    <message>
        <source>tolerance: an amount in 万元 such as &quot;0.03&quot; is needed</source>
        <translation>tolerance：需要一个以万元为单位的金额，如 &quot;0.03&quot;</translation>
    </message>
    <message>
        <source>explainedBy: cells only, without placeholders (%1)</source>
        <translation>explainedBy：只能是单元格，不能含占位符（%1）</translation>
    </message>
    <message>
        <source>explainedBy: severity must be error, warning or info</source>
        <translation>explainedBy：severity 须为 error、warning 或 info</translation>
    </message>
    <message>
        <source>explainedBy: a message needs both zh and en</source>
        <translation>explainedBy：message 须同时有 zh 和 en</translation>
    </message>
    <message>
        <source>fields: “%1” is not a form amount (form:overall.FIELD or form:&lt;form&gt;.FIELD)</source>
        <translation>fields：“%1”不是绩效自评表的金额（form:overall.FIELD 或 form:&lt;form&gt;.FIELD）</translation>
    </message>
    <message>
        <source>fields: “%1” needs a zh and en name</source>
        <translation>fields：“%1”须有 zh 和 en 名称</translation>
    </message>
    <message>
        <source>fields: name the form fields required</source>
        <translation>fields：请列出必填的自评表字段</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditRuleSet</name>
    <message>
        <source>%1: rules[%2]: the id %3 is used twice</source>
        <translation>%1：rules[%2]：id %3 被使用了两次</translation>
    </message>
    <message>
        <source>%1: scopes: “%2” needs a zh and en name</source>
        <translation>%1：scopes：“%2”须有 zh 和 en 名称</translation>
    </message>
    <message>
        <source>%1: rules[%2]: %3: the scope “%4” is not one of the file&apos;s scopes (%5)</source>
        <translation>%1：rules[%2]：%3：资金范围“%4”不在本文件的 scopes 中（%5）</translation>
    </message>
</context>
<context>
    <name>Juesuan::Autosaver</name>
    <message>
        <source>cannot lock the recovery folder %1</source>
        <translation>无法锁定恢复文件夹 %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::BlockPaste</name>
    <message>
        <source>%1 row %2, grid column %3</source>
        <translation>%1 第 %2 行，网格第 %3 列</translation>
    </message>
    <message>
        <source>%1 %2, grid column %3</source>
        <translation>%1 %2，网格第 %3 列</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>没有表 %1</translation>
    </message>
    <message>
        <source>select the cell where the block should start</source>
        <translation>请选择粘贴区域起始的单元格</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount in %3: %4</source>
        <translation>%1：“%2”不是以%3为单位的金额：%4</translation>
    </message>
    <message>
        <source>%1: the selection holds no cell that can be typed into</source>
        <translation>%1：所选区域中没有可录入的单元格</translation>
    </message>
    <message>
        <source>%1: a block of %2 × %3 cells does not fit here: it would go past the edge of the table</source>
        <translation>%1：%2 × %3 个单元格的区域放不下，会超出表格边界</translation>
    </message>
    <message>
        <source>%1 takes no value, and the block has “%2” there: is the block out of line?</source>
        <translation>%1 不能录入数值，而粘贴区域在此处为“%2”：是否错位？</translation>
    </message>
    <message>
        <source>%1 shows “%2”, and the block has “%3” there: is the block out of line?</source>
        <translation>%1 显示为“%2”，而粘贴区域在此处为“%3”：是否错位？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: pasted %2, computed %3, difference %4 (%5)</source>
        <translation>%1：粘贴值 %2，计算值 %3，相差 %4（%5）</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cells</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n computed cells left as they are</source>
        <translation>
            <numerusform>；%n 个计算单元格保持不变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n computed cells differ from the block: </source>
        <translation>
            <numerusform>；%n 个计算单元格与粘贴区域不一致：</numerusform>
        </translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
</context>
<context>
    <name>Juesuan::CatalogueActions</name>
    <message>
        <source>&amp;Subject Catalogue…</source>
        <translation>科目目录(&amp;S)…</translation>
    </message>
    <message>
        <source>Every subject code with its name and where the name comes from</source>
        <translation>全部科目编码及其名称和名称来源</translation>
    </message>
    <message>
        <source>&amp;Import Subject Catalogue…</source>
        <translation>导入科目目录(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the year&apos;s 政府收支分类科目 from a workbook for every report of that year</source>
        <translation>从工作簿读入该年度的政府收支分类科目，供该年度的所有报告使用</translation>
    </message>
    <message>
        <source>&amp;Remove Imported Catalogue…</source>
        <translation>移除导入的目录(&amp;R)…</translation>
    </message>
    <message>
        <source>Forget the imported subject names of this edition; the bundled ones remain</source>
        <translation>忘记本版本导入的科目名称；保留内置名称</translation>
    </message>
    <message numerus="yes">
        <source>%n subjects imported from sheet “%1” of %2 for the %3 edition.</source>
        <translation>
            <numerusform>已从 %2 的工作表“%1”为 %3 版本导入 %n 个科目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not in the bundled catalogue.</source>
        <translation>
            <numerusform>其中 %n 个不在内置目录中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows without a subject code were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 行没有科目编码的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names differ from the bundled catalogue; the imported name is shown and printed:</source>
        <translation>
            <numerusform>%n 个名称与内置目录不同；显示和打印的是导入的名称：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … 另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subject Catalogue</source>
        <translation>导入科目目录</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)</source>
        <translation>工作簿 (*.xlsx *.xls *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The catalogue was not imported: %1</source>
        <translation>未导入目录：%1</translation>
    </message>
    <message>
        <source>The catalogue was not imported.

%1</source>
        <translation>未导入目录。

%1</translation>
    </message>
    <message>
        <source>No catalogue is imported for the %1 edition</source>
        <translation>%1 版本没有导入的目录</translation>
    </message>
    <message>
        <source>Remove Imported Catalogue</source>
        <translation>移除导入的目录</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n imported subject names of the %1 edition? Every report of that year shows the bundled names again.</source>
        <translation>
            <numerusform>移除 %1 版本导入的 %n 个科目名称？该年度的所有报告将重新显示内置名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported catalogue of the %1 edition removed</source>
        <translation>已移除 %1 版本导入的目录</translation>
    </message>
</context>
<context>
    <name>Juesuan::CatalogueDialog</name>
    <message>
        <source>&amp;Remove Imported Catalogue…</source>
        <translation>移除导入的目录(&amp;R)…</translation>
    </message>
    <message>
        <source>Subject Catalogue %1</source>
        <translation>科目目录 %1</translation>
    </message>
    <message>
        <source>&amp;Search code or name:</source>
        <translation>搜索编码或名称(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 20103 or 事业运行</source>
        <translation>例如 20103 或 事业运行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Bundled name</source>
        <translation>内置名称</translation>
    </message>
    <message>
        <source>Entered from memory and not checked against an official copy of the %1 政府收支分类科目: check it before relying on it.</source>
        <translation>凭记忆录入，未与 %1 年政府收支分类科目的正式文本核对：使用前请核对。</translation>
    </message>
    <message numerus="yes">
        <source>%n subjects: %1 bundled (%2 of them unverified), %3 imported, %4 named in this document.</source>
        <translation>
            <numerusform>%n 个科目：内置 %1 个（其中 %2 个未经核对），导入 %3 个，本文档命名 %4 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>导入自 %1。</translation>
    </message>
    <message>
        <source>The imported catalogue could not be read: %1</source>
        <translation>无法读取导入的目录：%1</translation>
    </message>
</context>
<context>
    <name>Juesuan::CellWording</name>
    <message>
        <source>%1行</source>
        <translation>%1行</translation>
    </message>
    <message>
        <source>%1栏</source>
        <translation>%1栏</translation>
    </message>
    <message>
        <source>= the sum of its %1 rows (there are none yet)</source>
        <translation>= 其下各%1行之和（尚无）</translation>
    </message>
    <message>
        <source>= %1 (%2 rows)</source>
        <translation>= %1（%2行）</translation>
    </message>
</context>
<context>
    <name>Juesuan::ChartView</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Save Figure as SVG</source>
        <translation>将图表保存为 SVG</translation>
    </message>
    <message>
        <source>Save Figure as PNG</source>
        <translation>将图表保存为 PNG</translation>
    </message>
    <message>
        <source>Save Figure</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
</context>
<context>
    <name>Juesuan::CommandLine</name>
    <message>
        <source>unknown option %1
</source>
        <translation>未知选项 %1
</translation>
    </message>
    <message>
        <source>%1: no such file, and not a verb (the verbs are %2)</source>
        <translation>%1：文件不存在，也不是子命令（子命令有 %2）</translation>
    </message>
    <message>
        <source>unknown verb “%1” (the verbs are %2)</source>
        <translation>未知子命令“%1”（子命令有 %2）</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>无法写入标准输出</translation>
    </message>
    <message>
        <source>usage: juesuan table FILE NN [--exact]</source>
        <translation>用法：juesuan table FILE NN [--exact]</translation>
    </message>
    <message>
        <source>usage: juesuan check FILE [--json]</source>
        <translation>用法：juesuan check FILE [--json]</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings</source>
        <translation>%1：%2 个错误，%3 个警告</translation>
    </message>
    <message>
        <source>%1: printed values (舍位平衡) keep every equality rule that holds exactly; %2 cells differ from half-up rounding</source>
        <translation>%1：印出数（舍位平衡）保持了精确值成立的全部等式规则；%2 个单元格与四舍五入结果不同</translation>
    </message>
    <message>
        <source>%1: printed values (舍位平衡) give up %2 relations (see the “On printed values” findings)</source>
        <translation>%1：印出数（舍位平衡）未能保持 %2 个关系（见“按印出数”的审核结果）</translation>
    </message>
    <message>
        <source>%1: the output name is not valid UTF-8; choose another</source>
        <translation>%1：输出文件名不是有效的 UTF-8，请另选一个名称</translation>
    </message>
    <message>
        <source>%1: unknown export format “%2” (use .pdf, .html or .xlsx)</source>
        <translation>%1：未知的导出格式“%2”（请使用 .pdf、.html 或 .xlsx）</translation>
    </message>
    <message>
        <source>%1: warning: the audit finds %2 errors; exported anyway (see juesuan check)</source>
        <translation>%1：警告：审核发现 %2 个错误；仍已导出（见 juesuan check）</translation>
    </message>
    <message>
        <source>%1: the file name is not valid UTF-8; rename it</source>
        <translation>%1：文件名不是有效的 UTF-8，请重命名该文件</translation>
    </message>
    <message>
        <source>the workbook names no department: 部门 set to “%1” (edit it in File → Report Details)</source>
        <translation>工作簿中未写明部门：部门已设为“%1”（可在“文件 → 报告信息”中修改）</translation>
    </message>
    <message>
        <source>the workbook names no year (20XX年度): 年度 set to %1</source>
        <translation>工作簿中未写明年度（20XX年度）：年度已设为 %1</translation>
    </message>
    <message>
        <source>usage: juesuan migrate FILE --edition YYYY -o OUT.juesuan</source>
        <translation>用法：juesuan migrate FILE --edition YYYY -o OUT.juesuan</translation>
    </message>
    <message>
        <source>--edition: %1</source>
        <translation>--edition：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>usage: juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]</source>
        <translation>用法：juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]</translation>
    </message>
    <message>
        <source>--exact applies to .xlsx only: the report prints its figures as printed (舍位平衡)</source>
        <translation>--exact 仅适用于 .xlsx：报告中的数字按印出数（舍位平衡）输出</translation>
    </message>
    <message>
        <source>usage: juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into EXISTING.juesuan | --edition YYYY] [--progress]</source>
        <translation>用法：juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into EXISTING.juesuan | --edition YYYY] [--progress]</translation>
    </message>
    <message>
        <source>--edition: no template edition “%1” (this program knows %2)</source>
        <translation>--edition：没有模板版本“%1”（本程序有 %2）</translation>
    </message>
    <message>
        <source>made in the %1 edition (%2)</source>
        <translation>按 %1 版本建立（%2）</translation>
    </message>
    <message>
        <source>the edition of the report&apos;s year; --edition chooses another</source>
        <translation>报告年度对应的版本；可用 --edition 另选</translation>
    </message>
    <message>
        <source>--edition</source>
        <translation>--edition</translation>
    </message>
    <message>
        <source>Usage:
  juesuan [FILE]              open the editor (with FILE, or the last session)
  juesuan table FILE NN [--exact]  print table NN (01–09) as TSV, amounts in 万元 as printed
                              (舍位平衡); --exact: exact values
  juesuan check FILE [--json] audit FILE; exit 0 clean, 1 with errors, 2 unreadable
  juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]
                              the report as PDF or HTML, its tables as XLSX (printed
                              values, 舍位平衡; --exact: exact values);
                              --progress shows the work done on stderr when it is a terminal
  juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into FILE | --edition YYYY] [--progress]
                              the tables of a workbook; a new report is made in the
                              edition of the workbook&apos;s year unless --edition names one;
                              exit 0 imported, 1 imported with totals that differ,
                              2 unreadable or refused
  juesuan migrate FILE --edition YYYY -o OUT.juesuan
                              FILE moved to a newer edition; what moved, was renamed
                              or was left behind goes to stderr
  juesuan --help | --version

Verbs run without a display. Errors go to stderr; the exit code is non-zero.
</source>
        <translation>用法：
  juesuan [FILE]              打开编辑器（打开 FILE，或恢复上次的会话）
  juesuan table FILE NN [--exact]  以 TSV 格式输出第 NN 表（01–09），金额单位为万元，按印出数
                              （舍位平衡）；--exact：精确值
  juesuan check FILE [--json] 审核 FILE；退出码 0 表示无错误，1 表示有错误，2 表示无法读取
  juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]
                              将报告导出为 PDF 或 HTML，或将其表格导出为 XLSX（印出数，
                              舍位平衡；--exact：精确值）；
                              --progress 在 stderr 为终端时在其上显示进度
  juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into FILE | --edition YYYY] [--progress]
                              导入工作簿中的表格；新建的报告采用工作簿所属年度的版本，
                              --edition 可另选；退出码 0 表示已导入，1 表示已导入
                              但有合计数不一致，2 表示无法读取或被拒绝
  juesuan migrate FILE --edition YYYY -o OUT.juesuan
                              将 FILE 迁移到较新的版本；迁移、改名或未能保留的内容
                              输出到 stderr
  juesuan --help | --version

子命令无需图形界面即可运行。错误信息输出到 stderr，退出码不为 0。
</translation>
    </message>
</context>
<context>
    <name>Juesuan::DetachedSections</name>
    <message>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <source> (own wording)</source>
        <translation>（自行撰写）</translation>
    </message>
    <message>
        <source>&amp;Re-attach (generated text)</source>
        <translation>恢复生成(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Detach to edit</source>
        <translation>脱离生成以编辑(&amp;D)</translation>
    </message>
    <message>
        <source>Drop these words: the section is generated from the tables again</source>
        <translation>放弃这些文字：本节重新由表格数据生成</translation>
    </message>
    <message>
        <source>Start from the generated words and edit them freely; the audit checks their amounts and percentages against the tables</source>
        <translation>以生成的文字为起点自由修改；审核会将其中的金额和百分比与表格核对</translation>
    </message>
    <message>
        <source>This section prints the words below. One paragraph per line; amounts and percentages next to figures the report knows are checked against the tables.</source>
        <translation>本节印出下面的文字，每行一段；紧邻报告所知数字的金额和百分比会与表格核对。</translation>
    </message>
    <message>
        <source>This section is generated from the tables and the reasons on the Explanations tab.</source>
        <translation>本节由表格数据和“情况说明”页签中的原因生成。</translation>
    </message>
    <message>
        <source>Empty: the section prints its generated text until you type its own words.</source>
        <translation>已清空：在输入本节文字之前，本节印出自动生成的文字。</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>自行撰写</translation>
    </message>
</context>
<context>
    <name>Juesuan::Document</name>
    <message>
        <source>Edit report details</source>
        <translation>编辑报告信息</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>没有表 %1</translation>
    </message>
    <message>
        <source>%1 is not a cell of %2</source>
        <translation>%1 不是 %2 的单元格</translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be typed into</source>
        <translation>%1 由其他单元格计算得出，不能直接输入</translation>
    </message>
    <message>
        <source>Edit %1 %2 column %3</source>
        <translation>编辑 %1 %2 第 %3 栏</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n cells</source>
        <translation>
            <numerusform>编辑 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 has no subject rows</source>
        <translation>表 %1 没有科目行</translation>
    </message>
    <message>
        <source>“%1” is not a 项 code (7 digits)</source>
        <translation>“%1”不是项级科目编码（7 位数字）</translation>
    </message>
    <message>
        <source>%1 already has row %2</source>
        <translation>%1 已有行 %2</translation>
    </message>
    <message>
        <source>table %1 has no row %2</source>
        <translation>表 %1 没有行 %2</translation>
    </message>
    <message>
        <source>Edit prior-year %1</source>
        <translation>编辑上年%1</translation>
    </message>
    <message>
        <source>Edit initial budget of %1</source>
        <translation>编辑 %1 的年初预算</translation>
    </message>
    <message>
        <source>“%1” is not a figure of the report</source>
        <translation>“%1”不是报告中的数字</translation>
    </message>
    <message>
        <source>%1 is a count and cannot be negative</source>
        <translation>%1 是数量，不能为负数</translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible count</source>
        <translation>%1：%2 不是合理的数量</translation>
    </message>
    <message>
        <source>%1: the amount is out of range</source>
        <translation>%1：金额超出范围</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <source>Add row %1 %2</source>
        <translation>添加行 %1 %2</translation>
    </message>
    <message>
        <source>Remove row %1 %2</source>
        <translation>删除行 %1 %2</translation>
    </message>
    <message>
        <source>“%1” cannot name subject “%2”</source>
        <translation>“%1”不能作为科目“%2”的名称</translation>
    </message>
    <message>
        <source>%1 is a fixed table and has no subject rows</source>
        <translation>%1 是固定表，没有科目行</translation>
    </message>
    <message>
        <source>%1: “%2” is not a 项 code (7 digits)</source>
        <translation>%1：“%2”不是项级科目编码（7 位数字）</translation>
    </message>
    <message>
        <source>%1: row %2 is listed twice</source>
        <translation>%1：第 %2 行列出了两次</translation>
    </message>
    <message>
        <source>%1: %2 is not in the %3 subject catalogue and has no name</source>
        <translation>%1：%2 不在 %3 科目目录中，且没有名称</translation>
    </message>
    <message>
        <source>%1 is not a cell of the imported tables</source>
        <translation>%1 不是所导入表格中的单元格</translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be imported</source>
        <translation>%1 由其他单元格计算得出，不能导入</translation>
    </message>
    <message>
        <source>Import tables</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>%1 is not in the %2 subject catalogue: give its name after the code (%1 名称)</source>
        <translation>%1 不在 %2 科目目录中：请在编码后写上名称（%1 名称）</translation>
    </message>
    <message>
        <source>%1: the 类 %2 is not in the %3 subject catalogue</source>
        <translation>%1：类 %2 不在 %3 科目目录中</translation>
    </message>
    <message>
        <source>%1: the 款 %2 is not in the %3 subject catalogue</source>
        <translation>%1：款 %2 不在 %3 科目目录中</translation>
    </message>
    <message>
        <source>the name of %1 must be one line of at most 200 characters</source>
        <translation>%1 的名称必须是一行，最多 200 个字符</translation>
    </message>
    <message>
        <source>%1: a figure needs a key of lower-case letters, digits and _</source>
        <translation>%1：数字项需要由小写字母、数字和 _ 组成的键</translation>
    </message>
    <message>
        <source>%1: retires “%2”, which the base edition does not have</source>
        <translation>%1：停用了“%2”，但基础版本没有它</translation>
    </message>
    <message>
        <source>%1 (%2): kind must be “amount” or “count”, not “%3”</source>
        <translation>%1（%2）：kind 必须是“amount”或“count”，而不是“%3”</translation>
    </message>
    <message>
        <source>%1 (%2): a figure needs a label (label.zh)</source>
        <translation>%1（%2）：数字项需要标签（label.zh）</translation>
    </message>
    <message>
        <source>%1 (%2): a prior-year figure is an amount</source>
        <translation>%1（%2）：上年数必须是金额</translation>
    </message>
    <message>
        <source>Change the style of the explanations</source>
        <translation>更改情况说明的行文风格</translation>
    </message>
</context>
<context>
    <name>Juesuan::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open the sample report</source>
        <translation>无法打开示例报告</translation>
    </message>
    <message>
        <source>Cannot create a report</source>
        <translation>无法创建报告</translation>
    </message>
    <message>
        <source>No report template is built into this program.</source>
        <translation>本程序没有内置报告模板。</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved changes</source>
        <translation>无法恢复未保存的修改</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1</source>
        <translation>已恢复 %1 未保存的修改</translation>
    </message>
</context>
<context>
    <name>Juesuan::DocumentIO</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1：不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>not a Juesuan document (the top level is not a JSON object)</source>
        <translation>不是决算文档（顶层不是 JSON 对象）</translation>
    </message>
    <message>
        <source>format: not a Juesuan document (format is “%1”)</source>
        <translation>format：不是决算文档（format 为“%1”）</translation>
    </message>
    <message>
        <source>version: written by a newer Juesuan (format version %1; this program reads up to %2)</source>
        <translation>version：由较新版本的决算写入（格式版本 %1；本程序最高可读 %2）</translation>
    </message>
    <message>
        <source>version: %1 is not a format version</source>
        <translation>version：%1 不是格式版本号</translation>
    </message>
    <message>
        <source>metadata.department: the 部门 is empty</source>
        <translation>metadata.department：部门为空</translation>
    </message>
    <message>
        <source>metadata.year: %1 is not a plausible 年度 (2000–2100)</source>
        <translation>metadata.year：%1 不是合理的年度（2000–2100）</translation>
    </message>
    <message>
        <source>metadata.publishDate: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>metadata.publishDate：“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>metadata.amountUnit: “%1” is not supported (only 万元)</source>
        <translation>metadata.amountUnit：不支持“%1”（只支持万元）</translation>
    </message>
    <message>
        <source>%1: edition %2 has no table “%3”</source>
        <translation>%1：版本 %2 没有表“%3”</translation>
    </message>
    <message>
        <source>%1.rows: %2 is a fixed table and has no subject rows</source>
        <translation>%1.rows：%2 是固定表，没有科目行</translation>
    </message>
    <message>
        <source>%1: “%2” is not a 项 code (7 digits)</source>
        <translation>%1：“%2”不是项级科目编码（7 位数字）</translation>
    </message>
    <message>
        <source>%1: row %2 is listed twice</source>
        <translation>%1：第 %2 行列出了两次</translation>
    </message>
    <message>
        <source>%1: not a cell name (row@column)</source>
        <translation>%1：不是单元格名（行@栏）</translation>
    </message>
    <message>
        <source>%1: %2 has no such cell</source>
        <translation>%1：%2 没有这个单元格</translation>
    </message>
    <message>
        <source>%1: row %2 is not in the table&apos;s rows</source>
        <translation>%1：行 %2 不在本表的行中</translation>
    </message>
    <message>
        <source>%1: this cell is computed from other cells and cannot be stored</source>
        <translation>%1：此单元格由其他单元格计算得出，不能保存其值</translation>
    </message>
    <message>
        <source>%1: unknown text part “%2”</source>
        <translation>%1：未知的文字部分“%2”</translation>
    </message>
    <message>
        <source>%1: a report has at most one overall (部门整体) form</source>
        <translation>%1：一份报告最多只有一张部门整体自评表</translation>
    </message>
    <message>
        <source>%1: cannot open: it is a folder, not a file</source>
        <translation>%1：无法打开：这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>%1: cannot open: not a regular file (a device, pipe or socket)</source>
        <translation>%1：无法打开：不是普通文件（而是设备、管道或套接字）</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a Juesuan document (over %2 MiB)</source>
        <translation>%1：文件过大，不可能是决算文档（超过 %2 MiB）</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>edition: “%1” is not an edition</source>
        <translation>edition：“%1”不是版本</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject code (3, 5 or 7 digits)</source>
        <translation>%1：“%2”不是科目编码（3、5 或 7 位数字）</translation>
    </message>
    <message>
        <source>%1: a name must be one line of 1–200 characters without surrounding spaces</source>
        <translation>%1：名称必须为单行文字，长 1–200 个字符，首尾不能有空格</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>文字“%1”</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为%1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为%1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>应为文字，实际为%1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为%1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为%1</translation>
    </message>
    <message>
        <source>expected an amount in 分 (a whole number), found %1</source>
        <translation>应为以分为单位的金额（整数），实际为%1</translation>
    </message>
    <message>
        <source>the amount %1 分 is out of range (±10^15 分)</source>
        <translation>金额 %1 分超出范围（±10^15 分）</translation>
    </message>
    <message>
        <source>unknown member “%1” (allowed: %2)</source>
        <translation>未知成员“%1”（允许的成员：%2）</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>must be “overall” or “project”, not “%1”</source>
        <translation>必须是“overall”或“project”，而不是“%1”</translation>
    </message>
    <message>
        <source>a form needs a name</source>
        <translation>自评表需要名称</translation>
    </message>
    <message>
        <source>must be “recurring”, “continuing”, “oneOff” or empty, not “%1”</source>
        <translation>必须是“recurring”“continuing”“oneOff”或空，而不是“%1”</translation>
    </message>
    <message>
        <source>expected 3 budget sources, found %1</source>
        <translation>应有 3 种资金来源，实际为 %1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>a percentage prints with 0, 1 or 2 decimals, not %1</source>
        <translation>百分比只能保留 0、1 或 2 位小数，不能是 %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::EditionMigration</name>
    <message>
        <source>the report uses edition %1; it can move only to a newer edition, not to %2</source>
        <translation>报告使用 %1 版本；只能迁移到较新的版本，不能迁移到 %2</translation>
    </message>
    <message>
        <source>%1 %2 column %3</source>
        <translation>%1 %2 第 %3 栏</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3 %4 (%n cells)</source>
        <translation>
            <numerusform>%1 %2 → %3 %4（%n 个单元格）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 万元</source>
        <translation>%1：%2 万元</translation>
    </message>
    <message>
        <source>initial budget of %1: %2 万元</source>
        <translation>%1 的年初预算：%2 万元</translation>
    </message>
    <message>
        <source>prior-year %1: %2 万元</source>
        <translation>上年 %1：%2 万元</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>edition %1 cannot hold this report: %2</source>
        <translation>%1 版本无法容纳本报告：%2</translation>
    </message>
    <message>
        <source>Change edition to %1</source>
        <translation>将版本改为 %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved from edition %1 to %2: %n input cells carried over.</source>
        <translation>
            <numerusform>已从 %1 版本迁移到 %2 版本：保留了 %n 个输入单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to a new code:</source>
        <translation>迁移到新编码：</translation>
    </message>
    <message>
        <source>Renamed in the new catalogue:</source>
        <translation>在新目录中改名：</translation>
    </message>
    <message>
        <source>No longer in the new edition (values not carried over):</source>
        <translation>新版本中已不存在（数值未保留）：</translation>
    </message>
    <message>
        <source>Nothing was moved, renamed or left behind.</source>
        <translation>没有迁移、改名或未能保留的内容。</translation>
    </message>
</context>
<context>
    <name>Juesuan::EditionOverlay</name>
    <message>
        <source>%1: unknown change “%2” (added, renamed, moved, retired)</source>
        <translation>%1：未知的变更“%2”（added、renamed、moved、retired）</translation>
    </message>
    <message>
        <source>%1: %2 is not in the base catalogue</source>
        <translation>%1：%2 不在基础目录中</translation>
    </message>
    <message>
        <source>%1: %2 needs a new name</source>
        <translation>%1：%2 需要新名称</translation>
    </message>
    <message>
        <source>%1: only a 项 (7 digits) moves to another code</source>
        <translation>%1：只有项（7 位）可以迁移到其他编码</translation>
    </message>
    <message>
        <source>%1: %2 is already in the catalogue</source>
        <translation>%1：%2 已在目录中</translation>
    </message>
    <message>
        <source>%1: %2 is already in the base catalogue</source>
        <translation>%1：%2 已在基础目录中</translation>
    </message>
    <message>
        <source>%1: “%2” is not a catalogue (functional or economic)</source>
        <translation>%1：“%2”不是目录（functional 或 economic）</translation>
    </message>
    <message>
        <source>%1: remove[%2]: the base edition has no rule “%3”</source>
        <translation>%1：remove[%2]：基础版本没有规则“%3”</translation>
    </message>
    <message>
        <source>%1: replace[%2]: the base edition has no rule “%3”</source>
        <translation>%1：replace[%2]：基础版本没有规则“%3”</translation>
    </message>
    <message>
        <source>%1: add[%2]: the base edition already has a rule “%3” (replace it instead)</source>
        <translation>%1：add[%2]：基础版本已有规则“%3”（请改用 replace）</translation>
    </message>
    <message>
        <source>%1: unknown member “%2” (add, replace, remove, scope, roundingNote)</source>
        <translation>%1：未知成员“%2”（可用 add、replace、remove、scope、roundingNote）</translation>
    </message>
    <message>
        <source>%1: scope: “%2”: the base edition has no such rule, or the scope is not a name</source>
        <translation>%1：scope：“%2”：基础版本没有此规则，或资金范围不是名称</translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationFormEditor</name>
    <message>
        <source>A form needs a name; the previous name is kept.</source>
        <translation>自评表需要名称；已保留原名称。</translation>
    </message>
    <message>
        <source>Edit form field</source>
        <translation>编辑自评表字段</translation>
    </message>
    <message>
        <source>Edit form text</source>
        <translation>编辑自评表文字</translation>
    </message>
    <message>
        <source>“%1” is not an amount: %2. The previous value is kept.</source>
        <translation>“%1”不是金额：%2。已保留原值。</translation>
    </message>
    <message>
        <source>Edit form amount</source>
        <translation>编辑自评表金额</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>A new level-3 indicator in the group of the current row</source>
        <translation>在当前行所在指标组中新建三级指标</translation>
    </message>
    <message>
        <source>New level-2 group</source>
        <translation>新建二级指标组</translation>
    </message>
    <message>
        <source>A new level-2 group under the level-1 indicator of the current row</source>
        <translation>在当前行的一级指标下新建二级指标组</translation>
    </message>
    <message>
        <source>New level-1 group</source>
        <translation>新建一级指标组</translation>
    </message>
    <message>
        <source>A new level-1 indicator group</source>
        <translation>新的一级指标组</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the current row</source>
        <translation>删除当前行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add indicator group</source>
        <translation>添加指标组</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>移动指标</translation>
    </message>
    <message>
        <source>Change project type</source>
        <translation>修改项目类型</translation>
    </message>
    <message>
        <source>Change budget source</source>
        <translation>修改资金来源</translation>
    </message>
    <message>
        <source>Executed (B) / budget (A) in whole percent; blank when the budget is 0</source>
        <translation>执行数（B）/预算数（A），取整百分比；预算数为 0 时留空</translation>
    </message>
    <message>
        <source>No form selected</source>
        <translation>未选择自评表</translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationForms</name>
    <message>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>The report has an overall form already.</source>
        <translation>报告已有部门整体自评表。</translation>
    </message>
    <message>
        <source>Form %1 needs a name.</source>
        <translation>第 %1 张自评表需要名称。</translation>
    </message>
    <message>
        <source>A report has at most one overall form.</source>
        <translation>一份报告最多只有一张部门整体自评表。</translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationFormsPage</name>
    <message>
        <source>Add project form</source>
        <translation>添加项目自评表</translation>
    </message>
    <message>
        <source>Add overall form</source>
        <translation>添加部门整体自评表</translation>
    </message>
    <message>
        <source>Remove form</source>
        <translation>删除自评表</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>部门整体：%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Remove form “%1”</source>
        <translation>删除自评表“%1”</translation>
    </message>
    <message>
        <source>Move form</source>
        <translation>移动自评表</translation>
    </message>
</context>
<context>
    <name>Juesuan::FiguresEditor</name>
    <message>
        <source>Amounts in 万元. These figures feed the explanations of part 3 and figures 1–4.</source>
        <translation>金额单位：万元。这些数字用于第三部分的情况说明和图1–4。</translation>
    </message>
    <message>
        <source>Prior year (%1)</source>
        <translation>上年数（%1）</translation>
    </message>
    <message>
        <source>Initial budgets of the table 05 items</source>
        <translation>05表各项的年初预算数</translation>
    </message>
    <message>
        <source>“Three public” budgets (table 09)</source>
        <translation>“三公”经费预算数（09表）</translation>
    </message>
    <message>
        <source>Government procurement</source>
        <translation>政府采购</translation>
    </message>
    <message>
        <source>State-owned assets</source>
        <translation>国有资产</translation>
    </message>
    <message>
        <source>Administrative operating costs</source>
        <translation>机关运行经费</translation>
    </message>
    <message>
        <source>“Three public” details</source>
        <translation>“三公”经费明细</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>Add items to table 05 first.</source>
        <translation>请先在05表中添加项。</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>未修改：%1</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>其他数字</translation>
    </message>
    <message>
        <source>Initial budgets of the table 07 items (government funds)</source>
        <translation>公开07表各项的年初预算（政府性基金）</translation>
    </message>
    <message>
        <source>Table 07 has no items.</source>
        <translation>公开07表尚无项目。</translation>
    </message>
</context>
<context>
    <name>Juesuan::FileWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>磁盘可能已满</translation>
    </message>
    <message>
        <source>%1: writing failed (%2); the previous file, if any, is unchanged</source>
        <translation>%1：写入失败（%2）；原有文件（如有）未被改动</translation>
    </message>
</context>
<context>
    <name>Juesuan::FillProgress</name>
    <message>
        <source>no items yet</source>
        <translation>尚无项目</translation>
    </message>
</context>
<context>
    <name>Juesuan::FindingPlace</name>
    <message numerus="yes">
        <source> and %n more cells</source>
        <translation>
            <numerusform> 等另外 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>reason (主要原因) of %1</source>
        <translation>%1 的主要原因</translation>
    </message>
    <message>
        <source>reason (主要原因) of %1 %2</source>
        <translation>%1 %2 的主要原因</translation>
    </message>
    <message>
        <source>text part 主要职能 (duties)</source>
        <translation>文字部分 主要职能</translation>
    </message>
    <message>
        <source>text part 机构设置 (organization)</source>
        <translation>文字部分 机构设置</translation>
    </message>
    <message>
        <source>text part 重点工作 (key work)</source>
        <translation>文字部分 重点工作</translation>
    </message>
    <message>
        <source>text part 名词解释 (glossary)</source>
        <translation>文字部分 名词解释</translation>
    </message>
    <message>
        <source>text part %1</source>
        <translation>文字部分 %1</translation>
    </message>
    <message>
        <source>self-evaluation form %1</source>
        <translation>绩效自评表 %1</translation>
    </message>
    <message>
        <source>%1, at “%2”</source>
        <translation>%1，位于“%2”</translation>
    </message>
    <message>
        <source>part 3 %1 (detached)</source>
        <translation>第三部分 %1（自行撰写）</translation>
    </message>
    <message>
        <source>part 3 section %1 (detached)</source>
        <translation>第三部分第 %1 节（自行撰写）</translation>
    </message>
</context>
<context>
    <name>Juesuan::Formula</name>
    <message>
        <source>empty formula</source>
        <translation>公式为空</translation>
    </message>
    <message>
        <source>expected + or − at position %1 of “%2”</source>
        <translation>“%2”的第 %1 个位置应为 + 或 −</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a cell reference (row@column)</source>
        <translation>“%2”中的“%1”不是单元格引用（行@栏）</translation>
    </message>
    <message>
        <source>bad range “%1”</source>
        <translation>范围“%1”有误</translation>
    </message>
</context>
<context>
    <name>Juesuan::GuiSession</name>
    <message>
        <source>Editor for departmental final-accounts disclosure reports</source>
        <translation>部门决算公开报告编辑器</translation>
    </message>
    <message>
        <source>The report to open (.juesuan).</source>
        <translation>要打开的报告（.juesuan）。</translation>
    </message>
    <message>
        <source>Show this outline entry.</source>
        <translation>显示目录中的这一条。</translation>
    </message>
    <message>
        <source>Grab the window into a PNG and quit.</source>
        <translation>把窗口截图保存为 PNG 后退出。</translation>
    </message>
    <message>
        <source>Quit once the window is shown.</source>
        <translation>窗口显示后立即退出。</translation>
    </message>
    <message>
        <source>Change a text part after loading.</source>
        <translation>加载后修改一个文字部分。</translation>
    </message>
    <message>
        <source>juesuan opens one report at a time</source>
        <translation>juesuan 一次只能打开一份报告</translation>
    </message>
    <message>
        <source>--edit-text: unknown text part %1</source>
        <translation>--edit-text：未知的文字部分 %1</translation>
    </message>
    <message>
        <source>--page: no outline entry %1</source>
        <translation>--page：目录中没有 %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::ImportDialog</name>
    <message>
        <source>Import Workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Nothing was imported; the document is unchanged.
%1</source>
        <translation>未导入任何内容，文档未改动。
%1</translation>
    </message>
    <message>
        <source>Imported %1 tables from %2 (%3 amounts). Every total in the workbook equals what Juesuan computes. Undo reverses the whole import.</source>
        <translation>已从 %2 导入 %1 张表（%3 个金额）。工作簿中的合计数均与决算的计算结果一致。撤销将撤回整个导入。</translation>
    </message>
    <message>
        <source>Imported %1 tables from %2 (%3 amounts). %4 totals in the workbook differ from what Juesuan computes from its figures: double-click one to see its cell. Undo reverses the whole import.</source>
        <translation>已从 %2 导入 %1 张表（%3 个金额）。工作簿中有 %4 个合计数与决算根据其数字计算的结果不一致：双击其中一项可查看对应单元格。撤销将撤回整个导入。</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>差异（%1）</translation>
    </message>
    <message>
        <source>Double-click to show this cell in its table</source>
        <translation>双击可在表中显示该单元格</translation>
    </message>
    <message>
        <source>Tables found (%1)</source>
        <translation>找到的表（%1）</translation>
    </message>
    <message>
        <source>%1 %2: sheet “%3” %4, %5%6, %7 amounts</source>
        <translation>%1 %2：工作表“%3” %4，%5%6，%7 个金额</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation>（假定）</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>已跳过（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>提示（%1）</translation>
    </message>
</context>
<context>
    <name>Juesuan::IndicatorModel</name>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
</context>
<context>
    <name>Juesuan::InputText</name>
    <message>
        <source>… (%1 characters)</source>
        <translation>…（共 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>Juesuan::JsonScanner</name>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>the member is given more than once in its object (again at line %1); a document names each member once</source>
        <translation>该成员在所属对象中出现了多次（第 %1 行再次出现）；文档中每个成员只能出现一次</translation>
    </message>
    <message>
        <source>the number %1 is not a whole number (numbers in a Juesuan document are JSON integers: no decimal point, no exponent)</source>
        <translation>数字 %1 不是整数（决算文档中的数字为 JSON 整数：不含小数点和指数）</translation>
    </message>
    <message>
        <source>the number %1 is out of range (at most 19 digits, within ±9223372036854775807)</source>
        <translation>数字 %1 超出范围（最多 19 位，且在 ±9223372036854775807 以内）</translation>
    </message>
</context>
<context>
    <name>Juesuan::KeyWorkEditor</name>
    <message>
        <source>Key work table</source>
        <translation>重点工作表</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>Juesuan::KeyWorkModel</name>
    <message>
        <source>Edit key work</source>
        <translation>编辑重点工作</translation>
    </message>
    <message>
        <source>Add key work row</source>
        <translation>添加重点工作行</translation>
    </message>
    <message>
        <source>Remove key work row</source>
        <translation>删除重点工作行</translation>
    </message>
    <message>
        <source>Move key work row</source>
        <translation>移动重点工作行</translation>
    </message>
</context>
<context>
    <name>Juesuan::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>审核结果</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Report</source>
        <translation>打开示例报告(&amp;S)</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>最近文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Report &amp;Details…</source>
        <translation>报告信息(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>目录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Audit Findings</source>
        <translation>审核结果(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Juesuan</source>
        <translation>关于决算(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <source>Juesuan reports (*.juesuan)</source>
        <translation>决算报告 (*.juesuan)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>The report “%1” has changes that are not saved.</source>
        <translation>报告“%1”有未保存的修改。</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>是否保存？</translation>
    </message>
    <message>
        <source>an untitled report</source>
        <translation>未命名的报告</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Juesuan did not close normally. Changes to %1 from %2 were kept.</source>
        <translation>决算上次未正常关闭。%2 时对 %1 的修改已保留。</translation>
    </message>
    <message>
        <source>Restore them? Discard deletes the kept copy; Ignore asks again next time.</source>
        <translation>是否恢复？“放弃”会删除保留的副本；“忽略”则下次启动时再问。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This part has no editor in this version of Juesuan.</source>
        <translation>本版本的决算尚不能编辑这一部分。</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <source>Report Details</source>
        <translation>报告信息</translation>
    </message>
    <message>
        <source>About Juesuan</source>
        <translation>关于决算</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;An editor for departmental final-accounts disclosure reports: the nine tables, their explanations, charts and audit, printed as published.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;决算 %1&lt;/h3&gt;&lt;p&gt;部门决算公开报告编辑器：九张公开表、情况说明、图表与审核，按公开格式打印输出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insert subject explanations</source>
        <translation>插入科目解释</translation>
    </message>
    <message>
        <source>Append a numbered explanation for each subject of tables 02, 03 and 05 that the text does not explain yet</source>
        <translation>为 02、03、05 表中尚未解释的每个科目追加一条编号解释</translation>
    </message>
    <message numerus="yes">
        <source>%n subject explanation(s) added</source>
        <translation>
            <numerusform>已添加 %n 条科目解释</numerusform>
        </translation>
    </message>
    <message>
        <source>Every subject is explained already</source>
        <translation>所有科目都已有解释</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Figures for the explanations</source>
        <translation>情况说明用数</translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation>导入工作簿(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Prior Year…</source>
        <translation>导入上年数(&amp;P)…</translation>
    </message>
    <message>
        <source>Fill the 上年 figures of the explanations from last year&apos;s report</source>
        <translation>从上年报告中填入情况说明的上年数</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <source>The user manual, at the section about the page shown</source>
        <translation>打开用户手册中与当前页面对应的章节</translation>
    </message>
    <message>
        <source>Import Prior Year</source>
        <translation>导入上年数</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>In %1, %2. Take its figures as this report&apos;s 上年 figures all the same?</source>
        <translation>%1：%2。仍要将其中的数字作为本报告的上年数吗？</translation>
    </message>
    <message>
        <source>Nothing imported from %1</source>
        <translation>未从 %1 导入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prior-year figure(s) from %1</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个上年数</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled from %1 (Undo takes it back):
%2</source>
        <translation>已从 %1 填入（可撤销）：
%2</translation>
    </message>
    <message>
        <source>Last year&apos;s report (*.juesuan *.xlsx *.xls *.csv *.tsv);;Juesuan reports (*.juesuan);;Workbooks (*.xlsx *.xls *.csv *.tsv)</source>
        <translation>上年报告 (*.juesuan *.xlsx *.xls *.csv *.tsv);;决算报告 (*.juesuan);;工作簿 (*.xlsx *.xls *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Import Workbook</source>
        <translation>导入工作簿</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)</source>
        <translation>工作簿 (*.xlsx *.xls *.csv *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>已取消导入，未做任何修改</translation>
    </message>
    <message>
        <source>Imported %1 tables from %2</source>
        <translation>已从 %2 导入 %1 张表</translation>
    </message>
    <message>
        <source>As &amp;Printed (舍位平衡)</source>
        <translation>按印出数显示(&amp;P)（舍位平衡）</translation>
    </message>
    <message>
        <source>Show the figures the report prints: rounded so that every total adds up</source>
        <translation>显示报告印出的数字：经舍位平衡，使各合计数恰好相加相等</translation>
    </message>
    <message>
        <source>Change &amp;Edition…</source>
        <translation>更改版本(&amp;E)…</translation>
    </message>
    <message>
        <source>Move the report to a newer edition of the tables and subject catalogue</source>
        <translation>将报告迁移到较新版本的表格和科目目录</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Change Edition</source>
        <translation>更改版本</translation>
    </message>
    <message>
        <source>The report uses edition %1; this program knows no newer one.</source>
        <translation>报告使用 %1 版本；本程序没有更新的版本。</translation>
    </message>
    <message>
        <source>The report uses edition %1. Move it to:</source>
        <translation>报告使用 %1 版本。迁移到：</translation>
    </message>
    <message>
        <source>Cannot change the edition</source>
        <translation>无法更改版本</translation>
    </message>
    <message>
        <source>Edit → Undo takes it back.</source>
        <translation>“编辑 → 撤销”可以还原。</translation>
    </message>
    <message>
        <source>Paste &amp;Unit</source>
        <translation>粘贴单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;万元, as the Tables Show</source>
        <translation>万元，与表格一致(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;元, for Blocks from Sheets in 元</source>
        <translation>元，用于从以元为单位的表格复制的区域(&amp;Y)</translation>
    </message>
    <message>
        <source>Read pasted amounts in 元: 12.345 is then refused (finer than 分)</source>
        <translation>按元读取粘贴的金额：此时 12.345 将被拒绝（精度超过分）</translation>
    </message>
    <message>
        <source>Paste unit: %1</source>
        <translation>粘贴单位：%1</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>自行撰写</translation>
    </message>
</context>
<context>
    <name>Juesuan::ManualBrowser</name>
    <message>
        <source>Juesuan Manual</source>
        <translation>决算用户手册</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Juesuan::Money</name>
    <message>
        <source>a sign inside parentheses</source>
        <translation>括号内有正负号</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>数字太大</translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation>有多个小数点</translation>
    </message>
    <message>
        <source>a thousands separator in the wrong place</source>
        <translation>千位分隔符位置错误</translation>
    </message>
    <message>
        <source>a thousands separator after the decimal point</source>
        <translation>小数点后有千位分隔符</translation>
    </message>
    <message>
        <source>a sign in the middle of the number</source>
        <translation>数字中间有正负号</translation>
    </message>
    <message>
        <source>“%1” is not part of a number</source>
        <translation>“%1”不是数字的一部分</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>金额太大</translation>
    </message>
    <message>
        <source>a percentage is not an amount</source>
        <translation>百分比不是金额</translation>
    </message>
    <message>
        <source>more than 6 decimals: in 万元 an amount is exact to 0.000001 (one 分) and is never rounded</source>
        <translation>小数超过 6 位：以万元为单位时金额精确到 0.000001（即 1 分），不作四舍五入</translation>
    </message>
    <message>
        <source>more than 2 decimals: in 元 an amount is exact to 0.01 (one 分) and is never rounded</source>
        <translation>小数超过 2 位：以元为单位时金额精确到 0.01（即 1 分），不作四舍五入</translation>
    </message>
</context>
<context>
    <name>Juesuan::NarrativeOverrides</name>
    <message>
        <source>“%1” is not the id of a section of part 3</source>
        <translation>“%1”不是第三部分某一节的标识</translation>
    </message>
    <message>
        <source>section %1 is detached already</source>
        <translation>第 %1 节已是自行撰写</translation>
    </message>
    <message>
        <source>section %1 has no paragraphs to detach</source>
        <translation>第 %1 节没有可脱离生成的段落</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>脱离生成：%1</translation>
    </message>
    <message>
        <source>part 3 has no section %1</source>
        <translation>第三部分没有第 %1 节</translation>
    </message>
    <message>
        <source>section %1 is not detached</source>
        <translation>第 %1 节不是自行撰写</translation>
    </message>
    <message>
        <source>Re-attach %1</source>
        <translation>恢复生成：%1</translation>
    </message>
</context>
<context>
    <name>Juesuan::NarrativeView</name>
    <message>
        <source>Reasons and descriptions (the figures around them are computed from the tables)</source>
        <translation>原因与说明（其前后的数字由表格计算得出）</translation>
    </message>
    <message>
        <source>1. Change in total revenue and expenditure: main reason</source>
        <translation>一、收入支出决算总计变动的主要原因</translation>
    </message>
    <message>
        <source>2. Change in revenue for the year: main reason</source>
        <translation>二、本年收入变动的主要原因</translation>
    </message>
    <message>
        <source>3. Change in expenditure for the year: main reason</source>
        <translation>三、本年支出变动的主要原因</translation>
    </message>
    <message>
        <source>4. Change in total fiscal appropriations: main reason</source>
        <translation>四、财政拨款收支总计变动的主要原因</translation>
    </message>
    <message>
        <source>4. Change in general-budget appropriation revenue: main reason</source>
        <translation>四、一般公共预算财政拨款收入变动的主要原因</translation>
    </message>
    <message>
        <source>5. Change in general-budget appropriation expenditure: main reason</source>
        <translation>五、一般公共预算财政拨款支出变动的主要原因</translation>
    </message>
    <message>
        <source>9. “Three public” spending against budget: main reason</source>
        <translation>九、“三公”经费决算数与预算数差异的主要原因</translation>
    </message>
    <message>
        <source>9. Official travel abroad against budget: main reason</source>
        <translation>九、因公出国（境）费决算数与预算数差异的主要原因</translation>
    </message>
    <message>
        <source>9. Official vehicle purchase against budget: main reason</source>
        <translation>九、公务用车购置费决算数与预算数差异的主要原因</translation>
    </message>
    <message>
        <source>9. Official vehicle running costs against budget: main reason</source>
        <translation>九、公务用车运行维护费决算数与预算数差异的主要原因</translation>
    </message>
    <message>
        <source>9. Official reception against budget: main reason</source>
        <translation>九、公务接待费决算数与预算数差异的主要原因</translation>
    </message>
    <message>
        <source>9. Official reception: guests and purpose</source>
        <translation>九、公务接待费：接待对象和事由</translation>
    </message>
    <message>
        <source>12. Other vehicles: what they are</source>
        <translation>十二、其他用车的说明</translation>
    </message>
    <message>
        <source>13. Conclusion of the project self-evaluations</source>
        <translation>十三、项目支出自评结论</translation>
    </message>
    <message>
        <source>13. Result of the overall self-evaluation</source>
        <translation>十三、部门整体支出自评结果</translation>
    </message>
    <message>
        <source>13. How the results are used (whole paragraph)</source>
        <translation>十三、绩效自评结果应用情况（整段）</translation>
    </message>
    <message>
        <source>5. Item %1 %2 against its initial budget: main reason</source>
        <translation>五、%1 %2 决算数与年初预算数差异的主要原因</translation>
    </message>
    <message>
        <source>5. Project %1: main effect</source>
        <translation>五、项目 %1：主要成效</translation>
    </message>
    <message>
        <source>13. Project %1: main outputs and benefits</source>
        <translation>十三、项目 %1：主要产出和效益</translation>
    </message>
    <message>
        <source>(no reason given: the sentence ends without one)</source>
        <translation>（未填写原因：句子在此结束）</translation>
    </message>
    <message>
        <source>0 decimals</source>
        <translation>0 位小数</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 位小数</translation>
    </message>
    <message>
        <source>2 decimals</source>
        <translation>2 位小数</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>占比(&amp;S)：</translation>
    </message>
    <message>
        <source>占…的 x%: shares of a total</source>
        <translation>占…的 x%：占合计数的比重</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>增减率(&amp;H)：</translation>
    </message>
    <message>
        <source>增长/下降 x%: changes against the prior year</source>
        <translation>增长/下降 x%：与上年相比的变动</translation>
    </message>
    <message>
        <source>&amp;Budget rates:</source>
        <translation>预算完成率(&amp;B)：</translation>
    </message>
    <message>
        <source>完成（年初）预算的 x%: actual against the initial budget (parts 5 and 9)</source>
        <translation>完成（年初）预算的 x%：决算数与年初预算之比（五和九）</translation>
    </message>
    <message>
        <source>E&amp;xecution rates:</source>
        <translation>执行率(&amp;X)：</translation>
    </message>
    <message>
        <source>执行率 of the self-evaluation forms quoted in part 13</source>
        <translation>第十三部分引用的绩效自评表执行率</translation>
    </message>
    <message>
        <source>A&amp;mounts:</source>
        <translation>金额(&amp;M)：</translation>
    </message>
    <message>
        <source>Trimmed (1274.1)</source>
        <translation>去掉末尾的 0（1274.1）</translation>
    </message>
    <message>
        <source>Two decimals (1274.10)</source>
        <translation>两位小数（1274.10）</translation>
    </message>
    <message>
        <source>How amounts in 万元 print in the explanations</source>
        <translation>情况说明中以万元为单位的金额的写法</translation>
    </message>
    <message>
        <source>&amp;Evaluated funds:</source>
        <translation>评价资金(&amp;E)：</translation>
    </message>
    <message>
        <source>Sum of budgets</source>
        <translation>预算数合计</translation>
    </message>
    <message>
        <source>Sum of executed</source>
        <translation>执行数合计</translation>
    </message>
    <message>
        <source>What 资金 means in 13 (一): the projects&apos; budgets or what they executed</source>
        <translation>十三（一）中“资金”的含义：项目预算数或执行数</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>项目顺序(&amp;P)：</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>按录入顺序</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <source>The order of the projects in 5 (三) and 13 (三)</source>
        <translation>五（三）和十三（三）中项目的顺序</translation>
    </message>
    <message>
        <source>&amp;Rate over 100%</source>
        <translation>超过 100% 也写完成率(&amp;R)</translation>
    </message>
    <message>
        <source>Print 完成年初预算的 x% also for an item whose actual exceeds its budget</source>
        <translation>决算数超过预算数的项目也写“完成年初预算的 x%”</translation>
    </message>
    <message>
        <source>&amp;Overall execution rate</source>
        <translation>部门整体执行率(&amp;O)</translation>
    </message>
    <message>
        <source>Print the 执行率 of the overall (部门整体) self-evaluation in 13 (二)</source>
        <translation>在十三（二）中写出部门整体绩效自评的执行率</translation>
    </message>
    <message>
        <source>7. Change in government fund revenue and expenditure: main reason</source>
        <translation>七、政府性基金收支变动的主要原因</translation>
    </message>
    <message>
        <source>8. Change in state capital operation expenditure: main reason</source>
        <translation>八、国有资本经营预算支出变动的主要原因</translation>
    </message>
    <message>
        <source>10. Change in agency operating costs: main reason</source>
        <translation>十、机关运行经费变动的主要原因</translation>
    </message>
    <message>
        <source>7. Item %1 %2 against its initial budget: main reason</source>
        <translation>七、%1 %2 决算数与年初预算差异的主要原因</translation>
    </message>
</context>
<context>
    <name>Juesuan::NewDocumentDialog</name>
    <message>
        <source>New Report</source>
        <translation>新建报告</translation>
    </message>
    <message>
        <source>e.g. the department&apos;s full name</source>
        <translation>例如部门全称</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>已公开于</translation>
    </message>
    <message>
        <source>Publishing date:</source>
        <translation>公开日期：</translation>
    </message>
    <message>
        <source>Contact &amp;telephone:</source>
        <translation>咨询电话(&amp;T)：</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>说明(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Keep the 尾数误差 note under the tables even when the printed figures add up</source>
        <translation>即使印出数已平衡，表格注释仍保留尾数误差说明(&amp;K)</translation>
    </message>
    <message>
        <source>Table notes:</source>
        <translation>表格注释：</translation>
    </message>
</context>
<context>
    <name>Juesuan::OutlineModel</name>
    <message>
        <source>Outline</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Part 1  Overview</source>
        <translation>第一部分 概况</translation>
    </message>
    <message>
        <source>1. Main duties</source>
        <translation>一、部门主要职责</translation>
    </message>
    <message>
        <source>2. Organisation</source>
        <translation>二、机构设置情况</translation>
    </message>
    <message>
        <source>Part 2  Final accounts tables</source>
        <translation>第二部分 部门决算表</translation>
    </message>
    <message>
        <source>Part 3  Explanations</source>
        <translation>第三部分 部门决算情况说明</translation>
    </message>
    <message>
        <source>Part 4  Key work completed</source>
        <translation>第四部分 重点工作完成情况</translation>
    </message>
    <message>
        <source>Part 5  Glossary</source>
        <translation>第五部分 名词解释</translation>
    </message>
    <message>
        <source>Part 6  Attachments</source>
        <translation>第六部分 附件</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Figure 1: Change in total revenue and expenditure</source>
        <translation>图1：收、支决算总计变动情况</translation>
    </message>
    <message>
        <source>Figure 2: Revenue structure</source>
        <translation>图2：收入决算结构</translation>
    </message>
    <message>
        <source>Figure 3: Expenditure structure</source>
        <translation>图3：支出决算结构</translation>
    </message>
    <message>
        <source>Figure 4: Change in total fiscal appropriation revenue and expenditure</source>
        <translation>图4：财政拨款收、支决算总计变动情况</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已填</translation>
    </message>
    <message>
        <source>%1: to fill in. Add its items (项) by subject code or name, then type their amounts.</source>
        <translation>%1：待填写。请按科目编码或名称添加项，再填写金额。</translation>
    </message>
    <message>
        <source>%1: mostly derived from the other tables (%2 cells); fill in its %3 remaining input cells, %4 of them filled.</source>
        <translation>%1：大部分由其他表生成（%2 个单元格）；请填写其余 %3 个输入单元格，已填 %4 个。</translation>
    </message>
    <message>
        <source>%1: to fill in: %2 of its %3 input cells hold a value; %4 cells are computed.</source>
        <translation>%1：待填写：%3 个输入单元格中有 %2 个已有数值；%4 个单元格为计算所得。</translation>
    </message>
    <message>
        <source>derived, %1</source>
        <translation>生成，%1</translation>
    </message>
</context>
<context>
    <name>Juesuan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The language changes the next time Juesuan starts.</source>
        <translation>语言将在下次启动决算时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>Juesuan::PrintedValues</name>
    <message>
        <source>exact %1 万元; printed %2 to keep %3</source>
        <translation>精确值 %1 万元；印出 %2，以保持 %3</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>规则 %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>规则 %1（%2）</translation>
    </message>
    <message>
        <source>类</source>
        <translation>类</translation>
    </message>
    <message>
        <source>款</source>
        <translation>款</translation>
    </message>
    <message>
        <source>项</source>
        <translation>项</translation>
    </message>
    <message>
        <source>%1表 %2 = Σ%3 (栏%4)</source>
        <translation>%1表 %2 = Σ%3（栏%4）</translation>
    </message>
    <message>
        <source>%1表 %2: 栏%3 =</source>
        <translation>%1表 %2：栏%3 = </translation>
    </message>
    <message>
        <source>栏%1</source>
        <translation>栏%1</translation>
    </message>
    <message>
        <source>%1 = Σ %2 cells</source>
        <translation>%1 = Σ %2 个单元格</translation>
    </message>
    <message>
        <source>the %1 linked cells around %2</source>
        <translation>%2 周围相互关联的 %1 个单元格</translation>
    </message>
    <message>
        <source>more linked cells than this version balances (%1); half-up rounding is printed</source>
        <translation>关联单元格多于本版本能够平衡的数量（%1）；印出四舍五入的结果</translation>
    </message>
    <message>
        <source>no rounding of these cells to 0.01 万元 keeps it together with every formula and the relations kept before it</source>
        <translation>将这些单元格舍入到 0.01 万元，无法在保持全部公式和此前已保持的关系的同时保持该关系</translation>
    </message>
    <message>
        <source>the formulas around %1</source>
        <translation>%1 周围的公式</translation>
    </message>
    <message>
        <source>the solver found no balanced rounding; half-up rounding is printed</source>
        <translation>求解器未找到平衡的舍入；印出四舍五入的结果</translation>
    </message>
    <message>
        <source>%1 keeps half-up rounding</source>
        <translation>%1 保持四舍五入</translation>
    </message>
    <message>
        <source>no balanced rounding keeps this grand total at its half-up value</source>
        <translation>没有一种平衡舍入能使该总计保持其四舍五入的数值</translation>
    </message>
</context>
<context>
    <name>Juesuan::PriorYearImport</name>
    <message numerus="yes">
        <source>%n total(s) in the workbook differ from the sums of its figures; the sums were taken</source>
        <translation>
            <numerusform>工作簿中有 %n 个合计数与其明细数之和不一致；已采用求和结果</numerusform>
        </translation>
    </message>
    <message>
        <source>the report read is for %1, not for %2, the year before this report&apos;s %3</source>
        <translation>所读取的报告为 %1 年度，而不是本报告（%3 年度）的上一年度 %2</translation>
    </message>
    <message>
        <source>%1 %2 column %3</source>
        <translation>%1 %2 第 %3 栏</translation>
    </message>
    <message>
        <source>last year&apos;s report holds none of the figures this report compares with</source>
        <translation>上年报告中没有本报告需要对比的任何数字</translation>
    </message>
    <message>
        <source>Import prior-year figures</source>
        <translation>导入上年数</translation>
    </message>
    <message>
        <source>was blank</source>
        <translation>原为空</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>原为 %1</translation>
    </message>
    <message>
        <source>%1: %2 万元 (from %3; %4)</source>
        <translation>%1：%2 万元（来自 %3；%4）</translation>
    </message>
    <message>
        <source>%1: not in last year&apos;s report, left as it was</source>
        <translation>%1：上年报告中没有，保持原值</translation>
    </message>
</context>
<context>
    <name>Juesuan::RecalcEngine</name>
    <message>
        <source>cell %1 is defined twice</source>
        <translation>单元格 %1 定义了两次</translation>
    </message>
    <message>
        <source>formulas form a cycle: %1</source>
        <translation>公式形成循环：%1</translation>
    </message>
</context>
<context>
    <name>Juesuan::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>没有最近文件</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 &amp;HTML…</translation>
    </message>
    <message numerus="yes">
        <source>The audit finds %n error(s) in this report. Published figures should agree with each other.

%1 anyway?</source>
        <translation>
            <numerusform>审核发现本报告有 %n 个错误。公开的数字应当相互一致。

仍要%1吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>无法导出 %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n pages)</source>
        <translation>
            <numerusform>已导出 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML 文件 (*.html *.htm)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Export &amp;Workbook…</source>
        <translation>导出工作簿(&amp;W)…</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>正在打印报告…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export Workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>已取消导出，%1 保持原样</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>已取消导出</translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportPrinter</name>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法开始写 PDF</translation>
    </message>
    <message>
        <source>cannot start printing on %1</source>
        <translation>无法开始在 %1 上打印</translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportTemplate</name>
    <message>
        <source>table %1 appears twice in %2</source>
        <translation>表 %1 在 %2 中出现了两次</translation>
    </message>
    <message>
        <source>%1/edition.json: an edition needs a name and tables</source>
        <translation>%1/edition.json：版本需要名称和表</translation>
    </message>
    <message>
        <source>edition %1: %2</source>
        <translation>版本 %1：%2</translation>
    </message>
    <message>
        <source>no template edition “%1” (this program knows %2)</source>
        <translation>没有模板版本“%1”（本程序支持 %2）</translation>
    </message>
    <message>
        <source>%1 refers to %2, which does not exist</source>
        <translation>%1 引用了不存在的 %2</translation>
    </message>
    <message>
        <source>formula of %1</source>
        <translation>%1 的公式</translation>
    </message>
    <message>
        <source>table %1 column %2 rule</source>
        <translation>表 %1 第 %2 栏规则</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1：不是 JSON 对象（偏移 %3 处%2）</translation>
    </message>
    <message>
        <source>%1: the editions inherit from each other in a circle (%2)</source>
        <translation>%1：版本之间循环继承（%2）</translation>
    </message>
    <message>
        <source>%1: unknown member “%2”</source>
        <translation>%1：未知成员“%2”</translation>
    </message>
    <message>
        <source>%1: base “%2” is not the name of an edition</source>
        <translation>%1：base“%2”不是版本名称</translation>
    </message>
    <message>
        <source>%1: base edition “%2” does not exist (no %3)</source>
        <translation>%1：基础版本“%2”不存在（没有 %3）</translation>
    </message>
    <message>
        <source>%1: an edition needs a name (“edition”)</source>
        <translation>%1：版本需要名称（“edition”）</translation>
    </message>
    <message>
        <source>edition %1: catalogue: %2</source>
        <translation>%1 版本：目录：%2</translation>
    </message>
    <message>
        <source>%1: quantities.%2: “%3” does not name cells of edition %4%5</source>
        <translation>%1：quantities.%2：“%3”不是 %4 版本的单元格%5</translation>
    </message>
    <message>
        <source>%1: figure %2 is read from quantity “%3”, which the edition does not define</source>
        <translation>%1：数字项 %2 读取数量“%3”，但该版本没有定义它</translation>
    </message>
    <message>
        <source>%1: printedAnchors: “%2” is not a cell of edition %3</source>
        <translation>%1：printedAnchors：“%2”不是 %3 版本的单元格</translation>
    </message>
</context>
<context>
    <name>Juesuan::SheetModel</name>
    <message>
        <source>%1 is not an amount cell</source>
        <translation>%1 不是金额单元格</translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be typed into</source>
        <translation>%1 由其他单元格计算得出，不能直接输入</translation>
    </message>
    <message>
        <source>%1: “%2” is refused: %3</source>
        <translation>%1：“%2”被拒绝：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2, column %3</source>
        <translation>%1，%2，第 %3 栏</translation>
    </message>
    <message>
        <source>%1, row %2, grid column %3</source>
        <translation>%1，第 %2 行，网格第 %3 列</translation>
    </message>
    <message>
        <source>Computed: it cannot be typed into</source>
        <translation>计算得出：不能录入</translation>
    </message>
</context>
<context>
    <name>Juesuan::SheetView</name>
    <message>
        <source>Sum: %1  Count: %2  Average: %3</source>
        <translation>求和：%1  计数：%2  平均值：%3</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <source>Paste: select the cell where the block should start</source>
        <translation>粘贴：请选择数据块起始的单元格</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <source>Nothing cleared: the %n selected amount cells are computed</source>
        <translation>
            <numerusform>未清除任何内容：选中的 %n 个金额单元格都是计算得出的</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1 input cells; %n computed cells were left as they are</source>
        <translation>
            <numerusform>已清除 %1 个输入单元格；%n 个计算单元格保持不变</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Select an item (项) row to remove; 类 and 款 rows go with their last item</source>
        <translation>请选择要删除的项行；类、款行随其最后一个项一并删除</translation>
    </message>
    <message>
        <source>Removed %1 %2</source>
        <translation>已删除 %1 %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove item row</source>
        <translation>删除项行</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the list of differences</source>
        <translation>关闭差异列表</translation>
    </message>
    <message>
        <source>Paste refused at %1</source>
        <translation>在 %1 处拒绝粘贴</translation>
    </message>
    <message>
        <source> (amounts read in 元)</source>
        <translation>（金额按元读取）</translation>
    </message>
    <message numerus="yes">
        <source>The block pasted does not agree with %n computed cells; click one (or press Enter) to go to it:</source>
        <translation>
            <numerusform>粘贴的区域与 %n 个计算单元格不一致；单击其中一项（或按回车键）可转到该单元格：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectCatalogue</name>
    <message>
        <source>catalogue: “%1” must be an array</source>
        <translation>科目目录：“%1”必须是数组</translation>
    </message>
    <message>
        <source>catalogue %1: a subject needs a 3, 5 or 7 digit code and a name</source>
        <translation>科目目录 %1：科目需要 3、5 或 7 位编码和名称</translation>
    </message>
    <message>
        <source>catalogue %1: code %2 listed twice</source>
        <translation>科目目录 %1：编码 %2 列出了两次</translation>
    </message>
    <message>
        <source>catalogue %1: the parent %2 of %3 is not listed before it</source>
        <translation>科目目录 %1：%3 的上级 %2 未列在它之前</translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectGlossary</name>
    <message>
        <source>Insert subject explanations</source>
        <translation>插入科目解释</translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectNames</name>
    <message>
        <source>bundled</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>bundled, unverified</source>
        <translation>内置，未核对</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>本文档</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Juesuan::TableExport</name>
    <message>
        <source>no table “%1” (the tables are %2)</source>
        <translation>没有表“%1”（现有的表为 %2）</translation>
    </message>
</context>
<context>
    <name>Juesuan::TableLocator</name>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>no table of the %1 edition found (no title and no 公开NN表 code)</source>
        <translation>未找到 %1 版本的表（没有表名，也没有公开NN表编号）</translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot; %3)</source>
        <translation>%1（工作表“%2” %3）</translation>
    </message>
    <message>
        <source>the table was already found earlier; this copy is not read</source>
        <translation>前面已找到该表；此副本未读取</translation>
    </message>
    <message>
        <source>no header with the table&apos;s captions below its title</source>
        <translation>表名下方没有含该表各栏名称的表头</translation>
    </message>
    <message>
        <source>column “%1” is not a column of %2: not read</source>
        <translation>“%1”栏不是 %2 的栏：未读取</translation>
    </message>
    <message>
        <source>no subject code column (类/款/项 or 科目编码) in the header</source>
        <translation>表头中没有科目编码栏（类/款/项或科目编码）</translation>
    </message>
    <message>
        <source>row has amounts but no subject code or 合计 label: not read</source>
        <translation>该行有金额，但没有科目编码或“合计”字样：未读取</translation>
    </message>
    <message>
        <source>row %1 appears a second time: not read</source>
        <translation>行 %1 重复出现：未读取</translation>
    </message>
    <message>
        <source>row has amounts but matches no line of %1: not read</source>
        <translation>该行有金额，但与 %1 的任何行都不匹配：未读取</translation>
    </message>
</context>
<context>
    <name>Juesuan::TableTemplate</name>
    <message>
        <source>%1[%2] must be an array of cells</source>
        <translation>%1[%2] 必须是单元格数组</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 columns</source>
        <translation>%1 超出了 %2 列</translation>
    </message>
    <message>
        <source>%1: “%2” is not a cell of this table (row@column)</source>
        <translation>%1：“%2”不是本表的单元格（行@栏）</translation>
    </message>
    <message>
        <source>%1 names line “%2”, which is not in “lines”</source>
        <translation>%1 引用了行“%2”，但它不在“lines”中</translation>
    </message>
    <message>
        <source>%1 overlaps another cell</source>
        <translation>%1 与另一个单元格重叠</translation>
    </message>
    <message>
        <source>%1 row %2 leaves columns uncovered (the table has %3)</source>
        <translation>%1 第 %2 行有未覆盖的栏（该表共 %3 栏）</translation>
    </message>
    <message>
        <source>%1: id, code, title and columns are required</source>
        <translation>%1：id、code、title 和 columns 为必填项</translation>
    </message>
    <message>
        <source>%1: kind must be “fixed” or “codelist”, not “%2”</source>
        <translation>%1：kind 必须是“fixed”或“codelist”，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 lines[%2]: missing, repeated or malformed key “%3”</source>
        <translation>%1 lines[%2]：键“%3”缺失、重复或格式错误</translation>
    </message>
    <message>
        <source>%1: cell %2 appears twice in the body</source>
        <translation>%1：单元格 %2 在表体中出现了两次</translation>
    </message>
    <message>
        <source>%1: cell %2 belongs to no line</source>
        <translation>%1：单元格 %2 不属于任何行</translation>
    </message>
    <message>
        <source>%1: formula for “%2”, which is not a cell of the table</source>
        <translation>%1：“%2”的公式，但它不是本表的单元格</translation>
    </message>
    <message>
        <source>%1: formula for %2: %3</source>
        <translation>%1：%2 的公式：%3</translation>
    </message>
    <message>
        <source>%1: formula for %2 needs explicit rows</source>
        <translation>%1：%2 的公式需要明确的行</translation>
    </message>
    <message>
        <source>%1: codeColumns + nameColumns + amountColumns must make the %2 columns</source>
        <translation>%1：codeColumns + nameColumns + amountColumns 之和必须等于 %2 列</translation>
    </message>
    <message>
        <source>%1: column formula for unknown column “%2”</source>
        <translation>%1：未知栏“%2”的栏公式</translation>
    </message>
    <message>
        <source>%1: column formula for %2: %3</source>
        <translation>%1：%2 的栏公式：%3</translation>
    </message>
    <message>
        <source>%1: column formula for %2 may only name columns of the same row</source>
        <translation>%1：%2 的栏公式只能引用同一行的栏</translation>
    </message>
</context>
<context>
    <name>Juesuan::TextCheck</name>
    <message>
        <source>The text cannot be checked against the tables: %1</source>
        <translation>文字无法与表格核对：%1</translation>
    </message>
    <message>
        <source>%1 as a share of %2: the text says %3, the tables give %4</source>
        <translation>%1占%2的比重：文字为 %3，表格为 %4</translation>
    </message>
    <message>
        <source>%1 against its budget: the text says %2 done, the tables give %3</source>
        <translation>%1完成预算：文字为完成 %2，表格为 %3</translation>
    </message>
    <message>
        <source>%1, rate of change: the text says %2, the tables give %3</source>
        <translation>%1增减率：文字为 %2，表格为 %3</translation>
    </message>
    <message>
        <source>%1 against its budget: the text says %2, the tables give %3</source>
        <translation>%1与预算相比：文字为 %2，表格为 %3</translation>
    </message>
    <message>
        <source>%1 against last year: the text says %2, the tables give %3</source>
        <translation>%1与上年相比：文字为 %2，表格为 %3</translation>
    </message>
    <message>
        <source>%1, budget: the text says %2, the tables give %3</source>
        <translation>%1预算数：文字为 %2，表格为 %3</translation>
    </message>
    <message>
        <source>%1: the text says %2, the tables give %3</source>
        <translation>%1：文字为 %2，表格为 %3</translation>
    </message>
</context>
<context>
    <name>Juesuan::TextCheckTable</name>
    <message>
        <source>“%1” is not an amount among the edition&apos;s figures</source>
        <translation>“%1”不是本版本数字中的金额</translation>
    </message>
    <message>
        <source>“%1” is not a 上年 figure of the edition</source>
        <translation>“%1”不是本版本的上年数</translation>
    </message>
    <message>
        <source>“%1” is not a one-cell quantity of the edition</source>
        <translation>“%1”不是本版本中对应单个单元格的数量</translation>
    </message>
    <message>
        <source>“%1” is not a quantity of the edition</source>
        <translation>“%1”不是本版本的数量</translation>
    </message>
    <message>
        <source>a source is a non-empty string such as “income_total” or “fact:operating_expense”</source>
        <translation>来源须为非空字符串，如“income_total”或“fact:operating_expense”</translation>
    </message>
    <message>
        <source>%1: an array of phrases is expected</source>
        <translation>%1：应为短语数组</translation>
    </message>
    <message>
        <source>%1: unknown member “%2”</source>
        <translation>%1：未知成员“%2”</translation>
    </message>
    <message>
        <source>%1: “say” lists no phrase</source>
        <translation>%1：“say”未列出任何短语</translation>
    </message>
    <message>
        <source>%1: value: %2</source>
        <translation>%1：value：%2</translation>
    </message>
    <message>
        <source>%1: prior: %2</source>
        <translation>%1：prior：%2</translation>
    </message>
    <message>
        <source>%1: budget: %2</source>
        <translation>%1：budget：%2</translation>
    </message>
</context>
<context>
    <name>Juesuan::TextFormatBar</name>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>Bold the selection (marked **…** in the text)</source>
        <translation>加粗所选文字（在文本中标记为 **…**）</translation>
    </message>
    <message>
        <source>Number 1、2、</source>
        <translation>编号 1、2、</translation>
    </message>
    <message>
        <source>Number (一)(二)</source>
        <translation>编号（一）（二）</translation>
    </message>
    <message>
        <source>No numbers</source>
        <translation>取消编号</translation>
    </message>
    <message>
        <source>Renumber the selected paragraphs</source>
        <translation>为所选段落重新编号</translation>
    </message>
</context>
<context>
    <name>Juesuan::UserCatalogue</name>
    <message>
        <source>%1, sheet “%2” row %3</source>
        <translation>%1，工作表“%2”第 %3 行</translation>
    </message>
    <message>
        <source>%1: subject %2 has no name</source>
        <translation>%1：科目 %2 没有名称</translation>
    </message>
    <message>
        <source>%1: the name of %2 is not one line of at most 200 characters</source>
        <translation>%1：%2 的名称不是一行或超过 200 个字符</translation>
    </message>
    <message>
        <source>%1: subject %2 is named “%3” here and “%4” above</source>
        <translation>%1：科目 %2 在此处名为“%3”，在上文名为“%4”</translation>
    </message>
    <message>
        <source>%1: no sheet holds subject codes (3, 5 or 7 digits beginning with 2) with names</source>
        <translation>%1：没有工作表包含带名称的科目编码（以 2 开头的 3、5 或 7 位数字）</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>%1: not a Juesuan subject catalogue (version 1)</source>
        <translation>%1：不是决算科目目录（第 1 版）</translation>
    </message>
    <message>
        <source>%1: “functional” must be an object of code → name</source>
        <translation>%1：“functional”必须是编码 → 名称的对象</translation>
    </message>
    <message>
        <source>%1: functional.%2: a subject needs a 3, 5 or 7 digit code and a one-line name</source>
        <translation>%1：functional.%2：科目需要 3、5 或 7 位编码和一行名称</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1：不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>Juesuan::WorkbookExport</name>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1：无法写入工作簿：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>无法在 %1 中创建临时文件</translation>
    </message>
    <message>
        <source>cannot give the new file the permissions of the old one</source>
        <translation>无法为新文件设置与原文件相同的权限</translation>
    </message>
    <message>
        <source>libxlsxwriter cannot start a workbook (out of memory?)</source>
        <translation>libxlsxwriter 无法创建工作簿（内存不足？）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Juesuan::WorkbookImporter</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>2 decimals in 元</source>
        <translation>以元计 2 位小数</translation>
    </message>
    <message>
        <source>6 decimals in 万元</source>
        <translation>以万元计 6 位小数</translation>
    </message>
    <message>
        <source>“%1” is finer than one 分 (at most %2)</source>
        <translation>“%1”的精度超过 1 分（最多%2）</translation>
    </message>
    <message>
        <source>“%1” is finer than one 分 (at most %2, or within floating-point noise of a 分)</source>
        <translation>“%1”的精度超过 1 分（最多%2，或与整分值仅差浮点误差）</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1：工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: no table of the %2 edition found (%3)</source>
        <translation>%1：未找到 %2 版本的表（%3）</translation>
    </message>
    <message>
        <source>no sheet holds a title or a 公开NN表 code</source>
        <translation>没有工作表包含表名或公开NN表编号</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1：已取消导入，未做任何修改</translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot; %3)</source>
        <translation>%1（工作表“%2” %3）</translation>
    </message>
    <message>
        <source>%1: no 金额单位 line; amounts read as %2</source>
        <translation>%1：没有“金额单位”行；金额按%2读取</translation>
    </message>
    <message>
        <source>%1: 类 %2 of subject %3 is not in the %4 catalogue, so the row cannot be placed</source>
        <translation>%1：科目 %3 所属的类 %2 不在 %4 科目目录中，因此无法放置该行</translation>
    </message>
    <message>
        <source>%1: subject %2 is not in the %3 catalogue and the workbook gives it no name</source>
        <translation>%1：科目 %2 不在 %3 科目目录中，且工作簿未给出其名称</translation>
    </message>
    <message>
        <source>%1: the name of subject %2 is not one line of at most 200 characters</source>
        <translation>%1：科目 %2 的名称不是不超过 200 个字符的单行文字</translation>
    </message>
    <message>
        <source>%1: subject %2 is not in the %3 catalogue; named “%4” as the workbook names it</source>
        <translation>%1：科目 %2 不在 %3 科目目录中；已按工作簿中的名称命名为“%4”</translation>
    </message>
    <message>
        <source>%1 %2 has no 项 rows under it in the workbook: its amounts are not read</source>
        <translation>%1 %2 在工作簿中没有下级项行：其金额未读取</translation>
    </message>
    <message>
        <source>类</source>
        <translation>类</translation>
    </message>
    <message>
        <source>款</source>
        <translation>款</translation>
    </message>
    <message>
        <source>%1: replaces the document&apos;s %2 figures and %3 subject rows</source>
        <translation>%1：将替换文档中的 %2 个数字和 %3 个科目行</translation>
    </message>
    <message>
        <source>Import workbook %1</source>
        <translation>导入工作簿 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 %3栏: workbook %4, computed %5</source>
        <translation>%1 %2 %3栏：工作簿为 %4，计算结果为 %5</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1: %2 amounts read, %3 input cells set.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 张表：读取 %2 个金额，设置 %3 个输入单元格。</numerusform>
        </translation>
    </message>
    <message>
        <source>类%1</source>
        <translation>类%1</translation>
    </message>
    <message>
        <source>款%1</source>
        <translation>款%1</translation>
    </message>
    <message>
        <source>项%1</source>
        <translation>项%1</translation>
    </message>
    <message>
        <source>行次%1</source>
        <translation>行次%1</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>%1 %2: sheet &quot;%3&quot; %4, %5, %6 amounts</source>
        <translation>%1 %2：工作表“%3” %4，%5，%6 个金额</translation>
    </message>
    <message>
        <source>The workbook names the department “%1”.</source>
        <translation>工作簿中写明的部门为“%1”。</translation>
    </message>
    <message>
        <source>The workbook&apos;s titles name the year %1.</source>
        <translation>工作簿标题中写明的年度为 %1。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Skipped (%1):</source>
        <translation>已跳过（%1）：</translation>
    </message>
    <message>
        <source>Every total in the workbook equals what Juesuan computes.</source>
        <translation>工作簿中的合计数均与决算的计算结果一致。</translation>
    </message>
    <message>
        <source>Differences between the workbook&apos;s totals and Juesuan&apos;s (%1):</source>
        <translation>工作簿合计数与决算计算结果的差异（%1）：</translation>
    </message>
</context>
<context>
    <name>Juesuan::WorkbookReader</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>this is a folder, not a workbook</source>
        <translation>这是文件夹，不是工作簿</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, pipe or socket), so it is not read</source>
        <translation>这不是普通文件（而是设备、管道或套接字），因此未读取</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a workbook may have</source>
        <translation>文件大小为 %1 MiB，超过工作簿允许的 %2 MiB</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the file is more than the %1 MiB a workbook may have</source>
        <translation>文件超过工作簿允许的 %1 MiB</translation>
    </message>
    <message>
        <source>cannot create a temporary file for reading the xls: %1</source>
        <translation>无法创建读取 xls 所需的临时文件：%1</translation>
    </message>
    <message>
        <source>cannot write a temporary file for reading the xls: %1</source>
        <translation>无法写入读取 xls 所需的临时文件：%1</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream holds a string longer than itself</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 所含字符串比记录本身还长</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream runs past its end</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 超出了流的末尾</translation>
    </message>
    <message>
        <source>the compound file holds no Excel workbook (a Word or other Office file, or a password-protected workbook)</source>
        <translation>复合文档中没有 Excel 工作簿（可能是 Word 等其他 Office 文件，或受密码保护的工作簿）</translation>
    </message>
    <message>
        <source>the Workbook stream does not start with a BIFF BOF record</source>
        <translation>Workbook 流不是以 BIFF BOF 记录开头</translation>
    </message>
    <message>
        <source>the workbook is password-protected</source>
        <translation>工作簿受密码保护</translation>
    </message>
    <message>
        <source>a worksheet&apos;s position does not lead to a BIFF BOF record</source>
        <translation>有工作表的位置未指向 BIFF BOF 记录</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream declares the sheet&apos;s size again or with the wrong length</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 重复声明了工作表的大小，或其长度有误</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16</source>
        <translation>文本不是有效的 UTF-16</translation>
    </message>
    <message>
        <source>the file holds binary data: it is neither an xlsx, an xls nor a CSV/TSV text table</source>
        <translation>文件包含二进制数据：既不是 xlsx、xls 文件，也不是 CSV/TSV 文本表格</translation>
    </message>
    <message>
        <source>line %1: the text starts with a UTF-8 mark but is not valid UTF-8</source>
        <translation>第 %1 行：文本以 UTF-8 标记开头，但不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and this system cannot decode GB18030</source>
        <translation>文本不是 UTF-8，且本系统无法解码 GB18030</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 (invalid from line %1) nor GB18030</source>
        <translation>文本既不是 UTF-8（从第 %1 行起无效），也不是 GB18030</translation>
    </message>
    <message>
        <source>line %1: control character U+%2: this is not a CSV/TSV text table</source>
        <translation>第 %1 行：控制字符 U+%2：这不是 CSV/TSV 文本表格</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>the table holds more than %1 cells</source>
        <translation>表格的单元格超过 %1 个</translation>
    </message>
    <message>
        <source>the table has more than %1 rows</source>
        <translation>表格超过 %1 行</translation>
    </message>
    <message>
        <source>the row has more than %1 fields</source>
        <translation>该行的字段超过 %1 个</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>有带引号的字段未闭合</translation>
    </message>
    <message>
        <source>the table holds no cells</source>
        <translation>表格中没有单元格</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the compound-file header is damaged</source>
        <translation>复合文档的文件头已损坏</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>文件不完整或已损坏</translation>
    </message>
    <message>
        <source>the compound file&apos;s allocation table is damaged</source>
        <translation>复合文档的分配表已损坏</translation>
    </message>
    <message>
        <source>the shared string table is damaged</source>
        <translation>共享字符串表已损坏</translation>
    </message>
    <message>
        <source>the workbook&apos;s text encoding cannot be converted</source>
        <translation>无法转换工作簿的文字编码</translation>
    </message>
    <message>
        <source>a number is damaged</source>
        <translation>有数值已损坏</translation>
    </message>
    <message>
        <source>the file is severely damaged (possibly crafted)</source>
        <translation>文件严重损坏（可能是被刻意构造的）</translation>
    </message>
    <message>
        <source>FreeXL error %1</source>
        <translation>FreeXL 错误 %1</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>the sheets declare more than %1 cells (this one %2 rows × %3 columns)</source>
        <translation>各工作表声明的单元格超过 %1 个（本表为 %2 行 × %3 列）</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>工作簿中没有工作表</translation>
    </message>
    <message>
        <source>more than %1 sheets</source>
        <translation>工作表超过 %1 个</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>第 %1 个工作表</translation>
    </message>
    <message>
        <source>the sheet claims %1 rows × %2 columns, beyond Excel&apos;s limits</source>
        <translation>工作表声明为 %1 行 × %2 列，超出了 Excel 的上限</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>单元格 %1：%2</translation>
    </message>
    <message>
        <source>the workbook holds more than %1 cells</source>
        <translation>工作簿的单元格超过 %1 个</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated (its central directory cannot be read)</source>
        <translation>zip 压缩包已损坏或不完整（无法读取其中央目录）</translation>
    </message>
    <message>
        <source>the zip archive holds more than 100000 entries</source>
        <translation>zip 压缩包中的条目超过 100000 个</translation>
    </message>
    <message>
        <source>the zip archive&apos;s directory is damaged</source>
        <translation>zip 压缩包的目录已损坏</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>缺少该部件</translation>
    </message>
    <message>
        <source>the part would expand to %1 MiB, more than the %2 MiB allowed</source>
        <translation>该部件解压后将达 %1 MiB，超过允许的 %2 MiB</translation>
    </message>
    <message>
        <source>the workbook&apos;s parts expand to more than %1 MiB together</source>
        <translation>工作簿各部件解压后合计超过 %1 MiB</translation>
    </message>
    <message>
        <source>the part is encrypted</source>
        <translation>该部件已加密</translation>
    </message>
    <message>
        <source>the part cannot be opened (damaged zip entry or unsupported compression)</source>
        <translation>无法打开该部件（zip 条目已损坏或压缩方式不受支持）</translation>
    </message>
    <message>
        <source>the compressed data is damaged (zip error %1)</source>
        <translation>压缩数据已损坏（zip 错误 %1）</translation>
    </message>
    <message>
        <source>the part expands to more than %1 MiB</source>
        <translation>该部件解压后超过 %1 MiB</translation>
    </message>
    <message>
        <source>the part is damaged (its CRC does not match)</source>
        <translation>该部件已损坏（CRC 校验不符）</translation>
    </message>
    <message>
        <source>the sheet “%1” refers to relationship “%2”, which %3 does not define</source>
        <translation>工作表“%1”引用了关系“%2”，但 %3 中没有定义该关系</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1，第 %2 行第 %3 列</translation>
    </message>
    <message>
        <source>the part is missing, so this is not a complete workbook</source>
        <translation>缺少该部件，因此这不是完整的工作簿</translation>
    </message>
    <message>
        <source>the part is missing, so this zip is not an xlsx workbook</source>
        <translation>缺少该部件，因此该 zip 文件不是 xlsx 工作簿</translation>
    </message>
    <message>
        <source>the workbook part is missing, so this zip is not an xlsx workbook</source>
        <translation>缺少工作簿部件，因此该 zip 文件不是 xlsx 工作簿</translation>
    </message>
    <message>
        <source>no workbook is named, so this zip is not an xlsx workbook (perhaps another Office document)</source>
        <translation>未指明工作簿，因此该 zip 文件不是 xlsx 工作簿（可能是其他 Office 文档）</translation>
    </message>
    <message>
        <source>a relationship lacks its Id or Target</source>
        <translation>有关系缺少 Id 或 Target</translation>
    </message>
    <message>
        <source>a sheet lacks its name or r:id</source>
        <translation>有工作表缺少名称或 r:id</translation>
    </message>
    <message>
        <source>more than %1 shared strings</source>
        <translation>共享字符串超过 %1 个</translation>
    </message>
    <message>
        <source>%1 (sheet “%2”)</source>
        <translation>%1（工作表“%2”）</translation>
    </message>
    <message>
        <source>row number “%1” is outside 1–%2</source>
        <translation>行号“%1”不在 1–%2 范围内</translation>
    </message>
    <message>
        <source>the merged range “%1” is not a valid range</source>
        <translation>合并区域“%1”不是有效的区域</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not a cell of A1:XFD1048576</source>
        <translation>单元格引用“%1”不在 A1:XFD1048576 范围内</translation>
    </message>
    <message>
        <source>a row holds more than %1 cells</source>
        <translation>有一行的单元格超过 %1 个</translation>
    </message>
    <message>
        <source>cell %1: the value “%2” is not a number</source>
        <translation>单元格 %1：值“%2”不是数字</translation>
    </message>
    <message>
        <source>cell %1: shared string %2 does not exist (there are %3)</source>
        <translation>单元格 %1：共享字符串 %2 不存在（共有 %3 个）</translation>
    </message>
    <message>
        <source>cell %1: unknown cell type “%2”</source>
        <translation>单元格 %1：未知的单元格类型“%2”</translation>
    </message>
    <message>
        <source>its header or allocation tables cannot be followed</source>
        <translation>其文件头或分配表无法解析</translation>
    </message>
    <message>
        <source>directory entry %1 gives its name %2 bytes (2 to 64, an even number)</source>
        <translation>目录项 %1 的名称长 %2 字节（应为 2 到 64 之间的偶数）</translation>
    </message>
    <message>
        <source>its first directory entry is not the root entry</source>
        <translation>其第一个目录项不是根目录项</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream holds an empty string where Excel writes none</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 含有 Excel 不会写出的空字符串</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream continues a shared string in a way FreeXL misreads (a string&apos;s header cut, or a string over more than two records)</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 续接共享字符串的方式会被 FreeXL 误读（字符串头被截断，或一个字符串跨越两个以上记录）</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream is a shared string table that ends before the strings it declares</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 是一个共享字符串表，在其声明的字符串结束之前就结束了</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream is a second shared string table</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 是第二个共享字符串表</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream is too short for its kind</source>
        <translation>Workbook 流第 %2 字节处的记录 0x%1 对其类型而言太短</translation>
    </message>
    <message>
        <source>the compound file is damaged (%1)</source>
        <translation>复合文件已损坏（%1）</translation>
    </message>
</context>
</TS>
