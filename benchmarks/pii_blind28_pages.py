"""People's pages of the blind28 PII set: 12 registers, each wholly in its page's language (see pii_blind28.py)."""

from __future__ import annotations

import random

from benchmarks import pii_blind28_values as V

KEYS = ["tel", "mob", "fax", "mail", "ext", "iban", "cust", "order", "app", "jobid", "callref", "tax", "parcel", "hours", "callus", "member", "bank", "name", "addr", "note", "pay"]

# every word here written for this file; one line per language, fields split by "|"
LEX_RAW = {
    "de": "Tel.|Mobil|Fax|E-Mail|Durchwahl|IBAN|Kundennr.|Bestellnr.|App-Version|Fax-Auftragsnr.|Vorgangsnr. Ihres Anrufs|Steuernr.|Sendungsnr.|Öffnungszeiten|Rufen Sie uns an unter|Mitgliedsnr.|Bankverbindung|Name|Anschrift|Hinweis|Anzahlung mit Karte",
    "it": "Tel.|Cell.|Fax|E-mail|int.|IBAN|Cod. cliente|N. ordine|Versione app|ID invio fax|Rif. chiamata|P. IVA|N. spedizione|Orari|Chiamateci al|N. socio|Coordinate bancarie|Nome|Indirizzo|Nota|Acconto con carta",
    "pl": "Tel.|Kom.|Faks|E-mail|wew.|IBAN|Nr klienta|Nr zamówienia|Wersja aplikacji|Nr zadania faksu|Nr zgłoszenia telefonicznego|NIP|Nr przesyłki|Godziny otwarcia|Zadzwoń do nas:|Nr członkowski|Konto|Imię i nazwisko|Adres|Uwaga|Zaliczka kartą",
    "ja": "電話|携帯|FAX|メール|内線|IBAN|顧客番号|注文番号|アプリのバージョン|FAX送信ID|受付番号|法人番号|お問い合わせ番号|営業時間|お電話は|会員番号|振込先|氏名|住所|備考|カード払い",
    "ar": "هاتف|جوال|فاكس|البريد الإلكتروني|تحويلة|الآيبان|رقم العميل|رقم الطلب|إصدار التطبيق|رقم مهمة الفاكس|الرقم المرجعي للمكالمة|الرقم الضريبي|رقم الشحنة|ساعات العمل|اتصلوا بنا على|رقم العضوية|الحساب البنكي|الاسم|العنوان|ملاحظة|الدفع بالبطاقة",
    "cs": "Tel.|Mobil|Fax|E-mail|linka|IBAN|Č. zákazníka|Č. objednávky|Verze aplikace|ID faxové úlohy|Č. hovoru|DIČ|Č. zásilky|Otevírací doba|Volejte na|Členské č.|Bankovní spojení|Jméno|Adresa|Poznámka|Záloha kartou",
    "hu": "Tel.|Mobil|Fax|E-mail|mellék|IBAN|Ügyfélszám|Rendelésszám|Alkalmazás verzió|Fax feladat azonosító|Hívásazonosító|Adószám|Csomagszám|Nyitvatartás|Hívjon minket:|Tagsági szám|Bankszámla|Név|Cím|Megjegyzés|Előleg kártyával",
    "ru": "Тел.|Моб.|Факс|Эл. почта|доб.|IBAN|№ клиента|№ заказа|Версия приложения|ID факс-задания|Номер обращения|ИНН|Трек-номер|Часы работы|Звоните нам:|Членский билет №|Реквизиты|ФИО|Адрес|Примечание|Предоплата картой",
    "ko": "전화|휴대폰|팩스|이메일|내선|IBAN|고객번호|주문번호|앱 버전|팩스 작업 ID|상담 접수번호|사업자등록번호|송장번호|영업시간|전화 문의|회원번호|입금 계좌|이름|주소|비고|카드 결제",
    "es": "Tel.|Móvil|Fax|Correo|ext.|IBAN|N.º de cliente|N.º de pedido|Versión de la app|ID de envío de fax|Ref. de llamada|NIF|N.º de envío|Horario|Llámanos al|N.º de socio|Cuenta bancaria|Nombre|Dirección|Nota|Señal con tarjeta",
    "fr": "Tél.|Portable|Fax|Courriel|poste|IBAN|N° client|N° de commande|Version de l'appli|N° de tâche fax|Réf. d'appel|SIRET|N° de colis|Horaires|Appelez-nous au|N° d'adhérent|Coordonnées bancaires|Nom|Adresse|Remarque|Acompte par carte",
    "sv": "Tel.|Mobil|Fax|E-post|ankn.|IBAN|Kundnr|Ordernr|Appversion|Faxjobb-ID|Ärendenr för samtalet|Org.nr|Kollinr|Öppettider|Ring oss på|Medlemsnr|Bankkonto|Namn|Adress|Obs|Handpenning med kort",
    "zh": "电话|手机|传真|邮箱|转|IBAN|客户编号|订单号|App版本|传真任务号|来电编号|税号|快递单号|营业时间|欢迎致电|会员号|收款账户|姓名|地址|备注|刷卡定金",
    "el": "Τηλ.|Κιν.|Φαξ|Email|εσωτ.|IBAN|Αρ. πελάτη|Αρ. παραγγελίας|Έκδοση εφαρμογής|Αρ. εργασίας φαξ|Αρ. κλήσης|ΑΦΜ|Αρ. αποστολής|Ωράριο|Καλέστε μας στο|Αρ. μέλους|Τραπεζικός λογαριασμός|Όνομα|Διεύθυνση|Σημείωση|Προκαταβολή με κάρτα",
    "tr": "Tel.|Cep|Faks|E-posta|dahili|IBAN|Müşteri no|Sipariş no|Uygulama sürümü|Faks iş no|Çağrı ref. no|Vergi no|Kargo takip no|Çalışma saatleri|Bizi arayın:|Üye no|Banka hesabı|Ad Soyad|Adres|Not|Kartla kapora",
    "nl": "Tel.|Mobiel|Fax|E-mail|toestel|IBAN|Klantnr.|Bestelnr.|App-versie|Faxopdracht-ID|Gespreksreferentie|KvK-nr.|Zendingnr.|Openingstijden|Bel ons op|Lidnr.|Bankrekening|Naam|Adres|Let op|Aanbetaling per kaart",
    "pt": "Tel.|Telemóvel|Fax|E-mail|ext.|IBAN|N.º cliente|N.º encomenda|Versão da app|ID do fax|Ref. da chamada|NIF|N.º de envio|Horário|Ligue-nos para o|N.º de sócio|Conta bancária|Nome|Morada|Nota|Sinal por cartão",
    "he": "טל'|נייד|פקס|דוא\"ל|שלוחה|IBAN|מס' לקוח|מס' הזמנה|גרסת האפליקציה|מזהה משימת פקס|מס' פנייה|ח.פ.|מס' משלוח|שעות פתיחה|התקשרו אלינו|מס' חבר|חשבון בנק|שם|כתובת|הערה|מקדמה בכרטיס",
    "hi": "फ़ोन|मोबाइल|फ़ैक्स|ईमेल|एक्सटेंशन|IBAN|ग्राहक संख्या|ऑर्डर संख्या|ऐप संस्करण|फ़ैक्स जॉब आईडी|कॉल संदर्भ संख्या|पैन|पार्सल संख्या|समय|हमें कॉल करें|सदस्य संख्या|बैंक खाता|नाम|पता|टिप्पणी|कार्ड से अग्रिम",
    "fi": "Puh.|Matkapuh.|Faksi|Sähköposti|alanumero|IBAN|Asiakasnro|Tilausnro|Sovelluksen versio|Faksityön tunnus|Puhelun viite|Y-tunnus|Lähetystunnus|Aukioloajat|Soita meille|Jäsennro|Pankkitili|Nimi|Osoite|Huom.|Ennakkomaksu kortilla",
    "ro": "Tel.|Mobil|Fax|E-mail|interior|IBAN|Cod client|Nr. comandă|Versiune aplicație|ID lucrare fax|Ref. apel|CUI|AWB|Program|Sunați-ne la|Nr. membru|Cont bancar|Nume|Adresă|Notă|Avans cu cardul",
    "uk": "Тел.|Моб.|Факс|Ел. пошта|дод.|IBAN|№ клієнта|№ замовлення|Версія застосунку|ID факс-завдання|Номер звернення|ЄДРПОУ|ТТН|Графік роботи|Телефонуйте:|№ члена|Рахунок|ПІБ|Адреса|Примітка|Передоплата карткою",
    "th": "โทร.|มือถือ|แฟกซ์|อีเมล|ต่อ|IBAN|รหัสลูกค้า|เลขที่คำสั่งซื้อ|เวอร์ชันแอป|รหัสงานแฟกซ์|เลขอ้างอิงการโทร|เลขประจำตัวผู้เสียภาษี|เลขพัสดุ|เวลาทำการ|โทรหาเรา|เลขสมาชิก|บัญชีธนาคาร|ชื่อ|ที่อยู่|หมายเหตุ|มัดจำด้วยบัตร",
    "fa": "تلفن|همراه|فکس|ایمیل|داخلی|شبا|شماره مشتری|شماره سفارش|نسخه برنامه|شناسه ارسال فکس|شماره پیگیری تماس|کد اقتصادی|کد رهگیری مرسوله|ساعات کاری|با ما تماس بگیرید|شماره عضویت|حساب بانکی|نام|نشانی|توضیح|پیش‌پرداخت با کارت",
    "bg": "Тел.|Моб.|Факс|Имейл|вътр.|IBAN|Клиентски №|Поръчка №|Версия на приложението|ID на факс задача|Номер на обаждане|ЕИК|Товарителница №|Работно време|Обадете се на|Членски №|Банкова сметка|Име|Адрес|Бележка|Капаро с карта",
    "da": "Tlf.|Mobil|Fax|E-mail|lokal|IBAN|Kundenr.|Ordrenr.|App-version|Faxjob-ID|Opkaldsreference|CVR-nr.|Pakkenr.|Åbningstider|Ring til os på|Medlemsnr.|Bankkonto|Navn|Adresse|Bemærk|Depositum med kort",
}
LEX = {lang: dict(zip(KEYS, raw.split("|"))) for lang, raw in LEX_RAW.items()}

