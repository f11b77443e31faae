"""E-mail and IP addresses for the pii step (stages/pii.py): presidio's own recognizers, the
e-mail one reading tldextract's bundled suffix list (never the network) and leaving out message
ids, hosts before a path and CJK text glued to an address; the IP one leaving out versions, OIDs,
masks, loopback and the unspecified address, ntpd's reference clocks, prefix lengths, zone ids and ports. Imported by
stages/pii_engine.py once it has hidden torch from presidio's imports (see `_hide_torch` there).
"""
from __future__ import annotations

import re

import tldextract
from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer

from stages import regex_cache
from stages.pii_ip_lookalikes import labelled_not_address
from stages.pii_layout import _Layout, dotted_port_ends
from stages.pii_tables import csv_cells
from stages.pii_words import _word_pattern, ocr_letters


class OfflineEmailRecognizer(EmailRecognizer):
    """presidio's e-mail recognizer whose domain check reads tldextract's bundled suffix list.

    presidio calls the module-level `tldextract.extract`, which fetches publicsuffix.org on first
    use; this instance never does (suffix_list_urls=() and no cache directory).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.tld_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool:
        # the domain alone: a "/" in the local part ("07/28|ann@example.com") reads as a URL path
        # (or a country's code as its last label: "kontakt@proton.za", where the suffix list
        # holds only the country's second-level suffixes, is still written as a mailbox)
        domain = pattern_text.rpartition("@")[2]
        # (or RFC 2606's names kept for examples and tests: "zeynep@xn--brcke-lva.example")
        return self.tld_extract(domain).fqdn != "" or bool(_COUNTRY_DOMAIN.fullmatch(domain)) or \
            bool(_RESERVED_DOMAIN.fullmatch(domain))

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if "@" in text and _CJK.search(text):
            # "或发邮件至reza@sina.com。", "SOMCHAI@NIFTY.COMまでメール": CJK writing has no spaces, so
            # a Latin address ends where its Latin letters do (offsets kept: a space per character;
            # "user@例え.jp" keeps its CJK domain)
            text = _CJK_GLUED.sub(lambda glued: glued.group(1) + " " * len(glued.group(2))
                                  if glued.group(1) else " " * len(glued.group(3)), text)
        if "@" in text and "-" in text:
            # "mariam.gel@mail.ge-ზე", "írj a kati@freemail.hu-ra címre": a case ending glued to
            # the address by a hyphen (Georgian, Hungarian) is no label of its domain (offsets kept)
            text = _CASE_ENDING.sub(lambda glued: glued.group(1) + " " * len(glued.group(2)), text)
        # "git@github.com:org/repo.git", "root@db1.example.com:~$": a login and a host, then a path;
        # "Message-ID: <2024…@mx.example.com>", "UID:8f2c…@calsync.example.com": an id, no mailbox
        results = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if _HOST_PATH_AFTER.match(text, result.end) or \
                    _MESSAGE_ID_BEFORE.search(text, text.rfind("\n", 0, result.start) + 1, result.start) or \
                    _BARE_MESSAGE_ID.fullmatch(text, max(0, result.start - 1), min(len(text), result.end + 1)):
                continue
            at = text.index("@", result.start)
            if _mailer_message_id(text, result.start, at, result.end):
                continue
            # "…|555-0116|ann@example.com", "ADMIN_EMAIL=ann@example.com": a cell border or a key
            # before the address, not its local part ("bounce+ann=example.com@…" keeps its "=", and
            # a rewritten envelope sender its scheme's: "prvs=c17f56a7e3=ann@…", "SRS0=c42d=W5=
            # example.se=ann@fwd.example.net", after a key of its own: "from=SRS0=…")
            found_start = result.start
            local = text[result.start:at]
            # (or an HL7 v2 field's component and repetition separators: "…^PRN^PH~^NET^Internet^
            # ann@example.com", the telecom field's e-mail component after its type codes)
            # (or an X12 segment's element separators: "PER*IC*BILLING*TE*2015229787*EM*ann@
            # example.org~", the contact's e-mail element after its qualifier; markdown's bold
            # "**ann@example.com**" the same)
            if "|" in local or "/" in local or "=" in local or "^" in local or "*" in local:
                rewritten = _REWRITTEN_SENDER.search(local)
                if rewritten is None:
                    border = max(local.rfind("|"), local.rfind("/"), local.rfind("^"), local.rfind("*"),
                                 local.rfind("~") if "^" in local else -1,
                                 -1 if "+" in local[:local.rfind("=")] else local.rfind("="))
                else:  # its hash may hold a "/" or a "+" of its own
                    border = max(local.rfind("|", 0, rewritten.start()),
                                 local.rfind("/", 0, rewritten.start()), rewritten.start() - 1)
                if border >= 0:
                    result.start += border + 1
                    if result.start == at or text[result.start] == ".":
                        continue
            if _STAMPED_ID_LOCAL.fullmatch(text, result.start, at) or \
                    _SIP_SCHEME_BEFORE.search(text, max(0, result.start - 6), result.start):
                continue  # (or a SIP URI's user@host: "<sip:+4930123456@trunk.example.net>" dials a
                # number, "sip:alice.33@pbx.example.com" rings a phone: an address of a call, no mailbox)
            if _keyed_message_id(text, result.start, at) or _keyed_message_id(text, found_start, at):
                continue  # "S=60919 id=77753319e619@sender.example.org": exim's message id
            if _kerberos_principal(text, found_start, at, result.end):
                continue  # "jsmith@AD.EXAMPLE.ORG", "m.ivanova/admin@CORP.EXAMPLE.COM": a principal
            # "כתבו ל-ann@example.com": a Hebrew prefix letter and its hyphen before a Latin word
            prefix = _HEBREW_PREFIX.match(text, result.start, at)
            if prefix is not None:
                result.start = prefix.end()
            results.append(result)
        return results


# Kerberos (blind29's round, part a): a principal is a name, an optional "/instance" and "@REALM",
# the realm written in capitals by convention ("jsmith@AD.EXAMPLE.ORG", "krbtgt/CORP.EXAMPLE.COM@
# CORP.EXAMPLE.COM", kadmind's "m.ivanova/admin@CORP.EXAMPLE.COM"): no mailbox where the domain is
# all capitals and the principal has an instance or its text speaks Kerberos (krb5kdc, kadmind,
# krbtgt, KDC, AS-REQ/TGS-REQ, "realm", "principal"); a capitalised mailbox elsewhere ("Write to
# INFO@EXAMPLE.COM") stays one
_REALM = re.compile(r"[A-Z0-9\-]+(?:\.[A-Z0-9\-]+)+")
_KERBEROS_TEXT = re.compile(r"(?i:krb5|krbtgt|kadmin|kerberos|\bkdc\b|\b(?:as|tgs)[_\-]req\b|"
                            r"\bkinit\b|\bklist\b|\bkeytab\b|\betypes?\b)")  # not "principal" nor "realm",
# words of other registers and languages ("rôle principal", "solicitante principal": blind7, blind8)


def _kerberos_principal(text: str, start: int, at: int, end: int) -> bool:
    if not _REALM.fullmatch(text, at + 1, end) or not re.search(r"[A-Z]", text[at + 1:end]):
        return False
    instance = re.search(r"[\w.\-]/[\w.\-]*\Z", text[max(0, start - 40):at])
    return instance is not None or _KERBEROS_TEXT.search(text) is not None


# a hyphen and a word's case ending right after an address's top-level label ("@mail.ge-ზე",
# "@freemail.hu-nak"): up to 12 letters, then no more of a host name
_CASE_ENDING = re.compile(r"(@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24})(-[^\W\d_]{1,12})(?![\w\-@]|\.\w)")
_SIP_SCHEME_BEFORE = re.compile(r"(?<![\w.+\-])sips?:\+?\Z", re.IGNORECASE)
_COUNTRY_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2}")
_RESERVED_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?\.)+(?:example|test)", re.IGNORECASE)
_HEBREW_PREFIX = re.compile(r"[\u05d0-\u05ea]{1,3}[-\u05be](?=[A-Za-z0-9])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff01-\uff0f\uff1a-\uff20]+")
_CJK_GLUED = re.compile(r"(\.[A-Za-z]{2,})(%s)|(%s)(?=[A-Za-z0-9][\w.+\-]*@)" % ((_CJK.pattern,) * 2))
# a path, a prompt or a port after the host; not the next cell of a colon-separated dump
# ("ann@example.com:4111111111111111:12/31", "ann@example.com:5f4dcc3b5aa765d6", a date or a
# number in groups: "ann@example.com:02/06/1948:…", "…:2024-05-01", "…:555-0142")
# (nor a card number in groups: "ann@example.com:4376 5696 1524 3716")
_HOST_PATH_AFTER = re.compile(r":(?:[~/]|[A-Za-z_][\w.\-]*(?:[/$#]|\.git\b)|\d{1,5}(?![\w:.\-]|/\d|[ \u00a0]\d))")
# "<3960983473718d57@mx8.relay.example.org>": a message id without its header (a hex token), or
# a mailer's id that starts with a timestamp or a counter and a dot, as JavaMail writes
# "<1700000000.123.JavaMail.app@host>" and mutt "<20240101123456.GA1234@host>" (a person's
# mailbox does not open with six digits and a dot; "<123456789@qq.com>" has no dot and stays)
_BARE_MESSAGE_ID = re.compile(r"<(?:(?=[\w.$\-]*\d)[0-9a-fA-F][0-9a-fA-F.$\-]{11,}|\d{6,}\.[\w.$\-]+)"
                              r"@[^<>\s@]+>")
# the same mailers' ids with no brackets: a timestamp, a counter, then more dotted parts
# ("1700000000.123.JavaMail.app@host"): no one's mailbox
# (or Mailman's "mailman.7305.1683709633.2210.pta-list": a program's name and a counter first)
_STAMPED_ID_LOCAL = re.compile(r"(?:[A-Za-z]+\.\d+\.)?\d{8,}\.\d+\.[\w.$\-]+")
# a rewritten envelope sender's scheme and its fields before the sender's own local part: BATV
# "prvs=c17f56a7e3=ann", "btv1==1a2b3c4d5e6==ann", SRS "SRS0=c42d=W5=example.se=ann" and "SRS1=…"
# (the whole rewritten address is the envelope's mailbox; not a key: "email=ann@example.com")
_REWRITTEN_SENDER = re.compile(r"(?:^|(?<=[=|/]))(?:prvs|msprvs\d|btv\d|srs[01])=(?=[\w=+.\-]*=)", re.IGNORECASE)
# mail services' own message ids: Exchange Online's "<…@DM6PR11MB1234.namprd11.prod.outlook.com>"
# (a server and its region: no one's mailbox), Gmail's "CA" and a long token at mail.gmail.com
# ("<CA+XDADHIVOE80de33b3f=AbDYJ67W@mail.gmail.com>"; "maryam.ahmadi@mail.gmail.com" stays)
_MESSAGE_ID_HOST = re.compile(r"(?:[\w-]+\.)*[a-z]{3}prd\d+\.prod\.(?:outlook|exchangelabs)\.com", re.IGNORECASE)
_GMAIL_ID = re.compile(r"CA[\w+=\-]{18,}@mail\.gmail\.com", re.IGNORECASE)
# in angle brackets, a local part that is a path ("<org/repo/pull/875/c6459430752@github.com>",
# Discourse's "<topic/8405/41533@forum.example.org>") or a UUID ("<N0Y9KC18-6BX5-1ZY0-Q6KQ-
# LEKMQ6T7XAHJ@example.se>", Apple Mail's): a message id, not a mailbox
_BRACKETED_ID_LOCAL = re.compile(r"[\w.+\-]+(?:/[\w.+\-]+)+|[A-Za-z0-9]{8}(?:-[A-Za-z0-9]{4}){3}-[A-Za-z0-9]{12}")


def _mailer_message_id(text: str, start: int, at: int, end: int) -> bool:
    """A mailer's message id that has the shape of an address: a service's message-id host
    or shape (`_MESSAGE_ID_HOST`, `_GMAIL_ID`), or in angle brackets a path or a UUID before the "@"
    (`_BRACKETED_ID_LOCAL`); "<ann.lee@example.com>" and "<ann@gmail.com>" stay."""
    if _MESSAGE_ID_HOST.fullmatch(text, at + 1, end) or _GMAIL_ID.fullmatch(text, start, end):
        return True
    return text[start - 1:start] == "<" and text[end:end + 1] == ">" and \
        _BRACKETED_ID_LOCAL.fullmatch(text, start, at) is not None
# a log's or a record's id key right before the address: exim's "id=", postfix's "message-id=<",
# sendmail's "msgid=<", JSON's "message_id": "…" (a key ending in "id", then "=" or ":")
_ID_KEY_BEFORE = re.compile(r"(?<![^\W_])(?:[a-z]+[-_ ]|msg)?id\"?\s*[=:]\s*[\"'<]?$", re.IGNORECASE)

# a key that names a message's id: sendmail's "msgid=", postfix's "message-id=", JSON's
# "message_id", "messageId", Exchange's "MessageId:" (not "mail id", Indian English for an address)
_MESSAGE_KEY_BEFORE = re.compile(r"(?<![^\W_])(?:msg|message)[-_ ]?id\"?\s*[=:]\s*[\"'<]?$", re.IGNORECASE)
# a log's bare "msg=" or "message=" key holding an angle-bracketed "<token@host>", as Haraka and
# other key=value mail logs write a message's id ('msg="<c93f44dbaf@mail.relay5.net>"'): an id key
# like "id=" (a machine's token there is no mailbox; "message=<ann.lee@example.com>" stays)
_MESSAGE_VALUE_KEY = re.compile(r"(?<![^\W_])(?:msg|message)=[\"']?<$", re.IGNORECASE)


def _keyed_message_id(text: str, start: int, at: int) -> bool:
    """An address after a message id's key ("msgid=", "message-id="), or after another id key
    with a local part that is a machine's token, not a mailbox name:
    hex with a letter and a digit ("id=77753319e619@host"), mostly digits with a letter or a dot
    ("msgid=<20250101123456.4F2A@host>"), or a long unbroken token ("CAF=x3+Q…@mail.example.com").
    A person's address after the same key stays ("user_id=ann.lee@example.com", "login_id=ann1985@
    …", a QQ mailbox's digits: "id: 19850312@qq.com")."""
    if _MESSAGE_KEY_BEFORE.search(text, max(0, start - 24), start):
        return True  # a key that names a message's id holds nothing else ("msgid=<TRTG316887@mx1…>")
    if not _ID_KEY_BEFORE.search(text, max(0, start - 24), start) and \
            not _MESSAGE_VALUE_KEY.search(text, max(0, start - 24), start):
        return False
    local = text[start:at]
    digits = sum(c.isdigit() for c in local)
    if not digits or digits == len(local):
        return False
    # rspamd's "id: <fa7bba.5858@host>": hex runs joined by dots count as one hex token
    hexed = re.fullmatch(r"[0-9a-fA-F]+(?:\.[0-9a-fA-F]+)*", local) is not None and \
        len(local.replace(".", "")) >= 8
    return (hexed and digits < len(local)) or (digits >= 6 and 2 * digits >= len(local)) or \
        (len(local) >= 20 and "." not in local)


