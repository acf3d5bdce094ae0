<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Juesuan::AddRowWidget</name>
    <message>
        <source>Add item:</source>
        <translation>Add item:</translation>
    </message>
    <message>
        <source>Remove item row</source>
        <translation>Remove item row</translation>
    </message>
    <message>
        <source>Remove the selected item (项) row and its amounts</source>
        <translation>Remove the selected item (项) row and its amounts</translation>
    </message>
    <message>
        <source>No item (项) subject matches “%1”</source>
        <translation>No item (项) subject matches “%1”</translation>
    </message>
    <message numerus="yes">
        <source>“%1” matches %n item subjects; choose one from the list</source>
        <translation>
            <numerusform>“%1” matches %n item subject; choose one from the list</numerusform>
            <numerusform>“%1” matches %n item subjects; choose one from the list</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1 %2 to %3</source>
        <translation>Added %1 %2 to %3</translation>
    </message>
    <message>
        <source>subject code or name, then Enter (a code no catalogue has: code and name)</source>
        <translation>subject code or name, then Enter (a code no catalogue has: code and name)</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditEngine</name>
    <message>
        <source>no audit rules</source>
        <translation>no audit rules</translation>
    </message>
    <message>
        <source>On printed values (舍位平衡): %1</source>
        <translation>On printed values (舍位平衡): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not filled in yet: %1</source>
        <translation>Not filled in yet: %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditPanel</name>
    <message>
        <source>All findings</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>All tables</translation>
    </message>
    <message>
        <source>Text parts</source>
        <translation>Text parts</translation>
    </message>
    <message>
        <source>Self-evaluation forms</source>
        <translation>Self-evaluation forms</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditRule</name>
    <message>
        <source>%1: a rule may use only one placeholder (%2 and %3)</source>
        <translation>%1: a rule may use only one placeholder (%2 and %3)</translation>
    </message>
    <message>
        <source>%1: “%2”: %3</source>
        <translation>%1: “%2”: %3</translation>
    </message>
    <message>
        <source>not a prior-year figure (%1)</source>
        <translation>not a prior-year figure (%1)</translation>
    </message>
    <message>
        <source>a budget is kept per 项 code (7 digits) or &lt;item&gt;</source>
        <translation>a budget is kept per 项 code (7 digits) or &lt;item&gt;</translation>
    </message>
    <message>
        <source>a budget is kept per 项: use &lt;item&gt;</source>
        <translation>a budget is kept per 项: use &lt;item&gt;</translation>
    </message>
    <message>
        <source>a form is “overall” or &lt;form&gt;</source>
        <translation>a form is “overall” or &lt;form&gt;</translation>
    </message>
    <message>
        <source>a form field is one of %1</source>
        <translation>a form field is one of %1</translation>
    </message>
    <message>
        <source>not a cell name (TT!row@column)</source>
        <translation>not a cell name (TT!row@column)</translation>
    </message>
    <message>
        <source>edition %1 has no table %2</source>
        <translation>edition %1 has no table %2</translation>
    </message>
    <message>
        <source>unknown placeholder</source>
        <translation>unknown placeholder</translation>
    </message>
    <message>
        <source>%1 has no column %2</source>
        <translation>%1 has no column %2</translation>
    </message>
    <message>
        <source>a row of %1 is “total”, a subject code or a placeholder</source>
        <translation>a row of %1 is “total”, a subject code or a placeholder</translation>
    </message>
    <message>
        <source>%1 is a fixed table: only &lt;row&gt; ranges over its lines</source>
        <translation>%1 is a fixed table: only &lt;row&gt; ranges over its lines</translation>
    </message>
    <message>
        <source>%1 has no such cell</source>
        <translation>%1 has no such cell</translation>
    </message>
    <message>
        <source>%1: a list of terms is needed</source>
        <translation>%1: a list of terms is needed</translation>
    </message>
    <message>
        <source>a rule needs an id</source>
        <translation>a rule needs an id</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unknown kind “%1”</translation>
    </message>
    <message>
        <source>severity must be error, warning or info</source>
        <translation>severity must be error, warning or info</translation>
    </message>
    <message>
        <source>a message needs both zh and en</source>
        <translation>a message needs both zh and en</translation>
    </message>
    <message>
        <source>nonNegative checks cells only (%1)</source>
        <translation>nonNegative checks cells only (%1)</translation>
    </message>
    <message>
        <source>exceptCells: “%1” is not a cell</source>
        <translation>exceptCells: “%1” is not a cell</translation>
    </message>
    <message>
        <source>table: “%1” is not a code-list table</source>
        <translation>table: “%1” is not a code-list table</translation>
    </message>
    <message>
        <source>messageMissing needs both zh and en</source>
        <translation>messageMissing needs both zh and en</translation>
    </message>
    <message>
        <source>tables: “%1” is not a code-list table</source>
        <translation>tables: “%1” is not a code-list table</translation>
    </message>
    <message>
        <source>tables: name the code-list tables to check</source>
        <translation>tables: name the code-list tables to check</translation>
    </message>
    <message>
        <source>texts: “%1” needs a valid text key and a zh and en name</source>
        <translation>texts: “%1” needs a valid text key and a zh and en name</translation>
    </message>
    <message>
        <source>texts: name the text parts required</source>
        <translation>texts: name the text parts required</translation>
    </message>
    <message>
        <source>reason: “%1” is not a reason text key</source>
        <translation>reason: “%1” is not a reason text key</translation>
    </message>
    <message>
        <source>table: %1 has no 注明 line (emptyNote) to print when it is empty</source>
        <translation>table: %1 has no 注明 line (emptyNote) to print when it is empty</translation>
    </message>
    <message>
        <source>check: “%1” is not unknown, named or emptyRow</source>
        <translation>check: “%1” is not unknown, named or emptyRow</translation>
    </message>
    <message>
        <source>%1: terms per scope need the rule&apos;s “scope”</source>
        <translation>%1: terms per scope need the rule&apos;s “scope”</translation>
    </message>
    <message>
        <source>%1: no terms for the scope “%2” (%3)</source>
        <translation>%1: no terms for the scope “%2” (%3)</translation>
    </message>
    <message>
        <source>scope: name a fund scope</source>
        <translation>scope: name a fund scope</translation>
    </message>
    <message>
        <source>tolerance: an amount in 万元 such as &quot;0.03&quot; is needed</source>
        <translation>tolerance: an amount in 万元 such as &quot;0.03&quot; is needed</translation>
    </message>
    <message>
        <source>explainedBy: cells only, without placeholders (%1)</source>
        <translation>explainedBy: cells only, without placeholders (%1)</translation>
    </message>
    <message>
        <source>explainedBy: severity must be error, warning or info</source>
        <translation>explainedBy: severity must be error, warning or info</translation>
    </message>
    <message>
        <source>explainedBy: a message needs both zh and en</source>
        <translation>explainedBy: a message needs both zh and en</translation>
    </message>
    <message>
        <source>fields: “%1” is not a form amount (form:overall.FIELD or form:&lt;form&gt;.FIELD)</source>
        <translation>fields: “%1” is not a form amount (form:overall.FIELD or form:&lt;form&gt;.FIELD)</translation>
    </message>
    <message>
        <source>fields: “%1” needs a zh and en name</source>
        <translation>fields: “%1” needs a zh and en name</translation>
    </message>
    <message>
        <source>fields: name the form fields required</source>
        <translation>fields: name the form fields required</translation>
    </message>
</context>
<context>
    <name>Juesuan::AuditRuleSet</name>
    <message>
        <source>%1: rules[%2]: the id %3 is used twice</source>
        <translation>%1: rules[%2]: the id %3 is used twice</translation>
    </message>
    <message>
        <source>%1: scopes: “%2” needs a zh and en name</source>
        <translation>%1: scopes: “%2” needs a zh and en name</translation>
    </message>
    <message>
        <source>%1: rules[%2]: %3: the scope “%4” is not one of the file&apos;s scopes (%5)</source>
        <translation>%1: rules[%2]: %3: the scope “%4” is not one of the file&apos;s scopes (%5)</translation>
    </message>
</context>
<context>
    <name>Juesuan::Autosaver</name>
    <message>
        <source>cannot lock the recovery folder %1</source>
        <translation>cannot lock the recovery folder %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::BlockPaste</name>
    <message>
        <source>%1 row %2, grid column %3</source>
        <translation>%1 row %2, grid column %3</translation>
    </message>
    <message>
        <source>%1 %2, grid column %3</source>
        <translation>%1 %2, grid column %3</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>there is no table %1</translation>
    </message>
    <message>
        <source>select the cell where the block should start</source>
        <translation>select the cell where the block should start</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount in %3: %4</source>
        <translation>%1: “%2” is not an amount in %3: %4</translation>
    </message>
    <message>
        <source>%1: the selection holds no cell that can be typed into</source>
        <translation>%1: the selection holds no cell that can be typed into</translation>
    </message>
    <message>
        <source>%1: a block of %2 × %3 cells does not fit here: it would go past the edge of the table</source>
        <translation>%1: a block of %2 × %3 cells does not fit here: it would go past the edge of the table</translation>
    </message>
    <message>
        <source>%1 takes no value, and the block has “%2” there: is the block out of line?</source>
        <translation>%1 takes no value, and the block has “%2” there: is the block out of line?</translation>
    </message>
    <message>
        <source>%1 shows “%2”, and the block has “%3” there: is the block out of line?</source>
        <translation>%1 shows “%2”, and the block has “%3” there: is the block out of line?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: pasted %2, computed %3, difference %4 (%5)</source>
        <translation>%1: pasted %2, computed %3, difference %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cells</source>
        <translation>
            <numerusform>Pasted %n cell</numerusform>
            <numerusform>Pasted %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n computed cells left as they are</source>
        <translation>
            <numerusform>; %n computed cell left as they are</numerusform>
            <numerusform>; %n computed cells left as they are</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n computed cells differ from the block: </source>
        <translation>
            <numerusform>; %n computed cell differ from the block: </numerusform>
            <numerusform>; %n computed cells differ from the block: </numerusform>
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
        <translation>&amp;Subject Catalogue…</translation>
    </message>
    <message>
        <source>Every subject code with its name and where the name comes from</source>
        <translation>Every subject code with its name and where the name comes from</translation>
    </message>
    <message>
        <source>&amp;Import Subject Catalogue…</source>
        <translation>&amp;Import Subject Catalogue…</translation>
    </message>
    <message>
        <source>Read the year&apos;s 政府收支分类科目 from a workbook for every report of that year</source>
        <translation>Read the year&apos;s 政府收支分类科目 from a workbook for every report of that year</translation>
    </message>
    <message>
        <source>&amp;Remove Imported Catalogue…</source>
        <translation>&amp;Remove Imported Catalogue…</translation>
    </message>
    <message>
        <source>Forget the imported subject names of this edition; the bundled ones remain</source>
        <translation>Forget the imported subject names of this edition; the bundled ones remain</translation>
    </message>
    <message numerus="yes">
        <source>%n subjects imported from sheet “%1” of %2 for the %3 edition.</source>
        <translation>
            <numerusform>%n subjects imported from sheet “%1” of %2 for the %3 edition.</numerusform>
            <numerusform>%n subjects imported from sheet “%1” of %2 for the %3 edition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not in the bundled catalogue.</source>
        <translation>
            <numerusform>%n of them are not in the bundled catalogue.</numerusform>
            <numerusform>%n of them are not in the bundled catalogue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows without a subject code were skipped.</source>
        <translation>
            <numerusform>%n rows without a subject code were skipped.</numerusform>
            <numerusform>%n rows without a subject code were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n names differ from the bundled catalogue; the imported name is shown and printed:</source>
        <translation>
            <numerusform>%n names differ from the bundled catalogue; the imported name is shown and printed:</numerusform>
            <numerusform>%n names differ from the bundled catalogue; the imported name is shown and printed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … and %n more</numerusform>
            <numerusform>  … and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subject Catalogue</source>
        <translation>Import Subject Catalogue</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)</source>
        <translation>Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>The catalogue was not imported: %1</source>
        <translation>The catalogue was not imported: %1</translation>
    </message>
    <message>
        <source>The catalogue was not imported.

%1</source>
        <translation>The catalogue was not imported.

%1</translation>
    </message>
    <message>
        <source>No catalogue is imported for the %1 edition</source>
        <translation>No catalogue is imported for the %1 edition</translation>
    </message>
    <message>
        <source>Remove Imported Catalogue</source>
        <translation>Remove Imported Catalogue</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n imported subject names of the %1 edition? Every report of that year shows the bundled names again.</source>
        <translation>
            <numerusform>Remove the %n imported subject names of the %1 edition? Every report of that year shows the bundled names again.</numerusform>
            <numerusform>Remove the %n imported subject names of the %1 edition? Every report of that year shows the bundled names again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported catalogue of the %1 edition removed</source>
        <translation>Imported catalogue of the %1 edition removed</translation>
    </message>
