"""Learn the crisis reading's model afresh from localoffer/content/crisis_sentences.json and keep its weights."""

import json

from django.core.management.base import BaseCommand, CommandError

from localoffer.content.crisis_reading import MODEL_FILE, crisis_model_made


class Command(BaseCommand):
    help = (
        "Learn the model that reads a search as a whole sentence for danger from crisis_sentences.json and write "
        "its weights to crisis_model.json (after staff or developers add sentences). Needs scikit-learn. With "
        "--check, only say whether the kept weights are those the sentences give."
    )

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="fail if crisis_model.json is not up to date")

    def handle(self, *args, check=False, **options):
        made = crisis_model_made()
        if check:
            kept = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
            if not models_equal(kept, made):
                raise CommandError(
                    "crisis_model.json is not what crisis_sentences.json gives: run manage.py crisis_model"
                )
            self.stdout.write("crisis_model.json is up to date")
            return
        MODEL_FILE.write_text(json.dumps(made, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        learned = made["learned_from"]
        self.stdout.write(
            f"Learned from {learned['crisis']} sentences of crisis and {learned['ordinary']} ordinary searches; "
            f"the panel comes at a likelihood of {made['threshold']:.3f} or more."
        )


def models_equal(kept, made, tolerance=1e-6):
    """Whether two models' weights and thresholds agree to `tolerance` (a fresh fit can differ in the last digits)."""
    if kept.keys() != made.keys() or abs(kept["intercept"] - made["intercept"]) > tolerance:
        return False
    if abs(kept["threshold"] - made["threshold"]) > tolerance or kept["learned_from"] != made["learned_from"]:
        return False
    for one, other in zip(kept["parts"], made["parts"], strict=True):
        if one["weights"].keys() != other["weights"].keys():
            return False
        for gram, (rarity, weight) in one["weights"].items():
            if (
                abs(rarity - other["weights"][gram][0]) > tolerance
                or abs(weight - other["weights"][gram][1]) > tolerance
            ):
                return False
    return True
