"""Words of the eighth blind PII set's pages (`pii_blind8.py`), one entry per language: home regions
and their web TLDs, the words a page of that language uses for phone, mobile, fax, e-mail, card,
IBAN and the other labels, the sentences that are a value's only context, and the country's own
date and price formats. Written for this set; no phrase comes from another generator.
"""

from __future__ import annotations

import random

# language -> regions whose pages are written in it (first is the most common), digits script
HOME = {
    "en": ["US", "GB", "CA", "AU", "IE", "NZ", "ZA", "SG", "NG", "KE", "PH", "GH"],
    "de": ["DE", "AT", "CH", "LI"], "fr": ["FR", "BE", "CH", "LU", "CA", "MA", "SN", "CI", "TN"],
    "es": ["ES", "MX", "AR", "CO", "CL", "PE", "UY", "EC", "CR"], "it": ["IT", "CH", "SM"],
    "pt": ["PT", "BR", "AO", "MZ"], "nl": ["NL", "BE"], "pl": ["PL"], "sv": ["SE", "FI"], "cs": ["CZ"],
    "tr": ["TR", "CY"], "ru": ["RU", "KZ", "BY", "KG"], "uk": ["UA"], "bg": ["BG"], "el": ["GR", "CY"],
    "ar": ["SA", "AE", "EG", "JO", "QA", "KW", "LB", "OM", "BH", "IQ", "DZ"], "fa": ["IR", "AF"],
    "he": ["IL"], "hi": ["IN"], "zh": ["CN", "TW", "HK", "SG", "MO"], "ja": ["JP"], "ko": ["KR"],
    "th": ["TH"], "vi": ["VN"],
}
# regions whose numbers show up on any page, written internationally
FOREIGN = ["DK", "NO", "RO", "HU", "HR", "SK", "SI", "LT", "LV", "EE", "IS", "MT", "PK", "BD", "LK", "ID",
           "MY", "NP", "ET", "TZ", "UG", "RS", "GE", "AM", "AZ", "UZ", "PE", "VE", "DO", "JM", "IE", "NZ"]
TLD = {"US": "com", "GB": "co.uk", "CA": "ca", "AU": "com.au", "IE": "ie", "NZ": "co.nz", "ZA": "co.za",
       "SG": "sg", "NG": "ng", "KE": "co.ke", "PH": "ph", "GH": "com.gh", "DE": "de", "AT": "at", "CH": "ch",
       "LI": "li", "FR": "fr", "BE": "be", "LU": "lu", "MA": "ma", "SN": "sn", "CI": "ci", "TN": "tn",
       "ES": "es", "MX": "com.mx", "AR": "com.ar", "CO": "com.co", "CL": "cl", "PE": "pe", "UY": "com.uy",
       "EC": "ec", "CR": "cr", "IT": "it", "SM": "sm", "PT": "pt", "BR": "com.br", "AO": "ao", "MZ": "co.mz",
       "NL": "nl", "PL": "pl", "SE": "se", "FI": "fi", "CZ": "cz", "TR": "com.tr", "CY": "com.cy",
       "RU": "ru", "KZ": "kz", "BY": "by", "KG": "kg", "UA": "com.ua", "BG": "bg", "GR": "gr", "SA": "sa",
       "AE": "ae", "EG": "eg", "JO": "jo", "QA": "qa", "KW": "com.kw", "LB": "lb", "OM": "om", "BH": "bh",
       "IQ": "iq", "DZ": "dz", "IR": "ir", "AF": "af", "IL": "co.il", "IN": "in", "CN": "cn", "TW": "tw",
       "HK": "hk", "MO": "mo", "JP": "jp", "KR": "kr", "TH": "th", "VN": "vn"}
# regions with IBANs (others write a domestic account number)
IBAN_HOME = {"DE", "AT", "CH", "LI", "FR", "BE", "LU", "MA", "TN", "ES", "IT", "SM", "PT", "BR", "NL",
             "PL", "SE", "FI", "CZ", "TR", "CY", "KZ", "BY", "UA", "BG", "GR", "SA", "AE", "EG", "JO", "QA",
             "KW", "LB", "BH", "IQ", "IL", "GB", "IE", "MZ"}
IBAN_OK = {"MA", "MZ", "BY", "SN", "CI", "AO", "DZ", "OM"}  # listed by schwifty? checked at use

