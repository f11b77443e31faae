"""The registers of the twelfth blind PII set: one function per register, each with 3+ layouts.

Every function takes (r, lang, region, layout) and returns a `Doc`; `layout` picks the page's
form (label lines, a table with headers rows above, prose / letter / chat, machine output).
"""

from __future__ import annotations

import random

from pii_blind12_layouts import contact_sentence, field_line, form, said, table
from pii_blind12_values import (
    LEX,
    REGIONS,
    Doc,
    V,
    bad_iban,
    bad_ssn,
    card,
    company_domain,
    coord,
    date,
    digits,
    ean13,
    ein,
    email,
    iban_for,
    imei,
    ip,
    ip_version,
    ipv4,
    ipv6,
    isbn13,
    itin,
    luhn_bad,
    mac,
    masked_card,
    name,
    netmask,
    nine,
    non_card16,
    oid,
    phone,
    price,
    routing,
    sha,
    ssn,
    time_of_day,
)


def L(lang: str, key: str) -> str:
    return LEX[lang][key]


def maybe(r: random.Random, p: float, *parts):
    return list(parts) if r.random() < p else []


def lookalike_line(r: random.Random, lang: str, region: str) -> list:
    """A page footer or margin line of numbers a scrubber could take for a value, none of them one."""
    pool = [lambda: f"{L(lang, 'ref')} {r.randint(10, 99)}/{digits(r, 6, '0123456789')}", lambda: date(r, lang, region),
            lambda: price(r, lang), lambda: f"ISBN {isbn13(r)}", lambda: f"EAN {ean13(r)}", lambda: coord(r),
            lambda: f"IMEI {imei(r)}", masked_card_fn(r), lambda: luhn_bad(r), lambda: bad_iban(r, lang),
            lambda: non_card16(r), lambda: f"v{ip_version(r)}", lambda: f"{L(lang, 'cust')} {nine(r)}",
            lambda: f"{r.randint(1000, 99999):05d}", lambda: f"{r.randint(1990, 2015)}–{r.randint(2016, 2027)}",
            lambda: f"OID {oid(r)}", lambda: f"§ {r.randint(1, 30)}.{r.randint(1, 9)}.{r.randint(1, 9)}"]
    return [" · ".join(f() for f in r.sample(pool, 3))]


def masked_card_fn(r):
    return lambda: masked_card(r)


# ---------------------------------------------------------------------------------------------
# Multilingual registers
# ---------------------------------------------------------------------------------------------

VET = {
    "en": ("New patient intake – Riverside Animal Clinic", "Pet name", "Species/breed", "Microchip", "Weight",
           "Last rabies shot", "Owner", "Dog, beagle", "Today's intakes"),
    "de": ("Neuaufnahme – Tierarztpraxis am Stadtpark", "Name des Tieres", "Tierart/Rasse", "Chipnummer", "Gewicht",
           "Letzte Tollwutimpfung", "Halter/in", "Hund, Beagle", "Aufnahmen heute"),
    "fr": ("Fiche d'admission – Clinique vétérinaire des Tilleuls", "Nom de l'animal", "Espèce/race", "N° de puce",
           "Poids", "Dernier vaccin rage", "Propriétaire", "Chat, européen", "Admissions du jour"),
    "es": ("Ficha de ingreso – Clínica Veterinaria San Roque", "Nombre de la mascota", "Especie/raza", "Microchip",
           "Peso", "Última antirrábica", "Titular", "Perro, mestizo", "Ingresos de hoy"),
    "it": ("Scheda di accettazione – Ambulatorio Veterinario Dora", "Nome dell'animale", "Specie/razza", "Microchip",
           "Peso", "Ultima antirabbica", "Proprietario", "Gatto, persiano", "Accettazioni di oggi"),
    "nl": ("Inschrijfformulier – Dierenkliniek De Linde", "Naam dier", "Soort/ras", "Chipnummer", "Gewicht",
           "Laatste rabiësvaccinatie", "Eigenaar", "Hond, labrador", "Inschrijvingen vandaag"),
    "pl": ("Karta przyjęcia – Przychodnia Weterynaryjna Azyl", "Imię zwierzęcia", "Gatunek/rasa", "Nr chipa", "Waga",
           "Ostatnie szczepienie p/wściekliźnie", "Właściciel", "Pies, jamnik", "Przyjęcia dzisiaj"),
    "ru": ("Карта приёма – Ветклиника «Айболит»", "Кличка", "Вид/порода", "Номер чипа", "Вес",
           "Последняя прививка от бешенства", "Владелец", "Кошка, британская", "Приём на сегодня"),
    "ja": ("新規来院受付票 – さくら動物病院", "ペットの名前", "種類・品種", "マイクロチップ番号", "体重", "狂犬病予防接種日",
           "飼い主", "犬・柴犬", "本日の受付"),
    "sv": ("Inskrivning – Djurkliniken Ekbacken", "Djurets namn", "Art/ras", "Chipnummer", "Vikt",
           "Senaste rabiesvaccin", "Ägare", "Katt, norsk skogkatt", "Dagens inskrivningar"),
}
PETS = ("Bella", "Max", "Luna", "Rocky", "Mochi", "Kira", "Simba", "Nala")


def vet_intake(r, lang, region, layout):
    t, d = VET[lang], Doc()
    chip = f"{r.choice(('276', '250', '985', '900', '643'))}{digits(r, 12, '0123456789')}"
    chip = chip if r.random() < 0.5 else " ".join((chip[:3], chip[3:6], chip[6:9], chip[9:12], chip[12:]))
    weight = f"{r.randint(2, 40)},{r.randint(0, 9)} kg" if lang not in ("en", "ja") else f"{r.randint(4, 80)} lb" \
        if lang == "en" else f"{r.randint(2, 30)}.{r.randint(0, 9)}kg"
    if layout == 0:
        d.line(t[0]).line()
        form(d, r, [(t[1], r.choice(PETS)), (t[2], t[7]), (t[3], chip), (t[4], weight), (t[5], date(r, lang, region)),
                    (t[6], name(r, lang)), (L(lang, "addr"), f"{r.randint(1, 99)}, {r.randint(1000, 99999)}"),
                    (L(lang, "tel"), phone(r, lang, region=region)), (L(lang, "mob"), phone(r, lang, region=region, mobile=True)),
                    (L(lang, "mail"), email(r, lang))])
        if r.random() < 0.5:
            field_line(d, r, L(lang, "card"), card(r))
            d.line(L(lang, "exp"), ": ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}")
        d.line(L(lang, "cust"), ": ", digits(r, 7))
    elif layout == 1:
        d.line(t[8], " – ", date(r, lang, region))
        rows = [[time_of_day(r), name(r, lang), r.choice(PETS), phone(r, lang, region=region), chip if i == 0 else
                 f"{r.choice(('276', '250', '985'))}{digits(r, 12, '0123456789')}"] for i in range(r.randint(3, 6))]
        table(d, r, ["⏰", t[6], t[1], L(lang, "tel"), t[3]], rows)
    else:
        d.line(t[0])
        d.line(t[6], ": ", name(r, lang), " · ", t[1], ": ", r.choice(PETS), " · ", t[4], ": ", weight)
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region))
        contact_sentence(d, r, lang, "write", email(r, lang))
        d.line(t[3], " ", chip, " / ", L(lang, "date"), " ", date(r, lang, region))
        if r.random() < 0.6:
            contact_sentence(d, r, lang, "charge", card(r))
    return d


DENTAL = {
    "en": ("Lab work order – Crestline Dental Lab", "Case #", "Teeth", "Shade", "Material", "Due",
           "Prescribing dentist", "Patient code", "Zirconia crown"),
    "de": ("Laborauftrag – Dentallabor Kronenwerk", "Auftragsnr.", "Zähne", "Farbe", "Material", "Liefertermin",
           "Behandelnde Zahnärztin", "Patientenkürzel", "Zirkonkrone"),
    "fr": ("Bon de commande prothèse – Laboratoire Dentaire Azur", "N° de cas", "Dents", "Teinte", "Matériau",
           "Livraison", "Praticien", "Code patient", "Couronne zircone"),
    "it": ("Ordine di lavoro – Laboratorio Odontotecnico Ferri", "N. lavoro", "Denti", "Colore", "Materiale",
           "Consegna", "Medico richiedente", "Cod. paziente", "Corona in zirconia"),
    "es": ("Orden de trabajo – Laboratorio Dental Sierra", "Nº de caso", "Piezas", "Color", "Material", "Entrega",
           "Odontólogo", "Cód. paciente", "Corona de zirconio"),
    "pt": ("Requisição de trabalho – Laboratório de Prótese Lusa", "N.º do caso", "Dentes", "Cor", "Material",
           "Entrega", "Médico dentista", "Cód. paciente", "Coroa de zircónia"),
    "cs": ("Zakázkový list – Zubní laboratoř Korunka", "Č. zakázky", "Zuby", "Odstín", "Materiál", "Termín",
           "Ošetřující lékař", "Kód pacienta", "Zirkonová korunka"),
    "tr": ("İş emri – Diş Protez Laboratuvarı Beyaz", "Vaka no", "Dişler", "Renk", "Malzeme", "Teslim", "Hekim",
           "Hasta kodu", "Zirkonyum kron"),
    "el": ("Εντολή εργασίας – Οδοντοτεχνικό Εργαστήριο Λευκό", "Αρ. εργασίας", "Δόντια", "Απόχρωση", "Υλικό",
           "Παράδοση", "Οδοντίατρος", "Κωδ. ασθενούς", "Στεφάνη ζιρκονίας"),
}


def dental_lab(r, lang, region, layout):
    t, d = DENTAL[lang], Doc()
    case = f"DL-{r.randint(2024, 2027)}-{r.randint(1000, 99999):05d}"
    teeth = ", ".join(str(x) for x in sorted(r.sample([11, 12, 21, 22, 16, 26, 36, 46, 47], r.randint(1, 3))))
    shade = r.choice(("A2", "A3", "B1", "3M2", "A3.5"))
    if layout == 0:
        d.line(t[0])
        form(d, r, [(t[1], case), (t[6], name(r, lang)), (L(lang, "tel"), phone(r, lang, region=region)),
                    (L(lang, "fax"), phone(r, lang, region=region, mobile=False)), (L(lang, "mail"), email(r, lang)),
                    (t[7], f"{r.choice('ABCDEFGHKLMP')}{r.choice('ABCDEFGHKLMP')}-{r.randint(100, 999)}"),
                    (t[2], teeth), (t[3], shade), (t[4], t[8]), (t[5], date(r, lang, region))])
        if lang != "en" and r.random() < 0.7:
            d.line(L(lang, "iban"), ": ", iban_for(r, lang), "  BIC ", r.choice(("COBADEFFXXX", "BNPAFRPP", "UNCRITMM")))
        d.line(L(lang, "amount"), ": ", price(r, lang))
    elif layout == 1:
        d.line(t[0])
        rows = [[f"DL-{r.randint(10000, 99999)}", name(r, lang), V("PHONE_NUMBER", phone(r, lang, region=region).text),
                 ", ".join(str(x) for x in r.sample([11, 21, 36, 46], 2)), r.choice(("A2", "B1", "C2")), date(r, lang, region)]
                for _ in range(r.randint(3, 6))]
        table(d, r, [t[1], t[6], L(lang, "tel"), t[2], t[3], t[5]], rows)
    else:
        d.line(name(r, lang), " <", email(r, lang), ">")
        d.line(t[1], " ", case, " — ", t[8], " ", teeth, ", ", shade)
        d.line(t[5], ": ", date(r, lang, region), ". ", L(lang, "amount"), " ", price(r, lang), ".")
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region))
        if lang != "en":
            contact_sentence(d, r, lang, "wire", iban_for(r, lang))
    return d


COWORK = {
    "en": ("Member directory – Foundry Cowork", "Member", "Plan", "Desk", "Company", "Since", "Badge", "Please welcome our new members!"),
    "de": ("Mitgliederliste – Coworking Speicherstadt", "Mitglied", "Tarif", "Platz", "Firma", "Seit", "Chip", "Herzlich willkommen an unsere neuen Mitglieder!"),
    "fr": ("Annuaire des membres – La Cantine Coworking", "Membre", "Formule", "Poste", "Société", "Depuis", "Badge", "Bienvenue à nos nouveaux membres !"),
    "es": ("Directorio de miembros – Colmena Coworking", "Miembro", "Plan", "Puesto", "Empresa", "Desde", "Tarjeta", "¡Damos la bienvenida a los nuevos miembros!"),
    "nl": ("Ledenlijst – De Werkplaats Coworking", "Lid", "Abonnement", "Plek", "Bedrijf", "Sinds", "Pas", "Welkom aan onze nieuwe leden!"),
    "pt": ("Lista de membros – Cowork Ribeira", "Membro", "Plano", "Posto", "Empresa", "Desde", "Cartão de acesso", "Boas-vindas aos novos membros!"),
    "pl": ("Lista członków – Cowork Praga Północ", "Członek", "Pakiet", "Biurko", "Firma", "Od", "Karta wejściowa", "Witamy nowych członków!"),
    "da": ("Medlemsliste – Kontorfællesskabet Havnen", "Medlem", "Abonnement", "Plads", "Firma", "Siden", "Nøglebrik", "Velkommen til vores nye medlemmer!"),
    "fi": ("Jäsenluettelo – Työtila Kallio", "Jäsen", "Jäsenyys", "Paikka", "Yritys", "Alkaen", "Kulkukortti", "Tervetuloa uudet jäsenet!"),
    "ko": ("회원 명단 – 성수 코워킹", "회원", "요금제", "좌석", "회사", "가입일", "출입카드", "새 회원을 환영합니다!"),
    "zh": ("会员通讯录 – 联合办公空间", "会员", "套餐", "工位", "公司", "加入日期", "门禁卡", "欢迎新会员！"),
    "ja": ("会員名簿 – シェアオフィス渋谷", "会員", "プラン", "席", "会社", "入会日", "入館カード", "新しい会員さんを紹介します！"),
}
FIRMS = ("Nordlicht Studio", "Pixelhaven", "Atelier 9", "Brightside Labs", "Kaze Design", "Lumen & Co")


