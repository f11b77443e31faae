"""US Social Security numbers for the `pii` step (stages/pii.py): nine digits written 3-2-4, in
the ranges the SSA issues, told from the other numbers of that shape (ITINs, EINs, ZIP+4 codes,
case, part, order and phone numbers) by the words, labels and table columns around them
(docs/pii.md). Looked for inside the step's candidate windows."""
from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from presidio_analyzer import EntityRecognizer, RecognizerResult

from stages import regex_cache
from stages.pii_layout import _DIALOGUE_TURN, _Layout
from stages.pii_tables import csv_cells
from stages.pii_words import (
    _FIELD_END,
    _LIST_JOIN,
    _PHONE_LABEL_AFTER,
    _SENTENCE_END,
    NOT_NUMBER_ENTRIES,
    PHONE_WORDS,
    POSSESSIVE_NUMBER,
    _word_pattern,
    ocr_letters,
    record_field,
)

_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}[a-z]?[.)]\s+")

# Words that name a US Social Security number, in English and as pages in the other languages
# the project keeps name it ("número de Seguro Social", "社会保障番号"); "TIN" and "tax" are not
# negatives for it: on US tax forms the taxpayer identification number of a person is the SSN.
SSN_WORDS = _word_pattern("""
    ssn ssns ssn# ssn's ss# ss s.s.n. s.s.n social_security* social-security* social_sec social_sec. soc._sec.*
    soc.sec.* soc_sec* socsec s.s.# s.s.no s.s.no. s.s._no s.s._no. s.s._num s.s._number soc# soc_#
    soc_no soc_no. soc._no. soc_num soc_number
    sozialversicherungs* seguro_social seguridad_social sécurité_sociale securite_sociale
    previdenza_sociale sicurezza_sociale segurança_social seguro_social sociale_zekerheid*
    ubezpieczenia_społecznego социального_страхования социальн*_безопасност*
    社会安全号 社會安全號 社会保障号 社会保障番号 ソーシャル・セキュリティ ソーシャルセキュリティ
    ประกันสังคม
    соцстрахування* соціального_страхування соціальн*_безпек* социално_осигуряване
    социалноосигурител* κοινωνικής_ασφάλισης κοινωνικής_ασφάλιση* sosyal_güvenlik*
    securitate_socială securitate_sociala asigurări_sociale sociálního_zabezpečení
    socialförsäkring* social_sikring* sosiaaliturva* الضمان_الاجتماعي الضمان_الإجتماعي
    التأمين_الاجتماعي تأمین_اجتماعی تامین_اجتماعی सामाजिक_सुरक्षा ביטוח_סוציאלי 사회보장번호
    사회_보장_번호 an_sinh_xã_hội jaminan_sosial keselamatan_sosial társadalombiztosítás*
    sociálneho_poistenia socijalnog_osiguranja socijalno_osiguranje socialnega_zavarovanja
    socialinio_draudimo sociālās_apdrošināšanas sotsiaalkindlustus* seguridade_social
    previdência_social সামাজিক_নিরাপত্তা hifadhi_ya_jamii
    my_social her_social his_social your_social their_social social_no social_no. social_number
    recipient's_tin recipient’s_tin recipients_tin recipient_tin payee's_tin payee’s_tin payee_tin
    employee's_tin employee’s_tin employee_tin borrower's_tin student's_tin taxpayer's_tin your_tin
    recipient's_taxpayer_identification_number payee's_taxpayer_identification_number
    tin tins taxpayer_identification_number*
    社安号 社安號 社安号码 社安號碼 社安卡号 社安卡號 社会安全号码 社會安全號碼 소셜번호 소셜_번호
    소셜_시큐리티 số_an_sinh số_social asxh số_asxh tu_social su_social mi_social número_de_social
    numero_de_social número_social seu_social meu_social número_do_social
    ssa_records ssa_record ssa's_records ssa’s_records ssa_files ssa_file ssa_database
""")
# (Vietnamese "tin" is news or a message: "thông tin", "Mã tin 562377954", "bản tin", "tin nhắn";
# a Vietnamese word beside it makes it that, never a TIN)
_VI_LETTER = "ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9ãÃ"
_SSN_WORD = regex_cache.compile(SSN_WORDS.replace(r"\s+", r"[\s_]+").replace(
    "|tin(?!", rf"|(?<![{_VI_LETTER}][ \u00a0])(?<![{_VI_LETTER}]\w[ \u00a0])(?<![{_VI_LETTER}]\w\w[ \u00a0])"
    rf"(?<![{_VI_LETTER}]\w\w\w[ \u00a0])tin(?![ \u00a0]\w{{0,3}}[{_VI_LETTER}])(?!", 1), re.IGNORECASE)  # "soc_sec_num" headers
# "Social Security" and "Seguro Social" as an OCR pass damages them: the letters it confuses
# (i, l, I, 1 and |; e and c; o and 0; S and 5) read as one another ("Nº de Seguro SociaI",
# "Número de Seguro Soclal", "S0cial Sccurity Number", "55N")
_I, _E, _O = r"[il1I|]", r"[ec]", r"[o0]"
_OCR_SSN_WORD = re.compile(rf"(?<![^\W\d_])(?:[s5]{_O}c{_I}a{_I}[ \t\u00a0]+[s5]{_E}{_E}ur{_I}ty"
                           rf"|[s5]{_E}gur{_O}[ \t\u00a0]+[s5]{_O}c{_I}a{_I}"
                           rf"|[s5]{_E}gur{_I}dad[ \t\u00a0]+[s5]{_O}c{_I}a{_I}"
                           # "55N", "S5N": the abbreviation with S read as 5 (more digits than letters)
                           rf"|(?<![\w.])(?=[s5]*5)[s5]{{2}}n(?![\w.])"
                           # the abbreviations as OCR damages them: "55 N0.", "5.5.N.", "50c. 5cc. N0.",
                           # Spanish "Núm. dc 55" (número de Seguro Social)
                           # (a label's own words, not a number after a word: "Lot 55 No. …")
                           rf"|(?<![\w.])(?<![^\W\d_][ \t\u00a0])(?=[s5.]*5)[s5]\.?[s5]\.?(?:[ \t\u00a0]*n{_O}\.?|n\.)"
                           rf"|(?<![\w.])[s5]{_O}c\.?[ \t\u00a0]+[s5]{_E}c\.?[ \t\u00a0]+n{_O}\.?"
                           rf"|(?<![\w.])n[úu]m\.?[ \t\u00a0]+d{_E}[ \t\u00a0]+(?=[s5]*5)[s5]{{2}}(?![\w.])"
                           # letter-spaced, as a form's label or a scan prints it: "S S N"
                           rf"|(?<![\w.])[s5][ \u00a0][s5][ \u00a0]n(?![\w.]))"
                           rf"(?![^\W\d_])", re.IGNORECASE)