# The labels: tel, mob, fax, mail, card, exp, iban, acct, name, date, total, order, inv, cust, ref, ext
LEX = {
    "en": {"tel": "Phone", "tel2": "Tel.", "mob": "Mobile", "fax": "Fax", "mail": "Email", "card": "Card number",
               "card2": "Credit card", "exp": "Exp.", "iban": "IBAN", "acct": "Account no.", "name": "Name", "date": "Date",
               "total": "Total", "order": "Order no.", "inv": "Invoice", "cust": "Customer no.", "ref": "Ref.", "ext": " ext. ",
               "call": "Best to call me on {} after six.", "call2": "Reach our office at {} any weekday.",
               "wire": "Please wire it to {} and send me the slip.", "pay": "Charge it to my card {} please.",
               "write": "Questions go to {} and we answer within a day.", "hello": "Hi all,", "bye": "Thanks,",
               "note": "Note", "or_": "or", "postcode": "Postcode", "page": "p."},
    "de": {"tel": "Telefon", "tel2": "Tel.", "mob": "Handy", "fax": "Fax", "mail": "E-Mail", "card": "Kartennummer",
               "card2": "Kreditkarte", "exp": "gültig bis", "iban": "IBAN", "acct": "Kontonr.", "name": "Name", "date": "Datum",
               "total": "Gesamt", "order": "Bestellnr.", "inv": "Rechnung", "cust": "Kundennr.", "ref": "Az.", "ext": " App. ",
               "call": "Ruf mich am besten unter {} an, ab 18 Uhr.", "call2": "Unser Büro erreichen Sie werktags unter {}.",
               "wire": "Bitte überweise den Betrag auf {} und schick mir den Beleg.",
               "pay": "Bitte belasten Sie meine Karte {}.", "write": "Fragen bitte an {}, wir antworten binnen eines Tages.",
               "hello": "Hallo zusammen,", "bye": "Viele Grüße", "note": "Hinweis", "or_": "oder", "postcode": "PLZ", "page": "S."},
    "fr": {"tel": "Téléphone", "tel2": "Tél.", "mob": "Portable", "fax": "Fax", "mail": "Courriel", "card": "Numéro de carte",
               "card2": "Carte bancaire", "exp": "exp.", "iban": "IBAN", "acct": "N° de compte", "name": "Nom", "date": "Date",
               "total": "Total", "order": "N° de commande", "inv": "Facture", "cust": "N° client", "ref": "Réf.", "ext": " poste ",
               "call": "Le mieux est de m'appeler au {} après 18 h.", "call2": "Notre bureau est joignable au {} en semaine.",
               "wire": "Merci de virer la somme sur le {} et de m'envoyer le justificatif.",
               "pay": "Veuillez débiter ma carte {}.", "write": "Vos questions à {}, réponse sous 24 h.",
               "hello": "Bonjour à tous,", "bye": "Cordialement,", "note": "Remarque", "or_": "ou", "postcode": "CP", "page": "p."},
    "es": {"tel": "Teléfono", "tel2": "Tel.", "mob": "Móvil", "fax": "Fax", "mail": "Correo", "card": "Número de tarjeta",
               "card2": "Tarjeta de crédito", "exp": "vence", "iban": "IBAN", "acct": "N.º de cuenta", "name": "Nombre",
               "date": "Fecha", "total": "Total", "order": "N.º de pedido", "inv": "Factura", "cust": "N.º de cliente",
               "ref": "Ref.", "ext": " ext. ", "call": "Mejor llámame al {} a partir de las seis.",
               "call2": "Nuestra oficina atiende en el {} de lunes a viernes.",
               "wire": "Haz la transferencia a {} y mándame el justificante.", "pay": "Cárguelo a mi tarjeta {}, por favor.",
               "write": "Las dudas, a {}; respondemos en un día.", "hello": "Hola a todos:", "bye": "Saludos,",
               "note": "Nota", "or_": "o", "postcode": "C.P.", "page": "pág."},
    "it": {"tel": "Telefono", "tel2": "Tel.", "mob": "Cellulare", "fax": "Fax", "mail": "E-mail", "card": "Numero carta",
               "card2": "Carta di credito", "exp": "scad.", "iban": "IBAN", "acct": "N. conto", "name": "Nome", "date": "Data",
               "total": "Totale", "order": "N. ordine", "inv": "Fattura", "cust": "Cod. cliente", "ref": "Rif.", "ext": " int. ",
               "call": "Chiamami pure al {} dopo le sei.", "call2": "L'ufficio risponde al {} dal lunedì al venerdì.",
               "wire": "Fai il bonifico su {} e mandami la ricevuta.", "pay": "Addebitate pure sulla mia carta {}.",
               "write": "Per domande scrivete a {}, rispondiamo entro un giorno.", "hello": "Ciao a tutti,",
               "bye": "Saluti,", "note": "Nota", "or_": "o", "postcode": "CAP", "page": "pag."},
    "pt": {"tel": "Telefone", "tel2": "Tel.", "mob": "Celular", "fax": "Fax", "mail": "E-mail", "card": "Número do cartão",
               "card2": "Cartão de crédito", "exp": "validade", "iban": "IBAN", "acct": "N.º da conta", "name": "Nome",
               "date": "Data", "total": "Total", "order": "N.º do pedido", "inv": "Fatura", "cust": "N.º de cliente", "ref": "Ref.",
               "ext": " ramal ", "call": "Me liga no {} depois das seis.", "call2": "O escritório atende no {} em dias úteis.",
               "wire": "Faça a transferência para {} e me mande o comprovante.", "pay": "Podem debitar no meu cartão {}.",
               "write": "Dúvidas para {}, respondemos em um dia.", "hello": "Olá a todos,", "bye": "Abraços,",
               "note": "Obs.", "or_": "ou", "postcode": "CEP", "page": "p."},
    "nl": {"tel": "Telefoon", "tel2": "Tel.", "mob": "Mobiel", "fax": "Fax", "mail": "E-mail", "card": "Kaartnummer",
               "card2": "Creditcard", "exp": "geldig t/m", "iban": "IBAN", "acct": "Rekeningnr.", "name": "Naam", "date": "Datum",
               "total": "Totaal", "order": "Bestelnr.", "inv": "Factuur", "cust": "Klantnr.", "ref": "Kenmerk", "ext": " toestel ",
               "call": "Bel me gerust op {} na zessen.", "call2": "Ons kantoor is op werkdagen bereikbaar op {}.",
               "wire": "Maak het bedrag over naar {} en stuur me het bewijs.", "pay": "Schrijf het af van mijn kaart {}.",
               "write": "Vragen naar {}, we antwoorden binnen een dag.", "hello": "Hallo allemaal,", "bye": "Groeten,",
               "note": "Let op", "or_": "of", "postcode": "Postcode", "page": "blz."},
    "pl": {"tel": "Telefon", "tel2": "Tel.", "mob": "Komórka", "fax": "Faks", "mail": "E-mail", "card": "Numer karty",
               "card2": "Karta kredytowa", "exp": "ważna do", "iban": "IBAN", "acct": "Nr konta", "name": "Imię i nazwisko",
               "date": "Data", "total": "Razem", "order": "Nr zamówienia", "inv": "Faktura", "cust": "Nr klienta", "ref": "Sygn.",
               "ext": " wew. ", "call": "Najlepiej dzwoń pod {} po osiemnastej.",
               "call2": "Biuro odbiera pod numerem {} w dni robocze.", "wire": "Przelej kwotę na {} i prześlij potwierdzenie.",
               "pay": "Proszę obciążyć moją kartę {}.", "write": "Pytania prosimy kierować na {}, odpowiadamy w ciągu doby.",
               "hello": "Cześć wszystkim,", "bye": "Pozdrawiam,", "note": "Uwaga", "or_": "lub", "postcode": "Kod", "page": "s."},
    "sv": {"tel": "Telefon", "tel2": "Tfn", "mob": "Mobil", "fax": "Fax", "mail": "E-post", "card": "Kortnummer",
               "card2": "Kreditkort", "exp": "giltigt t.o.m.", "iban": "IBAN", "acct": "Kontonr", "name": "Namn", "date": "Datum",
               "total": "Summa", "order": "Ordernr", "inv": "Faktura", "cust": "Kundnr", "ref": "Ref.", "ext": " ankn. ",
               "call": "Ring mig helst på {} efter sex.", "call2": "Kontoret nås på {} vardagar.",
               "wire": "Sätt in beloppet på {} och skicka kvittot.", "pay": "Dra det från mitt kort {}.",
               "write": "Frågor till {}, vi svarar inom ett dygn.", "hello": "Hej allihop,", "bye": "Hälsningar,",
               "note": "Obs", "or_": "eller", "postcode": "Postnr", "page": "s."},
    "cs": {"tel": "Telefon", "tel2": "Tel.", "mob": "Mobil", "fax": "Fax", "mail": "E-mail", "card": "Číslo karty",
               "card2": "Kreditní karta", "exp": "platnost", "iban": "IBAN", "acct": "Č. účtu", "name": "Jméno", "date": "Datum",
               "total": "Celkem", "order": "Č. objednávky", "inv": "Faktura", "cust": "Č. zákazníka", "ref": "Č. j.",
               "ext": " linka ", "call": "Nejlépe mi volejte na {} po šesté.", "call2": "Kancelář je k zastižení na {} ve všední dny.",
               "wire": "Částku pošlete na {} a pošlete mi doklad.", "pay": "Strhněte to prosím z mé karty {}.",
               "write": "Dotazy na {}, odpovídáme do druhého dne.", "hello": "Ahoj všichni,", "bye": "S pozdravem",
               "note": "Pozn.", "or_": "nebo", "postcode": "PSČ", "page": "s."},
    "tr": {"tel": "Telefon", "tel2": "Tel.", "mob": "Cep", "fax": "Faks", "mail": "E-posta", "card": "Kart numarası",
               "card2": "Kredi kartı", "exp": "SKT", "iban": "IBAN", "acct": "Hesap no", "name": "Ad Soyad", "date": "Tarih",
               "total": "Toplam", "order": "Sipariş no", "inv": "Fatura", "cust": "Müşteri no", "ref": "Ref.", "ext": " dahili ",
               "call": "Akşam altıdan sonra {} numarasından arayın.", "call2": "Ofisimize hafta içi {} numarasından ulaşabilirsiniz.",
               "wire": "Tutarı {} hesabına gönderip dekontu iletir misin?", "pay": "Lütfen {} numaralı kartımdan çekin.",
               "write": "Sorularınızı {} adresine yazın, bir gün içinde yanıtlıyoruz.", "hello": "Merhaba,",
               "bye": "Saygılarımla,", "note": "Not", "or_": "veya", "postcode": "Posta kodu", "page": "s."},
    "ru": {"tel": "Телефон", "tel2": "Тел.", "mob": "Моб.", "fax": "Факс", "mail": "Эл. почта", "card": "Номер карты",
               "card2": "Кредитная карта", "exp": "срок", "iban": "IBAN", "acct": "Счёт №", "name": "ФИО", "date": "Дата",
               "total": "Итого", "order": "Заказ №", "inv": "Счёт-фактура", "cust": "Клиент №", "ref": "Исх. №", "ext": " доб. ",
               "call": "Звоните мне лучше на {} после шести.", "call2": "Офис отвечает по номеру {} в будни.",
               "wire": "Переведите сумму на {} и пришлите квитанцию.", "pay": "Спишите, пожалуйста, с моей карты {}.",
               "write": "Вопросы присылайте на {}, отвечаем в течение суток.", "hello": "Всем привет!",
               "bye": "С уважением,", "note": "Примечание", "or_": "или", "postcode": "Индекс", "page": "с."},
    "uk": {"tel": "Телефон", "tel2": "Тел.", "mob": "Моб.", "fax": "Факс", "mail": "Ел. пошта", "card": "Номер картки",
               "card2": "Кредитна картка", "exp": "термін", "iban": "IBAN", "acct": "Рахунок №", "name": "ПІБ", "date": "Дата",
               "total": "Разом", "order": "Замовлення №", "inv": "Рахунок", "cust": "Клієнт №", "ref": "Вих. №", "ext": " дод. ",
               "call": "Телефонуйте мені на {} після шостої.", "call2": "Офіс відповідає за номером {} у робочі дні.",
               "wire": "Перекажіть суму на {} і надішліть квитанцію.", "pay": "Спишіть, будь ласка, з моєї картки {}.",
               "write": "Питання надсилайте на {}, відповідаємо протягом доби.", "hello": "Привіт усім!",
               "bye": "З повагою,", "note": "Примітка", "or_": "або", "postcode": "Індекс", "page": "с."},
    "bg": {"tel": "Телефон", "tel2": "Тел.", "mob": "Мобилен", "fax": "Факс", "mail": "Имейл", "card": "Номер на карта",
               "card2": "Кредитна карта", "exp": "валидна до", "iban": "IBAN", "acct": "Сметка №", "name": "Име", "date": "Дата",
               "total": "Общо", "order": "Поръчка №", "inv": "Фактура", "cust": "Клиент №", "ref": "Изх. №", "ext": " вътр. ",
               "call": "Обадете ми се на {} след шест.", "call2": "Офисът отговаря на {} в делнични дни.",
               "wire": "Преведете сумата по {} и ми пратете бележката.", "pay": "Моля, изтеглете сумата от картата ми {}.",
               "write": "Въпроси на {}, отговаряме до един ден.", "hello": "Здравейте,", "bye": "Поздрави,",
               "note": "Забележка", "or_": "или", "postcode": "ПК", "page": "с."},
    "el": {"tel": "Τηλέφωνο", "tel2": "Τηλ.", "mob": "Κινητό", "fax": "Φαξ", "mail": "Email", "card": "Αριθμός κάρτας",
               "card2": "Πιστωτική κάρτα", "exp": "λήξη", "iban": "IBAN", "acct": "Αρ. λογαριασμού", "name": "Όνομα",
               "date": "Ημερομηνία", "total": "Σύνολο", "order": "Αρ. παραγγελίας", "inv": "Τιμολόγιο", "cust": "Κωδ. πελάτη",
               "ref": "Αρ. πρωτ.", "ext": " εσωτ. ", "call": "Πάρε με στο {} μετά τις έξι.",
               "call2": "Το γραφείο απαντά στο {} τις καθημερινές.", "wire": "Κάνε την κατάθεση στο {} και στείλε μου το αποδεικτικό.",
               "pay": "Χρεώστε την κάρτα μου {}.", "write": "Ερωτήσεις στο {}, απαντάμε εντός ημέρας.",
               "hello": "Γεια σε όλους,", "bye": "Φιλικά,", "note": "Σημείωση", "or_": "ή", "postcode": "ΤΚ", "page": "σ."},
    "ar": {"tel": "هاتف", "tel2": "ت:", "mob": "جوال", "fax": "فاكس", "mail": "البريد الإلكتروني", "card": "رقم البطاقة",
               "card2": "بطاقة ائتمان", "exp": "تنتهي", "iban": "آيبان", "acct": "رقم الحساب", "name": "الاسم", "date": "التاريخ",
               "total": "الإجمالي", "order": "رقم الطلب", "inv": "فاتورة", "cust": "رقم العميل", "ref": "المرجع", "ext": " تحويلة ",
               "call": "اتصل بي على {} بعد السادسة مساءً.", "call2": "يمكنكم التواصل مع المكتب على {} أيام العمل.",
               "wire": "يرجى تحويل المبلغ إلى {} وإرسال الإيصال.", "pay": "يرجى خصم المبلغ من بطاقتي {}.",
               "write": "للاستفسارات راسلونا على {} ونرد خلال يوم.", "hello": "مرحباً بالجميع،", "bye": "مع التحية،",
               "note": "ملاحظة", "or_": "أو", "postcode": "الرمز البريدي", "page": "ص"},
    "fa": {"tel": "تلفن", "tel2": "تلفن:", "mob": "همراه", "fax": "دورنگار", "mail": "ایمیل", "card": "شماره کارت",
               "card2": "کارت اعتباری", "exp": "انقضا", "iban": "شبا", "acct": "شماره حساب", "name": "نام", "date": "تاریخ",
               "total": "جمع کل", "order": "شماره سفارش", "inv": "فاکتور", "cust": "کد مشتری", "ref": "شماره", "ext": " داخلی ",
               "call": "بعد از ساعت شش با {} تماس بگیرید.", "call2": "دفتر در روزهای کاری به شماره {} پاسخ می‌دهد.",
               "wire": "لطفاً مبلغ را به {} واریز کنید و رسید را بفرستید.", "pay": "لطفاً از کارت من {} برداشت کنید.",
               "write": "پرسش‌ها را به {} بفرستید؛ ظرف یک روز پاسخ می‌دهیم.", "hello": "سلام به همه،",
               "bye": "با احترام،", "note": "توجه", "or_": "یا", "postcode": "کد پستی", "page": "ص"},
    "he": {"tel": "טלפון", "tel2": "טל'", "mob": "נייד", "fax": "פקס", "mail": "דוא\"ל", "card": "מספר כרטיס",
               "card2": "כרטיס אשראי", "exp": "תוקף", "iban": "IBAN", "acct": "מס' חשבון", "name": "שם", "date": "תאריך",
               "total": "סה\"כ", "order": "מס' הזמנה", "inv": "חשבונית", "cust": "מס' לקוח", "ref": "אסמכתא", "ext": " שלוחה ",
               "call": "הכי טוב להתקשר אליי ל-{} אחרי שש.", "call2": "המשרד זמין בימי חול בטלפון {}.",
               "wire": "נא להעביר את הסכום ל-{} ולשלוח לי אישור.", "pay": "נא לחייב את הכרטיס שלי {}.",
               "write": "שאלות ל-{}, נענה תוך יום.", "hello": "שלום לכולם,", "bye": "בברכה,",
               "note": "הערה", "or_": "או", "postcode": "מיקוד", "page": "עמ'"},
    "hi": {"tel": "फ़ोन", "tel2": "दूरभाष", "mob": "मोबाइल", "fax": "फ़ैक्स", "mail": "ईमेल", "card": "कार्ड नंबर",
               "card2": "क्रेडिट कार्ड", "exp": "समाप्ति", "iban": "IBAN", "acct": "खाता संख्या", "name": "नाम", "date": "दिनांक",
               "total": "कुल", "order": "ऑर्डर संख्या", "inv": "बिल", "cust": "ग्राहक संख्या", "ref": "संदर्भ", "ext": " एक्सटेंशन ",
               "call": "शाम छह बजे के बाद मुझे {} पर फ़ोन करें।", "call2": "कार्यालय से कार्यदिवसों में {} पर संपर्क करें।",
               "wire": "कृपया राशि {} में भेजें और रसीद भेज दें।", "pay": "कृपया मेरे कार्ड {} से राशि काट लें।",
               "write": "प्रश्न {} पर भेजें, हम एक दिन में उत्तर देते हैं।", "hello": "सभी को नमस्ते,",
               "bye": "धन्यवाद,", "note": "सूचना", "or_": "या", "postcode": "पिन कोड", "page": "पृ."},
    "zh": {"tel": "电话", "tel2": "电话：", "mob": "手机", "fax": "传真", "mail": "电子邮箱", "card": "卡号", "card2": "信用卡",
               "exp": "有效期", "iban": "IBAN", "acct": "账号", "name": "姓名", "date": "日期", "total": "合计", "order": "订单号",
               "inv": "发票", "cust": "客户编号", "ref": "编号", "ext": "转", "call": "晚上六点后打我电话{}就行。",
               "call2": "办公室工作日接听电话{}。", "wire": "请把钱汇到{}，再把回单发给我。", "pay": "请从我的信用卡{}扣款。",
               "write": "有问题请发邮件至{}，一天内回复。", "hello": "大家好，", "bye": "谢谢！", "note": "备注", "or_": "或",
               "postcode": "邮编", "page": "第"},
    "ja": {"tel": "電話", "tel2": "TEL", "mob": "携帯", "fax": "FAX", "mail": "メール", "card": "カード番号",
               "card2": "クレジットカード", "exp": "有効期限", "iban": "IBAN", "acct": "口座番号", "name": "氏名", "date": "日付",
               "total": "合計", "order": "注文番号", "inv": "請求書", "cust": "お客様番号", "ref": "管理番号", "ext": " 内線",
               "call": "夕方6時以降なら{}に電話ください。", "call2": "事務所へは平日{}までお電話ください。",
               "wire": "{}にお振込みのうえ、控えをお送りください。", "pay": "カード{}で決済してください。",
               "write": "ご質問は{}まで。一日以内に返信します。", "hello": "皆さま", "bye": "よろしくお願いします。",
               "note": "備考", "or_": "または", "postcode": "〒", "page": "p."},
    "ko": {"tel": "전화", "tel2": "Tel", "mob": "휴대폰", "fax": "팩스", "mail": "이메일", "card": "카드번호", "card2": "신용카드",
               "exp": "유효기간", "iban": "IBAN", "acct": "계좌번호", "name": "성명", "date": "날짜", "total": "합계",
               "order": "주문번호", "inv": "청구서", "cust": "고객번호", "ref": "문서번호", "ext": " 내선 ",
               "call": "저녁 6시 이후에 {}로 전화 주세요.", "call2": "사무실은 평일에 {}로 연락 가능합니다.",
               "wire": "{}로 송금하시고 영수증을 보내 주세요.", "pay": "제 카드 {}로 결제해 주세요.",
               "write": "문의는 {}로 보내 주시면 하루 안에 답변드립니다.", "hello": "안녕하세요,", "bye": "감사합니다.",
               "note": "참고", "or_": "또는", "postcode": "우편번호", "page": "쪽"},
    "th": {"tel": "โทรศัพท์", "tel2": "โทร.", "mob": "มือถือ", "fax": "แฟกซ์", "mail": "อีเมล", "card": "หมายเลขบัตร",
               "card2": "บัตรเครดิต", "exp": "หมดอายุ", "iban": "IBAN", "acct": "เลขที่บัญชี", "name": "ชื่อ", "date": "วันที่",
               "total": "รวม", "order": "เลขที่คำสั่งซื้อ", "inv": "ใบแจ้งหนี้", "cust": "รหัสลูกค้า", "ref": "เลขที่อ้างอิง",
               "ext": " ต่อ ", "call": "โทรหาผมที่ {} หลังหกโมงเย็นนะครับ", "call2": "ติดต่อสำนักงานได้ที่ {} ในวันทำการ",
               "wire": "กรุณาโอนเงินไปที่ {} แล้วส่งสลิปมาให้ด้วย", "pay": "กรุณาตัดเงินจากบัตรของฉัน {}",
               "write": "สอบถามได้ที่ {} ตอบกลับภายในหนึ่งวัน", "hello": "สวัสดีทุกคน", "bye": "ขอบคุณครับ",
               "note": "หมายเหตุ", "or_": "หรือ", "postcode": "รหัสไปรษณีย์", "page": "หน้า"},
    "vi": {"tel": "Điện thoại", "tel2": "ĐT:", "mob": "Di động", "fax": "Fax", "mail": "Email", "card": "Số thẻ",
               "card2": "Thẻ tín dụng", "exp": "hết hạn", "iban": "IBAN", "acct": "Số tài khoản", "name": "Họ tên", "date": "Ngày",
               "total": "Tổng cộng", "order": "Mã đơn hàng", "inv": "Hóa đơn", "cust": "Mã khách hàng", "ref": "Số",
               "ext": " máy lẻ ", "call": "Sau sáu giờ tối cứ gọi tôi theo số {} nhé.", "call2": "Văn phòng nghe máy ở số {} vào ngày thường.",
               "wire": "Vui lòng chuyển khoản vào {} rồi gửi biên lai cho tôi.", "pay": "Vui lòng trừ tiền vào thẻ {} của tôi.",
               "write": "Thắc mắc xin gửi về {}, chúng tôi trả lời trong một ngày.", "hello": "Chào mọi người,",
               "bye": "Trân trọng,", "note": "Ghi chú", "or_": "hoặc", "postcode": "Mã bưu chính", "page": "tr."},
}

