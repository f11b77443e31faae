"""The registers of the eighth blind PII set (`pii_blind8.py`): one function per kind of page, each
writing one document into a `Page` (its language, country, words and value maker) and returning
the page's URL. Written for this set; no template comes from another generator.
"""

from __future__ import annotations

from pii_blind8_lexicon import HOME, TLD

PH, CC, IB, IP, SSN, EM = "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN", "EMAIL_ADDRESS"


def tld(p) -> str:
    return TLD.get(p.region, "com")


def lines_of_negatives(p, k: int) -> None:
    p.t(" · ".join(p.neg() for _ in range(k)) + "\n")


# ------------------------------------------------------------------------------------------------
# Multi-language registers

REMIT = {
    "en": ("Money Transfer Receipt", "Sender", "Receiver", "Tracking number (MTCN)", "Amount sent", "Paid with"),
    "es": ("Recibo de envío de dinero", "Remitente", "Beneficiario", "N.º de control (MTCN)", "Monto enviado", "Pagado con"),
    "fr": ("Reçu de transfert d'argent", "Expéditeur", "Bénéficiaire", "N° de suivi (MTCN)", "Montant envoyé", "Payé par"),
    "pt": ("Comprovante de remessa", "Remetente", "Beneficiário", "Código de rastreio (MTCN)", "Valor enviado", "Pago com"),
    "ar": ("إيصال تحويل أموال", "المرسل", "المستفيد", "رقم التتبع (MTCN)", "المبلغ المرسل", "طريقة الدفع"),
    "hi": ("धन हस्तांतरण रसीद", "प्रेषक", "प्राप्तकर्ता", "ट्रैकिंग संख्या (MTCN)", "भेजी गई राशि", "भुगतान माध्यम"),
    "ru": ("Квитанция о денежном переводе", "Отправитель", "Получатель", "Контрольный номер (MTCN)", "Сумма перевода", "Оплачено"),
    "uk": ("Квитанція про грошовий переказ", "Відправник", "Отримувач", "Контрольний номер (MTCN)", "Сума переказу", "Оплачено"),
    "tr": ("Para Transferi Makbuzu", "Gönderen", "Alıcı", "Takip numarası (MTCN)", "Gönderilen tutar", "Ödeme"),
    "vi": ("Biên nhận chuyển tiền", "Người gửi", "Người nhận", "Mã chuyển tiền (MTCN)", "Số tiền gửi", "Thanh toán bằng"),
    "zh": ("汇款收据", "汇款人", "收款人", "汇款监控号码（MTCN）", "汇出金额", "支付方式"),
    "fa": ("رسید حواله", "فرستنده", "گیرنده", "کد پیگیری (MTCN)", "مبلغ ارسالی", "پرداخت با"),
}


def remittance_receipt(p) -> str:
    title, snd, rcv, mtcn, amount, paid = REMIT[p.lang]
    L = p.L
    p.t(f"{title}\n{L['date']}: {p.date()} {p.time()}\n{mtcn}: {p.V.digits(10)}\n\n")
    n1, n2 = p.name(), p.name()
    p.put(f"{snd}: {n1[0]}\n{p.label('tel')}{{}}\n", p.phone(home=True))
    p.put(f"{rcv}: {n2[0]}\n{p.label('mob')}{{}}\n", p.phone("mobile", home=False))
    p.t(f"{amount}: {p.price()}\n")
    if p.rng.random() < 0.6:
        brand, card = p.card()
        p.put(f"{paid}: {brand} {{}}\n", card)
    else:
        p.t(f"{paid}: {brand_masked(p)}\n")
    if p.rng.random() < 0.5:
        p.put(f"{L['mail']}: {{}}\n", p.email(n1[1]))
    lines_of_negatives(p, 2)
    return f"https://receipts.sendwave-{p.rng.randint(1, 9)}.{tld(p)}/r/{p.V.sha(10)}"


def brand_masked(p) -> str:
    return p.V.masked_card()


MARINA = {
    "de": ("Liegeplatzbuchung", "Boot", "Länge", "Kaution"), "fr": ("Réservation d'anneau", "Bateau", "Longueur", "Caution"),
    "it": ("Prenotazione posto barca", "Imbarcazione", "Lunghezza", "Cauzione"),
    "es": ("Reserva de amarre", "Embarcación", "Eslora", "Fianza"), "nl": ("Ligplaatsreservering", "Boot", "Lengte", "Borg"),
    "el": ("Κράτηση θέσης ελλιμενισμού", "Σκάφος", "Μήκος", "Εγγύηση"), "tr": ("Bağlama yeri rezervasyonu", "Tekne", "Boy", "Depozito"),
    "sv": ("Bokning av gästplats", "Båt", "Längd", "Deposition"), "pl": ("Rezerwacja miejsca w marinie", "Jacht", "Długość", "Kaucja"),
    "en": ("Berth booking confirmation", "Vessel", "LOA", "Deposit"),
}


def marina_berth_booking(p) -> str:
    title, boat, length, deposit = MARINA[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title} — {L['ref']} {p.V.digits(6)}\n{L['name']}: {n[0]}\n{boat}: «{rng.choice(['Aurora', 'Meltemi', 'Kalypso', 'Nordwind', 'Bella'])}» · {length} {p.decimal(rng.randint(7, 18), rng.randint(0, 9))} m\n")
    p.t(f"{L['date']}: {p.date()} – {p.date()}\n")
    p.put(f"{p.label('mob')}{p.sep()}{{}}\n", p.phone("mobile", home=rng.random() < 0.5))
    p.put(f"{L['mail']}: {{}}\n", p.email(n[1]))
    brand, card = p.card()
    mode = rng.randrange(3)
    if mode == 0:
        p.put(f"{deposit} ({p.price()}): {L['card2']} {brand} {{}}, {L['exp']} {p.V.expiry()}\n", card)
    elif mode == 1:
        p.put(f"{L['card']}{p.sep()}{{}}\n{L['exp']}: {p.V.expiry()}\n", card)
    else:
        p.put(L["pay"].format("{}") + "\n", card)
    iban = p.iban()
    if isinstance(iban, tuple):
        p.put(f"{deposit}: {L['iban']} {{}}\n", iban)
    p.put(f"Marina: {p.label('tel')}{{}} · VHF 09\n", p.phone("fixed", ext=rng.random() < 0.3))
    lines_of_negatives(p, 2)
    return f"https://www.marina-{rng.choice(['porto', 'hafen', 'limani', 'puerto', 'haven'])}.{tld(p)}/booking/{p.V.digits(5)}"


MUSEUM = {
    "de": ("Gruppenbuchung", "Gruppe", "Personen", "Führung", "Begleitperson"),
    "fr": ("Réservation de groupe", "Groupe", "personnes", "Visite guidée", "Accompagnateur"),
    "it": ("Prenotazione gruppi", "Gruppo", "persone", "Visita guidata", "Accompagnatore"),
    "es": ("Reserva de grupo", "Grupo", "personas", "Visita guiada", "Responsable"),
    "pt": ("Reserva de grupo", "Grupo", "pessoas", "Visita guiada", "Responsável"),
    "nl": ("Groepsreservering", "Groep", "personen", "Rondleiding", "Begeleider"),
    "pl": ("Rezerwacja grupowa", "Grupa", "osób", "Zwiedzanie z przewodnikiem", "Opiekun"),
    "cs": ("Skupinová rezervace", "Skupina", "osob", "Prohlídka s průvodcem", "Doprovod"),
    "ru": ("Групповая заявка", "Группа", "чел.", "Экскурсия", "Сопровождающий"),
    "ja": ("団体予約", "団体名", "名", "ガイドツアー", "引率者"),
    "zh": ("团体预约", "团体", "人", "讲解", "领队"),
    "ko": ("단체 예약", "단체명", "명", "해설 관람", "인솔자"),
}


def museum_group_booking(p) -> str:
    title, group, persons, tour, leader = MUSEUM[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title}\n{group}: {rng.choice(['5b', '7A', '3.C', 'Seniors'])} · {rng.randint(12, 45)} {persons}\n")
    p.t(f"{tour}: {p.date()}, {p.time()}\n{leader}: {n[0]}\n")
    layout = rng.randrange(3)
    if layout == 0:
        p.put(f"{p.label('tel')}{{}} / {p.label('mob')}{{}}\n", p.phone("fixed"), p.phone("mobile"))
    elif layout == 1:
        p.put(f"{{}} ({L['mob'].lower()})\n", p.phone("mobile"))
    else:
        p.put(L["call2"].format("{}") + "\n", p.phone("fixed", ext=rng.random() < 0.5))
    p.put(f"{L['mail']}{p.sep()}{{}}\n", p.email(n[1]))
    iban = p.iban()
    if isinstance(iban, tuple):
        p.put(L["wire"].format("{}") + f" {L['total']}: {p.price()}\n", iban)
    else:
        p.t(f"{L['acct']} {iban} · {L['total']}: {p.price()}\n")
    if rng.random() < 0.4:
        brand, card = p.card()
        p.put(f"{L['card2']} ({brand}): {{}}\n", card)
    lines_of_negatives(p, 2)
    return f"https://museum-{rng.randint(1, 40)}.{tld(p)}/gruppen/{p.V.digits(4)}"


PRAYER = {
    "ar": ("مواقيت الصلاة", ["الفجر", "الشروق", "الظهر", "العصر", "المغرب", "العشاء"], "الإمام", "للتبرع", "صلاة الجمعة"),
    "fa": ("اوقات شرعی", ["اذان صبح", "طلوع آفتاب", "اذان ظهر", "عصر", "اذان مغرب", "عشاء"], "امام جماعت", "کمک به مسجد", "نماز جمعه"),
    "tr": ("Namaz Vakitleri", ["İmsak", "Güneş", "Öğle", "İkindi", "Akşam", "Yatsı"], "İmam", "Bağış için", "Cuma namazı"),
}


