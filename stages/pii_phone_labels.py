"""Where a phone number's label or key stands, for `stages/pii_phones.py`: its one job is to read
the words around a number that name it, wherever a page or a log puts them: a label after the number
(value-first lines), on the line above, in the markup's cell before, a key-value row's own label, a
`key=value` record's key (a config, a query string, an audit log's "field=" record), a key naming a
time. Each answers yes or no from the word lists of `stages/pii_words.py`; `PhoneNumbers` weighs them.
"""
from __future__ import annotations

import re

import phonenumbers

from stages import regex_cache
from stages.pii_words import (
    _NOT_PHONE_WORD,
    _PHONE_LABEL,
    _PHONE_WORD,
    PHONE_LABELS,
    PHONE_WORDS,
    other_number_end,
    record_field,
)


def _parse(text: str):
    try:
        return phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return None


def phone_keys(text: str) -> str:
    """`text` with "=" after every key that names a phone turned to a space, so the value reads as
    a number after its label ("oncall_phone=+4420…", "?tel=0612…"; "login=+34612345678": a key's
    whole value, a valid number in international form), unless the key names another kind of
    number ("order_id=+4915112345678"); other keys keep their "=" (which ends no number's left edge)."""
    return _KEY_EQUALS.sub(lambda key: key.group(1) + "phone" + key.group(1) + " " if _contact_data(text, key) else key.group(0)[:-1] + (" " if _phone_field(text, key.end()) or _PHONE_KEY.fullmatch(
        _KEY_INDEX.sub(r".\1", key.group(2))) or (_e164_value(text, key.end()) or
                                                 _phone_word_key(_camel_split(key.group(2)))) and not
        _NOT_PHONE_WORD.search(re.sub(r"[_.\-\[\]]+", " ", _camel_split(key.group(2)))) else "="), text)


def _camel_split(key: str) -> str:
    """A camelCase key's words apart ("mCallIncomingNumber" reads "m_Call_Incoming_Number",
    Android's telephony dump; "callbackId" reads "callback_Id", an id's key) (pii-classes32a)."""
    return _CAMEL_HUMP.sub("_", key)


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")
# Android's contacts rows as ContactsProvider and `content query` print them ("{display_name=Emma,
# data1=087 692 5630, data2=2}", "mimetype=vnd.android.cursor.item/phone_v2, data1=+4477…"): a data
# row's "data1" is its value, a phone where the value is shaped as one (an e-mail row's is an address)
_CONTACT_ROW = re.compile(r"\bdisplay_name=|/phone_v2\b")


def _contact_data(text: str, key) -> bool:
    """Whether `key` is "data1" in a record of a contact row (its line holds "display_name=" or a
    phone mimetype) (pii-classes32a): the key then reads "phone" (its digit glued no number)."""
    if key.group(2).lower() != "data1":
        return False
    line_start = text.rfind("\n", 0, key.start()) + 1
    line_end = text.find("\n", key.end())
    return bool(_CONTACT_ROW.search(text, line_start, len(text) if line_end < 0 else line_end))


def _names_phone_columns(row: tuple[list[str], int] | None) -> bool:
    return row is not None and row[1] == 0 and any(_PHONE_WORD.search(cell) or _PHONE_LABEL.search(cell.strip() + ":")
                                   for cell in row[0])


# A value-first line or field: the number starts it (after a bullet at most) and a short label
# follows it to the end of the line or cell, bare, after a dash or in brackets ("734 723 7797 –
# N° de suivi", "0281 234382 [Takip no]", "2395-393-572 Customer no."); the label names the
# number unless it begins with a preposition ("0800 123 456 for orders": a line to call about them)
_VALUE_FIRST_BEFORE = re.compile(r"[ \t\u00a0]*(?:[-*•·>][ \t\u00a0]*)?|.*[|\t;][ \t\u00a0]*")
_VALUE_FIRST_LABEL = re.compile(r"[ \u00a0]*(?:[–—-][ \u00a0]*|(?=[(\[（]))?[(\[（]?[ \u00a0]*"
                                r"([^\d\n|\t;()\[\]（）<>@]{2,40}?)[ \u00a0]*[)\]）]?[ \u00a0]*(?=$|[|\t;])")