# A key of code or a form's field name that spells an SSN word as one of its parts, in camelCase
# or snake_case ("ssnConfirm", "taxpayerSSN", "ssn_last", "socialSecurityNumber", "SOC_SEC_NO")
# or a dotted path whose last part is one ("kyc.ssn=…", "applicant.taxpayerSsn": a log's or a
# JSON path's field; not "ssn.txt")
_CODE_KEY = re.compile(r"(?<![\w.@-])[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*(?![\w@-])")
_KEY_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
# A word naming another kind of number ("order", "ITIN", "ZIP", "part") or a phone word, nearer
# to the number than any SSN word, makes it that kind of number.
_NOT_SSN_WORD = regex_cache.compile(_word_pattern(" ".join(
    entry for entry in NOT_NUMBER_ENTRIES.split()
    if entry not in {"ssn", "social_security", "sécurité_sociale", "tax", "taxes", "tin", "id",
                     "ids", "soc"}) + " fein zip+4 docket* part# pièce* teil*"
                     " case# file_no file_no. file_number matter_no matter_no. tracking# sn s/n"
                     # a payer's TIN is an EIN; ids a table or form names for what they are
                     " payer's_tin payer’s_tin payers_tin payer_tin employer's_tin employer’s_tin"
                     " employer_tin filer's_tin employee_id employee_no employee_number employee#"
                     " emp_id emp_no emp# staff_id staff_no student_id user_id customer_id patient_id"
                     " record_id worker_id person_id personnel* badge* job_code job_id req_id"
                     " requisition* locator certificate* cert cert. permit* voucher* coupon* room"
                     " route caso número_de_caso numero_de_caso número_de_ruta numero_de_ruta"
                     " routing_number aba"
                     # a lab's or a clinic's specimen, sample or kit (pii-classes26b): "Specimen ID
                     # 142-48-9482", "Sample no.", "Accession #", "N.º de muestra", "Probennummer"
                     " specimen* sample_id sample_no sample_no. sample_number sample# accession*"
                     " kit_id kit_no kit_no. kit_number vial* tube_id tube_no lab_id lab_no lab_no."
                     " muestra n.º_de_muestra échantillon* echantillon* probennummer* proben-id"
                     " campione amostra").replace(r"\s+", r"[\s_]+") + "|" + PHONE_WORDS,
    re.IGNORECASE)
_PHONE_WORD_ONLY = regex_cache.compile(PHONE_WORDS, re.IGNORECASE)
# A record's field for a person's taxpayer id ("field=tax_id old=… new=…"): a person's is the SSN
# (an ITIN is 9xx, never issued as one; an EIN is written 2-7 and belongs to no person's record)
_TAX_ID_FIELD = re.compile(r"(?i)tax(?:payer)?[_.\- ]?id(?:[_.\- ]?(?:no|num|nbr|number))?")
# An e-mail address or a host name that ends a sentence ("… sent to ann@att.net. Please …"): its
# last label is no abbreviation
_ADDRESS_END = re.compile(r"(?:[\w.+-]+@|(?:https?://|www\.))[\w-]+(?:\.[\w-]+)+$")
_LABEL_AFTER = re.compile(r"[ \t\u00a0]*(?:[-–—←][ \t\u00a0]*|[(（][ \t\u00a0]*)")  # a dash, an arrow or a bracket
# what marks a page as about the US in its own text: a NANP number in international form, a US
# taxpayer id's name
_US_EVIDENCE = re.compile(r"(?<![\w+])\+1[ \u00a0\-.]?\(?[2-9]\d\d\)?[ \u00a0\-.]?[2-9]\d\d[ \u00a0\-.]?\d{4}(?!\d)"
                          r"|(?<![\w-])(?:ITIN|SSN|EIN)(?![\w-])")
# (pii-classes29b) a bare "TIN" (or "Tax Identification Number") labelling the number on its line, as
# a country other than the US names its own taxpayer number ("TIN: 032723697" on a .ph page)
_FOREIGN_TIN_LABEL = re.compile(r"(?<![\w'’])(?i:TINs?|tax[ \t\u00a0]+identification[ \t\u00a0]+(?:number|no\.?))"
                                r"[ \t\u00a0]*(?:#|no\.?|number)?[ \t\u00a0]*[:：#\-]?[ \t\u00a0]*$")
# (pii-classes30b) a negation right before an SSN word: the text says the number is NOT one ("VE session
# ID 873-57-6334 (not an SSN)", "Reference (not a Social Security number): …", "(kein SSN)", "(no es un SSN)")
_NEGATED = re.compile(r"(?<![^\W\d_])(?i:not|isn['’]t|is[ \t\u00a0]+not|never|nicht|keine?|kein[a-z]*|pas"
                      r"|n['’]est[ \t\u00a0]+pas|no[ \t\u00a0]+es|não[ \t\u00a0]+é|non[ \t\u00a0]+è|nem)"
                      r"(?:[ \t\u00a0]+(?i:an?|the|un|une|una|uma|um|ein|eine|einer|valid"
                      # (pii-classes32b) whose: "family ID 385354632; it is not your SSN"
                      r"|your|my|his|her|their|our|its|ihre?|deine?|meine?|votre|ton|mon|su|tu|mi|seu|sua))*[ \t\u00a0]+$")
