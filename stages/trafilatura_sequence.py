"""trafilatura 2.3.1's `extract(tree, output_format="txt")`, step for step, with its own functions,
minus work whose result it never uses. Not a step: the helper that stages/extract.py calls.

What is left out, each time only where the result is unused, so the text is trafilatura's own
(tests/stages/test_xpaths.py compares the texts with `trafilatura.extract`'s on dev pages):
- `bare_extraction`'s copy of the whole tree it is handed (the tree here is built for it alone);
- a new `Extractor` per page (its ConfigParser reads, ~0.2 ms): one per set of options, copied;
- in fast mode without comments, the copy of the cleaned tree that only the fallback
  extractors (`compare_extraction`) and the forum-comment path read;
- after a fast pass whose text needs the fallbacks, a new parse of the page: the fast pass's
  stages after its two raw-tree prunes only read the tree (they copy what they change), so
  full mode starts from that tree, pruned once;
- the recall-escalation page measure `html2txt(tree)` (a copy, a cleaning walk and a text
  join, ~1.4 ms) when a cheap upper bound of its length already shows the text is not short
  of the page: html2txt's text is the page's text with some elements deleted and at most two
  spaces added per element, so it is never longer than the normalized text plus two
  characters per element (both counted by one XPath in C).

Any other trafilatura version, or options outside plain text without metadata, go to
`trafilatura.extract` itself (`sequence_for_installed` returns None).
"""
from __future__ import annotations

from copy import copy

SUPPORTED_VERSION = "2.3.1"

_TEXT_LENGTH = None  # XPath objects, built on first use
_ELEMENTS = None


def sequence_for_installed():
    """`extract(tree, options) -> text or None` for the installed trafilatura, or None when it is
    not the version this module repeats."""
    import trafilatura

    if trafilatura.__version__ != SUPPORTED_VERSION:
        return None
    return TrafilaturaSequence()


class TrafilaturaSequence:
    """`trafilatura.extract(tree, **options)` for plain-text output (see the module docstring)."""

    def __init__(self):
        import trafilatura
        from trafilatura.core import determine_returnstring
        from trafilatura.settings import DEFAULT_CONFIG, Document, Extractor

        self._extract = trafilatura.extract
        self._returnstring, self._document = determine_returnstring, Document
        self._config, self._extractor = DEFAULT_CONFIG, Extractor
        self._templates: dict[tuple, object] = {}

    def options(self, options: dict):
        """trafilatura's Extractor for `options`: a copy of one built once per set of options,
        with the page's URL (the only per-page field) set as its __init__ sets it."""
        url = options["url"]
        key = tuple(sorted((k, v) for k, v in options.items() if k != "url"))
        template = self._templates.get(key)
        if template is None:
            template = self._templates[key] = self._extractor(
                config=self._config, output_format=options["output_format"], fast=options["fast"],
                precision=options["favor_precision"], recall=options["favor_recall"],
                comments=options["include_comments"], formatting=options["include_formatting"],
                links=options["include_links"], images=options["include_images"],
                tables=options["include_tables"], dedup=options["deduplicate"], lang=None,
                url=None, with_metadata=options["with_metadata"], only_with_metadata=False,
                tei_validation=False, author_blacklist=None, url_blacklist=None, date_params=None,
            )
        extractor = copy(template)
        extractor.url = url
        extractor.source = url and url.encode("utf-8", "replace").decode("utf-8")
        return extractor

    def __call__(self, tree, options: dict, pruned: bool = False) -> str | None:
        """The text of `tree` (pruned in place, as trafilatura does). `pruned`: the tree has
        been through `sequence` before with the same options but `fast`, whose stages after its
        first two prunes read the tree without changing it; those prunes are not repeated (a
        second pass of them is not always a no-op)."""
        extractor = self.options(options)
        if extractor.max_tree_size or extractor.with_metadata or extractor.format != "txt":
            return self._extract(tree, **options)
        # bare_extraction: the sequence, the minimal-size check, a TypeError or ValueError in
        # between means no text; then determine_returnstring
        try:
            body, text, comments_body, comments = sequence(tree, extractor, extractor.url, pruned)
            if len(text) < extractor.min_output_size and len(comments) < extractor.min_output_comm_size:
                return None
        except (TypeError, ValueError):
            return None
        document = self._document()
        document.raw_text, document.commentsbody, document.body = text, comments_body, body
        return self._returnstring(document, extractor)


def _prepare_tree(tree, options, url):
    """trafilatura's `_prepare_tree` (cleaned and converted tree, pre-conversion backup), without
    the backup where nothing reads it (fast mode without comments: None)."""
    from trafilatura.htmlprocessing import convert_tags, tree_cleaning

    cleaned = tree_cleaning(copy(tree), options)
    backup = copy(cleaned) if not options.fast or options.comments else None
    return convert_tags(cleaned, options, url), backup