# (phone region, TLD, IBAN country or None, digit style used now and then or None)
LANG_INFO = {
    "de": ("DE", "de", "DE", None), "it": ("IT", "it", "IT", None), "pl": ("PL", "pl", "PL", None),
    "ja": ("JP", "jp", None, "full"), "ar": ("SA", "sa", "SA", "arab"), "cs": ("CZ", "cz", "CZ", None),
    "hu": ("HU", "hu", "HU", None), "ru": ("RU", "ru", None, None), "ko": ("KR", "kr", None, None),
    "es": ("ES", "es", "ES", None), "fr": ("FR", "fr", "FR", None), "sv": ("SE", "se", "SE", None),
    "zh": ("CN", "cn", None, "full"), "el": ("GR", "gr", "GR", None), "tr": ("TR", "com.tr", "TR", None),
    "nl": ("NL", "nl", "NL", None), "pt": ("PT", "pt", "PT", None), "he": ("IL", "co.il", "IL", None),
    "hi": ("IN", "in", None, "deva"), "fi": ("FI", "fi", "FI", None), "ro": ("RO", "ro", "RO", None),
    "uk": ("UA", "com.ua", "UA", None), "th": ("TH", "co.th", None, None), "fa": ("IR", "ir", None, "fa"),
    "bg": ("BG", "bg", "BG", None), "da": ("DK", "dk", "DK", None),
}