def coworking_members(r, lang, region, layout):
    t, d = COWORK[lang], Doc()
    d.line(t[0])
    if layout == 0:
        rows = []
        for _ in range(r.randint(3, 6)):
            rows.append([name(r, lang), r.choice(FIRMS), f"{r.choice('ABCD')}-{r.randint(1, 40)}",
                         phone(r, lang, region=region, mobile=True), email(r, lang) if r.random() < 0.5 else "—", digits(r, 10)]
                        + ([iban_for(r, lang)] if lang not in ("en", "ko", "zh", "ja") else []))
        table(d, r, [t[1], t[4], t[3], L(lang, "mob"), L(lang, "mail"), t[6]]
              + ([L(lang, "iban")] if lang not in ("en", "ko", "zh", "ja") else []), rows)
    elif layout == 1:
        for _ in range(r.randint(2, 3)):
            d.line()
            form(d, r, [(t[1], name(r, lang)), (t[4], r.choice(FIRMS)), (t[2], r.choice(("Flex", "Fix", "Team 4"))),
                        (t[5], date(r, lang, region)), (L(lang, "tel"), phone(r, lang, region=region)),
                        (L(lang, "mail"), email(r, lang))] + ([(L(lang, "iban"), iban_for(r, lang))]
                                                          if lang not in ("en", "ko", "zh", "ja") else []))
    else:
        d.line(t[7])
        for _ in range(r.randint(2, 3)):
            d.add(name(r, lang), " (", r.choice(FIRMS), ", ", t[3], " ", r.choice("ABCD"), "-", str(r.randint(1, 40)), ") — ")
            d.add(phone(r, lang, region=region, abroad=r.random() < 0.3), " · ", email(r, lang), "\n")
        d.line(t[6], " #", digits(r, 6), " · ", L(lang, "date"), " ", date(r, lang, region))
    return d


CONSIGN = {
    "en": ("Consignment receipt – Hollis & Vane Auctioneers", "Lot", "Description", "Estimate", "Reserve",
           "Commission", "Consignor", "Payout by", "Oil on canvas, signed"),
    "fr": ("Bordereau de dépôt – Hôtel des ventes de Rouen", "Lot", "Désignation", "Estimation", "Prix de réserve",
           "Frais", "Déposant", "Règlement par", "Huile sur toile, signée"),
    "de": ("Einlieferungsschein – Auktionshaus Lindner", "Los", "Beschreibung", "Schätzpreis", "Limit", "Provision",
           "Einlieferer", "Auszahlung per", "Öl auf Leinwand, signiert"),
    "it": ("Ricevuta di deposito – Casa d'aste Ferraris", "Lotto", "Descrizione", "Stima", "Riserva",
           "Commissione", "Mandante", "Pagamento tramite", "Olio su tela, firmato"),
    "nl": ("Inbrengbewijs – Veilinghuis Van Loon", "Kavel", "Omschrijving", "Schatting", "Limiet", "Provisie",
           "Inbrenger", "Uitbetaling via", "Olieverf op doek, gesigneerd"),
    "he": ("אישור מסירה למכירה פומבית – בית המכירות מצודה", "פריט", "תיאור", "הערכה", "מחיר מינימום", "עמלה",
           "המוסר", "תשלום באמצעות", "שמן על בד, חתום"),
    "ar": ("إيصال أمانة للمزاد – دار المزادات الملكية", "رقم القطعة", "الوصف", "التقدير", "السعر الأدنى", "العمولة",
           "المودِع", "طريقة الدفع", "زيت على قماش، موقّعة"),
}


def consignment_slip(r, lang, region, layout):
    t, d = CONSIGN[lang], Doc()
    lot = str(r.randint(1, 480))
    est = f"{price(r, lang)} – {price(r, lang)}"
    payout = card(r) if lang == "en" else iban_for(r, lang)
    if layout == 0:
        d.line(t[0]).line(L(lang, "date"), ": ", date(r, lang, region), "   ", L(lang, "ref"), " ", f"C{digits(r, 6)}")
        form(d, r, [(t[6], name(r, lang)), (L(lang, "tel"), phone(r, lang, region=region)),
                    (L(lang, "mail"), email(r, lang)), (t[1], lot), (t[2], f"{t[8]}, {r.randint(30, 120)} × {r.randint(30, 120)} cm"),
                    (t[3], est), (t[5], f"{r.randint(10, 25)} %"), (t[7], payout)])
    elif layout == 1:
        d.line(t[0]).line(t[6], ": ", name(r, lang), " — ", phone(r, lang, region=region))
        rows = [[str(r.randint(1, 480)), f"{t[8]} ({r.randint(1850, 1990)})", price(r, lang), price(r, lang)]
                for _ in range(r.randint(3, 6))]
        table(d, r, [t[1], t[2], t[3], t[4]], rows)
        d.line(t[7], ": ", payout)
    else:
        d.line(t[0]).line()
        d.line(t[6], " ", name(r, lang), ", ", t[1], " ", lot, " (", t[8], "), ", t[3], " ", est, ".")
        contact_sentence(d, r, lang, "wire" if lang != "en" else "charge", payout)
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, abroad=r.random() < 0.3))
    return d


BACKERS = {
    "en": ("Backer report – Tidewater Synth Kit", "Backer name", "Reward tier", "Pledge", "Country", "Pledged at", "Backer #", "Shipping", "Thank you, backers!"),
    "de": ("Unterstützerliste – Lastenrad Startprojekt", "Unterstützer/in", "Dankeschön", "Betrag", "Land", "Zeitpunkt", "Nr.", "Versand", "Danke an alle Unterstützer!"),
    "fr": ("Export des contributeurs – projet BD", "Contributeur", "Contrepartie", "Montant", "Pays", "Date", "N°", "Livraison", "Merci aux contributeurs !"),
    "es": ("Listado de mecenas – disco de La Ría", "Mecenas", "Recompensa", "Aportación", "País", "Fecha", "Nº", "Envío", "¡Gracias, mecenas!"),
    "it": ("Elenco sostenitori – Produzioni dal Basso", "Sostenitore", "Ricompensa", "Contributo", "Paese", "Data", "N.", "Spedizione", "Grazie ai sostenitori!"),
    "ja": ("支援者リスト – 手づくり万年筆プロジェクト", "支援者", "リターン", "支援額", "国", "支援日時", "番号", "配送", "ご支援ありがとうございました！"),
    "ko": ("후원자 목록 – 독립출판 펀딩", "후원자", "리워드", "후원금액", "국가", "후원일시", "번호", "배송", "후원해 주셔서 감사합니다!"),
    "zh": ("支持者名单 – 桌游众筹", "支持者", "回报档位", "金额", "国家", "时间", "序号", "配送", "感谢各位支持者！"),
    "pt": ("Lista de apoiadores – HQ independente", "Apoiador", "Recompensa", "Valor", "País", "Data", "Nº", "Envio", "Obrigado, apoiadores!"),
}


def backer_export(r, lang, region, layout):
    t, d = BACKERS[lang], Doc()
    d.line(t[0])
    tiers = ("A", "B", "C", "VIP")
    if layout == 0:
        rows = [[str(r.randint(1, 4000)), name(r, lang), email(r, lang), r.choice(tiers), price(r, lang), region,
                 f"{date(r, lang, region)} {time_of_day(r)}", ip(r, 0.25)] for _ in range(r.randint(3, 7))]
        table(d, r, [t[6], t[1], L(lang, "mail"), t[2], t[3], t[4], t[5], "IP"], rows, r.choice(("csv", "tsv", "semicolon")))
    elif layout == 1:
        for _ in range(r.randint(2, 3)):
            d.line("—")
            form(d, r, [(t[6], str(r.randint(1, 4000))), (t[1], name(r, lang)), (L(lang, "mail"), email(r, lang)),
                        (L(lang, "tel"), phone(r, lang, region=region, abroad=r.random() < 0.3)), (t[7], f"{r.randint(1, 99)}, {region}"),
                        (t[2], r.choice(tiers))])
    else:
        d.line(t[8])
        for _ in range(r.randint(2, 4)):
            d.line(f"#{r.randint(1, 4000)} ", name(r, lang), " – ", t[2], " ", r.choice(tiers), " – ", email(r, lang))
        d.line(t[3], ": ", price(r, lang), " · ", L(lang, "ip"), ": ", ip(r, 0.3), " · ", ip_version(r), " build")
    return d


REPAIR = {
    "en": ("Repair intake – FixPoint Phone Repair", "Device", "IMEI", "Fault", "Quote", "Ticket", "Cracked screen", "Your phone is ready for pickup."),
    "de": ("Reparaturauftrag – Handydoktor Südstadt", "Gerät", "IMEI", "Fehlerbild", "Kostenvoranschlag", "Auftrag", "Display gebrochen", "Ihr Gerät ist abholbereit."),
    "fr": ("Bon de dépôt réparation – Allo Réparation", "Appareil", "IMEI", "Panne", "Devis", "Ticket", "Écran cassé", "Votre téléphone est prêt."),
    "es": ("Hoja de recepción – Reparamos Tu Móvil", "Equipo", "IMEI", "Avería", "Presupuesto", "Resguardo", "Pantalla rota", "Tu móvil ya está listo."),
    "it": ("Scheda di riparazione – Cellulari Express", "Dispositivo", "IMEI", "Guasto", "Preventivo", "Ticket", "Schermo rotto", "Il telefono è pronto per il ritiro."),
    "tr": ("Servis kabul formu – Telefon Hastanesi", "Cihaz", "IMEI", "Arıza", "Fiyat teklifi", "Fiş no", "Ekran kırık", "Telefonunuz teslime hazır."),
    "ru": ("Квитанция приёма в ремонт – СервисФон", "Устройство", "IMEI", "Неисправность", "Стоимость", "Квитанция №", "Разбит экран", "Ваш телефон готов, можно забирать."),
    "uk": ("Квитанція на ремонт – Мобі Сервіс", "Пристрій", "IMEI", "Несправність", "Вартість", "Квитанція №", "Розбитий екран", "Ваш телефон готовий."),
    "ar": ("إيصال استلام جهاز للصيانة – مركز الهاتف الذكي", "الجهاز", "IMEI", "العطل", "التكلفة التقديرية", "رقم الإيصال", "شاشة مكسورة", "جهازك جاهز للاستلام."),
    "fa": ("رسید پذیرش تعمیر – موبایل سرویس", "دستگاه", "IMEI", "ایراد", "برآورد هزینه", "شماره رسید", "شکستگی صفحه", "گوشی شما آماده تحویل است."),
    "hi": ("मरम्मत पर्ची – मोबाइल केयर सेंटर", "डिवाइस", "IMEI", "खराबी", "अनुमानित खर्च", "टिकट", "स्क्रीन टूटी", "आपका फ़ोन तैयार है।"),
    "th": ("ใบรับซ่อม – ร้านซ่อมมือถือ", "เครื่อง", "IMEI", "อาการเสีย", "ราคาประเมิน", "เลขที่ใบรับ", "จอแตก", "เครื่องของคุณซ่อมเสร็จแล้ว"),
    "vi": ("Phiếu nhận sửa chữa – Sửa Điện Thoại 24h", "Thiết bị", "IMEI", "Lỗi", "Báo giá", "Số phiếu", "Vỡ màn hình", "Điện thoại của bạn đã sửa xong."),
}
DEVICES = ("iPhone 13", "Galaxy S21", "Pixel 7", "Redmi Note 12", "Xperia 10 IV")


def phone_repair(r, lang, region, layout):
    t, d = REPAIR[lang], Doc()
    ticket = f"{r.randint(10, 99)}-{r.randint(10000, 99999)}"
    if layout == 0:
        d.line(t[0]).line(t[5], " ", ticket, " · ", date(r, lang, region))
        form(d, r, [(L(lang, "name"), name(r, lang)), (L(lang, "mob"), phone(r, lang, region=region, mobile=True)),
                    (L(lang, "tel"), phone(r, lang, region=region)), (L(lang, "mail"), email(r, lang)),
                    (t[1], r.choice(DEVICES)), (t[2], imei(r)), ("S/N", f"{r.choice('FCDGH')}{digits(r, 3)}{sha(r, 6).upper()}"),
                    (t[3], t[6]), (t[4], price(r, lang))])
        d.line(L(lang, "card"), ": ", card(r), "  ", L(lang, "exp"), " ", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}")
    elif layout == 1:
        d.line(t[0])
        rows = [[date(r, lang, region), name(r, lang), phone(r, lang, region=region, mobile=True), r.choice(DEVICES), imei(r),
                 price(r, lang)] for _ in range(r.randint(3, 6))]
        table(d, r, [L(lang, "date"), L(lang, "name"), L(lang, "mob"), t[1], t[2], t[4]], rows)
        d.line(L(lang, "card"), " ", card(r), " · ", masked_card(r))
    else:
        d.line("SMS ", time_of_day(r), ": ", t[7], " ", t[5], " ", ticket, ", ", t[4], " ", price(r, lang), ".")
        d.line("> ", phone(r, lang, region=region, mobile=True, styles=("e164", "intl")))
        d.line(t[2], " ", imei(r), " / ", t[1], " ", r.choice(DEVICES))
        if r.random() < 0.6:
            contact_sentence(d, r, lang, "charge", card(r))
    return d