def _covers_little(tree, text: str) -> bool:
    """trafilatura's `len(text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))`, with html2txt
    only computed when the upper bound of its length (module docstring) leaves the answer open."""
    global _TEXT_LENGTH, _ELEMENTS
    from trafilatura.baseline import html2txt
    from trafilatura.core import ESCALATION_PAGE_SHARE

    if _TEXT_LENGTH is None:
        from lxml.etree import XPath

        _TEXT_LENGTH, _ELEMENTS = XPath("string-length(normalize-space(.))"), XPath("count(.//*)")
    if len(text) >= ESCALATION_PAGE_SHARE * (_TEXT_LENGTH(tree) + 2 * _ELEMENTS(tree)):
        return False
    return len(text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))


def sequence(tree, options, url, pruned: bool = False):
    """trafilatura 2.3.1's `trafilatura_sequence(tree, options, url)`, line for line, with the
    backup and html2txt shortcuts (module docstring); `pruned`: skip its two raw-tree prunes,
    done on this tree before."""
    import logging

    from lxml.etree import Element
    from trafilatura.baseline import baseline
    from trafilatura.core import (ESCALATION_ACCEPT_RATIO, ESCALATION_JUSTEXT_RATIO, ESCALATION_MAX_LENGTH,
                                  _extract_and_compare, _forum_thread_page)
    from trafilatura.external import justext_rescue
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes
    from trafilatura.main_extractor import _elem_text, extract_comments
    from trafilatura.xpaths import RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH, REMOVE_COMMENTS_XPATH

    logger = logging.getLogger("trafilatura.core")
    is_forum = _forum_thread_page(tree)
    if not pruned:
        tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
        if not options.comments and (options.focus == "precision" or not is_forum):
            tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned_tree, cleaned_tree_backup = _prepare_tree(tree, options, url)

    commentsbody, temp_comments = Element("body"), ""
    forum_posts = None
    if options.comments:
        commentsbody, temp_comments, cleaned_tree = extract_comments(cleaned_tree, options)
        if temp_comments and is_forum:
            forum_posts = commentsbody
            commentsbody, temp_comments = Element("body"), ""
            cleaned_tree = convert_tags(copy(cleaned_tree_backup), options, url)
    if options.focus == "precision" and not is_forum:
        cleaned_tree = prune_unwanted_nodes(cleaned_tree, REMOVE_COMMENTS_XPATH)

    postbody, temp_text = _extract_and_compare(cleaned_tree, cleaned_tree_backup, tree, options)

    # 3. rescue: baseline on the original tree, accepted only if it adds text
    if len(temp_text) < options.min_extracted_size and options.focus != "precision":
        b_body, b_text, b_len = baseline(tree)
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text
            forum_posts = None

    # 4. recall escalation
    if options.focus == "balanced" and 0 < len(temp_text) < ESCALATION_MAX_LENGTH and _covers_little(tree, temp_text):
        r_options = copy(options)
        r_options.focus = "recall"
        esc_tree = (
            tree
            if is_forum or not options.comments
            else prune_unwanted_nodes(copy(tree), REMOVE_COMMENTS_AND_LISTS_XPATH if temp_comments else REMOVE_COMMENTS_XPATH)
        )
        r_text = ""
        try:  # trafilatura's _recall_retry, with the backup shortcut
            r_body, r_text = _extract_and_compare(*_prepare_tree(esc_tree, r_options, url), esc_tree, r_options)
        except Exception as err:  # noqa: BLE001 (trafilatura's own handling)
            logger.warning("recall retry failed: %s %s", err, url)
        j_text = ""
        if not options.fast:
            try:
                j_body, j_text = justext_rescue(copy(esc_tree), options)
            except Exception as err:  # noqa: BLE001 (trafilatura's own handling)
                logger.warning("justext candidate failed: %s %s", err, url)
        len_text, r_len, j_len = len(temp_text), len(r_text), len(j_text)
        if j_len > r_len and j_len > ESCALATION_JUSTEXT_RATIO * len_text:
            postbody, temp_text, forum_posts = j_body, j_text, None
        elif r_len >= options.min_extracted_size and r_len > ESCALATION_ACCEPT_RATIO * len_text:
            postbody, temp_text, forum_posts = r_body, r_text, None

    if forum_posts is not None:
        existing = "\n".join(filter(None, (_elem_text(el) for el in postbody)))
        salvaged = [el for el in forum_posts if (t := _elem_text(el)) and t not in existing]
        if salvaged:
            postbody.extend(salvaged)
            temp_text = " ".join(postbody.itertext()).strip()

    return postbody, temp_text, commentsbody, temp_comments
