"""People's pages of the blind36 PII set: twelve small-trade / club registers, each in two languages,
every page wholly in its own language. See pii_blind36.py for the rules.

Lexicon fields: reg (register), cc (phone/IBAN country), host, title, blurb, tel, mob, mail, iban,
order, track, inv, zip, call ({P} phone, {E} e-mail), pay ({I} IBAN), ask / ans (chat lines), names,
place (address with {Z} postcode), obf (an obfuscated address sentence, {O}), ext (extension word).
"""

from __future__ import annotations

LEX = {
    "de": {"reg": "harp_teacher", "cc": "DE", "host": "harfenunterricht-lindner.de", "title": "Harfenunterricht Lindner – Konzert- und Keltische Harfe",
               "blurb": "Einzelstunden für Kinder und Erwachsene, Leihharfen ab 45 € im Monat.", "tel": "Telefon", "mob": "Mobil",
               "mail": "E-Mail", "iban": "Bankverbindung", "order": "Leihvertrag Nr.", "track": "Sendungsnummer", "inv": "Rechnung",
               "zip": "PLZ", "call": "Für eine Probestunde erreichen Sie mich unter {P} oder per Mail an {E}.",
               "pay": "Die Stundengebühr bitte monatlich auf {I} überweisen.", "ask": "Hallo, ist am Donnerstag noch ein Termin frei?",
               "ans": "Ja, um 16 Uhr. Ruf mich kurz an: {P}", "names": ["Johanna Lindner", "Familie Brückner"],
               "place": "Saarstraße 14, {Z} Mainz", "obf": "Noten bitte an {O} schicken.", "ext": "Durchwahl"},
    "ja": {"reg": "harp_teacher", "cc": "JP", "host": "harp-kyoshitsu.jp", "title": "アイリッシュハープ教室 こもれび",
               "blurb": "初心者歓迎。レンタルハープあり、月2回のグループレッスンも開講中です。", "tel": "電話", "mob": "携帯",
               "mail": "メール", "iban": "振込先", "order": "受付番号", "track": "伝票番号", "inv": "請求書番号", "zip": "〒",
               "call": "体験レッスンのお申し込みは{P}またはメール{E}までお気軽にどうぞ。",
               "pay": "月謝は{I}へお振込みください。", "ask": "来週の土曜日、体験レッスンは空いていますか？",
               "ans": "空いています！念のため携帯の番号です {P}", "names": ["佐藤 美咲", "田中 先生"],
               "place": "{Z} 京都市左京区下鴨本通 3-12", "obf": "楽譜の送付先: {O}", "ext": "内線"},
    "nl": {"reg": "mooring_association", "cc": "NL", "host": "ligplaatsvereniging-dewaal.nl", "title": "Ligplaatsvereniging De Waal – ledenpagina",
               "blurb": "Vaste ligplaatsen voor sloepen en kleine kajuitboten, winterstalling op de kade.", "tel": "Telefoon", "mob": "Mobiel",
               "mail": "E-mail", "iban": "Rekeningnummer", "order": "Ligplaatsnummer", "track": "Track & trace", "inv": "Factuurnummer", "zip": "Postcode",
               "call": "Havenmeester Gert is bereikbaar op {P} of via {E}.", "pay": "Liggeld graag overmaken naar {I} o.v.v. uw steigernummer.",
               "ask": "Is er nog plek aan steiger C voor een sloep van 6 meter?", "ans": "Misschien wel, bel even met Gert: {P}",
               "names": ["Gert van Dijk", "Marloes Smit"], "place": "Havenkade 7, {Z} Zaltbommel", "obf": "Aanmelden via {O}", "ext": "toestel"},
    "el": {"reg": "mooring_association", "cc": "GR", "host": "nautikos-omilos-lefkadas.gr", "title": "Ναυτικός Όμιλος Λευκάδας – Θέσεις ελλιμενισμού",
               "blurb": "Θέσεις για μικρά σκάφη και βάρκες, χειμερινή αποθήκευση στην ξηρά.", "tel": "Τηλέφωνο", "mob": "Κινητό",
               "mail": "Email", "iban": "Λογαριασμός", "order": "Αριθμός θέσης", "track": "Αριθμός αποστολής", "inv": "Τιμολόγιο", "zip": "Τ.Κ.",
               "call": "Για διαθεσιμότητα καλέστε στο {P} ή στείλτε μήνυμα στο {E}.",
               "pay": "Η συνδρομή καταβάλλεται στον λογαριασμό {I}.", "ask": "Καλησπέρα, υπάρχει θέση για βάρκα 5 μέτρων τον Ιούλιο;",
               "ans": "Ναι, πάρτε τηλέφωνο τον λιμενάρχη: {P}", "names": ["Γιώργος Παπαδάκης", "Ελένη Κ."],
               "place": "Παραλία Λευκάδας, {Z} Λευκάδα", "obf": "Γράψτε μας: {O}", "ext": "εσωτ."},
    "fr": {"reg": "goat_milk_soap_maker", "cc": "FR", "host": "savonnerie-lacabriole.fr", "title": "Savonnerie La Cabriole – savons au lait de chèvre",
               "blurb": "Savons saponifiés à froid, lait de nos chèvres alpines, vente à la ferme le samedi.", "tel": "Tél.", "mob": "Portable",
               "mail": "Courriel", "iban": "RIB / IBAN", "order": "Commande n°", "track": "N° de suivi", "inv": "Facture n°", "zip": "Code postal",
               "call": "Pour les commandes groupées, appelez le {P} ou écrivez à {E}.",
               "pay": "Règlement par virement : {I} (indiquez votre nom).", "ask": "Bonjour, vous livrez à Valence ?",
               "ans": "Oui, le jeudi. Mon portable : {P}", "names": ["Claire Fabre", "Élodie M."], "place": "Chemin des Granges, {Z} Dieulefit",
               "obf": "Écrivez-nous : {O}", "ext": "poste"},
    "ka": {"reg": "goat_milk_soap_maker", "cc": "GE", "host": "tkhis-rdzis-saponi.ge", "title": "თხის რძის საპონი – ოჯახური სახელოსნო",
               "blurb": "ხელნაკეთი საპონი თხის რძით და მთის ბალახებით, კახეთიდან.", "tel": "ტელეფონი", "mob": "მობილური",
               "mail": "ელფოსტა", "iban": "ანგარიში", "order": "შეკვეთის №", "track": "გზავნილის №", "inv": "ინვოისი №", "zip": "საფოსტო ინდექსი",
               "call": "შეკვეთისთვის დაგვირეკეთ {P} ან მოგვწერეთ {E}.",
               "pay": "თანხა ჩარიცხეთ ანგარიშზე {I}.", "ask": "გამარჯობა, თბილისში მიტანა გაქვთ?",
               "ans": "დიახ, ხუთშაბათობით. დარეკეთ: {P}", "names": ["ნინო ბერიძე", "გიორგი"], "place": "თელავი, {Z}, ჭავჭავაძის 21",
               "obf": "მოგვწერეთ: {O}", "ext": "შიდა"},
    "it": {"reg": "mosaic_workshop", "cc": "IT", "host": "laboratoriomosaico-ravenna.it", "title": "Laboratorio di Mosaico Tessere d'Oro",
               "blurb": "Corsi di mosaico bizantino e su commissione, smalti e ori di Murano.", "tel": "Tel.", "mob": "Cell.",
               "mail": "E-mail", "iban": "Coordinate bancarie", "order": "Ordine n.", "track": "Numero di spedizione", "inv": "Fattura n.",
               "zip": "CAP", "call": "Per iscrizioni ai corsi chiamate il {P} o scrivete a {E}.",
               "pay": "Acconto del 30% tramite bonifico su {I}.", "ask": "Buongiorno, il corso di aprile è ancora disponibile?",
               "ans": "Sì, restano due posti. Chiamami al {P}", "names": ["Giulia Ferri", "Marco B."], "place": "Via Mazzini 41, {Z} Ravenna",
               "obf": "Scriveteci a {O}", "ext": "interno"},
    "ar": {"reg": "mosaic_workshop", "cc": "AE", "host": "fusaifisa-studio.ae", "title": "مرسم الفسيفساء – ورشة البلاط والزجاج",
               "blurb": "دورات في فن الفسيفساء وتنفيذ جداريات حسب الطلب للمنازل والمساجد.", "tel": "هاتف", "mob": "جوال",
               "mail": "البريد الإلكتروني", "iban": "رقم الحساب", "order": "رقم الطلب", "track": "رقم الشحنة", "inv": "رقم الفاتورة",
               "zip": "ص.ب", "call": "للاستفسار اتصلوا على {P} أو راسلونا على {E}.",
               "pay": "يرجى تحويل العربون إلى الحساب {I}.", "ask": "مرحبا، هل توجد دورة للمبتدئين في رمضان؟",
               "ans": "نعم، بعد التراويح. اتصلي على {P}", "names": ["ريم الحمادي", "أستاذ خالد"], "place": "الشارقة، المنطقة الصناعية 4، ص.ب {Z}",
               "obf": "راسلونا: {O}", "ext": "تحويلة"},
    "pl": {"reg": "wedding_dj", "cc": "PL", "host": "dj-wesele-kraków.pl".replace("ó", "o"), "title": "DJ Wesele Bartek – oprawa muzyczna wesel",
               "blurb": "Wodzirej, nagłośnienie, ciężki dym na pierwszy taniec. Terminy na 2027 rok.", "tel": "Tel.", "mob": "Kom.",
               "mail": "E-mail", "iban": "Nr konta", "order": "Umowa nr", "track": "Nr przesyłki", "inv": "Faktura nr", "zip": "Kod pocztowy",
               "call": "Rezerwacja terminu: {P}, oferta na maila {E}.", "pay": "Zadatek prosimy wpłacić na konto {I}.",
               "ask": "Dzień dobry, czy 14 sierpnia jest wolny?", "ans": "Jest wolny, proszę dzwonić: {P}",
               "names": ["Bartosz Wróbel", "Pani Agnieszka"], "place": "ul. Długa 8, {Z} Kraków", "obf": "Pisz: {O}", "ext": "wew."},
    "hi": {"reg": "wedding_dj", "cc": "IN", "host": "shaadi-dj-jaipur.in", "title": "शादी डीजे राहुल – संगीत, बारात और संगीत संध्या",
               "blurb": "बारात के लिए डीजे वैन, ढोल और लाइटिंग की पूरी व्यवस्था।", "tel": "फ़ोन", "mob": "मोबाइल",
               "mail": "ईमेल", "iban": "खाता", "order": "बुकिंग संख्या", "track": "ट्रैकिंग संख्या", "inv": "बिल संख्या", "zip": "पिन कोड",
               "call": "बुकिंग के लिए {P} पर कॉल करें या {E} पर लिखें।", "pay": "अग्रिम राशि खाते {I} में भेजें।",
               "ask": "नमस्ते, दिसंबर में 12 तारीख खाली है क्या?", "ans": "हाँ जी, इस नंबर पर बात करें {P}",
               "names": ["राहुल शर्मा", "सुनीता जी"], "place": "मालवीय नगर, जयपुर {Z}", "obf": "लिखें: {O}", "ext": "एक्सटेंशन"},
    "ko": {"reg": "ceramic_kiln_share", "cc": "KR", "host": "gama-gongyu.kr", "title": "도예 가마 공유 작업실 흙과불",
               "blurb": "전기가마와 장작가마를 시간 단위로 빌려드립니다. 초벌·재벌 모두 가능.", "tel": "전화", "mob": "휴대폰",
               "mail": "이메일", "iban": "계좌", "order": "예약번호", "track": "운송장번호", "inv": "영수증 번호", "zip": "우편번호",
               "call": "가마 예약은 {P} 또는 {E}로 문의 주세요.", "pay": "입금 계좌 {I}.", "ask": "이번 주 금요일 재벌 가능할까요?",
               "ans": "네 가능합니다. 제 번호로 연락주세요 {P}", "names": ["김도윤", "박서연 선생님"], "place": "경기도 이천시 신둔면 {Z}",
               "obf": "문의: {O}", "ext": "내선"},
    "sv": {"reg": "ceramic_kiln_share", "cc": "SE", "host": "brannugn-kollektivet.se", "title": "Brännugnskollektivet – hyr plats i ugnen",
               "blurb": "Vi delar en gasugn och två elugnar, skröj- och glasyrbränning varje vecka.", "tel": "Telefon", "mob": "Mobil",
               "mail": "E-post", "iban": "Konto", "order": "Bokningsnr", "track": "Kollinummer", "inv": "Fakturanr", "zip": "Postnummer",
               "call": "Boka plats på {P} eller mejla {E}.", "pay": "Betala till {I} senast fredag.", "ask": "Hej! Finns det plats i gasugnen på lördag?",
               "ans": "Ja, ring Karin: {P}", "names": ["Karin Holm", "Olle"], "place": "Verkstadsgatan 3, {Z} Gustavsberg",
               "obf": "Mejla {O}", "ext": "ankn."},
    "ru": {"reg": "reptile_rescue", "cc": "RU", "host": "prijut-reptiliy.ru", "title": "Приют для рептилий «Тёплый камень»",
               "blurb": "Принимаем отказных черепах, ящериц и змей, ищем им новых хозяев.", "tel": "Телефон", "mob": "Моб.",
               "mail": "Почта", "iban": "Счёт", "order": "Заявка №", "track": "Трек-номер", "inv": "Счёт-фактура №", "zip": "Индекс",
               "call": "По вопросам передержки звоните {P} или пишите {E}.", "pay": "Помочь приюту можно переводом на карту волонтёра.",
               "ask": "Здравствуйте, можно забрать красноухую черепаху?", "ans": "Можно, позвоните куратору: {P}",
               "names": ["Ольга Смирнова", "Денис"], "place": "г. Казань, ул. Гагарина, д. 5, {Z}", "obf": "Пишите: {O}", "ext": "доб."},
    "pt": {"reg": "reptile_rescue", "cc": "PT", "host": "resgate-repteis.pt", "title": "Resgate de Répteis do Ribatejo",
               "blurb": "Acolhemos cágados, iguanas e serpentes abandonados e procuramos famílias responsáveis.", "tel": "Telefone", "mob": "Telemóvel",
               "mail": "Email", "iban": "IBAN", "order": "Processo n.º", "track": "N.º de envio", "inv": "Fatura n.º", "zip": "Código postal",
               "call": "Para adoções ligue {P} ou escreva para {E}.", "pay": "Donativos por transferência para {I}.",
               "ask": "Boa tarde, ainda têm a iguana para adoção?", "ans": "Temos sim, ligue para a Rita: {P}",
               "names": ["Rita Carvalho", "Nuno"], "place": "Rua da Liberdade 22, {Z} Santarém", "obf": "Contacto: {O}", "ext": "ext."},
    "hy": {"reg": "fencing_club", "cc": "AM", "host": "suseramart-akumb.am", "title": "Սուսերամարտի ակումբ «Վահան»",
               "blurb": "Պարապմունքներ երեխաների և մեծահասակների համար, սուսեր, շպագա, ռապիրա։", "tel": "Հեռախոս", "mob": "Բջջային",
               "mail": "Էլ. փոստ", "iban": "Հաշիվ", "order": "Գրանցման №", "track": "Առաքման №", "inv": "Հաշիվ-ապրանքագիր №", "zip": "Փոստային ինդեքս",
               "call": "Գրանցվելու համար զանգահարեք {P} կամ գրեք {E}։", "pay": "Անդամավճարը փոխանցեք ակումբի հաշվին։",
               "ask": "Բարև ձեզ, 9 տարեկանի համար խումբ կա՞", "ans": "Այո, զանգեք մարզչին՝ {P}",
               "names": ["Արմեն Գրիգորյան", "Անի"], "place": "Երևան {Z}, Կոմիտասի 30", "obf": "Գրեք՝ {O}", "ext": "ներքին"},
    "es": {"reg": "fencing_club", "cc": "ES", "host": "clubesgrima-triana.es", "title": "Club de Esgrima Triana – sable, espada y florete",
               "blurb": "Entrenamientos de lunes a jueves, material de préstamo para la primera temporada.", "tel": "Tel.", "mob": "Móvil",
               "mail": "Correo", "iban": "Cuenta", "order": "Licencia n.º", "track": "N.º de envío", "inv": "Factura n.º", "zip": "C.P.",
               "call": "Para inscribirte llama al {P} o escribe a {E}.", "pay": "La cuota trimestral se domicilia en {I}.",
               "ask": "Hola, ¿hay grupo de iniciación para adultos?", "ans": "Sí, los martes. Llámame: {P}",
               "names": ["Lucía Romero", "Maestro Andrés"], "place": "C/ Pagés del Corro 90, {Z} Sevilla", "obf": "Escríbenos a {O}", "ext": "ext."},
    "zh": {"reg": "origami_circle", "cc": "CN", "host": "zhezhi-she.cn", "title": "纸鹤折纸社 · 周末活动通知",
               "blurb": "每周六下午在社区图书馆三楼折纸，欢迎亲子家庭参加。", "tel": "电话", "mob": "手机",
               "mail": "邮箱", "iban": "账户", "order": "报名编号", "track": "快递单号", "inv": "发票号", "zip": "邮编",
               "call": "报名请拨打{P}，或发邮件至{E}。", "pay": "活动费用现场缴纳。", "ask": "请问这周六还有名额吗？",
               "ans": "还有三个，打我手机{P}", "names": ["王老师", "李晓雯"], "place": "杭州市西湖区文三路 88 号，邮编 {Z}",
               "obf": "投稿邮箱：{O}", "ext": "转"},
    "vi": {"reg": "origami_circle", "cc": "VN", "host": "clbgapgiay.vn", "title": "Câu lạc bộ Gấp giấy Hạc Trắng",
               "blurb": "Sinh hoạt chiều Chủ nhật tại nhà văn hoá phường, có lớp cho thiếu nhi.", "tel": "Điện thoại", "mob": "Di động",
               "mail": "Email", "iban": "Tài khoản", "order": "Mã đăng ký", "track": "Mã vận đơn", "inv": "Số hoá đơn", "zip": "Mã bưu chính",
               "call": "Đăng ký qua số {P} hoặc gửi thư tới {E}.", "pay": "Học phí nộp trực tiếp tại lớp.",
               "ask": "Chào anh, lớp thiếu nhi còn chỗ không ạ?", "ans": "Còn em ơi, gọi chị Lan nhé: {P}",
               "names": ["Nguyễn Thị Lan", "Anh Minh"], "place": "Phường Bến Nghé, Quận 1, TP.HCM {Z}", "obf": "Liên hệ: {O}", "ext": "máy lẻ"},
    "uk": {"reg": "candle_chandlery", "cc": "UA", "host": "svichky-voskovi.ua", "title": "Воскові свічки ручної роботи «Бджілка»",
               "blurb": "Свічки з натурального воску, катані та литі, на замовлення до свят.", "tel": "Телефон", "mob": "Моб.",
               "mail": "Пошта", "iban": "Рахунок", "order": "Замовлення №", "track": "ТТН", "inv": "Рахунок №", "zip": "Індекс",
               "call": "Замовлення приймаємо за номером {P} або на {E}.", "pay": "Оплата на рахунок {I}, призначення — ваше прізвище.",
               "ask": "Добрий день, чи встигнете зробити 30 свічок до Великодня?", "ans": "Встигнемо, наберіть мене {P}",
               "names": ["Оксана Мельник", "Петро"], "place": "м. Львів, вул. Городоцька 12, {Z}", "obf": "Пишіть: {O}", "ext": "дод."},
    "tr": {"reg": "candle_chandlery", "cc": "TR", "host": "mumatolyesi.com.tr", "title": "Mum Atölyesi Işık – el yapımı soya mumları",
               "blurb": "Soya ve balmumundan kokulu mumlar, düğün ve kına hediyelikleri.", "tel": "Tel", "mob": "Cep",
               "mail": "E-posta", "iban": "IBAN", "order": "Sipariş no", "track": "Kargo takip no", "inv": "Fatura no", "zip": "Posta kodu",
               "call": "Toplu siparişler için {P} numarasını arayın veya {E} adresine yazın.", "pay": "Ödeme {I} hesabına havale ile.",
               "ask": "Merhaba, 50 adet kına hediyesi yetişir mi?", "ans": "Yetişir, beni arayın: {P}",
               "names": ["Elif Aydın", "Selin Hanım"], "place": "Moda Cad. 17, {Z} Kadıköy/İstanbul", "obf": "Bize yazın: {O}", "ext": "dahili"},
    "he": {"reg": "mead_meadery", "cc": "IL", "host": "yekev-mead.co.il", "title": "יקב הדבש של הגליל – מיד בעבודת יד",
               "blurb": "משקה דבש מותסס מדבש הגליל, סיורים וטעימות בימי שישי.", "tel": "טלפון", "mob": "נייד",
               "mail": "דוא\"ל", "iban": "חשבון", "order": "מספר הזמנה", "track": "מספר משלוח", "inv": "חשבונית", "zip": "מיקוד",
               "call": "להזמנת סיור התקשרו {P} או כתבו ל-{E}.", "pay": "תשלום בהעברה לחשבון {I}.",
               "ask": "שלום, יש סיור ביום שישי הקרוב?", "ans": "יש, תתקשרו אליי {P}", "names": ["נועה לוי", "אבי"],
               "place": "מושב עמירים, מיקוד {Z}", "obf": "כתבו לנו: {O}", "ext": "שלוחה"},
    "bn": {"reg": "mead_meadery", "cc": "BD", "host": "modhu-pani.com.bd", "title": "মধুপানী – সুন্দরবনের মধু থেকে তৈরি পানীয়",
               "blurb": "খাঁটি সুন্দরবনের মধু, প্রতি শুক্রবার খামারে স্বাদ নেওয়ার আয়োজন।", "tel": "ফোন", "mob": "মোবাইল",
               "mail": "ইমেইল", "iban": "হিসাব", "order": "অর্ডার নম্বর", "track": "ট্র্যাকিং নম্বর", "inv": "চালান নম্বর", "zip": "পোস্ট কোড",
               "call": "অর্ডার করতে {P} নম্বরে ফোন করুন অথবা {E} ঠিকানায় লিখুন।", "pay": "বিকাশ বা ব্যাংকে পরিশোধ করা যাবে।",
               "ask": "আসসালামু আলাইকুম, ঢাকায় ডেলিভারি হবে?", "ans": "জি হবে, এই নম্বরে কল দিন {P}", "names": ["রাশেদ হোসেন", "তানিয়া আপা"],
               "place": "খুলনা {Z}, সোনাডাঙ্গা", "obf": "লিখুন: {O}", "ext": "এক্সটেনশন"},
    "th": {"reg": "knife_sharpening", "cc": "TH", "host": "lubmeed-chiangmai.co.th", "title": "ร้านลับมีดช่างแดง เชียงใหม่",
               "blurb": "ลับมีดครัว มีดญี่ปุ่น กรรไกร และเครื่องมือช่าง รับ-ส่งถึงบ้าน", "tel": "โทร", "mob": "มือถือ",
               "mail": "อีเมล", "iban": "บัญชี", "order": "เลขที่ใบรับ", "track": "เลขพัสดุ", "inv": "ใบเสร็จเลขที่", "zip": "รหัสไปรษณีย์",
               "call": "สอบถามได้ที่ {P} หรือส่งอีเมลมาที่ {E}", "pay": "ชำระเงินหน้าร้านหรือโอนพร้อมเพย์",
               "ask": "สวัสดีครับ รับลับมีดญี่ปุ่นไหมครับ", "ans": "รับครับ โทรหาช่างแดงได้เลย {P}", "names": ["ช่างแดง", "คุณสมศรี"],
               "place": "ถนนช้างคลาน อ.เมือง เชียงใหม่ {Z}", "obf": "ติดต่อ: {O}", "ext": "ต่อ"},
    "am": {"reg": "knife_sharpening", "cc": "ET", "host": "bilawa-masal.et", "title": "የቢላዋ ማሳያ አገልግሎት – መርካቶ",
               "blurb": "የወጥ ቤት ቢላዋ፣ መቀስ እና የአናጺ መሣሪያዎችን እናሳላለን።", "tel": "ስልክ", "mob": "ሞባይል",
               "mail": "ኢሜይል", "iban": "ሂሳብ", "order": "የትዕዛዝ ቁጥር", "track": "የመላኪያ ቁጥር", "inv": "ደረሰኝ ቁጥር", "zip": "ፖ.ሳ.ቁ",
               "call": "ለመረጃ በ{P} ይደውሉ ወይም ወደ {E} ይጻፉ።", "pay": "ክፍያ በቴሌብር ወይም በጥሬ ገንዘብ።",
               "ask": "ሰላም፣ ቅዳሜ ክፍት ናችሁ?", "ans": "አዎ ክፍት ነን፣ ይደውሉ {P}", "names": ["አበበ ተስፋዬ", "ሰላማዊት"],
               "place": "አዲስ አበባ፣ መርካቶ፣ ፖ.ሳ.ቁ {Z}", "obf": "ይጻፉልን፡ {O}", "ext": "ውስጥ መስመር"},
}