CLEAN = {
    "en": ("Cleaning ticket – Bluebird Cleaners & Tailoring", "Ticket", "Items", "Ready", "Total", "Card on file", "shirts", "suit"),
    "de": ("Annahmeschein – Reinigung Blitzblank", "Schein-Nr.", "Teile", "Abholbereit", "Summe", "Hinterlegte Karte", "Hemden", "Anzug"),
    "fr": ("Ticket de pressing – Pressing du Marché", "Ticket", "Articles", "Prêt le", "Total", "Carte enregistrée", "chemises", "costume"),
    "it": ("Scontrino lavanderia – Lavasecco Stella", "Scontrino", "Capi", "Pronto il", "Totale", "Carta registrata", "camicie", "abito"),
    "ja": ("クリーニング預り証 – ホワイト急便", "伝票番号", "品物", "お渡し日", "合計", "登録カード", "ワイシャツ", "スーツ"),
    "ko": ("세탁 접수증 – 크린토피아", "접수번호", "품목", "완료일", "합계", "등록 카드", "와이셔츠", "정장"),
    "zh": ("洗衣取件单 – 洁净干洗店", "单号", "衣物", "取衣日期", "合计", "绑定银行卡", "衬衫", "西装"),
    "he": ("קבלה ניקוי יבש – מכבסת הכרמל", "מס' קבלה", "פריטים", "מוכן ב", "סה\"כ", "כרטיס שמור", "חולצות", "חליפה"),
    "el": ("Απόδειξη καθαριστηρίου – Καθαριστήριο Λευκό", "Αρ. απόδειξης", "Τεμάχια", "Έτοιμο", "Σύνολο", "Αποθηκευμένη κάρτα", "πουκάμισα", "κοστούμι"),
}


def dry_cleaning(r, lang, region, layout):
    t, d = CLEAN[lang], Doc()
    items = f"{r.randint(1, 6)} {t[6]}, 1 {t[7]}"
    if layout == 0:
        d.line(t[0]).line(t[1], " ", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}")
        form(d, r, [(L(lang, "name"), name(r, lang)), (L(lang, "tel"), phone(r, lang, region=region)), (t[2], items),
                    (t[3], f"{date(r, lang, region)} {time_of_day(r)}"), (t[4], price(r, lang)), (t[5], card(r))])
        if r.random() < 0.6:
            d.line(L(lang, "card"), " 2: ", card(r), " · ", luhn_bad(r))
        d.line(ean13(r))
    elif layout == 1:
        d.line(t[0])
        rows = [[f"{r.randint(100, 999)}-{r.randint(1000, 9999)}", name(r, lang), phone(r, lang, region=region, mobile=True),
                 items, price(r, lang), masked_card(r) if r.random() < 0.25 else card(r)] for _ in range(r.randint(3, 6))]
        table(d, r, [t[1], L(lang, "name"), L(lang, "tel"), t[2], t[4], t[5]], rows)
    else:
        d.line(t[0])
        d.add(name(r, lang), ": ", items, ". ", t[3], " ", date(r, lang, region), ". ")
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, mobile=True))
        contact_sentence(d, r, lang, "charge", card(r))
        d.line(t[4], " ", price(r, lang), " · ", masked_card(r), " · ", card(r))
    return d


ENERGY = {
    "de": ("Auftrag zum Lieferantenwechsel – Stadtwerke Nordstrom", "Zählernummer", "Jahresverbrauch", "Bisheriger Lieferant",
           "Lieferbeginn", "SEPA-Lastschriftmandat", "Zählerstand", "Marktlokations-ID"),
    "fr": ("Souscription électricité – Énergie Verte du Sud", "N° de compteur", "Consommation annuelle", "Fournisseur actuel",
           "Début de fourniture", "Mandat de prélèvement SEPA", "Index compteur", "N° PDL"),
    "es": ("Contrato de suministro – Luz Clara Energía", "Nº de contador", "Consumo anual", "Comercializadora actual",
           "Inicio", "Mandato SEPA", "Lectura", "CUPS"),
    "it": ("Proposta di fornitura – Sole Luce Energia", "Matricola contatore", "Consumo annuo", "Fornitore attuale",
           "Decorrenza", "Mandato SEPA", "Lettura", "POD"),
    "nl": ("Overstapformulier – Windkracht Energie", "Meternummer", "Jaarverbruik", "Huidige leverancier",
           "Ingangsdatum", "Machtiging", "Meterstand", "EAN-code"),
    "pl": ("Umowa kompleksowa – Energia Zielona", "Nr licznika", "Zużycie roczne", "Obecny sprzedawca",
           "Początek sprzedaży", "Polecenie zapłaty", "Stan licznika", "Nr PPE"),
    "cs": ("Smlouva o sdružených službách – Proud Plus", "Č. elektroměru", "Roční spotřeba", "Stávající dodavatel",
           "Zahájení dodávky", "Inkaso", "Stav elektroměru", "EAN"),
    "ro": ("Contract de furnizare – Electro Verde", "Serie contor", "Consum anual", "Furnizor actual",
           "Data începerii", "Debit direct", "Index contor", "Cod POD"),
    "hu": ("Szolgáltatóváltási kérelem – Zöld Áram Kft.", "Mérőgyári szám", "Éves fogyasztás", "Jelenlegi szolgáltató",
           "Kezdés", "Csoportos beszedési megbízás", "Mérőállás", "Felhasználási hely azonosító"),
    "bg": ("Заявление за смяна на доставчик – Енерго Плюс", "Номер на електромер", "Годишна консумация",
           "Настоящ доставчик", "Начало", "Директен дебит", "Показание", "ИТН"),
}


def energy_switch(r, lang, region, layout):
    t, d = ENERGY[lang], Doc()
    meter = f"{r.randint(1, 9)}{r.choice('ABEFLMN')}{r.choice('ABEFLMN')}{digits(r, 8, '0123456789')}"
    site = {"nl": "8716" + digits(r, 14, "0123456789"), "es": f"ES0021{digits(r, 12, '0123456789')}{r.choice('ABCDEF')}{r.choice('JKLMN')}",
            "it": f"IT001E{digits(r, 8, '0123456789')}"}.get(lang, digits(r, 14, "123456789"))
    kwh = f"{r.randint(1200, 6800)} kWh"
    if layout == 0:
        d.line(t[0])
        form(d, r, [(L(lang, "name"), name(r, lang)), (L(lang, "addr"), f"{r.randint(1, 200)}, {r.randint(10000, 99999)}"),
                    (L(lang, "tel"), phone(r, lang, region=region)), (L(lang, "mail"), email(r, lang)),
                    (t[1], meter), (t[7], site), (t[2], kwh), (t[3], "—"), (t[4], date(r, lang, region))])
        d.line().line(t[5])
        form(d, r, [(L(lang, "iban"), iban_for(r, lang)), ("BIC", r.choice(("INGBNL2A", "GENODEF1S04", "BCITITMM", "CAIXESBB"))),
                    (L(lang, "ref"), f"MR-{digits(r, 9)}")])
    elif layout == 1:
        d.line(t[0]).line(L(lang, "date"), ": ", date(r, lang, region)).line()
        d.line(L(lang, "name"), ": ", name(r, lang), " | ", t[7], ": ", site, " | ", t[6], ": ", str(r.randint(1000, 99999)))
        contact_sentence(d, r, lang, "wire", iban_for(r, lang))
        d.line(L(lang, "tel"), " / ", L(lang, "fax"), ": ", phone(r, lang, region=region), " / ", phone(r, lang, region=region, mobile=False))
        d.line(t[5], ": ", bad_iban(r, lang) if r.random() < 0.3 else f"{L(lang, 'ref')} {digits(r, 10)}")
        d.line(t[3], " – ", L(lang, "iban"), " ", iban_for(r, lang))
    else:
        d.line(t[0])
        rows = [[L(lang, "name"), name(r, lang)], [t[1], meter], [t[2], kwh], [L(lang, "iban"), iban_for(r, lang)],
                [L(lang, "mob"), phone(r, lang, region=region, mobile=True)], [L(lang, "mail"), email(r, lang)]]
        table(d, r, ["", ""], rows, r.choice(("cells", "pipe")))
    return d


TOLL = {
    "en": ("Toll account statement – Bay Bridges Toll Authority", "Plate", "Transponder", "Trips", "Total", "Autopay card",
           "Your autopay card was declined. Update it or call us."),
    "fr": ("Relevé télépéage – Autoroutes du Midi", "Immatriculation", "N° de badge", "Trajets", "Total",
           "Carte de prélèvement", "Votre carte a été refusée. Mettez-la à jour ou appelez-nous."),
    "es": ("Extracto de telepeaje – Autopistas del Norte", "Matrícula", "Nº de dispositivo", "Viajes", "Total",
           "Tarjeta asociada", "Su tarjeta fue rechazada. Actualícela o llámenos."),
    "it": ("Estratto conto telepedaggio – Autostrade Tirreno", "Targa", "Codice apparato", "Transiti", "Totale",
           "Carta di addebito", "La carta è stata rifiutata. Aggiornatela o chiamateci."),
    "pt": ("Extrato de portagens – Via Rápida Norte", "Matrícula", "Identificador", "Passagens", "Total",
           "Cartão associado", "O seu cartão foi recusado. Atualize-o ou ligue-nos."),
    "pl": ("Wyciąg e-myto – Autostrada Bałtycka", "Nr rejestracyjny", "Nr urządzenia", "Przejazdy", "Razem",
           "Karta do obciążeń", "Karta została odrzucona. Zaktualizuj ją lub zadzwoń."),
    "el": ("Κατάσταση διοδίων – Οδός Αιγαίου", "Αρ. κυκλοφορίας", "Αρ. πομποδέκτη", "Διελεύσεις", "Σύνολο",
           "Κάρτα χρέωσης", "Η κάρτα σας απορρίφθηκε. Ενημερώστε την ή καλέστε μας."),
    "tr": ("HGS hesap özeti – Köprü ve Otoyol", "Plaka", "Etiket no", "Geçişler", "Toplam", "Talimatlı kart",
           "Kartınız reddedildi. Güncelleyin ya da bizi arayın."),
}


def toll_account(r, lang, region, layout):
    t, d = TOLL[lang], Doc()
    plate = f"{r.choice('ABCDEFGHKLMN')}{r.choice('ABCDEFGHKLMN')}-{r.randint(100, 9999)}"
    tag = non_card16(r)
    if layout == 0:
        d.line(t[0]).line(L(lang, "cust"), " ", digits(r, 9), " · ", date(r, lang, region))
        form(d, r, [(L(lang, "name"), name(r, lang)), (t[1], plate), (t[2], tag), (t[5], card(r)), (L(lang, "exp"), f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"),
                    (L(lang, "card") + " (2)", card(r)), (L(lang, "tel"), phone(r, lang, region=region))])
        rows = [[f"{date(r, lang, region)} {time_of_day(r)}", f"Plaza {r.randint(1, 40)}", price(r, lang)] for _ in range(r.randint(2, 4))]
        table(d, r, [L(lang, "date"), t[3], L(lang, "amount")], rows, "fixed")
        d.line(t[4], ": ", price(r, lang))
    elif layout == 1:
        d.line(t[0]).line(t[6]).line()
        d.line(t[5], " ", masked_card(r), " → ", card(r))
        d.line(L(lang, "tel"), ": ", phone(r, lang, region=region), " · ", L(lang, "mail"), ": ", email(r, lang))
        d.line(t[2], ": ", tag, " · ", t[1], ": ", plate)
        d.line(L(lang, "card"), " 2: ", card(r), " / ", luhn_bad(r))
    else:
        d.line(t[0])
        d.line("[", time_of_day(r), "] ", name(r, lang), ": ", t[6])
        d.add("[", time_of_day(r), "] ", name(r, lang), ": ")
        contact_sentence(d, r, lang, "charge", card(r))
        d.line("[", time_of_day(r), "] ", t[2], " ", tag, ", ", t[4], " ", price(r, lang))
        d.add("[", time_of_day(r), "] ")
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, mobile=True))
    return d


PHYSIO = {
    "en": ("Appointment reminder – Northside Physiotherapy", "Therapist", "Session", "Room", "Please cancel at least 24 hours ahead.", "This week"),
    "de": ("Terminerinnerung – Physiotherapie am Markt", "Therapeutin", "Behandlung", "Raum", "Bitte sagen Sie mindestens 24 Stunden vorher ab.", "Diese Woche"),
    "fr": ("Rappel de rendez-vous – Cabinet de kinésithérapie Lafayette", "Kinésithérapeute", "Séance", "Salle", "Merci d'annuler au moins 24 h à l'avance.", "Cette semaine"),
    "es": ("Recordatorio de cita – Fisioterapia Alameda", "Fisioterapeuta", "Sesión", "Sala", "Avísanos con 24 horas si no puedes venir.", "Esta semana"),
    "nl": ("Afspraakherinnering – Fysiotherapie De Brink", "Therapeut", "Behandeling", "Kamer", "Afzeggen graag minimaal 24 uur van tevoren.", "Deze week"),
    "sv": ("Påminnelse – Fysioterapi Södermalm", "Fysioterapeut", "Behandling", "Rum", "Avboka senast 24 timmar innan.", "Denna vecka"),
    "da": ("Påmindelse om tid – Fysioterapi Nørrebro", "Fysioterapeut", "Behandling", "Lokale", "Afbud senest 24 timer før.", "Denne uge"),
    "fi": ("Ajanvarausmuistutus – Fysioterapia Kallio", "Fysioterapeutti", "Käynti", "Huone", "Peru aika viimeistään vuorokautta ennen.", "Tällä viikolla"),
    "ro": ("Reamintire programare – Kinetoterapie Centru", "Kinetoterapeut", "Ședința", "Sala", "Vă rugăm anulați cu cel puțin 24 de ore înainte.", "Săptămâna aceasta"),
    "hu": ("Időpont-emlékeztető – Gyógytorna Stúdió", "Gyógytornász", "Kezelés", "Terem", "Kérjük, legalább 24 órával előtte mondja le.", "Ezen a héten"),
}


