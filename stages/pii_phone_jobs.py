"""Labels that hold a phone word but name another number, for `stages/pii_phones.py` (blind28's
round, part a): the phone word there says what the number is *about* (a call, a fax), not that it
is one to dial.

- A head-first label: a word for "number", "ID" or "reference" starts the label and a phone word
  follows as its complement: "Réf. d'appel:", "Ref. de llamada:", "Rif. chiamata:", "Vorgangsnr.
  Ihres Anrufs:", "Nr zgłoszenia telefonicznego:", "ID факс-задания:", "ID invio fax:", "N° de tâche
  fax:", "رقم مهمة الفاكس:", "מזהה משימת פקס:", "شناسه ارسال فکس:". Not where the number word is
  the phone's own ("Nr telefonu", "Numéro de fax", "Номер телефона": `other_number_end` finds no
  other number there), nor a phone adjective right after the head ("Rif. telefonico:", Italian
  for a contact number), nor a noun that can lead a line's name ("Ticket hotline:", "Booking
  phone:": those are lines to call).
- A fax's job or a call's id: "fax_job", "Fax job ID", "Fax feladat azonosító", "Faksityön
  tunnus", "Faks iş no", "传真任务号", "फ़ैक्स जॉब आईडी", "Hívásazonosító", "Call-ID",
  "Opkaldsreference", "Gespreksreferentie" (a fax's own "Fax ID", the station's number, and a
  caller's id, "Caller ID", "Anrufer-ID", "Hívóazonosító", stay phones).
- An airline ticket in a reservation record: Amadeus' "FA PAX 057-9977827618/ETAF…" (the
  e-ticket's airline prefix and serial), not a phone.
"""
from __future__ import annotations

import re

from stages.pii_words import _PHONE_WORD, other_number_end

# a label's head that is itself a word for a number, an id or a reference (not a noun such as
# "ticket", "booking", "order", which also names a line: "Ticket hotline", "Bestell-Telefon")
_ID_HEAD = re.compile(
    r"[ \t\u00a0\"'(\[]*(?:id|ids|ref|réf|rif|reference|référence|referencia|riferimento|referência|referentie|"
    r"referenz|referens|reference|nr|no|nro|n[°º]|n\.[°º]|№|número|numéro|numero|numer|nummer|номер|číslo|"
    r"szám|αρ|αριθ|αριθμός|rifer\w*|[^\W\d_]{3,}(?:nr|nummer|numero|número)|"
    # a device's own identifiers (pii-classes28): "IMEI of returned phone:", "IMEI del teléfono:",
    # "Serial of the handset phone:": the phone word names whose id it is
    r"imei|imsi|iccid|meid|esn|udid|serial|s/n)(?![^\W\d_])\.?"
    r"|[ \t\u00a0]*(?:رقم|شماره|شمارهٔ|شناسه|מזהה|מס['׳]|รหัส|आईडी)",
    re.IGNORECASE)
_DEVICE_HEAD = re.compile(r"[ \t\u00a0\"'(\[]*(?:imei|imsi|iccid|meid|esn|udid|serial|s/n)(?![^\W\d_])", re.IGNORECASE)
# a phone adjective or noun right after the head: "Rif. telefonico", "Ref. telefónica", "ID tel."
_LINE_WORD = re.compile(r"[ \t\u00a0.:\-]*(?:tel|tél|phon|fon|mobil|cell|handy|moб|тел)", re.IGNORECASE)
# a fax's receipt, confirmation or message (blind29's round, part a): "Faxkvitto nr", "Faksikuittaus
# nro", "Faxbevestiging nr.", "Fax-visszaigazolás sz.", "№ факс-квитанции", "传真回执号", "Číslo
# faxové zprávy"; and head-first, the receipt word before the fax word: "N. ricevuta fax", "Số biên
# nhận fax", "เลขที่งานแฟกซ์", "Receipt of fax no." (a fax's own number, "Faxnummer", "Číslo faxu",
# "Số fax", stays a phone)
_RECEIPT = (r"receipt\w*|confirmation\w*|ricevut\w*|conferm\w*|quittung\w*|bestätigung\w*|sendebericht\w*|"
            r"kvitto\w*|kvittering\w*|kuittau\w*|kuitti\w*|квитанц\w*|подтвержд\w*|підтвердж\w*|回执|回執|"
            r"visszaigazol\w*|biên[ \t\u00a0]+nhận|xác[ \t\u00a0]+nhận|bevestig\w*|zpráv\w*|potvrzen\w*|"
            r"potwierdz\w*|reçu|accusé\w*|recibo\w*|confirmaci\w*|comprobante\w*|onay\w*|makbuz\w*|"
            r"αποδεικτ\w*|επιβεβαίωσ\w*|ใบเสร็จ|ใบรับ")
