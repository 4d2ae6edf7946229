#!/usr/bin/env python3
"""Holds the published JSON Schemas (`declaration-check schema KIND`) to what the core does,
with an independent validator (Python `jsonschema`, draft 2020-12, formats checked).

For every file — the fixtures, every exported file of the end-to-end tests (tests/output),
broken files made here from the compliant fixture, and a federation's working file with the 29
municipalities of Mie and the file each of them receives (`examples/addressee_files.rs`) — it prints the validator's verdict
beside the core's (`examples/import_check.rs`) and fails when they disagree:

  - a file the core refuses (its shape, its format, a newer version, too many entries) is
    schema-invalid;
  - a schema-valid file imports;
  - a declaration the rules find complete, as written, is schema-valid (the app also takes
    answers it normalises — a 和暦 date, full-width digits — which the exchange format,
    and so the schema, does not: such files are listed as 「complete once normalised」);
  - each broken file made here is schema-invalid when it is marked so (an answer missing or
    malformed where the rules ask it), and schema-valid when it only hides answers that
    are not asked.

A schema-valid declaration may still be incomplete: rules across answers (the tree of
subcontractors, dates against the declaration date) are the rules' alone. Those files are
listed as such.

Usage: python3 scripts/schema_check.py [--cli PATH] [FILE_OR_DIR...]
(default: tests/fixtures, ../shared/fixtures when present, tests/output)
"""

import argparse
import copy
import json
import os
import subprocess
import sys
import tempfile

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("schema_check.py needs the Python package jsonschema (scripts/setup.sh installs it)")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {
    "cloud-subcontract-declaration": "declaration",
    "cloud-subcontract-review": "review",
    "cloud-subcontract-part": "part",
}


def schema_of(cli, kind):
    out = subprocess.run([cli, "schema", kind], check=True, capture_output=True).stdout
    schema = json.loads(out)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def core_verdicts(kind, files):
    """The core's verdict on each file, by `examples/import_check.rs`."""
    if not files:
        return {}
    cmd = ["cargo", "run", "--release", "--locked", "-q", "-p", "declaration",
           "--example", "import_check", "--", kind, *files]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    return {v["file"]: v for v in map(json.loads, out.splitlines())}


def kind_of(path):
    """The format a file says it is, or the declaration's when it says none we know."""
    try:
        with open(path, "rb") as f:
            value = json.loads(f.read().decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError):
        return "declaration"
    fmt = value.get("format") if isinstance(value, dict) else None
    return KINDS.get(fmt, "declaration")


def json_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, names in sorted(os.walk(p)):
                for n in sorted(names):
                    if n.endswith(".json"):
                        yield os.path.join(dirpath, n)
        elif os.path.exists(p):
            yield p


# ---- broken files made from the fixtures -----------------------------------------------

def setp(value, path, new):
    """Sets (or with `new is DELETE`, removes) the value at a dotted path (`a.b[0].c`)."""
    steps = []
    for part in path.split("."):
        while "[" in part:
            name, rest = part.split("[", 1)
            if name:
                steps.append(name)
            idx, part = rest.split("]", 1)
            steps.append(int(idx))
        if part:
            steps.append(part)
    here = value
    for s in steps[:-1]:
        here = here[s]
    if new is DELETE:
        del here[steps[-1]]
    else:
        here[steps[-1]] = new


DELETE = object()


