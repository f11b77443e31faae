"""People's pages of blind set 35 (see pii_blind35.py): lexicon per language and three layouts."""

from __future__ import annotations

import random

from pii_blind35_values import (
    B,
    C,
    Doc,
    E,
    P,
    card,
    e164,
    email,
    iban,
    iban_bad,
    luhn_bad,
    phone,
)

# lang: region, tld, IBAN country (None: the country has no IBAN), e-mail domains, display names,
# romanised names, labels, sentences, local look-alikes (label, digit pattern: '#' a digit).
L = {
    "ka": {"region": "GE", "tld": "ge", "ib": "GE", "doms": ["gmail.com", "mail.ge", "posta.ge"],
               "names": ["ნინო ბერიძე", "გიორგი კაპანაძე", "თამარ ლომიძე"], "rom": [("nino", "beridze"), ("giorgi", "kapanadze"), ("tamar", "lomidze")],
               "tel": "ტელ.", "mob": "მობ.", "mail": "ელ-ფოსტა", "acct": "ანგარიში", "card": "ბარათი", "ord": "ჯავშნის №",
               "call": "დაგვირეკეთ: {p}", "also": "ან {p}", "write": "მოგვწერეთ: {e}", "pay": "ავანსი ჩარიცხეთ ანგარიშზე {b}",
               "cardpay": "ბარათით გადახდა: {c}", "chat_q": "ნომერს ხომ ვერ მომწერთ?", "chat_a": "კი, ეს არის {p}",
               "loc": [("პირადი №", "###########"), ("საფოსტო ინდექსი", "####"), ("ფასი", "### ₾")]},
    "hy": {"region": "AM", "tld": "am", "ib": None, "doms": ["mail.ru", "gmail.com", "yandex.ru"],
               "names": ["Անի Պետրոսյան", "Արամ Գրիգորյան", "Լուսինե Հակոբյան"], "rom": [("ani", "petrosyan"), ("aram", "grigoryan"), ("lusine", "hakobyan")],
               "tel": "Հեռ.", "mob": "Բջջ.", "mail": "Էլ. փոստ", "acct": "Հաշիվ", "card": "Քարտ", "ord": "Պատվեր №",
               "call": "Զանգահարեք՝ {p}", "also": "կամ {p}", "write": "Գրեք մեզ՝ {e}", "pay": "Կանխավճարը եվրոպայից՝ {b}",
               "cardpay": "Վճարում քարտով՝ {c}", "chat_q": "Կարո՞ղ եք ուղարկել ձեր համարը", "chat_a": "Այո, {p}",
               "loc": [("ՀՎՀՀ", "########"), ("Փոստային ինդեքս", "####"), ("Գին", "## ### դրամ")]},
    "si": {"region": "LK", "tld": "lk", "ib": None, "doms": ["gmail.com", "sltnet.lk", "yahoo.com"],
               "names": ["නිමල් පෙරේරා", "කුමාරි සිල්වා", "චමින්ද ජයසූරිය"], "rom": [("nimal", "perera"), ("kumari", "silva"), ("chaminda", "jayasuriya")],
               "tel": "දුරකථන", "mob": "ජංගම", "mail": "විද්‍යුත් තැපෑල", "acct": "ගිණුම", "card": "කාඩ්පත", "ord": "වෙන්කිරීම් අංකය",
               "call": "අමතන්න: {p}", "also": "හෝ {p}", "write": "ලියන්න: {e}", "pay": "විදේශ ගෙවීම් සඳහා: {b}",
               "cardpay": "කාඩ්පතෙන් ගෙවීම: {c}", "chat_q": "ඔබේ අංකය එවන්න පුළුවන්ද?", "chat_a": "ඔව්, {p}",
               "loc": [("ජා.හැ.අ.", "#########V"), ("තැපැල් කේතය", "#####"), ("ගාස්තුව", "රු. #,###")]},
    "ml": {"region": "IN", "tld": "in", "ib": None, "doms": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
               "names": ["അനിൽ കുമാർ", "ലക്ഷ്മി നായർ", "സുരേഷ് മേനോൻ"], "rom": [("anil", "kumar"), ("lakshmi", "nair"), ("suresh", "menon")],
               "tel": "ഫോൺ", "mob": "മൊബൈൽ", "mail": "ഇമെയിൽ", "acct": "അക്കൗണ്ട്", "card": "കാർഡ്", "ord": "ബുക്കിംഗ് നമ്പർ",
               "call": "വിളിക്കുക: {p}", "also": "അല്ലെങ്കിൽ {p}", "write": "ഇമെയിൽ അയയ്ക്കുക: {e}", "pay": "വിദേശത്തുനിന്ന്: {b}",
               "cardpay": "കാർഡ് വഴി: {c}", "chat_q": "നിങ്ങളുടെ നമ്പർ തരാമോ?", "chat_a": "തീർച്ചയായും, {p}",
               "loc": [("ആധാർ", "#### #### ####"), ("പിൻ കോഡ്", "6#####"), ("ഫീസ്", "₹#,###")]},
    "km": {"region": "KH", "tld": "kh", "ib": None, "doms": ["gmail.com", "online.com.kh", "yahoo.com"],
               "names": ["សុខ ចាន់ថា", "ហេង សុភា", "គឹម វណ្ណា"], "rom": [("chantha", "sok"), ("sophea", "heng"), ("vanna", "kim")],
               "tel": "ទូរស័ព្ទ", "mob": "ទូរស័ព្ទដៃ", "mail": "អ៊ីមែល", "acct": "គណនី", "card": "កាត", "ord": "លេខកក់",
               "call": "ទំនាក់ទំនង៖ {p}", "also": "ឬ {p}", "write": "ផ្ញើអ៊ីមែលមក៖ {e}", "pay": "ផ្ទេរពីបរទេស៖ {b}",
               "cardpay": "បង់ដោយកាត៖ {c}", "chat_q": "សុំលេខទូរស័ព្ទបានទេ?", "chat_a": "បាទ {p}",
               "loc": [("គណនី ABA", "### ### ###"), ("លេខកូដប្រៃសណីយ៍", "12###"), ("តម្លៃ", "$##")]},
    "my": {"region": "MM", "tld": "mm", "ib": None, "doms": ["gmail.com", "myanmar.com.mm", "yahoo.com"],
               "names": ["အောင်ကျော်", "စုစုလှိုင်", "မင်းထက်"], "rom": [("aung", "kyaw"), ("su", "hlaing"), ("min", "htet")],
               "tel": "ဖုန်း", "mob": "လက်ကိုင်ဖုန်း", "mail": "အီးမေးလ်", "acct": "ငွေစာရင်း", "card": "ကတ်", "ord": "ဘိုကင်နံပါတ်",
               "call": "ဆက်သွယ်ရန် {p}", "also": "သို့မဟုတ် {p}", "write": "အီးမေးလ် {e}", "pay": "နိုင်ငံခြားမှ ငွေလွှဲရန် {b}",
               "cardpay": "ကတ်ဖြင့်ပေးချေရန် {c}", "chat_q": "ဖုန်းနံပါတ် ပို့ပေးပါ", "chat_a": "ဟုတ်ကဲ့ {p}",
               "loc": [("KBZ ငွေစာရင်း", "###-###-#########"), ("စာပို့သင်္ကေတ", "11###"), ("ဈေးနှုန်း", "##,### ကျပ်")]},
    "ne": {"region": "NP", "tld": "np", "ib": None, "doms": ["gmail.com", "wlink.com.np", "ntc.net.np"],
               "names": ["राम थापा", "सीता गुरुङ", "पासाङ शेर्पा"], "rom": [("ram", "thapa"), ("sita", "gurung"), ("pasang", "sherpa")],
               "tel": "फोन", "mob": "मोबाइल", "mail": "इमेल", "acct": "खाता", "card": "कार्ड", "ord": "बुकिङ नं.",
               "call": "सम्पर्क: {p}", "also": "वा {p}", "write": "इमेल गर्नुहोस्: {e}", "pay": "विदेशबाट भुक्तानी: {b}",
               "cardpay": "कार्डबाट भुक्तानी: {c}", "chat_q": "तपाईंको नम्बर पठाउन सक्नुहुन्छ?", "chat_a": "हजुर, {p}",
               "loc": [("प्यान नं.", "#########"), ("अनुमति पत्र नं.", "TIMS-######"), ("शुल्क", "रु. #,###")]},
    "mn": {"region": "MN", "tld": "mn", "ib": "MN", "doms": ["gmail.com", "mail.mn", "yahoo.com"],
               "names": ["Бат-Эрдэнэ Дорж", "Оюунаа Ганбаатар", "Тэмүүлэн Болд"], "rom": [("baterdene", "dorj"), ("oyunaa", "ganbaatar"), ("temuulen", "bold")],
               "tel": "Утас", "mob": "Гар утас", "mail": "И-мэйл", "acct": "Данс", "card": "Карт", "ord": "Захиалгын №",
               "call": "Холбоо барих: {p}", "also": "эсвэл {p}", "write": "Бидэнд бичих: {e}", "pay": "Урьдчилгааг {b} дансанд шилжүүлнэ үү",
               "cardpay": "Картаар төлөх: {c}", "chat_q": "Утасны дугаараа явуулаач", "chat_a": "За, {p}",
               "loc": [("Регистр", "УБ########"), ("Шуудангийн код", "1#####"), ("Үнэ", "###,000₮")]},
    "et": {"region": "EE", "tld": "ee", "ib": "EE", "doms": ["gmail.com", "hot.ee", "online.ee"],
               "names": ["Mari Tamm", "Jaan Saar", "Kadri Mägi"], "rom": [("mari", "tamm"), ("jaan", "saar"), ("kadri", "magi")],
               "tel": "Tel", "mob": "Mob", "mail": "E-post", "acct": "Arveldusarve", "card": "Kaart", "ord": "Registreerimise nr",
               "call": "Helista: {p}", "also": "või {p}", "write": "Kirjuta: {e}", "pay": "Osavõtutasu arvele {b}",
               "cardpay": "Kaardimakse: {c}", "chat_q": "Kas saad oma numbri saata?", "chat_a": "Jah, {p}",
               "loc": [("Isikukood", "4##########"), ("Postiindeks", "#####"), ("Koera kiip", "233###########")]},
    "lt": {"region": "LT", "tld": "lt", "ib": "LT", "doms": ["gmail.com", "one.lt", "inbox.lt"],
               "names": ["Rūta Kazlauskienė", "Tomas Petrauskas", "Eglė Jankauskaitė"], "rom": [("ruta", "kazlauskiene"), ("tomas", "petrauskas"), ("egle", "jankauskaite")],
               "tel": "Tel.", "mob": "Mob.", "mail": "El. paštas", "acct": "Sąskaita", "card": "Kortelė", "ord": "Užsakymo Nr.",
               "call": "Skambinkite: {p}", "also": "arba {p}", "write": "Rašykite: {e}", "pay": "Avansą pervesti į sąskaitą {b}",
               "cardpay": "Mokėjimas kortele: {c}", "chat_q": "Gal galite atsiųsti savo numerį?", "chat_a": "Taip, {p}",
               "loc": [("Įmonės kodas", "30#######"), ("Pašto kodas", "LT-#####"), ("Kaina", "## Eur")]},
    "el": {"region": "GR", "tld": "gr", "ib": "GR", "doms": ["gmail.com", "otenet.gr", "yahoo.gr"],
               "names": ["Μαρία Παπαδοπούλου", "Νίκος Γεωργίου", "Ελένη Αντωνίου"], "rom": [("maria", "papadopoulou"), ("nikos", "georgiou"), ("eleni", "antoniou")],
               "tel": "Τηλ.", "mob": "Κιν.", "mail": "Email", "acct": "Λογαριασμός", "card": "Κάρτα", "ord": "Αρ. κράτησης",
               "call": "Καλέστε στο {p}", "also": "ή στο {p}", "write": "Γράψτε μας: {e}", "pay": "Προκαταβολή στον λογαριασμό {b}",
               "cardpay": "Πληρωμή με κάρτα: {c}", "chat_q": "Μπορείτε να μου στείλετε το τηλέφωνό σας;", "chat_a": "Βεβαίως, {p}",
               "loc": [("ΑΦΜ", "#########"), ("Τ.Κ.", "### ##"), ("Κόστος", "### €")]},
    "sq": {"region": "AL", "tld": "al", "ib": "AL", "doms": ["gmail.com", "yahoo.com", "albmail.al"],
               "names": ["Arta Hoxha", "Besnik Shehu", "Elira Krasniqi"], "rom": [("arta", "hoxha"), ("besnik", "shehu"), ("elira", "krasniqi")],
               "tel": "Tel.", "mob": "Cel.", "mail": "Email", "acct": "Llogaria", "card": "Karta", "ord": "Nr. rezervimi",
               "call": "Na telefononi: {p}", "also": "ose {p}", "write": "Na shkruani: {e}", "pay": "Parapagimi në llogarinë {b}",
               "cardpay": "Pagesa me kartë: {c}", "chat_q": "Mund të më dërgoni numrin?", "chat_a": "Po, {p}",
               "loc": [("NIPT", "L########A"), ("Kodi postar", "10##"), ("Çmimi", "#.### lekë")]},
    "am": {"region": "ET", "tld": "et", "ib": None, "doms": ["gmail.com", "ethionet.et", "yahoo.com"],
               "names": ["አበበ ከበደ", "ሰላም ተስፋዬ", "ሄኖክ ታደሰ"], "rom": [("abebe", "kebede"), ("selam", "tesfaye"), ("henok", "tadesse")],
               "tel": "ስልክ", "mob": "ሞባይል", "mail": "ኢሜይል", "acct": "የባንክ ሂሳብ", "card": "ካርድ", "ord": "የትዕዛዝ ቁጥር",
               "call": "ይደውሉ፦ {p}", "also": "ወይም {p}", "write": "ይጻፉልን፦ {e}", "pay": "ከውጭ ሀገር ክፍያ፦ {b}",
               "cardpay": "በካርድ ክፍያ፦ {c}", "chat_q": "ስልክ ቁጥርዎን ይላኩልኝ", "chat_a": "እሺ፣ {p}",
               "loc": [("የንግድ ፈቃድ ቁጥር", "AA/##/#####"), ("የግብር ከፋይ መለያ", "00########"), ("ዋጋ", "#,### ብር")]},
    "sw": {"region": "KE", "tld": "ke", "ib": None, "doms": ["gmail.com", "yahoo.com", "safaricom.co.ke"],
               "names": ["Wanjiku Kamau", "Otieno Ochieng", "Amina Hassan"], "rom": [("wanjiku", "kamau"), ("otieno", "ochieng"), ("amina", "hassan")],
               "tel": "Simu", "mob": "Simu ya mkononi", "mail": "Barua pepe", "acct": "Akaunti", "card": "Kadi", "ord": "Namba ya oda",
               "call": "Piga simu: {p}", "also": "au {p}", "write": "Tuandikie: {e}", "pay": "Malipo kutoka Ulaya: {b}",
               "cardpay": "Lipa kwa kadi: {c}", "chat_q": "Naomba namba yako ya simu", "chat_a": "Sawa, {p}",
               "loc": [("M-Pesa Paybill", "######"), ("Akaunti ya Paybill", "########"), ("Bei", "KSh #,###")]},
    "is": {"region": "IS", "tld": "is", "ib": "IS", "doms": ["gmail.com", "simnet.is", "internet.is"],
               "names": ["Guðrún Jónsdóttir", "Sigurður Einarsson", "Helga Magnúsdóttir"], "rom": [("gudrun", "jonsdottir"), ("sigurdur", "einarsson"), ("helga", "magnusdottir")],
               "tel": "Sími", "mob": "Farsími", "mail": "Netfang", "acct": "Reikningur", "card": "Kort", "ord": "Bókunarnúmer",
               "call": "Hringdu í {p}", "also": "eða {p}", "write": "Sendu okkur línu: {e}", "pay": "Staðfestingargjald á reikning {b}",
               "cardpay": "Greitt með korti: {c}", "chat_q": "Geturðu sent mér símanúmerið?", "chat_a": "Já, {p}",
               "loc": [("Kennitala", "######-####"), ("Póstnúmer", "###"), ("Verð", "##.### kr.")]},
    "nb": {"region": "NO", "tld": "no", "ib": "NO", "doms": ["gmail.com", "online.no", "hotmail.no"],
               "names": ["Kari Nordmann", "Ole Hansen", "Ingrid Berg"], "rom": [("kari", "nordmann"), ("ole", "hansen"), ("ingrid", "berg")],
               "tel": "Tlf.", "mob": "Mobil", "mail": "E-post", "acct": "Kontonummer", "card": "Kort", "ord": "Bestillingsnr.",
               "call": "Ring oss på {p}", "also": "eller {p}", "write": "Send e-post til {e}", "pay": "Depositum til konto {b}",
               "cardpay": "Betalt med kort: {c}", "chat_q": "Kan du sende meg nummeret ditt?", "chat_a": "Ja, {p}",
               "loc": [("Org.nr.", "9## ### ###"), ("Postnr.", "9###"), ("Kontonr.", "####.##.#####")]},
    "ta": {"region": "IN", "tld": "in", "ib": None, "doms": ["gmail.com", "yahoo.co.in", "rediffmail.com"],
               "names": ["கீர்த்தனா ராஜன்", "அருண் சுப்பிரமணியம்", "மீனாட்சி சுந்தரம்"], "rom": [("keerthana", "rajan"), ("arun", "subramaniam"), ("meenakshi", "sundaram")],
               "tel": "தொலைபேசி", "mob": "கைபேசி", "mail": "மின்னஞ்சல்", "acct": "கணக்கு", "card": "அட்டை", "ord": "பதிவு எண்",
               "call": "தொடர்புக்கு: {p}", "also": "அல்லது {p}", "write": "மின்னஞ்சல்: {e}", "pay": "வெளிநாட்டிலிருந்து: {b}",
               "cardpay": "அட்டை மூலம்: {c}", "chat_q": "உங்கள் எண்ணை அனுப்ப முடியுமா?", "chat_a": "சரி, {p}",
               "loc": [("ஆதார்", "#### #### ####"), ("அஞ்சல் குறியீடு", "600 0##"), ("கட்டணம்", "₹#,###")]},
    "te": {"region": "IN", "tld": "in", "ib": None, "doms": ["gmail.com", "yahoo.co.in", "outlook.com"],
               "names": ["శ్రీదేవి రెడ్డి", "వెంకట్ రావు", "లావణ్య శర్మ"], "rom": [("sridevi", "reddy"), ("venkat", "rao"), ("lavanya", "sharma")],
               "tel": "ఫోన్", "mob": "మొబైల్", "mail": "ఈమెయిల్", "acct": "ఖాతా", "card": "కార్డు", "ord": "నమోదు సంఖ్య",
               "call": "సంప్రదించండి: {p}", "also": "లేదా {p}", "write": "ఈమెయిల్ చేయండి: {e}", "pay": "విదేశాల నుండి: {b}",
               "cardpay": "కార్డు ద్వారా: {c}", "chat_q": "మీ నంబర్ పంపగలరా?", "chat_a": "సరే, {p}",
               "loc": [("ఆధార్", "#### #### ####"), ("పిన్ కోడ్", "500 0##"), ("టికెట్", "₹###")]},
    "lv": {"region": "LV", "tld": "lv", "ib": "LV", "doms": ["gmail.com", "inbox.lv", "apollo.lv"],
               "names": ["Anna Bērziņa", "Jānis Kalniņš", "Līga Ozola"], "rom": [("anna", "berzina"), ("janis", "kalnins"), ("liga", "ozola")],
               "tel": "Tālr.", "mob": "Mob.", "mail": "E-pasts", "acct": "Konts", "card": "Karte", "ord": "Pasūtījuma Nr.",
               "call": "Zvaniet: {p}", "also": "vai {p}", "write": "Rakstiet: {e}", "pay": "Avansu pārskaitīt uz kontu {b}",
               "cardpay": "Maksājums ar karti: {c}", "chat_q": "Vai vari atsūtīt savu numuru?", "chat_a": "Jā, {p}",
               "loc": [("Reģ. Nr.", "4000#######"), ("Pasta indekss", "LV-####"), ("Cena", "## EUR")]},
    "sl": {"region": "SI", "tld": "si", "ib": "SI", "doms": ["gmail.com", "siol.net", "t-2.net"],
               "names": ["Maja Novak", "Luka Horvat", "Nina Kovačič"], "rom": [("maja", "novak"), ("luka", "horvat"), ("nina", "kovacic")],
               "tel": "Tel.", "mob": "GSM", "mail": "E-pošta", "acct": "TRR", "card": "Kartica", "ord": "Št. prijave",
               "call": "Pokličite: {p}", "also": "ali {p}", "write": "Pišite na {e}", "pay": "Prijavnina na TRR {b}",
               "cardpay": "Plačilo s kartico: {c}", "chat_q": "Mi lahko pošljete svojo številko?", "chat_a": "Seveda, {p}",
               "loc": [("Davčna št.", "SI########"), ("Poštna št.", "####"), ("Št. čipa", "705###########")]},
    "mk": {"region": "MK", "tld": "mk", "ib": "MK", "doms": ["gmail.com", "t-home.mk", "yahoo.com"],
               "names": ["Ана Стојановска", "Марко Петровски", "Елена Николовска"], "rom": [("ana", "stojanovska"), ("marko", "petrovski"), ("elena", "nikolovska")],
               "tel": "Тел.", "mob": "Моб.", "mail": "Е-пошта", "acct": "Сметка", "card": "Картичка", "ord": "Бр. на пријава",
               "call": "Јавете се на {p}", "also": "или {p}", "write": "Пишете ни на {e}", "pay": "Аванс на сметка {b}",
               "cardpay": "Плаќање со картичка: {c}", "chat_q": "Може ли да ми го пратите бројот?", "chat_a": "Да, {p}",
               "loc": [("ЕМБГ", "#############"), ("Поштенски код", "1000"), ("Цена", "#.### ден.")]},
    "hr": {"region": "HR", "tld": "hr", "ib": "HR", "doms": ["gmail.com", "net.hr", "t-com.hr"],
               "names": ["Ivana Babić", "Marko Jurić", "Petra Knežević"], "rom": [("ivana", "babic"), ("marko", "juric"), ("petra", "knezevic")],
               "tel": "Tel.", "mob": "Mob.", "mail": "E-mail", "acct": "IBAN", "card": "Kartica", "ord": "Br. narudžbe",
               "call": "Nazovite: {p}", "also": "ili {p}", "write": "Pišite na {e}", "pay": "Predujam na račun {b}",
               "cardpay": "Plaćanje karticom: {c}", "chat_q": "Možete li mi poslati broj?", "chat_a": "Naravno, {p}",
               "loc": [("OIB", "###########"), ("Poštanski broj", "#####"), ("Cijena", "## €")]},
    "kk": {"region": "KZ", "tld": "kz", "ib": "KZ", "doms": ["gmail.com", "mail.kz", "mail.ru"],
               "names": ["Айгүл Серікқызы", "Ерлан Нұрланұлы", "Дана Қасымова"], "rom": [("aigul", "serikkyzy"), ("yerlan", "nurlanuly"), ("dana", "kassymova")],
               "tel": "Тел.", "mob": "Ұялы тел.", "mail": "Эл. пошта", "acct": "Шот", "card": "Карта", "ord": "Тапсырыс №",
               "call": "Қоңырау шалыңыз: {p}", "also": "немесе {p}", "write": "Жазыңыз: {e}", "pay": "Алдын ала төлем {b} шотына",
               "cardpay": "Картамен төлеу: {c}", "chat_q": "Нөміріңізді жібересіз бе?", "chat_a": "Иә, {p}",
               "loc": [("ЖСН", "############"), ("Пошта индексі", "050###"), ("Kaspi Gold", "4400 43** **** ####")]},
    "uz": {"region": "UZ", "tld": "uz", "ib": None, "doms": ["gmail.com", "mail.ru", "umail.uz"],
               "names": ["Dilnoza Karimova", "Jasur Toshmatov", "Malika Yusupova"], "rom": [("dilnoza", "karimova"), ("jasur", "toshmatov"), ("malika", "yusupova")],
               "tel": "Tel.", "mob": "Mobil", "mail": "E-pochta", "acct": "Hisob raqami", "card": "Karta", "ord": "Buyurtma №",
               "call": "Qo'ng'iroq qiling: {p}", "also": "yoki {p}", "write": "Yozing: {e}", "pay": "Chet eldan to'lov: {b}",
               "cardpay": "Visa karta orqali: {c}", "chat_q": "Raqamingizni yuborasizmi?", "chat_a": "Ha, {p}",
               "loc": [("Uzcard", "8600 #### #### ####"), ("Humo", "9860 #### #### ####"), ("STIR", "3########")]},
}