# postcodes written the local way (look-alikes for phone finders when long)
ZIPS = {"de": "55118", "ja": "606-0861", "nl": "5301 KC", "el": "311 00", "fr": "26220", "ka": "2200", "it": "48121",
        "ar": "26518", "pl": "31-008", "hi": "302017", "ko": "17414", "sv": "134 40", "ru": "420015", "pt": "2000-119",
        "hy": "0012", "es": "41010", "zh": "310012", "vi": "700000", "uk": "79013", "tr": "34710", "he": "1233500",
        "bn": "9100", "th": "50100", "am": "1000"}

import random

import pii_blind36_values as V
from pii_blind36_common import (
    E,
    I,
    N,
    P,
    card_like,
    digits,
    email_like,
    iban_like,
    phone_like,
)

IBAN_CC = set(V._BBAN)
# the way local bank details look where there is no IBAN (look-alikes: never labelled)
LOCAL_ACCT = {
    "JP": lambda r: f"ゆうちょ銀行 〇一八店 普通 {digits(r, 7)}",
    "KR": lambda r: f"국민은행 {digits(r, 6)}-{digits(r, 2)}-{digits(r, 6)}",
    "IN": lambda r: f"A/c {digits(r, 12)}, IFSC SBIN000{digits(r, 4)}",
}


