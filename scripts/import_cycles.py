#!/usr/bin/env python3
"""Finds import circles among the files of a Rust crate: file A refers to an item of
file B (`use`, or a `crate::`/`super::`/`self::`/child-module path in code) and B, directly
or through others, refers back to A. A module declaring its child (`mod x;`) is not a
reference; everything else is, parent and child alike.

Usage: import_cycles.py ROOT.rs [ROOT.rs ...]   (each a crate root: lib.rs, main.rs, a test)
       import_cycles.py --self-test                 (shows that it finds a circle it is given)
Prints every circle found (as a chain of files) and exits 1 when there is any.
Inline modules (`mod tests { … }`) count as part of their file: their `super::` is the file.
"""
import os
import re
import sys

MOD_DECL = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+([a-z_][a-z0-9_]*)\s*;", re.M)
PATH = re.compile(r"(?<![A-Za-z0-9_:])((?:crate|super|self|[a-z_][a-z0-9_]*)(?:::[A-Za-z_][A-Za-z0-9_]*|::\{)+)")


def strip_comments_and_strings(text):
    """The text with comments removed and every string, raw string and character literal
    emptied, read in one pass from the start (a `//` inside a string such as "https://" is
    not a comment, a quote inside a comment does not open a string)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "r" and re.match(r'r#*"', text[i:]) and not re.match(r"[A-Za-z0-9_]", text[i - 1:i] or " "):
            hashes = re.match(r'r(#*)"', text[i:]).group(1)
            end = text.find('"' + hashes, i + 2 + len(hashes))
            out.append('""')
            i = n if end < 0 else end + 1 + len(hashes)
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append('""')
            i = j + 1
        elif c == "'" and re.match(r"'(?:\\.[^']*|[^'\\])'", text[i:]):
            m = re.match(r"'(?:\\.[^']*|[^'\\])'", text[i:])
            out.append("' '")
            i += m.end()
        else:
            out.append(c)
            i += 1
    return "".join(out)


def crate_modules(root):
    """module path (tuple) -> file, for every module file of the crate rooted at `root`."""
    mods = {}

    def visit(path, file):
        mods[path] = file
        text = strip_comments_and_strings(open(file, encoding="utf-8").read())
        base = os.path.dirname(file)
        stem = os.path.splitext(os.path.basename(file))[0]
        own_dir = base if stem in ("mod", "lib", "main") else os.path.join(base, stem)
        for name in MOD_DECL.findall(text):
            for cand in (os.path.join(own_dir, name + ".rs"), os.path.join(own_dir, name, "mod.rs")):
                if os.path.exists(cand):
                    visit(path + (name,), cand)
                    break

    visit((), root)
    return mods


def expand_use(text):
    """`a::{b, c::{d}}` groups in use statements, as flat paths."""
    out = []
    for m in re.finditer(r"\buse\s+([^;]+);", text):
        out.extend(flatten(m.group(1).replace("\n", " ").strip()))
    return out


def flatten(tree):
    tree = tree.strip()
    i = tree.find("{")
    if i < 0:
        return [tree.split(" as ")[0].strip()]
    prefix = tree[:i]
    inner = tree[i + 1: tree.rfind("}")]
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    out = []
    for p in parts:
        p = p.strip()
        if p:
            out.extend(flatten(prefix + p) if p != "self" else [prefix.rstrip(":")])
    return out


def inline_modules(text):
    """The text with every inline `mod name { … }` (a test module, say) rewritten so that its
    paths resolve as the file's own: its first `super` is the file's module (`self`)."""
    out, i = [], 0
    for m in re.finditer(r"\bmod\s+[a-z_][a-z0-9_]*\s*\{", text):
        if m.start() < i:
            continue
        depth, j = 1, m.end()
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        body = re.sub(r"(?<![A-Za-z0-9_:])super::", "self::", text[m.end():j])
        out.append(text[i:m.end()] + body)
        i = j
    out.append(text[i:])
    return "".join(out)


def source(file):
    return inline_modules(strip_comments_and_strings(open(file, encoding="utf-8").read()))


def reexports(mods):
    """module -> {name: flat path} of the names it brings in by `use` (public or not): a
    child naming one through `super::` reaches the file that defines it, which is followed."""
    out = {}
    for m, file in mods.items():
        text = source(file)
        names = {}
        for u in re.finditer(r"\buse\s+([^;]+);", text):
            for flat in flatten(u.group(1).replace("\n", " ")):
                name = flat.split("::")[-1].strip()
                names[name] = flat
        out[m] = names
    return out


def resolve(here, segments, mods, exported=None, depth=0):
    """The module that defines what a path names, or None for other crates."""
    if not segments:
        return None
    first = segments[0]
    if first == "crate":
        base, rest = (), segments[1:]
    elif first in ("super", "self"):
        base, rest = here, segments
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                base = base[:-1]
            rest = rest[1:]
    elif here + (first,) in mods:
        base, rest = here, segments
    else:
        return None
    target = base
    for n, seg in enumerate(rest):
        if target + (seg,) in mods:
            target = target + (seg,)
            continue
        # An item of `target`: follow it when `target` only re-exports it.
        if exported and depth < 8 and seg in exported.get(target, {}):
            again = resolve(target, exported[target][seg].split("::"), mods, exported, depth + 1)
            if again is not None:
                return again
        break
    return target


def edges(mods):
    graph = {m: set() for m in mods}
    exported = reexports(mods)
    for here, file in mods.items():
        text = MOD_DECL.sub("", source(file))
        # A `pub use` re-export is not an import of this file's own: it is followed instead.
        paths = expand_use(re.sub(r"\bpub(?:\([^)]*\))?\s+use\s+[^;]+;", "", text))
        body = re.sub(r"\buse\s+[^;]+;", "", text)
        paths += [p.rstrip(":{") for p in PATH.findall(body)]
        for p in paths:
            segs = [s for s in p.split("::") if s and s != "*"]
            t = resolve(here, segs, mods, exported)
            if t is not None and t != here:
                graph[here].add(t)
    return graph


def cycles(graph):
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def self_test():
    """A crate whose `a` and `b` use each other, and one without: the first is reported."""
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        def crate(files):
            for name, text in files.items():
                path = os.path.join(d, name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                open(path, "w", encoding="utf-8").write(text)
            mods = crate_modules(os.path.join(d, "lib.rs"))
            return cycles(edges(mods))
        circular = crate({
            "lib.rs": "mod a;\nmod b;\n",
            "a.rs": "use crate::b::two;\npub fn one() { two() }\n",
            "b.rs": "pub fn two() { super::a::one() }\n",
        })
        assert circular == [[("a",), ("b",)]], circular
        clean = crate({
            "lib.rs": "mod a;\nmod b;\npub use a::one;\n",
            "a.rs": "pub fn one() {}\n#[cfg(test)]\nmod tests { use super::*; }\n",
            "b.rs": "pub fn two() { crate::one() }\n",
        })
        assert clean == [], clean
        # A call through a full path after a string holding `//` (a URL) is still seen.
        hidden = crate({
            "lib.rs": "mod a;\nmod b;\n",
            "a.rs": 'const U: &str = "https://x";\npub fn one() -> u8 { crate::b::Two::new() }\n',
            "b.rs": "use crate::a::one;\npub struct Two;\nimpl Two { pub fn new() -> u8 { one() } }\n",
        })
        assert hidden == [[("a",), ("b",)]], hidden
    print("self-test: a circle is found (through a full path after a URL too), a re-export"
          " and an inline test module are not one")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return
    found = 0
    for src in sys.argv[1:]:
        mods = crate_modules(src)
        graph = edges(mods)
        for comp in cycles(graph):
            found += 1
            names = [os.path.relpath(mods[m]) for m in comp]
            print(f"import circle among {len(comp)} files: " + " ↔ ".join(names))
        print(f"{src}: {len(mods)} files, {sum(len(e) for e in graph.values())} imports between them")
    if found:
        print(f"{found} import circle(s)", file=sys.stderr)
        sys.exit(1)
    print("no import circles")


if __name__ == "__main__":
    main()
