"""The review screen's figures of this tree against an earlier commit, in one run.

    python benchmarks/against.py REF [--cases 2737] [--rounds 2]

"No worse than before" is only a claim when both are measured on the same machine in the same
hour: this exports REF (`git archive`, no change to the repository), builds a demo store with
each side's own code, and runs each side's own benchmark scripts (launch, search keystrokes,
case -> review form, typing, rendering and signing summaries) in the order A B B A
(`--rounds` pairs), each with its own `PYTHONPATH`, so each side imports only its own code.
Prints one table of medians and `benchmarks/results/against.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "udsat-demo-2737"  # the demo store's, on both sides

BUILD = """
import sys
from pathlib import Path
try:
    from udsat_desktop.platform.paths import resolve
except ImportError:  # before the platform/ package
    from udsat_desktop.paths import resolve
from udsat_desktop.store.lifecycle import ensure_demo
db, _ = ensure_demo(resolve(Path(sys.argv[1])).ensure(), int(sys.argv[2]))
db.close()
"""

BATCH = 200  # reviews in the batch-signing sample (make bench signs 2,737)
# launches of the app and of a bare window per round; the ratio is taken from the medians of
# all of a side's launches (a launch is ~0.5 s and varies by a fifth from one to the next)
LAUNCHES = 5

FIGURES = [  # (key, label, unit)
    ("launch_ratio", f"launch to a usable queue / bare window ({LAUNCHES} a round, pooled)", "x"),
    ("search_p95_ms", "search keystroke p95", "ms"),
    ("search_median_ms", "search keystroke median", "ms"),
    ("open_first_ms", "case -> review form, first open (as each side's bench opens it)", "ms"),
    ("open_median_ms", "case -> review form, median of 20", "ms"),
    ("autosave_median_ms", "autosave latency median", "ms"),
    ("longest_gui_stall_ms", "longest GUI stall while typing", "ms"),
    ("render_ms", "render one summary PDF, median of 30", "ms"),
    ("render_sign_ms", "render + sign one summary, median of 30", "ms"),
    ("batch_per_review_ms", f"batch render + sign of {BATCH} reviews, per review", "ms"),
    ("import_xlsx_s", "import 2,737 rows (XLSX), median of 3", "s"),
    ("import_csv_s", "import 20,000 rows (CSV), median of 3", "s"),
]


def side_env(root: Path) -> dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(root),
        QT_QPA_PLATFORM="offscreen",
        UDSAT_PASSPHRASE=PASSPHRASE,
        PYTHONDONTWRITEBYTECODE="",
    )


def run(cmd: list[str], root: Path, timeout: int = 900) -> str:
    out = subprocess.run(
        cmd,
        cwd=root,
        env=side_env(root),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd[1:3])} failed in {root}:\n{out.stderr[-2000:]}")
    return out.stdout


def last_json(text: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(text.strip().splitlines()[-1])
    return value


def ready_ms(text: str) -> float:
    for line in text.splitlines():
        if line.startswith("ready_ms="):
            return float(line.split("=", 1)[1].split()[0])
    raise SystemExit(f"no ready_ms in: {text[-500:]}")


def link_package_dirs(root: Path) -> None:
    """An exported tree lays out its packages as the install would: `resources/` and `db/`
    ship as `udsat_desktop.resources` and `udsat_desktop.migrations` (pyproject's
    package-dir); without these links, imports would find this tree's installed ones."""
    table = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    dirs = table.get("tool", {}).get("setuptools", {}).get("package-dir", {})
    for package, folder in sorted(dirs.items()):
        link = root.joinpath(*package.split("."))
        if not link.exists():
            link.symlink_to((root / folder).resolve(), target_is_directory=True)


def prepare(root: Path, data: Path, cases: int) -> None:
    """Translations and bytecode as `make` leaves them, then the side's own demo store."""
    probe = "import udsat_desktop, udsat_desktop.resources as r; print(udsat_desktop.__file__); "
    probe += "print(r.__file__)"
    for where in run([sys.executable, "-c", probe], root).split():
        if not Path(where).resolve().is_relative_to(root.resolve()):
            raise SystemExit(f"{root}: imports {where}, not its own")
    run([sys.executable, "packaging/i18n.py", "release"], root)
    run([sys.executable, "-m", "compileall", "-q", "udsat_desktop"], root)
    run([sys.executable, "-c", BUILD, str(data), str(cases)], root, timeout=1800)


def measure_ui(root: Path, data: Path) -> dict[str, Any]:
    bench = root / "benchmarks"
    bare: list[float] = []
    app: list[float] = []
    for _ in range(LAUNCHES):
        bare.append(ready_ms(run([sys.executable, str(bench / "bare_window.py")], root)))
        smoke = ["-m", "udsat_desktop.app", "--demo", "--smoke", "--data-dir", str(data)]
        app.append(ready_ms(run([sys.executable, *smoke], root)))
    search = last_json(run([sys.executable, str(bench / "search_latency.py"), str(data)], root))
    review = last_json(run([sys.executable, str(bench / "review_latency.py"), str(data)], root))
    return {
        "launch_ratio": statistics.median(app) / statistics.median(bare),
        "launch_app_ms": app,
        "launch_bare_ms": bare,
        "search_p95_ms": search["p95_ms"],
        "search_median_ms": search["median_ms"],
        **{k: review[k] for k in ("open_first_ms", "open_median_ms", "autosave_median_ms")},
        "longest_gui_stall_ms": review["longest_gui_stall_ms"],
    }


