"""A server's search index kept on disk, so that a worker that starts takes the index its server already built.

Building the directory's index takes seconds of CPU at a region's scale (about 9 at 50,000 services), and a
worker that gunicorn starts or replaces (a deploy, a HUP, a worker that died) would otherwise search nothing
meanwhile. So a worker that builds the index afresh keeps its text index in a folder of its own under
`settings.SEARCH_INDEX_DIR` and saves a snapshot beside it: the text index's files (linked, not copied), the
arrays as numpy files and the rest pickled. A worker that starts loads the newest snapshot made of the same
database, with the same categories, needs and vocabulary and by the same code (`FORMAT`, `INDEX_CODE`), then
applies the services changed since its version as any server applies an edit. A snapshot that is missing,
half-written, damaged, of another database, of another vocabulary or made by other code is not used: the worker
builds the index as before. The numpy files are mapped read-only, so the workers of one server share those pages.
Workers that find no snapshot they can use take turns to build (`build_turn`): those started together, or after
staff changed the vocabulary, build the index once, and the others load what the first saved.

Snapshots are written under a temporary name and renamed when complete, so no worker reads one half-written;
each snapshot saved removes the older ones. Pickles can run code when loaded, so the folder must belong to the
user the server runs as and be writable by no one else: this module makes it so, and uses no folder or file
that is not.
"""

import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import pickle
import shutil
import sys
import tempfile
import time
import weakref
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import tantivy
from django.conf import settings

from services.directory_version import version_number
from services.search import engine

logger = logging.getLogger(__name__)

FORMAT = 1  # moved on whenever what a snapshot holds changes
# The code that decides what the index makes of a listing: a snapshot made by other code (a deploy that changed
# one of these) is not used, though no one moved `FORMAT` on.
INDEX_CODE = (
    "services/search/engine.py", "services/search/vocabulary.py", "services/search/reference.py",
    "services/search/snapshot.py", "services/listing_versions.py", "services/waits.py", "services/models/*.py",
)  # fmt: skip
ARRAYS = (
    "rank", "live", "closed", "review_due_days", "updated_times", "wait_days", "point_rows", "point_latitudes",
    "point_longitudes",
)  # fmt: skip
OBJECTS = (
    "rows", "sources", "slot_of", "free", "order", "words", "field_stems", "names", "waits", "replaced",
    "build_seconds",
)  # fmt: skip
ABOUT = "about.json"
OBJECTS_FILE = "objects.pickle"
MASKS_FILE = "masks.npy"
TEXT = "text"  # the text index's files
WORKERS = "workers"  # each worker's own text index, which its updates write to
PREFIX = "snapshot-"
BUILD_TURN = "build.lock"  # held by the worker building the index
BUILD_TURN_WAIT = 120  # seconds: a worker waits no longer than this for another's build (a few at 50,000 services)
TANTIVY_LOCKS = (".tantivy-meta.lock", ".tantivy-writer.lock")


class WorkingFolder:
    """A worker's own folder for its text index, removed once no index of the worker uses it (or at exit)."""

    def __init__(self, path):
        self.path = path
        weakref.finalize(self, shutil.rmtree, str(path), True)


def snapshots_folder():
    """`settings.SEARCH_INDEX_DIR`, made if missing (private to this user); None when snapshots are off, or when
    the folder can be written by another user or cannot be made."""
    name = getattr(settings, "SEARCH_INDEX_DIR", "")
    if not name or not hasattr(os, "getuid"):
        return None  # off, or a system without POSIX owners to check
    folder = Path(name)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if private(folder):
            return folder
    except OSError:
        logger.warning("The search index folder %s cannot be used; each worker builds its own index", folder)
        return None
    logger.warning("The search index folder %s is not private to this user: snapshots are not used", folder)
    return None


def private(path):
    """Whether `path` belongs to this process's user and no other user can write to it."""
    status = path.stat()
    return status.st_uid == os.getuid() and not status.st_mode & 0o022