</context>
<context>
    <name>Juesuan::CatalogueDialog</name>
    <message>
        <source>&amp;Remove Imported Catalogue…</source>
        <translation>&amp;Remove Imported Catalogue…</translation>
    </message>
    <message>
        <source>Subject Catalogue %1</source>
        <translation>Subject Catalogue %1</translation>
    </message>
    <message>
        <source>&amp;Search code or name:</source>
        <translation>&amp;Search code or name:</translation>
    </message>
    <message>
        <source>e.g. 20103 or 事业运行</source>
        <translation>e.g. 20103 or 事业运行</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bundled name</source>
        <translation>Bundled name</translation>
    </message>
    <message>
        <source>Entered from memory and not checked against an official copy of the %1 政府收支分类科目: check it before relying on it.</source>
        <translation>Entered from memory and not checked against an official copy of the %1 政府收支分类科目: check it before relying on it.</translation>
    </message>
    <message numerus="yes">
        <source>%n subjects: %1 bundled (%2 of them unverified), %3 imported, %4 named in this document.</source>
        <translation>
            <numerusform>%n subjects: %1 bundled (%2 of them unverified), %3 imported, %4 named in this document.</numerusform>
            <numerusform>%n subjects: %1 bundled (%2 of them unverified), %3 imported, %4 named in this document.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation>Imported from %1.</translation>
    </message>
    <message>
        <source>The imported catalogue could not be read: %1</source>
        <translation>The imported catalogue could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::CellWording</name>
    <message>
        <source>%1行</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1栏</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>= the sum of its %1 rows (there are none yet)</source>
        <translation>= the sum of its %1 rows (there are none yet)</translation>
    </message>
    <message>
        <source>= %1 (%2 rows)</source>
        <translation>= %1 (%2 rows)</translation>
    </message>
</context>
<context>
    <name>Juesuan::ChartView</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG images (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Save Figure as SVG</source>
        <translation>Save Figure as SVG</translation>
    </message>
    <message>
        <source>Save Figure as PNG</source>
        <translation>Save Figure as PNG</translation>
    </message>
    <message>
        <source>Save Figure</source>
        <translation>Save Figure</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Save as SVG…</translation>
    </message>
</context>
<context>
    <name>Juesuan::CommandLine</name>
    <message>
        <source>unknown option %1
</source>
        <translation>unknown option %1
</translation>
    </message>
    <message>
        <source>%1: no such file, and not a verb (the verbs are %2)</source>
        <translation>%1: no such file, and not a verb (the verbs are %2)</translation>
    </message>
    <message>
        <source>unknown verb “%1” (the verbs are %2)</source>
        <translation>unknown verb “%1” (the verbs are %2)</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>usage: juesuan table FILE NN [--exact]</source>
        <translation>usage: juesuan table FILE NN [--exact]</translation>
    </message>
    <message>
        <source>usage: juesuan check FILE [--json]</source>
        <translation>usage: juesuan check FILE [--json]</translation>
    </message>
    <message>
        <source>%1: %2 errors, %3 warnings</source>
        <translation>%1: %2 errors, %3 warnings</translation>
    </message>
    <message>
        <source>%1: printed values (舍位平衡) keep every equality rule that holds exactly; %2 cells differ from half-up rounding</source>
        <translation>%1: printed values (舍位平衡) keep every equality rule that holds exactly; %2 cells differ from half-up rounding</translation>
    </message>
    <message>
        <source>%1: printed values (舍位平衡) give up %2 relations (see the “On printed values” findings)</source>
        <translation>%1: printed values (舍位平衡) give up %2 relations (see the “On printed values” findings)</translation>
    </message>
    <message>
        <source>%1: the output name is not valid UTF-8; choose another</source>
        <translation>%1: the output name is not valid UTF-8; choose another</translation>
    </message>
    <message>
        <source>%1: unknown export format “%2” (use .pdf, .html or .xlsx)</source>
        <translation>%1: unknown export format “%2” (use .pdf, .html or .xlsx)</translation>
    </message>
    <message>
        <source>%1: warning: the audit finds %2 errors; exported anyway (see juesuan check)</source>
        <translation>%1: warning: the audit finds %2 errors; exported anyway (see juesuan check)</translation>
    </message>
    <message>
        <source>%1: the file name is not valid UTF-8; rename it</source>
        <translation>%1: the file name is not valid UTF-8; rename it</translation>
    </message>
    <message>
        <source>the workbook names no department: 部门 set to “%1” (edit it in File → Report Details)</source>
        <translation>the workbook names no department: 部门 set to “%1” (edit it in File → Report Details)</translation>
    </message>
    <message>
        <source>the workbook names no year (20XX年度): 年度 set to %1</source>
        <translation>the workbook names no year (20XX年度): 年度 set to %1</translation>
    </message>
    <message>
        <source>usage: juesuan migrate FILE --edition YYYY -o OUT.juesuan</source>
        <translation>usage: juesuan migrate FILE --edition YYYY -o OUT.juesuan</translation>
    </message>
    <message>
        <source>--edition: %1</source>
        <translation>--edition: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>usage: juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]</source>
        <translation>usage: juesuan export FILE -o OUT.pdf|OUT.html|OUT.xlsx [--progress] [--exact]</translation>
    </message>
    <message>
        <source>--exact applies to .xlsx only: the report prints its figures as printed (舍位平衡)</source>
        <translation>--exact applies to .xlsx only: the report prints its figures as printed (舍位平衡)</translation>
    </message>
    <message>
        <source>usage: juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into EXISTING.juesuan | --edition YYYY] [--progress]</source>
        <translation>usage: juesuan import IN.xlsx|IN.xls|IN.csv -o OUT.juesuan [--into EXISTING.juesuan | --edition YYYY] [--progress]</translation>
    </message>
    <message>
        <source>--edition: no template edition “%1” (this program knows %2)</source>
        <translation>--edition: no template edition “%1” (this program knows %2)</translation>
    </message>
    <message>
        <source>made in the %1 edition (%2)</source>
        <translation>made in the %1 edition (%2)</translation>
    </message>
    <message>
        <source>the edition of the report&apos;s year; --edition chooses another</source>
        <translation>the edition of the report&apos;s year; --edition chooses another</translation>
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
        <translation>Usage:
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
</translation>
    </message>
</context>
<context>
    <name>Juesuan::DetachedSections</name>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section:</translation>
    </message>
    <message>
        <source> (own wording)</source>
        <translation> (own wording)</translation>
    </message>
    <message>
        <source>&amp;Re-attach (generated text)</source>
        <translation>&amp;Re-attach (generated text)</translation>
    </message>
    <message>
        <source>&amp;Detach to edit</source>
        <translation>&amp;Detach to edit</translation>
    </message>
    <message>
        <source>Drop these words: the section is generated from the tables again</source>
        <translation>Drop these words: the section is generated from the tables again</translation>
    </message>
    <message>
        <source>Start from the generated words and edit them freely; the audit checks their amounts and percentages against the tables</source>
        <translation>Start from the generated words and edit them freely; the audit checks their amounts and percentages against the tables</translation>
    </message>
    <message>
        <source>This section prints the words below. One paragraph per line; amounts and percentages next to figures the report knows are checked against the tables.</source>
        <translation>This section prints the words below. One paragraph per line; amounts and percentages next to figures the report knows are checked against the tables.</translation>
    </message>
    <message>
        <source>This section is generated from the tables and the reasons on the Explanations tab.</source>
        <translation>This section is generated from the tables and the reasons on the Explanations tab.</translation>
    </message>
    <message>
        <source>Empty: the section prints its generated text until you type its own words.</source>
        <translation>Empty: the section prints its generated text until you type its own words.</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Own wording</translation>
    </message>
</context>
<context>
    <name>Juesuan::Document</name>
    <message>
        <source>Edit report details</source>
        <translation>Edit report details</translation>
    </message>
    <message>
        <source>there is no table %1</source>
        <translation>there is no table %1</translation>
    </message>
    <message>
        <source>%1 is not a cell of %2</source>
        <translation>%1 is not a cell of %2</translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be typed into</source>
        <translation>%1 is computed from other cells and cannot be typed into</translation>
    </message>
    <message>
        <source>Edit %1 %2 column %3</source>
        <translation>Edit %1 %2 column %3</translation>
    </message>
    <message numerus="yes">
        <source>Edit %n cells</source>
        <translation>
            <numerusform>Edit %n cell</numerusform>
            <numerusform>Edit %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>table %1 has no subject rows</source>
        <translation>table %1 has no subject rows</translation>
    </message>
    <message>
        <source>“%1” is not a 项 code (7 digits)</source>
        <translation>“%1” is not a 项 code (7 digits)</translation>
    </message>
    <message>
        <source>%1 already has row %2</source>
        <translation>%1 already has row %2</translation>
    </message>
    <message>
        <source>table %1 has no row %2</source>
        <translation>table %1 has no row %2</translation>
    </message>
    <message>
        <source>Edit prior-year %1</source>
        <translation>Edit prior-year %1</translation>
    </message>
    <message>
        <source>Edit initial budget of %1</source>
        <translation>Edit initial budget of %1</translation>
    </message>
    <message>
        <source>“%1” is not a figure of the report</source>
        <translation>“%1” is not a figure of the report</translation>
    </message>
    <message>
        <source>%1 is a count and cannot be negative</source>
        <translation>%1 is a count and cannot be negative</translation>
    </message>
    <message>
        <source>%1: %2 is not a plausible count</source>
        <translation>%1: %2 is not a plausible count</translation>
    </message>
    <message>
        <source>%1: the amount is out of range</source>
        <translation>%1: the amount is out of range</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Add row %1 %2</source>
        <translation>Add row %1 %2</translation>
    </message>
    <message>
        <source>Remove row %1 %2</source>
        <translation>Remove row %1 %2</translation>
    </message>
    <message>
        <source>“%1” cannot name subject “%2”</source>
        <translation>“%1” cannot name subject “%2”</translation>
    </message>
    <message>
        <source>%1 is a fixed table and has no subject rows</source>
        <translation>%1 is a fixed table and has no subject rows</translation>
    </message>
    <message>
        <source>%1: “%2” is not a 项 code (7 digits)</source>
        <translation>%1: “%2” is not a 项 code (7 digits)</translation>
    </message>
    <message>
        <source>%1: row %2 is listed twice</source>
        <translation>%1: row %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: %2 is not in the %3 subject catalogue and has no name</source>
        <translation>%1: %2 is not in the %3 subject catalogue and has no name</translation>
    </message>
    <message>
        <source>%1 is not a cell of the imported tables</source>
        <translation>%1 is not a cell of the imported tables</translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be imported</source>
        <translation>%1 is computed from other cells and cannot be imported</translation>
    </message>
    <message>
        <source>Import tables</source>
        <translation>Import tables</translation>
    </message>
    <message>
        <source>%1 is not in the %2 subject catalogue: give its name after the code (%1 名称)</source>
        <translation>%1 is not in the %2 subject catalogue: give its name after the code (%1 名称)</translation>
    </message>
    <message>
        <source>%1: the 类 %2 is not in the %3 subject catalogue</source>
        <translation>%1: the 类 %2 is not in the %3 subject catalogue</translation>
    </message>
    <message>
        <source>%1: the 款 %2 is not in the %3 subject catalogue</source>
        <translation>%1: the 款 %2 is not in the %3 subject catalogue</translation>
    </message>
    <message>
        <source>the name of %1 must be one line of at most 200 characters</source>
        <translation>the name of %1 must be one line of at most 200 characters</translation>
    </message>
    <message>
        <source>%1: a figure needs a key of lower-case letters, digits and _</source>
        <translation>%1: a figure needs a key of lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>%1: retires “%2”, which the base edition does not have</source>
        <translation>%1: retires “%2”, which the base edition does not have</translation>
    </message>
    <message>
        <source>%1 (%2): kind must be “amount” or “count”, not “%3”</source>
        <translation>%1 (%2): kind must be “amount” or “count”, not “%3”</translation>
    </message>
    <message>
        <source>%1 (%2): a figure needs a label (label.zh)</source>
        <translation>%1 (%2): a figure needs a label (label.zh)</translation>
    </message>
    <message>
        <source>%1 (%2): a prior-year figure is an amount</source>
        <translation>%1 (%2): a prior-year figure is an amount</translation>
    </message>
    <message>
        <source>Change the style of the explanations</source>
        <translation>Change the style of the explanations</translation>
    </message>
