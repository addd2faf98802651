"""A search read as a whole sentence for danger, beside the crisis panel's words.

The panel's words (`crisis.py`) find a crisis said the way one of them says it; people in danger say it in
more ways than any list holds ("he gave his brother his phone and said he wont need it"). So a search box also
reads what was typed as a sentence: a logistic regression over its letters (runs of two to five within each
word, which carry over to misspellings and to endings) and its words (single and in pairs), learned from the
sentences of crisis and the ordinary searches kept in `crisis_sentences.json`. Its weights are kept in
`crisis_model.json`, made by `manage.py crisis_model` (which needs scikit-learn, as the tests do) and read
here with no library at all: a sentence is scored in a tenth of a millisecond, and nothing is downloaded.

The reading only ever adds the panel, above the results, never instead of them; staff can turn it off in the
admin (`CrisisPanel.read_sentences`), and it is used in the search boxes only, not on forms, whose words alone
decide whether a message is marked urgent.
"""

import json
import logging
import math
import re
from array import array
from functools import cache
from pathlib import Path

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
SENTENCES_FILE = HERE / "crisis_sentences.json"
MODEL_FILE = HERE / "crisis_model.json"

# The shares of ordinary searches the reading may wrongly bring the panel for, and the threshold that keeps it
# there, are chosen in `crisis_model_made` from the sentences learned from (cross-validated), never from the
# sentences held out to measure it (bench/crisis.py).
ORDINARY_SHOWN_AT_MOST = 0.02
CHARACTER_SIZES = (2, 5)
WORD_SIZES = (1, 2)
SPACES = re.compile(r"\s\s+")
WORD = re.compile(r"[a-z0-9']+")


def prepared(text):
    """What is read of a sentence: lower case, with a typographic apostrophe as a plain one."""
    return str(text).lower().replace("\u2019", "'").replace("\u2018", "'")


def character_grams(text, sizes=CHARACTER_SIZES):
    """Runs of letters within each word, the word padded with a space either side (as scikit-learn's
    "char_wb" analyser makes them, so that the weights learned there apply here)."""
    low, high = sizes
    grams = []
    for bare in SPACES.sub(" ", text).split():
        word = f" {bare} "
        length = len(word)
        for size in range(low, high + 1):
            offset = 0
            grams.append(word[offset : offset + size])
            while offset + size < length:
                offset += 1
                grams.append(word[offset : offset + size])
            if offset == 0:  # a word shorter than this run is counted once
                break
    return grams


def word_grams(text, sizes=WORD_SIZES):
    """Words, and runs of words, as scikit-learn's "word" analyser makes them with this project's token pattern."""
    words = WORD.findall(text)
    low, high = sizes
    grams = list(words) if low == 1 else []
    for size in range(max(low, 2), min(high + 1, len(words) + 1)):
        grams.extend(" ".join(words[start : start + size]) for start in range(len(words) - size + 1))
    return grams


ANALYSERS = {"characters": character_grams, "words": word_grams}


def part_score(grams, part):
    """One part's share of the score: its grams' counts damped (1 + log), weighted by rarity, made unit length
    over the grams the model knows, then weighed; as scikit-learn's TfidfVectorizer and LogisticRegression."""
    columns, rarities, weights = part
    counts = {}
    for gram in grams:
        column = columns.get(gram)
        if column is not None:
            counts[column] = counts.get(column, 0) + 1
    if not counts:
        return 0.0
    total, squares = 0.0, 0.0
    for column, count in counts.items():
        rarity, weight = rarities[column], weights[column]
        value = (1.0 + math.log(count)) * rarity
        total += value * weight
        squares += value * value
    return total / math.sqrt(squares)


def crisis_model():
    """The kept model as `crisis_model.json` holds it: {"intercept", "threshold", "learned_from", "parts":
    [{"analyser", "sizes", "weights": {gram: [rarity, weight]}}]}."""
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))


@cache
def model_read():
    """The kept model made ready to score with: (intercept, threshold, [(analyser, sizes, (columns, rarities,
    weights))]), each gram a number and its two figures in arrays of doubles (4 MB a worker, rather than 12 as
    the JSON's lists); None, logged once, when its file cannot be read."""
    try:
        return model_ready(crisis_model())  # the JSON's own lists let go once read
    except (OSError, ValueError, KeyError, TypeError):
        logger.exception("The crisis reading's weights could not be read (%s): the words alone decide", MODEL_FILE)
        return None


