"""US paperwork registers of the blind30 PII set (see pii_blind30.py): 8 registers, 3 layouts each."""

from __future__ import annotations

import pii_blind30_values as v
from pii_blind30_values import digits

FIRST = ["Dana", "Marcus", "Keisha", "Tyler", "Rosa", "Wendell", "Priya", "Colton", "Jolene", "Hector", "Bethany", "Luis"]
LAST = ["Hargrove", "Okafor", "Lindgren", "Delgado", "Pruitt", "Nakamura", "Beaumont", "Kowalski", "Tran", "McBride"]
MAILDOM = ["gmail.com", "yahoo.com", "att.net", "comcast.net", "outlook.com", "icloud.com", "frontier.com"]
COUNTY = ["Polk", "Cass", "Lincoln", "Shelby", "Marion", "Douglas", "Wayne", "Grant"]


def _person(rng):
    f, last = rng.choice(FIRST), rng.choice(LAST)
    em = rng.choice([f"{f.lower()}.{last.lower()}", f"{f[0].lower()}{last.lower()}{rng.randint(1, 99)}", f"{last.lower()}family"])
    return f"{f} {last}", f"{em}@{rng.choice(MAILDOM)}"


def _ssn(rng, P, sep_choice=None):
    sep = sep_choice if sep_choice is not None else rng.choice(["-", "-", "-", " "])
    return P("US_SSN", v.ssn(rng, sep))


def county_fair_livestock_entry(rng, P, layout, n):
    name, em = _person(rng)
    cty = rng.choice(COUNTY)
    tag = f"840 003 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    prem = f"00{rng.choice('ABCDEFGH')}{rng.choice('JKLMNP')}{digits(rng, 3)}"
    ph = P("PHONE_NUMBER", v.us_phone(rng, rng.randint(0, 5)))
    if layout == 0:
        t = (f"{cty} County Fair – Market Swine Entry\nExhibitor {name} (4-H club: {rng.choice(['Prairie Stars', 'Clover Kids', 'Happy Hoofers'])}) "
             f"entered one barrow, RFID ear tag {tag}, premises ID {prem}. Parent contact {ph}, {P('EMAIL_ADDRESS', em)}.\n"
             f"Weigh-in at 7:30 a.m., pen {rng.randint(1, 120)}. Entry fee ${rng.randint(10, 35)}.00 paid by card "
             f"{P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'disc'])))}.\nPremium check to parent, SSN {_ssn(rng, P)}.\n")
    elif layout == 1:
        t = (f"EXHIBITOR,SPECIES,EAR_TAG,PREMISES_ID,PHONE,EMAIL\n{name},Goat,{tag},{prem},{ph},{P('EMAIL_ADDRESS', em)}\n"
             f"{_person(rng)[0]},Lamb,840 003 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)},00{digits(rng, 5)},"
             f"{P('PHONE_NUMBER', v.us_phone(rng, 1))},\n"
             f"Entry fees charged to {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'disc', 'amex'])))}; scale ticket {digits(rng, 9)}\n")
    else:
        t = (f"SALE OF CHAMPIONS – BUYER FORM\nBuyer business: {rng.choice(['Feed & Seed Co-op', 'Hartley Implement', 'First Farmers Bank'])}  EIN {v.ein(rng)}\n"
             f"Exhibitor SSN (premium > $600, for 1099): {_ssn(rng, P)}\nPhone: {ph}\nBuyer card for add-on: {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'amex', 'disc'])))}\nLot #: {rng.randint(1, 150)}   Tag: {tag}\n")
    return f"https://{cty.lower()}countyfair.org/entries/{n}", t