REGS = {
    "tamada_feast_hosts": {"ka": "თამადა და სუფრის ორგანიზება — ქორწილები, ნათლობები, იუბილეები",
                           "hy": "Թամադա և խնջույքների կազմակերպում — հարսանիքներ, կնունքներ"},
    "ayurveda_clinics": {"si": "ආයුර්වේද ප්‍රතිකාර මධ්‍යස්ථානය — පංචකර්ම වැඩසටහන්",
                         "ml": "ആയുർവേദ ചികിത്സാ കേന്ദ്രം — പഞ്ചകർമ്മ, ഉഴിച്ചിൽ"},
    "river_boat_charters": {"km": "ជួលទូកទេសចរណ៍តាមទន្លេមេគង្គ — ភ្នំពេញ ក្រចេះ",
                            "my": "ဧရာဝတီ မြစ်ကြောင်း လှေငှားရန် — ပုဂံ၊ မန္တလေး"},
    "mountain_porter_agencies": {"ne": "हिमाल भरिया तथा गाइड सेवा — सोलुखुम्बु, अन्नपूर्ण",
                                 "mn": "Уулын хөтөч, ачаа зөөгч үйлчилгээ — Алтай, Хангай"},
    "coffee_ceremony_caterers": {"am": "የቡና ሥነ-ሥርዓት እና የድግስ ምግብ አገልግሎት",
                                 "sw": "Huduma ya kahawa na upishi wa sherehe — harusi na mahafali"},
    "aurora_tour_operators": {"is": "Norðurljósaferðir frá Reykjavík — bókanir og afbókanir",
                              "nb": "Nordlyssafari fra Tromsø — bestilling og avbestilling"},
    "classical_dance_recitals": {"ta": "பரதநாட்டிய அரங்கேற்றம் — அன்புடன் அழைக்கிறோம்",
                                 "te": "కూచిపూడి నృత్య ప్రదర్శన — సాదర ఆహ్వానం"},
    "amber_workshops": {"lt": "Gintaro dirbtuvės Palangoje — edukacijos ir užsakymai",
                        "lv": "Dzintara darbnīca Liepājā — nodarbības un pasūtījumi"},
    "sheepdog_trials": {"sl": "Tekmovanje ovčarskih psov na Veliki planini — prijave",
                        "et": "Karjakoerte karjatamisvõistlus Saaremaal — registreerimine"},
    "icon_painting_workshops": {"el": "Εργαστήρι αγιογραφίας — χειμερινά σεμινάρια",
                                "mk": "Работилница за иконопис во Охрид — курсеви"},
    "dairy_farm_shops": {"kk": "Қымыз және шұбат — ферма дүкені, жеткізу",
                         "uz": "Fermer sut mahsulotlari — qatiq, suzma, buyurtma"},
    "folk_costume_rentals": {"sq": "Qira veshjesh popullore — për dasma dhe festivale",
                             "hr": "Najam narodnih nošnji — za smotre folklora i vjenčanja"},
}

