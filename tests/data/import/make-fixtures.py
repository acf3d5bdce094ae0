#!/usr/bin/python3
# Writes the workbook-import fixtures of tests/data/import/ (committed; tests never run this):
#   published.xlsx         the nine tables as published: one sheet per table (oddly named),
#                          title with department and year, 公开NN表, 部门, 金额单位：元, banded
#                          headers with merges, 栏次, codes split over 类/款/项, amounts in 元
#                          with 分, totals as values. Two planted errors: the 类 212 total of
#                          公开05表 column 1 is 5,000.00 too high, and the 项 2080505 row total
#                          of 公开03表 column 1 is 0.01 too low. One input carries float noise
#                          (1234567.8900000001).
#   published.xls          the same, converted by LibreOffice (soffice) when it is installed
#   published-gb18030.csv  the same tables stacked on one sheet, GB18030
#   reordered.xlsx         the same with every code-list table's amount columns reversed
#   unknown-item.xlsx      项 2120501 replaced by 2120803 城市建设支出, a 项 the 2023 catalogue
#                          does not know (its 款 21208 it does); no planted errors
#   foreign.xlsx           a workbook with no report table
#   damaged.xlsx           published.xlsx cut in half
#   expected.json          the inputs (分) the published workbook must import to
# Needs python3-openpyxl (Debian); the .xls needs libreoffice-calc-nogui. Run from anywhere:
#   /usr/bin/python3 tests/data/import/make-fixtures.py
import csv, io, json, os, shutil, subprocess, sys, tempfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

here = os.path.dirname(os.path.abspath(__file__))
templates = os.path.join(here, '..', '..', '..', 'resources', 'templates', '2023')
DEPT = '武汉市硚口区城市管理执法局'
YEAR = 2024

tables = {}
for n in ['01', '02', '03', '04', '05', '06', '07', '08', '09']:
    with open(os.path.join(templates, n + '.json'), encoding='utf-8') as f:
        tables[n] = json.load(f)
with open(os.path.join(templates, 'subjects.json'), encoding='utf-8') as f:
    catalogue = {s['code']: s['name'] for s in json.load(f)['functional']}
economic = {}
for line in tables['06']['lines']:
    economic[line['key']] = line['name']


def yuan(text):
    """'1234567.89' -> 分"""
    whole, _, frac = text.partition('.')
    return int(whole) * 100 + int((frac + '00')[:2])


def dataset(fund_item):
    """Inputs in 分 by 'TT!row@col'; fund_item is the 政府性基金 项 code."""
    v = {}
    items = {  # code: (basic, project) spending in 元, 一般公共预算 unless the fund item
        '2120101': ('8123456.78', '0'),
        '2120104': ('0', '3456789.01'),
        '2080505': ('987654.32', '0'),
        '2080506': ('345678.90', '0'),
        '2101101': ('456789.12', '0'),
        '2210201': ('567890.23', '0'),
        fund_item: ('0', '1234567.89'),
    }
    # 03: 支出决算表 (2 基本, 3 项目)
    for code, (basic, project) in items.items():
        if yuan(basic):
            v['03!%s@2' % code] = yuan(basic)
        if yuan(project):
            v['03!%s@3' % code] = yuan(project)
    # 05: the 一般公共预算 part (everything but the fund item); 城管执法 partly from 事业收入
    for code, (basic, project) in items.items():
        if code == fund_item:
            continue
        if yuan(basic):
            v['05!%s@2' % code] = yuan(basic)
        if yuan(project):
            v['05!%s@3' % code] = yuan(project) - (50000000 if code == '2120104' else 0)
    # 07: 政府性基金 with carry-over: 年初 200,000.00, 本年收入 1,100,000.00, 项目支出
    v['07!%s@1' % fund_item] = 20000000
    v['07!%s@2' % fund_item] = 110000000
    v['07!%s@5' % fund_item] = yuan('1234567.89')
    # 02: 收入决算表 (2 财政拨款, 4 事业收入)
    for code, (basic, project) in items.items():
        total = yuan(basic) + yuan(project)
        if code == '2120104':
            v['02!%s@2' % code] = total - 50000000
            v['02!%s@4' % code] = 50000000
        elif code == fund_item:
            v['02!%s@2' % code] = 110000000
        else:
            v['02!%s@2' % code] = total
    # 01: 财政拨款收入 by kind, 年初结转和结余, 年末结转和结余
    gpb = sum(x for k, x in v.items() if k.startswith('02!') and k.endswith('@2')) - 110000000
    v['01!1@1'] = gpb
    v['01!2@1'] = 110000000
    v['01!29@1'] = 20000000
    v['01!60@2'] = 20000000 + 110000000 - yuan('1234567.89') + (0)
    # 04: 年初财政拨款结转 (政府性基金), 年末 by kind
    v['04!30@1'] = 20000000
    v['04!60@4'] = 20000000 + 110000000 - yuan('1234567.89')
    # 06: 基本支出 by economic code
    basic = {'30101': '3123456.78', '30102': '2000000.00', '30107': '2000000.00', '30108': '987654.32',
             '30109': '345678.90', '30110': '456789.12', '30113': '567890.23',
             '30201': '500000.00', '30211': '120000.00', '30231': '380000.00', '30299': '0.00'}
    for code, amount in basic.items():
        if yuan(amount):
            v['06!%s@1' % code] = yuan(amount)
    # 09: 三公 budget and actual (公务用车运行维护费 only, and 公务接待费)
    v['09!1@5'] = 40000000 // 100 * 100
    v['09!1@6'] = 5000000
    v['09!1@11'] = 38000000
    v['09!1@12'] = 1234500
    return v, sorted(items)