def physio_reminder(r, lang, region, layout):
    t, d = PHYSIO[lang], Doc()
    if layout == 0:
        d.line(t[0]).line(f"{date(r, lang, region)} {time_of_day(r)} · {t[2]} {r.randint(1, 9)}/10 · {t[3]} {r.randint(1, 12)}")
        d.line(t[1], ": ", name(r, lang))
        d.line(t[4])
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region))
    elif layout == 1:
        d.line(t[0]).line()
        form(d, r, [(t[1], name(r, lang)), (L(lang, "date"), f"{date(r, lang, region)}, {time_of_day(r)}"),
                    (t[3], str(r.randint(1, 12))), (L(lang, "tel"), phone(r, lang, region=region)),
                    (L(lang, "mob"), phone(r, lang, region=region, mobile=True)), (L(lang, "mail"), email(r, lang)),
                    (L(lang, "ref"), f"{r.randint(100, 999)}/{r.randint(2024, 2027)}")])
        if lang != "en":
            d.line(L(lang, "iban"), " ", iban_for(r, lang), " · ", L(lang, "amount"), " ", price(r, lang))
        d.line(t[4])
    else:
        d.line(t[5], " – ", t[0])
        rows = [[time_of_day(r), name(r, lang), phone(r, lang, region=region, mobile=True), f"{r.randint(1, 9)}/10",
                 str(r.randint(1, 12))] for _ in range(r.randint(3, 6))]
        table(d, r, ["⏰", L(lang, "name"), L(lang, "mob"), t[2], t[3]], rows)
    return d


GOLF = {
    "en": ("Tee time confirmation – Willow Creek Golf Club", "Tee time", "Players", "Course", "Green fee", "Handicap", "Card guarantee"),
    "de": ("Startzeitbestätigung – Golfclub Am Rheinbogen", "Startzeit", "Spieler", "Platz", "Greenfee", "Hcp.", "Kartengarantie"),
    "fr": ("Confirmation de départ – Golf de la Forêt", "Heure de départ", "Joueurs", "Parcours", "Green fee", "Index", "Garantie carte"),
    "es": ("Confirmación de salida – Club de Golf La Dehesa", "Hora de salida", "Jugadores", "Recorrido", "Green fee", "Hándicap", "Garantía con tarjeta"),
    "it": ("Conferma partenza – Golf Club Le Colline", "Orario di partenza", "Giocatori", "Percorso", "Green fee", "Hcp", "Garanzia carta"),
    "sv": ("Bokningsbekräftelse – Ljungbackens GK", "Starttid", "Spelare", "Bana", "Greenfee", "Hcp", "Kortgaranti"),
    "ja": ("予約確認 – 桜ヶ丘カントリー倶楽部", "スタート時間", "人数", "コース", "プレー料金", "ハンディキャップ", "保証カード"),
    "ko": ("티타임 예약 확인 – 해솔 컨트리클럽", "티오프", "인원", "코스", "그린피", "핸디캡", "보증 카드"),
    "th": ("ยืนยันการจองทีไทม์ – สนามกอล์ฟริมธาร", "เวลาทีออฟ", "จำนวนผู้เล่น", "สนาม", "ค่ากรีนฟี", "แฮนดิแคป", "บัตรค้ำประกัน"),
}


def golf_booking(r, lang, region, layout):
    t, d = GOLF[lang], Doc()
    hcp = f"{r.randint(0, 36)}.{r.randint(0, 9)}"
    if layout == 0:
        d.line(t[0])
        form(d, r, [(L(lang, "name"), name(r, lang)), (t[1], f"{date(r, lang, region)} {time_of_day(r)}"),
                    (t[2], str(r.randint(1, 4))), (t[3], f"{r.choice(('A', 'B', 'East', 'West'))} (18)"), (t[5], hcp),
                    (t[4], price(r, lang)), (t[6], card(r)), (L(lang, "tel"), phone(r, lang, region=region)),
                    (L(lang, "mail"), email(r, lang))])
    elif layout == 1:
        d.line(t[0], " – ", date(r, lang, region))
        rows = [[time_of_day(r), name(r, lang), f"{r.randint(0, 36)}.{r.randint(0, 9)}", phone(r, lang, region=region, abroad=r.random() < 0.25),
                 card(r) if r.random() < 0.75 else masked_card(r)] for _ in range(r.randint(3, 6))]
        table(d, r, [t[1], L(lang, "name"), t[5], L(lang, "tel"), t[6]], rows)
    else:
        d.line(t[0])
        d.line("— ", name(r, lang), ", ", time_of_day(r), ": ", t[1], " ", time_of_day(r), ", ", t[2], " ", str(r.randint(2, 4)), ", ", t[5], " ", hcp)
        contact_sentence(d, r, lang, "charge", card(r))
        d.line(t[6], ": ", card(r), " / ", masked_card(r))
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, mobile=True))
        d.line("72 (36/36) · ", f"{r.randint(60, 120)} / {r.randint(60, 120)}")
    return d


DORM = {
    "en": ("Residence hall check-in – Maple Hall", "Room", "Bed", "Deposit", "Key card", "Student ID", "Emergency contact", "Welcome to Maple Hall!"),
    "de": ("Einzugsprotokoll – Studentenwohnheim Am Campus", "Zimmer", "Bett", "Kaution", "Schlüsselkarte", "Matrikelnr.", "Notfallkontakt", "Willkommen im Wohnheim!"),
    "fr": ("État des lieux d'entrée – Résidence universitaire Jean Zay", "Chambre", "Lit", "Dépôt de garantie", "Carte d'accès", "N° étudiant", "Personne à prévenir", "Bienvenue à la résidence !"),
    "nl": ("Inchecklijst – Studentenhuis De Uithof", "Kamer", "Bed", "Borg", "Sleutelpas", "Studentnr.", "Contact bij nood", "Welkom in het studentenhuis!"),
    "pl": ("Karta zameldowania – Dom Studencki Żaczek", "Pokój", "Łóżko", "Kaucja", "Karta dostępu", "Nr albumu", "Kontakt awaryjny", "Witamy w akademiku!"),
    "cs": ("Ubytovací list – Kolej Strahov", "Pokoj", "Lůžko", "Kauce", "Čipová karta", "Studijní číslo", "Kontakt v nouzi", "Vítejte na koleji!"),
    "ru": ("Заселение в общежитие №3", "Комната", "Место", "Залог", "Пропуск", "№ студ. билета", "Экстренный контакт", "Добро пожаловать в общежитие!"),
    "uk": ("Поселення до гуртожитку №5", "Кімната", "Ліжко", "Застава", "Перепустка", "№ студквитка", "Екстрений контакт", "Ласкаво просимо до гуртожитку!"),
    "bg": ("Настаняване в общежитие – блок 8", "Стая", "Легло", "Депозит", "Карта за достъп", "Факултетен №", "Контакт при спешност", "Добре дошли в общежитието!"),
    "zh": ("学生宿舍入住登记表", "房间", "床位", "押金", "门禁卡", "学号", "紧急联系人", "欢迎入住！"),
    "ko": ("기숙사 입실 확인서", "호실", "침대", "보증금", "출입카드", "학번", "비상연락처", "입실을 환영합니다!"),
    "hi": ("छात्रावास प्रवेश पत्र – गंगा हॉस्टल", "कमरा", "बिस्तर", "जमानत राशि", "एक्सेस कार्ड", "नामांकन सं.", "आपात संपर्क", "छात्रावास में आपका स्वागत है!"),
}


def dorm_checkin(r, lang, region, layout):
    t, d = DORM[lang], Doc()
    room = f"{r.choice('ABC')}-{r.randint(101, 620)}"
    sid = digits(r, 8)
    eu = lang in ("de", "fr", "nl", "pl", "cs", "bg")
    if layout == 0:
        d.line(t[0])
        form(d, r, [(L(lang, "name"), name(r, lang)), (t[5], sid), (t[1], room), (t[2], r.choice("12")),
                    (t[4], digits(r, 10)), (L(lang, "mob"), phone(r, lang, region=region, mobile=True)),
                    (L(lang, "mail"), email(r, lang)), (t[6], phone(r, lang, abroad=True)), (t[3], price(r, lang))]
             + ([(L(lang, "iban"), iban_for(r, lang))] if eu else []))
    elif layout == 1:
        d.line(t[0])
        rows = [[f"{r.choice('ABC')}-{r.randint(101, 620)}", name(r, lang), digits(r, 8), phone(r, lang, region=region, mobile=True),
                 email(r, lang)] for _ in range(r.randint(3, 6))]
        table(d, r, [t[1], L(lang, "name"), t[5], L(lang, "mob"), L(lang, "mail")], rows)
    else:
        d.line(t[7]).line(name(r, lang), ", ", t[1], " ", room, ", ", t[5], " ", sid, ".")
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region))
        if eu:
            contact_sentence(d, r, lang, "wire", iban_for(r, lang))
        d.line(t[6], ": ", phone(r, lang, abroad=True, styles=("e164", "intl", "00")))
    return d


MUSIC = {
    "de": ("Anmeldung – Musikschule Tonleiter", "Instrument", "Lehrkraft", "Unterricht", "Gebühr", "Semester", "Klavier", "Erziehungsberechtigte/r"),
    "fr": ("Inscription – École de musique Arpège", "Instrument", "Professeur", "Cours", "Tarif", "Trimestre", "piano", "Responsable légal"),
    "it": ("Iscrizione – Scuola di Musica Armonia", "Strumento", "Insegnante", "Lezione", "Quota", "Quadrimestre", "pianoforte", "Genitore"),
    "es": ("Matrícula – Escuela de Música Allegro", "Instrumento", "Profesor/a", "Clase", "Cuota", "Trimestre", "piano", "Tutor/a"),
    "pt": ("Inscrição – Academia de Música Fado", "Instrumento", "Professor/a", "Aula", "Propina", "Período", "piano", "Encarregado de educação"),
    "pl": ("Zapisy – Szkoła Muzyczna Forte", "Instrument", "Nauczyciel", "Lekcja", "Opłata", "Semestr", "fortepian", "Rodzic"),
    "ru": ("Заявление о приёме – Музыкальная студия «Камертон»", "Инструмент", "Преподаватель", "Занятие", "Стоимость", "Полугодие", "фортепиано", "Родитель"),
    "el": ("Αίτηση εγγραφής – Ωδείο Αρμονία", "Όργανο", "Καθηγητής", "Μάθημα", "Δίδακτρα", "Εξάμηνο", "πιάνο", "Γονέας"),
    "he": ("טופס הרשמה – קונסרבטוריון הדס", "כלי נגינה", "מורה", "שיעור", "שכר לימוד", "סמסטר", "פסנתר", "הורה"),
    "fa": ("فرم ثبت‌نام – آموزشگاه موسیقی نوا", "ساز", "مدرس", "جلسه", "شهریه", "ترم", "پیانو", "ولی"),
}


def music_school(r, lang, region, layout):
    t, d = MUSIC[lang], Doc()
    sepa = lang in ("de", "fr", "it", "es", "pt", "pl", "el")
    if layout == 0:
        d.line(t[0])
        form(d, r, [(L(lang, "name"), name(r, lang)), (L(lang, "dob"), date(r, lang, region)), (t[1], t[6]),
                    (t[3], f"{r.randint(30, 60)} min, {time_of_day(r)}"), (t[7], name(r, lang)),
                    (L(lang, "tel"), phone(r, lang, region=region)), (L(lang, "mail"), email(r, lang)), (t[4], price(r, lang))]
             + ([(L(lang, "iban"), iban_for(r, lang))] if sepa else [(L(lang, "card"), card(r))]))
    elif layout == 1:
        d.line(t[0], " · ", t[5], " ", f"{r.randint(1, 2)}/{r.randint(2025, 2027)}")
        rows = [[name(r, lang), t[6], name(r, lang), phone(r, lang, region=region, mobile=True), time_of_day(r)]
                for _ in range(r.randint(3, 6))]
        table(d, r, [L(lang, "name"), t[1], t[2], L(lang, "mob"), t[3]], rows)
    else:
        d.line(t[0]).line(t[7], ": ", name(r, lang), " — ", t[6], ", ", t[4], " ", price(r, lang))
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, mobile=True))
        contact_sentence(d, r, lang, "write", email(r, lang))
        if sepa:
            contact_sentence(d, r, lang, "wire", iban_for(r, lang))
    return d


