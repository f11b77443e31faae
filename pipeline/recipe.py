"""Recipes: which steps a run applies, in which order, with which settings. Data, not code.

A recipe file (TOML or YAML) is a list of steps, each a step name from `stages.STEPS` plus any of
that step's settings (the fields of its Settings dataclass):

    # TOML                              # YAML
    [[steps]]                           steps:
    step = "blocklist"                    - step: blocklist
    [[steps]]                             - step: langid
    step = "langid"                         languages: [en, de]
    languages = ["en", "de"]              - step: tokenize
    [[steps]]
    step = "tokenize"

A run's config.json is a recipe file too (its `recipe` list, as recorded): `--recipe
out/SNAPSHOT/config.json` starts from that run's steps. A single value where a list is expected
(`languages = "en"`) is a list of one. The names, settings and value types are checked from the
step modules' source before any of them is imported (`check_entries`, milliseconds), language
codes against the language-ID models' labels (pipeline/languages.py); building the recipe checks
everything again, ranges included.

Rules, checked before any work starts (a mistake is one line naming the file, step and setting):
page steps (blocklist, prefilter, extract) come first and `extract` is among them; `dedup` (global)
appears at most once; `tokenize` is the last step. The default recipe is FineWeb's order.
"""
from __future__ import annotations

import dataclasses
import functools
import sys
import types
import typing
from dataclasses import dataclass
from pathlib import Path

from stages import OPTIONAL_STEPS, STEPS, is_import_path, step_class

# FineWeb (datatrove examples/fineweb.py): URL filter, trafilatura, fastText language filter,
# Gopher repetition, Gopher quality, C4, FineWeb quality, then MinHash dedup; PII and
# tokenization as FineWeb's release and nanoGPT-style training do. `prefilter` is ours: a cheap
# language guess that skips extracting pages that cannot survive `langid`. The order is the
# built-in registry's (stages.STEPS), the one list of it.
DEFAULT_STEPS = tuple(STEPS)


class RecipeError(ValueError):
    """A recipe mistake; the message is one line that names the file, step and setting."""


@dataclass(frozen=True)
class RecipeStep:
    ref: str          # as the recipe names it: "langid", a registered name, or "module:Class"
    settings: object  # the step's frozen Settings dataclass

    @classmethod
    def of(cls, step_cls, settings=None) -> "RecipeStep":
        """The recipe entry of a Step class (its built-in name, else its import path)."""
        built_in = STEPS.get(step_cls.name) or OPTIONAL_STEPS.get(step_cls.name)
        ref = step_cls.name if built_in == _path_of(step_cls) else _path_of(step_cls)
        return cls(ref, settings if settings is not None else step_cls.Settings())

    @property
    def step_class(self):
        return step_class(self.ref)

    @property
    def name(self) -> str:
        """The step's name: the statistics' `stage` (the ref, for built-in steps)."""
        return self.ref if self.ref in STEPS or self.ref in OPTIONAL_STEPS else self.step_class.name

    @property
    def shipped_module(self) -> str | None:
        """The top-level module of a step named by import path: a run ships it to the workers."""
        return self.ref.partition(":")[0].split(".")[0] if is_import_path(self.ref) else None

    @property
    def shipped_path(self) -> str | None:
        """Where that module lives: a .py file, or a package's folder."""
        if self.shipped_module is None:
            return None
        self.step_class  # imports it
        module = sys.modules[self.shipped_module]
        paths = getattr(module, "__path__", None)
        return list(paths)[0] if paths else module.__file__

    def source_files(self) -> list[str]:
        """The Python files of a shipped module (its fingerprint in the run's identity)."""
        path = self.shipped_path
        if path is None:
            return []
        if not Path(path).is_dir():
            return [path]
        return sorted(str(p) for p in Path(path).rglob("*.py") if "__pycache__" not in p.parts)

    def to_json(self) -> dict:
        return {"step": self.ref, **_plain(dataclasses.asdict(self.settings))}


def _path_of(step_cls) -> str:
    return f"{step_cls.__module__}:{step_cls.__qualname__}"