def expand(part):
    if '..' in part:
        a, b = part.split('..')
        return [str(i) for i in range(int(a), int(b) + 1)]
    return [part]


def parse(formula, table):
    terms, i, s = [], 0, formula.replace(' ', '')
    while i < len(s):
        sign = 1
        if s[i] in '+-':
            sign = -1 if s[i] == '-' else 1
            i += 1
        j = i
        while j < len(s) and s[j] not in '+-':
            j += 1
        term, i = s[i:j], j
        t = table
        if '!' in term:
            t, term = term.split('!')
        rowpart, colpart = term.split('@')
        rows = [''] if rowpart == '' else expand(rowpart)
        for r in rows:
            for c in expand(colpart):
                terms.append((sign, t, r, c))
    return terms


class Report:
    """Every cell value the way Juesuan computes it (blank when all operands are blank)."""

    def __init__(self, inputs, items):
        self.inputs = inputs
        self.rows = {}
        for t in ['02', '03', '05', '07', '08']:
            codes = sorted({k.split('!')[1].split('@')[0] for k in inputs if k.startswith(t + '!')})
            self.rows[t] = codes
        self.memo = {}

    def body(self, t):
        out = [('total', 0)]
        cls = sec = None
        for code in self.rows[t]:
            if code[:3] != cls:
                cls, sec = code[:3], None
                out.append((cls, 1))
            if code[:5] != sec:
                sec = code[:5]
                out.append((sec, 2))
            out.append((code, 3))
        return out

    def children(self, t, row):
        if row == 'total':
            return [r for r, l in self.body(t) if l == 1]
        n = len(row) + 2
        return [r for r, l in self.body(t) if len(r) == n and r.startswith(row)]

    def value(self, t, row, col):
        key = '%s!%s@%s' % (t, row, col)
        if key in self.memo:
            return self.memo[key]
        tpl = tables[t]
        if tpl['kind'] == 'codelist':
            cf = tpl.get('columnFormulas', {}).get(col)
            if cf:
                ops = [(s, tt, row if r == '' else r, c) for s, tt, r, c in parse(cf, t)]
            elif len(row) == 7:
                ops = None
            else:
                ops = [(1, t, r, col) for r in self.children(t, row)]
        else:
            f = tpl.get('formulas', {}).get('%s@%s' % (row, col))
            ops = parse(f, t) if f else None
        if ops is None:
            val = self.inputs.get(key)
        else:
            vals = [(s, self.value(tt, r, c)) for s, tt, r, c in ops]
            val = None if all(x is None for _, x in vals) else sum(s * (x or 0) for s, x in vals)
        self.memo[key] = val
        return val