def prayer_timetable(p) -> str:
    title, names, imam, donate, friday = PRAYER[p.lang]
    L, rng = p.L, p.rng
    p.t(f"{title} — {p.date()}\n")
    for nm in names:
        p.t(f"{nm}\t{p.time()}\n")
    p.t(f"{friday}: {p.time()}\n\n")
    n = p.name()
    p.put(f"{imam}: {n[0]} — {p.label('mob')}{{}}\n", p.phone("mobile"))
    p.put(f"{p.label('tel')}{{}}{p.sep()}{p.label('fax')}{{}}\n", p.phone("fixed"), p.phone("fixed"))
    iban = p.iban()
    if isinstance(iban, tuple):
        p.put(f"{donate}: {L['iban']} {{}}\n", iban)
    p.put("{}\n", p.org_email("info", rng.choice(["masjid-alnoor", "camii-vakfi", "masjed-emam"])))
    lines_of_negatives(p, 1)
    return f"https://{rng.choice(['masjid', 'cami', 'masjed'])}{rng.randint(1, 99)}.{tld(p)}/"


BUILDING = {
    "de": ("Aushang an alle Mieter", "Wegen Wartung des Aufzugs bleibt die Anlage am {} außer Betrieb.", "Hausmeister", "Notdienst"),
    "fr": ("Avis à tous les résidents", "L'ascenseur sera à l'arrêt le {} pour maintenance.", "Gardien", "Urgences"),
    "es": ("Aviso a los vecinos", "El ascensor estará parado el {} por mantenimiento.", "Conserje", "Urgencias"),
    "it": ("Avviso ai condomini", "L'ascensore resterà fermo il {} per manutenzione.", "Portiere", "Pronto intervento"),
    "pl": ("Ogłoszenie dla mieszkańców", "Dnia {} winda będzie wyłączona z powodu przeglądu.", "Administrator", "Pogotowie"),
    "cs": ("Oznámení všem nájemníkům", "Dne {} bude výtah mimo provoz kvůli revizi.", "Správce domu", "Havarijní služba"),
    "ru": ("Объявление для жильцов", "{} лифт будет отключён на техобслуживание.", "Управляющий", "Аварийная служба"),
    "uk": ("Оголошення для мешканців", "{} ліфт буде вимкнено на техобслуговування.", "Керуючий", "Аварійна служба"),
    "bg": ("Съобщение до живущите", "На {} асансьорът няма да работи поради профилактика.", "Домоуправител", "Аварийна служба"),
    "el": ("Ανακοίνωση προς τους ενοίκους", "Στις {} ο ανελκυστήρας θα είναι εκτός λειτουργίας για συντήρηση.", "Διαχειριστής", "Βλάβες"),
    "he": ("הודעה לדיירים", "ב-{} המעלית תושבת לצורך טיפול.", "אב הבית", "תקלות דחופות"),
    "ja": ("居住者の皆さまへ", "{}はエレベーター点検のため停止します。", "管理人", "緊急連絡先"),
    "ko": ("입주민 안내문", "{}에 승강기 점검으로 운행이 중지됩니다.", "관리사무소", "긴급 연락처"),
    "th": ("ประกาศถึงผู้พักอาศัย", "วันที่ {} ลิฟต์จะปิดปรับปรุง", "นิติบุคคล", "เหตุฉุกเฉิน"),
    "vi": ("Thông báo tới cư dân", "Ngày {} thang máy tạm dừng để bảo trì.", "Ban quản lý", "Khẩn cấp"),
}


def building_notice(p) -> str:
    title, sentence, caretaker, emergency = BUILDING[p.lang]
    L, rng = p.L, p.rng
    p.t(f"{title}\n\n{sentence.format(p.date())} {p.time()}–{p.time()}\n\n")
    n = p.name()
    how = rng.randrange(3)
    if how == 0:
        p.put(f"{caretaker}: {n[0]}, {{}}\n", p.phone("mobile"))
    elif how == 1:
        p.put(f"{caretaker} {n[0]}\n{{}}\n", p.phone("mobile"))
    else:
        p.put(f"{caretaker}:{p.sep()}{{}} {L['or_']} {{}}\n", p.phone("fixed"), p.email(n[1]))
    p.put(f"{emergency} 24/7: {{}}\n", p.phone("fixed", ext=rng.random() < 0.2))
    iban = p.iban()
    if rng.random() < 0.5 and isinstance(iban, tuple):
        p.put(L["wire"].format("{}") + "\n", iban)
    lines_of_negatives(p, 2)
    return f"https://hausverwaltung-{rng.randint(1, 90)}.{tld(p)}/aushang/{p.V.digits(3)}"


PHONETREE = {
    "de": ("Telefonkette Klasse {}", "Kind", "Eltern"), "fr": ("Chaîne téléphonique — classe de {}", "Enfant", "Parents"),
    "nl": ("Belboom groep {}", "Kind", "Ouders"), "sv": ("Telefonkedja klass {}", "Barn", "Föräldrar"),
    "pl": ("Łańcuszek telefoniczny klasy {}", "Dziecko", "Rodzice"), "it": ("Catena telefonica classe {}", "Alunno", "Genitori"),
    "es": ("Cadena telefónica de {}", "Alumno", "Padres"), "pt": ("Corrente telefônica da turma {}", "Aluno", "Pais"),
    "ru": ("Телефонная цепочка {} класса", "Ребёнок", "Родители"), "ja": ("{}組 連絡網", "児童", "保護者"),
    "en": ("Class {} phone tree", "Child", "Parent"),
}


def class_phone_tree(p) -> str:
    title, child, parent = PHONETREE[p.lang]
    L, rng = p.L, p.rng
    p.t(title.format(rng.choice(["3b", "4A", "2", "1c"])) + f"\n{L['date']}: {p.date()}\n\n")
    table = rng.random() < 0.6
    if table:
        p.t(f"| # | {child} | {parent} | {L['tel']} | {L['mail']} |\n|---|---|---|---|---|\n")
    for k in range(rng.randint(3, 6)):
        kid, par = p.name(), p.name()
        if table:
            mail = p.email(par[1]) if rng.random() < 0.6 else "—"
            p.put(f"| {k + 1} | {kid[0].split()[0]} | {par[0]} | {{}} | {{}} |\n", p.phone("mobile"), mail)
        else:
            p.put(f"{k + 1}. {kid[0].split()[0]} → {par[0]}, {{}}\n", p.phone("mobile"))
    p.t(f"\n{L['note']}: " + p.neg() + "\n")
    return f"https://schule-{rng.randint(1, 300)}.{tld(p)}/klasse/telefonkette"


INVITE = {
    "en": ("You're invited!", "We're turning {} — come celebrate on {} at {}.", "RSVP by"),
    "de": ("Einladung!", "Ich werde {} — feiert mit mir am {} um {}.", "Zusage bis"),
    "fr": ("Invitation !", "J'aurai {} ans — venez fêter ça le {} à {}.", "Réponse avant le"),
    "es": ("¡Estás invitado!", "Cumplo {} — celébralo conmigo el {} a las {}.", "Confirma antes del"),
    "it": ("Sei invitato!", "Compio {} anni — festeggiamo il {} alle {}.", "Conferma entro il"),
    "pt": ("Você está convidado!", "Faço {} anos — vem comemorar dia {} às {}.", "Confirme até"),
    "pl": ("Zaproszenie!", "Kończę {} lat — świętujmy {} o {}.", "Potwierdź do"),
    "cs": ("Pozvánka!", "Slavím {} — přijďte {} v {}.", "Potvrďte do"),
    "tr": ("Davetlisiniz!", "{} yaşıma giriyorum — {} günü saat {}'de kutlayalım.", "Son katılım bildirimi"),
    "ru": ("Приглашение!", "Мне исполняется {} — отмечаем {} в {}.", "Ответьте до"),
    "el": ("Πρόσκληση!", "Κλείνω τα {} — γιορτάζουμε στις {} και ώρα {}.", "Επιβεβαίωση έως"),
    "he": ("הזמנה!", "אני חוגג {} — נחגוג ב-{} בשעה {}.", "אישור הגעה עד"),
    "hi": ("निमंत्रण!", "मेरा {}वाँ जन्मदिन — {} को {} बजे आइए।", "उत्तर दें"),
    "zh": ("邀请函", "我{}岁啦，{}{}一起来庆祝吧！", "请于以下日期前回复"),
    "ko": ("초대합니다!", "제 {}번째 생일 파티가 {} {}에 있어요.", "회신 기한"),
    "th": ("ขอเชิญ!", "อายุครบ {} ปี มาฉลองกันวันที่ {} เวลา {}", "ตอบรับภายใน"),
    "vi": ("Thư mời!", "Mình tròn {} tuổi — mời bạn đến dự ngày {} lúc {}.", "Xác nhận trước"),
    "ar": ("دعوة!", "أتممت {} عاماً — احتفلوا معي يوم {} الساعة {}.", "تأكيد الحضور قبل"),
}


def party_invitation(p) -> str:
    title, sentence, rsvp = INVITE[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title}\n\n{sentence.format(rng.choice([6, 7, 30, 40, 50, 60]), p.date(), p.time())}\n\n")
    p.t(f"{rsvp} {p.date()}:\n")
    how = rng.randrange(4)
    if how == 0:
        p.put(L["call"].format("{}") + "\n", p.phone("mobile"))
    elif how == 1:
        p.put(f"{n[0]} · {{}} · {{}}\n", p.phone("mobile", bare=True), p.email(n[1]))
    elif how == 2:
        p.put(f"{{}} ({n[0].split()[0]})\n", p.phone("mobile"))
    else:
        p.put(f"WhatsApp{p.sep()}{{}}\n", p.phone("mobile"))
    if rng.random() < 0.4:
        iban = p.iban()
        if isinstance(iban, tuple):
            p.put(f"🎁 {L['iban']} {{}}\n", iban)
    p.t(f"{L['postcode']} {p.V.digits(5)}\n")
    return f"https://invites.{rng.choice(['party', 'feier', 'fiesta', 'festa'])}-{rng.randint(1, 99)}.{tld(p)}/e/{p.V.sha(8)}"