def tithe_contribution_statement(rng, P, layout, n):
    name, em = _person(rng)
    church = rng.choice(["Grace Fellowship", "St. Brendan Parish", "New Hope Baptist", "Trinity Lutheran"])
    amounts = [f"${rng.randint(20, 400)}.00" for _ in range(4)]
    if layout == 0:
        t = (f"{church} — {rng.randint(2023, 2026)} Annual Contribution Statement\nDear {name}, thank you for your gifts totaling "
             f"${rng.randint(1200, 9000):,}.00. {church} is a 501(c)(3) organization, EIN {v.ein(rng)}. No goods or services were provided.\n"
             f"Questions? Call the finance office at {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)))} or write {P('EMAIL_ADDRESS', 'giving@' + church.split()[0].lower().replace('.', '') + 'church.org')}.\n")
    elif layout == 1:
        t = (f"Date\tFund\tMethod\tAmount\n01/{rng.randint(10, 28)}\tGeneral\tCheck #{rng.randint(1001, 4999)}\t{amounts[0]}\n"
             f"03/{rng.randint(10, 28)}\tMissions\tCard ending {rng.randint(1000, 9999)}\t{amounts[1]}\n"
             f"06/{rng.randint(10, 28)}\tBuilding\tACH ref {digits(rng, 15)}\t{amounts[2]}\n"
             f"09/{rng.randint(10, 28)}\tYouth\tCard {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'disc']), sep=''))}\t{amounts[3]}\n"
             f"Card on file for recurring gift: {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'amex']), sep=rng.choice([' ', '-', ''])))}\n"
             f"Donor: {name} · {P('EMAIL_ADDRESS', em)}\n")
    else:
        t = (f"Online giving receipt\nGiver: {name}\nEmail: {P('EMAIL_ADDRESS', em)}\nPaid with: {v.card_masked(rng)}\n"
             f"Pledge card (new): {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'disc']), sep=rng.choice([' ', '-'])))}\n"
             f"Transaction: {digits(rng, 10)}\nAmount: {amounts[3]}\nTax-exempt ID: {v.ein(rng)}\nNeed help? {P('PHONE_NUMBER', v.us_phone(rng, 4))}\n")
    return f"https://{church.split()[0].lower().replace('.', '')}church.org/giving/statement/{n}", t


def storage_unit_lien_notice(rng, P, layout, n):
    name, em = _person(rng)
    unit = f"{rng.choice('ABCDE')}-{rng.randint(100, 399)}"
    gate = digits(rng, 6)
    if layout == 0:
        t = (f"NOTICE OF LIEN SALE\nPursuant to the self-service storage facility act, the contents of unit {unit}, rented by {name}, "
             f"will be sold on {rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2024, 2026)} at 10:00 a.m. Balance due ${rng.randint(300, 2400)}.17.\n"
             f"Card payments after the notice date ({v.card_masked(rng)}) were declined.\n"
             f"To redeem, contact the manager at {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)))} (gate code changed from {gate}).\n")
    elif layout == 1:
        t = (f"Tenant ledger — unit {unit}\nTenant: {name}\nAlt. contact: {P('PHONE_NUMBER', v.us_phone(rng, 2))}\nEmail: {P('EMAIL_ADDRESS', em)}\n"
             f"Autopay card: {P('CREDIT_CARD', v.card(rng))}  (declined x3)\nOld card: {v.card_bad_luhn(rng)} (typo, rejected)\n"
             f"Backup card: {P('CREDIT_CARD', v.card(rng, rng.choice(['amex', 'disc', 'mc2'])))}\nSSN on rental agreement: {_ssn(rng, P)}\nLock serial: {digits(rng, 9)}\n")
    else:
        t = (f"[auction listing] Unit {unit} · 10x15 · household goods\nLien holder phone {P('PHONE_NUMBER', v.us_phone(rng, 0))}, "
             f"bids by email {P('EMAIL_ADDRESS', 'auctions@' + rng.choice(['stowaway', 'keepsafe', 'boxrite']) + 'storage.com')}\n"
             f"Buyer's premium card on file: {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc'])))} (exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)})\n"
             f"Case no. {rng.randint(2024, 2026)}-LS-{digits(rng, 5)}  |  Tax ID {v.itin(rng)} on file is an ITIN, not accepted\n")
    return f"https://{rng.choice(['stowaway', 'keepsafe', 'boxrite'])}storage.com/lien/{n}", t


def little_league_volunteer_consent(rng, P, layout, n):
    name, em = _person(rng)
    if layout == 0:
        t = (f"Volunteer Application & Background Check Consent\nI, {name}, authorize the league to run a background check. "
             f"My Social Security number is {_ssn(rng, P)} and my cell is {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)))}.\n"
             f"Second parent volunteering: SSN {_ssn(rng, P)}. Registration fee (${rng.randint(60, 150)}) on card {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'disc']), sep=rng.choice([' ', '-', ''])))}.\n"
             f"Jersey size L, team #{rng.randint(1, 24)}, field permit {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}.\n")
    elif layout == 1:
        t = (f"Name|SSN|Phone|Email|Role\n{name}|{P('US_SSN', v.ssn(rng, ''))}|{P('PHONE_NUMBER', v.us_phone(rng, 1))}|{P('EMAIL_ADDRESS', em)}|Coach\n"
             f"{_person(rng)[0]}|{v.ssn_invalid(rng)}|{P('PHONE_NUMBER', v.us_phone(rng, 3))}||Snack parent\n"
             f"{_person(rng)[0]}|{P('US_SSN', v.ssn(rng, '-'))}|—||Umpire\n"
             f"{_person(rng)[0]}|{P('US_SSN', v.ssn(rng, rng.choice(['', '-', ' '])))}|||Board\n")
    else:
        t = (f"Hi coach — here's my info for the check: {_ssn(rng, P, '-')}. Text me at {P('PHONE_NUMBER', v.us_phone(rng, 2))} "
             f"or email {P('EMAIL_ADDRESS', em)}. The number on my umpire card is {rng.randint(100, 899)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-U, "
             f"not my SSN lol. backup email {P('EMAIL_ADDRESS', _person(rng)[1])}")
    return f"https://{rng.choice(['eastside', 'riverbend', 'northfield'])}littleleague.org/volunteer/{n}", t