REGISTERS = {
    "shoe_repair_shop_pages": {
        "de": "Schuhmacherei & Schlüsseldienst am Markt", "it": "Calzoleria artigiana – risuolature in giornata",
        "pl": "Szewc – naprawa obuwia i torebek", "ja": "靴修理・合鍵の店", "ar": "محل تصليح الأحذية والحقائب"},
    "escape_room_bookings": {
        "cs": "Úniková hra „Ztracená laboratoř“ – rezervace", "hu": "Szabadulószoba – foglalás visszaigazolása",
        "ru": "Квест-комната «Подземелье» – бронирование", "ko": "방탈출 카페 예약 확인", "es": "Sala de escape – confirmación de reserva"},
    "archery_club_pages": {
        "fr": "Compagnie d'arc – saison et contacts", "sv": "Bågskytteklubben – träningstider och kontakter",
        "zh": "射箭俱乐部 – 训练时间与联系方式", "el": "Σύλλογος τοξοβολίας – προπονήσεις", "tr": "Okçuluk kulübü – antrenman ve iletişim"},
    "podiatry_clinic_hours": {
        "nl": "Praktijk voor podotherapie – openingstijden", "pt": "Clínica de podologia – horário de atendimento",
        "he": "מרפאת פודיאטריה – שעות קבלה", "hi": "पैरों की देखभाल क्लिनिक – समय सारिणी", "fi": "Jalkaterapiavastaanotto – aukioloajat"},
    "upholstery_workshop_quotes": {
        "de": "Polsterei – Kostenvoranschlag Neubezug", "ro": "Atelier de tapițerie – ofertă de preț",
        "uk": "Оббивна майстерня – кошторис перетяжки", "th": "ร้านหุ้มเบาะ – ใบเสนอราคา", "fa": "کارگاه رویه‌کوبی مبل – پیش‌فاکتور"},
    "caving_club_trip_notices": {
        "fr": "Club de spéléologie – sortie du mois", "cs": "Speleologický klub – plánovaná akce",
        "bg": "Пещерен клуб – предстоящ излет", "ja": "洞窟探検クラブ – 次回の探索", "es": "Grupo de espeleología – próxima salida"},
    "farrier_appointment_pages": {
        "sv": "Hovslagare – bokade besök", "da": "Hovslager – aftaler i denne uge", "pl": "Kowal – terminy kucia koni",
        "ru": "Коваль – запись на расчистку копыт", "ar": "بيطار الخيول – مواعيد التركيب"},
    "sign_language_interpreter_bookings": {
        "it": "Interpreti LIS – prenotazioni", "nl": "Tolkcentrum gebarentaal – boekingen",
        "ko": "수어 통역 예약 안내", "he": "תרגום לשפת הסימנים – הזמנות", "el": "Διερμηνεία νοηματικής – κρατήσεις"},
    "billiard_darts_league_notices": {
        "hu": "Biliárd- és darts-liga – forduló", "tr": "Bilardo ve dart ligi – fikstür",
        "zh": "台球飞镖联赛通知", "uk": "Ліга більярду та дартсу – тур", "pt": "Liga de bilhar e dardos – jornada"},
    "model_railway_club_exhibitions": {
        "de": "Modelleisenbahnclub – Ausstellung im Bürgerhaus", "da": "Modeljernbaneklub – udstilling",
        "fi": "Pienoisrautatiekerho – näyttely", "th": "ชมรมรถไฟจำลอง – นิทรรศการ", "bg": "Клуб за макетни железници – изложба"},
    "dog_grooming_salon_pages": {
        "ro": "Salon de toaletaj canin – programări", "fa": "سالن آرایش سگ – نوبت‌دهی", "hi": "कुत्तों का ग्रूमिंग सैलून – बुकिंग",
        "ja": "トリミングサロン – ご予約", "fr": "Salon de toilettage canin – rendez-vous"},
    "bookbinding_workshop_courses": {
        "it": "Laboratorio di legatoria – corsi", "es": "Taller de encuadernación – cursos",
        "ru": "Переплётная мастерская – курсы", "zh": "手工装帧工作室 – 课程", "ko": "제본 공방 – 수업 안내"},
}

