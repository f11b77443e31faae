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
  characters per element (both counted by one XPath in C; the page's text length before the
  raw-tree prunes, which the caller may hand over, bounds it as well, and is tried first);
- in the full pass that redoes a page after our fast pass (`pruned=True`), the work whose
  result the fast pass already has for the same tree: the main extractor's text (of the main
  cascade and of the recall retry; `extract_content` does not read `fast`, only its wild-text
  recovery does, so it is reused only where that recovery did not run), the converted tree it
  was read from (only the pre-conversion tree is rebuilt, for the fallback extractors), and the
  length of html2txt's page text.

One departure, only where the caller asks for it (`recall_escalation=False`, stages/extract.py's
fast pass by default): the recall escalation (stage 4 of the sequence) is left out, and the text
is then not trafilatura's where it would have run.

Some of trafilatura's functions are repeated here line for line, doing less work for the same
result (tests/stages/test_extract_sequence.py compares each with trafilatura's own):
`tree_cleaning` (deletion walks only for the tags present), `extract_content` (its backup tree
rebuilt only where the wild-text recovery needs it), `link_density_test` (C iterators; a long
text measured on a prefix); and jusText's all-languages stoplist hashes once (`_HashedOnce`).

Any other trafilatura version, or options outside plain text without metadata, go to
`trafilatura.extract` itself (`sequence_for_installed` returns None).
"""
from __future__ import annotations

from contextlib import contextmanager
from copy import copy, deepcopy

from stages.xpaths import attached, matches_in_one_walk, prune_in_turn

SUPPORTED_VERSION = "2.3.1"

_TEXT_LENGTH = None  # XPath objects, built on first use
_LINK_DENSITY_HELPERS: tuple = ()  # trafilatura's, bound by _faster_functions
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
        # what the last fast pass found, for a full pass over the same tree (module docstring)
        self._memo: dict = {}

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

    def __call__(self, tree, options: dict, pruned: bool = False, page_chars: int | None = None,
                 recall_escalation: bool = True, forum: bool | None = None) -> str | None:
        """The text of `tree` (pruned in place, as trafilatura does). `pruned`: the tree has
        been through `sequence` before with the same options but `fast`, whose stages after its
        first two prunes read the tree without changing it; those prunes are not repeated (a
        second pass of them is not always a no-op). `page_chars`: `string-length(normalize-space())`
        of `tree` as it is handed over (not pruned before), if the caller measured it: a bound
        that often settles the recall escalation's page test (`_covers_little`) without measuring
        the pruned tree's text. `recall_escalation=False`: without trafilatura's recall
        escalation (`sequence`), which changes the text where it runs. `forum`: trafilatura's
        `_forum_thread_page(tree)` of `tree` as it was before any pass, if the caller has it
        (stages.extract.prune_tree answers it from the JSON-LD scripts it keeps, without another
        walk over the tree)."""
        extractor = self.options(options)
        if extractor.max_tree_size or extractor.with_metadata or extractor.format != "txt":
            return self._extract(tree, **options)
        # bare_extraction: the sequence, the minimal-size check, a TypeError or ValueError in
        # between means no text; then determine_returnstring
        same = tuple(sorted((k, v) for k, v in options.items() if k not in ("url", "fast")))
        if not pruned:
            self._memo = {"tree": tree, "options": same, "page_chars": page_chars}
        memo = self._memo if self._memo.get("tree") is tree and self._memo.get("options") == same \
            and not extractor.comments and extractor.focus == "balanced" else None
        try:
            with _faster_functions():
                body, text, comments_body, comments = sequence(tree, extractor, extractor.url, pruned, memo,
                                                              recall_escalation, forum)
            if len(text) < extractor.min_output_size and len(comments) < extractor.min_output_comm_size:
                return None
        except (TypeError, ValueError):
            return None
        document = self._document()
        document.raw_text, document.commentsbody, document.body = text, comments_body, body
        return self._returnstring(document, extractor)


def tree_cleaning(tree, options):
    """trafilatura 2.3.1's `tree_cleaning(tree, options)`, line for line, except that its deletion
    walks (one walk over the whole tree per tag of MANUALLY_CLEANED, ~50) are made only for the
    tags that one walk over the tree finds: a tag absent before them stays absent, and the walks
    that are made are trafilatura's own (deleting an element that holds another of its tag ends
    that walk in lxml, and so here too)."""
    from copy import deepcopy

    from lxml.etree import strip_tags
    from trafilatura.htmlprocessing import (
        PRESERVE_IMG_CLEANING,
        _handle_forms,
        recover_math,
    )
    from trafilatura.settings import MANUALLY_CLEANED, MANUALLY_STRIPPED
    from trafilatura.xml import delete_element

    recover_math(tree)
    cleaning_list, stripping_list = MANUALLY_CLEANED.copy(), MANUALLY_STRIPPED.copy()
    clean_forms = "form" in cleaning_list
    if clean_forms:
        cleaning_list.remove("form")
    if not options.tables:
        cleaning_list.extend(["table", "td", "th", "tr"])
    else:
        for elem in tree.iter("figure", "table"):
            if elem.find(".//table") is not None if elem.tag == "figure" else elem.get("role") in ("presentation", "none"):
                elem.tag = "div"
    if options.images:
        cleaning_list = [e for e in cleaning_list if e not in PRESERVE_IMG_CLEANING]
        stripping_list.remove("img")

    strip_tags(tree, stripping_list)

    tcopy = None
    if (
        options.focus == "recall"
        and tree.find(".//p") is not None
        and ("p" in cleaning_list or not any(next(p.iterancestors(cleaning_list), tree) is tree for p in tree.iter("p")))
    ):
        tcopy = deepcopy(tree)
    present = {element.tag for element in tree.iter(cleaning_list)} if cleaning_list else set()
    for expression in cleaning_list:
        if expression in present:
            for element in tree.iter(expression):
                delete_element(element)
    if tcopy is not None and tree.find(".//p") is None:
        tree = tcopy

    if clean_forms:
        _handle_forms(tree)

    return prune_html(tree, options.focus)


def prune_html(tree, focus: str = "balanced"):
    """trafilatura 2.3.1's `htmlprocessing.prune_html`: the same elements deleted, its test of
    each candidate (no text, no children) made in the other order, so that an element with
    children (most of its candidates: div, p, li, span) is not asked for its text, which lxml
    decodes into a new string on each read."""
    from trafilatura.settings import CUT_EMPTY_ELEMS
    from trafilatura.xml import delete_element

    tails = focus != "precision"
    for element in [e for e in tree.iterdescendants(CUT_EMPTY_ELEMS) if len(e) == 0 and e.text is None]:
        delete_element(element, keep_tail=tails)
    return tree


def _prepare_tree(tree, options, url):
    """trafilatura's `_prepare_tree` (cleaned and converted tree, pre-conversion backup), without
    the backup where nothing reads it (fast mode without comments: None)."""
    from trafilatura.htmlprocessing import convert_tags

    cleaned = tree_cleaning(copy(tree), options)
    backup = copy(cleaned) if not options.fast or options.comments else None
    return convert_tags(cleaned, options, url), backup


def link_density_test(element, favor_precision: bool = False) -> tuple[bool, bool]:
    """trafilatura 2.3.1's `htmlprocessing.link_density_test`, with the same answers, less work:
    its two ElementPath searches (`findall(".//ref")`, `find(".//graphic")`, Python generators)
    are lxml's C iterators over the same descendants in the same order; and the length of the
    element's trimmed text, which its tests only compare with thresholds (`_trimmed_length`),
    is measured on a prefix when that prefix already puts it past all of them (a wrapper of the
    whole article has the page's text, and the tests ask one such element after another)."""
    trim, collect_link_info, is_paragraph_listing, LINK_FARM_RATIO = _LINK_DENSITY_HELPERS
    links_xpath = list(element.iterdescendants("ref"))
    if not links_xpath:
        return False, False
    if next(element.iterdescendants("graphic"), None) is not None:
        return False, False
    if element.tag == "p":
        limitlen = 60 if element.getnext() is None else 30
    elif element.getnext() is None:
        limitlen = 300
    else:
        limitlen = 100
    # trafilatura: text = trim(element.text_content()), then the tests below on len(text); past
    # `enough` characters every test answers no, so any length from `enough` on is as good
    enough, link_text, link_info = limitlen, None, None
    if len(links_xpath) == 1:
        len_threshold = 10 if favor_precision else 100
        link_text = trim(links_xpath[0].text_content())
        enough = max(enough, len(link_text) / 0.9 + 1)
    elif len(links_xpath) > 4:
        link_info = collect_link_info(links_xpath)
        enough = max(enough, link_info[0] / LINK_FARM_RATIO + 1)
    elemlen = _trimmed_length(element.text_content(), enough, trim)
    if link_text is not None and len(link_text) > len_threshold and len(link_text) > elemlen * 0.9:
        return True, False
    if elemlen < limitlen:
        linklen, elemnum, shortelems, _ = link_info or collect_link_info(links_xpath)
        if elemnum == 0:
            return True, False
        return linklen > elemlen * 0.8 or (elemnum > 1 and shortelems / elemnum > 0.8), True
    if len(links_xpath) > 4:
        linklen, elemnum, _, _ = link_info
        if linklen > elemlen * LINK_FARM_RATIO and linklen < 100 * elemnum and not is_paragraph_listing(links_xpath):
            return True, False
    return False, False


def prune_unwanted_sections(tree, potential_tags: set, options, keep_teasers: bool = False):
    """trafilatura 2.3.1's `main_extractor.prune_unwanted_sections`, line for line, with its first
    three prunes (OVERALL_DISCARD_XPATH's two expressions on the same tree, then the image and
    teaser expressions, each on the tree the one before left) evaluated by one walk
    (`stages.xpaths.matches_in_one_walk`) where they are our selectors: all read only an
    element's own attributes, so their matches on the tree before any deletion are their matches
    after it, less what was deleted with a subtree (`attached`)."""
    from lxml.etree import strip_tags
    from trafilatura.htmlprocessing import (
        delete_by_link_density,
        link_density_test_tables,
        prune_unwanted_nodes,
    )
    from trafilatura.xml import delete_element
    from trafilatura.xpaths import (
        DISCARD_IMAGE_ELEMENTS,
        OVERALL_DISCARD_XPATH,
        PRECISION_DISCARD_XPATH,
        TEASER_DISCARD_XPATH,
    )

    favor_precision = options.focus == "precision"
    images = "graphic" not in potential_tags
    teasers = options.focus != "recall" and not keep_teasers
    turns = [DISCARD_IMAGE_ELEMENTS] * images + [TEASER_DISCARD_XPATH] * teasers
    found = matches_in_one_walk(tree, OVERALL_DISCARD_XPATH + [e for turn in turns for e in turn])
    if found is None or len(found) != len(OVERALL_DISCARD_XPATH) + len(turns):  # a list of other than one
        tree = prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH, with_backup=True)
        if images:
            tree = prune_unwanted_nodes(tree, DISCARD_IMAGE_ELEMENTS)
        if teasers:
            tree = prune_unwanted_nodes(tree, TEASER_DISCARD_XPATH)
    else:
        # prune_unwanted_nodes(tree, OVERALL_DISCARD_XPATH, with_backup=True), on the matches found
        matches = dict.fromkeys(el for found_by in found[:len(OVERALL_DISCARD_XPATH)] for el in found_by)
        outer = [elem for elem in matches if not any(a in matches for a in elem.iterancestors())]
        old_len = len(tree.text_content())
        if old_len - sum(len(elem.text_content()) for elem in outer) > old_len / 7:
            for elem in outer:
                delete_element(elem)
        # then each prune in turn on what the ones before left (one expression per list)
        for matches in found[len(OVERALL_DISCARD_XPATH):]:
            for elem in matches:
                if attached(elem, tree):
                    delete_element(elem)
    if options.focus != "recall" and favor_precision:
        tree = prune_unwanted_nodes(tree, PRECISION_DISCARD_XPATH)
    for _ in range(2):
        tree = delete_by_link_density(tree, "div", backtracking=True, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "list", backtracking=False, favor_precision=favor_precision)
        tree = delete_by_link_density(tree, "p", backtracking=False, favor_precision=favor_precision)
    if "table" in potential_tags or favor_precision:
        boilerplate_tables = [elem for elem in tree.iter("table") if link_density_test_tables(elem) is True]
        for elem in boilerplate_tables:
            delete_element(elem, keep_tail=False)
    if favor_precision:
        while len(tree) > 0 and (tree[-1].tag == "head"):
            delete_element(tree[-1], keep_tail=False)
        tree = delete_by_link_density(tree, "head", backtracking=False, favor_precision=True)
        tree = delete_by_link_density(tree, "quote", backtracking=False, favor_precision=True)
    strip_tags(tree, "span", *(() if "ref" in potential_tags else ("ref",)))
    return tree


