<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Juesuan</name>
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
        <source>bad range “%1”</source>
        <translation>范围“%1”有误</translation>
    </message>
    <message>
        <source>usage: juesuan table FILE NN</source>
        <translation>用法：juesuan table FILE NN</translation>
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
        <source>usage: juesuan export FILE -o OUT.pdf|OUT.html</source>
        <translation>用法：juesuan export FILE -o OUT.pdf|OUT.html</translation>
    </message>
    <message>
        <source>%1: unknown export format “%2” (use .pdf or .html)</source>
        <translation>%1：未知的导出格式“%2”（请用 .pdf 或 .html）</translation>
    </message>
    <message>
        <source>%1: warning: the audit finds %2 errors; exported anyway (see juesuan check)</source>
        <translation>%1：警告：审核发现 %2 个错误；仍已导出（见 juesuan check）</translation>
    </message>
    <message>
        <source>Usage:
  juesuan [FILE]              open the editor (with FILE, or the last session)
  juesuan table FILE NN       print table NN (01–09) as TSV, amounts in 万元
  juesuan check FILE [--json] audit FILE; exit 0 clean, 1 with errors, 2 unreadable
  juesuan export FILE -o OUT.pdf|OUT.html  the finished report as PDF or HTML
  juesuan --help | --version

Verbs run without a display. Errors go to stderr; the exit code is non-zero.
</source>
        <translation>用法：
  juesuan [FILE]              打开编辑器（打开 FILE，或上次的文件）
  juesuan table FILE NN       以 TSV 输出第 NN 表（01–09），金额单位万元
  juesuan check FILE [--json] 审核 FILE；无问题退出码为 0，有错误为 1，无法读取为 2
  juesuan export FILE -o OUT.pdf|OUT.html  把完成的报告导出为 PDF 或 HTML
  juesuan --help | --version

命令无需显示器即可运行。错误输出到 stderr，退出码非零。
</translation>
    </message>