# a fax's job, or a call's id or reference, right after the phone word or inside it
_FAX = r"(?:fax|faks|факс|فکس|فاكس|传真|傳真|פקס|แฟกซ์|फ़ैक्स|फैक्स)"
_CALL = r"(?:call|hívás|anruf|opkald|gesprek|samtal|puhelu)"
_JOB = (r"(?:job|jobs|task|auftrag|aufträge|feladat\w*|iş|ty[öo]\w*|opdracht|jobb|zadani\w*|задани\w*|задач\w*|"
        rf"завданн\w*|úloh\w*|εργασ\w*|任务|任務|ジョブ|जॉब|งาน|{_RECEIPT})")
_REFERENCE = r"(?:id|azonosító\w*|referen\w*|tunnus\w*|ref)"
_FAX_JOB = re.compile(rf"{_FAX}[^\W\d]*?[ \t\u00a0_\-]*{_JOB}(?:(?![^\W\d_])|(?<=[\u3040-\u30ff\u4e00-\u9fff]))"
                      rf"(?:[ \t\u00a0_\-]*(?:{_REFERENCE}|no|nr|nro|sz|n[°º]|号|號|番号|आईडी)(?![^\W\d_])\.?)?|"
                      rf"(?:(?<![^\W\d_])(?:n|no|nr|nro|n[°º]|number|num|número|numéro|numero|số|№|#)(?![^\W\d_])|เลขที่)[ \t\u00a0.:]*"
                      rf"(?:{_RECEIPT}|งาน)[ \t\u00a0_\-]*(?:(?:of|de|di|du|del|des|the)[ \t\u00a0]+)*"
                      rf"{_FAX}(?![^\W\d_])\.?(?:[ \t\u00a0]*(?:no|nr|n[°º]|#)(?![^\W\d_])\.?)?|"
                      rf"(?<![^\W\d_]){_CALL}[^\W\d]*?[ \t\u00a0_\-]*{_REFERENCE}(?![^\W\d_])", re.IGNORECASE)
_CALLER = re.compile(r"caller|anrufer|hívó|appelant|chiamante|llamante", re.IGNORECASE)
# what may stand between a label and its number: a colon, a key's quotes, a dash
_TO_NUMBER = re.compile(r"[ \t\u00a0\"':：=#\-–]*$")
# a record's line, an entry in it ("Docket line 722-705-8603", "Invoice line 20260412"): not a
# telephone line (pii-classes32a)
_ENTRY_LINE = re.compile(r"(?<![^\W\d_])(?:docket|ledger|invoice|journal|statement|manifest)"
                         r"[ \t\u00a0]+line[ \t\u00a0]*(?:no\.?|nr\.?|#)?[ \t\u00a0:#.\-–]*$", re.IGNORECASE)
# Amadeus' ticket element: "FA PAX 057-9977827618/ETAF/…", "FA INF …", "FHE PAX …"
_TICKET_ELEMENT = re.compile(r"(?:^|[ \t])F[AH]E?[ \t]+(?:PAX|INF)[ \t]+$")


