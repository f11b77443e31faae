"""The US pages of the blind18 set: 8 registers carrying SSNs, seven layouts, English and some
Spanish (benchmarks/pii_blind18.py says what the set is and under which rules it was written)."""

from __future__ import annotations

import json
import random

from benchmarks.pii_blind18_values import (
    Doc,
    aba,
    at_lookalike,
    at_traps,
    card,
    card_text,
    email,
    imei,
    invalid_ssn,
    masked_card,
    not_card_number,
    phone_number,
    phone_text,
    ssn,
    ssn_text,
)

FIRST = ("James", "Maria", "Tyrone", "Jennifer", "Luis", "Ashley", "Kevin", "Guadalupe", "Brianna", "Dwayne",
         "Megan", "Hector", "Tanya", "Cody", "Rosa", "DeShawn")
LAST = ("Johnson", "Ramirez", "Whitaker", "Nguyen", "Kowalski", "Washington", "Hernandez", "O'Brien", "Patel",
        "Thibodeaux", "Yazzie", "McAllister", "Delgado", "Brooks", "Lindgren", "Foster")
DOMAINS = ("gmail.com", "yahoo.com", "aol.com", "comcast.net", "att.net", "outlook.com", "icloud.com", "verizon.net")

# register -> (English title, Spanish title or None, subject role, second role, register's own 9-digit id label)
US_REGISTERS = {
    "vital_records_requests": ("Application for Certified Copy of Birth/Death Record", "Solicitud de copia certificada de acta",
                               "Registrant", "Applicant", "State file no."),
    "everify_case_exports": ("E-Verify Case Details (export)", None, "Employee", "HR contact", "Case verification no."),
    "real_id_applications": ("REAL ID Driver License Application", "Solicitud de licencia REAL ID",
                             "Applicant", "Parent/guardian", "Audit no."),
    "va_claim_worksheets": ("VA Disability Compensation Claim Worksheet", None, "Veteran", "Dependent spouse",
                            "VA file no."),
    "financial_aid_verification": ("Financial Aid Verification Worksheet 2027-28", "Hoja de verificación de ayuda financiera",
                                   "Student", "Parent 1", "Student ID"),
    "bail_bond_applications": ("Bail Bond Application & Indemnity Agreement", "Solicitud de fianza y acuerdo de indemnización",
                               "Defendant", "Indemnitor", "Booking no."),
    "annuity_surrender_requests": ("Annuity Surrender / Withdrawal Request", None, "Owner", "Joint owner", "Contract no."),
    "nanny_payroll_worksheets": ("Household Employee Payroll Worksheet (Schedule H)", "Hoja de nómina de empleada del hogar",
                                 "Employee", "Employer", "State UI acct."),
}
SSN_LABELS_EN = ("SSN", "Social Security No.", "Social Security Number", "SOC SEC #", "SS#", "Soc. Sec. No.", "SSN (full)",
                 "Taxpayer SSN", "social")
SSN_LABELS_ES = ("Número de Seguro Social", "N.º de Seguro Social", "Seguro Social", "SSN", "No. de SS")
OCR_SSN = ("S0cial Secur1ty No", "SSN:|", "Soc1al Sec. #", "S S N", "SociaI Security Number")


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", email(rng, first.lower(), last.lower().replace("'", ""), rng.choice(DOMAINS))


def _us_phone(rng: random.Random) -> str:
    num = phone_number(rng, rng.choice(("US", "US", "US", "PR", "CA")))
    text = phone_text(rng, num, rng.choice(("national", "national", "intl", "e164", "dashes")))
    if rng.random() < 0.3:
        nat = str(num.national_number)
        text = rng.choice((f"{nat[:3]}-{nat[3:6]}-{nat[6:]}", f"{nat[:3]}.{nat[3:6]}.{nat[6:]}", f"1-{nat[:3]}-{nat[3:6]}-{nat[6:]}"))
    if rng.random() < 0.12:
        text += rng.choice((f" ext. {rng.randint(10, 9999)}", f" x{rng.randint(10, 999)}"))
    return text


def _ssn(rng: random.Random, plain_ok: bool) -> str:
    styles = ("dash", "dash", "space", "dot", "plain") if plain_ok else ("dash", "dash", "space")
    return ssn_text(ssn(rng), rng.choice(styles))


def _date(rng: random.Random) -> str:
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1948, 2009)
    return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"))


