"""US paperwork and export registers of the blind32 PII set (see benchmarks/pii_blind32.py)."""

from __future__ import annotations

from pii_blind32_values import bad_card, bad_ssn, card, ipv4, masked_card, ssn, us_phone

FIRST = ["Dolores", "Wendell", "Marisol", "Garrett", "Ione", "Tobias", "Lorraine", "Desmond", "Bettina", "Clyde",
         "Priya", "Raymundo", "Opal", "Hollis", "Yesenia", "Augustin"]
LAST = ["Pruitt", "Okafor", "Vandermeer", "Castellano", "Whitlock", "Nakashima", "Bergstrom", "Delacroix",
        "Thibodeaux", "Yazzie", "Kowalczyk", "Ashby", "Quintero", "Haverford"]
MAILDOM = ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "outlook.com", "icloud.com", "att.net"]
CITIES = [("Bismarck", "ND", "58501"), ("Toledo", "OH", "43604"), ("Flagstaff", "AZ", "86001"),
          ("Bangor", "ME", "04401"), ("Lubbock", "TX", "79401"), ("Duluth", "MN", "55802"),
          ("Macon", "GA", "31201"), ("Yakima", "WA", "98901")]


def _d(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def _name(r):
    return r.choice(FIRST), r.choice(LAST)


def _mail(r, f, last, dom=None):
    loc = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{last}{f[0]}{r.randint(1, 99)}", f"{f}_{last[:3]}"]).lower()
    return f"{loc}@{dom or r.choice(MAILDOM)}"


def _date(r):
    return f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(1931, 2026)}"


def _neg_ssn(r):
    kind, v = bad_ssn(r)
    label = {"itin": "ITIN", "ein": "EIN"}.get(kind, "SSN (as keyed, rejected)")
    return label, v


def burial_permit(r, layout):
    f, last = _name(r)
    city, st, _z = r.choice(CITIES)
    fh = r.choice(["Ashby & Sons Funeral Chapel", "Prairie Rest Mortuary", "Lakeview Cremation Services"])
    fhdom = fh.split()[0].lower().strip("&") + "mortuary.com"
    permit = f"BTP-{r.randint(2024, 2026)}-{_d(r, 6)}"
    if layout == 0:
        parts = ["APPLICATION FOR BURIAL-TRANSIT PERMIT\nPermit No. ", ("NEG", permit), f"\nCounty of {city}, {st}\n\n",
                 f"1. Decedent: {f} {last}\n2. Date of death: ", ("NEG", _date(r)),
                 "\n3. Social Security No.: ", ("US_SSN", ssn(r)),
                 "\n4. Disposition: Interment, Section 14, Lot ", ("NEG", f"{r.randint(1, 400)}-{r.randint(1, 12)}"),
                 f"\n5. Informant: {r.choice(FIRST)} {last}, tel. ", ("PHONE_NUMBER", us_phone(r)),
                 f"\n6. Funeral director: {fh}, License ", ("NEG", f"FD{_d(r, 5)}"), ", ",
                 ("EMAIL_ADDRESS", f"arrangements@{fhdom}"), "\n7. Permit fee $", ("NEG", f"{r.randint(5, 40)}.00"),
                 " paid by card ", ("CREDIT_CARD", card(r)), "\n"]
    elif layout == 1:
        parts = ["permit_no,decedent,dod,ssn,informant_phone,fd_email,zip\n"]
        for _ in range(r.randint(2, 4)):
            a, b = _name(r)
            s = ssn(r, r.choice(["-", ""]))
            parts += [("NEG", f"{r.randint(2024, 2026)}{_d(r, 6)}"), f",{b.upper()} {a.upper()},", ("NEG", _date(r)), ",",
                      ("US_SSN", s), ",", ("PHONE_NUMBER", us_phone(r, "dash")), ",",
                      ("EMAIL_ADDRESS", f"fd{r.randint(1, 9)}@{fhdom}") if r.random() < 0.3 else "", ",", ("NEG", r.choice(CITIES)[2]), "\n"]
    else:
        _lab, v = _neg_ssn(r)
        parts = [f"From: {fh}\nRe: transit permit for {f} {last} (case ", ("NEG", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}"),
                 ")\n\nThe registrar's office returned our first filing because the SSN was keyed as ",
                 ("NEG", v), " — the correct number from the DD-214 is ", ("US_SSN", ssn(r)),
                 ". Please call me back at ", ("PHONE_NUMBER", us_phone(r) + r.choice(["", " ext. " + _d(r, 3), " x" + _d(r, 2)])),
                 " or reply to ", ("EMAIL_ADDRESS", _mail(r, f, last, fhdom)), ".\n"]
    return f"https://www.{fhdom}/permits/{_d(r, 5)}", parts