def _trimmed_length(text: str, enough: float, trim) -> float:
    """`len(trim(text))`, or a smaller length that is still >= `enough` when the trimmed text is
    that long: trafilatura's trim (words joined by single spaces) of a prefix of `text` is a
    prefix of the trim of `text`, so its length is a lower bound."""
    prefix_chars = 8 * int(enough) + 256  # whitespace runs (indentation) shrink a prefix
    if len(text) > prefix_chars:
        head = len(trim(text[:prefix_chars]))
        if head >= enough:
            return head
    return len(trim(text))


class _HashedOnce(tuple):
    """A tuple that computes its hash once. jusText's `classify_paragraphs` looks its stoplist up
    in an lru_cache (`define_stoplist`) on every call, which hashes the whole tuple; trafilatura's
    stoplist for pages of no set language is every language's (tens of thousands of words), and
    hashing it took 6% of our extraction CPU on the boilerplate pages. Equal to the plain tuple,
    with the same hash: the same cache entry, the same stoplist."""

    def __hash__(self) -> int:
        cached = self.__dict__.get("hash")
        if cached is None:
            cached = self.__dict__["hash"] = tuple.__hash__(self)
        return cached


_JT_STOPLIST = None  # trafilatura's jusText stoplist as a _HashedOnce, built on first use
_PARAGRAPH_MAKER = None  # _paragraph_maker(), built on first use