# the mail headers that hold message ids, up to the "<" of the id the address stands in; an
# iCalendar / vCard UID property (RFC 5545 3.8.4.7: "UID:19970610T172345Z-AF23B2@example.com")
_MESSAGE_ID_BEFORE = re.compile(r"(?:^\s*|(?<![\w-])(?=[mircx]))(?:(?:message-id|in-reply-to|references|content-id|x-message-id|"
                                r"resent-message-id)\s*:[^\n]*<[^<>@\s]*|uid(?:;[^:\n]*)?:[^@\s]*)$",
                                re.IGNORECASE | re.MULTILINE)


class BoundedIpRecognizer(IpRecognizer):
    """presidio's IP recognizer, not inside a longer dotted number ("OID 1.3.6.1.4.1.311", "build
    10.0.19045.3803.2"): four dotted numbers are an IPv4 address only when they are all there is,
    and not when a version word stands just before them ("version 2.4.1.0", "v1.2.0.3"), a
    section sign ("§ 10.8.5.4") or when they head a reverse-lookup name ("4.3.2.1.in-addr.arpa").
    A CIDR prefix length ("10.0.0.0/8") and an IPv6 zone id ("fe80::1%eth0") are left out of the
    span: the address is what identifies. Addresses that identify no host are no PII:
    netmasks and wildcard masks (255.255.255.0, 0.0.0.255; 0.0.0.0 and 255.255.255.255 among
    them), the unspecified "::", and loopback (127.0.0.0/16, "::1": 127.0.0.1, 127.0.1.1,
    127.0.0.53 in configs; not all of 127/8, which a generator of random addresses hits), ntpd's
    reference clocks (127.127.0.0/16) and four dotted numbers under a key naming a number
    ("Server number: 9.0.83.0"). An address joined to its port by "@" ("10.1.2.3@53") stays. Private,
    link-local and multicast addresses stay (a home network's address is the user's)."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        # "ip6:2001:db8::1" (SPF records): presidio's IPv6 pattern wants no ":" before an address;
        # the key's colon is read as a space (offsets unchanged)
        keyed = _ADDRESS_KEY.sub(lambda key: key.group()[:-1] + " ", text) if ":" in text else text
        if ":" in keyed:  # "remote_addr:fe80::1", "mail.example.net:2a00:…": any key glued so
            keyed = _GLUED_KEY.sub(lambda key: key.group()[:-1] + " ", keyed)
        if ":" in keyed:  # "from ip=2405:…:2091: Invalid request": the colon that ends a log's
            keyed = _COLON_AFTER.sub(" ", keyed)  # field after an IPv6 address is no group of it
        if not keyed.isascii():
            # "日志显示预订来自192.168.39.82。", "…c674에서": a script written without spaces (or a
            # particle glued on) ends an ASCII address where its ASCII ends; presidio's \b and
            # (?<!\w) read those letters as part of a word (offsets kept: a space per letter)
            keyed = _GLUED_LETTERS.sub(lambda glued: " " * len(glued.group()), keyed)
        port_ends = dotted_port_ends(text)
        if "::" in text or text.count(":") >= 8:
            port_ends.update(_colon_port_ends(keyed))  # (keys glued by a colon read as spaces)
        if port_ends:  # the port only is blanked: presidio sees the address
            pieces, position = [], 0
            for at, end in sorted(port_ends.items()):
                pieces += [keyed[position:at], " " * (end - at)]
                position = end
            keyed = "".join(pieces) + keyed[position:]
        layouts: dict[str, _Layout] = {}  # the window's table layout, read once when first asked
        for result in super().analyze(keyed, entities, nlp_artifacts, regex_flags):
            value = text[result.start:result.end]
            line_start = text.rfind("\n", 0, result.start) + 1
            if ":" not in value and (
                    re.search(r"\d\.$", text[max(0, result.start - 2):result.start]) or
                    re.match(r"\.\d", text[result.end:result.end + 2]) and result.end not in port_ends or
                    _REVERSE_ZONE.match(text, result.end) or
                    _CLAUSE_SIGN.search(text, max(line_start, result.start - 3), result.start) or
                    _VERSION_BEFORE.search(text[max(line_start, result.start - 32):result.start]) or
                    _version_labelled(text, line_start, result.start, result.end, layouts) or
                    _PHONE_LABEL_BEFORE.search(text, max(line_start, result.start - 24), result.start) or
                    _phone_column(text, line_start, result.start, result.end, layouts) or
                    _product_bracket(text[max(line_start, result.start - 48):result.start], value) or
                    _IMAGE_TAG.search(text[max(line_start, result.start - 80):result.start]) or
                    text[result.end:result.end + 1] == "@" and not _AT_PORT.match(text, result.end) or
                    _number_keyed(text, line_start, result.start) or
                    _USER_AGENT_VALUE.search(text, line_start, result.start) or
                    _program_version(text, line_start, result.start, result.end) or
                    labelled_not_address(text, line_start, result.start, result.end) or
                    _VERSION_SHAPED.fullmatch(value) and
                    not _ADDRESS_BEFORE.search(text[max(line_start, result.start - 80):result.start])):
                continue
            if ":" in value and re.search(r"\d\.$", text[max(0, result.start - 2):result.start]):
                continue  # "…238.52::9716": an IPv4 address's last number, then "::" and its port
            cut = min((at for at in (value.find("/"), value.find("%")) if at > 0), default=-1)
            if cut > 0:
                line_end = text.find("\n", result.end)
                if _is_network(value) and not _ON_INTERFACE.search(text, line_start, len(text) if line_end < 0 else line_end):
                    continue  # "10.20.0.0/16": a network's own address with its prefix names no host
                    # (unless the line gives it to an interface: "add address=1.97.76.144/29
                    # interface=ether1-wan", "ip addr add 80.99.107.232/30 dev eth0": a host's)
                result.end = result.start + cut  # "10.0.0.0/8", "2001:db8::/32", "fe80::1%eth0"
            elif _IPV4_DOUBLE_COLON.match(value):
                result.end = result.start + value.index("::")  # qmail's "192.0.2.7::4587": address::port
            elif ":" in value:
                result.end = result.start + _without_port(value, text[result.end:result.end + 1])
            if ":" in value and text.endswith("://", 0, result.start) and \
                    re.search(r"[^:]:\d{1,5}$", text[result.start:result.end]):
                # "redis://::1:6379/0": an address without brackets in a URL; its last group is the port
                result.end = text.rindex(":", result.start, result.end)
            if not _identifies_host(text[result.start:result.end]):
                continue
            results.append(result)
        return results


# Letters of scripts that glue words together or to an address (CJK, kana, Hangul, Thai, any
# other non-ASCII letter): never part of an ASCII address
_GLUED_LETTERS = re.compile(r"[^\x00-\x7f\d\s]+")
# A version word (in the languages of the PII sets' pages), a product whose version numbers are
# written as four dotted numbers (browsers, systems, mailers, images) or a "v" right before dotted
# numbers ("Chrome 131.0.0.0", "X-Mailer: 9.5.4.50", "pin image 8.2.5.47", "\"version\": \"7.8.6.77\"").
_VERSION_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:v|ver|vers|version|versión|versão|versione|versie|wersja|verze|sürüm|версия|версія"
    r"|v?build|release|firmware|fw|rev|revision|image|mailer|user-agent"
    r"|chrome|chromium|firefox|safari|opera|msie|ios|ipados|android|windows|macos|kernel)"
    r"[\"']?\.?\s*[:=]?\s*[\"']?\s*(?:(?:to|from|is|was)\s+)?|(?<![A-Za-z])v)$", re.IGNORECASE)
# Words for a program's version, its firmware or software, a build, release, revision, patch or
# update, in English and every language of the PII sets' pages (en de fr es it pt nl pl sv da fi
# cs sk tr ro hu hr sl ru uk bg el ar fa he hi zh ja ko th vi id), inflected forms as stems: four
# dotted numbers labelled by one are that program's version ("Прошивка 2.2.10.2", "קושחה
# 1.0.19.98", "البرنامج الثابت 6.4.13.106"), not an address. Written from dictionaries, not from one
# set's pages, so that a page in any of these languages is read alike.
VERSION_WORDS = _word_pattern("""
    version* ver ver. vers. v. firmware* fw sw software* build builds release* rel. revision* rev rev.
    patch patchlevel hotfix update updates bios microcode
    fassung softwarestand firmwarestand versionsstand aktualisierung* ausgabe
    micrologiciel* logiciel* révision* correctif* mise_à_jour mise_a_jour
    versión versiones compilación revisión parche actualización
    versione versioni revisione aggiornamento rilascio
    versão versao compilação revisão atualização actualização
    versie revisie uitgave
    wersj* oprogramowani* oprogramowanie_układowe kompilacj* rewizj* poprawk* aktualizacj* wydani*
    programvar* mjukvar* fast_programvara uppdatering* utgåva
    opdatering* udgave
    versio* ohjelmisto* laiteohjelmisto* päivitys* julkaisu* koontiversio*
    verze verzi sestavení revize aktualizace vydání firmwar*
    verzia verzie firmvér softvér aktualizácia
    sürüm* surum* versiyon* yazılım* yazilim* bellenim* donanım_yazılımı ürün_yazılımı derleme* revizyon* yama güncelleme*
    versiune* versiunea revizi* actualizar*
    verzió* verzio* szoftver* frissítés* kiadás*
    verzij* firmver* softver* inačic* ažuriranj* različic* posodobit*
    верси* прошивк* микропрограмм* микрокод* программное_обеспечение сборк* билд* релиз* ревизи* патч* обновлени*
    версі* мікропрограм* програмне_забезпечення збірк* оновленн*
    фърмуер* софтуер* компилаци* актуализаци* издани*
    έκδοση* εκδοση* έκδοσης υλικολογισμικ* λογισμικ* αναθεώρησ* ενημέρωσ*
    الإصدار الاصدار إصدار اصدار النسخة نسخة البرنامج_الثابت البرامج_الثابتة برنامج_ثابت البرمجيات_الثابتة
    البرنامج البرمجيات التحديث تحديث المراجعة مراجعة البناء
    نسخه نسخهٔ ویرایش فریمور فریم‌ور فرم‌ویر فرمور سفت‌افزار نرم‌افزار نرم_افزار نرم‌افزاری بیلد به‌روزرسانی
    גרסה גרסת גירסה גירסת קושחה קושחת תוכנה תוכנת מהדורה מהדורת עדכון עדכוני בילד
    संस्करण वर्ज़न वर्जन फ़र्मवेयर फर्मवेयर सॉफ़्टवेयर सॉफ्टवेयर बिल्ड रिलीज़ रिलीज अपडेट
    版本 固件 韧体 韌體 軟體 软件 軟件 版号 修订 补丁 更新
    バージョン ファームウェア ファーム ソフトウェア ビルド リリース リビジョン パッチ
    버전 펌웨어 소프트웨어 빌드 릴리스 패치 업데이트
    เวอร์ชัน เวอร์ชั่น เฟิร์มแวร์ ซอฟต์แวร์ บิลด์ แพตช์ อัปเดต
    phiên_bản phần_mềm bản_dựng bản_vá cập_nhật
    versi perangkat_lunak perangkat_tegar pembaruan rilis