@dataclass(frozen=True)
class Recipe:
    steps: tuple[RecipeStep, ...]

    # -- construction ------------------------------------------------------------------------

    @classmethod
    def default(cls) -> "Recipe":
        return cls.from_entries([{"step": name} for name in DEFAULT_STEPS], "default recipe")

    @classmethod
    def load(cls, path: str | Path) -> "Recipe":
        entries, where = read_entries(path)
        return cls.from_entries(entries, where)

    @classmethod
    def from_entries(cls, entries: list, where: str = "recipe") -> "Recipe":
        check_entries(entries, where)  # in milliseconds: no step module imported yet
        steps = []
        for number, entry in enumerate(entries, 1):
            entry = dict(entry)
            ref = entry.pop("step")
            try:
                found = step_class(ref)
            except ValueError as error:
                raise RecipeError(f"{where}: step {number}: {error}") from None
            steps.append(RecipeStep(ref, _settings(found, entry, f"{where}: step {number} ({ref})")))
        recipe = cls(tuple(steps))
        recipe._check_order(where)
        return recipe

    @classmethod
    def from_json(cls, entries: list) -> "Recipe":
        return cls.from_entries(entries, "config.json recipe")

    def _check_order(self, where: str) -> None:
        names = self.names
        kinds = [step.step_class.kind for step in self.steps]
        if "extract" not in names:
            raise RecipeError(f"{where}: the recipe has no `extract` step (text comes from it)")
        last_page = max(i for i, kind in enumerate(kinds) if kind == "page")
        first_other = min((i for i, kind in enumerate(kinds) if kind != "page"), default=len(kinds))
        if last_page > first_other or names[last_page] != "extract":
            raise RecipeError(f"{where}: page steps (blocklist, prefilter) must come before "
                              f"`extract`, and every other step after it; order given: "
                              f"{', '.join(names)}")
        if len(set(names)) != len(names):
            repeated = sorted({n for n in names if names.count(n) > 1})
            raise RecipeError(f"{where}: step(s) {', '.join(repeated)} appear more than once")
        if not names or names[-1] != "tokenize":
            raise RecipeError(f"{where}: `tokenize` must be the last step (it writes the shards)")
        declared_by: dict[str, str] = {}
        for step in self.steps:
            for annotation in step.step_class.declared_annotations(step.settings):
                if annotation.name in declared_by:
                    raise RecipeError(f"{where}: steps {declared_by[annotation.name]} and "
                                      f"{step.name} both declare the annotation "
                                      f"{annotation.name!r}")
                declared_by[annotation.name] = step.name

    # -- use ---------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        return [step.name for step in self.steps]

    def settings(self, name: str):
        for step in self.steps:
            if name in (step.ref, step.name):
                return step.settings
        return None

    @property
    def annotations(self) -> tuple:
        """Every annotation the recipe's steps declare, in step order (stages.base.Annotation)."""
        return tuple(annotation for step in self.steps
                     for annotation in step.step_class.declared_annotations(step.settings))

    def has(self, name: str) -> bool:
        return name in self.names

    def split(self) -> tuple[tuple[RecipeStep, ...], RecipeStep | None, tuple[RecipeStep, ...]]:
        """(steps of the per-file phase, the global step or None, steps after it). Without a
        global step everything but `tokenize` runs per file before the finish phase."""
        for i, step in enumerate(self.steps):
            if step.step_class.kind == "global":
                return self.steps[:i], step, self.steps[i + 1:]
        return self.steps[:-1], None, self.steps[-1:]

    def replace(self, name: str, **changes) -> "Recipe":
        """The recipe with `name`'s settings changed (CLI options); unchanged if it is absent."""
        return Recipe(tuple(RecipeStep(s.ref, dataclasses.replace(s.settings, **changes))
                            if name in (s.ref, s.name) else s for s in self.steps))

    def without(self, name: str) -> "Recipe":
        return Recipe(tuple(s for s in self.steps if name not in (s.ref, s.name)))

    @property
    def shipped_paths(self) -> list[str]:
        """The files or package folders of the recipe's own step modules: a run ships them."""
        return sorted({step.shipped_path for step in self.steps if step.shipped_path})

    def to_json(self) -> list[dict]:
        return [step.to_json() for step in self.steps]


def _settings(cls, values: dict, where: str):
    """Build `cls.Settings` from a recipe entry, converting lists to tuples where the field is a
    tuple; an unknown setting or a wrong value is a one-line RecipeError."""
    settings_cls = cls.Settings
    hints = typing.get_type_hints(settings_cls)
    names = [f.name for f in dataclasses.fields(settings_cls)]
    converted = _checked_values(values, {name: hints.get(name) for name in names}, where)
    try:
        return settings_cls(**converted)
    except (TypeError, ValueError) as error:
        raise RecipeError(f"{where}: {' '.join(str(error).split())}") from None