def _paragraph_maker():
    """jusText's `ParagraphMaker` as trafilatura's `try_justext` uses it (`make_paragraphs(tree)`,
    then each paragraph's `text`, counts and class), giving the same paragraphs for less work:

    - the SAX events come from one `iterwalk` over the tree in C, in `lxml.sax.saxify`'s order
      (start, text, children, end, tail; a comment's or processing instruction's tail only; a
      root with processing instructions beside it goes to saxify),
      without the attributes, namespace maps and qualified names saxify builds for every
      element, which ParagraphMaker never reads;
    - a paragraph does not build its XPath string (only jusText's command line prints it), and
      makes its text (join, strip, whitespace regex) and its word list once per state of its
      text nodes, not on each of the ~7 reads of the classification.
    jusText's took 5-8% of our CPU on the extraction benchmark's tuning pages."""
    from justext.core import ParagraphMaker
    from justext.paragraph import Paragraph
    from lxml.etree import ProcessingInstruction, iterwalk

    class OncePerTextParagraph(Paragraph):
        def __init__(self, path):
            self.dom_path = path.dom
            self.text_nodes = []
            self.chars_count_in_links = 0
            self.tags_count = 0
            self.class_type = ""
            self._made_from = -1  # len(text_nodes) when text was made (nodes are only appended)
            self._text = ""
            self._words: list[str] = []

        @property
        def text(self):
            if self._made_from != len(self.text_nodes):
                self._made_from = len(self.text_nodes)
                self._text = Paragraph.text.fget(self)
                self._words = self._text.split()
            return self._text

        @property
        def words_count(self):
            self.text  # noqa: B018 (makes _words current)
            return len(self._words)

        def stopwords_count(self, stopwords):
            self.text  # noqa: B018
            return sum(word.lower() in stopwords for word in self._words)

    class Maker(ParagraphMaker):
        def _start_new_pragraph(self):
            if self.paragraph and self.paragraph.contains_text():
                self.paragraphs.append(self.paragraph)
            self.paragraph = OncePerTextParagraph(self.path)

        @classmethod
        def make_paragraphs(cls, root):
            if any(getattr(sibling, "tag", None) is ProcessingInstruction
                   for sibling in (root.getprevious(), root.getnext())):
                return super().make_paragraphs(root)  # saxify's events for them: rare, left to it
            handler = cls()
            start, end, characters = handler.startElementNS, handler.endElementNS, handler.characters
            handler.startDocument()
            for event, element in iterwalk(root, events=("start", "end", "comment", "pi")):
                if event == "start":
                    tag = element.tag
                    name = (None, tag) if tag[:1] != "{" else tuple(tag[1:].split("}", 1))
                    start(name, tag, None)
                    if element.text:
                        characters(element.text)
                    continue
                if event == "end":
                    tag = element.tag
                    end((None, tag) if tag[:1] != "{" else tuple(tag[1:].split("}", 1)), tag)
                elif element.tag is ProcessingInstruction:
                    handler.processingInstruction(element.target, element.text)
                if element.tail:
                    characters(element.tail)
            handler.endDocument()
            return handler.paragraphs

    return Maker