""")
# Words that name an address, a host or a network device, in the same languages: a qualifier or
# a label holding one keeps the number an address ("Firmware IP 10.1.2.3", "Шлюз 10.0.0.1").
ADDRESS_WORDS = _word_pattern("""
    ip ipv4 ip4 ip-adresse* ip-address* address* addr host* hostname server* gateway* gw router* dns
    nameserver* resolver* proxy peer* inet subnet* lan wan wlan vpn nat firewall* endpoint* node*
    adresse* adres adresa adresy adresă dirección direccion indirizzo endereço endereco
    osoite* cím címe adresi sunucu* sunucusu ağ_geçidi yönlendirici*
    servidor* serveur* serwer* passerelle* puerta_de_enlace brama* bramk* rete réseau red netzwerk* netwerk*
    адрес* хост* сервер* шлюз* маршрутизатор* роутер* узел* вузол* мережа* сеть* сети
    διεύθυνση* διακομιστ* πύλη* δρομολογητ*
    عنوان العنوان خادم الخادم بوابة البوابة موجه الموجه آدرس سرور درگاه روتر مسیریاب
    כתובת שרת שער נתב पता सर्वर गेटवे राउटर
    地址 位址 服务器 伺服器 网关 閘道 路由器 主机 主機 アドレス サーバ サーバー ゲートウェイ ルーター ホスト
    주소 서버 게이트웨이 라우터 호스트 ที่อยู่ เซิร์ฟเวอร์ เกตเวย์ เราเตอร์
    địa_chỉ máy_chủ cổng_mạng alamat