FOREIGN_IBAN = ["DE", "GB", "FR", "NL", "AT", "CH", "IT", "BE"]


def _pat(rng: random.Random, pat: str) -> str:
    return "".join(rng.choice("0123456789") if ch == "#" else ch for ch in pat)


def _pstyle(rng: random.Random, lx: dict) -> str:
    eu = lx["ib"] in ("EE", "LT", "LV", "SI", "MK", "HR", "AL", "GR", "IS", "NO")
    styles = ["nat", "nat", "intl", "intl", "e164", "dash"] + (["paren"] if eu else []) + (["compact"] if not eu else [])
    return rng.choice(styles)


def _values(rng: random.Random, lx: dict) -> dict:
    r = lx["region"]
    i = rng.randrange(len(lx["names"]))
    first, last = lx["rom"][i]
    ib_country = lx["ib"] or rng.choice(FOREIGN_IBAN)
    return {
        "name": lx["names"][i],
        "p": phone(rng, r, "mobile", _pstyle(rng, lx)),
        "p2": phone(rng, r, "fixed", _pstyle(rng, lx)),
        "e": email(rng, first, last, lx["doms"] + [f"{rng.choice(['info', 'studio', 'tour', 'booking'])}-{last}.{lx['tld']}"]),
        "b": iban(rng, ib_country),
        "c": card(rng),
        "bad_b": iban_bad(rng, ib_country),
        "loc": [(lab, _pat(rng, pat)) for lab, pat in lx["loc"]],
        "ordno": _pat(rng, rng.choice(["###-###-####", "## ### ## ##", "#### ####", "#-#####-##", "(###) ######"])),
        "date": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
        "time": f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}",
        "masked": "**** **** **** " + _pat(rng, "####"),
        "giftcard": luhn_bad(rng),
        "obf": f"{first} [at] {last} [dot] {lx['tld']}",
        "handle": f"@{first}_{last}",
    }


