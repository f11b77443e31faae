"""Words of the thirteenth blind PII set (benchmarks/pii_blind13.py), one table per language.

Each language's row: its labels (phone, mobile, fax, e-mail, IBAN, card, expiry, name, date,
amount, reference, customer number, postcode, national id, account, emergency contact), its
sentences that alone mark a value ("call me on", "wire it to", "I paid with the card", "write to"),
a greeting and a closing; then per language the home regions, domains, names, date and price
writing. Written for this set only.
"""

KEYS = ("ph", "mob", "fax", "em", "iban", "card", "exp", "name", "date", "amt", "ref", "cust", "post", "natid",
        "acct", "emerg", "call", "wire", "paid", "mail", "hello", "bye")

_ROWS = {
    "en": "Phone|Mobile|Fax|Email|IBAN|Card number|Exp.|Name|Date|Amount|Reference|Customer no.|ZIP|Driver's license|Account no.|Emergency contact|"
          "You can reach me on {v} most evenings.|Please wire the balance to {v} by Friday.|I paid with my card {v} and was charged twice.|Send the forms to {v} please.|Hi|Thanks",
    "de": "Telefon|Handy|Fax|E-Mail|IBAN|Kartennummer|gültig bis|Name|Datum|Betrag|Aktenzeichen|Kundennr.|PLZ|Steuer-ID|Kontonr.|Notfallkontakt|"
          "Sie erreichen mich unter {v}, am besten abends.|Bitte überweisen Sie den Betrag auf {v}.|Ich habe mit meiner Karte {v} bezahlt.|Schreiben Sie mir an {v}.|Guten Tag|Mit freundlichen Grüßen",
    "fr": "Téléphone|Portable|Fax|Courriel|IBAN|N° de carte|exp.|Nom|Date|Montant|Référence|N° client|Code postal|N° de sécurité sociale|N° de compte|Personne à prévenir|"
          "Vous pouvez me joindre au {v} après 18 h.|Merci de virer la somme sur le compte {v}.|J'ai payé avec ma carte {v}.|Écrivez-moi à {v}.|Bonjour|Cordialement",
    "es": "Teléfono|Móvil|Fax|Correo electrónico|IBAN|Número de tarjeta|Caduca|Nombre|Fecha|Importe|Referencia|N.º de cliente|C.P.|DNI|N.º de cuenta|Contacto de emergencia|"
          "Me puede llamar al {v} por las tardes.|Por favor, haga la transferencia a {v}.|Pagué con mi tarjeta {v}.|Escríbame a {v}.|Hola|Un saludo",
    "it": "Telefono|Cellulare|Fax|E-mail|IBAN|Numero carta|Scad.|Nome|Data|Importo|Riferimento|Cod. cliente|CAP|Codice fiscale|N. conto|Contatto di emergenza|"
          "Mi può chiamare al {v} dopo le 17.|Si prega di effettuare il bonifico su {v}.|Ho pagato con la carta {v}.|Mi scriva a {v}.|Buongiorno|Cordiali saluti",
    "pt": "Telefone|Telemóvel|Fax|E-mail|IBAN|Número do cartão|Validade|Nome|Data|Valor|Referência|N.º de cliente|Código postal|NIF|N.º de conta|Contacto de emergência|"
          "Pode ligar-me para o {v} ao fim do dia.|Por favor transfira o valor para {v}.|Paguei com o cartão {v}.|Escreva-me para {v}.|Olá|Com os melhores cumprimentos",
    "nl": "Telefoon|Mobiel|Fax|E-mail|IBAN|Kaartnummer|Geldig t/m|Naam|Datum|Bedrag|Kenmerk|Klantnr.|Postcode|BSN|Rekeningnr.|Contactpersoon bij nood|"
          "U kunt mij bellen op {v}, liefst 's avonds.|Gelieve het bedrag over te maken naar {v}.|Ik heb betaald met mijn kaart {v}.|Mail mij op {v}.|Beste|Met vriendelijke groet",
    "pl": "Telefon|Tel. kom.|Faks|E-mail|IBAN|Numer karty|Ważna do|Imię i nazwisko|Data|Kwota|Sygnatura|Nr klienta|Kod pocztowy|PESEL|Nr rachunku|Osoba do kontaktu|"
          "Proszę dzwonić pod numer {v} po 16:00.|Proszę o przelew na rachunek {v}.|Zapłaciłem kartą {v}.|Proszę pisać na {v}.|Dzień dobry|Z poważaniem",
    "sv": "Telefon|Mobil|Fax|E-post|IBAN|Kortnummer|Giltigt t.o.m.|Namn|Datum|Belopp|Referens|Kundnr|Postnr|Personnummer|Kontonr|Anhörig|"
          "Du når mig på {v} efter jobbet.|Sätt in beloppet på {v}.|Jag betalade med kortet {v}.|Mejla mig på {v}.|Hej|Vänliga hälsningar",
    "fi": "Puhelin|Matkapuhelin|Faksi|Sähköposti|IBAN|Kortin numero|Voimassa|Nimi|Päivämäärä|Summa|Viite|Asiakasnro|Postinumero|Henkilötunnus|Tilinumero|Lähiomainen|"
          "Minut tavoittaa numerosta {v} iltaisin.|Maksathan summan tilille {v}.|Maksoin kortilla {v}.|Kirjoita osoitteeseen {v}.|Hei|Ystävällisin terveisin",
    "cs": "Telefon|Mobil|Fax|E-mail|IBAN|Číslo karty|Platnost do|Jméno|Datum|Částka|Spisová značka|Č. zákazníka|PSČ|Rodné číslo|Č. účtu|Kontaktní osoba|"
          "Zavolejte mi na {v}, nejlépe večer.|Prosím pošlete částku na účet {v}.|Platil jsem kartou {v}.|Pište mi na {v}.|Dobrý den|S pozdravem",
    "tr": "Telefon|Cep|Faks|E-posta|IBAN|Kart numarası|Son kullanma|Ad Soyad|Tarih|Tutar|Referans|Müşteri no|Posta kodu|T.C. Kimlik No|Hesap no|Acil durumda aranacak kişi|"
          "Bana {v} numarasından ulaşabilirsiniz.|Lütfen tutarı {v} hesabına gönderin.|{v} numaralı kartımla ödedim.|Bana {v} adresinden yazın.|Merhaba|Saygılarımla",
    "el": "Τηλέφωνο|Κινητό|Φαξ|Email|IBAN|Αριθμός κάρτας|Λήξη|Ονοματεπώνυμο|Ημερομηνία|Ποσό|Αρ. πρωτοκόλλου|Κωδ. πελάτη|Τ.Κ.|ΑΜΚΑ|Αρ. λογαριασμού|Πρόσωπο επικοινωνίας|"
          "Μπορείτε να με καλέσετε στο {v} το απόγευμα.|Παρακαλώ καταθέστε το ποσό στο {v}.|Πλήρωσα με την κάρτα {v}.|Γράψτε μου στο {v}.|Καλησπέρα|Με εκτίμηση",
    "bg": "Телефон|Мобилен|Факс|Имейл|IBAN|Номер на карта|Валидна до|Име|Дата|Сума|Референция|Клиентски №|Пощ. код|ЕГН|Сметка №|Лице за контакт|"
          "Можете да ми звъннете на {v} след 18 ч.|Моля, преведете сумата по сметка {v}.|Платих с карта {v}.|Пишете ми на {v}.|Здравейте|Поздрави",
    "ru": "Телефон|Моб.|Факс|Эл. почта|IBAN|Номер карты|Срок действия|ФИО|Дата|Сумма|Номер дела|Номер клиента|Индекс|СНИЛС|Счёт №|Контактное лицо|"
          "Звоните мне на {v} в любое время.|Переведите, пожалуйста, сумму на {v}.|Я оплатил картой {v}.|Пишите на {v}.|Здравствуйте|С уважением",
    "uk": "Телефон|Моб.|Факс|Ел. пошта|IBAN|Номер картки|Дійсна до|ПІБ|Дата|Сума|Номер справи|Номер клієнта|Індекс|РНОКПП|Рахунок №|Контактна особа|"
          "Телефонуйте мені на {v} увечері.|Прошу перерахувати кошти на {v}.|Я сплатив карткою {v}.|Пишіть на {v}.|Добрий день|З повагою",
    "ar": "هاتف|جوال|فاكس|البريد الإلكتروني|الآيبان|رقم البطاقة|تاريخ الانتهاء|الاسم|التاريخ|المبلغ|المرجع|رقم العميل|الرمز البريدي|رقم الهوية|رقم الحساب|جهة الاتصال للطوارئ|"
          "يمكنك الاتصال بي على {v} في المساء.|يرجى تحويل المبلغ إلى {v}.|دفعت ببطاقتي {v}.|راسلني على {v}.|مرحبا|مع التحية",
    "fa": "تلفن|همراه|فکس|ایمیل|شبا/IBAN|شماره کارت|انقضا|نام|تاریخ|مبلغ|شماره پرونده|کد مشتری|کد پستی|کد ملی|شماره حساب|تماس اضطراری|"
          "با شماره {v} با من تماس بگیرید.|لطفاً مبلغ را به {v} واریز کنید.|با کارت {v} پرداخت کردم.|به {v} ایمیل بزنید.|سلام|با احترام",
    "he": "טלפון|נייד|פקס|דוא\"ל|IBAN|מספר כרטיס|תוקף|שם|תאריך|סכום|אסמכתא|מס' לקוח|מיקוד|ת.ז.|מס' חשבון|איש קשר לחירום|"
          "אפשר להתקשר אליי ל-{v} בערב.|נא להעביר את הסכום ל-{v}.|שילמתי בכרטיס {v}.|כתבו לי ל-{v}.|שלום|בברכה",
    "hi": "फ़ोन|मोबाइल|फ़ैक्स|ईमेल|IBAN|कार्ड नंबर|समाप्ति|नाम|तारीख|राशि|संदर्भ|ग्राहक सं.|पिन कोड|आधार|खाता सं.|आपातकालीन संपर्क|"
          "मुझे {v} पर शाम को फ़ोन करें।|कृपया राशि {v} में जमा करें।|मैंने कार्ड {v} से भुगतान किया।|मुझे {v} पर लिखें।|नमस्ते|धन्यवाद",
    "th": "โทรศัพท์|มือถือ|แฟกซ์|อีเมล|IBAN|หมายเลขบัตร|หมดอายุ|ชื่อ|วันที่|จำนวนเงิน|เลขอ้างอิง|รหัสลูกค้า|รหัสไปรษณีย์|เลขประจำตัวประชาชน|เลขที่บัญชี|ผู้ติดต่อฉุกเฉิน|"
          "ติดต่อฉันได้ที่ {v} ช่วงเย็น|กรุณาโอนเงินไปที่ {v}|ฉันจ่ายด้วยบัตร {v}|ส่งอีเมลมาที่ {v}|สวัสดีค่ะ|ขอบคุณค่ะ",
    "zh": "电话|手机|传真|电子邮箱|IBAN|卡号|有效期|姓名|日期|金额|编号|客户编号|邮编|身份证号|账号|紧急联系人|"
          "晚上可以打我电话 {v}。|请将款项汇至 {v}。|我用卡号 {v} 付的款。|请发邮件到 {v}。|您好|此致敬礼",
    "ja": "電話|携帯|FAX|メール|IBAN|カード番号|有効期限|氏名|日付|金額|受付番号|お客様番号|郵便番号|マイナンバー|口座番号|緊急連絡先|"
          "夜は {v} までお電話ください。|代金は {v} へお振り込みください。|カード {v} で支払いました。|{v} までご連絡ください。|お世話になっております|よろしくお願いいたします",
    "ko": "전화|휴대폰|팩스|이메일|IBAN|카드번호|유효기간|성명|날짜|금액|접수번호|고객번호|우편번호|주민등록번호|계좌번호|비상연락처|"
          "저녁에는 {v} 로 연락 주세요.|금액은 {v} 로 송금해 주세요.|카드 {v} 로 결제했습니다.|{v} 로 메일 주세요.|안녕하세요|감사합니다",
    "vi": "Điện thoại|Di động|Fax|Email|IBAN|Số thẻ|Hết hạn|Họ tên|Ngày|Số tiền|Mã hồ sơ|Mã khách hàng|Mã bưu chính|CCCD|Số tài khoản|Người liên hệ khẩn cấp|"
          "Gọi cho tôi theo số {v} vào buổi tối.|Vui lòng chuyển khoản vào {v}.|Tôi đã thanh toán bằng thẻ {v}.|Gửi thư cho tôi qua {v}.|Xin chào|Trân trọng",
}

