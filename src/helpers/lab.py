"""JupyterLab on the project's environment, with Chinese drawn by the bundled font in the Lab itself.

``make lab`` runs ``python -m helpers.lab notebooks/``. It writes a project-local Jupyter config folder
(``build/lab/config``, used as JUPYTER_CONFIG_DIR for this Lab only) holding:

- ``custom/custom.css`` with an ``@font-face`` for the bundled Noto Sans CJK SC, limited by
  ``unicode-range`` to CJK code points and put first in the Lab's three font lists (interface,
  content, code): markdown, tables, text output and the editor draw Chinese with it, and Latin text
  keeps the reader's own fonts, since the face claims no Latin code point;
- ``custom/`` + the font file, served by the Lab's own ``/custom/`` handler (``LabApp.custom_css``);
- ``jupyter_server_config.json``: custom CSS on, and kernels started with CurveZMQ keys the server makes,
  so no kernel warns that it runs over plain TCP.

A project-local config with the Lab's documented custom-CSS hook was chosen over an extension such as
jupyterlab-fonts: nothing to build or enable, no settings to click, and the same font file the charts use.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from helpers.fonts import CJK_FONT_FILE, CJK_UNICODE_RANGE, cjk_font_path, font_stacks_css
from helpers.paths import BUILD, ROOT

#: JUPYTER_CONFIG_DIR of ``make lab`` (under build/: generated, untracked, removed by ``make clean``).
CONFIG_DIR = BUILD / "lab" / "config"
#: The family name the Lab's pages know the bundled font by.
LAB_FAMILY = "Project CJK"
#: The kernel the notebooks name (kernelspec ``python3`` of the project's .venv) and what the Lab shows.
KERNEL_NAME = "python3"
KERNEL_DISPLAY_NAME = "Python 3 (news-analysis .venv)"


def custom_css(font_url: str = CJK_FONT_FILE) -> str:
    """The Lab's custom.css: the bundled font for CJK code points, first in every font list.

    >>> "unicode-range" in custom_css()
    True
    """
    return (
        f'@font-face {{ font-family: "{LAB_FAMILY}"; src: url("{font_url}") format("opentype"); '
        f"unicode-range: {CJK_UNICODE_RANGE}; font-display: block; }}\n"
        # On body, not :root: the theme's stylesheet, loaded after this one, sets the same variables on
        # :root, and a value set on body is the one every element of the page inherits.
        + font_stacks_css(LAB_FAMILY, selector="body")
    )


def server_config() -> dict:
    """jupyter_server_config.json of the project-local config folder."""
    return {
        "LabApp": {"custom_css": True},
        "KernelManager": {"transport_encryption": "auto"},
        # No websocket keep-alive pings: the Lab is served on this machine, with no proxy between to keep a
        # connection open for. jupyter_server's pings (ws_ping_*, milliseconds) reach tornado, which reads
        # them as seconds and warns that the default timeout (three intervals) is longer than the interval;
        # a timeout equal to the interval closes every connection at its first ping, 30 s after it opened
        # (jupyter-server/jupyter_server#1612). An interval of 0 turns both off, with no warning.
        "ServerApp": {"tornado_settings": {"ws_ping_interval": 0}},
    }


#: Lab settings this project starts with (the user's own changes to them are kept): no pop-up asking
#: to fetch Jupyter news, since nothing here reaches the network.
LAB_SETTINGS = {"@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false"}}


def write_config(folder: Path = CONFIG_DIR) -> Path:
    """Write the project-local Jupyter config into ``folder`` (created) and return it.

    The font file is copied beside custom.css once (the Lab serves only files under its config
    folder's custom/); a later call copies it again only when its size differs.
    """
    custom = folder / "custom"
    custom.mkdir(parents=True, exist_ok=True)
    (custom / "custom.css").write_text(custom_css(), encoding="utf-8")
    font, copy = cjk_font_path(), custom / CJK_FONT_FILE
    if not copy.is_file() or copy.stat().st_size != font.stat().st_size:
        shutil.copyfile(font, copy)
    (folder / "jupyter_server_config.json").write_text(json.dumps(server_config(), indent=1) + "\n", encoding="utf-8")
    for name, value in LAB_SETTINGS.items():
        path = folder / "lab" / "user-settings" / name
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(value, indent=1) + "\n", encoding="utf-8")
    return folder


def trust(folder: Path, *, data_dir: Path | None = None) -> list[Path]:
    """Sign the notebooks in ``folder`` as trusted, as ``jupyter trust`` does, and return them.

    They are this project's own notebooks, executed by ``make report``: trusted, the Lab shows their
    styled tables as written instead of sanitising them, and logs no "not trusted" warning.
    """
    import nbformat
    from nbformat.sign import NotebookNotary

    if data_dir is not None:
        Path(data_dir).mkdir(parents=True, exist_ok=True)  # the notary writes its secret there
    notary = NotebookNotary(data_dir=str(data_dir)) if data_dir is not None else NotebookNotary()
    paths = sorted(Path(folder).glob("*.ipynb"))
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        if not notary.check_signature(nb):
            notary.sign(nb)
    return paths


def install_kernelspec(prefix: str = sys.prefix) -> Path:
    """Name the environment's ``python3`` kernel after the project (in ``prefix``/share/jupyter/kernels)."""
    from ipykernel.kernelspec import install

    return Path(install(kernel_name=KERNEL_NAME, display_name=KERNEL_DISPLAY_NAME, prefix=prefix))


def has_browser() -> bool:
    """Whether Python's webbrowser module can open a page here (not on a server or in a container)."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


def command(folder: str | os.PathLike = "notebooks", *, as_root: bool | None = None, browser: bool | None = None,
            options: list[str] | None = None) -> list[str]:
    """The ``jupyter lab`` command line: ``--allow-root`` only when run as root (a container's usual user),
    ``--no-browser`` where no browser can be opened (the Lab would warn; it prints its address either way)."""
    if as_root is None:
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if browser is None:
        browser = has_browser()
    flags = [*(["--allow-root"] if as_root else []), *([] if browser else ["--no-browser"])]
    return [sys.executable, "-m", "jupyterlab", *flags, *(options or []), str(folder)]


def environment(config_dir: Path = CONFIG_DIR) -> dict[str, str]:
    """The process environment of the Lab: this one with the project-local config folder."""
    return {**os.environ, "JUPYTER_CONFIG_DIR": str(config_dir)}


def main(argv: list[str] | None = None) -> None:
    """``python -m helpers.lab [folder] [jupyter lab options...]``: write the config, name the kernel, start the Lab."""
    args = list(sys.argv[1:] if argv is None else argv)
    folder = args.pop(0) if args and not args[0].startswith("-") else "notebooks"
    write_config()
    install_kernelspec()
    trust(ROOT / folder)
    cmd = command(folder, options=args)
    os.chdir(ROOT)
    os.execvpe(cmd[0], cmd, environment())


if __name__ == "__main__":
    main()
