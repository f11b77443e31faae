"""PII scrubbing: document text in, text with typed placeholders ("<EMAIL_ADDRESS>") out, plus counts.

presidio-analyzer does the work with pattern/validation recognizers only (e-mail, IP, credit card,
IBAN, US SSN), over spaCy's blank English tokenizer: no spaCy model, no download, and tldextract
reads its bundled suffix list, never the network. A compiled regex prefilter skips presidio on
texts with no candidate at all. Phone numbers are found on the whole text by
`PhoneNumberRecognizer.spans` (a presidio recognizer too): `phonenumbers` checks the digits, the
page's URL and language hint at the region of national numbers, and the words, labels, table
columns and contact blocks around a number decide the rest (docs/pii.md). PII never drops a
document. It does not find names, street addresses or ids other than those six types.
"""
from __future__ import annotations

from collections.abc import Sequence

import re
from collections import Counter
from dataclasses import dataclass

import sys

import numpy as np
import phonenumbers
import schwifty
import schwifty.exceptions


def _hide_torch() -> bool:
    """spaCy imports thinc, and thinc imports torch whenever it is installed (the [train] extra
    installs it): 1.3 of the 2.3 CPU s that importing this module took, in the driver and in every
    Ray worker. The blank pipeline below never uses torch, so while spaCy and presidio are
    imported, `import torch` fails (thinc then records that it has no torch and carries on); a
    process that had imported torch already is left alone. Returns whether torch was hidden.
    transformers (the [classifier] extra) is hidden with it: presidio imports it when installed,
    and a transformers imported without torch would keep believing there is none."""
    if "torch" in sys.modules or "thinc" in sys.modules:
        return False
    sys.modules["torch"] = None  # "import torch" raises ImportError while this is here
    if "transformers" not in sys.modules:
        sys.modules["transformers"] = None
    return True


_TORCH_HIDDEN = _hide_torch()
try:
    import spacy
    import tldextract
    from presidio_analyzer import (AnalysisExplanation, AnalyzerEngine, EntityRecognizer,
                                   RecognizerRegistry, RecognizerResult)
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import EmailRecognizer, IpRecognizer
    from spacy.attrs import IDX, LENGTH
    from spacy.language import Language
finally:
    for _hidden in ("torch", "transformers"):
        if _TORCH_HIDDEN and sys.modules.get(_hidden, 0) is None:
            del sys.modules[_hidden]

from stages.base import Annotation, Decision, Doc, Step  # noqa: E402

ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")


@dataclass(frozen=True)
class PiiSettings:
    entities: tuple[str, ...] = ENTITIES
    # Measured on shared/data/pii/pii_dev.jsonl (see tests/stages/test_pii.py): validated matches
    # score 1.0, well-formed IPs 0.6, presidio's medium SSN 0.5; weak shapes (bare digit runs as
    # card / SSN) score 0.05-0.4 and reach >= 0.55 only with a context word ("card", "ssn", ...)
    # within 2 words before. Phone numbers score 0.6-0.7 once their shape, page or context makes
    # them one (PhoneNumberRecognizer), else they are not reported. 0.5 drops SSN-like 9-digit runs
    # and 12-19 digit Luhn runs, which on real text are mostly ids and order numbers.
    min_score: float = 0.5
    language: str = "en"

    def __post_init__(self):
        unknown = sorted(set(self.entities) - set(ENTITIES))
        if unknown:
            raise ValueError(f"entities: unsupported {unknown}; choose from {ENTITIES}")
        if not 0.0 <= self.min_score <= 1.0:
            raise ValueError(f"min_score must be in [0, 1], got {self.min_score}")


# A text can hold a match of one of presidio's recognizers below only if it matches this (each
# branch is a superset of the recognizers' own patterns; tests check it on the data sets):
# e-mail needs "@"; IPv4 four dotted numbers; IPv6 "::" or hex:hex:hex; IBAN two capitals + two
# digits; SSN (9) and card (12+) digit runs with at most 4 separators between consecutive digits.
# Phone numbers are found on the whole text by PhoneNumberRecognizer.spans, outside presidio.
PREFILTER = re.compile(
    r"@"
    r"|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d"
    r"|::|[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]"
    r"|[A-Za-z]{2}\d{2}"
    r"|\d(?:\D{0,4}\d){8}"
)

CONTEXT_WORDS_BEFORE = 2
# Text kept on each side of a prefilter candidate for presidio: holds the context words before it
# and the whole of the longest entity around it (an IBAN is at most 34 characters plus spaces, an
# e-mail's local part 64 before its "@"), with room to spare.
WINDOW_CHARS = 200
# A window edge moves outwards to whitespace, so no token is cut; one that finds none within this
# many characters (a huge blob without spaces) gives up and takes the whole text.
MAX_EDGE_SHIFT = 2000
_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
_LEMMA_COMPONENT = "cc_pipeline_lowercase_lemma"


@Language.component(_LEMMA_COMPONENT)
def _lowercase_lemma(doc):
    # A blank pipeline has no lemmatizer; presidio matches context words against lemmas.
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """presidio's spaCy engine over `spacy.blank(language)`: tokens only, nothing to download."""

    def __init__(self, language: str, context_words: frozenset[str]):
        super().__init__(models=[{"lang_code": language, "model_name": f"blank:{language}"}])
        self.language = language
        self.context_words = context_words

    def load(self) -> None:
        nlp = spacy.blank(self.language)
        nlp.add_pipe(_LEMMA_COMPONENT)
        nlp.max_length = 100_000_000  # tokenizer only: no parser memory to protect
        self.nlp = {self.language: nlp}

    def is_stopword(self, word: str, language: str) -> bool:
        # spaCy's stop list holds "call", one of the phone context words.
        return word not in self.context_words and super().is_stopword(word, language)