def manufactured_home_lot_lease(rng, P, layout, n):
    name, em = _person(rng)
    serial = f"{rng.choice(['TX', 'GA', 'AL'])}FL{digits(rng, 6)}AB"
    hud = f"HUD label {rng.choice(['TEX', 'NTA', 'PFS'])}{digits(rng, 6)}"
    if layout == 0:
        t = (f"Lot Lease Agreement — {rng.choice(['Shady Pines', 'Cedar Ridge', 'Meadowlark'])} Community\nResident {name} leases lot {rng.randint(1, 180)} "
             f"for a home with serial {serial} ({hud}). Monthly rent ${rng.randint(400, 900)}.00.\nResident SSN: {_ssn(rng, P)}. "
             f"Emergency phone {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)))}.\nCo-resident SSN: {_ssn(rng, P)}. Park EIN {v.ein(rng)}.\n")
    elif layout == 1:
        t = (f"Field,Value\nResident,{name}\nResident SSN,{P('US_SSN', v.ssn(rng, ''))}\nCo-resident ITIN,{v.itin(rng)}\nPhone,{P('PHONE_NUMBER', v.us_phone(rng, 0))}\n"
             f"Serial,{serial}\nWater meter,{digits(rng, 8)}\nAutopay card,{P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'amex', 'disc']), sep=''))}\n")
    else:
        t = (f"Office note {rng.randint(1, 12)}/{rng.randint(1, 28)}: {name} called from {P('PHONE_NUMBER', v.us_phone(rng, 5))} re: lot rent; "
             f"SSN given for ledger match {_ssn(rng, P)}; "
             f"paid by debit {P('CREDIT_CARD', v.card(rng, 'visa', sep=''))}, conf {digits(rng, 12)}. Receipt sent to {P('EMAIL_ADDRESS', em)}.\n")
    return f"https://{rng.choice(['shadypines', 'cedarridge', 'meadowlark'])}mhc.com/lease/{n}", t


def foia_request_log(rng, P, layout, n):
    name, em = _person(rng)
    req = f"{rng.randint(2022, 2026)}-FOIA-{rng.randint(1, 9999):05d}"
    if layout == 0:
        t = (f"FOIA request {req} received from {name} ({P('EMAIL_ADDRESS', em)}) seeking inspection records. "
             f"Requester phone {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)))}. Fee waiver denied; estimate ${rng.randint(15, 300)}.\n"
             f"Fee paid online with card {P('CREDIT_CARD', v.card(rng, rng.choice(['visa', 'mc', 'amex', 'disc'])))}; receipt {digits(rng, 10)}.\n"
             f"Records withheld under exemption (b)(6) include a Social Security number, {_ssn(rng, P)}, released in error in the first tranche.\n")
    elif layout == 1:
        t = (f"Tracking No.\tReceived\tRequester\tContact\tStatus\n{req}\t{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2025\t{name}\t"
             f"{P('PHONE_NUMBER', v.us_phone(rng, 1))}\tClosed\n{rng.randint(2022, 2026)}-FOIA-{rng.randint(1, 9999):05d}\t"
             f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/2025\t{_person(rng)[0]}\t{P('PHONE_NUMBER', v.us_phone(rng, 4))}\tPending\n"
             f"Redaction QA: page {rng.randint(2, 80)} shows SSN {_ssn(rng, P)} unredacted; page {rng.randint(81, 160)} shows EIN {v.ein(rng)} (public)\n")
    else:
        t = (f"From: FOIA Officer <{P('EMAIL_ADDRESS', 'foia@' + rng.choice(['dot', 'dnr', 'health', 'cityclerk']) + '.' + rng.choice(['ohio', 'mn', 'wa']) + '.gov')}>\n"
             f"Re: {req}\nYour request was assigned to the complex track. Reference DUNS {digits(rng, 9)}; contractor CAGE {rng.choice('ABC')}{digits(rng, 4)}.\n"
             f"Call {P('PHONE_NUMBER', v.us_phone(rng, 3))} with questions.\n")
    return f"https://www.{rng.choice(['cityof', 'countyof'])}{rng.choice(['springfield', 'lakewood', 'fairview'])}.gov/foia/{n}", t


