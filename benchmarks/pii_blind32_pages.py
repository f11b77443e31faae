"""People's pages of the blind32 PII set (see benchmarks/pii_blind32.py): twelve small-business and
club registers, each in two languages, every phrase written for this file."""

from __future__ import annotations

from pii_blind32_values import iban, phone

# lang: (region, tld, iban country or None, local parts, phone styles, words)
# words: ph em acct order zip reg call write pay q a hours price
LANGS = {
    "is": ("IS", "is", "IS", ["sigrun", "bjarki.th", "kennel.nordur", "hrafnhildur"], ["nat", "intl"],
           ["Sími", "Netfang", "Reikningur", "Pöntunarnúmer", "Póstnúmer", "Kennitala",
            "Hringdu í okkur í síma", "eða sendu póst á", "Staðfestingargjald greiðist inn á",
            "Halló, er laust pláss á laugardaginn?", "Já, hringdu bara í mig í", "Opið alla daga 9–17", "Verð"]),
    "mn": ("MN", "mn", None, ["bat-erdene", "oyunaa.kh", "tsetseg", "info.huvsgul"], ["nat", "intl"],
           ["Утас", "И-мэйл", "Дансны дугаар", "Захиалгын дугаар", "Шуудангийн код", "Регистрийн дугаар",
            "Холбогдох утас", "эсвэл имэйлээр бичнэ үү:", "Урьдчилгаа төлбөрийг дараах дансанд шилжүүлнэ үү:",
            "Сайн байна уу, бямба гарагт сул орон бий юу?", "Тийм ээ, над руу залгаарай:", "Өдөр бүр 9–17 цаг", "Үнэ"]),
    "et": ("EE", "ee", "EE", ["mart.tamm", "sepikoda", "kadri.kask", "info"], ["nat", "intl", "compact"],
           ["Telefon", "E-post", "Arvelduskonto", "Tellimuse nr", "Postiindeks", "Registrikood",
            "Helista meile", "või kirjuta", "Ettemaks palume tasuda kontole",
            "Tere, kas laupäeval on veel vabu kohti?", "Jah, helista mulle numbril", "Avatud iga päev 9–17", "Hind"]),
    "ka": ("GE", "ge", "GE", ["giorgi.beridze", "nino.k", "samchedlo", "info"], ["nat", "intl"],
           ["ტელეფონი", "ელ-ფოსტა", "ანგარიშის ნომერი", "შეკვეთის ნომერი", "საფოსტო ინდექსი",
            "საიდენტიფიკაციო კოდი", "დაგვირეკეთ:", "ან მოგვწერეთ:", "ავანსი ჩარიცხეთ ანგარიშზე",
            "გამარჯობა, შაბათს თავისუფალი ადგილი გაქვთ?", "დიახ, დამირეკეთ ნომერზე", "ღიაა ყოველდღე 9–17", "ფასი"]),
    "az": ("AZ", "az", "AZ", ["elvin.mammadov", "aynur", "alachiq.sheki", "rezerv"], ["nat", "intl"],
           ["Telefon", "E-poçt", "Hesab (IBAN)", "Sifariş nömrəsi", "Poçt indeksi", "VÖEN",
            "Zəng edin:", "və ya yazın:", "Beh məbləğini bu hesaba köçürün:",
            "Salam, şənbə günü boş yer var?", "Bəli, mənə zəng edin:", "Hər gün 9–17", "Qiymət"]),
    "hy": ("AM", "am", None, ["armen.h", "lusine", "yurt.dilijan", "info"], ["nat", "intl"],
           ["Հեռախոս", "Էլ. փոստ", "Հաշվեհամար", "Պատվերի համար", "Փոստային ինդեքս", "ՀՎՀՀ",
            "Զանգահարեք՝", "կամ գրեք՝", "Կանխավճարը փոխանցեք հաշվին՝",
            "Բարև, շաբաթ օրը ազատ տեղ կա՞", "Այո, զանգեք ինձ՝", "Ամեն օր 9–17", "Գինը"]),
    "he": ("IL", "co.il", "IL", ["yael.cohen", "hostel.nazareth", "avi.m", "office"], ["nat", "intl"],
           ["טלפון", "דוא\"ל", "חשבון בנק (IBAN)", "מספר הזמנה", "מיקוד", "ח.פ.",
            "התקשרו אלינו:", "או כתבו לנו:", "את המקדמה יש להעביר לחשבון",
            "שלום, יש מקום פנוי בשבת?", "כן, תתקשרו אליי:", "פתוח א׳–ה׳ 9–17", "מחיר"]),
    "sq": ("AL", "al", "AL", ["bujtina.shkoder", "arben.k", "elira", "rezervime"], ["nat", "intl"],
           ["Tel.", "Email", "Llogaria bankare", "Nr. i porosisë", "Kodi postar", "NIPT",
            "Na telefononi në", "ose na shkruani në", "Kaparja paguhet në llogarinë",
            "Përshëndetje, a ka vend të lirë të shtunën?", "Po, më telefononi në", "Hapur çdo ditë 9–17", "Çmimi"]),
    "am": ("ET", "et", None, ["abebe.t", "selam.drilling", "info", "meron"], ["nat", "intl"],
           ["ስልክ", "ኢሜይል", "የባንክ ሂሳብ", "የትዕዛዝ ቁጥር", "ፖ.ሳ.ቁ.", "የግብር ከፋይ መለያ ቁጥር",
            "ይደውሉልን፦", "ወይም ይጻፉልን፦", "ቅድመ ክፍያውን ወደዚህ ሂሳብ ያስገቡ፦",
            "ሰላም፣ ቅዳሜ ቦታ አለ?", "አዎ፣ በዚህ ቁጥር ይደውሉልኝ፦", "በየቀኑ ከ2–11 ሰዓት", "ዋጋ"]),
    "sw": ("KE", "co.ke", None, ["wanjiku", "visima.machakos", "otieno.j", "huduma"], ["nat", "intl", "compact"],
           ["Simu", "Barua pepe", "Akaunti ya benki", "Namba ya oda", "S.L.P.", "KRA PIN",
            "Tupigie simu:", "au tuandikie:", "Lipa kwa akaunti ya benki",
            "Habari, kuna nafasi Jumamosi?", "Ndiyo, nipigie kwa", "Kila siku saa 3–11", "Bei"]),
    "mt": ("MT", "com.mt", "MT", ["fanal.volunteers", "marija.borg", "joe.camilleri", "info"], ["nat", "intl"],
           ["Tel.", "Email", "Kont bankarju", "Numru tal-ordni", "Kodiċi postali", "Numru tal-VAT",
            "Ċemplilna fuq", "jew ibgħatilna email fuq", "Id-depożitu jitħallas fil-kont",
            "Bonġu, hemm post nhar is-Sibt?", "Iva, ċempilli fuq", "Miftuħ kuljum 9–17", "Prezz"]),
    "el": ("GR", "gr", "GR", ["faros.melagavi", "eleni.p", "giorgos.k", "ethelontes"], ["nat", "intl"],
           ["Τηλ.", "Email", "Λογαριασμός (IBAN)", "Αρ. παραγγελίας", "Τ.Κ.", "ΑΦΜ",
            "Καλέστε μας στο", "ή γράψτε μας στο", "Η προκαταβολή κατατίθεται στον λογαριασμό",
            "Καλησπέρα, υπάρχει θέση το Σάββατο;", "Ναι, πάρτε με στο", "Ανοιχτά καθημερινά 9–17", "Τιμή"]),
    "si": ("LK", "lk", None, ["nuwaraeliya.tea", "kumari", "sunil.p", "tours"], ["nat", "intl"],
           ["දුරකථන", "විද්‍යුත් තැපෑල", "බැංකු ගිණුම", "ඇණවුම් අංකය", "තැපැල් කේතය", "ලියාපදිංචි අංකය",
            "අපට කතා කරන්න:", "නැතහොත් ලියන්න:", "අත්තිකාරම් මුදල මෙම ගිණුමට බැර කරන්න:",
            "ආයුබෝවන්, සෙනසුරාදා ඉඩ තියෙනවද?", "ඔව්, මට කතා කරන්න:", "දිනපතා 9–5", "මිල"]),
    "ne": ("NP", "com.np", None, ["ilam.tea", "sita.rai", "bishnu", "bhraman"], ["nat", "intl"],
           ["फोन", "इमेल", "खाता नम्बर", "अर्डर नम्बर", "हुलाक कोड", "प्यान नम्बर",
            "हामीलाई फोन गर्नुहोस्:", "वा इमेल गर्नुहोस्:", "अग्रिम रकम यो खातामा जम्मा गर्नुहोस्:",
            "नमस्ते, शनिबार ठाउँ खाली छ?", "छ, मलाई यो नम्बरमा फोन गर्नुहोस्:", "दैनिक बिहान ९–बेलुका ५", "मूल्य"]),
    "sl": ("SI", "si", "SI", ["sirarna.bovec", "mojca.k", "jure", "trgovina"], ["nat", "intl"],
           ["Tel.", "E-pošta", "TRR", "Št. naročila", "Poštna številka", "Matična številka",
            "Pokličite nas na", "ali pišite na", "Predplačilo nakažite na TRR",
            "Pozdravljeni, imate v soboto še prosto mesto?", "Ja, pokličite me na", "Odprto vsak dan 9–17", "Cena"]),
    "bg": ("BG", "bg", "BG", ["mlekarnica.smolyan", "ivan.petrov", "desi", "magazin"], ["nat", "intl"],
           ["Тел.", "Имейл", "Банкова сметка (IBAN)", "Поръчка №", "Пощенски код", "ЕИК",
            "Обадете ни се на", "или ни пишете на", "Капаро се превежда по сметка",
            "Здравейте, има ли място в събота?", "Да, звънете ми на", "Отворено всеки ден 9–17", "Цена"]),
    "lt": ("LT", "lt", "LT", ["stiklas.vilnius", "ruta.j", "tomas", "dirbtuves"], ["nat", "intl"],
           ["Tel.", "El. paštas", "Sąskaitos nr.", "Užsakymo nr.", "Pašto kodas", "Įmonės kodas",
            "Skambinkite", "arba rašykite", "Avansą pervesti į sąskaitą",
            "Laba diena, ar šeštadienį yra laisvų vietų?", "Taip, skambinkite man", "Dirbame kasdien 9–17", "Kaina"]),
    "my": ("MM", "com.mm", None, ["mandalay.glass", "aung.ko", "thida", "info"], ["nat", "intl"],
           ["ဖုန်း", "အီးမေးလ်", "ဘဏ်အကောင့်", "မှာယူမှုအမှတ်", "စာတိုက်သင်္ကေတ", "မှတ်ပုံတင်အမှတ်",
            "ဆက်သွယ်ရန် ဖုန်း -", "သို့မဟုတ် အီးမေးလ် -", "စရံငွေကို ဤအကောင့်သို့ လွှဲပေးပါ -",
            "မင်္ဂလာပါ၊ စနေနေ့ နေရာလွတ်ရှိလား။", "ရှိပါတယ်၊ ဒီနံပါတ်ကို ဖုန်းဆက်ပါ -", "နေ့စဉ် ၉ နာရီမှ ၅ နာရီ", "ဈေးနှုန်း"]),
    "hu": ("HU", "hu", "HU", ["nyerges.hortobagy", "kovacs.janos", "eszter", "muhely"], ["nat", "intl"],
           ["Tel.", "E-mail", "Bankszámla", "Rendelésszám", "Irányítószám", "Adószám",
            "Hívjon minket:", "vagy írjon:", "Az előleget erre a számlára utalja:",
            "Jó napot, szombaton van még szabad hely?", "Igen, hívjon ezen a számon:", "Nyitva minden nap 9–17", "Ár"]),
    "ur": ("PK", "pk", "PK", ["cholistan.safari", "imran.a", "sana", "bookings"], ["nat", "intl"],
           ["فون", "ای میل", "بینک اکاؤنٹ (IBAN)", "آرڈر نمبر", "پوسٹل کوڈ", "این ٹی این",
            "ہمیں کال کریں:", "یا ای میل کریں:", "ایڈوانس رقم اس اکاؤنٹ میں جمع کروائیں:",
            "السلام علیکم، کیا ہفتے کو جگہ خالی ہے؟", "جی ہاں، اس نمبر پر کال کریں:", "روزانہ صبح 9 سے شام 5", "قیمت"]),
    "km": ("KH", "com.kh", None, ["osoth.khmer", "sokha", "dara.p", "info"], ["nat", "intl"],
           ["ទូរស័ព្ទ", "អ៊ីមែល", "គណនីធនាគារ", "លេខបញ្ជាទិញ", "លេខកូដប្រៃសណីយ៍", "លេខអត្តសញ្ញាណកម្មសារពើពន្ធ",
            "ទំនាក់ទំនង៖", "ឬផ្ញើអ៊ីមែល៖", "សូមផ្ទេរប្រាក់កក់ទៅគណនី៖",
            "សួស្តី តើថ្ងៃសៅរ៍នៅមានកន្លែងទំនេរទេ?", "មាន សូមទូរស័ព្ទមកលេខ៖", "បើករៀងរាល់ថ្ងៃ ៨–៥", "តម្លៃ"]),
    "vi": ("VN", "vn", None, ["nhathuocnam", "thaylang.minh", "lan.nguyen", "lienhe"], ["nat", "intl", "compact"],
           ["Điện thoại", "Email", "Số tài khoản", "Mã đơn hàng", "Mã bưu chính", "Mã số thuế",
            "Gọi cho chúng tôi:", "hoặc gửi thư tới", "Đặt cọc chuyển khoản vào tài khoản",
            "Chào chị, thứ Bảy còn chỗ không ạ?", "Còn bạn nhé, gọi mình số", "Mở cửa hàng ngày 8h–17h", "Giá"]),
    "gu": ("IN", "in", None, ["kutch.camel", "hetal.shah", "bhavesh", "safari"], ["nat", "intl", "compact"],
           ["ફોન", "ઇમેઇલ", "બેંક ખાતું", "ઓર્ડર નંબર", "પિન કોડ", "GSTIN",
            "અમને ફોન કરો:", "અથવા ઇમેઇલ કરો:", "એડવાન્સ રકમ આ ખાતામાં જમા કરો:",
            "નમસ્તે, શનિવારે જગ્યા છે?", "હા, આ નંબર પર ફોન કરો:", "દરરોજ સવારે 9 થી સાંજે 6", "કિંમત"]),
    "tl": ("PH", "ph", None, ["siyahan.lipa", "mang.ramon", "joy.reyes", "orders"], ["nat", "intl", "compact"],
           ["Telepono", "Email", "Bank account", "Order no.", "Zip code", "TIN",
            "Tawagan kami sa", "o mag-email sa", "Ipadala ang downpayment sa account na",
            "Hello po, may bakante pa po ba sa Sabado?", "Opo, tawagan niyo po ako sa", "Bukas araw-araw 8–5", "Presyo"]),
}