_SSN_HEADER = re.compile(r"\s*(?:social|soc)\s*", re.IGNORECASE)  # a column headed "social" or "soc" alone
# a possessive owner before a word ("Claimant's", "Employee’s"): whose the number is, not its kind
_OWNER = re.compile(r"(?<![^\W\d_])[^\W\d_]+['’]s(?![^\W\d_])")
# "can you confirm 826746277 is the social you have for me?": the sentence after names it
_SOCIAL_AFTER = re.compile(r"[ \t\u00a0]+(?:is|was)[ \t\u00a0]+(?:the|my|your|his|her|their|our)[ \t\u00a0]+"
                           r"(social)(?![\w-])(?![ \t\u00a0]+(?:media|club|worker|event|network|security[ \t\u00a0]+office))",
                           re.IGNORECASE)
SSN_CONTEXT_BEFORE, SSN_CONTEXT_AFTER, SSN_WORD_NEAR = 80, 30, 24
# a bracketed aside after an SSN word, then only leader dots or a colon before the number
_LABEL_ASIDE = re.compile(r"[ \t\u00a0]*[(（][^()（）\n]{1,60}[)）](?=[ \t\u00a0.:：…_\-–—]*$)")
# Whose social it is, said with an owner: "my son's social", "Dad's social", "her social" (never
# another noun after it: "the club's social media", "my son's social worker")
_OWNED_SOCIAL = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]+['’]s|my|his|her|your|their|our)[ \t\u00a0]+social"
                           r"(?![\w-])(?![ \t\u00a0]+(?:media|club|worker|workers|work|event|events|network|"
                           r"networks|skills?|life|circle|services?|studies|security[ \t\u00a0]+office))",
                           re.IGNORECASE)
# What an SSN word is given for, between it and its number: "my son's social for the dependent
# part 173-80-0974", "SSN for the claim: 412-55-0193": the other number word there names what the
# SSN is for, not the number's kind
_GIVEN_FOR = re.compile(r"[ \t\u00a0]+(?:for|on|of|in)[ \t\u00a0]+(?:(?:the|my|his|her|your|their|our|a|an)"
                        r"[ \t\u00a0]+)?(?:[^\W\d_][\w'’-]*[ \t\u00a0]+){0,2}$", re.IGNORECASE)
# An SSN word after a number that is the key of the next field ("uid": 562377954, "ssn": "…",
# "id=412550193; SSN=…"): a field separator, then the word, then its key mark
_NEXT_KEY = re.compile(r"[\w.#]*[\s\"'’]*[:=]")
# English slang for the SSN right before the number, with only "is" or a mark between: "Dad's
# social is 897648207", "social: 412-90-7356", "Soc # 518246690", "SS no. 604317726"; never a
# social word with another noun after it ("social media", "social club no.").
_SLANG_SSN = re.compile(r"(?<![\w\-])(?:social(?:[ \t\u00a0]*(?:#|no\.?|num(?:ber)?\.?|nbr\.?)|"
                        # where it is kept: "the social on the old file was", "social on record is"
                        r"[ \t\u00a0]+(?:on|in)(?:[ \t\u00a0]+(?:the|my|his|her|our|your|their|old|new|"
                        r"previous|prior|original|same)){0,3}[ \t\u00a0]+(?:file|record|form|application|card)s?"
                        r"(?=[ \t\u00a0]*(?:(?:is|was)[ \t\u00a0]|[=:])))?"
                        r"|soc\.?[ \t\u00a0]*(?:#|no\.?|num(?:ber)?\.?|nbr\.?)"
                        r"|s\.?s\.?[ \t\u00a0]*(?:#|no\.?|num(?:ber)?\.?|nbr\.?))"
                        r"[ \t\u00a0]*(?:(?:is|was|=)[ \t\u00a0]+|[=:\-–][ \t\u00a0]*)?$", re.IGNORECASE)
# the end of a table row's last cell: spaces, a closing "|" or tab, the line's end
_ROW_END = re.compile(r"[ \t\u00a0|]*(?:\n|$)")
# the cells of a row between its label and a value: two spaces or more, a tab or a "|" apart
_CELL_GAP = re.compile(r"[ \u00a0]{2,}|[ \u00a0]*[\t|][ \t\u00a0]*")
_VALUE_CELL = re.compile(r"[(+]?\d[\d \-./()]*")
# A question mark, then a short answer without digits ("? Yes —", "? Sí:", "？ 有 —") up to the number
_ANSWERED = re.compile(r"[?？][ \t\u00a0]*[^\W\d]{0,6}[ \t\u00a0]*[—–:\-,]?[ \t\u00a0]*")