</context>
<context>
    <name>Juesuan::AddRowWidget</name>
    <message>
        <source>Add item:</source>
        <translation>添加项：</translation>
    </message>
    <message>
        <source>subject code or name, then Enter</source>
        <translation>输入科目编码或名称后按回车</translation>
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
</context>
<context>
    <name>Juesuan::AuditEngine</name>
    <message>
        <source>no audit rules</source>
        <translation>没有审核规则</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditModel</name>
    <message>
        <source>text %1</source>
        <translation>文字 %1</translation>
    </message>
    <message>
        <source>form %1</source>
        <translation>自评表 %1</translation>
    </message>
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
</context>
<context>
    <name>Juesuan::AuditRuleSet</name>
    <message>
        <source>%1: rules[%2]: the id %3 is used twice</source>
        <translation>%1：rules[%2]：id %3 被使用了两次</translation>
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
    <name>Juesuan::ChartView</name>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>%1 is not in the %2 subject catalogue</source>
        <translation>%1 不在 %2 科目目录中</translation>
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
        <source>收入总计</source>
        <translation>收入总计</translation>
    </message>
    <message>
        <source>支出总计</source>
        <translation>支出总计</translation>
    </message>
    <message>
        <source>本年收入合计</source>
        <translation>本年收入合计</translation>
    </message>
    <message>
        <source>本年支出合计</source>
        <translation>本年支出合计</translation>
    </message>
    <message>
        <source>财政拨款收支总计</source>
        <translation>财政拨款收支总计</translation>
    </message>
    <message>
        <source>一般公共预算财政拨款收入</source>
        <translation>一般公共预算财政拨款收入</translation>
    </message>
    <message>
        <source>一般公共预算财政拨款支出</source>
        <translation>一般公共预算财政拨款支出</translation>
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
        <source>政府采购货物支出</source>
        <translation>政府采购货物支出</translation>
    </message>
    <message>
        <source>政府采购工程支出</source>
        <translation>政府采购工程支出</translation>
    </message>
    <message>
        <source>政府采购服务支出</source>
        <translation>政府采购服务支出</translation>
    </message>
    <message>
        <source>授予中小企业合同金额</source>
        <translation>授予中小企业合同金额</translation>
    </message>
    <message>
        <source>其中：授予小微企业合同金额</source>
        <translation>其中：授予小微企业合同金额</translation>
    </message>
    <message>
        <source>货物采购授予中小企业合同金额</source>
        <translation>货物采购授予中小企业合同金额</translation>
    </message>
    <message>
        <source>工程采购授予中小企业合同金额</source>
        <translation>工程采购授予中小企业合同金额</translation>
    </message>
    <message>
        <source>服务采购授予中小企业合同金额</source>
        <translation>服务采购授予中小企业合同金额</translation>
    </message>
    <message>
        <source>车辆（辆）</source>
        <translation>车辆（辆）</translation>
    </message>
    <message>
        <source>其中：其他用车（辆）</source>
        <translation>其中：其他用车（辆）</translation>
    </message>
    <message>
        <source>单价100万元（含）以上设备（台、套）</source>
        <translation>单价100万元（含）以上设备（台、套）</translation>
    </message>
    <message>
        <source>机关运行经费</source>
        <translation>机关运行经费</translation>
    </message>
    <message>
        <source>财政拨款开支的公务用车保有量（辆）</source>
        <translation>财政拨款开支的公务用车保有量（辆）</translation>
    </message>
    <message>
        <source>国内公务接待批次（个）</source>
        <translation>国内公务接待批次（个）</translation>
    </message>
    <message>
        <source>国内公务接待人次</source>
        <translation>国内公务接待人次</translation>
    </message>
    <message>
        <source>公务用车运行费：燃料费</source>
        <translation>公务用车运行费：燃料费</translation>
    </message>
    <message>
        <source>公务用车运行费：维修费</source>
        <translation>公务用车运行费：维修费</translation>
    </message>
    <message>
        <source>公务用车运行费：保险费</source>
        <translation>公务用车运行费：保险费</translation>
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
</context>
<context>
    <name>Juesuan::DocumentIO</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a Juesuan document</source>
        <translation>%1：文件太大，不是决算文档</translation>
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
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: saving failed: %2</source>
        <translation>%1：保存失败：%2</translation>
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
    <name>Juesuan::HtmlExporter</name>
    <message>
        <source>%1: cannot write the HTML: %2</source>
        <translation>%1：无法写入 HTML：%2</translation>
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
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
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
        <source>Cannot restore the unsaved changes</source>
        <translation>无法恢复未保存的修改</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1</source>
        <translation>已恢复 %1 未保存的修改</translation>
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
</context>
<context>
    <name>Juesuan::Money</name>
    <message>
        <source>a sign inside parentheses</source>
        <translation>括号内有正负号</translation>
    </message>
    <message>
        <source>more than 6 decimals (amounts in 万元 are exact to 0.000001, one 分)</source>
        <translation>超过 6 位小数（以万元为单位的金额精确到 0.000001，即 1 分）</translation>
    </message>
    <message>
        <source>more than 2 decimals (amounts in 元 are exact to 0.01, one 分)</source>
        <translation>超过 2 位小数（以元为单位的金额精确到 0.01，即 1 分）</translation>
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
    <name>Juesuan::Reader</name>
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
        <source>the amount %1 分 is out of range</source>
        <translation>金额 %1 分超出范围</translation>
    </message>
    <message>
        <source>unknown member “%1”</source>
        <translation>未知成员“%1”</translation>
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
</context>
<context>
    <name>Juesuan::ReportPrinter</name>
    <message>
        <source>%1: cannot write the PDF: %2</source>
        <translation>%1：无法写入 PDF：%2</translation>
    </message>
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
</context>
<context>
    <name>Juesuan::SheetModel</name>
    <message numerus="yes">
        <source>Computed from %n cells; it cannot be typed into</source>
        <translation>
            <numerusform>由 %n 个单元格计算得出，不能直接输入</numerusform>
        </translation>
    </message>
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
        <source>a block of %1 × %2 cells does not fit: it would go past the edge of the table</source>
        <translation>%1 × %2 的数据块放不下：会超出表格边界</translation>
    </message>
    <message>
        <source>it is not an amount cell and cannot take “%1”</source>
        <translation>它不是金额单元格，不能填入“%1”</translation>
    </message>
    <message>
        <source>it is computed from other cells and cannot take “%1”</source>
        <translation>它由其他单元格计算得出，不能填入“%1”</translation>
    </message>
    <message>
        <source>“%1” is not an amount: %2</source>
        <translation>“%1”不是金额：%2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste refused at %1: %2</source>
        <translation>在 %1 处粘贴被拒绝：%2</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cells</source>
        <translation>
            <numerusform>已粘贴 %n 个单元格</numerusform>
        </translation>
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
    <name>Juesuan::TableExport</name>
    <message>
        <source>no table “%1” (the tables are %2)</source>
        <translation>没有表“%1”（现有的表为 %2）</translation>
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
</TS>