class OfflineEmailRecognizer(EmailRecognizer):
    """presidio's e-mail recognizer whose domain check reads tldextract's bundled suffix list.

    presidio calls the module-level `tldextract.extract`, which fetches publicsuffix.org on first
    use; this instance never does (suffix_list_urls=() and no cache directory).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.tld_extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def validate_result(self, pattern_text: str) -> bool:
        return self.tld_extract(pattern_text).fqdn != ""


# --- phone numbers ------------------------------------------------------------------------------

def _word_pattern(entries: str) -> str:
    """A regex alternation from space-separated entries: "stem*" matches a word starting with
    stem, "word" the whole word, entries with "_" are phrases (the "_" is a space); entries in
    CJK or Thai script match anywhere (those scripts put no spaces between words)."""
    latin, anywhere = [], []
    for entry in entries.split():
        prefix = entry.endswith("*")
        body = re.escape(entry.rstrip("*").replace("_", " ")).replace(r"\ ", r"\s+")
        if re.match(r"[\u0E00-\u0E7F\u3000-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]", entry):
            anywhere.append(body)
        else:
            latin.append(body + (_LETTER + "*" if prefix else f"(?!{_LETTER})"))
    branches = []
    if latin:
        branches.append(f"(?<!{_LETTER})(?:{'|'.join(sorted(latin, key=len, reverse=True))})")
    if anywhere:
        branches.append(f"(?:{'|'.join(sorted(anywhere, key=len, reverse=True))})")
    return "|".join(branches)


# Letters of the scripts that put spaces between words (Latin, Greek, Cyrillic): a phone number
# is never glued to one; CJK and Thai text may glue a number to the word before it ("电话13800").
_LETTER = r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]"

# Words that mark a number as a phone number wherever they stand in its sentence (up to
# PHONE_CONTEXT_BEFORE characters before it, PHONE_CONTEXT_AFTER after it on its line): English,
# the FineWeb-2 languages the project keeps (de fr es it pt nl pl ru zh ja th) and a few more.
PHONE_WORDS = _word_pattern("""
    phone* telephone* tel tel. tele tfn tlf tlf. tfno tfno. telf telf. ph ph. cell cells cellphone*
    cellular mobile* mob mob. fax* call calls calling called ring ringing dial* sms txt text_me
    text_us reach whatsapp* viber telegram hotline* helpline* landline* voicemail* contact* reach_us
    reach_me reached enquir* inquir* freephone* toll-free toll_free
    telefon* fon handy* mobil* funk rufnummer* ruf anruf* rufen ruft erreich* durchwahl* festnetz*
    kontakt* telefax* servicenummer*
    téléphon* telephon* tél tél. portable* appel* appelez joindre joignable télécopie* gsm composez
    composer marque marcar componi comporre disque discar wählen wähle
    teléfono* telefono* móvil* movil* celular* cel cel. llam* lláme* llámanos contacto* whats
    cellulare* chiama* zap contatt* recapit* numero_verde informa* renseign* comuní* comuniq*
    telefone* telemóvel* telemovel* ligue ligar ligue-nos contato* contate*
    telefoon* telefonisch* mobiel* bel bellen belt
    kom. komórk* komork* dzwo* zadzwo* faks*
    телефон* тел тел. моб моб. мобильн* факс* звон* позвон* контакт* сотов*
    puh puh. puhelin* τηλ τηλ. τηλέφωνο* κιν κιν.
    电话 電話 手机 手機 传真 傳真 联系 聯繫 聯絡 致电 致電 拨打 撥打 热线 熱線 座机 座機 咨询 諮詢 客服
    でんわ 携帯 ケータイ ファックス ファクス 問い合わせ 問合せ 連絡 フリーダイヤル
    โทร มือถือ แฟกซ์ ติดต่อ สายด่วน 전화 휴대폰 팩스 연락처
""")
# Labels that mark a number only right before it ("Office: 0123 456789", "M 0171 2345678") or
# right after it in brackets or after a dash ("0123 456789 (desk)").
PHONE_LABELS = _word_pattern("""
    office desk direct direct_line switchboard reception main home work private business
    emergency support sales bookings reservations customer_service service
    zentrale büro buero privat geschäftlich dienstlich notruf notfall vermittlung sekretariat empfang
    bureau domicile standard accueil ligne_directe urgence secrétariat service_client
    oficina despacho casa trabajo centralita recepción directo urgencias atención_al_cliente
    ufficio centralino segreteria diretto
    escritório escritorio trabalho central recepção direto
    kantoor thuis werk centrale receptie secretariaat klantenservice
    biuro dom praca centrala recepcja infolinia
    офис дом рабочий приемная приёмная горячая_линия
    办公室 辦公室 总机 總機 前台 代表 事務所 自宅 受付 窓口 内線 สำนักงาน บ้าน
""")
# One-letter and symbol labels of signatures and contact blocks ("T +44 ...", "M: 0171 ..."),
# case-sensitive, only at the start of a line or cell, right before the number.
PHONE_LETTER_LABEL = re.compile(r"(?:^|[|•·,;/]\s*|\s{2,}|\t)(?:[TMFPHOWCD]|Tel|Ph|Mob|Fon|Tél|Cel|Tf|[ТМФ]|Тел|Моб)"
                                r"\s*[.:]?\s*$|[☎☏📞📱✆℡📠]\s*[.:]?\s*$")
_LETTER_AFTER = re.compile(r"(?:^|\s)(?:[TMFPHOWCD]|[ТМФ])[ \u00a0]?[.:]?[ \u00a0]?$")
# Words that mark a number as something else when they are nearer to it than any phone word
# (order, invoice, account, tax and company numbers, prices, ISBNs, versions, ...).
NOT_NUMBER_ENTRIES = """
    order* invoice* ref ref. reference* ticket* case id ids sku item items article* art art.
    product* model* part serial* isbn* issn doi ean gtin upc asin tracking shipment* parcel*
    account* acct member* policy claim* booking* reservation* confirmation* transaction* receipt*
    iban bic swift sort_code routing vat tax taxes tin itin* ein ssn social_security registration* reg reg.
    control_number control_no control_no. po p.o. purchase_order* employer_identification*
    company licen* patent* zip postcode* postal pin password passcode code version* build release
    ver ver. v. population price* cost costs total amount sum page pages vol vol. volume issue lot batch imei
    vin flight isin lei duns abn acn nhs charity registered crn utr passport grant award contract*
    track trace seguimiento suivi rastreamento spedizione project pmid arxiv coordinates lat lon lng gps score votes views downloads followers pp pp. p.
    subscribers visitors users copies
    bestell* auftrag* rechnung* kundennummer* kundennr* kunden-nr* artikel* art.-nr. artnr
    produkt* modell* serien* sendung* paket* konto* kto kto. blz bankleitzahl* steuer* ust* ust-id*
    umsatzsteuer* handelsregister* hrb hra amtsgericht registernummer* plz postleitzahl* preis*
    betrag* summe gesamt* vorgang* aktenzeichen az vertrag* mitglied* versicherungsnummer*
    ausweis* seite* buchung* reservierung* fahrgestell* einwohner*
    commande* facture* référence* réf réf. compte* siret siren tva prix montant* colis dossier*
    contrat* code_postal adhérent* sécurité_sociale insee rcs ape naf nir
    pedido* factura* referencia* cuenta* nif cif nie dni rut rfc curp precio* importe* envío*
    envio* expediente* contrato* código_postal socio* póliza poliza matrícula matricula
    ordine* fattura* riferimento* rif rif. conto* partita_iva p.iva piva iva codice_fiscale prezzo*
    importo* spedizione* pratica* contratto* cap rea totale polizza tessera
    fatura* encomenda* referência* conta contas cpf cnpj nipc preço* preco* valor* processo* cep
    protocolo* apólice apolice
    bestel* factuur* referentie* klantnummer* rekening* kvk btw prijs* bedrag* zending* totaal
    polis* lidnummer* bsn
    zamówien* zamowien* faktur* rachun* nip regon pesel krs cena ceny kwot* przesyłk* przesylk*
    umow* kod_pocztowy razem paczk*
    заказ* счет* счёт* инн огрн огрнип кпп бик окпо артикул* цена* стоимост* сумм* договор*
    индекс* паспорт* клиент* cliente clientes client снилс накладн* трек* лицев* итого
    订单 訂單 单号 單號 发票 發票 账号 帳號 账户 帳戶 身份证 身份證 编号 編號 快递 快遞 价格 價格
    邮编 郵編 邮政编码 税号 稅號 信用代码 运单 運單 合同
    注文 請求 口座 会員番号 法人番号 郵便 〒 価格 税込 税抜 品番 型番 伝票 予約番号 整理番号 登録番号
    รหัส คำสั่งซื้อ ใบแจ้งหนี้ บัญชี บัตรประชาชน เลขประจำตัว ราคา รหัสไปรษณีย์ พัสดุ
