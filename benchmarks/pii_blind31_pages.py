"""People's pages of the 31st blind PII set (benchmarks/pii_blind31.py): 12 registers, each page
wholly in its language, three layouts each (label lines, a table / list whose header stands above,
prose / chat / notice). Written for this set only.
"""

# register -> lang -> dict(host, regions, iban, ext, names, domains, layouts)
PAGES = {
    "mountain_hut_reservation": {
        "de": {"host": "huettenreservierung.at", "regions": ["AT", "AT", "DE"], "iban": "AT", "ext": " Durchwahl ",
                   "names": ["huettenwirt", "reservierung", "lisa.gruber", "bergsteiger", "alpenverein"],
                   "domains": ["aon.at", "gmx.at", "alpenhuette.at", "sektion-tirol.at"],
                   "layouts": [
                       ("Reservierungsbestätigung – Franz-Senn-Hütte (2.147 m)\nBuchungsnr.: {ord}\nAnreise: {date}  Nächte: {n2}\n"
                       "Gast: Lisa Gruber\nTelefon: {P}\nNotfallkontakt: {PM}\nE-Mail: {E}\nAnzahlung {amt} EUR bitte auf {BG} "
                       "(nicht auf das alte Konto {badiban}, dieses ist aufgelöst).\nHüttentelefon (nur Juni–Sept.): {PF}"),
                       ("Lager | Name | Handy | Mitgliedsnr.\nL1 | Gruber | {PM} | {ord}\nL2 | Moser | {PM} | {ord}\n"
                       "L3 | Huber | {PN} | {ord}\nHüttenwirt erreichbar unter {PX}. Koordinaten {geo}, Seehöhe 2147 m."),
                       ("Liebe Bergfreunde, wer am {date} den Abstieg nicht schafft, meldet sich bitte direkt bei mir: "
                       "{P} oder per Mail an {E}. Die Bergrettung hat die 140, aus dem Ausland {PI}. "
                       "Überweisung der Stornogebühr an IBAN {B}, Verwendungszweck {ref}."),
                   ]},
        "sl": {"host": "planinske-koce.si", "regions": ["SI"], "iban": "SI", "ext": " int. ",
                   "names": ["koca.kredarica", "rezervacije", "janez.novak", "pd.kamnik"],
                   "domains": ["siol.net", "gmail.com", "pzs.si", "t-2.net"],
                   "layouts": [
                       ("Potrditev rezervacije, Koča na Kredarici (2515 m)\nŠt. rezervacije: {ord}\nDatum prihoda: {date}\n"
                       "Gost: Janez Novak, tel. {P}\nE-pošta: {E}\nAkontacija {amt} EUR na TRR {B}"),
                       ("Ime in priimek;Mobilni telefon;Št. članske izkaznice\nMaja Kovač;{PM};{ord}\nLuka Zupan;{PM};{ord}\n"
                       "Koča: {PF} (samo v sezoni)"),
                       ("Za rezervacije pokličite oskrbnika na {P} ali pišite na {E}. Poštna številka doline 4280, "
                       "nadmorska višina 2515 m, GPS {geo}."),
                   ]},
    },
    "tea_ceremony_class": {
        "ja": {"host": "chanoyu-kyoushitsu.jp", "regions": ["JP"], "iban": None, "ext": " 内線",
                   "names": ["sado.kyoshitsu", "tanaka", "omotesenke.class", "yamamoto"],
                   "domains": ["ocn.ne.jp", "gmail.com", "nifty.com", "docomo.ne.jp"],
                   "layouts": [
                       ("茶道教室 体験レッスンお申込み\nお名前：田中 花子\n電話番号：{P}\n携帯：{PM}\nメール：{E}\n"
                       "希望日：{date}\n月謝：{amt}円（会員番号 {ord}）\n〒604-8152 京都市中京区"),
                       ("曜日\t先生\t連絡先\n火曜\t山本宗和\t{PN}\n木曜\t佐藤宗恵\t{PM}\n土曜\t教室代表\t{PX}\n"
                       "お道具の注文番号 {ord} はお問い合わせの際にお知らせください。"),
                       ("初釜のご案内です。{date} 午前10時より。欠席のご連絡は{P}まで、またはメール（{E}）で。"
                       "会費{amt}円は当日受付にて。"),
                   ]},
        "zh": {"host": "chayi-ketang.tw", "regions": ["TW"], "iban": None, "ext": " 分机",
                   "names": ["chayi", "wang.meiling", "teaclass", "lin88"],
                   "domains": ["gmail.com", "yahoo.com.tw", "hinet.net", "chayi.tw"],
                   "layouts": [
                       "茶藝研習班 報名表\n姓名：王美玲\n手機：{PM}\n市話：{PF}\n電子郵件：{E}\n報名序號：{ord}\n學費：NT${amt}",
                       "班別 | 老師 | 聯絡電話\n初階 | 林老師 | {P}\n進階 | 陳老師 | {PM}\n行政 | 櫃台 | {PX}\n統一編號 {mask4}5678",
                       "本週六{time}茶席體驗，請來電{P}預約，或寫信到{E}。郵遞區號106，包種茶每斤NT${amt}。",
                   ]},
    },
    "lost_pet_notice": {
        "nl": {"host": "vermistedieren.nl", "regions": ["NL"], "iban": "NL", "ext": " toestel ",
                   "names": ["sanne", "dierenambulance", "jeroen.devries", "kat.gezocht"],
                   "domains": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com"],
                   "layouts": [
                       ("VERMIST: kater Moos\nSinds: {date}\nChipnummer: {chip}\nPostcode: 3512 JK\nBel: {PM}\nOf: {PF}\n"
                       "Mail: {E}\nBeloning € {amt}"),
                       ("Datum | Plaats | Gezien door | Telefoon\n{date} | Lombok | buurvrouw | {PM}\n{date} | Oog in Al | "
                       "bezorger | {PN}\nRegistratienummer NDG {chip}"),
                       ("Wie heeft Moos gezien? Hij is gechipt ({chip}) en heeft een blauw bandje. Graag bellen naar {P} "
                       "of appen naar {PM}. Voor de beloning: tikkie of overmaken naar {B}."),
                   ]},
        "th": {"host": "tamhamaew.co.th", "regions": ["TH"], "iban": None, "ext": " ต่อ ",
                   "names": ["somchai", "maewhai", "pimchanok", "findmydog"],
                   "domains": ["gmail.com", "hotmail.com", "yahoo.co.th"],
                   "layouts": [
                       "ประกาศตามหาสุนัขหาย\nชื่อ: ข้าวตู\nหายวันที่: {date}\nไมโครชิป: {chip}\nติดต่อ: {PM}\nอีเมล: {E}\nรางวัล {amt} บาท",
                       ("จุดที่พบเห็น | เวลา | ผู้แจ้ง | เบอร์โทร\nซอยสุขุมวิท 39 | {time} | คุณแดง | {PM}\nตลาดนัด | {time} | "
                       "วินมอเตอร์ไซค์ | {PN}\nรหัสไปรษณีย์ 10110"),
                       "ใครเห็นน้องข้าวตูโทรหา {P} ได้ตลอด 24 ชม. หรือติดต่อคลินิก {PX} เลขบัตรประจำตัวสัตว์ {ord}",
                   ]},
        "pl": {"host": "zaginionezwierzeta.pl", "regions": ["PL"], "iban": "PL", "ext": " wew. ",
                   "names": ["anna.kowalska", "schronisko", "reksio.szuka", "tomek"],
                   "domains": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
                   "layouts": [
                       "ZAGINĄŁ PIES – Burek\nData: {date}\nNr chipa: {chip}\nKontakt: {PM}\nE-mail: {E}\nNagroda {amt} zł",
                       ("Osoba;Telefon;Uwagi\nWłaściciel;{PM};dzwonić o każdej porze\nSchronisko;{PX};nr ewid. {ord}\n"
                       "Weterynarz;{PF};kod pocztowy 30-059"),
                       ("Pomóżcie! Burek uciekł {date} z ul. Długiej. Dzwońcie: {P}. Nagrodę przelejemy na wskazane "
                       "konto, zbiórka na leczenie: {B}."),
                   ]},
    },
    "motorcycle_club_ride": {
        "es": {"host": "motoclub-sierra.es", "regions": ["ES"], "iban": "ES", "ext": " ext. ",
                   "names": ["motoclub", "rutas", "javi.moreno", "lucia.r"],
                   "domains": ["gmail.com", "telefonica.net", "hotmail.es", "motoclub-sierra.es"],
                   "layouts": [
                       ("Inscripción ruta «Puertos de Gredos»\nSalida: {date} {time}\nPiloto: Javier Moreno\nMóvil: {PM}\n"
                       "Correo: {E}\nMatrícula: 4821 KLM\nCuota: {amt} € en la cuenta {B}\nKm de ruta: {n3}"),
                       ("Dorsal | Piloto | Teléfono | Nº de licencia\n{n2} | Lucía Ruiz | {PM} | {ord}\n{n2} | Pedro Gil | {P} |"
                       " {ord}\n{n2} | Ana Sanz | {PN} | {ord}\nAsistencia en carretera: {PF}"),
                       ("Chavales, el domingo salimos a las {time} de la gasolinera del km {n3}. Si alguien se pierde, llamad "
                       "a Javi al {P} o al coche escoba {PM}. Pago de la comida por Bizum al mismo número."),
                   ]},
        "tr": {"host": "motosiklet-kulubu.com.tr", "regions": ["TR"], "iban": "TR", "ext": " dahili ",
                   "names": ["motokulup", "emre.yilmaz", "surus", "kaptan"],
                   "domains": ["gmail.com", "hotmail.com", "yandex.com.tr", "superonline.com"],
                   "layouts": [
                       ("Sürüş Kayıt Formu – Kapadokya Turu\nTarih: {date}\nSürücü: Emre Yılmaz\nCep: {PM}\nE-posta: {E}\n"
                       "Plaka: 34 ABC 123\nKatılım ücreti {amt} TL, IBAN: {BG}"),
                       ("No | Sürücü | Telefon | Motor şasi no\n{n2} | Ayşe Kaya | {PM} | {ord}\n{n2} | Mert Demir | {P} | "
                       "{ord}\nYol yardım: {PX}"),
                       ("Arkadaşlar mola yeri {geo} koordinatlarında. Geride kalan {PM} numarasını arasın. Ücretler {B} "
                       "hesabına, açıklamaya üye no {ord} yazın."),
                   ]},
        "pt": {"host": "motoclube-serra.com.br", "regions": ["BR"], "iban": "BR", "ext": " ramal ",
                   "names": ["motoclube", "rodrigo.alves", "passeio", "bia.moto"],
                   "domains": ["gmail.com", "uol.com.br", "bol.com.br", "terra.com.br"],
                   "layouts": [
                       ("Ficha de inscrição – Passeio Serra do Rio do Rastro\nData: {date}\nPiloto: Rodrigo Alves\n"
                       "Celular/WhatsApp: {PM}\nE-mail: {E}\nCEP: 88490-000\nPlaca: QRS-4F21"),
                       ("Nº | Piloto | Telefone | RENAVAM\n{n2} | Bia Costa | {PM} | {acct}\n{n2} | Caio Lima | {P} | {acct}\n"
                       "Guincho: {PX}"),
                       ("Galera, saída às {time} do posto no km {n3}. Problema na estrada? Liga {P}. Contribuição de "
                       "R$ {amt} via transferência internacional para {B}."),
                   ]},
    },
    "model_railway_exhibition": {
        "da": {"host": "modeljernbane-udstilling.dk", "regions": ["DK"], "iban": "DK", "ext": " lokal ",
                   "names": ["mjk", "udstilling", "peter.hansen", "h0.klubben"],
                   "domains": ["mail.dk", "gmail.com", "jubii.dk", "stofanet.dk"],
                   "layouts": [
                       ("Tilmelding af anlæg – Modeltogsudstilling i Roskilde\nAnlæg: Vestbanen (skala H0, 1:87)\n"
                       "Kontaktperson: Peter Hansen\nTlf.: {P}\nMobil: {PM}\nE-mail: {E}\nBordmål: 480 x 120 cm\n"
                       "Depositum {amt} kr. til {B}"),
                       ("Stand | Klub | Telefon | Artikelnr.\n{n2} | MJK Odense | {PN} | Märklin {zip}\n{n2} | "
                       "Sporvejsgruppen | {PM} | Roco {zip}\nSekretariat {PX}"),
                       ("Vi mangler stadig en lokomotivfører til søndag kl. {time}. Ring til Peter på {P}. "
                       "DCC-adresse 3, sporvidde 16,5 mm."),
                   ]},
        "cs": {"host": "modelova-zeleznice.cz", "regions": ["CZ"], "iban": "CZ", "ext": " linka ",
                   "names": ["kmz.brno", "vystava", "jan.dvorak", "tt.modelar"],
                   "domains": ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
                   "layouts": [
                       ("Přihláška vystavovatele – Výstava modelové železnice\nKolejiště: Trať 321 (TT, 1:120)\n"
                       "Kontakt: Jan Dvořák\nTelefon: {P}\nE-mail: {E}\nČíslo účtu (IBAN): {B}\nIČO klubu {n8}"),
                       ("Stánek;Klub;Mobil;Katalogové číslo\n{n2};KMŽ Brno;{PM};Tillig {zip}\n{n2};Modeláři Ostrava;{PM};"
                       "Piko {zip}\nPokladna: {PX}"),
                       "Výstava se koná {date}. Informace na {P} nebo {E}. Vstupné {amt} Kč, PSČ 602 00.",
                   ]},
        "sv": {"host": "modelljarnvagsmassan.se", "regions": ["SE"], "iban": "SE", "ext": " anknytning ",
                   "names": ["mjf", "massan", "erik.lind", "sparvidd"],
                   "domains": ["telia.com", "gmail.com", "bredband.net", "spray.se"],
                   "layouts": [
                       ("Anmälan – Modelljärnvägsmässan i Jönköping\nAnläggning: Inlandsbanan (H0)\nKontakt: Erik Lind\n"
                       "Tel: {P}\nE-post: {E}\nBankgiro 5050-1055 eller IBAN {B}"),
                       ("Monter | Förening | Telefon | Artikelnr\n{n2} | MJF Göteborg | {PM} | {ord}\n{n2} | Smalspår Syd | "
                       "{PN} | {ord}\nKansli {PX}"),
                       "Frågor om mässan besvaras av Erik på {P}. Postnummer 553 16, organisationsnummer {acct}.",
                   ]},
    },
    "ski_school_booking": {
        "fr": {"host": "ecole-ski-alpes.fr", "regions": ["FR"], "iban": "FR", "ext": " poste ",
                   "names": ["esf.reservation", "moniteur", "camille.martin", "piou.piou"],
                   "domains": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
                   "layouts": [
                       ("Réservation cours collectifs – Flocon\nÉlève : Léa Martin (7 ans)\nDu {date}, 6 matinées\n"
                       "Parent : Camille Martin\nPortable : {PM}\nCourriel : {E}\nN° forfait : {serial}\n"
                       "Payé par carte {C} — montant {amt} €"),
                       ("Groupe | Moniteur | Téléphone | N° badge\nFlocon | Julien | {PM} | {serial}\nÉtoile | Sophie | {PN}"
                       " | {serial}\nBureau ESF : {PX}"),
                       ("Bonjour, en cas de brouillard le cours est annulé ; nous vous appelons au {P}. Remboursement par "
                       "virement sur {B}. Code postal 73150, altitude 1850 m."),
                   ]},
        "bg": {"host": "ski-uchilishte-bansko.bg", "regions": ["BG"], "iban": "BG", "ext": " вътр. ",
                   "names": ["skischool", "rezervacii", "ivan.petrov", "bansko.ski"],
                   "domains": ["abv.bg", "mail.bg", "gmail.com", "dir.bg"],
                   "layouts": [
                       ("Резервация – ски училище Банско\nКурсист: Мария Петрова\nДати: от {date}\nТелефон: {P}\n"
                       "Имейл: {E}\nНомер на лифт карта: {serial}\nПлатено с карта {C}"),
                       ("Група | Инструктор | Мобилен\nНачинаещи | Иван | {PM}\nНапреднали | Георги | {PM}\nОфис | "
                       "рецепция | {PF}\nЕГН не се изисква. Пощенски код 2770."),
                       "При лошо време ще ви се обадим на {P}. Възстановяване на сума {amt} лв. по сметка {B}.",
                   ]},
    },
    "blood_donation_drive": {
        "hi": {"host": "raktdaan-shivir.in", "regions": ["IN"], "iban": None, "ext": " एक्सटेंशन ",
                   "names": ["raktdaan", "seva.samiti", "rahul.sharma", "bloodbank"],
                   "domains": ["gmail.com", "rediffmail.com", "yahoo.co.in", "sevasamiti.org"],
                   "layouts": [
                       ("रक्तदान शिविर पंजीकरण\nनाम: राहुल शर्मा\nरक्त समूह: B+\nमोबाइल: {PM}\nईमेल: {E}\nदाता आईडी: {ord}\n"
                       "हीमोग्लोबिन: 14.2 g/dL, रक्तचाप 120/80\nपिन कोड: 110085"),
                       ("स्वयंसेवक | ज़िम्मेदारी | फ़ोन\nसुनीता | पंजीकरण | {PM}\nअमित | जलपान | {P}\nब्लड बैंक | संपर्क | {PX}\n"
                       "बैग संख्या {ord}"),
                       "{date} को सामुदायिक भवन में रक्तदान शिविर। अधिक जानकारी के लिए {P} पर कॉल करें या {E} पर लिखें।",
                   ]},
        "he": {"host": "trumat-dam.org.il", "regions": ["IL"], "iban": "IL", "ext": " שלוחה ",
                   "names": ["trumot", "mada.volunteer", "noa.levi", "dam.kehila"],
                   "domains": ["gmail.com", "walla.co.il", "bezeqint.net", "012.net.il"],
                   "layouts": [
                       ("הרשמה להתרמת דם\nשם: נועה לוי\nטלפון נייד: {PM}\nטלפון בבית: {PF}\nדוא\"ל: {E}\n"
                       "מספר תורם: {ord}\nמיקוד: 6473925"),
                       "תחנה | אחראי | טלפון\nקבלה | יוסי | {PM}\nכיבוד | רונית | {PN}\nמוקד | מד\"א | {PX}",
                       "ההתרמה תתקיים ב-{date} בשעה {time}. לשאלות: {P}. תרומות לעמותה בהעברה לחשבון {B}.",
                   ]},
    },
    "house_committee_notice": {
        "ru": {"host": "tszh-lesnaya.ru", "regions": ["RU"], "iban": None, "ext": " доб. ",
                   "names": ["tszh", "predsedatel", "ivanova.n", "dom12"],
                   "domains": ["mail.ru", "yandex.ru", "bk.ru", "rambler.ru"],
                   "layouts": [
                       ("ОБЪЯВЛЕНИЕ\nУважаемые жильцы! {date} с 10:00 будет отключена горячая вода.\nДиспетчерская: {PX}\n"
                       "Председатель ТСЖ: {PM}\nПочта: {E}\nПоказания счётчиков (№ {meter}) передавать до 25 числа.\n"
                       "Лицевой счёт указывайте полностью: {n10}"),
                       ("Кв. | ФИО | Телефон | Долг, руб.\n{n2} | Иванова Н. П. | {PM} | {amt}\n{n2} | Петров С. А. | {P} |"
                       " {amt}\n{n2} | Сидоров В. | {PN} | {amt}\nКод домофона 45К7890"),
                       ("Соседи, лифт снова не работает. Аварийка: {P}. Кто не сдал на ремонт подъезда — звоните Нине "
                       "Петровне {PM}. ИНН ТСЖ {n10}."),
                   ]},
        "uk": {"host": "osbb-sadova.com.ua", "regions": ["UA"], "iban": "UA", "ext": " внутр. ",
                   "names": ["osbb", "golova", "kovalenko", "budynok7"],
                   "domains": ["ukr.net", "i.ua", "gmail.com", "meta.ua"],
                   "layouts": [
                       ("ОГОЛОШЕННЯ ОСББ «Садова 7»\nЗбори співвласників {date} о {time}.\nГолова правління: {PM}\n"
                       "Email: {E}\nВнески за утримання будинку: {BG}\nЄДРПОУ {n8}"),
                       ("Кв.;Власник;Телефон;Лічильник\n{n2};Коваленко;{PM};{meter}\n{n2};Шевчук;{PN};{meter}\n"
                       "Аварійна служба;;{PX};"),
                       "Шановні мешканці! Оплату можна зробити на рахунок {B}. Питання — за номером {P}.",
                   ]},
    },
    "language_tandem_post": {
        "ko": {"host": "eoneo-gyohwan.kr", "regions": ["KR"], "iban": None, "ext": " 내선 ",
                   "names": ["minji.kim", "tandem", "hanguk.study", "jiho"],
                   "domains": ["naver.com", "daum.net", "gmail.com", "kakao.com"],
                   "layouts": [
                       ("언어교환 파트너 구해요\n이름: 김민지\n배우고 싶은 언어: 독일어\n연락처: {PM}\n이메일: {E}\n"
                       "카카오톡 ID: {nick}\n가능한 시간: 평일 {time} 이후"),
                       ("요일 | 장소 | 담당 | 전화\n화 | 신촌 카페 | 민지 | {PM}\n목 | 강남역 | 지호 | {PN}\n"
                       "센터 사무실 {PX}, 우편번호 04524"),
                       "안녕하세요! 영어-한국어 교환하실 분 {P}로 문자 주세요. 토픽 6급, 수강료 {amt}원 아닙니다 무료예요.",
                   ]},
        "vi": {"host": "trao-doi-ngon-ngu.vn", "regions": ["VN"], "iban": None, "ext": " máy lẻ ",
                   "names": ["thu.nguyen", "tandem.hanoi", "minh.tran", "hoctiengnhat"],
                   "domains": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
                   "layouts": [
                       ("Tìm bạn trao đổi ngôn ngữ\nTên: Nguyễn Thu\nĐiện thoại: {PM}\nZalo: {PM}\nEmail: {E}\n"
                       "Trình độ: JLPT N3, mã học viên {ord}"),
                       ("Buổi | Địa điểm | Liên hệ\nThứ Ba | Cà phê Hồ Gươm | {PM}\nThứ Năm | Thư viện | {PN}\n"
                       "Văn phòng CLB {PX}"),
                       "Mình muốn luyện tiếng Anh, đổi lại dạy tiếng Việt. Nhắn {P} hoặc mail {E} nhé. Học phí {amt} đồng/buổi không cần.",
                   ]},
    },
    "olive_harvest_volunteer": {
        "el": {"host": "elaiosyllogi-ethelontes.gr", "regions": ["GR"], "iban": "GR", "ext": " εσωτ. ",
                   "names": ["elaiones", "ethelontes", "maria.pap", "kalamata.farm"],
                   "domains": ["otenet.gr", "gmail.com", "yahoo.gr", "hol.gr"],
                   "layouts": [
                       ("Αίτηση εθελοντή – Ελαιοσυλλογή {date}\nΟνοματεπώνυμο: Μαρία Παπαδοπούλου\nΚινητό: {PM}\n"
                       "Σταθερό: {PF}\nEmail: {E}\nΑΦΜ: {n9}\nΤ.Κ. 24100"),
                       ("Ομάδα | Υπεύθυνος | Τηλέφωνο | Κιλά\nΑ | Γιώργος | {PM} | {n3}\nΒ | Ελένη | {PN} | {n3}\n"
                       "Ελαιοτριβείο | γραφείο | {PX} | —"),
                       ("Η συγκομιδή ξεκινά στις {time}. Για μεταφορά από Καλαμάτα καλέστε {P}. Αμοιβή ανά ημέρα "
                       "{amt} € στον λογαριασμό σας ({B})."),
                   ]},
        "it": {"host": "raccolta-olive-volontari.it", "regions": ["IT"], "iban": "IT", "ext": " interno ",
                   "names": ["frantoio", "volontari", "giulia.rossi", "uliveto"],
                   "domains": ["libero.it", "tiscali.it", "gmail.com", "alice.it"],
                   "layouts": [
                       ("Modulo volontari – Raccolta olive\nNome: Giulia Rossi\nCellulare: {PM}\nTelefono fisso: {PF}\n"
                       "E-mail: {E}\nCodice fiscale: RSSGLI85M41H501Z\nCAP 53024"),
                       ("Squadra;Caposquadra;Telefono;Quintali\nNord;Marco;{PM};{n2}\nSud;Franca;{PN};{n2}\nFrantoio;"
                       "ufficio;{PX};"),
                       ("Ci vediamo all'uliveto alle {time}. Per un passaggio chiamate {P}. Rimborso spese sul vostro IBAN "
                       "(es. {B}), partita IVA frantoio {n11}."),
                   ]},
    },
    "umrah_travel_agency": {
        "ar": {"host": "umrah-rihlat.sa", "regions": ["SA"], "iban": "SA", "ext": " تحويلة ",
                   "names": ["umrah.booking", "alnoor.travel", "ahmed.h", "rihlat"],
                   "domains": ["gmail.com", "hotmail.com", "alnoor-travel.sa", "outlook.sa"],
                   "layouts": [
                       ("نموذج حجز عمرة\nالاسم: أحمد حسن\nالجوال: {PM}\nالهاتف: {PF}\nالبريد الإلكتروني: {E}\n"
                       "رقم الجواز: K{ord}\nرقم الحجز: {ord}\nالمبلغ: {amt} ريال\nالحساب البنكي: {BG}"),
                       ("الباقة | التاريخ | المشرف | جوال المشرف\nاقتصادية | {date} | خالد | {PM}\nذهبية | {date} | سالم | "
                       "{P}\nالمكتب: {PX}"),
                       ("السلام عليكم، رحلة العمرة تنطلق {date}. للاستفسار اتصل على {P} أو راسلنا {E}. الدفع بالبطاقة "
                       "{C} تم بنجاح، رقم العملية {ord}."),
                   ]},
        "ur": {"host": "umrah-packages.pk", "regions": ["PK"], "iban": "PK", "ext": " ایکسٹینشن ",
                   "names": ["umrah.pk", "haramain.tours", "bilal", "zain.travels"],
                   "domains": ["gmail.com", "yahoo.com", "haramain.pk"],
                   "layouts": [
                       ("عمرہ بکنگ فارم\nنام: بلال احمد\nموبائل: {PM}\nای میل: {E}\nشناختی کارڈ نمبر: 35202-{n7}-1\n"
                       "رقم: {amt} روپے\nبینک اکاؤنٹ: {B}"),
                       "پیکیج | روانگی | رابطہ\n15 دن | {date} | {PM}\n21 دن | {date} | {P}\nدفتر | لاہور | {PF}",
                       "عمرہ پیکیج کی تفصیلات کے لیے {P} پر کال کریں۔ ویزا نمبر {ord} آپ کو واٹس ایپ پر بھیج دیا گیا ہے۔",
                   ]},
        "bn": {"host": "umrah-hajj-agency.com.bd", "regions": ["BD"], "iban": None, "ext": " এক্সটেনশন ",
                   "names": ["umrahbd", "madina.travels", "karim", "hajj.service"],
                   "domains": ["gmail.com", "yahoo.com", "madina-travels.com.bd"],
                   "layouts": [
                       "ওমরাহ নিবন্ধন ফরম\nনাম: আব্দুল করিম\nমোবাইল: {PM}\nইমেইল: {E}\nপাসপোর্ট নং: {ref}\nপ্যাকেজ মূল্য: {amt} টাকা",
                       "প্যাকেজ | তারিখ | যোগাযোগ\nসাধারণ | {date} | {PM}\nপ্রিমিয়াম | {date} | {PN}\nঅফিস | ঢাকা | {PF}",
                       "ওমরাহ যাত্রার বিস্তারিত জানতে {P} নম্বরে ফোন করুন অথবা {E} ঠিকানায় লিখুন। বুকিং নং {ord}।",
                   ]},
        "ms": {"host": "pakej-umrah.com.my", "regions": ["MY"], "iban": None, "ext": " sambungan ",
                   "names": ["umrah.my", "syarikat.haji", "aminah", "iskandar"],
                   "domains": ["gmail.com", "yahoo.com.my", "tm.net.my"],
                   "layouts": [
                       ("Borang Tempahan Umrah\nNama: Aminah binti Yusof\nNo. telefon bimbit: {PM}\nE-mel: {E}\n"
                       "No. KP: 850412-14-{mask4}\nBayaran dengan kad {C}\nJumlah RM {amt}"),
                       ("Pakej | Tarikh | Mutawwif | Telefon\nEkonomi | {date} | Ustaz Hadi | {PM}\nVIP | {date} | Ustaz Amin | "
                       "{PN}\nPejabat | KL | {PX}"),
                       "Assalamualaikum, sila hubungi {P} untuk taklimat umrah pada {date}. Poskod 50450.",
                   ]},
    },
    "bathhouse_booking": {
        "fa": {"host": "hammam-sonnati.ir", "regions": ["IR"], "iban": None, "ext": " داخلی ",
                   "names": ["hammam", "reservation", "sara.ahmadi", "ganjali"],
                   "domains": ["gmail.com", "yahoo.com", "chmail.ir"],
                   "layouts": [
                       ("فرم رزرو حمام سنتی\nنام: سارا احمدی\nتلفن همراه: {PM}\nتلفن ثابت: {PF}\nایمیل: {E}\n"
                       "تاریخ: ۱۴۰۵/۰۲/۱۲\nکد رزرو: {ord}\nکد پستی: {n10}"),
                       ("سانس | ساعت | مسئول | تلفن\nبانوان | {time} | خانم رضایی | {PM}\nآقایان | {time} | آقای کریمی | {PN}\n"
                       "پذیرش | — | — | {PX}"),
                       "برای رزرو سانس خصوصی با {P} تماس بگیرید یا به {E} ایمیل بزنید. مبلغ {amt} تومان.",
                   ]},
        "ka": {"host": "abanotubani-bath.ge", "regions": ["GE"], "iban": "GE", "ext": " შიდა ",
                   "names": ["abano", "booking", "nino.beridze", "gulo"],
                   "domains": ["gmail.com", "mail.ru", "abano.ge"],
                   "layouts": [
                       ("ჯავშნის დადასტურება – გოგირდის აბანო\nსახელი: ნინო ბერიძე\nმობილური: {PM}\nელფოსტა: {E}\n"
                       "თარიღი: {date}\nჯავშნის ნომერი: {ord}\nანგარიში: {BG}"),
                       "ოთახი | დრო | ტელეფონი\nსამეფო | {time} | {PM}\nოჯახური | {time} | {PN}\nადმინისტრაცია | — | {PF}",
                       "აბანოს დასაჯავშნად დარეკეთ {P} ნომერზე. ფასი {amt} ლარი, საფოსტო ინდექსი 0105.",
                   ]},
    },
}