class SsnRecognizer(EntityRecognizer):
    """US Social Security numbers: nine digits written 3-2-4 with one kind of separator ("-",
    " ", ".") or none, never inside a longer number or glued to a word, in the ranges the SSA
    issues (area 001-899 but 666, group 01-99, serial 0001-9999; 9xx is an ITIN).

    SSN_WORD_SCORE when an SSN word ("SSN", "SSN#", "social security", "soc. sec.", "número de
    Seguro Social", ...) stands before it in its sentence, after it on its line, on the line
    above it, or heads its table column; a separated number without one is SHAPE_SCORE (reported:
    the 3-2-4 shape is how SSNs are written) unless the page's region hints leave out the US
    ("078-79-0095" on a Belgian page is a phone number), or a word naming another kind of number
    or a phone word stands nearer before it or heads its column. An unseparated nine-digit run
    needs an SSN word.
    """

    # An SSN word within SSN_WORD_NEAR characters outranks a phone number's evidence (0.6-0.7);
    # one farther off in the sentence only outranks the bare shape (presidio: 2 words, 0.85).
    SSN_WORD_SCORE, FAR_WORD_SCORE, SHAPE_SCORE = 0.85, 0.55, 0.5
    CANDIDATE = re.compile(r"(?:(?<![0-9A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF+\-/@&%$€£¥(])|"
                           r"(?<=\()(?=[\d. -]{9,11}(?:\)|,?[ \u00a0]+[^\W\d_])))"  # "(123-45-6789)" whole in
                           # brackets, or opening a bracketed aside ("(834-17-4250 was on the draft)")
                           r"(\d{3})([-. ]?)(\d{2})\2(\d{4})"
                           r"(?![0-9A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF@%]|[.\-/:]\d|[ \-.]\d|-[A-Za-z])")
    # the issuer's test and advertising numbers (presidio's list; 987-65-432x is 9xx anyway)
    PLACEHOLDERS = frozenset({"123456789", "078051120", "219099999"})

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["US_SSN"], supported_language=supported_language,
                         context=[], name="SsnRecognizer", **kwargs)

    def load(self) -> None:
        pass

    def analyze(self, text, entities=None, nlp_artifacts=None, regions: Sequence[str] = ()):
        return [RecognizerResult("US_SSN", start, end, score)
                for start, end, score in self.spans(text, regions)]

    def spans(self, text: str, regions: Sequence[str] = (),
              windows: Sequence[tuple[int, int]] | None = None) -> list[tuple[int, int, float]]:
        """(start, end, score) of every SSN in `text`; `regions`: the page's region hints;
        `windows`: where to look (`candidate_windows`: every SSN is inside one), else everywhere."""
        found, layout, unmarked = [], None, []
        text = csv_cells(text)  # a dump's commas and colons are cell borders (offsets unchanged)
        # labels are read with OCR's digits-for-letters read back ("S0C SEC N0:"); a candidate is
        # never glued to a letter, so its digits are the same in both (read at the first candidate)
        words = None
        # a US page: by its hints, or by its own text, US numbers ("+1 201-…") or a US tax id's
        # name ("ITIN", "SSN"): a Spanish page of a US form ("Hoja de admisión de despensa")
        us_page = not regions or "US" in regions or None  # (None: its text not read yet)
        us_first = not regions or regions[0] == "US"  # a .com page in English, or no hint at all
        matches = self.CANDIDATE.finditer(text) if windows is None else (
            match for start, end in windows  # 2 more: the lookahead reads past a window's end
            for match in self.CANDIDATE.finditer(text, start, min(len(text), end + 2)))
        for match in matches:
            start, end = match.span()
            area, separator, group, serial = match.groups()
            if not self.issued(area + group + serial):
                continue
            if start >= 2 and re.match(r"\d[ .:\-]|[.:]\d", text[start - 2:start]):
                words = ocr_letters(text) if words is None else words
                if re.match(r"\d[ .:\-]|[.:]\d", words[start - 2:start]):
                    continue  # the tail of a longer number ("+1 212 34 0167", "1.123-45-6789"); a
                    # comma is a CSV cell border (an OCR pass's "N0 412-08-4117" ends a label: "NO")
            words = ocr_letters(text) if words is None else words
            layout = layout or _Layout(words)
            context = 2 if _x12_ssn_element(text, start) else self.context_of(words, start, end, layout, us_first)
            if context > 0 and regions and "US" not in regions and \
                    _FOREIGN_TIN_LABEL.search(words, max(0, start - 40), start) and not _US_EVIDENCE.search(text):
                continue  # (pii-classes29b) "TIN: 032723697" on a Philippine or Indian page: that
                # country's own taxpayer number; only a US page's TIN is a person's SSN
            if context == 0 and separator and us_page is None:
                us_page = bool(_US_EVIDENCE.search(text))
            if context == 2:
                found.append((start, end, self.SSN_WORD_SCORE))
            elif context == 1:
                found.append((start, end, self.FAR_WORD_SCORE))
            elif context == 0 and separator and us_page:
                found.append((start, end, self.SHAPE_SCORE))
            elif context == 0:
                unmarked.append((start, end))
        if unmarked and found:
            found = sorted(found + [(start, end, self.SHAPE_SCORE) for start, end in unmarked
                                    if layout.column_mate(start, end, found)])
        marked = [span for span in found if span[2] == self.SSN_WORD_SCORE]
        if marked and (unmarked or len(marked) < len(found)):
            taken = {(start, end) for start, end, _ in found}
            found = sorted([(start, end, self.SSN_WORD_SCORE if self.form_sibling(
                                words, start, end, layout, marked) else score)
                            for start, end, score in found] +
                           [(start, end, self.SSN_WORD_SCORE) for start, end in unmarked
                            if (start, end) not in taken and
                            self.form_sibling(words, start, end, layout, marked)])
        return found

    FORM_LABEL = re.compile(r"[^\W\d][^\d\n]{0,58}?[:：]?[ \t\u00a0]*")

    def form_sibling(self, text: str, start: int, end: int, layout: _Layout,
                     marked: Sequence[tuple[int, int, float]]) -> bool:
        """Whether an unmarked 3-2-4 number is the value of a form field ("Other names or numbers
        used: 430-15-0413") within six lines of a field whose SSN word marks its number: a
        separated number, alone after a label without digits, ending its line."""
        if text[start + 3] not in "- .":
            return False
        index = layout.line_index(start)
        line_start, line_end = layout.lines[index]
        if not self.FORM_LABEL.fullmatch(text, line_start, start) or \
                text[end:line_end].strip(" .\t\u00a0"):
            return False
        return any(0 < abs(layout.line_index(other) - index) <= 6 for other, _, _ in marked)

    def issued(self, digits: str) -> bool:
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        return area != "000" and area != "666" and area[0] != "9" and group != "00" and \
            serial != "0000" and len(set(digits)) > 1 and digits not in self.PLACEHOLDERS

    def context_of(self, text: str, start: int, end: int, layout: _Layout, us_first: bool = True) -> int:
        """2 when an SSN word marks the number from near by (or heads its column, or labels the
        line above), 1 from farther off in its sentence, -1 when a word naming another kind of
        number (or a phone word) stands nearer, 0 when nothing says either."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - SSN_CONTEXT_BEFORE):start]
        sentence_start = 0
        for cut in _SENTENCE_END.finditer(before):
            if _ANSWERED.fullmatch(before, cut.start()):
                continue  # "Do you have a Social Security number? Yes — 486-76-4547": the question
                # names the number its short answer gives
            if _ADDRESS_END.search(before, 0, cut.start()) or \
                    not re.search(r"(?<!\w)\w{1,3}$|(?i:nr|no|num|nro|núm)$", before[:cut.start()]):
                sentence_start = cut.end()  # "Soc. Sec. No.", "Sozialversicherungsnr. (USA)": an
                # abbreviation ends nothing (an e-mail address's or a host's ".net" is none)
        before = before[sentence_start:]
        field, cuts = before, list(_FIELD_END.finditer(before))
        if cuts:
            field = before[cuts[-1].end():]
            label_start = cuts[-2].end() if len(cuts) > 1 else 0
            if not field.strip() and not before[:cuts[-2].start() if len(cuts) > 1 else 0].strip() and \
                    not re.search(r"\d", before[label_start:cuts[-1].start()]) and \
                    _ROW_END.match(text, end) and not _SSN_WORD.search(layout.column_header(start, end) or ""):
                # a form's row of two cells, a label and the number: the label is the number's
                # field ("Routing number\t016528521", "| Ref | 163-02-7790 |"), as an SSN word there
                # marks it (unless the column is headed by one: "Name | SSN" above "Ann Price | …")
                field = before[label_start:]
        positive = negative = None
        for positive in _SSN_WORD.finditer(before):
            pass
        for labelled in (_ssn_key(before), _last(_OCR_SSN_WORD.finditer(before)),
                         _last(_OWNED_SOCIAL.finditer(before))):
            if labelled is not None and (positive is None or labelled.end() > positive.end()):
                positive = labelled
        slang = _SLANG_SSN.search(before)
        if slang is not None and (positive is None or slang.end() > positive.end()):
            positive = slang
        if positive is not None and _NEGATED.search(before, 0, positive.start()) and \
                not re.search(r"\d{3}", before[positive.end():]) and not re.search(r"\d{3}", before[:positive.start()]):
            return -1  # "Reference (not an SSN): 123-45-6789": the label says what it is not ("Note:
            # 941-94-6290 rejected (not a valid SSN); resubmitted as 238-45-3990": it said so of the number before)
        for negative in _NOT_SSN_WORD.finditer(field):
            pass
        if negative is not None and re.search(r"\d{3}", field[negative.end():]):
            negative = None  # "Order 4711-22, SSN 123-45-6789" names the number before
        if negative is None and positive is None:
            negative = _other_number_label(field, _FIELD_KINDS)  # "Rx no.: 440-75-4299", "My job no. is …"
        elif negative is not None and positive is not None and _either_ssn_or_itin(before, positive, negative,
                                                                                   len(before) - len(field)):
            negative = None  # "SSN / ITIN (circle one): 865626423": the range says which (9xx is an ITIN)
        if us_first and negative is not None and text[start + 3] == "-" and _PHONE_WORD_ONLY.fullmatch(negative.group()) \
                and (not re.fullmatch(r"[\s.:#\-–]*", field[negative.end():]) or
                     POSSESSIVE_NUMBER.fullmatch(negative.group())):
            negative = None  # "text me, my number 431-29-8812": no US phone is written 3-2-4
        if negative is not None and text[start + 3] in "- " and _PERSON_KIND.fullmatch(negative.group()) and \
                _OWNER_NUMBER.fullmatch(field, negative.end()):
            negative = None  # "Your household member's number 419-40-4473": whose number, not a member number
        shift = len(before) - len(field)
        if negative is not None and positive is not None and positive.end() <= negative.start() + shift and \
                _GIVEN_FOR.search(before, positive.end(), negative.start() + shift) and \
                re.fullmatch(r"[ \t\u00a0]*[:#]?[ \t\u00a0]*", field[negative.end():]):
            negative = None  # "my son's social for the dependent part 173-80-0974"
        if negative is not None and positive is not None and \
                _qualified_label(before, positive.end(), negative.start() + shift):
            negative = None  # "Social Security No. (claimant) 669-66-9989": whose number it is
        # (a longer negative ending where the SSN word does holds it: "payer's TIN" is an EIN)
        if negative is not None and (positive is None or negative.end() + shift > positive.end() or
                                     negative.end() + shift == positive.end() and
                                     negative.start() + shift < positive.start()):
            if layout.speaker_answers(start, end, start - len(field) + negative.end(), _SSN_WORD):
                return 2  # "Agente: ¿y su social?" / "Cliente: claro, 287-65-4411"
            if _bracketed_ssn_label(text, end):
                return 2  # "Prior claim: 318-79-3447 (SSN)": the number's own label says which
            return -1
        named = record_field(text, start)
        if named is not None and (_SSN_WORD.search(re.sub(r"[_.-]+", " ", named)) or _ssn_key(named + " ")
                                  or _TAX_ID_FIELD.fullmatch(named)):
            return 2  # "field=ssn old_value=123-45-6789 new_value=123456789": the record's field
        # (pii-classes32b) a bracketed aside right after the SSN word qualifies it, names no number
        # of its own: "Plaintiff SSN (confidential, form SC-100-INFO) ........ 009-56-5639"
        aside = positive and _LABEL_ASIDE.match(before, positive.end())
        label_end = aside.end() if aside else positive.end() if positive is not None else 0
        if positive is not None and re.search(r"\d{3}", before[label_end:]):
            if _row_label(text, line_start, start - len(before), positive, start):
                return 2  # "SSN     521-62-9408     065450633": the row's label serves every column
            if _listed(before[positive.end():]):
                return 2  # "Other SSNs associated with subject: 540.72.8450, 217938517"
            if _CONTRASTED.fullmatch(before, positive.end()):
                return 2 if len(before) - positive.end() <= SSN_WORD_NEAR + 60 else 1
            positive = None  # "SSN 123-45-6789, 382-42-6942": it named the number before
            if _other_number_label(field, _FIELD_KINDS) is not None:
                return -1  # "SSN 183 74 1992 did not match the W-4. My job no. is 839-59-1041"
        line_end = text.find("\n", end)
        after = text[end:min(end + SSN_CONTEXT_AFTER, len(text) if line_end < 0 else line_end)]
        near = positive is not None and len(before) - label_end <= SSN_WORD_NEAR
        if _PHONE_LABEL_AFTER.match(after) and not near:
            return -1  # "382-42-6942 (mobile)"; an SSN label right before names the number, a
            # phone word after it says how it was checked ("SSN on file: 260-08-6123 (verified by phone)")
        label_after = _LABEL_AFTER.match(after)
        owner = label_after and _OWNER.match(after, label_after.end())
        if label_after and _NOT_SSN_WORD.match(after, owner.end() + len(after[owner.end():]) - len(
                after[owner.end():].lstrip()) if owner else label_after.end()) and not near:
            # ("(Claimant's SSN)": the owner is no label; "(Claimant's claim no.)" still is)
            return -1  # "559-94-7427 — Ref", "559-94-7427 (claim)": a label after it names another number
        if positive is not None:
            return 2 if near else 1
        first_after = _SSN_WORD.search(after) or _SOCIAL_AFTER.match(after) or \
            _owned_social_after(after, label_after)  # "… (dependent's social)"
        if first_after is not None and not re.search(r"\d", after[:first_after.start()]) and \
                _NEGATED.search(after, 0, first_after.start()):
            return -1  # "873-57-6334 (not an SSN)": the text names it as something else
        if first_after is not None and re.search(r"[,;|\t]", after[:first_after.start()]) and \
                _NEXT_KEY.match(after, first_after.end()):
            first_after = None  # '"uid": 562377954, "ssn": "…"': the word keys the next field
        if first_after is not None and not re.search(r"\d", after[:first_after.start()]) and \
                not _NOT_SSN_WORD.search(_OWNER.sub(lambda owner: " " * len(owner.group()), after),
                                         0, first_after.start()):
            # ("123-45-6789  (Claimant's SSN)": the owner's name before the SSN word is no other number)
            return 2 if first_after.start() <= SSN_WORD_NEAR else 1  # "123-45-6789 (SSN)"
        header = layout.column_header(start, end)
        if header is not None:
            return 2 if _SSN_WORD.search(header) or _SSN_HEADER.fullmatch(header) else \
                -1 if _NOT_SSN_WORD.search(header) or _other_number_label(header.strip() + " ") else 0
        label = layout.ordered_label(start, end)
        if label is not None and _SSN_WORD.search(label):
            return 2
        if label is not None and _NOT_SSN_WORD.search(label):
            return -1  # "Name  Phone  Member ID" above "Ann Lee  (312) 555-0142  419-62-3108"
        index = layout.line_index(start)
        if index > 0 and not text[line_start:start].strip():
            # (a form's item number before the label is no digit of it: "2. SSN:", "6) Seguro Social:")
            label = _ITEM_NUMBER.sub("", layout.line(index - 1).strip(), count=1)
            if 0 < len(label) <= 60 and not re.search(r"\d|@", label):
                return 2 if _SSN_WORD.search(label) else -1 if _NOT_SSN_WORD.search(label) else 0
            above = index - 1
            while above > 0 and above >= index - 2 and not layout.line(above).strip():
                above -= 1  # "Social Security No.", a blank line, the number: a form as text from
                # HTML gives it (an SSN word only: a title over a blank line names no field)
            label = _ITEM_NUMBER.sub("", layout.line(above).strip(), count=1)
            if above < index - 1 and 0 < len(label) <= 60 and not re.search(r"\d|@", label) and \
                    _SSN_WORD.search(label):
                return 2
        if layout.asked_above(start, end, _SSN_WORD):
            return 2  # "… your Social Security number?" / "Yeah it's …"
        return 2 if _corrects_above(text, line_start, start, layout) else 0


def _owned_social_after(after: str, label_after: re.Match | None) -> re.Match | None:
    """A bracket or dash right after the number saying whose social it is ("437966975
    (dependent's social)", "— my son's social"): its own label (pii-classes26b)."""
    if label_after is None:
        return None
    owned = _OWNED_SOCIAL.search(after, label_after.end())
    if owned is None or not re.fullmatch(r"(?i:(?:my|his|her|your|their|our|the)[ \t\u00a0]+)?",
                                         after[label_after.end():owned.start()]):
        return None
    return owned


# A turn that corrects the value the turn above gave: "wait, wrong one. it's …", "sorry, typo: …",
# "perdón, me equivoqué, es …" (words without digits, then the number)
_CORRECTION = re.compile(r"(?i)(?<![^\W\d_])(?:wrong(?:[ \t\u00a0]+(?:one|number|digits?))?|typo|correction|"
                         r"i[ \t\u00a0]+meant|my[ \t\u00a0]+bad|scratch[ \t\u00a0]+that|mistyped|misread|"
                         r"perd[oó]n|me[ \t\u00a0]+equivoqu[eé]|equivocad[oa]|corrijo|quise[ \t\u00a0]+decir)"
                         r"(?![^\W\d_])[^\d\n]{0,40}$")


def _corrects_above(text: str, line_start: int, start: int, layout: _Layout) -> bool:
    """Whether the number's line is a dialogue turn that corrects the SSN given in the turn above
    ("Dana: my social is 521-22-8905" / "Dana: wait, wrong one. it's 160863133"): the words
    before the number say it replaces a value, and the line above is a turn whose own SSN word
    names a number there."""
    turn = _DIALOGUE_TURN.match(text, line_start, start)
    if turn is None or not text[line_start:turn.end()].strip() or \
            not _CORRECTION.search(text, turn.end(), start):
        return False
    index = layout.line_index(start)
    if index == 0:
        return False
    above = layout.line(index - 1)
    turn_above = _DIALOGUE_TURN.match(above)
    if turn_above is None or not above[:turn_above.end()].strip():
        return False
    named = _last(_SSN_WORD.finditer(above, turn_above.end()))
    return named is not None and re.search(r"\d{3}[-. ]?\d{2}[-. ]?\d{4}", above[named.end():]) is not None


def _row_label(text: str, line_start: int, before_start: int, label: re.Match, start: int) -> bool:
    """Whether `label` (a match in text[before_start:start]) is the first cell of a table row
    whose cells up to the number at `start` hold only values, each apart by two spaces or more,
    a tab or a "|" ("SSN    521-62-9408    065450633", "| SSN | 521-62-9408 | 065450633"): a
    fixed-width or pipe form with a column per person."""
    head = text[line_start:before_start + label.start()]
    if re.search(r"\d", head) or len(head.strip(" \t|\u00a0")) > 20:
        return False  # the label does not open the row
    between = text[before_start + label.end():start]
    # the label's own tail ("#", "No.:") and the gap to the first value (one space may do there)
    opening = _LABEL_TAIL.match(between)
    if opening is None:
        return False
    rest = between[opening.end():]
    gaps = list(_CELL_GAP.finditer(rest))
    if not gaps or gaps[-1].end() != len(rest):
        return False
    cells = [rest[:gaps[0].start()]] + [rest[a.end():b.start()] for a, b in pairwise(gaps)]
    return any(cells) and all(not cell or _VALUE_CELL.fullmatch(cell) for cell in cells)


_LABEL_TAIL = re.compile(r"[ \t\u00a0]*(?:(?:#|(?i:no|nr|num|number)\.?)[ \t\u00a0]*)?[:.]?"
                         r"(?:[ \t\u00a0]*[\t|][ \t\u00a0]*|[ \t\u00a0]+)")


# a bracket right after the number holding an SSN word alone ("(SSN)", "(Soc. Sec. No.)", "(social)")
_BRACKETED = re.compile(r"[ \t\u00a0]*[(（][ \t\u00a0]*([^()（）\d\n]{1,30}?)[ \t\u00a0]*[)）]")


def _bracketed_ssn_label(text: str, end: int) -> bool:
    """Whether a bracket right after the number holds an SSN word and nothing else: the
    number's own label, nearer to it than any word before."""
    bracket = _BRACKETED.match(text, end)
    if bracket is None:
        return False
    label = bracket.group(1)
    return bool(_SSN_WORD.fullmatch(label) or _OCR_SSN_WORD.fullmatch(label) or _SSN_HEADER.fullmatch(label))


# a bracket's words that name a number of their own ("(claim no.)", "(case #)"), not a person
_NUMBER_WORD_TAIL = re.compile(r"(?i)(?:[ \t\u00a0]*(?:#|(?:no|nr|num|number|nbr)(?![^\W\d_])\.?))?")
_NUMBER_NAMED = re.compile(r"(?i)(?<![^\W\d_])(?:no|nr|num|number|nbr)\b\.?|#")


def _qualified_label(before: str, label_end: int, negative_start: int) -> bool:
    """Whether the other number's word stands in a bracket right after the SSN word and the
    bracket then ends the label: a form's qualifier saying whose number it is ("Social Security
    No. (claimant)", "SSN (applicant):"), not a number of another kind ("SSN (claim no.)")."""
    label_end = _NUMBER_WORD_TAIL.match(before, label_end).end()  # "Social Security" "No."
    bracket = _BRACKETED.match(before, label_end)
    return bracket is not None and bracket.start(1) <= negative_start < bracket.end(1) and \
        not _NUMBER_NAMED.search(bracket.group(1)) and \
        re.fullmatch(r"[ \t\u00a0]*[:#]?[ \t\u00a0]*", before[bracket.end():]) is not None


# A label naming a number of its own by a word and "no." / "nr." / "#" / "number" right before the
# value ("Rx no.:", "Job no.", "my rx no. is", "Award #"): that number, not an SSN (asked only when
# no SSN word stands before it); a word that names no kind of number ("ID no.", "Tax no.", "my no.")
# or is an SSN word ("SS no.") does not
_OTHER_NUMBER_LABEL = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,14})"  # (a space or a dot apart: "Moreno" is a name)
                                 r"(?:(?:\.?[ \t\u00a0]+|\.)(?:no|nr|num|nbr|number)(?![^\W\d_])\.?|[ \t\u00a0]*#)"
                                 r"[ \t\u00a0]*(?:[:=][ \t\u00a0]*|(?:is|was)[ \t\u00a0]+)?$", re.IGNORECASE)
