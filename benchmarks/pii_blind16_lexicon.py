"""Words of the blind16 PII set's pages, per language (see pii_blind16.py)."""

# phone | mobile | fax | e-mail | card | IBAN | order no. | invoice no. | customer no. | date | amount |
# case / file ref. | tracking no. | postcode | weight | serial no. | name | opening hours | account no. |
# booking no. | guarantee
KEYS = ["phone", "mobile", "fax", "email", "card", "iban", "order", "invoice", "customer", "date", "amount", "case",
        "tracking", "postcode", "weight", "serial", "name", "hours", "account", "booking", "guarantee"]
RAW = {
    "en": "Phone|Mobile|Fax|Email|Card number|IBAN|Order no.|Invoice no.|Customer no.|Date|Amount|Our ref.|Tracking no.|Postcode|Weight|Serial no.|Name|Opening hours|Account no.|Booking ref.|Card held as guarantee",
    "de": "Telefon|Mobil|Fax|E-Mail|Kartennummer|IBAN|Bestellnr.|Rechnungsnr.|Kundennr.|Datum|Betrag|Aktenzeichen|Sendungsnr.|PLZ|Gewicht|Seriennr.|Name|Öffnungszeiten|Kontonr.|Buchungsnr.|Kreditkarte als Sicherheit",
    "fr": "Téléphone|Portable|Fax|Courriel|Numéro de carte|IBAN|N° de commande|N° de facture|N° client|Date|Montant|Réf. dossier|N° de suivi|Code postal|Poids|N° de série|Nom|Horaires|N° de compte|N° de réservation|Carte de garantie",
    "es": "Teléfono|Móvil|Fax|Correo electrónico|Número de tarjeta|IBAN|N.º de pedido|N.º de factura|N.º de cliente|Fecha|Importe|Expediente|N.º de seguimiento|Código postal|Peso|N.º de serie|Nombre|Horario|N.º de cuenta|Localizador|Tarjeta de garantía",
    "it": "Telefono|Cellulare|Fax|E-mail|Numero carta|IBAN|N. ordine|N. fattura|Cod. cliente|Data|Importo|Pratica n.|N. spedizione|CAP|Peso|N. di serie|Nome|Orari|N. conto|Cod. prenotazione|Carta a garanzia",
    "pt": "Telefone|Telemóvel|Fax|E-mail|Número do cartão|IBAN|N.º da encomenda|N.º da fatura|N.º de cliente|Data|Valor|Processo n.º|Código de rastreio|Código postal|Peso|N.º de série|Nome|Horário|N.º da conta|Reserva n.º|Cartão de garantia",
    "nl": "Telefoon|Mobiel|Fax|E-mail|Kaartnummer|IBAN|Bestelnr.|Factuurnr.|Klantnr.|Datum|Bedrag|Dossiernr.|Trackingnr.|Postcode|Gewicht|Serienr.|Naam|Openingstijden|Rekeningnr.|Boekingsnr.|Creditcard als garantie",
    "pl": "Telefon|Komórka|Faks|E-mail|Numer karty|IBAN|Nr zamówienia|Nr faktury|Nr klienta|Data|Kwota|Sygn. akt|Nr przesyłki|Kod pocztowy|Waga|Nr seryjny|Imię i nazwisko|Godziny otwarcia|Nr rachunku|Nr rezerwacji|Karta jako gwarancja",
    "sv": "Telefon|Mobil|Fax|E-post|Kortnummer|IBAN|Ordernr|Fakturanr|Kundnr|Datum|Belopp|Ärendenr|Kollinr|Postnr|Vikt|Serienr|Namn|Öppettider|Kontonr|Bokningsnr|Kort som garanti",
    "cs": "Telefon|Mobil|Fax|E-mail|Číslo karty|IBAN|Č. objednávky|Č. faktury|Č. zákazníka|Datum|Částka|Č. j.|Č. zásilky|PSČ|Hmotnost|Výrobní č.|Jméno|Otevírací doba|Č. účtu|Č. rezervace|Karta jako záruka",
    "tr": "Telefon|Cep|Faks|E-posta|Kart numarası|IBAN|Sipariş no|Fatura no|Müşteri no|Tarih|Tutar|Dosya no|Takip no|Posta kodu|Ağırlık|Seri no|Ad Soyad|Çalışma saatleri|Hesap no|Rezervasyon no|Teminat kartı",
    "ru": "Телефон|Моб.|Факс|Эл. почта|Номер карты|IBAN|Заказ №|Счёт №|Клиент №|Дата|Сумма|Дело №|Трек-номер|Индекс|Вес|Серийный №|ФИО|Часы работы|Р/с|Бронь №|Карта для гарантии",
    "uk": "Телефон|Моб.|Факс|Ел. пошта|Номер картки|IBAN|Замовлення №|Рахунок-фактура №|Клієнт №|Дата|Сума|Справа №|ТТН|Індекс|Вага|Серійний №|ПІБ|Години роботи|Рахунок №|Бронювання №|Картка-гарантія",
    "bg": "Телефон|Мобилен|Факс|Имейл|Номер на карта|IBAN|Поръчка №|Фактура №|Клиент №|Дата|Сума|Преписка №|Товарителница|Пощенски код|Тегло|Сериен №|Име|Работно време|Сметка №|Резервация №|Карта за гаранция",
    "el": "Τηλέφωνο|Κινητό|Φαξ|Email|Αριθμός κάρτας|IBAN|Αρ. παραγγελίας|Αρ. τιμολογίου|Κωδ. πελάτη|Ημερομηνία|Ποσό|Αρ. φακέλου|Αρ. αποστολής|Τ.Κ.|Βάρος|Σειριακός αρ.|Ονοματεπώνυμο|Ωράριο|Αρ. λογαριασμού|Κωδ. κράτησης|Κάρτα εγγύησης",
    "ar": "هاتف|جوال|فاكس|البريد الإلكتروني|رقم البطاقة|الآيبان|رقم الطلب|رقم الفاتورة|رقم العميل|التاريخ|المبلغ|رقم الملف|رقم التتبع|الرمز البريدي|الوزن|الرقم التسلسلي|الاسم|ساعات العمل|رقم الحساب|رقم الحجز|بطاقة الضمان",
    "fa": "تلفن|همراه|فکس|ایمیل|شماره کارت|شبا/IBAN|شماره سفارش|شماره فاکتور|کد مشتری|تاریخ|مبلغ|شماره پرونده|کد رهگیری|کد پستی|وزن|شماره سریال|نام|ساعات کاری|شماره حساب|کد رزرو|کارت ضمانت",
    "he": "טלפון|נייד|פקס|דוא\"ל|מספר כרטיס|IBAN|מס' הזמנה|מס' חשבונית|מס' לקוח|תאריך|סכום|מס' תיק|מס' משלוח|מיקוד|משקל|מס' סידורי|שם|שעות פתיחה|מס' חשבון|מס' הזמנה במלון|כרטיס לביטחון",
    "hi": "फ़ोन|मोबाइल|फ़ैक्स|ईमेल|कार्ड नंबर|IBAN|ऑर्डर नं.|बिल नं.|ग्राहक सं.|दिनांक|राशि|फ़ाइल सं.|ट्रैकिंग नं.|पिन कोड|वज़न|सीरियल नं.|नाम|समय|खाता सं.|बुकिंग सं.|गारंटी कार्ड",
    "zh": "电话|手机|传真|电子邮箱|卡号|IBAN|订单号|发票号|客户编号|日期|金额|案卷号|运单号|邮编|重量|序列号|姓名|营业时间|账号|预订号|担保信用卡",
    "ja": "電話|携帯|FAX|メール|カード番号|IBAN|注文番号|請求書番号|お客様番号|日付|金額|整理番号|お問い合わせ番号|郵便番号|重量|製造番号|氏名|営業時間|口座番号|予約番号|保証用カード",
    "ko": "전화|휴대폰|팩스|이메일|카드번호|IBAN|주문번호|송장번호|고객번호|날짜|금액|사건번호|운송장번호|우편번호|무게|일련번호|성명|영업시간|계좌번호|예약번호|보증 카드",
    "th": "โทร|มือถือ|แฟกซ์|อีเมล|หมายเลขบัตร|IBAN|เลขที่คำสั่งซื้อ|เลขที่ใบแจ้งหนี้|รหัสลูกค้า|วันที่|จำนวนเงิน|เลขที่เรื่อง|เลขพัสดุ|รหัสไปรษณีย์|น้ำหนัก|หมายเลขเครื่อง|ชื่อ|เวลาทำการ|เลขที่บัญชี|รหัสการจอง|บัตรค้ำประกัน",
    "hu": "Telefon|Mobil|Fax|E-mail|Kártyaszám|IBAN|Rendelésszám|Számlaszám|Ügyfélszám|Dátum|Összeg|Ügyszám|Csomagszám|Irányítószám|Súly|Gyári szám|Név|Nyitvatartás|Számlaszám (belföldi)|Foglalási szám|Garanciakártya",
    "ro": "Telefon|Mobil|Fax|E-mail|Număr card|IBAN|Nr. comandă|Nr. factură|Cod client|Data|Suma|Nr. dosar|AWB|Cod poștal|Greutate|Serie|Nume|Program|Nr. cont|Cod rezervare|Card de garanție",
}
LABELS = {lang: dict(zip(KEYS, raw.split("|"), strict=True)) for lang, raw in RAW.items()}

