"""A second blind PII test set (issue 26): web-like documents written without reading the PII step.

Written by a helper who never read stages/pii.py, stages/pii_phones.py, their tests or the other
generators' templates, so nothing here was shaped by what the step gets right or wrong. 17 registers
(footers, contact pages, forum posts, support chats, CVs, RSVPs, school newsletters, club rosters,
government notices, scam warnings, bank-transfer instructions, server logs, pasted spreadsheets,
e-mail signatures, OCR-like scans, order confirmations, US payroll/tenant forms) in 16 languages; phones of 60+ regions
(E.164, international, national, "00" and "(0)" forms, local, extensions), cards of 10 brands,
IBANs of 50+ countries, IPv4/IPv6, e-mails, US SSNs; hard negatives beside them (dates, prices,
order/tracking/ISBN/DOI numbers, versions, hashes, UUIDs, MACs, sort codes, routing numbers, ZIP+4,
masked cards, Luhn-invalid numbers, IBANs with a wrong check, ITINs, EINs, VAT ids, ...).

    python benchmarks/pii_blind2.py --write-set   # writes benchmarks/data/pii_blind2.jsonl

Scored by `benchmarks/pii_eval.py` as the set `blind2`. Span convention: a span is exactly the
value (no label, brackets or trailing punctuation); an extension written right after a phone
("ext. 12", "x204") is part of the phone's span. Gold is checked on writing: span text equals
text[start:end], no overlaps, every phone parses with phonenumbers, every card passes Luhn, every
IBAN passes schwifty, every IP parses with ipaddress.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import string
import sys
from collections import Counter
from pathlib import Path

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pii_blind import read_rows  # noqa: E402  (the JSON-lines reader every PII set shares)

DATA = Path(__file__).resolve().parent / "data"
SET_PATH = DATA / "pii_blind2.jsonl"
SEED = 20261205
DOCS = 1200
ENTITIES = ("EMAIL_ADDRESS", "PHONE_NUMBER", "IP_ADDRESS", "CREDIT_CARD", "IBAN_CODE", "US_SSN")

# ---------------------------------------------------------------------------------------------
# Languages: Faker locales, phone regions, IBAN countries, and the words people put around values.

LANGS = {
    "en": dict(locales=["en_US", "en_GB", "en_CA", "en_AU", "en_IE", "en_NZ", "en_IN", "en_PH", "en_NG", "en_KE"],
               regions=["US", "US", "US", "GB", "GB", "CA", "AU", "IE", "NZ", "IN", "PH", "NG", "KE", "ZA", "SG", "HK", "MT"],
               ibans=["GB", "IE", "MT", "CY", "GI"], tld=["com", "co.uk", "org", "net", "com.au", "ie", "ca", "io"]),
    "de": dict(locales=["de_DE", "de_AT", "de_CH"], regions=["DE", "DE", "AT", "CH", "LI", "LU"],
               ibans=["DE", "DE", "AT", "CH", "LI", "LU"], tld=["de", "at", "ch", "com"]),
    "fr": dict(locales=["fr_FR", "fr_BE", "fr_CH", "fr_CA"], regions=["FR", "FR", "BE", "CH", "CA", "LU", "MC", "MA", "SN"],
               ibans=["FR", "FR", "BE", "LU", "MC", "CH"], tld=["fr", "be", "ch", "ca", "com"]),
    "es": dict(locales=["es_ES", "es_MX", "es_AR", "es_CO", "es_CL"], regions=["ES", "ES", "MX", "AR", "CO", "CL", "PE", "UY"],
               ibans=["ES", "ES", "AD"], tld=["es", "com.mx", "com.ar", "co", "cl", "com"]),
    "it": dict(locales=["it_IT", "it_CH"], regions=["IT", "IT", "CH", "SM"], ibans=["IT", "IT", "SM", "VA"],
               tld=["it", "ch", "com"]),
    "pt": dict(locales=["pt_BR", "pt_PT"], regions=["BR", "BR", "PT", "AO", "MZ"], ibans=["PT", "BR"],
               tld=["com.br", "pt", "com"]),
    "nl": dict(locales=["nl_NL", "nl_BE"], regions=["NL", "NL", "BE"], ibans=["NL", "NL", "BE"], tld=["nl", "be", "com"]),
    "pl": dict(locales=["pl_PL"], regions=["PL"], ibans=["PL"], tld=["pl", "com.pl"]),
    "sv": dict(locales=["sv_SE", "fi_FI", "no_NO"], regions=["SE", "SE", "FI", "NO"], ibans=["SE", "FI", "NO"],
               tld=["se", "fi", "no"]),
    "da": dict(locales=["da_DK"], regions=["DK", "DK", "FO", "GL"], ibans=["DK", "FO", "GL"], tld=["dk"]),
    "cs": dict(locales=["cs_CZ", "sk_SK"], regions=["CZ", "SK"], ibans=["CZ", "SK"], tld=["cz", "sk"]),
    "tr": dict(locales=["tr_TR"], regions=["TR"], ibans=["TR"], tld=["com.tr", "tr"]),
    "ru": dict(locales=["ru_RU", "uk_UA"], regions=["RU", "RU", "UA", "KZ", "BY"], ibans=["UA", "KZ", "BY", "AZ", "GE"],
               tld=["ru", "com.ua", "kz", "by"]),
    "ja": dict(locales=["ja_JP"], regions=["JP"], ibans=[], tld=["jp", "co.jp", "ne.jp"]),
    "zh": dict(locales=["zh_CN", "zh_TW"], regions=["CN", "CN", "TW", "HK", "MO", "SG"], ibans=[], tld=["cn", "com.cn", "com.tw", "hk"]),
    "ar": dict(locales=["ar_SA", "ar_AE", "ar_EG", "ar_JO"], regions=["SA", "AE", "EG", "JO", "KW", "QA", "BH", "MA"],
               ibans=["SA", "AE", "JO", "QA", "KW", "BH", "EG"], tld=["sa", "ae", "com.eg", "com"]),
}
WEIGHTS = {"en": 30, "de": 8, "fr": 8, "es": 8, "it": 5, "pt": 5, "nl": 4, "pl": 4, "sv": 4, "da": 3, "cs": 3,
           "tr": 3, "ru": 4, "ja": 4, "zh": 4, "ar": 4}
EU_IBANS = ["DE", "FR", "ES", "IT", "NL", "BE", "AT", "PL", "SE", "DK", "FI", "PT", "IE", "GB", "CH", "CZ", "SK", "HU",
            "RO", "BG", "HR", "SI", "EE", "LV", "LT", "GR", "CY", "MT", "LU", "NO", "IS", "IL", "TR", "SA", "AE", "MU",
            "TN", "ME", "RS", "AL", "MD", "GE", "PK", "BR", "UA", "KZ", "QA", "JO"]

W = {  # label words; a tuple is a choice
    "en": dict(phone=("Phone", "Tel", "Tel.", "Call", "Phone number", "Ph", "T"), mobile=("Mobile", "Cell", "M"),
               fax=("Fax", "F"), email=("Email", "E-mail", "E", "Mail"), iban=("IBAN",), bic=("BIC", "SWIFT/BIC"),
               holder=("Account name", "Beneficiary", "Account holder"), amount=("Amount", "Total"),
               ref=("Reference", "Payment reference"), order=("Order no.", "Order #", "Order number"),
               invoice=("Invoice", "Invoice no."), date=("Date",), hours=("Opening hours", "Hours"),
               card=("Card number", "Card", "CC#"), customer=("Customer no.", "Account ID"),
               hello="Hi all,", bye="Thanks,", contact="Questions? Call {P} or email {E}.",
               transfer="Please transfer {A} by {D} to {H}, IBAN {I}, quoting {R}.",
               scam="Warning: someone calling from {P} claims to be from the bank and asks for your card.",
               rsvp="Please RSVP by {D} to {N} on {P} or at {E}.",
               ipline="My IP is {IP} and I still get blocked after the update to {V}.",
               neg="Order {O} placed on {D} for {A}, tracking {T}."),
    "de": dict(phone=("Telefon", "Tel.", "Tel", "Fon", "Rufnummer"), mobile=("Mobil", "Handy", "Mobiltelefon"),
               fax=("Fax", "Telefax"), email=("E-Mail", "Mail", "E-Mail-Adresse"), iban=("IBAN",), bic=("BIC",),
               holder=("Kontoinhaber", "Empfänger"), amount=("Betrag", "Summe"), ref=("Verwendungszweck",),
               order=("Bestellnummer", "Bestell-Nr."), invoice=("Rechnungsnummer", "Rechnung Nr."), date=("Datum",),
               hours=("Öffnungszeiten",), card=("Kartennummer", "Kreditkarte"), customer=("Kundennummer", "Kd.-Nr."),
               hello="Liebe Mitglieder,", bye="Viele Grüße", contact="Bei Fragen erreichen Sie uns unter {P} oder per E-Mail an {E}.",
               transfer="Bitte überweisen Sie {A} bis zum {D} an {H}, IBAN {I}, Verwendungszweck {R}.",
               scam="Achtung: Betrüger rufen derzeit von der Nummer {P} an und geben sich als Bankmitarbeiter aus.",
               rsvp="Bitte sagt bis zum {D} bei {N} zu: {P} oder {E}.",
               ipline="Meine IP ist {IP}, trotzdem werde ich seit Version {V} gesperrt.",
               neg="Bestellung {O} vom {D} über {A}, Sendungsnummer {T}."),
    "fr": dict(phone=("Téléphone", "Tél.", "Tél", "Tel"), mobile=("Portable", "Mobile", "GSM"), fax=("Fax", "Télécopie"),
               email=("E-mail", "Courriel", "Mél."), iban=("IBAN",), bic=("BIC",), holder=("Titulaire", "Bénéficiaire"),
               amount=("Montant",), ref=("Référence", "Motif"), order=("Commande n°", "N° de commande"),
               invoice=("Facture n°",), date=("Date",), hours=("Horaires",), card=("Numéro de carte", "Carte"),
               customer=("N° client",), hello="Chers parents,", bye="Cordialement,",
               contact="Pour toute question, appelez le {P} ou écrivez à {E}.",
               transfer="Merci de virer {A} avant le {D} à {H}, IBAN {I}, en indiquant la référence {R}.",
               scam="Attention : un faux conseiller appelle depuis le {P} et demande vos codes bancaires.",
               rsvp="Merci de confirmer avant le {D} auprès de {N} au {P} ou par mail à {E}.",
               ipline="Mon IP est {IP} et je suis toujours bloqué depuis la version {V}.",
               neg="Commande {O} du {D}, montant {A}, numéro de suivi {T}."),
    "es": dict(phone=("Teléfono", "Tel.", "Tlf.", "Tfno."), mobile=("Móvil", "Celular", "Cel."), fax=("Fax",),
               email=("Correo", "Correo electrónico", "E-mail", "Email"), iban=("IBAN",), bic=("BIC", "SWIFT"),
               holder=("Titular", "Beneficiario"), amount=("Importe", "Monto"), ref=("Concepto", "Referencia"),
               order=("Pedido n.º", "Nº de pedido"), invoice=("Factura n.º",), date=("Fecha",), hours=("Horario",),
               card=("Número de tarjeta", "Tarjeta"), customer=("Nº de cliente",), hello="Hola a todos,", bye="Saludos,",
               contact="Para cualquier duda, llámenos al {P} o escríbanos a {E}.",
               transfer="Por favor, transfiera {A} antes del {D} a {H}, IBAN {I}, concepto {R}.",
               scam="Cuidado: están llamando desde el {P} haciéndose pasar por el banco.",
               rsvp="Confirmad asistencia antes del {D} con {N}: {P} o {E}.",
               ipline="Mi IP es {IP} y me siguen bloqueando desde la versión {V}.",
               neg="Pedido {O} del {D} por {A}, número de seguimiento {T}."),
    "it": dict(phone=("Telefono", "Tel.", "Tel"), mobile=("Cellulare", "Cell."), fax=("Fax",), email=("E-mail", "Email", "Posta"),
               iban=("IBAN",), bic=("BIC",), holder=("Intestatario", "Beneficiario"), amount=("Importo",),
               ref=("Causale",), order=("Ordine n.",), invoice=("Fattura n.",), date=("Data",), hours=("Orari",),
               card=("Numero carta", "Carta"), customer=("Codice cliente",), hello="Cari soci,", bye="Cordiali saluti,",
               contact="Per informazioni chiamate il {P} o scrivete a {E}.",
               transfer="Si prega di versare {A} entro il {D} a {H}, IBAN {I}, causale {R}.",
               scam="Attenzione: truffatori chiamano dal numero {P} fingendosi operatori della banca.",
               rsvp="Conferma entro il {D} a {N}: {P} oppure {E}.",
               ipline="Il mio IP è {IP} e dalla versione {V} risulto bloccato.",
               neg="Ordine {O} del {D}, totale {A}, tracking {T}."),
    "pt": dict(phone=("Telefone", "Tel.", "Fone"), mobile=("Celular", "Telemóvel", "WhatsApp"), fax=("Fax",),
               email=("E-mail", "Email"), iban=("IBAN",), bic=("BIC", "SWIFT"), holder=("Titular", "Favorecido"),
               amount=("Valor", "Montante"), ref=("Referência",), order=("Pedido nº", "Encomenda nº"),
               invoice=("Fatura nº",), date=("Data",), hours=("Horário",), card=("Número do cartão", "Cartão"),
               customer=("Nº de cliente",), hello="Olá a todos,", bye="Abraços,",
               contact="Dúvidas? Ligue para {P} ou mande e-mail para {E}.",
               transfer="Por favor transfira {A} até {D} para {H}, IBAN {I}, referência {R}.",
               scam="Cuidado: golpistas estão ligando do número {P} dizendo ser do banco.",
               rsvp="Confirme presença até {D} com {N}: {P} ou {E}.",
               ipline="Meu IP é {IP} e continuo bloqueado desde a versão {V}.",
               neg="Pedido {O} de {D}, valor {A}, rastreio {T}."),
    "nl": dict(phone=("Telefoon", "Tel.", "Tel"), mobile=("Mobiel", "GSM"), fax=("Fax",), email=("E-mail", "Mail"),
               iban=("IBAN", "Rekeningnummer"), bic=("BIC",), holder=("Ten name van", "Begunstigde"), amount=("Bedrag",),
               ref=("Omschrijving", "Kenmerk"), order=("Bestelnummer",), invoice=("Factuurnummer",), date=("Datum",),
               hours=("Openingstijden",), card=("Kaartnummer",), customer=("Klantnummer",), hello="Beste leden,",
               bye="Met vriendelijke groet,", contact="Vragen? Bel {P} of mail naar {E}.",
               transfer="Graag {A} vóór {D} overmaken naar {H}, IBAN {I}, onder vermelding van {R}.",
               scam="Let op: oplichters bellen vanaf {P} en doen zich voor als de bank.",
               rsvp="Graag aanmelden vóór {D} bij {N}: {P} of {E}.",
               ipline="Mijn IP is {IP} en sinds versie {V} word ik geblokkeerd.",
               neg="Bestelling {O} van {D}, totaal {A}, track & trace {T}."),
    "pl": dict(phone=("Telefon", "Tel.", "tel."), mobile=("Komórka", "Tel. kom."), fax=("Faks",), email=("E-mail", "Adres e-mail"),
               iban=("IBAN", "Nr konta"), bic=("BIC", "SWIFT"), holder=("Odbiorca", "Właściciel rachunku"),
               amount=("Kwota",), ref=("Tytuł przelewu",), order=("Nr zamówienia",), invoice=("Faktura nr",),
               date=("Data",), hours=("Godziny otwarcia",), card=("Numer karty",), customer=("Nr klienta",),
               hello="Drodzy rodzice,", bye="Pozdrawiam,", contact="W razie pytań prosimy dzwonić pod {P} lub pisać na {E}.",
               transfer="Prosimy o przelew {A} do {D} na konto {H}, IBAN {I}, tytuł {R}.",
               scam="Uwaga: oszuści dzwonią z numeru {P} i podają się za pracowników banku.",
               rsvp="Prosimy o potwierdzenie do {D} u {N}: {P} lub {E}.",
               ipline="Moje IP to {IP}, a od wersji {V} nadal mam blokadę.",
               neg="Zamówienie {O} z dnia {D}, kwota {A}, numer przesyłki {T}."),
    "sv": dict(phone=("Telefon", "Tel.", "Tfn"), mobile=("Mobil", "Mobiltelefon"), fax=("Fax",), email=("E-post", "Mejl", "E-mail"),
               iban=("IBAN",), bic=("BIC",), holder=("Mottagare", "Kontoinnehavare"), amount=("Belopp",),
               ref=("Meddelande", "Referens"), order=("Ordernummer",), invoice=("Fakturanummer",), date=("Datum",),
               hours=("Öppettider",), card=("Kortnummer",), customer=("Kundnummer",), hello="Hej alla,",
               bye="Vänliga hälsningar,", contact="Frågor? Ring {P} eller mejla {E}.",
               transfer="Betala {A} senast {D} till {H}, IBAN {I}, märk betalningen {R}.",
               scam="Varning: bedragare ringer från {P} och påstår att de är från banken.",
               rsvp="OSA senast {D} till {N} på {P} eller {E}.",
               ipline="Min IP är {IP} och sedan version {V} blir jag fortfarande blockerad.",
               neg="Order {O} den {D}, summa {A}, kollinummer {T}."),
    "da": dict(phone=("Telefon", "Tlf.", "Tlf"), mobile=("Mobil",), fax=("Fax",), email=("E-mail", "Mail"), iban=("IBAN",),
               bic=("BIC",), holder=("Modtager", "Kontohaver"), amount=("Beløb",), ref=("Tekst", "Reference"),
               order=("Ordrenummer",), invoice=("Fakturanummer",), date=("Dato",), hours=("Åbningstider",),
               card=("Kortnummer",), customer=("Kundenummer",), hello="Kære alle,", bye="Venlig hilsen,",
               contact="Spørgsmål? Ring på {P} eller skriv til {E}.",
               transfer="Indbetal venligst {A} senest {D} til {H}, IBAN {I}, mærket {R}.",
               scam="Advarsel: svindlere ringer fra {P} og udgiver sig for at være banken.",
               rsvp="Tilmelding senest {D} til {N} på {P} eller {E}.",
               ipline="Min IP er {IP}, og siden version {V} er jeg stadig blokeret.",
               neg="Ordre {O} af {D}, beløb {A}, pakkenummer {T}."),
    "cs": dict(phone=("Telefon", "Tel.", "tel."), mobile=("Mobil",), fax=("Fax",), email=("E-mail", "Email"), iban=("IBAN",),
               bic=("BIC", "SWIFT"), holder=("Majitel účtu", "Příjemce"), amount=("Částka",), ref=("Zpráva pro příjemce",),
               order=("Číslo objednávky",), invoice=("Faktura č.",), date=("Datum",), hours=("Otevírací doba",),
               card=("Číslo karty",), customer=("Číslo zákazníka",), hello="Vážení rodiče,", bye="S pozdravem,",
               contact="S dotazy volejte {P} nebo pište na {E}.",
               transfer="Prosíme o úhradu {A} do {D} na účet {H}, IBAN {I}, zpráva {R}.",
               scam="Pozor: podvodníci volají z čísla {P} a vydávají se za banku.",
               rsvp="Účast potvrďte do {D} u {N}: {P} nebo {E}.",
               ipline="Moje IP je {IP} a od verze {V} jsem pořád blokovaný.",
               neg="Objednávka {O} ze dne {D}, částka {A}, číslo zásilky {T}."),
    "tr": dict(phone=("Telefon", "Tel", "Tel."), mobile=("Cep", "GSM", "Cep Tel."), fax=("Faks",), email=("E-posta", "E-mail"),
               iban=("IBAN",), bic=("SWIFT",), holder=("Alıcı", "Hesap sahibi"), amount=("Tutar",), ref=("Açıklama",),
               order=("Sipariş no",), invoice=("Fatura no",), date=("Tarih",), hours=("Çalışma saatleri",),
               card=("Kart numarası",), customer=("Müşteri no",), hello="Merhaba,", bye="Saygılarımızla,",
               contact="Sorularınız için {P} numarasını arayın veya {E} adresine yazın.",
               transfer="Lütfen {A} tutarını {D} tarihine kadar {H} adına {I} IBAN numarasına gönderin, açıklama: {R}.",
               scam="Dikkat: dolandırıcılar {P} numarasından arayıp banka görevlisi olduklarını söylüyor.",
               rsvp="Katılımınızı {D} tarihine kadar {N} kişisine bildirin: {P} veya {E}.",
               ipline="IP adresim {IP} ve {V} sürümünden beri hâlâ engelleniyorum.",
               neg="{D} tarihli {O} numaralı sipariş, tutar {A}, kargo takip no {T}."),
    "ru": dict(phone=("Телефон", "Тел.", "тел."), mobile=("Моб.", "Мобильный"), fax=("Факс",), email=("E-mail", "Эл. почта", "Почта"),
               iban=("IBAN",), bic=("БИК", "SWIFT"), holder=("Получатель",), amount=("Сумма",), ref=("Назначение платежа",),
               order=("Заказ №", "Номер заказа"), invoice=("Счёт №",), date=("Дата",), hours=("Часы работы",),
               card=("Номер карты", "Карта"), customer=("Номер клиента",), hello="Здравствуйте!", bye="С уважением,",
               contact="По всем вопросам звоните {P} или пишите на {E}.",
               transfer="Просим перечислить {A} до {D} на счёт {H}, IBAN {I}, назначение: {R}.",
               scam="Осторожно: мошенники звонят с номера {P} и представляются сотрудниками банка.",
               rsvp="Подтвердите участие до {D} у {N}: {P} или {E}.",
               ipline="Мой IP {IP}, и после обновления до {V} меня всё равно блокируют.",
               neg="Заказ {O} от {D} на сумму {A}, трек-номер {T}."),
    "ja": dict(phone=("電話", "TEL", "電話番号", "Tel"), mobile=("携帯",), fax=("FAX",), email=("メール", "E-mail", "Eメール"),
               iban=("IBAN",), bic=("SWIFT",), holder=("口座名義",), amount=("金額",), ref=("参照番号",),
               order=("注文番号",), invoice=("請求書番号",), date=("日付",), hours=("営業時間",), card=("カード番号",),
               customer=("お客様番号",), hello="皆様へ", bye="よろしくお願いいたします。",
               contact="お問い合わせは {P} または {E} までご連絡ください。",
               transfer="{D}までに{A}を{H}（IBAN {I}）へお振込みください。参照番号 {R}。",
               scam="注意：{P} から銀行員を名乗る不審な電話がかかってきています。",
               rsvp="{D}までに{N}（{P} / {E}）へ出欠をご連絡ください。",
               ipline="IPは {IP} ですが、バージョン {V} 以降もブロックされます。",
               neg="注文番号 {O}（{D}）、合計 {A}、追跡番号 {T}。"),
    "zh": dict(phone=("电话", "電話", "Tel", "联系电话"), mobile=("手机",), fax=("传真",), email=("邮箱", "电子邮件", "Email"),
               iban=("IBAN",), bic=("SWIFT",), holder=("收款人",), amount=("金额",), ref=("附言",), order=("订单号",),
               invoice=("发票号",), date=("日期",), hours=("营业时间",), card=("卡号",), customer=("客户编号",),
               hello="各位好：", bye="谢谢！", contact="如有疑问，请致电 {P} 或发邮件至 {E}。",
               transfer="请于{D}前将{A}汇至{H}，IBAN {I}，附言 {R}。",
               scam="提醒：有人用 {P} 冒充银行客服打电话，索要验证码。",
               rsvp="请于{D}前回复{N}：{P} 或 {E}。",
               ipline="我的IP是 {IP}，升级到 {V} 之后还是被封。",
               neg="订单 {O}，{D}下单，金额 {A}，运单号 {T}。"),
    "ar": dict(phone=("هاتف", "الهاتف", "رقم الهاتف", "Tel"), mobile=("جوال", "الجوال", "واتساب"), fax=("فاكس",),
               email=("البريد الإلكتروني", "الإيميل", "Email"), iban=("IBAN", "رقم الآيبان"), bic=("SWIFT",),
               holder=("اسم المستفيد",), amount=("المبلغ",), ref=("المرجع",), order=("رقم الطلب",), invoice=("رقم الفاتورة",),
               date=("التاريخ",), hours=("ساعات العمل",), card=("رقم البطاقة",), customer=("رقم العميل",),
               hello="مرحباً،", bye="مع التحية،", contact="للاستفسار اتصلوا على {P} أو راسلونا على {E}.",
               transfer="يرجى تحويل {A} قبل {D} إلى {H}، الآيبان {I}، المرجع {R}.",
               scam="تحذير: محتالون يتصلون من الرقم {P} ويدّعون أنهم من البنك.",
               rsvp="يرجى تأكيد الحضور قبل {D} مع {N}: {P} أو {E}.",
               ipline="عنوان IP الخاص بي {IP} وما زلت محظوراً منذ الإصدار {V}.",
               neg="الطلب {O} بتاريخ {D} بمبلغ {A}، رقم التتبع {T}."),
}


# ---------------------------------------------------------------------------------------------
# Values.

def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for check in "0123456789":
        if luhn_ok(body + check):
            return body + check
    raise AssertionError(body)


CARD_BRANDS = [  # (brand, prefixes, lengths, grouping by length)
    ("visa", ["4"], [16, 16, 16, 13, 19]),
    ("mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2488", "2720", "2611"], [16]),
    ("amex", ["34", "37"], [15]),
    ("discover", ["6011", "65", "644", "647", "649"], [16, 19]),
    ("diners", ["36", "300", "305", "38"], [14]),
    ("jcb", ["3528", "3530", "3566", "3589"], [16]),
    ("unionpay", ["62"], [16, 19]),
    ("maestro", ["5018", "5020", "6304", "6759", "6761"], [12, 16, 19]),
    ("mir", ["2200", "2201", "2204"], [16]),
    ("elo", ["636368", "504175", "509048"], [16]),
]


def card_digits(rng: random.Random) -> tuple[str, str]:
    brand, prefixes, lengths = rng.choice(CARD_BRANDS)
    prefix, length = rng.choice(prefixes), rng.choice(lengths)
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return brand, luhn_complete(body)


def group(digits: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def card(rng: random.Random) -> str:
    brand, digits = card_digits(rng)
    n = len(digits)
    sep = rng.choice([" ", " ", "-", "", " "])
    if n == 15:
        return group(digits, [4, 6, 5], sep)
    if n == 14:
        return group(digits, [4, 6, 4], sep)
    if n == 19 and rng.random() < 0.3:
        return group(digits, [6, 13], sep or " ")
    return group(digits, [4] * 5, sep)


def bad_card(rng: random.Random) -> str:
    """16 digits grouped like a card, Luhn-invalid."""
    _, digits = card_digits(rng)
    digits = digits[:-1] + str((int(digits[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(digits)
    return group(digits, [4] * 5, rng.choice([" ", "-", ""]))


def masked_card(rng: random.Random) -> str:
    last = "".join(rng.choice(string.digits) for _ in range(4))
    return rng.choice([f"**** **** **** {last}", f"XXXX-XXXX-XXXX-{last}", f"•••• {last}", f"ending in {last}",
                       f"4{rng.randint(100, 999)} 12** **** {last}", f"************{last}", f"xxxx xxxx xxxx {last}"])


def random_iban(rng: random.Random, country: str):
    """schwifty's random IBAN for a real bank of `country`, with a numeric account code (schwifty
    draws it from the spec's alphabet, letters included, which real account numbers rarely have)."""
    from schwifty import IBAN
    from schwifty.bban import _get_bban_spec
    from schwifty.domain import Component

    spec = _get_bban_spec(country)
    position = spec.positions.get(Component.ACCOUNT_CODE) if spec.has_positions else None
    if position:
        try:
            account = "".join(rng.choice(string.digits) for _ in range(position.length))
            return IBAN.random(country_code=country, random=rng, account_code=account)
        except Exception:  # a national check inside the account code: let schwifty draw it
            pass
    return IBAN.random(country_code=country, random=rng)


