"""Train dyadflow's bundled English spaCy pipeline on Universal Dependencies English EWT.

    .venv/bin/python tools/train_pipeline.py --ud /work/shared/data/ud/en_ewt-r2.16 \
        --out dyadflow/models/en_dyadflow

Steps: convert the EWT .conllu files to spaCy DocBin files, train the pipeline described by
tools/pipeline.cfg (tok2vec + tagger (PTB XPOS) + morphologizer (UPOS + features) + edit-tree
lemmatizer + dependency parser with UD labels), evaluate the best checkpoint on EWT dev and
test from raw text (so tokenisation and sentence splitting errors count), measure parsing
speed on one core, and write the model with its accuracy, licence and attribution in
meta.json plus LICENSE/ATTRIBUTION files.

The treebank is CC BY-SA 4.0, so the trained model, a derivative of it, is CC BY-SA 4.0 too.
Data source: UD_English-EWT (https://github.com/UniversalDependencies/UD_English-EWT),
Silveira et al. 2014, "A Gold Standard Dependency Corpus for English"; do NOT train on GUM
(non-commercial licence).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO / "tools" / "pipeline.cfg"
SPLITS = ("train", "dev", "test")
# Sentences of one document are grouped into training docs of at most this many sentences,
# so the parser sees real sentence boundaries inside running text and learns to split them.
SENTENCES_PER_DOC = 10

LICENSE = "CC BY-SA 4.0"
LICENSE_URL = "https://creativecommons.org/licenses/by-sa/4.0/"
ATTRIBUTION = """\
This model was trained by the dyadflow project on the Universal Dependencies English Web
Treebank (UD_English-EWT, release {release}),
https://github.com/UniversalDependencies/UD_English-EWT, licensed CC BY-SA 4.0
(https://creativecommons.org/licenses/by-sa/4.0/).

UD English EWT: Natalia Silveira, Timothy Dozat, Marie-Catherine de Marneffe, Samuel Bowman,
Miriam Connor, John Bauer and Christopher D. Manning (2014). "A Gold Standard Dependency
Corpus for English". Proceedings of LREC 2014. Built on the English Web Treebank
(LDC2012T13) by the Linguistic Data Consortium; see the treebank's README for all
contributors.

Changes: the treebank's words, tags, features, lemmas and basic dependencies were used as
training data for a statistical model; the model weights are a derivative work and are
distributed under the same licence, CC BY-SA 4.0. No treebank text is shipped with the model.
"""


class ConlluError(ValueError):
    """A malformed line in a CoNLL-U file (names the file and line)."""


@dataclass(frozen=True)
class Word:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int  # 1-based index of the head word within the sentence, 0 for the root
    deprel: str
    space_after: bool


@dataclass(frozen=True)
class Sentence:
    doc_id: str
    words: tuple[Word, ...]


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file as UD syntactic words.

    Multiword tokens ("don't" = "do" + "n't", "Bush's" = "Bush" + "'s") are kept as their
    words with no space between them, so the words concatenate back to the raw text: in
    EWT the forms of a multiword token's words always spell the token. Empty nodes (8.1)
    belong to enhanced dependencies only and are skipped.
    """
    doc_id = ""
    words: list[Word] = []
    mwt_end = 0
    mwt_space = True
    with path.open(encoding="utf-8") as handle:
        for line_no, raw in enumerate(handle, start=1):
            line = raw.rstrip("\n")
            if not line:
                if words:
                    yield Sentence(doc_id, tuple(words))
                words, mwt_end = [], 0
                continue
            if line.startswith("#"):
                if line.startswith("# newdoc id ="):
                    doc_id = line.split("=", 1)[1].strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ConlluError(
                    f"{path}:{line_no}: expected 10 tab-separated columns, got {len(cols)}"
                )
            idx = cols[0]
            if "." in idx:
                continue
            if "-" in idx:
                first, last = (int(x) for x in idx.split("-"))
                if first != len(words) + 1:
                    raise ConlluError(f"{path}:{line_no}: multiword token {idx} out of order")
                mwt_end, mwt_space = last, _space_after(cols[9])
                continue
            position = int(idx)
            if position != len(words) + 1:
                raise ConlluError(f"{path}:{line_no}: word id {idx} out of order")
            if mwt_end and position < mwt_end:
                space = False
            elif mwt_end and position == mwt_end:
                space, mwt_end = mwt_space, 0
            else:
                space = _space_after(cols[9])
            try:
                head = int(cols[6])
            except ValueError as exc:
                raise ConlluError(f"{path}:{line_no}: head {cols[6]!r} is not an integer") from exc
            words.append(
                Word(
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats="" if cols[5] == "_" else cols[5],
                    head=head,
                    deprel=cols[7],
                    space_after=space,
                )
            )
    if words:
        yield Sentence(doc_id, tuple(words))


def group_sentences(sentences: Iterable[Sentence], size: int) -> Iterator[list[Sentence]]:
    """Consecutive sentences of the same document, at most `size` at a time."""
    group: list[Sentence] = []
    for sentence in sentences:
        if group and (sentence.doc_id != group[0].doc_id or len(group) >= size):
            yield group
            group = []
        group.append(sentence)
    if group:
        yield group


def sentences_to_doc(vocab, sentences: list[Sentence]):
    """One spaCy Doc holding the gold annotation of consecutive sentences."""
    from spacy.tokens import Doc

    words, spaces, tags, pos, morphs, lemmas, heads, deps, starts = ([] for _ in range(9))
    for sentence in sentences:
        offset = len(words)
        for i, word in enumerate(sentence.words):
            words.append(word.form)
            last_of_sentence = i == len(sentence.words) - 1
            # a sentence boundary inside a doc is always a space in the joined text
            spaces.append(word.space_after or last_of_sentence)
            tags.append(word.xpos)
            pos.append(word.upos)
            morphs.append(word.feats)
            lemmas.append(word.lemma)
            heads.append(offset + i if word.head == 0 else offset + word.head - 1)
            deps.append("ROOT" if word.head == 0 else word.deprel)
            starts.append(i == 0)
    spaces[-1] = False
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=starts,
    )