def working_folder():
    """A new folder of this worker's own for a fresh text index (None when snapshots are off); the folders of
    workers no longer running are removed first."""
    folder = snapshots_folder()
    if folder is None:
        return None
    try:
        workers = folder / WORKERS
        workers.mkdir(mode=0o700, exist_ok=True)
        for old in workers.iterdir():
            if not process_running(old.name.partition("-")[0]):
                shutil.rmtree(old, ignore_errors=True)
        return WorkingFolder(Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=workers)))
    except OSError:
        logger.warning("No folder could be made for the search index in %s; it is kept in memory", folder)
        return None


def process_running(pid):
    """Whether a process of this id runs (a folder named for one that does not is left over)."""
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True
    return True


@functools.cache
def code_mark():
    """A fingerprint of the code that makes the index (`INDEX_CODE`), with the versions of Python and the libraries
    whose files and objects a snapshot holds."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256(repr((sys.version, tantivy_version(), np.__version__)).encode())
    for pattern in INDEX_CODE:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def tantivy_version():
    try:
        return importlib.metadata.version("tantivy")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def reference_mark(reference):
    """A fingerprint of the categories, needs, features, vocabulary and crisis panel an index was built with."""
    parts = (
        reference.categories, reference.needs, reference.features, reference.vocabulary, reference.crisis,
        sorted(reference.help_kinds), sorted(reference.related.items()),
    )  # fmt: skip
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def database_of(version):
    """The database's own mark in a directory version; None when the database has no version yet ("none")."""
    return version.partition(":")[0] if ":" in version else None


def snapshots_found(folder, *, database, reference):
    """[(version number, folder)] of the complete snapshots in `folder` of this database, reference and format,
    newest first."""
    key = (FORMAT, code_mark(), database, reference)
    found = [(about["number"], path) for about, path in snapshots_about(folder) if about_key(about) == key]
    return sorted(found, key=lambda item: item[0], reverse=True)


def about_key(about):
    """What a snapshot must share with the index a worker would build to stand for it: its format, the code that
    made it, the database and the categories, needs and vocabulary."""
    return about.get("format"), about.get("code"), about.get("database"), about.get("reference")


def snapshots_about(folder):
    """[(what a snapshot says of itself, its folder)] for every complete snapshot in `folder`."""
    found = []
    for path in folder.glob(f"{PREFIX}*"):
        try:
            about = json.loads((path / ABOUT).read_text())
            found.append(({**about, "number": int(about.get("number", 0))}, path))
        except (OSError, ValueError, TypeError):
            continue
    return found


def index_saved(index):
    """Save a freshly built index as this server's snapshot, unless one as new is there; never raises."""
    folder = snapshots_folder()
    database = database_of(index.version)
    if folder is None or index.folder is None or database is None:
        return
    reference = reference_mark(index.reference)
    number = version_number(index.version)
    saving = None
    try:
        if any(found >= number for found, _ in snapshots_found(folder, database=database, reference=reference)):
            return
        saving = Path(tempfile.mkdtemp(prefix=f".saving-{os.getpid()}-", dir=folder))
        snapshot_write(index, saving)
        about = {"format": FORMAT, "code": code_mark(), "database": database, "reference": reference, "number": number}
        (saving / ABOUT).write_text(json.dumps({**about, "version": index.version}))
        saved = folder / f"{PREFIX}{number:012d}-{saving.name.rpartition('-')[2]}"
        saving.rename(saved)
        saving = None
        snapshots_tidied(folder, kept=saved)
    except Exception:
        logger.exception("The search index was not saved for the next workers")
    finally:
        if saving is not None:
            shutil.rmtree(saving, ignore_errors=True)


def snapshot_write(index, path):
    """Write the index's text index (its files linked), arrays and other objects into `path`."""
    (path / TEXT).mkdir()
    for file in index.folder.path.iterdir():
        if file.name not in TANTIVY_LOCKS:
            # The text index's segment files are never changed once written: linked. Its lists of files are
            # rewritten as the worker's updates commit: copied.
            file_linked(file, path / TEXT / file.name, copy=file.name.endswith(".json"))
    for name in ARRAYS:
        np.save(path / f"{name}.npy", np.ascontiguousarray(getattr(index, name)))
    keys = list(index.masks)
    masks = np.stack([index.masks[key] for key in keys]) if keys else np.zeros((0, index.slots), dtype=bool)
    np.save(path / MASKS_FILE, masks)
    objects = {name: getattr(index, name) for name in OBJECTS}
    with (path / OBJECTS_FILE).open("wb") as file:
        pickle.dump({**objects, "mask_keys": keys}, file, protocol=pickle.HIGHEST_PROTOCOL)