# native display names with the ASCII local part an e-mail of theirs uses
NAMES = {
    "en": [("Megan O'Rourke", "megan.orourke"), ("Darnell Price", "dprice"), ("Priya Raman", "priya.raman"),
           ("Tom Whitlock", "t.whitlock"), ("Keisha Boone", "keishab")],
    "de": [("Jörg Kästner", "joerg.kaestner"), ("Annika Vogt", "a.vogt"), ("Mehmet Yıldız", "m.yildiz"),
           ("Sabine Löffler", "sabine.loeffler")],
    "fr": [("Élodie Marchand", "elodie.marchand"), ("Karim Benali", "k.benali"), ("Thibault Roux", "troux")],
    "es": [("Lucía Ferrán", "lucia.ferran"), ("Joaquín Salas", "jsalas"), ("Marisol Ibáñez", "m.ibanez")],
    "it": [("Giulia Pastore", "giulia.pastore"), ("Enzo Caruso", "e.caruso"), ("Rosaria Lupo", "rlupo")],
    "pt": [("João Tavares", "joao.tavares"), ("Thaís Moura", "thais.moura"), ("Rui Fontes", "rfontes")],
    "nl": [("Sanne de Wit", "sanne.dewit"), ("Bram Kuipers", "b.kuipers"), ("Ilse van Dam", "ilsevandam")],
    "pl": [("Agnieszka Wróbel", "a.wrobel"), ("Paweł Grzyb", "pawel.grzyb"), ("Zofia Kurek", "zkurek")],
    "sv": [("Linnéa Åberg", "linnea.aberg"), ("Oskar Lind", "oskar.lind"), ("Maja Sundqvist", "m.sundqvist")],
    "cs": [("Tereza Dvořáková", "tereza.dvorakova"), ("Ondřej Malý", "o.maly"), ("Jiří Beneš", "jbenes")],
    "tr": [("Elif Aydın", "elif.aydin"), ("Burak Şahin", "burak.sahin"), ("Zeynep Koç", "zkoc")],
    "ru": [("Ольга Сорокина", "o.sorokina"), ("Дмитрий Белов", "dbelov"), ("Анна Кравец", "anna.kravets")],
    "uk": [("Оксана Гнатюк", "oksana.hnatiuk"), ("Тарас Мельник", "t.melnyk"), ("Ірина Бойко", "iboiko")],
    "bg": [("Мария Стоянова", "m.stoyanova"), ("Георги Колев", "gkolev"), ("Деница Петрова", "denitsa.p")],
    "el": [("Ελένη Παππά", "eleni.pappa"), ("Νίκος Βλάχος", "n.vlachos"), ("Σοφία Ραφτοπούλου", "sraftop")],
    "ar": [("فاطمة الزهراني", "f.alzahrani"), ("خالد العتيبي", "khalid.otaibi"), ("ريم حداد", "reem.haddad")],
    "fa": [("مریم رضایی", "maryam.rezaei"), ("علی کریمی", "a.karimi"), ("نگار احمدی", "negar.ahmadi")],
    "he": [("נועה כהן", "noa.cohen"), ("איתי לוי", "itai.levi"), ("שירה מזרחי", "shira.m")],
    "hi": [("अनिता शर्मा", "anita.sharma"), ("राहुल वर्मा", "rahul.verma"), ("सुनील यादव", "s.yadav")],
    "zh": [("王丽华", "wang.lihua"), ("陈建国", "chenjianguo"), ("刘芳", "liufang88")],
    "ja": [("佐藤美咲", "misaki.sato"), ("高橋健太", "k.takahashi"), ("中村由美", "yumi-nakamura")],
    "ko": [("김민지", "minji.kim"), ("박준호", "junho.park"), ("이서연", "seoyeon.lee")],
    "th": [("สมชาย ใจดี", "somchai.j"), ("วิภาวรรณ ทองดี", "wipawan.t"), ("อนุชา ศรีสุข", "anucha.s")],
    "vi": [("Nguyễn Thu Hà", "thuha.nguyen"), ("Trần Minh Quân", "quan.tran"), ("Lê Thị Mai", "mai.le")],
}