COURIER = {
    "en": ("Pickup booked", "Pickup address", "Parcels", "Weight", "Tracking"),
    "de": ("Abholung gebucht", "Abholadresse", "Pakete", "Gewicht", "Sendungsnummer"),
    "fr": ("Enlèvement confirmé", "Adresse d'enlèvement", "Colis", "Poids", "N° de suivi"),
    "es": ("Recogida confirmada", "Dirección de recogida", "Bultos", "Peso", "N.º de seguimiento"),
    "it": ("Ritiro prenotato", "Indirizzo di ritiro", "Colli", "Peso", "Tracking"),
    "pl": ("Zamówiono odbiór", "Adres odbioru", "Paczki", "Waga", "Nr przesyłki"),
    "tr": ("Kurye talebi alındı", "Alım adresi", "Koli", "Ağırlık", "Takip no"),
    "ru": ("Забор груза оформлен", "Адрес забора", "Мест", "Вес", "Трек-номер"),
    "zh": ("上门取件已预约", "取件地址", "件数", "重量", "运单号"),
    "ja": ("集荷予約完了", "集荷先", "個数", "重量", "伝票番号"),
    "ko": ("방문 수거 예약 완료", "수거 주소", "박스", "무게", "운송장 번호"),
    "th": ("จองรับพัสดุแล้ว", "ที่อยู่รับพัสดุ", "จำนวน", "น้ำหนัก", "เลขพัสดุ"),
    "vi": ("Đã đặt lấy hàng", "Địa chỉ lấy hàng", "Số kiện", "Khối lượng", "Mã vận đơn"),
}


def courier_pickup(p) -> str:
    title, addr, parcels, weight, tracking = COURIER[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title} — {p.date()} {p.time()}–{p.time()}\n{tracking}: {p.V.digits(12)} · {p.V.digits(10)}\n")
    p.t(f"{addr}: {L['postcode']} {p.V.digits(5)}\n{parcels}: {rng.randint(1, 6)} · {weight}: {p.decimal(rng.randint(1, 30), rng.randint(0, 9))} kg\n")
    p.put(f"{L['name']}: {n[0]}, {p.label('tel')}{{}}\n", p.phone(rng.choice(["fixed", "mobile"]), ext=rng.random() < 0.25))
    r = p.name()
    p.put(f"→ {r[0]} {{}}\n", p.phone("mobile", home=False))
    if rng.random() < 0.5:
        p.put(f"{L['mail']}: {{}}\n", p.email(n[1]))
    if rng.random() < 0.35:
        brand, card = p.card()
        p.put(f"{L['total']} {p.price()} — {brand} {{}}\n", card)
    lines_of_negatives(p, 1)
    return f"https://www.{rng.choice(['kurier', 'courier', 'express'])}{rng.randint(1, 30)}.{tld(p)}/pickup/{p.V.digits(8)}"


SCHOOL = {
    "en": ("Enrolment form — evening course", "Course", "Fee", "Emergency contact"),
    "de": ("Anmeldung Abendkurs", "Kurs", "Kursgebühr", "Notfallkontakt"),
    "fr": ("Fiche d'inscription — cours du soir", "Cours", "Frais", "Personne à prévenir"),
    "es": ("Matrícula — curso de tarde", "Curso", "Importe", "Contacto de emergencia"),
    "it": ("Modulo d'iscrizione — corso serale", "Corso", "Quota", "Contatto d'emergenza"),
    "pt": ("Ficha de matrícula — curso noturno", "Curso", "Mensalidade", "Contato de emergência"),
    "ru": ("Заявление на курсы", "Курс", "Стоимость", "Контакт на экстренный случай"),
    "zh": ("语言课程报名表", "课程", "学费", "紧急联系人"),
    "ja": ("受講申込書", "コース", "受講料", "緊急連絡先"),
    "ko": ("수강 신청서", "과정", "수강료", "비상 연락처"),
    "ar": ("استمارة التسجيل", "الدورة", "الرسوم", "جهة اتصال للطوارئ"),
}


def language_school_enrolment(p) -> str:
    title, course, fee, emerg = SCHOOL[p.lang]
    L, rng = p.L, p.rng
    n, e = p.name(), p.name()
    p.t(f"{title}\n{course}: {rng.choice(['A1', 'A2', 'B1', 'B2', 'C1'])} · {p.date()}\n{L['name']}: {n[0]}\n")
    p.put(f"{p.label('mob')}{{}}\n{L['mail']}: {{}}\n", p.phone("mobile"), p.email(n[1]))
    p.put(f"{emerg}: {e[0]} — {{}}\n", p.phone())
    p.t(f"{fee}: {p.price()}\n")
    mode = rng.randrange(3)
    if mode == 0:
        brand, card = p.card()
        p.put(f"{L['card2']}: {brand}\n{L['card']}:\n{{}}\n{L['exp']} {p.V.expiry()}\n", card)
    elif mode == 1:
        brand, card = p.card()
        p.put(f"{L['card'].upper()}{p.sep()}{{}}  {L['exp'].upper()} {p.V.expiry()}\n", card)
    else:
        iban = p.iban()
        if isinstance(iban, tuple):
            p.put(f"{L['iban']}: {{}}\n", iban)
        else:
            brand, card = p.card()
            p.put(f"{brand}: {{}}\n", card)
    lines_of_negatives(p, 2)
    return f"https://{rng.choice(['lingua', 'sprachschule', 'ecole-langues', 'academia'])}{rng.randint(1, 50)}.{tld(p)}/form"


VENUE = {
    "de": ("Mietvertrag Veranstaltungsraum", "Mieter", "Kaution", "Sicherheitskarte", "Der Mieter haftet für Schäden."),
    "fr": ("Contrat de location de salle", "Locataire", "Dépôt de garantie", "Carte de garantie", "Le locataire répond des dégâts."),
    "it": ("Contratto di noleggio sala", "Conduttore", "Deposito cauzionale", "Carta a garanzia", "Il conduttore risponde dei danni."),
    "es": ("Contrato de alquiler de salón", "Arrendatario", "Fianza", "Tarjeta de garantía", "El arrendatario responde de los daños."),
    "nl": ("Huurovereenkomst zaal", "Huurder", "Borg", "Garantiekaart", "De huurder is aansprakelijk voor schade."),
    "pl": ("Umowa najmu sali", "Najemca", "Kaucja", "Karta gwarancyjna", "Najemca odpowiada za szkody."),
    "cs": ("Smlouva o pronájmu sálu", "Nájemce", "Kauce", "Garanční karta", "Nájemce odpovídá za škody."),
    "el": ("Συμφωνητικό μίσθωσης αίθουσας", "Μισθωτής", "Εγγύηση", "Κάρτα εγγύησης", "Ο μισθωτής ευθύνεται για ζημιές."),
    "bg": ("Договор за наем на зала", "Наемател", "Депозит", "Гаранционна карта", "Наемателят отговаря за щети."),
}


def venue_hire_contract(p) -> str:
    title, tenant, deposit, gcard, clause = VENUE[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title} {L['ref']} {p.V.digits(4)}/{rng.randint(2025, 2027)}\n§1 {tenant}: {n[0]}\n")
    p.put(f"{L['tel']}: {{}}, {L['mail']}: {{}}\n", p.phone(), p.email(n[1]))
    p.t(f"§2 {L['date']}: {p.date()}, {p.time()}–{p.time()} · {L['total']} {p.price()}\n")
    iban = p.iban()
    if isinstance(iban, tuple):
        p.put(f"§3 {deposit} {p.price()} → {{}}\n", iban)
    brand, card = p.card()
    p.put(f"§4 {gcard} ({brand}): {{}} / {p.V.expiry()}\n", card)
    p.t(f"§5 {clause}\n")
    lines_of_negatives(p, 2)
    return f"https://saal-{rng.randint(1, 80)}.{tld(p)}/vertrag.pdf"


COMPLAINT = {
    "de": ("Beschwerde an die Schlichtungsstelle", "Am {} wurde meine Karte {} ohne meine Zustimmung mit {} belastet.", "Die Bank lehnt die Erstattung ab."),
    "fr": ("Réclamation au médiateur", "Le {}, ma carte {} a été débitée de {} sans mon accord.", "La banque refuse le remboursement."),
    "es": ("Reclamación ante el defensor del cliente", "El {} se cargaron en mi tarjeta {} {} sin mi autorización.", "El banco se niega a devolverlo."),
    "it": ("Reclamo all'arbitro bancario", "Il {} sulla mia carta {} è stato addebitato {} senza autorizzazione.", "La banca rifiuta il rimborso."),
    "pt": ("Reclamação ao provedor", "Em {} meu cartão {} foi cobrado em {} sem minha autorização.", "O banco recusa o estorno."),
    "nl": ("Klacht bij het Kifid", "Op {} is van mijn kaart {} zonder toestemming {} afgeschreven.", "De bank weigert terug te betalen."),
    "pl": ("Skarga do Rzecznika Finansowego", "Dnia {} z mojej karty {} pobrano bez zgody {}.", "Bank odmawia zwrotu."),
    "ru": ("Жалоба финансовому омбудсмену", "{} с моей карты {} без моего согласия списано {}.", "Банк отказывает в возврате."),
    "uk": ("Скарга до фінансового омбудсмена", "{} з моєї картки {} без згоди списано {}.", "Банк відмовляє у поверненні."),
    "tr": ("Tüketici hakem heyetine başvuru", "{} tarihinde {} numaralı kartımdan iznim olmadan {} çekildi.", "Banka iadeyi reddediyor."),
    "el": ("Καταγγελία στον Διαμεσολαβητή", "Στις {} η κάρτα μου {} χρεώθηκε {} χωρίς συναίνεση.", "Η τράπεζα αρνείται την επιστροφή."),
    "ar": ("شكوى إلى حماية المستهلك", "بتاريخ {} خُصم من بطاقتي {} مبلغ {} دون موافقتي.", "يرفض البنك الاسترداد."),
    "he": ("תלונה לממונה על הגנת הצרכן", "ב-{} חויב הכרטיס שלי {} בסך {} ללא הסכמתי.", "הבנק מסרב להחזיר."),
}


