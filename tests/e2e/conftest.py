"""The real-browser test's setup: JupyterLab on a free loopback port, a headless Chromium, the report's pages.

Chromium is Debian's (``apt-get install chromium``), driven by Playwright through ``executable_path``:
Playwright never downloads a browser here. Without a browser every test here is skipped, saying how to run it.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import nbformat
import pytest

from helpers import lab
from helpers.index import write_index
from helpers.report import inject_parameters, notebook_paths, write_html

HOW_TO_RUN = "install Debian's chromium (apt-get install chromium) and run make e2e"


def chromium() -> str | None:
    """The browser to drive: $CHROMIUM, else chromium on the PATH."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return found if found and Path(found).exists() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser():
    path = chromium()
    if path is None:
        pytest.skip(f"browser test did not run: no chromium on this machine; {HOW_TO_RUN}")
    sync_api = pytest.importorskip("playwright.sync_api", reason=f"browser test did not run: no playwright; {HOW_TO_RUN}")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="session")
def lab_server(browser, workdir):
    """JupyterLab serving copies of the notebooks (their figures going to a temporary folder), as
    ``make lab`` configures it; yields (base URL, token, notebooks folder). The Lab's log is checked
    for warnings at the end."""
    notebooks = workdir / "notebooks"
    notebooks.mkdir()
    for path in notebook_paths():
        nb = nbformat.read(path, as_version=4)
        inject_parameters(nb, {"FIGURES": str(workdir / "lab-figures")})
        nbformat.write(nb, notebooks / path.name)
    config = lab.write_config(workdir / "config")
    env = {**lab.environment(config), "JUPYTER_DATA_DIR": str(workdir / "data")}
    lab.trust(notebooks, data_dir=workdir / "data")  # the signatures the Lab will read, not the user's
    lab.install_kernelspec()
    port, token = _free_port(), secrets.token_hex(16)
    log = workdir / "lab.log"
    command = lab.command(notebooks, options=["--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
                                              f"--IdentityProvider.token={token}"])
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                    break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"JupyterLab stopped: {log.read_text(encoding='utf-8')[-2000:]}")
                time.sleep(0.5)
        yield {"base": base, "token": token, "notebooks": notebooks, "log": log, "started": started}
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture(scope="session")
def report_pages(workdir) -> Path:
    """The report's pages for the seed, made by the runner's own functions from the committed executed
    notebooks (what ``make report`` wrote; tests/test_notebooks.py executes them again) into a temporary folder."""
    html = workdir / "report" / "html"
    notebooks = notebook_paths()
    for path in notebooks:
        write_html(nbformat.read(path, as_version=4), html / f"{path.stem}.html")
    write_index(None, notebooks, html, source="seeds/000_d1ace56c1790a754.txt")
    return html


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so a fixture can screenshot a failed test."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report