_LABEL_PREPOSITION = re.compile(r"(?:for|about|to|re|on|pour|für|zu|zur|zum|para|per|voor|för|til|dla|для|по|"
                                r"à|au|aux|a|al|ai|de|di|du|des|del|van|om|na|w|в)(?![^\W\d_])", re.IGNORECASE)


def _label_after(text: str, line_start: int, start: int, after: str) -> bool:
    if not _VALUE_FIRST_BEFORE.fullmatch(text, line_start, start):
        return False
    label = _VALUE_FIRST_LABEL.match(after)
    if label is None or len(label.group(1).split()) > 4:
        return False
    words = label.group(1).strip()
    return other_number_end(words) is not None and not _PHONE_WORD.search(words) and \
        not _PHONE_LABEL.search(words + ":") and not _LABEL_PREPOSITION.match(words)


# "0375 598449 numaralı siparişiniz" (Turkish: "your order numbered …"), "a 4061 830550 számú
# rendelés" (Hungarian): the noun after "numbered" names the number
_NUMBERED_NOUN = re.compile(r"[ \u00a0]+(?:numaral[ıi]|számú)[ \u00a0]+([^\W\d_]+)", re.IGNORECASE)
# A number alone on its line under a label alone on the line above ("N.º de factura:\n83 64 25 24 80")
_LABEL_LINE = re.compile(r"[ \t\u00a0]*(?:[-*•·][ \t\u00a0]*)?([^\d\n|\t;<>@·•]{2,40}?)[ \t\u00a0]*[:：]?[ \t\u00a0]*")


def _label_above(text: str, line_start: int, start: int, end: int, line_end: int,
                 extension: re.Pattern) -> bool:
    """A label alone on the line above, or ending it in a cell of its own, names the number
    alone on its line (or in its line's first cell, the next cells holding no value: a row of
    values is a table's, under a header): text from HTML puts a form's label cell at the end of
    one line and its value at the start of the next ("<td>Customer no.:</b>" / "9698-5240-58<br>",
    markup read as cells by `csv_cells`). `extension`: the pattern of an extension's tail, left out."""
    rest = text[end:len(text) if line_end < 0 else line_end]
    if line_start < 2 or text[line_start:end].lstrip(" \t\u00a0") != text[line_start:end].strip() or \
            rest.strip() and (not re.match(r"[ \u00a0]*\t|[ \u00a0]{2}", rest) or text[line_start:start].strip()
                              or re.search(r"\d", rest)) or \
            not text[line_start:end].strip() or re.search(r"[^\d\s+()./\-\u00a0]",
                                                       extension.sub("", text[line_start:end])):
        return False
    above = _ENTITY.sub(" ", text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1])
    cells = [cell for cell in _CELL_BORDER.split(above) if cell.strip()]
    above = cells[-1] if cells else above  # the last cell (after a tab or a gap of spaces)
    if len(cells) > 1 and above.lstrip()[:1] in "([（":
        return False  # "152-63-5776  [Soc. Sec. #]": a label in brackets names the value before it
    label = _LABEL_LINE.fullmatch(above)
    if label is None:
        return False
    words = label.group(1)
    return len(words.split()) <= 4 and other_number_end(words) is not None and \
        not _PHONE_WORD.search(words) and not _PHONE_LABEL.search(words + ":")


_ENTITY = re.compile(r"&(?:nbsp|#160|ensp|emsp|thinsp);")
_CELL_BORDER = re.compile(r"\t|[ \u00a0]{2,}")
# "<tr><td>Kontonr</td><td>41 54 18 49 96": the label in the cell before, in the markup's remnants
_MARKUP_ROW = re.compile(r"[ \t\u00a0]*(?:<[^<>\n]{1,40}>[ \t\u00a0]*)*([^<>\d\n|\t]{2,40}?)[ \t\u00a0]*(?:</?[^<>\n]{1,40}>[ \t\u00a0]*)+")


