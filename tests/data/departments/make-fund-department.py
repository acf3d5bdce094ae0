#!/usr/bin/env python3
"""Writes fund-department-2024.juesuan: the 2024 report of an invented department.

The figures are chosen per fund (一般公共预算, 政府性基金, 事业收入, 经营收入, 其他收入) and per
项, and every table is derived from that one ledger, so the nine tables agree by
construction; the asserts below restate the relations a reviewer checks, and the script
refuses to write a file that breaks one. Amounts are whole 0.01 万元, so printed = exact.

Run from anywhere: python3 make-fund-department.py  (writes beside itself).
"""
import json
import os
from decimal import Decimal as D

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fund-department-2024.juesuan")


def fen(wan):
    """万元 (a string such as '1286.45') to 分, exactly."""
    v = D(wan) * 1000000
    assert v == v.to_integral_value(), wan
    return int(v)


# The ledger: per 项, per fund, what came in this year, what was spent (basic / project /
# 经营), and the carry-over at the start. Carry-over at the end follows.
#   fund: G 一般公共预算财政拨款, F 政府性基金预算财政拨款, S 事业收入, O 经营收入, X 其他收入
LEDGER = [
    # code,     fund, carry-in, income,    basic,     project,   operating
    ("2120501", "G", "0",      "3605.17", "1286.45", "2318.72", "0"),
    ("2120501", "S", "65.50",  "486.30",  "312.60",  "145.38",  "0"),
    ("2120501", "O", "0",      "108.60",  "0",       "0",       "96.42"),
    ("2120501", "X", "0",      "12.45",   "12.45",   "0",       "0"),
    ("2110302", "G", "48.00",  "520.00",  "0",       "536.20",  "0"),
    ("2120803", "F", "312.40", "1100.00", "0",       "1245.60", "0"),
    ("2121401", "F", "0",      "420.00",  "0",       "386.25",  "0"),
    ("2080505", "G", "0",      "118.36",  "118.36",  "0",       "0"),
    ("2080506", "G", "0",      "47.34",   "47.34",   "0",       "0"),
    ("2101102", "G", "0",      "62.18",   "62.18",   "0",       "0"),
    ("2210201", "G", "0",      "88.76",   "88.76",   "0",       "0"),
]

rows = []
L = []
for code, fund, cin, inc, basic, proj, oper in LEDGER:
    e = dict(code=code, fund=fund, cin=fen(cin), inc=fen(inc), basic=fen(basic),
             proj=fen(proj), oper=fen(oper))
    e["cout"] = e["cin"] + e["inc"] - e["basic"] - e["proj"] - e["oper"]
    assert e["cout"] >= 0, e
    L.append(e)
    if code not in rows:
        rows.append(code)


def total(key, funds=None, code=None):
    return sum(e[key] for e in L
               if (funds is None or e["fund"] in funds) and (code is None or e["code"] == code))


tables = {}

# 公开02表 收入决算表: column 2 财政拨款 (G+F), 4 事业, 5 经营, 7 其他.
cells02 = {}
for code in rows:
    for col, funds in (("2", "GF"), ("3", ""), ("4", "S"), ("5", "O"), ("6", ""), ("7", "X")):
        v = total("inc", funds, code) if funds else 0
        if v:
            cells02[f"{code}@{col}"] = v
tables["02"] = {"rows": rows, "cells": cells02}

# 公开03表 支出决算表: column 2 基本, 3 项目, 5 经营 (all funds).
cells03 = {}
for code in rows:
    for col, key in (("2", "basic"), ("3", "proj"), ("5", "oper")):
        v = total(key, None, code)
        if v:
            cells03[f"{code}@{col}"] = v
tables["03"] = {"rows": rows, "cells": cells03}

# 公开05表 一般公共预算财政拨款支出: G only.
rows05 = [c for c in rows if total("basic", "G", c) + total("proj", "G", c)]
cells05 = {}
for code in rows05:
    for col, key in (("2", "basic"), ("3", "proj")):
        v = total(key, "G", code)
        if v:
            cells05[f"{code}@{col}"] = v
