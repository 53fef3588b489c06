"""Benchmark of encryption at rest (not a test: run it by hand).

    .venv/bin/python benchmarks/bench_crypto.py [--years 10] [--repeat 5] [--json OUT]

On a demo diary of ``--years`` years (made once with ``crampdiary demo`` and cached by
benchmarks/common.py), encrypted with the real, calibrated Argon2id parameters:

* the key derivation alone (Argon2id with the parameters stored in the key file);
* ``crampdiary list --from TODAY`` and ``crampdiary log water --ml 250`` as new processes,
  on the plain copy and on the encrypted copy (passphrase from CRAMPDIARY_PASSPHRASE);
* ``crampdiary log`` with the recovery key (HKDF, no Argon2id).

Target: opening the encrypted ten-year diary and ``log`` of one entry under 1 s.
The difference between the plain and the encrypted command is about the key derivation.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent / "src"))

import common  # noqa: E402

PASS = "a benchmark passphrase"


def _cmd(folder: Path, *argv: str, **env: str) -> float:
    e = common.child_env(**env)
    for k in ("CRAMPDIARY_PASSPHRASE", "CRAMPDIARY_RECOVERY_KEY", "CRAMPDIARY_TEST_FAST_KDF"):
        if k not in env:
            e.pop(k, None)
    wall, rc, out, err, _ = common.run_child(
        [*common.crampdiary_cmd(), "--data-dir", str(folder), *argv], env=e)
    if rc != 0:
        raise RuntimeError(f"{argv} failed ({rc}): {err.strip()}")
    return wall


def child_timed(fn, repeat: int) -> dict:  # type: ignore[no-untyped-def]
    """Wall seconds of each child command, and its own CPU seconds (user + system): the CPU
    time is what the command costs, the wall time also what other work on the machine took."""
    walls, cpus = [], []
    for i in range(repeat + 1):
        wall = fn()
        if i:
            walls.append(wall)
            cpus.append(common.LAST_CHILD_CPU)
    out = common.summarize(walls)
    out["child_cpu"] = common.summarize(cpus)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", type=float, default=10)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", metavar="OUT")
    args = ap.parse_args()

    cached = common.demo_diary(args.years)
    work = common.OUT / "crypto"
    plain = common.work_copy(cached, work / "plain")
    enc = common.work_copy(cached, work / "encrypted")
    entries = common.count_entries(plain)
    e = common.child_env()
    e.pop("CRAMPDIARY_TEST_FAST_KDF", None)
    wall, rc, out, err, _ = common.run_child(
        [*common.crampdiary_cmd(), "--data-dir", str(enc), "encrypt"],
        env={**e, "CRAMPDIARY_PASSPHRASE": PASS})
    if rc != 0:
        raise RuntimeError(f"encrypt failed: {err}")
    encrypt_s = wall
    recovery = next(ln.split(": ", 1)[1] for ln in out.splitlines()
                    if ln.startswith("recovery key: "))

    from crampdiary.core import crypto

    slot = json.loads((enc / "diary.key.json").read_text())["passphrase"]
    params = {k: int(slot[k]) for k in ("time_cost", "memory_kib", "parallelism")}
    kdf = common.timed(lambda: crypto._argon2(PASS.encode(), b"0123456789abcdef", **params),
                       args.repeat)

    today = date.today().isoformat()
    results = {
        "entries": entries, "years": args.years, "argon2id": params,
        "encrypt_s": encrypt_s,
        "kdf_s": kdf,
        "plain_list_s": child_timed(lambda: _cmd(plain, "list", "--from", today), args.repeat),
        "encrypted_list_s": child_timed(
            lambda: _cmd(enc, "list", "--from", today, CRAMPDIARY_PASSPHRASE=PASS), args.repeat),
        "plain_log_s": child_timed(lambda: _cmd(plain, "log", "water", "--ml", "250"),
                                    args.repeat),
        "encrypted_log_s": child_timed(
            lambda: _cmd(enc, "log", "water", "--ml", "250", CRAMPDIARY_PASSPHRASE=PASS),
            args.repeat),
        "encrypted_log_recovery_s": child_timed(
            lambda: _cmd(enc, "log", "water", "--ml", "250", CRAMPDIARY_RECOVERY_KEY=recovery),
            args.repeat),
        "machine": common.machine(), "load_avg": common.load_avg(),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }

    def med(key: str) -> float:
        v = results[key]
        return float(v["median"] if isinstance(v, dict) else v)

    print(f"{entries} entries ({args.years:g} years); Argon2id t={params['time_cost']} "
          f"m={params['memory_kib'] // 1024} MiB p={params['parallelism']}")
    print(f"  encrypt (once)                     {encrypt_s:7.3f} s")
    print(f"  {'':<35}{'wall':>7}    {'(min, max)':<22}{'CPU of the command':>18}")
    for key, label in (("kdf_s", "key derivation alone"),
                       ("plain_list_s", "list, plain diary"),
                       ("encrypted_list_s", "list, encrypted (passphrase)"),
                       ("plain_log_s", "log water, plain diary"),
                       ("encrypted_log_s", "log water, encrypted (passphrase)"),
                       ("encrypted_log_recovery_s", "log water, encrypted (recovery key)")):
        r = results[key]
        cpu = r.get("child_cpu") or r.get("cpu")
        print(f"  {label:<35}{r['median']:7.3f} s  (min {r['min']:.3f}, max {r['max']:.3f})"
              f"  {cpu['median']:9.3f} s")
    ok = med("encrypted_log_s") < 1.0 and med("encrypted_list_s") < 1.0
    cpu_ok = all(results[k]["child_cpu"]["median"] < 1.0
                 for k in ("encrypted_log_s", "encrypted_list_s"))
    print(f"  target: encrypted open + log under 1 s: wall {'pass' if ok else 'FAIL'}, "
          f"CPU {'pass' if cpu_ok else 'FAIL'}")
    print(f"  {common.machine_line(results['machine'])}; load {results['load_avg']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    os.environ.pop("CRAMPDIARY_DATA_DIR", None)
    sys.exit(main())
