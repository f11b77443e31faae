"""People's pages of blind34: twelve small-trade kinds, each in two languages (see pii_blind34.py)."""

from __future__ import annotations

import random

from pii_blind34_values import Doc, email, iban, iban_bad, phone


def _lex(**kw: str | None) -> dict:
    return kw


# register -> list of language lexicons. Keys: lang, region, cc (IBAN country or None), tld, ext,
# users, doms, title, intro, tel, mob, mail, acct, call, orw, fake (with {n}), hours, bye, note.
PAGES: dict[str, list[dict]] = {
    "taxidermy_studio": [
        _lex(lang="is", region="IS", cc="IS", tld="is", ext="sis.", users=["gudrun", "hamur", "uppstoppun"], doms=["simnet.is", "hamur.is"],
             title="Uppstoppun Guðrúnar", intro="Við stoppum upp fugla og fiska síðan 1994, allt unnið í höndunum.",
             tel="Sími", mob="GSM", mail="Netfang", acct="Reikningur (IBAN)", call="Hringið í síma", orw="eða",
             fake="Veiðikort nr. {n} þarf að fylgja rjúpum.", hours="Opið þri–fös 13–17, lau 11–14", bye="Kær kveðja, Guðrún", note="Sendið myndir fyrst"),
        _lex(lang="ka", region="GE", cc="GE", tld="ge", ext="შიდა", users=["nino.taxidermy", "gela", "shaverdi"], doms=["gmail.com", "studio.ge"],
             title="ჩიტების სახელოსნო", intro="ვამზადებთ ფრინველებისა და თევზების ფიტულებს 2003 წლიდან.",
             tel="ტელეფონი", mob="მობილური", mail="ელ-ფოსტა", acct="ანგარიში (IBAN)", call="დაგვირეკეთ ნომერზე", orw="ან",
             fake="შეკვეთა № {n} მზად იქნება 14 დღეში.", hours="სამუშაო საათები: ორშ–პარ 10:00–18:00", bye="პატივისცემით, ნინო", note="ჯერ გამოგზავნეთ ფოტო"),
    ],
    "sworn_translator": [
        _lex(lang="pl", region="PL", cc="PL", tld="pl", ext="wewn.", users=["tlumacz.kowalska", "biuro", "przysiegly"], doms=["wp.pl", "onet.pl", "tlumaczenia.pl"],
             title="Tłumacz przysięgły języka niemieckiego", intro="Tłumaczenia uwierzytelnione aktów stanu cywilnego, dyplomów i dokumentów samochodowych.",
             tel="Tel.", mob="Kom.", mail="E-mail", acct="Nr rachunku (IBAN)", call="Proszę dzwonić pod numer", orw="lub",
             fake="Wpis na listę tłumaczy przysięgłych nr TP/{n}/18.", hours="Biuro czynne pn.–pt. 9:00–17:00", bye="Zapraszam, Anna Kowalska", note="Strona rozliczeniowa to 1125 znaków"),
        _lex(lang="hy", region="AM", cc=None, tld="am", ext="ներքին", users=["tarkmanich", "ani.translate", "notar"], doms=["mail.ru", "yandex.ru", "translate.am"],
             title="Երդվյալ թարգմանիչ", intro="Փաստաթղթերի նոտարական թարգմանություն ռուսերեն, անգլերեն և ֆրանսերեն։",
             tel="Հեռ.", mob="Բջջ.", mail="Էլ. փոստ", acct="Հաշիվ", call="Զանգահարեք", orw="կամ",
             fake="Լիցենզիա № {n}, տրված 2015 թ.", hours="Աշխատանքային ժամեր՝ երկ–ուրբ 10:00–19:00", bye="Հարգանքով՝ Անի", note="Էջը՝ 1800 նիշ"),
    ],
    "philatelic_dealer": [
        _lex(lang="cs", region="CZ", cc="CZ", tld="cz", ext="kl.", users=["znamky.novak", "filatelie", "prodej"], doms=["seznam.cz", "email.cz", "filatelie.cz"],
             title="Filatelie Novák – známky a celiny", intro="Nabízíme známky ČSR 1918–1939, obálky prvního dne a celiny.",
             tel="Tel.", mob="Mobil", mail="E-mail", acct="Účet (IBAN)", call="Volejte na", orw="nebo",
             fake="Pof. č. {n}, razítko PRAHA 1.", hours="Po–Pá 10–17 h, So 9–12 h", bye="S pozdravem Jiří Novák", note="PSČ 110 00"),
        _lex(lang="el", region="GR", cc="GR", tld="gr", ext="εσωτ.", users=["grammatosima", "kostas.stamps", "filotelia"], doms=["otenet.gr", "gmail.com", "stamps.gr"],
             title="Φιλοτελικό κατάστημα Παπαδόπουλου", intro="Γραμματόσημα Ελλάδος από το 1861, φάκελοι πρώτης ημέρας και σφραγίδες.",
             tel="Τηλ.", mob="Κιν.", mail="Email", acct="Λογαριασμός (IBAN)", call="Καλέστε στο", orw="ή",
             fake="Κατάλογος Hellas αρ. {n}, άριστη κατάσταση.", hours="Δευ–Παρ 09:00–14:00 και 17:30–20:30", bye="Με εκτίμηση, Κώστας", note="Τ.Κ. 105 59"),
    ],
    "clock_repair": [
        _lex(lang="hu", region="HU", cc="HU", tld="hu", ext="mell.", users=["orasmester", "kovacs.ora", "javitas"], doms=["freemail.hu", "citromail.hu", "oras.hu"],
             title="Órásmester – Kovács László", intro="Ingaórák, zsebórák és faliórák javítása, tisztítása, alkatrészgyártás.",
             tel="Tel.", mob="Mobil", mail="E-mail", acct="Számlaszám (IBAN)", call="Hívjon a", orw="vagy",
             fake="Szerkezet gyári száma: {n}, kaliber 1861.", hours="H–P 9–17, Szo 9–12", bye="Üdvözlettel: Kovács László", note="Irányítószám 1052"),
        _lex(lang="ru", region="RU", cc=None, tld="ru", ext="доб.", users=["chasovshik", "remont.chasov", "master.ivanov"], doms=["yandex.ru", "mail.ru", "chasy-master.ru"],
             title="Ремонт часов — мастер Иванов", intro="Ремонт механических и кварцевых часов, чистка, замена стекла и ремешка.",
             tel="Тел.", mob="Моб.", mail="Эл. почта", acct="Счёт", call="Звоните по номеру", orw="или",
             fake="Квитанция № {n} от 12.03.2026.", hours="Пн–Пт 10:00–19:00, Сб 11:00–16:00", bye="С уважением, Сергей Иванов", note="Индекс 190000"),
    ],
    "henna_artist": [
        _lex(lang="ur", region="PK", cc="PK", tld="pk", ext="ایکسٹینشن", users=["mehndi.by.sana", "sana.henna", "bookings"], doms=["gmail.com", "yahoo.com", "mehndi.pk"],
             title="ثنا مہندی آرٹسٹ", intro="شادی، منگنی اور عید کے لیے دلہن کی مہندی، گھر آ کر لگائی جاتی ہے۔",
             tel="فون", mob="موبائل", mail="ای میل", acct="اکاؤنٹ (IBAN)", call="بکنگ کے لیے کال کریں", orw="یا",
             fake="پیکج نمبر {n} میں دونوں ہاتھ شامل ہیں۔", hours="اوقات: صبح 11 بجے سے رات 9 بجے تک", bye="شکریہ، ثنا", note="ایڈوانس 3000 روپے"),
        _lex(lang="fa", region="IR", cc="IR", tld="ir", ext="داخلی", users=["hana.henna", "mehrnaz", "nobat"], doms=["gmail.com", "yahoo.com", "hanabandan.ir"],
             title="حنابندان مهرناز", intro="طراحی حنا برای عروس و مراسم حنابندان در تهران و کرج.",
             tel="تلفن", mob="همراه", mail="ایمیل", acct="شبا (IBAN)", call="برای رزرو تماس بگیرید", orw="یا",
             fake="کد رهگیری {n} را نگه دارید.", hours="ساعت کاری: شنبه تا پنجشنبه ۱۰ تا ۲۰", bye="با احترام، مهرناز", note="کد پستی ۱۴۳۵۶"),
    ],
    "headstone_mason": [
        _lex(lang="fi", region="FI", cc="FI", tld="fi", ext="alanro", users=["kiviveistamo", "hautakivi", "myynti"], doms=["kolumbus.fi", "gmail.com", "kivi.fi"],
             title="Kiviveistämö Virtanen", intro="Hautakivet, kaiverrukset ja vanhojen kivien kunnostus vuodesta 1978.",
             tel="Puh.", mob="GSM", mail="Sähköposti", acct="Tilinumero (IBAN)", call="Soita numeroon", orw="tai",
             fake="Hautapaikka kortteli 12, rivi 4, nro {n}.", hours="Avoinna ma–pe 8–16", bye="Ystävällisesti, Matti Virtanen", note="Y-tunnus 1234567-8"),
        _lex(lang="bg", region="BG", cc="BG", tld="bg", ext="вътр.", users=["kamenodelets", "nadgrobni", "ivan.petrov"], doms=["abv.bg", "mail.bg", "kamak.bg"],
             title="Каменоделска работилница Петров", intro="Изработка на надгробни плочи и паметници от мрамор и гранит.",
             tel="Тел.", mob="Моб.", mail="Имейл", acct="Сметка (IBAN)", call="Обадете се на", orw="или",
             fake="Поръчка № {n}, гранит 120×60 см.", hours="Работно време: пон–пет 8:30–17:30", bye="С уважение, Иван Петров", note="ЕИК 201234567"),
    ],
    "accordion_repair": [
        _lex(lang="sl", region="SI", cc="SI", tld="si", ext="int.", users=["harmonike", "popravilo", "servis.kranjc"], doms=["siol.net", "gmail.com", "harmonika.si"],
             title="Servis harmonik Kranjc", intro="Uglaševanje in popravilo diatoničnih harmonik, menjava meha in glasilk.",
             tel="Tel.", mob="GSM", mail="E-pošta", acct="TRR (IBAN)", call="Pokličite na", orw="ali",
             fake="Serijska številka harmonike {n}.", hours="Delovni čas: pon–pet 8–16", bye="Lep pozdrav, Janez Kranjc", note="Poštna številka 4000"),
        _lex(lang="uk", region="UA", cc="UA", tld="ua", ext="дод.", users=["bayan.master", "garmoshka", "remont"], doms=["ukr.net", "i.ua", "bayan.com.ua"],
             title="Ремонт баянів та акордеонів", intro="Налаштування, заміна хутра, ремонт механіки баянів і акордеонів.",
             tel="Тел.", mob="Моб.", mail="Ел. пошта", acct="Рахунок (IBAN)", call="Телефонуйте за номером", orw="або",
             fake="Замовлення № {n}, акордеон Weltmeister.", hours="Пн–Пт 9:00–18:00", bye="З повагою, Олег", note="Індекс 01001"),
    ],
    "ice_sculpture": [
        _lex(lang="mn", region="MN", cc=None, tld="mn", ext="дотуур", users=["mosonbaris", "bat.ice", "zahialga"], doms=["gmail.com", "yahoo.com", "ice.mn"],
             title="Мөсөн баримлын урлан", intro="Хурим, баяр ёслолд зориулсан мөсөн баримал, мөсөн баар хийнэ.",
             tel="Утас", mob="Гар утас", mail="И-мэйл", acct="Данс", call="Захиалга өгөх бол залгана уу", orw="эсвэл",
             fake="Захиалгын дугаар {n}, хэмжээ 120×80 см.", hours="Ажлын цаг: Да–Ба 9:00–18:00", bye="Хүндэтгэсэн, Бат", note="Шуудангийн код 14200"),
        _lex(lang="ja", region="JP", cc=None, tld="jp", ext="内線", users=["hyouchou", "ice.art", "info"], doms=["gmail.com", "ice-art.jp", "nifty.com"],
             title="氷彫刻アトリエ", intro="結婚式やパーティー向けの氷彫刻を制作しています。",
             tel="電話", mob="携帯", mail="メール", acct="口座", call="ご予約はお電話で", orw="または",
             fake="受付番号 {n}（控えを保管してください）", hours="営業時間 9:00～18:00（日曜定休）", bye="よろしくお願いいたします。", note="〒060-0042"),
    ],
    "tandoor_builder": [
        _lex(lang="pa", region="IN", cc=None, tld="in", ext="ਐਕਸਟੈਂਸ਼ਨ", users=["tandoor.wale", "gurpreet", "orders"], doms=["gmail.com", "rediffmail.com", "tandoor.in"],
             title="ਤੰਦੂਰ ਬਣਾਉਣ ਵਾਲੇ", intro="ਮਿੱਟੀ ਦੇ ਤੰਦੂਰ ਘਰਾਂ, ਢਾਬਿਆਂ ਅਤੇ ਵਿਆਹਾਂ ਲਈ ਬਣਾਏ ਜਾਂਦੇ ਹਨ।",
             tel="ਫ਼ੋਨ", mob="ਮੋਬਾਈਲ", mail="ਈਮੇਲ", acct="ਖਾਤਾ", call="ਆਰਡਰ ਲਈ ਫ਼ੋਨ ਕਰੋ", orw="ਜਾਂ",
             fake="ਬਿੱਲ ਨੰਬਰ {n}, ਪਿਨ ਕੋਡ 141001", hours="ਸਮਾਂ: ਸਵੇਰੇ 9 ਤੋਂ ਸ਼ਾਮ 7 ਵਜੇ", bye="ਧੰਨਵਾਦ, ਗੁਰਪ੍ਰੀਤ", note="ਜੀਐਸਟੀ 03ABCDE1234F1Z5"),
        _lex(lang="ne", region="NP", cc=None, tld="np", ext="एक्सटेन्सन", users=["tandoor.np", "ramesh", "bhatti"], doms=["gmail.com", "wlink.com.np", "ntc.net.np"],
             title="तन्दुर निर्माण सेवा", intro="होटल र घरका लागि माटोको तन्दुर बनाइन्छ र मर्मत गरिन्छ।",
             tel="फोन", mob="मोबाइल", mail="इमेल", acct="खाता", call="अर्डरका लागि सम्पर्क गर्नुहोस्", orw="वा",
             fake="बिल नं. {n}, मिति २०८२/०३/१५", hours="समय: बिहान ९ देखि बेलुका ६ बजेसम्म", bye="धन्यवाद, रमेश", note="प्यान नं. 301234567"),
    ],
    "perfumer_atelier": [
        _lex(lang="ro", region="RO", cc="RO", tld="ro", ext="int.", users=["parfumuri", "atelier.ionescu", "comenzi"], doms=["yahoo.com", "gmail.com", "parfum.ro"],
             title="Atelier de parfumuri Ionescu", intro="Compunem parfumuri personalizate din uleiuri esențiale naturale.",
             tel="Tel.", mob="Mobil", mail="E-mail", acct="Cont (IBAN)", call="Sunați la", orw="sau",
             fake="Formula nr. {n}, flacon 50 ml.", hours="Luni–Vineri 10–18", bye="Cu drag, Ioana Ionescu", note="Cod poștal 010011"),
        _lex(lang="th", region="TH", cc=None, tld="th", ext="ต่อ", users=["perfume.th", "naree", "order"], doms=["hotmail.com", "gmail.com", "hom.co.th"],
             title="ร้านน้ำหอมนารี", intro="ผสมน้ำหอมตามสั่งจากน้ำมันหอมระเหยธรรมชาติ",
             tel="โทร", mob="มือถือ", mail="อีเมล", acct="บัญชี", call="สั่งได้ที่เบอร์", orw="หรือ",
             fake="เลขที่คำสั่งซื้อ {n} ขนาด 30 มล.", hours="เปิดทุกวัน 10.00–20.00 น.", bye="ขอบคุณค่ะ นารี", note="รหัสไปรษณีย์ 10110"),
    ],
    "milliner": [
        _lex(lang="lt", region="LT", cc="LT", tld="lt", ext="vid.", users=["skrybeles", "ruta.hats", "uzsakymai"], doms=["gmail.com", "one.lt", "skrybele.lt"],
             title="Rūtos skrybėlių dirbtuvė", intro="Rankų darbo veltinio ir šiaudinės skrybėlės, restauravimas.",
             tel="Tel.", mob="Mob.", mail="El. paštas", acct="Sąskaita (IBAN)", call="Skambinkite", orw="arba",
             fake="Galvos apimtis 57 cm, užsakymo nr. {n}.", hours="Darbo laikas: I–V 10–18", bye="Pagarbiai, Rūta", note="Pašto kodas LT-01100"),
        _lex(lang="ko", region="KR", cc=None, tld="kr", ext="내선", users=["moja.gongbang", "hatmaker", "order"], doms=["naver.com", "daum.net", "hat.co.kr"],
             title="모자 공방", intro="펠트와 밀짚으로 수제 모자를 만들고 수선합니다.",
             tel="전화", mob="휴대폰", mail="이메일", acct="계좌", call="예약 문의", orw="또는",
             fake="주문번호 {n} (머리둘레 57cm)", hours="영업시간 10:00~19:00, 월요일 휴무", bye="감사합니다.", note="사업자등록번호 123-45-67890"),
    ],
    "rice_cake_maker": [
        _lex(lang="vi", region="VN", cc=None, tld="vn", ext="máy lẻ", users=["banhchung", "lan.banh", "dathang"], doms=["gmail.com", "yahoo.com.vn", "banh.vn"],
             title="Bánh chưng bánh giầy cô Lan", intro="Nhận đặt bánh chưng, bánh giầy, bánh tét cho Tết và đám cưới.",
             tel="ĐT", mob="Di động", mail="Email", acct="Tài khoản", call="Đặt bánh gọi", orw="hoặc",
             fake="Mã đơn {n}, giao ngày 25/01.", hours="Mở cửa 6h–20h hằng ngày", bye="Cảm ơn quý khách", note="Giá 120.000đ/cái"),
        _lex(lang="km", region="KH", cc=None, tld="kh", ext="បន្ត", users=["num.ansom", "sokha", "order"], doms=["gmail.com", "yahoo.com", "ansom.com.kh"],
             title="នំអន្សមលោកស្រីសុខា", intro="ទទួលធ្វើនំអន្សម នំគម និងនំបញ្ចុកសម្រាប់បុណ្យ និងពិធីមង្គលការ។",
             tel="ទូរស័ព្ទ", mob="ទូរស័ព្ទដៃ", mail="អ៊ីមែល", acct="គណនី", call="កម្ម៉ង់តាមលេខ", orw="ឬ",
             fake="លេខវិក្កយបត្រ {n}", hours="ម៉ោងបើក ៦:០០–១៨:០០", bye="សូមអរគុណ", note="តម្លៃ 5000 រៀល"),
    ],
}


