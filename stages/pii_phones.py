"""Phone numbers in text, for the pii step (`stages/pii.py`): by their shape, their page and the
words around them.

`PhoneNumbers.spans(text, regions)` gives (start, end, score) of every phone number; `page_regions`
turns a page's URL and language into the regions its national numbers belong to. `phonenumbers`
checks the digits; the word lists below (English and the FineWeb-2 languages the project keeps),
table columns, label lines and contact blocks decide the rest (docs/pii.md). Plain Python over
`re` and `phonenumbers`: no presidio, no spaCy (stages/pii.py wraps it as a presidio recognizer).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import phonenumbers

_IPV4 = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
# An IPv4 address at the start of a candidate, not the first groups of a dotted phone number
# ("06.1.234.5263" is a Hungarian number, "192.168.1.20 8080" an address and a port).
_IPV4_START = re.compile(_IPV4.pattern + r"(?![\d.])")


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
    # A lookahead for the entries' first characters first: the regex engine tries every entry of
    # an alternation in turn at every position, and this turns most positions away at once
    # (2.7x faster over the ~800 words naming other numbers).
    firsts = {"latin": set(), "anywhere": set()}
    for entry in entries.split():
        kind = "anywhere" if re.match(r"[\u0E00-\u0E7F\u3000-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]", entry) else "latin"
        firsts[kind] |= {entry[0].lower(), entry[0].upper()}
    first = {kind: "".join(sorted(re.escape(c) for c in chars)) for kind, chars in firsts.items()}
    branches = []
    if latin:
        # (not inside an abbreviation with dots: the "V." of "e.V." is no version)
        branches.append(f"(?=[{first['latin']}])(?<!{_LETTER})(?<!{_LETTER}\\.)(?:{'|'.join(sorted(latin, key=len, reverse=True))})")
    if anywhere:
        branches.append(f"(?=[{first['anywhere']}])(?:{'|'.join(sorted(anywhere, key=len, reverse=True))})")
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
    téléphon* telephon* tél tél. portable* appel* appelez rappel* joindre joignable télécopie* gsm composez
    composer marque marcar componi comporre disque discar wählen wähle
    teléfono* telefono* móvil* movil* celular* cel cel. llam* lláme* llámanos llámame llámeme contacto* whats
    cellulare* chiama* richiam* zap contatt* recapit* numero_verde informa* renseign* comuní* comuniq*
    telefone* telemóvel* telemovel* ligue ligar ligue-nos ligue-me me_liga me_ligue liga-me contato* contate*
    telefoon* telefonisch* mobiel* bel bellen belt
    kom. komórk* komork* dzwo* zadzwo* faks*
    телефон* тел тел. моб моб. мобильн* факс* звон* позвон* контакт* сотов*
    puh puh. puhelin* matkapuhelin* τηλ τηλ. τηλέφωνο* κιν κιν.
    电话 電話 手机 手機 传真 傳真 联系 聯繫 聯絡 致电 致電 拨打 撥打 热线 熱線 座机 座機 咨询 諮詢 客服
    でんわ 携帯 ケータイ ファックス ファクス 問い合わせ 問合せ 連絡 フリーダイヤル
    โทร มือถือ แฟกซ์ ติดต่อ สายด่วน 전화 휴대폰 팩스 연락처
    điện_thoại đt đt: dđ di_động telp telp. ponsel tālr* tālrun* mob.tālr* טלפון טל טל' נייד פקס
    numéro_vert numero_vert numéro_azur numéro_indigo связ* investor_relations media_relations public_relations press_office press_desk media_desk newsroom
    hív* hivj* обад* soita* soitt* zavolej* volejte volat sunați sunati sună nazov* pokliči* poklicite
    zvaniet zvanit skambin* ulaşın ulasin arayın arayin gọi hubungi дзвон* подзвон*
    هاتف* الهاتف* جوال* الجوال* موبايل* محمول* فاكس* الفاكس* تليفون* اتصل* اتصلوا للاتصال واتساب
    تلفن* موبایل* فکس*
    फ़ोन फोन मोबाइल दूरभाष फ़ैक्स फैक्स संपर्क कॉल
    call_back callback call-back rückruf* zurückrufen terugbellen oddzwo* перезвон* zavolat* επανάκλησ*
    geri_ara geri_arayın 折り返し 回电 回電 회신 gọi_lại वापस_कॉल התקשר* חייג* וואטסאפ
    box_office my_number my_numbers our_number our_numbers your_number his_number her_number
    their_number
""")
# "my number": a person's number, most often a phone, but no label (the SSN rule reads it as a
# word in the sentence, never as the label right before the number)
POSSESSIVE_NUMBER = re.compile(r"(?:my|our|your|his|her|their)\s+numbers?", re.IGNORECASE)
# Labels that mark a number only right before it ("Office: 0123 456789", "M 0171 2345678") or
# right after it in brackets or after a dash ("0123 456789 (desk)").
PHONE_LABELS = _word_pattern("""
    office desk direct direct_line switchboard reception main home work private business line
    out_of_hours after_hours after-hours out-of-hours
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
PHONE_LETTER_LABEL = re.compile(r"(?:^|[|•·,;/]\s*|\s{2,}|\t)(?:[TMFPHOWCD]|Tel|Ph|Mob|Fon|Tél|Cel|Cep|Tf|[ТМФ]|Тел|Моб)"
                                r"\s*[.:]?\s*$|[☎☏📞📱✆℡📠]\s*[.:]?\s*$")
_LETTER_AFTER = re.compile(r"(?:^|\s)(?:[TMFPHOWCD]|[ТМФ])[ \u00a0]?[.:]?[ \u00a0]?$")
# Words that mark a number as something else when they are nearer to it than any phone word
# (order, invoice, account, tax and company numbers, prices, ISBNs, versions, ...).
NOT_NUMBER_ENTRIES = """
    order* invoice* ref ref. reference* ticket* case id ids sku item items article* art art.
    product* model* part serial* isbn* issn doi ean gtin upc asin tracking shipment* parcel*
    account* acct member* policy claim* booking* reservation* confirmation* transaction* receipt*
    iban bic swift sort_code routing vat tax taxes tin itin* ein fein ssn social_security registration* reg reg.
    control_number control_no control_no. po p.o. purchase_order* employer_identification*
    company licen* patent* zip postcode* postal pin password passcode code version* build release
    ver ver. v. population price* cost costs total amount sum page pages vol vol. volume issue lot batch imei
    vin flight isin lei duns abn acn nhs charity registered crn utr passport grant award contract*
    track trace seguimiento suivi rastreamento spedizione project pmid arxiv coordinates lat lon lng gps score votes views downloads followers pp pp. p.
    subscribers visitors users copies
    customer_no customer_no. customer_nr customer_nr. customer_number* customer_# customer# cust_no
    cust_no. cust._no. cust_# cust# customer_account* customer_reference* customer_ref customer_ref.
    acc acc. a/c
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
    fatura* encomenda* referência* conta contas cpf cnpj nipc preço* preco* valor* processo*
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
    ondernemingsnummer* ondernemingsnr* n°_d'entreprise numéro_d'entreprise n°_d’entreprise numéro_d’entreprise bce kbo org.nr org.nr. org.-nr. organisationsnummer*
    organisasjonsnummer* cvr cvr-nr cvr-nr. cvr-nummer se-nr y-tunnus ly-tunnus alv-nro ičo ico ič
    dič dic ič_dph adószám* cégjegyzékszám* cui cod_fiscal reg._com. vergi* vkn mersis αφμ γεμη
    єдрпоу іпн еик егн булстат oib mbs npwp nib mst mã_số_thuế mã_số đkkd gpkd įmonės_kodas pvm
    matična* davčna* reģ.nr. reģ._nr. pvn uen nzbn gst hst qst siren siret ntn gstin
    e-ticket* eticket* ticket_number* pnr fare_basis frequent* loyalty* membership* mls dre mrn npi
    사업자등록번호 사업자 법인등록번호 統一編號 统一社会信用代码 營利事業 登記 ח.פ. ח.פ ע.מ. מספר_עוסק
    clearing* p/n s/n bsb aba sort referens* referans* viite* viitenumero* ärende* kolli* tiketti* tiket
    objednávk* zásilk* pojist* spis rezervac* sipariş* müşteri* talep poliçe* rezervasyon* kargo hesap
    заявк* дело полис* участник* бронир* ссылк* lähetys* varaus* vakuutus* jäsen* asiakas* tilaus*
    folio* mac-address* hwaddr chip microchip* transponder* lasku* laskun sag sags* ordre* pakke* medlem* försäkring* faktura* dossier* expediente* pratica
    เลข อ้างอิง ทะเบียน 工单 保单 预订 会員 証券 referenz* rastreio* symbol variabiln* var._symbol
    ndc ndc# pzn rx# hcpcs cpt
"""
NOT_PHONE_WORDS = _word_pattern(NOT_NUMBER_ENTRIES)
# Labels that name a number of their own in any language, beyond the word list: a compound
# ending in a word for "number" ("Medlemsnummer", "Asiakasnumero", "Lähetystunnus"), a word
# before an abbreviation for it ("Sag nr.", "Talep no", "Spis č.", "Заявка №"), or a word for
# "number" with another word beside it ("Номер участника", "Číslo objednávky", "Laskun numero");
# never when that word is a phone word ("Telefonnummer", "Tel. no.", "numero di telefono").
_NUMBER_COMPOUND = re.compile(rf"(?<!{_LETTER}){_LETTER}{{2,}}?(?:nummer|nummern|numero|número|numéro|numer|tunnus|nr|nro)(?!{_LETTER})",
                              re.IGNORECASE)
_NUMBER_ABBREVIATION = re.compile(rf"(?<!{_LETTER})({_LETTER}{{3,}})(?:\.[ \-]?|[ \-])(?:no|nr|nro|n[°º]|№|č|#|n(?=\.))(?:\.|(?!{_LETTER}))",
                                  re.IGNORECASE)
_NUMBER_WORD = re.compile(rf"(?<!{_LETTER})(?:number|nummer|numero|número|numéro|numer|номер|číslo|numarası|nomor|nr\.?|n[°º]\.?|№|n\.)(?!{_LETTER})",
                          re.IGNORECASE)
_WORD_BEFORE = re.compile(rf"({_LETTER}+)\.?[\s\-]*$")
_WORD_AFTER = re.compile(rf"[\s\-]*(?:(?:de|di|do|da|du|des|del|della|of|the|for|für|pour|para|per|voor|för|til|dla|для|по|на|d'|d’)\s*)*({_LETTER}+)",
                         re.IGNORECASE)
_NOT_CONTENT = frozenset("""the a an our my your this that same following new al au aux à le la el il lo der die das dem den
    unter am na pod по под на de do da du di del num ao o this nasz наш en i på unser unsere notre nuestro nostro nosso onze
    bitte please per por par via mit with your votre have has had are and or there below above unten oben
    ci-dessous abajo sotto ниже hier here
    new neue neuen neuer neues nouveau nouvel nouvelle nuevo nueva nuovo nuova novo nova nieuwe nowy nowa новый новая
    old alte alten alter ancien antiguo vecchio oud stary старый other andere anderen autre otro altro outro ander inny
    another second zweite zweiten deuxième segundo secondo free kostenlose kostenlosen kostenfreie gratuit gratuito
    gratuita gratis bezpłatny бесплатный local lokale international internationale national nationale zentrale
    einheitliche unique single same gleiche dieselbe daytime evening night weekend alternate alternative backup
    primary secondary preferred best your""".split())
# Parts of words that make a compound a phone's number ("Notrufnummer", "Kundenservicenummer").
# Stems of 5 letters or more count anywhere in the word, shorter ones at its start ("Hotelnummer"
# and "Titelnummer" hold "tel" but name no phone).
_PHONE_STEMS = ("tel", "fon", "phone", "fax", "faks", "mobil", "mobiel", "handy", "ruf", "notruf", "rückruf",
                "hotline", "service", "notfall", "notdienst", "dienst", "durchwahl", "puhelin", "gsm", "kontakt",
                "contact", "sms", "whatsapp", "zentral", "direkt", "office", "support", "hilfe", "help", "info",
                "телефон", "факс", "моб", "связ", "tlf", "tfn", "cel", "festnetz", "sammel", "växel", "nood",
                "alarm", "emergency", "helpline", "telefoon", "telefone", "téléphone", "teléfono", "telefono")
_CJK_NUMBER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{1,8}?(?:番号|号码|號碼|编号|編號|号|號)")


def _phone_stem(word: str) -> bool:
    lower = word.lower()
    return any(lower.startswith(stem) or len(stem) >= 5 and stem in lower for stem in _PHONE_STEMS) or \
        bool(_PHONE_WORD.match(word)) or \
        bool(_PHONE_LABEL.match(word + ":"))


def other_number_end(field: str) -> int | None:
    """End of the last word in `field` that names another kind of number than a phone's (the
    word lists, then the compound, abbreviation and "number of ..." rules above); None if none."""
    end = None
    for negative in _NOT_PHONE_WORD.finditer(field):
        end = negative.end()
    for negative in _CEP_WORD.finditer(field):
        end = max(end or 0, negative.end())
    if not re.search(r"[^\W\d_]", field):
        return end
    for match in _NUMBER_COMPOUND.finditer(field):
        if not _phone_stem(match.group()) and (end is None or match.end() > end):
            end = match.end()
    for match in _NUMBER_ABBREVIATION.finditer(field):
        if any(phone.end() == match.end(1) for phone in
               _PHONE_WORD.finditer(field, max(0, match.start(1) - 12), match.end(1))):
            continue  # "me liga no …" (Portuguese "call me at"): the phrase is a phone word
        if not _phone_stem(match.group(1)) and match.group(1).lower() not in _NOT_CONTENT and \
                (end is None or match.end() > end):
            end = match.end()
    for match in _NUMBER_WORD.finditer(field):
        if end is not None and match.end() <= end:
            continue
        before = _WORD_BEFORE.search(field, 0, match.start())
        after = _WORD_AFTER.match(field, match.end())
        neighbours = [m.group(1) for m in (before, after) if m is not None]
        if any(_phone_stem(word) for word in neighbours):
            continue
        if any(len(word) >= 3 and word.lower() not in _NOT_CONTENT for word in neighbours):
            end = (after.end() if after is not None and after.group(1).lower() not in _NOT_CONTENT
                   and len(after.group(1)) >= 3 else match.end())
    for match in _CJK_NUMBER.finditer(field):
        if not _PHONE_WORD.search(match.group()) and (end is None or match.end() > end):
            end = match.end()
    return end
_PHONE_WORD = re.compile(PHONE_WORDS, re.IGNORECASE)
_PHONE_LABEL = re.compile(f"(?:{PHONE_LABELS})\\s*[.:]?\\s*$", re.IGNORECASE)
_PHONE_LABEL_AFTER = re.compile(f"\\s*(?:[(（][^()（）\\n]{{0,20}}?(?:{PHONE_LABELS}|{PHONE_WORDS})[^()（）\\n]{{0,12}}[)）]"
                                f"|[-–—]\\s*(?:{PHONE_LABELS}|{PHONE_WORDS}))", re.IGNORECASE)
_NOT_PHONE_WORD = re.compile(NOT_PHONE_WORDS, re.IGNORECASE)
# a label in brackets right after a number; a label, then a tab, a dash or leader dots, then the number
_NAMED_AFTER = re.compile(r"[ \u00a0]*[(（]([^()（）\d\n]{2,40})[)）]")
_LABEL_CELL = re.compile(r"(?:^|[|\t]\s*)([^\d|\t]{2,40}?)(?:\t|\s[–—-]\s|\s*\.{3,}\s*)\s*$")
# what stands between a label and the second of the numbers it names: one number, then ", " or "/"
_LISTED_AFTER_NUMBER = re.compile(r"[\s:.#№]*\d[\d \-./]*[ ]?[,/;&][ ]?")
# A unit or currency right after a number makes it an amount, whatever stands before it.
_UNIT_AFTER = re.compile(r"[ \u00a0]?(?:[€$£¥₹₽₩฿%‰]|zł|zl\b|kr\b|kč|eur\b|usd\b|gbp\b|chf\b|pln\b|rub\b|"
                         r"руб|р\.|円|元|块|บาท|km\b|kg\b|mb\b|gb\b|kb\b|m²|m2\b|年|人|次|件|名|回|個|个|"
                         r"einwohner|habitants|inhabitants|residents|people|views|users|visitors|"
                         r"mieszkańców|жител|человек|abitanti|habitantes|inwoners|คน)",
                         re.IGNORECASE)
# (a currency code is a word of its own: "Out of hours 0116 496 0924" is no amount in rupees)
_CURRENCY_BEFORE = re.compile(r"[€$£¥₹₽₩฿][ \u00a0]?\Z|(?<![A-Za-z])(?:eur|usd|gbp|chf|pln|rs\.?|r\$)[ \u00a0]?\Z",
                              re.IGNORECASE)
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
# Abbreviations that name another number only in capitals: Brazil's postal code ("Cep" is Turkish
# for mobile), Canada's Social Insurance Number ("sin" is Spanish for "without"), a ship's IMO
# number, an EU procurement (CPV) code, a ship's radio id (MMSI), a customs tariff code (HS, HTS,
# TARIC: "HS 8471.30.01"); an EU tender notice's number after its Official Journal year ("2024/S
# 123-456789")
_CEP_WORD = re.compile(r"(?<![A-Za-z])(?:CEP|SIN|IMO|CPV|MMSI|HS|HTS|TARIC|(?:19|20)\d\d/S)(?![A-Za-z])")
_CEP_BEFORE = re.compile(r"(?i:cep)\W{0,3}$")
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


_EXTENSION_WORDS = (r"x|ext\.?|alanumero|alanro\.?|psw\.?|samb\.?|sambungan|vaihde|interior|вътр\.?|дод\.?|máy[ \u00a0]lẻ|एक्सटेंशन|anknytning|ankn\.?|lokal|lok\.?|klapka|kl\.|mellék|mell\.|dahili|εσωτ\.?|вн\.?|內線|ext\.?|extn\.?|extension|extensi[oó]n|ext|doorkiesnummer|toestel|tst\.?|poste|p\.|w\.|"
                    r"durchwahl|dw\.?|app\.?|apparat|int\.?|interno|ramal|anexo|wew\.?|доб\.?|"
                    r"内線|内线|分机|分機|转|轉|ต่อ|linka|내선|تحويلة|داخلي|داخلی|שלוחה")


class PhoneNumbers:
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
        r"(?:[(（]\+?\d{1,6}(?:[ \-]\d{1,4})?[)）]|\d{1,15})"
        r"(?:(?:[ \u00a0]?[(（]0[)）][ \u00a0]?|[ \u00a0]?-[ \u00a0]?|/[ \u00a0]|[–‑－]|[ ./\u00a0\u202f\u2009]|(?=[(（])|(?<=[)）]))"
        r"(?:[(（]\d{1,6}(?:[ \-]\d{1,4})?[)）]|\d{1,15})){0,8}"
        rf"(?:[ \u00a0]?[,;]?[ \u00a0]{{0,2}}(?:{_EXTENSION_WORDS})[ \u00a0]?[.:]?[ \u00a0]?\d{{1,6}}(?![ \u00a0]\d))?"
        r"(?![A-Za-z0-9_\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF@%]|[.,\-/:]?\d)"
        # not the digits of a longer token: a vanity number's letters ("1-800-234-WXEF"), a MAC
        # address's last groups ("…-64-15-de", "0350.2909.fe4f"), an anonymised octet ("28.52.210.xxx")
        r"(?!(?-i:-[A-Z]{3,}(?![a-z])|[-.:][0-9a-f]{2}(?:[0-9a-f]{2})?(?![\w.-])|\.[xX*]{1,3}(?!\w)))", re.IGNORECASE)
    EXTENSION = re.compile(rf"[ \u00a0]?[,;]?[ \u00a0]{{0,2}}(?:{_EXTENSION_WORDS})[ \u00a0]?[.:]?[ \u00a0]?\d{{1,6}}$", re.IGNORECASE)
    DATE = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d|(?:19|20)\d\d[./\-]\d{1,2}[./\-]\d{1,2}"
                      r"|\d{1,2}[./\-]\d{1,2}[./\-]\d{1,2}|(?:1[5-9]|20)\d\d\s?[\-–/]\s?(?:1[5-9]|20)?\d\d"
                      r"|(?:(?:19|20)\d\d )+(?:19|20)\d\d|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")
    NANP = re.compile(r"(?:\+?1[ \-.])?(?:\(\d{3}\) ?|\d{3}[\-.])\d{3}[\-.]\d{4}|(?:\+?1 )?\d{3} \d{3} \d{4}")
    DATE_INSIDE = re.compile(r"(?<![\d+])(?:(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d-\d\d-\d\d"
                             r"|(?:1[5-9]|20)\d\d ?[–-] ?(?:1[5-9]|20)\d\d)(?!\d)")
    DATE_TIME = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([-./])(?:0?[1-9]|1[0-2])\1(?:19|20)\d\d[ \u00a0T]+"
                           r"(?:[01]?\d|2[0-3])[.:h][0-5]\d")
    YEAR_SERIAL = re.compile(r"(?:19|20)\d\d/\d{4,6}")
    YEAR_DASH = re.compile(r"(?:1[5-9]|20)\d\d ?[–—] ?(?=\d)")
    TIME_RANGE = re.compile(r"(?<!\d)\d{1,2}[.:][0-5]\d ?[\-–] ?\d{1,2}[.:][0-5]\d(?!\d)")
    THOUSANDS = re.compile(r"(?!0)\d{1,3}(?:([ .\u00a0\u202f\u2009])\d{3})(?:\1\d{3})+")
    DECIMALS = re.compile(r"(?!0\d)\d{1,3}\.\d{3,}(?:[ ,;]+-?\s?\d{1,3}\.\d{3,})?")
    VERSION = re.compile(r"[1-9]\d?\.\d{1,2}\.\d+(?:\.\d+)+")
    ISBN = re.compile(r"97[89][\- ]?\d[\d\- ]{8,14}\d")
    ZIP4 = re.compile(r"\d{5}-\d{4}")
    CEP = re.compile(r"\d{5}[- ]?\d{3}|\d{2}\.\d{3}-\d{3}")
    # area code and exchange as the NANP numbers them ([2-9]XX), one separator kind
    NANP_DASHED = re.compile(r"[2-9]\d{2}([-.])[2-9]\d{2}\1\d{4}")
    ONE_DOT_DECIMAL = re.compile(r"[1-9]\d{3,}\.\d{1,4}")  # "639734.3068": a measure, not a phone
    _CEP_DASHED = re.compile(r"[1-9]\d{4}-\d{3}")
    _LOCAL_DASHED = re.compile(r"\d{3}-\d{4}")

    def __init__(self):
        self.trunk_regions = _regions_by_trunk_prefix()

    def without_extension(self, candidate: str) -> str:
        # every extension word has a letter or an ideograph: most candidates have neither
        return self.EXTENSION.sub("", candidate) if _WORD_CHARACTER.search(candidate) else candidate

    def spans(self, text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, float]]:
        """(start, end, score) of every phone number in `text`, left to right."""
        text = csv_cells(text)  # a CSV row is a row of cells, as a tab-separated one is
        text = text.replace("＋", "+")  # a full-width plus ("＋８１ ３－…") leads a number as "+" does
        if "\\n" in text:  # an escaped line break (iCalendar, JSON: "…\\nMeeting ID: …") breaks a line
            text = _ESCAPED_BREAK.sub(" \n", text)
        if (not regions or "IL" in regions) and _HEBREW_PREFIX.search(text):  # "ל-+972 50-…", "ב-03-…": a Hebrew
            text = _HEBREW_PREFIX.sub(r"\1 ", text)  # prefix letter (a Hebrew page's) and a hyphen
        if "=" in text:  # "oncall_phone=+4420…", "?tel=0612…": a key naming a phone, its value
            text = _KEY_EQUALS.sub(lambda key: key.group(1) + (" " if _PHONE_KEY.fullmatch(key.group(1)) else "="), text)
        candidates = []
        for start, end, value in self._joined(text, self._raw_candidates(text, regions), regions):
            if len(value) < self.DIGITS_MIN:
                continue
            year = self.YEAR_DASH.match(value)
            if year and len(phonenumbers.normalize_digits_only(value[year.end():])) >= self.DIGITS_MIN:
                start, value = start + year.end(), value[year.end():]
            candidates.append((start, end, value))
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
            if self.CEP.fullmatch(value) and _CEP_BEFORE.search(text, max(0, start - 6), start):
                continue  # "CEP 01310-100": a Brazilian postal code ("Cep" alone is Turkish for mobile)
            context = self.context_of(text, start, end, layout, found)
            if context < 0 and not (international is not None and score == self.VALID and
                                     value.startswith("+")):
                continue  # a word naming another kind of number stands nearer ("E-ticket 006-...")
            if context == 1 and (not page or page[0] == "US") and SSN_SHAPE.fullmatch(value) and "-" in value:
                context = 0  # "my number 431-29-8812": written as a US SSN, and only a word in the
                # sentence says phone (a label, a column or a contact block still does)
            if context <= 0 and self.ZIP4.fullmatch(value) and \
                    ("US" in page or not value.startswith("0") and "BR" not in page):
                continue  # "04809-1100" on a US page, "79204-3414" on any is a ZIP+4 code unless a
                # phone word says not ("02123-4263" elsewhere is a number after its trunk 0; Brazil
                # writes mobiles "91234-5678")
            if score < self.POSSIBLE and hinted:
                score = max(score, self.national_score(value, hinted, page))
            if context > 0:
                score = max(score, self.CONTEXT)
            if score >= self.CONTEXT - 0.05:
                found.append((start, end, score))
        return found

    def _phone_alone(self, part: str, regions: Sequence[str]) -> bool:
        """A phone number by its digits alone (its extension aside): valid or possible
        international, or valid national for the page's regions or its trunk prefix."""
        main = self.without_extension(part)
        return self.shape(main)[0] >= self.POSSIBLE or bool(regions) and \
            self.national_score(main, regions, regions) >= self.VALID

    def _raw_candidates(self, text: str, regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
        """CANDIDATE's matches, two numbers joined by "/" split in two ("0664 637120/(078) 109 29 33",
        "+420 601 896 516/+420 601 450 676": each part 7 digits or more), sorted by start."""
        raw = []
        for match in self.CANDIDATE.finditer(text):
            start, value = match.start(), match.group(0)
            if "/" in value:
                cuts = [m.start() for m in self._SLASH_JOIN.finditer(value)]
                parts = [value[a + (1 if a else 0):b] for a, b in zip([0] + cuts, cuts + [len(value)])]
                if cuts and all(len(phonenumbers.normalize_digits_only(part)) >= self.DIGITS_MIN for part in parts) and \
                        self.shape(value)[0] == 0.0 and all(self._phone_alone(part, regions) for part in parts):
                    for a, part in zip([0] + [c + 1 for c in cuts], parts):
                        raw.append((start + a, start + a + len(part), part))
                    continue
            raw.append((start, match.end(), value))
        if "/" in text:
            for slash in self._SLASH_BEFORE_START.finditer(text):
                if not text[slash.start() - 1:slash.start()].isdigit():
                    continue
                position = slash.end()
                if any(s <= position < e for s, e, _ in raw):
                    continue
                line_end = text.find("\n", position)
                match = self.CANDIDATE.match(text[position:len(text) if line_end < 0 else line_end])
                if match is not None:
                    raw.append((position, position + match.end(), match.group(0)))
            raw.sort()
        return raw

    def _too_short(self, value: str, regions: Sequence[str]) -> bool:
        """The start of a number, too short for one: an international one that is not valid (and
        not too long), or a national one under 7 digits or valid neither for the page's regions
        nor its trunk prefix."""
        digits = phonenumbers.normalize_digits_only(value)
        if value.startswith(("+", "00")):
            number = _parse("+" + digits[0 if value.startswith("+") else 2:], None)
            return number is not None and not phonenumbers.is_valid_number(number) and \
                phonenumbers.is_possible_number_with_reason(number) != phonenumbers.ValidationResult.TOO_LONG
        return len(digits) < self.DIGITS_MIN or not self._phone_alone(value, regions)

    # "/" between two numbers: a digit or ")" before it, a digit, "+" or "(" after it
    _SLASH_JOIN = re.compile(r"(?<=[\d)])/(?=[\d(+])")
    _SLASH_BEFORE_START = re.compile(r"/(?=[+(])")  # (and a digit before it)

    def _joined(self, text: str, raw: list[tuple[int, int, str]],
                regions: Sequence[str] = ()) -> list[tuple[int, int, str]]:
        """Raw candidates, a number broken over a line by the layout joined into one ("+90 501
        276 11" / "11"): when the first line's part starts like a number and is none on its own,
        and both parts together are a valid one."""
        if not any(text[end:end + 1] == "\n" for _, end, _ in raw[:-1]):
            return raw
        out: list[tuple[int, int, str]] = []
        index = 0
        while index < len(raw):
            start, end, value = raw[index]
            if index + 1 < len(raw) and raw[index + 1][0] == end + 1 and text[end:end + 1] == "\n" and \
                    value.startswith(("+", "0", "(")) and raw[index + 1][2][:1].isdigit() and \
                    not re.fullmatch(r"\d{1,2}[./]\d{2}", value) and \
                    (raw[index + 1][2][:1] != "0" or
                     len(phonenumbers.normalize_digits_only(raw[index + 1][2])) < self.DIGITS_MIN):
                merged = value + " " + raw[index + 1][2]
                digits = len(phonenumbers.normalize_digits_only(merged))
                if digits <= self.DIGITS_MAX and self._too_short(value, regions) and \
                        re.match(r"[ .,;)]*(?:\n|$)", text[raw[index + 1][1]:]) and \
                        self.shape(merged)[0] == self.VALID:
                    out.append((start, raw[index + 1][1], value + "\n" + raw[index + 1][2]))
                    index += 2
                    continue
            out.append((start, end, value))
            index += 1
        return out

    # --- the number itself ---------------------------------------------------------------------

    @staticmethod
    def _descending_years(date: str) -> bool:
        """Whether a year range runs backwards ("2011-1751" in "010-2011-1751", a Korean mobile
        number): no range of years does, so it is no date."""
        years = re.fullmatch(r"((?:1[5-9]|20)\d\d) ?[\-–/] ?((?:1[5-9]|20)\d\d)", date)
        return years is not None and int(years.group(2)) < int(years.group(1))

    def shape(self, candidate: str):
        """(score, parsed international number or None) from the candidate alone: 0.0 when it
        cannot be a phone number, WEAK when only context can make it one."""
        main = self.without_extension(candidate)
        direct_dial = re.search(r"-\d{1,4}$", main)
        if direct_dial and main.startswith("+") and \
                len(phonenumbers.normalize_digits_only(main)) > self.DIGITS_MAX:
            main = main[:direct_dial.start()]  # "+43 1 234567-89": a direct-dial suffix
        extension = main != candidate
        main = main.replace("（", "(").replace("）", ")").replace("－", "-").replace("‑", "-")
        main = main.replace("\n", " ")  # a number broken over a line (`_joined`)
        if main.count("(") != main.count(")") or \
                _IPV4_START.match(main) and not main.startswith(("+", "0")) or \
                self.DATE.fullmatch(main) and not self._descending_years(main) or \
                any(not self._descending_years(date.group()) for date in self.DATE_INSIDE.finditer(main)):
            return 0.0, None
        if self.DECIMALS.fullmatch(main) or self.VERSION.fullmatch(main) or \
                self.ISBN.fullmatch(main) or self.TIME_RANGE.search(main) or main.endswith(")") or \
                _isbn10(main):
            return 0.0, None
        if main.count("/") > 1:
            return 0.0, None  # "21/815/08150": tax and file numbers
        if self.DATE_TIME.fullmatch(main) or self.YEAR_SERIAL.fullmatch(main):
            return 0.0, None  # "07-05-2022 03.45": a date and a time; "2021/47865": a year's serial
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
        if self.ONE_DOT_DECIMAL.fullmatch(main):
            return self.WEAK, None  # "639734.3068" is a measure unless a label says phone
        if self._CEP_DASHED.fullmatch(main):
            return self.WEAK, None  # "80050-661" is written as a Brazilian postal code
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
            if extension or main.startswith(("(", "1", "+1")) or self.NANP_DASHED.fullmatch(main):
                return self.POSSIBLE, None  # "(261) 609-9069", "729-395-9006": NANP numbers not (yet) in use
        return self.WEAK, None

    def national_score(self, candidate: str, regions: Sequence[str],
                       page: Sequence[str] = ()) -> float:
        """VALID when the candidate is a valid national number of one of `regions` written as
        people write one (in groups, or one run after the trunk prefix); WEAK otherwise."""
        main = self.without_extension(candidate).translate(_FULL_WIDTH)  # "０３－１２３４－５６７８"
        if self.ONE_DOT_DECIMAL.fullmatch(main):
            return self.WEAK
        if SSN_SHAPE.fullmatch(main):
            if not page or "US" in page or not main.startswith("0"):
                return self.WEAK  # (where no trunk prefix is dialled, no one writes a number 3-2-4)
            regions = page  # "078-79-0095" on a Belgian page: a national number, not an SSN
        if self._CEP_DASHED.fullmatch(main):
            return self.WEAK  # "24469-172": written as a Brazilian postal code
        if self._LOCAL_DASHED.fullmatch(main):
            regions = page  # "528-9947": seven digits as Iceland or Panama write them, on their pages only
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
            if trunk and trunk != "1" and not phonenumbers.normalize_digits_only(main).startswith(trunk) and \
                    phonenumbers.normalize_digits_only(phonenumbers.format_number(
                        number, phonenumbers.PhoneNumberFormat.NATIONAL)) != phonenumbers.normalize_digits_only(main):
                continue  # where numbers are dialled after a trunk prefix, they are written so,
                # unless the region writes that kind without it ("(11) 96123-6128", "1-800-127-623")
            if grouped:
                return self.VALID
            # one unseparated run of nine digits or fewer: valid for the page's own region (its
            # TLD's, else its language's first), not for any of eight English-speaking ones
            # ("090334016" is a routing number on an English page, "065482931" a BSN)
            if (len(main) >= 10 or region == (page[0] if page else None)) and (main.startswith(trunk or "0") or
                    phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE and
                    len(phonenumbers.national_significant_number(number)) >= 10):
                return self.VALID
        return self.WEAK

    def _amount_around(self, text: str, start: int, end: int) -> bool:
        return bool(_UNIT_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text[max(0, start - 6):start]))

    # --- the words and layout around it --------------------------------------------------------

    def context_of(self, text: str, start: int, end: int, layout: "_Layout",
                found: list[tuple[int, int, float]]) -> int:
        """2 when a label, a table column, a contact block or a phone word right before it marks
        the candidate as a phone number, 1 when a phone word elsewhere in its sentence does, -1
        when a word nearer to it names another kind of number, 0 when nothing says either."""
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - PHONE_CONTEXT_BEFORE):start]
        cut = None
        for cut in _SENTENCE_END.finditer(before):
            pass
        if cut is not None:
            before = before[cut.end():]
        line_end = text.find("\n", end)
        after = text[end:min(end + PHONE_CONTEXT_AFTER, len(text) if line_end < 0 else line_end)]
        label_after = _PHONE_LABEL_AFTER.match(after)
        if label_after and not (after.lstrip()[:1] in "-–—" and re.search(r"\d", after[label_after.end():])):
            return 2  # "0123 456789 (desk)", "0123 456789 - Fax" (not "… – call us on 0800 …")
        named_after = _NAMED_AFTER.match(after)
        if named_after and other_number_end(named_after.group(1)) is not None and \
                not _PHONE_WORD.search(named_after.group(1)):
            return -1  # "0171 441 8229 (Kundennummer)": a label after it, in brackets
        if _PHONE_LABEL.search(before) or PHONE_LETTER_LABEL.search(text[line_start:start]):
            return 2  # the label right before the number
        letter = _LETTER_AFTER.search(before)
        if letter and (letter.start() == 0 and cut is not None or
                       found and found[-1][1] == start - len(before) + letter.start()):
            return 2  # "... sent from the office. T 1800 122 899", "T +44 20 7946 0958 M 0777 ..."
        header = layout.column_header(start, end)
        if header is not None and not _PHONE_LABEL.search(header.strip() + ":") and \
                layout.alone_in_cell(start, end):
            named = other_number_end(header)
            phone_in_header = None
            for phone_in_header in _PHONE_WORD.finditer(header):
                pass
            if named is not None and (phone_in_header is None or named > phone_in_header.end()):
                return -1  # a table column named for another kind of number ("Booking ref", "Kundennr.")
        field = before
        for cut in _FIELD_END.finditer(before):
            field = before[cut.end():]
        if not field.strip() and field is not before and header is None and \
                not re.search(r"[\t|;]", text[end:len(text) if line_end < 0 else line_end]):
            # "Kundennummer – 0171 …", "Kundennummer<tab>0171 …", "Kundennummer ...... 0171 …": the
            # label is the field before, when a tab, a dash or leader dots part them, and the number
            # ends its line (not in a table row: there the cell before is a name or another value)
            label = _LABEL_CELL.search(before)
            if label is not None:
                field = label.group(1) + " "
        phone = None
        for phone in _PHONE_WORD.finditer(before):
            pass
        if phone is not None and found and start - len(before) + phone.end() <= found[-1][0] and \
                found[-1][1] <= start and _FIELD_END.search(text, found[-1][1], start):
            phone = None  # "call back 0912 122 879 — 3744 408764 20872 (?)": the word named the
            # number before, and a field has ended since
        negative = other_number_end(field)
        if negative is not None and re.search(r"\d", field[negative:]) and \
                not _LISTED_AFTER_NUMBER.fullmatch(field[negative:]):
            negative = None  # "ISBN 978-0-68-690678-4: 080 012 379 74": it named the number before
            # (but "Clearing: 8327-9, 123 456 789-0": a label before a list of numbers names each)
        if negative is not None and (phone is None or
                                     negative + len(before) - len(field) > phone.end()):
            return -1
        thousands = bool(self.THOUSANDS.fullmatch(self.without_extension(text[start:end])))
        near = 30 if re.fullmatch(r"\d{3} \d{3} \d{3}", text[start:end]) else 12
        if phone is not None and not re.search(r"(?<![.\s])[.!?]\s", before[phone.end():].lstrip(".")) and \
                (not thousands or len(before) - phone.end() <= near):
            return 2 if re.fullmatch(r"[\s.:#\-–]*", before[phone.end():]) and \
                not POSSESSIVE_NUMBER.fullmatch(phone.group()) else 1
        if found and found[-1][1] >= line_start and _LIST_JOIN.match(text[found[-1][1]:start]) and \
                (header is None or not re.search(r"[|\t]", text[found[-1][1]:start])):
            return 2  # "Tel. 030 123456 / 030 654321": the label covers both
        if thousands:
            return 2 if layout.marks_phone(start, end, found, block=False) else 0
        sentence_end = re.search(r"[.!?。！？](?:\s|$)", after)
        after = after[:sentence_end.start()] if sentence_end else after
        first_after = _PHONE_WORD.search(after)
        if first_after is not None and not _NOT_PHONE_WORD.search(after, 0, first_after.start()) \
                and not re.search(r"\d", after[:first_after.start()]):
            return 1
        return 2 if layout.marks_phone(start, end, found) or layout.asked_above(start, end, _PHONE_WORD) else 0


