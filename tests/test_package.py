"""The package's own names: the functions notebooks use most are importable from ``helpers``, and
importing it stays light."""

import subprocess
import sys

import pytest

import helpers


@pytest.mark.parametrize("name", sorted(helpers.LAZY))
def test_each_lazy_name_is_the_function_of_its_module(name):
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(helpers.__path__):  # every submodule imported: no name is shadowed by one
        if module.name != "__main__":
            importlib.import_module(f"helpers.{module.name}")
    assert getattr(helpers, name) is getattr(importlib.import_module(f"helpers.{helpers.LAZY[name]}"), name)
    assert name in helpers.__all__ and name in dir(helpers)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'tokenise'"):
        helpers.tokenise  # noqa: B018


def test_importing_helpers_loads_neither_pandas_jieba_nor_matplotlib():
    code = "import sys, helpers; print(sorted(m for m in ('jieba', 'matplotlib', 'pandas', 'wordcloud') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


def test_the_api_on_the_seed(seed):
    assert helpers.term_table(seed)["term"].head(3).tolist() == ["普惠金融", "中国银行", "党建"]
    assert len(helpers.kwic(seed, "小微企业")) == 9
    assert helpers.tokenize("普惠小微贷款余额36.1万亿元")[-1].text == "36.1万亿元"