def _fake_num(rng: random.Random) -> str:
    return rng.choice([
        str(rng.randint(10 ** 6, 10 ** 7 - 1)),
        f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        str(rng.randint(10 ** 9, 10 ** 10 - 1)),
    ])


def _ph(rng: random.Random, L: dict, with_ext: bool = False) -> str:
    value = phone(rng, L["region"])
    if with_ext and L["ext"] not in ("ایکسٹینشن",):
        value = f"{value} {L['ext']} {rng.randint(2, 49)}"
    return value


STOP = {"ja": "。", "ur": "۔", "hy": "։", "th": " ", "km": "។", "pa": "।", "ne": "।", "fa": "."}


def page(rng: random.Random, register: str, L: dict, layout: int) -> tuple[str, list[dict], str]:
    d = Doc()
    stop = STOP.get(L["lang"], ".")
    mail = email(rng, L["users"], L["doms"])
    url = f"https://{L['users'][0].replace('.', '-')}.{L['tld']}/{rng.choice(['kontakt', 'contact', 'about', 'info', '', register.split('_')[0]])}"
    if layout == 0:  # prose page
        if rng.random() < 0.15:
            d.v("PHONE_NUMBER", _ph(rng, L)).t(f" — {L['title']}\n\n")
        else:
            d.t(f"{L['title']}\n\n")
        d.t(f"{L['intro']} {L['call']} ").v("PHONE_NUMBER", _ph(rng, L))
        if rng.random() < 0.4:
            d.t(f" {L['orw']} ").v("PHONE_NUMBER", _ph(rng, L))
        if rng.random() < 0.55:
            d.t(f"{stop} {L['mail']}: ").v("EMAIL_ADDRESS", mail)
        d.t(stop + "\n" + L["fake"].format(n=_fake_num(rng)) + f" {L['hours']}{stop}\n")
        if L["cc"]:
            d.t(f"{L['acct']}: ").v("IBAN_CODE", iban(rng, L["cc"])).t("\n")
            if rng.random() < 0.4:
                d.t(f"{L['acct']} 2: ").v("IBAN_CODE", iban(rng, L["cc"])).t(f" ({L['orw']} {iban_bad(rng, L['cc'])} ✗)\n")
        if rng.random() < 0.3:
            user, dom = rng.choice(L["users"]), rng.choice(L["doms"])
            d.t(f"({L['mail']}: {user} [at] {dom.replace('.', ' [dot] ')})\n")
        if rng.random() < 0.5:
            d.t(f"{L['note']}{stop} ")
        d.t(f"{L['bye']}\n")
        if rng.random() < 0.15:
            d.t(f"{L['mail']}: ").v("EMAIL_ADDRESS", email(rng, L["users"], L["doms"]))
    elif layout == 1:  # key-value contact card
        d.t(f"{L['title']}\n")
        rows = [(L["tel"], "PHONE_NUMBER", _ph(rng, L, rng.random() < 0.3))]
        if rng.random() < 0.5:
            rows.append((L["mob"], "PHONE_NUMBER", phone(rng, L["region"], "mobile")))
        if rng.random() < 0.6:
            rows.append((L["mail"], "EMAIL_ADDRESS", mail))
        if L["cc"]:
            rows.append((L["acct"], "IBAN_CODE", iban(rng, L["cc"])))
            if rng.random() < 0.4:
                rows.append((L["acct"] + " EUR", "IBAN_CODE", iban(rng, L["cc"])))
        rng.shuffle(rows)
        sep = rng.choice([": ", " | ", "\t", " — "])
        for label, kind, value in rows:
            d.t(f"{label}{sep}").v(kind, value).t("\n")
        d.t(f"{L['hours']}\n{L['fake'].format(n=_fake_num(rng))}\n")
        if rng.random() < 0.4:
            d.t(f"Instagram: @{L['users'][0].replace('.', '_')} · Facebook: fb.com/{L['users'][-1]}\n")
        if L["cc"] and rng.random() < 0.5:
            d.t(f"{L['acct']}: {iban_bad(rng, L['cc'])} ✗\n")
        d.t(f"{L['note']}")
    else:  # visitor comments / guestbook with a tel: link
        tel = phone(rng, L["region"], None, "e164")
        d.t("<a href=\"tel:").v("PHONE_NUMBER", tel).t(f"\">{L['tel']}</a>")
        if rng.random() < 0.5:
            d.t(" · <a href=\"mailto:").v("EMAIL_ADDRESS", mail).t("\">✉</a>")
        d.t("\n")
        d.t(f"— {L['fake'].format(n=_fake_num(rng))}\n")
        d.t(f"> {L['call']} ").v("PHONE_NUMBER", _ph(rng, L)).t(f" ({L['hours']})\n")
        if rng.random() < 0.25:
            d.t(f"> {L['mob']}: ").v("PHONE_NUMBER", phone(rng, L["region"], "mobile")).t(f" {L['orw']} ").v("PHONE_NUMBER", _ph(rng, L)).t("\n")
        d.t(f"{L['note']} · {L['bye']}")
        if L["cc"] and rng.random() < 0.85:
            d.t(f"\n{L['acct']}\n").v("IBAN_CODE", iban(rng, L["cc"]))
    return d.text(), d.spans, url