</context>
<context>
    <name>Juesuan::DocumentController</name>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Cannot open %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot open the sample report</source>
        <translation>Cannot open the sample report</translation>
    </message>
    <message>
        <source>Cannot create a report</source>
        <translation>Cannot create a report</translation>
    </message>
    <message>
        <source>No report template is built into this program.</source>
        <translation>No report template is built into this program.</translation>
    </message>
    <message>
        <source>Cannot save %1</source>
        <translation>Cannot save %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved changes</source>
        <translation>Cannot restore the unsaved changes</translation>
    </message>
    <message>
        <source>Restored the unsaved changes of %1</source>
        <translation>Restored the unsaved changes of %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::DocumentIO</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: cannot open: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: not valid JSON (%2)</translation>
    </message>
    <message>
        <source>not a Juesuan document (the top level is not a JSON object)</source>
        <translation>not a Juesuan document (the top level is not a JSON object)</translation>
    </message>
    <message>
        <source>format: not a Juesuan document (format is “%1”)</source>
        <translation>format: not a Juesuan document (format is “%1”)</translation>
    </message>
    <message>
        <source>version: written by a newer Juesuan (format version %1; this program reads up to %2)</source>
        <translation>version: written by a newer Juesuan (format version %1; this program reads up to %2)</translation>
    </message>
    <message>
        <source>version: %1 is not a format version</source>
        <translation>version: %1 is not a format version</translation>
    </message>
    <message>
        <source>metadata.department: the 部门 is empty</source>
        <translation>metadata.department: the 部门 is empty</translation>
    </message>
    <message>
        <source>metadata.year: %1 is not a plausible 年度 (2000–2100)</source>
        <translation>metadata.year: %1 is not a plausible 年度 (2000–2100)</translation>
    </message>
    <message>
        <source>metadata.publishDate: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>metadata.publishDate: “%1” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>metadata.amountUnit: “%1” is not supported (only 万元)</source>
        <translation>metadata.amountUnit: “%1” is not supported (only 万元)</translation>
    </message>
    <message>
        <source>%1: edition %2 has no table “%3”</source>
        <translation>%1: edition %2 has no table “%3”</translation>
    </message>
    <message>
        <source>%1.rows: %2 is a fixed table and has no subject rows</source>
        <translation>%1.rows: %2 is a fixed table and has no subject rows</translation>
    </message>
    <message>
        <source>%1: “%2” is not a 项 code (7 digits)</source>
        <translation>%1: “%2” is not a 项 code (7 digits)</translation>
    </message>
    <message>
        <source>%1: row %2 is listed twice</source>
        <translation>%1: row %2 is listed twice</translation>
    </message>
    <message>
        <source>%1: not a cell name (row@column)</source>
        <translation>%1: not a cell name (row@column)</translation>
    </message>
    <message>
        <source>%1: %2 has no such cell</source>
        <translation>%1: %2 has no such cell</translation>
    </message>
    <message>
        <source>%1: row %2 is not in the table&apos;s rows</source>
        <translation>%1: row %2 is not in the table&apos;s rows</translation>
    </message>
    <message>
        <source>%1: this cell is computed from other cells and cannot be stored</source>
        <translation>%1: this cell is computed from other cells and cannot be stored</translation>
    </message>
    <message>
        <source>%1: unknown text part “%2”</source>
        <translation>%1: unknown text part “%2”</translation>
    </message>
    <message>
        <source>%1: a report has at most one overall (部门整体) form</source>
        <translation>%1: a report has at most one overall (部门整体) form</translation>
    </message>
    <message>
        <source>%1: cannot open: it is a folder, not a file</source>
        <translation>%1: cannot open: it is a folder, not a file</translation>
    </message>
    <message>
        <source>%1: cannot open: not a regular file (a device, pipe or socket)</source>
        <translation>%1: cannot open: not a regular file (a device, pipe or socket)</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a Juesuan document (over %2 MiB)</source>
        <translation>%1: the file is too large to be a Juesuan document (over %2 MiB)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>edition: “%1” is not an edition</source>
        <translation>edition: “%1” is not an edition</translation>
    </message>
    <message>
        <source>%1: “%2” is not a subject code (3, 5 or 7 digits)</source>
        <translation>%1: “%2” is not a subject code (3, 5 or 7 digits)</translation>
    </message>
    <message>
        <source>%1: a name must be one line of 1–200 characters without surrounding spaces</source>
        <translation>%1: a name must be one line of 1–200 characters without surrounding spaces</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>a boolean</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>the text “%1”</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>expected an array, found %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>expected text, found %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>expected a whole number, found %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <source>expected an amount in 分 (a whole number), found %1</source>
        <translation>expected an amount in 分 (a whole number), found %1</translation>
    </message>
    <message>
        <source>the amount %1 分 is out of range (±10^15 分)</source>
        <translation>the amount %1 分 is out of range (±10^15 分)</translation>
    </message>
    <message>
        <source>unknown member “%1” (allowed: %2)</source>
        <translation>unknown member “%1” (allowed: %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>must be “overall” or “project”, not “%1”</source>
        <translation>must be “overall” or “project”, not “%1”</translation>
    </message>
    <message>
        <source>a form needs a name</source>
        <translation>a form needs a name</translation>
    </message>
    <message>
        <source>must be “recurring”, “continuing”, “oneOff” or empty, not “%1”</source>
        <translation>must be “recurring”, “continuing”, “oneOff” or empty, not “%1”</translation>
    </message>
    <message>
        <source>expected 3 budget sources, found %1</source>
        <translation>expected 3 budget sources, found %1</translation>
    </message>
    <message>
        <source>“%1” is not one of %2</source>
        <translation>“%1” is not one of %2</translation>
    </message>
    <message>
        <source>a percentage prints with 0, 1 or 2 decimals, not %1</source>
        <translation>a percentage prints with 0, 1 or 2 decimals, not %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::EditionMigration</name>
    <message>
        <source>the report uses edition %1; it can move only to a newer edition, not to %2</source>
        <translation>the report uses edition %1; it can move only to a newer edition, not to %2</translation>
    </message>
    <message>
        <source>%1 %2 column %3</source>
        <translation>%1 %2 column %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3 %4 (%n cells)</source>
        <translation>
            <numerusform>%1 %2 → %3 %4 (%n cells)</numerusform>
            <numerusform>%1 %2 → %3 %4 (%n cells)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 万元</source>
        <translation>%1: %2 万元</translation>
    </message>
    <message>
        <source>initial budget of %1: %2 万元</source>
        <translation>initial budget of %1: %2 万元</translation>
    </message>
    <message>
        <source>prior-year %1: %2 万元</source>
        <translation>prior-year %1: %2 万元</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>edition %1 cannot hold this report: %2</source>
        <translation>edition %1 cannot hold this report: %2</translation>
    </message>
    <message>
        <source>Change edition to %1</source>
        <translation>Change edition to %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved from edition %1 to %2: %n input cells carried over.</source>
        <translation>
            <numerusform>Moved from edition %1 to %2: %n input cells carried over.</numerusform>
            <numerusform>Moved from edition %1 to %2: %n input cells carried over.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to a new code:</source>
        <translation>Moved to a new code:</translation>
    </message>
    <message>
        <source>Renamed in the new catalogue:</source>
        <translation>Renamed in the new catalogue:</translation>
    </message>
    <message>
        <source>No longer in the new edition (values not carried over):</source>
        <translation>No longer in the new edition (values not carried over):</translation>
    </message>
    <message>
        <source>Nothing was moved, renamed or left behind.</source>
        <translation>Nothing was moved, renamed or left behind.</translation>
    </message>
</context>
<context>
    <name>Juesuan::EditionOverlay</name>
    <message>
        <source>%1: unknown change “%2” (added, renamed, moved, retired)</source>
        <translation>%1: unknown change “%2” (added, renamed, moved, retired)</translation>
    </message>
    <message>
        <source>%1: %2 is not in the base catalogue</source>
        <translation>%1: %2 is not in the base catalogue</translation>
    </message>
    <message>
        <source>%1: %2 needs a new name</source>
        <translation>%1: %2 needs a new name</translation>
    </message>
    <message>
        <source>%1: only a 项 (7 digits) moves to another code</source>
        <translation>%1: only a 项 (7 digits) moves to another code</translation>
    </message>
    <message>
        <source>%1: %2 is already in the catalogue</source>
        <translation>%1: %2 is already in the catalogue</translation>
    </message>
    <message>
        <source>%1: %2 is already in the base catalogue</source>
        <translation>%1: %2 is already in the base catalogue</translation>
    </message>
    <message>
        <source>%1: “%2” is not a catalogue (functional or economic)</source>
        <translation>%1: “%2” is not a catalogue (functional or economic)</translation>
    </message>
    <message>
        <source>%1: remove[%2]: the base edition has no rule “%3”</source>
        <translation>%1: remove[%2]: the base edition has no rule “%3”</translation>
    </message>
    <message>
        <source>%1: replace[%2]: the base edition has no rule “%3”</source>
        <translation>%1: replace[%2]: the base edition has no rule “%3”</translation>
    </message>
    <message>
        <source>%1: add[%2]: the base edition already has a rule “%3” (replace it instead)</source>
        <translation>%1: add[%2]: the base edition already has a rule “%3” (replace it instead)</translation>
    </message>
    <message>
        <source>%1: unknown member “%2” (add, replace, remove, scope, roundingNote)</source>
        <translation>%1: unknown member “%2” (add, replace, remove, scope, roundingNote)</translation>
    </message>
    <message>
        <source>%1: scope: “%2”: the base edition has no such rule, or the scope is not a name</source>
        <translation>%1: scope: “%2”: the base edition has no such rule, or the scope is not a name</translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationFormEditor</name>
    <message>
        <source>A form needs a name; the previous name is kept.</source>
        <translation>A form needs a name; the previous name is kept.</translation>
    </message>
    <message>
        <source>Edit form field</source>
        <translation>Edit form field</translation>
    </message>
    <message>
        <source>Edit form text</source>
        <translation>Edit form text</translation>
    </message>
    <message>
        <source>“%1” is not an amount: %2. The previous value is kept.</source>
        <translation>“%1” is not an amount: %2. The previous value is kept.</translation>
    </message>
    <message>
        <source>Edit form amount</source>
        <translation>Edit form amount</translation>
    </message>
    <message>
        <source>Add indicator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>A new level-3 indicator in the group of the current row</source>
        <translation>A new level-3 indicator in the group of the current row</translation>
    </message>
    <message>
        <source>New level-2 group</source>
        <translation>New level-2 group</translation>
    </message>
    <message>
        <source>A new level-2 group under the level-1 indicator of the current row</source>
        <translation>A new level-2 group under the level-1 indicator of the current row</translation>
    </message>
    <message>
        <source>New level-1 group</source>
        <translation>New level-1 group</translation>
    </message>
    <message>
        <source>A new level-1 indicator group</source>
        <translation>A new level-1 indicator group</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the current row</source>
        <translation>Remove the current row</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Add indicator group</source>
        <translation>Add indicator group</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Remove indicator</translation>
    </message>
    <message>
        <source>Move indicator</source>
        <translation>Move indicator</translation>
    </message>
    <message>
        <source>Change project type</source>
        <translation>Change project type</translation>
    </message>
    <message>
        <source>Change budget source</source>
        <translation>Change budget source</translation>
    </message>
    <message>
        <source>Executed (B) / budget (A) in whole percent; blank when the budget is 0</source>
        <translation>Executed (B) / budget (A) in whole percent; blank when the budget is 0</translation>
    </message>
    <message>
        <source>No form selected</source>
        <translation>No form selected</translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationForms</name>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>The report has an overall form already.</source>
        <translation>The report has an overall form already.</translation>
    </message>
    <message>
        <source>Form %1 needs a name.</source>
        <translation>Form %1 needs a name.</translation>
    </message>
    <message>
        <source>A report has at most one overall form.</source>
        <translation>A report has at most one overall form.</translation>
    </message>
</context>
<context>
    <name>Juesuan::EvaluationFormsPage</name>
    <message>
        <source>Add project form</source>
        <translation>Add project form</translation>
    </message>
    <message>
        <source>Add overall form</source>
        <translation>Add overall form</translation>
    </message>
    <message>
        <source>Remove form</source>
        <translation>Remove form</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Overall: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Remove form “%1”</source>
        <translation>Remove form “%1”</translation>
    </message>
    <message>
        <source>Move form</source>
        <translation>Move form</translation>
    </message>
</context>
<context>
    <name>Juesuan::FiguresEditor</name>
    <message>
        <source>Amounts in 万元. These figures feed the explanations of part 3 and figures 1–4.</source>
        <translation>Amounts in 万元. These figures feed the explanations of part 3 and figures 1–4.</translation>
    </message>
    <message>
        <source>Prior year (%1)</source>
        <translation>Prior year (%1)</translation>
    </message>
    <message>
        <source>Initial budgets of the table 05 items</source>
        <translation>Initial budgets of the table 05 items</translation>
    </message>
    <message>
        <source>“Three public” budgets (table 09)</source>
        <translation>“Three public” budgets (table 09)</translation>
    </message>
    <message>
        <source>Government procurement</source>
        <translation>Government procurement</translation>
    </message>
    <message>
        <source>State-owned assets</source>
        <translation>State-owned assets</translation>
    </message>
    <message>
        <source>Administrative operating costs</source>
        <translation>Administrative operating costs</translation>
    </message>
    <message>
        <source>“Three public” details</source>
        <translation>“Three public” details</translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation>“%1” is not a whole number</translation>
    </message>
    <message>
        <source>Add items to table 05 first.</source>
        <translation>Add items to table 05 first.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Not changed: %1</translation>
    </message>
    <message>
        <source>Other figures</source>
        <translation>Other figures</translation>
    </message>
    <message>
        <source>Initial budgets of the table 07 items (government funds)</source>
        <translation>Initial budgets of the table 07 items (government funds)</translation>
    </message>
    <message>
        <source>Table 07 has no items.</source>
        <translation>Table 07 has no items.</translation>
    </message>
</context>
<context>
    <name>Juesuan::FileWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>the disk may be full</source>
        <translation>the disk may be full</translation>
    </message>
    <message>
        <source>%1: writing failed (%2); the previous file, if any, is unchanged</source>
        <translation>%1: writing failed (%2); the previous file, if any, is unchanged</translation>
    </message>
</context>
<context>
    <name>Juesuan::FillProgress</name>
    <message>
        <source>no items yet</source>
        <translation>no items yet</translation>
    </message>
</context>
<context>
    <name>Juesuan::FindingPlace</name>
    <message numerus="yes">
        <source> and %n more cells</source>
        <translation>
            <numerusform> and %n more cells</numerusform>
            <numerusform> and %n more cells</numerusform>
        </translation>
    </message>
    <message>
        <source>reason (主要原因) of %1</source>
        <translation>reason (主要原因) of %1</translation>
    </message>
    <message>
        <source>reason (主要原因) of %1 %2</source>
        <translation>reason (主要原因) of %1 %2</translation>
    </message>
    <message>
        <source>text part 主要职能 (duties)</source>
        <translation>text part 主要职能 (duties)</translation>
    </message>
    <message>
        <source>text part 机构设置 (organization)</source>
        <translation>text part 机构设置 (organization)</translation>
    </message>
    <message>
        <source>text part 重点工作 (key work)</source>
        <translation>text part 重点工作 (key work)</translation>
    </message>
    <message>
        <source>text part 名词解释 (glossary)</source>
        <translation>text part 名词解释 (glossary)</translation>
    </message>
    <message>
        <source>text part %1</source>
        <translation>text part %1</translation>
    </message>
    <message>
        <source>self-evaluation form %1</source>
        <translation>self-evaluation form %1</translation>
    </message>
    <message>
        <source>%1, at “%2”</source>
        <translation>%1, at “%2”</translation>
    </message>
    <message>
        <source>part 3 %1 (detached)</source>
        <translation>part 3 %1 (detached)</translation>
    </message>
    <message>
        <source>part 3 section %1 (detached)</source>
        <translation>part 3 section %1 (detached)</translation>
    </message>
</context>
<context>
    <name>Juesuan::Formula</name>
    <message>
        <source>empty formula</source>
        <translation>empty formula</translation>
    </message>
    <message>
        <source>expected + or − at position %1 of “%2”</source>
        <translation>expected + or − at position %1 of “%2”</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not a cell reference (row@column)</source>
        <translation>“%1” in “%2” is not a cell reference (row@column)</translation>
    </message>
    <message>
        <source>bad range “%1”</source>
        <translation>bad range “%1”</translation>
    </message>
</context>
<context>
    <name>Juesuan::GuiSession</name>
    <message>
        <source>Editor for departmental final-accounts disclosure reports</source>
        <translation>Editor for departmental final-accounts disclosure reports</translation>
    </message>
    <message>
        <source>The report to open (.juesuan).</source>
        <translation>The report to open (.juesuan).</translation>
    </message>
    <message>
        <source>Show this outline entry.</source>
        <translation>Show this outline entry.</translation>
    </message>
    <message>
        <source>Grab the window into a PNG and quit.</source>
        <translation>Grab the window into a PNG and quit.</translation>
    </message>
    <message>
        <source>Quit once the window is shown.</source>
        <translation>Quit once the window is shown.</translation>
    </message>
    <message>
        <source>Change a text part after loading.</source>
        <translation>Change a text part after loading.</translation>
    </message>
    <message>
        <source>juesuan opens one report at a time</source>
        <translation>juesuan opens one report at a time</translation>
    </message>
    <message>
        <source>--edit-text: unknown text part %1</source>
        <translation>--edit-text: unknown text part %1</translation>
    </message>
    <message>
        <source>--page: no outline entry %1</source>
        <translation>--page: no outline entry %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::ImportDialog</name>
    <message>
        <source>Import Workbook</source>
        <translation>Import Workbook</translation>
    </message>
    <message>
        <source>Nothing was imported; the document is unchanged.
%1</source>
        <translation>Nothing was imported; the document is unchanged.
%1</translation>
    </message>
    <message>
        <source>Imported %1 tables from %2 (%3 amounts). Every total in the workbook equals what Juesuan computes. Undo reverses the whole import.</source>
        <translation>Imported %1 tables from %2 (%3 amounts). Every total in the workbook equals what Juesuan computes. Undo reverses the whole import.</translation>
    </message>
    <message>
        <source>Imported %1 tables from %2 (%3 amounts). %4 totals in the workbook differ from what Juesuan computes from its figures: double-click one to see its cell. Undo reverses the whole import.</source>
        <translation>Imported %1 tables from %2 (%3 amounts). %4 totals in the workbook differ from what Juesuan computes from its figures: double-click one to see its cell. Undo reverses the whole import.</translation>
    </message>
    <message>
        <source>Differences (%1)</source>
        <translation>Differences (%1)</translation>
    </message>
    <message>
        <source>Double-click to show this cell in its table</source>
        <translation>Double-click to show this cell in its table</translation>
    </message>
    <message>
        <source>Tables found (%1)</source>
        <translation>Tables found (%1)</translation>
    </message>
    <message>
        <source>%1 %2: sheet “%3” %4, %5%6, %7 amounts</source>
        <translation>%1 %2: sheet “%3” %4, %5%6, %7 amounts</translation>
    </message>
    <message>
        <source> (assumed)</source>
        <translation> (assumed)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Skipped (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
</context>
<context>
    <name>Juesuan::IndicatorModel</name>
    <message>
        <source>Edit indicator</source>
        <translation>Edit indicator</translation>
    </message>
</context>
<context>
    <name>Juesuan::InputText</name>
    <message>
        <source>… (%1 characters)</source>
        <translation>… (%1 characters)</translation>
    </message>
</context>
<context>
    <name>Juesuan::JsonScanner</name>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>the member is given more than once in its object (again at line %1); a document names each member once</source>
        <translation>the member is given more than once in its object (again at line %1); a document names each member once</translation>
    </message>
    <message>
        <source>the number %1 is not a whole number (numbers in a Juesuan document are JSON integers: no decimal point, no exponent)</source>
        <translation>the number %1 is not a whole number (numbers in a Juesuan document are JSON integers: no decimal point, no exponent)</translation>
    </message>
    <message>
        <source>the number %1 is out of range (at most 19 digits, within ±9223372036854775807)</source>
        <translation>the number %1 is out of range (at most 19 digits, within ±9223372036854775807)</translation>
    </message>
</context>
<context>
    <name>Juesuan::KeyWorkEditor</name>
    <message>
        <source>Key work table</source>
        <translation>Key work table</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>Juesuan::KeyWorkModel</name>
    <message>
        <source>Edit key work</source>
        <translation>Edit key work</translation>
    </message>
    <message>
        <source>Add key work row</source>
        <translation>Add key work row</translation>
    </message>
    <message>
        <source>Remove key work row</source>
        <translation>Remove key work row</translation>
    </message>
    <message>
        <source>Move key work row</source>
        <translation>Move key work row</translation>
    </message>
</context>
<context>
    <name>Juesuan::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Report</source>
        <translation>Open &amp;Sample Report</translation>
    </message>
    <message>
        <source>Recent &amp;Files</source>
        <translation>Recent &amp;Files</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Report &amp;Details…</source>
        <translation>Report &amp;Details…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferences…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <source>&amp;Audit Findings</source>
        <translation>&amp;Audit Findings</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Juesuan</source>
        <translation>&amp;About Juesuan</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Save Report As</translation>
    </message>
    <message>
        <source>Juesuan reports (*.juesuan)</source>
        <translation>Juesuan reports (*.juesuan)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The report “%1” has changes that are not saved.</source>
        <translation>The report “%1” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Do you want to save them?</source>
        <translation>Do you want to save them?</translation>
    </message>
    <message>
        <source>an untitled report</source>
        <translation>an untitled report</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Recover Unsaved Changes</translation>
    </message>
    <message>
        <source>Juesuan did not close normally. Changes to %1 from %2 were kept.</source>
        <translation>Juesuan did not close normally. Changes to %1 from %2 were kept.</translation>
    </message>
    <message>
        <source>Restore them? Discard deletes the kept copy; Ignore asks again next time.</source>
        <translation>Restore them? Discard deletes the kept copy; Ignore asks again next time.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>This part has no editor in this version of Juesuan.</source>
        <translation>This part has no editor in this version of Juesuan.</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Open Report</translation>
    </message>
    <message>
        <source>Report Details</source>
        <translation>Report Details</translation>
    </message>
    <message>
        <source>About Juesuan</source>
        <translation>About Juesuan</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;An editor for departmental final-accounts disclosure reports: the nine tables, their explanations, charts and audit, printed as published.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Juesuan %1&lt;/h3&gt;&lt;p&gt;An editor for departmental final-accounts disclosure reports: the nine tables, their explanations, charts and audit, printed as published.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insert subject explanations</source>
        <translation>Insert subject explanations</translation>
    </message>
    <message>
        <source>Append a numbered explanation for each subject of tables 02, 03 and 05 that the text does not explain yet</source>
        <translation>Append a numbered explanation for each subject of tables 02, 03 and 05 that the text does not explain yet</translation>
    </message>
    <message numerus="yes">
        <source>%n subject explanation(s) added</source>
        <translation>
            <numerusform>%n subject explanation added</numerusform>
            <numerusform>%n subject explanations added</numerusform>
        </translation>
    </message>
    <message>
        <source>Every subject is explained already</source>
        <translation>Every subject is explained already</translation>
    </message>
    <message>
        <source>Explanations</source>
        <translation>Explanations</translation>
    </message>
    <message>
        <source>Figures for the explanations</source>
        <translation>Figures for the explanations</translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation>&amp;Import Workbook…</translation>
    </message>
    <message>
        <source>Import &amp;Prior Year…</source>
        <translation>Import &amp;Prior Year…</translation>
    </message>
    <message>
        <source>Fill the 上年 figures of the explanations from last year&apos;s report</source>
        <translation>Fill the 上年 figures of the explanations from last year&apos;s report</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>The user manual, at the section about the page shown</source>
        <translation>The user manual, at the section about the page shown</translation>
    </message>
    <message>
        <source>Import Prior Year</source>
        <translation>Import Prior Year</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>In %1, %2. Take its figures as this report&apos;s 上年 figures all the same?</source>
        <translation>In %1, %2. Take its figures as this report&apos;s 上年 figures all the same?</translation>
    </message>
    <message>
        <source>Nothing imported from %1</source>
        <translation>Nothing imported from %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prior-year figure(s) from %1</source>
        <translation>
            <numerusform>Imported %n prior-year figure from %1</numerusform>
            <numerusform>Imported %n prior-year figures from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filled from %1 (Undo takes it back):
%2</source>
        <translation>Filled from %1 (Undo takes it back):
%2</translation>
    </message>
    <message>
        <source>Last year&apos;s report (*.juesuan *.xlsx *.xls *.csv *.tsv);;Juesuan reports (*.juesuan);;Workbooks (*.xlsx *.xls *.csv *.tsv)</source>
        <translation>Last year&apos;s report (*.juesuan *.xlsx *.xls *.csv *.tsv);;Juesuan reports (*.juesuan);;Workbooks (*.xlsx *.xls *.csv *.tsv)</translation>
    </message>
    <message>
        <source>Import Workbook</source>
        <translation>Import Workbook</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)</source>
        <translation>Workbooks (*.xlsx *.xls *.csv *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed</source>
        <translation>Import cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>Imported %1 tables from %2</source>
        <translation>Imported %1 tables from %2</translation>
    </message>
    <message>
        <source>As &amp;Printed (舍位平衡)</source>
        <translation>As &amp;Printed (舍位平衡)</translation>
    </message>
    <message>
        <source>Show the figures the report prints: rounded so that every total adds up</source>
        <translation>Show the figures the report prints: rounded so that every total adds up</translation>
    </message>
    <message>
        <source>Change &amp;Edition…</source>
        <translation>Change &amp;Edition…</translation>
    </message>
    <message>
        <source>Move the report to a newer edition of the tables and subject catalogue</source>
        <translation>Move the report to a newer edition of the tables and subject catalogue</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Change Edition</source>
        <translation>Change Edition</translation>
    </message>
    <message>
        <source>The report uses edition %1; this program knows no newer one.</source>
        <translation>The report uses edition %1; this program knows no newer one.</translation>
    </message>
    <message>
        <source>The report uses edition %1. Move it to:</source>
        <translation>The report uses edition %1. Move it to:</translation>
    </message>
    <message>
        <source>Cannot change the edition</source>
        <translation>Cannot change the edition</translation>
    </message>
    <message>
        <source>Edit → Undo takes it back.</source>
        <translation>Edit → Undo takes it back.</translation>
    </message>
    <message>
        <source>Paste &amp;Unit</source>
        <translation>Paste &amp;Unit</translation>
    </message>
    <message>
        <source>&amp;万元, as the Tables Show</source>
        <translation>&amp;万元, as the Tables Show</translation>
    </message>
    <message>
        <source>&amp;元, for Blocks from Sheets in 元</source>
        <translation>&amp;元, for Blocks from Sheets in 元</translation>
    </message>
    <message>
        <source>Read pasted amounts in 元: 12.345 is then refused (finer than 分)</source>
        <translation>Read pasted amounts in 元: 12.345 is then refused (finer than 分)</translation>
    </message>
    <message>
        <source>Paste unit: %1</source>
        <translation>Paste unit: %1</translation>
    </message>
    <message>
        <source>Own wording</source>
        <translation>Own wording</translation>
    </message>
</context>
<context>
    <name>Juesuan::ManualBrowser</name>
    <message>
        <source>Juesuan Manual</source>
        <translation>Juesuan Manual</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
</context>
<context>
    <name>Juesuan::Money</name>
    <message>
        <source>a sign inside parentheses</source>
        <translation>a sign inside parentheses</translation>
    </message>
    <message>
        <source>the number is too large</source>
        <translation>the number is too large</translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation>more than one decimal point</translation>
    </message>
    <message>
        <source>a thousands separator in the wrong place</source>
        <translation>a thousands separator in the wrong place</translation>
    </message>
    <message>
        <source>a thousands separator after the decimal point</source>
        <translation>a thousands separator after the decimal point</translation>
    </message>
    <message>
        <source>a sign in the middle of the number</source>
        <translation>a sign in the middle of the number</translation>
    </message>
    <message>
        <source>“%1” is not part of a number</source>
        <translation>“%1” is not part of a number</translation>
    </message>
    <message>
        <source>no digits</source>
        <translation>no digits</translation>
    </message>
    <message>
        <source>the amount is too large</source>
        <translation>the amount is too large</translation>
    </message>
    <message>
        <source>a percentage is not an amount</source>
        <translation>a percentage is not an amount</translation>
    </message>
    <message>
        <source>more than 6 decimals: in 万元 an amount is exact to 0.000001 (one 分) and is never rounded</source>
        <translation>more than 6 decimals: in 万元 an amount is exact to 0.000001 (one 分) and is never rounded</translation>
    </message>
    <message>
        <source>more than 2 decimals: in 元 an amount is exact to 0.01 (one 分) and is never rounded</source>
        <translation>more than 2 decimals: in 元 an amount is exact to 0.01 (one 分) and is never rounded</translation>
    </message>
</context>
<context>
    <name>Juesuan::NarrativeOverrides</name>
    <message>
        <source>“%1” is not the id of a section of part 3</source>
        <translation>“%1” is not the id of a section of part 3</translation>
    </message>
    <message>
        <source>section %1 is detached already</source>
        <translation>section %1 is detached already</translation>
    </message>
    <message>
        <source>section %1 has no paragraphs to detach</source>
        <translation>section %1 has no paragraphs to detach</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Detach %1</translation>
    </message>
    <message>
        <source>part 3 has no section %1</source>
        <translation>part 3 has no section %1</translation>
    </message>
    <message>
        <source>section %1 is not detached</source>
        <translation>section %1 is not detached</translation>
    </message>
    <message>
        <source>Re-attach %1</source>
        <translation>Re-attach %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::NarrativeView</name>
    <message>
        <source>Reasons and descriptions (the figures around them are computed from the tables)</source>
        <translation>Reasons and descriptions (the figures around them are computed from the tables)</translation>
    </message>
    <message>
        <source>1. Change in total revenue and expenditure: main reason</source>
        <translation>1. Change in total revenue and expenditure: main reason</translation>
    </message>
    <message>
        <source>2. Change in revenue for the year: main reason</source>
        <translation>2. Change in revenue for the year: main reason</translation>
    </message>
    <message>
        <source>3. Change in expenditure for the year: main reason</source>
        <translation>3. Change in expenditure for the year: main reason</translation>
    </message>
    <message>
        <source>4. Change in total fiscal appropriations: main reason</source>
        <translation>4. Change in total fiscal appropriations: main reason</translation>
    </message>
    <message>
        <source>4. Change in general-budget appropriation revenue: main reason</source>
        <translation>4. Change in general-budget appropriation revenue: main reason</translation>
    </message>
    <message>
        <source>5. Change in general-budget appropriation expenditure: main reason</source>
        <translation>5. Change in general-budget appropriation expenditure: main reason</translation>
    </message>
    <message>
        <source>9. “Three public” spending against budget: main reason</source>
        <translation>9. “Three public” spending against budget: main reason</translation>
    </message>
    <message>
        <source>9. Official travel abroad against budget: main reason</source>
        <translation>9. Official travel abroad against budget: main reason</translation>
    </message>
    <message>
        <source>9. Official vehicle purchase against budget: main reason</source>
        <translation>9. Official vehicle purchase against budget: main reason</translation>
    </message>
    <message>
        <source>9. Official vehicle running costs against budget: main reason</source>
        <translation>9. Official vehicle running costs against budget: main reason</translation>
    </message>
    <message>
        <source>9. Official reception against budget: main reason</source>
        <translation>9. Official reception against budget: main reason</translation>
    </message>
    <message>
        <source>9. Official reception: guests and purpose</source>
        <translation>9. Official reception: guests and purpose</translation>
    </message>
    <message>
        <source>12. Other vehicles: what they are</source>
        <translation>12. Other vehicles: what they are</translation>
    </message>
    <message>
        <source>13. Conclusion of the project self-evaluations</source>
        <translation>13. Conclusion of the project self-evaluations</translation>
    </message>
    <message>
        <source>13. Result of the overall self-evaluation</source>
        <translation>13. Result of the overall self-evaluation</translation>
    </message>
    <message>
        <source>13. How the results are used (whole paragraph)</source>
        <translation>13. How the results are used (whole paragraph)</translation>
    </message>
    <message>
        <source>5. Item %1 %2 against its initial budget: main reason</source>
        <translation>5. Item %1 %2 against its initial budget: main reason</translation>
    </message>
    <message>
        <source>5. Project %1: main effect</source>
        <translation>5. Project %1: main effect</translation>
    </message>
    <message>
        <source>13. Project %1: main outputs and benefits</source>
        <translation>13. Project %1: main outputs and benefits</translation>
    </message>
    <message>
        <source>(no reason given: the sentence ends without one)</source>
        <translation>(no reason given: the sentence ends without one)</translation>
    </message>
    <message>
        <source>0 decimals</source>
        <translation>0 decimals</translation>
    </message>
    <message>
        <source>1 decimal</source>
        <translation>1 decimal</translation>
    </message>
    <message>
        <source>2 decimals</source>
        <translation>2 decimals</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>&amp;Shares:</translation>
    </message>
    <message>
        <source>占…的 x%: shares of a total</source>
        <translation>占…的 x%: shares of a total</translation>
    </message>
    <message>
        <source>C&amp;hanges:</source>
        <translation>C&amp;hanges:</translation>
    </message>
    <message>
        <source>增长/下降 x%: changes against the prior year</source>
        <translation>增长/下降 x%: changes against the prior year</translation>
    </message>
    <message>
        <source>&amp;Budget rates:</source>
        <translation>&amp;Budget rates:</translation>
    </message>
    <message>
        <source>完成（年初）预算的 x%: actual against the initial budget (parts 5 and 9)</source>
        <translation>完成（年初）预算的 x%: actual against the initial budget (parts 5 and 9)</translation>
    </message>
    <message>
        <source>E&amp;xecution rates:</source>
        <translation>E&amp;xecution rates:</translation>
    </message>
    <message>
        <source>执行率 of the self-evaluation forms quoted in part 13</source>
        <translation>执行率 of the self-evaluation forms quoted in part 13</translation>
    </message>
    <message>
        <source>A&amp;mounts:</source>
        <translation>A&amp;mounts:</translation>
    </message>
    <message>
        <source>Trimmed (1274.1)</source>
        <translation>Trimmed (1274.1)</translation>
    </message>
    <message>
        <source>Two decimals (1274.10)</source>
        <translation>Two decimals (1274.10)</translation>
    </message>
    <message>
        <source>How amounts in 万元 print in the explanations</source>
        <translation>How amounts in 万元 print in the explanations</translation>
    </message>
    <message>
        <source>&amp;Evaluated funds:</source>
        <translation>&amp;Evaluated funds:</translation>
    </message>
    <message>
        <source>Sum of budgets</source>
        <translation>Sum of budgets</translation>
    </message>
    <message>
        <source>Sum of executed</source>
        <translation>Sum of executed</translation>
    </message>
    <message>
        <source>What 资金 means in 13 (一): the projects&apos; budgets or what they executed</source>
        <translation>What 资金 means in 13 (一): the projects&apos; budgets or what they executed</translation>
    </message>
    <message>
        <source>&amp;Projects:</source>
        <translation>&amp;Projects:</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>As entered</translation>
    </message>
    <message>
        <source>By amount</source>
        <translation>By amount</translation>
    </message>
    <message>
        <source>The order of the projects in 5 (三) and 13 (三)</source>
        <translation>The order of the projects in 5 (三) and 13 (三)</translation>
    </message>
    <message>
        <source>&amp;Rate over 100%</source>
        <translation>&amp;Rate over 100%</translation>
    </message>
    <message>
        <source>Print 完成年初预算的 x% also for an item whose actual exceeds its budget</source>
        <translation>Print 完成年初预算的 x% also for an item whose actual exceeds its budget</translation>
    </message>
    <message>
        <source>&amp;Overall execution rate</source>
        <translation>&amp;Overall execution rate</translation>
    </message>
    <message>
        <source>Print the 执行率 of the overall (部门整体) self-evaluation in 13 (二)</source>
        <translation>Print the 执行率 of the overall (部门整体) self-evaluation in 13 (二)</translation>
    </message>
    <message>
        <source>7. Change in government fund revenue and expenditure: main reason</source>
        <translation>7. Change in government fund revenue and expenditure: main reason</translation>
    </message>
    <message>
        <source>8. Change in state capital operation expenditure: main reason</source>
        <translation>8. Change in state capital operation expenditure: main reason</translation>
    </message>
    <message>
        <source>10. Change in agency operating costs: main reason</source>
        <translation>10. Change in agency operating costs: main reason</translation>
    </message>
    <message>
        <source>7. Item %1 %2 against its initial budget: main reason</source>
        <translation>7. Item %1 %2 against its initial budget: main reason</translation>
    </message>
</context>
<context>
    <name>Juesuan::NewDocumentDialog</name>
    <message>
        <source>New Report</source>
        <translation>New Report</translation>
    </message>
    <message>
        <source>e.g. the department&apos;s full name</source>
        <translation>e.g. the department&apos;s full name</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Publishing date:</source>
        <translation>Publishing date:</translation>
    </message>
    <message>
        <source>Contact &amp;telephone:</source>
        <translation>Contact &amp;telephone:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption:</translation>
    </message>
    <message>
        <source>&amp;Keep the 尾数误差 note under the tables even when the printed figures add up</source>
        <translation>&amp;Keep the 尾数误差 note under the tables even when the printed figures add up</translation>
    </message>
    <message>
        <source>Table notes:</source>
        <translation>Table notes:</translation>
    </message>
</context>
<context>
    <name>Juesuan::OutlineModel</name>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Part 1  Overview</source>
        <translation>Part 1  Overview</translation>
    </message>
    <message>
        <source>1. Main duties</source>
        <translation>1. Main duties</translation>
    </message>
    <message>
        <source>2. Organisation</source>
        <translation>2. Organisation</translation>
    </message>
    <message>
        <source>Part 2  Final accounts tables</source>
        <translation>Part 2  Final accounts tables</translation>
    </message>
    <message>
        <source>Part 3  Explanations</source>
        <translation>Part 3  Explanations</translation>
    </message>
    <message>
        <source>Part 4  Key work completed</source>
        <translation>Part 4  Key work completed</translation>
    </message>
    <message>
        <source>Part 5  Glossary</source>
        <translation>Part 5  Glossary</translation>
    </message>
    <message>
        <source>Part 6  Attachments</source>
        <translation>Part 6  Attachments</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Figure 1: Change in total revenue and expenditure</source>
        <translation>Figure 1: Change in total revenue and expenditure</translation>
    </message>
    <message>
        <source>Figure 2: Revenue structure</source>
        <translation>Figure 2: Revenue structure</translation>
    </message>
    <message>
        <source>Figure 3: Expenditure structure</source>
        <translation>Figure 3: Expenditure structure</translation>
    </message>
    <message>
        <source>Figure 4: Change in total fiscal appropriation revenue and expenditure</source>
        <translation>Figure 4: Change in total fiscal appropriation revenue and expenditure</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>%1: to fill in. Add its items (项) by subject code or name, then type their amounts.</source>
        <translation>%1: to fill in. Add its items (项) by subject code or name, then type their amounts.</translation>
    </message>
    <message>
        <source>%1: mostly derived from the other tables (%2 cells); fill in its %3 remaining input cells, %4 of them filled.</source>
        <translation>%1: mostly derived from the other tables (%2 cells); fill in its %3 remaining input cells, %4 of them filled.</translation>
    </message>
    <message>
        <source>%1: to fill in: %2 of its %3 input cells hold a value; %4 cells are computed.</source>
        <translation>%1: to fill in: %2 of its %3 input cells hold a value; %4 cells are computed.</translation>
    </message>
    <message>
        <source>derived, %1</source>
        <translation>derived, %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>The language changes the next time Juesuan starts.</source>
        <translation>The language changes the next time Juesuan starts.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>Juesuan::PrintedValues</name>
    <message>
        <source>exact %1 万元; printed %2 to keep %3</source>
        <translation>exact %1 万元; printed %2 to keep %3</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>rule %1</translation>
    </message>
    <message>
        <source>rule %1 (%2)</source>
        <translation>rule %1 (%2)</translation>
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
        <translation>%1表 %2 = Σ%3 (column %4)</translation>
    </message>
    <message>
        <source>%1表 %2: 栏%3 =</source>
        <translation>%1表 %2: 栏%3 =</translation>
    </message>
    <message>
        <source>栏%1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>%1 = Σ %2 cells</source>
        <translation>%1 = Σ %2 cells</translation>
    </message>
    <message>
        <source>the %1 linked cells around %2</source>
        <translation>the %1 linked cells around %2</translation>
    </message>
    <message>
        <source>more linked cells than this version balances (%1); half-up rounding is printed</source>
        <translation>more linked cells than this version balances (%1); half-up rounding is printed</translation>
    </message>
    <message>
        <source>no rounding of these cells to 0.01 万元 keeps it together with every formula and the relations kept before it</source>
        <translation>no rounding of these cells to 0.01 万元 keeps it together with every formula and the relations kept before it</translation>
    </message>
    <message>
        <source>the formulas around %1</source>
        <translation>the formulas around %1</translation>
    </message>
    <message>
        <source>the solver found no balanced rounding; half-up rounding is printed</source>
        <translation>the solver found no balanced rounding; half-up rounding is printed</translation>
    </message>
    <message>
        <source>%1 keeps half-up rounding</source>
        <translation>%1 keeps half-up rounding</translation>
    </message>
    <message>
        <source>no balanced rounding keeps this grand total at its half-up value</source>
        <translation>no balanced rounding keeps this grand total at its half-up value</translation>
    </message>
</context>
<context>
    <name>Juesuan::PriorYearImport</name>
    <message numerus="yes">
        <source>%n total(s) in the workbook differ from the sums of its figures; the sums were taken</source>
        <translation>
            <numerusform>%n total in the workbook differs from the sum of its figures; the sum was taken</numerusform>
            <numerusform>%n totals in the workbook differ from the sums of their figures; the sums were taken</numerusform>
        </translation>
    </message>
    <message>
        <source>the report read is for %1, not for %2, the year before this report&apos;s %3</source>
        <translation>the report read is for %1, not for %2, the year before this report&apos;s %3</translation>
    </message>
    <message>
        <source>%1 %2 column %3</source>
        <translation>%1 %2 column %3</translation>
    </message>
    <message>
        <source>last year&apos;s report holds none of the figures this report compares with</source>
        <translation>last year&apos;s report holds none of the figures this report compares with</translation>
    </message>
    <message>
        <source>Import prior-year figures</source>
        <translation>Import prior-year figures</translation>
    </message>
    <message>
        <source>was blank</source>
        <translation>was blank</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>was %1</translation>
    </message>
    <message>
        <source>%1: %2 万元 (from %3; %4)</source>
        <translation>%1: %2 万元 (from %3; %4)</translation>
    </message>
    <message>
        <source>%1: not in last year&apos;s report, left as it was</source>
        <translation>%1: not in last year&apos;s report, left as it was</translation>
    </message>
</context>
<context>
    <name>Juesuan::RecalcEngine</name>
    <message>
        <source>cell %1 is defined twice</source>
        <translation>cell %1 is defined twice</translation>
    </message>
    <message>
        <source>formulas form a cycle: %1</source>
        <translation>formulas form a cycle: %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Clear Recent Files</translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message numerus="yes">
        <source>The audit finds %n error(s) in this report. Published figures should agree with each other.

%1 anyway?</source>
        <translation>
            <numerusform>The audit finds %n error in this report. Published figures should agree with each other.

%1 anyway?</numerusform>
            <numerusform>The audit finds %n errors in this report. Published figures should agree with each other.

%1 anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export %1</source>
        <translation>Cannot export %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n pages)</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>Export HTML</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML files (*.html *.htm)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export &amp;Workbook…</source>
        <translation>Export &amp;Workbook…</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Export Workbook</source>
        <translation>Export Workbook</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is as it was</source>
        <translation>Export cancelled; %1 is as it was</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportPrinter</name>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: cannot start the PDF</translation>
    </message>
    <message>
        <source>cannot start printing on %1</source>
        <translation>cannot start printing on %1</translation>
    </message>
</context>
<context>
    <name>Juesuan::ReportTemplate</name>
    <message>
        <source>table %1 appears twice in %2</source>
        <translation>table %1 appears twice in %2</translation>
    </message>
    <message>
        <source>%1/edition.json: an edition needs a name and tables</source>
        <translation>%1/edition.json: an edition needs a name and tables</translation>
    </message>
    <message>
        <source>edition %1: %2</source>
        <translation>edition %1: %2</translation>
    </message>
    <message>
        <source>no template edition “%1” (this program knows %2)</source>
        <translation>no template edition “%1” (this program knows %2)</translation>
    </message>
    <message>
        <source>%1 refers to %2, which does not exist</source>
        <translation>%1 refers to %2, which does not exist</translation>
    </message>
    <message>
        <source>formula of %1</source>
        <translation>formula of %1</translation>
    </message>
    <message>
        <source>table %1 column %2 rule</source>
        <translation>table %1 column %2 rule</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3)</source>
        <translation>%1: not a JSON object (%2 at offset %3)</translation>
    </message>
    <message>
        <source>%1: the editions inherit from each other in a circle (%2)</source>
        <translation>%1: the editions inherit from each other in a circle (%2)</translation>
    </message>
    <message>
        <source>%1: unknown member “%2”</source>
        <translation>%1: unknown member “%2”</translation>
    </message>
    <message>
        <source>%1: base “%2” is not the name of an edition</source>
        <translation>%1: base “%2” is not the name of an edition</translation>
    </message>
    <message>
        <source>%1: base edition “%2” does not exist (no %3)</source>
        <translation>%1: base edition “%2” does not exist (no %3)</translation>
    </message>
    <message>
        <source>%1: an edition needs a name (“edition”)</source>
        <translation>%1: an edition needs a name (“edition”)</translation>
    </message>
    <message>
        <source>edition %1: catalogue: %2</source>
        <translation>edition %1: catalogue: %2</translation>
    </message>
    <message>
        <source>%1: quantities.%2: “%3” does not name cells of edition %4%5</source>
        <translation>%1: quantities.%2: “%3” does not name cells of edition %4%5</translation>
    </message>
    <message>
        <source>%1: figure %2 is read from quantity “%3”, which the edition does not define</source>
        <translation>%1: figure %2 is read from quantity “%3”, which the edition does not define</translation>
    </message>
    <message>
        <source>%1: printedAnchors: “%2” is not a cell of edition %3</source>
        <translation>%1: printedAnchors: “%2” is not a cell of edition %3</translation>
    </message>
