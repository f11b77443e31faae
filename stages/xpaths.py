"""trafilatura's own XPath selectors, evaluated without EXSLT regex callbacks.

trafilatura 2.3 chooses what to prune and where the article is with XPath expressions that call
`re:test(...)` (EXSLT regular expressions). lxml runs each such call as a Python callback per
element and per attribute, so on the 411 tuning pages of the extraction benchmark these
expressions took 44% of our extraction time (each timed during extraction: BENCHMARKS.md,
"Optimisations" row 9). Here each one is evaluated as one walk over the tree in document order
with the same regular expressions, read from trafilatura's own expressions: the same elements,
in the same order, for the same input.

Safety against a different trafilatura: an expression is replaced only when its text, with the
regular expressions blanked out, is exactly the structure a selector below was written for
(`_TEMPLATES`); any other expression keeps trafilatura's XPath. `tests/stages/test_xpaths.py`
checks every replaced expression against the original on every dev page, on raw and on
converted trees, and that the installed trafilatura's expressions are all recognised.

`trafilatura_selectors()` swaps them into trafilatura's module-level lists for the duration of a
block (and back after it), so that other users of trafilatura in the same process (a benchmark's
baseline) are unaffected.
"""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from lxml.etree import Element as _ELEMENT

__all__ = ["Selector", "attached", "matches_in_one_walk", "prune_in_turn", "replaced_expressions",
           "replacements", "set_expression", "trafilatura_selectors"]

_RE_TEST = re.compile(r"re:test\(([^,()]+),\s*'([^']*)'(?:,\s*'(\w*)')?\)")


def _normalized(path: str) -> str:
    return " ".join(path.split())


class _AsciiIgnoreCase:
    """`search` of a case-insensitive pattern written in lowercase without escapes: on ASCII text
    the same answer as re.IGNORECASE from the case-sensitive pattern on the lowercased text,
    3-5x faster (sre's case-folding opcodes are slow); other text goes to re.IGNORECASE."""

    __slots__ = ("folded", "sensitive")

    def __init__(self, pattern: str):
        self.folded = re.compile(pattern, re.IGNORECASE)
        self.sensitive = re.compile(pattern)

    def search(self, text: str):
        if text.isascii():
            return self.sensitive.search(text.lower())
        return self.folded.search(text)


class _Remembered:
    """`search` -> whether a long alternation (dozens of class-name tokens, 1-4 us per search)
    matches, with the answers kept per text: two in three class and id values on the dev pages
    repeat one seen before. Memory stays bounded: the answers are dropped once their texts hold
    _REMEMBERED_CHARS characters. Shorter patterns are cheaper to search than to look up."""

    __slots__ = ("answers", "chars", "pattern")

    def __init__(self, pattern: re.Pattern):
        self.pattern, self.answers, self.chars = pattern, {}, 0

    def search(self, text: str) -> bool:
        answer = self.answers.get(text)
        if answer is None:
            answer = self.pattern.search(text) is not None
            if self.chars > _REMEMBERED_CHARS:
                self.answers.clear()
                self.chars = 0
            self.answers[text] = answer
            self.chars += len(text)
        return answer


_REMEMBERED_CHARS = 1_000_000
_REMEMBER_FROM_ALTERNATIVES = 8


def _compile(pattern: str, flags: str | None):
    if "i" not in (flags or ""):
        compiled = re.compile(pattern)
        return _Remembered(compiled) if pattern.count("|") >= _REMEMBER_FROM_ALTERNATIVES else compiled
    if pattern.isascii() and pattern == pattern.lower() and "\\" not in pattern:
        return _AsciiIgnoreCase(pattern)
    return re.compile(pattern, re.IGNORECASE)


def _template(path: str) -> tuple[str, list]:
    """(structure with the re:test patterns blanked, the compiled patterns in order). EXSLT's
    re:test is `re.search` with the flags given ('i' = ignore case)."""
    text = _normalized(path)
    patterns = [_compile(p, flags) for _, p, flags in _RE_TEST.findall(text)]
    return _RE_TEST.sub(lambda m: f"re:test({m.group(1)}, ?{', ' + repr(m.group(3)) if m.group(3) else ''})",
                        text), patterns


