"""US paperwork registers of the 31st blind PII set (benchmarks/pii_blind31.py): 8 registers, three
layouts each (form lines, a table or OCR'd boxes, a letter / e-mail / chat). Written for this set only.
"""

_NAMES = ["jmiller", "sgarcia", "dwashington", "k.nguyen", "tbrooks", "amy.chen", "rpatel", "lhernandez"]
_DOM = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "att.net", "icloud.com"]


def _en(host, layouts, **kw):
    d = {"host": host, "regions": ["US"], "iban": None, "ext": " ext. ", "names": _NAMES, "domains": _DOM, "layouts": layouts}
    d.update(kw)
    return d


US = {
    "passport_ds11_worksheet": {
        "en": _en("passport-acceptance-county.us", [
            ("PASSPORT ACCEPTANCE FACILITY — APPLICANT WORKSHEET\nApplication locator no.: {ord}\n"
            "Applicant: Daniel Washington   DOB: {date}\nSocial Security Number: {S}\nPrimary phone: {P}\n"
            "Secondary phone: {PM}\nEmail: {E}\nPrevious passport book no.: {n9}\nFee check no. {n3}, amount $130.00\n"
            "Mailing ZIP: {zipus}"),
            ("Box | Field | Entry\n5 | SSN | {SU}\n9 | Email | {E}\n10 | Phone | {P}\n"
            "15 | Emergency contact phone | {PM}\n-- | Execution fee receipt | {ord}\n-- | Passport card no. | C{n8}"),
            ("Hi Ms. Brooks, this is the county clerk's passport desk. Your DS-11 is missing item 5. The number you wrote, "
            "{badssn}, is not a valid Social Security number; please call us at {PX} with the correct one. "
            "Our fax is {PF}. Your tracking number with the State Department is {ord}."),
        ]),
    },
    "cms1500_claim_form": {
        "en": _en("billing.familyclinic-ohio.us", [
            ("HEALTH INSURANCE CLAIM FORM (02/12)\n1a. INSURED'S ID NUMBER: W{n9}\n2. PATIENT'S NAME: GARCIA, SOFIA\n"
            "5. PATIENT'S TELEPHONE: {PN}\n21. DIAGNOSIS: A. J06.9  B. R50.9\n24. CPT 99213  CHARGES 145 00\n"
            "25. FEDERAL TAX I.D. NUMBER  [ ] SSN [X] EIN   {ein}\n32. SERVICE FACILITY NPI {n10}\n"
            "33. BILLING PROVIDER PH # {PN}"),
            ("25. FEDERAL TAX I.D. NUMBER\n[X] SSN [ ] EIN\n{S}\n26. PATIENT'S ACCOUNT NO. {ord}\n"
            "28. TOTAL CHARGE $ {amt}\n33. BILLING PROVIDER INFO & PH # ({n3})\nDr. Ramesh Patel, solo practice\n{PN}\n"
            "33a. NPI {n10}"),
            ("From: billing office <{E}>\nSubject: claim denial, control no. {ord}\n\nThe payer rejected the claim "
            "because box 25 carried the practice EIN {ein} while Dr. Patel bills under his SSN {S}. "
            "Call the clearinghouse at {P} (option 3) before you resubmit; our direct line is {PX}."),
        ]),
    },
    "direct_deposit_authorization": {
        "en": _en("payroll.harborfreightlines.us", [
            ("DIRECT DEPOSIT AUTHORIZATION\nEmployee: Kim Nguyen   Employee ID {n6}\nSSN: {S}\n"
            "Bank routing number (ABA): {aba}\nAccount number: {acct}\nAccount type: [X] Checking\n"
            "Bank phone: {PN}\nEmployee phone: {PM}\nEmail for pay stubs: {E}"),
            ("employee_id,ssn,routing,account,phone\n{n6},{S},{aba},{acct},{PE}\n{n6},{SU},{aba},{acct},{PE}\n"
            "{n6},{S},{aba},{acct},{P}"),
            ("Hey, HR here. Your first paycheck bounced because routing {aba} does not match the account on the voided "
            "check (check #{n4}). Please text a photo to {PM} or email {E}. Your social on file ends in "
            "{mask4}; full one we have is {S}, let me know if wrong."),
        ]),
        "es": _en("nomina.harborfreightlines.us", [
            ("AUTORIZACIÓN DE DEPÓSITO DIRECTO\nEmpleado: Luis Hernández\nNúmero de Seguro Social: {S}\n"
            "Número de ruta: {aba}\nNúmero de cuenta: {acct}\nTeléfono: {P}\nCorreo electrónico: {E}"),
            "Nombre | Seguro Social | Ruta | Celular\nL. Hernández | {S} | {aba} | {PM}\nM. Ortiz | {S} | {aba} | {PM}",
            ("Hola Luis, para activar el depósito directo llame a Recursos Humanos al {PX}. Su número de empleado es "
            "{n6} y el ITIN que nos dio ({badssn}) no sirve para nómina; necesitamos su número de Seguro Social."),
        ], ext=" ext. "),
    },
    "fmla_leave_request": {
        "en": _en("hr.tristatehospital.us", [
            ("REQUEST FOR FAMILY AND MEDICAL LEAVE\nEmployee name: Tasha Brooks\nSSN (last 4 only): {mask4}\n"
            "Employee ID: {n6}\nHome phone: {PN}\nCell: {PM}\nPersonal email: {E}\nLeave begins: {date}\n"
            "Case no. {case324}\nHealth care provider phone: {PX}"),
            ("Date | Hours | Approved by | Contact\n{date} | 8 | HR | {PN}\n{date} | 4 | HR | {PN}\n"
            "Claim administrator: {P} — claim {case324}\nSocial Security No. {S}"),
            ("Tasha, your FMLA paperwork came through. Claim number {case324} (that is not your social). "
            "If the leave administrator calls from {P}, answer it. Sedgwick fax: {PF}."),
        ]),
        "es": _en("rrhh.tristatehospital.us", [
            ("SOLICITUD DE LICENCIA FMLA\nNombre: Rosa Martínez\nNúmero de Seguro Social: {S}\nTeléfono de casa: {PN}\n"
            "Celular: {PM}\nCorreo: {E}\nNúmero de caso: {case324}"),
            "Fecha | Horas | Contacto\n{date} | 8 | {PN}\n{date} | 6 | {PM}\nAdministrador: {PX}",
            "Rosa, su caso {case324} fue aprobado. Si tiene preguntas llame al {P} o escriba a {E}.",
        ]),
    },
    "gi_bill_benefits_application": {
        "en": _en("veterans-resource-center.college.us", [
            ("VETERANS EDUCATION BENEFITS — INTAKE\nName: Marcus Reed\nSSN: {S}\nVA file no. (C-number): C{n8}\n"
            "Chapter: 33 (Post-9/11)\nSchool facility code: {n8}\nPhone: {P}\nAlt phone: {PM}\nEmail: {E}\n"
            "Certifying official: {PX}"),
            ("Student | SSN | Credits | Phone\nReed, M. | {S} | 12 | {PN}\nOkafor, J. | {S} | 9 | {PM}\n"
            "Alvarez, P. | {badssn} (ITIN, refer to VA) | 15 | {PN}\nEducation Call Center: {PI}"),
            ("Marcus — VA needs your Social Security number again; the one on the 22-1990 ({S}) did not match DEERS. "
            "Your enrollment certification ID is {ord}. Call me at {PX} or stop by room {n3}."),
        ]),
    },
    "rental_car_agreement": {
        "en": _en("rentals.sunbeltcar.us", [
            ("RENTAL AGREEMENT {ord}\nRenter: Amy Chen\nDriver license: D{n7}\nCell phone: {PM}\nEmail: {E}\n"
            "Payment: VISA {mask}\nDeposit card on file: {C}\nOdometer out: {n5}\nVehicle VIN ending {n6}\n"
            "Branch phone: {PN}"),
            ("Additional drivers\nName | License | Phone\nChen, Amy | D{n7} | {PM}\nLiu, Wei | D{n7} | {P2}\n"
            "Roadside assistance 24/7: {P}\nCard authorization: {C} / auth code {n6}"),
            ("Dear Ms. Chen, a toll charge of ${amt} and a fuel charge were billed to the card ending {mask4}. "
            "Questions? Call {PX} or reply to this email. Reservation {ord}, pickup {date}."),
        ]),
    },
    "eftps_enrollment": {
        "en": _en("bookkeeping-clients.us", [
            ("EFTPS BUSINESS ENROLLMENT\nTaxpayer type: Sole proprietor\nTIN: {S}  (SSN — no EIN)\n"
            "Business EIN for payroll: {ein}\nEnrollment number: {n18}\nBank routing: {aba}\nAccount: {acct}\n"
            "Contact phone: {P}\nEmail: {E}"),
            ("Client | TIN type | TIN | Phone\nBrooks Catering | EIN | {ein} | {PN}\nD. Washington | SSN | {SU} | {PM}\n"
            "Garcia Tile | EIN | {ein} | {PN}\nT. Nguyen | SSN | {S} | {PN}"),
            ("Hi Rob, EFTPS mailed your PIN to the address on file. The confirmation (EFT acknowledgement number "
            "{n15}) is for the Q3 estimated payment under your social, {S}. Call EFTPS at {PN} if the PIN "
            "does not arrive, or me at {PX}."),
        ]),
    },
    "mortgage_gift_letter": {
        "en": _en("loans.keystonehomelending.us", [
            ("GIFT LETTER\nDonor: Ana Ortiz   Relationship: mother\nDonor phone: {P}\nDonor SSN: {S}\n"
            "Gift amount: ${amt}\nTransferred from donor account at Banco Santander, IBAN {BG}\n"
            "Borrower: Carlos Ortiz, loan no. {ord}\nBorrower phone: {PM}\nEmail: {E}"),
            ("Source of funds\nDate | From | Amount | Reference\n{date} | wire, {B} | ${amt} | {ref}\n"
            "{date} | check #{n4} | ${amt} | {ord}\nLoan officer: {PX}"),
            ("Carlos, underwriting needs a signed gift letter from your mom with her Social Security number ({S} "
            "was on the draft) and a bank statement showing the wire from her IBAN. Call me at {PM}. Your loan "
            "number is {ord}, the appraisal ZIP+4 is {zipus}."),
        ], iban="ES"),
    },
}