</context>
<context>
    <name>Juesuan::SheetModel</name>
    <message>
        <source>%1 is not an amount cell</source>
        <translation>%1 is not an amount cell</translation>
    </message>
    <message>
        <source>%1 is computed from other cells and cannot be typed into</source>
        <translation>%1 is computed from other cells and cannot be typed into</translation>
    </message>
    <message>
        <source>%1: “%2” is refused: %3</source>
        <translation>%1: “%2” is refused: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2, column %3</source>
        <translation>%1, %2, column %3</translation>
    </message>
    <message>
        <source>%1, row %2, grid column %3</source>
        <translation>%1, row %2, grid column %3</translation>
    </message>
    <message>
        <source>Computed: it cannot be typed into</source>
        <translation>Computed: it cannot be typed into</translation>
    </message>
</context>
<context>
    <name>Juesuan::SheetView</name>
    <message>
        <source>Sum: %1  Count: %2  Average: %3</source>
        <translation>Sum: %1  Count: %2  Average: %3</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <source>Paste: select the cell where the block should start</source>
        <translation>Paste: select the cell where the block should start</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message numerus="yes">
        <source>Nothing cleared: the %n selected amount cells are computed</source>
        <translation>
            <numerusform>Nothing cleared: the %n selected amount cell is computed</numerusform>
            <numerusform>Nothing cleared: the %n selected amount cells are computed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1 input cells; %n computed cells were left as they are</source>
        <translation>
            <numerusform>Cleared %1 input cells; %n computed cell was left as they are</numerusform>
            <numerusform>Cleared %1 input cells; %n computed cells were left as they are</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Select an item (项) row to remove; 类 and 款 rows go with their last item</source>
        <translation>Select an item (项) row to remove; 类 and 款 rows go with their last item</translation>
    </message>
    <message>
        <source>Removed %1 %2</source>
        <translation>Removed %1 %2</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Remove item row</source>
        <translation>Remove item row</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the list of differences</source>
        <translation>Close the list of differences</translation>
    </message>
    <message>
        <source>Paste refused at %1</source>
        <translation>Paste refused at %1</translation>
    </message>
    <message>
        <source> (amounts read in 元)</source>
        <translation> (amounts read in 元)</translation>
    </message>
    <message numerus="yes">
        <source>The block pasted does not agree with %n computed cells; click one (or press Enter) to go to it:</source>
        <translation>
            <numerusform>The block pasted does not agree with %n computed cell; click one (or press Enter) to go to it:</numerusform>
            <numerusform>The block pasted does not agree with %n computed cells; click one (or press Enter) to go to it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectCatalogue</name>
    <message>
        <source>catalogue: “%1” must be an array</source>
        <translation>catalogue: “%1” must be an array</translation>
    </message>
    <message>
        <source>catalogue %1: a subject needs a 3, 5 or 7 digit code and a name</source>
        <translation>catalogue %1: a subject needs a 3, 5 or 7 digit code and a name</translation>
    </message>
    <message>
        <source>catalogue %1: code %2 listed twice</source>
        <translation>catalogue %1: code %2 listed twice</translation>
    </message>
    <message>
        <source>catalogue %1: the parent %2 of %3 is not listed before it</source>
        <translation>catalogue %1: the parent %2 of %3 is not listed before it</translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectGlossary</name>
    <message>
        <source>Insert subject explanations</source>
        <translation>Insert subject explanations</translation>
    </message>