def _first(el, a: str, va: str | None, b: str, vb: str | None) -> str:
    """XPath's string(@a|@b) given the values `va` and `vb` of attributes `a` and `b` (None when
    absent): the value of whichever comes first in the element's attribute list (document
    order), '' when neither is there."""
    if va is None:
        return "" if vb is None else vb
    if vb is None:
        return va
    for name, value in el.items():
        if name == a or name == b:
            return value
    return va  # unreachable


def _get(el, name: str) -> str:
    value = el.get(name)
    return "" if value is None else value


class Selector:
    """A drop-in for an lxml XPath object (`selector(tree) -> [elements]`) built from a tag set
    and a predicate `predicate(element, its id, its class)` (the attributes read once per
    element, and once for all selectors in `matches_in_one_walk`). `mode` gives the XPath's
    positional filter: "all" (`.//*[...]`), "first" (`(.//*[...])[1]`) or "first_per_parent"
    (`.//*[...][1]`: the first matching child of each element). `local`: the predicate reads
    only the element's tag and attributes (not its descendants), so deleting other elements
    never changes its answer."""

    def __init__(self, path: str, tags: frozenset[str] | None, predicate: Callable, mode: str = "all",
                 local: bool = True):
        self.path = path  # trafilatura's expression, as on an XPath object
        self.tags = tags
        self.predicate = predicate
        self.mode = mode
        self.local = local
        # as a tag filter, Element selects elements only (no comments, PIs, entities)
        self._filter = (_ELEMENT,) if tags is None else tuple(tags)

    def _candidates(self, tree) -> Iterator:
        return tree.iterdescendants(*self._filter)

    def __call__(self, tree) -> list:
        predicate = self.predicate
        if self.mode == "first":
            for el in self._candidates(tree):
                if predicate(el, el.get("id"), el.get("class")):
                    return [el]
            return []
        if self.mode == "first_per_parent":
            seen, found = set(), []
            for el in self._candidates(tree):
                if predicate(el, el.get("id"), el.get("class")):
                    parent = el.getparent()
                    if parent not in seen:
                        seen.add(parent)
                        found.append(el)
            return found
        return [el for el in self._candidates(tree) if predicate(el, el.get("id"), el.get("class"))]

    def __repr__(self) -> str:
        return f"Selector({self.path!r})"


# --- one builder per expression structure (trafilatura 2.3) ------------------------------------

_BOILER_TAGS = frozenset({"div", "item", "list", "p", "section", "span"})
_CONTENT_TAGS = frozenset({"article", "div", "main", "section"})


def _raw_tree_prune_infinite(p):
    def pred(el, id_, cls):
        if not ((id_ and p[0].search(id_)) or (cls and p[1].search(cls))):
            return False
        return (next(el.iterdescendants("h1"), None) is None
                or bool(id_ and p[2].search(id_)) or bool(cls and p[3].search(cls)))
    return frozenset({"div", "section", "aside"}), pred, "all"


def _raw_tree_prune_share(p):
    return (frozenset({"div", "section", "aside"}),
            lambda el, id_, cls: cls is not None and "elementor-share-buttons" in cls, "all")


def _remove_comments_and_lists(p):
    def pred(el, id_, cls):
        if not ((id_ and p[0].search(id_)) or (cls and p[1].search(cls))):
            return False
        return el.tag not in ("ol", "ul") or bool(id_ and p[2].search(id_)) or bool(cls and p[3].search(cls))
    return frozenset({"div", "list", "section", "details", "ol", "ul"}), pred, "all"


def _remove_comments(p):
    return (frozenset({"div", "list", "section", "details"}),
            lambda el, id_, cls: bool((id_ and p[0].search(id_)) or (cls and p[1].search(cls))), "all")