def broken_declarations(compliant):
    """(name, document, schema_valid_expected): each refused, or missing what is asked, or
    (the last ones) hiding only what is not asked."""
    def edit(*changes):
        d = copy.deepcopy(compliant)
        for path, new in changes:
            setp(d, path, new)
        return d

    many_subs = [dict(compliant["subcontractors"][0], id=f"s{i}") for i in range(501)]
    return [
        # refused by the importer for their shape
        ("format-wrong", edit(("format", "cloud-subcontract-other")), False),
        ("version-newer", edit(("schema_version", 99)), False),
        ("subcontractors-not-a-list", edit(("subcontractors", {"a": 1})), False),
        ("name-a-number", edit(("subcontractors[0].name", 42)), False),
        ("handler-count-unknown", edit(("entrustment.handler_count", "many")), False),
        ("uses-cloud-a-string", edit(("entrustment.uses_cloud", "yes")), False),
        ("item-number-a-string", edit(("basic.item_number", "five")), False),
        ("layer-unknown", edit(("responsibility.matrix[0].layer", "moon")), False),
        ("too-many-subcontractors", edit(("subcontractors", many_subs)), False),
        ("not-an-object", [compliant], False),
        # imported, but an answer the rules ask is missing or malformed
        ("municipality-blank", edit(("basic.municipality", "  ")), False),
        ("email-malformed", edit(("basic.declarant.email", "yamada.example.jp")), False),
        ("phone-letters", edit(("basic.declarant.phone", "call me")), False),
        ("postal-code-short", edit(("entrustment.contractor.postal_code", "51-3")), False),
        ("date-impossible", edit(("basic.declaration_date", "2024-02-31")), False),
        ("date-japanese", edit(("attestation.date", "令和6年2月20日")), False),
        ("item-number-zero", edit(("basic.item_number", 0)), False),
        ("subcontractor-name-missing", edit(("subcontractors[0].name", DELETE)), False),
        ("subcontractor-reason-blank", edit(("subcontractors[0].reason", "")), False),
        ("no-subcontractor", edit(("subcontractors", [])), False),
        ("name-with-control", edit(("entrustment.contractor.name", "三重県\u202e国保連合会")), False),
        ("iso27018-number-missing", edit(("cloud.certifications.iso27018.certificate_number", DELETE)), False),
        ("ismap-url-http", edit(("responsibility.model_document.url", "http://cloud.example.jp/")), False),
        ("country-unknown", edit(("cloud.data_location.regions[0].country", "Atlantis")), False),
        ("measure-too-short", edit(("measures[0].description", "対応する")), False),
        ("layer-twice", edit(("responsibility.matrix[1].layer", compliant["responsibility"]["matrix"][0]["layer"])), False),
        ("attestation-unticked", edit(("attestation.truthful", False)), False),
        ("content-too-long", edit(("entrustment.content", "あ" * 2001)), False),
        # what is not asked is not held against the file
        ("no-cloud-answers-hidden", edit(
            ("entrustment.uses_cloud", False),
            ("cloud.provider", ""),
            ("cloud.certifications.iso27017.certificate_number", DELETE),
        ), True),
        ("no-resubcontract-entries-hidden", edit(
            ("entrustment.resubcontract", False),
            ("entrustment.uses_cloud", False),
            ("subcontractors[0].reason", ""),
            ("subcontractors[0].postal_code", "?"),
        ), True),
    ]


def broken_exchange(review, part):
    out = []
    if review is not None:
        def r(*changes):
            d = copy.deepcopy(review)
            for path, new in changes:
                setp(d, path, new)
            return d
        item = review["items"][0] if review.get("items") else None
        out += [
            ("review", "review-format-wrong", r(("format", "cloud-subcontract-declaration")), False),
            ("review", "review-version-newer", r(("schema_version", 99)), False),
            ("review", "review-declaration-id-blank", r(("declaration.id", " ")), False),
            ("review", "review-outcome-unknown", r(("outcome", "maybe")), False),
            ("review", "review-too-many-items", r(("items", [item] * 501)), False),
        ]
        if item is not None:
            out += [
                ("review", "review-comment-blank", r(("items[0].comment", "")), False),
                ("review", "review-comment-too-long", r(("items[0].comment", "あ" * 4001)), False),
                ("review", "review-target-two-kinds", r(("items[0].target", {"section": "basic", "condition": "C1"})), False),
                ("review", "review-target-none", r(("items[0].target", {})), False),
            ]
    if part is not None:
        def p(*changes):
            d = copy.deepcopy(part)
            for path, new in changes:
                setp(d, path, new)
            return d
        out += [
            ("part", "part-format-wrong", p(("format", "cloud-subcontract-review")), False),
            ("part", "part-root-blank", p(("root", "")), False),
            ("part", "part-message-too-long", p(("message", "あ" * 4001)), False),
            ("part", "part-entry-id-a-number", p(("subcontractors[0].id", 7)), False),
        ]
    return out


def first_of(files, kind):
    for f in files:
        if kind_of(f) == kind:
            with open(f, encoding="utf-8-sig") as fh:
                value = json.load(fh)
            if kind != "review" or value.get("items"):
                return value
    return None