</context>
<context>
    <name>Juesuan::SubjectNames</name>
    <message>
        <source>bundled</source>
        <translation>bundled</translation>
    </message>
    <message>
        <source>bundled, unverified</source>
        <translation>bundled, unverified</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>this document</source>
        <translation>this document</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Juesuan::TableExport</name>
    <message>
        <source>no table “%1” (the tables are %2)</source>
        <translation>no table “%1” (the tables are %2)</translation>
    </message>
</context>
<context>
    <name>Juesuan::TableLocator</name>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation>sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no table of the %1 edition found (no title and no 公开NN表 code)</source>
        <translation>no table of the %1 edition found (no title and no 公开NN表 code)</translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot; %3)</source>
        <translation>%1 (sheet &quot;%2&quot; %3)</translation>
    </message>
    <message>
        <source>the table was already found earlier; this copy is not read</source>
        <translation>the table was already found earlier; this copy is not read</translation>
    </message>
    <message>
        <source>no header with the table&apos;s captions below its title</source>
        <translation>no header with the table&apos;s captions below its title</translation>
    </message>
    <message>
        <source>column “%1” is not a column of %2: not read</source>
        <translation>column “%1” is not a column of %2: not read</translation>
    </message>
    <message>
        <source>no subject code column (类/款/项 or 科目编码) in the header</source>
        <translation>no subject code column (类/款/项 or 科目编码) in the header</translation>
    </message>
    <message>
        <source>row has amounts but no subject code or 合计 label: not read</source>
        <translation>row has amounts but no subject code or 合计 label: not read</translation>
    </message>
    <message>
        <source>row %1 appears a second time: not read</source>
        <translation>row %1 appears a second time: not read</translation>
    </message>
    <message>
        <source>row has amounts but matches no line of %1: not read</source>
        <translation>row has amounts but matches no line of %1: not read</translation>
    </message>