"""
NOT_PHONE_WORDS = _word_pattern(NOT_NUMBER_ENTRIES)
_PHONE_WORD = re.compile(PHONE_WORDS, re.IGNORECASE)
_PHONE_LABEL = re.compile(f"(?:{PHONE_LABELS})\\s*[.:]?\\s*$", re.IGNORECASE)
_PHONE_LABEL_AFTER = re.compile(f"\\s*(?:[(（][^()（）\\n]{{0,20}}?(?:{PHONE_LABELS}|{PHONE_WORDS})[^()（）\\n]{{0,12}}[)）]"
                                f"|[-–—]\\s*(?:{PHONE_LABELS}|{PHONE_WORDS}))", re.IGNORECASE)
_NOT_PHONE_WORD = re.compile(NOT_PHONE_WORDS, re.IGNORECASE)
# A unit or currency right after a number makes it an amount, whatever stands before it.
_UNIT_AFTER = re.compile(r"[ \u00a0]?(?:[€$£¥₹₽₩฿%‰]|zł|zl\b|kr\b|kč|eur\b|usd\b|gbp\b|chf\b|pln\b|rub\b|"
                         r"руб|р\.|円|元|块|บาท|km\b|kg\b|mb\b|gb\b|kb\b|m²|m2\b|年|人|次|件|名|回|個|个|"
                         r"einwohner|habitants|inhabitants|residents|people|views|users|visitors|"
                         r"mieszkańców|жител|человек|abitanti|habitantes|inwoners|คน)",
                         re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"[€$£¥₹₽₩฿][ \u00a0]?\Z|(?:eur|usd|gbp|chf|pln|rs\.?|r\$)[ \u00a0]?\Z", re.IGNORECASE)
# How far a phone word may stand from the number: before it in the same sentence, after it on
# the same line.
PHONE_CONTEXT_BEFORE, PHONE_CONTEXT_AFTER = 60, 30
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-ÞА-Я\"“„«+(\u3040-\u9fff\u0e00-\u0e7f])|[。！？\n\r]")
# Where a listing or table puts one field after another: a word naming another kind of number
# counts only within the number's own field.
_FIELD_END = re.compile(r"\s[|·•–—]\s|[|\t;]|\s-\s")
# Separators between two numbers that both stand under the same label ("Tel. 030 123 / 030 456").
_LIST_JOIN = re.compile(r"^[ \u00a0]*(?:[/,;|&+]|or|oder|ou|o|od\.|of|lub|или|或|または|หรือ|and|und|et|y|e|en|i|и)?[ \u00a0]*$",
                        re.IGNORECASE)
_US_STATE_BEFORE = re.compile(r"\b(?:A[KLRSZ]|C[AOT]|D[CE]|FL|G[AU]|HI|I[ADLN]|K[SY]|LA|M[ADEINOPST]|N[CDEHJMVY]|"
                              r"O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AIT]|W[AIVY]) $")
_EMAIL_NEAR = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

# Region hints from a page: its URL's country-code TLD and its language (ISO 639-1, as the langid
# step writes it) -> the regions whose national numbers its phone numbers most likely are.
LANGUAGE_REGIONS = {
    "en": ("US", "GB", "CA", "AU", "IN", "IE", "NZ", "ZA"), "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "CA"), "es": ("ES", "MX", "AR", "CO", "CL", "PE"), "it": ("IT", "CH"),
    "pt": ("PT", "BR"), "nl": ("NL", "BE"), "pl": ("PL",), "ru": ("RU", "UA", "BY", "KZ"),
    "zh": ("CN", "TW", "HK"), "ja": ("JP",), "th": ("TH",), "sv": ("SE",), "da": ("DK",),
    "no": ("NO",), "fi": ("FI",), "cs": ("CZ",), "sk": ("SK",), "hu": ("HU",), "ro": ("RO",),
    "tr": ("TR",), "el": ("GR",), "uk": ("UA",), "ko": ("KR",), "vi": ("VN",), "id": ("ID",),
}
# Country-code TLDs sold as generic names: no hint of a country.
GENERIC_CCTLDS = frozenset({"io", "co", "tv", "me", "ai", "fm", "ly", "to", "cc", "ws", "gg", "eu",
                            "so", "sh", "ac", "nu", "tk", "la", "am", "im"})


def page_regions(url: str | None, language: str | None) -> tuple[str, ...]:
    """Regions a page's national phone numbers most likely belong to: the URL's country-code
    TLD first ("uk" is GB), then the regions of the document's language."""
    regions: list[str] = []
    if url:
        host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].rstrip(".").lower()
        tld = host.rsplit(".", 1)[-1]
        region = "GB" if tld == "uk" else tld.upper()
        if len(tld) == 2 and tld not in GENERIC_CCTLDS and region in phonenumbers.SUPPORTED_REGIONS:
            regions.append(region)
    for region in LANGUAGE_REGIONS.get((language or "").split("_")[0].split("-")[0].lower(), ()):
        if region not in regions:
            regions.append(region)
    return tuple(regions)


def _regions_by_trunk_prefix() -> dict[str, tuple[str, ...]]:
    """Trunk prefix ("0", "8", "06", ...) -> the regions that dial it before national numbers
    (phonenumbers' metadata: 113 regions use "0", a few "8", "1", "06", ...)."""
    regions: dict[str, list[str]] = {}
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is not None and metadata.national_prefix and metadata.national_prefix != "1":
            regions.setdefault(metadata.national_prefix, []).append(region)
    return {prefix: tuple(names) for prefix, names in regions.items()}


_EXTENSION_WORDS = (r"x|ext\.?|extn\.?|extension|extensi[oó]n|ext|doorkiesnummer|toestel|tst\.?|poste|p\.|w\.|"
                    r"durchwahl|dw\.?|app\.?|apparat|int\.?|interno|ramal|wew\.?|доб\.?|"
                    r"内線|内线|分机|分機|转|轉|ต่อ")