tables["05"] = {"rows": rows05, "cells": cells05}

# 公开07表 政府性基金: F only; columns 1 年初, 2 收入, 4 基本, 5 项目 (3 and 6 computed).
rows07 = [c for c in rows if any(e["fund"] == "F" and e["code"] == c for e in L)]
cells07 = {}
for code in rows07:
    cells07[f"{code}@1"] = total("cin", "F", code)
    cells07[f"{code}@2"] = total("inc", "F", code)
    cells07[f"{code}@4"] = total("basic", "F", code)
    cells07[f"{code}@5"] = total("proj", "F", code)
tables["07"] = {"rows": rows07, "cells": cells07}

# 公开01表: the fiscal rows are inputs; 4–8 come from 02. Carry-over all funds.
tables["01"] = {"cells": {
    "1@1": total("inc", "G"), "2@1": total("inc", "F"), "3@1": 0,
    "28@1": 0, "29@1": total("cin"),
    "59@2": 0, "60@2": total("cout"),
}}

# 公开04表: carry-over by fund at the start and at the end.
tables["04"] = {"cells": {
    "29@1": total("cin", "G"), "30@1": total("cin", "F"), "31@1": 0,
    "60@3": total("cout", "G"), "60@4": total("cout", "F"), "60@5": 0,
}}

# 公开06表: the 一般公共预算 basic expenditure by economic subject; 30299 takes the rest.
econ = {
    "30101": "312.48", "30102": "86.20", "30103": "24.60", "30107": "398.75",
    "30108": "118.36", "30109": "47.34", "30110": "52.18", "30112": "9.60",
    "30113": "88.76", "30199": "15.30",
    "30302": "18.40", "30305": "6.20",
    "30201": "21.35", "30205": "8.62", "30206": "26.40", "30207": "3.18",
    "30209": "45.00", "30211": "6.84", "30213": "62.50", "30215": "1.20",
    "30216": "2.35", "30217": "0.86", "30218": "112.40", "30226": "38.60",
    "30228": "10.12", "30229": "8.50", "30231": "14.62", "30239": "3.60",
    "31002": "4.20",
}
cells06 = {f"{k}@1": fen(v) for k, v in econ.items()}
gpbBasic = total("basic", "G")
rest = gpbBasic - sum(cells06.values())
assert rest > 0, rest
cells06["30299@1"] = rest
tables["06"] = {"cells": cells06}

# 公开09表 财政拨款“三公”: budget 2 出国, 4 购车, 5 运行, 6 接待; actual 8, 10, 11, 12.
# The vehicle (a 环卫巡查车) was bought from 2120501's project money, so 06表 31013 stays empty.
tables["09"] = {"cells": {
    "1@2": 0, "1@4": fen("28.00"), "1@5": fen("16.00"), "1@6": fen("1.50"),
    "1@8": 0, "1@10": fen("26.85"), "1@11": fen("14.62"), "1@12": fen("0.86"),
}}

# --- the relations a reviewer checks, restated on the ledger -----------------------------
income_year = total("inc")
expense_year = total("basic") + total("proj") + total("oper")
assert total("cin") + income_year == expense_year + total("cout")          # 01 总计
assert sum(cells02.values()) == income_year                               # 01/02
assert sum(cells03.values()) == expense_year                              # 01/03
for f in "GF":                                                            # 04 per fund
    assert total("cin", f) + total("inc", f) == total("basic", f) + total("proj", f) + total("cout", f)
assert sum(v for k, v in cells06.items()) == gpbBasic                     # 05/06
assert tables["09"]["cells"]["1@11"] == cells06["30231@1"]                # 09/06 运行
assert tables["09"]["cells"]["1@12"] == cells06["30217@1"]                # 09/06 接待
assert tables["09"]["cells"]["1@10"] <= total("proj", "G")                # 购车 from project money

