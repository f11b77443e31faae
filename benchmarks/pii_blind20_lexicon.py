"""Words of the blind20 PII set (benchmarks/pii_blind20.py): each page language's labels and sentences,
and the titles and opening lines of the web registers, each in its own languages. Data only.
"""

# tel, mobile, fax, e-mail, IBAN, card, "call me on {v}", "write to {v}", "wire it to {v}",
# "I paid with card {v}", order no., reference, contact person, greeting
L = {
    "de": ("Tel.", "Handy", "Fax", "E-Mail", "IBAN", "Kreditkarte", "Ruf mich einfach unter {v} an.", "Schreib mir an {v}.",
           "Überweis es bitte auf {v}.", "Ich habe mit meiner Karte {v} bezahlt.", "Bestell-Nr.", "Az.", "Ansprechpartner", "Viele Grüße"),
    "fr": ("Tél.", "Portable", "Fax", "Courriel", "IBAN", "Carte bancaire", "Appelez-moi au {v}.", "Écrivez-moi à {v}.",
           "Virement sur {v}, merci.", "J'ai payé avec ma carte {v}.", "N° de commande", "Réf.", "Contact", "Cordialement"),
    "es": ("Tel.", "Móvil", "Fax", "Correo", "IBAN", "Tarjeta", "Llámame al {v}.", "Escríbeme a {v}.",
           "Haz la transferencia a {v}.", "Pagué con mi tarjeta {v}.", "Nº de pedido", "Ref.", "Contacto", "Saludos"),
    "it": ("Tel.", "Cell.", "Fax", "E-mail", "IBAN", "Carta di credito", "Chiamatemi al {v}.", "Scrivetemi a {v}.",
           "Bonifico su {v}.", "Ho pagato con la carta {v}.", "N. ordine", "Rif.", "Referente", "Cordiali saluti"),
    "pt": ("Tel.", "Telemóvel", "Fax", "E-mail", "IBAN", "Cartão", "Liga-me para o {v}.", "Escreve-me para {v}.",
           "Transfere para {v}.", "Paguei com o cartão {v}.", "N.º encomenda", "Ref.ª", "Contacto", "Cumprimentos"),
    "nl": ("Tel.", "Mobiel", "Fax", "E-mail", "IBAN", "Creditcard", "Bel me op {v}.", "Mail me op {v}.",
           "Maak het over naar {v}.", "Ik heb betaald met kaart {v}.", "Bestelnr.", "Kenmerk", "Contactpersoon", "Groetjes"),
    "pl": ("Tel.", "Kom.", "Faks", "E-mail", "IBAN", "Karta", "Zadzwoń do mnie pod {v}.", "Napisz na {v}.",
           "Przelew na {v}.", "Zapłaciłem kartą {v}.", "Nr zamówienia", "Sygn.", "Osoba kontaktowa", "Pozdrawiam"),
    "sv": ("Tfn", "Mobil", "Fax", "E-post", "IBAN", "Kort", "Ring mig på {v}.", "Mejla mig på {v}.",
           "Swisha eller för över till {v}.", "Jag betalade med kortet {v}.", "Ordernr", "Ärendenr", "Kontakt", "Hälsningar"),
    "da": ("Tlf.", "Mobil", "Fax", "E-mail", "IBAN", "Kort", "Ring til mig på {v}.", "Skriv til {v}.",
           "Overfør til {v}.", "Jeg betalte med kortet {v}.", "Ordrenr.", "Sagsnr.", "Kontakt", "Mvh"),
    "no": ("Tlf.", "Mobil", "Faks", "E-post", "IBAN", "Kort", "Ring meg på {v}.", "Send e-post til {v}.",
           "Overfør til {v}.", "Jeg betalte med kortet {v}.", "Ordrenr.", "Saksnr.", "Kontaktperson", "Hilsen"),
    "fi": ("Puh.", "GSM", "Faksi", "Sähköposti", "IBAN", "Kortti", "Soita minulle numeroon {v}.", "Kirjoita osoitteeseen {v}.",
           "Maksa tilille {v}.", "Maksoin kortilla {v}.", "Tilausnro", "Viite", "Yhteyshenkilö", "Terveisin"),
    "cs": ("Tel.", "Mobil", "Fax", "E-mail", "IBAN", "Karta", "Zavolejte mi na {v}.", "Napište mi na {v}.",
           "Pošlete to na účet {v}.", "Platil jsem kartou {v}.", "Č. objednávky", "Č. j.", "Kontaktní osoba", "S pozdravem"),
    "hu": ("Tel.", "Mobil", "Fax", "E-mail", "IBAN", "Bankkártya", "Hívjon a {v} számon.", "Írjon a {v} címre.",
           "Utaljon a {v} számlára.", "A {v} kártyámmal fizettem.", "Rendelésszám", "Ügyszám", "Kapcsolattartó", "Üdvözlettel"),
    "ro": ("Tel.", "Mobil", "Fax", "E-mail", "IBAN", "Card", "Sunați-mă la {v}.", "Scrieți-mi la {v}.",
           "Virați în contul {v}.", "Am plătit cu cardul {v}.", "Nr. comandă", "Nr. ref.", "Persoană de contact", "Cu stimă"),
    "tr": ("Tel", "Cep", "Faks", "E-posta", "IBAN", "Kredi kartı", "Beni {v} numarasından arayın.", "{v} adresine yazın.",
           "Ödemeyi {v} hesabına yapın.", "{v} numaralı kartımla ödedim.", "Sipariş no", "Dosya no", "İlgili kişi", "Saygılarımla"),
    "ru": ("Тел.", "Моб.", "Факс", "Эл. почта", "IBAN", "Карта", "Звоните мне по номеру {v}.", "Пишите на {v}.",
           "Переведите на счёт {v}.", "Я оплатил картой {v}.", "Заказ №", "Исх. №", "Контактное лицо", "С уважением"),
    "uk": ("Тел.", "Моб.", "Факс", "Ел. пошта", "IBAN", "Картка", "Телефонуйте мені на {v}.", "Пишіть на {v}.",
           "Переказ на рахунок {v}.", "Я сплатив карткою {v}.", "Замовлення №", "Вих. №", "Контактна особа", "З повагою"),
    "bg": ("Тел.", "Моб.", "Факс", "Имейл", "IBAN", "Карта", "Обадете ми се на {v}.", "Пишете ми на {v}.",
           "Преведете по сметка {v}.", "Платих с карта {v}.", "Поръчка №", "Изх. №", "Лице за контакт", "Поздрави"),
    "el": ("Τηλ.", "Κιν.", "Φαξ", "Email", "IBAN", "Κάρτα", "Καλέστε με στο {v}.", "Γράψτε μου στο {v}.",
           "Κατάθεση στο {v}.", "Πλήρωσα με την κάρτα {v}.", "Αρ. παραγγελίας", "Αρ. πρωτ.", "Υπεύθυνος", "Με εκτίμηση"),
    "ar": ("هاتف", "جوال", "فاكس", "البريد الإلكتروني", "الآيبان", "بطاقة", "اتصل بي على {v}.", "راسلني على {v}.",
           "حوّل المبلغ إلى {v}.", "دفعت ببطاقتي {v}.", "رقم الطلب", "المرجع", "جهة الاتصال", "مع التحية"),
    "fa": ("تلفن", "همراه", "فکس", "ایمیل", "شبا", "کارت", "با شماره {v} تماس بگیرید.", "به {v} ایمیل بزنید.",
           "به حساب {v} واریز کنید.", "با کارت {v} پرداخت کردم.", "شماره سفارش", "شماره پرونده", "مسئول", "با سپاس"),
    "he": ("טל'", "נייד", "פקס", "דוא\"ל", "IBAN", "כרטיס אשראי", "תתקשרו אליי ל-{v}.", "כתבו לי ל-{v}.",
           "העבירו לחשבון {v}.", "שילמתי בכרטיס {v}.", "מס' הזמנה", "אסמכתא", "איש קשר", "בברכה"),
    "hi": ("फ़ोन", "मोबाइल", "फ़ैक्स", "ईमेल", "IBAN", "कार्ड", "मुझे {v} पर कॉल करें।", "मुझे {v} पर लिखें।",
           "राशि {v} में भेजें।", "मैंने कार्ड {v} से भुगतान किया।", "ऑर्डर संख्या", "संदर्भ", "संपर्क व्यक्ति", "धन्यवाद"),
    "zh": ("电话", "手机", "传真", "邮箱", "IBAN", "信用卡", "请拨打 {v} 联系我。", "请发邮件到 {v}。",
           "请汇款至 {v}。", "我用卡 {v} 付的款。", "订单号", "编号", "联系人", "谢谢"),
    "ja": ("TEL", "携帯", "FAX", "メール", "IBAN", "クレジットカード", "{v} までお電話ください。", "{v} までメールください。",
           "{v} にお振込みください。", "カード {v} で支払いました。", "注文番号", "管理番号", "担当", "よろしくお願いします"),
    "ko": ("전화", "휴대폰", "팩스", "이메일", "IBAN", "카드", "{v} 로 전화 주세요.", "{v} 로 메일 주세요.",
           "{v} 로 송금해 주세요.", "{v} 카드로 결제했어요.", "주문번호", "접수번호", "담당자", "감사합니다"),
    "th": ("โทร", "มือถือ", "แฟกซ์", "อีเมล", "IBAN", "บัตร", "โทรหาฉันที่ {v}", "ส่งอีเมลมาที่ {v}",
           "โอนเงินเข้า {v}", "ฉันจ่ายด้วยบัตร {v}", "เลขที่คำสั่งซื้อ", "เลขอ้างอิง", "ผู้ติดต่อ", "ขอบคุณค่ะ"),
    "vi": ("ĐT", "Di động", "Fax", "Email", "IBAN", "Thẻ", "Gọi cho tôi theo số {v}.", "Viết thư cho tôi tại {v}.",
           "Chuyển khoản vào {v}.", "Tôi đã thanh toán bằng thẻ {v}.", "Mã đơn", "Số tham chiếu", "Người liên hệ", "Trân trọng"),
}
KEYS = ("tel", "mob", "fax", "mail", "iban", "card", "call", "write", "wire", "paid", "order", "ref", "contact", "bye")