class PhoneNumberRecognizer(EntityRecognizer):
    """Phone numbers as people write them, by their shape, their page and the words around them.

    Candidates: 7-15 digits in groups joined by spaces, "-", ".", "/", parenthesised area codes
    and "(0)", after an optional "+", "00" or "011", with an optional extension ("x 12",
    "ext. 12", "Durchwahl 12", "poste 12", "доб. 12", "内線12"); never glued to a longer number,
    a word, a path or an amount. A candidate is a phone number (score >= 0.55) when
    - `phonenumbers` takes it as an international number ("+", "00", "011"): valid, or of a
      possible length for its country code (the validity data lag behind real numbering plans);
    - it is a national number valid for a region the page suggests (URL's TLD, the document's
      language, the country codes of its other numbers) or for a region dialling its trunk prefix
      ("020 7946 0958", "8 (912) 345-00-13"), or NANP-shaped ("(617) 555-0178");
    - a phone word stands before it in its sentence or after it on its line ("Tel.", "call",
      "Rufen Sie ... an", "appelez", "电话", "โทร"), a label right before or after it
      ("Office:", "M", "(desk)"), its table column's header or the line above it names a phone,
      or it stands alone on a line of a contact block (an e-mail address or another phone number
      within three lines), or it follows another phone number under the same label;
    unless it is shaped like a date, a year range, a decimal or a thousands-grouped amount, an
    ISBN, a version or an IP address, has a currency or unit next to it, or a word that names
    another kind of number ("order", "invoice", "ISBN", "IBAN", "Steuernummer", "订单") stands
    nearer before it than any phone word.
    """

    VALID, POSSIBLE, CONTEXT, WEAK = 0.7, 0.6, 0.6, 0.2
    DIGITS_MIN, DIGITS_MAX = 7, 15
    CANDIDATE = re.compile(
        r"(?<![A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF+\-./@#&=%$€£¥)*])(?<!\d:)"
        r"(?:(?<!\d,)(?<!\d[ ,])|(?<=\d,)(?=[(（+]))"  # a CSV cell may start with "(" or "+"
        r"(?:\+[ \u00a0]?|0\d{2,5}[ \u00a0][–—][ \u00a0](?=\d))?"  # "01805 – 4444": an area code, a dash
        r"(?:[(（]\+?\d{1,5}(?: \d{1,4})?[)）]|\d{1,15})"
        r"(?:(?:[ \u00a0]?[(（]0[)）][ \u00a0]?|[ \u00a0]?-[ \u00a0]?|/[ \u00a0]|[–‑－]|[ ./\u00a0\u202f\u2009]|(?=[(（])|(?<=[)）]))"
        r"(?:[(（]\d{1,5}(?: \d{1,4})?[)）]|\d{1,15})){0,8}"
        rf"(?:[ \u00a0]?[,;]?[ \u00a0]?(?:{_EXTENSION_WORDS})[ \u00a0]?[.:]?[ \u00a0]?\d{{1,6}}(?![ \u00a0]\d))?"
        r"(?![A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF@%]|[.,\-/:]?\d)", re.IGNORECASE)
    EXTENSION = re.compile(rf"[ \u00a0]?[,;]?[ \u00a0]?(?:{_EXTENSION_WORDS})[ \u00a0]?[.:]?[ \u00a0]?\d{{1,6}}$", re.IGNORECASE)
    DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d|(?:19|20)\d\d[./\-]\d{1,2}[./\-]\d{1,2}"
                      r"|\d{1,2}[./\-]\d{1,2}[./\-]\d{1,2}|(?:1[5-9]|20)\d\d\s?[\-–/]\s?(?:1[5-9]|20)?\d\d"
                      r"|(?:(?:19|20)\d\d )+(?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")
    NANP = re.compile(r"(?:\+?1[ \-.])?(?:\(\d{3}\) ?|\d{3}[\-.])\d{3}[\-.]\d{4}|(?:\+?1 )?\d{3} \d{3} \d{4}")
    DATE_INSIDE = re.compile(r"(?<!\d)(?:\d{1,2}\.\d{1,2}\.(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d-\d\d-\d\d"
                             r"|(?:1[5-9]|20)\d\d ?[–-] ?(?:1[5-9]|20)\d\d)(?!\d)")
    YEAR_DASH = re.compile(r"(?:1[5-9]|20)\d\d ?[–—] ?(?=\d)")
    TIME_RANGE = re.compile(r"(?<!\d)\d{1,2}[.:][0-5]\d ?[\-–] ?\d{1,2}[.:][0-5]\d(?!\d)")
    THOUSANDS = re.compile(r"(?!0)\d{1,3}(?:([ .\u00a0\u202f\u2009])\d{3})(?:\1\d{3})+")
    DECIMALS = re.compile(r"(?!0\d)\d{1,3}\.\d{3,}(?:[ ,;]+-?\s?\d{1,3}\.\d{3,})?")
    VERSION = re.compile(r"[1-9]\d?\.\d{1,2}\.\d+(?:\.\d+)+")
    ISBN = re.compile(r"97[89][\- ]?\d[\d\- ]{8,14}\d")
    ZIP4 = re.compile(r"\d{5}-\d{4}")

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["PHONE_NUMBER"], supported_language=supported_language,
                         context=[], name="PhoneNumberRecognizer", **kwargs)
        self.trunk_regions = _regions_by_trunk_prefix()

    def load(self) -> None:
        pass

    def analyze(self, text, entities=None, nlp_artifacts=None, regions: Sequence[str] = ()):
        """presidio's entry point; `regions`: the page's region hints (see `page_regions`). Scores
        include the context, so presidio's context enhancer leaves them alone."""
        return [RecognizerResult(
            "PHONE_NUMBER", start, end, score,
            analysis_explanation=AnalysisExplanation(self.name, score),
            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                  RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                                  RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True})
            for start, end, score in self.spans(text, regions)]

    def spans(self, text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, float]]:
        """(start, end, score) of every phone number in `text`, left to right."""
        candidates = []
        for match in self.CANDIDATE.finditer(text):
            start, value = match.start(), match.group(0)
            if len(value) < self.DIGITS_MIN:
                continue
            year = self.YEAR_DASH.match(value)
            if year and len(phonenumbers.normalize_digits_only(value[year.end():])) >= self.DIGITS_MIN:
                start, value = start + year.end(), value[year.end():]
            candidates.append((start, match.end(), value))
        if not candidates:
            return []
        shapes = [self.shape(value) for _, _, value in candidates]
        # the country codes of a page's international numbers hint at the region of its others
        page, hinted = tuple(regions), list(regions)
        for _, number in shapes:
            if number is not None:
                region = phonenumbers.region_code_for_country_code(number.country_code)
                if region not in hinted and region in phonenumbers.SUPPORTED_REGIONS:
                    hinted.append(region)
        layout = _Layout(text)
        found: list[tuple[int, int, float]] = []
        for (start, end, value), (score, international) in zip(candidates, shapes):
            if score == 0.0 or self._amount_around(text, start, end) or \
                    self.ZIP4.fullmatch(value) and _US_STATE_BEFORE.search(text, max(0, start - 4), start):
                continue  # "Springfield, IL 62704-1234": a ZIP+4 code
            context = self.context_of(text, start, end, layout, found)
            if context < 0 and not (international is not None and score == self.VALID):
                continue  # a word naming another kind of number stands nearer
            if context <= 0 and "US" in page and self.ZIP4.fullmatch(value):
                continue  # "04809-1100" on a US page is a ZIP+4 code unless a phone word says not
            if score < self.POSSIBLE and hinted:
                score = max(score, self.national_score(value, hinted, page))
            if context > 0:
                score = max(score, self.CONTEXT)
            if score >= self.CONTEXT - 0.05:
                found.append((start, end, score))
        return found

    # --- the number itself ---------------------------------------------------------------------

    def shape(self, candidate: str):
        """(score, parsed international number or None) from the candidate alone: 0.0 when it
        cannot be a phone number, WEAK when only context can make it one."""
        main = self.EXTENSION.sub("", candidate)
        direct_dial = re.search(r"-\d{1,4}$", main)
        if direct_dial and main.startswith("+") and \
                len(phonenumbers.normalize_digits_only(main)) > self.DIGITS_MAX:
            main = main[:direct_dial.start()]  # "+43 1 234567-89": a direct-dial suffix
        extension = main != candidate
        main = main.replace("（", "(").replace("）", ")").replace("－", "-").replace("‑", "-")
        if main.count("(") != main.count(")") or _IPV4.match(main) and not main.startswith("+") or \
                self.DATE.fullmatch(main) or \
                self.DATE_INSIDE.search(main):
            return 0.0, None
        if self.DECIMALS.fullmatch(main) or self.VERSION.fullmatch(main) or \
                self.ISBN.fullmatch(main) or self.TIME_RANGE.search(main) or main.endswith(")"):
            return 0.0, None
        if main.count("/") > 1:
            return 0.0, None  # "21/815/08150": tax and file numbers
        digits = phonenumbers.normalize_digits_only(main)
        if main.startswith(("+", "00", "011")):
            idd = 0 if main.startswith("+") else 3 if main.startswith("011") else 2
            national = phonenumbers.normalize_digits_only(main.replace("(0)", "", 1))[idd:]
            number = _parse("+" + national, None)
            if number is not None and self.DIGITS_MIN <= len(national) <= self.DIGITS_MAX:
                if phonenumbers.is_valid_number(number):
                    return self.VALID, number
                if phonenumbers.is_possible_number(number) and (main.startswith("+") or
                                                                re.search(r"\D", main.strip())):
                    return self.POSSIBLE, number
            if main.startswith("+"):
                if number is not None and len(national) >= 8 and re.match(r"\+[ \u00a0]?\d{1,3}[ \u00a0(]", main) \
                        and phonenumbers.region_code_for_country_code(number.country_code) != "ZZ" \
                        and self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX:
                    return self.POSSIBLE, number  # "+54 9 3394 8197": a country code, then groups
                return (self.WEAK if self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX else 0.0), None
        if not self.DIGITS_MIN <= len(digits) <= self.DIGITS_MAX:
            return 0.0, None
        grouped = bool(re.search(r"[ \-./()]", main.strip()))
        if extension and grouped:
            return self.POSSIBLE, None  # "800 124 854, int. 617": only phones have extensions
        if self.THOUSANDS.fullmatch(main):
            return self.WEAK, None  # "1 234 567": an amount, unless a phone word says otherwise
        if SSN_SHAPE.fullmatch(main):
            return self.WEAK, None  # "016-65-9167" is written like a US SSN
        if grouped:
            # a national number after its trunk prefix ("020 7946 0958", "8 (912) 345-00-13")
            for prefix, regions in self.trunk_regions.items():
                if digits.startswith(prefix) and main.lstrip("(").startswith(prefix[0]):
                    for region in regions:
                        number = _parse(main, region)
                        if number is not None and phonenumbers.is_valid_number(number):
                            return self.VALID, None
        if self.NANP.fullmatch(main):
            number = _parse(main, "US")
            if number is not None and phonenumbers.is_valid_number(number):
                return self.VALID, None
            if extension or main.startswith(("(", "1", "+1")):
                return self.POSSIBLE, None  # "(261) 609-9069": a NANP number not (yet) in use
        return self.WEAK, None

    def national_score(self, candidate: str, regions: Sequence[str],
                       page: Sequence[str] = ()) -> float:
        """VALID when the candidate is a valid national number of one of `regions` written as
        people write one (in groups, or one run after the trunk prefix); WEAK otherwise."""
        main = self.EXTENSION.sub("", candidate)
        if SSN_SHAPE.fullmatch(main):
            if not page or "US" in page:
                return self.WEAK
            regions = page  # "078-79-0095" on a Belgian page: a national number, not an SSN
        if self.THOUSANDS.fullmatch(main):
            # "503 192 659" is how Poland writes mobile numbers, "1 234 567" is an amount anywhere
            if not re.fullmatch(r"\d{3} \d{3} \d{3}", main):
                return self.WEAK
            regions = page
        grouped = bool(re.search(r"[ \-./()]", main.strip()))
        for region in regions:
            number = _parse(main, region)
            if number is None or not phonenumbers.is_valid_number_for_region(number, region):
                continue
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
            trunk = metadata.national_prefix if metadata is not None else None
            if trunk and trunk != "1" and not main.lstrip("(").startswith(trunk):
                continue  # where numbers are dialled after a trunk prefix, they are written so
            if grouped or main.startswith(trunk or "0") or \
                    phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE and \
                    len(phonenumbers.national_significant_number(number)) >= 10:
                return self.VALID
        return self.WEAK

    def _amount_around(self, text: str, start: int, end: int) -> bool:
        return bool(_UNIT_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text[max(0, start - 6):start]))

    # --- the words and layout around it --------------------------------------------------------

    def context_of(self, text: str, start: int, end: int, layout: "_Layout",
                found: list[tuple[int, int, float]]) -> int:
        """+1 when the text around the candidate marks it as a phone number, -1 when a word
        nearer to it names another kind of number, 0 when nothing says either."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - PHONE_CONTEXT_BEFORE):start]
        cut = None
        for cut in _SENTENCE_END.finditer(before):
            pass
        if cut is not None:
            before = before[cut.end():]
        line_end = text.find("\n", end)
        after = text[end:min(end + PHONE_CONTEXT_AFTER, len(text) if line_end < 0 else line_end)]
        if _PHONE_LABEL_AFTER.match(after):
            return 1  # "0123 456789 (desk)", "0123 456789 - Fax"
        if _PHONE_LABEL.search(before) or PHONE_LETTER_LABEL.search(text[line_start:start]):
            return 1  # the label right before the number
        letter = _LETTER_AFTER.search(before)
        if letter and (letter.start() == 0 and cut is not None or
                       found and found[-1][1] == start - len(before) + letter.start()):
            return 1  # "... sent from the office. T 1800 122 899", "T +44 20 7946 0958 M 0777 ..."
        field = before
        for cut in _FIELD_END.finditer(before):
            field = before[cut.end():]
        phone = negative = None
        for phone in _PHONE_WORD.finditer(before):
            pass
        for negative in _NOT_PHONE_WORD.finditer(field):
            pass
        if negative is not None and re.search(r"\d", field[negative.end():]):
            negative = None  # "ISBN 978-0-68-690678-4: 080 012 379 74": it named the number before
        if negative is not None and (phone is None or
                                     negative.end() + len(before) - len(field) > phone.end()):
            return -1
        thousands = bool(self.THOUSANDS.fullmatch(self.EXTENSION.sub("", text[start:end])))
        near = 30 if re.fullmatch(r"\d{3} \d{3} \d{3}", text[start:end]) else 12
        if phone is not None and not re.search(r"(?<![.\s])[.!?]\s", before[phone.end():].lstrip(".")) and \
                (not thousands or len(before) - phone.end() <= near):
            return 1
        if found and found[-1][1] >= line_start and _LIST_JOIN.match(text[found[-1][1]:start]):
            return 1  # "Tel. 030 123456 / 030 654321": the label covers both
        if thousands:
            return 1 if layout.marks_phone(start, end, found, block=False) else 0
        sentence_end = re.search(r"[.!?。！？](?:\s|$)", after)
        after = after[:sentence_end.start()] if sentence_end else after
        first_after = _PHONE_WORD.search(after)
        if first_after is not None and not _NOT_PHONE_WORD.search(after, 0, first_after.start()) \
                and not re.search(r"\d", after[:first_after.start()]):
            return 1
        return 1 if layout.marks_phone(start, end, found) else 0


class _Layout:
    """Lines of a text, for the context that lies outside a candidate's sentence: a table column
    named by its header, a label on the line above, a contact block. Built when first asked."""

    CELL = re.compile(r"\s*\|\s*|\t|\s*;\s*")

    def __init__(self, text: str):
        self.text = text
        self._lines: list[tuple[int, int]] | None = None

    @property
    def lines(self) -> list[tuple[int, int]]:
        if self._lines is None:
            self._lines, position = [], 0
            for line in self.text.split("\n"):
                self._lines.append((position, position + len(line)))
                position += len(line) + 1
        return self._lines

    def line_index(self, position: int) -> int:
        lines = self.lines
        low, high = 0, len(lines) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if lines[middle][0] <= position:
                low = middle
            else:
                high = middle - 1
        return low

    def line(self, index: int) -> str:
        start, end = self.lines[index]
        return self.text[start:end]

    def column_header(self, start: int, end: int) -> str | None:
        """The header cell of the table column holding text[start:end]: the first line above
        without a three-digit run, in a block of lines with as many cells as its own; or None."""
        index = self.line_index(start)
        line_start, _ = self.lines[index]
        line, before = self.line(index), self.text[line_start:start]
        for delimiter in ("|", "\t", ";", ","):
            if delimiter not in line:
                continue
            column = before.count(delimiter)
            for above in range(index - 1, max(-1, index - 40), -1):
                header = self.line(above)
                if re.fullmatch(r"[\s|:\-+=]*", header):
                    continue  # a markdown rule "|---|---|"
                if header.count(delimiter) != line.count(delimiter):
                    return None  # not the same table
                if re.search(r"\d{3}", header):
                    continue  # a row of data
                cells = header.split(delimiter)
                return cells[column] if column < len(cells) else None
            return None
        return None

    def marks_phone(self, start: int, end: int, found: list[tuple[int, int, float]],
                    block: bool = True) -> bool:
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        line = self.text[line_start:line_end]
        before, after = self.text[line_start:start], self.text[end:line_end]
        # a table: the header cell of this column names a phone
        for delimiter in ("|", "\t", ";", ","):
            if delimiter in line:
                column = before.count(delimiter)
                for above in range(index - 1, max(-1, index - 40), -1):
                    header = self.line(above)
                    if header.count(delimiter) < column or not header.strip():
                        break
                    if re.fullmatch(r"[\s|:\-+=]*", header):
                        continue  # a markdown rule "|---|---|"
                    cells = header.split(delimiter)
                    if column < len(cells) and not re.search(r"\d{3}", header) and \
                            (_PHONE_WORD.search(cells[column]) or
                             _PHONE_LABEL.search(cells[column].strip() + ":")):
                        return True
                    if not re.search(r"\d{3}", header):
                        if column < len(cells) and _NOT_PHONE_WORD.search(cells[column]) and \
                                header.count(delimiter) == line.count(delimiter):
                            return False  # the column is named for another kind of number
                        break  # the header names something else
                break
        alone = bool(re.search(r"(?:^|[|•·\t])[\s:]*$", before)) and \
            bool(re.match(r"[\s.,;]*(?:[|•·\t]|$)", after))
        if not alone:
            return False
        # the line above is a label ("Telefon" / "Phone:"), or names another kind of number
        if index > 0:
            label = self.line(index - 1).strip()
            if 0 < len(label) <= 40 and not re.search(r"[\d@]", label):
                if _PHONE_WORD.search(label) or _PHONE_LABEL.search(label):
                    return True
                if _NOT_PHONE_WORD.search(label):
                    return False  # "Mailing ZIP" / "Badge / case no." above it in a form
        # a contact block: an e-mail address or another phone number within three lines
        if not block or before.strip() or after.strip(" .,;") or \
                not re.search(r"[\s\-./()]", self.text[start:end].strip()):
            return False  # one unseparated digit run alone on a line: an id as often as a phone
        lo, hi = self.lines[max(0, index - 3)][0], self.lines[min(len(self.lines) - 1, index + 3)][1]
        if _EMAIL_NEAR.search(self.text, lo, hi):
            return True
        return any(lo <= s < hi and (s, e) != (start, end) for s, e, _ in found)


SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")


def _parse(text: str, region: str | None):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


# Issuer identification number prefixes and lengths (ISO/IEC 7812 ranges as the networks publish
# them); a Luhn-valid number that fits one is a card wherever it stands.
CARD_BRANDS = (
    ("visa", r"4", (13, 16, 19)),
    ("mastercard", r"5[1-5]|2(?:2[2-9]\d|[3-6]\d\d|7[01]\d|720)", (16,)),
    ("amex", r"3[47]", (15,)),
    ("discover", r"6011|64[4-9]|65", (16, 19)),
    ("jcb", r"35(?:2[89]|[3-8]\d)", (16, 17, 18, 19)),
    ("diners", r"30[0-5]|3095|36|3[89]", (14, 16, 19)),
    ("maestro", r"50(?:18|20|38)|5893|6304|6759|676[1-3]", (12, 13, 14, 15, 16, 17, 18, 19)),
    ("unionpay", r"62", (16, 17, 18, 19)),
    ("mir", r"220[0-4]", (16, 17, 18, 19)),
)
_CARD_IIN = [(re.compile(prefix), lengths) for _, prefix, lengths in CARD_BRANDS]
# Product and book numbers are Luhn-valid one time in ten: "EAN 5020117860620" is no Maestro card.
_NOT_CARD_BEFORE = re.compile(r"(?:\b(?:EAN|GTIN|UPC|ISBN|ISSN|ASIN|SKU|IMEI)\b|(?i:\bart(?:ikel)?\.?-?nr\.?))"
                              r"[\s.:#-]*$", re.IGNORECASE)


class CardRecognizer(EntityRecognizer):
    """Card numbers: 12-19 digits, unseparated or in the printed groups (4-4-4-4[-3], 4-6-5,
    4-6-4), one kind of separator, Luhn-valid. A known issuer prefix and length make it STRONG;
    other Luhn-valid runs are WEAK and need a card context word ("cc", "card", "Karte", ...)."""

    STRONG, WEAK = 0.8, 0.3
    CONTEXT = ["credit", "card", "cards", "debit", "visa", "mastercard", "cc", "amex", "discover",
               "jcb", "diners", "maestro", "unionpay", "mir", "carte", "karte", "kreditkarte",
               "tarjeta", "carta", "cartão", "kaart", "creditcard", "cb"]
    CANDIDATE = re.compile(r"(?<![\w+\-./:@#&=%$€£¥])(?<!\d )"
                           r"\d(?:[ \-]?\d){11,18}(?![\w@%]|[.,\-/:]?\d)")
    GROUPS = re.compile(r"\d{4}(?:([ \-])\d{4}(?:\1\d{4}(?:\1\d{1,4}(?:\1\d{1,3})?)?)?)|\d{4}([ \-])\d{6}\2\d{4,5}")

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["CREDIT_CARD"], supported_language=supported_language,
                         context=self.CONTEXT, name="CardRecognizer", **kwargs)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in self.CANDIDATE.finditer(text):
            value = match.group(0)
            digits = re.sub(r"\D", "", value)
            if not value.isdigit() and not self.GROUPS.fullmatch(value):
                continue
            if not _luhn_valid(digits) or _NOT_CARD_BEFORE.search(text, max(0, match.start() - 24),
                                                                   match.start()):
                continue
            branded = any(iin.match(digits) and len(digits) in lengths for iin, lengths in _CARD_IIN)
            score = self.STRONG if branded else self.WEAK
            results.append(RecognizerResult(
                "CREDIT_CARD", match.start(), match.end(), score,
                analysis_explanation=AnalysisExplanation(self.name, score),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
        return results


# Words that name a US Social Security number, in English and as pages in the other languages
# the project keeps name it ("número de Seguro Social", "社会保障番号"); "TIN" and "tax" are not
# negatives for it: on US tax forms the taxpayer identification number of a person is the SSN.
SSN_WORDS = _word_pattern("""
    ssn ssns ssn# ssn's ss# ss s.s.n. s.s.n social_security* social_sec social_sec. soc._sec.*
    soc.sec.* soc_sec* socsec
    sozialversicherungsnummer* seguro_social seguridad_social sécurité_sociale securite_sociale
    previdenza_sociale sicurezza_sociale segurança_social seguro_social sociale_zekerheid*
    ubezpieczenia_społecznego социального_страхования социальн*_безопасност*
    社会安全号 社會安全號 社会保障号 社会保障番号 ソーシャル・セキュリティ ソーシャルセキュリティ
    ประกันสังคม