def iban(rng: random.Random, country: str) -> str:
    value = random_iban(rng, country)
    style = rng.random()
    if style < 0.6:
        return value.formatted
    if style < 0.95:
        return value.compact
    return value.formatted.replace(" ", "-") if rng.random() < 0.3 else value.formatted.replace(" ", "  ")


def bad_iban(rng: random.Random, country: str) -> str:
    from schwifty import IBAN

    compact = random_iban(rng, country).compact
    check = int(compact[2:4])
    wrong = f"{(check + rng.randint(1, 90)) % 97 or 2:02d}"
    if wrong == compact[2:4]:
        wrong = f"{(check + 1) % 97:02d}"
    value = compact[:2] + wrong + compact[4:]
    try:
        IBAN(value)
        return bad_iban(rng, country)
    except Exception:
        pass
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if rng.random() < 0.6 else value


def phone_number(rng: random.Random, region: str, kind: int | None = None) -> pn.PhoneNumber:
    kinds = [PNT.MOBILE, PNT.FIXED_LINE, PNT.FIXED_LINE, PNT.MOBILE, PNT.TOLL_FREE]
    for _ in range(60):
        k = kind if kind is not None else rng.choice(kinds)
        example = pn.example_number_for_type(region, k)
        if example is None:
            kind = None
            continue
        nsn = pn.national_significant_number(example)
        keep = max(2, len(nsn) - rng.randint(4, 7))
        candidate = nsn[:keep] + "".join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
        number = pn.PhoneNumber(country_code=example.country_code, national_number=int(candidate),
                                italian_leading_zero=example.italian_leading_zero,
                                number_of_leading_zeros=example.number_of_leading_zeros)
        if pn.is_valid_number_for_region(number, region):
            return number
    raise RuntimeError(f"no valid phone for {region}")