# A config or query key naming a phone, before "=" (which otherwise ends no number's left edge:
# "id=20240117")
_KEY_EQUALS = re.compile(r"(?<![\w.-])([\w.-]+)=(?=[+(]?\d)")
# (an SMS sender's key: "TWILIO_FROM", "SMS_SENDER", "caller_id", "msisdn")
_PHONE_KEY = re.compile(r"(?:.*[_.-])?(?:phone|telephone|tel|mobile|mobil|cell|fax|handy|sms|whatsapp|"
                        r"(?:sms|twilio|whatsapp|vonage|nexmo)(?:_?\w+)?|from|sender|caller|caller_?id|msisdn)"
                        r"(?:_?(?:no|num|number|nr))?", re.IGNORECASE)
_HEBREW_PREFIX = re.compile(r"([\u05d0-\u05ea])[-\u05be](?=[+(]?\d)")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－（）．", "0123456789-().")
_ESCAPED_BREAK = re.compile(r"(?<!\\)\\n")
# An SQL INSERT's column list, and the tokens of its rows (a quoted string is one token)
_INSERT_COLUMNS = re.compile(r"\bINSERT\s+INTO\s+[`\"\[\]\w.]+\s*\(([^()]*)\)\s*VALUES\b", re.IGNORECASE)
_SQL_TOKEN = re.compile(r"'(?:[^'\\]|\\.|'')*'?|\"(?:[^\"\\]|\\.)*\"?|[(),\t]")