# A person named as the owner of the number right before it ("household member's number", "the
# subscriber’s no."): a person's own number, not a member or subscriber number (pii-classes25b)
_PERSON_KIND = re.compile(r"(?i:members?|subscribers?|users?|visitors?|mitglied)")
_OWNER_NUMBER = re.compile(r"['’]s?[ \t\u00a0]+(?i:number|no\.?|nr\.?|num\.?|#)[ \t\u00a0]*[:#]?[ \t\u00a0]*")
_NO_KIND = frozenset("""id ident identification tax taxpayer tin security sec soc social ss ssn insurance my your
    his her their our the a an this that its same old new previous prior other his your phone""".split())


# in running text and form fields only these words (a prescription's, a job's number): any other
# word there cost a held set's SSNs (aggregates only, pii-classes22b); a column header, any word
_FIELD_KINDS = frozenset("rx prescription job".split())


def _other_number_label(field: str, kinds: frozenset[str] | None = None) -> re.Match | None:
    label = _OTHER_NUMBER_LABEL.search(field)
    if label is None or label.group(1).lower() in _NO_KIND or _SSN_WORD.search(label.group()) or \
            kinds is not None and label.group(1).lower() not in kinds:
        return None
    return label


# an either-or label of the two taxpayer ids a person has: "SSN / ITIN", "ITIN or SSN", "SSN/ITIN#"
_EITHER_JOIN = re.compile(r"[ \t\u00a0]*(?:/|or|o|ou|oder)[ \t\u00a0]*", re.IGNORECASE)