# register: {lang: (title, site slug)}
REGISTERS = {
    "mushing_kennel": {"is": ("Sleðahundaferðir á Norðurlandi", "sledahundar"),
                       "mn": ("Чарганы нохойн аялал – Хөвсгөл", "husky-khuvsgul")},
    "blacksmith_forge": {"et": ("Sepikoja kursused Saaremaal", "saaresepp"),
                         "ka": ("სამჭედლო სახელოსნო – კურსები თბილისში", "samchedlo")},
    "yurt_rental": {"az": ("Şəkidə alaçıq kirayəsi", "sheki-alachiq"),
                    "hy": ("Յուրտայի վարձույթ Դիլիջանում", "dilijan-yurt")},
    "pilgrim_hostel": {"he": ("אכסניית צליינים בנצרת", "pilgrims-nazareth"),
                       "sq": ("Bujtina e pelegrinëve në Shkodër", "bujtina-pelegrin")},
    "well_drilling": {"am": ("የውሃ ጉድጓድ ቁፋሮ አገልግሎት – አዳማ", "adama-drilling"),
                      "sw": ("Huduma ya kuchimba visima – Machakos", "visima-machakos")},
    "lighthouse_volunteers": {"mt": ("Voluntiera fil-Fanal ta' Ġordan", "fanal-gordan"),
                              "el": ("Εθελοντές του Φάρου Μελαγκάβι", "faros-melagavi")},
    "tea_estate_tours": {"si": ("තේ වතු චාරිකා – නුවරඑළිය", "nuwara-tea-tours"),
                         "ne": ("इलाम चिया बगान भ्रमण", "ilam-tea")},
    "cheese_farm_shop": {"sl": ("Sirarna na Bovškem – trgovina", "sirarna-bovec"),
                         "bg": ("Млекарница и магазин за сирене – Смолян", "smolyan-sirene")},
    "glassblowing_studio": {"lt": ("Stiklo pūtimo dirbtuvės Vilniuje", "stiklo-dirbtuves"),
                            "my": ("ဖန်မှုတ်လက်မှုပညာ အလုပ်ရုံ – မန္တလေး", "mandalay-glass")},
    "saddlery_workshop": {"hu": ("Nyergesmester műhely – Hortobágy", "nyerges-hortobagy"),
                          "tl": ("Gawaan ng Siyahan at Renda – Lipa, Batangas", "siyahan-lipa")},
    "herbalist_shop": {"km": ("ឱសថបុរាណខ្មែរ – ហាងឱសថ", "osoth-khmer"),
                       "vi": ("Nhà thuốc Nam – Thầy lang Minh", "nhathuocnam-minh")},
    "camel_safari": {"gu": ("કચ્છ રણ ઊંટ સફારી", "kutch-camel-safari"),
                     "ur": ("چولستان اونٹ سفاری", "cholistan-safari")},
}