_FIXED_WIDTH_RULE = re.compile(r"[ \t]*[-=]{2,}(?:  ?[-=]{2,})+[ \t]*")


# a cell of a table whose cells are apart by two spaces or more
_ALIGNED_CELL = re.compile(r"[^ \t\u00a0]+(?:[ \u00a0][^ \t\u00a0]+)*")


class _Layout:
    """Lines of a text, for the context that lies outside a candidate's sentence: a table column
    named by its header, a label on the line above, a contact block. Built when first asked."""

    CELL = re.compile(r"\s*\|\s*|\t|\s*;\s*")

    def __init__(self, text: str):
        self.text = text
        self._lines: list[tuple[int, int]] | None = None
        self._inserts: list[re.Match] | None = None

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
        without a three-digit run, in a block of lines with as many cells as its own, or the
        column list of the SQL INSERT whose row holds it; or None."""
        header = self._delimited_header(start)
        if header is None:
            header = self.record_column(start)
        if header is None:
            header = self._fixed_width_header(start, end)
        return header if header is not None else self._aligned_header(start, end)

    def _aligned_header(self, start: int, end: int) -> str | None:
        """The header of a column of cells apart by two spaces or more, with no rule under the
        header ("Student ID    SSN (or last 4)    Years" above "724309315     688878392     2019"):
        text[start:end] fills a cell; the lines above with as many cells, the same one overlapping
        it, up to the first without a three-digit run, whose cell is the header."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        if index == 0 or not (start == line_start or self.text.startswith("  ", start - 2)) or \
                not (end == line_end or self.text.startswith("  ", end) or not self.text[end:line_end].strip()):
            return None  # (cheap first: most values are not alone between two-space gaps)
        cells = [cell.span() for cell in _ALIGNED_CELL.finditer(self.text, line_start, line_end)]
        if len(cells) < 2 or (start, end) not in cells:
            return None
        column = cells.index((start, end))
        left, right = start - line_start, end - line_start
        for above in range(index - 1, max(-1, index - 40), -1):
            line = self.line(above)
            row = [cell.span() for cell in _ALIGNED_CELL.finditer(line)]
            if len(row) != len(cells):
                return None
            cell_start, cell_end = row[column]
            if cell_end <= left or cell_start >= right:
                return None  # not the same column
            if not re.search(r"\d{3}", line):
                return line[cell_start:cell_end]
        return None

    def _fixed_width_header(self, start: int, end: int) -> str | None:
        """The header of a fixed-width column ("SSN" above "----------- " above "287-65-4411"):
        the value stands apart (two spaces or a line's edge on each side) in a block of lines
        under a rule of dash runs apart by spaces, and the dash run under the header spans it."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        if not (start == line_start or self.text.startswith("  ", start - 2)) or \
                not (end == line_end or self.text.startswith("  ", end) or not self.text[end:line_end].strip()):
            return None
        for above in range(index - 1, max(0, index - 40), -1):
            rule = self.line(above)
            if not rule.strip():
                return None  # a blank line ends the table
            if "--" not in rule or not _FIXED_WIDTH_RULE.fullmatch(rule):
                continue
            column = start - line_start
            for run in re.finditer(r"[-=]+", rule):
                if run.start() <= column < run.end() and end - line_start <= run.end() + 2:
                    return self.line(above - 1)[run.start():run.end() + 1].strip() or None
            return None
        return None

    def _delimited_header(self, start: int) -> str | None:
        index = self.line_index(start)
        line_start, _ = self.lines[index]
        line, before = self.line(index), self.text[line_start:start]
        for delimiter in ("|", "\t", ";", ","):
            if delimiter not in line:
                continue
            column = before.count(delimiter)
            rule = False
            for above in range(index - 1, max(-1, index - 40), -1):
                header = self.line(above)
                if re.fullmatch(r"[\s|:\-+=]*", header):
                    rule = True  # a markdown rule "|---|---|": the header is the line above it
                    continue
                if header.count(delimiter) != line.count(delimiter):
                    return None  # not the same table
                if re.search(r"\d{3}", header) and not rule:
                    continue  # a row of data
                cells = header.split(delimiter)
                return cells[column] if column < len(cells) else None
            return None
        return None

    def record_column(self, position: int) -> str | None:
        """The column name of the value at `position` in a row of an SQL INSERT ("INSERT INTO t
        (`id`,`name`,`ssn`) VALUES (1,'Ann','123-45-6789'),"): the statement's column list, the
        row's cells counted with quoted strings ("'(201) 555-0100'", "'Doe, Jane'") read whole."""
        if self._inserts is None:  # once per text: most hold no INSERT at all
            self._inserts = list(_INSERT_COLUMNS.finditer(self.text)) if "INSERT" in self.text.upper() else []
        head = None
        for head in self._inserts:
            if head.end() > position:
                head = None
                break
        if head is None or self.text.count("\n", head.end(), position) > 200 or \
                re.search(r";[ \t]*\n", self.text[head.end():self.lines[self.line_index(position)][0]]):
            return None  # no statement above, or it ended before this row
        line_start = self.lines[self.line_index(position)][0]
        row = self.text[max(line_start, head.end()):position]
        depth, column = 0, 0
        for token in _SQL_TOKEN.finditer(row):
            piece = token.group()
            if piece == "(":
                depth += 1
                column = 0 if depth == 1 else column
            elif piece == ")":
                depth -= 1
            elif piece in ",\t" and depth == 1:
                column += 1  # (`csv_cells` has made a row's commas tabs)
        if depth != 1:
            return None
        names = [name.strip(" `\"[]'") for name in head.group(1).split(",")]
        return names[column] if column < len(names) else None

    def alone_in_cell(self, start: int, end: int) -> bool:
        """Whether text[start:end] fills its table cell (only spaces and quotes beside it)."""
        line_start, line_end = self.lines[self.line_index(start)]
        before, after = self.text[line_start:start], self.text[end:line_end]
        return bool(re.search(r"(?:^|[|\t;,])[\s\"']*$", before) and re.match(r"[\s\"']*(?:[|\t;,]|$)", after)) or \
            not re.search(r"[|\t;]", before + after) and before.endswith("  ") and after.startswith("  ")  # fixed width

    def column_mate(self, start: int, end: int, spans: Sequence[tuple[int, int, float]]) -> bool:
        """Whether one of `spans` fills the same column of a table row within three lines (rows
        with as many "|" or tab cells as this one): "Colleen | 2020-03-06 | 392767289 | child"
        under "Heather | 5 Dec 2021 | 835-40-9402 | child"."""
        index = self.line_index(start)
        line_start, line_end = self.lines[index]
        line = self.text[line_start:line_end]
        if not self.alone_in_cell(start, end):
            return False
        for delimiter in ("|", "\t"):
            if delimiter not in line:
                continue
            column = self.text[line_start:start].count(delimiter)
            for other_start, other_end, _ in spans:
                other = self.line_index(other_start)
                if other == index or abs(other - index) > 3:
                    continue
                other_line_start = self.lines[other][0]
                if self.line(other).count(delimiter) == line.count(delimiter) and \
                        self.text[other_line_start:other_start].count(delimiter) == column and \
                        self.alone_in_cell(other_start, other_end):
                    return True
        return False

    def asked_above(self, start: int, end: int, words: re.Pattern) -> bool:
        """Whether the turn before this one in a dialogue names what the number is: the line above
        is a turn (a time or a speaker before a colon) whose last sentence holds one of `words`
        ("[15:00] Ana: Qual o telefone da conta?", "Agent: … confirm your Social Security number?"),
        and this line is a turn that holds little besides the number ("[14:15] Sophia: é 82 123
        1264", "Caller: Yeah it's 592191521.", "ok 6304 … 04/31": a card's expiry date may follow)."""
        index = self.line_index(start)
        if index == 0:
            return False
        line_start, line_end = self.lines[index]
        reply = _DIALOGUE_TURN.match(self.text, line_start, start)
        if reply is None or not self.text[line_start:reply.end()].strip() or \
                not _REPLY_FILLER.fullmatch(self.text, reply.end(), start) or \
                not _REPLY_END.fullmatch(self.text, end, line_end):
            return False
        above = self.line(index - 1)
        turn = _DIALOGUE_TURN.match(above)
        if turn is None or not above[:turn.end()].strip():
            return False
        last = above[turn.end():].rstrip()
        for cut in _SENTENCE_END.finditer(last[:-1]):
            last = last[cut.end():]
        return bool(words.search(last))

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
        # "Pompes funèbres Hubert, 27 21 52 95", "; responsible: Ann Lee 2183 8226": a name, then
        # the number, ending a line of a contact block
        named = not alone and block and not after.strip(" .,;") and len(before) <= 80 and \
            bool(_NAMED_LINE.fullmatch(before)) and len(before.split()) <= 7 and \
            _named_before(before) and \
            len(phonenumbers.normalize_digits_only(self.text[start:end])) <= 12
        if not (alone or named):
            return False
        # the line above is a label ("Telefon" / "Phone:"), or names another kind of number
        if index > 0 and alone:
            label = self.line(index - 1).strip()
            if 0 < len(label) <= 40 and not re.search(r"[\d@]", label):
                if _PHONE_WORD.search(label) or _PHONE_LABEL.search(label):
                    return True
                if _NOT_PHONE_WORD.search(label):
                    return False  # "Mailing ZIP" / "Badge / case no." above it in a form
        # a contact block: an e-mail address or another phone number within three lines
        if not block or not named and (before.strip() or after.strip(" .,;") or
                                       not re.search(r"[\s\-./()]", self.text[start:end].strip())) or \
                _ID_SHAPE.fullmatch(self.text[start:end]):
            return False  # one unseparated digit run alone on a line: an id as often as a phone;
            # nor a number written as another id is (SSN, postal code, check digit)
        lo, hi = self.lines[max(0, index - 3)][0], self.lines[min(len(self.lines) - 1, index + 3)][1]
        if _EMAIL_NEAR.search(self.text, lo, hi):
            return True
        return not named and any(lo <= s < hi and (s, e) != (start, end) for s, e, _ in found)


_WORD_CHARACTER = re.compile(r"[^\W\d_]")
# A turn of a dialogue or chat: a time ("[14:15]", "14:15 -") and / or a speaker before a colon.
_DIALOGUE_TURN = re.compile(r"\s*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[\s\-–]*)?(?:[^\d:\n\[\]?.!]{1,30}:\s+)?")
# what may stand in a reply before the number: up to three words without digits ("Yeah it's",
# "claro, es el", "é"), and after it: a full stop or a card's expiry date
_REPLY_FILLER = re.compile(r"(?:[^\W\d_][^\s\d]*[\s,:]+){0,3}")
_REPLY_END = re.compile(r"[ .!,;]*(?:\d{2}/\d{2}(?:\d{2})?[ .!,;]*)?")


def _named_before(before: str) -> bool:
    """Whether a line's text before a number names whose number it is: "Name, " ("Pompes funèbres
    Hubert, ", "Bestattungen Plath e.V., ") or "Label: Firstname Lastname " ("Admin: Léo Sampaio ")."""
    if before.rstrip().endswith(","):
        return _name_word(before.split()[-1])
    label, colon, name = before.rpartition(":")
    words = name.split()
    return bool(colon) and bool(label.strip()) and 2 <= len(words) <= 4 and all(_name_word(w) for w in words) \
        and not any("." in w for w in words)


def _name_word(word: str) -> bool:
    """Whether `word` can end a name: capitalised, in a script without case, or an abbreviation
    of a company form with dots ("S.L.,", "e.V.,")."""
    word = word.rstrip(",.")
    return bool(word) and (word[0].isupper() or word[0].isalpha() and not word[0].islower()
                           or "." in word)
# Shapes of other ids that a contact block alone does not make phone numbers: 3-2-4 (a US SSN),
# 5-3 and 5-4 (a Brazilian CEP, a ZIP+4 code), a run and one check digit ("68545348-0"). (A 3-4
# number, "310-1076", is a local number without its area code: a phone there.)
# what stands before a number named by the name before it: an optional list number, then words
# without digits or "@", the last one ending in a letter (a comma or an abbreviation's dot after it)
_NAMED_LINE = re.compile(r"(?:\s*\d{1,2}[.)]\s+)?[^\d@\n]*[^\W\d_][.,]{0,2}\s+")
_ID_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}|\d{5}-\d{3,4}|\d{5,}-\d")