def skip_trace(r, layout):
    f, last = _name(r)
    case = f"ST-{_d(r, 7)}"
    if layout == 0:
        parts = [f"SKIP TRACE REPORT — {case}\nSubject: {f.upper()} {last.upper()}  DOB ", ("NEG", _date(r)), "\nSSN: ",
                 ("US_SSN", ssn(r)), " (issued ", ("NEG", f"{r.randint(1960, 2005)}"), ")\n\nPhones (most recent first):\n"]
        for tag in ["wireless", "landline", "disconnected"][: r.randint(2, 3)]:
            parts += ["  ", ("PHONE_NUMBER", us_phone(r)), f"  [{tag}, last seen ", ("NEG", f"{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/{r.randint(2019, 2026)}"), "]\n"]
        parts += ["Emails: ", ("EMAIL_ADDRESS", _mail(r, f, last)), "; ", ("EMAIL_ADDRESS", _mail(r, f, last)),
                  "\nVehicle VIN: ", ("NEG", "1FT" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))),
                  "\nLast login IP: ", ("IP_ADDRESS", ipv4(r)), "\nCards seen in breach data: ", ("CREDIT_CARD", card(r)),
                  ", ", ("NEG", masked_card(r)), "\n"]
    elif layout == 1:
        parts = ["Field\tValue\tSource\n", f"Name\t{f} {last}\tcredit header\n", "SSN\t", ("US_SSN", ssn(r, "")),
                 "\tcredit header\n", "Alt ID\t", ("NEG", _neg_ssn(r)[1]), "\tITIN/EIN on file\n", "Phone\t",
                 ("PHONE_NUMBER", us_phone(r, "dots")), "\tutility\n", "Email\t", ("EMAIL_ADDRESS", _mail(r, f, last)),
                 "\tsocial\n", "Card\t", ("CREDIT_CARD", card(r, None, "")), "\tbreach dump\n", "IP\t", ("IP_ADDRESS", ipv4(r)), "\tlogin history\n", "Bank acct\t", ("NEG", _d(r, 10)),
                 "\tlien filing\n"]
    else:
        parts = [f"[10:{r.randint(10, 59)}] analyst: ran {f} {last} thru TLO, SSN ", ("US_SSN", ssn(r)),
                 " comes back clean\n[10:", ("NEG", f"{r.randint(10, 59)}"), "] lead: any good number?\n",
                 "[10:", ("NEG", f"{r.randint(10, 59)}"), "] analyst: ", ("PHONE_NUMBER", us_phone(r)),
                 " rang through, VM says it's him. old one ", ("PHONE_NUMBER", us_phone(r)),
                 " is dead\n[10:59] lead: ok, docket ", ("NEG", f"{_d(r, 2)}-CV-{_d(r, 5)}"), " — serve him\n"]
    return f"https://portal.tracerpoint.com/case/{case}", parts


