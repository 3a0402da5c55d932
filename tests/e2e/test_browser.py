"""In a real headless Chromium: every notebook runs through JupyterLab's own menus with no error, Chinese in
markdown, tables and text output is drawn with the bundled font (real glyphs, not boxes), the concordance
explorer answers a typed query, and the report's front page and HTML copies do the same from file://."""

from __future__ import annotations

import json
import re
import time
import urllib.request
from dataclasses import dataclass, field

import nbformat
import pytest

from helpers.lab import KERNEL_NAME
from helpers.paths import BUILD
from helpers.report import notebook_paths

pytestmark = pytest.mark.e2e

RE_HAN = re.compile(r"[\u4e00-\u9fff]")

NOTEBOOKS = [p.name for p in notebook_paths()]
#: The font the pages must draw Chinese with: the bundled Noto Sans CJK SC (from the mplfonts package).
BUNDLED = "NotoSansCJKsc-Regular"
#: Where the test leaves its screenshots, to look at (untracked; make clean removes them).
SCREENSHOTS = BUILD / "e2e"
VIEWPORT = {"width": 1400, "height": 1000}

# Finds the first element under ``root`` whose own text (not its children's) holds a Chinese character,
# marks it with data-e2e=NAME and returns whether one was found.
MARK_CHINESE = """([root, name]) => {
  const han = /[\\u4e00-\\u9fff]/;
  for (const el of document.querySelectorAll(root)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (han.test(node.textContent)) {
        node.parentElement.setAttribute('data-e2e', name);
        node.parentElement.scrollIntoView({block: 'center'});
        return true;
      }
    }
  }
  return false;
}"""