def phone(rng: random.Random, region: str, *, allow_local: bool = True, kind: int | None = None) -> str:
    number = phone_number(rng, region, kind)
    intl = pn.format_number(number, PNF.INTERNATIONAL)
    national = pn.format_number(number, PNF.NATIONAL)
    e164 = pn.format_number(number, PNF.E164)
    cc = str(number.country_code)
    style = rng.random()
    if style < 0.25:
        text = intl
    elif style < 0.45:
        text = national
    elif style < 0.53:
        text = e164
    elif style < 0.60:
        text = "00" + intl[1:]
    elif style < 0.66:
        text = intl.replace(" ", "-") if " " in intl else intl
    elif style < 0.71:
        text = intl.replace(" ", ".").replace("-", ".")
    elif style < 0.76 and national.startswith("0") and region not in ("IT", "SM", "VA"):
        rest = intl[len(cc) + 2:]
        text = f"+{cc} (0){rest}" if rng.random() < 0.5 else f"+{cc} (0) {rest}"
    elif style < 0.82:
        digits = "".join(ch for ch in national if ch.isdigit())
        text = digits
    elif style < 0.88 and region in ("US", "CA"):
        nsn = pn.national_significant_number(number)
        text = rng.choice([f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                           f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                           f"({nsn[:3]}) {nsn[3:6]} {nsn[6:]}", f"+1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"])
    elif style < 0.92 and allow_local:
        area = pn.length_of_geographical_area_code(number)
        nsn = pn.national_significant_number(number)
        local = nsn[area:] if area else ""
        if area and 6 <= len(local) <= 8:
            text = local[:len(local) - 4] + rng.choice(["-", " ", ""]) + local[len(local) - 4:]
            if region in ("US", "CA"):
                text = local[:3] + "-" + local[3:]
            check = pn.parse(text, region)
            if pn.is_possible_number_with_reason(check) != pn.ValidationResult.IS_POSSIBLE_LOCAL_ONLY \
                    and not pn.is_valid_number(check):
                text = national
        else:
            text = national
    else:
        text = intl
    if rng.random() < 0.07:
        ext = str(rng.randint(1, 9999))
        text += rng.choice([f" ext. {ext}", f" ext {ext}", f" x{ext}", f" x {ext}", f" Ext. {ext}", f"x{ext}"])
    return text