PLEDGE = {
    "en": ("Pledge line log – Children's Hospital Radiothon", "Donor", "Pledge", "Operator", "Line", "Payment", "Thank you for calling the radiothon, may I have your card number?"),
    "es": ("Registro de donaciones – Teletón Solidario", "Donante", "Donativo", "Operador/a", "Línea", "Forma de pago", "Gracias por llamar al Teletón, ¿me da el número de su tarjeta?"),
    "fr": ("Journal des promesses de dons – Téléthon régional", "Donateur", "Promesse", "Standardiste", "Ligne", "Paiement", "Merci d'appeler le Téléthon, pouvez-vous me donner votre numéro de carte ?"),
    "de": ("Spendenprotokoll – Benefiz-Radiomarathon", "Spender/in", "Zusage", "Annahme", "Leitung", "Zahlart", "Danke für Ihren Anruf beim Radiomarathon, Ihre Kartennummer bitte?"),
    "it": ("Registro promesse – Maratona benefica", "Donatore", "Promessa", "Operatore", "Linea", "Pagamento", "Grazie per aver chiamato la maratona, mi dà il numero della carta?"),
    "pt": ("Registo de donativos – Maratona Solidária", "Doador", "Donativo", "Operador", "Linha", "Pagamento", "Obrigado por ligar para a maratona, pode dar-me o número do cartão?"),
    "ar": ("سجل التبرعات – ماراثون الخير", "المتبرع", "قيمة التبرع", "الموظف", "الخط", "طريقة الدفع", "شكراً لاتصالك بماراثون الخير، هل تعطيني رقم البطاقة؟"),
    "hi": ("दान प्रतिज्ञा रजिस्टर – सेवा रेडियो मैराथन", "दाता", "राशि", "ऑपरेटर", "लाइन", "भुगतान", "रेडियो मैराथन में कॉल करने के लिए धन्यवाद, अपना कार्ड नंबर बताइए?"),
    "ru": ("Журнал пожертвований – Благотворительный радиомарафон", "Жертвователь", "Сумма", "Оператор", "Линия", "Оплата", "Спасибо за звонок на радиомарафон, продиктуйте номер карты?"),
}


def telethon_pledges(r, lang, region, layout):
    t, d = PLEDGE[lang], Doc()
    if layout == 0:
        d.line(t[0], " · ", date(r, lang, region))
        rows = [[time_of_day(r), f"L{r.randint(1, 24):02d}", name(r, lang), phone(r, lang, region=region), price(r, lang), card(r)]
                for _ in range(r.randint(4, 7))]
        table(d, r, ["⏰", t[4], t[1], L(lang, "tel"), t[2], t[5]], rows)
    elif layout == 1:
        for _ in range(r.randint(2, 3)):
            d.line("----")
            form(d, r, [(t[3], f"OP-{r.randint(10, 99)}"), (t[1], name(r, lang)), (L(lang, "tel"), phone(r, lang, region=region)),
                        (t[2], price(r, lang)), (t[5], card(r)), (L(lang, "exp"), f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"),
                        (L(lang, "ref"), digits(r, 8))])
    else:
        d.line(t[0])
        d.line(f"OP-{r.randint(10, 99)}: ", t[6])
        d.add(t[1], ": ")
        d.line(card(r), r.choice((".", "", " …")))
        d.line(f"OP-{r.randint(10, 99)}: ", "✗ → ", card(r))
        d.add(f"OP-{r.randint(10, 99)}: ")
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, mobile=True))
        d.line(t[2], " ", price(r, lang), " · ", masked_card(r), " · ", luhn_bad(r))
    return d


FRAUD = {
    "en": ("Manual review queue – Northwind Outdoor webshop", "Order", "Risk score", "Billing country", "IP geolocation", "Decision", "velocity: 4 cards in 10 min", "Analyst note"),
    "de": ("Prüfliste Betrugsverdacht – Shop Bergsport24", "Bestellung", "Risikowert", "Rechnungsland", "IP-Standort", "Entscheidung", "4 Karten in 10 Minuten", "Notiz"),
    "fr": ("File de revue manuelle – Boutique Mer & Vent", "Commande", "Score de risque", "Pays de facturation", "Géolocalisation IP", "Décision", "4 cartes en 10 minutes", "Note de l'analyste"),
    "es": ("Cola de revisión manual – Tienda Montaña", "Pedido", "Puntuación de riesgo", "País de facturación", "Ubicación IP", "Decisión", "4 tarjetas en 10 minutos", "Nota"),
    "it": ("Coda di revisione – Negozio Alpino", "Ordine", "Punteggio rischio", "Paese fatturazione", "Posizione IP", "Esito", "4 carte in 10 minuti", "Nota"),
    "nl": ("Handmatige controle – Webwinkel Buitenleven", "Bestelling", "Risicoscore", "Factuurland", "IP-locatie", "Besluit", "4 kaarten in 10 minuten", "Notitie"),
}


def fraud_review(r, lang, region, layout):
    t, d = FRAUD[lang], Doc()
    ua = f"Chrome/{r.randint(100, 130)}.0.{r.randint(4000, 6999)}.{r.randint(10, 250)}"
    if layout == 0:
        d.line(t[0])
        rows = [[f"#{digits(r, 7)}", f"{r.randint(10, 99)}/100", card(r, seps=("", " ")), card(r, seps=("", " ")) if r.random() < 0.6 else masked_card(r),
                 ip(r, 0.2), r.choice(("hold", "reject", "OK"))] for _ in range(r.randint(3, 6))]
        table(d, r, [t[1], t[2], L(lang, "card"), L(lang, "card") + " 2", "IP", t[5]], rows)
    elif layout == 1:
        d.line(t[0]).line()
        form(d, r, [(t[1], f"#{digits(r, 7)}"), (t[2], f"{r.randint(60, 99)}/100"), (L(lang, "card"), card(r)), (L(lang, "card") + " 2", card(r)),
                    ("BIN", digits(r, 6, "45")), (t[3], region), (L(lang, "ip"), ip(r, 0.3)), (t[4], coord(r)),
                    ("User-Agent", ua), (L(lang, "tel"), phone(r, lang, region=region, abroad=r.random() < 0.4)),
                    (L(lang, "mail"), email(r, lang))])
    else:
        d.line(t[7], " ", date(r, lang, region), ":")
        d.line(t[6], " — ", card(r), ", ", card(r), ", ", masked_card(r), " — ", L(lang, "ip"), " ", ip(r, 0.2), " (", ua, ")")
        d.line(L(lang, "mail"), " ", email(r, lang), " / ", L(lang, "tel"), " ", phone(r, lang, region=region, abroad=True))
        d.line(t[5], ": reject · AVS N · CVV M · ", luhn_bad(r))
    return d


RIDE = {
    "de": ("Fahrer-Registrierung – FahrMit", "Führerscheinnr.", "Kennzeichen", "Fahrzeug", "Führungszeugnis", "Auszahlung", "Steuer-ID"),
    "fr": ("Inscription chauffeur – RouleAvec", "N° de permis", "Immatriculation", "Véhicule", "Casier judiciaire", "Versements", "N° SIRET"),
    "pl": ("Rejestracja kierowcy – JedźZNami", "Nr prawa jazdy", "Nr rejestracyjny", "Pojazd", "Zaświadczenie o niekaralności", "Wypłaty", "PESEL"),
    "pt": ("Registo de motorista – Boleia Já", "Carta de condução", "Matrícula", "Veículo", "Registo criminal", "Pagamentos", "NIF"),
}


def rideshare_eu(r, lang, region, layout):
    t, d = RIDE[lang], Doc()
    natid = {"de": digits(r, 11), "fr": f"{digits(r, 3)} {digits(r, 3, '0123456789')} {digits(r, 3, '0123456789')} {digits(r, 5, '0123456789')}",
             "pl": digits(r, 11, "6789"), "pt": digits(r, 9, "12")}[lang]
    if layout == 0:
        d.line(t[0])
        form(d, r, [(L(lang, "name"), name(r, lang)), (L(lang, "mob"), phone(r, lang, region=region, mobile=True)),
                    (L(lang, "mail"), email(r, lang)), (t[1], f"{r.choice('BKMW')}{digits(r, 8, '0123456789')}"),
                    (t[2], f"{r.choice('BKMW')}{r.choice('ABC')} {r.randint(100, 9999)}"), (t[3], "Toyota Prius 2021"),
                    (t[6], natid), (t[4], "OK"), (t[5], iban_for(r, lang))])
    elif layout == 1:
        d.line(t[0])
        rows = [[name(r, lang), phone(r, lang, region=region, mobile=True), email(r, lang), iban_for(r, lang), date(r, lang, region)]
                for _ in range(r.randint(2, 5))]
        table(d, r, [L(lang, "name"), L(lang, "mob"), L(lang, "mail"), t[5], L(lang, "date")], rows)
    else:
        d.line(t[0]).line(name(r, lang), ", ", t[6], " ", natid)
        contact_sentence(d, r, lang, "wire", iban_for(r, lang))
        contact_sentence(d, r, lang, "call", phone(r, lang, region=region, mobile=True))
    return d


# ---------------------------------------------------------------------------------------------
# US pages: SSNs in every way forms, letters, leaks and chats write them (en, es, zh, ko, vi)
# ---------------------------------------------------------------------------------------------

SSN_LABELS = {
    "en": ("SSN", "SSN#", "SSN:", "Soc. Sec. No.", "Social Security Number", "Social Security #", "SS#", "S.S.N.",
           "SOC SEC NO", "Social Sec. Number", "SSN (9 digits)", "Taxpayer SSN"),
    "es": ("Número de Seguro Social", "Nº de Seguro Social", "Seguro Social", "SSN", "No. de Seguro Social"),
    "zh": ("社会安全号码", "社安号", "社会安全号", "SSN"),
    "ko": ("사회보장번호", "소셜 시큐리티 번호", "SSN"),
    "vi": ("Số An sinh Xã hội", "Số SSN", "SSN"),
}
SSN_SAID = {
    "en": ("my social is {}", "her social security number is {}.", "use social {} for the credit pull",
           "SSN on file: {} (verified by phone)", "you asked for my ss# — it's {}", "his social is {}, DOB below"),
    "es": ("mi seguro social es el {}", "el número de seguro social del titular es {}.", "te paso mi social: {}"),
    "zh": ("我的社安号是{}。", "申请人的社会安全号码为{}。"),
    "ko": ("제 사회보장번호는 {}입니다.", "신청인 SSN은 {}입니다."),
    "vi": ("số an sinh xã hội của tôi là {}.", "SSN của đương đơn là {}."),
}
US_WORDS = {  # name, DOB, phone, address, e-mail, date, case/claim, signature
    "en": ("Name", "DOB", "Phone", "Address", "Email", "Date", "Case no.", "Signature"),
    "es": ("Nombre", "Fecha de nacimiento", "Teléfono", "Dirección", "Correo electrónico", "Fecha", "Nº de caso", "Firma"),
    "zh": ("姓名", "出生日期", "电话", "地址", "电子邮箱", "日期", "案件编号", "签名"),
    "ko": ("성명", "생년월일", "전화번호", "주소", "이메일", "날짜", "사건번호", "서명"),
    "vi": ("Họ tên", "Ngày sinh", "Điện thoại", "Địa chỉ", "Email", "Ngày", "Số hồ sơ", "Chữ ký"),
}
US_NAMES = ("James Whitaker", "Dana Okafor", "Maria Delgado", "Trevor Banks", "Keisha Moore", "Lauren Tsai",
            "Brandon Kowalski", "Rosa Hernández", "Minh Tran", "Ji-woo Park", "Wei Zhang", "Tyrone Jackson")
STREETS = ("1420 Alder St Apt 3B, Tacoma, WA 98405-2213", "77 Pleasant Ave, Worcester, MA 01609",
           "3901 S Lamar Blvd #214, Austin, TX 78704-7931", "58 Greenwood Ct, Dayton, OH 45431",
           "2210 W Flagler St, Miami, FL 33135-1407", "915 N Broadway, Los Angeles, CA 90012")


def us_phone(r, *, styles=None) -> V:
    return phone(r, "en", region="US", abroad=False, styles=styles or ("national", "national", "dashes", "dots", "e164", "intl"))


def us_date(r) -> str:
    return date(r, "en", "US")


def us_dob(r) -> str:
    return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1948, 2004)}"


def ssn_value(r, context: str) -> V:
    """An SSN written as a page with that much context writes it: bare only beside a label."""
    if context in ("label", "header", "said"):
        return ssn(r, r.choice(("dash", "dash", "dash", "space", "bare", "bare", "dot")))
    return ssn(r, "dash")


def ssn_label(r, lang):
    return r.choice(SSN_LABELS[lang]).rstrip(":")


def ssn_said(d, r, lang):
    said(d, r.choice(SSN_SAID[lang]), ssn_value(r, "said"))
    d.add("\n")


def us_lookalikes(r) -> list:
    """One line of 9-digit and 3-2-4 numbers that are not SSNs, each with what it is."""
    items = r.sample([("ITIN", itin(r)), ("EIN", ein(r)), ("Routing", routing(r)), ("Member ID", nine(r)),
                      ("Claim", f"{digits(r, 3)}-{digits(r, 2, '0123456789')}-{digits(r, 4, '0123456789')}"),
                      ("ZIP", f"{digits(r, 5, '0123456789')}-{digits(r, 4, '0123456789')}"), ("Invalid SSN (never issued)", bad_ssn(r)),
                      ("Passport", nine(r)), ("Acct", digits(r, 10)), ("Policy", f"{digits(r, 3)} {digits(r, 2, '0123456789')} {digits(r, 4, '0123456789')} P")], 3)
    return [f"{k} {v}" for k, v in items]


BGCHECK = {
    "en": ("Consumer Background Report", "Subject", "SSN trace", "Address history", "Employment verification",
           "Criminal search: no records found", "Report ID", "Adjudication: meets client criteria"),
    "es": ("Informe de antecedentes del consumidor", "Persona investigada", "Rastreo del Seguro Social",
           "Historial de domicilios", "Verificación de empleo", "Búsqueda penal: sin registros", "ID del informe",
           "Resultado: cumple los criterios del cliente"),
}


