"""An eighteenth blind PII test set (blind18): 29 registers no earlier generator names, 25 languages,
every register in 3 to 7 layouts, weighted to US SSNs, cards, phones and IPs, with more phone-shaped
and card-shaped look-alikes than phones and cards and "@" strings that are not mailboxes.

Written by an eighteenth helper who read only its brief, issue 26, the module docstrings of the other
PII generators (to pick other registers), pii_blind's `read_rows` / `write_sets` and one row of
pii_blind3.jsonl (the format); never stages/pii*.py, their tests, docs/pii.md, the other generators'
templates or value makers, nor BENCHMARKS.md's PII sections. The PII step was never run on this set
while it was written: the lead scores it once, at the end. Every template, phrase and value maker is
new (benchmarks/pii_blind18_values.py, _lexicon, _pages, _us, _machine, _checks).

    python benchmarks/pii_blind18.py               # counts per type, register and language
    python benchmarks/pii_blind18.py --write-set   # (re)writes benchmarks/data/pii_blind18.jsonl

1,316 documents (seed fixed); gold spans: phones 30.2%, US SSNs 18.3%, cards 16.3%, e-mails 15.7%,
IPs 15.6%, IBANs 3.8% (9,202 in all); international phone writings of 83 regions besides the national
ones. Outside every span stand 8,367 phone-shaped strings (7-15 digits in phone-like groups), 2,776
runs of 13-19 digits and 2,867 strings with an "@": more look-alikes than phones, cards and e-mails.
SSNs: 745 dashed, 232 spaced, 221 dotted, 486 unseparated (each of the last two under a label, a
column header, a key or a sentence naming it).

Registers (29; 44 documents each for the international ones, 56 for the US ones, 36 for machine
output; layouts picked in turn):
- pages of many countries, each wholly in its language (six languages per register): tyre change
  appointments, watch repair tickets, pottery class bookings, airport transfer bookings, car rental
  agreements, dry-cleaning tickets, tennis court bookings, plumber call-out invoices, wine club
  subscriptions, eyeglass orders, furniture delivery slots, au pair placements, bowling lane bookings,
  luthier repair tickets; 6 layouts: label lines (own labels, capitals, dotted leaders, tab, dash,
  no-break space, Tel/Fax pairs), tables whose header stands rows above the values (pipe, semicolon,
  tab, spaces), prose where only the sentence marks a value, the label after the value, text from
  HTML ("<td>", "**", "&nbsp;", "<br>", "<li>", a line break between label and value), an unlabelled
  strip (name, E.164 / international phone, e-mail, IBAN in print groups, card in groups);
- US pages (en, a quarter of four registers in es) carrying SSNs: vital records requests, E-Verify
  case exports, REAL ID license applications, VA disability claim worksheets, financial aid
  verification worksheets, bail bond applications, annuity surrender requests, household-employee
  (Schedule H) payroll worksheets; 7 layouts: printed form, OCR'd form (misread labels, bars), a
  spreadsheet pasted as text (SSN column header above), support chat ("my social is"), letter
  (sentence only, "(SSN)" after), HR key=value audit log, leaked dump (pipe with header, JSON lines,
  mail:password combos);
- machine output (en, the tools' own formats): Palo Alto PAN-OS traffic CSV / `show session all` /
  LEEF / set-config, Varnish varnishncsa / varnishlog / backend list and VCL, Apache Tomcat access
  valve / catalina.out / server.xml and manager status, OpenSMTPD smtpd logs and smtpd.conf, Knot and
  NSD query logs and zone files, FTP servers (xferlog, vsftpd, ProFTPD), MongoDB (JSON log v2,
  legacy text log, rs.status(), mongod.conf); IPs bare, with ports, [v6]:port, ip@port, ip[ip],
  key=value, CSV, JSON, IPv4-mapped IPv6.
Languages: en de fr es it pt nl pl sv cs tr ru uk bg el ar fa he hi zh ja ko th hu ro.

Values: phones from `phonenumbers` example numbers (digits after the third drawn again while valid)
of the page's country (70%) or of 77 others, national (own country only), international, E.164,
"00", "+CC (0)", dots, slash, dashes, no-break spaces, full-width (zh ja ko), Arabic-Indic (ar) or
Persian (fa) digits, extensions in the page's language or "x"; US phones also 1-NXX-NXX-XXXX, dotted.
Cards Visa 13/16/19, Mastercard 51-55 / 2221-2720, Amex, Discover, JCB, Diners, UnionPay, Mir, grouped
as printed (space, dash, dot, no-break space) or unbroken. IBANs from schwifty for 48 countries (print
groups, compact, lower case). IPv4 public / private / link-local, IPv6 global / ULA / link-local.
SSNs dashed or spaced; dotted or unseparated only under a label, column header, key or sentence.
Look-alikes beside them: order, invoice, customer and serial numbers in phone-like groups under the
page's own labels, dates and times in the country's writing, prices, sizes and measurements, the
page's country's national ids (Steuer-ID, PESEL, СНИЛС, ЕГН, ת.ז., आधार, 身份证号, マイナンバー,
주민등록번호, CNP, NI number, ...), coordinates, ISBNs, EANs, tracking
and loyalty numbers of 13-19 digits (Luhn-valid without a brand prefix, or a brand prefix failing
Luhn), IMEIs, masked cards, IBANs with a wrong check digit, EINs, ITINs, SSNs of area 000 / 666,
group 00 or serial 0000, ABA routing numbers, 9-digit ids, ZIP+4, "xxx-xx-1234", Message-IDs,
package@version pins, @handles, git remotes, container digests, user@host prompts, obfuscated
mailboxes, ip@port, loopback / unspecified / netmask / broadcast addresses, OIDs, versions,
in-addr.arpa names, regexes of addresses.

Span rules (the project's policy, as blind3 states it): a span is exactly the value (no label,
bracket, "mailto:", port, CIDR prefix, zone id or trailing punctuation); an extension right after a
phone is part of its span; e-mails need a literal "@" and a dotted domain; loopback, unspecified,
netmask / wildcard and broadcast IPs are not labelled; lower-case and print-grouped IBANs are, wrong
check digits not; cards pass Luhn with a real brand prefix and length; only US SSNs in the issued
range; a phone is one a reader recognises and is valid for some region per phonenumbers (extension
stripped); vanity numbers never.

Gold is checked on writing (`check_row` in pii_blind18_checks.py, also run by
tests/test_pii_blind18_set.py): span text equals text[start:end], spans sorted and not overlapping,
not glued to an ASCII letter or digit, no space or punctuation at an edge, each value valid for its
type, each value of 7+ characters labelled wherever it stands, no Luhn-valid brand card, valid IBAN,
host IPv4, mailbox or valid dashed SSN outside a span. A drawn document failing a check is drawn
again. Deterministic: string seeds per document, no set iteration.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pii_blind import read_rows, write_sets
from benchmarks.pii_blind18_checks import check_row
from benchmarks.pii_blind18_lexicon import TITLES
from benchmarks.pii_blind18_machine import MACHINE, machine_page
from benchmarks.pii_blind18_pages import intl_page
from benchmarks.pii_blind18_us import US_REGISTERS, us_page

PATH = Path(__file__).resolve().parent / "data" / "pii_blind18.jsonl"
PER_REGISTER = {"intl": 44, "us": 56, "machine": 36}
TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "sv": "se",
       "cs": "cz", "tr": "com.tr", "ru": "ru", "uk": "com.ua", "bg": "bg", "el": "gr", "ar": "sa", "fa": "ir",
       "he": "co.il", "hi": "in", "zh": "cn", "ja": "jp", "ko": "kr", "th": "co.th", "hu": "hu", "ro": "ro"}


def _row(i: int, register: str, lang: str, url: str, doc) -> dict:
    return {"id": f"blind18-{i}", "half": "blind18", "register": register, "url": url, "language": lang,
            "text": doc.text(), "spans": doc.spans}


def _draw(make, register: str, n: int, i: int) -> dict:
    for attempt in range(30):
        rng = random.Random(f"blind18/{register}/{n}/{attempt}")
        row = make(rng)
        row["id"] = f"blind18-{i}"
        if not check_row(row):
            return row
    raise RuntimeError(f"{register} #{n}: no sound document in 30 draws: {check_row(row)[:3]}")


def generate(half: str = "blind18") -> list[dict]:
    rows: list[dict] = []
    for register in TITLES:
        langs = list(TITLES[register])
        for n in range(PER_REGISTER["intl"]):
            lang = langs[n % len(langs)]
            slug = register.split("_")[0]

            def make(rng, register=register, lang=lang, n=n, slug=slug, langs=langs):
                url = f"https://www.{slug}-{rng.randint(1, 99)}.{TLD[lang]}/{rng.choice(('b', 'order', 'kontakt', 'info'))}/{rng.randint(100, 99999)}"
                return _row(0, register, lang, url, intl_page(rng, register, lang, n // len(langs) + n))
            rows.append(_draw(make, register, n, len(rows)))
    for register in US_REGISTERS:
        for n in range(PER_REGISTER["us"]):
            def make(rng, register=register, n=n):
                doc, lang = us_page(rng, register, n)
                url = f"https://{rng.choice(('portal', 'forms', 'secure', 'help'))}.{register.split('_')[0]}-{rng.randint(1, 99)}.us/{rng.randint(1000, 99999)}"
                return _row(0, register, lang, url, doc)
            rows.append(_draw(make, register, n, len(rows)))
    for register in MACHINE:
        for n in range(PER_REGISTER["machine"]):
            def make(rng, register=register, n=n):
                url = f"https://{rng.choice(('gist.example-git.com', 'paste.ops-wiki.net', 'forum.sysadmins.org'))}/{register.split('_')[0]}/{rng.randint(10 ** 5, 10 ** 7)}"
                return _row(0, register, "en", url, machine_page(rng, register, n))
            rows.append(_draw(make, register, n, len(rows)))
    return rows


def load() -> list[dict]:
    """The rows of the committed set (benchmarks/data/pii_blind18.jsonl)."""
    return read_rows(PATH)


def _print_counts(rows: list[dict]) -> None:
    types = Counter(s["type"] for r in rows for s in r["spans"])
    total = sum(types.values())
    print("spans per type:", {t: f"{c} ({100 * c / total:.1f}%)" for t, c in types.most_common()}, "total", total)
    print("documents per register:", dict(Counter(r["register"] for r in rows)))
    langs = Counter(r["language"] for r in rows)
    print("documents per language:", dict(langs.most_common()), "not en:", len(rows) - langs["en"])


if __name__ == "__main__":
    all_rows = generate()
    _print_counts(all_rows)
    write_sets("", {"blind18": (PATH,)}, lambda half: all_rows, "Write the blind18 PII test set.")
