"""One-off: read the literal input/expected pairs out of the peers' test files (ast.literal_eval on
the dict/list literals; no peer code is run or copied) and write them as CSV/JSON case files."""
import ast
import csv
import json
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


if __name__ == "__main__":
    # python tests/data/peers/extract_cases.py <cn2an git dir> <JioNLP git dir>
    CHECKOUTS["Ailln/cn2an"], CHECKOUTS["dongrixinyu/JioNLP"] = sys.argv[1], sys.argv[2]
    main()
