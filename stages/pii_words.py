"""What the words around a number say it is, for the pii step's phone, SSN and card readers
(stages/pii_phones.py, stages/pii_ssn.py, stages/pii_cards.py): the phone words and labels of
English and the languages the project keeps, the words that name another kind of number (order,
invoice, account, tax and company numbers, ...) with the compound and abbreviation rules that
extend them to any language, and the marks of fields, sentences, amounts and units. Patterns and
one reader (`other_number_end`) only: no number is looked for here.
"""
from __future__ import annotations

import re

from stages import regex_cache
from stages.pii_number_words import script_number_end


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


# OCR reads O as 0, l or I as 1, S as 5: "S0C SEC N0:", "lNCIDENT REP0RT", "F1RMWARE". A word
# of Latin letters holding such digits (no more digits than letters, no other digit) is read
# back as letters; a number, even one with a letter before it ("x15", "A1005"), stays. Accented
# Latin letters count ("5ố An s1nh Xã hộ1", "Tc|éf0n0": Vietnamese and Spanish labels).
_OCR_LATIN = "A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF"
_OCR_WORD = re.compile(rf"(?<![{_OCR_LATIN}0-9$])(?=[{_OCR_LATIN}0-9$]*[015$])(?=[{_OCR_LATIN}0-9$]*[{_OCR_LATIN}])"
                       rf"[{_OCR_LATIN}015$]{{2,}}(?![{_OCR_LATIN}0-9$])")
# and | as l or I, glued to a letter before it and to a letter, a colon or a word after it
# ("App|icant", "Socia|:", "Contro| number"), on a line with no other | (a table's borders are not
# letters: "name|ssn|phone")
_OCR_PIPE = re.compile(rf"(?<=[{_OCR_LATIN}])\|(?=[a-z\u00DF-\u00F6\u00F8-\u024F]|[:：]|[ \t\u00a0]+[a-z])")


def _ocr_word(word) -> str:
    letters = sum(c.isalpha() for c in word.group())
    if letters < len(word.group()) - letters:
        return word.group()
    upper = sum(c.isupper() for c in word.group()) * 2 > letters
    out = []
    for i, c in enumerate(word.group()):
        if c == "0":
            c = "O" if upper else "o"
        elif c in "5$":
            c = "S" if upper else "s"
        elif c == "1":
            # "Te1", "Ce11", "Emai1": an l at a word's end or beside an l; "F1RMWARE", "SOC1AL": an I
            near = word.group()[i - 1:i] + word.group()[i + 1:i + 2]
            ell = i == len(word.group()) - 1 or "l" in near.lower() or "1" in near
            c = ("L" if ell else "I") if upper else ("l" if ell else "i")
        out.append(c)
    return "".join(out)


def ocr_letters(text: str) -> str:
    """`text` with OCR's digits-for-letters read back in words that mix them ("S0C SEC N0:" ->
    "SOC SEC NO:"); same length, so offsets hold. Every label lookup of the step reads this."""
    if "|" in text:
        text = _OCR_PIPE.sub(_ocr_pipe, text)
    if "0" not in text and "1" not in text and "5" not in text and "$" not in text:
        return text
    return _OCR_WORD.sub(_ocr_word, text)


def _ocr_pipe(pipe) -> str:
    text, at = pipe.string, pipe.start()
    line_start, line_end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    if text.count("|", line_start, len(text) if line_end < 0 else line_end) > 1:
        return "|"
    return "I" if text[at - 1].isupper() and text[at + 1:at + 2].isupper() else "l"


# Letters of the scripts that put spaces between words (Latin, Greek, Cyrillic): a phone number
# is never glued to one; CJK and Thai text may glue a number to the word before it ("电话13800").
_LETTER = r"[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]"