MAIL_HOSTS = {"en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com"], "de": ["web.de", "gmx.de", "t-online.de"],
              "fr": ["orange.fr", "free.fr", "laposte.net"], "es": ["gmail.com", "hotmail.es", "telefonica.net"],
              "it": ["libero.it", "virgilio.it", "alice.it"], "pt": ["sapo.pt", "uol.com.br", "bol.com.br"],
              "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl"], "pl": ["wp.pl", "onet.pl", "o2.pl"],
              "sv": ["telia.com", "bredband.net", "gmail.com"], "cs": ["seznam.cz", "centrum.cz", "email.cz"],
              "tr": ["hotmail.com.tr", "yandex.com.tr", "gmail.com"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
              "uk": ["ukr.net", "i.ua", "meta.ua"], "bg": ["abv.bg", "mail.bg", "dir.bg"],
              "el": ["otenet.gr", "yahoo.gr", "gmail.com"], "ar": ["gmail.com", "hotmail.com", "outlook.sa"],
              "fa": ["chmail.ir", "yahoo.com", "gmail.com"], "he": ["walla.co.il", "gmail.com", "013.net"],
              "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"], "zh": ["qq.com", "163.com", "126.com"],
              "ja": ["docomo.ne.jp", "yahoo.co.jp", "ezweb.ne.jp"], "ko": ["naver.com", "daum.net", "hanmail.net"],
              "th": ["hotmail.co.th", "gmail.com", "truemail.co.th"], "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"]}

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def date_str(lang: str, region: str, rng: random.Random) -> str:
    """A date as pages of that language and country write it."""
    y, m, d = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if lang == "en":
        if region == "US":
            return rng.choice([f"{m:02d}/{d:02d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}", f"{m}/{d}/{str(y)[2:]}"])
        return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_EN[m - 1]} {y}"])
    if lang in ("de", "pl", "ru", "uk", "tr", "he", "cs"):
        return f"{d}. {m}. {y}" if lang == "cs" else f"{d:02d}.{m:02d}.{y}"
    if lang == "bg":
        return f"{d:02d}.{m:02d}.{y} г."
    if lang == "sv":
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "nl":
        return f"{d:02d}-{m:02d}-{y}"
    if lang in ("zh", "ja"):
        return f"{y}年{m}月{d}日"
    if lang == "ko":
        return f"{y}. {m}. {d}."
    if lang == "th":
        return f"{d:02d}/{m:02d}/{y + 543}"
    if lang == "fa":
        from pii_blind8_values import script_digits
        return script_digits(f"{y - 621}/{m:02d}/{d:02d}", "persian")
    return f"{d:02d}/{m:02d}/{y}"