def consumer_complaint(p) -> str:
    title, sentence, refusal = COMPLAINT[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title}\n{L['ref']} {p.V.digits(7)}\n\n{L['hello']}\n")
    _brand, card = p.card()
    before, mid, after = sentence.split("{}")[0], sentence.split("{}")[1], "{}".join(sentence.split("{}")[2:])
    p.t(before + p.date() + mid)
    p.v(*card)
    p.t(after.format(p.price()) + f" {refusal}\n")
    if rng.random() < 0.6:
        p.t(f"{L['card']} ({L['note'].lower()}): {p.V.masked_card()} — {L['order']} {p.V.digits(9)}\n")
    iban = p.iban()
    if isinstance(iban, tuple):
        p.put(L["wire"].format("{}") + "\n", iban)
    p.put(f"\n{L['bye']}\n{n[0]}\n{{}} · {{}}\n", p.phone(rng.choice(["mobile", "fixed"])), p.email(n[1]))
    return f"https://forum.{rng.choice(['verbraucher', 'consommateurs', 'consumidores'])}.{tld(p)}/t/{p.V.digits(6)}"


FRAUD = {
    "en": ("Report unauthorised card use", "Card reported", "Transactions I do not recognise", "Callback number", "Merchant ID"),
    "de": ("Meldung: Kartenmissbrauch", "Betroffene Karte", "Nicht autorisierte Umsätze", "Rückrufnummer", "Händler-ID"),
    "fr": ("Déclaration d'opérations frauduleuses", "Carte concernée", "Opérations contestées", "Numéro de rappel", "N° commerçant"),
    "es": ("Denuncia de fraude con tarjeta", "Tarjeta afectada", "Cargos no reconocidos", "Teléfono de contacto", "ID comercio"),
    "it": ("Segnalazione frode carta", "Carta interessata", "Operazioni non riconosciute", "Numero per richiamata", "ID esercente"),
    "pt": ("Contestação de compras no cartão", "Cartão", "Compras não reconhecidas", "Telefone para retorno", "ID do estabelecimento"),
    "nl": ("Melding kaartfraude", "Betreffende kaart", "Onbekende transacties", "Terugbelnummer", "Merchant-ID"),
    "pl": ("Zgłoszenie nieautoryzowanych transakcji", "Karta", "Transakcje nierozpoznane", "Numer do kontaktu", "ID akceptanta"),
    "sv": ("Anmälan om kortbedrägeri", "Kort", "Okända köp", "Nummer att ringa tillbaka", "Butiks-ID"),
    "cs": ("Hlášení zneužití karty", "Karta", "Neuznané transakce", "Kontaktní telefon", "ID obchodníka"),
    "ru": ("Заявление о мошеннических операциях", "Карта", "Операции, которые я не совершал", "Номер для связи", "ID ТСП"),
    "tr": ("Kart dolandırıcılığı bildirimi", "Kart", "Tanımadığım işlemler", "Geri arama numarası", "İşyeri no"),
    "zh": ("信用卡盗刷申报", "涉及卡片", "非本人交易", "回拨电话", "商户编号"),
    "ja": ("カード不正利用の届出", "対象カード", "身に覚えのない利用", "折り返し先", "加盟店ID"),
    "ko": ("카드 부정사용 신고", "해당 카드", "본인이 하지 않은 거래", "회신 번호", "가맹점 번호"),
    "th": ("แจ้งบัตรถูกใช้โดยไม่ได้รับอนุญาต", "บัตรที่แจ้ง", "รายการที่ไม่รู้จัก", "เบอร์ติดต่อกลับ", "รหัสร้านค้า"),
    "vi": ("Báo cáo gian lận thẻ", "Thẻ bị ảnh hưởng", "Giao dịch không nhận ra", "Số gọi lại", "Mã đơn vị"),
    "bg": ("Сигнал за измама с карта", "Засегната карта", "Непознати трансакции", "Номер за обратна връзка", "ID на търговеца"),
    "uk": ("Заява про шахрайські операції", "Картка", "Операції, яких я не здійснював", "Номер для зв'язку", "ID торговця"),
    "he": ("דיווח על שימוש לא מורשה בכרטיס", "הכרטיס המדווח", "עסקאות שאינני מזהה", "מספר לחזרה", "מזהה בית עסק"),
    "el": ("Αναφορά απάτης κάρτας", "Κάρτα", "Συναλλαγές που δεν αναγνωρίζω", "Τηλέφωνο επικοινωνίας", "Κωδ. εμπόρου"),
    "ar": ("بلاغ عن استخدام غير مصرح به للبطاقة", "البطاقة المبلغ عنها", "عمليات لا أعرفها", "رقم معاودة الاتصال", "رقم التاجر"),
    "fa": ("گزارش برداشت غیرمجاز از کارت", "کارت", "تراکنش‌های ناشناخته", "شماره تماس", "شناسه پذیرنده"),
    "hi": ("कार्ड धोखाधड़ी की शिकायत", "प्रभावित कार्ड", "अनजान लेन-देन", "वापसी कॉल नंबर", "मर्चेंट आईडी"),
}