def _markup_label(text: str, line_start: int, start: int) -> bool:
    label = _MARKUP_ROW.fullmatch(text, line_start, start)
    if label is None:
        return False
    words = label.group(1)
    return other_number_end(words) is not None and not _PHONE_WORD.search(words) and \
        not _PHONE_LABEL.search(words + ":")


# "Nr rezerwacji<tab>0910 155814", "IBAN ....... …": a row of a label cell and the value, a
# key-value table; its own label, not the column above, names the value (markup's cells, which
# `csv_cells` turns to tabs: "<tr><td>N° client</td><td>…")
_KEY_VALUE_ROW = re.compile(r"[ \t\u00a0]*[^\d|\t;\n]{2,40}?(?:\t|[ \u00a0]*\.{3,}[ \u00a0]*|[ \u00a0][–—-][ \u00a0]|:|[ \u00a0]*\|)[ \t\u00a0]*")


# An attribute or key naming a date or a time, right before the whole value it gives (an SMS
# backup's date="1786240936919", JSON's "created_at": 1716200000123): a timestamp, not a phone
# (or a session's "seen = 0651105358", "last_seen=1716200000": when it was last seen)
_TIME_KEY_BEFORE = re.compile(
    r"(?<![\w-])[\w-]*(?i:date|time|timestamp|ts|created|modified|updated|_at|epoch|seen)"
    r"(?:[\"']?[ \t]*=|[\"'][ \t]*:)[ \t]*[\"']?$")  # (an attribute, a quoted key: not "any time: 0161 …")
_VALUE_END = re.compile(r"[\"']|[ \t]*(?:[,;}\]&\n]|$)")
# A config or query key naming a phone, before "=" (which otherwise ends no number's left edge:
# "id=20240117")
# (its name may be quoted: fluent-bit's and Python's "dropped field 'phone'=+353 86 …")
_KEY_EQUALS = re.compile(r"(?<![\w.-])(?P<quote>[\"']?)([\w.-]+(?:\[[\w.-]*\])*)(?P=quote)=(?=[+(]?\d)")
# a key's whole value in E.164 form: "+", 7 to 15 digits, then the value's end
_E164_VALUE = re.compile(r"\+(\d{7,15})(?=[\"']?(?:[\s,;&}\]]|$))")


def _e164_value(text: str, position: int) -> bool:
    """Whether the value at `position` is a whole E.164 number that `phonenumbers` validates
    ("login=+34612345678", "to=+447700900123"), not "+" and digits of another kind
    ("offset=+0530", "delta=+1234567")."""
    match = _E164_VALUE.match(text, position)
    number = _parse("+" + match.group(1)) if match else None
    return number is not None and phonenumbers.is_valid_number(number)


# a form field's bracketed part ("billing[phone]=", "contact[0][tel]="), read as a dotted key
_KEY_INDEX = re.compile(r"\[([\w.-]*)\]")


def _phone_field(text: str, position: int) -> bool:
    """A value key's value in a record whose "field=" key names a phone ("field=phone
    old_value=… new_value=(262) 806-9766 ext. 374")."""
    named = record_field(text, position)
    return named is not None and bool(_PHONE_KEY.fullmatch(named.lower()) or _phone_word_key(named))


def _phone_word_key(key: str) -> bool:
    """Whether a key's words hold a phone word of any language the word lists have, the whole
    word ("PH=", "TELEFONO=", "contact.tlf=", "NUM_PORTABLE="; not "graph=", "photo_id=")."""
    return any(_PHONE_WORD.fullmatch(word) for word in re.split(r"[_.\-\[\]]+", key) if word)
# (an SMS sender's key: "TWILIO_FROM", "SMS_SENDER", "caller_id", "msisdn")
_PHONE_KEY = re.compile(r"(?:.*[_.-])?(?:phone|telephone|tel|mobile|mobil|cell|fax|handy|sms|whatsapp|telecom|"
                        r"(?:sms|twilio|whatsapp|vonage|nexmo)(?:_?\w+)?|from|sender|caller|caller_?id|msisdn)"
                        r"(?:_?(?:no|num|number|nr))?", re.IGNORECASE)