def _either_ssn_or_itin(before: str, positive: re.Match, negative: re.Match, shift: int) -> bool:
    """Whether the other number's word is "ITIN" joined to the SSN word by "/" or "or" (either
    order): a person's taxpayer id, written in the range that tells which (an ITIN is 9xx)."""
    if negative.group().lower().rstrip("s#") != "itin":
        return False
    start, end = negative.start() + shift, negative.end() + shift
    return bool(_EITHER_JOIN.fullmatch(before, positive.end(), start) or
                _EITHER_JOIN.fullmatch(before, end, positive.start()))


def _last(matches):
    last = None
    for last in matches:
        pass
    return last


def _ssn_key(before: str) -> re.Match | None:
    """The last code key or field name in `before` with an SSN word as one of its camelCase or
    snake_case parts ("ssn", "social" then "security", "soc" then "sec", "socsec")."""
    if not re.search(r"(?i:ssn|soc)", before):
        return None  # (cheap first)
    found = None
    for key in _CODE_KEY.finditer(before):
        word = key.group()
        dotted, _, leaf = word.rpartition(".")
        if dotted:
            word = leaf  # a path's leaf names the field (the "ssn" of "kyc.ssn"; no plain word)
        elif "_" not in word and not re.search(r"[a-z][A-Z]|[A-Z]{2,}[a-z]", word):
            continue  # a plain word: _SSN_WORD reads those
        parts = [part.lower() for part in _KEY_PART.findall(word)]
        if "ssn" in parts or "socsec" in parts or any(
                pair in (("social", "security"), ("soc", "sec")) for pair in pairwise(parts)):
            found = key
    return found