def organ_donor(r, layout):
    f, last = _name(r)
    dl = f"{r.choice('ABDFGHKLMNPRSTW')}{_d(r, 3)}-{_d(r, 3)}-{_d(r, 2)}-{_d(r, 3)}"
    if layout == 0:
        parts = [f"Donor Registry — Registration Confirmation\n\nThank you, {f}! Your decision has been recorded.\n",
                 "Registry ID: ", ("NEG", _d(r, 10)), "\nDriver license: ", ("NEG", dl),
                 "\nSSN (last four): ", ("NEG", f"XXX-XX-{_d(r, 4)}"),
                 "\nWe will send a confirmation to ", ("EMAIL_ADDRESS", _mail(r, f, last)),
                 ". Questions? Call the registry at ", ("PHONE_NUMBER", us_phone(r, "one")), ".\n"]
    elif layout == 1:
        parts = ["registry_id|last|first|dob|ssn|phone|email|submitted_ip|consent\n"]
        for _ in range(r.randint(2, 5)):
            a, b = _name(r)
            parts += [("NEG", _d(r, 10)), f"|{b}|{a}|", ("NEG", f"{r.randint(1940, 2006)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"),
                      "|", ("US_SSN", ssn(r)), "|", ("PHONE_NUMBER", us_phone(r, "dash")), "|",
                      ("EMAIL_ADDRESS", _mail(r, a, b)) if r.random() < 0.4 else "", "|", ("IP_ADDRESS", ipv4(r)), "|Y\n"]
    else:
        parts = [f"Next-of-kin contact log\nDonor: {f} {last}, SSN ", ("US_SSN", ssn(r)), "\n",
                 "Spoke with daughter at ", ("PHONE_NUMBER", us_phone(r)), "; she confirmed the registry entry made ",
                 ("NEG", _date(r)), ". OPO referral # ", ("NEG", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}"), ".\n"]
    return f"https://www.donatelife-registry.org/confirm?r={_d(r, 8)}", parts


def utility_shutoff_appeal(r, layout):
    f, last = _name(r)
    acct = f"{_d(r, 4)} {_d(r, 4)} {_d(r, 4)} {_d(r, 4)}"
    if layout == 0:
        parts = ["MEDICAL CERTIFICATE TO POSTPONE DISCONNECTION\nUtility account no.: ", ("NEG", acct),
                 f"\nCustomer: {f} {last}   SSN: ", ("US_SSN", ssn(r)), "\nHome phone: ", ("PHONE_NUMBER", us_phone(r)),
                 "\n\nI certify that a resident depends on an oxygen concentrator. Physician NPI ",
                 ("NEG", "1" + _d(r, 9)), ", office ", ("PHONE_NUMBER", us_phone(r) + " ext. " + _d(r, 3)),
                 ".\nPayment arrangement: first installment charged to card ", ("CREDIT_CARD", card(r)),
                 ", remaining balance $", ("NEG", f"{r.randint(100, 2900)}.{_d(r, 2)}"), " over 6 months.\n"]
    elif layout == 1:
        parts = ["Appeal intake\n-------------\n", "Account #        ", ("NEG", acct), "\nMeter #          ",
                 ("NEG", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}"), "\nContact phone    ", ("PHONE_NUMBER", us_phone(r, "dots")),
                 "\nEmail            ", ("EMAIL_ADDRESS", _mail(r, f, last)), "\nCard on file     ", ("NEG", masked_card(r)),
                 "\nNew card         ", ("CREDIT_CARD", card(r)), "\nSSN              ", ("US_SSN", ssn(r, "")), "\n"]
    else:
        parts = [f"Dear {f} {last},\nWe received your appeal on ", ("NEG", _date(r)),
                 ". The card you gave us (", ("NEG", bad_card(r)), ") was declined as invalid. Please call ",
                 ("PHONE_NUMBER", us_phone(r, "one")), " to give another card, or pay online. Reference ",
                 ("NEG", f"{_d(r, 3)}-{_d(r, 3)}-{_d(r, 4)}"), ".\n"]
    return f"https://myaccount.plainsenergy.com/appeals/{_d(r, 6)}", parts


def rep_payee_report(r, layout):
    f, last = _name(r)
    pf, pl = _name(r)
    if layout == 0:
        parts = [f"REPRESENTATIVE PAYEE REPORT\nBeneficiary: {f} {last}\nBeneficiary SSN: ", ("US_SSN", ssn(r)),
                 f"\nPayee: {pf} {pl}   Payee SSN: ", ("US_SSN", ssn(r)),
                 "\nPeriod: ", ("NEG", f"06/01/{r.randint(2024, 2026)}"), " to ", ("NEG", f"05/31/{r.randint(2025, 2027)}"),
                 "\n\nAmount received: $", ("NEG", f"{r.randint(8, 14)},{_d(r, 3)}.00"),
                 "\nSpent on food and housing: $", ("NEG", f"{r.randint(5, 9)},{_d(r, 3)}.00"),
                 "\nPayee daytime phone: ", ("PHONE_NUMBER", us_phone(r)), "\n"]
    elif layout == 1:
        parts = ["beneficiary_name\tbene_ssn\tpayee_name\tpayee_phone\tpayee_ein\n"]
        for _ in range(r.randint(2, 4)):
            a, b = _name(r)
            parts += [f"{a} {b}\t", ("US_SSN", ssn(r, r.choice(["-", "", " "]))), f"\t{pf} {pl}\t",
                      ("PHONE_NUMBER", us_phone(r, "paren")), "\t", ("NEG", f"{r.randint(10, 98)}-{_d(r, 7)}"), "\n"]
    else:
        lab, v = _neg_ssn(r)
        parts = [f"Note to file: {pf} {pl} called from ", ("PHONE_NUMBER", us_phone(r)), " asking why the report for ",
                 f"{f} {last} was rejected. The form listed {lab} ", ("NEG", v), " instead of the beneficiary's SSN ",
                 ("US_SSN", ssn(r)), ". Sent corrected form to ", ("EMAIL_ADDRESS", _mail(r, pf, pl)), ".\n"]
    return f"https://www.payee-help.org/reports/{_d(r, 6)}", parts


def snow_removal_contract(r, layout):
    f, last = _name(r)
    co = r.choice(["Northstar Plowing", "Polar Pete's Snow Service", "Drift Kings LLC"])
    dom = co.split()[0].lower().replace("'", "") + "plow.com"
    if layout == 0:
        parts = [f"{co} — Seasonal Snow Removal Agreement {r.randint(2025, 2026)}–{r.randint(2026, 2027)}\n",
                 f"Client: {f} {last}\nService address lot size: ", ("NEG", f"{r.randint(1, 9)},{_d(r, 3)} sq ft"),
                 "\nTrigger depth: 2 in.  Price per push: $", ("NEG", f"{r.randint(35, 95)}.00"),
                 "\nAutopay card: ", ("CREDIT_CARD", card(r)), "  exp ", ("NEG", f"{r.randint(1, 12):02d}/{r.randint(27, 31)}"),
                 "\nClient cell for storm texts: ", ("PHONE_NUMBER", us_phone(r)),
                 "\nQuestions: ", ("EMAIL_ADDRESS", f"office@{dom}"), "\n"]
    elif layout == 1:
        parts = ["Route,Stop,Client,Phone,Card,Notes\n"]
        for i in range(r.randint(2, 5)):
            _a, b = _name(r)
            c = card(r, None, "") if r.random() < 0.6 else masked_card(r)
            cpart = ("CREDIT_CARD", c) if "*" not in c and "X" not in c and "•" not in c else ("NEG", c)
            parts += [f"R{r.randint(1, 6)},{i + 1},{b},", ("PHONE_NUMBER", us_phone(r, "dash")), ",", cpart,
                      ",gate code ", ("NEG", _d(r, 4)), "\n"]
    else:
        parts = [("PHONE_NUMBER", us_phone(r, "paren")), ": Hi it's " + f, " on Birch, can you skip us tonight? Car in drive. Also old card expired, use ",
                 ("CREDIT_CARD", card(r)), " exp ", ("NEG", f"{r.randint(1, 12)}/{r.randint(27, 31)}"), "\n",
                 f"{co}: No problem! Your next invoice #", ("NEG", _d(r, 6)), " will be charged to the card ending ",
                 ("NEG", _d(r, 4)), ". Reply STOP to opt out.\n"]
    return f"https://{dom}/contracts/{_d(r, 5)}", parts


def quickbooks_iif(r, layout):
    hdr = "!CUST\tNAME\tBADDR1\tPHONE1\tPHONE2\tEMAIL\tTAXID\tNOTE\n"
    parts = [hdr] if layout != 2 else ["!VEND\tNAME\tPHONE1\tEMAIL\tTAXID\t1099\n"]
    for _ in range(r.randint(2, 5)):
        f, last = _name(r)
        city, st, z = r.choice(CITIES)
        sole = r.random() < 0.6
        tax = ("US_SSN", ssn(r)) if sole else ("NEG", f"{r.randint(10, 98)}-{_d(r, 7)}")
        if layout == 2:
            parts += [f"VEND\t{f} {last}\t", ("PHONE_NUMBER", us_phone(r)), "\t", ("EMAIL_ADDRESS", _mail(r, f, last)),
                      "\t", tax, "\tY\n"]
        else:
            p2 = [("PHONE_NUMBER", us_phone(r, "dash"))] if r.random() < 0.5 else []
            parts += [f"CUST\t{f} {last}\t{city} {st} ", ("NEG", f"{z}-{_d(r, 4)}"), "\t", ("PHONE_NUMBER", us_phone(r)),
                      "\t"] + p2 + ["\t", ("EMAIL_ADDRESS", _mail(r, f, last)) if r.random() < 0.4 else "", "\t", tax,
                                     "\tPO " + (_d(r, 7) if layout == 0 else "net 30")]
            if r.random() < 0.45:
                parts += [" card on file ", ("CREDIT_CARD", card(r))]
            parts += ["\n"]
    return f"https://files.bookkeeper-shared.net/export/{_d(r, 6)}.iif", parts


def nacha_ach(r, layout):
    co = r.choice(["CEDAR VALLEY CO-OP", "MIDLAND TRUCKING", "SUNRISE DENTAL"])
    parts = [f"ACH BATCH (parsed view)  Company: {co}  Company ID: ", ("NEG", f"1{_d(r, 9)}"),
             "  Effective: ", ("NEG", f"{r.randint(26, 27)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}"), "\n"]
    if layout == 0:
        parts += ["TC  RDFI-ROUTING  DFI-ACCOUNT        AMOUNT      INDIVIDUAL-ID(SSN)  NAME\n"]
        for _ in range(r.randint(3, 6)):
            f, last = _name(r)
            parts += [r.choice(["22", "32"]), "  ", ("NEG", f"0{_d(r, 8)}"), "     ", ("NEG", _d(r, r.choice([9, 10, 12])).ljust(17)),
                      "  ", ("NEG", f"{r.randint(100, 3999)}.{_d(r, 2)}".rjust(9)), "   ", ("US_SSN", ssn(r, "")),
                      f"           {last.upper()} {f.upper()}\n"]
    elif layout == 1:
        f, last = _name(r)
        parts += ["Return notice R03 (no account / unable to locate)\n", f"Receiver: {f} {last}\nIndividual ID (SSN): ",
                  ("US_SSN", ssn(r)), "\nTrace number: ", ("NEG", _d(r, 15)), "\nContact payroll at ",
                  ("PHONE_NUMBER", us_phone(r)), " or ", ("EMAIL_ADDRESS", f"payroll@{co.split()[0].lower()}.com"), "\n"]
    else:
        parts += ["Prenote verification\n"]
        for _ in range(r.randint(2, 4)):
            f, last = _name(r)
            s = ssn(r)
            parts += [f"  {last}, {f}: SSN ", ("US_SSN", s), " acct ", ("NEG", _d(r, 11)), " routing ", ("NEG", f"0{_d(r, 8)}"),
                      r.choice([" OK\n", " OK\n", " NOC C01\n"])]
    return f"https://ach.{co.split()[0].lower()}-payroll.com/batches/{_d(r, 6)}", parts


US_REGISTERS = {"burial_permit": burial_permit, "skip_trace_report": skip_trace, "organ_donor_registry": organ_donor,
                "utility_shutoff_appeal": utility_shutoff_appeal, "rep_payee_report": rep_payee_report,
                "snow_removal_contract": snow_removal_contract, "quickbooks_iif_export": quickbooks_iif,
                "nacha_ach_parsed": nacha_ach}