def background_report(r, lang, region, layout):
    t, w, d = BGCHECK[lang], US_WORDS[lang], Doc()
    d.line(t[0], " — ", t[6], " ", f"BGR-{digits(r, 8)}")
    if layout == 0:
        form(d, r, [(w[0], r.choice(US_NAMES)), (ssn_label(r, lang), ssn_value(r, "label")), (w[1], us_dob(r)),
                    (w[2], us_phone(r)), (w[4], email(r, "en")), (w[3], r.choice(STREETS))])
        d.line("Other SSNs associated with subject: " if lang == "en" else "Otros números de Seguro Social asociados: ",
               ssn_value(r, "said"), maybe(r, 0.8, ", ", ssn_value(r, "said")), " (", masked_card(r)[-4:], ")")
        d.line(t[4], ": ", r.choice(("Dollar Tree #4411", "Sysco Foods", "Amazon FC PHX7")), " ", us_date(r), " – ", us_date(r))
        d.line(t[5])
        d.line(" · ".join(us_lookalikes(r)))
    elif layout == 1:
        d.line(t[2])
        rows = [[ssn_value(r, "header"), r.choice(("OH", "TX", "CA", "NY", "FL")), f"{r.randint(1975, 2005)}-{r.randint(2006, 2015)}",
                 r.choice(US_NAMES)] for _ in range(r.randint(2, 4))]
        table(d, r, ["SSN", "State issued", "Years", "Name on file"], rows)
        d.line(t[3])
        rows = [[r.choice(STREETS), us_date(r), us_phone(r)] for _ in range(r.randint(2, 4))]
        table(d, r, [w[3], w[5], w[2]], rows)
        d.line(" · ".join(us_lookalikes(r)))
    else:
        d.line(t[7]).line()
        d.add(w[1], " ", us_dob(r), "; ")
        ssn_said(d, r, lang)
        d.line(w[2], ": ", us_phone(r), " / ", email(r, "en"))
        d.line("SSN ", ssn_value(r, "label"), " — ", "trace returned 2 names" if lang == "en" else "el rastreo devolvió 2 nombres")
        d.line(" · ".join(us_lookalikes(r)))
    return d


DISPUTE = {
    "en": ("Re: Dispute of inaccurate information on my credit report", "To whom it may concern,",
           "I am disputing the following account, which is not mine:", "Account number", "Report number",
           "Please investigate and delete it within 30 days as the FCRA requires.", "Sincerely,", "Online dispute – submitted form"),
    "es": ("Asunto: Disputa de información incorrecta en mi informe de crédito", "A quien corresponda:",
           "Disputo la siguiente cuenta, que no me pertenece:", "Número de cuenta", "Número de informe",
           "Les pido investigarla y eliminarla en 30 días según la FCRA.", "Atentamente,", "Disputa en línea – formulario enviado"),
}


def credit_dispute(r, lang, region, layout):
    t, w, d = DISPUTE[lang], US_WORDS[lang], Doc()
    if layout == 0:
        d.line(r.choice(US_NAMES)).line(r.choice(STREETS))
        d.line(ssn_label(r, lang), ": ", ssn_value(r, "label"), "   ", w[1], ": ", us_dob(r))
        d.line().line(t[0]).line(t[1])
        d.line(t[2])
        d.line("  ", r.choice(("CAPITAL ONE", "SYNCB/AMAZON", "DISCOVER FIN")), " — ", t[3], " ", card(r), " — ", price(r, "en"))
        d.line("  ", t[4], " ", digits(r, 10), " (", us_date(r), ")")
        d.line(t[5]).line(t[6]).line(r.choice(US_NAMES), " · ", us_phone(r))
        d.line("SS# ", ssn_value(r, "label"), " · ", w[1], " ", us_dob(r), " · ", us_lookalikes(r)[0])
    elif layout == 1:
        d.line(t[7])
        typed = ssn_value(r, "label")
        form(d, r, [("firstName", r.choice(US_NAMES).split()[0]), ("ssn", typed), ("ssnConfirm", V("US_SSN", typed.text)), ("dob", us_date(r)),
                    ("phone", us_phone(r, styles=("e164", "national"))), ("email", email(r, "en")),
                    ("disputedAccount", card(r, seps=("",))), ("reason", "NOT_MINE"), ("confirmation", digits(r, 12))], "colon")
    else:
        d.line(t[0])
        rows = [[r.choice(("CHASE CARD", "CITI", "AMEX", "BARCLAYS")), card(r) if r.random() < 0.8 else masked_card(r),
                 price(r, "en"), us_date(r)] for _ in range(r.randint(3, 5))]
        table(d, r, [t[3].split()[0], t[3], "Balance", w[5]], rows)
        ssn_said(d, r, lang)
        d.line(card(r), " ", "(my card, charged twice)" if lang == "en" else "(mi tarjeta, cobrada dos veces)")
        d.line(" · ".join(us_lookalikes(r)))
    return d


DEBT = {
    "en": ("Midland Recovery Associates — Notice of Debt", "Original creditor", "Original account number", "Amount due",
           "Call us to set up a payment plan at", "This is an attempt to collect a debt.", "Payment plan schedule",
           "Re: your letter of", "I request validation of this debt. My details:"),
    "es": ("Midland Recovery Associates — Aviso de deuda", "Acreedor original", "Número de cuenta original", "Importe adeudado",
           "Llámenos para un plan de pagos al", "Esto es un intento de cobrar una deuda.", "Calendario del plan de pagos",
           "Ref.: su carta del", "Solicito la validación de esta deuda. Mis datos:"),
}


def debt_validation(r, lang, region, layout):
    t, w, d = DEBT[lang], US_WORDS[lang], Doc()
    if layout == 0:
        d.line(t[0]).line(w[5], ": ", us_date(r), "   ", w[6], " ", f"MRA-{digits(r, 9)}")
        d.line(r.choice(US_NAMES)).line(r.choice(STREETS)).line()
        form(d, r, [(t[1], r.choice(("Comenity Bank", "Credit One Bank", "Merrick Bank"))), (t[2], card(r)), (t[3], price(r, "en")),
                    (ssn_label(r, lang), ssn_value(r, "label")), ("Ref", f"{digits(r, 3)}-{digits(r, 2, '0123456789')}-{digits(r, 4, '0123456789')}")])
        d.add(t[4], " ")
        d.line(us_phone(r, styles=("national", "dashes")), ".")
        d.line(t[5])
    elif layout == 1:
        d.line(r.choice(US_NAMES)).line(r.choice(STREETS)).line(t[7], " ", us_date(r)).line()
        d.line(t[8])
        form(d, r, [(w[0], r.choice(US_NAMES)), (ssn_label(r, lang), ssn_value(r, "label")), (w[2], us_phone(r)),
                    (t[2], card(r))])
        d.line(" · ".join(us_lookalikes(r)))
    else:
        d.line(t[6], " — ", f"MRA-{digits(r, 9)}")
        rows = [[us_date(r), price(r, "en"), r.choice(("ACH", "card")), card(r) if r.random() < 0.6 else masked_card(r)]
                for _ in range(r.randint(3, 5))]
        table(d, r, [w[5], t[3], "Method", t[2]], rows)
        d.add("Debtor ")
        d.line(ssn_label(r, lang), " ", ssn_value(r, "label"), " · ", w[2], " ", us_phone(r))
    return d


HSA = {
    "en": ("HSA / COBRA Enrollment — Employee Section", "Employee", "Dependents", "Relationship", "Qualifying event",
           "Employer EIN", "Group no.", "Member ID", "Election letter", "You must elect continuation coverage within 60 days."),
    "es": ("Inscripción HSA / COBRA — Sección del empleado", "Empleado", "Dependientes", "Parentesco", "Evento calificador",
           "EIN del empleador", "Nº de grupo", "ID de miembro", "Carta de elección", "Debe elegir la cobertura de continuación en 60 días."),
}


def hsa_cobra(r, lang, region, layout):
    t, w, d = HSA[lang], US_WORDS[lang], Doc()
    d.line(t[0])
    if layout == 0:
        form(d, r, [(t[1], r.choice(US_NAMES)), (ssn_label(r, lang), ssn_value(r, "label")), (w[1], us_dob(r)),
                    (w[2], us_phone(r)), (w[4], email(r, "en")), (t[5], ein(r)), (t[6], digits(r, 6)), (t[7], nine(r)),
                    ("Spouse" if lang == "en" else "Cónyuge", r.choice(US_NAMES)), ("Spouse SSN" if lang == "en" else "SSN del cónyuge", ssn_value(r, "label"))])
    elif layout == 1:
        d.line(t[2])
        rows = [[r.choice(US_NAMES), r.choice(("Spouse", "Child", "Cónyuge" if lang == "es" else "Child")), us_date(r),
                 ssn_value(r, "header")] for _ in range(r.randint(3, 5))]
        table(d, r, [w[0], t[3], w[1], "SSN"], rows)
        d.line(t[5], " ", ein(r), " · ", t[7], " ", nine(r))
    else:
        d.line(t[8], " — ", w[5], " ", us_date(r))
        d.line(t[4], ": ", us_date(r), ". ", t[9])
        ssn_said(d, r, lang)
        d.line("Dependent: ", r.choice(US_NAMES), ", SSN ", ssn_value(r, "label"), ", ", w[1], " ", us_dob(r))
        d.line(w[2], ": ", us_phone(r), " · ", t[6], " ", digits(r, 6), " · ", t[5], " ", ein(r))
    return d


def irs_4506c(r, lang, region, layout):
    d = Doc()
    if layout == 0:
        d.line("Form 4506-C (Rev. 10-2022)  IVES Request for Transcript of Tax Return")
        d.line("1a Name shown on tax return: ", r.choice(US_NAMES))
        d.line("1b First taxpayer identification number (see instructions): ", ssn_value(r, "label"))
        if r.random() < 0.9:
            d.line("2a If a joint return, spouse's name: ", r.choice(US_NAMES))
            d.line("2b Spouse's taxpayer identification number: ", ssn_value(r, "label"))
        d.line("3 Current address: ", r.choice(STREETS))
        d.line("5a IVES participant ID: ", digits(r, 5), "   5b SOR mailbox ID: ", f"{r.choice('ABCD')}{digits(r, 7)}")
        d.line("5d Customer file number: ", digits(r, 10), "   Phone: ", us_phone(r))
        d.line("7 Year or period requested: 12/31/2024  12/31/2025")
    elif layout == 1:
        d.line("Subject: 4506-C for loan ", digits(r, 10))
        d.line("Hi, the transcript came back rejected — the borrower's SSN on the form was ", ssn_value(r, "said"),
               " but the IRS has ", ssn_value(r, "said"), " on file. Can you re-sign?")
        d.line("Processor: ", r.choice(US_NAMES), " ", us_phone(r), " ", email(r, "en", company="lendwell.com"))
        d.line("(not the ITIN ", itin(r), ", not the business EIN ", ein(r), ")")
    else:
        d.line("IVES batch ", digits(r, 6), " — ", us_date(r))
        rows = [[digits(r, 10), r.choice(US_NAMES), ssn_value(r, "header"), r.choice(("W-2", "1040", "1099")),
                 r.choice(("Complete", "Rejected", "Pending"))] for _ in range(r.randint(4, 8))]
        table(d, r, ["Loan #", "Borrower", "TIN (SSN)", "Form", "Status"], rows)
        d.line("Tracking ", f"{digits(r, 3)}-{digits(r, 2, '0123456789')}-{digits(r, 4, '0123456789')}-{digits(r, 2, '0123456789')}")
    return d


I130 = {
    "en": ("Attorney intake — Form I-130 Petition for Alien Relative", "Petitioner", "Beneficiary", "A-Number", "USCIS receipt",
           "Passport no.", "Beneficiary's phone abroad", "Family members"),
    "es": ("Hoja de admisión — Formulario I-130 Petición de familiar extranjero", "Peticionario", "Beneficiario", "Número A",
           "Recibo de USCIS", "Nº de pasaporte", "Teléfono del beneficiario en el extranjero", "Familiares"),
    "zh": ("律师事务所登记表 — I-130 外国亲属移民申请", "申请人", "受益人", "A号码", "移民局收据号", "护照号码", "受益人国外电话", "家庭成员"),
    "ko": ("변호사 상담 접수 — I-130 외국인 친척 청원", "청원인", "수혜자", "A 번호", "USCIS 접수번호", "여권번호", "수혜자 해외 연락처", "가족 구성원"),
    "vi": ("Phiếu tiếp nhận — Mẫu I-130 Đơn bảo lãnh thân nhân", "Người bảo lãnh", "Người thụ hưởng", "Số A", "Biên nhận USCIS",
           "Số hộ chiếu", "Điện thoại người thụ hưởng ở nước ngoài", "Thành viên gia đình"),
}
ABROAD_FOR = {"en": "en", "es": "es", "zh": "zh", "ko": "ko", "vi": "vi"}


def i130_worksheet(r, lang, region, layout):
    t, w, d = I130[lang], US_WORDS[lang], Doc()
    anum = r.choice((f"A-{digits(r, 3)}-{digits(r, 3, '0123456789')}-{digits(r, 3, '0123456789')}", f"A{digits(r, 9)}"))
    receipt = f"{r.choice(('IOE', 'MSC', 'WAC', 'EAC'))}{digits(r, 10)}"
    home = {"es": "MX", "zh": "CN", "ko": "KR", "vi": "VN", "en": "IN"}[lang]
    abroad_lang = {"MX": "es", "CN": "zh", "KR": "ko", "VN": "vi", "IN": "hi"}[home]
    if layout == 0:
        d.line(t[0])
        form(d, r, [(t[1], r.choice(US_NAMES)), (ssn_label(r, lang), ssn_value(r, "label")), (w[1], us_dob(r)),
                    (w[2], us_phone(r)), (w[4], email(r, "en")), (t[2], name(r, abroad_lang)), (t[3], anum),
                    (t[5], f"{r.choice('EGKMN')}{digits(r, 8)}"), (t[6], phone(r, abroad_lang, region=home, abroad=False, styles=("intl", "e164", "00"))),
                    (t[4], receipt)])
    elif layout == 1:
        d.line(t[0]).line(t[7])
        rows = [[r.choice(US_NAMES), us_date(r), ssn_value(r, "header"), f"A{digits(r, 9)}", us_phone(r)] for _ in range(r.randint(3, 5))]
        table(d, r, [w[0], w[1], "SSN", t[3], w[2]], rows)
        d.line(t[4], ": ", receipt)
    else:
        d.line(t[0])
        d.add("[", time_of_day(r), "] ")
        ssn_said(d, r, lang)
        d.line("[", time_of_day(r), "] ", t[3], " ", anum, ", ", t[5], " ", nine(r))
        d.line("[", time_of_day(r), "] ", t[6], ": ", phone(r, abroad_lang, region=home, abroad=False, styles=("intl", "e164")))
    return d


