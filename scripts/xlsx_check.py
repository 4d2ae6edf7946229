#!/usr/bin/env python3
"""Reads back the Excel workbooks the checker and the app write, with an independent reader
(Python `openpyxl`), and renders them to PNG with LibreOffice when it is installed.

Workbooks read (written to tests/output/xlsx/ by `declaration-check`, plus every .xlsx the
end-to-end tests downloaded from the app into tests/output/xlsx-app/):

  - the declaration of tests/fixtures/compliant.json, and of noncompliant.json: every
    sheet (適合判定 first, then a sheet per section, 責任分担表); every question's title
    (taken from the published JSON Schema, which holds the registry's labels) of an answer
    the file gives; every answer typed as text; every subcontractor and measure as one row
    of its table; the verdict's words (適合 / 不適合) and the eleven conditions; dates in 和暦
    with an Excel date beside; no formula in any cell; the Japanese font; frozen panes,
    filters, A4 and the header rows repeated when printed, the key column not printed;
  - the change list compliant → noncompliant (`diff --xlsx`): the six columns of 別添２ in
    the source document's order, and row by row the same cells as the CSV the checker
    writes for the same two files;
  - the app's downloads (tests/e2e/xlsx.test.mjs): cell for cell the checker's workbook of
    the same file (the change list of noncompliant → compliant, as the test makes it), and
    the one of a declaration at the import limits with hostile text (limits.xlsx): its 500
    subcontractors and 500 measures, a formula-like name kept as text, 4000 characters whole.

Usage: python3 scripts/xlsx_check.py [--cli PATH]
"""

import argparse
import csv
import datetime
import glob
import io
import json
import os
import shutil
import subprocess
import sys

try:
    import openpyxl
except ImportError:
    sys.exit("xlsx_check.py needs the Python package openpyxl (scripts/setup.sh installs it)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests/output/xlsx")
SECTIONS = ["基本情報", "委託の概要", "再委託先", "クラウドサービス", "責任共有モデル", "責任分担表",
            "セキュリティ対策", "確認・誓約"]
CONDITIONS = ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "S5", "S6", "S7"]
ANNEX_2 = ["変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明"]
FONT = "游ゴシック"
A4 = 9

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"  FAIL {what}")


def run(cli, *args):
    return subprocess.run([cli, *args], check=True, capture_output=True, cwd=ROOT)


def cells(ws):
    """Every non-empty cell's value as text, with its coordinates."""
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                yield c


def texts(wb):
    return {str(c.value) for ws in wb.worksheets for c in cells(ws)}


def leaves(value, path=""):
    """(path, value) of every answer of a declaration's JSON, lists as `[]`."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from leaves(v, f"{path}.{k}" if path else k)
    elif isinstance(value, list):
        for v in value:
            yield from leaves(v, f"{path}[]")
    elif value is not None:
        yield path, value


def schema_titles(schema):
    """The title the schema gives each answer's path (`subcontractors[].name`), and its enum
    values when it has some."""
    out = {}

    def walk(node, path):
        if not isinstance(node, dict):
            return
        for branch in node.get("anyOf", []):
            if branch.get("type") != "null":
                walk(branch, path)
        for k, v in node.get("properties", {}).items():
            p = f"{path}.{k}" if path else k
            if isinstance(v, dict):
                out[p] = (v.get("title"), v.get("enum") or [b.get("const") for b in v.get("oneOf", [])])
                walk(v, p)
        if "items" in node:
            walk(node["items"], f"{path}[]")

    walk(schema, "")
    return out


def table_rows(ws):
    """A table sheet's data rows (after the title and header rows), as lists of values."""
    return [list(r) for r in ws.iter_rows(min_row=3, values_only=True) if any(v is not None for v in r)]


def header(ws):
    return [c.value for c in ws[2]]


def check_sheet_setup(ws, name):
    """Frozen under the header row (row 2; on 適合判定 the conditions' header, row 9, or 10
    for a file received, whose integrity takes a row above it)."""
    under = ("10", "11") if ws.title == "適合判定" else ("3",)
    check(ws.freeze_panes is not None and ws.freeze_panes[1:].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") in under,
          f"{name}: {ws.title} frozen under its header ({ws.freeze_panes})")
    check(bool(ws.auto_filter.ref), f"{name}: {ws.title} has a filter")
    check(ws.page_setup.paperSize in (A4, "9"), f"{name}: {ws.title} prints on A4")
    check(bool(ws.print_title_rows), f"{name}: {ws.title} repeats its header when printed")