def file_linked(source, target, *, copy=False):
    """`target` as a second name of `source` (the same pages on disk and in memory), or a copy where it cannot be."""
    if not copy:
        try:
            os.link(source, target)
            return
        except OSError:
            pass
    shutil.copyfile(source, target)


def snapshots_tidied(folder, *, kept):
    """Remove every snapshot but `kept` and any newer one like it, and what a worker no longer running left
    half-written."""
    about = json.loads((kept / ABOUT).read_text())
    for other, path in snapshots_about(folder):
        if path != kept and (about_key(other) != about_key(about) or other["number"] <= about["number"]):
            shutil.rmtree(path, ignore_errors=True)
    for path in folder.glob(".saving-*"):
        if not process_running(path.name.split("-")[1]):
            shutil.rmtree(path, ignore_errors=True)


@contextmanager
def build_turn():
    """Wait for this server's turn to build the index (at most `BUILD_TURN_WAIT` seconds), and hold it meanwhile:
    workers started together build it once, the others taking what the first saved. No wait when snapshots
    are off."""
    folder = snapshots_folder()
    if folder is None:
        yield
        return
    import fcntl  # POSIX only, as are snapshots (`snapshots_folder`)

    try:
        turn = os.open(folder / BUILD_TURN, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        yield
        return
    try:
        waited_until = time.monotonic() + BUILD_TURN_WAIT
        while True:
            try:
                fcntl.flock(turn, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > waited_until:
                    logger.warning("Another worker has been building the search index for long; this one builds too")
                    break
                time.sleep(0.05)
        yield
    finally:
        os.close(turn)  # and with it the turn


def index_loaded(*, version, reference_load):
    """The index of this server's newest snapshot of the directory made at `version` or before, with the same
    categories, needs and vocabulary as now; None when there is none that can be used."""
    folder = snapshots_folder()
    database = database_of(version)
    if folder is None or database is None:
        return None
    reference = reference_load()
    mark = reference_mark(reference)
    for number, path in snapshots_found(folder, database=database, reference=mark):
        if number > version_number(version):
            continue  # made of the database as it was before being restored from a backup
        try:
            return snapshot_read(path, reference=reference)
        except Exception:
            logger.warning("The search index snapshot %s could not be read; it is not used", path, exc_info=True)
    return None


def snapshot_read(path, *, reference):
    """A `DirectoryIndex` from the snapshot in `path`, with its text index linked into a folder of this worker's."""
    for part in (path, path / OBJECTS_FILE):
        if not private(part):
            raise PermissionError(f"{part} can be written by another user")
    about = json.loads((path / ABOUT).read_text())
    with (path / OBJECTS_FILE).open("rb") as file:
        objects = pickle.load(file)  # noqa: S301 - a file only this user can write (checked above)
    folder = working_folder()
    if folder is None:
        raise OSError("no folder for the text index")
    for file in (path / TEXT).iterdir():
        file_linked(file, folder.path / file.name, copy=file.name.endswith(".json"))
    index = engine.DirectoryIndex(version=about["version"], reference=reference)
    index.folder = folder
    index.index = tantivy.Index.open(str(folder.path))
    index.index.register_tokenizer(engine.ANALYZER, index.analyzer)
    index.index.reload()
    index.searcher = index.index.searcher()
    for name in OBJECTS:
        setattr(index, name, objects[name])
    for name in ARRAYS:
        setattr(index, name, array_read(path / f"{name}.npy"))
    masks = array_read(path / MASKS_FILE)
    index.masks = {key: masks[number] for number, key in enumerate(objects["mask_keys"])}
    lengths = {len(getattr(index, name)) for name in ARRAYS[:6]} | {masks.shape[1], index.slots}
    if index.searcher.num_docs != index.size or len(lengths) != 1:
        raise ValueError("the snapshot's parts do not agree")
    return index


def array_read(path):
    """A numpy file mapped read-only (the workers of one server share its pages); read whole when empty."""
    try:
        return np.load(path, mmap_mode="r")
    except ValueError:
        return np.load(path)
