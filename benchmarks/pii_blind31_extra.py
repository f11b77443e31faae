"""Extra lines of the 31st blind PII set (benchmarks/pii_blind31.py): payment lines with card numbers
and bank lines with IBANs in each page's language, SSN and phone lines for the US paperwork, each with
its look-alikes. Appended under a page's main layout. Written for this set only.
"""

PAY = {
    "de": ["\nBezahlt mit Kreditkarte {C} (gültig bis 09/28), Beleg-Nr. {ord}", "\nKarte: {C} · Prüfziffer nicht speichern!",
           "\nKartenzahlung abgelehnt: {badcard} – bitte neue Karte angeben."],
    "sl": ["\nPlačilo s kartico {C}, št. računa {ord}", "\nKartica {mask} – plačano."],
    "ja": ["\nお支払い：クレジットカード {C}（有効期限 10/27）", "\nカード番号 {mask} で決済済み、注文番号 {ord}"],
    "zh": ["\n信用卡號：{C}\n授權碼：{n6}", "\n已刷卡 {mask}，發票號碼 AB-{n8}"],
    "nl": ["\nBetaald met creditcard {C}", "\nPasnummer {mask}, transactie {ord}"],
    "th": ["\nชำระด้วยบัตรเครดิต {C}", "\nบัตร {mask} เลขที่ใบเสร็จ {ord}"],
    "pl": ["\nPłatność kartą: {C}", "\nKarta {mask}, nr transakcji {ord}"],
    "es": ["\nPago con tarjeta {C} (caduca 11/27)", "\nTarjeta {mask}, nº de operación {ord}", "\nTarjeta rechazada: {badcard}"],
    "tr": ["\nKredi kartı: {C}", "\nKart {mask}, provizyon no {n6}"],
    "pt": ["\nPago no cartão {C} em 3x", "\nCartão {mask}, NSU {n6}"],
    "da": ["\nBetalt med kort {C}", "\nKort {mask}, kvitteringsnr. {ord}"],
    "cs": ["\nPlatba kartou: {C}", "\nKarta {mask}, č. transakce {ord}"],
    "sv": ["\nBetalt med kort {C}", "\nKort {mask}, kvittonr {ord}"],
    "fr": ["\nRèglement par carte bancaire {C}", "\nCarte {mask}, n° d'autorisation {n6}", "\nCarte refusée : {badcard}"],
    "bg": ["\nПлащане с карта {C}", "\nКарта {mask}, номер на транзакция {ord}"],
    "hi": ["\nकार्ड से भुगतान: {C}", "\nकार्ड {mask}, रसीद संख्या {ord}"],
    "he": ["\nתשלום בכרטיס אשראי {C}", "\nכרטיס {mask}, מספר אישור {n6}"],
    "ru": ["\nОплата картой {C}", "\nКарта {mask}, номер операции {ord}"],
    "uk": ["\nОплата карткою {C}", "\nКартка {mask}, номер квитанції {ord}"],
    "ko": ["\n결제 카드: {C}", "\n카드 {mask} 승인번호 {n8}"],
    "vi": ["\nThanh toán bằng thẻ {C}", "\nThẻ {mask}, mã giao dịch {ord}"],
    "el": ["\nΠληρωμή με κάρτα {C}", "\nΚάρτα {mask}, αρ. συναλλαγής {ord}"],
    "it": ["\nPagato con carta {C}", "\nCarta {mask}, n. autorizzazione {n6}"],
    "ar": ["\nرقم البطاقة: {C}", "\nالبطاقة {mask} رقم العملية {ord}"],
    "ur": ["\nکارڈ نمبر: {C}", "\nکارڈ {mask} رسید نمبر {ord}"],
    "bn": ["\nকার্ড নম্বর: {C}", "\nকার্ড {mask}, রসিদ নং {ord}"],
    "ms": ["\nNo. kad kredit: {C}", "\nKad {mask}, no. resit {ord}"],
    "fa": ["\nشماره کارت: {C}", "\nکارت {mask} کد پیگیری {ord}"],
    "ka": ["\nბარათის ნომერი: {C}", "\nბარათი {mask}, ტრანზაქცია {ord}"],
    "en": ["\nCard charged: {C} exp 04/28 (CVV not stored)", "\nPaid by card {C}; receipt {ord}",
           "\nCC# {C}", "\nCredit card number {C}, billing ZIP {zip}", "\nCard used for the fee: {C}",
           "\nDeclined card {badcard} — customer to call back", "\nCard on file: {mask}"],
}