""")
_SSN_WORD = re.compile(SSN_WORDS.replace(r"\s+", r"[\s_]+"), re.IGNORECASE)  # "soc_sec_num" headers
# A word naming another kind of number ("order", "ITIN", "ZIP", "part") or a phone word, nearer
# to the number than any SSN word, makes it that kind of number.
_NOT_SSN_WORD = re.compile(_word_pattern(" ".join(
    entry for entry in NOT_NUMBER_ENTRIES.split()
    if entry not in {"ssn", "social_security", "sécurité_sociale", "tax", "taxes", "tin", "id",
                     "ids"}) + " fein zip+4 docket* part# pièce* teil*"
                     " case# file_no file_no. file_number matter_no matter_no. tracking# sn s/n") + "|" + PHONE_WORDS,
    re.IGNORECASE)
SSN_CONTEXT_BEFORE, SSN_CONTEXT_AFTER, SSN_WORD_NEAR = 80, 30, 24


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
                           r"(?<=\()(?=[\d. -]{9,11}\)))"  # "(123-45-6789)" whole in brackets
                           r"(\d{3})([-. ]?)(\d{2})\2(\d{4})"
                           r"(?![0-9A-Za-z_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF@%]|[.\-/:]\d|[ \-.]\d)")
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
        found, layout = [], None
        us_page = not regions or "US" in regions
        matches = self.CANDIDATE.finditer(text) if windows is None else (
            match for start, end in windows  # 2 more: the lookahead reads past a window's end
            for match in self.CANDIDATE.finditer(text, start, min(len(text), end + 2)))
        for match in matches:
            start, end = match.span()
            area, separator, group, serial = match.groups()
            if not self.issued(area + group + serial):
                continue
            if start >= 2 and re.match(r"\d[ .:\-]|[.:]\d", text[start - 2:start]):
                continue  # the tail of a longer number ("+1 212 34 0167", "1.123-45-6789"); a
                # comma is a CSV cell border
            layout = layout or _Layout(text)
            context = self.context_of(text, start, end, layout)
            if context == 2:
                found.append((start, end, self.SSN_WORD_SCORE))
            elif context == 1:
                found.append((start, end, self.FAR_WORD_SCORE))
            elif context == 0 and separator and us_page:
                found.append((start, end, self.SHAPE_SCORE))
        return found

    def issued(self, digits: str) -> bool:
        area, group, serial = digits[:3], digits[3:5], digits[5:]
        return area != "000" and area != "666" and area[0] != "9" and group != "00" and \
            serial != "0000" and len(set(digits)) > 1 and digits not in self.PLACEHOLDERS

    def context_of(self, text: str, start: int, end: int, layout: "_Layout") -> int:
        """2 when an SSN word marks the number from near by (or heads its column, or labels the
        line above), 1 from farther off in its sentence, -1 when a word naming another kind of
        number (or a phone word) stands nearer, 0 when nothing says either."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - SSN_CONTEXT_BEFORE):start]
        sentence_start = 0
        for cut in _SENTENCE_END.finditer(before):
            if not re.search(r"(?<!\w)\w{1,3}$", before[:cut.start()]):
                sentence_start = cut.end()  # "Soc. Sec. No.": a short abbreviation ends nothing
        before = before[sentence_start:]
        field = before
        for cut in _FIELD_END.finditer(before):
            field = before[cut.end():]
        positive = negative = None
        for positive in _SSN_WORD.finditer(before):
            pass
        for negative in _NOT_SSN_WORD.finditer(field):
            pass
        if negative is not None and re.search(r"\d{3}", field[negative.end():]):
            negative = None  # "Order 4711-22, SSN 123-45-6789" names the number before
        if negative is not None and (positive is None or
                                     negative.end() + len(before) - len(field) > positive.end()):
            return -1
        if positive is not None and re.search(r"\d{3}", before[positive.end():]):
            positive = None  # "SSN 123-45-6789, 382-42-6942": it named the number before
        line_end = text.find("\n", end)
        after = text[end:min(end + SSN_CONTEXT_AFTER, len(text) if line_end < 0 else line_end)]
        if _PHONE_LABEL_AFTER.match(after):
            return -1  # "382-42-6942 (mobile)"
        if positive is not None:
            return 2 if len(before) - positive.end() <= SSN_WORD_NEAR else 1
        first_after = _SSN_WORD.search(after)
        if first_after is not None and not re.search(r"\d", after[:first_after.start()]) and \
                not _NOT_SSN_WORD.search(after, 0, first_after.start()):
            return 2 if first_after.start() <= SSN_WORD_NEAR else 1  # "123-45-6789 (SSN)"
        header = layout.column_header(start, end)
        if header is not None:
            return 2 if _SSN_WORD.search(header) else -1 if _NOT_SSN_WORD.search(header) else 0
        index = layout.line_index(start)
        if index > 0 and not text[line_start:start].strip():
            label = layout.line(index - 1).strip()
            if 0 < len(label) <= 60 and not re.search(r"\d", label):
                return 2 if _SSN_WORD.search(label) else -1 if _NOT_SSN_WORD.search(label) else 0
        return 0


