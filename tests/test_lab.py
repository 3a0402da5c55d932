"""make lab: the project-local Jupyter config that draws Chinese with the bundled font, the kernel's name,
and the command line."""

import json
import re

import nbformat
from nbformat.sign import NotebookNotary

from helpers import lab
from helpers.fonts import CJK_FONT_FILE, cjk_font_path


def test_custom_css_puts_the_bundled_font_first_in_all_three_font_lists_for_cjk_only():
    css = lab.custom_css()
    assert f'src: url("{CJK_FONT_FILE}") format("opentype")' in css
    assert "unicode-range: U+2E80-2FDF, U+3000-30FF," in css
    for variable in ("--jp-ui-font-family", "--jp-content-font-family", "--jp-code-font-family"):
        assert re.search(rf'{variable}: "Project CJK", ', css), variable
    # Latin falls through to the reader's fonts: the face claims nothing below U+2E80.
    assert not re.search(r"U\+00|U\+0[0-9A-F]{2}-", css)


def test_write_config_holds_the_css_the_font_and_the_server_settings(tmp_path):
    folder = lab.write_config(tmp_path / "config")
    assert (folder / "custom" / "custom.css").read_text(encoding="utf-8") == lab.custom_css()
    assert (folder / "custom" / CJK_FONT_FILE).stat().st_size == cjk_font_path().stat().st_size
    config = json.loads((folder / "jupyter_server_config.json").read_text(encoding="utf-8"))
    assert config["LabApp"] == {"custom_css": True}
    assert config["KernelManager"] == {"transport_encryption": "auto"}
    # No keep-alive pings: a ping timeout equal to the interval closed every kernel connection after 30 s.
    assert config["ServerApp"] == {"tornado_settings": {"ws_ping_interval": 0}}
    news = folder / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    assert json.loads(news.read_text(encoding="utf-8")) == {"fetchNews": "false"}


def test_write_config_keeps_the_users_own_lab_settings(tmp_path):
    news = tmp_path / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    news.parent.mkdir(parents=True)
    news.write_text('{"fetchNews": "true"}', encoding="utf-8")
    lab.write_config(tmp_path)
    assert news.read_text(encoding="utf-8") == '{"fetchNews": "true"}'


def test_command_allows_root_only_for_root_and_opens_a_browser_only_where_there_is_one():
    assert "--allow-root" in lab.command("notebooks", as_root=True, browser=True)
    assert "--allow-root" not in lab.command("notebooks", as_root=False, browser=True)
    assert "--no-browser" in lab.command("notebooks", as_root=False, browser=False)
    assert "--no-browser" not in lab.command("notebooks", as_root=False, browser=True)
    assert lab.command("nb", as_root=False, browser=True, options=["--port=1"])[-2:] == ["--port=1", "nb"]


def test_has_browser_follows_pythons_webbrowser(monkeypatch):
    import webbrowser

    def missing():
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "get", missing)
    assert lab.has_browser() is False
    monkeypatch.setattr(webbrowser, "get", lambda: object())
    assert lab.has_browser() is True


def test_environment_points_jupyter_at_the_project_config(tmp_path):
    assert lab.environment(tmp_path)["JUPYTER_CONFIG_DIR"] == str(tmp_path)


def test_kernelspec_is_named_after_the_project(tmp_path):
    folder = lab.install_kernelspec(prefix=str(tmp_path))
    spec = json.loads((folder / "kernel.json").read_text(encoding="utf-8"))
    assert folder.name == "python3"
    assert spec["display_name"] == "Python 3 (news-analysis .venv)"
    assert "curve" in spec["metadata"]["supported_encryption"]


def test_trust_signs_each_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    nbformat.write(nb, tmp_path / "01-a.ipynb")
    (tmp_path / "data").mkdir()
    notary = NotebookNotary(data_dir=str(tmp_path / "data"))
    assert not notary.check_signature(nbformat.read(tmp_path / "01-a.ipynb", as_version=4))
    assert [p.name for p in lab.trust(tmp_path, data_dir=tmp_path / "data")] == ["01-a.ipynb"]
    assert notary.check_signature(nbformat.read(tmp_path / "01-a.ipynb", as_version=4))