</context>
<context>
    <name>Juesuan::TableTemplate</name>
    <message>
        <source>%1[%2] must be an array of cells</source>
        <translation>%1[%2] must be an array of cells</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 columns</source>
        <translation>%1 does not fit in %2 columns</translation>
    </message>
    <message>
        <source>%1: “%2” is not a cell of this table (row@column)</source>
        <translation>%1: “%2” is not a cell of this table (row@column)</translation>
    </message>
    <message>
        <source>%1 names line “%2”, which is not in “lines”</source>
        <translation>%1 names line “%2”, which is not in “lines”</translation>
    </message>
    <message>
        <source>%1 overlaps another cell</source>
        <translation>%1 overlaps another cell</translation>
    </message>
    <message>
        <source>%1 row %2 leaves columns uncovered (the table has %3)</source>
        <translation>%1 row %2 leaves columns uncovered (the table has %3)</translation>
    </message>
    <message>
        <source>%1: id, code, title and columns are required</source>
        <translation>%1: id, code, title and columns are required</translation>
    </message>
    <message>
        <source>%1: kind must be “fixed” or “codelist”, not “%2”</source>
        <translation>%1: kind must be “fixed” or “codelist”, not “%2”</translation>
    </message>
    <message>
        <source>%1 lines[%2]: missing, repeated or malformed key “%3”</source>
        <translation>%1 lines[%2]: missing, repeated or malformed key “%3”</translation>
    </message>
    <message>
        <source>%1: cell %2 appears twice in the body</source>
        <translation>%1: cell %2 appears twice in the body</translation>
    </message>
    <message>
        <source>%1: cell %2 belongs to no line</source>
        <translation>%1: cell %2 belongs to no line</translation>
    </message>
    <message>
        <source>%1: formula for “%2”, which is not a cell of the table</source>
        <translation>%1: formula for “%2”, which is not a cell of the table</translation>
    </message>
    <message>
        <source>%1: formula for %2: %3</source>
        <translation>%1: formula for %2: %3</translation>
    </message>
    <message>
        <source>%1: formula for %2 needs explicit rows</source>
        <translation>%1: formula for %2 needs explicit rows</translation>
    </message>
    <message>
        <source>%1: codeColumns + nameColumns + amountColumns must make the %2 columns</source>
        <translation>%1: codeColumns + nameColumns + amountColumns must make the %2 columns</translation>
    </message>
    <message>
        <source>%1: column formula for unknown column “%2”</source>
        <translation>%1: column formula for unknown column “%2”</translation>
    </message>
    <message>
        <source>%1: column formula for %2: %3</source>
        <translation>%1: column formula for %2: %3</translation>
    </message>
    <message>
        <source>%1: column formula for %2 may only name columns of the same row</source>
        <translation>%1: column formula for %2 may only name columns of the same row</translation>
    </message>