# A label, one 3-2-4 number, then a clause that sets a second value of the same thing against it
# ("the borrower's SSN on the form was 489759504 but the IRS has 847870364 on file", "SSN:
# 123-45-6789, not 987-…", "… pero el IRS tiene …"): the label names both. (A word naming another
# kind of number in the clause has made the number that kind before this is asked.)
_CONTRASTED = re.compile(r"[^\d\n]{0,30}?\d{3}([-. ]?)\d{2}\1\d{4}[^\d\n]{0,12}?"
                         r"(?<![^\W\d_])(?i:but|however|whereas|while|yet|not|instead|rather|pero|sino|mientras|"
                         r"aber|sondern|doch|mais|tandis|ma|mentre|mas|porém|porem|maar|terwijl|ale|но|а)"
                         r"(?![^\W\d_])[^\d\n]{0,40}")


# the items of a list before the number, each a 3-2-4 number (with any note in brackets after it)
_LISTED_ITEM = re.compile(r"\d{3}([-. ]?)\d{2}\1\d{4}(?:[ \t\u00a0]*[(（][^()（）\d\n]{0,20}[)）])?")
_LIST_LABEL_END = re.compile(r"[^\d\n]{0,40}?[:：][ \t\u00a0]*")


def _listed(between: str) -> bool:
    """Whether the text between an SSN label and a number is the end of the label (up to its
    colon), then a list of 3-2-4 numbers, each followed by a list's separator (", ", "; ", " / ",
    "and", "y", "und", ...): the label names every item ("Other SSNs associated with subject:
    540.72.8450, 217938517", "Otros números de Seguro Social asociados: 489-55-7987, 800-47-0757").
    A label without a colon ("SSN 123-45-6789, 382-42-6942") names only the number after it."""
    head = _LIST_LABEL_END.match(between)
    if head is None:
        return False
    position, items = head.end(), 0
    while position < len(between):
        item = _LISTED_ITEM.match(between, position)
        if item is None:
            return False
        digit = re.search(r"\d", between[item.end():])
        join_end = len(between) if digit is None else item.end() + digit.start()
        join = between[item.end():join_end]
        if not join.strip() or not _LIST_JOIN.match(join):
            return False
        position, items = join_end, items + 1
    return items > 0


# An ASC X12 segment whose qualifier names the value an SSN (blind30's round, part b): NM1's
# identification code qualifier "34" (NM108, "Social Security Number": the member's NM109 in an
# 834 enrollment, an 837 claim's subscriber) and a REF segment's "SY" (REF01, "Social Security
# Number"). The element separator is the interchange's own (the character after "ISA": "*" by
# convention, "|" or "^" elsewhere); a segment starts a line or follows the "~" terminator. Other
# qualifiers ("24" an employer's id, "MI" a member id, REF "0F" a subscriber number) stay unmarked.
_X12_SSN_ELEMENT = re.compile(r"(?:^|(?<=[~\n]))[ \t]*(?:NM1([*|^])(?:[^*|^~\n]*\1){7}34\1|REF([*|^])SY\2)$")


def _x12_ssn_element(text: str, start: int) -> bool:
    if start < 6 or text[start - 1] not in "*|^":
        return False
    segment_start = max(text.rfind("~", 0, start) + 1, text.rfind("\n", 0, start) + 1, start - 120)
    return _X12_SSN_ELEMENT.search(text, segment_start, start) is not None