# Words that mark a number as a phone number wherever they stand in its sentence (up to
# PHONE_CONTEXT_BEFORE characters before it, PHONE_CONTEXT_AFTER after it on its line): English,
# the FineWeb-2 languages the project keeps (de fr es it pt nl pl ru zh ja th) and a few more.
PHONE_WORDS = _word_pattern("""
    phone* telephone* tel tel. tele tfn tlf tlf. tfno tfno. telf telf. ph ph. cell cells cellphone*
    cellular mobile* mob mob. fax* call calls calling called ring ringing dial* sms txt text_me
    text_us reach whatsapp* msisdn* viber telegram hotline* helpline* landline* voicemail* contact* reach_us
    reach_me reached reachable or_me_at or_us_at or_me_on or_us_on enquir* inquir* freephone* toll-free toll_free oncall on-call
    telefon* fon handy* mobil* funk rufnummer* ruf anruf* rufen ruft erreich* durchwahl* festnetz*
    kontakt* telefax* servicenummer*
    téléphon* telephon* tél tél. portable* appel* appelez rappel* joindre joignable télécopie* gsm composez
    composer marque marcar componi comporre disque discar wählen wähle
    teléfono* telefono* móvil* movil* celular* cel cel. llam* lláme* llámanos llámame llámeme contacto* whats
    cellulare* chiama* richiam* zap contatt* recapit* numero_verde informa* renseign* comuní* comuniq*
    telefone* telemóvel* telemovel* ligue ligar ligue-nos ligue-me me_liga me_ligue liga-me liguem liguem-me liguem-nos liga-nos or_text call_or_text text_or_call contato contatos contatar contatá-lo contatá-la contate*
    telefoon* telefonisch* mobiel* bel bellen belt
    kom. komórk* komork* dzwo* zadzwo* faks* pod_nr pod_nr. pod_numerem na_čísle na_číslo na_telefonním_čísle
    დაუკავშირდ* ċempel* ċempil* ċempl*
    телефон* тел тел. моб моб. мобильн* факс* звон* позвон* контакт* сотов*
    puh puh. puhelin* matkapuhelin* τηλ τηλ. τηλέφωνο* κιν κιν. φαξ φαξ.
    τηλεφων* καλέστε καλέστε_μας πάρτε_με πάρτε_μας πάρε_με
    电话 電話 手机 手機 传真 傳真 联系 聯繫 聯絡 致电 致電 拨打 撥打 热线 熱線 座机 座機 咨询 諮詢 客服
    でんわ 携帯 ケータイ ファックス ファクス 問い合わせ 問合せ 連絡 フリーダイヤル
    โทร มือถือ แฟกซ์ ติดต่อ สายด่วน 전화 휴대폰 팩스 연락처
    điện_thoại đt đt: dđ di_động telp telp. ponsel tālr* tālrun* mob.tālr* טלפון טל טל' נייד פקס
    numéro_vert numero_vert numéro_azur numéro_indigo связ* investor_relations media_relations public_relations press_office press_desk media_desk newsroom
    hív* hivj* обад* soita* soitt* zavolej* volejte volat sunați sunati sună nazov* pokliči* poklicite
    sími síma símann símanum símar símanúmer* farsími farsíma farsímanúmer* hringið hringdu hringja
    zvaniet zvanit skambin* ulaşın ulasin arayın arayin gọi hubungi дзвон* подзвон*
    هاتف* الهاتف* جوال* الجوال* موبايل* محمول* فاكس* الفاكس* تليفون* اتصل* اتصلوا للاتصال واتساب
    تلفن* موبایل* فکس* تماس
    ტელ ტელ. ტელეფონ* მობ მობ. მობილურ* დარეკ* დაგვირეკ* დამირეკ* ფაქს*
    հեռ հեռ. հեռախոս* բջջ բջջ. բջջային* զանգ* утас утсаар холбоо_барих qo'ng'iroq qo‘ng‘iroq zvaniet zvanīt* гар_утас залга* simu piga_simu marcações_pelo marcação_pelo
    फ़ोन फोन मोबाइल दूरभाष फ़ैक्स फैक्स संपर्क सम्पर्क कॉल
    call_back callback call-back rückruf* zurückrufen terugbellen oddzwo* перезвон* zavolat* επανάκλησ*
    geri_ara geri_arayın 折り返し 回电 回電 회신 gọi_lại वापस_कॉल התקשר* תתקשר* חייג* וואטסאפ
    box_office my_number my_numbers our_number our_numbers your_number his_number her_number
    their_number
    meine_nummer unsere_nummer deine_nummer ihre_nummer mon_numéro notre_numéro votre_numéro
    ton_numéro mi_número mi_numero tu_número tu_numero su_número su_numero nuestro_número
    nuestro_numero mio_numero tuo_numero suo_numero nostro_numero vostro_numero meu_número
    meu_numero seu_número seu_numero nosso_número nosso_numero mijn_nummer ons_nummer jouw_nummer
    uw_nummer mój_numer moj_numer nasz_numer twój_numer twoj_numer moje_číslo naše_číslo
    vaše_číslo мой_номер наш_номер ваш_номер твой_номер мій_номер твій_номер mitt_nummer
    vårt_nummer ditt_nummer numaram numaramız
    my_new_number our_new_number my_new_cell my_new_mobile meine_neue_nummer meine_neue_handynummer
    mon_nouveau_numéro mon_nouveau_numero mi_nuevo_número mi_nuevo_numero mio_nuovo_numero
    meu_novo_número meu_novo_numero mijn_nieuwe_nummer mój_nowy_numer moj_nowy_numer
    moje_nové_číslo мой_новый_номер мій_новий_номер mitt_nya_nummer yeni_numaram új_számom
    νέος_μου_αριθμός 新しい番号 新的号码 새_번호 شماره_جدیدم
    terugbel* ringa_tillbaka ring_tilbake ringe_tilbage geri_arama* geri_arama_numarası takaisinsoitto* 回拨
    recharged_number topped-up_number top-up_number numéro_rechargé número_recargado
    número_recarregado numero_ricaricato yüklenen_numara aufgeladene_nummer doładowany_numer
    пополненный_номер поповнений_номер
    number_called called_number dialled_number dialed_number destination_number zielrufnummer*
    zielnummer angerufene_nummer gewählte_nummer numéro_composé numéro_de_destination
    número_marcado número_de_destino numero_composto numero_di_destinazione número_chamado
    número_discado gebeld_nummer gekozen_nummer bestemmingsnummer numer_docelowy wybrany_numer
    wybierany_numer numer_wybierany numer_abonenta volané_číslo volaný_číslo volané_čísla
    číslo_volaného номер_абонента номер_на_абоната абонентский_номер набранный_номер
    вызываемый_номер набраний_номер uppringt_nummer birani_broj pozvani_broj aranan_numara
    καλούμενος_αριθμός
    number_to_port ported_number porting_number port-in_number over_te_zetten_nummer
    te_porteren_nummer nummerbehoud numéro_à_porter número_a_portar numero_da_portare
    número_a_ser_portado przenoszony_numer numer_do_przeniesienia přenášené_číslo
    переносимый_номер taşınacak_numara
""")
# "cel" (Spanish and Portuguese "celular") is a word of its own elsewhere: Polish "cel" (aim:
# "Cel darowizny"), Romanian "cel" ("cel mai"); a label "cel" has no lower-case word after it
PHONE_WORDS = PHONE_WORDS.replace(
    f"|cel(?!{_LETTER})|", f"|cel(?!{_LETTER})(?![ \t\u00a0]+(?-i:[a-z\u00df-\u024f]{{4,}}|mai(?!{_LETTER})))|", 1)
