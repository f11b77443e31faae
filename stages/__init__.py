"""One module per curation step. Steps import neither Ray nor `pipeline`, nor each other (only
the shared `stages.base` and the word-splitting helpers in `stages.text`).

The public interface for writing a step lives here (`from stages import Step, DocumentFilter,
Decision, Doc, Annotation`); docs/writing-a-step.md shows a whole step. A recipe names a step by one of:
- a built-in name, `STEPS` below ("module:Class", imported only when a recipe uses it, so a run
  pays for the models it needs and no others), or `OPTIONAL_STEPS` (built in, not in the
  default recipe: the model-based quality classifiers, docs/classifiers.md);
- a name an installed package registers under the entry-point group `cc_pipeline.steps`
  (in its pyproject: `[project.entry-points."cc_pipeline.steps"] no_shouting = "my_pkg:NoShouting"`);
- an import path `module:Class` (the module next to the recipe file or on PYTHONPATH; a run
  ships it to every Ray worker).
"""
from __future__ import annotations

import importlib
import inspect

from stages.base import Annotation, Decision, Doc, DocumentFilter, GlobalStep, Step

__all__ = ["Annotation", "Decision", "Doc", "DocumentFilter", "GlobalStep", "Step", "STEPS",
           "OPTIONAL_STEPS", "ENTRY_POINT_GROUP", "step_class", "is_import_path"]

# The default recipe's order (pipeline/recipe.py: FineWeb's); the one list of it.
STEPS: dict[str, str] = {
    "blocklist": "stages.blocklist:UrlBlocklist",
    "prefilter": "stages.prefilter:LanguagePrefilter",
    "extract": "stages.extract:TextExtractor",
    "langid": "stages.langid:LanguageId",
    "gopher_repetition": "stages.gopher_repetition:GopherRepetition",
    "gopher_quality": "stages.gopher_quality:GopherQuality",
    "c4": "stages.c4:C4Quality",
    "fineweb_quality": "stages.fineweb_quality:FineWebQuality",
    "dedup": "stages.dedup:NearDuplicates",
    "pii": "stages.pii:PiiScrubber",
    "tokenize": "stages.tokenize:Tokenizer",
}
# Built-in steps that a recipe names but the default recipe leaves out: model-based quality
# classifiers (docs/classifiers.md). The statistics list them after `dedup`.
OPTIONAL_STEPS: dict[str, str] = {
    "fasttext_quality": "stages.fasttext_quality:FastTextQuality",
    "edu_quality": "stages.edu_quality:EduQuality",
}
ENTRY_POINT_GROUP = "cc_pipeline.steps"


def is_import_path(ref: str) -> bool:
    """Whether a recipe's step reference is an import path ("module:Class") rather than a name."""
    return ":" in ref


def _registered() -> dict[str, str]:
    from importlib.metadata import entry_points

    return {entry.name: entry.value for entry in entry_points(group=ENTRY_POINT_GROUP)}


def step_class(ref: str):
    """The Step subclass a recipe's step reference names (see the module docstring); a
    ValueError in one line otherwise."""
    if ref in STEPS:
        target = STEPS[ref]
    elif ref in OPTIONAL_STEPS:
        target = OPTIONAL_STEPS[ref]
    elif is_import_path(ref):
        target = ref
    else:
        registered = _registered()
        if ref not in registered:
            known = ", ".join([*STEPS, *OPTIONAL_STEPS, *sorted(registered)])
            raise ValueError(f"unknown step {ref!r}; known steps: {known}; or name your own "
                             f"step by import path, e.g. \"my_filters:NoShouting\"")
        target = registered[ref]
    module_name, _, class_name = target.partition(":")
    if not module_name or not class_name:
        raise ValueError(f"step {ref!r}: an import path is \"module:Class\"")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ValueError(f"step {ref!r}: cannot import module {module_name!r} ({error}); put it "
                         f"next to the recipe file or on PYTHONPATH") from None
    cls = module
    for part in class_name.split("."):
        cls = getattr(cls, part, None)
    if cls is None:
        raise ValueError(f"step {ref!r}: module {module_name!r} has no {class_name!r}")
    if not (isinstance(cls, type) and issubclass(cls, Step)):
        raise ValueError(f"step {ref!r}: {class_name} is not a step (a subclass of "
                         f"stages.Step, or stages.DocumentFilter)")
    if inspect.isabstract(cls):
        missing = ", ".join(sorted(cls.__abstractmethods__))
        raise ValueError(f"step {ref!r}: {class_name} does not implement {missing}")
    if cls.kind not in ("page", "document", "global"):
        raise ValueError(f"step {ref!r}: {class_name}.kind must be page, document or global, "
                         f"got {cls.kind!r}")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not name.isidentifier() or name == "read":
        raise ValueError(f"step {ref!r}: {class_name}.name must be a snake_case name other "
                         f"than 'read' (the statistics show it as the stage), got {name!r}")
    return cls