def _isbn10(candidate: str) -> bool:
    """A hyphenated ISBN-10 ("0-15-472803-9"): four groups, ten digits, its mod-11 check."""
    if not re.fullmatch(r"\d{1,5}-\d{1,7}-\d{1,7}-\d", candidate):
        return False
    digits = candidate.replace("-", "")
    return len(digits) == 10 and sum((10 - i) * int(d) for i, d in enumerate(digits)) % 11 == 0


def csv_cells(text: str) -> str:
    """`text` with the commas of comma-separated tables turned into tabs, offsets unchanged: a
    phone number in a cell after a numeric one ("4075,Ann Lee,(201) 555-0604,827.72") is then
    not glued to the numbers around it, as "1,234,567" is. A table is two or more lines in a row
    with the same number of commas, two or more each, none followed by a space (prose puts one
    after every comma). The colons of a colon-separated dump are cell borders too: a header of
    three or more names ("name:ssn:dob:phone", "email:cc:exp:cvv") and the rows below it with as
    many colons ("Ann Lee:287-65-4411:4/2/81:+1 201-555-0104")."""
    if text is _CSV_LAST[0]:
        return _CSV_LAST[1]  # the pii step asks for phones, cards and SSNs on the same text
    commas, colons = text.count(",") >= 4, ":" in text and _colon_header_in(text)
    cells = _csv_cells(text) if commas else text
    if colons:
        cells = _colon_cells(cells)
    _CSV_LAST[:] = [text, cells]
    return cells