def check_declaration(path, source, titles, expect_overall):
    name = os.path.basename(path)
    print(f"{name}:")
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["適合判定", *SECTIONS], f"{name}: sheets {wb.sheetnames}")
    all_text = texts(wb)
    for ws in wb.worksheets:
        for c in cells(ws):
            check(c.data_type != "f", f"{name}: {ws.title}!{c.coordinate} is a formula")
            check(c.font.name == FONT, f"{name}: {ws.title}!{c.coordinate} font {c.font.name}")
        check_sheet_setup(ws, name)

    # The list sheets print 項目, 回答 and the date; キー (the path) is for the city's systems.
    for title in ("基本情報", "委託の概要", "クラウドサービス", "責任共有モデル", "確認・誓約"):
        ws = wb[title]
        check(header(ws)[:4] == ["項目", "回答", "日付（西暦）", "キー"], f"{name}: {title} columns {header(ws)}")
        # キー is hidden: the first thing a reader of the sheet meets is 項目 (issue 30).
        check(ws.column_dimensions["D"].hidden, f"{name}: {title}'s キー column is hidden")
        area = str(ws.print_area or "")
        check(area.endswith(f"$A$1:$C${ws.max_row}"), f"{name}: {title} prints A:C ({area})")
    # Every question's title, every typed answer.
    # The file's own metadata (id, created_at, updated_at) is not an answer.
    answered = [(p, v) for p, v in leaves(source) if "." in p
                and not p.startswith("integrity") and not p.endswith(".id") and not p.endswith(".layer")
                and p != "responsibility.matrix[].owner"]
    labels = 0
    for p, v in answered:
        title, enum = titles.get(p, (None, []))
        # An optional answer not given is no row (issue 30): only answers given are looked for.
        if title and v not in ("", None):
            labels += 1
            check(title in all_text, f"{name}: the label 「{title}」 of {p}")
        if isinstance(v, str) and v.strip() and v not in (enum or []) and not p.endswith((".date", "date", "valid_until", ".parent")):
            check(v in all_text, f"{name}: the answer of {p} ({v[:20]}…)")
    # Every subcontractor and measure, one row each.
    subs = table_rows(wb["再委託先"])
    check(len(subs) == len(source.get("subcontractors") or []), f"{name}: {len(subs)} subcontractor rows")
    names_col = header(wb["再委託先"]).index("商号又は名称")
    for s in source.get("subcontractors") or []:
        check(any(r[names_col] == s["name"] for r in subs), f"{name}: subcontractor {s['name']}")
    measures = table_rows(wb["セキュリティ対策"])
    check(len(measures) == len(source.get("measures") or []), f"{name}: {len(measures)} measure rows")
    desc_col = header(wb["セキュリティ対策"]).index("対策の内容")
    for m in source.get("measures") or []:
        check(any(r[desc_col] == m["description"] for r in measures), f"{name}: measure {m['description'][:16]}…")
    layers = table_rows(wb["責任分担表"])
    check(len(layers) == len(source["responsibility"]["matrix"]), f"{name}: {len(layers)} layers")
    # The verdict.
    v = wb["適合判定"]
    facts = {r[0]: r[1:] for r in v.iter_rows(min_row=2, max_row=8, values_only=True)}
    # A file received says whether it was changed after export, in the reviewer's words.
    if "改変の確認" in facts:
        check(facts["改変の確認"][0] in ("改変なし", "出力後に変更されています", "ハッシュなし（改変の有無を確認できません）"),
              f"{name}: 改変の確認 {facts['改変の確認']}")
    check(facts.get("総合判定", [None])[0] == expect_overall, f"{name}: 総合判定 {facts.get('総合判定')}")
    date = facts.get("申告日", [None, None])
    check(str(date[0]).startswith("令和"), f"{name}: 申告日 in 和暦 ({date[0]})")
    check(isinstance(date[1], datetime.datetime)
          and date[1].date().isoformat() == source["basic"]["declaration_date"], f"{name}: the date beside ({date[1]})")
    conditions = [r for r in v.iter_rows(min_row=9, values_only=True) if r[0] in CONDITIONS]
    check([r[0] for r in conditions] == CONDITIONS, f"{name}: the eleven conditions")
    check(all(r[2] in ("適合", "不適合", "未入力", "対象外") and r[3] for r in conditions), f"{name}: each with its verdict and reason")
    print(f"  {len(wb.sheetnames)} sheets, {labels} labels, {len(subs)} subcontractors, "
          f"{len(measures)} measures, {len(layers)} layers, overall {facts.get('総合判定', [None])[0]}")
    return wb


def check_change_list(path, csv_text):
    name = os.path.basename(path)
    print(f"{name}:")
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    check(ws["A1"].value == "（別添２）変更箇所", f"{name}: title {ws['A1'].value}")
    check(header(ws) == ANNEX_2, f"{name}: columns {header(ws)}")
    check_sheet_setup(ws, name)
    check(ws.page_setup.orientation == "landscape", f"{name}: landscape")
    rows = [["" if v is None else str(v) for v in r] for r in table_rows(ws)]
    expected = list(csv.reader(io.StringIO(csv_text.lstrip("\ufeff"))))[1:]
    check(rows == expected, f"{name}: the same rows as the CSV ({len(rows)} vs {len(expected)})")
    check(all(c.alignment.wrap_text for r in ws.iter_rows(min_row=3) for c in r if c.value), f"{name}: text wrapped")
    print(f"  {len(rows)} rows, columns {' | '.join(ANNEX_2)}, equal to the CSV")


