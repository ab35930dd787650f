#!/usr/bin/env python3
"""Coder throughput: sentences/s and words/s with 1 and 2 processes, and peak memory.

The corpus is GENERATED here from templates (actors, verbs, objects, dates, clauses, and
non-event sentences such as markets, sport and weather), grouped into short articles of
2-6 sentences; nothing comes from an evaluation set. The same seed gives the same corpus.
Each configuration runs in a fresh process (so peak memory is that configuration's own):
the parent times `EventCoder.code(..., n_process=N)` over the whole corpus after a short
warm-up, and reads peak RSS of the process and its children from getrusage.

Target: >= 1,000 sentences/s with 2 processes on the project's 2-core machine. The 1-minute
load average before each run is reported with it: on a busy machine the numbers drop.

Usage: .venv/bin/python benchmarks/bench_coder.py [--sentences 10000] [--processes 1,2]
       [--json benchmarks/results/bench_coder.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
TARGET_SENTENCES_PER_S = 1000.0

COUNTRIES = ["Japan", "the United States", "Russia", "Ukraine", "China", "India", "France",
             "Germany", "Brazil", "Kenya", "Nigeria", "Turkey", "Iran", "Israel", "Egypt",
             "Pakistan", "Mexico", "Canada", "Australia", "South Korea", "North Korea", "Poland",
             "Syria", "Iraq", "Sudan", "Ethiopia", "Colombia", "Venezuela", "Indonesia", "Vietnam",
             "Saudi Arabia", "Qatar"]
DEMONYMS = ["Japanese", "American", "Russian", "Ukrainian", "Chinese", "Indian", "French",
            "German", "Brazilian", "Kenyan", "Nigerian", "Turkish", "Iranian", "Israeli",
            "Egyptian", "Pakistani", "Mexican", "Canadian", "Australian", "South Korean", "Polish",
            "Syrian", "Iraqi", "Sudanese"]
AGENTS = ["government", "foreign ministry", "defense ministry", "troops", "police", "president",
          "prime minister", "foreign minister", "military", "navy", "opposition", "parliament"]
ORGS = ["NATO", "the United Nations", "the European Union", "the African Union", "the IMF",
        "the World Bank", "the Red Cross", "ASEAN"]
PLACES = ["near the border", "in the capital", "in the north of the country", "along the coast",
          "outside the city", "in the disputed region", "at a port in the south"]
DATES = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week",
         "on March 3", "in early May", "on 12 June 2024", "this month", "late on Sunday",
         "yesterday"]
ATTRIB = [", officials said", ", according to state media", ", a spokesman said",
          ", the ministry said in a statement", ", Reuters reported", ", according to Kyodo", ""]
WEAPONS = ["Patriot missiles", "tanks", "artillery shells", "air defence systems", "drones",
           "fighter jets", "ammunition", "armoured vehicles"]
GOODS = ["food aid", "medical supplies", "humanitarian aid", "a $2 billion loan", "economic aid",
         "tents and blankets", "military aid"]

EVENT_TEMPLATES = [
    "{A} supplied {W} to {B} {D}{R}.",
    "{A} agreed to export {W} to {B}{R}.",
    "{A} will send {G} to {B} {D}{R}.",
    "{A} imposed sanctions on {B} {D}{R}.",
    "{A} condemned {B} for the attack {D}.",
    "The {Adj} {ag} met {Adj2} officials in {P} {D}.",
    "{A} and {B} signed a trade agreement {D}{R}.",
    "{A} accused {B} of violating the ceasefire{R}.",
    "{Adj} troops shelled positions held by {Adj2} forces {L} {D}.",
    "{A} asked {B} to release the detained journalists{R}.",
    "{A} threatened {B} with military action if it crossed the line{R}.",
    "{Adj} police arrested dozens of protesters {L} {D}.",
    "{A} is massing troops {L} with {B}{R}.",
    "{O} urged {A} and {B} to resume talks {D}.",
    "{A} rejected the peace proposal put forward by {B}{R}.",
    "The {Adj} {ag} visited {B} {D} to discuss security cooperation.",
    "Thousands of people protested against the {Adj} government {L} {D}.",
    "{A} expelled two {Adj2} diplomats {D}{R}.",
    "{O} welcomed the decision by {A} to withdraw its forces from {B}.",
    "{A} praised {B} for its support during the crisis{R}.",
    "{Adj} warplanes bombed rebel positions {L} {D}{R}.",
    "{A} offered to mediate between {B} and {C}{R}.",
    "{A} lifted its embargo on {B} {D}{R}.",
    "The {Adj} {ag} held talks with {Adj2} counterparts on trade {D}.",
]
NON_EVENT_TEMPLATES = [
    "The stock market in {P2} rose {n} percent {D}.",
    "Temperatures are expected to reach {n} degrees {D}.",
    "The team won the final {n}-{m} after extra time.",
    "Analysts expect inflation to slow to {n} percent next year.",
    "The company reported quarterly profits of ${n} million {D}.",
    "Heavy rain caused flooding in several districts {D}.",
    "The festival drew more than {n},000 visitors this year.",
    "Shares of the carmaker fell {n} percent in early trading.",
    "The new bridge is expected to open to traffic in {n} months.",
    "Scientists published the results of the study {D}.",
]
CLAUSES = ["", "", " amid rising tensions", " despite international criticism",
           " in a move seen as a sign of closer ties", " for the first time in {n} years"]


def _fill(rng: random.Random, template: str, *, event: bool = True) -> str:
    a, b, c = rng.sample(COUNTRIES, 3)
    adj, adj2 = rng.sample(DEMONYMS, 2)
    clause = rng.choice(CLAUSES).format(n=rng.randint(2, 40)) if event else ""
    # the optional clause goes before the attribution ("..., officials said.")
    if "{R}" in template:
        template = template.replace("{R}", "{X}{R}")
    else:
        template = template[:-1] + "{X}."
    text = template.format(
        A=a, B=b, C=c, Adj=adj, Adj2=adj2, ag=rng.choice(AGENTS), O=rng.choice(ORGS),
        W=rng.choice(WEAPONS), G=rng.choice(GOODS), D=rng.choice(DATES), R=rng.choice(ATTRIB),
        L=rng.choice(PLACES), P=rng.choice(["Geneva", "Tokyo", "Nairobi", "Brasilia", "Doha"]),
        P2=rng.choice(["Tokyo", "London", "Mumbai", "Sao Paulo"]), X=clause,
        n=rng.randint(2, 60), m=rng.randint(0, 5))
    return text[0].upper() + text[1:]


def generate_corpus(n_sentences: int, seed: int = 20240601) -> list[tuple[str, str]]:
    """(doc_id, text) articles of 2-6 sentences; about 70% event sentences."""
    rng = random.Random(seed)
    docs, made = [], 0
    while made < n_sentences:
        k = min(rng.randint(2, 6), n_sentences - made)
        sentences = []
        for _ in range(k):
            event = rng.random() < 0.7
            pool = EVENT_TEMPLATES if event else NON_EVENT_TEMPLATES
            sentences.append(_fill(rng, rng.choice(pool), event=event))
        docs.append((f"bench-{len(docs):05d}", " ".join(sentences)))
        made += k
    return docs


def _peak_rss_mb() -> tuple[float, float]:
    # ru_maxrss is KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_one(n_sentences: int, n_process: int, batch_size: int) -> dict:
    """Time one configuration in this process (called in a fresh subprocess)."""
    from dyadflow.records import TextInput
    from dyadflow.resources import coder_version, load_coder

    corpus = generate_corpus(n_sentences)
    inputs = [TextInput(doc_id, text) for doc_id, text in corpus]
    coder = load_coder()
    list(coder.code(inputs[:20], n_process=1, batch_size=batch_size))  # warm-up: lazy loads
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    docs = list(coder.code(inputs, n_process=n_process, batch_size=batch_size))
    seconds = time.perf_counter() - started
    sentences = sum(d.n_sentences for d in docs)
    words = sum(d.n_words for d in docs)
    own, children = _peak_rss_mb()
    return {"n_process": n_process, "batch_size": batch_size, "documents": len(docs),
            "sentences": sentences, "words": words, "events": sum(len(d.events) for d in docs),
            "seconds": round(seconds, 3), "sentences_per_s": round(sentences / seconds, 1),
            "words_per_s": round(words / seconds, 1), "peak_rss_mb": round(own, 1),
            "peak_rss_children_mb": round(children, 1), "coder_version": coder_version(coder),
            # other work on the machine slows every run: keep the 1-minute load with the result
            "load_avg_before": round(load_before, 2),
            "load_avg_after": round(os.getloadavg()[0], 2),
            "cpus": os.cpu_count()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=10_000)
    parser.add_argument("--processes", default="1,2")
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--json", type=Path,
                        default=ROOT / "benchmarks" / "results" / "bench_coder.json")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:  # child mode: one configuration, JSON on stdout
        print(json.dumps(run_one(args.sentences, args.one, args.batch_size)))
        return 0
    runs = []
    for n in (int(p) for p in args.processes.split(",")):
        proc = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--sentences", str(args.sentences),
             "--batch-size", str(args.batch_size)], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            return proc.returncode
        runs.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print(f"{'processes':>9} {'sentences':>9} {'words':>8} {'events':>7} {'seconds':>8} "
          f"{'sent/s':>8} {'words/s':>9} {'peak MB':>8} {'children MB':>11} {'load':>5}")
    for r in runs:
        print(f"{r['n_process']:>9} {r['sentences']:>9} {r['words']:>8} {r['events']:>7} "
              f"{r['seconds']:>8.2f} {r['sentences_per_s']:>8.1f} {r['words_per_s']:>9.1f} "
              f"{r['peak_rss_mb']:>8.1f} {r['peak_rss_children_mb']:>11.1f} "
              f"{r['load_avg_before']:>5.1f}")
    best = max((r for r in runs if r["n_process"] == 2), key=lambda r: r["sentences_per_s"],
               default=None)
    if best:
        verdict = "met" if best["sentences_per_s"] >= TARGET_SENTENCES_PER_S else "NOT met"
        print(f"target >= {TARGET_SENTENCES_PER_S:.0f} sentences/s with 2 processes: {verdict}")
    result = {
        "benchmark": "bench_coder", "machine": platform.platform(),
        "python": platform.python_version(),
        "target_sentences_per_s_2proc": TARGET_SENTENCES_PER_S, "runs": runs,
        "summary": [{"metric": f"sentences/s ({r['n_process']} proc)",
                     "value": r["sentences_per_s"],
                     "target": TARGET_SENTENCES_PER_S if r["n_process"] == 2 else None}
                    for r in runs]
                   + [{"metric": f"words/s ({r['n_process']} proc)", "value": r["words_per_s"],
                       "target": None} for r in runs]
                   + [{"metric": f"peak RSS MB ({r['n_process']} proc)",
                       "value": max(r["peak_rss_mb"], r["peak_rss_children_mb"]), "target": None}
                      for r in runs],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"results written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