def _overall_discard(p):
    def pred(el, id_, cls):
        if id_ is None and cls is None and not el.attrib:  # each test below needs an attribute
            return False
        if id_ or cls:
            first = _first(el, "id", id_, "class", cls)
            if p[0].search(first) or (id_ and p[1].search(id_)) or (cls and p[2].search(cls)):
                return True
        if (role := el.get("role")) and "nav" in role.replace("N", "n"):
            return True
        return (el.get("data-lp-replacement-content") is not None
                or "MostPopularStories" in _get(el, "data-component"))
    return _BOILER_TAGS, pred, "all"


def _overall_discard_hidden(p):
    def pred(el, id_, cls):
        style = el.get("style")
        if id_ or cls:
            if cls == "comments-title" or _first(el, "id", id_, "class", cls).startswith("reply-"):
                return True
            if (id_ and p[1].search(id_)) or (cls and p[2].search(cls)):
                return True
        if id_ or style:
            if p[0].search(_first(el, "id", id_, "style", style)):
                return True
            if style and ("display:none" in style or "display: none" in style):
                return True
        return el.get("aria-hidden") == "true"
    return None, pred, "all"


def _teaser_discard(p):
    return (_BOILER_TAGS,
            lambda el, id_, cls: bool((id_ and "teaser" in id_.replace("T", "t"))
                                      or (cls and "teaser" in cls.replace("T", "t"))),
            "all")


def _discard_image(p):
    return (_BOILER_TAGS,
            lambda el, id_, cls: bool((id_ and "caption" in id_) or (cls and "caption" in cls)),
            "all")


def _body_article_content(p):
    def pred(el, id_, cls):
        return (cls == "post" or cls == "entry" or el.get("itemprop") == "articleBody"
                or id_ == "articleContent" or bool(id_ and p[0].search(id_)) or bool(cls and p[1].search(cls)))
    return _CONTENT_TAGS, pred, "first_per_parent"


def _body_story(p):
    classes = frozenset({"postarea", "art-postcontent", "text", "cell", "story"})

    def pred(el, id_, cls):
        return (el.get("role") == "article" or id_ == "article" or id_ == "story" or cls in classes
                or bool(id_ and p[0].search(id_)) or bool(cls and (p[1].search(cls) or p[2].search(cls))))
    return _CONTENT_TAGS, pred, "first"


def _body_main_content(p):
    def pred(el, id_, cls):
        if id_ and (id_ == "content" or p[0].search(id_) or "main-content" in id_.replace("C", "c").replace("M", "m")):
            return True
        return bool(cls and (cls == "content" or p[1].search(cls)
                             or "main-content" in cls.replace("C", "c").replace("M", "m")
                             or "page-content" in cls.replace("C", "c").replace("P", "p")))
    return _CONTENT_TAGS, pred, "first"


_BASIC_CLEAN_TAGS = frozenset({"aside", "fencedframe", "footer", "script", "style", "svg", "template"})


def _basic_clean(p):
    def pred(el, id_, cls):
        tag = el.tag
        if tag in _BASIC_CLEAN_TAGS:
            return True
        if not (cls or id_):
            return False
        if tag == "div" and "footer" in _first(el, "class", cls, "id", id_):
            return True
        return bool((cls and p[0].search(cls)) or (id_ and p[1].search(id_)))
    return None, pred, "all"