def render(paths):
    """PDF and PNG pages of each workbook by LibreOffice (headless), when installed."""
    soffice = shutil.which("soffice")
    if not soffice or not shutil.which("pdftoppm"):
        print("LibreOffice not installed: no renderings")
        return
    pdf_dir = os.path.join(OUT, "rendered")
    os.makedirs(pdf_dir, exist_ok=True)
    subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", pdf_dir, *paths],
                   check=True, capture_output=True, timeout=300)
    for p in paths:
        base = os.path.splitext(os.path.basename(p))[0]
        pdf = os.path.join(pdf_dir, base + ".pdf")
        check(os.path.exists(pdf), f"{base}: rendered by LibreOffice")
        if not os.path.exists(pdf):
            continue
        subprocess.run(["pdftoppm", "-r", "60", "-png", pdf, os.path.join(pdf_dir, base)], check=True)
        text = subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True, text=True).stdout
        first = "（別添２）変更箇所" if "change" in base else "適合判定"
        check(first in text, f"{base}: the printed pages read 「{first}」")
        pages = len(glob.glob(os.path.join(pdf_dir, base + "-*.png")))
        print(f"rendered {base}: {pages} A4 pages as PNG in {os.path.relpath(pdf_dir, ROOT)}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "target/release/declaration-check"))
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    schema = json.loads(run(args.cli, "schema", "declaration").stdout)
    titles = schema_titles(schema)

    written = []
    for fixture, overall in [("compliant", "適合"), ("noncompliant", "不適合")]:
        src = os.path.join(ROOT, f"tests/fixtures/{fixture}.json")
        out = os.path.join(OUT, f"{fixture}.xlsx")
        run(args.cli, "xlsx", src, "-o", out)
        with open(src, encoding="utf-8") as f:
            check_declaration(out, json.load(f), titles, overall)
        written.append(out)
    old, new = (os.path.join(ROOT, f"tests/fixtures/{n}.json") for n in ("compliant", "noncompliant"))
    out = os.path.join(OUT, "change-list.xlsx")
    run(args.cli, "diff", old, new, "--date", "2024-02-28", "--xlsx", out)
    csv_text = run(args.cli, "diff", old, new, "--date", "2024-02-28").stdout.decode("utf-8")
    check_change_list(out, csv_text)
    written.append(out)

    # What the app downloaded in the end-to-end tests (tests/e2e/xlsx.test.mjs): the same
    # workbooks, cell for cell, as the checker writes for the same files.
    same_as = {"review.xlsx": "compliant.xlsx", "print.xlsx": "compliant.xlsx",
               "after-retry.xlsx": "compliant.xlsx", "read.xlsx": "noncompliant.xlsx"}
    out = os.path.join(OUT, "change-list-reverse.xlsx")
    run(args.cli, "diff", new, old, "--date", "2024-02-28", "--xlsx", out)
    same_as["change-list.xlsx"] = "change-list-reverse.xlsx"
    downloaded = sorted(glob.glob(os.path.join(ROOT, "tests/output/xlsx-app/*.xlsx")))
    for p in downloaded:
        wb = openpyxl.load_workbook(p)
        for ws in wb.worksheets:
            check_sheet_setup(ws, os.path.basename(p))
            for c in cells(ws):
                check(c.data_type != "f", f"{p}: {ws.title}!{c.coordinate} is a formula")
        twin = same_as.get(os.path.basename(p))
        if twin:
            expected = openpyxl.load_workbook(os.path.join(OUT, twin))
            check(wb.sheetnames == expected.sheetnames, f"{p}: the sheets of {twin}")
            for ws in wb.worksheets:
                if ws.title in expected.sheetnames:
                    # The checker reads files received, so its 適合判定 says 改変の確認; the
                    # app's own draft (review, print) has no such row: compared without it.
                    own = os.path.basename(p) != "read.xlsx"
                    rows = lambda sheet: [list(r) for r in sheet.iter_rows(values_only=True)
                                          if not (own and r and r[0] == "改変の確認")]
                    got, want = rows(ws), rows(expected[ws.title])
                    check(got == want, f"{p}: sheet {ws.title} as in {twin}")
        if os.path.basename(p) == "limits.xlsx":
            subs, measures = table_rows(wb["再委託先"]), table_rows(wb["セキュリティ対策"])
            check(len(subs) == 500 and len(measures) == 500, f"{p}: {len(subs)} subcontractors, {len(measures)} measures")
            check('=HYPERLINK("http://evil.example","x")' in texts(wb), f"{p}: the formula-like name kept as text")
            check("長" * 4000 in texts(wb), f"{p}: the 4000-character answer whole")
        print(f"{os.path.relpath(p, ROOT)} (downloaded from the app): sheets {', '.join(wb.sheetnames)}"
              + (f"; cell for cell as the checker's {twin}" if twin else ""))
    render(written)

    if failures:
        sys.exit(f"{len(failures)} problems in the workbooks")
    print(f"Every workbook reads back: {len(written)} written by the checker, {len(downloaded)} by the app.")


if __name__ == "__main__":
    main()