LEX = {lang: dict(zip(KEYS, row.split("|"), strict=True)) for lang, row in _ROWS.items()}

HOME = {"en": ["US", "GB", "IE", "AU", "CA", "NZ", "ZA", "SG"], "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"],
        "es": ["ES", "ES", "MX", "AR", "CO"], "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"],
        "sv": ["SE"], "fi": ["FI"], "cs": ["CZ"], "tr": ["TR"], "el": ["GR", "GR", "CY"], "bg": ["BG"], "ru": ["RU"],
        "uk": ["UA"], "ar": ["EG", "SA", "AE", "MA", "JO"], "fa": ["IR"], "he": ["IL"], "hi": ["IN"], "th": ["TH"],
        "zh": ["CN", "CN", "TW", "HK"], "ja": ["JP"], "ko": ["KR"], "vi": ["VN"]}
OTHER_REGIONS = ["NO", "IS", "EE", "LV", "LT", "SK", "SI", "HR", "RS", "BA", "MK", "AL", "MT", "LU", "GE", "AM", "AZ",
                 "KZ", "UZ", "MN", "QA", "KW", "BH", "OM", "LB", "TN", "DZ", "NG", "KE", "GH", "PK", "BD", "LK", "NP",
                 "MY", "PH", "CL", "PE", "UY", "EC", "DK", "HU", "RO", "ID", "GB", "US", "CA", "AU", "DE", "FR"]
