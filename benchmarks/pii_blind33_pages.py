"""People's pages of the blind33 PII set: 12 kinds of small-business / club pages, two languages
each, every page wholly in its language. Phrases written for blind33."""

from __future__ import annotations

from benchmarks.pii_blind33_values import (
    EMAIL,
    IBAN_T,
    IP,
    PHONE,
    Doc,
    bad_iban,
    email,
    iban,
    ipv4,
    phone,
)

# lang: (register, region, tld, iban country or None, title, intro, call sentence, phone label,
#        mobile label, email label, bank label, look-alike lines [(label, pattern)], write-to sentence)
L = {
    "ja": ("baduk_club", "JP", "jp", None, "囲碁サロン 白石会", "初心者から高段者まで歓迎します。", "お問い合わせは {P} までお電話ください。",
           "電話", "携帯", "メール", None, [("棋譜番号", "####-####-####"), ("郵便番号", "###-####"), ("会員番号", "##-####-####")], "ご質問は {E} へどうぞ。"),
    "ko": ("baduk_club", "KR", "kr", None, "한빛 바둑교실", "주말 대국과 어린이 반을 운영합니다.", "상담 전화: {P} (평일 10시~18시)",
           "전화", "휴대폰", "이메일", None, [("기보 번호", "###-###-####"), ("사업자등록번호", "###-##-#####"), ("우편번호", "#####")], "문의는 {E} 로 보내 주세요."),
    "pt": ("pilates_studio", "PT", "pt", "PT", "Estúdio Pilates Alfama", "Aulas de reformer em grupos pequenos.", "Marcações pelo {P}, de segunda a sábado.",
           "Telefone", "Telemóvel", "E-mail", "IBAN", [("NIF", "### ### ###"), ("Código postal", "####-###"), ("Senha de aula", "## ### ####")], "Escreva-nos para {E}."),
    "pl": ("pilates_studio", "PL", "pl", "PL", "Studio Pilates Kwadrat", "Zajęcia na reformerach i macie.", "Zapisy telefonicznie: {P}.",
           "Tel.", "Kom.", "E-mail", "Nr konta", [("NIP", "###-###-##-##"), ("Kod pocztowy", "##-###"), ("Karnet nr", "### ### ###")], "Pytania prosimy kierować na {E}."),
    "th": ("muay_thai_camp", "TH", "co.th", None, "ค่ายมวยศิษย์ช้างเผือก", "ฝึกมวยไทยวันละสองรอบ เช้าและเย็น", "ติดต่อครูมวย โทร {P}",
           "โทร", "มือถือ", "อีเมล", None, [("เลขประจำตัวผู้เสียภาษี", "# #### ##### ## #"), ("รหัสไปรษณีย์", "#####"), ("ใบเสร็จเลขที่", "###-####-###")], "ส่งอีเมลมาที่ {E}"),
    "km": ("muay_thai_camp", "KH", "com.kh", None, "ក្លឹបប្រដាល់គុនខ្មែរ", "ហ្វឹកហាត់រៀងរាល់ព្រឹក និងល្ងាច។", "ទំនាក់ទំនង៖ {P}",
           "ទូរស័ព្ទ", "ទូរស័ព្ទដៃ", "អ៊ីមែល", None, [("លេខវិក្កយបត្រ", "###-###-###"), ("លេខសមាជិក", "## ### ###")], "ផ្ញើអ៊ីមែលមក {E}"),
    "ta": ("music_tutor", "IN", "in", None, "ஸ்ருதி கர்நாடக இசைப் பள்ளி", "வாய்ப்பாட்டு, வீணை, மிருதங்கம் வகுப்புகள்.", "வகுப்பு விவரங்களுக்கு {P} என்ற எண்ணில் அழைக்கவும்.",
           "தொலைபேசி", "கைபேசி", "மின்னஞ்சல்", None, [("அஞ்சல் குறியீடு", "### ###"), ("பதிவு எண்", "#### #### ####")], "மின்னஞ்சல்: {E}"),
    "bn": ("music_tutor", "BD", "com.bd", None, "সুরধ্বনি তবলা শিক্ষালয়", "শিশু ও বড়দের জন্য তবলা ও হারমোনিয়াম ক্লাস।", "ভর্তির জন্য ফোন করুন {P}",
           "ফোন", "মোবাইল", "ইমেইল", None, [("রসিদ নং", "####-######"), ("পোস্ট কোড", "####"), ("বিকাশ রেফারেন্স", "##########")], "ইমেইল করুন {E} ঠিকানায়।"),
    "hy": ("stained_glass_studio", "AM", "am", None, "Վիտրաժի արվեստանոց «Լույս»", "Պատվերով վիտրաժներ և վարպետության դասեր։", "Զանգահարեք {P} համարով։",
           "Հեռ.", "Բջջ.", "Էլ. փոստ", None, [("ՀՎՀՀ", "########"), ("Փոստային ինդեքս", "####"), ("Պատվեր №", "##-###-###")], "Գրեք մեզ՝ {E}"),
    "ka": ("stained_glass_studio", "GE", "ge", "GE", "ვიტრაჟის სახელოსნო „ფერი“", "ვამზადებთ ვიტრაჟებს ეკლესიებისა და სახლებისთვის.", "დაგვირეკეთ: {P}",
           "ტელ.", "მობ.", "ელ-ფოსტა", "ანგარიში", [("საიდენტიფიკაციო კოდი", "#########"), ("შეკვეთა №", "###-###-###")], "მოგვწერეთ {E}"),
    "mn": ("horse_trekking", "MN", "mn", None, "Тал нутгийн морин аялал", "Хэнтий, Тэрэлжээр 3-10 хоногийн морин аялал.", "Захиалга: {P}",
           "Утас", "Гар утас", "И-мэйл", None, [("Регистрийн дугаар", "#######"), ("Аяллын код", "####-###-##")], "Имэйлээр {E} хаягаар холбогдоно уу."),
    "kk": ("horse_trekking", "KZ", "kz", "KZ", "Алатау атпен серуен", "Таулы жолдармен атқа мініп серуендеу.", "Брондау телефоны: {P}",
           "Тел.", "Ұялы", "Эл. пошта", "ЖСК (IBAN)", [("БСН", "############"), ("Пошта индексі", "######")], "Хат жазыңыз: {E}"),
    "el": ("orchard_pick_your_own", "GR", "gr", "GR", "Περιβόλι Αγίου Γεωργίου", "Μαζέψτε μόνοι σας κεράσια και ροδάκινα.", "Για ομάδες καλέστε στο {P}.",
           "Τηλ.", "Κιν.", "Email", "IBAN", [("ΑΦΜ", "#########"), ("Τ.Κ.", "### ##"), ("Αρ. απόδειξης", "####-######")], "Στείλτε μας στο {E}."),
    "sq": ("orchard_pick_your_own", "AL", "al", "AL", "Pema e Mollës – Korçë", "Vilni vetë mollë dhe dardha në fermën tonë.", "Na telefononi në {P}.",
           "Tel.", "Cel.", "Email", "IBAN", [("NIPT", "L#########"), ("Kodi postar", "####"), ("Fatura nr.", "####/###")], "Na shkruani në {E}."),
    "he": ("scout_troop", "IL", "org.il", "IL", "שבט הצופים ״אלון״", "פעולות בימי שלישי ושבת לכל השכבות.", "לפרטים: {P}",
           "טלפון", "נייד", "דוא״ל", "חשבון", [("ת.ז. עמותה", "58-###-###-#"), ("מיקוד", "#######"), ("קבלה מס׳", "######")], "כתבו לנו: {E}"),
    "ar": ("scout_troop", "JO", "jo", "JO", "فوج كشافة الأردن الأول", "نشاطات أسبوعية ومخيمات صيفية للأشبال والكشافة.", "للاستفسار اتصلوا على {P}",
           "هاتف", "جوال", "البريد الإلكتروني", "رقم الحساب (IBAN)", [("رقم التسجيل", "####/###"), ("الرمز البريدي", "#####")], "راسلونا على {E}"),
    "fa": ("dental_clinic", "IR", "ir", None, "کلینیک دندانپزشکی لبخند", "ایمپلنت، ارتودنسی و درمان ریشه.", "نوبت‌دهی: {P}",
           "تلفن", "همراه", "ایمیل", None, [("کد پستی", "##########"), ("شماره نظام پزشکی", "#####"), ("شماره پرونده", "####-####")], "ایمیل: {E}"),
    "ur": ("dental_clinic", "PK", "pk", "PK", "مسکان ڈینٹل کلینک", "دانتوں کی صفائی، فلنگ اور بریسز۔", "اپوائنٹمنٹ کے لیے {P} پر کال کریں۔",
           "فون", "موبائل", "ای میل", "آئی بین", [("این ٹی این", "#######-#"), ("پرچی نمبر", "###-####-###")], "ای میل کریں: {E}"),
    "am": ("car_repair_garage", "ET", "et", None, "አበበ የመኪና ጥገና", "የሞተር፣ የፍሬን እና የኤሌክትሪክ ጥገና።", "ለቀጠሮ በ {P} ይደውሉ።",
           "ስልክ", "ሞባይል", "ኢሜይል", None, [("የሰሌዳ ቁጥር", "#-#####"), ("ደረሰኝ ቁጥር", "######"), ("ቲን", "##########")], "ኢሜይል፡ {E}"),
    "sw": ("car_repair_garage", "KE", "co.ke", None, "Gereji ya Mwangi Motors", "Tunatengeneza injini, breki na umeme wa magari.", "Piga simu {P} kwa miadi.",
           "Simu", "Rununu", "Barua pepe", None, [("Nambari ya gari", "KD# ###"), ("Paybill", "######"), ("Ankara Na.", "INV-####-###")], "Tuandikie {E}."),
    "fi": ("print_shop", "FI", "fi", "FI", "Kirjapaino Painotalo Kivi", "Käyntikortit, julisteet ja kirjat nopeasti.", "Soita {P} tai tule käymään.",
           "Puh.", "GSM", "Sähköposti", "Tilinumero", [("Y-tunnus", "#######-#"), ("Postinumero", "#####"), ("ISBN", "978-952-##-####-#")], "Aineistot osoitteeseen {E}."),
    "hu": ("print_shop", "HU", "hu", "HU", "Betű Nyomda Kft.", "Szórólapok, névjegyek és plakátok gyártása.", "Hívjon minket: {P}",
           "Tel.", "Mobil", "E-mail", "Számlaszám", [("Adószám", "########-#-##"), ("Irányítószám", "####"), ("Rendelésszám", "####/####")], "Anyagokat ide küldje: {E}"),
    "ne": ("home_catering", "NP", "com.np", None, "आमाको भान्सा क्याटरिङ", "बिहे, ब्रतबन्ध र पार्टीका लागि घरेलु खाना।", "अर्डरका लागि {P} मा फोन गर्नुहोस्।",
           "फोन", "मोबाइल", "इमेल", None, [("प्यान नं.", "#########"), ("बिल नं.", "####-##")], "इमेल: {E}"),
    "si": ("home_catering", "LK", "lk", None, "අම්මාගේ කෑම කේටරින්", "උත්සව සඳහා ගෙදර හැදූ කෑම.", "ඇණවුම් සඳහා {P} අමතන්න.",
           "දුරකථන", "ජංගම", "ඊමේල්", None, [("ලියාපදිංචි අංකය", "PV ######"), ("බිල්පත් අංකය", "###-####")], "ඊමේල්: {E}"),
}