def faker_phone(rng: random.Random, fake, region: str) -> str:
    if not hasattr(fake, "phone_number"):  # a few Faker locales have no phone provider
        return phone(rng, region)
    for _ in range(8):
        text = fake.phone_number()
        try:
            number = pn.parse(text, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(number) and text.strip() == text and not text.endswith((")", ".")):
            return text
    return phone(rng, region)


NEW_TLDS = ["io", "dev", "app", "photography", "berlin", "paris", "london", "shop", "online", "studio", "club",
            "tech", "xyz", "email", "agency", "co", "me", "info", "travel", "museum", "community", "nyc", "tokyo"]


def email(rng: random.Random, fake, lang: str) -> str:
    first, last = _ascii(fake.first_name()).lower(), _ascii(fake.last_name()).lower()
    if not (first and last):  # names in another script: Faker's romanised user name, split
        user = fake.user_name().lower()
        parts = [_ascii(p) for p in user.replace("_", ".").split(".")]
        parts = [p for p in parts if p] or [rng.choice(["wei", "yuki", "olga", "ahmed", "mehmet"])]
        first, last = parts[0], parts[-1] if len(parts) > 1 else parts[0][::-1][:3]
    local = rng.choice([f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}", f"{first}_{last}",
                        f"{last}{rng.randint(1, 99)}", f"{first}.{last}{rng.randint(60, 99)}", first,
                        rng.choice(["info", "kontakt", "contact", "office", "hello", "admin", "sekretariat",
                                    "support", "billing", "noreply", "rsvp", "booking", "careers"])])
    if rng.random() < 0.12:
        local += "+" + rng.choice(["news", "shop", "2024", "billing", "work", "spam", "rsvp"])
    if rng.random() < 0.05:
        local = local.replace(".", "-")
    style = rng.random()
    if style < 0.3:
        domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "gmx.de", "web.de",
                             "orange.fr", "libero.it", "wp.pl", "yandex.ru", "mail.ru", "qq.com", "163.com",
                             "yahoo.co.jp", "seznam.cz", "proton.me", "hotmail.co.uk", "uol.com.br", "t-online.de",
                             "live.nl", "telia.com", "bigpond.com", "rediffmail.com"])
    elif style < 0.7:
        domain = _ascii(fake.domain_word()).lower().strip("-") or "firma"
        domain += "." + rng.choice(LANGS[lang]["tld"])
    elif style < 0.85:
        domain = (_ascii(fake.domain_word()).lower().strip("-") or "studio") + "." + rng.choice(NEW_TLDS)
    else:
        sub = rng.choice(["mail", "cs", "math.uni", "dept", "eu", "staff", "alumni", "students", "mx1", "lists"])
        domain = f"{sub}.{_ascii(fake.domain_word()).lower().strip('-') or 'school'}." + rng.choice(
            ["edu", "ac.uk", "edu.au", "org", "gov", "de", "ac.jp", "edu.pl", "uni-koeln.de"][:9])
    address = f"{local}@{domain}"
    if rng.random() < 0.04:
        address = address[0].upper() + address[1:]
    return address