COMMA = Word(form=",", lemma=",", upos="PUNCT", xpos=",", feats="", head=0, deprel="punct",
             space_after=True)


def news_copies(sentences: list[Sentence], rate: float, seed: int) -> list[Sentence]:
    """News-style copies of about `rate` of the treebank's statements (tools/news_augment.py)."""
    import news_augment  # a sibling script: tools/ is on the path, as for the seed generators

    phrases = news_augment.read_phrases(read_conllu)
    return list(news_augment.augment(sentences, phrases, COMMA, rate=rate, seed=seed))


def convert_split(conllu: Path, target: Path, news_rate: float = 0.0,
                  seed: int = 0) -> dict[str, int]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    doc_bin = DocBin(store_user_data=False)
    n_sentences = n_words = 0
    sentences = list(read_conllu(conllu))
    copies = news_copies(sentences, news_rate, seed) if news_rate else []
    for group in group_sentences([*sentences, *copies], SENTENCES_PER_DOC):
        doc = sentences_to_doc(nlp.vocab, group)
        n_sentences += len(group)
        n_words += len(doc)
        doc_bin.add(doc)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc_bin.to_disk(target)
    return {"sentences": n_sentences, "words": n_words, "news_copies": len(copies)}


def find_split(ud_dir: Path, split: str) -> Path:
    matches = sorted(ud_dir.glob(f"*-ud-{split}.conllu"))
    if len(matches) != 1:
        raise SystemExit(
            f"{ud_dir}: expected exactly one *-ud-{split}.conllu, found {len(matches)}"
        )
    return matches[0]


def ud_release(ud_dir: Path) -> str:
    name = ud_dir.resolve().name
    return name.split("-r", 1)[1] if "-r" in name else "unknown"


class TrainingTimeUp(RuntimeError):
    """Raised from the before_update callback when the wall-clock budget is spent."""


def register_time_limit(deadline: float | None) -> None:
    from spacy.util import registry

    @registry.callbacks("dyadflow.time_limit.v1")
    def make_time_limit():
        def check(nlp, args):
            if deadline is not None and time.time() > deadline:
                raise TrainingTimeUp(f"time budget spent at step {args['step']}")

        return check