""")
_ADDRESS_WORD = regex_cache.compile(ADDRESS_WORDS, re.IGNORECASE)
_VERSION_WORD = regex_cache.compile(VERSION_WORDS, re.IGNORECASE)
# A version word right before the number, with at most one qualifier word between that names no
# address ("Firmware-Version 2.1.0.7", "Версия прошивки: 3.0.20.127", "version installée 3.1.20.207";
# not "Firmware IP 10.1.2.3").
_VERSION_WORD_BEFORE = regex_cache.compile(
    rf"(?:{VERSION_WORDS})(?:[ \t\u00a0\-_/]+(?!(?:{ADDRESS_WORDS}))[^\W\d_][^\W\d]{{0,15}})?"
    r"[\"'\)\]]?[ \t\u00a0]*[:=#]?[ \t\u00a0]*[\"'(\[]?[ \t\u00a0]*$", re.IGNORECASE)
# a phone word or label right before the dotted number: a phone written with dots ("Telefon
# 12.120.23.83", "Tel. 61.234.56.78"), unless an address word stands between
_PHONE_LABEL_WORDS = _word_pattern("""
    phone* telephone* tel tel. tlf tlf. tfno tfno. telf telf. ph. cell cellphone* mobil* mob. fax*
    portable* gsm cel cel. mobiel* puhelin* puh. сотов* κιν.
    telefon* téléphone* tél tél. teléfono* telefono* telefone* telefoon* handy* móvil* celular*
    cellulare* telemóvel* komórk* faks* телефон* тел тел. моб. мобильн* факс* τηλ τηλ. τηλέφωνο*
    κινητό* هاتف* الهاتف* جوال* الجوال* تلفن* موبایل* טלפון טל נייד फ़ोन फोन मोबाइल 电话 電話 手机 手機
    電話番号 携帯 전화 휴대폰 โทร มือถือ điện_thoại đt telp ponsel