def _ascii(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in "-")).strip("-")


def ipv4(rng: random.Random) -> str:
    while True:
        style = rng.random()
        if style < 0.25:
            value = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif style < 0.35:
            value = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        elif style < 0.42:
            value = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        else:
            value = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        address = ipaddress.IPv4Address(value)
        if not (address.is_loopback or address.is_multicast or address.is_unspecified):
            return value


def ipv6(rng: random.Random) -> str:
    style = rng.random()
    groups = [rng.randint(0, 0xFFFF) for _ in range(8)]
    groups[0] = rng.choice([rng.randint(0x2000, 0x2fff), rng.randint(0xfd00, 0xfdff), 0x2a01, 0x2003, 0x2604])
    if style < 0.35:
        prefix = rng.choice([[0x2001, 0x0db8], [0x2a02, rng.randint(0, 0xFFFF)], [0x2600, rng.randint(0, 0xFFFF)],
                             [0x2001, rng.randint(0, 0xFFFF)], [0xfe80, 0]])
        groups[:2] = prefix
        zeros = rng.randint(2, 5)
        start = rng.randint(2, 8 - zeros)
        for i in range(start, start + zeros):
            groups[i] = 0
        if prefix[0] == 0xfe80:
            groups[1:4] = [0, 0, 0]
    groups[7] = groups[7] or 1  # no trailing "::", which reads like punctuation
    address = ipaddress.IPv6Address(int("".join(f"{g:04x}" for g in groups), 16))
    if style < 0.75:
        text = address.compressed
    elif style < 0.9:
        text = ":".join(f"{g:x}" for g in groups)
    else:
        text = address.exploded
    if rng.random() < 0.12:
        text = text.upper()
    return text


def ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    digits = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice(["-", "-", "-", "-", " ", ""]).join(digits)


# --- hard negatives ---------------------------------------------------------------------------

def rdate(rng: random.Random, pattern: str, first: int = 1950, last: int = 2026) -> str:
    """A date drawn from `rng` (Faker's dates move with the clock, which would change the set)."""
    import datetime

    start = datetime.date(first, 1, 1).toordinal()
    return datetime.date.fromordinal(rng.randint(start, datetime.date(last, 12, 31).toordinal())).strftime(pattern)