def page_doc(rng: random.Random, register: str, lang: str, k: int) -> tuple[Doc, str]:
    lx = L[lang]
    v = _values(rng, lx)
    doc = Doc()
    layout = k % 3
    host = f"https://{register.split('_')[0]}-{v['e'].split('@')[0].replace('.', '-').replace('_', '-')}.{lx['tld']}"
    url = host + rng.choice(["/", "/kontakt", "/booking", "/index.html", "/?lang=" + lang])
    title = REGS[register][lang]
    with_card = rng.random() < 0.8
    with_iban = rng.random() < 0.8
    if layout == 0:  # prose page
        if rng.random() < 0.2:  # value at the very start of the text
            doc.f("{p} — ", p=(P, v["p"]))
            doc.t(title + "\n\n")
        else:
            doc.t(title + "\n\n" + v["name"] + ". ")
        doc.f(lx["call"].replace("{p}", "{pp}"), pp=(P, v["p2"]))
        if not doc.spans or doc.spans[0]["start"] != 0:
            doc.t(", ")
            doc.f(lx["also"].replace("{p}", "{pp}"), pp=(P, v["p"]))
        doc.t(". ")
        doc.f(lx["write"].replace("{e}", "{ee}") + ".\n", ee=(E, v["e"]))
        lab, val = v["loc"][k % len(v["loc"])]
        doc.f(f"{lab}: {{x}} · {lx['ord']} {{o}} · {{d}}\n", x=("X", val), o=("X", v["ordno"]), d=v["date"])
        if with_iban:
            doc.f(lx["pay"].replace("{b}", "{bb}") + ".\n", bb=(B, v["b"]))
        if with_card:
            doc.f(lx["cardpay"].replace("{c}", "{cc}") + f" ({lx['card']} {{m}})\n", cc=(C, v["c"]), m=("X", v["masked"]))
        doc.f("\n{h} · {o}", h=("X", v["handle"]), o=("X", v["obf"]))
        if rng.random() < 0.1:  # value at the very end
            doc.f(" · {e}", e=(E, v["e"].replace("@", "+web@", 1)))
    elif layout == 1:  # key-value block
        doc.t(title + "\n" + "=" * 24 + "\n")
        rows = [(lx["mob"], (P, v["p"])), (lx["mail"], (E, v["e"]) if rng.random() < 0.7 else "—"),
                (lx["ord"], ("X", v["ordno"]))]
        rows += [(lab, ("X", val)) for lab, val in v["loc"]]
        if rng.random() < 0.4:
            rows.append((lx["tel"], (P, v["p2"])))
        if with_iban:
            rows.append((lx["acct"], (B, v["b"])))
            rows.append((lx["acct"] + " (2)", ("X", v["bad_b"])))  # wrong check digits: a typo, unlabelled
        if with_card:
            rows.append((lx["card"], (C, v["c"])))
            rows.append((lx["card"] + " *", ("X", v["giftcard"])))
        rng.shuffle(rows)
        sep = rng.choice([": ", " — ", "\t", " | "])
        for lab, val in rows:
            doc.f(f"{lab}{sep}{{val}}\n", val=val)
        doc.t(v["time"] + " · " + v["date"])
    else:  # chat with the organiser
        a, b = v["name"], rng.choice(L[lang]["names"])
        t0 = rng.randint(8, 21)
        doc.t(f"[{v['date']} {t0}:0{rng.randint(0, 9)}] {b}: {title.split(' — ')[0]}?\n")
        doc.t(f"[{v['date']} {t0}:1{rng.randint(0, 9)}] {b}: {lx['chat_q']}\n")
        doc.f(f"[{v['date']} {t0}:2{rng.randint(0, 9)}] {a}: " + lx["chat_a"].replace("{p}", "{pp}") + "\n", pp=(P, v["p"]))
        tail = "" if rng.random() < 0.6 else ", {ee}"
        doc.f(f"[{v['date']} {t0}:3{rng.randint(0, 9)}] {a}: {lx['ord']} {{o}}{tail}\n", o=("X", v["ordno"]), ee=(E, v["e"]))
        if with_iban:
            doc.f(f"[{v['date']} {t0}:4{rng.randint(0, 9)}] {a}: " + lx["pay"].replace("{b}", "{bb}") + "\n", bb=(B, v["b"]))
        if with_card:
            doc.f(f"[{v['date']} {t0}:5{rng.randint(0, 9)}] {b}: {lx['card']} {{m}} / {{cc}}\n", m=("X", v["masked"]), cc=(C, v["c"]))
        lab, val = v["loc"][(k // 3) % len(v["loc"])]
        doc.f(f"[{v['date']} {t0}:5{rng.randint(0, 9)}] {b}: {lab} {{x}} 👍\n", x=("X", val))
        doc.f(f"<a href=\"tel:{{tp}}\">{lx['tel']}</a>", tp=(P, e164(v["p2"], lx["region"])))
    return doc, url