NAMES = {
    "de": ["Jonas Weber", "Petra Hoffmann"], "it": ["Giulia Ferri", "Marco Bianchi"], "pl": ["Anna Nowak", "Piotr Wójcik"],
    "ja": ["佐藤 花子", "鈴木 一郎"], "ar": ["سارة العتيبي", "خالد الحربي"], "cs": ["Jana Dvořáková", "Tomáš Novák"],
    "hu": ["Kovács Eszter", "Nagy Péter"], "ru": ["Ольга Смирнова", "Иван Кузнецов"], "ko": ["김민지", "박서준"],
    "es": ["Lucía García", "Javier Ruiz"], "fr": ["Camille Martin", "Hugo Lefèvre"], "sv": ["Elin Karlsson", "Oskar Nilsson"],
    "zh": ["王芳", "李强"], "el": ["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου"], "tr": ["Ayşe Yılmaz", "Mehmet Demir"],
    "nl": ["Sanne de Vries", "Daan Jansen"], "pt": ["Inês Costa", "Rui Almeida"], "he": ["נועה כהן", "איתי לוי"],
    "hi": ["प्रिया शर्मा", "राहुल वर्मा"], "fi": ["Aino Virtanen", "Mikko Korhonen"], "ro": ["Ioana Popescu", "Andrei Ionescu"],
    "uk": ["Оксана Шевченко", "Андрій Бойко"], "th": ["สมชาย ใจดี", "สุดา แก้วมณี"], "fa": ["مریم احمدی", "رضا کریمی"],
    "bg": ["Мария Иванова", "Георги Петров"], "da": ["Freja Jensen", "Mads Nielsen"],
}
MAIL_USERS = ["info", "kontakt", "booking", "office", "hello", "termine", "m.rossi", "a.k", "desk", "j.doe"]
SHOPS = ["atelier", "werkstatt", "club", "studio", "salon", "centrum", "mistr", "kasa"]