# "my number": a person's number, most often a phone, but no label (the SSN rule reads it as a
# word in the sentence, never as the label right before the number); in the languages kept too
POSSESSIVE_NUMBER = re.compile(
    r"(?:my|our|your|his|her|their)\s+numbers?|(?:meine|unsere|deine|ihre)\s+nummer"
    r"|(?:mon|notre|votre|ton)\s+numéro|(?:mi|tu|su|nuestro)\s+n[úu]mero|(?:mio|tuo|suo|nostro|vostro)\s+numero"
    r"|(?:meu|seu|nosso)\s+n[úu]mero|(?:mijn|ons|jouw|uw)\s+nummer|(?:mój|moj|nasz|twój|twoj)\s+numer"
    r"|(?:moje|naše|vaše)\s+číslo|(?:мой|наш|ваш|твой|мій|твій)\s+номер|(?:mitt|vårt|ditt)\s+nummer"
    r"|numaram(?:ız)?", re.IGNORECASE)
# Labels that mark a number only right before it ("Office: 0123 456789", "M 0171 2345678") or
# right after it in brackets or after a dash ("0123 456789 (desk)").
PHONE_LABELS = _word_pattern("""
    office desk direct direct_line switchboard reception main home work private business line
    out_of_hours after_hours after-hours out-of-hours
    case_worker caseworker case_manager social_worker poe place_of_employment
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
    захиалга
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
    ver ver. v. population price* cost costs total amount sum page pages vol vol. volume issue lot batch imei imsi iccid
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
    вх вх. исх исх. вих вих. изх изх. входящ* исходящ* вхідн* вихідн* изходящ*
    as_path as-path aspath as_set asn asns
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
    kenmerk* sygn sygn. sygnatur* zleceni* zakázk* č._j. č.j. παραγγελ* πρωτ. πρωτοκόλλ* τιμολ* τιμόλ*
    الطلب طلب* المرجع مرجع* فاتورة سفارش* فاکتور* پیگیری ऑर्डर संदर्भ चालान הזמנה* אסמכתא חשבונית*
    주문 접수번호 송장 참조번호 예약번호
    personnummer* fødselsnummer* personnr personnr. henkilötunnus hetu cpr cpr-nr. kennitala
    rodné_číslo r.č. cnp emšo emso jmbg tckn t.c._kimlik* kimlik* amka αμκα ταυτότητ* niss nino
    national_insurance* ppsn ahv avs tfn aadhaar* आधार cccd cmnd căn_cước* рнокпп ідентифікаційн*
    идентификационн* マイナンバー 個人番号 주민등록번호 외국인등록번호 身分證 居民身份证
    เลขประจำตัวประชาชน ת.ז. ת.ז תעודת_זהות الرقم_القومي الرقم_الوطني الهوية کد_ملی شماره_ملی
    burgerservicenummer* sofinummer* steuer-id steueridentifikationsnummer*
    खाता* खाते सीरियल क्रमांक
    seryjn* серийн* серійн* сериен* σειριακ* sériové sarjanumero* 序列号 序列號 シリアル 시리얼
    ซีเรียล sê-ri nomor_seri seri_no seri_numarası التسلسلي سریال סידורי número_de_serie
    numéro_de_série numero_di_serie número_de_série
    loan* mortgage* préstamo* prestamo* empréstimo* emprestimo* prestito prêt darlehen* lening*
    pożyczk* pozyczk* kredyt kredytu кредит кредита позик* khoản_vay 贷款 貸款 대출 ローン
    ruta_bancaria 路由号 路由號 라우팅 định_tuyến hull hin spisov* hồ_sơ suma
    docket docket_line voucher localizador* localisateur
    narudžb* narudzb* пријав* prijav* namba_ya_oda akaunti akaunti_ya_paybill paybill
    ஆதார் ఆధార్ ആധാർ ബുക്കിംഗ് బుకింగ్ புக்கிங் నమోదు பதிவு ငွေစာရင်း
    comandă comanda comenzii comenzi đơn_hàng mã_đơn* mã_vận_đơn vận_đơn hóa_đơn
    reclamo* reclamación* reclamacion* 사건 사건번호
    confirmación* confirmacion* confirmação confirmacao conferma awb товарителниц* поръчк* замовлен*
    soc rendelés* számla* foglalás* ügyfél* gyári κωδ κωδ. κωδικ* cod cod. رهگیری مشتری
    sadakat лояльн* klantenpas* klantenkaart* spaarpas* บัตรสมาชิก rezervării rezervarii rezervare rezervarea matricola matricole बिल सदस्य
    meter meters zähler* zählerstand* compteur* contatore contatori meterstand* licznik* лічильник* счётчик* счетчик*
    брояч* μετρητ* sayaç* mätare mätarnummer* mittari* vodoměr* elektroměr* plynoměr* 계량기 電表 电表 水表 メーター
    มิเตอร์ کنتور عداد odometer* mileage kilometerstand* km-stand kilometraje kilometragem quilometragem
    chilometraggio przebieg пробег* пробіг* ro_no ro_no. ro_# ro# repair_order* рахун*
    renavam mã_giao_dịch mã_học_viên आईडी
    ගිණුම* ගිණුමේ
    frn senha senhas հվհհ রসিদ রেফারেন্স מיקוד کد_پستی کدپستی ቲን
"""
NOT_PHONE_WORDS = _word_pattern(NOT_NUMBER_ENTRIES)
# Labels that name a number of their own in any language, beyond the word list: a compound
# ending in a word for "number" ("Medlemsnummer", "Asiakasnumero", "Lähetystunnus"), a word
# before an abbreviation for it ("Sag nr.", "Talep no", "Spis č.", "Заявка №"), or a word for
# "number" with another word beside it ("Номер участника", "Číslo objednávky", "Laskun numero");
# never when that word is a phone word ("Telefonnummer", "Tel. no.", "numero di telefono").
_NUMBER_COMPOUND = re.compile(rf"(?<!{_LETTER}){_LETTER}{{2,}}?(?:nummer|nummern|numero|número|numéro|numer|tunnus|nr|nro|szám|száma)(?!{_LETTER})",
                              re.IGNORECASE)
_NUMBER_ABBREVIATION = re.compile(rf"(?<!{_LETTER})({_LETTER}{{3,}})(?:\.[ \-]?|[ \-])(?:no|nr|nro|n[°º]|№|č|#|n(?=\.))(?:\.|(?!{_LETTER}))",
                                  re.IGNORECASE)
# (with the Spanish and Portuguese "N.º", the Czech "č.", the Greek "αρ." and "αριθμός")
_NUMBER_WORD = re.compile(rf"(?<!{_LETTER})(?:number|nummer|numero|número|numéro|numer|номер|číslo|numarası|nomor|szám|száma|nr\.?|n\.?[°º]\.?|№|n\.|č\.|št\.|αρ\.|αριθ\.|αριθμός)(?!{_LETTER})",
                          re.IGNORECASE)
# a text message's kind right before "number": the number that receives them, a phone's (pii-classes32a)
_MESSAGE_NUMBER = re.compile(r"(?<![^\W\d_])(?:text|sms|txt|whatsapp|viber|telegram)[\s_-]+(?:reminder|alert|notification|"
                             r"message|confirmation|verification)s?[\s_-]*$", re.IGNORECASE)
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
    primary secondary preferred best your
    is ist est es är er je jest είναι μου é è was war était era""".split())  # noqa: SIM905 (a word list reads as text)
# Parts of words that make a compound a phone's number ("Notrufnummer", "Kundenservicenummer").
# Stems of 5 letters or more count anywhere in the word, shorter ones at its start ("Hotelnummer"
# and "Titelnummer" hold "tel" but name no phone).
_PHONE_STEMS = ("tel", "fon", "phone", "fax", "faks", "mobil", "mobiel", "handy", "ruf", "notruf", "rückruf",
                "hotline", "service", "notfall", "notdienst", "dienst", "durchwahl", "puhelin", "gsm", "kontakt",
                "contact", "sms", "whatsapp", "zentral", "direkt", "office", "support", "hilfe", "help", "info",
                "телефон", "факс", "моб", "связ", "tlf", "tfn", "cel", "festnetz", "sammel", "växel", "nood",
                "alarm", "emergency", "helpline", "telefoon", "telefone", "téléphone", "teléfono", "telefono",
                # emergency numbers in the languages kept ("Numero per emergenze", "número de emergencia")
                "emergen", "emergên", "urgenc", "urgenz", "awaryj", "alarmow", "nouzov", "pohotov", "экстрен", "аварийн", "hitn",
                "acil", "nöd", "spoed", "έκτακτ", "hätä", "nødnum", "طوارئ", "긴급", "緊急", "急救",
                "τηλ", "κινητ", "φαξ",
                "hívó", "mellék")  # (Hungarian: "Hívószám", "Mellékszám")  # (Greek: "Αρ. τηλεφώνου", "αριθμός κινητού")
_CJK_NUMBER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{1,8}?(?:番号|号码|號碼|编号|編號|号|號|码|碼)|[\uac00-\ud7af]{1,8}?[ \u00a0]?번호")
# "お問い合わせ番号" (an inquiry's number, a reference): the contact word is a phone word alone, not
# before 番号 ("お問い合わせ電話番号" still names the phone)
_INQUIRY_NUMBER = re.compile(r"お?問い?合わ?せ(?:番号|No\.?|№)")
# An abbreviation for "number" in Hebrew ("מס'") or Hindi ("सं."), or the word in Arabic ("رقم") or
# Persian ("شماره"), with a word of its script beside it: "בקשה מס'" (request no.), "מס' לקוח"
# (customer no.), "ग्राहक सं." (customer no.), "رقم التذكرة" (ticket number), "شماره درخواست"
# (request number) name another number; never when that word is a phone word or names a contact
# ("מס' טלפון", "رقم الهاتف", "شماره تماس", "رقم التواصل", "फ़ोन सं.")
_SCRIPT_NUMBER = re.compile(
    r"(?:(?<![\u05d0-\u05ea])([\u05d0-\u05ea]{2,}['׳\"]?)[ \u00a0]+)?(?<![\u05d0-\u05ea])מס['׳]"
    r"(?:[ \u00a0]+([\u05d0-\u05ea]{2,}))?"
    r"|(?<![\u0600-\u06ff])(?:رقم|شماره|شمارهٔ)(?![\u0600-\u06ff])(?:[ \u00a0\u200c]+([\u0600-\u06ff\u200c]{2,}))?"
    r"|(?:(?<![\u0900-\u097f])([\u0900-\u097f]{2,})[ \u00a0]+)(?:(?:सं|नं)\.|संख्या(?![\u0900-\u097f]))")
_SCRIPT_FUNCTION_WORDS = frozenset("של את עם על זה הוא היא في من على إلى به را از که و".split())  # noqa: SIM905
# "Agency file 607-971-2915", "Recruiting station file …": a noun's file, a record's number (not
# "on file", "in the file", "your file")
_NOUN_FILE = re.compile(rf"(?<!{_LETTER})({_LETTER}{{3,}})[ \t\u00a0]+file(?!{_LETTER})", re.IGNORECASE)
_NOT_A_NOUN = frozenset("on in from the our your my his her their this that per for with upon".split())  # noqa: SIM905
_SCRIPT_CONTACT = re.compile(r"קשר|חזרה|تماس|تواصل|اتصال|ارتباط|संपर्क|व्हाट्स|वॉट्स|हेल्पलाइन|फ़्री|फ्री|कॉल")


def _phone_stem(word: str) -> bool:
    lower = word.lower()
    # (not "tell…": Estonian "Tellimuse nr", an order's number)
    return any(lower.startswith(stem) and not lower.startswith("tell") or len(stem) >= 5 and stem in lower
               for stem in _PHONE_STEMS) or \
        bool(_PHONE_WORD.match(word)) or \
        bool(_PHONE_LABEL.match(word + ":"))


# A word naming another number that heads a person's, a desk's or an office's name ("Claim
# administrator:", "Loan officer", "the clearinghouse", "Policy service desk", "Schadenabteilung"):
# it says whom the number reaches, not what the number is (pii-classes28)
_ROLE_AFTER = re.compile(
    rf"{_LETTER}+?(?:[ \t\u00a0\-]+(?:{_LETTER}+[ \t\u00a0\-]+)?)?(?i:administrator|officer|adjuster|adjustor|examiner"
    r"|processor|specialist|representative|coordinator|handler|manager|advisor|adviser|consultant|counselor"
    r"|department|dept|desk|office|hotline|helpline|house|center|centre|team"
    r"|sachbearbeiter\w*|abteilung|gestor|gestora|asesor|asesora|responsable|conseiller|conseillère)"
    rf"(?!{_LETTER})")


def other_number_end(field: str) -> int | None:
    """End of the last word in `field` that names another kind of number than a phone's (the
    word lists, then the compound, abbreviation and "number of ..." rules above); None if none."""
    end = None
    for negative in _NOT_PHONE_WORD.finditer(field):
        if not _ROLE_AFTER.match(field, negative.start()):
            end = negative.end()
    for negative in _CEP_WORD.finditer(field):
        end = max(end or 0, negative.end())
    if not re.search(r"[^\W\d_]|[№°º]", field):
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
        if _MESSAGE_NUMBER.search(field, 0, match.start()):
            continue  # "Text Reminder Number:", "SMS alert number": the number texts are sent to
        before = _WORD_BEFORE.search(field, 0, match.start())
        after = _WORD_AFTER.match(field, match.end())
        neighbours = [m.group(1) for m in (before, after) if m is not None]
        if any(_phone_stem(word) for word in neighbours):
            continue
        if not neighbours and re.fullmatch(r"№|(?i:n\.?[°º]\.?)", match.group()):
            if not re.search(r"\d", field[match.end():]):
                end = match.end()  # "/ № 1306088382 /": the numero sign alone, with no word beside
                # it, numbers an item, an order, a document ("Тел. № …" has its phone word); only
                # the number right after it ("№ 8525419741, 318 748 1571": not a label of a list)
        elif any(len(word) >= 3 and word.lower() not in _NOT_CONTENT for word in neighbours):
            end = (after.end() if after is not None and after.group(1).lower() not in _NOT_CONTENT
                   and len(after.group(1)) >= 3 else match.end())
    for match in _CJK_NUMBER.finditer(field):
        if (not _PHONE_WORD.search(match.group()) or _INQUIRY_NUMBER.search(match.group())) and \
                (end is None or match.end() > end):
            end = match.end()
    for match in _NOUN_FILE.finditer(field):
        if match.group(1).lower() not in _NOT_A_NOUN and not _phone_stem(match.group(1)) and \
                (end is None or match.end() > end):
            end = match.end()
    for match in _SCRIPT_NUMBER.finditer(field):
        words = [word.rstrip("'׳\"") for word in match.groups() if word]
        if words and not any(_phone_stem(word) or _SCRIPT_CONTACT.search(word) for word in words) and \
                any(word not in _SCRIPT_FUNCTION_WORDS for word in words) and \
                (end is None or match.end() > end):
            end = match.end()
    script = script_number_end(field, _phone_stem)
    if script is not None and (end is None or script > end):
        end = script
    return end
# a phone number's extension: the words and abbreviations that lead it ("x 12", "ext. 12",
# "Durchwahl 12", "poste 12", "доб. 12", "内線12") in English and the languages the project keeps
_EXTENSION_WORDS = (r"x|ext\.?|alanumero|alanro\.?|psw\.?|samb\.?|sambungan|vaihde|interior|вътр\.?|дод\.?|máy[ \u00a0]lẻ|एक्सटेंशन|anknytning|ankn\.?|lokal|lok\.?|klapka|kl\.|mellék|mell\.|dahili|εσωτ\.?|вн\.?|內線|ext\.?|extn\.?|extension|extensi[oó]n|ext|doorkiesnummer|toestel|tst\.?|poste|p\.|w\.|"
                    r"durchwahl|dw\.?|app\.?|apparat|int\.?|interno|ramal|extens[ãa]o|anexo|wewn?\.?|доб\.?|внутр\.?|"
                    r"内線|内线|分机|分機|转|轉|ต่อ|linka|내선(?:[ \u00a0]?번호)?|تحويلة|داخلي|داخلی|שלוחה|"
                    # the written-out words of the abbreviations above ("добавочный 338", "εσωτερικό
                    # 652", "nhánh 783": Vietnamese's branch line), and their inflections
                    r"добавочн[а-я]{0,3}|внутренн[а-я]{0,3}|додатков[а-яії]{0,3}|внутрішн[а-яії]{0,3}|вътрешн[а-я]{0,3}|"
                    r"εσωτερικ[όήοςύ]{0,2}|nhánh|số[ \u00a0]lẻ|nebenstelle|wewnętrzn[yae]|lisänumero|sisänumero|sisänro\.?|nội[ \u00a0]bộ|"
                    # Georgian "შიდა" (internal), Armenian "ներքին"
                    r"შიდა|ներքին|"
                    # blind34 round (pii-classes31a): Icelandic "sis." (innanhúss), Lithuanian "vid."
                    # (vidinis), Mongolian "дотуур", Nepali "एक्सटेन्सन", Punjabi "ਐਕਸਟੈਂਸ਼ਨ", Bengali
                    # "এক্সটেনশন", Urdu "ایکسٹینشن", Tamil "நீட்டிப்பு", Khmer "បន្ត" (and "លេខបន្ត")
                    r"sis\.?|vid\.?|дотуур|एक्सटेन्सन|ਐਕਸਟੈਂਸ਼ਨ|এক্সটেনশন|ایکسٹینشن|நீட்டிப்பு|(?:លេខ)?បន្ត")
# Phone words of one language that are everyday words of another: on a page of that other language
# (its first region) they name no phone number ("cel", Spanish and Portuguese "celular", is
# Polish for an aim, "Zebrano / cel: 28 220 202", and Romanian for "the one")
_FALSE_FRIENDS = {"cel": frozenset({"PL", "RO"})}


def false_friend(word: str, regions) -> bool:
    return bool(regions) and regions[0] in _FALSE_FRIENDS.get(word.lower().rstrip("."), ())


# what stands between a phone number and the next number when no word, no list's join ("/", ",",
# "or") and no single space joins them: a gap of spaces, brackets, a date ("+49 30 398392  45964943",
# "+381 60 1973778 (27.05.2026, 86900961)"): the next is another field's value
_BARE_GAP = re.compile(r"[^\w\n]*(?:\d+[^\w\n]*)*")


def bare_after_phone(gap: str) -> bool:
    return bool(_BARE_GAP.fullmatch(gap)) and not (_LIST_JOIN.match(gap) and (gap.strip() or len(gap) < 2))


# A label naming a date, right before a value or heading its column, in English and the languages
# kept: what it names is no phone number, whatever its digits' shape ("Datum 12 03 2025")
_DATE_LABEL = re.compile(r"(?<![^\W\d_])(?:date|datum|dato|data|fecha|päivämäärä|pvm|tarih|dátum|ngày|tanggal|"
                         r"дата|ημερομηνία|תאריך|تاریخ|التاريخ|日期|日付|날짜)[ \t\u00a0]*[.:：]?[ \t\u00a0]*$",
                         re.IGNORECASE)
_PHONE_WORD = regex_cache.compile(PHONE_WORDS, re.IGNORECASE)
_PHONE_LABEL = regex_cache.compile(f"(?:{PHONE_LABELS})\\s*[.:]?\\s*$", re.IGNORECASE)
_PHONE_LABEL_AFTER = regex_cache.compile(f"\\s*(?:[(（][^()（）\\n]{{0,20}}?(?:{PHONE_LABELS}|{PHONE_WORDS})[^()（）\\n]{{0,12}}[)）]"
                                f"|[-–—←]\\s*(?:{PHONE_LABELS}|{PHONE_WORDS}))", re.IGNORECASE)
_NOT_PHONE_WORD = regex_cache.compile(NOT_PHONE_WORDS, re.IGNORECASE)
# a label in brackets right after a number; a label, then a tab, a dash or leader dots, then the number
_NAMED_AFTER = re.compile(r"[ \u00a0]*[(（]([^()（）\d\n]{2,40})[)）]")
_LABEL_CELL = re.compile(r"(?:^|[|\t]\s*)([^\d|\t]{2,40}?)(?:\t|\s[–—-]\s|\s*\.{3,}\s*|[ \u00a0]*\|)\s*$")
# what stands between a label and the second of the numbers it names: one number, then ", " or "/"
_LISTED_AFTER_NUMBER = re.compile(r"[\s:.#№]*\d[\d \-./]*[ ]?[,/;&][ ]?")
# A unit or currency right after a number makes it an amount, whatever stands before it.
_UNIT_AFTER = re.compile(r"[ \u00a0]?(?:[€$£¥₹₽₩฿%‰]|zł|zl\b|kr\b|kč|eur\b|usd\b|gbp\b|chf\b|pln\b|rub\b|"
                         r"руб|р\.|円|元|块|บาท|km\b|kg\b|mb\b|gb\b|kb\b|m²|m2\b|cm\b|mm\b|см\b|мм\b|年|人|次|件|名|回|個|个|"
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
# (the ";" that closes an HTML entity left in the text, "Nr klienta:&nbsp;27 455 …", ends nothing)
_FIELD_END = re.compile(r"\s[|·•–—]\s|[|\t]|;(?<!&nbsp;)(?<!&#160;)(?<!&ensp;)(?<!&emsp;)(?<!&thinsp;)|\s-\s")
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
# (a tag or an entity left from the markup is one more mark: "<b>CEP</b>&nbsp;0503 …")
_CEP_BEFORE = re.compile(r"(?i:cep)(?:</?[a-z]{1,6}>|&nbsp;|[ \t\u00a0]{1,6}|\W){0,4}$")
_EMAIL_NEAR = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")


# An audit or change log's record names its field once and gives its values under value keys
# ("field=ssn old_value=123-45-6789 new_value=123456789", "attr=phone from=… to=…"): the field
# names every value after it on the line, not only the first; the field's name may carry a
# qualifier in brackets or be quoted with spaces ("field=tax_id(SSN)", 'field="Social Security No"')
_RECORD_FIELD = re.compile(r"(?<![\w.-])(?:field|attr|attribute|column|property|field_name|fieldname)[=:]"
                           r"(?:\"([^\"\n=]{1,40})\"|'([^'\n=]{1,40})'|([\w.-]+(?:[ \t]?[(\[][\w .#/-]{1,24}[)\]])?))",
                           re.IGNORECASE)
_VALUE_KEY = re.compile(r"(?<![\w.-])(?:(?:old|new|prev|previous|current|orig|original)(?:[_.-]?(?:value|val))?"
                        r"|value|val|from|to|before|after)=[\"']?$", re.IGNORECASE)


def record_field(text: str, start: int) -> str | None:
    """The field a key=value record names for the value at `start`, when the value is a value
    key's ("new_value=") and a "field=" key stands before it on its line; else None."""
    head = text[max(text.rfind("\n", 0, start) + 1, start - 200):start]
    if not _VALUE_KEY.search(head):
        return None
    field = None
    for field in _RECORD_FIELD.finditer(head):
        pass
    return None if field is None else next(group for group in field.groups() if group is not None)