def train(
    config: Path, corpus_dir: Path, train_dir: Path, overrides: dict, deadline: float | None
) -> Path:
    """Train; returns the best checkpoint. The best checkpoint is always on disk, so running
    out of time only ends training early."""
    from spacy.cli.train import train as spacy_train
    from thinc.api import NumpyOps, set_current_ops

    register_time_limit(deadline)
    # numpy's OpenBLAS multiplies matrices several times faster than thinc's default BLIS on
    # the project's machine (see dyadflow/resources.py); the trained weights load either way
    set_current_ops(NumpyOps(use_blis=False))
    settings = {
        "paths.train": str(corpus_dir / "train.spacy"),
        "paths.dev": str(corpus_dir / "dev.spacy"),
        "training.before_update": {"@callbacks": "dyadflow.time_limit.v1"},
        **overrides,
    }
    try:
        spacy_train(config, train_dir, overrides=settings)
    except TrainingTimeUp as exc:
        print(f"training stopped: {exc}", flush=True)
    best = train_dir / "model-best"
    if not best.exists():
        raise SystemExit(
            f"no checkpoint in {train_dir}: training ended before the first evaluation"
        )
    return best


def evaluate(nlp, corpus: Path) -> dict[str, float]:
    """Scores of the pipeline on gold docs, parsed from their raw text."""
    from spacy.training import Corpus

    examples = list(Corpus(str(corpus), gold_preproc=False)(nlp))
    scores = nlp.evaluate(examples, batch_size=256)
    keys = ("token_acc", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las",
            "sents_p", "sents_r", "sents_f")
    return {key: round(float(scores[key]), 4) for key in keys if scores.get(key) is not None}


def words_per_second(nlp, corpus: Path, repeats: int = 3) -> dict[str, int]:
    """Full-pipeline throughput of one process (n_process=1) on raw text, best of `repeats`.

    `per_cpu_second` divides by the CPU time the process used, which is what one core
    delivers even when other jobs share the machine; `wall` is the elapsed-time figure."""
    from spacy.tokens import DocBin

    texts = [doc.text for doc in DocBin().from_disk(corpus).get_docs(nlp.vocab)]
    n_words = sum(len(nlp.make_doc(t)) for t in texts)
    best_cpu = best_wall = 0.0
    for _ in range(repeats):
        cpu, wall = time.process_time(), time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=256):
            pass
        best_cpu = max(best_cpu, n_words / (time.process_time() - cpu))
        best_wall = max(best_wall, n_words / (time.perf_counter() - wall))
    return {"per_cpu_second": round(best_cpu), "wall": round(best_wall)}


def directory_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def package(
    best: Path,
    out: Path,
    corpus_dir: Path,
    ud_dir: Path,
    stats: dict,
    train_seconds: float | None,
) -> dict:
    import spacy
    from thinc.api import use_ops

    # loaded as dyadflow loads it (dyadflow/resources.py), so the speed measured is its own
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(best)
    dev = evaluate(nlp, corpus_dir / "dev.spacy")
    test = evaluate(nlp, corpus_dir / "test.spacy")
    speed = words_per_second(nlp, corpus_dir / "test.spacy")
    release = ud_release(ud_dir)
    nlp.meta.update(
        {
            "name": "dyadflow",
            "version": "1.1.0",
            "description": (
                "English tokenizer, sentence splitter, PTB tagger, UPOS+features, lemmatizer and "
                "UD dependency parser trained from scratch on UD English EWT (with news-style "
                "copies of its statements) for dyadflow"
            ),
            "author": "dyadflow contributors",
            "license": LICENSE,
            "license_url": LICENSE_URL,
            "sources": [
                {
                    "name": f"Universal Dependencies English EWT r{release}",
                    "url": "https://github.com/UniversalDependencies/UD_English-EWT",
                    "license": LICENSE,
                    "author": "Silveira et al. 2014 and the UD English EWT contributors",
                }
            ],
            "attribution": ATTRIBUTION.format(release=release),
            "dyadflow_training": {
                "command": (
                    "tools/train_pipeline.py --ud <UD_English-EWT dir> "
                    "--out dyadflow/models/en_dyadflow"
                ),
                "config": "tools/pipeline.cfg",
                "data": stats,
                "train_seconds": None if train_seconds is None else round(train_seconds),
                "trained_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "dyadflow_accuracy": {
                "dev": dev,
                "test": test,
                "words_per_second_one_core": speed["per_cpu_second"],
                "words_per_second_wall": speed["wall"],
                "evaluation": "from raw text: spaCy tokenizer, predicted sentences; spaCy Scorer",
            },
        }
    )
    # the saved config must not point at this machine's build files or at the training-only
    # time-limit callback, so that `spacy train/evaluate` can use it anywhere
    config = nlp.config
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config["training"]["before_update"] = None
    nlp.config = config
    # spaCy's own "performance" field holds the test scores so `spacy info` shows them
    nlp.meta["performance"] = {**test, "speed": speed["per_cpu_second"]}
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    (out / "LICENSE").write_text(
        f"The dyadflow English pipeline in this directory is licensed under {LICENSE}\n"
        f"({LICENSE_URL}) as a derivative of UD English EWT. See ATTRIBUTION.\n",
        encoding="utf-8",
    )
    (out / "ATTRIBUTION").write_text(ATTRIBUTION.format(release=release), encoding="utf-8")
    return {"dev": dev, "test": test, "words_per_second": speed, "bytes": directory_size(out)}


