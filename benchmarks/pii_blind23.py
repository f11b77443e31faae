"""A twenty-third blind PII test set (blind23): labelled documents for the PII step, written blind.

Who and under which rules: written by a twenty-third helper who never read the PII step, its tests,
docs/pii.md or any other generator's templates or value makers (only the docstrings of the earlier
sets, to pick registers no one used, and pii_blind's `read_rows`/`write_sets`). Seed fixed (2323),
deterministic. Nothing here was run through the step before commit; the lead scores it once.

    python benchmarks/pii_blind23.py [--write-set]   # counts per type, register, language; writes the file

Registers (40; each with 3 layouts -- label block, table with the header far above, prose/chat/letter,
or for machine output three output forms of the tool -- and at most 50 documents):
- pages by people, each wholly in its language (22 registers, 27 documents each): de_chorverein_konzertkarten,
  fr_vide_grenier_inscription, es_pena_ciclista_inscripcion, it_gruppo_acquisto_solidale_ordini,
  pt_clube_de_leitura_encontros, nl_volkstuin_wachtlijst, pl_schronisko_wolontariat_karma,
  tr_site_yonetimi_duyuru, sv_kolonilott_kolista, cs_vcelarsky_spolek_med, ru_snt_dachnoe_vznosy,
  uk_volonterskyi_zbir_zvit, el_enoikiasi_domation_nisi, ar_durus_khususiya_ilan,
  fa_kelas_khosh_nevisi_sabtenam, he_vaad_bayit_hodaa, hi_satsang_mandali_suchna, zh_ershou_xianzhi_tiezi,
  ja_chonaikai_kairanban, ko_sanak_dongho_hoe_mojip, th_hong_chao_prakat, bg_rodova_sreshta_pokana;
- US paperwork and exports (8, 40 each): us_utility_hardship_assistance_application,
  us_rv_campground_registration, us_marriage_license_worksheet, us_identity_theft_affidavit,
  us_auto_body_shop_estimate, us_title_loan_application, us_concealed_carry_permit_application,
  us_summer_camp_registration (forms printed to text, spreadsheets pasted as text with the header
  far above, letters, chats and leaked dumps);
- machine output (10, 26 each): kamailio_sip_proxy_log, chrony_ntp_clients, minecraft_server_log,
  hmailserver_log, vault_audit_log, litespeed_web_server_log, ipvsadm_lvs_tables,
  crowdsec_decisions, tacacs_plus_accounting, technitium_dns_query_log.

Languages: de fr es it pt nl pl tr sv cs ru uk el ar fa he hi zh ja ko th bg en (23; 12 non-Latin
scripts). Phones of ~60 regions, written national (the region's grouping), international, E.164,
00, "(0)" trunk, dots, slashes, dashes, brackets, no-break spaces, full-width and Arabic-Indic /
Persian digits, with extensions in the page's language, several numbers on one line.

Span rules (the project's, as blind3's): a span is exactly the value (no label, bracket, mailto:,
port, CIDR prefix, IPv6 zone id, trailing punctuation); an extension written right after a phone
is part of its span; e-mails need a literal @ and a dotted domain (Message-IDs, package@version
pins, handles, git remotes, digests, user@host prompts and obfuscated forms are not labelled);
loopback, unspecified, masks and broadcast are not labelled IPs (private, link-local, public are);
IBANs valid per schwifty (lower-case and print groups labelled, wrong check digit not); cards
Luhn-valid with a real brand prefix and length (masked, Luhn-invalid, IMEI not); US SSNs with a
valid area/group/serial only (ITIN, EIN, 000/666/9xx areas, group 00, serial 0000 not); unseparated
SSNs only where a label, column header or sentence marks them; every phone (extension stripped)
is a valid number for some region per phonenumbers.

Hard negatives beside the values: reference, customer, contract, meter, parcel and case numbers
after their own words in the page's language, shaped like phones; dates, times, prices and postal
codes in each country's writing; EINs, ITINs, invalid SSNs, routing and account numbers, member ids,
ZIP+4, Luhn-invalid 16-digit numbers, masked cards, IMEIs, wrong-check IBANs; versions, OIDs,
masks, loopback; non-mailbox @ strings.

Checks on writing (`check_rows`): span text == text[start:end], no overlaps, spans not glued to an
ASCII letter or digit, phones valid, cards Luhn + brand, IBANs valid, IPs parse and are not
excluded, SSNs valid, e-mails dotted.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pii_blind import read_rows, write_sets
from benchmarks.pii_blind23_lexicon import L
from benchmarks.pii_blind23_machine import MACHINE
from benchmarks.pii_blind23_us import US
from benchmarks.pii_blind23_values import (
    Doc,
    at_lookalike,
    bad_card,
    bad_iban,
    card,
    card_brand_ok,
    column_lookalike,
    email,
    email_ok,
    iban,
    iban_ok,
    ip_ok,
    luhn_ok,
    masked_card,
    phone_number,
    phone_ok,
    ssn_ok,
    strip_ext,
    to_script,
    write_phone,
)

PATH = Path(__file__).resolve().parent / "data" / "pii_blind23.jsonl"
SEED = 2323
PEOPLE_DOCS = 27
PHONE_STYLES = ["nat", "nat", "intl", "e164", "00", "trunk", "dots", "idots", "dash", "slash", "nbsp", "brk"]


def load() -> list[dict]:
    """The committed rows of the set."""
    return read_rows(PATH)


# ---------------------------------------------------------------- local writing
def l_date(rng, lx) -> str:
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    f = lx["date"]
    if f == "ymdcjk":
        return f"{y}年{m}月{d}日"
    if f.startswith("ymd"):
        return f"{y}{f[3]}{m:02d}{f[3]}{d:02d}"
    return f"{d:02d}{f[3]}{m:02d}{f[3]}{y}"


def l_time(rng) -> str:
    h = rng.randint(7, 20)
    return rng.choice([f"{h}:{rng.choice(['00', '15', '30', '45'])}", f"{h}.30–{h + 2}.00", f"{h}:00-{h + 1}:30"])


def l_price(rng, lx) -> str:
    whole = rng.choice([rng.randint(3, 99), rng.randint(100, 999), rng.randint(1000, 25000)])
    cents = rng.randint(0, 99)
    sep_t = "." if lx["dec"] == "," else ","
    w = f"{whole:,}".replace(",", sep_t) if whole >= 1000 else str(whole)
    return lx["cur"].format(f"{w}{lx['dec']}{cents:02d}")


def l_postal(rng, lx) -> str:
    out = ""
    for c in lx["postal"]:
        out += rng.choice("0123456789") if c == "#" else (rng.choice("ABCDEFGHJKLMNPRSTVWXZ") if c == "A" else c)
    return out


def phone_shaped_id(rng) -> str:
    """Reference numbers of the shapes phones have."""
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return rng.choice([f"{d(4)} {d(3)} {d(4)}", f"0{d(3)}-{d(3)}-{d(4)}", f"{d(2)}/{d(4)}/{rng.randint(2019, 2026)}",
                       f"{d(3)} {d(3)} {d(3)}", f"{d(10)}", f"{d(3)}.{d(3)}.{d(4)}", f"{rng.randint(1, 9)} {d(3)} {d(3)} {d(3)}",
                       f"{d(2)} {d(2)} {d(2)} {d(2)} {d(2)}", f"{rng.randint(2020, 2026)}-{d(6)}", f"KD-{d(3)} {d(4)}"])


def neg_line(rng, lx) -> str:
    word = rng.choice(["order", "customer", "contract", "meter", "parcel", "case"])
    return f"{lx[word]}: {phone_shaped_id(rng)}"


def label(rng, word: str) -> str:
    return rng.choice([f"{word}: ", f"{word}:", f"{word.upper()}: ", f"{word} ", f"{word} – ", f"{word}:\u00a0"])


class People:
    """A page by a person in one language."""

    def __init__(self, rng, code: str):
        self.rng, self.code, self.lx = rng, code, L[code]

    def phone(self) -> str:
        rng, lx = self.rng, self.lx
        region = rng.choice(lx["regions"])
        num = phone_number(rng, region)
        script = lx["script"] if lx["script"] and rng.random() < 0.5 else None
        s = write_phone(num, rng.choice(PHONE_STYLES), script)
        if rng.random() < 0.12 and lx["ext"]:
            sp = "" if self.code in ("zh", "ja") else " "
            s += f"{sp}{lx['ext']}{sp}{to_script(str(rng.randint(2, 480)), script)}"
        return s

    def person(self):
        return self.rng.choice(self.lx["names"])

    def mail(self, person) -> str:
        return email(self.rng, person[2], person[3].replace(" ", ""), self.rng.choice(self.lx["domains"]))

    def native(self, person) -> str:
        return f"{person[0]} {person[1]}".strip()

    def iban_value(self, d: Doc) -> None:
        rng = self.rng
        c = rng.choice(self.lx["ibanc"])
        if rng.random() < 0.2:
            d.t(bad_iban(rng, c))
        else:
            d.v("IBAN_CODE", iban(rng, c, lower=rng.random() < 0.15))

    def card_sentence(self, d: Doc) -> None:
        rng, lx = self.rng, self.lx
        pre, post = lx["cardsent"].split("{}")
        d.t(pre)
        if rng.random() < 0.75:
            d.v("CREDIT_CARD", card(rng)[1])
        else:
            d.t(rng.choice([bad_card(rng), masked_card(rng)]))
        d.t(post + "\n")

    def block(self) -> Doc:
        rng, lx = self.rng, self.lx
        d = Doc()
        d.t(lx["title"] + "\n\n" + lx["intro"] + "\n")
        d.t(f"{l_date(rng, lx)} · {l_time(rng)} · {l_price(rng, lx)}\n\n")
        p = self.person()
        d.t(label(rng, lx["name"]) + self.native(p) + "\n")
        form = rng.randint(0, 3)
        if form == 0:
            d.t(label(rng, lx["phone"])).v("PHONE_NUMBER", self.phone())
            d.t(f" · {lx['customer']} {phone_shaped_id(rng)}\n")
        elif form == 1:
            d.v("PHONE_NUMBER", self.phone()).t(f" ({lx['mobile']})\n")
        elif form == 2:
            d.t(f"{lx['phone']}/{lx['fax']}: ").v("PHONE_NUMBER", self.phone()).t(" / ").v("PHONE_NUMBER", self.phone()).t("\n")
        else:
            d.t(f"{lx['mobile']}:\n").v("PHONE_NUMBER", self.phone()).t("\n")
        d.t(to_script(neg_line(rng, lx), lx["script"] if rng.random() < 0.5 else None) + "\n")
        d.t(label(rng, lx["email"])).v("EMAIL_ADDRESS", self.mail(p)).t("\n")
        d.t(at_lookalike(rng, p[2], rng.choice(lx["domains"])) + "\n")
        if rng.random() < 0.9:
            d.t(label(rng, lx["iban"]))
            self.iban_value(d)
            d.t("\n")
        script = lx["script"] if rng.random() < 0.5 else None
        d.t(to_script(f"{lx['contract']}: {phone_shaped_id(rng)} / {lx['meter']} {phone_shaped_id(rng)}", script) + "\n")
        d.t(f"{lx['parcel']} {phone_shaped_id(rng)} · {l_postal(rng, lx)} · {l_date(rng, lx)}\n")
        if rng.random() < 0.5:
            self.card_sentence(d)
        return d

    def table(self) -> Doc:
        rng, lx = self.rng, self.lx
        d = Doc()
        d.t(lx["title"] + "\n")
        idcol = lx[rng.choice(["customer", "contract", "meter", "order"])]
        d.t(f"{lx['name']} | {lx['phone']} | {lx['email']} | {idcol} | {lx['note']}\n")
        d.t("-" * 40 + "\n")
        for _ in range(rng.randint(2, 4)):
            p = self.person()
            d.t(self.native(p) + " | ").v("PHONE_NUMBER", self.phone()).t(" | ")
            if rng.random() < 0.5:
                d.v("EMAIL_ADDRESS", self.mail(p))
            else:
                d.t(column_lookalike(rng, p[2]))
            d.t(f" | {phone_shaped_id(rng)} | {l_date(rng, lx)} {l_price(rng, lx)}\n")
        d.t("\n\n" + f"{lx['note']}: {l_time(rng)}, {l_postal(rng, lx)}\n")
        d.t(label(rng, lx["iban"]))
        self.iban_value(d)
        d.t("\n")
        if rng.random() < 0.45:
            self.card_sentence(d)
        return d

    def prose(self) -> Doc:
        rng, lx = self.rng, self.lx
        d = Doc()
        d.t(lx["title"] + "<br>\n" + lx["intro"] + " " + l_date(rng, lx) + ", " + l_time(rng) + ".\n")
        p = self.person()
        pre, post = lx["call"].split("{}")
        d.t(pre).v("PHONE_NUMBER", self.phone()).t(post + " " + neg_line(rng, lx) + ".\n")
        pre, post = lx["write"].split("{}")
        d.t(pre).v("EMAIL_ADDRESS", self.mail(p)).t(post + "\n")
        if rng.random() < 0.8:
            pre, post = lx["wire"].split("{}")
            d.t(pre)
            self.iban_value(d)
            d.t(post + f" ({l_price(rng, lx)})\n")
        if rng.random() < 0.55:
            self.card_sentence(d)
        d.t("&nbsp;|&nbsp;" + at_lookalike(rng, p[2], rng.choice(lx["domains"])) + "\n")
        # a signature line with no label: E.164 and an e-mail, an id beside them
        q = self.person()
        num = phone_number(rng, rng.choice(lx["regions"]))
        d.t("\n— " + self.native(q) + "\n").v("PHONE_NUMBER", write_phone(num, rng.choice(["e164", "intl"])))
        d.t(f" · {phone_shaped_id(rng)}\n")
        return d


def people_rows(rng) -> list[dict]:
    rows = []
    for code in L:
        for i in range(PEOPLE_DOCS):
            pg = People(rng, code)
            d = [pg.block, pg.table, pg.prose][i % 3]()
            tld = pg.lx["domains"][-1].split(".", 1)[1]
            rows.append({"register": pg.lx["reg"], "language": code,
                         "url": f"https://www.{pg.lx['reg'].split('_', 1)[1].replace('_', '-')}.{tld}/{i}",
                         "text": d.text(), "spans": d.spans})
    return rows


# ---------------------------------------------------------------- checks
def check_rows(rows: list[dict]) -> None:
    for row in rows:
        text, last = row["text"], -1
        for s in sorted(row["spans"], key=lambda s: s["start"]):
            v = s["text"]
            assert text[s["start"]:s["end"]] == v, (row["id"], s)
            assert s["start"] >= last, (row["id"], s)
            last = s["end"]
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            for c in (before, after):
                assert not (c.isascii() and c.isalnum()), (row["id"], s, before, after)
            kind = s["type"]
            if kind == "PHONE_NUMBER":
                assert phone_ok(strip_ext(v)), (row["id"], v)
            elif kind == "CREDIT_CARD":
                dg = "".join(c for c in v if c.isdigit())
                assert luhn_ok(dg) and card_brand_ok(dg), (row["id"], v)
            elif kind == "IBAN_CODE":
                assert iban_ok(v), (row["id"], v)
            elif kind == "IP_ADDRESS":
                assert ip_ok(v), (row["id"], v)
            elif kind == "US_SSN":
                assert ssn_ok(v), (row["id"], v)
            elif kind == "EMAIL_ADDRESS":
                assert email_ok(v), (row["id"], v)
            else:
                raise AssertionError(kind)


def generate(half: str = "blind23") -> list[dict]:
    rng = random.Random(SEED)
    rows = people_rows(rng)
    for reg, builders in US.items():
        for i in range(40):
            d, url = builders[i % len(builders)](rng)
            rows.append({"register": reg, "language": "en", "url": url, "text": d.text(), "spans": d.spans})
    for reg, builders in MACHINE.items():
        for i in range(26):
            d, url = builders[i % len(builders)](rng)
            rows.append({"register": reg, "language": "en", "url": url, "text": d.text(), "spans": d.spans})
    out = []
    for n, r in enumerate(rows):
        out.append({"id": f"blind23-{n}", "half": "blind23", "register": r["register"], "url": r["url"],
                    "language": r["language"], "text": r["text"], "spans": r["spans"]})
    check_rows(out)
    return out


def summary(rows: list[dict]) -> None:
    per_type: dict[str, int] = {}
    per_reg: dict[str, int] = {}
    per_lang: dict[str, int] = {}
    for r in rows:
        per_reg[r["register"]] = per_reg.get(r["register"], 0) + 1
        per_lang[r["language"]] = per_lang.get(r["language"], 0) + 1
        for s in r["spans"]:
            per_type[s["type"]] = per_type.get(s["type"], 0) + 1
    total = sum(per_type.values())
    print("types:", {k: f"{v} ({v / total:.1%})" for k, v in sorted(per_type.items())})
    print(f"registers ({len(per_reg)}):", per_reg)
    print(f"languages ({len(per_lang)}):", per_lang)


if __name__ == "__main__":
    summary(generate())
    write_sets("", {"blind23": (PATH,)}, generate, "blind23 PII set")
