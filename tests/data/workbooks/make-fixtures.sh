#!/usr/bin/env bash
# Regenerates the binary and text fixtures of tst_workbookreader from source.fods and the
# table below. Needs LibreOffice (Debian libreoffice-calc-nogui) and iconv; neither is
# needed to build or run the tests, which use the committed results.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# LibreOffice writes both formats from the same hand-written flat ODS.
soffice --headless --convert-to xlsx --outdir "$work" "$here/source.fods" >/dev/null
soffice --headless --convert-to xls --outdir "$work" "$here/source.fods" >/dev/null
cp "$work/source.xlsx" "$here/libreoffice.xlsx"
cp "$work/source.xls" "$here/libreoffice.xls"

# The same 公开01表 as CSV text; the last record has quotes, a comma and a line break
# inside quoted fields, and a quoted number that must stay text.
cat >"$work/table.csv" <<'CSV'
收入支出决算总表,,,
,,,公开01表
部门：武汉市江汉区大数据中心,,,金额单位：万元
收入,,支出,
项目,决算数,项目,决算数
一、一般公共预算财政拨款收入,2017.65,一、一般公共服务支出,313.94
二、政府性基金预算财政拨款收入,0.10,二、科学技术支出,1703.81
本年收入合计,2017.75,本年支出合计,2017.75
"备注：含""引号""、逗号,及
换行",,,"1,234.56"
CSV
cp "$work/table.csv" "$here/utf8.csv"
# Excel's "CSV UTF-8": a byte-order mark and CRLF line ends.
{ printf '\xEF\xBB\xBF'; sed 's/$/\r/' "$work/table.csv"; } >"$here/utf8-bom.csv"
# Excel's "Unicode text": UTF-16LE with a byte-order mark and CRLF.
{ printf '\xFF\xFE'; sed 's/$/\r/' "$work/table.csv" | iconv -f UTF-8 -t UTF-16LE; } >"$here/utf16.csv"
# What WPS and older Excel write on a Chinese system.
iconv -f UTF-8 -t GB18030 "$work/table.csv" >"$here/gb18030.csv"
# Tab-separated, with an unquoted thousands separator that must not be taken for a delimiter.
cat >"$here/table.tsv" <<'TSV'
科目编码	科目名称	合计	基本支出
201	一般公共服务支出	1,234.56	313.94
20101	人大事务	2017.65	-0.5
TSV
printf '编码;名称;金额\n2010101;行政运行;12.5\n' >"$here/semicolon.csv"
