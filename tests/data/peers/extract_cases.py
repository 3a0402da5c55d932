"""One-off: read the literal input/expected pairs out of the peers' test files (ast.literal_eval on
the dict/list literals; no peer code is run or copied) and write them as CSV/JSON case files."""
import ast
import csv
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent
CHECKOUTS: dict[str, str] = {}  # repo -> a local git directory holding it


def show(repo, commit, path):
    return subprocess.run(["git", "-C", CHECKOUTS[repo], "show", f"{commit}:{path}"],
                          capture_output=True, text=True, check=True).stdout

def assigns(source):
    out = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Attribute):
            try:
                out[node.targets[0].attr] = ast.literal_eval(node.value)
            except ValueError:
                pass
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                out[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    return out

CN2AN = ("Ailln/cn2an", "7c9ba0770b129960d9b6e6c6b2b46c00ec580778")
JIO = ("dongrixinyu/JioNLP", "783abc5237e05f25aea2a11dcc2ae2e0e9f4cd23")


def main() -> None:

    # --- cn2an: cn2an_test.py -------------------------------------------------------------
    a = assigns(show(*CN2AN, "cn2an/cn2an_test.py"))
    rows = []

    def add(suite, text, expected, scope="in", note=""):
        rows.append({"suite": suite, "input": text, "expected": expected, "scope": scope, "note": note})

    for mode in ("strict", "normal", "smart"):
        for k, v in a[f"{mode}_data_dict"].items():
            add(f"cn2an.{mode}", k, repr(float(v)))
    for k, v in a["direct_data_dict"].items():
        if "幺" in k:
            add("cn2an.direct", k, v, "out", "幺 (1 read aloud in phone numbers) is no numeral of news copy: must raise")
        else:
            add("cn2an.direct", k, v, "in", "a digit string, compared as the number it writes")
    normal_keys = set(a["normal_data_dict"]) | set(a["strict_data_dict"]) | set(a["smart_data_dict"])
    errors = list(dict.fromkeys(a["error_strict_datas"][:9] + a["error_normal_datas"][:8] + a["error_smart_datas"]))
    for k in errors:
        if k in normal_keys:
            continue  # refused by cn2an's strict mode only: its normal mode reads it (and so do we)
        add("cn2an.error", k, "ValueError", "in", "malformed: must raise ValueError naming the input")
    # --- cn2an: an2cn_test.py, read backwards: each Chinese form an2cn writes is read to its number --
    b = assigns(show(*CN2AN, "cn2an/an2cn_test.py"))
    for number, forms in b["input_data"].items():
        for form, style in zip(forms, ("low", "up", "rmb", "direct"), strict=True):
            if style == "rmb":
                value = round(number, 2)
                scope, note = ("in", "money, rounded to 分 as an2cn writes it")
                if not any(u in form for u in ("元", "圆")):
                    scope, note = "out", "角/分 with no 元: must raise"
                add(f"an2cn.{style}", form, repr(float(value)), scope, note)
            else:
                add(f"an2cn.{style}", form, repr(float(number)))
    for number, form in b["scientific_input_data"].items():
        add("an2cn.scientific", form, repr(float(number)))
    for k in b["error_input_data"]:
        if isinstance(k, str):
            add("an2cn.error", k, "ValueError", "in", "malformed: must raise ValueError naming the input")
    seen = set()
    unique = []
    for r in rows:
        key = (r["suite"], r["input"])
        if key not in seen:
            seen.add(key)
            unique.append(r)
    with open(HERE / "cn2an.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["suite", "input", "expected", "scope", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(unique)
    print("cn2an", len(unique))

    # --- JioNLP: money parser --------------------------------------------------------------
    src = show(*JIO, "test/test_money_parser.py")
    m = assigns(src)["money_string_list"]
    OUT = {
        "15k左右": "k for thousand is no unit of news copy",
        "30w上下": "w for 万 is no unit of news copy",
        "三百万": "no currency named: JioNLP assumes 元, we read a count with no unit",
        "肆佰叁拾萬": "no currency named: JioNLP assumes 元",
        "小于40万": "no currency named: JioNLP assumes 元",
        "十块三毛": "colloquial 块/毛",
        "一百三十五块六角七分钱": "colloquial 块/钱",
        "至少九千块钱以上": "colloquial 块钱",
        "几十万块": "colloquial 块",
        "十几块钱": "colloquial 块钱",
        "三五百块": "colloquial 块",
        "四五千块钱": "colloquial 块钱",
        "三万元欧元": "two currencies in a row",
        "9000元日币": "two currencies in a row",
        "10~15k元": "k for thousand",
    }
    cases = []
    for text, exp in m:
        num = exp["num"]
        cases.append({"input": text, "low": num[0] if isinstance(num, list) else num,
                      "high": num[1] if isinstance(num, list) else num, "single": not isinstance(num, list),
                      "case": exp["case"], "definition": exp["definition"],
                      "scope": "out" if text in OUT else "in", "note": OUT.get(text, "")})
    with open(HERE / "jionlp_money_parser.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(cases[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(cases)
    print("jionlp money parser", len(cases))

    # --- JioNLP: money extractor -------------------------------------------------------------
    e = assigns(show(*JIO, "test/test_money_extractor.py"))["money_string_list"]
    OUT_X = {0: "十块钱 is colloquial 块钱", 3: "10k~15k: k for thousand"}
    ext = [{"text": t, "expected": [{"text": x["text"], "offset": x["offset"]} for x in exp],
            "scope": "out" if i in OUT_X else "in", "note": OUT_X.get(i, "")} for i, (t, exp) in enumerate(e)]
    with open(HERE / "jionlp_money_extractor.json", "w", encoding="utf-8") as f:
        json.dump(ext, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("jionlp money extractor", len(ext))

    times = time_cases(show(*JIO, "test/test_time_parser.py"))
    with open(HERE / "jionlp_time_parser.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(times[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(times)
    print("jionlp time parser", len(times))


# --- JioNLP: time parser -------------------------------------------------------------------
# News forms: years, quarters, halves, months, days, their parts, ranges and relative years.
RE_NEWS_FORM = re.compile(r"从?[0-9〇零一二三四五六七八九十两年月日号季度第首上下半旬初末底份至到\-－—~～今去前明本当后]+")
# Parts whose span is a convention: we read 月底/月末/年底/季度末 as the last day (a stock date:
# 截至9月末), JioNLP as the last days (25th to the end), months or weeks. Judged on the last day.
RE_CONVENTION = re.compile(r"(?:月|年|季度)?[底末]$")
SHANGHAI = dt.timezone(dt.timedelta(hours=8))  # JioNLP's timestamps are read in local (Beijing) time


def _base(base) -> str:
    """The base date of a JioNLP case as ISO, or '' where it is none or the run's clock."""
    if base is None or base == "now":
        return ""
    if isinstance(base, int | float):
        return dt.datetime.fromtimestamp(base, SHANGHAI).date().isoformat()
    if isinstance(base, dict):
        return dt.date(base["year"], base.get("month", 1), base.get("day", 1)).isoformat()
    if isinstance(base, list):
        parts = [*base, 1, 1][:3]
        return dt.date(*parts).isoformat()
    return ""


def time_cases(source: str) -> list[dict]:
    tree = ast.parse(source)
    names = {n.targets[0].id: ast.literal_eval(n.value) for n in ast.walk(tree)
             if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) and n.targets[0].id.startswith("_ts")}

    class Constants(ast.NodeTransformer):
        def visit_Name(self, node):  # noqa: N802 - ast's naming
            return ast.copy_location(ast.Constant(names[node.id]), node) if node.id in names else node

        def visit_Call(self, node):  # noqa: N802
            text = ast.unparse(node)
            if text == "time.time()":
                return ast.copy_location(ast.Constant("now"), node)
            call = re.fullmatch(r"datetime\.datetime\((.*)\)", text)
            return ast.copy_location(ast.Constant([int(x) for x in call.group(1).split(",")]), node)

    lists = sorted((n.lineno, n.value) for n in ast.walk(tree)
                   if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Name) and n.targets[0].id == "time_string_list")
    cases = []
    for text, base, expected in ast.literal_eval(Constants().visit(lists[0][1])):  # the main list: parse_time(text, base)
        span = expected.get("time") if isinstance(expected, dict) else None
        day_aligned = (isinstance(span, list) and len(span) == 2 and all(isinstance(t, str) for t in span)
                       and span[0].endswith("00:00:00") and span[1].endswith("23:59:59"))
        first, last = (span[0][:10], span[1][:10]) if day_aligned else ("", "")
        if expected["type"] not in ("time_point", "time_span"):
            scope, note = "out", f"a {expected['type']} (a duration or a recurrence), not a date"
        elif not day_aligned:
            scope, note = "out", "a time of day or an open-ended span"
        elif not RE_NEWS_FORM.fullmatch(text):
            scope, note = "out", "not a news date form (clock, weekday, festival, lunar, relative day, noise)"
        elif text in OUT_TIME:
            scope, note = "out", OUT_TIME[text]
        elif RE_CONVENTION.search(text):
            scope, note = "convention", "月底/年底/季度末 read as the last day (a stock date); judged on the last day"
        else:
            scope, note = "in", ""
        cases.append({"input": text, "base": _base(base), "first": first, "last": last, "type": expected["type"],
                      "scope": scope, "note": note})
    return cases


# News-form strings that mean something else in news copy, or need a rule we do not make.
OUT_TIME = {
    "20240307": "digits alone: a number, not a date, in news copy",
    "2018": "digits alone: a number, not a date, in news copy",
    "09-01": "digits alone: a number, not a date, in news copy",
    "三三年": "a two-digit year alone: a duration (24年) in news copy",
    "24年": "a two-digit year alone: a duration (24年) in news copy",
    "1月3": "a day with no 日/号: 1月3 reads as a month and a number",
    "十月31": "a day with no 日/号: 1月3 reads as a month and a number",
    "1月3至2月10": "a day with no 日/号: 1月3 reads as a month and a number",
    "2005年首月": "a rare ordinal or relative form (首月, 后三月, 上一年, 前两年, 第七年)",
    "二零二一年后三月": "a rare ordinal or relative form (首月, 后三月, 上一年, 前两年, 第七年)",
    "上一年": "a rare ordinal or relative form (首月, 后三月, 上一年, 前两年, 第七年)",
    "前两年": "a rare ordinal or relative form (首月, 后三月, 上一年, 前两年, 第七年)",
    "第七年": "a rare ordinal or relative form (首月, 后三月, 上一年, 前两年, 第七年)",
    "3年后": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "两年前": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "三年前": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "七年半后": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "七年后": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "半年后": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "一年半后": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "3年半前": "an offset from the base date (两年前, 半年后): a duration, not the date of a stated figure",
    "2020至2025年前": "前 (before) makes an open span",
    "去年五月初五": "a lunar calendar day (初五, 十五 with no 日)",
    "二月十五": "a lunar calendar day (初五, 十五 with no 日)",
    "去年八月十五": "a lunar calendar day (初五, 十五 with no 日)",
    "本日": "a relative day",
    "十一": "a holiday (十一: National Day)",
}


if __name__ == "__main__":
    # python tests/data/peers/extract_cases.py <cn2an git dir> <JioNLP git dir>
    CHECKOUTS["Ailln/cn2an"], CHECKOUTS["dongrixinyu/JioNLP"] = sys.argv[1], sys.argv[2]
    main()