# registration / tax numbers each country prints in a page footer (look-alikes: never labelled)
LOCAL_IDS = {
    "DE": lambda r: f"USt-IdNr. DE{digits(r, 9)} · Steuernummer {digits(r, 2)}/{digits(r, 3)}/{digits(r, 5)}",
    "JP": lambda r: f"適格請求書発行事業者登録番号 T{digits(r, 13)}",
    "NL": lambda r: f"KvK {digits(r, 8)} · btw NL{digits(r, 9)}B01",
    "GR": lambda r: f"ΑΦΜ {digits(r, 9)} · ΓΕΜΗ {digits(r, 12)}",
    "FR": lambda r: f"SIRET {digits(r, 3)} {digits(r, 3)} {digits(r, 3)} {digits(r, 5)}",
    "GE": lambda r: f"საიდენტიფიკაციო კოდი {digits(r, 9)}",
    "AE": lambda r: f"TRN {digits(r, 15)}",
    "IT": lambda r: f"P.IVA {digits(r, 11)}",
    "PL": lambda r: f"NIP {digits(r, 3)}-{digits(r, 3)}-{digits(r, 2)}-{digits(r, 2)} · REGON {digits(r, 9)}",
    "IN": lambda r: f"GSTIN 08{''.join(r.choice('ABCDEFGHKLMNPRST') for _ in range(5))}{digits(r, 4)}A1Z{r.randint(1, 9)}",
    "KR": lambda r: f"사업자등록번호 {digits(r, 3)}-{digits(r, 2)}-{digits(r, 5)}",
    "SE": lambda r: f"Org.nr {digits(r, 6)}-{digits(r, 4)} · Bankgiro {digits(r, 3)}-{digits(r, 4)}",
    "RU": lambda r: f"ИНН {digits(r, 10)}, ОГРН {digits(r, 13)}",
    "PT": lambda r: f"NIF {digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
    "AM": lambda r: f"ՀՎՀՀ {digits(r, 8)}",
    "ES": lambda r: f"CIF G{digits(r, 8)}",
    "CN": lambda r: f"备案号 浙ICP备{digits(r, 8)}号-{r.randint(1, 3)}",
    "VN": lambda r: f"MST {digits(r, 10)}",
    "UA": lambda r: f"ЄДРПОУ {digits(r, 8)}",
    "TR": lambda r: f"Vergi No {digits(r, 10)} · MERSİS {digits(r, 16)}",
    "IL": lambda r: f"ע.מ. {digits(r, 9)}",
    "BD": lambda r: f"ট্রেড লাইসেন্স {digits(r, 6)}/{r.randint(2020, 2027)}",
    "TH": lambda r: f"เลขประจำตัวผู้เสียภาษี {r.randint(0, 9)}-{digits(r, 4)}-{digits(r, 5)}-{digits(r, 2)}-{r.randint(0, 9)}",
    "ET": lambda r: f"TIN {digits(r, 10)}",
}