# a head that is a plain word for "number", and a purpose's preposition or infinitive mark between
# it and the phone word: the number is one to call ("Nummer att ringa tillbaka", "Numéro à
# rappeler", "Nummer zum Zurückrufen", "Numer do oddzwonienia"), not a call's or a fax's number
_NUMBER_HEAD = re.compile(r"[ \t\u00a0\"'(\[]*(?:nummer|number|numéro|numero|número|numer|номер|nr|no|nro|"
                          r"n[°º]|№)\.?", re.IGNORECASE)
_PURPOSE = re.compile(r"[ \t\u00a0]+(?:(?:att|zum|zur|für|to|for|à|pour|para|per|da|do|для|om|at|til|voor|um|"
                      r"te|å|på)[ \t\u00a0]+)+", re.IGNORECASE)


# a machine record's key right before its value: JSON's '"asset_tag": "', XML's '<MeterID>'; its
# last word names an id ("asset_tag", "MeterID", "serial_no", "deviceNumber"), none a phone
_RECORD_KEY = re.compile(r"\"([A-Za-z][\w.\-]{0,40})\"[ \t]*:[ \t]*\"?[ \t]*$|<([A-Za-z][\w.\-]{0,40})>[ \t]*$")
_ID_KEY_WORD = re.compile(r"(?i:id|ids|identifier|identifiers|tag|tags|no|nr|num|number|serial|sn|code|ref|reference|uuid|guid|sku|imei|"
                          r"iccid|imsi|meid|esn|mac|asset|token|key|hash)")
_FAX_WORD = re.compile(r"(?i:fax|faks|phone|tel|mobile|cell|msisdn|sms|whatsapp)")


def names_other_number(before: str, field: str) -> bool:
    """Whether the label right before a number (`before`: its sentence's text before it; `field`:
    that text from the last field border) names another number though it holds a phone word."""
    if _TICKET_ELEMENT.search(before) or _ENTRY_LINE.search(before):
        return True
    for job in _FAX_JOB.finditer(before):
        if _TO_NUMBER.match(before, job.end()) and not _CALLER.search(job.group()):
            return True
    key = _RECORD_KEY.search(before)
    if key is not None:
        name = key.group(1) or key.group(2)
        words = [word for word in re.split(r"[_.\-]+|(?<=[a-z])(?=[A-Z])", name) if word]
        return bool(words) and _ID_KEY_WORD.fullmatch(words[-1]) is not None and \
            not any(_PHONE_WORD.fullmatch(word) or _FAX_WORD.match(word) for word in words)
    label = re.split(r"[ \t\u00a0]/[ \t\u00a0]", field)[-1].strip(" \t\u00a0")
    phone = None
    for phone in _PHONE_WORD.finditer(label):
        pass
    if phone is None or not _TO_NUMBER.match(label, phone.end()) and not _FAX_JOB.search(label):
        return False
    if len(label.split()) > 6 or re.search(r"[\d/,&|+]", label):
        return False
    head = _ID_HEAD.match(label)
    device = head is not None and _DEVICE_HEAD.match(label) is not None  # ("IMEI телефона": the phone's)
    if head is None or head.end() > phone.start() or not device and _LINE_WORD.match(label, head.end()) and \
            _LINE_WORD.match(label, head.end()).end() >= phone.start():
        return False
    if re.match(r"[ \t\u00a0\"'(\[]*(?:رقم|شماره|شمارهٔ|شناسه|מזהה|מס['׳]|รหัส|आईडी)", label):
        if not label[head.end():phone.start()].strip(" \t\u00a0\u200c"):
            return False  # "מס' טלפון", "رقم الفاكس": the number word is the phone's own
        return not re.match(r"[ \t\u00a0]*[^\W\d_]*(?:تماس|تواصل|اتصال|קשר)", label[head.end():])
    if _NUMBER_HEAD.fullmatch(label[:head.end()]) and _PURPOSE.fullmatch(label[head.end():phone.start()]):
        return False  # "Nummer att ringa", "Nummer zum Zurückrufen", "Number to call": a line to call
    negative = other_number_end(label)
    return negative is not None and negative <= phone.start()
