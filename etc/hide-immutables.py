#!/usr/bin/env python3
"""Hides the generated Immutables implementations behind their abstract value types (issue #12 item 3).

Run from the repository's root: python3 etc/hide-immutables.py
It is idempotent, so it can be run again after merging branches that still use the generated names.

1. Declarations: each abstract value type X annotated @Value.Immutable gets
     - `implements WithX` (the generated, package-private interface of its copy methods `withY(...)`), so that
       `x.withY(v)` works on the public type;
     - a public nested `Builder extends ImmutableX.Builder` (as public as the generated builder was), and a
       public static `builder()` returning it.
2. Call sites, in every Java file under */src:
     ImmutableX.copyOf(e).withY(v)  ->  e.withY(v)      (parenthesised when e is not a simple name or call)
     ImmutableX.copyOf(e)           ->  e               (every X is already immutable)
     ImmutableX.builder()           ->  X.builder()
     ImmutableX.Builder             ->  X.Builder
     ImmutableX (as a type)         ->  X
     import p.ImmutableX;           ->  import p.X;     (dropped when X is then unused or already imported)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(".")
SOURCES = [p for p in ROOT.glob("*/src/**/*.java") if "/target/" not in str(p)]


def value_types():
    types = {}
    for path in SOURCES:
        text = path.read_text()
        if "@Value.Immutable" not in text or "/src/main/" not in str(path):
            continue
        match = re.search(r"^public abstract class (\w+)", text, re.M)
        if match:
            types[match.group(1)] = path
    return types


def declare(name, path):
    text = path.read_text()
    original = text
    # implements WithX
    decl = re.search(r"^(public abstract class " + name + r")([^{]*)\{", text, re.M)
    if decl and ("With" + name) not in decl.group(2):
        rest = decl.group(2).rstrip()
        if " implements " in " " + rest:
            new = decl.group(1) + rest + ", With" + name + " {"
        else:
            new = decl.group(1) + rest + " implements With" + name + " {"
        text = text[: decl.start()] + new + text[decl.end():]
    if re.search(r"static final class Builder extends Immutable" + name + r"\.Builder", text):
        if text != original:
            path.write_text(text)
        return
    method = re.compile(
        r"(?P<mods>(?:public )?)static Immutable" + name + r"\.Builder builder\(\) \{\s*return Immutable"
        + name + r"\.builder\(\);\s*\}")
    m = method.search(text)
    builder_class = (
        "\n\n  /** Builds {@link " + name + "} values; get one from {@link #builder()}. */\n"
        "  {mods}static final class Builder extends Immutable" + name + ".Builder {\n"
        "    Builder() {}\n"
        "  }")
    if m:
        mods = m.group("mods")
        text = (text[: m.start()]
                + mods + "static Builder builder() {\n    return new Builder();\n  }"
                + builder_class.replace("{mods}", mods)
                + text[m.end():])
    else:
        # No builder() yet (the library builds these values itself): the generated builder was public before, so
        # the nested one is public too.
        body = ("\n  /**\n   * Returns a new builder.\n   *\n   * @return a builder\n   */\n"
                "  public static Builder builder() {\n    return new Builder();\n  }"
                + builder_class.replace("{mods}", "public ") + "\n")
        brace = re.search(r"^public abstract class " + name + r"[^{]*\{\n", text, re.M)
        text = text[: brace.end()] + body + text[brace.end():]
    path.write_text(text)


def balanced(text, start):
    """Returns the index just past the parenthesis that closes the one at text[start]."""
    depth = 0
    i = start
    in_string = None
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 2
                continue
            if c == in_string:
                in_string = None
        elif c in "\"'":
            in_string = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced parentheses")


SIMPLE = re.compile(r"[\w.]+(\([^()]*\))?(\.[\w]+\([^()]*\))*")


def rewrite_calls(text, names):
    pattern = re.compile(
        r"(?:\b[a-z]\w*\.)*\bImmutable(" + "|".join(sorted(names, key=len, reverse=True)) + r")\.copyOf\(")
    while True:
        m = pattern.search(text)
        if not m:
            break
        open_paren = m.end() - 1
        close = balanced(text, open_paren)
        inner = text[open_paren + 1: close - 1].strip()
        replacement = inner if SIMPLE.fullmatch(inner) else "(" + inner + ")"
        text = text[: m.start()] + replacement + text[close:]
    alternation = "|".join(sorted(names, key=len, reverse=True))
    # the nested builder of the value type itself extends the generated one: keep that
    text = re.sub(r"extends Immutable(" + alternation + r")\.Builder", r"extends @@GENERATED@@\1.Builder", text)
    text = re.sub(r"\bImmutable(" + alternation + r")\.builder\(\)", r"\1.builder()", text)
    text = re.sub(r"\bImmutable(" + alternation + r")\.Builder\b", r"\1.Builder", text)
    # imports
    def fix_import(m):
        return "import " + m.group(1) + m.group(2) + ";"
    text = re.sub(r"import ([\w.]+\.)Immutable(" + alternation + r");", fix_import, text)
    text = re.sub(r"\bImmutable(" + alternation + r")\b", r"\1", text)
    text = text.replace("@@GENERATED@@", "Immutable")
    # drop duplicate and unused imports of the value types
    lines = text.split("\n")
    seen = set()
    out = []
    for line in lines:
        im = re.fullmatch(r"import ([\w.]+)\.(\w+);", line)
        if im and im.group(2) in names:
            if line in seen:
                continue
            body = "\n".join(l for l in lines if not l.startswith("import "))
            if not re.search(r"\b" + im.group(2) + r"\b", body):
                continue
            seen.add(line)
        out.append(line)
    return "\n".join(out)


def main():
    types = value_types()
    for name, path in sorted(types.items()):
        declare(name, path)
    changed = 0
    for path in SOURCES:
        text = path.read_text()
        if "Immutable" not in text:
            continue
        new = rewrite_calls(text, set(types))
        if new != text:
            path.write_text(new)
            changed += 1
    print(f"{len(types)} value types; {changed} files rewritten", file=sys.stderr)


if __name__ == "__main__":
    main()