# The structure of each expression (trafilatura 2.3.1's text, whitespace collapsed, re:test
# patterns as `?`) -> the builder of its selector. Written out in full so that any change in
# trafilatura's logic leaves its expression alone.
_TEMPLATES: dict[str, Callable] = {
    ".//*[self::div or self::section or self::aside][ re:test(@id, ?) or re:test(@class, ?)][ not(.//h1) "
    "or re:test(@id, ?) or re:test(@class, ?)]": _raw_tree_prune_infinite,
    ".//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]":
        _raw_tree_prune_share,
    ".//*[self::div or self::list or self::section or self::details or self::ol or self::ul][ re:test(@id, ?) "
    "or re:test(@class, ?)][ not(self::ol or self::ul) or re:test(@id, ?) or re:test(@class, ?)]":
        _remove_comments_and_lists,
    ".//*[self::div or self::list or self::section or self::details][ re:test(@id, ?) or re:test(@class, ?)]":
        _remove_comments,
    ".//*[self::div or self::item or self::list or self::p or self::section or self::span][ "
    "@data-lp-replacement-content or contains(translate(@role, 'N', 'n'), 'nav') or "
    "contains(@data-component, 'MostPopularStories') or re:test(@id|@class, ?) or re:test(@id, ?) or "
    "re:test(@class, ?)]": _overall_discard,
    ".//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or re:test(@id|@style, ?) or "
    "contains(@style, 'display:none') or contains(@style, 'display: none') or re:test(@id, ?) or "
    "re:test(@class, ?) or @aria-hidden='true']": _overall_discard_hidden,
    ".//*[self::div or self::item or self::list or self::p or self::section or self::span][ "
    "contains(translate(@id, 'T', 't'), 'teaser') or contains(translate(@class, 'T', 't'), 'teaser')]":
        _teaser_discard,
    ".//*[self::div or self::item or self::list or self::p or self::section or self::span][ "
    "contains(@id, 'caption') or contains(@class, 'caption')]": _discard_image,
    ".//*[self::article or self::div or self::main or self::section][ @class='post' or @class='entry' or "
    "@itemprop='articleBody' or @id='articleContent' or re:test(@id, ?) or re:test(@class, ?) ][1]":
        _body_article_content,
    "(.//*[self::article or self::div or self::main or self::section][ @role='article' or @id='article' or "
    "@id='story' or @class='postarea' or @class='art-postcontent' or @class='text' or @class='cell' or "
    "@class='story' or re:test(@id, ?) or re:test(@class, ?, 'i') or re:test(@class, ?) ])[1]": _body_story,
    "(.//*[self::article or self::div or self::main or self::section][ @id='content' or @class='content' or "
    "re:test(@id, ?) or re:test(@class, ?) or contains(translate(@id, 'CM','cm'), 'main-content') or "
    "contains(translate(@class, 'CM','cm'), 'main-content') or contains(translate(@class, 'CP','cp'), "
    "'page-content') ])[1]": _body_main_content,
    ".//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script|.//style|.//svg|"
    ".//template|.//*[re:test(@class, ?, 'i') or re:test(@id, ?, 'i')]": _basic_clean,
}


def selector_for(xpath) -> Selector | None:
    """The Selector standing in for an lxml XPath object, or None if its expression is not one
    this module knows."""
    path = getattr(xpath, "path", None)
    if not isinstance(path, str):
        return None
    structure, patterns = _template(path)
    builder = _TEMPLATES.get(structure)
    if builder is None:
        return None
    if any(p.search("") for p in patterns):
        return None  # the predicates skip regular expressions on absent (empty) attributes
    tags, predicate, mode = builder(patterns)
    return Selector(path, tags, predicate, mode, local=builder not in _READS_DESCENDANTS)


# Builders whose predicate reads more than the element's tag and attributes.
_READS_DESCENDANTS = frozenset({_raw_tree_prune_infinite})


def matches_in_one_walk(tree, selectors: list) -> list[list] | None:
    """Each selector's result on `tree` (all in mode "all"), by one walk over the elements any of
    them may select, each element's id and class read once for all predicates; None when one is
    not a Selector in that mode. The lists are what each selector would return on `tree` as it is
    now; see `prune_in_turn` for using them after deletions."""
    if not selectors or not all(isinstance(s, Selector) and s.mode == "all" for s in selectors):
        return None
    found: list[list] = [[] for _ in selectors]
    any_tag = [(s.predicate, out.append) for s, out in zip(selectors, found) if s.tags is None]
    by_tag: dict[str, list] = {}
    for s, out in zip(selectors, found):
        for tag in s.tags or ():
            by_tag.setdefault(tag, []).append((s.predicate, out.append))
    if any_tag:  # every element: the tag-bound checks as well where the tag is theirs
        checks = {tag: any_tag + bound for tag, bound in by_tag.items()}
        default, walk = any_tag, tree.iterdescendants(_ELEMENT)  # elements only (no comments, PIs)
    else:
        checks, default, walk = by_tag, (), tree.iterdescendants(*by_tag)
    for el in walk:
        id_, cls = el.get("id"), el.get("class")
        for predicate, keep in checks.get(el.tag, default):
            if predicate(el, id_, cls):
                keep(el)
    return found