@contextmanager
def _faster_functions():
    """trafilatura's module globals that this module repeats faster (`link_density_test`,
    `prune_unwanted_sections`, the all-languages jusText stoplist as a `_HashedOnce`, jusText's
    `ParagraphMaker`), swapped in for the block and back after it, so other callers of
    trafilatura are unaffected."""
    global _LINK_DENSITY_HELPERS, _JT_STOPLIST, _PARAGRAPH_MAKER
    from trafilatura import external, htmlprocessing, main_extractor

    _LINK_DENSITY_HELPERS = (htmlprocessing.trim, htmlprocessing.collect_link_info,
                             htmlprocessing.is_paragraph_listing, htmlprocessing.LINK_FARM_RATIO)
    # the stoplist once trafilatura has built it (0.15 s, on its first jusText call)
    if _JT_STOPLIST is None and external.JT_STOPLIST is not None:
        _JT_STOPLIST = _HashedOnce(external.JT_STOPLIST)
    if _PARAGRAPH_MAKER is None:
        _PARAGRAPH_MAKER = _paragraph_maker()
    original_test, original_stoplist = htmlprocessing.link_density_test, external.JT_STOPLIST
    original_maker = external.ParagraphMaker
    original_sections = main_extractor.prune_unwanted_sections
    htmlprocessing.link_density_test = link_density_test
    main_extractor.prune_unwanted_sections = prune_unwanted_sections
    external.ParagraphMaker = _PARAGRAPH_MAKER
    if _JT_STOPLIST is not None:
        external.JT_STOPLIST = _JT_STOPLIST
    try:
        yield
    finally:
        htmlprocessing.link_density_test = original_test
        main_extractor.prune_unwanted_sections = original_sections
        external.ParagraphMaker = original_maker
        if _JT_STOPLIST is not None:
            external.JT_STOPLIST = original_stoplist