""")
_PHONE_LABEL_BEFORE = regex_cache.compile("(?:" + _PHONE_LABEL_WORDS + r")[ \t\u00a0]*[.:]?[ \t\u00a0]*$", re.IGNORECASE)
_PHONE_LABEL_WORD = regex_cache.compile(_PHONE_LABEL_WORDS, re.IGNORECASE)


def _phone_column(text: str, line_start: int, start: int, end: int, layouts: dict[str, _Layout]) -> bool:
    """Whether four dotted numbers stand in a table column whose header is a phone label and names
    no address ("Nom | Tél. | Courriel" above "Chloé Garnier | 30.18.61.85 | …", "Kontakt\tMobil"):
    a phone written in dotted pairs as Danish, Norwegian and French pages write them, not an
    address (a column "Phone IP" or "VoIP gateway" keeps its addresses)."""
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if not any(delimiter in line for delimiter in "|\t;,"):
        return False
    layout = layouts.get("") or layouts.setdefault("", _Layout(csv_cells(text)))
    header = layout.column_header(start, end)
    return header is not None and _PHONE_LABEL_WORD.search(header) is not None and \
        not _ADDRESS_WORD.search(header)


# the label of a key-value pair right before a value: one to three words, no digits
_KEY_BEFORE = re.compile(r"(?:^|[·•|;,]|\s{2,})[ \t\u00a0]*([^\W\d_][^\d·•|;,:=\n]{0,40}?)[ \t\u00a0]*[:=]?[ \t\u00a0]*$")
_DOTTED_QUAD = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}(?![\d.])")


def _version_labelled(text: str, line_start: int, start: int, end: int,
                      layouts: dict[str, _Layout] | None = None) -> bool:
    """Whether the four dotted numbers at text[start:end] are a version by their label: a version
    word in any language kept right before them (OCR's 0/1/5 for O/l/S read as letters); the
    header of their table column holding one and no address word; or, in a line of key-value
    pairs where another dotted number is labelled as an address, a label of their own that names
    no address while their first two parts are small, as a version's are ("Fw 2.1.10.57 · IP
    192.168.159.175")."""
    before = ocr_letters(text[max(line_start, start - 48):start])
    if _VERSION_WORD_BEFORE.search(before):
        return True
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if any(delimiter in line for delimiter in "|\t;,"):
        layouts = {} if layouts is None else layouts
        layout = layouts.get("") or layouts.setdefault("", _Layout(csv_cells(text)))
        header = layout.column_header(start, end)
        if header is not None and _VERSION_WORD.search(ocr_letters(header)) and \
                not _ADDRESS_WORD.search(header):
            return True
    first, second = (int(part) for part in text[start:end].split(".")[:2])
    if first > 20 or second > 20 or first == 10:
        return False  # (10/8 is a private network: small parts are common there)
    key = _KEY_BEFORE.search(before)
    if key is None or _ADDRESS_WORD.search(key.group(1)):
        return False
    for other in _DOTTED_QUAD.finditer(line):
        if line_start + other.start() == start:
            continue
        other_key = _KEY_BEFORE.search(ocr_letters(line[max(0, other.start() - 48):other.start()]))
        if other_key is not None and _ADDRESS_WORD.search(other_key.group(1)):
            return True
    return False


# A system or program named, then up to three short words (its edition, architecture) and an
# opening bracket right before the dotted numbers: "OS: Windows 10 Pro x64 (9.14.0.34)", "Android 14
# (2.1.0.77)"; not when one of those words is an address word ("Ubuntu host (10.0.0.5)").
_PRODUCT_BRACKET = re.compile(
    r"(?<![^\W_])(?i:windows|macos|mac\s+os(?:\s+x)?|os\s+x|ios|ipados|android|linux|ubuntu|debian"
    r"|fedora|centos|kernel|chrome|chromium|firefox|safari|edge|opera|office|java|python|node)"
    r"((?:[ \t]+[\w.\-]{1,10}){0,3})[ \t]*\($")


def _product_bracket(before: str, value: str = "") -> bool:
    found = _PRODUCT_BRACKET.search(before)
    if found is None or _ADDRESS_BEFORE.search(found.group(1)) or \
            found.group().lower().startswith("node") and _NODE_ID.fullmatch(found.group(1)):
        return False
    if found.group().lower().startswith("office") and not _OFFICE_SUITE.search(before, 0, found.start()) \
            and not re.search(r"\d", found.group(1)):
        return False  # "[10:44] Office (193.202.25.128)": a room or a sender, not the suite (pii-classes30b)
    parts = value.split(".")
    if len(parts) == 4 and all(part.isdigit() for part in parts):
        first, second = int(parts[0]), int(parts[1])
        return first <= 30 and second <= 30 or second == 0  # "(9.14.0.34)", "(131.0.0.0)": a version's
        # small parts or a major's ".0"; "Ubuntu (85.57.109.12)" is an address
    return True


# (pii-classes30b) the suite's maker or edition before "Office": "Microsoft Office (16.0.1.2)",
# "MS Office", "LibreOffice" is one word; a bare "Office" is a room, a desk or a chat's sender
_OFFICE_SUITE = re.compile(r"(?i:microsoft|ms|libre|open|wps|only|star)[ \t\u00a0]*$")


# a cluster member's id after "node" ("Connection to node 1 (192.168.57.17:9092)", "node -1 (…)",
# "node kafka-2 (…)"): a member of a cluster and its address, not Node.js and its version
_NODE_ID = re.compile(r"[ \t]+(?![vV]\d)(?:[#-]?\d+|[\w\-]*\d[\w\-]*)")


# The value of a User-Agent header or field ("User-Agent: Grandstream GXP2170 1.0.11.42",
# "\"ua\":\"Yealink SIP-T46U 108.86.0.38\"", "user_agent=Cisco-CP8841/14.2.1.6"): a list of product
# names and their versions, written by SIP phones, browsers and HTTP clients; four dotted numbers in
# it are a version. The value runs from the key to its closing quote, a field separator ("·", "|",
# a tab) or the line's end, with no other key and no word naming a client's address between
# ("UA: Firefox 128.0.3.1 · client 81.2.69.160" keeps the client).
_USER_AGENT_VALUE = re.compile(
    r"(?<![^\W_])(?i:user[-_ ]?agent|http_user_agent|ua)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?:(?![\w-]+[:=][ \t\"']|(?<!\w)(?i:client|from|src|remote|peer|host|ip|addr)\b)[^\"'\n=·|\t])*$")
# A server program named right before four dotted numbers whose first two parts are small, as a
# version's are: its version in a banner, a "-v" line or a status page ("consul 1.18.6.149 agent",
# "lsphp 8.1.2.27;", "ntpd compat 4.2.8.15", "kernel module ip_vs 1.2.1.4", "(engine 1.6.3.2)").
# Names of daemons and tools, not words (no "bind", "node", "go": they also name an address).
_PROGRAM_BEFORE = re.compile(
    r"(?<![^\W_])(?i:nginx|apache2?|httpd|lighttpd|litespeed|openlitespeed|lsws|lsphp|php(?:-fpm)?|tomcat"
    r"|jetty|caddy|traefik|envoy|haproxy|varnish|squid|consul|vault|nomad|terraform|packer|docker|dockerd"
    r"|containerd|podman|kubelet|kubectl|kubeadm|etcd|redis(?:-server)?|memcached|postgres(?:ql)?|mysqld?"
    r"|mariadb|mongod(?:b)?|elasticsearch|kibana|logstash|grafana|prometheus|nodejs|python3?|openjdk|java"
    r"|ruby|perl|golang|rustc|gcc|clang|openssl|openssh|sshd|named|unbound|dnsmasq|pdns|powerdns|knot"
    r"|chronyd?|ntpd|ntpsec|ntpdate|postfix|dovecot|exim4?|sendmail|hmailserver|kamailio|opensips|asterisk"
    r"|freeswitch|crowdsec|cscli|fail2ban|ipvsadm|keepalived|openvpn|strongswan|samba|smbd|zabbix|nagios"
    r"|icinga2?|jenkins|gitlab|gitea|curl|wget|engine|module[ \t]+[\w\-]+"
    # SIP phones' and softphones' makers, as a registrar prints a contact's agent ("agent Grandstream 1.0.11.3")
    r"|grandstream|yealink|polycom|snom|fanvil|gigaset|htek|zoiper|linphone|microsip|obihai|mitel|avaya)"
    r"(?:[ \t]+(?i:compat|core|daemon|runtime|engine|edition|lts))?[ \t]*$")


def _program_version(text: str, line_start: int, start: int, end: int) -> bool:
    first, second = (int(part) for part in text[start:end].split(".")[:2])
    return first <= 20 and second <= 20 and first != 10 and \
        _PROGRAM_BEFORE.search(text, max(line_start, start - 48), start) is not None


# "4.3.2.1.in-addr.arpa": a reverse-lookup name, its numbers the address backwards (a DNS query's
# name, not the address a log records)
_REVERSE_ZONE = re.compile(r"\.in-addr\.arpa\b", re.IGNORECASE)
# "§ 10.8.5.4", "¶12.1.3.4": a clause of a contract or a law, numbered
_CLAUSE_SIGN = re.compile(r"[§¶]{1,2}[ \t\u00a0]?$")
# a container image's tag ("registry.example/api:3.4.251.69"): a path, then ":" and the version
_IMAGE_TAG = re.compile(r"[\w.\-]+/[\w.\-/]+:$")
# Four dotted numbers whose first three are single digits are a version ("4.5.4.94", "1.1.1.7")
# unless an address word or another address stands before them on their line ("dns 9.9.9.9",
# "Router: 24.84.102.133, 8.8.8.8").
_VERSION_SHAPED = re.compile(r"\d\.\d\.\d\.\d{1,3}")
_ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:ip|ipv4|ip4|dns|nameservers?|resolvers?|servers?|hosts?|gateway|gw|router|proxy|peer"
    r"|address|addr|inet|via|from|route|nat|allow|deny|permit|ping|connect(?:ed)?|whitelist|blocklist"
    r"|vpn|lan|wan|wlan|wi-?fi|network|netzwerk|réseau|red|rete|subnet|firewall|ssh|traceroute)\b)"
    r"|(?<![\d.])(?!\d\.\d\.\d\.)\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"
    # an IPv6 address: "::" or a hex letter among three groups or more (not a MAC address, nor a time)
    r"|(?<![0-9A-Fa-f:])(?![0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){5})(?=[0-9A-Fa-f:]*(?:::|[A-Fa-f]))"
    r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,}")