NATIVE_DIGITS = {"ne": "०१२३४५६७८९", "my": "၀၁၂၃၄၅၆၇၈၉", "km": "០១២៣៤៥៦៧៨៩"}

PATHS = ["", "kontakt", "contact", "booking", "about", "p/info", "index.php?page=contact"]


def _email(r, lang, slug):
    loc = r.choice(LANGS[lang][3])
    tld = LANGS[lang][1]
    dom = r.choice([f"{slug}.{tld}", f"{slug}.{tld}", "gmail.com", "yahoo.com", f"mail.{tld}" if "." not in tld else "outlook.com"])
    return f"{loc}@{dom}"


def _negs(r, lang, slug):
    """Look-alikes a page of this kind really carries, each as a ("NEG", text) part with its label."""
    w = LANGS[lang][5]
    iban_cc = LANGS[lang][2]
    d = lambda n: "".join(r.choice("0123456789") for _ in range(n))
    opts = [
        [f"{w[3]}: ", ("NEG", f"{d(4)}-{d(6)}")],
        [f"{w[3]} ", ("NEG", f"#{d(9)}")],
        [f"{w[4]}: ", ("NEG", d(r.choice([4, 5, 6])))],
        [f"{w[5]}: ", ("NEG", d(r.choice([9, 10, 13])))],
        [f"{w[12]}: ", ("NEG", f"{r.randint(1, 99)} {d(3)}")],
        ["GPS: ", ("NEG", f"{r.uniform(-60, 70):.5f}, {r.uniform(-120, 150):.5f}")],
        ["", ("NEG", f"@{slug.replace('-', '_')}")],
        ["", ("NEG", f"{r.choice(LANGS[lang][3])} [at] {slug} [dot] {LANGS[lang][1]}")],
        ["", ("NEG", f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2024, 2027)}")],
    ]
    if iban_cc:
        opts.append(["BIC: ", ("NEG", f"{slug[:4].upper().replace('-', 'X')}{iban_cc}2X")])
    else:
        opts.append([f"{w[2]}: ", ("NEG", d(r.choice([10, 12, 13])))])
    k = r.randint(2, 4)
    return r.sample(opts, k)