# sentences: call me | write to | wire to | paid with card | order shipped (look-alike) | fax | my number changed
SENT = {
    "en": "Just ring me on {} after six.|Drop a line to {} and we'll confirm.|Please wire the deposit to {}.|I paid with my card {} but got no receipt.|Your order {} left our warehouse today.|Faxes go to {}.|My new number is {}, the old one is gone.",
    "de": "Rufen Sie mich einfach unter {} an.|Schreiben Sie uns an {}, wir bestätigen dann.|Bitte überweisen Sie die Anzahlung auf {}.|Ich habe mit meiner Karte {} gezahlt, aber keinen Beleg bekommen.|Ihre Bestellung {} hat heute unser Lager verlassen.|Faxe bitte an {}.|Meine neue Nummer ist {}, die alte gibt es nicht mehr.",
    "fr": "Appelez-moi au {} après 18 h.|Écrivez-nous à {} et nous confirmerons.|Merci de virer l'acompte sur {}.|J'ai payé avec ma carte {} sans recevoir de reçu.|Votre commande {} a quitté l'entrepôt aujourd'hui.|Les fax sont à envoyer au {}.|Mon nouveau numéro est le {}, l'ancien n'existe plus.",
    "es": "Llámame al {} a partir de las seis.|Escríbenos a {} y te confirmamos.|Por favor, transfiere la señal a {}.|Pagué con mi tarjeta {} y no recibí justificante.|Su pedido {} salió hoy del almacén.|Los faxes, al {}.|Mi nuevo número es el {}, el antiguo ya no existe.",
    "it": "Chiamami al {} dopo le sei.|Scrivici a {} e ti confermiamo.|Per favore bonifica l'acconto su {}.|Ho pagato con la carta {} ma non ho ricevuto la ricevuta.|Il tuo ordine {} è partito oggi dal magazzino.|I fax vanno al {}.|Il mio nuovo numero è {}, il vecchio non esiste più.",
    "pt": "Ligue-me para o {} depois das seis.|Escreva para {} e confirmamos.|Por favor transfira o sinal para {}.|Paguei com o meu cartão {} e não recebi recibo.|A sua encomenda {} saiu hoje do armazém.|Os faxes vão para o {}.|O meu novo número é {}, o antigo já não existe.",
    "nl": "Bel me gerust op {} na zessen.|Mail naar {} en we bevestigen.|Maak de aanbetaling over naar {}.|Ik betaalde met mijn kaart {} maar kreeg geen bon.|Uw bestelling {} heeft vandaag ons magazijn verlaten.|Faxen naar {}.|Mijn nieuwe nummer is {}, het oude is opgezegd.",
    "pl": "Proszę dzwonić pod {} po osiemnastej.|Napisz na {}, potwierdzimy.|Zaliczkę proszę przelać na {}.|Zapłaciłem kartą {} i nie dostałem potwierdzenia.|Zamówienie {} opuściło dziś magazyn.|Faksy prosimy kierować na {}.|Mój nowy numer to {}, starego już nie ma.",
    "sv": "Ring mig på {} efter sex.|Skriv till {} så bekräftar vi.|Betala in handpenningen till {}.|Jag betalade med kortet {} men fick inget kvitto.|Din order {} har lämnat lagret i dag.|Fax skickas till {}.|Mitt nya nummer är {}, det gamla är uppsagt.",
    "cs": "Zavolejte mi na {} po šesté.|Napište na {} a potvrdíme.|Zálohu prosím pošlete na {}.|Platil jsem kartou {} a nedostal účtenku.|Vaše objednávka {} dnes opustila sklad.|Faxy posílejte na {}.|Moje nové číslo je {}, staré už neplatí.",
    "tr": "Akşam altıdan sonra {} numarasından arayın.|{} adresine yazın, onaylayalım.|Kaporayı lütfen {} hesabına gönderin.|{} numaralı kartımla ödedim ama fiş gelmedi.|{} numaralı siparişiniz bugün depodan çıktı.|Fakslar {} numarasına.|Yeni numaram {}, eskisi artık kullanılmıyor.",
    "ru": "Звоните мне по номеру {} после шести.|Напишите на {}, мы подтвердим.|Предоплату переведите, пожалуйста, на {}.|Я оплатил картой {}, но чек не пришёл.|Ваш заказ {} сегодня покинул склад.|Факсы отправляйте на {}.|Мой новый номер {}, старого больше нет.",
    "uk": "Телефонуйте мені за номером {} після шостої.|Пишіть на {}, ми підтвердимо.|Передоплату надішліть, будь ласка, на {}.|Я сплатив карткою {}, але чек не надійшов.|Ваше замовлення {} сьогодні виїхало зі складу.|Факси надсилайте на {}.|Мій новий номер {}, старого вже немає.",
    "bg": "Обадете ми се на {} след шест.|Пишете ни на {} и ще потвърдим.|Моля, преведете капарото по {}.|Платих с картата си {}, но не получих бележка.|Поръчката ви {} напусна склада днес.|Факсове на {}.|Новият ми номер е {}, старият вече не работи.",
    "el": "Πάρτε με στο {} μετά τις έξι.|Γράψτε μας στο {} και θα επιβεβαιώσουμε.|Παρακαλώ καταθέστε την προκαταβολή στο {}.|Πλήρωσα με την κάρτα {} αλλά δεν πήρα απόδειξη.|Η παραγγελία σας {} έφυγε σήμερα από την αποθήκη.|Τα φαξ στο {}.|Ο νέος μου αριθμός είναι {}, ο παλιός δεν ισχύει.",
    "ar": "اتصل بي على {} بعد السادسة.|راسلنا على {} وسنؤكد لك.|يرجى تحويل العربون إلى {}.|دفعت ببطاقتي {} ولم يصلني إيصال.|غادر طلبك {} المستودع اليوم.|الفاكس على {}.|رقمي الجديد {} والقديم لم يعد يعمل.",
    "fa": "بعد از ساعت شش با {} تماس بگیرید.|به {} ایمیل بزنید تا تأیید کنیم.|لطفاً بیعانه را به {} واریز کنید.|با کارت {} پرداخت کردم ولی رسیدی نگرفتم.|سفارش {} امروز از انبار خارج شد.|فکس‌ها به {}.|شماره جدیدم {} است و قبلی دیگر کار نمی‌کند.",
    "he": "תתקשרו אליי ל-{} אחרי שש.|כתבו לנו ל-{} ונאשר.|נא להעביר את המקדמה ל-{}.|שילמתי בכרטיס {} ולא קיבלתי קבלה.|ההזמנה {} יצאה היום מהמחסן.|פקסים ל-{}.|המספר החדש שלי {}, הישן כבר לא פעיל.",
    "hi": "छह बजे के बाद मुझे {} पर फ़ोन करें।|{} पर लिखें, हम पुष्टि करेंगे।|अग्रिम राशि कृपया {} में भेजें।|मैंने अपने कार्ड {} से भुगतान किया पर रसीद नहीं मिली।|आपका ऑर्डर {} आज गोदाम से निकल गया।|फ़ैक्स {} पर भेजें।|मेरा नया नंबर {} है, पुराना बंद है।",
    "zh": "六点以后请打我电话 {}。|请发邮件到 {}，我们会确认。|请把订金汇到 {}。|我用卡 {} 付了款，但没收到凭证。|您的订单 {} 今天已出库。|传真请发 {}。|我的新号码是 {}，旧号码已停用。",
    "ja": "6時以降は {} までお電話ください。|{} までメールをいただければ確認します。|手付金は {} へお振込みください。|カード {} で支払いましたが、控えが届きません。|ご注文 {} は本日出荷されました。|FAXは {} へ。|新しい番号は {} です。古い番号は解約しました。",
    "ko": "여섯 시 이후에 {} 로 전화 주세요.|{} 로 메일 주시면 확인해 드립니다.|계약금은 {} 로 송금해 주세요.|카드 {} 로 결제했는데 영수증을 못 받았어요.|주문 {} 이 오늘 출고되었습니다.|팩스는 {} 로 보내 주세요.|제 새 번호는 {} 이고 예전 번호는 해지했어요.",
    "th": "โทรหาผมที่ {} หลังหกโมงเย็น|ส่งอีเมลมาที่ {} แล้วเราจะยืนยัน|กรุณาโอนมัดจำไปที่ {}|ผมจ่ายด้วยบัตร {} แต่ไม่ได้ใบเสร็จ|คำสั่งซื้อ {} ออกจากคลังวันนี้|แฟกซ์ส่งมาที่ {}|เบอร์ใหม่ของผมคือ {} เบอร์เก่าเลิกใช้แล้ว",
    "hu": "Hat után hívjon a {} számon.|Írjon a {} címre, és visszaigazoljuk.|Az előleget kérjük a {} számlára utalni.|A {} kártyámmal fizettem, de nem kaptam nyugtát.|A {} rendelése ma elhagyta a raktárt.|Faxot a {} számra.|Az új számom {}, a régi megszűnt.",
    "ro": "Sunați-mă la {} după ora șase.|Scrieți-ne la {} și confirmăm.|Vă rugăm să virați avansul în {}.|Am plătit cu cardul {} dar nu am primit chitanța.|Comanda {} a plecat azi din depozit.|Faxurile la {}.|Noul meu număr este {}, cel vechi nu mai există.",
}
SENTENCES = {lang: raw.split("|") for lang, raw in SENT.items()}