def _phone(rng, L, **kw):
    return V.phone(rng, L["cc"], **kw)


def _ext(rng, L):
    """A phone with its written extension (the extension is part of the span)."""
    base = V.phone(rng, L["cc"], mobile=False, style=rng.choice(["nat", "intl"]))
    return f"{base} {L['ext']} {rng.randint(10, 399)}"


def _iban_or_local(rng, L):
    if L["cc"] in IBAN_CC:
        return I(V.iban(rng, L["cc"]))
    maker = LOCAL_ACCT.get(L["cc"])
    return N(maker(rng)) if maker else N(digits(rng, 13))


def _negs(rng, L, lang, host):
    """Two to four look-alike lines, in the page's own words."""
    out = [f"{L['order']} {N(phone_like(rng))}", f"{L['track']} {N(digits(rng, 4) + ' ' + digits(rng, 4) + ' ' + digits(rng, 4))}",
           f"{L['inv']} {N(str(rng.randint(2025, 2027)) + '/' + digits(rng, 5))}", N(email_like(rng, host))]
    if L["cc"] in IBAN_CC and rng.random() < 0.5:
        out.append(f"({L['iban']}: {N(iban_like(rng, L['cc']))})")
    if rng.random() < 0.35:
        out.append(N(card_like(rng)))
    rng.shuffle(out)
    return out[: rng.randint(2, 4)]