TLD = {"GB": "co.uk", "US": "com", "AU": "com.au", "NZ": "co.nz", "ZA": "co.za", "BR": "com.br", "MX": "com.mx",
       "AR": "com.ar", "JP": "jp", "KR": "kr", "CN": "cn", "TW": "tw", "HK": "hk", "IN": "in", "TH": "co.th",
       "IL": "co.il", "EG": "eg", "SA": "sa", "AE": "ae", "MA": "ma", "JO": "jo", "IR": "ir", "GR": "gr", "CY": "cy"}
IBAN_HOME = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "PT": "PT",
             "BR": "BR", "NL": "NL", "PL": "PL", "SE": "SE", "FI": "FI", "CZ": "CZ", "TR": "TR", "GR": "GR",
             "CY": "CY", "BG": "BG", "UA": "UA", "EG": "EG", "SA": "SA", "AE": "AE", "JO": "JO", "IL": "IL",
             "GB": "GB", "IE": "IE"}
MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net", "protonmail.com"],
    "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "bluewin.ch", "gmx.at"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "skynet.be"], "es": ["gmail.com", "telefonica.net", "hotmail.es", "prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"], "pt": ["sapo.pt", "uol.com.br", "gmail.com", "bol.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl"], "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "sv": ["telia.com", "bredband.net", "gmail.com"], "fi": ["elisanet.fi", "suomi24.fi", "gmail.com"],
    "cs": ["seznam.cz", "centrum.cz", "email.cz"], "tr": ["hotmail.com.tr", "yandex.com.tr", "gmail.com"],
    "el": ["otenet.gr", "yahoo.gr", "gmail.com"], "bg": ["abv.bg", "mail.bg", "dir.bg"], "ru": ["mail.ru", "yandex.ru", "rambler.ru"],
    "uk": ["ukr.net", "i.ua", "meta.ua"], "ar": ["gmail.com", "hotmail.com", "yahoo.com"], "fa": ["chmail.ir", "gmail.com"],
    "he": ["walla.co.il", "gmail.com", "012.net.il"], "hi": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "th": ["hotmail.co.th", "gmail.com"], "zh": ["qq.com", "163.com", "126.com", "sina.com"], "ja": ["docomo.ne.jp", "yahoo.co.jp", "nifty.com"],
    "ko": ["naver.com", "daum.net", "kakao.com"], "vi": ["gmail.com", "yahoo.com.vn"],
}
# Latin transliteration for e-mail locals; the page shows the native name.
NAMES = {
    "en": (["Dana", "Marcus", "Tyrell", "Kayla", "Brent", "Yolanda", "Shawn", "Megan"], ["Whitaker", "Okafor", "Delgado", "Brennan", "Pruitt", "Haskins", "Lindqvist", "Moreau"]),
    "de": (["Jörg", "Sabine", "Mehmet", "Ulrike", "Lennart", "Heike"], ["Bräuer", "Kowalczyk", "Lindemann", "Schürmann", "Aydın", "Pfister"]),
    "fr": (["Solène", "Mathis", "Aurélie", "Yannick", "Inès", "Gaëtan"], ["Lefebvre", "Benhamou", "Carpentier", "Rousseau", "N'Diaye", "Marchal"]),
    "es": (["Itziar", "Rodrigo", "Nerea", "Joaquín", "Maribel", "Álvaro"], ["Etxeberria", "Quintana", "Salcedo", "Villalobos", "Ortuño", "Cifuentes"]),
    "it": (["Gianluca", "Ornella", "Tommaso", "Rosalba", "Ivano", "Chiara"], ["Parisi", "Zanetti", "Esposito", "Lombardo", "Ferraro", "Cattaneo"]),
    "pt": (["Joaquim", "Filipa", "Thiago", "Luana", "Rui", "Graça"], ["Figueiredo", "Assunção", "Pereira", "Carvalho", "Magalhães", "Teixeira"]),
    "nl": (["Sanne", "Joost", "Fenna", "Bram", "Ilse", "Ruud"], ["van Dijk", "Bosman", "de Wit", "Kramer", "Verhoeven", "Hoekstra"]),
    "pl": (["Bartosz", "Agnieszka", "Wojciech", "Zofia", "Krzysztof", "Marta"], ["Wiśniewski", "Zając", "Kaczmarek", "Grabowska", "Pawlak", "Dudek"]),
    "sv": (["Elin", "Oskar", "Maja", "Fredrik", "Ebba", "Göran"], ["Lundqvist", "Bergström", "Nyberg", "Holm", "Sjöberg", "Ekström"]),
    "fi": (["Aino", "Juho", "Helmi", "Eetu", "Sanna", "Pekka"], ["Virtanen", "Mäkinen", "Heikkinen", "Laine", "Koskinen", "Järvinen"]),
    "cs": (["Tereza", "Ondřej", "Lucie", "Jiří", "Kateřina", "Vojtěch"], ["Dvořák", "Procházková", "Černý", "Veselá", "Kučera", "Horák"]),
    "tr": (["Elif", "Murat", "Zeynep", "Emre", "Ayşe", "Burak"], ["Yılmaz", "Demir", "Çelik", "Kaya", "Şahin", "Öztürk"]),
    "el": (["Γιώργος", "Ελένη", "Νίκος", "Κατερίνα", "Σπύρος", "Μαρία"], ["Παπαδόπουλος", "Νικολάου", "Γεωργίου", "Οικονόμου", "Βλάχου", "Καραγιάννη"]),
    "bg": (["Иван", "Мария", "Георги", "Десислава", "Стоян", "Радка"], ["Петров", "Иванова", "Димитров", "Стоянова", "Николов", "Тодорова"]),
    "ru": (["Алексей", "Ольга", "Дмитрий", "Наталья", "Сергей", "Ирина"], ["Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Морозова"]),
    "uk": (["Олександр", "Оксана", "Андрій", "Наталія", "Богдан", "Ірина"], ["Шевченко", "Коваленко", "Бондаренко", "Ткаченко", "Кравчук", "Мельник"]),
    "ar": (["محمد", "فاطمة", "أحمد", "مريم", "خالد", "نور"], ["العتيبي", "حسن", "الشمري", "المصري", "الزهراني", "عبد الله"]),
    "fa": (["علی", "زهرا", "رضا", "مریم", "حسین", "فاطمه"], ["محمدی", "حسینی", "رضایی", "احمدی", "کریمی", "موسوی"]),
    "he": (["יוסי", "מיכל", "אבי", "נועה", "דני", "שירה"], ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם"]),
    "hi": (["राहुल", "प्रिया", "अमित", "सुनीता", "विकास", "अंजलि"], ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "पटेल", "यादव"]),
    "th": (["สมชาย", "สุดา", "วิชัย", "มาลี", "ประเสริฐ", "นภา"], ["ใจดี", "ศรีสุข", "วงศ์ไทย", "บุญมา", "แก้วมณี", "ทองดี"]),
    "zh": (["伟", "芳", "娜", "强", "静", "磊"], ["王", "李", "张", "刘", "陈", "杨"]),
    "ja": (["翔太", "陽子", "健一", "美咲", "大輔", "由美"], ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤"]),
    "ko": (["민준", "서연", "지훈", "수빈", "현우", "지은"], ["김", "이", "박", "최", "정", "강"]),
    "vi": (["Minh", "Lan", "Tuấn", "Hương", "Dũng", "Thảo"], ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"]),
}
LATIN = ["ali", "mina", "wei", "yuki", "minjun", "olga", "ivan", "noa", "rahul", "somchai", "nikos", "oksana", "reza",
         "fatima", "li", "sato", "kim", "petrov", "cohen", "sharma", "nguyen", "lena", "tomas", "sara"]