def people_doc(r, register: str, lang: str, layout: int):
    region, tld, iban_cc, _, styles, w = LANGS[lang]
    title, slug = REGISTERS[register][lang]
    def ph():
        value = phone(r, region, r.choice(styles))
        if lang in NATIVE_DIGITS and not value.startswith("+") and r.random() < 0.4:
            value = value.translate(str.maketrans("0123456789", NATIVE_DIGITS[lang]))
        return ("PHONE_NUMBER", value)

    em = lambda: ("EMAIL_ADDRESS", _email(r, lang, slug))
    negs = _negs(r, lang, slug)
    flat = [x for n in negs for x in n + [" · "]][:-1]
    parts: list = []
    if layout == 0:  # prose
        parts = [f"{title}\n\n{w[11]}. {w[6]} ", ph()]
        if r.random() < 0.4:
            parts += [" / ", ph()]
        parts += [f" {w[7]} ", em(), ".\n"] if r.random() < 0.5 else [".\n"]
        if iban_cc and r.random() < 0.75:
            parts += [f"{w[8]} ", ("IBAN_CODE", iban(r, iban_cc)), ".\n"]
        parts += ["\n"] + flat
    elif layout == 1:  # key-value block
        parts = [f"{title}\n", "—" * 12, "\n"]
        rows = [[f"{w[0]}: ", ph()]] + ([[f"{w[1]}: ", em()]] if r.random() < 0.5 else [])
        if r.random() < 0.5:
            rows.append([f"{w[0]} 2: ", ph()])
        if iban_cc:
            rows.append([f"{w[2]}: ", ("IBAN_CODE", iban(r, iban_cc))])
        rows += [n for n in negs]
        r.shuffle(rows)
        for row in rows:
            parts += row + ["\n"]
        if r.random() < 0.3:
            parts = parts[:-1]
    elif layout == 2:  # chat / comment thread
        parts = [f"— {w[9]}\n— {w[10]} ", ph()]
        if r.random() < 0.3:
            parts += [f"\n— {w[1]}? \n— ", em()]
        parts += ["\n"] + flat
        if iban_cc and r.random() < 0.4:
            parts += [f"\n— {w[8]}\n", ("IBAN_CODE", iban(r, iban_cc))]
    else:  # footer with links; values at the very end
        p = phone(r, region, "e164")
        e = _email(r, lang, slug)
        parts = flat + [f"\n\n{title} | <a href=\"tel:", ("PHONE_NUMBER", p), f"\">{w[0]}</a>"]
        if r.random() < 0.5:
            parts += [" | <a href=\"mailto:", ("EMAIL_ADDRESS", e), f"\">{w[1]}</a>"]
        parts += [f"\n{w[0]}: ", ph()]
        if iban_cc and r.random() < 0.5:
            parts += [f"\n{w[2]}: ", ("IBAN_CODE", iban(r, iban_cc).lower() if r.random() < 0.3 else iban(r, iban_cc))]
    url = f"https://www.{slug}.{tld}/{r.choice(PATHS)}"
    return url, parts