EXT = {"ja": "内線", "ko": "내선", "he": "שלוחה", "fa": "داخلی"}

NAMES = ["studio", "info", "kontakt", "office", "booking", "hello", "admin", "sales", "team", "orders",
         "mariam", "nino", "bat", "aigerim", "eleni", "arben", "noa", "karim", "sara", "hassan",
         "abebe", "wanjiru", "aino", "zsofia", "sita", "nimal", "yuki", "minji", "joana", "kasia"]


def _pattern(rng, pat: str) -> str:
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in pat)


def _domain(rng, lang: str) -> str:
    base = rng.choice(["mail", "post", "studio", "club", "online", "web", "net"])
    return f"{base}{rng.randrange(2, 99)}.{L[lang][2]}"


def page(rng, lang: str, layout: int) -> tuple[str, list, str]:
    _reg, region, tld, ibc, title, intro, call, ptl, mbl, eml, bkl, looks, write = L[lang]
    d = Doc()
    dom = _domain(rng, lang)
    url = f"https://www.{dom.split('.')[0]}-{rng.randrange(10, 99)}.{tld}/" + rng.choice(["", "contact", "kontakt", "about", "info"])
    look = [(lab, _pattern(rng, pat)) for lab, pat in looks]
    if layout == 0:  # prose page
        if rng.random() < 0.2:
            d.v(PHONE, phone(rng, region, "nat")).t(" · ")
        d.t(title + "\n\n" + intro + " ")
        a, b = call.split("{P}")
        d.t(a).v(PHONE, phone(rng, region)).t(b + "\n")
        lab, val = rng.choice(look)
        d.t(f"{lab}: {val}\n")
        if rng.random() < 0.65:
            a, b = write.split("{E}")
            d.t(a).v(EMAIL, email(rng, rng.choice(NAMES), dom)).t(b + "\n")
        elif rng.random() < 0.6:  # obfuscated against harvesters: not an e-mail by the span rules
            a, b = write.split("{E}")
            host, tld = dom.split(".", 1)
            d.t(a + f"{rng.choice(NAMES)} [at] {host} [dot] {tld.replace('.', ' [dot] ')}" + b + "\n")
        if ibc:
            d.t(f"{bkl}: ").v(IBAN_T, iban(rng, ibc, rng.choice(["print", "print", "compact"]))).t("\n")
        if rng.random() < 0.5:
            lab, val = rng.choice(look)
            d.t(f"{lab} {val} — {mbl}: ").v(PHONE, phone(rng, region, mobile=True))
        else:
            d.t(f"{mbl} / {ptl} ").v(PHONE, phone(rng, region, mobile=True))
    elif layout == 1:  # contact table / key-value block
        d.t(f"{title}\n")
        rows = [(ptl, PHONE, phone(rng, region, mobile=False)), (mbl, PHONE, phone(rng, region, mobile=True))]
        if rng.random() < 0.6:
            rows.append((eml, EMAIL, email(rng, rng.choice(NAMES), dom)))
        if lang in EXT and rng.random() < 0.6:
            rows.append((ptl, PHONE, phone(rng, region, "nat", mobile=False) + f" {EXT[lang]} {rng.randrange(10, 400)}"))
        rows += [(lab, None, val) for lab, val in look]
        if ibc:
            rows.append((bkl, IBAN_T, iban(rng, ibc, rng.choice(["print", "compact", "lower"]))))
            if rng.random() < 0.5:
                rows.append((bkl + " (✗)", None, bad_iban(rng, ibc)))
        rng.shuffle(rows)
        sep = rng.choice([" | ", "\t", ": "])
        for lab, typ, val in rows:
            d.t(f"{lab}{sep}")
            if typ:
                d.v(typ, val)
            else:
                d.t(val)
            d.t("\n")
        if rng.random() < 0.2:
            d.t(f"{ptl}: ").v(PHONE, phone(rng, region, "intl")).t(", ").v(PHONE, phone(rng, region, "intl"))
    else:  # chat / guestbook / footer with tel: and mailto: links
        p1 = phone(rng, region, "e164")
        d.t(f"<footer>{title}<br>\n<a href=\"tel:").v(PHONE, p1).t(f"\">{ptl}</a> ")
        if rng.random() < 0.5:
            d.t("<a href=\"mailto:").v(EMAIL, email(rng, rng.choice(NAMES), dom)).t(f"\">{eml}</a><br>\n")
        if ibc:
            d.t(f"{bkl} ").v(IBAN_T, iban(rng, ibc, rng.choice(["print", "compact"]))).t("<br>\n")
        lab, val = rng.choice(look)
        d.t(f"{lab} {val}</footer>\n")
        who = rng.choice(NAMES).title()
        d.t(f"[{rng.randrange(8, 22):02d}:{rng.randrange(60):02d}] {who}: ")
        a, b = call.split("{P}")
        d.t(a).v(PHONE, phone(rng, region, rng.choice(["nat", "tight", "paren"]))).t(b + "\n")
        d.t(f"[{rng.randrange(8, 22):02d}:{rng.randrange(60):02d}] {rng.choice(NAMES).title()} (").v(IP, ipv4(rng)).t(")\n")
        if rng.random() < 0.25:
            d.t(f"{mbl}: ").v(PHONE, phone(rng, region, "nat", mobile=True))
    return d.text, d.spans, url