</context>
<context>
    <name>Juesuan::TextCheck</name>
    <message>
        <source>The text cannot be checked against the tables: %1</source>
        <translation>The text cannot be checked against the tables: %1</translation>
    </message>
    <message>
        <source>%1 as a share of %2: the text says %3, the tables give %4</source>
        <translation>%1 as a share of %2: the text says %3, the tables give %4</translation>
    </message>
    <message>
        <source>%1 against its budget: the text says %2 done, the tables give %3</source>
        <translation>%1 against its budget: the text says %2 done, the tables give %3</translation>
    </message>
    <message>
        <source>%1, rate of change: the text says %2, the tables give %3</source>
        <translation>%1, rate of change: the text says %2, the tables give %3</translation>
    </message>
    <message>
        <source>%1 against its budget: the text says %2, the tables give %3</source>
        <translation>%1 against its budget: the text says %2, the tables give %3</translation>
    </message>
    <message>
        <source>%1 against last year: the text says %2, the tables give %3</source>
        <translation>%1 against last year: the text says %2, the tables give %3</translation>
    </message>
    <message>
        <source>%1, budget: the text says %2, the tables give %3</source>
        <translation>%1, budget: the text says %2, the tables give %3</translation>
    </message>
    <message>
        <source>%1: the text says %2, the tables give %3</source>
        <translation>%1: the text says %2, the tables give %3</translation>
    </message>
</context>
<context>
    <name>Juesuan::TextCheckTable</name>
    <message>
        <source>“%1” is not an amount among the edition&apos;s figures</source>
        <translation>“%1” is not an amount among the edition&apos;s figures</translation>
    </message>
    <message>
        <source>“%1” is not a 上年 figure of the edition</source>
        <translation>“%1” is not a 上年 figure of the edition</translation>
    </message>
    <message>
        <source>“%1” is not a one-cell quantity of the edition</source>
        <translation>“%1” is not a one-cell quantity of the edition</translation>
    </message>
    <message>
        <source>“%1” is not a quantity of the edition</source>
        <translation>“%1” is not a quantity of the edition</translation>
    </message>
    <message>
        <source>a source is a non-empty string such as “income_total” or “fact:operating_expense”</source>
        <translation>a source is a non-empty string such as “income_total” or “fact:operating_expense”</translation>
    </message>
    <message>
        <source>%1: an array of phrases is expected</source>
        <translation>%1: an array of phrases is expected</translation>
    </message>
    <message>
        <source>%1: unknown member “%2”</source>
        <translation>%1: unknown member “%2”</translation>
    </message>
    <message>
        <source>%1: “say” lists no phrase</source>
        <translation>%1: “say” lists no phrase</translation>
    </message>
    <message>
        <source>%1: value: %2</source>
        <translation>%1: value: %2</translation>
    </message>
    <message>
        <source>%1: prior: %2</source>
        <translation>%1: prior: %2</translation>
    </message>
    <message>
        <source>%1: budget: %2</source>
        <translation>%1: budget: %2</translation>
    </message>
</context>
<context>
    <name>Juesuan::TextFormatBar</name>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bold the selection (marked **…** in the text)</source>
        <translation>Bold the selection (marked **…** in the text)</translation>
    </message>
    <message>
        <source>Number 1、2、</source>
        <translation>Number 1、2、</translation>
    </message>
    <message>
        <source>Number (一)(二)</source>
        <translation>Number (一)(二)</translation>
    </message>
    <message>
        <source>No numbers</source>
        <translation>No numbers</translation>
    </message>
    <message>
        <source>Renumber the selected paragraphs</source>
        <translation>Renumber the selected paragraphs</translation>
    </message>
</context>
<context>
    <name>Juesuan::UserCatalogue</name>
    <message>
        <source>%1, sheet “%2” row %3</source>
        <translation>%1, sheet “%2” row %3</translation>
    </message>
    <message>
        <source>%1: subject %2 has no name</source>
        <translation>%1: subject %2 has no name</translation>
    </message>
    <message>
        <source>%1: the name of %2 is not one line of at most 200 characters</source>
        <translation>%1: the name of %2 is not one line of at most 200 characters</translation>
    </message>
    <message>
        <source>%1: subject %2 is named “%3” here and “%4” above</source>
        <translation>%1: subject %2 is named “%3” here and “%4” above</translation>
    </message>
    <message>
        <source>%1: no sheet holds subject codes (3, 5 or 7 digits beginning with 2) with names</source>
        <translation>%1: no sheet holds subject codes (3, 5 or 7 digits beginning with 2) with names</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>the workbook</translation>
    </message>
    <message>
        <source>%1: not a Juesuan subject catalogue (version 1)</source>
        <translation>%1: not a Juesuan subject catalogue (version 1)</translation>
    </message>
    <message>
        <source>%1: “functional” must be an object of code → name</source>
        <translation>%1: “functional” must be an object of code → name</translation>
    </message>
    <message>
        <source>%1: functional.%2: a subject needs a 3, 5 or 7 digit code and a one-line name</source>
        <translation>%1: functional.%2: a subject needs a 3, 5 or 7 digit code and a one-line name</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: not a JSON object</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