def _phone(rng: random.Random, lang: str, mobile: bool | None = None, intl_share: float = 0.3) -> str:
    region, _, _, dstyle = LANG_INFO[lang]
    n = V.make_number(rng, region, mobile)
    if rng.random() < intl_share:
        s = V.fmt_phone(rng, n, rng.choice(["intl", "e164", "00", "intlsep", "paren0"]))
    else:
        s = V.fmt_phone(rng, n, rng.choice(["nat", "nat", "natsep", "natnone"]))
    if dstyle and rng.random() < 0.3:
        s = V.to_digits(s, dstyle)
    return s


def _ext(rng: random.Random, lang: str) -> str:
    w = LEX[lang]["ext"]
    x = str(rng.randint(2, 499))
    if lang in ("ja", "zh"):
        return f" {w}{x}"
    return rng.choice([f" {w} {x}", f", {w} {x}"])


def _neg_line(rng: random.Random, lang: str) -> str:
    """A phone-shaped number right after a phone-like or id word, unlabelled."""
    L = LEX[lang]
    k = rng.randint(0, 11)
    if k >= 9:  # valid by digits, but the text says what it is
        n = V.make_number(rng, LANG_INFO[lang][0], rng.random() < 0.5)
        val = V.fmt_phone(rng, n, rng.choice(["nat", "natnone", "natsep"]))
        return f"{[L['jobid'], L['callref'], L['order']][k - 9]}: {val}"
    if k == 0:
        return f"{L['app']} {rng.randint(2, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}.{rng.randint(100, 9999)}"
    if k == 1:
        return f"{L['jobid']}: {V.id_number(rng)}"
    if k == 2:
        return f"{L['callref']}: {V.id_number(rng)}"
    if k == 3:
        return f"{L['cust']} {V.id_number(rng)}"
    if k == 4:
        return f"{L['order']} {V.id_number(rng)}"
    if k == 5:
        return f"{L['tax']}: {V.id_number(rng)}"
    if k == 6:
        return f"{L['parcel']}: {V.digits(rng, 12)}"
    if k == 7:
        return f"{L['member']} {V.id_number(rng)} · {V.date(rng, lang)}"
    if rng.random() < 0.5:
        return f"{V.price(rng, lang)} · {rng.randint(1200, 1400)}-{rng.randint(1450, 1900)}"
    return f"{rng.randint(1, 9)} {rng.randint(100, 999)} mm × {rng.randint(1200, 2400)} mm · {V.price(rng, lang)}"


def _email(rng: random.Random, lang: str, reg: str) -> str:
    tld = LANG_INFO[lang][1]
    base = reg.split("_")[0] + rng.choice(SHOPS)
    return f"{rng.choice(MAIL_USERS)}@{base}-{rng.randint(2, 99)}.{tld}"


def _iban(rng: random.Random, lang: str) -> str | None:
    c = LANG_INFO[lang][2]
    return V.fmt_iban(rng, V.make_iban(rng, c)) if c else None