def measure_signing(root: Path, data: Path) -> dict[str, float]:
    signing_data = data.with_name(data.name + "-signing")  # signing adds reviews: a copy
    shutil.rmtree(signing_data, ignore_errors=True)
    shutil.copytree(data, signing_data, ignore=shutil.ignore_patterns("outbox", "logs"))
    script = str(root / "benchmarks" / "signing_bench.py")
    signing = last_json(run([sys.executable, script, str(signing_data), str(BATCH)], root, 1800))
    shutil.rmtree(signing_data, ignore_errors=True)
    return {
        "render_ms": signing["render_median_ms"],
        "render_sign_ms": signing["render_sign_median_ms"],
        "batch_per_review_ms": signing["batch_s"] * 1000 / BATCH,
    }


def measure_import(root: Path, data: Path) -> dict[str, float]:
    """The same two target lists (written once, by this tree) imported by each side."""
    script = str(root / "benchmarks" / "import_time.py")
    figures = {}
    for key, name in (("import_xlsx_s", "import-2737.xlsx"), ("import_csv_s", "import-20000.csv")):
        times = []
        for _ in range(3):
            out = run([sys.executable, script, str(data.parent / name)], root)
            times.append(float(out.split("seconds=")[1].split()[0]))
        figures[key] = statistics.median(times)
    return figures


def pooled_launch_ratio(rounds: list[dict[str, Any]]) -> float:
    app: list[float] = [ms for r in rounds for ms in r["launch_app_ms"]]
    bare: list[float] = [ms for r in rounds for ms in r["launch_bare_ms"]]
    return statistics.median(app) / statistics.median(bare)


PARTS = {"ui": measure_ui, "signing": measure_signing, "import": measure_import}


def measure(root: Path, data: Path, parts: list[str]) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for part in parts:
        figures.update(PARTS[part](root, data))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", help="the commit to compare with, e.g. a tag or a hash")
    parser.add_argument("--cases", type=int, default=2737)
    parser.add_argument("--rounds", type=int, default=2, help="A B B A pairs (default 2)")
    parser.add_argument("--only", help="comma-separated parts: " + ", ".join(PARTS))
    args = parser.parse_args()
    parts = args.only.split(",") if args.only else list(PARTS)
    if set(parts) - set(PARTS):
        parser.error("--only takes " + ", ".join(PARTS))
    with tempfile.TemporaryDirectory(prefix="udsat-against-") as tmp_name:
        tmp = Path(tmp_name)
        ref = tmp / "ref"
        ref.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", args.ref], capture_output=True, check=False
        )
        if archive.returncode != 0:
            raise SystemExit(archive.stderr.decode(errors="replace").strip())
        subprocess.run(["tar", "-x", "-C", str(ref)], input=archive.stdout, check=True)
        link_package_dirs(ref)
        sides = {"ref": ref, "here": ROOT}
        for name, root in sides.items():
            prepare(root, tmp / f"data-{name}", args.cases)
        if "import" in parts:
            sys.path.insert(0, str(ROOT / "benchmarks"))
            from run import write_target_list

            write_target_list(tmp / "import-2737.xlsx", 2737, seed=2738)
            write_target_list(tmp / "import-20000.csv", 20_000, seed=20_001)
        samples: dict[str, list[dict[str, Any]]] = {"ref": [], "here": []}
        order = ["ref", "here", "here", "ref"] * args.rounds
        for n, name in enumerate(order, 1):
            load = os.getloadavg()[0]
            print(f"[{n}/{len(order)}] {name} (load {load:.1f})", file=sys.stderr, flush=True)
            samples[name].append(measure(sides[name], tmp / f"data-{name}", parts))
    rows = []
    print(f"\n{args.ref} against this tree, {args.cases:,} cases, order A B B A x {args.rounds}")
    print(f"{'figure':<56} {'ref':>9} {'here':>9} {'here/ref':>9}")
    for key, label, unit in FIGURES:
        if key not in samples["here"][0]:
            continue
        if key == "launch_ratio":  # from every launch of a side, not a median of ratios
            a, b = (pooled_launch_ratio(samples[side]) for side in ("ref", "here"))
        else:
            a = statistics.median(s[key] for s in samples["ref"])
            b = statistics.median(s[key] for s in samples["here"])
        ratio = b / a if a else float("nan")
        rows.append({"figure": key, "ref": a, "here": b, "ratio": ratio, "unit": unit})
        print(f"{label + ' (' + unit + ')':<56} {a:>9.2f} {b:>9.2f} {ratio:>8.2f}x")
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    payload = {"ref": args.ref, "cases": args.cases, "rows": rows, "samples": samples}
    (out / "against.json").write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