</context>
<context>
    <name>Juesuan::WorkbookExport</name>
    <message>
        <source>%1: cannot write the workbook: %2</source>
        <translation>%1: cannot write the workbook: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>cannot create a temporary file in %1</source>
        <translation>cannot create a temporary file in %1</translation>
    </message>
    <message>
        <source>cannot give the new file the permissions of the old one</source>
        <translation>cannot give the new file the permissions of the old one</translation>
    </message>
    <message>
        <source>libxlsxwriter cannot start a workbook (out of memory?)</source>
        <translation>libxlsxwriter cannot start a workbook (out of memory?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Juesuan::WorkbookImporter</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>“%1” is too large</translation>
    </message>
    <message>
        <source>2 decimals in 元</source>
        <translation>2 decimals in 元</translation>
    </message>
    <message>
        <source>6 decimals in 万元</source>
        <translation>6 decimals in 万元</translation>
    </message>
    <message>
        <source>“%1” is finer than one 分 (at most %2)</source>
        <translation>“%1” is finer than one 分 (at most %2)</translation>
    </message>
    <message>
        <source>“%1” is finer than one 分 (at most %2, or within floating-point noise of a 分)</source>
        <translation>“%1” is finer than one 分 (at most %2, or within floating-point noise of a 分)</translation>
    </message>
    <message>
        <source>the workbook</source>
        <translation>the workbook</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: the workbook has no sheets</translation>
    </message>
    <message>
        <source>%1: no table of the %2 edition found (%3)</source>
        <translation>%1: no table of the %2 edition found (%3)</translation>
    </message>
    <message>
        <source>no sheet holds a title or a 公开NN表 code</source>
        <translation>no sheet holds a title or a 公开NN表 code</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1: import cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>%1 (sheet &quot;%2&quot; %3)</source>
        <translation>%1 (sheet &quot;%2&quot; %3)</translation>
    </message>
    <message>
        <source>%1: no 金额单位 line; amounts read as %2</source>
        <translation>%1: no 金额单位 line; amounts read as %2</translation>
    </message>
    <message>
        <source>%1: 类 %2 of subject %3 is not in the %4 catalogue, so the row cannot be placed</source>
        <translation>%1: 类 %2 of subject %3 is not in the %4 catalogue, so the row cannot be placed</translation>
    </message>
    <message>
        <source>%1: subject %2 is not in the %3 catalogue and the workbook gives it no name</source>
        <translation>%1: subject %2 is not in the %3 catalogue and the workbook gives it no name</translation>
    </message>
    <message>
        <source>%1: the name of subject %2 is not one line of at most 200 characters</source>
        <translation>%1: the name of subject %2 is not one line of at most 200 characters</translation>
    </message>
    <message>
        <source>%1: subject %2 is not in the %3 catalogue; named “%4” as the workbook names it</source>
        <translation>%1: subject %2 is not in the %3 catalogue; named “%4” as the workbook names it</translation>
    </message>
    <message>
        <source>%1 %2 has no 项 rows under it in the workbook: its amounts are not read</source>
        <translation>%1 %2 has no 项 rows under it in the workbook: its amounts are not read</translation>
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
        <translation>%1: replaces the document&apos;s %2 figures and %3 subject rows</translation>
    </message>
    <message>
        <source>Import workbook %1</source>
        <translation>Import workbook %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 %3栏: workbook %4, computed %5</source>
        <translation>%1 %2 column %3: workbook %4, computed %5</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n table(s) from %1: %2 amounts read, %3 input cells set.</source>
        <translation>
            <numerusform>Imported %n table from %1: %2 amounts read, %3 input cells set.</numerusform>
            <numerusform>Imported %n tables from %1: %2 amounts read, %3 input cells set.</numerusform>
        </translation>
    </message>
    <message>
        <source>类%1</source>
        <translation>类 %1</translation>
    </message>
    <message>
        <source>款%1</source>
        <translation>款 %1</translation>
    </message>
    <message>
        <source>项%1</source>
        <translation>项 %1</translation>
    </message>
    <message>
        <source>行次%1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nothing imported: %1</translation>
    </message>
    <message>
        <source>%1 %2: sheet &quot;%3&quot; %4, %5, %6 amounts</source>
        <translation>%1 %2: sheet &quot;%3&quot; %4, %5, %6 amounts</translation>
    </message>
    <message>
        <source>The workbook names the department “%1”.</source>
        <translation>The workbook names the department “%1”.</translation>
    </message>
    <message>
        <source>The workbook&apos;s titles name the year %1.</source>
        <translation>The workbook&apos;s titles name the year %1.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Skipped (%1):</source>
        <translation>Skipped (%1):</translation>
    </message>
    <message>
        <source>Every total in the workbook equals what Juesuan computes.</source>
        <translation>Every total in the workbook equals what Juesuan computes.</translation>
    </message>
    <message>
        <source>Differences between the workbook&apos;s totals and Juesuan&apos;s (%1):</source>
        <translation>Differences between the workbook&apos;s totals and Juesuan&apos;s (%1):</translation>
    </message>
</context>
<context>
    <name>Juesuan::WorkbookReader</name>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>this is a folder, not a workbook</source>
        <translation>this is a folder, not a workbook</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, pipe or socket), so it is not read</source>
        <translation>this is not a regular file (a device, pipe or socket), so it is not read</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a workbook may have</source>
        <translation>the file is %1 MiB, more than the %2 MiB a workbook may have</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>cannot open: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>the file is more than the %1 MiB a workbook may have</source>
        <translation>the file is more than the %1 MiB a workbook may have</translation>
    </message>
    <message>
        <source>cannot create a temporary file for reading the xls: %1</source>
        <translation>cannot create a temporary file for reading the xls: %1</translation>
    </message>
    <message>
        <source>cannot write a temporary file for reading the xls: %1</source>
        <translation>cannot write a temporary file for reading the xls: %1</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream holds a string longer than itself</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream holds a string longer than itself</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream runs past its end</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream runs past its end</translation>
    </message>
    <message>
        <source>the compound file holds no Excel workbook (a Word or other Office file, or a password-protected workbook)</source>
        <translation>the compound file holds no Excel workbook (a Word or other Office file, or a password-protected workbook)</translation>
    </message>
    <message>
        <source>the Workbook stream does not start with a BIFF BOF record</source>
        <translation>the Workbook stream does not start with a BIFF BOF record</translation>
    </message>
    <message>
        <source>the workbook is password-protected</source>
        <translation>the workbook is password-protected</translation>
    </message>
    <message>
        <source>a worksheet&apos;s position does not lead to a BIFF BOF record</source>
        <translation>a worksheet&apos;s position does not lead to a BIFF BOF record</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream declares the sheet&apos;s size again or with the wrong length</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream declares the sheet&apos;s size again or with the wrong length</translation>
    </message>
    <message>
        <source>the text is not valid UTF-16</source>
        <translation>the text is not valid UTF-16</translation>
    </message>
    <message>
        <source>the file holds binary data: it is neither an xlsx, an xls nor a CSV/TSV text table</source>
        <translation>the file holds binary data: it is neither an xlsx, an xls nor a CSV/TSV text table</translation>
    </message>
    <message>
        <source>line %1: the text starts with a UTF-8 mark but is not valid UTF-8</source>
        <translation>line %1: the text starts with a UTF-8 mark but is not valid UTF-8</translation>
    </message>
    <message>
        <source>the text is not UTF-8 and this system cannot decode GB18030</source>
        <translation>the text is not UTF-8 and this system cannot decode GB18030</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 (invalid from line %1) nor GB18030</source>
        <translation>the text is neither UTF-8 (invalid from line %1) nor GB18030</translation>
    </message>
    <message>
        <source>line %1: control character U+%2: this is not a CSV/TSV text table</source>
        <translation>line %1: control character U+%2: this is not a CSV/TSV text table</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>line %1: </translation>
    </message>
    <message>
        <source>the table holds more than %1 cells</source>
        <translation>the table holds more than %1 cells</translation>
    </message>
    <message>
        <source>the table has more than %1 rows</source>
        <translation>the table has more than %1 rows</translation>
    </message>
    <message>
        <source>the row has more than %1 fields</source>
        <translation>the row has more than %1 fields</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>a quoted field is not closed</translation>
    </message>
    <message>
        <source>the table holds no cells</source>
        <translation>the table holds no cells</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>the compound-file header is damaged</source>
        <translation>the compound-file header is damaged</translation>
    </message>
    <message>
        <source>the file is truncated or damaged</source>
        <translation>the file is truncated or damaged</translation>
    </message>
    <message>
        <source>the compound file&apos;s allocation table is damaged</source>
        <translation>the compound file&apos;s allocation table is damaged</translation>
    </message>
    <message>
        <source>the shared string table is damaged</source>
        <translation>the shared string table is damaged</translation>
    </message>
    <message>
        <source>the workbook&apos;s text encoding cannot be converted</source>
        <translation>the workbook&apos;s text encoding cannot be converted</translation>
    </message>
    <message>
        <source>a number is damaged</source>
        <translation>a number is damaged</translation>
    </message>
    <message>
        <source>the file is severely damaged (possibly crafted)</source>
        <translation>the file is severely damaged (possibly crafted)</translation>
    </message>
    <message>
        <source>FreeXL error %1</source>
        <translation>FreeXL error %1</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>sheet “%1”</translation>
    </message>
    <message>
        <source>the sheets declare more than %1 cells (this one %2 rows × %3 columns)</source>
        <translation>the sheets declare more than %1 cells (this one %2 rows × %3 columns)</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>the workbook has no worksheet</translation>
    </message>
    <message>
        <source>more than %1 sheets</source>
        <translation>more than %1 sheets</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>the sheet claims %1 rows × %2 columns, beyond Excel&apos;s limits</source>
        <translation>the sheet claims %1 rows × %2 columns, beyond Excel&apos;s limits</translation>
    </message>
    <message>
        <source>cell %1: %2</source>
        <translation>cell %1: %2</translation>
    </message>
    <message>
        <source>the workbook holds more than %1 cells</source>
        <translation>the workbook holds more than %1 cells</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated (its central directory cannot be read)</source>
        <translation>the zip archive is damaged or truncated (its central directory cannot be read)</translation>
    </message>
    <message>
        <source>the zip archive holds more than 100000 entries</source>
        <translation>the zip archive holds more than 100000 entries</translation>
    </message>
    <message>
        <source>the zip archive&apos;s directory is damaged</source>
        <translation>the zip archive&apos;s directory is damaged</translation>
    </message>
    <message>
        <source>the part is missing</source>
        <translation>the part is missing</translation>
    </message>
    <message>
        <source>the part would expand to %1 MiB, more than the %2 MiB allowed</source>
        <translation>the part would expand to %1 MiB, more than the %2 MiB allowed</translation>
    </message>
    <message>
        <source>the workbook&apos;s parts expand to more than %1 MiB together</source>
        <translation>the workbook&apos;s parts expand to more than %1 MiB together</translation>
    </message>
    <message>
        <source>the part is encrypted</source>
        <translation>the part is encrypted</translation>
    </message>
    <message>
        <source>the part cannot be opened (damaged zip entry or unsupported compression)</source>
        <translation>the part cannot be opened (damaged zip entry or unsupported compression)</translation>
    </message>
    <message>
        <source>the compressed data is damaged (zip error %1)</source>
        <translation>the compressed data is damaged (zip error %1)</translation>
    </message>
    <message>
        <source>the part expands to more than %1 MiB</source>
        <translation>the part expands to more than %1 MiB</translation>
    </message>
    <message>
        <source>the part is damaged (its CRC does not match)</source>
        <translation>the part is damaged (its CRC does not match)</translation>
    </message>
    <message>
        <source>the sheet “%1” refers to relationship “%2”, which %3 does not define</source>
        <translation>the sheet “%1” refers to relationship “%2”, which %3 does not define</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, line %2, column %3</translation>
    </message>
    <message>
        <source>the part is missing, so this is not a complete workbook</source>
        <translation>the part is missing, so this is not a complete workbook</translation>
    </message>
    <message>
        <source>the part is missing, so this zip is not an xlsx workbook</source>
        <translation>the part is missing, so this zip is not an xlsx workbook</translation>
    </message>
    <message>
        <source>the workbook part is missing, so this zip is not an xlsx workbook</source>
        <translation>the workbook part is missing, so this zip is not an xlsx workbook</translation>
    </message>
    <message>
        <source>no workbook is named, so this zip is not an xlsx workbook (perhaps another Office document)</source>
        <translation>no workbook is named, so this zip is not an xlsx workbook (perhaps another Office document)</translation>
    </message>
    <message>
        <source>a relationship lacks its Id or Target</source>
        <translation>a relationship lacks its Id or Target</translation>
    </message>
    <message>
        <source>a sheet lacks its name or r:id</source>
        <translation>a sheet lacks its name or r:id</translation>
    </message>
    <message>
        <source>more than %1 shared strings</source>
        <translation>more than %1 shared strings</translation>
    </message>
    <message>
        <source>%1 (sheet “%2”)</source>
        <translation>%1 (sheet “%2”)</translation>
    </message>
    <message>
        <source>row number “%1” is outside 1–%2</source>
        <translation>row number “%1” is outside 1–%2</translation>
    </message>
    <message>
        <source>the merged range “%1” is not a valid range</source>
        <translation>the merged range “%1” is not a valid range</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not a cell of A1:XFD1048576</source>
        <translation>the cell reference “%1” is not a cell of A1:XFD1048576</translation>
    </message>
    <message>
        <source>a row holds more than %1 cells</source>
        <translation>a row holds more than %1 cells</translation>
    </message>
    <message>
        <source>cell %1: the value “%2” is not a number</source>
        <translation>cell %1: the value “%2” is not a number</translation>
    </message>
    <message>
        <source>cell %1: shared string %2 does not exist (there are %3)</source>
        <translation>cell %1: shared string %2 does not exist (there are %3)</translation>
    </message>
    <message>
        <source>cell %1: unknown cell type “%2”</source>
        <translation>cell %1: unknown cell type “%2”</translation>
    </message>
    <message>
        <source>its header or allocation tables cannot be followed</source>
        <translation>its header or allocation tables cannot be followed</translation>
    </message>
    <message>
        <source>directory entry %1 gives its name %2 bytes (2 to 64, an even number)</source>
        <translation>directory entry %1 gives its name %2 bytes (2 to 64, an even number)</translation>
    </message>
    <message>
        <source>its first directory entry is not the root entry</source>
        <translation>its first directory entry is not the root entry</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream holds an empty string where Excel writes none</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream holds an empty string where Excel writes none</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream continues a shared string in a way FreeXL misreads (a string&apos;s header cut, or a string over more than two records)</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream continues a shared string in a way FreeXL misreads (a string&apos;s header cut, or a string over more than two records)</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream is a shared string table that ends before the strings it declares</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream is a shared string table that ends before the strings it declares</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream is a second shared string table</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream is a second shared string table</translation>
    </message>
    <message>
        <source>the record 0x%1 at byte %2 of the Workbook stream is too short for its kind</source>
        <translation>the record 0x%1 at byte %2 of the Workbook stream is too short for its kind</translation>
    </message>
    <message>
        <source>the compound file is damaged (%1)</source>
        <translation>the compound file is damaged (%1)</translation>
    </message>
</context>
</TS>