overall_budget = fen("7036.40")
overall = {
    "kind": "overall",
    "name": "清川市临湖区城乡环境服务中心",
    "budget": overall_budget,
    "executed": expense_year,                     # all funds, as 公开01表/03表
    "basicTotal": total("basic"),                 # all funds, as 公开03表 column 2
    "projectTotal": total("proj"),                # all funds, as 公开03表 column 3
    "goal": "保障城区道路清扫保洁和垃圾清运全覆盖，推进临湖港水体综合整治，做好污水处理设施运营和城市建设项目实施。",
    "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "level3": "道路清扫保洁面积", "target": "≥860万平方米", "actual": "872万平方米"},
        {"level1": "产出指标", "level2": "质量指标", "level3": "生活垃圾无害化处理率", "target": "100%", "actual": "100%"},
        {"level1": "产出指标", "level2": "时效指标", "level3": "垃圾日产日清", "target": "100%", "actual": "100%"},
        {"level1": "产出指标", "level2": "成本指标", "level3": "预算执行率", "target": "≥95%", "actual": "94.6%"},
        {"level1": "效益指标", "level2": "社会效益指标", "level3": "城区环境卫生水平", "target": "明显提升", "actual": "明显提升"},
        {"level1": "效益指标", "level2": "生态效益指标", "level3": "临湖港断面水质", "target": "达到IV类", "actual": "达到IV类"},
        {"level1": "满意度指标", "level2": "服务对象满意度指标", "level3": "市民满意度", "target": "≥90%", "actual": "92.3%"},
    ],
    "deviation": "城市建设项目部分工程未完成结算，结转下年支付，预算执行率未达到95%。",
    "improvement": "加强项目前期论证和进度管理，按月通报预算执行进度。",
}


def project(name, budget, executed, sources, implementer, ptype, indicators, deviation=""):
    srcs = []
    for amount in sources:
        srcs.append({"checked": True, "amount": fen(amount)} if amount else {"checked": False})
    assert sum(fen(a) for a in sources if a) == fen(budget), name
    form = {
        "kind": "project", "name": name, "department": "清川市临湖区城乡环境服务中心",
        "implementer": implementer, "projectType": ptype, "sources": srcs,
        "budget": fen(budget), "executed": executed, "indicators": indicators,
    }
    if deviation:
        form["deviation"] = deviation
    return form


def ind(l1, l2, l3, target, actual):
    return {"level1": l1, "level2": l2, "level3": l3, "target": target, "actual": actual}