def run_training(config: Path, corpus_dir: Path, train_dir: Path, overrides: dict,
                 time_limit: float | None) -> Path:
    deadline = None if time_limit is None else time.time() + time_limit * 60
    start = time.time()
    best = train(config, corpus_dir, train_dir, overrides, deadline)
    (train_dir / "train_seconds.txt").write_text(f"{time.time() - start:.0f}\n", encoding="utf-8")
    return best


def recorded_seconds(train_dir: Path) -> float | None:
    path = train_dir / "train_seconds.txt"
    return float(path.read_text(encoding="utf-8")) if path.exists() else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add = parser.add_argument
    add("--ud", type=Path, required=True,
        help="UD_English-EWT directory with *-ud-{train,dev,test}.conllu")
    add("--out", type=Path, required=True, help="where to write the trained pipeline")
    add("--config", type=Path, default=DEFAULT_CONFIG)
    add("--work", type=Path, default=REPO / "build" / "en_dyadflow",
        help="converted corpora and training checkpoints")
    add("--max-steps", type=int, help="override training.max_steps")
    add("--eval-frequency", type=int, help="override training.eval_frequency")
    add("--time-limit", type=float,
        help="stop training after this many minutes (the best checkpoint is kept)")
    add("--news-copies", type=float, default=1.0, metavar="RATE",
        help="add news-style copies of about RATE of the training statements "
             "(tools/news_augment.py; default 1.0, as the shipped model; 0 for none); dev and "
             "test stay as released")
    add("--package-only", action="store_true",
        help="skip training; evaluate and package WORK/training/model-best")
    add("--set", action="append", default=[], metavar="KEY=VALUE",
        help="extra config override, VALUE as JSON")
    args = parser.parse_args(argv)

    corpus_dir = args.work / "corpus"
    train_dir = args.work / "training"
    stats = {}
    for split in SPLITS:
        rate = args.news_copies if split == "train" else 0.0
        stats[split] = convert_split(find_split(args.ud, split), corpus_dir / f"{split}.spacy",
                                     news_rate=rate)
        counts = stats[split]
        print(f"{split}: {counts['sentences']} sentences, {counts['words']} words", flush=True)

    overrides: dict = {}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    for item in args.set:
        key, _, value = item.partition("=")
        overrides[key] = json.loads(value)

    if args.package_only:
        best = train_dir / "model-best"
    else:
        best = run_training(args.config, corpus_dir, train_dir, overrides, args.time_limit)
    result = package(best, args.out, corpus_dir, args.ud, stats, recorded_seconds(train_dir))
    print(json.dumps(result, indent=2), flush=True)
    return 0


if __name__ == "__main__":
    # one core: the speed recorded in meta.json is per core, and two trainings can share
    # a 2-core machine
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    sys.exit(main())