def aba_routing(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for last in range(10):
            n = d + [last]
            if (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0:
                return "".join(map(str, n))


def isbn13(rng: random.Random) -> str:
    body = "978" + str(rng.randint(0, 1)) + "".join(rng.choice(string.digits) for _ in range(8))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    check = (10 - total % 10) % 10
    full = body + str(check)
    return rng.choice([f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}", full])


def ean13(rng: random.Random) -> str:
    body = rng.choice(["400", "590", "871", "300", "843", "460", "690", "500"]) + \
        "".join(rng.choice(string.digits) for _ in range(9))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def negative(rng: random.Random, lang: str, fake) -> tuple[str, str]:
    """A labelled look-alike that is not one of the six types: (label, value)."""
    w = W[lang]
    kind = rng.randrange(34)
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if kind == 0:
        return rng.choice(w["order"]), rng.choice([d(10), d(8), f"{d(3)}-{d(7)}-{d(7)}", f"#{d(9)}"])
    if kind == 1:
        return "ISBN", isbn13(rng)
    if kind == 2:
        return "DOI", f"10.{rng.randint(1000, 9999)}/{rng.choice(['s', 'j.', 'ACS.'])}{d(5)}-{d(3)}-{d(4)}-{d(1)}"
    if kind == 3:
        return "ISSN", f"{d(4)}-{d(3)}{rng.choice(string.digits + 'X')}"
    if kind == 4:
        return rng.choice(["Tracking", "UPS", "Sendung", "Track"]), rng.choice(
            [f"1Z{''.join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))}{d(10)}",
             f"9400 {d(4)} {d(4)} {d(4)} {d(4)} {d(2)}", d(12), f"JJD{d(18)}", f"LX{d(9)}CN"])
    if kind == 5:
        return "Version", rng.choice([f"{rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}",
                                      f"10.0.{rng.randint(10000, 26000)}.{rng.randint(100, 5000)}",
                                      f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 250)}",
                                      f"{rng.randint(100, 130)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 250)}"])
    if kind == 6:
        return "SHA-256", "".join(rng.choice("0123456789abcdef") for _ in range(64))
    if kind == 7:
        return "commit", "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([7, 12, 40])))
    if kind == 8:
        import uuid
        return "UUID", str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == 9:
        sep = rng.choice([":", "-"])
        mac = sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))
        return "MAC", mac.upper() if rng.random() < 0.5 else mac
    if kind == 10:
        return rng.choice(["S/N", "Serial", "Seriennr."]), rng.choice(
            [f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}{d(9)}", f"{d(4)}-{d(4)}-{d(4)}", d(11)])
    if kind == 11:
        return "Sort code", f"{d(2)}-{d(2)}-{d(2)}"
    if kind == 12:
        return rng.choice(["Routing number", "ABA", "Routing"]), aba_routing(rng)
    if kind == 13:
        return rng.choice(["ZIP", "ZIP+4"]), f"{d(5)}-{d(4)}"
    if kind == 14:
        return rng.choice(w["card"]), masked_card(rng)
    if kind == 15:
        return rng.choice(["Voucher code", "Gift card code", "Membership no.", "Policy number", "Booking ref"]), bad_card(rng)
    if kind == 16:
        return rng.choice(["Old account (closed)", "Ref", "Mandate ID", "Test value"]), bad_iban(rng, rng.choice(EU_IBANS))
    if kind == 17:
        return "ITIN", f"9{d(2)}-{rng.choice(['70', '78', '81', '88', '90', '93'])}-{d(4)}"
    if kind == 18:
        return rng.choice(["EIN", "Tax ID (EIN)", "FEIN"]), f"{rng.randint(10, 99)}-{d(7)}"
    if kind == 19:
        return rng.choice(w["date"]), rdate(rng, rng.choice(["%d.%m.%Y", "%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%Y%m%d"]))
    if kind == 20:
        return rng.choice(w["amount"]), rng.choice([f"{rng.randint(1, 99999):,}.{d(2)} €", f"${rng.randint(1, 9999):,}.{d(2)}",
                                                    f"{rng.randint(1, 9999)},{d(2)} zł", f"¥{rng.randint(100, 999999):,}",
                                                    f"R$ {rng.randint(1, 9999)},{d(2)}", f"CHF {rng.randint(1, 9999)}.–"])
    if kind == 21:
        return "GPS", f"{rng.uniform(-80, 80):.6f}, {rng.uniform(-170, 170):.6f}"
    if kind == 22:
        return rng.choice(w["invoice"]), rng.choice([f"{rng.randint(2019, 2026)}-{d(6)}", f"RE{d(8)}", d(9)])
    if kind == 23:
        return rng.choice(w["customer"]), rng.choice([d(8), d(10), f"{d(3)} {d(3)} {d(4)}"])
    if kind == 24:
        return "EAN", ean13(rng)
    if kind == 25:
        return rng.choice(["VAT", "USt-IdNr.", "TVA", "P.IVA", "NIF"]), rng.choice(
            [f"DE{d(9)}", f"FR{d(11)}", f"IT{d(11)}", f"ESB{d(8)}", f"GB{d(3)} {d(4)} {d(2)}", f"NL{d(9)}B01"])
    if kind == 26:
        return "BIC", rng.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "BARCGB22", "UNCRITMM",
                                  "CAIXESBBXXX", "NDEASESS", "RZBAATWW", "PKOPPLPW", "GIBACZPX", "TGBATRIS"])
    if kind == 27:
        return rng.choice(["Time", "Uhrzeit"]), rng.choice([f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                                                            f"{rng.randint(8, 11)}:00–{rng.randint(12, 19)}:30",
                                                            f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{d(3)}"])
    if kind == 28:
        return rng.choice(["Masked phone", "Anrufer"]), rng.choice([f"+49 30 {d(4)} XXXX", f"(***) ***-{d(4)}",
                                                                    f"+44 7*** ***{d(3)}", f"06 ** ** ** {d(2)}"])
    if kind == 29:
        return "Masked e-mail", f"{rng.choice(string.ascii_lowercase)}***{rng.choice(string.ascii_lowercase)}@{rng.choice(['gmail.com', 'web.de', 'yahoo.fr'])}"
    if kind == 30:
        return rng.choice(["Postcode", "PLZ", "CP", "CEP"]), rng.choice([f"SW1A {d(1)}AA", d(5), f"{d(5)}-{d(3)}",
                                                                        f"{d(2)}-{d(3)}", f"{d(3)}-{d(4)}", f"{d(3)} {d(2)}"])
    if kind == 31:
        return "Account no.", rng.choice([d(8), f"{d(4)} {d(4)}", f"{d(3)}-{d(6)}-{d(3)}"])
    if kind == 32:
        return "ASN", f"AS{rng.randint(1000, 65000)}"
    return rng.choice(["Ticket", "Case", "Ref"]), rng.choice([f"#{d(6)}", f"INC{d(7)}", f"CS-{d(4)}-{d(5)}"])


# ---------------------------------------------------------------------------------------------
# Documents.

class Builder:
    """Text with gold spans: `text` appends plain text, `pii` appends a value and records its span."""

    def __init__(self):
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []

    def text(self, piece: str) -> None:
        self.parts.append(piece)
        self.size += len(piece)

    def pii(self, entity: str, value: str) -> None:
        self.spans.append({"type": entity, "start": self.size, "end": self.size + len(value), "text": value})
        self.text(value)

    def fill(self, template: str, values: dict) -> None:
        """`template` with {X} slots; values[X] is (entity or None, value)."""
        import re

        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            self.text(template[pos:m.start()])
            entity, value = values[m.group(1)]
            if entity:
                self.pii(entity, value)
            else:
                self.text(value)
            pos = m.end()
        self.text(template[pos:])

    def value(self) -> str:
        return "".join(self.parts)


class Gen:
    def __init__(self, rng: random.Random, lang: str):
        from faker import Faker

        self.rng, self.lang, self.w = rng, lang, W[lang]
        self.locale = rng.choice(LANGS[lang]["locales"])
        self.fake = Faker(self.locale)
        self.fake.seed_instance(rng.getrandbits(32))
        country = self.locale.split("_")[1]
        home = country if country in LANGS[lang]["regions"] and rng.random() < 0.7 else None
        self.region = home or rng.choice(LANGS[lang]["regions"])

    def label(self, key: str) -> str:
        return self.rng.choice(self.w[key])

    def phone(self, region: str | None = None, **kw) -> tuple[str, str]:
        region = region or (self.region if self.rng.random() < 0.85 else self.rng.choice(
            ["US", "GB", "DE", "FR", "IN", "BR", "JP", "AU", "ZA", "AE", "MX", "IT", "ES", "NL", "PL", "SE", "CH",
             "IE", "SG", "HK", "KR", "TW", "IL", "TR", "EG", "NG", "KE", "PH", "ID", "TH", "VN", "MY", "PK", "CZ",
             "HU", "RO", "GR", "PT", "AR", "CO", "CL", "NZ", "CA", "BE", "AT", "DK", "NO", "FI", "UA", "SA", "MA"]))
        if self.rng.random() < 0.2 and region == self.region:
            return "PHONE_NUMBER", faker_phone(self.rng, self.fake, region)
        return "PHONE_NUMBER", phone(self.rng, region, **kw)

    def email(self) -> tuple[str, str]:
        return "EMAIL_ADDRESS", email(self.rng, self.fake, self.lang)

    def iban(self) -> tuple[str, str]:
        countries = LANGS[self.lang]["ibans"]
        country = self.rng.choice(countries) if countries and self.rng.random() < 0.75 else self.rng.choice(EU_IBANS)
        return "IBAN_CODE", iban(self.rng, country)

    def card(self) -> tuple[str, str]:
        return "CREDIT_CARD", card(self.rng)

    def ip(self) -> tuple[str, str]:
        return "IP_ADDRESS", ipv4(self.rng) if self.rng.random() < 0.6 else ipv6(self.rng)

    def neg(self) -> tuple[str, str]:
        return negative(self.rng, self.lang, self.fake)

    def plain(self, value: str) -> tuple[None, str]:
        return None, value

    def date(self) -> tuple[None, str]:
        return None, rdate(self.rng, self.rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m."]), 2025, 2027)

    def amount(self) -> tuple[None, str]:
        return None, self.rng.choice([f"{self.rng.randint(5, 900)},00 €", f"${self.rng.randint(5, 900)}.00",
                                      f"{self.rng.randint(5, 900)} EUR", f"£{self.rng.randint(5, 900)}"])

    def name(self) -> str:
        return self.fake.name()

    def company(self) -> str:
        return self.fake.company()


def _sep(rng) -> str:
    return rng.choice([": ", ": ", " ", ":  ", " - ", ": "])


def labelled_lines(g: Gen, b: Builder, items: list[tuple[str, tuple]], joiner: str = "\n") -> None:
    for i, (label, (entity, value)) in enumerate(items):
        if i:
            b.text(joiner)
        b.text(label + _sep(g.rng))
        if entity:
            b.pii(entity, value)
        else:
            b.text(value)


def reg_footer(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"© {rng.randint(2009, 2026)} {g.company()} · {g.fake.address().replace(chr(10), ', ')}\n")
    items = [(g.label("phone"), g.phone()), (g.label("email"), g.email())]
    if rng.random() < 0.5:
        items.insert(1, (g.label("fax"), g.phone(allow_local=False)))
    for _ in range(rng.randint(1, 2)):
        items.append(g.neg())
        items[-1] = (items[-1][0], (None, items[-1][1]))
    rng.shuffle(items)
    labelled_lines(g, b, items, joiner=rng.choice([" | ", " · ", " • ", "\n", "  "]))
    b.text(rng.choice(["\n", "\nImpressum | Datenschutz | AGB\n", "\nPrivacy · Terms · Cookies\n", "\n"]))


def reg_contact(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.company()}\n{g.fake.address()}\n\n")
    items = [(g.label("phone"), g.phone()), (g.label("mobile"), g.phone(kind=PNT.MOBILE)),
             (g.label("email"), g.email())]
    if rng.random() < 0.4:
        items.append((g.label("hours"), (None, f"{rng.randint(7, 10)}:00–{rng.randint(16, 19)}:00")))
    neg = g.neg()
    items.append((neg[0], (None, neg[1])))
    rng.shuffle(items)
    labelled_lines(g, b, items)
    b.text("\n\n")
    b.fill(g.w["contact"], {"P": g.phone(), "E": g.email()})
    b.text("\n")


def reg_forum(g: Gen, b: Builder) -> None:
    rng = g.rng
    user = _ascii(g.fake.user_name()) or "user42"
    b.text(f"Re: {rng.choice(['router', 'VPN', 'Forum', 'server', 'login', 'Minecraft'])} — {user} » "
           f"{rdate(rng, '%d.%m.%Y')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}\n\n")
    v = negative(rng, "en", g.fake)
    version = f"{rng.randint(1, 15)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    b.fill(g.w["ipline"], {"IP": g.ip(), "V": g.plain(version)})
    b.text(" ")
    gw = ipv4(rng)
    b.text(rng.choice(["Gateway ", "gw ", "Router: "]))
    b.pii("IP_ADDRESS", gw)
    b.text(rng.choice([", DNS ", ", ", "; dns "]))
    b.pii("IP_ADDRESS", rng.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9", "2606:4700:4700::1111", "2001:4860:4860::8888",
                                    ipv4(rng)]))
    b.text(f". {v[0]} {v[1]}.\n")
    if rng.random() < 0.4:
        b.text(rng.choice(["PM me: ", "Contact me at ", "mail: ", "Write to "]))
        b.pii(*g.email())
        b.text(rng.choice([" :)", ".", " thx", "\n"]))
    b.text("\n")


def reg_chat(g: Gen, b: Builder) -> None:
    rng = g.rng
    agent, customer = g.fake.first_name(), g.fake.first_name()
    turns = rng.randint(3, 6)
    for i in range(turns):
        who = agent if i % 2 else customer
        b.text(f"[{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}] {who}: ")
        choice = rng.randrange(7)
        if choice == 0:
            b.fill(g.w["neg"], {"O": g.plain(str(rng.randint(10**7, 10**9))),
                                "D": g.date(), "A": g.amount(), "T": g.plain(f"1Z{rng.randint(10**9, 10**10)}")})
        elif choice == 1:
            b.text(rng.choice(["my email is ", "E-Mail: ", "send it to ", "mail: "]))
            b.pii(*g.email())
        elif choice == 2:
            b.text(rng.choice(["you can reach me on ", "call me back at ", "Tel ", "my number: "]))
            b.pii(*g.phone())
            b.text(rng.choice(["", ".", " please", " (after 5pm)"]))
        elif choice == 3:
            b.text(rng.choice(["card ", "the card is ", "charge ", "CC "]))
            b.pii(*g.card())
            b.text(rng.choice([f" exp {rng.randint(1, 12):02d}/{rng.randint(26, 31)}", "", f" CVV {rng.randint(100, 999)}"]))
        elif choice == 4:
            label, value = g.neg()
            b.text(f"{label} {value}")
        elif choice == 5 and g.lang == "en":
            b.text(rng.choice(["SSN ", "my social is ", "SSN: ", "social security number "]))
            b.pii("US_SSN", ssn(rng))
        else:
            b.text(rng.choice(["ok", "thanks!", "one moment please", "👍", "let me check"]))
        b.text("\n")


def reg_cv(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.name().upper() if rng.random() < 0.3 else g.name()}\n{g.fake.job()}\n{g.fake.address().replace(chr(10), ', ')}\n")
    items = [(g.label("phone"), g.phone()), (g.label("email"), g.email())]
    if rng.random() < 0.5:
        items.append(("LinkedIn", (None, f"linkedin.com/in/{_ascii(g.fake.user_name()) or 'me'}")))
    items.append((rng.choice(["Born", "Geburtsdatum", "Date of birth", "Né le"]), (None, rdate(rng, "%d.%m.%Y"))))
    labelled_lines(g, b, items, joiner=rng.choice(["\n", " | ", " · "]))
    b.text("\n\n")
    for _ in range(rng.randint(2, 3)):
        start = rng.randint(2005, 2022)
        b.text(f"{start}–{start + rng.randint(1, 4)}  {g.fake.job()}, {g.company()}\n")
    b.text(f"GPA 3.{rng.randint(1, 9)} · IELTS {rng.randint(5, 9)}.{rng.choice([0, 5])}\n")


def reg_rsvp(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.w['hello']}\n")
    b.text(f"{g.name()} & {g.name()} — {rdate(rng, '%d.%m.%Y')}, {rng.randint(14, 19)}:{rng.choice(['00', '30'])}\n")
    b.fill(g.w["rsvp"], {"D": g.date(), "N": g.plain(g.fake.first_name()), "P": g.phone(), "E": g.email()})
    b.text(f"\nGift list / Geschenkliste: {rng.choice(['ref', 'code'])} {rng.randint(100000, 999999)}\n")
    if rng.random() < 0.3:
        b.fill(g.w["transfer"], {"A": g.amount(), "D": g.date(), "H": g.plain(g.name()), "I": g.iban(),
                                 "R": g.plain(f"RSVP-{rng.randint(10, 99)}")})
        b.text("\n")
    b.text(f"{g.w['bye']}\n")


def reg_newsletter(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.w['hello']}\n")
    b.text(f"{g.fake.sentence()} {g.fake.sentence()}\n")
    neg = g.neg()
    b.text(f"{neg[0]}: {neg[1]}. ")
    b.fill(g.w["contact"], {"P": g.phone(), "E": g.email()})
    b.text("\n")
    if rng.random() < 0.5:
        b.fill(g.w["transfer"], {"A": g.amount(), "D": g.date(), "H": g.plain(g.company()), "I": g.iban(),
                                 "R": g.plain(f"{g.fake.last_name()} {rng.randint(1, 9)}{rng.choice('abc')}")})
        b.text("\n")
    b.text(f"{g.w['bye']}\n{g.name()}\n")


def reg_roster(g: Gen, b: Builder) -> None:
    rng = g.rng
    sep = rng.choice([" | ", "\t", ";", ",", "  "])
    header = ["#", "Name", g.label("phone"), g.label("email"), rng.choice(["Member no.", "Nr.", "ID"]), "Since"]
    b.text(sep.join(header) + "\n")
    for i in range(rng.randint(3, 7)):
        b.text(f"{i + 1}{sep}{g.name()}{sep}")
        b.pii(*g.phone(region=g.region))
        b.text(sep)
        b.pii(*g.email())
        b.text(f"{sep}{rng.randint(1000, 99999)}{sep}{rng.randint(1995, 2026)}\n")


def reg_notice(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.fake.address().splitlines()[-1]}, {rdate(rng, '%d.%m.%Y')}\n")
    b.text(f"{rng.choice(['Az.', 'Ref.', 'N/Réf.', 'Expediente', 'Sygn.'])} {rng.randint(1, 99)}-{rng.randint(1000, 9999)}/{rng.randint(2019, 2026)}\n")
    b.text(f"{g.fake.paragraph(nb_sentences=2)}\n")
    b.text(f"Hotline ({rng.randint(8, 9)}–{rng.randint(16, 18)} h): ")
    b.pii(*g.phone(kind=rng.choice([PNT.TOLL_FREE, PNT.FIXED_LINE]), allow_local=False))
    b.text(" · ")
    b.text(f"{g.label('email')}: ")
    b.pii(*g.email())
    neg = g.neg()
    b.text(f"\n§ {rng.randint(1, 200)} Abs. {rng.randint(1, 9)} — {neg[0]} {neg[1]}\n")


def reg_scam(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.fill(g.w["scam"], {"P": g.phone()})
    b.text(" ")
    if rng.random() < 0.6:
        b.text(rng.choice(["They asked me to send money to ", "IBAN from the fake invoice: ", "Scam IBAN: ",
                           "They gave the account "]))
        b.pii(*g.iban())
        b.text(". ")
    if rng.random() < 0.4:
        b.text(rng.choice(["The phishing mail came from ", "Sender: ", "From: "]))
        b.pii(*g.email())
        b.text(rng.choice([" ", ". "]))
    if rng.random() < 0.4:
        b.text("The fake site resolved to ")
        b.pii("IP_ADDRESS", ipv4(rng))
        b.text(". ")
    neg = g.neg()
    b.text(f"({neg[0]}: {neg[1]})\n")


def reg_transfer(g: Gen, b: Builder) -> None:
    rng = g.rng
    holder = g.company() if rng.random() < 0.5 else g.name()
    items = [(g.label("holder"), (None, holder)), (g.label("iban"), g.iban())]
    if rng.random() < 0.7:
        items.append((g.label("bic"), (None, rng.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A",
                                                         "BARCGB22", "UNCRITMM", "CAIXESBBXXX", "NDEASESS"]))))
    items.append((g.label("amount"), g.amount()))
    items.append((g.label("ref"), (None, f"{rng.choice(['INV', 'RE', 'FA', 'Nr'])}-{rng.randint(10000, 999999)}")))
    if g.lang == "en" and rng.random() < 0.5:
        items.append(("Sort code", (None, f"{rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}")))
        items.append(("Account number", (None, str(rng.randint(10**7, 10**8 - 1)))))
    if g.lang == "en" and rng.random() < 0.3:
        items.append(("ABA routing", (None, aba_routing(rng))))
    labelled_lines(g, b, items)
    b.text("\n")
    if rng.random() < 0.5:
        b.fill(g.w["transfer"], {"A": g.amount(), "D": g.date(), "H": g.plain(holder), "I": g.iban(),
                                 "R": g.plain(str(rng.randint(10**5, 10**7)))})
        b.text("\n")