def hud_section8_recert(rng, P, layout, n):
    name, em = _person(rng)
    if layout == 0:
        t = (f"Annual Recertification — Housing Choice Voucher\nHead of household {name}, voucher no. {rng.randint(10, 99)}-{digits(rng, 6)}. "
             f"Household member SSNs verified through EIV: {_ssn(rng, P)} and {_ssn(rng, P)}. A member without SSN uses ID {v.ssn_invalid(rng)}.\n"
             f"Caseworker line: {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)) + ' ext. ' + str(rng.randint(100, 450)))}\n"
             f"Verification per HUD Handbook 4350.3, para. {rng.randint(1, 9)}.{rng.randint(1, 30)}.{rng.randint(1, 9)}.{rng.randint(1, 9)}; income limits table {rng.randint(2024, 2026)}.{rng.randint(1, 4)}.\n")
    elif layout == 1:
        ph = v.us_phone(rng, 0)
        ext = f" x{rng.randint(10, 99)}"
        t = (f"MEMBER  RELATION  SSN          DOB\n1  HEAD    {P('US_SSN', v.ssn(rng, '-'))}  {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/19{rng.randint(55, 99)}\n"
             f"2  CHILD   {P('US_SSN', v.ssn(rng, ''))}  {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 20)}\n"
             + "".join(f"{k}  {rng.choice(['CHILD', 'OTHER', 'SPOUSE'])}  {P('US_SSN', v.ssn(rng, rng.choice(['-', '', ' '])))}  {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/20{rng.randint(10, 20)}\n" for k in range(3, 3 + rng.randint(1, 3)))
             + f"PHA phone: {P('PHONE_NUMBER', ph + ext)}\nLandlord TIN: {v.ein(rng)}\n")
    else:
        t = (f"Tenant portal message\nFrom: {name} <{P('EMAIL_ADDRESS', em)}>\nMy new number is {P('PHONE_NUMBER', v.us_phone(rng, 2))}. "
             f"Income changed; pay stub shows employee ID {digits(rng, 9)} and check no. {digits(rng, 7)}.\n"
             f"Also my son's social security # was typed wrong, it is {_ssn(rng, P)} not {v.ssn_invalid(rng)}.\n")
    return f"https://www.{rng.choice(['metro', 'county', 'valley'])}housingauthority.org/recert/{n}", t


def veterans_service_intake(rng, P, layout, n):
    name, _em = _person(rng)
    if layout == 0:
        t = (f"County Veterans Service Office — Intake\nVeteran {name}, branch {rng.choice(['USA', 'USN', 'USMC', 'USAF'])}, DD-214 on file. "
             f"SSN {_ssn(rng, P)}. Claim number {rng.choice(['C', ''])}{digits(rng, 8)} (not the SSN).\n"
             f"Best contact {P('PHONE_NUMBER', v.us_phone(rng, rng.randint(0, 5)))}; spouse {P('PHONE_NUMBER', v.us_phone(rng, 1))}.\n")
    elif layout == 1:
        t = (f"veteran: {name}\nssn: {P('US_SSN', v.ssn(rng, ''))}\nservice_number: {rng.choice(['RA', 'US'])}{digits(rng, 8)}\nphone: {P('PHONE_NUMBER', v.us_phone(rng, 3))}\n"
             f"spouse_ssn: {P('US_SSN', v.ssn(rng, rng.choice(['-', ''])))}\nva_file: see claim\n")
    else:
        t = (f"Appointment reminder: {name}, {rng.randint(1, 12)}/{rng.randint(1, 28)} at 9:{rng.choice(['00', '30'])}. "
             f"Reply to {P('EMAIL_ADDRESS', 'cvso@' + rng.choice(COUNTY).lower() + 'county.gov')} or call {P('PHONE_NUMBER', v.us_phone(rng, 0))}. "
             f"Bring form 21-{rng.randint(4100, 4199)} and your VA ID card. SSN on the appointment: {_ssn(rng, P)}; last four {rng.randint(1000, 9999)}.\n")
    return f"https://www.{rng.choice(COUNTY).lower()}county.gov/veterans/{n}", t


REGISTERS = {f.__name__: f for f in (county_fair_livestock_entry, tithe_contribution_statement, storage_unit_lien_notice,
                                     little_league_volunteer_consent, manufactured_home_lot_lease, foia_request_log,
                                     hud_section8_recert, veterans_service_intake)}