def attached(element, tree) -> bool:
    """Whether `element` is `tree` or still inside it (not in a subtree deleted from it)."""
    return element is tree or any(ancestor is tree for ancestor in element.iterancestors())


def prune_in_turn(tree, selectors: list) -> bool:
    """trafilatura's `prune_unwanted_nodes(tree, [selector])` for each selector in turn (deleting
    each one's matches, tails kept, before the next is evaluated), by one walk: True when done,
    False (nothing done) where that would not be the same, i.e. unless every selector after the
    first is `local`. Same result: a local predicate answers the same before and after other
    elements are deleted, deleting never reorders the elements left, and what an earlier
    selector deleted (with its subtree) is no longer found by a later one (`attached`); elements
    of a subtree that the same selector deleted before are skipped, where trafilatura deletes
    them from the detached subtree, which leaves `tree` as it is."""
    from trafilatura.xml import delete_element

    if not all(s.local for s in selectors[1:] if isinstance(s, Selector)):
        return False
    found = matches_in_one_walk(tree, selectors)
    if found is None:
        return False
    for turn, matches in enumerate(found):
        for element in matches:
            if turn == 0 or attached(element, tree):
                delete_element(element)
    return True


# trafilatura's lists of expressions (shared by reference by every module that imports them) and
# the module globals holding a single expression.
_LISTS = ("RAW_TREE_PRUNE_XPATH", "REMOVE_COMMENTS_AND_LISTS_XPATH", "REMOVE_COMMENTS_XPATH",
          "OVERALL_DISCARD_XPATH", "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS", "BODY_XPATH")
_GLOBALS = (("trafilatura.baseline", "BASIC_CLEAN_XPATH"),)
_SWAPS: list | None = None  # [(container, key, original, selector)], built on first use


def replacements() -> list:
    """[(container, key, trafilatura's XPath object, the Selector standing in for it)] for the
    installed trafilatura, built on first use."""
    global _SWAPS
    if _SWAPS is None:
        import trafilatura  # noqa: F401  (loads the modules below)
        from trafilatura import xpaths

        swaps = []
        for name in _LISTS:
            expressions = getattr(xpaths, name, None)
            if not isinstance(expressions, list):
                continue
            for i, xpath in enumerate(expressions):
                if (selector := selector_for(xpath)) is not None:
                    swaps.append((expressions, i, xpath, selector))
        for module_name, name in _GLOBALS:
            module = sys.modules.get(module_name)
            xpath = getattr(module, name, None)
            if xpath is not None and (selector := selector_for(xpath)) is not None:
                swaps.append((module, name, xpath, selector))
        _SWAPS = swaps
    return _SWAPS


def replaced_expressions() -> list[str]:
    """The expressions of the installed trafilatura that `trafilatura_selectors` replaces."""
    return [original.path for _, _, original, _ in replacements()]


def set_expression(container, key, value) -> None:
    """Put `value` at `key` of a list of trafilatura's expressions, or as a module's global."""
    if isinstance(container, list):
        container[key] = value
    else:
        setattr(container, key, value)


@contextmanager
def trafilatura_selectors():
    """Within the block, trafilatura evaluates the expressions this module knows with Selectors;
    its own XPath objects are back in place after the block (also on an exception)."""
    swaps = replacements()
    for container, key, _, selector in swaps:
        set_expression(container, key, selector)
    try:
        yield
    finally:
        for container, key, original, _ in swaps:
            set_expression(container, key, original)