def _covers_little(tree, text: str, memo: dict | None = None) -> bool:
    """trafilatura's `len(text) < ESCALATION_PAGE_SHARE * len(html2txt(tree))`, with html2txt
    only computed when the upper bound of its length (module docstring) leaves the answer open,
    and only once per tree with a `memo` of it."""
    global _TEXT_LENGTH, _ELEMENTS
    from trafilatura.baseline import html2txt
    from trafilatura.core import ESCALATION_PAGE_SHARE

    if _TEXT_LENGTH is None:
        from lxml.etree import XPath

        _TEXT_LENGTH, _ELEMENTS = XPath("string-length(normalize-space(.))"), XPath("count(.//*)")
    page = memo.get("html2txt") if memo is not None else None
    if page is None:
        spaces = 2 * _ELEMENTS(tree)
        # the page's text length before the raw-tree prunes, when the caller measured it, bounds
        # the text after them (the prunes only delete): the cheaper test first
        before = memo.get("page_chars") if memo is not None else None
        if before is not None and len(text) >= ESCALATION_PAGE_SHARE * (before + spaces):
            return False
        if len(text) >= ESCALATION_PAGE_SHARE * (_TEXT_LENGTH(tree) + spaces):
            return False
        page = len(html2txt(tree))
        if memo is not None:
            memo["html2txt"] = page
    return len(text) < ESCALATION_PAGE_SHARE * page