def scrap_metal_log(r, lang, region, layout):
    d = Doc()
    if layout == 0:
        d.line("Tri-County Metals — Daily purchase log ", us_date(r), " (Form 1099 sellers over $600 need SSN)")
        rows = [[f"T{digits(r, 6)}", r.choice(US_NAMES), ssn_value(r, "header"), f"DL {r.choice('DFGKS')}{digits(r, 7)}",
                 f"{r.randint(80, 4000):,} lb", r.choice(("#1 copper", "ali cans", "cast iron", "cat conv.")), price(r, "en")]
                for _ in range(r.randint(4, 7))]
        table(d, r, ["Ticket", "Seller", "SSN", "ID", "Net wt", "Grade", "Paid"], rows)
    elif layout == 1:
        d.line("SCALE TICKET T", digits(r, 6), "   ", us_date(r), " ", time_of_day(r))
        d.line("GROSS ", f"{r.randint(3000, 9000):,}", " LB  TARE ", f"{r.randint(2000, 3000):,}", " LB")
        form(d, r, [("Seller", r.choice(US_NAMES)), ("Soc Sec #", ssn_value(r, "label")), ("Phone", us_phone(r)),
                    ("Plate", f"{r.choice('ABC')}{digits(r, 2)}-{r.choice('XYZ')}{digits(r, 3)}"), ("Paid by check", digits(r, 6))], "caps")
        d.line("Routing ", routing(r), "  Acct ", digits(r, 10))
    else:
        d.line("From: ", V("EMAIL_ADDRESS", "compliance@tricountymetals.com"))
        d.line("Subject: missing info for 1099-MISC")
        d.line("Hi ", r.choice(US_NAMES).split()[0], ", we paid you ", price(r, "en"), " this year. We have ", ssn_value(r, "said"),
               " as your social — if wrong, call the office at ", us_phone(r), ".")
        d.line("Ticket T", digits(r, 6), " / ZIP ", f"{digits(r, 5)}-{digits(r, 4, '0123456789')}", " / EIN ", ein(r))
        d.line("Reply: correct one is ", ssn_value(r, "said"), ", the other was my wife's. Thx")
    return d


PENSION = {
    "en": ("Request for Pension Benefit Estimate", "Member ID", "Service history", "Employer", "From", "To",
           "Hi, I am planning to retire next year and need an estimate."),
    "zh": ("退休金估算申请表", "会员编号", "服务年限记录", "雇主", "起", "止", "您好，我打算明年退休，需要一份退休金估算。"),
}


def pension_estimate(r, lang, region, layout):
    t, w, d = PENSION[lang], US_WORDS[lang], Doc()
    d.line(t[0])
    if layout == 0:
        form(d, r, [(w[0], r.choice(US_NAMES)), (t[1], nine(r)), (ssn_label(r, lang), ssn_value(r, "label")), (w[1], us_dob(r)),
                    (w[2], us_phone(r)), (w[4], email(r, "en")), ("Beneficiary", r.choice(US_NAMES)),
                    ("Beneficiary SSN" if lang == "en" else "受益人社安号", ssn_value(r, "label"))])
    elif layout == 1:
        d.line(t[2])
        rows = [[r.choice(("City of Fresno", "LAUSD", "Caltrans")), us_date(r), us_date(r), f"{r.randint(1, 30)}.{r.randint(0, 99):02d}"]
                for _ in range(r.randint(2, 4))]
        table(d, r, [t[3], t[4], t[5], "Years"], rows)
        d.line(w[0], ": ", r.choice(US_NAMES), " | SSN ", ssn_value(r, "label"), " | ", t[1], " ", nine(r))
    else:
        d.line(t[6])
        ssn_said(d, r, lang)
        d.line(w[2], " ", us_phone(r), " / ", email(r, "en"), " / ", t[1], " ", nine(r))
    return d


DEFER = {
    "en": ("Student Loan Deferment Request", "Borrower", "Loan ID", "Servicer", "Deferment type", "References",
           "Economic hardship", "Call the servicer at"),
    "es": ("Solicitud de aplazamiento de préstamo estudiantil", "Prestatario", "ID del préstamo", "Administrador", "Tipo de aplazamiento",
           "Referencias", "Dificultad económica", "Llame al administrador al"),
}


def loan_deferment(r, lang, region, layout):
    t, w, d = DEFER[lang], US_WORDS[lang], Doc()
    d.line(t[0])
    if layout == 0:
        form(d, r, [(t[1], r.choice(US_NAMES)), (ssn_label(r, lang), ssn_value(r, "label")), (w[1], us_dob(r)),
                    (w[2], us_phone(r)), (w[4], email(r, "en")), (t[2], f"{digits(r, 10)}-{r.randint(1, 9)}"),
                    (t[4], t[6])])
    elif layout == 1:
        d.line(t[5])
        rows = [[r.choice(US_NAMES), r.choice(STREETS), us_phone(r), email(r, "en")] for _ in range(2)]
        table(d, r, [w[0], w[3], w[2], w[4]], rows)
        d.line(t[1], " SSN: ", ssn_value(r, "label"), " · ", t[2], " ", digits(r, 10))
    else:
        d.add(t[7], " ")
        d.line(us_phone(r, styles=("national",)), ". ", t[6], ".")
        ssn_said(d, r, lang)
        d.line("Co-signer" if lang == "en" else "Codeudor", ": ", r.choice(US_NAMES), " — SSN ", ssn_value(r, "label"))
        d.line(" · ".join(us_lookalikes(r)))
    return d


def rideshare_us(r, lang, region, layout):
    d = Doc()
    es = lang == "es"
    if layout == 0:
        d.line("Registro de conductores – RideNow" if es else "Driver onboarding – RideNow")
        form(d, r, [("Nombre" if es else "Full name", r.choice(US_NAMES)), ("Celular" if es else "Mobile", us_phone(r)),
                    ("Correo" if es else "Email", email(r, "en")), (ssn_label(r, lang), ssn_value(r, "label")),
                    ("Licencia de conducir" if es else "Driver's license", f"{r.choice('DFGKS')}{digits(r, 7)}"),
                    ("Número de ruta" if es else "Routing number", routing(r)), ("Cuenta" if es else "Account", digits(r, 11))])
    elif layout == 1:
        d.line("Background check consent — batch ", digits(r, 5))
        rows = [[r.choice(US_NAMES), us_phone(r), ssn_value(r, "header"), us_date(r), r.choice(("clear", "consider", "pending"))]
                for _ in range(r.randint(4, 6))]
        table(d, r, ["Driver", "Phone", "SSN", "DOB", "Status"], rows)
    else:
        d.line("Chat de soporte RideNow" if es else "RideNow support chat")
        d.line("Agent: ", "¿Me confirma su número de seguro social para la verificación?" if es else
               "Can you confirm your social for the background check?")
        d.add("Driver: ")
        said(d, r.choice(SSN_SAID[lang]), ssn_value(r, "said"))
        d.line(" · ", us_phone(r, styles=("e164",)))
        d.line("Driver: ", "sin guiones: " if es else "no dashes: ", ssn_value(r, "label"), " " if es else " (that's the SSN)")
        d.line("Agent: ", "Gracias. Caso " if es else "Thanks. Case ", f"{digits(r, 3)}-{digits(r, 2, '0123456789')}-{digits(r, 4, '0123456789')}")
    return d


# ---------------------------------------------------------------------------------------------
# Machine output (language "en": the tools' own keys)
# ---------------------------------------------------------------------------------------------


def _v4(r, kind=None) -> V:
    return V("IP_ADDRESS", ipv4(r, kind))


def _v6(r, kind=None) -> V:
    return V("IP_ADDRESS", ipv6(r, kind))


def bgp_looking_glass(r, lang, region, layout):
    d = Doc()
    asn = [str(r.choice((3356, 174, 1299, 6939, 2914, 3257, 6453, 13335, 15169, 64512 + r.randint(0, 500)))) for _ in range(4)]
    if layout == 0:
        net = _v4(r, "public")
        d.line("route-server> show ip bgp ", net, "/", str(r.choice((16, 20, 22, 24))))
        d.line("BGP routing table entry for ", net, "/24, version ", str(r.randint(10 ** 6, 10 ** 8)))
        d.line("Paths: (", str(r.randint(2, 5)), " available, best #1, table default)")
        for _ in range(r.randint(2, 3)):
            d.line("  ", " ".join(r.sample(asn, 3)))
            hop = _v4(r, "public")
            d.line("    ", hop, " from ", hop, " (", _v4(r, "public"), ")")
            d.line("      Origin IGP, metric ", str(r.randint(0, 500)), ", localpref ", str(r.choice((100, 150, 200))), ", valid, external")
            d.line("      Community: ", f"{asn[0]}:{r.randint(100, 9999)} {asn[1]}:{r.randint(100, 999)}")
    elif layout == 1:
        d.line("bird> show route all for ", _v6(r, "global"))
        for _ in range(r.randint(2, 3)):
            d.line(_v6(r, "global"), "/128  unicast [peer_", asn[0], " ", time_of_day(r), ":", str(r.randint(10, 59)),
                   "] * (100) [AS", asn[1], "i]")
            d.line("\tvia ", _v6(r, "global"), " on eth0")
            d.line("\tBGP.as_path: ", " ".join(asn[:3]))
            d.line("\tBGP.next_hop: ", _v6(r, "global"), " ", _v6(r, "linklocal"))
            d.line("\tBGP.large_community: (", asn[0], ", 0, ", str(r.randint(1, 99)), ")")
        d.line("BIRD ", f"{r.randint(2, 3)}.{r.randint(0, 15)}.{r.randint(0, 9)}", " ready.")
    else:
        d.line("Looking glass — ping from ", r.choice(("FRA1", "AMS2", "NYC3")), " (router-id ", _v4(r, "public"), ")")
        target = _v4(r, "public")
        d.line("PING ", target, " (", target, "): 56 data bytes")
        for i in range(r.randint(3, 5)):
            d.line("64 bytes from ", target, ": icmp_seq=", str(i), " ttl=", str(r.randint(50, 60)), " time=",
                   f"{r.uniform(1, 90):.3f}", " ms")
        d.line("round-trip min/avg/max = ", f"{r.uniform(1, 5):.3f}/{r.uniform(5, 9):.3f}/{r.uniform(9, 20):.3f}", " ms")
        d.line("Peering contact: ", email(r, "en", company=company_domain(r, "transit-noc", "en")), " · NOC ", us_phone(r, styles=("e164", "intl")))
    return d


def kubectl_pods(r, lang, region, layout):
    d = Doc()
    ns = r.choice(("default", "shop", "monitoring", "kube-system"))
    if layout == 0:
        d.line("$ kubectl get pods -n ", ns, " -o wide")
        rows = []
        for _ in range(r.randint(3, 7)):
            pod = f"{r.choice(('api', 'web', 'worker', 'redis', 'nginx-ingress'))}-{sha(r, 10)[:10]}-{sha(r, 5)}"
            rows.append([pod, f"{r.randint(1, 2)}/2", r.choice(("Running", "Running", "CrashLoopBackOff", "Pending")),
                         str(r.randint(0, 12)), f"{r.randint(1, 90)}d", _v4(r, "private"), f"ip-10-0-{r.randint(0, 255)}-{r.randint(1, 254)}.ec2.internal",
                         "<none>"])
        table(d, r, ["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED NODE"], rows, "fixed")
    elif layout == 1:
        d.line("$ kubectl get svc -A")
        rows = [[ns, r.choice(("frontend", "api", "grafana")), r.choice(("ClusterIP", "LoadBalancer", "NodePort")),
                 _v4(r, "private"), _v4(r, "public") if r.random() < 0.5 else "<none>",
                 f"{r.choice((80, 443, 3000))}:{r.randint(30000, 32767)}/TCP", f"{r.randint(1, 200)}d"] for _ in range(r.randint(3, 6))]
        table(d, r, ["NAMESPACE", "NAME", "TYPE", "CLUSTER-IP", "EXTERNAL-IP", "PORT(S)", "AGE"], rows, "fixed")
        d.line("$ kubectl get nodes -o wide | head -2")
        d.line("node-", str(r.randint(1, 9)), "   Ready   <none>   v1.", str(r.randint(24, 31)), ".", str(r.randint(0, 9)), "   ",
               _v4(r, "private"), "   Ubuntu 22.04.4 LTS   5.15.0-1057-aws   containerd://1.7.", str(r.randint(0, 20)))
    else:
        pod_ip = _v4(r, "private")
        d.line("$ kubectl describe pod api-", sha(r, 9), " -n ", ns)
        d.line("Node:         ip-10-0-", str(r.randint(1, 200)), "-", str(r.randint(1, 200)), "/", _v4(r, "private"))
        d.line("Status:       Running")
        d.line("IP:           ", pod_ip)
        d.line("IPs:\n  IP:  ", pod_ip, "\n  IP:  ", _v6(r, "ula"))
        d.line("Image:        registry.example.io/api:", ip_version(r))
        d.line("Environment:\n  DB_HOST:   ", _v4(r, "private"), "\n  DNS:       ", _v4(r, "private"))
        d.line("  NO_PROXY:  127.0.0.1,localhost,", netmask(r))
        d.line("Events:  Pulled image in ", f"{r.uniform(0.5, 9):.3f}", "s (", f"{r.uniform(0.5, 9):.3f}", "s including waiting)")
    return d