def _negs(rng: random.Random, idlabel: str) -> list[tuple[str, str]]:
    """Numbers beside the SSNs that are not SSNs, cards or phones by the span rules."""
    pool = [("EIN", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"),
            ("ITIN", f"9{rng.randint(0, 99):02d}-{rng.choice((70, 78, 88, 92))}-{rng.randint(1000, 9999)}"),
            ("Routing (ABA)", aba(rng)), ("Account no.", str(rng.randint(10 ** 9, 10 ** 12))),
            (idlabel, str(rng.randint(100000000, 999999999))), ("ZIP", f"{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}"),
            ("Member ID", f"{rng.choice('ABWXZ')}{rng.randint(10 ** 8, 10 ** 9 - 1)}"), ("Case no.", f"{rng.randint(2025, 2027)}-{rng.randint(100000, 999999)}"),
            ("Prior SSN on file (invalid)", invalid_ssn(rng)), ("Card on file", masked_card(rng)),
            ("Gift card", " ".join([not_card_number(rng)])), ("Device IMEI", imei(rng)),
            ("Last 4 of SSN", f"xxx-xx-{rng.randint(1000, 9999)}"), ("Alien no.", f"A{rng.randint(10 ** 8, 10 ** 9 - 1)}"),
            ("DL no.", f"{rng.choice('DFGKMS')}{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}"),
            ("Receipt no.", f"IOE{rng.randint(10 ** 9, 10 ** 10 - 1)}")]
    rng.shuffle(pool)
    return pool[:rng.randint(4, 6)]


def _fields(rng: random.Random, register: str, es: bool) -> list[tuple[str, str, str]]:
    _, _, role1, role2, idlabel = US_REGISTERS[register]
    labels = SSN_LABELS_ES if es else SSN_LABELS_EN
    tel = "Teléfono" if es else rng.choice(("Phone", "Home phone", "Cell", "Daytime tel.", "PH"))
    mail = "Correo electrónico" if es else rng.choice(("Email", "E-mail address", "EMAIL"))
    out: list[tuple[str, str, str]] = []
    for role in (role1, role2):
        name, mail_v = _person(rng)
        out.append(("", f"{role} name" if not es else f"Nombre ({role})", name))
        out.append(("", "DOB" if not es else "Fecha de nacimiento", _date(rng)))
        out.append(("US_SSN", f"{role} {rng.choice(labels)}", _ssn(rng, plain_ok=True)))
        out.append(("PHONE_NUMBER", tel, _us_phone(rng)))
        if rng.random() < 0.35:
            out.append(("EMAIL_ADDRESS", mail, mail_v))
    if rng.random() < 0.9:
        out.append(("US_SSN", rng.choice(labels), _ssn(rng, plain_ok=True)))
    if rng.random() < 0.5:
        out.append(("PHONE_NUMBER", "Contacto de emergencia" if es else rng.choice(("Emergency contact", "Work phone", "Alt. phone")),
                    _us_phone(rng)))
    if rng.random() < 0.75:
        out.append(("US_SSN", rng.choice(("Child SSN", "Dependent SSN", "Spouse SSN")) if not es else "SSN del menor",
                    _ssn(rng, plain_ok=True)))
    for _ in range(1 + (rng.random() < 0.45)):
        out.append(("", rng.choice(("Gift card no.", "Loyalty no.", "Tracking #", "Policy no.", "Tarjeta regalo" if es else "Device IMEI")),
                    rng.choice((not_card_number(rng), imei(rng), " ".join([not_card_number(rng)])))))
        digits, groups = card(rng)
        out.append(("CREDIT_CARD", rng.choice(("Card number", "Credit card #", "Payment card", "CC#")) if not es
                    else "Número de tarjeta", card_text(rng, digits, groups, rng.choice(("space", "dash", "plain")))))
    for label, value in _negs(rng, idlabel):
        out.append(("", label, value))
    return out


def _put(doc: Doc, kind: str, value: str) -> None:
    if kind:
        doc.val(kind, value)
    else:
        doc.add(value)


def form(doc: Doc, rng: random.Random, fields: list) -> None:
    for kind, label, value in fields:
        doc.add(rng.choice((f"{label}: ", f"{label.upper()}  ", f"{label} ____ ", f"{label}\t")))
        _put(doc, kind, value)
        doc.add("\n")


def ocr(doc: Doc, rng: random.Random, fields: list) -> None:
    for kind, label, value in fields:
        if kind == "US_SSN":
            label = rng.choice(OCR_SSN)
        doc.add(f"{label.replace('o', '0', 1) if rng.random() < 0.3 else label}  |  ")
        _put(doc, kind, value)
        doc.add(rng.choice(("  |", "", " ]", "  ¦")) + "\n")


def sheet(doc: Doc, rng: random.Random, fields: list, es: bool) -> None:
    sep = rng.choice((",", "\t", " | ", ";"))
    head = ["name", "dob", "ssn" if not es else "seguro_social", "phone", "email", "employee_id", "zip"]
    head = [h.upper() for h in head] if rng.random() < 0.5 else head
    doc.add(sep.join(head) + "\n")
    for _ in range(rng.randint(3, 6)):
        name, mail = _person(rng)
        doc.add(f"{name}{sep}{_date(rng)}{sep}").val("US_SSN", ssn_text(ssn(rng), rng.choice(("plain", "dash", "plain"))))
        doc.add(sep).val("PHONE_NUMBER", _us_phone(rng)).add(sep)
        if rng.random() < 0.3:
            doc.val("EMAIL_ADDRESS", mail)
        else:
            doc.add(at_lookalike(rng, name.split()[0].lower(), "x", rng.choice(DOMAINS)))
        doc.add(f"{sep}{rng.randint(100000000, 999999999)}{sep}{rng.randint(10000, 99999)}-{rng.randint(1000, 9999)}\n")
    for kind, label, value in fields:
        if not kind:
            doc.add(f"{label}{sep}{value}\n")


def chat(doc: Doc, rng: random.Random, fields: list, es: bool) -> None:
    agent, user = rng.choice(("Agent Kim", "Rep 4471", "Support (Dana)") if not es else ("Agente Kim", "Soporte (Dana)")), rng.choice(FIRST)
    if es:
        lines = {"US_SSN": ("mi seguro social es {}", "el SSN de mi esposo: {}", "aquí va mi número social {}"),
                 "PHONE_NUMBER": ("llámeme al {}", "mi cel {}"), "EMAIL_ADDRESS": ("mi correo es {}",),
                 "CREDIT_CARD": ("pague con la tarjeta {}",), "": ("{}",)}
    else:
        lines = {"US_SSN": ("my social is {}", "ok her ss# is {} i think", "{} thats my SSN", "social: {}",
                            "the last guy had me type my social {} twice"),
                 "PHONE_NUMBER": ("call me on {}", "best number is {}", "text {} after 5"),
                 "EMAIL_ADDRESS": ("email me at {}", "send it to {} pls"),
                 "CREDIT_CARD": ("charge it to {}", "card is {} exp 09/29"),
                 "": ("{}",)}
    for kind, label, value in fields:
        if kind == "" and rng.random() < 0.5:
            ask = f"¿me confirma {label.lower()}?" if es else f"can you confirm the {label.lower()}?"
            doc.add(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {agent}: {ask}\n")
        tmpl = rng.choice(lines[kind]) if kind else f"{label.lower()} {{}}"
        head, tail = tmpl.split("{}")
        doc.add(f"[{rng.randint(1, 12)}:{rng.randint(10, 59)} PM] {user}: {head}")
        _put(doc, kind, value)
        doc.add(tail + "\n")


def letter(doc: Doc, rng: random.Random, fields: list, es: bool) -> None:
    doc.add("Estimado/a cliente:\n\n" if es else "Dear Sir or Madam,\n\n")
    for kind, label, value in fields:
        if kind == "US_SSN":
            head, tail = rng.choice((("Our records show the Social Security number ", " for this person."),
                                     ("Please verify ", " (SSN) before the hearing."),
                                     ("The number you gave us, ", ", did not match SSA records."))
                                    if not es else (("Su número de Seguro Social ", " figura en el expediente."),))
        elif kind == "PHONE_NUMBER":
            head, tail = ("You may reach our office at ", ".") if not es else ("Llámenos al ", ".")
        elif kind == "EMAIL_ADDRESS":
            head, tail = ("Copies were sent to ", ".") if not es else ("Enviamos copia a ", ".")
        elif kind == "CREDIT_CARD":
            head, tail = ("The fee was charged to card ", ".") if not es else ("Cargamos la tarifa a la tarjeta ", ".")
        else:
            head, tail = f"{label}: ", "."
        doc.add(head)
        _put(doc, kind, value)
        doc.add(tail + (" " if rng.random() < 0.6 else "\n"))
    doc.add("\n\nSincerely,\nRecords Unit\n" if not es else "\n\nAtentamente,\nOficina de Registros\n")


def kvlog(doc: Doc, rng: random.Random, fields: list) -> None:
    for kind, label, value in fields:
        key = label.lower().replace(" ", "_").replace(".", "").replace("#", "no")
        if kind == "US_SSN":
            key = rng.choice(("ssn", "tax_id_ssn", "emp_ssn", "ssn_new", "ssn_old"))
        doc.add(f"2027-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:00Z "
                f"audit field_change user=hr{rng.randint(10, 99)} {key}=\"")
        _put(doc, kind, value)
        doc.add("\"\n")


def dump(doc: Doc, rng: random.Random, fields: list) -> None:
    style = rng.randrange(3)
    rows = []
    for _ in range(rng.randint(3, 6)):
        name, mail = _person(rng)
        rows.append((name, ssn_text(ssn(rng), rng.choice(("plain", "dash"))), _us_phone(rng), mail,
                     _date(rng), str(rng.randint(100000000, 999999999))))
    if style == 0:
        doc.add("fullname|ssn|phone|email|dob|acct\n")
        for n, s, ph, m, d, a in rows:
            doc.add(n + "|").val("US_SSN", s).add("|").val("PHONE_NUMBER", ph).add("|")
            doc.val("EMAIL_ADDRESS", m) if rng.random() < 0.4 else doc.add(f"@{n.split()[0].lower()}{rng.randint(1, 99)}")
            doc.add(f"|{d}|{a}\n")
    elif style == 1:
        for n, s, ph, m, d, a in rows:
            doc.add('{"name": ' + json.dumps(n) + ', "ssn": "').val("US_SSN", s).add('", "tel": "')
            doc.val("PHONE_NUMBER", ph).add('", "mail": "').val("EMAIL_ADDRESS", m).add(f'", "dob": "{d}", "acct": "{a}"}}\n')
    else:
        for n, s, ph, m, d, a in rows:
            s = s if "-" in s else f"{s[:3]}-{s[3:5]}-{s[5:]}"  # no header names the column: dashed only
            doc.val("EMAIL_ADDRESS", m).add(":").add(rng.choice(("hunter2", "Summer2024!", "qwerty12"))).add(" - ")
            doc.val("US_SSN", s).add(f" - {d} - ").val("PHONE_NUMBER", ph).add("\n")
    for kind, label, value in fields:
        if kind == "CREDIT_CARD":
            doc.add("cc=").val(kind, value).add(f" exp={rng.randint(1, 12):02d}/{rng.randint(27, 31)}\n")
        elif not kind:
            doc.add(f"{label.lower()}={value}\n")
    doc.add("# " + at_traps(rng, doc, "dump", "pastebin-mirror.net", " ") + "\n")


US_LAYOUTS = ("form", "ocr", "sheet", "chat", "letter", "kvlog", "dump")


def us_page(rng: random.Random, register: str, n: int) -> tuple[Doc, str]:
    title, es_title, *_ = US_REGISTERS[register]
    es = es_title is not None and n % 4 == 3
    doc = Doc()
    doc.add((es_title if es else title) + "\n")
    doc.add(f"{'Fecha' if es else 'Date'}: {rng.randint(1, 12)}/{rng.randint(1, 28)}/2027   "
            f"{'Página' if es else 'Page'} {rng.randint(1, 3)} {'de' if es else 'of'} 4\n\n")
    fields = _fields(rng, register, es)
    if rng.random() < 0.5:
        rng.shuffle(fields)
    layout = US_LAYOUTS[n % len(US_LAYOUTS)]
    if layout == "form":
        form(doc, rng, fields)
    elif layout == "ocr":
        ocr(doc, rng, fields)
    elif layout == "sheet":
        sheet(doc, rng, fields, es)
    elif layout == "chat":
        chat(doc, rng, fields, es)
    elif layout == "letter":
        letter(doc, rng, fields, es)
    elif layout == "kvlog":
        kvlog(doc, rng, fields)
    else:
        dump(doc, rng, fields)
    if layout != "dump":
        doc.add("\n" + at_traps(rng, doc, rng.choice(FIRST).lower(), rng.choice(DOMAINS)) + "\n")
    return doc, "es" if es else "en"