def yuan_text(fen):
    sign = '-' if fen < 0 else ''
    fen = abs(fen)
    return '%s%d.%02d' % (sign, fen // 100, fen % 100)


SHEETS = {'01': '收支总表', '02': '收入', '03': '支出', '04': '财拨总表', '05': 'Sheet5',
          '06': '基本支出明细', '07': '基金', '08': 'Sheet8', '09': '三公'}


def layout(report, t, reverse=False, planted=None, names=None):
    """The table as a list of rows of (text-or-number, merge-width) plus merges: returns
    (cells {(r,c): value}, merges [(r0,c0,r1,c1)], number cells set)."""
    tpl = tables[t]
    cols = tpl['columns']
    perm = list(range(cols))
    if reverse and tpl['kind'] == 'codelist':
        first = tpl['codeColumns'] + tpl['nameColumns']
        for c in range(first, cols):
            perm[c] = first + (cols - 1 - c)
    cells, merges, numbers = {}, [], set()
    cells[(0, 0)] = '%d年度%s' % (YEAR, tpl['title'])
    merges.append((0, 0, 0, cols - 1))
    cells[(1, cols - 1)] = tpl['code']
    cells[(2, 0)] = '部门：' + DEPT
    cells[(2, cols - 1)] = '金额单位：元'
    # header, placed like HTML table cells
    taken = set()
    r0 = 3
    for hr, row in enumerate(tpl['header']):
        c = 0
        for cell in row:
            while (hr, c) in taken:
                c += 1
            rs, cs = cell.get('rs', 1), cell.get('cs', 1)
            for rr in range(hr, hr + rs):
                for cc in range(c, c + cs):
                    taken.add((rr, cc))
            span = [perm[x] for x in range(c, c + cs)]
            if cell.get('text'):
                cells[(r0 + hr, min(span))] = cell['text']
            if rs > 1 or cs > 1:
                merges.append((r0 + hr, min(span), r0 + hr + rs - 1, max(span)))
            c += cs
    r = r0 + len(tpl['header'])
    planted = planted or {}

    def amount(key, row, col):
        val = planted.get(key, report.value(*key))
        if val is not None:
            cells[(row, col)] = val
            numbers.add((row, col))

    if tpl['kind'] == 'codelist':
        first = tpl['codeColumns'] + tpl['nameColumns']
        for code, level in report.body(t):
            if level == 0:
                cells[(r, 0)] = tpl['totalLabel']
                merges.append((r, 0, r, first - 1))
            else:
                part = code if level == 1 else code[3:5] if level == 2 else code[5:7]
                cells[(r, level - 1)] = part
                cells[(r, 3)] = (names or {}).get(code) or catalogue[code]
            for i, col in enumerate(tpl['amountColumns']):
                amount((t, code, col), r, perm[first + i])
            r += 1
    else:
        for row in tpl['body']:
            c = 0
            for cell in row:
                cs = cell.get('cs', 1)
                if 'name' in cell:
                    name = next(l['name'] for l in tpl['lines'] if l['key'] == cell['name'])
                    if cell['name'] == 'personnel':
                        name = '人员经费合计'
                    if cell['name'] == 'public':
                        name = '公用经费合计'
                    if name:
                        cells[(r, c)] = name
                    if cs > 1:
                        merges.append((r, c, r, c + cs - 1))
                elif 'no' in cell:
                    cells[(r, c)] = cell['no']
                elif 'code' in cell:
                    cells[(r, c)] = cell['code']
                elif 'cell' in cell:
                    row_key, col = cell['cell'].split('@')
                    amount((t, row_key, col), r, c)
                c += cs
            r += 1
    for note in tpl.get('notes', []):
        cells[(r, 0)] = note
        r += 1
    return cells, merges, numbers


def place(t, sheet, r, c):
    return '%s (sheet "%s" %s%d)' % (tables[t]['code'], sheet, get_column_letter(c + 1), r + 1)


def planted_places(report, planted, t, sheet, cells, numbers, offset=0):
    out = []
    for (r, c), val in sorted(cells.items()):
        for (pt, row, col), wrong in planted.items():
            if pt == t and (r, c) in numbers and val == wrong:
                out.append(place(t, sheet, r + offset, c))
    return out


def write_xlsx(path, report, reverse=False, planted=None, names=None, noise=None):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    places = []
    for t in sorted(tables):
        ws = wb.create_sheet(SHEETS[t])
        cells, merges, numbers = layout(report, t, reverse, planted, names)
        places += planted_places(report, planted or {}, t, SHEETS[t], cells, numbers)
        for (r, c), val in cells.items():
            if (r, c) in numbers:
                fen = val
                number = fen / 100 if fen % 100 else fen // 100
                if noise and noise[0] == (t, r, c):
                    number = noise[1]
                ws.cell(row=r + 1, column=c + 1, value=number).number_format = '#,##0.00'
            else:
                ws.cell(row=r + 1, column=c + 1, value=val)
        for r0, c0, r1, c1 in merges:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        ws.cell(row=1, column=1).alignment = Alignment(horizontal='center')
    wb.save(path)
    return places


def write_csv(path, report, planted):
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\r\n')
    offset = 0
    places = []
    sheet = os.path.splitext(os.path.basename(path))[0]
    for t in sorted(tables):
        cells, merges, numbers = layout(report, t, False, planted)
        places += planted_places(report, planted, t, sheet, cells, numbers, offset)
        rows = max(r for r, _ in cells) + 1
        offset += rows + 1
        cols = tables[t]['columns']
        for r in range(rows):
            line = []
            for c in range(cols):
                val = cells.get((r, c), '')
                line.append(yuan_text(val) if (r, c) in numbers else val)
            w.writerow(line)
        w.writerow([])
    with open(path, 'wb') as f:
        f.write(out.getvalue().encode('gb18030'))
    return places


def main():
    inputs, items = dataset('2120501')
    report = Report(inputs, items)
    planted = {('05', '212', '1'): report.value('05', '212', '1') + 500000,
               ('03', '2080505', '1'): report.value('03', '2080505', '1') - 1}
    # The noise cell: 03 2120104 column 3 (an input), written as 3456789.0 + 0.01 would be.
    noisy_cell = None
    cells, _, numbers = layout(report, '03')
    for (r, c), val in cells.items():
        if (r, c) in numbers and val == 345678901 and c == 6:
            noisy_cell = ('03', r, c)
    assert noisy_cell, 'the noise cell was not laid out'
    noise = (noisy_cell, 3456788.91 + 0.1)  # 3456789.0100000002
    assert repr(noise[1]) != '3456789.01', repr(noise[1])

    places = {
        'published.xlsx': write_xlsx(os.path.join(here, 'published.xlsx'), report, planted=planted, noise=noise),
        'reordered.xlsx': write_xlsx(os.path.join(here, 'reordered.xlsx'), report, reverse=True, planted=planted,
                                     noise=noise),
        'published-gb18030.csv': write_csv(os.path.join(here, 'published-gb18030.csv'), report, planted),
    }
    places['published.xls'] = places['published.xlsx']
    for name, found in places.items():
        assert len(found) == 2, (name, found)

    unknown_inputs, unknown_items = dataset('2120803')
    write_xlsx(os.path.join(here, 'unknown-item.xlsx'), Report(unknown_inputs, unknown_items),
               names={'2120803': '城市建设支出'})

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = '工资表'
    for row in [['姓名', '部门', '应发工资'], ['张三', '综合科', 8500.5], ['李四', '执法一队', 7900]]:
        ws.append(row)
    wb.save(os.path.join(here, 'foreign.xlsx'))

    with open(os.path.join(here, 'published.xlsx'), 'rb') as f:
        data = f.read()
    with open(os.path.join(here, 'damaged.xlsx'), 'wb') as f:
        f.write(data[: len(data) // 2])

    with open(os.path.join(here, 'expected.json'), 'w', encoding='utf-8') as f:
        json.dump({'department': DEPT, 'year': YEAR,
                   'inputs': {k: inputs[k] for k in sorted(inputs)},
                   'differences': places},
                  f, ensure_ascii=False, indent=1)
        f.write('\n')

    soffice = shutil.which('soffice')
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([soffice, '-env:UserInstallation=file://' + tmp + '/profile', '--headless',
                            '--convert-to', 'xls', '--outdir', tmp, os.path.join(here, 'published.xlsx')],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(tmp, 'published.xls'), os.path.join(here, 'published.xls'))
    else:
        print('soffice not found: published.xls not rewritten', file=sys.stderr)


if __name__ == '__main__':
    main()