def _checked_values(values: dict, fields: dict, where: str) -> dict:
    """A recipe entry's settings checked against the step's fields ({name: type hint or None}):
    unknown names and values of the wrong type are one-line RecipeErrors. Lists become tuples
    where the field is a tuple, and a single value where a list is expected a list of one
    (`languages = "en"`)."""
    unknown = sorted(set(values) - set(fields))
    if unknown:
        import difflib

        close = difflib.get_close_matches(unknown[0], list(fields), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise RecipeError(f"{where}: unknown setting(s) {', '.join(unknown)}{hint}; settings of "
                          f"this step: {', '.join(fields) or '(none)'}")
    converted = {}
    for key, value in values.items():
        hint = fields[key]
        value = _as_tuples(value, hint)
        if not _matches(value, hint):
            raise RecipeError(f"{where}: setting {key} = {_shown(value)} is not "
                              f"{_describe(hint)}")
        converted[key] = value
    return converted


def _shown(value) -> str:
    return repr(_plain(value)) if isinstance(value, tuple) else repr(value)


def _plain(value):
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _as_tuples(value, hint):
    """TOML and YAML have lists only: turn them into tuples wherever the annotation says tuple
    (nested ones too, e.g. tuple[tuple[int, float], ...])."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        tuple_hints = [a for a in typing.get_args(hint) if typing.get_origin(a) is tuple]
        return _as_tuples(value, tuple_hints[0]) if tuple_hints else value
    if typing.get_origin(hint) is not tuple:
        return value
    args = typing.get_args(hint)
    if not isinstance(value, list):
        if len(args) == 2 and args[1] is Ellipsis and _matches(value, args[0]):
            return (value,)  # `languages = "en"`: a list of one
        return value
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_as_tuples(v, args[0]) for v in value)
    if args and len(args) == len(value):
        return tuple(_as_tuples(v, a) for v, a in zip(value, args))
    return tuple(value)


def _matches(value, hint) -> bool:
    """A light check of a recipe value against its field's annotation (int, float, bool, str,
    tuple[...], dict[...] and `X | None`); anything more complex is left to the dataclass."""
    if hint is None or hint is typing.Any:
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_matches(value, arg) for arg in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, tuple):
            return False
        if not args:
            return True
        if len(args) == 2 and args[1] is Ellipsis:  # tuple[X, ...]
            return all(_matches(v, args[0]) for v in value)
        return len(value) == len(args) and all(_matches(v, a) for v, a in zip(value, args))
    if origin is dict:  # a table of settings (per_language): its entries are the step's to check
        return isinstance(value, dict)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


_WORDS = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
          type(None): "none"}


def _describe(hint) -> str:
    """A type hint in a recipe writer's words: `tuple[str, ...]` is "a list of strings"."""
    if hint in _WORDS:
        return _WORDS[hint]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(arg) for arg in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"a list of {_plural(args[0])}"
        if args:
            return f"a list of {len(args)} ({', '.join(_describe(a) for a in args)})"
        return "a list"
    return "a " + (getattr(hint, "__name__", None) or str(hint).replace("typing.", ""))


def _plural(hint) -> str:
    words = _describe(hint)
    if words.startswith("a list"):
        return "lists" + words[len("a list"):]
    return {"a string": "strings", "an integer": "integers", "a number": "numbers",
            "true or false": "true/false values"}.get(words, words)


# -- reading a recipe file, and checking it before any step module is imported ------------------

def read_entries(path: str | Path) -> tuple[list, str]:
    """The list of steps in a TOML or YAML recipe, or in a run's config.json (its recipe, as
    recorded: `--recipe out/SNAPSHOT/config.json` starts from that run's recipe), and how
    errors name the file."""
    path = Path(path)
    where = str(path)
    # Steps named by import path are found next to the recipe file (or on PYTHONPATH).
    folder = str(path.resolve().parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise RecipeError(f"--recipe {where}: cannot read it ({error.strerror or error})") from None
    suffix = path.suffix.lower()
    if suffix == ".toml":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10: the same parser, packaged as tomli
            import tomli as tomllib

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise RecipeError(f"--recipe {where}: not valid TOML ({error})") from None
    elif suffix in (".yaml", ".yml"):
        import yaml

        try:
            data = yaml.safe_load(raw)
        except yaml.YAMLError as error:
            raise RecipeError(f"--recipe {where}: not valid YAML "
                              f"({' '.join(str(error).split())})") from None
    elif suffix == ".json":
        import json

        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as error:
            raise RecipeError(f"--recipe {where}: not valid JSON ({error})") from None
        if isinstance(data, dict) and isinstance(data.get("recipe"), list):
            return data["recipe"], f"{where} (its recipe)"  # a run's config.json
    else:
        raise RecipeError(f"--recipe {where}: expected a .toml, .yaml or .yml file, or a run's "
                          f"config.json")
    if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
        raise RecipeError(f"--recipe {where}: expected a list of steps under `steps` "
                          f"(TOML: [[steps]] tables; YAML: steps: [...]; JSON: a run's "
                          f"config.json)")
    return data["steps"], where


def check_entries(entries: list, where: str = "recipe") -> None:
    """The checks of `Recipe.from_entries` that need no step module imported: every entry names
    a known step, and the settings of a built-in step are its own, with values of the right
    types. Built-in steps' settings are read from their modules' source (`pii` and `dedup`
    import presidio, spaCy and datasketch, a second or more), so a typo is reported in
    milliseconds; building the recipe checks everything again, ranges included."""
    if not isinstance(entries, list):
        raise RecipeError(f"{where}: expected a list of steps")
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("step"), str):
            raise RecipeError(f"{where}: step {number}: expected a table with `step = NAME`")
        ref = entry["step"]
        if ref not in STEPS and not is_import_path(ref):
            try:
                step_class(ref)  # a registered entry point, or the one-line "unknown step"
            except ValueError as error:
                import difflib

                close = difflib.get_close_matches(ref, list(STEPS), n=1)
                message = str(error)
                if close:
                    message = message.replace(f"{ref!r};", f"{ref!r} (did you mean {close[0]}?);", 1)
                raise RecipeError(f"{where}: step {number}: {message}") from None
            continue
        fields = source_fields(ref)
        if fields is not None:
            values = {k: v for k, v in entry.items() if k != "step"}
            values = _checked_values(values, fields, f"{where}: step {number} ({ref})")
            if ref in LANGUAGE_STEPS and values.get("languages"):
                try:
                    check_languages(ref, values)
                except ValueError as error:
                    raise RecipeError(f"{where}: step {number} ({ref}): setting languages: "
                                      f"{error}") from None