class BoundedIpRecognizer(IpRecognizer):
    """presidio's IP recognizer, not inside a longer dotted number ("OID 1.3.6.1.4.1.311", "build
    10.0.19045.3803.2"): four dotted numbers are an IPv4 address only when they are all there is."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return [result for result in super().analyze(text, entities, nlp_artifacts, regex_flags)
                if ":" in text[result.start:result.end] or not (
                    re.search(r"\d\.$", text[max(0, result.start - 2):result.start]) or
                    re.match(r"\.\d", text[result.end:result.end + 2]))]


class ExactIbanRecognizer(EntityRecognizer):
    """IBANs of every country in the SWIFT IBAN registry (schwifty's copy), printed in groups
    of four, unspaced, upper or lower case: checked by country length and BBAN format and by
    the ISO 7064 mod-97 check digits.

    Every candidate start is extended character by character and the longest valid IBAN wins,
    so a following capitalised word ("ES12 ... 7689 ISBN") never spoils one.
    """

    START = re.compile(r"(?<![A-Za-z0-9])(?:[A-Z]{2}|[a-z]{2})\d{2}")
    CHUNK = re.compile(r"[ \-]?[A-Za-z0-9]")
    CONTEXT = ["iban", "bank", "account", "konto", "kontonummer", "bankverbindung", "compte",
               "cuenta", "conto"]

    def __init__(self, supported_language: str = "en", **kwargs):
        super().__init__(supported_entities=["IBAN_CODE"], supported_language=supported_language,
                         context=self.CONTEXT, name="ExactIbanRecognizer", **kwargs)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = []
        for start_match in self.START.finditer(text):
            start, position, n_chars, ends = start_match.start(), start_match.end(), 4, []
            while n_chars < 34:
                chunk = self.CHUNK.match(text, position)
                if chunk is None:
                    break
                position, n_chars = chunk.end(), n_chars + 1
                ends.append((position, n_chars))
            for end, length in reversed(ends):
                if end < len(text) and text[end].isalnum():
                    continue  # an IBAN ends at a word boundary
                if length >= 15 and _valid_iban(text[start:end]):
                    results.append(RecognizerResult(
                        "IBAN_CODE", start, end, EntityRecognizer.MAX_SCORE,
                        analysis_explanation=AnalysisExplanation(
                            self.name, EntityRecognizer.MAX_SCORE, validation_result=True),
                        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                                              RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}))
                    break
        return results


def _valid_iban(text: str) -> bool:
    compact = text.replace(" ", "").replace("-", "")
    if not (compact.isupper() or compact.islower() or compact[4:].isdigit()):
        return False  # mixed case is a word or a hash, not a written IBAN
    try:
        schwifty.IBAN(compact.upper(), validate_bban=False)
    except (schwifty.exceptions.SchwiftyException, ValueError):
        return False
    return True


class IndexedContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's context enhancer, finding a match's token by binary search.

    presidio walks the spaCy Doc from its first token for every match, building a Token object
    per step: on web pages with a few dozen candidates that was ~45% of the stage's time. Token
    end offsets only grow, so the first token ending after the match start is a bisection away;
    the ends are computed once per Doc (spaCy's to_array, no Token objects).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._doc = None
        self._token_ends = np.zeros(0, dtype=np.int64)

    def _find_index_of_match_token(self, word, start, tokens, tokens_indices):
        if tokens is not self._doc:
            offsets = tokens.to_array([IDX, LENGTH]).astype(np.int64).reshape(-1, 2)
            self._doc, self._token_ends = tokens, offsets[:, 0] + offsets[:, 1]
        index = int(np.searchsorted(self._token_ends, start, side="right"))
        if index >= len(self._token_ends):
            raise ValueError(f"Did not find word '{word}' in the list of tokens although it is "
                             "expected to be found")  # presidio's own error
        return index


def build_analyzer(language: str = "en") -> AnalyzerEngine:
    """presidio AnalyzerEngine with this stage's recognizers; built once per worker."""
    recognizers = [
        OfflineEmailRecognizer(supported_language=language),
        PhoneNumberRecognizer(supported_language=language),
        BoundedIpRecognizer(supported_language=language),
        CardRecognizer(supported_language=language),
        ExactIbanRecognizer(supported_language=language),
            ]
    registry = RecognizerRegistry(supported_languages=[language])
    for recognizer in recognizers:
        registry.add_recognizer(recognizer)
    context_words = frozenset(w.lower() for r in recognizers for w in (r.context or []))
    nlp_engine = BlankSpacyNlpEngine(language, context_words)
    nlp_engine.load()
    # whole_word: presidio's default substring mode lets "ip" match "ship", "tel" match "hotel".
    # Two words before the match (presidio: 5): on the data set a window of 5 reaches into the
    # previous sentence ("Tel. 059 8324682. The server at 47.211.182.86") and lifts the wrong type.
    enhancer = IndexedContextEnhancer(context_matching_mode="whole_word",
                                      context_prefix_count=CONTEXT_WORDS_BEFORE)
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=[language],
                          context_aware_enhancer=enhancer)