def platform_fonts(page, selector: str) -> list[dict]:
    """The fonts Chromium actually drew the element's text with (DevTools: CSS.getPlatformFontsForNode)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    assert node, f"no element {selector}"
    fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
    cdp.detach()
    return fonts


def draws_real_glyphs(page, selector: str) -> bool:
    """Two different characters drawn with the element's computed font give different pixels (boxes for
    missing glyphs would be the same box twice)."""
    shots = []
    for char in ("普", "惠"):
        page.evaluate("""([sel, ch]) => {
            const ref = document.querySelector(sel);
            let probe = document.getElementById('e2e-probe');
            if (!probe) { probe = document.createElement('span'); probe.id = 'e2e-probe'; document.body.appendChild(probe); }
            const style = getComputedStyle(ref);
            Object.assign(probe.style, {position: 'fixed', left: '10px', top: '10px', zIndex: 100000, background: 'white',
                          color: 'black', fontFamily: style.fontFamily, fontSize: '40px', lineHeight: '48px', padding: '4px'});
            probe.textContent = ch;
        }""", [selector, char])
        shots.append(page.locator("#e2e-probe").screenshot())
    page.evaluate("document.getElementById('e2e-probe').remove()")
    return shots[0] != shots[1]


def check_chinese(page, root: str, name: str) -> None:
    """The first Chinese text under ``root`` is drawn with the bundled font, with real glyphs."""
    assert page.evaluate(MARK_CHINESE, [root, name]), f"no Chinese text under {root}"
    selector = f'[data-e2e="{name}"]'
    fonts = []
    for _ in range(20):  # cells out of view are not laid out (the Lab's windowing): scroll and let it draw
        page.locator(selector).scroll_into_view_if_needed()
        page.wait_for_timeout(250)
        fonts = platform_fonts(page, selector)
        if fonts:
            break
    cjk = [f for f in fonts if f["postScriptName"] == BUNDLED]
    where = page.evaluate("sel => document.querySelector(sel).outerHTML.slice(0, 300)", selector)
    assert cjk and cjk[0]["isCustomFont"], f"{name}: {where} drawn with {fonts}, not the bundled {BUNDLED}"
    assert draws_real_glyphs(page, selector), f"{name}: two different characters drew the same pixels (tofu)"


def chinese_kinds(path) -> set[str]:
    """Where the notebook as saved shows Chinese: markdown cells, HTML tables, text or markdown output."""
    nb = nbformat.read(path, as_version=4)
    kinds = set()
    for cell in nb.cells:
        if cell.cell_type == "markdown" and RE_HAN.search(cell.source):
            kinds.add("markdown")
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "<td" in data.get("text/html", "") and RE_HAN.search(data.get("text/html", "")):
                kinds.add("table")
            if RE_HAN.search(output.get("text", "") + data.get("text/markdown", "")):
                kinds.add("output")
    return kinds


def go_to_notebook(page, lab_server, name: str, *, workspace: str) -> None:
    """Start loading ``name`` in the Lab, in a workspace of its own (?reset: with only this notebook open)."""
    page.goto(f"{lab_server['base']}/lab/workspaces/{workspace}/tree/{name}?reset&token={lab_server['token']}",
              wait_until="commit")


def wait_until_idle(page) -> None:
    """Wait until the notebook shows its cells and its kernel is idle (two minutes each: eight pages load at once)."""
    page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=120_000)
    page.wait_for_selector("#jp-main-statusbar >> text=Idle", timeout=120_000)


def start_run_all_through_the_menus(page) -> None:
    """Edit → Clear Outputs of All Cells, then Run → Run All Cells."""
    page.bring_to_front()
    page.get_by_role("menuitem", name="Edit", exact=True).click()
    page.get_by_text("Clear Outputs of All Cells", exact=True).click()
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_text("Run All Cells", exact=True).click()


def wait_until_every_cell_has_run(page) -> None:
    page.wait_for_function("""() => {
        const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
        const prompts = [...panel.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')].map(e => e.textContent);
        return prompts.length > 0 && prompts.every(t => /\\[\\d+\\]/.test(t));
    }""", timeout=300_000, polling=500)  # a timer, not animation frames: those stop in a tab in the background


def keep_if_failed(page, request, workdir) -> None:
    """A screenshot of ``page`` in the working folder when the test's call failed (conftest keeps its report)."""
    if request.node.rep_call.failed if hasattr(request.node, "rep_call") else False:
        page.screenshot(path=str(workdir / f"failed-{request.node.name}.png"))


@pytest.fixture
def page(browser, workdir, request):
    """A new browser context for each test (no dialog left over from the previous page)."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())
    yield page
    keep_if_failed(page, request, workdir)
    context.close()


def start_kernel_session(lab_server, name: str) -> None:
    """Start ``name``'s kernel, the one its metadata names, through the server's sessions API: the request the
    Lab itself makes when it opens a notebook. The Lab's page then finds the session and connects to it."""
    kernel = nbformat.read(lab_server["notebooks"] / name, as_version=4).metadata.kernelspec.name
    request = urllib.request.Request(
        f"{lab_server['base']}/api/sessions", method="POST",
        data=json.dumps({"path": name, "name": name, "type": "notebook", "kernel": {"name": kernel}}).encode(),
        headers={"Authorization": f"token {lab_server['token']}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 201, response.read()
        assert json.loads(response.read())["kernel"]["name"] == KERNEL_NAME


@dataclass
class LabRuns:
    """The notebooks' pages in one browser context, and why any of them did not run (its screenshot beside it)."""

    context: object
    pages: dict = field(default_factory=dict)
    failures: dict = field(default_factory=dict)
    closed: bool = False

    def fail(self, name: str, error: Exception, workdir) -> None:
        self.failures[name] = f"{type(error).__name__}: {str(error).splitlines()[0]}"
        self.pages[name].screenshot(path=str(workdir / f"failed-lab-{name.removesuffix('.ipynb')}.png"))

    def close(self) -> None:
        """Close every page (their kernel connections with them), once."""
        if not self.closed:
            self.context.close()
            self.closed = True


@pytest.fixture(scope="module")
def lab_runs(browser, lab_server, workdir):
    """Every notebook opened in a page of its own, each in its own workspace, and run through the Lab's
    menus all at once, as an analyst with a tab per notebook would: their kernels run side by side (the
    machine's cores busy, not one kernel at a time), and each page stays connected for a minute or more (a
    websocket ping setting once closed every kernel connection after 30 s). A notebook that does not run is
    recorded, with a screenshot, and fails its own test only.

    The kernels are started before any page opens: jupyter_server answers a page's poll of the kernel list
    with an error while another kernel is starting (KeyError 'last_activity', the start-up window of
    jupyter-server/enterprise_gateway#1395), which a single analyst opening one notebook at a time rarely
    meets and eight pages opened at once always do."""
    from playwright.sync_api import Error as PlaywrightError

    started = time.monotonic()
    for name in NOTEBOOKS:
        start_kernel_session(lab_server, name)
    runs = LabRuns(browser.new_context(viewport=VIEWPORT))
    try:
        for index, name in enumerate(NOTEBOOKS):  # every page loading at once
            runs.pages[name] = runs.context.new_page()
            runs.pages[name].on("dialog", lambda dialog: dialog.accept())
            go_to_notebook(runs.pages[name], lab_server, name, workspace=f"e2e-{index}")
        for step in (lambda page: (wait_until_idle(page), start_run_all_through_the_menus(page)),
                     wait_until_every_cell_has_run):
            for name, page in runs.pages.items():
                if name not in runs.failures:
                    try:
                        step(page)
                    except PlaywrightError as error:
                        runs.fail(name, error, workdir)
        print(f"\n{len(NOTEBOOKS) - len(runs.failures)} notebooks ran through the Lab at once in "
              f"{time.monotonic() - started:.1f} s")
        yield runs
    finally:
        runs.close()


@pytest.fixture
def lab_page(lab_runs, workdir, request):
    """The page of the notebook a test names, brought to the front; screenshot kept if the test fails."""
    name = request.node.callspec.params["name"]
    if name in lab_runs.failures:
        pytest.fail(f"{name} did not run through the Lab: {lab_runs.failures[name]} (failed-lab-*.png in {workdir})")
    page = lab_runs.pages[name]
    page.bring_to_front()
    yield page
    keep_if_failed(page, request, workdir)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_every_notebook_runs_through_the_lab_with_chinese_drawn_by_the_bundled_font(lab_page, lab_server, name):
    page = lab_page
    errors = page.locator('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]')
    assert errors.count() == 0, errors.first.inner_text()[:500]
    assert "Traceback" not in page.locator(".jp-Notebook").inner_text()
    kinds = chinese_kinds(lab_server["notebooks"] / name)
    assert kinds, f"{name} shows no Chinese at all"
    if "markdown" in kinds:
        check_chinese(page, ".jp-MarkdownCell .jp-RenderedMarkdown", f"{name}-markdown")
    if "table" in kinds:
        check_chinese(page, ".jp-OutputArea-output td", f"{name}-table")
    if "output" in kinds:
        check_chinese(page, '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stdout"], '
                            '.jp-OutputArea-output[data-mime-type="text/markdown"]', f"{name}-output")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"lab-{name.removesuffix('.ipynb')}.png"))


@pytest.mark.parametrize("name", ["04-term-frequency.ipynb"])
def test_the_concordance_explorer_answers_a_typed_query(lab_page, name):
    page = lab_page
    box = page.locator(".widget-text input").first
    box.scroll_into_view_if_needed()
    box.fill("")
    box.type("党建联建")
    result = page.locator(".widget-html", has_text="“党建联建”: 4 occurrence(s).")
    result.wait_for(timeout=30_000)
    assert result.locator("mark").count() == 4
    check_chinese(page, ".widget-html td", "explorer-table")
    # What is typed in the box is drawn with the bundled font too.
    assert "Project CJK" in page.evaluate("getComputedStyle(document.querySelector('.widget-text input')).fontFamily")
    page.locator(".widget-text").first.scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "lab-explorer.png"))


def test_the_lab_logged_no_warning(lab_runs, lab_server):
    """Nothing the Lab logged, from its start to the notebooks' pages closing, is a warning or an error."""
    lab_runs.close()
    time.sleep(1)  # what the server logs as the pages' connections close
    warnings = [line for line in lab_server["log"].read_text(encoding="utf-8").splitlines()
                if re.match(r"\[[WE] ", line) or "WARNING" in line]
    assert warnings == []


def test_the_front_page_and_every_html_copy_show_chinese_offline(page, report_pages):
    page.goto(report_pages.joinpath("index.html").as_uri())
    assert page.locator("h1").inner_text() == "党建领航 中国银行打通普惠金融“最后一公里”"
    check_chinese(page, "h1", "index-headline")
    links = page.locator("li a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert links == [name.replace(".ipynb", ".html") for name in NOTEBOOKS]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "index.png"))
    for link in links:
        page.goto(report_pages.joinpath(link).as_uri())
        check_chinese(page, ".jp-RenderedMarkdown", f"{link}-markdown")
        if link.startswith(("04", "05", "07")):
            check_chinese(page, "td", f"{link}-table")