# "remote 10.119.2.89@53": Knot DNS, Unbound and ntpd write an address and its port joined by "@"
# (not an image tag's digest: "registry/api:3.4.251.69@sha256:…")
_AT_PORT = re.compile(r"@\d{1,5}(?![\w.@:-])")
# A colon right after a hex digit and before a space or the end: punctuation after a field (an
# IPv6 address ends there; the next group would follow the colon at once)
_COLON_AFTER = re.compile(r"(?<=[0-9A-Fa-f]):(?=[ \t]|$)", re.MULTILINE)
# A key that names a number, not an address, right before the four dotted numbers: Tomcat's
# `version.sh` "Server number: 9.0.83.0", "Build number: 10.0.19.41" (not "IP number: …")
_NUMBER_KEY_BEFORE = re.compile(
    r"(?<![^\W_])(?:([^\W\d_]+)[ \t\u00a0])?(?i:number|no\.|nr\.?|nummer|numéro|numero|número|номер)"
    r"[ \t\u00a0]*[:=#]?[ \t\u00a0]*$")
_IP_WORD = re.compile(r"(?i:ip|ipv4|ip4|ipv6|ip6|inet|address|addr|adresse|adress|adresa|direcci[oó]n|indirizzo|endere[cç]o)")


def _number_keyed(text: str, line_start: int, start: int) -> bool:
    key = _NUMBER_KEY_BEFORE.search(text, max(line_start, start - 40), start)
    return key is not None and not (key.group(1) and _IP_WORD.fullmatch(key.group(1)))