def mie_files(compliant, made):
    """The working file of `compliant` with the addressees of tests/fixtures/mie-addressees.tsv,
    and the 29 files `examples/addressee_files.rs` makes of it (paths)."""
    working = copy.deepcopy(compliant)
    with open(os.path.join(ROOT, "tests/fixtures/mie-addressees.tsv"), encoding="utf-8") as f:
        rows = [line.split("\t") for line in f.read().splitlines()[1:] if line.strip()]
    working["addressees"] = [
        {"id": f"mie-{n}", "municipality": m, "municipality_code": code, "assessment_title": title,
         "pi_file": pi_file, "item_number": int(item)}
        for n, (m, code, title, pi_file, item) in enumerate(rows)
    ]
    path = os.path.join(made, "mie-working.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(working, f, ensure_ascii=False)
    out = os.path.join(made, "mie")
    subprocess.run(["cargo", "run", "--release", "--locked", "-q", "-p", "declaration",
                    "--example", "addressee_files", "--", path, out], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    return [path] + sorted(os.path.join(out, n) for n in os.listdir(out))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", default=os.path.join(ROOT, "target/release/declaration-check"))
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    shared = os.path.join(os.path.dirname(ROOT), "shared", "fixtures")
    paths = args.paths or [os.path.join(ROOT, "tests/fixtures"), shared, os.path.join(ROOT, "tests/output")]
    files = list(json_files(paths))

    validators = {k: schema_of(args.cli, k) for k in KINDS.values()}
    with open(os.path.join(ROOT, "tests/fixtures/compliant.json"), encoding="utf-8") as f:
        compliant = json.load(f)

    cases = [(f, kind_of(f), None) for f in files]
    made = tempfile.mkdtemp(prefix="schema-check-")
    broken = [("declaration", n, d, e) for n, d, e in broken_declarations(compliant)]
    broken += broken_exchange(first_of(files, "review"), first_of(files, "part"))
    for kind, name, doc, expected in broken:
        path = os.path.join(made, f"{name}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False)
        cases.append((path, kind, expected))

    # A federation's working file (the compliant fixture sent to the 29 municipalities of
    # Mie) and the file each addressee receives, made by the core as the app makes them:
    # each must be schema-valid and complete (addressees.md, "The files").
    mie = mie_files(compliant, made)
    cases += [(path, "declaration", True) for path in mie]
    if len(mie) != 30:
        sys.exit(f"schema_check.py: expected the working file and 29 addressees' files, made {len(mie)}")

    core = {}
    for kind in KINDS.values():
        core.update(core_verdicts(kind, [f for f, k, _ in cases if k == kind]))

    failures = []
    counts = {"valid": 0, "invalid": 0}
    print(f"{'validator':<8} {'core':<25} file")
    for path, kind, expected in cases:
        with open(path, "rb") as f:
            raw = f.read()
        try:
            instance = json.loads(raw.decode("utf-8-sig"))
            errors = sorted(validators[kind].iter_errors(instance), key=lambda e: list(e.absolute_path))
        except (ValueError, UnicodeDecodeError) as e:
            errors = [e]
        valid = not errors
        counts["valid" if valid else "invalid"] += 1
        c = core[path]
        core_words = ("refused" if not c["imports"]
                      else "complete once normalised" if c["complete"] and c["normalised"]
                      else "complete" if c["complete"] else "incomplete" if c["complete"] is False
                      else "imports")
        complete_as_written = c["complete"] and not c["normalised"]
        name = os.path.relpath(path, made) if path.startswith(made) else os.path.relpath(path, ROOT)
        first = ""
        if errors:
            e = errors[0]
            where = "/".join(map(str, getattr(e, "absolute_path", []))) or "(root)"
            first = f"  ← {where}: {str(getattr(e, 'message', e))[:90]}"
        print(f"{'valid' if valid else 'invalid':<8} {core_words:<25} {kind}:{name}{first}")

        def fail(why):
            failures.append(f"{kind}:{name}: {why}")
        if not c["imports"] and valid:
            fail("the core refuses it but the schema finds it valid")
        if complete_as_written and not valid:
            fail("the rules find it complete but the schema finds it invalid: " + first)
        if expected is not None and valid != expected:
            fail(f"expected schema-{'valid' if expected else 'invalid'}")
        if expected is False and complete_as_written:
            fail("a broken file the rules find complete (the case tests nothing)")

    print(f"\n{len(cases)} files: {counts['valid']} schema-valid, {counts['invalid']} schema-invalid "
          f"({len(broken)} broken files made here, and the working file and the 29 addressees' "
          f"files of Mie)")
    if failures:
        print("\nThe schema and the core disagree:", *failures, sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print("The schema and the core agree on every file.")


if __name__ == "__main__":
    main()