def reg_log(g: Gen, b: Builder) -> None:
    rng = g.rng
    for _ in range(rng.randint(3, 7)):
        style = rng.randrange(4)
        ts = f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:" \
             f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
        if style == 0:
            b.pii(*g.ip())
            b.text(f' - - [{rng.randint(1, 28):02d}/Mar/2026:{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00 +0000] '
                   f'"GET /api/v{rng.randint(1, 3)}/items/{rng.randint(1, 99999)} HTTP/1.1" {rng.choice([200, 301, 404, 500])} '
                   f'{rng.randint(100, 99999)} "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{rng.randint(100, 130)}.0.'
                   f'{rng.randint(1000, 6999)}.{rng.randint(10, 250)}"\n')
        elif style == 1:
            mac = ":".join(f"{rng.randint(0, 255):02x}" for _ in range(6))
            b.text(f"{ts} dhcpd: DHCPACK on ")
            b.pii("IP_ADDRESS", ipv4(rng))
            b.text(f" to {mac} via eth{rng.randint(0, 3)}\n")
        elif style == 2:
            import uuid
            b.text(f"{ts} sshd[{rng.randint(100, 65000)}]: Failed password for {_ascii(g.fake.user_name())} from ")
            b.pii(*g.ip())
            b.text(f" port {rng.randint(1024, 65535)} ssh2 session={uuid.UUID(int=rng.getrandbits(128), version=4)}\n")
        else:
            b.text(f"{ts} mailer: delivered to <")
            b.pii(*g.email())
            b.text(f"> relay=mx{rng.randint(1, 3)}[")
            b.pii("IP_ADDRESS", ipv4(rng))
            b.text(f"] dsn=2.0.0 msgid={''.join(rng.choice('0123456789abcdef') for _ in range(16))}\n")


def reg_sheet(g: Gen, b: Builder) -> None:
    rng = g.rng
    sep = rng.choice([",", "\t", ";"])
    cols = rng.sample(["name", "phone", "email", "card", "iban", "date", "amount", "order", "zip"], 5)
    if not any(c in cols for c in ("phone", "email", "card", "iban")):
        cols[0] = "email"
    b.text(sep.join(cols) + "\n")
    for _ in range(rng.randint(3, 6)):
        for j, col in enumerate(cols):
            if j:
                b.text(sep)
            if col == "name":
                b.text(g.name())
            elif col == "phone":
                b.pii(*g.phone(region=g.region, allow_local=False))
            elif col == "email":
                b.pii(*g.email())
            elif col == "card":
                b.pii("CREDIT_CARD", card_digits(rng)[1] if rng.random() < 0.6 else card(rng))
            elif col == "iban":
                b.pii(*g.iban())
            elif col == "date":
                b.text(rdate(rng, "%Y-%m-%d"))
            elif col == "amount":
                b.text(f"{rng.randint(1, 9999)}.{rng.randint(0, 99):02d}")
            elif col == "order":
                b.text(str(rng.randint(10**8, 10**10)))
            else:
                b.text(f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}")
        b.text("\n")