def card_fraud_report(p) -> str:
    title, affected, unknown, callback, merchant = FRAUD[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{title}\n{L['ref']} {p.V.digits(10)} · {p.date()}\n\n{L['name']}: {n[0]}\n")
    brand, card = p.card()
    layout = rng.randrange(4)
    if layout == 0:
        p.put(f"{affected}: {brand} {{}}\n", card)
    elif layout == 1:
        p.put(f"{affected}\n{{}}\n", card)
    elif layout == 2:
        p.put(f"<td>{affected}</td><td>{{}}</td>\n", card)
    else:
        p.put(f"{{}} ({affected.lower()}, {brand})\n", card)
    if rng.random() < 0.5:
        _, card2 = p.card()
        p.put(f"{L['card2']} 2: {{}}\n", card2)
    p.t(f"\n{unknown}:\n")
    for _ in range(rng.randint(2, 4)):
        p.t(f"  {p.date()}  {p.price():>14}  {merchant} {p.V.digits(15)}\n")
    p.t(f"{L['card']} #2: {p.V.bad_card(rng.choice([' ', '-']))} · {p.V.non_card16()}\n")
    p.put(f"\n{callback}: {{}}\n{L['mail']}: {{}}\n", p.phone("mobile"), p.email(n[1]))
    return f"https://secure.{rng.choice(['bank', 'banque', 'banco', 'bank24'])}{rng.randint(1, 20)}.{tld(p)}/fraud/{p.V.digits(6)}"


TOPUP = {
    "en": ("Top-up successful", "Number topped up", "Operator", "Amount"), "es": ("Recarga exitosa", "Número recargado", "Operador", "Importe"),
    "pt": ("Recarga realizada", "Número recarregado", "Operadora", "Valor"), "fr": ("Recharge effectuée", "Numéro rechargé", "Opérateur", "Montant"),
    "ar": ("تم شحن الرصيد", "الرقم المشحون", "المشغل", "المبلغ"), "hi": ("रिचार्ज सफल", "रिचार्ज किया गया नंबर", "ऑपरेटर", "राशि"),
    "th": ("เติมเงินสำเร็จ", "หมายเลขที่เติม", "เครือข่าย", "จำนวนเงิน"), "vi": ("Nạp tiền thành công", "Số được nạp", "Nhà mạng", "Số tiền"),
    "tr": ("Yükleme başarılı", "Yüklenen numara", "Operatör", "Tutar"), "ru": ("Пополнение выполнено", "Номер", "Оператор", "Сумма"),
}


def topup_receipt(p) -> str:
    title, number, operator, amount = TOPUP[p.lang]
    L, rng = p.L, p.rng
    p.t(f"✅ {title}\n{L['date']}: {p.date()} {p.time()}\n")
    home = rng.random() < 0.5
    p.put(f"{number}: {{}}\n", p.phone("mobile", home=home))
    p.t(f"{operator}: {rng.choice(['Orange', 'Airtel', 'AIS', 'Viettel', 'Turkcell', 'Claro', 'STC', 'MTS'])}\n{amount}: {p.price()}\n")
    p.t(f"{L['card']}: {p.V.masked_card()}\n{L['ref']}: {p.V.digits(12)}\n")
    if rng.random() < 0.5:
        p.put(f"{L['mail']}: {{}}\n", p.email())
    if rng.random() < 0.4:
        p.put(f"{L['mob']} 2: {{}}\n", p.phone("mobile", home=not home))
    return f"https://topup.{rng.choice(['ding', 'recarga', 'rechargez'])}{rng.randint(1, 9)}.{tld(p)}/receipt/{p.V.sha(8)}"


SSN_SENTENCES = ["my social is {}", "his SS number is {} btw", "use SSN {} for the W-4",
                 "new hire's SSN {} - please add to payroll", "SSN {} DOB 4/12/88", "social: {}", "ss# {}",
                 "her social security number is {} (don't share)"]


def ssn_sentence(p) -> None:
    """An SSN in chat, marked only by the words around it."""
    sentence = p.rng.choice(SSN_SENTENCES)
    style = "dash" if "{} " in sentence and p.rng.random() < 0.5 else p.rng.choice(["dash", "dash", "space", "plain"])
    p.put(sentence, (SSN, p.V.ssn(style)))


def irc_log(p) -> str:
    L, rng = p.L, p.rng
    nicks = [rng.choice(["zed", "moth", "kirja", "pavel_", "lumi", "ox", "ferro", "dunk"]) + str(rng.randint(1, 99)) for _ in range(3)]
    p.t(f"--- Log opened {p.date()}\n")
    lines = rng.randint(4, 7)
    for k in range(lines):
        nick = nicks[k % 3]
        ts = p.time()
        kind = rng.randrange(7)
        if kind == 0:
            p.put(f"[{ts}] <{nick}> {L['call'].format('{}')}\n", p.phone("mobile"))
        elif kind == 1:
            p.put(f"[{ts}] <{nick}> {{}}\n", p.email())
        elif kind == 2:
            p.put(f"[{ts}] * {nick} ({nick}@{{}}) has joined\n", (IP, p.V.ipv4()))
        elif kind == 3:
            _, card = p.card(sep=rng.choice([" ", ""]))
            if rng.random() < 0.5:
                p.put(f"[{ts}] <{nick}> {L['card'].lower()}? {{}} {p.V.expiry()} {p.V.cvv()}\n", card)
            else:  # a card with nothing but its expiry and CVV beside it, as carding channels paste them
                p.put(f"[{ts}] <{nick}> {{}}|{p.V.expiry()}|{p.V.cvv()}\n", card)
        elif kind == 4:
            p.put(f"[{ts}] <{nick}> {{}} ~ {p.neg()}\n", p.phone(bare=True, home=False))
        elif kind == 5:
            iban = p.foreign_iban()
            p.put(f"[{ts}] <{nick}> {L['iban']} {{}}\n", iban)
        elif p.region == "US" and rng.random() < 0.6:
            p.t(f"[{ts}] <{nick}> ")
            ssn_sentence(p)
            p.t("\n")
        else:
            p.t(f"[{ts}] <{nick}> {p.neg()} / {p.V.version_ip_like()} / {p.V.netmask()}\n")
    p.t(f"--- Log closed {p.date()}\n")
    return f"https://irclogs.{rng.choice(['example-net', 'libera-logs', 'oftc-archive'])}.org/{rng.choice(['#help', '#linux', '#market'])[1:]}/{p.V.digits(8)}"


SMS = {"en": "sms", "de": "sms", "fr": "sms"}


def sms_backup_xml(p) -> str:
    L, rng = p.L, p.rng
    p.t("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n")
    k = rng.randint(2, 4)
    p.t(f'<smses count="{k}" backup_date="{p.V.digits(13)}" type="full">\n')
    for _ in range(k):
        addr = p.phone("mobile", bare=True, home=rng.random() < 0.7)
        p.t('  <sms protocol="0" address="')
        p.v(*addr)
        p.t(f'" date="{p.V.digits(13)}" type="{rng.choice([1, 2])}" body="')
        what = rng.randrange(5)
        if what == 0:
            p.put(L["call"].format("{}"), p.phone("mobile"))
        elif what == 1:
            p.put(L["write"].format("{}"), p.email())
        elif what == 2:
            _, card = p.card()
            p.put(L["pay"].format("{}"), card)
        elif what == 3:
            iban = p.iban()
            p.put(L["wire"].format("{}"), iban if isinstance(iban, tuple) else p.foreign_iban())
        elif p.region == "US":
            ssn_sentence(p)
        else:
            p.t(p.neg())
        p.t('" read="1" status="-1" />\n')
    p.t("</smses>\n")
    return ""


HUMANS = {"en": ("TEAM", "Site", "Last update"), "de": ("TEAM", "Seite", "Letzte Aktualisierung"),
          "fr": ("ÉQUIPE", "Site", "Dernière mise à jour"), "es": ("EQUIPO", "Sitio", "Última actualización"),
          "ja": ("チーム", "サイト", "最終更新"), "ru": ("КОМАНДА", "Сайт", "Последнее обновление"),
          "pl": ("ZESPÓŁ", "Strona", "Ostatnia aktualizacja")}


def humans_security_txt(p) -> str:
    rng = p.rng
    org = rng.choice(["nordlicht", "kaffeebohne", "studio-pixel", "ravenworks", "miso-labs"])
    host = f"{org}.{tld(p)}"
    if rng.random() < 0.5:
        p.t(f"# security.txt for {host}\n")
        p.put("Contact: mailto:{}\n", p.org_email("security", org))
        if rng.random() < 0.7:
            p.put("Contact: tel:{}\n", p.phone("fixed", bare=True))
        p.t(f"Expires: {rng.randint(2026, 2028)}-{rng.randint(1, 12):02d}-01T00:00:00.000Z\n")
        p.t(f"Encryption: https://{host}/pgp-key.txt\nPreferred-Languages: {p.lang}, en\n")
        p.t(f"# fingerprint {p.V.sha(40).upper()}\n")
        return f"https://{host}/.well-known/security.txt"
    title, site, upd = HUMANS.get(p.lang, HUMANS["en"])
    p.t(f"/* {title} */\n")
    for _ in range(rng.randint(2, 3)):
        n = p.name()
        p.t(f"    {rng.choice(['Developer', 'Design', 'Backend', 'Ops'])}: {n[0]}\n")
        p.put("    Contact: {}\n", p.email(n[1], host))
        if rng.random() < 0.5:
            p.put("    Phone: {}\n", p.phone("mobile"))
        p.t(f"    From: {p.pick('Berlin', 'Lyon', 'Osaka', 'Kazan', 'Sevilla', 'Gdańsk')}\n\n")
    p.t(f"/* {site} */\n    {upd}: {rng.randint(2024, 2026)}/{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}\n    Standards: HTML5, CSS3\n")
    return f"https://{host}/humans.txt"


PWM = {
    "en": ("name", "url", "username", "phone", "card number", "expiry", "notes"),
    "de": ("Name", "URL", "Benutzername", "Telefon", "Kartennummer", "Ablauf", "Notizen"),
    "fr": ("nom", "url", "identifiant", "téléphone", "numéro de carte", "expiration", "notes"),
    "es": ("nombre", "url", "usuario", "teléfono", "número de tarjeta", "caducidad", "notas"),
    "it": ("nome", "url", "utente", "telefono", "numero carta", "scadenza", "note"),
    "pt": ("nome", "url", "usuário", "telefone", "número do cartão", "validade", "notas"),
    "nl": ("naam", "url", "gebruikersnaam", "telefoon", "kaartnummer", "vervaldatum", "notities"),
    "ru": ("название", "url", "логин", "телефон", "номер карты", "срок", "заметки"),
    "ja": ("名前", "URL", "ユーザー名", "電話番号", "カード番号", "有効期限", "メモ"),
    "zh": ("名称", "网址", "用户名", "电话", "卡号", "有效期", "备注"),
}


def password_manager_export(p) -> str:
    cols = PWM[p.lang]
    rng = p.rng
    p.t(",".join(cols) + "\n")
    for _ in range(rng.randint(3, 6)):
        n = p.name()
        site = rng.choice(["amazon", "booking", "ebay", "zalando", "rakuten", "ozon", "mercadolibre"])
        p.t(f"{site},https://www.{site}.com/,")
        p.v(*p.email(n[1]))
        p.t(",")
        if rng.random() < 0.6:
            p.v(*p.phone("mobile"))
        p.t(",")
        if rng.random() < 0.6:
            _, card = p.card(sep=rng.choice(["", " "]))
            p.v(*card)
            p.t(f",{p.V.expiry()},")
        else:
            p.t(f",,{p.neg().replace(',', ' ')}")
        p.t("\n")
    return ""


def stealer_log(p) -> str:
    rng = p.rng
    p.t(f"===== {rng.choice(['Autofills', 'CreditCards', 'UserInformation'])}.txt =====\n")
    p.put("IP: {}\n", (IP, p.V.ipv4()))
    p.t(f"Country: {p.region}\nHWID: {p.V.sha(32).upper()}\nOS: Windows 10 Pro x64 ({p.V.version_ip_like()})\n")
    p.t(f"Log date: {p.date()} {p.time()}:{rng.randint(10, 59)}\n\n")
    for _ in range(rng.randint(1, 3)):
        n = p.name()
        _, card = p.card()
        p.put(f"Holder: {n[0]}\nCC: {{}}\nEXP: {p.V.expiry()}\nCVV: {p.V.cvv()}\n\n", card)
    for _ in range(rng.randint(1, 3)):
        field = rng.choice(["email", "phone", "tel", "mobile", "ssn", "zip"])
        if field == "email":
            p.put("Name: email\nValue: {}\n\n", p.email())
        elif field == "ssn" and p.region == "US":
            p.put("Name: ssn\nValue: {}\n\n", (SSN, p.V.ssn(rng.choice(["dash", "plain"]))))
        elif field in ("phone", "tel", "mobile"):
            p.put(f"Name: {field}\nValue: {{}}\n\n", p.phone("mobile"))
        else:
            p.t(f"Name: zip\nValue: {p.V.digits(5)}\n\n")
    p.t(f"Name: card_number\nValue: {p.V.masked_card()}\n")
    return ""


SLACK = {"en": ("deposit", "customer"), "de": ("Kaution", "Kunde"), "fr": ("acompte", "client"),
         "es": ("depósito", "cliente"), "ja": ("デポジット", "お客様")}


def slack_export_json(p) -> str:
    rng = p.rng
    msgs = []
    for _ in range(rng.randint(2, 4)):
        msgs.append(rng.randrange(5))
    p.t("[\n")
    for i, kind in enumerate(msgs):
        user = "U0" + p.V.sha(8).upper()
        p.t(f'  {{"type": "message", "user": "{user}", "ts": "{p.V.digits(10)}.{p.V.digits(6)}", "text": "')
        if kind == 0:
            p.put(p.L["call2"].format("{}"), p.phone("fixed", ext=rng.random() < 0.4))
        elif kind == 1:
            _, card = p.card()
            p.put(f"{SLACK[p.lang][1]} {p.L['card'].lower()} {{}} {p.L['exp']} {p.V.expiry()}", card)
        elif kind == 2:
            p.put(p.L["write"].format("<mailto:{}|mail>"), p.email())
        elif kind == 3:
            p.put(f"{SLACK[p.lang][0]} → {{}}", p.foreign_iban())
        elif p.region == "US":
            ssn_sentence(p)
        else:
            p.t(p.neg())
        p.t('"}' + ("," if i < len(msgs) - 1 else "") + "\n")
    p.t("]\n")
    return ""


CATALOGUE = {
    "de": ("BESTELLSCHEIN", "Artikel-Nr.", "Menge", "Ich zahle per", "Kreditkarte", "Unterschrift"),
    "fr": ("BON DE COMMANDE", "Réf. article", "Qté", "Je règle par", "Carte bancaire", "Signature"),
    "it": ("MODULO D'ORDINE", "Cod. articolo", "Q.tà", "Pago con", "Carta di credito", "Firma"),
    "nl": ("BESTELBON", "Artikelnr.", "Aantal", "Ik betaal met", "Creditcard", "Handtekening"),
    "pl": ("FORMULARZ ZAMÓWIENIA", "Nr artykułu", "Ilość", "Płacę", "Kartą kredytową", "Podpis"),
    "en": ("MAIL ORDER FORM", "Item no.", "Qty", "I pay by", "Credit card", "Signature"),
    "es": ("HOJA DE PEDIDO", "Ref. artículo", "Cant.", "Pago con", "Tarjeta de crédito", "Firma"),
}
OCR_SWAPS = [("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "í")]


def ocr_noise(p, text: str) -> str:
    """A label as OCR reads a scanned form: a letter or two misread, spacing doubled."""
    for a, b in p.rng.sample(OCR_SWAPS, 2):
        if a in text and p.rng.random() < 0.6:
            text = text.replace(a, b, 1)
    return text.replace(" ", "  ") if p.rng.random() < 0.3 else text


def catalogue_order_form_ocr(p) -> str:
    title, item, qty, pay_by, card_word, signature = CATALOGUE[p.lang]
    L, rng = p.L, p.rng
    n = p.name()
    p.t(f"{ocr_noise(p, title)}   {L['cust']} {p.V.digits(8)}\n\n")
    p.t(f"{ocr_noise(p, item)}   {qty}   {L['total']}\n")
    for _ in range(rng.randint(2, 4)):
        p.t(f"{p.V.digits(6)}-{rng.randint(10, 99)}   {rng.randint(1, 3)}   {p.price()}\n")
    p.t(f"\n{ocr_noise(p, L['name'])}: {n[0]}\n")
    p.put(f"{ocr_noise(p, L['tel'])}: {{}}\n", p.phone(rng.choice(["fixed", "mobile"])))
    if rng.random() < 0.5:
        p.put(f"{ocr_noise(p, L['mail'])}: {{}}\n", p.email(n[1]))
    p.t(f"{ocr_noise(p, pay_by)}: [x] {ocr_noise(p, card_word)}  [ ] {L['inv']}\n")
    _, d = p.V.card_digits(rng.choice(["visa", "mastercard", "amex", "maestro", "diners"]))
    grouped = p.V.group_card(d, rng.choice([" ", "  "]))
    p.put(f"{ocr_noise(p, L['card'])}:  {{}}   {L['exp']} {p.V.expiry()}\n", (CC, grouped))
    p.t(f"{ocr_noise(p, signature)}: ______   {p.date()}\n")
    return f"https://scans.{rng.choice(['versand', 'catalogue', 'postorder'])}{rng.randint(1, 20)}.{tld(p)}/ocr/{p.V.digits(7)}.txt"


# ------------------------------------------------------------------------------------------------
# US pages: SSNs in the forms, letters, notes and dumps that carry them

SSN_LABELS_EN = ["SSN", "SSN#", "SS#", "Social Security No.", "Soc. Sec. No.", "Social Security Number",
                 "SOCIAL SECURITY NUMBER", "SSN/TIN", "Taxpayer ID (SSN)", "S.S.N.", "Social Sec #", "SocSec"]
SSN_LABELS = {"en": SSN_LABELS_EN,
              "es": ["Número de Seguro Social", "N.º de Seguro Social (SSN)", "Seguro Social", "SSN"],
              "zh": ["社会安全号码", "社安号", "社会安全号（SSN）"],
              "vi": ["Số An Sinh Xã Hội", "Số ASXH", "SSN"],
              "ko": ["사회보장번호", "소셜 번호", "SSN"]}


def ssn_value(p, labelled: bool = True):
    """An SSN written as the page has it: dashed mostly, spaced, unseparated only when labelled."""
    style = p.rng.choice(["dash", "dash", "dash", "space", "plain"] if labelled else ["dash"])
    return SSN, p.V.ssn(style)


def ssn_label(p) -> str:
    lab = p.rng.choice(SSN_LABELS[p.lang])
    return lab + p.rng.choice([": ", ": ", " ", ":  ", " - ", "\n"])


US_NEG_WORDS = {
    "en": ("Routing #", "Member ID", "Claim No.", "ZIP", "last 4 of SSN", "Acct", "Policy"),
    "es": ("N.º de ruta bancaria", "N.º de miembro", "N.º de reclamo", "Código postal", "últimos 4 del SSN",
           "N.º de cuenta", "Póliza"),
    "zh": ("银行路由号码", "会员号", "理赔编号", "邮编", "社安号后四位", "账号", "保单号"),
    "vi": ("Số định tuyến", "Mã thành viên", "Số hồ sơ bồi thường", "Mã ZIP", "4 số cuối SSN", "Số tài khoản", "Số hợp đồng"),
    "ko": ("라우팅 번호", "회원 번호", "청구 번호", "우편번호", "SSN 끝 4자리", "계좌번호", "증권번호"),
}


def us_negatives(p, k: int) -> None:
    """Nine-digit and 3-2-4 numbers of US paperwork that are not SSNs, in the page's language."""
    V, rng = p.V, p.rng
    routing, member, claim, zipw, last4, acct, policy = US_NEG_WORDS[p.lang]
    pool = [f"ITIN {V.itin()}", f"EIN {V.ein()}", f"{routing} {V.aba_routing()}", f"{member} {V.nine_digits()}",
            f"{claim} {V.nine_digits()[:3]}-{V.digits(2)}-{V.digits(4)}", f"{zipw} {V.digits(5)}-{V.digits(4)}",
            f"{last4}: {V.digits(4)}", f"SSN: XXX-XX-{V.digits(4)}", f"{acct} {V.digits(10)}",
            f"{policy} {V.digits(9)}-{V.digits(2)}", f"{V.digits(3)}-{V.digits(3)}-{V.digits(3)}"]
    if p.lang == "en":
        pool += [f"SSN (sample, never issued): {V.invalid_ssn()}", f"Case #{rng.randint(2019, 2027)}-CV-{V.digits(5)}",
                 f"DL# {rng.choice('ABDFGS')}{V.digits(3)}-{V.digits(4)}-{V.digits(4)}", f"Canadian SIN {V.sin_ca()}"]
    for line in rng.sample(pool, k):
        p.t(line + "\n")


US_PHONE_LABELS = ["Home phone", "Cell", "Work ph.", "Daytime phone", "PHONE", "Tel", "Mobile #", "Evening"]


def us_phone_label(p) -> str:
    return p.rng.choice(US_PHONE_LABELS) + ": " if p.lang == "en" else p.label(p.rng.choice(["tel", "mob"]))


def us_phone(p, ext: bool = False):
    return p.phone(p.rng.choice(["fixed", "mobile"]), ext=ext)


RENTAL = {"en": ("RESIDENTIAL RENTAL APPLICATION", "Applicant", "Co-applicant", "Current landlord", "Monthly income",
                 "Application fee ($45) — card", "I authorize the landlord to obtain my credit report.",
                 "Unit", "Move-in", "DOB", "Driver's lic."),
          "es": ("SOLICITUD DE ALQUILER", "Solicitante", "Co-solicitante", "Arrendador actual", "Ingreso mensual",
                 "Cuota de solicitud ($45) — tarjeta", "Autorizo al arrendador a obtener mi informe de crédito.",
                 "Apto.", "Mudanza", "Fecha de nac.", "Licencia de conducir")}


def us_rental_application(p) -> str:
    title, app, coapp, landlord, income, fee, auth, unit, move_in, dob, licence = RENTAL[p.lang]
    rng = p.rng
    p.t(f"{title}\n{unit} {rng.randint(1, 40)}{rng.choice('ABCD')} · {move_in} {p.date()}\n\n")
    for who in ([app, coapp] if rng.random() < 0.5 else [app]):
        n = (rng.choice(["Megan O'Rourke", "Luis Ortega", "Tanya Brooks", "Andre Watkins", "Hye-jin Cho"]), "x")
        p.t(f"{who}: {n[0]}   {dob} {p.dob()}\n")
        p.put(ssn_label(p) + "{}   " + f"{licence} {rng.choice('ABCDFG')}{p.V.digits(7)}\n", ssn_value(p))
        p.put(f"{us_phone_label(p)}{{}}   {p.L['mail']}: {{}}\n", us_phone(p), p.email())
    p.put(f"{landlord}: {rng.choice(['Parkview Mgmt', 'J. Hollis', 'Sunbelt Realty'])}, {{}}\n", us_phone(p, ext=rng.random() < 0.3))
    p.t(f"{income}: {p.price()}\n")
    _, card = p.card(rng.choice(["visa", "mastercard", "amex", "discover"]))
    p.put(f"{fee}: {{}} exp {p.V.expiry()} CVV {p.V.cvv()}\n", card)
    us_negatives(p, 3)
    p.t(auth + "\n")
    return f"https://apply.{rng.choice(['rentready', 'leasehub', 'aptapply'])}.com/app/{p.V.digits(7)}"


def us_tenant_screening_report(p) -> str:
    rng = p.rng
    n = rng.choice(["KEVIN J MARSH", "ROSA L DELGADO", "BRIAN T OKAFOR", "LINDA M PRUITT"])
    p.t(f"TENANT SCREENING REPORT        Report ID {p.V.digits(9)}   Ordered {p.date()}\n{'=' * 60}\n")
    p.t("SUBJECT\n")
    p.put(f"  Name ........ {n}\n  SSN ......... {{}}  (issued {rng.choice(['NY', 'TX', 'CA', 'OH', 'FL'])} {rng.randint(1975, 2008)})\n", ssn_value(p))
    p.t(f"  DOB ......... {p.dob()}\n")
    p.t("\nADDRESS HISTORY / PHONES ON FILE\n")
    for _ in range(rng.randint(2, 3)):
        p.put(f"  {rng.randint(100, 9999)} {rng.choice(['Elm St', 'Maple Ave', 'Route 9', 'Oak Ct'])}   {{}}\n", us_phone(p))
    p.t("\nALIASES / OTHER SSNs REPORTED\n")
    if rng.random() < 0.6:
        p.put("  {}  (variation, see note)\n", (SSN, p.V.ssn("dash")))
    p.t(f"  {p.V.invalid_ssn()}  (invalid - never issued)\n")
    p.t("\nEVICTION SEARCH: no records   CRIMINAL: see page 2\n")
    p.put("EMAIL ON FILE: {}\n", p.email())
    us_negatives(p, 2)
    return f"https://reports.{rng.choice(['screenwell', 'tenantcheck', 'rentscore'])}.com/r/{p.V.digits(8)}.txt"


BENEFITS = {
    "en": ("Application for Health Coverage & Food Assistance", "Household member", "Do you have a Social Security number?", "Yes", "Case worker"),
    "es": ("Solicitud de cobertura médica y asistencia alimentaria", "Miembro del hogar", "¿Tiene número de Seguro Social?", "Sí", "Trabajador social"),
    "zh": ("医疗保险及食品援助申请表", "家庭成员", "您有社会安全号码吗？", "有", "个案工作者"),
    "vi": ("Đơn xin bảo hiểm y tế và trợ cấp thực phẩm", "Thành viên hộ gia đình", "Quý vị có Số An Sinh Xã Hội không?", "Có", "Nhân viên xã hội"),
    "ko": ("의료 보험 및 식품 지원 신청서", "가구원", "사회보장번호가 있습니까?", "예", "담당 사회복지사"),
}


def us_benefits_application(p) -> str:
    title, member, has_ssn, yes, worker = BENEFITS[p.lang]
    rng = p.rng
    p.t(f"{title}\nMedicaid / SNAP · {p.date()}\n\n")
    for k in range(rng.randint(1, 3)):
        p.t(f"{member} {k + 1}: {rng.choice(['Maria', 'Wei', 'Thanh', 'Ji-ho', 'Ashley'])} {rng.choice(['Lopez', 'Chen', 'Nguyen', 'Kim', 'Carter'])}\n")
        p.put(f"  {has_ssn} {yes} — {{}}\n", ssn_value(p, labelled=True))
    p.put(f"{p.L['tel']}: {{}}   {p.L['mob']}: {{}}\n", us_phone(p), p.phone("mobile"))
    p.put(f"{worker}: {{}}\n", us_phone(p, ext=True))
    if rng.random() < 0.5:
        p.put(f"{p.L['mail']}: {{}}\n", p.email())
    us_negatives(p, 3)
    return f"https://benefits.{rng.choice(['ca', 'ny', 'tx', 'wa', 'il'])}.gov/apply/{p.V.digits(6)}"


def us_jury_questionnaire(p) -> str:
    rng = p.rng
    p.t(f"JUROR QUALIFICATION QUESTIONNAIRE\nJuror No. {p.V.digits(6)}   Report date {p.date()}\n\n")
    p.t(f"1. Full name: {rng.choice(['Dana R. Whitfield', 'Carlos Mendez', 'Pamela Yee', 'Roy Becker'])}\n")
    p.put("2. Social Security number (required by statute): {}\n", ssn_value(p))
    p.put("3. Daytime telephone: {}\n", us_phone(p))
    p.put("4. E-mail for reminders: {}\n", p.email())
    p.t(f"5. Employer / occupation: {rng.choice(['retired', 'nurse', 'warehouse', 'teacher'])}\n")
    p.t(f"6. Have you served on a jury in the last {rng.randint(2, 4)} years? {rng.choice(['No', 'Yes, 2021'])}\n")
    us_negatives(p, 2)
    return f"https://www.{rng.choice(['cook', 'harris', 'kingcounty', 'maricopa'])}courts.gov/juror/{p.V.digits(6)}"


def us_wage_garnishment_order(p) -> str:
    rng = p.rng
    p.t(f"IN THE {rng.choice(['DISTRICT', 'COUNTY', 'SUPERIOR'])} COURT OF {rng.choice(['DALLAS', 'ORANGE', 'WAYNE', 'FULTON'])} COUNTY\n")
    p.t(f"Case No. {rng.randint(2019, 2026)}-{p.V.digits(6)}\nWRIT OF GARNISHMENT (CONTINUING)\n\n")
    debtor = rng.choice(["Jerome Pike", "Alicia Fontaine", "Raymond Cho", "Heather Lyle"])
    p.put(f"Judgment debtor: {debtor}, last known SSN {{}}\n", ssn_value(p, labelled=True))
    p.t(f"Employer/garnishee: {rng.choice(['Acme Logistics LLC', 'Blue River Foods Inc.'])}, EIN {p.V.ein()}\n")
    p.t(f"Judgment amount: {p.price()}  Interest: {rng.randint(3, 9)}.{rng.randint(0, 9)}%\n")
    p.put("Creditor's attorney: {}\n", us_phone(p, ext=rng.random() < 0.5))
    p.t("The garnishee shall withhold 25% of disposable earnings.\n")
    us_negatives(p, 3)
    return f"https://courtrecords.{rng.choice(['tx', 'ca', 'mi', 'ga'])}.gov/doc/{p.V.digits(8)}"


CCAPP = {"en": ("Credit Card Application", "Primary applicant", "Annual income", "Balance transfer from card", "I certify the above is true."),
         "es": ("Solicitud de tarjeta de crédito", "Solicitante principal", "Ingreso anual", "Transferir saldo de la tarjeta", "Certifico que lo anterior es verdad.")}


def us_credit_card_application(p) -> str:
    title, primary, income, transfer, certify = CCAPP[p.lang]
    rng = p.rng
    p.t(f"{title} — {rng.choice(['Platinum Rewards', 'Cash Back', 'Travel+'])}\n{primary}: {rng.choice(['Jason Reyes', 'Emily Tran', 'Mónica Ruiz'])}\n")
    p.put(ssn_label(p) + "{}\n", ssn_value(p))
    p.put(f"{us_phone_label(p)}{{}}\n{p.L['mail']}: {{}}\n", us_phone(p), p.email())
    p.t(f"{income}: {p.price()}\n")
    _, card = p.card(rng.choice(["visa", "mastercard", "discover", "amex"]))
    p.put(f"{transfer}: {{}}\n", card)
    p.t(f"{US_NEG_WORDS[p.lang][0]} {p.V.aba_routing()} · {p.L['acct']} {p.V.digits(11)}\n")
    us_negatives(p, 2)
    p.t(certify + "\n")
    return f"https://apply.{rng.choice(['firstcard', 'novabank', 'lakeshorecu'])}.com/cc/{p.V.digits(6)}"


def us_beneficiary_designation(p) -> str:
    rng = p.rng
    p.t(f"LIFE INSURANCE BENEFICIARY DESIGNATION\nPolicy number {p.V.digits(9)}-{p.V.digits(2)}\n\n")
    p.put(f"Insured: {rng.choice(['Gary Novak', 'Tamika Hill', 'Stephen Park'])}   SSN {{}}\n", ssn_value(p))
    p.t("\nPRIMARY BENEFICIARIES\nName                 Relationship   Share   SSN or TIN        Phone\n")
    for _ in range(rng.randint(1, 3)):
        nm = rng.choice(["Laura Novak", "Derek Hill", "Mina Park", "Trust of G. Novak"])
        if "Trust" in nm:
            p.put(f"{nm:<20} trust          {rng.randint(10, 50)}%     {p.V.ein():<17} {{}}\n", us_phone(p))
        else:
            p.t(f"{nm:<20} {rng.choice(['spouse', 'child', 'sibling']):<14} {rng.randint(10, 50)}%     ")
            p.v(*ssn_value(p))
            p.put("  {}\n", us_phone(p))
    us_negatives(p, 2)
    return f"https://forms.{rng.choice(['midwestlife', 'harborlife', 'pinemutual'])}.com/bene/{p.V.digits(6)}"


def us_retirement_rollover(p) -> str:
    rng = p.rng
    p.t(f"401(k) DIRECT ROLLOVER REQUEST\nPlan {p.V.digits(3)}-{p.V.digits(6)}   Plan EIN {p.V.ein()}\n")
    p.put("Participant SSN: {}\n", ssn_value(p))
    p.t(f"Receiving IRA account {p.V.digits(10)} · Trustee {rng.choice(['Fidelity', 'Vanguard', 'Schwab'])}\n")
    p.put("Questions? Our rollover desk: {}\n", p.phone("fixed", ext=True))
    p.put("Participant phone: {}\n", us_phone(p))
    us_negatives(p, 3)
    return f"https://www.{rng.choice(['retireplan', 'my401k', 'benefitsportal'])}.com/rollover/{p.V.digits(7)}"


def us_collector_crm_notes(p) -> str:
    rng = p.rng
    p.t(f"ACCT {p.V.digits(10)}  DEBTOR {rng.choice(['HOLT, DWAYNE', 'SALAS, ROSA', 'KING, AMBER'])}  BAL {p.price()}\n")
    for _ in range(rng.randint(3, 5)):
        kind = rng.randrange(6)
        stamp = f"{p.date()} {p.time()} {rng.choice(['JLM', 'KDR', 'TPA'])}"
        if kind == 0:
            p.put(f"{stamp} OB call to {{}} - LM, no answer\n", us_phone(p))
        elif kind == 1:
            p.put(f"{stamp} IB call, verified identity w/ last 4 + DOB. Full SS on file {{}}\n", (SSN, p.V.ssn("dash")))
        elif kind == 2:
            _, card = p.card(rng.choice(["visa", "mastercard", "discover"]), rng.choice(["", " "]))
            p.put(f"{stamp} PTP {p.price()} on card {{}} exp {p.V.expiry()}\n", card)
        elif kind == 3:
            p.put(f"{stamp} new POE number {{}}; debtor says his social is {{}}\n", us_phone(p, ext=True), (SSN, p.V.ssn(rng.choice(["dash", "plain"]))))
        elif kind == 4:
            p.put(f"{stamp} email added {{}}\n", p.email())
        else:
            p.t(f"{stamp} skip trace: {p.V.invalid_ssn()} flagged invalid; ITIN {p.V.itin()} belongs to spouse\n")
    return f"https://crm.{rng.choice(['recoverpro', 'acctresolve'])}.com/notes/{p.V.digits(7)}"


def us_ocr_tax_return(p) -> str:
    rng = p.rng
    p.t(f"Form 1040   U.S. Individual Income Tax Return   {rng.randint(2022, 2025)}   OMB No. 1545-0074\n")
    first, last = rng.choice([("JAMES", "HOWELL"), ("TERESA", "VOSS"), ("MARK", "ANTONELLI")])
    p.t(f"Your first name and middle initial   Last name          Your social security number\n{first} R          {last}          ")
    p.v(*ssn_value(p))
    p.t("\nIf joint return, spouse's first name   Last name     Spouse's social security number\n")
    p.t(f"{rng.choice(['KAREN', 'ANNA', 'LEE'])}          {last}          ")
    p.v(*ssn_value(p))
    p.t(f"\nHome address  {rng.randint(10, 9999)} {rng.choice(['W. Grand Ave', 'Pine Rd'])}   Apt. no.\n")
    p.t(f"1a Total amount from Form(s) W-2, box 1 . . . . . . 1a   {rng.randint(20, 190)},{rng.randint(100, 999)}\n")
    p.t("Dependents: (1) First name  (2) Social security number  (3) Relationship\n")
    for _ in range(rng.randint(0, 2)):
        p.t(f"    {rng.choice(['EMMA', 'NOAH', 'LIAM'])}          ")
        p.v(*(SSN, p.V.ssn(rng.choice(["dash", "space"]))))
        p.t("   son/daughter\n")
    p.put("Phone no. {}   Email address {}\n", us_phone(p), p.email())
    p.t(f"Routing number {p.V.aba_routing()}   Account number {p.V.digits(12)}\nPreparer's PTIN P{p.V.digits(8)}  Firm's EIN {p.V.ein()}\n")
    return ""


def dataframe_printout(p) -> str:
    rng = p.rng
    cell = rng.randint(3, 40)
    p.t(f"In [{cell}]: df.head({rng.randint(4, 6)})\nOut[{cell}]:\n")
    cols = rng.choice([("ssn", "phone", "card_number"), ("SSN", "tel", "cc"), ("social", "phone_number", "pan")])
    p.t(f"   customer_id          {cols[0]:<12} {cols[1]:<16} {cols[2]:<20} zip\n")
    for k in range(rng.randint(3, 5)):
        p.t(f"{k}  {p.V.digits(9):<20} ")
        s = ssn_value(p)
        p.v(*s)
        p.t(" " * max(1, 13 - len(s[1])))
        ph = p.phone("mobile", bare=rng.random() < 0.5)
        p.v(*ph)
        p.t(" " * max(1, 17 - len(ph[1])))
        _, card = p.card(sep="")
        p.v(*card)
        p.t(" " * max(1, 21 - len(card[1])) + p.V.digits(5) + "\n")
    return ""


def payment_api_dump(p) -> str:
    rng = p.rng
    _, card = p.card(sep="")
    if rng.random() < 0.5:
        p.t(f"curl https://api.{rng.choice(['payfast', 'checkoutly', 'paygate'])}.io/v2/charges \\\n  -u sk_test_{p.V.sha(24)}: \\\n")
        p.t(f"  -d amount={rng.randint(100, 99999)} -d currency={rng.choice(['usd', 'eur', 'gbp'])} \\\n  -d \"card[number]=")
        p.v(*card)
        p.t(f"\" -d \"card[exp]={p.V.expiry()}\" -d \"card[cvc]={p.V.cvv()}\" \\\n  -d \"billing[email]=")
        p.v(*p.email())
        p.t("\" -d \"billing[phone]=")
        p.v(*p.phone(bare=True))
        p.t("\"\n")
        p.t(f'{{"id": "ch_{p.V.sha(14)}", "status": "succeeded", "client_ip": "')
        p.v(IP, p.V.ipv4())
        p.t(f'", "order": "{p.V.non_card16()}"}}\n')
        return ""
    p.t('{"log": {"entries": [{"request": {"method": "POST", "url": "https://checkout.example-shop.com/api/pay",\n')
    p.t('  "postData": {"mimeType": "application/json", "text": "{\\"pan\\":\\"')
    p.v(*card)
    p.t(f'\\",\\"expiry\\":\\"{p.V.expiry()}\\",\\"email\\":\\"')
    p.v(*p.email())
    p.t('\\"}"}},\n  "serverIPAddress": "')
    p.v(IP, p.V.ipv6() if rng.random() < 0.5 else p.V.ipv4())
    p.t(f'", "timings": {{"wait": {rng.randint(20, 900)}.{rng.randint(0, 99)}}}, "cart_id": "{p.V.non_card16()}"}}]}}}}\n')
    return ""


def ids_alerts(p) -> str:
    rng = p.rng
    for _ in range(rng.randint(3, 6)):
        src = p.V.ipv4(rng.choice(["public", "public", "private"]))
        dst = p.V.ipv4(rng.choice(["private", "public"]))
        p.t(f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(2024, 2026)}-{p.time()}:{rng.randint(10, 59)}.{p.V.digits(6)}  [**] [1:{p.V.digits(7)}:{rng.randint(1, 9)}] ")
        p.t(rng.choice(["ET SCAN Suspicious inbound to MSSQL port 1433", "ET POLICY SSH session in progress",
                        "GPL ICMP_INFO PING", "ET EXPLOIT Apache log4j RCE attempt"]))
        p.t(f" [**] [Priority: {rng.randint(1, 3)}] {{TCP}} ")
        p.v(IP, src)
        p.t(f":{rng.randint(1024, 65535)} -> ")
        p.v(IP, dst)
        p.t(f":{rng.choice([22, 80, 443, 1433, 3389])}\n")
    if rng.random() < 0.5:
        p.t("ET INFO sig rev ")
        p.t(p.V.version_ip_like())
        p.t(f" · HOME_NET [{p.V.netmask()}]\n")
    if rng.random() < 0.5:
        p.put("alert src ipv6 {}\n", (IP, p.V.ipv6()))
    return ""


def netstat_arp(p) -> str:
    rng = p.rng
    if rng.random() < 0.5:
        p.t("Active Internet connections (w/o servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State\n")
        for _ in range(rng.randint(3, 5)):
            local = p.V.ipv4("private")
            remote = p.V.ipv4()
            p.t("tcp        0      0 ")
            p.v(IP, local)
            lp = f":{rng.randint(30000, 65000)}"
            p.t(lp + " " * max(1, 24 - len(local) - len(lp)))
            p.v(IP, remote)
            rp = f":{rng.choice([443, 80, 993, 5228])}"
            p.t(rp + " " * max(1, 24 - len(remote) - len(rp)) + rng.choice(["ESTABLISHED", "TIME_WAIT"]) + "\n")
        p.t("tcp6       0      0 ::1:631                 :::*                    LISTEN\n")
        p.t("tcp        0      0 127.0.0.1:5432          0.0.0.0:*               LISTEN\n")
        return ""
    p.t("Interface: ")
    p.v(IP, p.V.ipv4("private"))
    p.t(f" --- 0x{rng.randint(2, 30):x}\n  Internet Address      Physical Address      Type\n")
    for _ in range(rng.randint(2, 4)):
        ip = p.V.ipv4(rng.choice(["private", "linklocal"]))
        p.t("  ")
        p.v(IP, ip)
        mac = "-".join(p.V.sha(2) for _ in range(6))
        p.t(" " * max(1, 22 - len(ip)) + f"{mac}     dynamic\n")
    p.t("  255.255.255.255       ff-ff-ff-ff-ff-ff     static\n")
    if rng.random() < 0.5:
        zone_ip = p.V.ipv6("linklocal")
        p.t("\nneighbor ")
        p.v(IP, zone_ip)
        p.t(f"%{rng.choice(['eth0', 'wlan0', '12'])} lladdr {':'.join(p.V.sha(2) for _ in range(6))} REACHABLE\n")
    return ""


# ------------------------------------------------------------------------------------------------

ALL_ML = list(HOME)
REGISTERS = [
    # (name, function, weight, languages)
    ("remittance_receipt", remittance_receipt, 5, list(REMIT)),
    ("marina_berth_booking", marina_berth_booking, 4, list(MARINA)),
    ("museum_group_booking", museum_group_booking, 4, list(MUSEUM)),
    ("prayer_timetable", prayer_timetable, 2, list(PRAYER)),
    ("building_notice", building_notice, 4, list(BUILDING)),
    ("class_phone_tree", class_phone_tree, 4, list(PHONETREE)),
    ("party_invitation", party_invitation, 4, list(INVITE)),
    ("courier_pickup", courier_pickup, 4, list(COURIER)),
    ("language_school_enrolment", language_school_enrolment, 4, list(SCHOOL)),
    ("venue_hire_contract", venue_hire_contract, 3, list(VENUE)),
    ("consumer_complaint", consumer_complaint, 6, list(COMPLAINT)),
    ("card_fraud_report", card_fraud_report, 11, list(FRAUD)),
    ("topup_receipt", topup_receipt, 3, list(TOPUP)),
    ("catalogue_order_form_ocr", catalogue_order_form_ocr, 4, list(CATALOGUE)),
    ("irc_log", irc_log, 4, ["en", "de", "ru", "pl", "fr", "es"]),
    ("sms_backup_xml", sms_backup_xml, 3, ["en", "de", "fr", "es", "it", "pt", "ru", "tr", "ar", "zh", "ko", "th"]),
    ("humans_security_txt", humans_security_txt, 2, list(HUMANS)),
    ("password_manager_export", password_manager_export, 5, list(PWM)),
    ("stealer_log", stealer_log, 5, ["en", "en", "en", "pt", "es", "tr", "vi"]),
    ("slack_export_json", slack_export_json, 4, list(SLACK)),
    ("us_rental_application", us_rental_application, 7, list(RENTAL)),
    ("us_tenant_screening_report", us_tenant_screening_report, 6, ["en"]),
    ("us_benefits_application", us_benefits_application, 9, list(BENEFITS)),
    ("us_jury_questionnaire", us_jury_questionnaire, 4, ["en"]),
    ("us_wage_garnishment_order", us_wage_garnishment_order, 4, ["en"]),
    ("us_credit_card_application", us_credit_card_application, 5, list(CCAPP)),
    ("us_beneficiary_designation", us_beneficiary_designation, 4, ["en"]),
    ("us_retirement_rollover", us_retirement_rollover, 4, ["en"]),
    ("us_collector_crm_notes", us_collector_crm_notes, 6, ["en"]),
    ("us_ocr_tax_return", us_ocr_tax_return, 5, ["en"]),
    ("dataframe_printout", dataframe_printout, 4, ["en"]),
    ("payment_api_dump", payment_api_dump, 4, ["en"]),
    ("ids_alerts", ids_alerts, 2, ["en"]),
    ("netstat_arp", netstat_arp, 2, ["en"]),
]