def extract_content(cleaned_tree, options, rebuild=None):
    """trafilatura 2.3.1's `extract_content(cleaned_tree, options)`, line for line, also telling
    whether its wild-text recovery ran (the only part of it that reads `options.fast`):
    (body, text, recovered). `rebuild() -> tree`: a new `cleaned_tree` as it is before the main
    extractor changes it (the same cleaning of the same raw tree), called only where the
    recovery needs that tree, instead of a deep copy of every page's tree kept just in case."""
    from copy import deepcopy

    from lxml.etree import strip_elements, strip_tags
    from trafilatura.main_extractor import _elem_text, _extract, recover_wild_text
    from trafilatura.settings import MIN_DUPLICATE_LENGTH
    from trafilatura.utils import SPACING_PROTECTED, text_chars_test
    from trafilatura.xml import delete_element

    backup_tree = deepcopy(cleaned_tree) if rebuild is None else None
    order = list(cleaned_tree.iter())
    result_body, temp_text, potential_tags = _extract(cleaned_tree, options)
    recovered = len(result_body) == 0 or len(temp_text) < options.min_extracted_size
    if recovered:
        if backup_tree is None:
            backup_tree = rebuild()
        consumed = {twin for elem, twin in zip(order, backup_tree.iter(), strict=True) if elem.tag == "done"}
        result_body = recover_wild_text(backup_tree, result_body, options, potential_tags, consumed)
        temp_text = " ".join(result_body.itertext()).strip()
    previous = None
    for el in list(result_body):
        current = _elem_text(el)
        if current and current == previous and len(current) > MIN_DUPLICATE_LENGTH:
            delete_element(el, keep_tail=False)
        else:
            previous = current
    strip_elements(result_body, "done")
    strip_tags(result_body, "div")
    for linebreak in result_body.iter("lb"):
        if (linebreak.tail and not text_chars_test(linebreak.tail)
                and not any(anc.tag in SPACING_PROTECTED for anc in linebreak.iterancestors())):
            linebreak.tail = None
    return result_body, temp_text, recovered