class PiiScrubber(Step):
    """Replace e-mails, phones, IPs, card numbers, IBANs and SSNs with typed placeholders."""

    name, Settings = "pii", PiiSettings
    annotations = (Annotation("pii_counts", "map<string,int32>",
                              "replacements made per presidio entity type"),)

    def __init__(self, config: PiiSettings = PiiSettings()):
        self.config = self.settings = config
        self.analyzer = build_analyzer(config.language)  # once per worker
        self.phones = next(r for r in self.analyzer.registry.recognizers
                           if isinstance(r, PhoneNumberRecognizer))
        self.ssns = SsnRecognizer(config.language)

    def __call__(self, docs: Sequence[Doc]) -> list[Decision]:
        decisions = []
        for doc in docs:
            text, counts = self.scrub(doc.text or "", url=doc.url, language=doc.language)
            decisions.append(Decision.keep(text=text, pii_counts=counts))
        return decisions

    def find(self, text: str, url: str | None = None,
             language: str | None = None) -> list[RecognizerResult]:
        """Non-overlapping spans at or above min_score, sorted by start. `url` and `language`
        (the page's, when known) hint at the region of national phone numbers.

        presidio only sees the windows around prefilter candidates (see `candidate_windows`):
        tokenizing whole pages with spaCy was most of this stage's time. Phone numbers are found
        on the whole text (their context may be a table header far above them).
        """
        results = []
        entities = [e for e in self.config.entities if e not in ("PHONE_NUMBER", "US_SSN")]
        windows = candidate_windows(text) if entities or "US_SSN" in self.config.entities else []
        if entities:
            for start, end in windows:
                for result in self.analyzer.analyze(text[start:end], language=self.config.language,
                                                    entities=entities,
                                                    score_threshold=self.config.min_score):
                    result.start += start
                    result.end += start
                    results.append(result)
        regions = page_regions(url, language)
        if "PHONE_NUMBER" in self.config.entities:
            results += [RecognizerResult("PHONE_NUMBER", start, end, score)
                        for start, end, score in self.phones.spans(text, regions)
                        if score >= self.config.min_score]
        if "US_SSN" in self.config.entities:
            results += [RecognizerResult("US_SSN", start, end, score)
                        for start, end, score in self.ssns.spans(text, regions, windows)
                        if score >= self.config.min_score]
        return resolve_overlaps(results)

    def scrub(self, text: str, url: str | None = None,
              language: str | None = None) -> tuple[str, dict[str, int]]:
        spans = self.find(text, url, language)
        pieces, counts, position = [], Counter(), 0
        for span in spans:
            pieces.append(text[position:span.start])
            pieces.append(f"<{span.entity_type}>")
            counts[span.entity_type] += 1
            position = span.end
        pieces.append(text[position:])
        return "".join(pieces), dict(counts)

    def scrub_batch(self, texts: list[str]) -> tuple[list[str], list[dict[str, int]]]:
        scrubbed = [self.scrub(text) for text in texts]
        return [text for text, _ in scrubbed], [counts for _, counts in scrubbed]