def nginx_error_log(r, lang, region, layout):
    d = Doc()
    if layout == 0:
        for _ in range(r.randint(3, 6)):
            stamp = f"2026/{r.randint(1, 12):02d}/{r.randint(1, 28):02d} {time_of_day(r)}:{r.randint(10, 59)}"
            client, up = ip(r, 0.2), _v4(r, "private")
            d.line(stamp, " [", r.choice(("error", "warn", "crit")), "] ", str(r.randint(100, 9999)), "#0: *", str(r.randint(1, 99999)),
                   " ", r.choice(("connect() failed (111: Connection refused)", "upstream timed out (110: Connection timed out)",
                                  "limiting requests, excess: 10.520")),
                   " while connecting to upstream, client: ", client, ", server: shop.example.net, request: \"GET /v", ip_version(r),
                   "/cart HTTP/1.1\", upstream: \"http://", up, ":", str(r.choice((8080, 9000, 3000))), "/cart\"")
    elif layout == 1:
        d.line("# nginx -T (excerpt)")
        d.line("nginx version: nginx/1.", str(r.randint(18, 27)), ".", str(r.randint(0, 5)))
        d.line("upstream app {")
        for _ in range(r.randint(2, 3)):
            d.line("    server ", _v4(r, "private"), ":", str(r.choice((8080, 9000))), " max_fails=3;")
        d.line("}")
        d.line("set_real_ip_from ", _v4(r, "public"), "/", str(r.choice((20, 22, 24))), ";")
        d.line("allow ", _v4(r, "public"), ";\nallow 127.0.0.1;\ndeny all;")
        d.line("resolver ", _v4(r, "public"), " valid=300s;")
        d.line("# admin: ", email(r, "en", company="example-shop.net"))
    else:
        d.line("Forum: nginx 502 after upgrade to 1.", str(r.randint(20, 27)), ".", str(r.randint(0, 3)), " — help?")
        d.line("My upstream is at ", _v4(r, "private"), " and the box itself has ", ip(r, 0.4),
               ". netmask ", netmask(r), ", gateway ", _v4(r, "private"), ".")
        d.line("> ", f"2026/{r.randint(1, 12):02d}/{r.randint(1, 28):02d}", " [error] no live upstreams while connecting to upstream, client: ",
               ip(r, 0.2))
        d.line("Reply: check SELinux (setsebool -P httpd_can_network_connect 1); 0.0.0.0:80 is fine.")
    return d


def pbx_cdr(r, lang, region, layout):
    lang_page = r.choice(("en", "de", "fr", "es", "nl", "it"))
    reg = REGIONS[lang_page][0]
    d = Doc()

    def num(styles=("e164",)):
        return phone(r, lang_page, region=reg, abroad=r.random() < 0.2, styles=styles, ext=False)

    if layout == 0:
        d.line("# /var/log/asterisk/cdr-csv/Master.csv")
        d.line('"accountcode","src","dst","dcontext","clid","channel","dstchannel","lastapp","start","answer","end","duration","billsec","disposition","uniqueid"')
        for _ in range(r.randint(3, 6)):
            src = num()
            ext = str(r.randint(200, 299))
            d.line('"","', src, '","', ext, '","from-trunk","""', name(r, lang_page), '"" <', src, '>","PJSIP/trunk-0000',
                   sha(r, 4), '","PJSIP/', ext, '-0000', sha(r, 4), '","Dial","2026-03-', f"{r.randint(10, 28)} {time_of_day(r)}:{r.randint(10, 59)}",
                   '","","","', str(r.randint(5, 900)), '","', str(r.randint(0, 800)), '","ANSWERED","', f"{r.randint(1700000000, 1800000000)}.{r.randint(1, 999)}", '"')
    elif layout == 1:
        d.line("CDR report — ", date(r, lang_page, reg))
        rows = [[f"{date(r, lang_page, reg)} {time_of_day(r)}", num(("e164", "intl", "national")), str(r.randint(200, 299)),
                 f"{r.randint(0, 59)}:{r.randint(0, 59):02d}", r.choice(("ANSWERED", "NO ANSWER", "BUSY")), f"{r.randint(1700000000, 1800000000)}.{r.randint(1, 99)}"]
                for _ in range(r.randint(3, 7))]
        table(d, r, ["Date", "CallerID", "Ext.", "Duration", "Disposition", "UniqueID"], rows)
    else:
        d.line("Monthly call summary — trunk ", str(r.randint(1, 4)))
        d.line("Top caller: ", num(("intl", "e164", "national")), " (", str(r.randint(10, 90)), " calls, ", str(r.randint(60, 999)), " min)")
        d.line("Outbound to ", num(("intl", "00")), " flagged as premium-rate; SIP peer ", _v4(r, "public"), ":5060.")
        d.line("Invoice ", f"{r.randint(2024, 2027)}-{digits(r, 5, '0123456789')}", ", ", price(r, lang_page))
    return d


def sip_peers(r, lang, region, layout):
    d = Doc()
    if layout == 0:
        d.line("asterisk*CLI> sip show peers")
        rows = []
        for _ in range(r.randint(3, 6)):
            dyn = r.random() < 0.3
            rows.append([f"{r.randint(200, 299)}/{r.randint(200, 299)}", "(Unspecified)" if dyn else _v4(r, "private"), "D", "Yes", "Yes",
                         "", "0" if dyn else str(r.choice((5060, 5062, 49522))), "UNREACHABLE" if dyn else f"OK ({r.randint(2, 90)} ms)"])
        table(d, r, ["Name/username", "Host", "Dyn", "Forcerport", "Comedia", "ACL", "Port", "Status"], rows, "fixed")
        d.line(str(len(rows)), " sip peers [Monitored: ", str(len(rows)), " online, 0 offline]")
    elif layout == 1:
        d.line("asterisk*CLI> pjsip show contacts")
        for _ in range(r.randint(2, 4)):
            ext = str(r.randint(200, 299))
            d.line("  Contact:  ", ext, "/sip:", ext, "@", _v4(r, "private"), ":", str(r.randint(5060, 60000)), ";ob   ", sha(r, 10),
                   " Avail   ", f"{r.uniform(1, 60):.3f}")
        d.line("asterisk*CLI> pjsip show registrations")
        did = phone(r, "de", region="DE", abroad=False, styles=("e164",), ext=False)
        d.line("  trunk-reg/sip:sip.provider.net   trunk-auth   Registered   (exp. ", str(r.randint(60, 3600)), "s)")
        d.line("  ; outbound caller ID (DID): ", did)
    else:
        d.line("sip.conf excerpt posted to a forum:")
        d.line("[trunk]\ntype=peer\nhost=", _v4(r, "public"), "\nfromuser=", phone(r, "en", region="GB", abroad=False, styles=("e164",), ext=False))
        d.line("localnet=", _v4(r, "private"), "/", netmask(r), "\nexternip=", _v4(r, "public"))
        d.line("permit=", _v4(r, "private"), "/255.255.255.255\nuseragent=Asterisk PBX ", ip_version(r))
    return d


def cisco_show(r, lang, region, layout):
    d = Doc()
    host = r.choice(("core-sw1", "edge-rtr2", "branch-fw"))
    if layout == 0:
        d.line(host, "#show ip interface brief")
        rows = [[f"GigabitEthernet0/{i}", _v4(r) if r.random() < 0.8 else "unassigned", "YES", r.choice(("manual", "NVRAM", "DHCP")),
                 r.choice(("up", "administratively down")), r.choice(("up", "down"))] for i in range(r.randint(3, 6))]
        table(d, r, ["Interface", "IP-Address", "OK?", "Method", "Status", "Protocol"], rows, "fixed")
    elif layout == 1:
        d.line(host, "#show arp")
        rows = [["Internet", _v4(r, "private"), str(r.randint(0, 240)), f"{sha(r, 4)}.{sha(r, 4)}.{sha(r, 4)}", "ARPA", f"Vlan{r.randint(1, 300)}"]
                for _ in range(r.randint(3, 6))]
        table(d, r, ["Protocol", "Address", "Age (min)", "Hardware Addr", "Type", "Interface"], rows, "fixed")
    else:
        d.line(host, "#show running-config interface Vlan", str(r.randint(1, 300)))
        d.line("interface Vlan", str(r.randint(1, 300)), "\n ip address ", _v4(r, "private"), " ", netmask(r))
        d.line(" ip helper-address ", _v4(r))
        d.line(" standby 1 ip ", _v4(r, "private"))
        d.line("!\n", host, "#show cdp neighbors detail | i IP|Platform|Version")
        d.line("  IP address: ", _v4(r), "\nPlatform: cisco WS-C3850-48P\nVersion ", f"{r.randint(12, 17)}.{r.randint(1, 12)}.{r.randint(1, 9)}",
               "\nsnmp-server host ", _v4(r), " public  ! OID ", oid(r))
    return d


def ci_build_log(r, lang, region, layout):
    d = Doc()
    if layout == 0:
        d.line("Started by GitHub push by ", r.choice(("jwhitaker", "dokafor", "praman")))
        d.line("Running on agent-", str(r.randint(1, 9)), " (", _v4(r, "private"), ") in /var/lib/jenkins/workspace/shop")
        d.line("+ docker pull node:", f"{r.randint(18, 22)}.{r.randint(0, 12)}.{r.randint(0, 9)}")
        d.line("+ curl -sS https://registry.npmjs.org/ -o /dev/null  # resolved to ", _v4(r, "public"))
        d.line("npm WARN deprecated inflight@1.0.6; glob@7.2.3")
        d.line("Tests: 412 passed, 3 skipped; coverage 87.31%; build ", ip_version(r))
        d.line("Notifying ", email(r, "en", company="shop-dev.io"))
    elif layout == 1:
        d.line("Running with gitlab-runner ", f"{r.randint(15, 17)}.{r.randint(0, 11)}.{r.randint(0, 5)}", " (", sha(r, 8), ")")
        d.line("  on docker-runner-", str(r.randint(1, 9)), " ", sha(r, 8), ", system ID: r_", sha(r, 12))
        d.line("Preparing environment... Running on runner-", sha(r, 8), " via ", _v4(r, "private"), "...")
        d.line("$ pip install app==", ip_version(r))
        d.line("$ pytest -q  (DB at ", _v4(r, "private"), ":5432, cache at ", _v6(r, "ula"), ")")
        d.line("ERROR: Job failed: exit code 1 — see commit ", sha(r, 40))
    else:
        d.line("Run actions/checkout@v4")
        d.line("Runner image ubuntu-24.04, version ", f"20260{r.randint(1, 9)}{r.randint(10, 28)}.{r.randint(1, 300)}")
        d.line("Fetching the repository via ", _v4(r, "public"), " (", V("IP_ADDRESS", "140.82.112.0"), "/20 is GitHub's range)")
        d.line("ssh-keyscan ", _v4(r, "public"), " >> ~/.ssh/known_hosts")
        d.line("Deploy to staging ", ip(r, 0.3), " as deploy@", _v4(r, "public"))
        d.line("Sent report to ", email(r, "en", company="example-ci.dev"), "; artifacts sha256 ", sha(r, 64))
    return d


def cloud_vm_inventory(r, lang, region, layout):
    d = Doc()
    if layout == 0:
        d.line("$ gcloud compute instances list")
        rows = [[f"vm-{r.choice(('web', 'db', 'batch'))}-{r.randint(1, 9)}", r.choice(("europe-west1-b", "us-central1-a", "asia-east1-c")),
                 r.choice(("e2-medium", "n2-standard-4")), "", _v4(r, "private"), _v4(r, "public") if r.random() < 0.7 else "",
                 r.choice(("RUNNING", "TERMINATED"))] for _ in range(r.randint(3, 6))]
        table(d, r, ["NAME", "ZONE", "MACHINE_TYPE", "PREEMPTIBLE", "INTERNAL_IP", "EXTERNAL_IP", "STATUS"], rows, "fixed")
    elif layout == 1:
        d.line("$ openstack server list")
        rows = [[sha(r, 8) + "-" + sha(r, 4), f"app{r.randint(1, 20)}", "ACTIVE",
                 ["private=", _v4(r, "private"), ", ", _v4(r, "public")], f"ubuntu-22.04-{r.randint(2024, 2026)}{r.randint(10, 12)}", "m1.large"]
                for _ in range(r.randint(2, 5))]
        table(d, r, ["ID", "Name", "Status", "Networks", "Image", "Flavor"], rows, "pipe")
    else:
        d.line("Asset inventory export (CMDB), ", us_date(r))
        rows = [[f"SRV-{digits(r, 5)}", r.choice(("Dell R650", "HPE DL380")), f"{r.choice('CDGHJ')}{sha(r, 6).upper()}", _v4(r),
                 mac(r), r.choice(("RHEL 9.4", "Windows Server 2022")), f"{r.choice(('ops', 'dba', 'web'))}-team"]
                for _ in range(r.randint(3, 6))]
        table(d, r, ["Asset tag", "Model", "Serial", "Primary IP", "MAC", "OS", "Owner"], rows, r.choice(("csv", "tsv")))
    return d
