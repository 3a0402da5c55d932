"""The package's import graph, read from the source (ast, nothing imported): no cycles, and each
heavy dependency behind the one module that owns it."""

import ast
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "helpers"
TESTS = Path(__file__).resolve().parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
#: Modules that may import ``plotting``: the notebook entry point, which hands a notebook its figure writer,
#: and the widgets, whose terms explorer draws a dispersion chart. Nothing else draws: the text -> data layers,
#: the explorers' computations and the report runner never touch matplotlib.
PLOTTING_IMPORTERS = {"notebook", "widgets"}
#: Third-party packages and the one module allowed to import each.
OWNERS = {"matplotlib": "plotting", "wordcloud": "plotting", "networkx": "plotting", "jieba": "tokenizer",
          "jieba_fast_dat": "tokenizer", "ipywidgets": "widgets", "opencc": "traditional"}


def _import_nodes(path: Path) -> list[ast.Import | ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Import | ast.ImportFrom)]


#: What the package's __init__ re-exports: {name: the module it comes from} (``from helpers import load_article``).
EXPORTS = {alias.name: node.module.removeprefix("helpers.") for node in _import_nodes(PACKAGE / "__init__.py")
           if isinstance(node, ast.ImportFrom) and node.module for alias in node.names}


@cache
def imports(path: Path) -> frozenset[str]:
    """Top-level names of everything ``path`` imports, anywhere in the file; helpers modules as
    helpers.<module>, a name re-exported by helpers/__init__ as the module it comes from. Each file is parsed
    once per test run: the parametrized tests below read every test file for every module."""
    names = set()
    for node in _import_nodes(path):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif node.module and node.level == 0:
            if node.module == "helpers":
                names.update(f"helpers.{alias.name if alias.name in MODULES else EXPORTS.get(alias.name, '')}"
                             for alias in node.names)
            else:
                names.add(node.module)
    return frozenset(".".join(name.split(".")[:2]) if name.startswith("helpers.") else name.split(".")[0]
                     for name in names)


@cache
def graph() -> dict[str, set[str]]:
    """{module: the helpers modules it imports}, read when a test first asks (not at collection, in every
    test process)."""
    return {module: {name.removeprefix("helpers.") for name in imports(PACKAGE / f"{module}.py")
                     if name.startswith("helpers.") and name.removeprefix("helpers.") in MODULES}
            for module in MODULES}


def _cycle() -> list[str]:
    """One import cycle as a path of modules (first == last), or [] when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(module: str) -> list[str]:
        state[module] = 1
        stack.append(module)
        for target in sorted(graph()[module]):
            if state.get(target) == 1:
                return stack[stack.index(target):] + [target]
            if target not in state and (found := visit(target)):
                return found
        state[module] = 2
        stack.pop()
        return []

    for module in MODULES:
        if module not in state and (found := visit(module)):
            return found
    return []


def test_the_graph_is_read_from_the_source():
    assert {"article", "layout", "tokenizer", "plotting", "notebook", "presentation"} <= set(MODULES)
    assert "article" in graph()["terms"] and "tokenizer" in graph()["terms"]
    assert graph()["notebook"] >= {"plotting", "prose", "paths"}


def test_no_import_cycles():
    assert _cycle() == []


def test_a_cycle_would_be_found(monkeypatch):
    monkeypatch.setitem(graph(), "paths", graph()["paths"] | {"notebook"})
    assert _cycle()[0] == _cycle()[-1]


def test_only_the_modules_that_draw_import_plotting():
    assert sorted(m for m in MODULES if "plotting" in graph()[m]) == sorted(PLOTTING_IMPORTERS)


@pytest.mark.parametrize("package", OWNERS)
def test_each_heavy_dependency_is_imported_by_its_owner_only(package):
    importers = sorted(m for m in [*MODULES, "__init__"] if package in imports(PACKAGE / f"{m}.py"))
    assert importers == [OWNERS[package]]


def test_the_package_init_imports_no_drawing_or_segmenting():
    assert not {"helpers.plotting", "helpers.tokenizer", "matplotlib", "jieba"} & imports(PACKAGE / "__init__.py")


@pytest.mark.parametrize("module", MODULES)
def test_every_module_is_imported_by_a_test(module):
    tests = [p for p in TESTS.glob("test_*.py") if f"helpers.{module}" in imports(p)]
    assert tests, f"no test imports helpers.{module}"