def page(rng: random.Random, reg: str, lang: str, layout: int) -> tuple[str, list[dict], str]:
    L = LEX[lang]
    d = V.Doc()
    title = REGISTERS[reg][lang]
    url = f"https://www.{reg.split('_')[0]}{rng.choice(SHOPS)}{rng.randint(1, 99)}.{LANG_INFO[lang][1]}/"
    if layout == 0:  # prose / notice
        if rng.random() < 0.25:
            d.v("PHONE_NUMBER", _phone(rng, lang, None, 0.6))
            d.t(" — ")
        d.t(title, "\n\n", L["callus"], " ")
        d.v("PHONE_NUMBER", _phone(rng, lang))
        d.t(" · ", L["hours"], " ", V.hours(rng, lang), "\n")
        d.t(L["mob"], " ")
        d.v("PHONE_NUMBER", _phone(rng, lang, True))
        d.t(" / ")
        d.v("PHONE_NUMBER", _phone(rng, lang, True))
        d.t("\n", _neg_line(rng, lang), "\n")
        if rng.random() < 0.5:
            d.t(f"{NAMES[lang][0]} ({L['mob']} ")
            d.v("PHONE_NUMBER", _phone(rng, lang, True, 0.5))
            d.t(f"), {NAMES[lang][1]} ({L['tel']} ")
            d.v("PHONE_NUMBER", _phone(rng, lang, False, 0.5))
            d.t(")\n")
        d.t(L["fax"], ": ")
        p = _phone(rng, lang, False)
        d.v("PHONE_NUMBER", p + _ext(rng, lang) if rng.random() < 0.4 else p)
        d.t("\n", _neg_line(rng, lang), "\n", L["mail"], ": ")
        d.v("EMAIL_ADDRESS", _email(rng, lang, reg))
        d.t("\n", _neg_line(rng, lang), "\n")
        ib = _iban(rng, lang)
        if ib:
            d.t(L["bank"], ": ")
            d.v("IBAN_CODE", ib)
            d.t("\n")
        d.t(L["addr"], ": ", str(rng.randint(1, 180)), ", ", V.digits(rng, 5), " · ", V.date(rng, lang), "\n")
        if rng.random() < 0.9:
            d.t(L["pay"], ": ")
            d.v("CREDIT_CARD", V.group_card(rng, V.make_card(rng)))
            d.t(f" · {L['member']} {V.bad_card(rng)}\n")
        if rng.random() < 0.35:
            d.t(f"{L['note']}: {L['tel']} ")
            n = V.make_number(rng, rng.choice(["DE", "AT", "GB", "US", "CH"]))
            d.v("PHONE_NUMBER", V.fmt_phone(rng, n, rng.choice(["intl", "00", "e164"])))
            d.t("\n")
    elif layout == 1:  # table with a header above
        sep = rng.choice([" | ", "\t", ";"])
        head = [L["name"], L["tel"], L["mob"], L["cust"], L["note"]]
        with_iban = LANG_INFO[lang][2] is not None and rng.random() < 0.7
        if with_iban:
            head.append(L["iban"])
        d.t(title, "\n", sep.join(head), "\n")
        for i in range(rng.randint(3, 5)):
            d.t(NAMES[lang][i % 2], sep)
            d.v("PHONE_NUMBER", _phone(rng, lang, False))
            d.t(sep)
            if rng.random() < 0.8:
                d.v("PHONE_NUMBER", _phone(rng, lang, True))
            else:
                d.t("—")
            d.t(sep, V.id_number(rng), sep, V.date(rng, lang), " ", V.hours(rng, lang)[:5])
            if with_iban:
                d.t(sep)
                d.v("IBAN_CODE", _iban(rng, lang))
            d.t("\n")
        d.t("\n", _neg_line(rng, lang), "\n", L["mail"], ": ")
        d.v("EMAIL_ADDRESS", _email(rng, lang, reg))
        d.t("\n")
    elif layout == 2:  # contact block / form / chat
        d.t(f"[{title}]\n{L['name']}: {NAMES[lang][rng.randint(0, 1)]}\n")
        d.t(f"{L['cust']}: {V.id_number(rng)}\n{L['tel']}: ")
        p = _phone(rng, lang)
        d.v("PHONE_NUMBER", p + _ext(rng, lang) if rng.random() < 0.5 else p)
        d.t("\n", f"{L['order']}: {V.id_number(rng)}\n", _neg_line(rng, lang), "\n")
        d.t('<a href="tel:')
        n = V.make_number(rng, LANG_INFO[lang][0])
        d.v("PHONE_NUMBER", V.fmt_phone(rng, n, "e164"))
        d.t('">', L["tel"], "</a> · ", L["mail"], ' <a href="mailto:')
        e = _email(rng, lang, reg)
        d.v("EMAIL_ADDRESS", e)
        d.t('">', L["mail"], "</a>\n")
        d.t(f"{L['parcel']}: {V.digits(rng, 11)} · {L['app']} {rng.randint(3, 7)}.{rng.randint(0, 20)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}\n")
        ib = _iban(rng, lang)
        if ib and rng.random() < 0.9:
            d.t(f"{L['iban']}: ")
            d.v("IBAN_CODE", ib)
            d.t(f" ({L['note']}: ≠ {V.bad_iban(rng, LANG_INFO[lang][2])})\n")
        if rng.random() < 0.85:
            d.t(f"{L['pay']}: ")
            d.v("CREDIT_CARD", V.group_card(rng, V.make_card(rng)))
            d.t("\n")
        d.t(f"{V.date(rng, lang)} {V.hours(rng, lang)} · {V.email_lookalike(rng, False)}")
    elif layout == 4:  # vCard downloaded from the page
        name = NAMES[lang][rng.randint(0, 1)]
        d.t(f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nORG:{title}\nTEL;TYPE=WORK,VOICE:")
        d.v("PHONE_NUMBER", V.fmt_phone(rng, V.make_number(rng, LANG_INFO[lang][0], False), rng.choice(["intl", "e164"])))
        d.t("\nTEL;TYPE=CELL:")
        d.v("PHONE_NUMBER", V.fmt_phone(rng, V.make_number(rng, LANG_INFO[lang][0], True), rng.choice(["intl", "e164", "nat"])))
        if rng.random() < 0.6:
            d.t("\nTEL;TYPE=FAX:")
            d.v("PHONE_NUMBER", _phone(rng, lang, False, 0.5))
        d.t("\nEMAIL;TYPE=INTERNET:")
        d.v("EMAIL_ADDRESS", _email(rng, lang, reg))
        d.t(f"\nNOTE:{L['cust']} {V.id_number(rng)} / {L['app']} {V.fw_like(rng)} / {L['jobid']} {V.id_number(rng)}\n"
            f"X-SOCIALPROFILE;TYPE=instagram:@{reg.split('_')[0]}_{rng.randint(1, 99)}\n"
            f"PHOTO;VALUE=uri:https://{url.split('//')[1]}img/logo@2x.png\nREV:{V.date(rng, 'sv')}\nEND:VCARD\n")
        d.t(f"{L['hours']}: {V.hours(rng, lang)} · {V.email_lookalike(rng, False)}\n")
    else:  # JSON export of a booking widget
        n1 = V.make_number(rng, LANG_INFO[lang][0])
        d.t('{"widget": "' + reg + '", "lang": "' + lang + '", "customer_id": "' + V.digits(rng, 10) + '", "phone": "')
        d.v("PHONE_NUMBER", V.fmt_phone(rng, n1, rng.choice(["e164", "intl", "nat"])))
        d.t('", "order": "' + V.id_number(rng) + '", "email": "')
        d.v("EMAIL_ADDRESS", _email(rng, lang, reg))
        d.t('", "label": "' + L["tel"] + '", "fax_job": "' + V.id_number(rng) + '", "app_version": "'
            + f"{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" + '", "deposit": {"card": "')
        if rng.random() < 0.7:
            d.v("CREDIT_CARD", V.make_card(rng))
        else:
            d.t(V.bad_card(rng))
        d.t('", "gift_card": "' + V.bad_card(rng).replace(" ", "") + '"')
        if rng.random() < 0.7:
            d.t(', "client_ip": "')
            d.v("IP_ADDRESS", V.public_v4(rng) if rng.random() < 0.7 else V.v6(rng, "global"))
            d.t('", "server": "' + rng.choice(["127.0.0.1", "0.0.0.0", "::1"]) + ':8080"')
        ib = _iban(rng, lang)
        if ib:
            d.t(', "refund_iban": "')
            d.v("IBAN_CODE", ib.replace(" ", ""))
            d.t('"')
        d.t('}}\n')
        d.t(title, " — ", L["callus"], " ")
        d.v("PHONE_NUMBER", _phone(rng, lang))
        if rng.random() < 0.5:
            d.t(" · ", L["fax"], " ")
            d.v("PHONE_NUMBER", _phone(rng, lang, False))
        else:
            d.t(".")
    return d.text(), d.spans, url