DATE_FMT = {"en": "{d:02d}/{m:02d}/{y}", "de": "{d:02d}.{m:02d}.{y}", "fr": "{d:02d}/{m:02d}/{y}",
            "es": "{d:02d}/{m:02d}/{y}", "it": "{d:02d}/{m:02d}/{y}", "pt": "{d:02d}/{m:02d}/{y}",
            "nl": "{d:02d}-{m:02d}-{y}", "pl": "{d:02d}.{m:02d}.{y}", "sv": "{y}-{m:02d}-{d:02d}",
            "cs": "{d}. {m}. {y}", "tr": "{d:02d}.{m:02d}.{y}", "ru": "{d:02d}.{m:02d}.{y}",
            "uk": "{d:02d}.{m:02d}.{y}", "bg": "{d:02d}.{m:02d}.{y} г.", "el": "{d}/{m}/{y}",
            "ar": "{d:02d}/{m:02d}/{y}", "fa": "{y}/{m:02d}/{d:02d}", "he": "{d}.{m}.{y}", "hi": "{d:02d}-{m:02d}-{y}",
            "zh": "{y}年{m}月{d}日", "ja": "{y}年{m}月{d}日", "ko": "{y}. {m}. {d}.", "th": "{d}/{m}/{y}",
            "hu": "{y}. {m:02d}. {d:02d}.", "ro": "{d:02d}.{m:02d}.{y}", "us": "{m:02d}/{d:02d}/{y}"}