# A purpose phrase: the word naming another kind of number says what the call is for, not what
# the number is ("Rezervasyon için (0212) 386 50 98 numarasını arayın": for reservations, call;
# "برای سفارش با 0912 … تماس بگیرید": to order, call; "for bookings 0123 … call us"): a
# preposition of purpose before it ("for", "für", "pour", "para", "per", "voor", "för", "dla",
# "для", "برای") with at most one word between, or a postposition after it (Turkish "için").
# `pii_phones` reads it so only when a phone word follows the number in its sentence.
_PURPOSE_BEFORE = re.compile(r"(?:^|[^\w])(?:for|für|pour|para|per|voor|för|dla|для|برای|برا)[ \u00a0\u200c]+"
                             r"(?:[^\W\d_]+[ \u00a0\u200c]+)?[^\W\d_]+\.?$", re.IGNORECASE)
_PURPOSE_AFTER = re.compile(r"[ \u00a0]+(?:için|icin)[ \u00a0:,]*$", re.IGNORECASE)


def purpose_phrase(field: str, negative: int) -> bool:
    """Whether the word naming another number that ends at `negative` in `field` (the number's
    field before it) stands in a phrase of purpose (`_PURPOSE_BEFORE`, `_PURPOSE_AFTER`)."""
    return bool(_PURPOSE_BEFORE.search(field, 0, negative) or _PURPOSE_AFTER.match(field, negative))
