"""Registers of the fourteenth blind PII set (benchmarks/pii_blind14.py): titles and item lines of the
localized registers, in each page's language. Written for this set only.

Item lines name their look-alike numbers by field: {D} date, {T} time, {P} price, {O} an order-like id,
{S} a measurement, {N} a serial / reference, {Q} a postcode."""

LOCAL = {
    "piano_tuning": {"cards": 0.3, "ibans": 0.4, "ips": 0.0, "title": {
        "de": ("Klavierstimmung – Terminbestätigung", ["Instrument: Bechstein A 160, Seriennr. {N}", "Termin: {D}, {T}; Stimmung auf 443 Hz, Preis {P}"]),
        "fr": ("Accord de piano – confirmation de rendez-vous", ["Instrument : Pleyel droit, n° de série {N}", "Rendez-vous le {D} à {T} ; tarif {P}"]),
        "it": ("Accordatura pianoforte – conferma appuntamento", ["Strumento: Yamaha U3, matricola {N}", "Appuntamento {D} ore {T}, costo {P}"]),
        "ja": ("ピアノ調律 ご予約確認", ["機種：ヤマハ U1 製造番号 {N}", "日時：{D} {T}　料金 {P}"]),
        "pl": ("Strojenie fortepianu – potwierdzenie wizyty", ["Instrument: Petrof P 118, nr seryjny {N}", "Termin: {D}, godz. {T}; koszt {P}"]),
        "cs": ("Ladění klavíru – potvrzení termínu", ["Nástroj: Petrof P 125, výrobní číslo {N}", "Termín {D} v {T}, cena {P}"]),
    }},
    "scaffold_rental": {"cards": 0.1, "ibans": 0.7, "ips": 0.0, "title": {
        "de": ("Gerüstmiete – Auftrag", ["Fassadengerüst {S}, Standzeit ab {D}", "Auftragsnummer {O}, Miete pro Woche {P}"]),
        "nl": ("Steigerhuur – opdrachtbevestiging", ["Rolsteiger {S}, opbouw op {D}", "Opdrachtnr. {O}, huur per week {P}"]),
        "pl": ("Wynajem rusztowań – zlecenie", ["Rusztowanie elewacyjne {S}, montaż {D}", "Zlecenie nr {O}, czynsz tygodniowy {P}"]),
        "tr": ("İskele kiralama – sipariş formu", ["Cephe iskelesi {S}, kurulum {D}", "Sipariş No {O}, haftalık kira {P}"]),
        "sv": ("Ställningshyra – order", ["Fasadställning {S}, montage {D}", "Ordernr {O}, hyra per vecka {P}"]),
        "cs": ("Pronájem lešení – objednávka", ["Fasádní lešení {S}, montáž {D}", "Objednávka č. {O}, nájem týdně {P}"]),
    }},
    "bridal_fitting": {"cards": 0.5, "ibans": 0.2, "ips": 0.1, "title": {
        "it": ("Atelier sposa – prova abito", ["Modello Aurora, taglia 42, misure {S}", "Prova il {D} alle {T}; acconto versato {P}"]),
        "es": ("Tienda de novias – cita de prueba", ["Vestido modelo Alba, talla 40, medidas {S}", "Prueba el {D} a las {T}; señal {P}"]),
        "fr": ("Boutique de mariage – essayage", ["Robe modèle Iris, taille 38, mesures {S}", "Essayage le {D} à {T} ; acompte {P}"]),
        "el": ("Νυφικά – ραντεβού πρόβας", ["Νυφικό μοντέλο Δάφνη, νούμερο 40, μέτρα {S}", "Πρόβα στις {D}, ώρα {T}· προκαταβολή {P}"]),
        "ru": ("Свадебный салон – примерка", ["Платье «Вероника», размер 44, мерки {S}", "Примерка {D} в {T}; предоплата {P}"]),
        "ar": ("محل فساتين الزفاف – موعد القياس", ["الفستان موديل ياسمين، المقاس 40، القياسات {S}", "موعد القياس {D} الساعة {T}، العربون {P}"]),
    }},
    "chimney_sweep": {"cards": 0.0, "ibans": 0.6, "ips": 0.0, "title": {
        "de": ("Schornsteinfeger – Feuerstättenschau", ["Anlage: Gas-Brennwert, Abgasmessung am {D}: CO 38 ppm, Verlust 4,1 %", "Kehrbezirk {N}, Gebühr {P}"]),
        "cs": ("Kominík – zpráva o kontrole spalinové cesty", ["Spotřebič: plynový kotel, měření {D}: CO 41 ppm", "Zpráva č. {N}, poplatek {P}"]),
        "pl": ("Kominiarz – protokół z przeglądu przewodów", ["Piec gazowy, pomiar {D}: CO 35 ppm, ciąg 12 Pa", "Protokół nr {N}, opłata {P}"]),
        "sv": ("Sotare – brandskyddskontroll", ["Vedpanna, kontroll {D}: anmärkning 2 st", "Protokoll {N}, avgift {P}"]),
        "uk": ("Сажотрус – акт перевірки димоходу", ["Газовий котел, замір {D}: CO 40 ppm", "Акт № {N}, вартість {P}"]),
        "bg": ("Коминочистач – протокол от проверка", ["Котел на пелети, проверка {D}: CO 44 ppm", "Протокол № {N}, такса {P}"]),
    }},
    "pest_control": {"cards": 0.4, "ibans": 0.1, "ips": 0.3, "title": {
        "es": ("Control de plagas – informe de servicio", ["Tratamiento contra cucarachas, zona {S}", "Servicio nº {O} del {D}, próxima revisión {T}; importe {P}"]),
        "pt": ("Controlo de pragas – relatório de serviço", ["Desbaratização, área {S}", "Serviço n.º {O} de {D}; valor {P}"]),
        "th": ("บริการกำจัดปลวก – รายงานการบริการ", ["พื้นที่ฉีดพ่น {S}", "ใบงานเลขที่ {O} วันที่ {D} เวลา {T} ค่าบริการ {P}"]),
        "vi": ("Diệt côn trùng – biên bản dịch vụ", ["Phun thuốc diệt mối, diện tích {S}", "Phiếu số {O} ngày {D} lúc {T}; phí {P}"]),
        "hi": ("कीट नियंत्रण – सेवा रिपोर्ट", ["दीमक उपचार, क्षेत्र {S}", "सेवा सं. {O}, दिनांक {D}, समय {T}, शुल्क {P}"]),
        "ar": ("مكافحة الحشرات – تقرير الخدمة", ["رش ضد النمل الأبيض، المساحة {S}", "رقم أمر العمل {O} بتاريخ {D} الساعة {T}، الرسوم {P}"]),
        "en": ("Pest control – service report", ["Rodent baiting, treated area {S}", "Job {O} on {D} at {T}; charge {P}"]),
    }},
    "hearing_aid": {"cards": 0.3, "ibans": 0.4, "ips": 0.0, "title": {
        "de": ("Hörakustik – Anpassprotokoll", ["Gerät: HdO rechts, Seriennr. {N}, Hörverlust 45 dB bei 2 kHz", "Anpassung am {D}, {T}; Eigenanteil {P}"]),
        "nl": ("Audicien – aanpassingsverslag", ["Toestel: achter-het-oor links, serienr. {N}", "Afspraak {D} om {T}; eigen bijdrage {P}"]),
        "sv": ("Hörselvård – utprovningsprotokoll", ["Apparat: bakom örat, serienr {N}", "Utprovning {D} kl. {T}; egenavgift {P}"]),
        "fr": ("Audioprothésiste – compte rendu d'appareillage", ["Appareil : contour d'oreille, n° de série {N}", "Réglage le {D} à {T} ; reste à charge {P}"]),
        "ko": ("보청기 센터 – 피팅 기록", ["기기: 귀걸이형, 일련번호 {N}", "방문 {D} {T}, 본인부담금 {P}"]),
        "ja": ("補聴器 フィッティング記録", ["機器：耳かけ型 製造番号 {N}", "調整日 {D} {T}　自己負担 {P}"]),
    }},
    "cake_orders": {"cards": 0.4, "ibans": 0.2, "ips": 0.3, "title": {
        "fr": ("Pâtisserie – commande de gâteau personnalisé", ["Pièce montée 40 parts, {S}", "Retrait le {D} à {T} ; acompte {P}"]),
        "pt": ("Pastelaria – encomenda de bolo", ["Bolo de aniversário 3 andares, {S}", "Levantamento {D} às {T}; sinal {P}"]),
        "tr": ("Pastane – özel pasta siparişi", ["Üç katlı düğün pastası, {S}", "Teslim {D} saat {T}; kapora {P}"]),
        "he": ("קונדיטוריה – הזמנת עוגה", ["עוגת יום הולדת שתי קומות, {S}", "איסוף ב-{D} בשעה {T}; מקדמה {P}"]),
        "fa": ("قنادی – سفارش کیک", ["کیک تولد دو طبقه، {S}", "تحویل {D} ساعت {T}؛ پیش‌پرداخت {P}"]),
        "zh": ("蛋糕店 定制蛋糕订单", ["双层生日蛋糕，{S}", "取货 {D} {T}，定金 {P}"]),
    }},
    "regatta_entries": {"cards": 0.2, "ibans": 0.5, "ips": 0.0, "title": {
        "el": ("Ιστιοπλοΐα – δηλώσεις συμμετοχής ρεγκάτας", ["Σκάφος «Αύρα», αρ. πανιού GRE {N}, μήκος {S}", "Εκκίνηση {D} {T}, παράβολο {P}"]),
        "it": ("Regata – iscrizioni", ["Barca «Libeccio», numero velico ITA {N}, LOA {S}", "Partenza {D} ore {T}, quota {P}"]),
        "nl": ("Zeilwedstrijd – inschrijvingen", ["Boot 'Zeemeeuw', zeilnummer NED {N}, lengte {S}", "Start {D} {T}, inschrijfgeld {P}"]),
        "sv": ("Kappsegling – anmälningar", ["Båt \"Havsörn\", segelnummer SWE {N}, längd {S}", "Start {D} kl. {T}, anmälningsavgift {P}"]),
        "en": ("Regatta – entry list", ["Yacht 'Kestrel', sail no. GBR {N}, LOA {S}", "First gun {D} {T}, entry fee {P}"]),
        "ko": ("요트 레가타 참가 신청", ["요트 '바다새', 세일번호 KOR {N}, 전장 {S}", "출발 {D} {T}, 참가비 {P}"]),
    }},
    "livery_stable": {"cards": 0.2, "ibans": 0.6, "ips": 0.0, "title": {
        "de": ("Reitstall – Einstellervertrag", ["Pferd: Wallach „Fidelio“, Chip {N}, Box {S}", "Beginn {D}, Boxenmiete monatlich {P}"]),
        "fr": ("Écurie – contrat de pension", ["Cheval : hongre « Éclair », transpondeur {N}, box {S}", "Début le {D}, pension mensuelle {P}"]),
        "pl": ("Stajnia – umowa pensjonatu", ["Koń: wałach „Kasztan”, chip {N}, boks {S}", "Od {D}, opłata miesięczna {P}"]),
        "ru": ("Конюшня – договор постоя", ["Лошадь: мерин «Гром», чип {N}, денник {S}", "С {D}, постой в месяц {P}"]),
        "uk": ("Стайня – договір утримання коня", ["Кінь: мерин «Вітер», чип {N}, денник {S}", "З {D}, утримання на місяць {P}"]),
        "en": ("Livery yard – agreement", ["Horse: mare 'Juniper', microchip {N}, stable {S}", "From {D}, full livery per month {P}"]),
    }},
    "heat_pump_service": {"cards": 0.1, "ibans": 0.6, "ips": 0.3, "title": {
        "de": ("Wärmepumpe – Wartungsvertrag", ["Gerät: Luft/Wasser 9 kW, Seriennr. {N}, Kältemittel R290 1,2 kg", "Wartung am {D}, {T}; Pauschale {P}"]),
        "sv": ("Värmepump – serviceavtal", ["Luft/vatten 8 kW, serienr {N}", "Service {D} kl. {T}; pris {P}"]),
        "nl": ("Warmtepomp – onderhoudscontract", ["Lucht/water 7 kW, serienr. {N}", "Onderhoud {D} om {T}; tarief {P}"]),
        "cs": ("Tepelné čerpadlo – servisní smlouva", ["Vzduch/voda 10 kW, výrobní číslo {N}", "Servis {D} v {T}; paušál {P}"]),
        "bg": ("Термопомпа – договор за поддръжка", ["Въздух/вода 12 kW, сериен № {N}", "Обслужване {D} в {T}; цена {P}"]),
        "it": ("Pompa di calore – contratto di manutenzione", ["Aria/acqua 9 kW, matricola {N}", "Intervento {D} ore {T}; canone {P}"]),
    }},
    "cinema_booking": {"cards": 0.9, "ibans": 0.0, "ips": 0.6, "title": {
        "es": ("Cine – confirmación de entradas", ["Sala 7, fila F, butacas 11-12", "Sesión {D} {T}; total {P}; localizador {O}"]),
        "it": ("Cinema – conferma prenotazione", ["Sala 3, fila H, posti 8-9", "Spettacolo {D} ore {T}; totale {P}; codice {O}"]),
        "ja": ("映画館 チケット購入完了", ["スクリーン5 G列 14・15番", "上映 {D} {T}　合計 {P}　予約番号 {O}"]),
        "ko": ("영화 예매 확인", ["4관 E열 7, 8번", "상영 {D} {T}, 결제 금액 {P}, 예매번호 {O}"]),
        "zh": ("电影票 订单确认", ["6号厅 9排 5座、6座", "场次 {D} {T}，合计 {P}，取票码 {O}"]),
        "hi": ("सिनेमा टिकट बुकिंग पुष्टि", ["स्क्रीन 2, पंक्ति J, सीट 4-5", "शो {D} {T}, कुल {P}, बुकिंग आईडी {O}"]),
        "th": ("ยืนยันการจองตั๋วภาพยนตร์", ["โรง 4 แถว F ที่นั่ง 9-10", "รอบ {D} {T} รวม {P} รหัสจอง {O}"]),
    }},
    "garage_receipt": {"cards": 0.9, "ibans": 0.0, "ips": 0.0, "title": {
        "fr": ("Parking souterrain – reçu", ["Entrée {D} {T}, durée 3 h 20", "Ticket n° {O}, montant {P}"]),
        "de": ("Parkhaus – Quittung", ["Einfahrt {D} {T}, Parkdauer 2:45 h", "Ticket-Nr. {O}, Betrag {P}"]),
        "he": ("חניון – קבלה", ["כניסה {D} {T}, משך 2:10", "כרטיס מס' {O}, סכום {P}"]),
        "ar": ("موقف السيارات – إيصال", ["الدخول {D} {T}، المدة ساعتان", "رقم التذكرة {O}، المبلغ {P}"]),
        "tr": ("Otopark – makbuz", ["Giriş {D} {T}, süre 1 sa 50 dk", "Bilet No {O}, tutar {P}"]),
        "ru": ("Паркинг – квитанция", ["Въезд {D} {T}, стоянка 4 ч 05 мин", "Талон № {O}, сумма {P}"]),
        "fa": ("پارکینگ – رسید", ["ورود {D} ساعت {T}، مدت ۲ ساعت", "شماره قبض {O}، مبلغ {P}"]),
    }},
    "vehicle_inspection": {"cards": 0.3, "ibans": 0.3, "ips": 0.0, "title": {
        "de": ("Hauptuntersuchung – Prüfbericht", ["FIN WVWZZZ1JZ3W{N}, km-Stand 148.210", "Prüfung {D} {T}; nächste HU 11/2028; Gebühr {P}"]),
        "es": ("ITV – informe de inspección", ["Bastidor VSSZZZ6JZ9R{N}, km 98.450", "Inspección {D} {T}; tasa {P}"]),
        "pt": ("Inspeção periódica – relatório", ["Quadro VF1RFB00{N}, km 120 300", "Inspeção {D} {T}; taxa {P}"]),
        "pl": ("Badanie techniczne pojazdu – zaświadczenie", ["VIN TMBJJ7NE{N}, przebieg 201 450 km", "Badanie {D} {T}; opłata {P}"]),
        "el": ("ΚΤΕΟ – δελτίο ελέγχου", ["Αρ. πλαισίου JTDKB20U{N}, χλμ 87.300", "Έλεγχος {D} {T}· τέλος {P}"]),
        "vi": ("Đăng kiểm xe – phiếu kiểm định", ["Số khung RL4BB3FB{N}, số km 45.210", "Kiểm định {D} {T}; phí {P}"]),
        "bg": ("Технически преглед – протокол", ["Рама WBA3A510{N}, пробег 176 400 км", "Преглед {D} {T}; такса {P}"]),
    }},
    "theatre_cast_list": {"cards": 0.0, "ibans": 0.2, "ips": 0.0, "title": {
        "en": ("Amateur dramatic society – cast & crew contacts", ["Get-in {D} {T}, tech rehearsal at the hall", "Ticket float {P}; rights licence {O}"]),
        "de": ("Laientheater – Besetzungs- und Kontaktliste", ["Bauprobe {D}, {T}, Bühne {S}", "Kasse Anfangsbestand {P}; Aufführungsrecht Nr. {O}"]),
        "bg": ("Любителски театър – състав и контакти", ["Генерална репетиция {D} {T}, сцена {S}", "Каса {P}; лиценз № {O}"]),
        "el": ("Ερασιτεχνικό θέατρο – διανομή και επαφές", ["Γενική πρόβα {D} {T}, σκηνή {S}", "Ταμείο {P}· άδεια αρ. {O}"]),
        "ru": ("Любительский театр – состав и контакты", ["Генеральная репетиция {D} {T}, сцена {S}", "Касса {P}; лицензия № {O}"]),
        "uk": ("Аматорський театр – склад і контакти", ["Генеральна репетиція {D} {T}, сцена {S}", "Каса {P}; ліцензія № {O}"]),
    }},
    "dog_grooming": {"cards": 0.5, "ibans": 0.1, "ips": 0.0, "title": {
        "es": ("Peluquería canina – cita", ["Perro: caniche «Coco», chip {N}, peso 7,4 kg", "Cita {D} a las {T}; baño y corte {P}"]),
        "pt": ("Tosquia canina – marcação", ["Cão: shih-tzu «Bolinha», chip {N}, peso 6,2 kg", "Marcação {D} às {T}; banho e tosquia {P}"]),
        "it": ("Toelettatura – appuntamento", ["Cane: barboncino «Pepe», microchip {N}, peso 8,1 kg", "Appuntamento {D} ore {T}; toelettatura {P}"]),
        "ja": ("トリミングサロン ご予約", ["ワンちゃん：トイプードル「モモ」 マイクロチップ {N}", "ご来店 {D} {T}　シャンプーカット {P}"]),
        "zh": ("宠物美容 预约单", ["狗狗：比熊“豆豆”，芯片号 {N}，体重 5.8 kg", "预约 {D} {T}，洗澡修剪 {P}"]),
        "vi": ("Spa thú cưng – lịch hẹn", ["Chó: poodle \"Bơ\", chip {N}, nặng 4,9 kg", "Hẹn {D} lúc {T}; tắm và cắt tỉa {P}"]),
        "he": ("מספרת כלבים – תור", ["כלב: פודל \"שוקו\", שבב {N}, משקל 7.1 ק\"ג", "תור ב-{D} בשעה {T}; רחצה ותספורת {P}"]),
    }},
    "card_reissue": {"cards": 1.6, "ibans": 0.2, "ips": 0.8, "title": {
        "ru": ("Заявление на перевыпуск карты", ["Причина: истёк срок / повреждение чипа", "Заявка № {O} от {D} {T}; комиссия {P}"]),
        "uk": ("Заява на перевипуск картки", ["Причина: пошкоджено магнітну смугу", "Заявка № {O} від {D} {T}; комісія {P}"]),
        "bg": ("Искане за преиздаване на карта", ["Причина: изтекъл срок", "Заявка № {O} от {D} {T}; такса {P}"]),
        "tr": ("Kart yenileme talebi", ["Neden: çip arızası", "Talep No {O}, {D} {T}; ücret {P}"]),
        "ar": ("طلب إعادة إصدار بطاقة", ["السبب: انتهاء الصلاحية", "رقم الطلب {O} بتاريخ {D} {T}، الرسوم {P}"]),
        "fa": ("درخواست صدور مجدد کارت", ["علت: خرابی تراشه", "شماره درخواست {O} تاریخ {D} ساعت {T}؛ کارمزد {P}"]),
        "he": ("בקשה להנפקה מחדש של כרטיס", ["סיבה: הכרטיס נפגם", "בקשה מס' {O} מ-{D} {T}; עמלה {P}"]),
        "hi": ("कार्ड पुनः जारी करने का अनुरोध", ["कारण: चिप ख़राब", "अनुरोध सं. {O}, {D} {T}, शुल्क {P}"]),
    }},
    "dance_school": {"cards": 0.4, "ibans": 0.5, "ips": 0.3, "title": {
        "fr": ("École de danse – inscription", ["Cours : salsa débutants, mardi {T}", "Début le {D} ; cotisation annuelle {P}"]),
        "es": ("Escuela de baile – inscripción", ["Curso: tango inicial, jueves {T}", "Inicio {D}; cuota trimestral {P}"]),
        "nl": ("Dansschool – inschrijving", ["Cursus: stijldansen beginners, vrijdag {T}", "Start {D}; lesgeld {P}"]),
        "pl": ("Szkoła tańca – zapis", ["Kurs: bachata od podstaw, środa {T}", "Start {D}; karnet {P}"]),
        "ko": ("댄스 학원 수강 신청", ["강좌: 스윙 입문, 토요일 {T}", "개강 {D}, 수강료 {P}"]),
        "th": ("โรงเรียนสอนเต้น – ใบสมัคร", ["คอร์ส: ซัลซ่าเบื้องต้น วันพุธ {T}", "เริ่มเรียน {D} ค่าเรียน {P}"]),
        "zh": ("舞蹈学校 报名表", ["课程：拉丁舞入门，周六 {T}", "开课 {D}，学费 {P}"]),
    }},
    "ebike_leasing": {"cards": 0.1, "ibans": 0.8, "ips": 0.2, "title": {
        "de": ("Dienstrad-Leasing – Überlassungsvertrag", ["E-Bike Trekking, Rahmennr. {N}, Akku 625 Wh", "Laufzeit 36 Monate ab {D}; Rate {P}"]),
        "nl": ("Leasefiets – overeenkomst", ["E-bike, framenr. {N}, accu 500 Wh", "Looptijd 36 maanden vanaf {D}; termijn {P}"]),
        "fr": ("Vélo de fonction – contrat de location", ["VAE, n° de cadre {N}, batterie 500 Wh", "Durée 36 mois à partir du {D} ; loyer {P}"]),
        "it": ("Bici aziendale – contratto di noleggio", ["E-bike, telaio n. {N}, batteria 625 Wh", "Durata 36 mesi dal {D}; canone {P}"]),
    }},
}