def _cascade(tree, options, url, memo: dict | None, name: str):
    """trafilatura's `_extract_and_compare(*_prepare_tree(tree, options, url), tree, options)`
    (cascade stages 1-2 on the raw `tree`), with the main extractor's answer kept in `memo[name]`
    by a fast pass and taken from there by the full pass that follows it (module docstring)."""
    from trafilatura.core import compare_extraction
    from trafilatura.htmlprocessing import convert_tags

    found = memo.pop(name, None) if memo is not None and not options.fast else None
    if found is not None:
        postbody, temp_text = found
        cleaned_tree_backup = tree_cleaning(copy(tree), options)
    else:
        cleaned_tree, cleaned_tree_backup = _prepare_tree(tree, options, url)
        postbody, temp_text, recovered = extract_content(
            cleaned_tree, options, lambda: convert_tags(tree_cleaning(copy(tree), options), options, url))
        if memo is not None and options.fast and not recovered:
            memo[name] = (deepcopy(postbody), temp_text)
    if not options.fast:
        postbody, temp_text = compare_extraction(cleaned_tree_backup, copy(tree), postbody, temp_text, options)
    return postbody, temp_text


def sequence(tree, options, url, pruned: bool = False, memo: dict | None = None,
             recall_escalation: bool = True, forum: bool | None = None):
    """trafilatura 2.3.1's `trafilatura_sequence(tree, options, url)`, line for line, with the
    backup and html2txt shortcuts (module docstring); `pruned`: skip its two raw-tree prunes,
    done on this tree before; `memo` (only without comments, in balanced focus): what a fast pass
    over this tree found, for the full pass after it (module docstring); `recall_escalation=False`:
    without stage 4, the recall escalation (not trafilatura's text where it would have run);
    `forum`: `_forum_thread_page` of the tree before any pass, where the caller has it."""
    import logging

    from lxml.etree import Element
    from trafilatura.baseline import baseline
    from trafilatura.core import (
        ESCALATION_ACCEPT_RATIO,
        ESCALATION_JUSTEXT_RATIO,
        ESCALATION_MAX_LENGTH,
        _extract_and_compare,
        _forum_thread_page,
    )
    from trafilatura.external import justext_rescue
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes
    from trafilatura.main_extractor import _elem_text, extract_comments
    from trafilatura.xpaths import (
        RAW_TREE_PRUNE_XPATH,
        REMOVE_COMMENTS_AND_LISTS_XPATH,
        REMOVE_COMMENTS_XPATH,
    )

    logger = logging.getLogger("trafilatura.core")
    is_forum = _forum_thread_page(tree) if forum is None else forum
    if not pruned:
        comments_too = not options.comments and (options.focus == "precision" or not is_forum)
        # the two prunes by one walk where that gives their result (stages.xpaths.prune_in_turn)
        if not prune_in_turn(tree, RAW_TREE_PRUNE_XPATH + (REMOVE_COMMENTS_AND_LISTS_XPATH if comments_too else [])):
            tree = prune_unwanted_nodes(tree, RAW_TREE_PRUNE_XPATH)
            if comments_too:
                tree = prune_unwanted_nodes(tree, REMOVE_COMMENTS_AND_LISTS_XPATH)
    commentsbody, temp_comments = Element("body"), ""
    forum_posts = None
    if memo is not None:  # no comments, balanced focus: the branch below comes down to this
        postbody, temp_text = _cascade(tree, options, url, memo, "main")
    else:
        cleaned_tree, cleaned_tree_backup = _prepare_tree(tree, options, url)
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
    if recall_escalation and options.focus == "balanced" and 0 < len(temp_text) < ESCALATION_MAX_LENGTH and _covers_little(tree, temp_text, memo):
        r_options = copy(options)
        r_options.focus = "recall"
        esc_tree = (
            tree
            if is_forum or not options.comments
            else prune_unwanted_nodes(copy(tree), REMOVE_COMMENTS_AND_LISTS_XPATH if temp_comments else REMOVE_COMMENTS_XPATH)
        )
        r_text = ""
        try:  # trafilatura's _recall_retry, with the backup shortcut
            if memo is not None:  # esc_tree is the tree (no comments)
                r_body, r_text = _cascade(esc_tree, r_options, url, memo, "recall")
            else:
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