_CSV_LAST: list = [None, None]


def _csv_cells(text: str) -> str:
    lines = text.split("\n")
    counts = [line.count(",") if ", " not in line else 0 for line in lines]
    last = len(lines) - 1
    cells = [count >= 2 and (index > 0 and counts[index - 1] == count or
                             index < last and counts[index + 1] == count)
             for index, count in enumerate(counts)]
    if not any(cells):
        return text
    return "\n".join(line.replace(",", "\t") if cell else line for line, cell in zip(lines, cells))


# a colon-separated dump's header line: three or more field names, nothing else
_COLON_HEADER = re.compile(r"^[ \t]*[A-Za-z_][\w\-]{0,30}(?::[A-Za-z_][\w\-]{0,30}){2,}[ \t]*$", re.MULTILINE)


# two names after a colon: where a header may be (a literal first character: a fast scan)
_COLON_PAIR = re.compile(r":[A-Za-z_][\w\-]{0,30}:[A-Za-z_]")


def _colon_header_in(text: str) -> bool:
    for pair in _COLON_PAIR.finditer(text):
        line_start = text.rfind("\n", 0, pair.start()) + 1
        line_end = text.find("\n", pair.end())
        if _COLON_HEADER.fullmatch(text, line_start, len(text) if line_end < 0 else line_end):
            return True
    return False


def _colon_cells(text: str) -> str:
    lines = text.split("\n")
    count = None
    for index, line in enumerate(lines):
        if _COLON_HEADER.fullmatch(line):
            count = line.count(":")
        elif count is not None and line.count(":") == count and line.strip():
            pass  # a row of the dump
        else:
            count = None
            continue
        lines[index] = line.replace(":", "\t")
    return "\n".join(lines)


SSN_SHAPE = re.compile(r"\d{3}([- ])\d{2}\1\d{4}")


def _parse(text: str, region: str | None):
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