# a key glued to an IPv6 address by a colon ("ip6:", "ipv6:")
_ADDRESS_KEY = re.compile(r"(?<![\w:])(?i:ip6|ipv6|inet6|addr6):(?=[0-9A-Fa-f:])")
# any key or host name glued by a colon to an IPv6 address ("remote_addr:fe80::7b0d:1acf",
# "client:2001:db8::1", qmail's "mail.example.net:2a00:1450::a77f:25"): a word with a letter that
# is no hex digit (or "_") cannot be a group of the address, so its colon is a border
_GLUED_KEY = re.compile(r"(?<![\w:.\-])(?=[\w.\-]*[G-Zg-z_])[A-Za-z_][\w.\-]*:"
                        r"(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:|[0-9A-Fa-f]{1,4}::)")
# An IPv6 address and a decimal port after a colon, without brackets, as F5's tmm logs ("Client
# fd70:c891::a805:18198 -> …") and qmail's tcpserver ("host:2a00:1450::a77f:25") write an endpoint
_V6_COLON_PORT = re.compile(r"(?<![\w:.])([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,8}):(\d{1,5})(?![\w:.\]])")
# an IPv4 endpoint written "address:port" (not "address::port", not "a:b:c")
_V4_COLON_PORT = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}(?![\w:.])")