def reg_signature(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.w['bye']}\n\n--\n{g.name()}\n{g.fake.job()} | {g.company()}\n")
    style = rng.randrange(3)
    if style == 0:
        b.text("T ")
        b.pii(*g.phone())
        b.text(" | M ")
        b.pii(*g.phone(kind=PNT.MOBILE))
        b.text("\n")
        b.pii(*g.email())
    elif style == 1:
        b.text(f"{g.label('email')}: <")
        b.pii(*g.email())
        b.text(f">\n{g.label('phone')}: ")
        b.pii(*g.phone())
    else:
        b.text("mailto:")
        b.pii(*g.email())
        b.text(f" · {g.label('mobile')} ")
        b.pii(*g.phone(kind=PNT.MOBILE))
    b.text(f"\n{g.fake.address().replace(chr(10), ', ')}\n")
    if rng.random() < 0.5:
        neg = g.neg()
        b.text(f"{neg[0]} {neg[1]}\n")
    b.text(rng.choice(["Sent from my iPhone\n", "Please consider the environment before printing this e-mail.\n", ""]))


def reg_ocr(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.company().upper()}\n{g.fake.address().replace(chr(10), '  ')}\n")
    b.text(rng.choice(["Te1. : ", "Tel . : ", "TEL ", "Tel.:"]))
    b.pii(*g.phone(allow_local=False))
    b.text("     ")
    b.text(rng.choice(["E-Mai l: ", "E-Mail : ", "EMAIL "]))
    b.pii(*g.email())
    b.text("\n" + " ".join(g.fake.words(6)) + " -\n" + " ".join(g.fake.words(5)) + "\n")
    if rng.random() < 0.6:
        b.text(rng.choice(["I BAN : ", "IBAN ", "IBAN:  "]))
        b.pii(*g.iban())
        b.text("\n")
    neg = g.neg()
    b.text(f"{neg[0]} :  {neg[1]}\n")


def reg_order(g: Gen, b: Builder) -> None:
    rng = g.rng
    b.text(f"{g.label('order')} {rng.randint(10**6, 10**9)} — {rdate(rng, '%d.%m.%Y')}\n")
    b.text(f"{g.label('card')}: {masked_card(rng)}\n")
    for _ in range(rng.randint(1, 3)):
        b.text(f"{rng.randint(1, 3)} × {g.fake.word().title()} (EAN {ean13(rng)})  {rng.randint(2, 200)},{rng.randint(0, 99):02d}\n")
    b.text(f"{g.label('email')}: ")
    b.pii(*g.email())
    b.text("\n")
    neg = g.neg()
    b.text(f"{neg[0]}: {neg[1]}\n")
    if rng.random() < 0.5:
        b.text(f"{g.label('phone')}: ")
        b.pii(*g.phone())
        b.text("\n")


def reg_ssn_form(g: Gen, b: Builder) -> None:
    """US forms and HR threads (SSNs live almost only in US English text)."""
    rng = g.rng
    b.text(rng.choice(["EMPLOYEE INFORMATION\n", "W-4 worksheet (copy)\n", "Tenant application\n", "Re: payroll question\n"]))
    b.text(f"Name: {g.name()}\n")
    b.text(rng.choice(["SSN: ", "Social Security No.: ", "Social Security Number ", "SSN# "]))
    b.pii("US_SSN", ssn(rng))
    b.text("\n")
    negs = [("ITIN", f"9{rng.randint(10, 99)}-{rng.choice(['70', '78', '88', '92'])}-{rng.randint(1000, 9999)}"),
            ("Employer EIN", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"),
            ("ZIP", f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"),
            ("Routing", aba_routing(rng)),
            ("DOB", f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2004)}")]
    for label, value in rng.sample(negs, 3):
        b.text(f"{label}: {value}\n")
    b.text(f"{g.label('phone')}: ")
    b.pii(*g.phone(region="US"))
    b.text(f"\n{rng.choice(['Spouse SSN', 'Dependent SSN', 'SSN (co-applicant)'])}: ")
    b.pii("US_SSN", ssn(rng))
    b.text("\n")


REGISTERS = {"footer": reg_footer, "contact": reg_contact, "forum": reg_forum, "support_chat": reg_chat,
             "cv": reg_cv, "rsvp": reg_rsvp, "newsletter": reg_newsletter, "roster": reg_roster,
             "notice": reg_notice, "scam_warning": reg_scam, "bank_transfer": reg_transfer, "log": reg_log,
             "spreadsheet": reg_sheet, "signature": reg_signature, "ocr": reg_ocr, "order": reg_order,
             "ssn_form": reg_ssn_form}


def generate(n: int = DOCS, seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    langs = list(WEIGHTS)
    rows = []
    for i in range(n):
        lang = rng.choices(langs, weights=[WEIGHTS[x] for x in langs])[0]
        names = [r for r in REGISTERS if r != "ssn_form" or lang == "en"]
        register = rng.choices(names, weights=[5 if r == "ssn_form" else 1 for r in names])[0]
        g = Gen(random.Random(rng.getrandbits(64)), lang)
        b = Builder()
        REGISTERS[register](g, b)
        host = (_ascii(g.fake.domain_word()).lower().strip("-") or "site") + f"-{i}." + rng.choice(LANGS[lang]["tld"])
        rows.append({"id": f"blind2-{i}", "register": register, "url": f"https://{host}/{register.replace('_', '-')}",
                     "language": lang, "locale": g.locale, "text": b.value(), "spans": b.spans})
    return rows


# ---------------------------------------------------------------------------------------------
# Gold checks.

def check(rows: list[dict]) -> Counter:
    from schwifty import IBAN

    counts = Counter()
    for row in rows:
        text, spans = row["text"], sorted(row["spans"], key=lambda s: s["start"])
        for a, b in zip(spans, spans[1:]):
            assert a["end"] <= b["start"], (row["id"], a, b)
        for s in spans:
            value = s["text"]
            assert text[s["start"]:s["end"]] == value, (row["id"], s)
            assert value == value.strip() and value[-1] not in ".,;:)>", (row["id"], s)
            assert s["type"] in ENTITIES
            before = text[s["start"] - 1] if s["start"] else " "
            after = text[s["end"]] if s["end"] < len(text) else " "
            assert not (before.isalnum() and value[0].isalnum()), (row["id"], s)
            assert not (after.isalnum() and value[-1].isalnum()), (row["id"], s)
            if s["type"] == "PHONE_NUMBER":
                assert _phone_parses(value), (row["id"], s)
            elif s["type"] == "CREDIT_CARD":
                digits = "".join(ch for ch in value if ch.isdigit())
                assert 12 <= len(digits) <= 19 and luhn_ok(digits), (row["id"], s)
            elif s["type"] == "IBAN_CODE":
                IBAN(value.replace("-", " "))
            elif s["type"] == "IP_ADDRESS":
                ipaddress.ip_address(value)
            elif s["type"] == "US_SSN":
                digits = value.replace("-", "").replace(" ", "")
                assert len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9"
                assert digits[3:5] != "00" and digits[5:] != "0000"
            elif s["type"] == "EMAIL_ADDRESS":
                local, _, domain = value.partition("@")
                assert local and "." in domain and " " not in value
            counts[s["type"]] += 1
    return counts


def _phone_parses(value: str) -> bool:
    import re

    base = re.split(r"\s*(?:ext\.?|Ext\.|x)\s*\d+$", value)[0]
    regions = ["US"] if base.startswith("+") else sorted(pn.SUPPORTED_REGIONS)
    for region in regions:
        try:
            number = pn.parse(base, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(number) or pn.is_possible_number_with_reason(number) == \
                pn.ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
            return True
    return False


def load() -> list[dict]:
    return read_rows(SET_PATH)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-set", action="store_true", help="write " + SET_PATH.name)
    args = parser.parse_args()
    rows = generate()
    counts = check(rows)
    print(f"{len(rows)} documents, {sum(len(r['spans']) for r in rows)} spans; gold checks passed")
    for entity in ENTITIES:
        print(f"  {entity:14s} {counts[entity]:5d}")
    print("  languages:", dict(Counter(r["language"] for r in rows).most_common()))
    print("  registers:", dict(Counter(r["register"] for r in rows).most_common()))
    if args.write_set:
        DATA.mkdir(exist_ok=True)
        SET_PATH.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print("wrote", SET_PATH)


if __name__ == "__main__":
    sys.exit(main())