MONEY = {"en": "£{a:,}.{c:02d}", "de": "{a:,}.{c:02d} €", "fr": "{a:,}.{c:02d} €", "es": "{a:,}.{c:02d} €",
         "it": "€ {a:,}.{c:02d}", "pt": "{a:,}.{c:02d} €", "nl": "€ {a:,}.{c:02d}", "pl": "{a:,}.{c:02d} zł",
         "sv": "{a:,}.{c:02d} kr", "cs": "{a:,}.{c:02d} Kč", "tr": "{a:,}.{c:02d} TL", "ru": "{a:,}.{c:02d} ₽",
         "uk": "{a:,}.{c:02d} грн", "bg": "{a:,}.{c:02d} лв.", "el": "{a:,}.{c:02d} €", "ar": "{a:,}.{c:02d} ر.س",
         "fa": "{a:,} تومان", "he": "₪{a:,}.{c:02d}", "hi": "₹{a:,}.{c:02d}", "zh": "¥{a:,}.{c:02d}",
         "ja": "¥{a:,}", "ko": "{a:,}원", "th": "{a:,}.{c:02d} บาท", "hu": "{a:,} Ft", "ro": "{a:,}.{c:02d} lei",
         "us": "${a:,}.{c:02d}"}
# thousands / decimal marks as each language writes them (applied to MONEY's "," and ".")
MARKS = {"de": ".,", "es": ".,", "it": ".,", "pt": ".,", "nl": ".,", "tr": ".,", "el": ".,", "ro": ".,",
         "fr": "\u202f,", "pl": " ,", "sv": " ,", "cs": " ,", "ru": " ,", "uk": " ,", "bg": " ,", "hu": " ,"}