def candidate_windows(text: str) -> list[tuple[int, int]]:
    """Merged (start, end) ranges of `text` around every PREFILTER match, each widened by
    WINDOW_CHARS and then to whitespace; empty when nothing can be PII."""
    windows: list[list[int]] = []
    for match in PREFILTER.finditer(text):
        start = max(0, match.start() - WINDOW_CHARS)
        end = min(len(text), match.end() + WINDOW_CHARS)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in windows:
        start, end = _to_whitespace(text, start, -1), _to_whitespace(text, end, 1)
        if start is None or end is None:
            return [(0, len(text))]
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _to_whitespace(text: str, position: int, step: int) -> int | None:
    """`position` moved by `step` until the character before it (step -1: at position - 1) or at
    it (step 1) is whitespace or the text ends; None if that takes more than MAX_EDGE_SHIFT."""
    for _ in range(MAX_EDGE_SHIFT):
        if position <= 0 or position >= len(text):
            return max(0, min(position, len(text)))
        if (text[position - 1] if step < 0 else text[position]).isspace():
            return position
        position += step
    return None


def resolve_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Same-type overlaps merge into their union; across types the higher score, then the longer
    span, then the earlier one wins. Returns non-overlapping results sorted by start."""
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.entity_type, r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is not None and last.entity_type == result.entity_type and result.start < last.end:
            last.end = max(last.end, result.end)
            last.score = max(last.score, result.score)
        else:
            merged.append(RecognizerResult(result.entity_type, result.start, result.end,
                                           result.score))
    kept: list[RecognizerResult] = []
    for result in sorted(merged, key=lambda r: (-r.score, -(r.end - r.start), r.start)):
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)


def _luhn_valid(digits: str) -> bool:
    total = 0
    for i, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0