projects = [
    project("城区道路清扫保洁作业", "2580.00", total("proj", None, "2120501"),
            ["2580.00", None, None], "环卫作业科", "recurring",
            [ind("产出指标", "数量指标", "机械化清扫面积", "≥600万平方米", "615万平方米"),
             ind("产出指标", "成本指标", "预算执行率", "≥95%", "95.5%"),
             ind("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "92.3%")]),
    project("临湖港水体综合整治", "568.00", total("proj", "G", "2110302"),
            ["520.00", None, "48.00"], "水环境科", "continuing",
            [ind("产出指标", "质量指标", "断面水质达标率", "100%", "100%"),
             ind("产出指标", "成本指标", "预算执行率", "≥95%", "94.4%")],
            "部分清淤工程量经审计核减，结余资金结转下年。"),
    project("城市建设项目（国有土地使用权出让收入）", "1412.40", total("proj", "F", "2120803"),
            [None, "1412.40", None], "工程建设科", "oneOff",
            [ind("产出指标", "数量指标", "背街小巷改造条数", "≥24条", "22条"),
             ind("产出指标", "成本指标", "预算执行率", "≥95%", "88.2%")],
            "2条背街小巷改造因管线迁改延期，资金结转下年。"),
    project("污水处理设施建设和运营", "420.00", total("proj", "F", "2121401"),
            [None, "420.00", None], "设施运营科", "recurring",
            [ind("产出指标", "质量指标", "出水水质达标率", "100%", "100%"),
             ind("产出指标", "成本指标", "预算执行率", "≥95%", "92.0%")]),
]

doc = {
    "format": "juesuan",
    "version": 1,
    "edition": "2024",
    "metadata": {
        "department": "清川市临湖区城乡环境服务中心",
        "year": 2024,
        "publishDate": "2025-09-26",
        "amountUnit": "万元",
        "contactPhone": "0710-5550123",
        "description": "测试用的虚构部门（清川市临湖区并不存在）。与样例不同：有政府性基金预算财政拨款收支及年初、年末结转，"
                       "有事业收入、经营收入和经营支出、其他收入，“三公”经费中购置公务用车1辆，"
                       "绩效自评表的执行率带一位小数。数据由 tests/data/departments/make-fund-department.py 生成。",
    },
    "tables": tables,
    "priorYear": {
        "income_total": fen("6412.38"), "expense_total": fen("6412.38"),
        "income_year": fen("5980.27"), "expense_year": fen("6102.55"),
        "fiscal_total": fen("5620.40"), "fiscal_income_gpb": fen("4210.66"),
        "gpb_expense": fen("4305.12"),
    },
    "budgets": {
        "2120501": fen("3520.00"), "2110302": fen("600.00"), "2080505": fen("118.36"),
        "2080506": fen("47.34"), "2101102": fen("60.00"), "2210201": fen("88.76"),
    },
    "facts": {
        "procurement_goods": fen("86.40"), "procurement_works": fen("520.00"),
        "procurement_services": fen("1210.35"), "procurement_sme": fen("1480.20"),
        "procurement_small_micro": fen("960.00"), "procurement_sme_goods": fen("62.10"),
        "procurement_sme_works": fen("420.00"), "procurement_sme_services": fen("998.10"),
        "operating_expense": fen("186.52"),
        "vehicle_fuel": fen("6.20"), "vehicle_repair": fen("5.72"), "vehicle_insurance": fen("2.70"),
        "vehicles": 6, "vehicles_other": 2, "equipment_1m": 1, "official_vehicles": 4,
        "reception_batches": 3, "reception_people": 21,
    },
    "texts": {
        "duties": "1、负责城区道路清扫保洁、生活垃圾收集清运和公厕管理。\n"
                  "2、负责临湖港等城区水体的日常保洁和综合整治。\n"
                  "3、负责区属污水处理设施的建设和运营管理。\n"
                  "4、承担区政府交办的城市建设项目。",
        "organization": "从单位构成看，清川市临湖区城乡环境服务中心部门决算由实行独立核算的本级决算和0个下属单位决算组成。",
        "keyWork": "一、道路清扫保洁\n全年机械化清扫面积615万平方米，垃圾日产日清。\n"
                   "二、水体综合整治\n完成临湖港清淤4.2公里，断面水质稳定达到IV类。",
        "glossary": "(一)一般公共预算财政拨款收入：指区级财政一般公共预算当年拨付的资金。\n"
                    "(二)政府性基金预算财政拨款收入：指区级财政政府性基金预算当年拨付的资金。\n"
                    "(三)事业收入：指事业单位开展专业业务活动及其辅助活动取得的收入。\n"
                    "(四)经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。\n"
                    "(五)年初结转和结余：指以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
        "reason.total": "政府性基金安排的城市建设项目增加",
        "reason.income": "政府性基金预算财政拨款收入增加",
        "reason.expense": "城市建设项目和水体整治支出增加",
        "reason.fiscal": "政府性基金预算财政拨款增加",
        "reason.fiscalIncomeGpb": "道路保洁作业面积扩大",
        "reason.gpbExpense": "道路保洁作业面积扩大",
        "reason.item.2120501": "道路保洁作业面积扩大，追加作业经费",
        "reason.item.2110302": "部分清淤工程量经审计核减",
        "reason.item.2101102": "人员增加",
        "reason.threePublic": "公务用车购置价格低于预算，运行费用压减",
        "reason.vehiclePurchase": "环卫巡查车采购价格低于预算",
        "reason.vehicleRunning": "严控公务用车使用",
        "reason.reception": "严控公务接待",
    },
    "keyWork": [
        {"item": "道路清扫保洁", "content": "城区主次干道机械化清扫全覆盖。", "result": "全年机械化清扫面积615万平方米。"},
        {"item": "水体综合整治", "content": "临湖港清淤及岸线整治。", "result": "完成清淤4.2公里，断面水质达到IV类。"},
    ],
    "evaluations": [overall] + projects,
}

with open(OUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(OUT)