BANK = {
    "de": ["\nBankverbindung: {B} (BIC BKAUATWW)", "\nIBAN {BG} · Kontoinhaber Sektion Tirol"],
    "sl": ["\nTRR: {B}", "\nIBAN {BG}, sklic SI00 {n8}"],
    "nl": ["\nIBAN: {B} t.n.v. Stichting Dierenhulp", "\nRekening {BG}, kenmerk {ord}"],
    "pl": ["\nNr konta: {B}", "\nIBAN {BG}, tytuł: darowizna {ord}"],
    "es": ["\nIBAN: {B}", "\nCuenta del club: {BG} (referencia {ord})"],
    "tr": ["\nIBAN: {B}", "\nHesap: {BG} – alıcı: Motosiklet Kulübü Derneği"],
    "pt": ["\nIBAN: {B}", "\nConta: {BG}"],
    "da": ["\nIBAN {B}", "\nKonto: {BG} (reg.nr. {mask4})"],
    "cs": ["\nIBAN: {B}", "\nÚčet: {BG}, variabilní symbol {n10}"],
    "sv": ["\nIBAN: {B}", "\nKonto {BG}, OCR {n10}"],
    "fr": ["\nIBAN : {B}", "\nRIB : {BG} — BIC AGRIFRPP"],
    "bg": ["\nIBAN: {B}", "\nСметка: {BG}"],
    "he": ["\nחשבון: {B}", "\nIBAN {BG}"],
    "uk": ["\nIBAN: {B}", "\nР/р {BG}"],
    "el": ["\nIBAN: {B}", "\nΛογαριασμός {BG}"],
    "it": ["\nIBAN: {B}", "\nConto {BG} intestato al Frantoio"],
    "ar": ["\nالآيبان: {B}", "\nرقم الحساب الدولي {BG}"],
    "ur": ["\nآئی بین: {B}", "\nاکاؤنٹ {BG}"],
    "ka": ["\nIBAN: {B}", "\nანგარიში {BG}"],
    "en": ["\nWire from IBAN {B}", "\nDonor IBAN: {BG}"],
}

US_MORE = [
    "\nSpouse SSN: {S}", "\nS.S.N. {SS}", "\nSoc. Sec. No. {S}", "\nSSN# {SU}", "\nsocial security number: {S}",
    "\nSSN (verified with SSA): {S}", "\nDependent | SSN\nAva | {S}\nNoah | {S}",
    "\nNote: {badssn} rejected by SSA (not a valid SSN); resubmitted as {S}.",
    "\nEIN {ein} is the employer's, not the employee's SSN ({S}).",
    "\nCase no. {case324} | ZIP+4 {zipus} | SSN {S}",
    "\nEmergency contact: {P}", "\nWork: {PX}  Home: {PN}", "\nText updates to {PM}", "\nFax {PF}",
    "\nCall us toll free at {PN} or from abroad at {PI}.",
    "\nE-signed {date} {time} from IP {I4} (audit ref {ref})", "\nSubmitted online — client IP {I4}, session {uuid}",
    "\nSigner IP address: {I6}",
    "\nSocial Security #: {SD}", "\nSSN on W-2: ***-**-{mask4} (masked by payroll)",
    "\nITIN {badssn} is not an SSN; applicant has none yet.", "\nPhone (day): {PN}   Phone (eve): {PN}",
    "\n<a href=\"tel:{PE}\">Call the office</a>",
]

ES_MORE = [
    "\nSeguro Social del cónyuge: {S}", "\nNúmero de Seguro Social: {SU}", "\nTeléfono del trabajo: {PX}",
    "\nCelular alterno: {PM}", "\nFirmado electrónicamente desde la IP {I4}", "\nEl número {badssn} es un ITIN, no un número de Seguro Social.",
]

MACHINE_MORE = [
    "\n# on-call: {P}", "\n# escalation: {PI} / {PM}", "\nfrom {I4} via {IP}", "\npeer {I6}",
    "\nssh {prompt} # jump host {I4}", "\nbuild {ver} deployed from {IP}",
    "\nalert sms to {PE} and {PE}",
    "\nnote=\"caller read card {C} over the phone, callback {P}\"",
    "\n# customer note: please charge {C} instead of {mask}", "\nnetmask {bcast}; gateway {IP}; dns {I4}",
    "\nX-Forwarded-For: {I4}, {IP}", "\nupstream [{I6}]:443 connect() failed (111: Connection refused)",
    "\n    inet {IP}/24 scope global eth0", "\n    inet6 {I6L}%eth0 scope link",
    "\nclient {I4}#53211: query: cdn.example.net IN AAAA +E(0)", "\nagent version {ver}, sysObjectID {oid}",
    "\ncaller-id \"{PE}\" <{PE}>",
    "\nlisten {lo}:8080; resolver {I4} valid=300s;",
]