def _endpoint_slot(text: str, start: int) -> str:
    """What stands right before an address: the prefix glued to it by a colon or the word before
    it ("mail.example.net" in "mail.example.net:…", "Client", "/Common/vs_web_443")."""
    line_start = text.rfind("\n", 0, start) + 1
    return re.search(r"(\S*?):?\s*$", text[line_start:start]).group(1)


def _colon_port_ends(text: str) -> dict[int, int]:
    """{start: end} of each ":PORT" written after an IPv6 address without brackets: where the
    address and the last group cannot be one address (a group of five digits, a ninth group)
    while the address before it can; or where the text writes IPv4 endpoints as "address:port"
    after the same word or prefix, so the tool writes its endpoints with a port ("Client
    10.1.2.3:50473 -> …" beside "Client 2001:db8::71ea:443 -> …"). Else the last group stays
    the address's ("2001:db8::7:80")."""
    import ipaddress

    ends: dict[int, int] = {}
    slots = None
    for found in _V6_COLON_PORT.finditer(text):
        head = found.group(1)
        if head.count("::") > 1 or "::" not in head and head.count(":") != 7:
            continue
        try:
            ipaddress.IPv6Address(head)
        except ValueError:
            continue
        try:
            ipaddress.IPv6Address(found.group())
        except ValueError:
            ends[found.start(2) - 1] = found.end()  # the whole cannot be an address: a port
            continue
        if slots is None:
            slots = {_endpoint_slot(text, v4.start()) for v4 in _V4_COLON_PORT.finditer(text)}
        if _endpoint_slot(text, found.start()) in slots:
            ends[found.start(2) - 1] = found.end()
    return ends


# a line that gives an address to a network interface: RouterOS "interface=", iproute2 "dev eth0"
_ON_INTERFACE = re.compile(r"(?<![\w-])(?:interface=|dev[ \t]+[\w.@-]+(?![^\s]))", re.IGNORECASE)


def _is_network(value: str) -> bool:
    """Whether "address/prefix" is a private IPv4 network's own address ("10.20.0.0/16",
    "192.168.1.0/24", "100.64.0.0/10"): every host bit zero under a prefix shorter than /31, in a
    range that is not globally routed. Such a block is an address plan every site reuses: it names
    no host and no holder. A global network's address stays (blind30's round, part b): a BGP
    route's prefix ("*> 185.197.218.0/24", "show ip bgp 31.90.206.0"), a provider's published
    range ("140.82.112.0/20 is GitHub's range") names the block its holder was allocated, as the
    same address without its length does. A host with its prefix ("10.1.2.3/16", "203.0.113.7/32")
    and IPv6 prefixes stay."""
    import ipaddress

    try:
        network = ipaddress.ip_network(value.split("%")[0], strict=True)
    except ValueError:
        return False
    return network.version == 4 and network.prefixlen < 31 and not network.is_global


# a well-known port of four or five digits written after a "::"-shortened IPv6 address without
# brackets ("fd12:3::7:8443"); "2001:db8::7:80" keeps its short last group (a policy choice)
_PORT_GROUP = re.compile(r"(?<=[0-9A-Fa-f]):(\d{4,5})$")
_KNOWN_PORTS = {"8080", "8443", "8000", "8008", "8888", "3000", "5000", "9000", "9090", "3128", "1080",
                "3389", "5432", "3306", "6379", "27017", "5900", "2222"}


# tcpserver's (qmail's) "remote-address::remote-port": an IPv4 address, "::", a port
_IPV4_DOUBLE_COLON = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}::\d{1,5}$")


def _without_port(value: str, after: str) -> int:
    """The length of an IPv6 match without a port written after it without brackets."""
    port = _PORT_GROUP.search(value)
    if port is None or after == ":" or "." in value:
        return len(value)
    head = value[:port.start()]
    if "::" in head and not head.endswith("::") and port.group(1) in _KNOWN_PORTS:
        return len(head)
    return len(value)


# (pii-classes32b) a colon-written EUI-64, eight groups of two hex digits: a Zigbee or other IEEE
# 802.15.4 device's address ("Device 00:15:8d:00:56:5a:3b:2c", zigpy's and deCONZ's "ieee"), a
# FireWire or Thread node's; no one writes an IPv6 address's groups all as two digits
_EUI64 = re.compile(r"[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){7}")


def _identifies_host(value: str) -> bool:
    """Whether an IP address can name a host (see BoundedIpRecognizer); True for what
    `ipaddress` cannot read (presidio's match stands)."""
    import ipaddress

    if _EUI64.fullmatch(value):
        return False
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return True
    if address.version == 4:
        bits = int(address)
        inverse = bits ^ 0xFFFFFFFF
        is_mask = (inverse + 1) & inverse == 0 or (bits + 1) & bits == 0  # 1..10..0 or 0..01..1
        # 127.0.0.0/16: loopback in configs; 127.127.0.0/16: ntpd's reference clocks ("server
        # 127.127.1.0", "fudge 127.127.28.0": a driver's pseudo-address, no host)
        return not (is_mask or bits >> 16 in (0x7F00, 0x7F7F))
    if int(address) >> 32 == 0 and "." not in value:
        return False  # "::1:631", ":::22": netstat's loopback or unspecified address and its port
        # (the rest of ::/96, the IPv4-compatible addresses, is deprecated and written with dots)
    return not (address.is_unspecified or address.is_loopback)