# US registers: (title, item lines, Spanish title and lines or None). Item fields as above.
US = {
    "us_sf86_excerpt": ("Questionnaire for National Security Positions – section excerpts", [
        "Section 11 – Where You Have Lived: {Q} since {D}", "Section 13A – Employment Activities, supervisor listed"], None),
    "us_lease_guarantor": ("Lease Guarantor Application", [
        "Unit 4B, monthly rent {P}, lease start {D}", "Guarantor annual income {P}; employer EIN {EIN}"],
        ("Solicitud de fiador para contrato de arrendamiento", [
            "Unidad 4B, renta mensual {P}, inicio {D}", "Ingreso anual del fiador {P}; EIN del empleador {EIN}"])),
    "us_auto_quote": ("Auto Insurance Quote Request", [
        "Vehicle: 2019 Honda CR-V, VIN 5J6RW2H5{N}", "Garaging ZIP {Q}; current policy {O} expires {D}"],
        ("Solicitud de cotización de seguro de auto", [
            "Vehículo: 2018 Toyota Camry, VIN 4T1B11HK{N}", "Código postal {Q}; póliza actual {O} vence {D}"])),
    "us_homestead": ("Application for Residence Homestead Exemption", [
        "Parcel ID {O}, deed recorded {D}", "Appraised value {P}; filing year 2026"], None),
    "us_adoption_homestudy": ("Adoption Home Study Questionnaire", [
        "Household members: 2 adults, 1 child; interview {D} {T}", "Agency file {O}; fee paid {P}"], None),
    "us_enlistment_prescreen": ("Enlistment Pre-Screen Worksheet", [
        "ASVAB test date {D}, AFQT 64", "Recruiting station file {O}; height/weight 70 in / 172 lb"],
        ("Hoja de preselección para alistamiento", [
            "Fecha del ASVAB {D}, AFQT 58", "Expediente {O}; estatura/peso 67 in / 150 lb"])),
    "us_process_server": ("Affidavit of Service", [
        "Case No. {O}, served {D} at {T}", "Service fee {P}; mileage 18.4 mi"], None),
    "us_patient_financing": ("Patient Financing Application", [
        "Procedure estimate {P}, treatment date {D}", "Practice account {O}; plan 12 months 0% APR"],
        ("Solicitud de financiamiento para pacientes", [
            "Presupuesto del tratamiento {P}, fecha {D}", "Cuenta de la clínica {O}; plan de 12 meses"])),
    "us_broker_optout": ("Data Broker Opt-Out Request", [
        "Listing found on {D}; record id {O}", "Request deadline 45 days; confirmation code {N}"], None),
    "us_cemetery_plot": ("Cemetery Plot Purchase Agreement", [
        "Section 12, Lot {O}, interment rights for 2", "Purchase price {P}; first installment due {D}"], None),
}