def page(rng: random.Random, lang: str, layout: int) -> tuple[str, str, str]:
    L = LEX[lang]
    host = L["host"]
    url = f"https://www.{host}/" + rng.choice(["kontakt", "contact", "", "p/12", "index.php?page=info", "blog/2027/03"])
    place = L["place"].format(Z=N(ZIPS[lang]))
    site_mail = V.site_email(rng, host)
    if layout == 0:  # prose page
        em = E(site_mail) if rng.random() < 0.65 else N(email_like(rng, host))
        lines = [L["title"], "", L["blurb"], L["call"].format(P=P(_phone(rng, L)), E=em)]
        negs = _negs(rng, L, lang, host)
        lines.append(" · ".join(negs))
        if "{I}" in L["pay"]:
            lines.append(L["pay"].format(I=_iban_or_local(rng, L)))
            if L["cc"] in IBAN_CC and rng.random() < 0.45:
                lines.append(f"{L['iban']} (2): {I(V.iban(rng, L['cc']))}")
        else:
            lines.append(L["pay"])
        lines.append(place)
        if rng.random() < 0.35:  # a markdown call button: only the number is labelled
            ph = V.phone(rng, L["cc"], style="e164")
            lines.append(f"[{L['tel']} ☎](tel:{P(ph)})")
        if rng.random() < 0.6:
            lines.append(N(LOCAL_IDS[L["cc"]](rng)))
        if rng.random() < 0.5:
            lines.append(f"{L['mob']}: {P(_phone(rng, L, mobile=True))}")
        if rng.random() < 0.3:
            lines.append(P(_phone(rng, L)))  # a bare number as the very last thing on the page
        text = "\n".join(lines)
    elif layout == 1:  # key-value contact block / table
        rows = [(L["tel"], P(_ext(rng, L)) if rng.random() < 0.35 else P(_phone(rng, L, mobile=False))),
                (L["mob"], P(_phone(rng, L, mobile=True))), (L["mail"], E(site_mail if rng.random() < 0.5 else V.email(rng)))]
        if L["cc"] in IBAN_CC:
            rows.append((L["iban"], I(V.iban(rng, L["cc"]))))
            if rng.random() < 0.45:
                rows.append((L["iban"] + " 2", I(V.iban(rng, L["cc"]))))
        rows.append((L["order"], N(phone_like(rng))))
        rows.append((L["zip"], N(ZIPS[lang])))
        if rng.random() < 0.5:
            rows.append(("", N(LOCAL_IDS[L["cc"]](rng))))
        rng.shuffle(rows)
        sep = rng.choice([": ", " | ", "\t", " — "])
        head = L["title"] if rng.random() < 0.7 else ""
        body = "\n".join(f"{k}{sep}{v}" if k else v for k, v in rows)
        if rng.random() < 0.3:  # two numbers in one cell
            body += f"\n{L['tel']}{sep}{P(_phone(rng, L))} / {P(_phone(rng, L))}"
        text = (head + "\n" + body).strip("\n")
        if rng.random() < 0.4:
            text = P(_phone(rng, L)) + "\n" + text  # the page opens with the number
    else:  # chat export / guestbook
        n1, n2 = L["names"]
        day = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.27"
        clock = [rng.randint(7 * 60, 22 * 60)]

        def t():
            clock[0] += rng.randint(0, 40)
            return f"{clock[0] // 60 % 24:02d}:{clock[0] % 60:02d}"
        lines = [f"[{day}, {t()}] {n2}: {L['ask']}", f"[{day}, {t()}] {n1}: {L['ans'].format(P=P(_phone(rng, L, mobile=True)))}"]
        if rng.random() < 0.6:
            lines.append(f"[{day}, {t()}] {n2}: {L['order']} {N(phone_like(rng))} ?")
        lines.append(f"[{day}, {t()}] {n1}: {L['obf'].format(O=E(V.email(rng)) if rng.random() < 0.6 else N(email_like(rng, host)))}")
        if L["cc"] in IBAN_CC and "{I}" in L["pay"] and rng.random() < 0.9:
            lines.append(f"[{day}, {t()}] {n1}: {L['pay'].format(I=I(V.iban(rng, L['cc'])))}")
        for neg in _negs(rng, L, lang, host)[:2]:
            lines.append(f"[{day}, {t()}] {n2}: {neg}")
        text = "\n".join(lines)
    return L["reg"], url, text