def model_ready(model):
    """A model as `crisis_model.json` holds it, made ready to score with (`model_read`)."""
    parts = []
    for part in model["parts"]:
        grams = part["weights"]
        columns = {gram: column for column, gram in enumerate(grams)}
        rarities = array("d", (figures[0] for figures in grams.values()))
        weights = array("d", (figures[1] for figures in grams.values()))
        parts.append((ANALYSERS[part["analyser"]], tuple(part["sizes"]), (columns, rarities, weights)))
    return model["intercept"], model["threshold"], parts


def crisis_likelihood(text, ready=None):
    """How likely the model finds it that `text` tells of someone in danger, from 0 to 1: the kept model, or one
    made ready by `model_ready`."""
    intercept, _, parts = ready or model_read()
    text = prepared(text)
    score = intercept
    for analyser, sizes, part in parts:
        score += part_score(analyser(text, sizes), part)
    return 1.0 / (1.0 + math.exp(-score))


def crisis_read(text):
    """Whether `text`, read as a whole sentence, tells of someone in danger (by the kept model). Weights that
    cannot be read (a file missing from a deploy) are logged and the words alone decide: a search never fails
    for them."""
    ready = model_read()
    if not str(text or "").strip() or ready is None:
        return False
    return crisis_likelihood(text, ready) >= ready[1]


def sentences_learned():
    """(texts, labels): the sentences the model learns from, 1 for a crisis and 0 for an ordinary search."""
    sentences = json.loads(SENTENCES_FILE.read_text(encoding="utf-8"))
    crisis = sentences["crisis"] + sentences["crisis_missed"]
    ordinary = sentences["not_crisis"] + sentences["not_crisis_shown"] + sentences["ordinary"]
    return crisis + ordinary, [1] * len(crisis) + [0] * len(ordinary)


def pipeline():
    """The scikit-learn model this module reads the weights of (scikit-learn is needed to learn it only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    return make_pipeline(
        make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=CHARACTER_SIZES, sublinear_tf=True, lowercase=False),
            TfidfVectorizer(
                analyzer="word", ngram_range=WORD_SIZES, sublinear_tf=True, lowercase=False, token_pattern=WORD.pattern
            ),
        ),
        LogisticRegression(C=10, max_iter=5000, class_weight="balanced"),
    )


def threshold_chosen(texts, labels):
    """The lowest likelihood that brings the panel for at most ORDINARY_SHOWN_AT_MOST of the ordinary searches,
    each scored by a model that did not learn from it (five folds)."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    likelihoods = cross_val_predict(pipeline(), texts, labels, cv=folds, method="predict_proba")[:, 1]
    ordinary = sorted((float(p) for p, label in zip(likelihoods, labels, strict=True) if not label), reverse=True)
    allowed = int(len(ordinary) * ORDINARY_SHOWN_AT_MOST)
    return round(ordinary[allowed] + 1e-6, 6)


def crisis_model_made():
    """The model learned afresh from `crisis_sentences.json`, as `crisis_model.json` keeps it."""
    texts, labels = sentences_learned()
    texts = [prepared(text) for text in texts]
    fitted = pipeline().fit(texts, labels)
    union, regression = fitted.steps[0][1], fitted.steps[1][1]
    coefficients = regression.coef_[0]
    parts, start = [], 0
    for (_, vectoriser), analyser, sizes in zip(
        union.transformer_list, ("characters", "words"), (CHARACTER_SIZES, WORD_SIZES), strict=True
    ):
        vocabulary = vectoriser.vocabulary_
        weights = {
            gram: [float(vectoriser.idf_[column]), float(coefficients[start + column])]
            for gram, column in sorted(vocabulary.items())
        }
        parts.append({"analyser": analyser, "sizes": list(sizes), "weights": weights})
        start += len(vocabulary)
    return {
        "intercept": float(regression.intercept_[0]),
        "threshold": threshold_chosen(texts, labels),
        "learned_from": {"crisis": sum(labels), "ordinary": len(labels) - sum(labels)},
        "parts": parts,
    }