# a phone word or label right before a number, in its line (not a sentence's last word: "… anrufen. 46.2158")
_LABEL_RIGHT_BEFORE = regex_cache.compile(f"(?:{PHONE_WORDS}|{PHONE_LABELS})[ \u00a0]*[:：#\\-–]?[ \u00a0]*$", re.IGNORECASE)
# a phone word ending right where a "/" glues a number to it ("電話/03-1258-6342")
_PHONE_WORD_END = regex_cache.compile(f"(?:{PHONE_WORDS})$", re.IGNORECASE)
# "Cep" as a label after the number: in brackets, after a dash or an arrow, to the line's end
_CEP_AFTER = re.compile(r"[ \t\u00a0]*(?:[(\[]|[–—-]|←)?[ \t\u00a0]*(?i:cep)[)\]]?[ \t\u00a0.:]*(?:$|\n|[|\t;])")
# the end of a dial string's number (a path's last segment, "+" then digits): a channel's or a
# log's next field ("sofia/external/+1907… [a990…]"), not the rest of a URL's path
_DIAL_STRING_END = re.compile(r"[ \t\u00a0\]>\"',;@]|$")
# groups no numbering plan prints a number in, without a "+" or a trunk 0: a 4-digit group then
# a 2-digit one last ("6119 5253 71", "382-270-0070-61"): an id's or a reference's groups, a phone
# number only where a label, a column or a phone word says so (not a contact block alone)
_ID_GROUPS = re.compile(r"[1-9]\d{3}([ \-.\u00a0])\d{4}\1\d{2}|[1-9]\d{2}([ \-.\u00a0])\d{3}\2\d{4}\2\d{2}")


# A seven-digit number in the NANP's local shape ("555-0100", "486.8522"): an exchange and a line
# with no area code. Where the page's own numbers are North American, a label, column or sentence
# naming a phone does not complete it: without its area code it is no valid number of the US or
# of any other region the page suggests (policy: a labelled phone is a valid number), a form's
# placeholder or a local number cut short. A region the page suggests whose plan has such numbers
# (Iceland's "555 1234", Panama's "264-1234") keeps it.
_NANP_LOCAL = re.compile(r"[2-9]\d{2}[-. \u00a0]\d{4}")


def nanp_local_only(value: str, regions) -> bool:
    """`value` is a NANP-shaped local number on a page whose regions include the US, and valid
    for none of them."""
    if "US" not in regions or not _NANP_LOCAL.fullmatch(value):
        return False
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(number, region):
            return False
    return True


# a machine record's field that holds a subscriber's number, "+" or not: JSON '"msisdn":"…"',
# '"wa_id":"…"', '"from":"…"', and "recipient_id=…", "caller=…" (WhatsApp Cloud API webhooks, HLR
# lookups, messaging gateways' logs write a number without its "+"); the whole value, and only
# a valid number in international form read with a "+" ("from":"1000000" is a range's bound)
_SUBSCRIBER_FIELD = re.compile(r"(?:\"(?:msisdn|wa_id|from|to|recipient_id|caller|callee|caller_?id)\"[ \t]*:[ \t]*\"|"
                               r"(?<![\w.\-])(?:msisdn|wa_id|recipient_id|caller|callee|caller_?id)=)"
                               r"(\+?\d{7,15})(?=[\"\s,;&}\]]|$)|"
                               # Asterisk's queue_log: an ENTERQUEUE event's fields are the URL and the caller's id
                               r"\|ENTERQUEUE\|[^|\n]*\|(\+?\d{7,15})(?=\||$)", re.IGNORECASE | re.MULTILINE)


def subscriber_fields(text: str) -> list[tuple[int, int]]:
    """(start, end) of each number that is a whole subscriber-number field's value (above)."""
    if '"' not in text and "=" not in text and "ENTERQUEUE" not in text:
        return []
    spans = []
    for match in _SUBSCRIBER_FIELD.finditer(text):
        group = 1 if match.group(1) else 2
        value = match.group(group)
        try:
            number = phonenumbers.parse(value if value.startswith("+") else "+" + value, None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            spans.append(match.span(group))
    return spans
