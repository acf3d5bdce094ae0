#!/usr/bin/env python3
"""Writes the audit fixtures that are mutated copies of a whole report.

Most rules' fixtures are small hand-written documents (审核样例单位). The rules added for
reports unlike the sample are planted, one inconsistency each, into copies of the fixture
department (tests/data/departments/fund-department-2024.juesuan, which audits clean): the
rule must find the planted error at the cells listed beside it in <id>/<name>.json, and
nothing else of that rule. Small copies of 01.balance/pass.juesuan serve where the fixture
department's figures are too large to plant a believable error.

Run after changing the fixture department or a mutation: python3 make-fixtures.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FUND = os.path.join(HERE, "..", "departments", "fund-department-2024.juesuan")
SMALL = os.path.join(HERE, "01.balance", "pass.juesuan")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def wan(text):
    """万元 text to 分."""
    whole, _, frac = text.partition(".")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 1000000 + int((frac + "000000")[:6]))


def cells(doc, table):
    return doc["tables"].setdefault(table, {}).setdefault("cells", {})


def write(rule, name, doc, findings=None):
    folder = os.path.join(HERE, rule)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name + ".juesuan"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if findings is not None:
        with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"findings": findings}, f, ensure_ascii=False, indent=1)
            f.write("\n")


def finding(severity, cell_list=(), form=None, rounding=False):
    f = {"severity": severity}
    if cell_list:
        f["cells"] = list(cell_list)
    if form is not None:
        f["form"] = form
    if rounding:
        f["rounding"] = True
    return f


fund = load(FUND)
small = load(SMALL)


def mutated(base, change):
    doc = copy.deepcopy(base)
    change(doc)
    return doc


# --- fiscal-03.basic: 政府性基金 basic spending on a 项 whose 03表 basic is empty ---------------
write("fiscal-03.basic", "pass", fund)
write("fiscal-03.basic", "fail",
      mutated(fund, lambda d: cells(d, "07").update({"2120803@4": wan("10.00")})),
      [finding("error", ["07!2120803@4", "03!2120803@2"])])
# and a 一般公共预算 one: 05 above 03 on 2120501 (03 keeps the 事业 and 其他 parts too).
write("fiscal-03.basic", "fail-2",
      mutated(fund, lambda d: cells(d, "05").update({"2120501@2": wan("1686.45")})),
      [finding("error", ["05!2120501@2", "03!2120501@2"])])

# --- 07-02.item: fund income above the 项's appropriation income in 02 ----------------------
write("07-02.item", "pass", fund)
write("07-02.item", "fail",
      mutated(fund, lambda d: cells(d, "07").update({"2121401@2": wan("450.00")})),
      [finding("error", ["07!2121401@2", "02!2121401@2"])])

# --- 04-01.carryIn / carryOut: fiscal carry-over above all funds' carry-over in 01 -----------
write("04-01.carryIn", "pass", fund)
write("04-01.carryIn", "fail",
      mutated(fund, lambda d: cells(d, "01").update({"29@1": wan("300.00")})),
      [finding("error", ["04!28@1", "01!29@1"])])
write("04-01.carryOut", "pass", fund)
write("04-01.carryOut", "fail",
      mutated(fund, lambda d: cells(d, "01").update({"60@2": wan("200.00")})),
      [finding("error", ["04!60@2", "01!60@2"])])

# --- 09-05.vehiclePurchaseProject: a vehicle bought with no project money to pay for it -------
def small_vehicle(actual):
    def change(d):
        cells(d, "09").update({"1@4": wan("50.00"), "1@10": wan(actual)})
    return change


write("09-05.vehiclePurchaseProject", "pass", fund)
write("09-05.vehiclePurchaseProject", "pass-small", mutated(small, small_vehicle("40.00")))
write("09-05.vehiclePurchaseProject", "fail", mutated(small, small_vehicle("45.00")),
      [finding("error", ["09!1@10", "06!31013@1", "05!total@3", "07!total@5", "08!total@3"])])

# --- 09-04.total: 三公 above all fiscal spending ----------------------------------------------
write("09-04.total", "pass", fund)
write("09-04.total", "fail",
      mutated(small, lambda d: cells(d, "09").update({"1@2": wan("120.00"), "1@8": wan("120.00")})),
      [finding("error", ["09!1@7", "04!59@2"])])

# --- form.required / form.overall.required: blank fields are "not filled", not 0 -------------
def drop(form, field):
    def change(d):
        del d["evaluations"][form][field]
    return change


write("form.required", "pass", fund)
write("form.required", "fail", mutated(fund, drop(2, "executed")), [finding("error", form=2)])
write("form.required", "fail-2", mutated(fund, drop(0, "budget")), [finding("error", form=0)])
write("form.overall.required", "pass", fund)
write("form.overall.required", "fail", mutated(fund, drop(0, "basicTotal")), [finding("error", form=0)])
# The comparison rules say nothing about a blank field (form.required does).
write("form.overall.basic", "pass-blank", mutated(fund, drop(0, "basicTotal")))
write("form.overall.executed", "pass-blank", mutated(fund, drop(0, "executed")))

# --- form.overall.*: all funds, as 公开01表/03表; the 05表 (一般公共预算) figures are wrong here ---
write("form.overall.basic", "pass-fund", fund)
write("form.overall.basic", "fail-2",
      mutated(fund, lambda d: d["evaluations"][0].update({"basicTotal": wan("1603.09")})),
      [finding("error", ["03!total@2"], form=0)])
write("form.overall.project", "fail-2",
      mutated(fund, lambda d: d["evaluations"][0].update({"projectTotal": wan("2854.92")})),
      [finding("error", ["03!total@3"], form=0)])

# --- 02-03.class with carry-over: still per 类 -----------------------------------------------
# 0.01 on 208 (no carry-over there) stays a 尾数 warning; the 211 and 212 differences the
# carry-over makes are information naming it.
write("02-03.class", "fail-3",
      mutated(fund, lambda d: cells(d, "02").update({"2080506@2": wan("47.35")})),
      [finding("warning", ["02!208@1", "03!208@1"], rounding=True),
       finding("info", ["02!211@1", "03!211@1"]),
       finding("info", ["02!212@1", "03!212@1"])])