def lex(lang: str) -> dict:
    return dict(zip(KEYS, L[lang]))


# register -> language -> (title, opening line, item line with {n} for a number that is not PII)
WEB = {
    "lost_pet_notice": {
        "de": ("Katze entlaufen!", "Unser Kater Moritz ist seit Dienstag weg, zuletzt gesehen an der Bushaltestelle.", "Chipnummer {n}"),
        "fr": ("Chien perdu", "Notre chienne Lola s'est échappée du jardin samedi soir.", "Puce électronique n° {n}"),
        "ja": ("迷子猫を探しています", "茶トラのオス猫が月曜日の夜から帰ってきません。", "マイクロチップ番号 {n}"),
        "ar": ("قطة مفقودة", "فقدنا قطتنا البيضاء مساء الخميس قرب الحديقة.", "رقم الشريحة {n}"),
    },
    "room_sublet_ad": {
        "nl": ("Kamer onderhuur (3 mnd)", "Ik ga op uitwisseling en zoek een onderhuurder voor mijn kamer.", "Huur incl. GWL, wooncode {n}"),
        "pl": ("Pokój do podnajęcia", "Wyjeżdżam na staż i podnajmę pokój w mieszkaniu studenckim.", "Nr oferty {n}"),
        "es": ("Subarriendo habitación", "Me voy de Erasmus y subarriendo mi habitación de septiembre a enero.", "Ref. catastral {n}"),
        "he": ("שכירות משנה לחדר", "אני נוסעת לחו\"ל ומשכירה את החדר שלי לשלושה חודשים.", "מספר נכס {n}"),
    },
    "band_seeking_musician": {
        "sv": ("Band söker trummis", "Vi är ett indieband som repar två kvällar i veckan och saknar trummis.", "Replokal nr {n}"),
        "pt": ("Banda procura baixista", "Somos uma banda de rock e procuramos baixista para concertos no verão.", "Sala de ensaio {n}"),
        "ru": ("Группа ищет барабанщика", "Мы играем пост-рок и ищем барабанщика на постоянной основе.", "Репбаза, бокс {n}"),
        "ko": ("밴드 드러머 구합니다", "주 2회 합주하는 인디 밴드에서 드러머를 찾습니다.", "합주실 예약번호 {n}"),
    },
    "flea_market_stall_booking": {
        "it": ("Mercatino delle pulci – prenotazione banco", "La prossima edizione del mercatino si terrà in piazza.", "Banco n. {n}"),
        "cs": ("Blešák – rezervace stánku", "Příští bleší trh se koná na náměstí před radnicí.", "Stánek č. {n}"),
        "uk": ("Блошиний ринок – бронювання місця", "Наступний блошиний ринок відбудеться на площі біля ратуші.", "Місце № {n}"),
        "hu": ("Bolhapiac – asztalfoglalás", "A következő bolhapiac a főtéren lesz.", "Asztal sorszáma {n}"),
    },
    "astronomy_club_observing_night": {
        "el": ("Βραδιά παρατήρησης", "Η λέσχη αστρονομίας οργανώνει βραδιά παρατήρησης στο βουνό.", "Τηλεσκόπιο σειριακός αρ. {n}"),
        "fa": ("شب رصد", "انجمن نجوم یک شب رصد در کویر برگزار می‌کند.", "کد ثبت‌نام {n}"),
        "ro": ("Seară de observații astronomice", "Clubul de astronomie organizează o seară de observații pe deal.", "Nr. înscriere {n}"),
        "de": ("Beobachtungsabend der Sternwarte", "Die Volkssternwarte lädt zum öffentlichen Beobachtungsabend ein.", "Teleskop Seriennr. {n}"),
    },
    "repair_cafe_event": {
        "nl": ("Repair Café", "Kapotte broodrooster of fiets? Onze vrijwilligers repareren het samen met jou.", "Reparatiebon {n}"),
        "da": ("Repair Café", "Tag din ødelagte lampe eller cykel med, så reparerer vi den sammen.", "Reparationsseddel {n}"),
        "fr": ("Repair Café", "Apportez vos grille-pain et vélos en panne, nos bénévoles vous aident.", "Fiche de réparation {n}"),
        "zh": ("维修咖啡馆活动", "带上坏掉的台灯或自行车，志愿者和你一起修理。", "维修单号 {n}"),
    },
    "book_club_meeting_page": {
        "ja": ("読書会のお知らせ", "今月の課題本は村上春樹の短編集です。", "会員番号 {n}"),
        "tr": ("Kitap kulübü buluşması", "Bu ayın kitabı Orhan Pamuk'un ilk romanı.", "Üye no {n}"),
        "fi": ("Lukupiirin tapaaminen", "Tämän kuun kirjana on Tove Janssonin novellikokoelma.", "Jäsennumero {n}"),
        "pl": ("Spotkanie klubu książki", "W tym miesiącu czytamy zbiór opowiadań Olgi Tokarczuk.", "Nr karty bibliotecznej {n}"),
    },
    "caravan_for_sale": {
        "de": ("Wohnwagen zu verkaufen", "Verkaufe unseren gepflegten Wohnwagen, Baujahr 2014, Nichtraucher.", "Fahrgestell-Nr. {n}"),
        "no": ("Campingvogn selges", "Selger vår velholdte campingvogn, lite brukt, stått i garasje.", "Chassisnr. {n}"),
        "es": ("Se vende caravana", "Vendo caravana en muy buen estado, siempre en garaje.", "Nº de bastidor {n}"),
        "bg": ("Продавам каравана", "Продавам добре поддържана каравана, винаги в гараж.", "Рама № {n}"),
    },
    "guesthouse_contact_page": {
        "it": ("Affittacamere – Contatti", "Camere con vista sul lago, colazione inclusa.", "CIN {n}"),
        "th": ("เกสต์เฮาส์ – ติดต่อเรา", "ห้องพักใกล้ชายหาด มีอาหารเช้า", "เลขที่ใบอนุญาต {n}"),
        "hi": ("अतिथि गृह – संपर्क", "झील के किनारे कमरे, नाश्ता शामिल।", "पंजीकरण संख्या {n}"),
        "el": ("Ενοικιαζόμενα δωμάτια – Επικοινωνία", "Δωμάτια με θέα στη θάλασσα, πρωινό περιλαμβάνεται.", "ΑΜΑ {n}"),
    },
    "time_bank_exchange_board": {
        "fr": ("Accorderie – échanges de services", "Une heure donnée vaut une heure reçue : voici les offres de la semaine.", "Offre n° {n}"),
        "ar": ("بنك الوقت – تبادل الخدمات", "ساعة تقدمها تساوي ساعة تحصل عليها: هذه عروض الأسبوع.", "رقم العرض {n}"),
        "vi": ("Ngân hàng thời gian – trao đổi dịch vụ", "Một giờ giúp đỡ đổi lấy một giờ được giúp: các lời mời tuần này.", "Mã tin {n}"),
        "pt": ("Banco de tempo – troca de serviços", "Uma hora dada vale uma hora recebida: eis as ofertas da semana.", "Oferta n.º {n}"),
    },
    "lan_party_signup": {
        "es": ("LAN party – inscripción", "Trae tu PC, el cable de red y ganas de jugar toda la noche.", "Puesto nº {n}"),
        "ru": ("LAN-пати – регистрация", "Берите свой ПК, сетевой кабель и хорошее настроение на всю ночь.", "Место № {n}"),
        "zh": ("局域网联机聚会报名", "自带电脑和网线，通宵联机对战。", "座位号 {n}"),
        "tr": ("LAN partisi – kayıt", "Bilgisayarını ve ağ kablonu getir, sabaha kadar oynuyoruz.", "Masa no {n}"),
    },
    "makerspace_member_wiki": {
        "de": ("Makerspace-Wiki: Mitglieder & Geräte", "Hier stehen die Kontakte der Gerätepaten und die Adressen im Netz.", "Inventar-Nr. {n}"),
        "ko": ("메이커스페이스 위키", "장비 담당자 연락처와 내부 네트워크 주소입니다.", "자산번호 {n}"),
        "he": ("ויקי המייקרספייס", "אנשי הקשר של הציוד וכתובות הרשת הפנימית.", "מספר מלאי {n}"),
        "uk": ("Вікі мейкерспейсу", "Контакти відповідальних за обладнання та адреси в мережі.", "Інв. № {n}"),
    },
}

# words a makerspace wiki uses for a device's network address, per language
NET = {"de": ("Drucker", "Laserschneider", "Netzmaske", "Gateway"), "ko": ("프린터", "레이저 커터", "서브넷 마스크", "게이트웨이"),
       "he": ("מדפסת", "חותך לייזר", "מסכת רשת", "שער"), "uk": ("Принтер", "Лазерний різак", "Маска мережі", "Шлюз")}