def price_str(lang: str, region: str, rng: random.Random) -> str:
    """An amount as pages of that language and country write it."""
    whole, cents = rng.randint(12, 4800), rng.randint(0, 99)
    th = f"{whole:,}"
    dot_th = th.replace(",", ".")
    sp_th = th.replace(",", " ")
    return {
        "en": f"£{th}.{cents:02d}" if region == "GB" else f"${th}.{cents:02d}",
        "de": f"{dot_th},{cents:02d} €" if region != "CH" else f"CHF {th.replace(',', chr(39))}.{cents:02d}",
        "fr": f"{sp_th},{cents:02d} €", "es": f"{dot_th},{cents:02d} €" if region == "ES" else f"${dot_th}",
        "it": f"€ {dot_th},{cents:02d}", "pt": f"R$ {dot_th},{cents:02d}" if region == "BR" else f"{dot_th},{cents:02d} €",
        "nl": f"€ {dot_th},{cents:02d}", "pl": f"{sp_th},{cents:02d} zł", "sv": f"{sp_th} kr",
        "cs": f"{sp_th} Kč", "tr": f"{dot_th},{cents:02d} TL", "ru": f"{sp_th} ₽", "uk": f"{sp_th} грн",
        "bg": f"{whole},{cents:02d} лв.", "el": f"{dot_th},{cents:02d} €", "ar": f"{th} ر.س",
        "fa": f"{th}٬۰۰۰ ریال", "he": f"₪{th}", "hi": f"₹{th}", "zh": f"¥{th}.{cents:02d}",
        "ja": f"¥{whole * 10:,}", "ko": f"{whole * 100:,}원", "th": f"{th} บาท", "vi": f"{whole * 1000:,}".replace(",", ".") + " ₫",
    }[lang]