# Steps whose `languages` are labels of fastText's lid.176 (and, for langid, of lingua).
LANGUAGE_STEPS = ("langid", "prefilter")


def check_languages(ref: str, settings: dict) -> None:
    """ValueError (one line, with a "did you mean") for a code in a language step's `languages`
    that its model never gives: such a step would drop every document."""
    from pipeline.languages import check_codes, known_codes

    languages, model_path = settings["languages"], settings.get("model_path")
    # The prefilter keeps every page when its model cannot name a wanted language (lingua's zu,
    # a code only GlotLID has): every code the langid step may keep will do there.
    check_codes(languages, model_path, second_opinion=True, any_script_code=ref == "prefilter")
    if ref == "langid" and not settings.get("second_opinion", True):
        missing = [code for code in languages
                   if code not in known_codes(model_path, second_opinion=False)]
        if missing:  # lingua-only codes (zu): lid.176 never gives them
            raise ValueError(f"{', '.join(missing)}: only the langid step's second opinion "
                             f"(lingua) knows {'it' if len(missing) == 1 else 'them'}, not "
                             f"lid.176: set second_opinion = true")


_HINT_NAMES = {"str": str, "int": int, "float": float, "bool": bool, "None": type(None),
               "dict": dict}


@functools.lru_cache(maxsize=None)
def source_fields(ref: str) -> dict | None:
    """A built-in step's settings fields and their types ({name: hint}), read from its module's
    source without importing it; None when they cannot be read that way (then only building
    the recipe checks them)."""
    import ast
    import importlib.util

    if ref not in STEPS:
        return None
    module_name, _, class_name = STEPS[ref].partition(":")
    try:
        spec = importlib.util.find_spec(module_name)
        tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    except (ImportError, AttributeError, OSError, SyntaxError, TypeError):
        return None
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    settings_name = None
    for node in getattr(classes.get(class_name), "body", []):
        if isinstance(node, ast.Assign):
            targets = node.targets[0]
            names = [t.id for t in getattr(targets, "elts", [targets]) if isinstance(t, ast.Name)]
            values = getattr(node.value, "elts", [node.value])
            for name, value in zip(names, values):
                if name == "Settings" and isinstance(value, ast.Name):
                    settings_name = value.id
    settings = classes.get(settings_name)
    if settings is None or settings.bases:
        return None
    fields = {}
    for node in settings.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if "ClassVar" in ast.unparse(node.annotation):
                continue
            fields[node.target.id] = _hint_of(node.annotation)
    return fields


def _hint_of(node):
    """The type hint an annotation's syntax tree spells, for the types recipes use (str, int,
    float, bool, None, tuple[...], X | Y); None (not checked here) for any other."""
    import ast
    import functools
    import operator

    if isinstance(node, ast.Name):
        return _HINT_NAMES.get(node.id)
    if isinstance(node, ast.Constant) and node.value is None:
        return type(None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        parts = [_hint_of(node.left), _hint_of(node.right)]
        return None if None in parts else functools.reduce(operator.or_, parts)
    if isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "dict":
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else []
        parts = [_hint_of(item) for item in items]
        return None if len(parts) != 2 or None in parts else dict[parts[0], parts[1]]
    if isinstance(node, ast.Subscript) and getattr(node.value, "id", None) == "tuple":
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        if len(items) == 2 and isinstance(items[1], ast.Constant) and items[1].value is Ellipsis:
            inner = _hint_of(items[0])
            return None if inner is None else tuple[inner, ...]
        parts = [_hint_of(item) for item in items]
        return None if None in parts else tuple[tuple(parts)]
    return None
