"""Pages of the class where trafilatura's fast mode keeps boilerplate instead of the article.

Each page puts a block of boilerplate (a navigation menu, a booking or event calendar, a list of
links or teasers, a cookie notice, an archive list, a price table, a tag cloud) in a container that
trafilatura looks at first (its BODY_XPATH: class "entry-content", "post", an <article>, id
"content", ...), and the article (real sentences from ../shared/data/langid, in eight languages) in
a container it looks at later or not at all, with the site's header, menu, sidebar and footer
around them; some pages hold the article alone after a cookie wall, some put the boilerplate
beside the article in the same container, and a share are controls where the article is where
trafilatura looks first. Ground truth as in the extraction benchmark: `with` snippets (article
sentences) and `without` snippets (texts of the boilerplate).

Two parts, never mixed: `part="tuning"` draws from the first half of the sentences and from
TUNING_LAYOUTS; `part="held_back"` from the other half of the sentences and from HELD_BACK_LAYOUTS,
layout variants (containers, boilerplate shapes and languages) that no tuning page has. The
detector in stages/extract.py was tuned on the tuning part only.

Deterministic: `boilerplate_pages(part, count, seed)` returns the same pages every time.
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from pathlib import Path

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
WEEKDAYS = {
    "en": "Mo Tu We Th Fr Sa Su", "de": "Mo Di Mi Do Fr Sa So", "fr": "lu ma me je ve sa di",
    "es": "lu ma mi ju vi sá do", "it": "lu ma me gi ve sa do", "nl": "ma di wo do vr za zo",
    "pl": "pn wt śr cz pt so nd", "pt": "seg ter qua qui sex sáb dom",
}
STATUS = {  # free, booked, arrival
    "en": ("available", "booked", "check-in"), "de": ("frei", "belegt", "Anreise"),
    "fr": ("libre", "réservé", "arrivée"), "es": ("libre", "ocupado", "llegada"),
    "it": ("libero", "occupato", "arrivo"), "nl": ("vrij", "bezet", "aankomst"),
    "pl": ("wolny", "zajęty", "przyjazd"), "pt": ("livre", "ocupado", "chegada"),
}
MENU = {
    "en": "Home|News|Sports|Business|Culture|Travel|Weather|Opinion|Video|Podcasts|About us|Contact|Shop|"
          "Events|Jobs|Archive|Newsletter|Subscribe|Login|Services|Products|Support|Blog|Careers|Press",
    "de": "Startseite|Aktuelles|Sport|Wirtschaft|Kultur|Reisen|Wetter|Meinung|Videos|Über uns|Kontakt|"
          "Shop|Termine|Stellenangebote|Archiv|Newsletter|Abo|Anmelden|Leistungen|Produkte|Presse|Vereine",
    "fr": "Accueil|Actualités|Sport|Économie|Culture|Voyages|Météo|Opinions|Vidéos|Qui sommes-nous|"
          "Contact|Boutique|Agenda|Emploi|Archives|Lettre d'information|S'abonner|Connexion|Services",
    "es": "Inicio|Noticias|Deportes|Economía|Cultura|Viajes|El tiempo|Opinión|Vídeos|Quiénes somos|"
          "Contacto|Tienda|Agenda|Empleo|Archivo|Boletín|Suscríbete|Acceder|Servicios|Productos",
    "it": "Home|Notizie|Sport|Economia|Cultura|Viaggi|Meteo|Opinioni|Video|Chi siamo|Contatti|Negozio|"
          "Eventi|Lavoro|Archivio|Newsletter|Abbonati|Accedi|Servizi|Prodotti",
    "nl": "Home|Nieuws|Sport|Economie|Cultuur|Reizen|Weer|Opinie|Video|Over ons|Contact|Winkel|"
          "Agenda|Vacatures|Archief|Nieuwsbrief|Abonneren|Inloggen|Diensten|Producten",
    "pl": "Strona główna|Wiadomości|Sport|Biznes|Kultura|Podróże|Pogoda|Opinie|Wideo|O nas|Kontakt|"
          "Sklep|Wydarzenia|Praca|Archiwum|Newsletter|Subskrypcja|Zaloguj|Usługi|Produkty",
    "pt": "Início|Notícias|Desporto|Economia|Cultura|Viagens|Tempo|Opinião|Vídeos|Quem somos|Contacto|"
          "Loja|Agenda|Emprego|Arquivo|Newsletter|Assinar|Entrar|Serviços|Produtos",
}
COOKIES = {
    "en": ("We use cookies and similar technologies to give you the best experience on our website, to "
           "analyse our traffic and to personalise content and ads. By clicking \u201cAccept all\u201d you "
           "consent to the use of all cookies. You can change your settings at any time under "
           "\u201cPrivacy settings\u201d.", "Accept all", "Reject", "Cookie settings"),
    "de": ("Wir verwenden Cookies und ähnliche Technologien, um Ihnen das beste Erlebnis auf unserer "
           "Website zu bieten, die Nutzung zu analysieren und Inhalte zu personalisieren. Mit einem Klick "
           "auf \u201eAlle akzeptieren\u201c stimmen Sie der Verwendung aller Cookies zu. Ihre Einwilligung "
           "können Sie jederzeit in den Datenschutzeinstellungen widerrufen.",
           "Alle akzeptieren", "Ablehnen", "Einstellungen"),
    "fr": ("Nous utilisons des cookies et des technologies similaires pour vous offrir la meilleure "
           "expérience sur notre site, mesurer l'audience et personnaliser les contenus. En cliquant sur "
           "\u00ab Tout accepter \u00bb, vous consentez à l'utilisation de tous les cookies. Vous pouvez "
           "modifier vos préférences à tout moment.", "Tout accepter", "Refuser", "Paramétrer"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios, analizar la "
           "navegación y mostrarle publicidad relacionada con sus preferencias. Si continúa navegando, "
           "consideramos que acepta su uso. Puede cambiar la configuración u obtener más información en "
           "nuestra política de cookies.", "Aceptar todas", "Rechazar", "Configurar"),
    "it": ("Questo sito utilizza cookie tecnici e di profilazione, propri e di terze parti, per "
           "migliorare la tua esperienza di navigazione e mostrarti pubblicità in linea con le tue "
           "preferenze. Cliccando su \u00abAccetta tutti\u00bb acconsenti all'uso di tutti i cookie.",
           "Accetta tutti", "Rifiuta", "Personalizza"),
    "nl": ("Wij gebruiken cookies en vergelijkbare technieken om onze website goed te laten werken, het "
           "gebruik te analyseren en advertenties af te stemmen op jouw interesses. Door op \u201eAlles "
           "accepteren\u201d te klikken, ga je akkoord met het plaatsen van alle cookies.",
           "Alles accepteren", "Weigeren", "Instellingen"),
    "pl": ("Ta strona korzysta z plików cookie w celu świadczenia usług na najwyższym poziomie, analizy "
           "ruchu oraz dopasowania treści reklamowych. Dalsze korzystanie ze strony oznacza zgodę na ich "
           "użycie. Ustawienia możesz zmienić w dowolnym momencie w przeglądarce.",
           "Akceptuję", "Odrzuć", "Ustawienia"),
    "pt": ("Utilizamos cookies para melhorar a sua experiência de navegação, analisar o tráfego do site "
           "e personalizar conteúdos e anúncios. Ao clicar em \u201cAceitar todos\u201d, concorda com a "
           "utilização de todos os cookies. Pode alterar as suas preferências a qualquer momento.",
           "Aceitar todos", "Rejeitar", "Definições"),
}
MORE = {"en": "Read more", "de": "Weiterlesen", "fr": "Lire la suite", "es": "Leer más",
        "it": "Leggi tutto", "nl": "Lees meer", "pl": "Czytaj więcej", "pt": "Ler mais"}

# Containers: (opening tag, closing tag). FIRST: one of trafilatura's early BODY_XPATH
# expressions matches it; LATER: only a later expression, or none, matches it.
TUNING_FIRST = (
    ('<div class="entry-content">', "</div>"), ('<div class="post-content widget">', "</div>"),
    ('<article class="teaser">', "</article>"), ('<div class="text">', "</div>"),
    ('<div id="content">', "</div>"), ('<section class="article-body">', "</section>"),
)
TUNING_LATER = (
    ('<div class="main">', "</div>"), ('<main>', "</main>"), ('<div id="page-body">', "</div>"),
    ('<div class="col-md-8">', "</div>"), ('<div>', "</div>"),
)
HELD_BACK_FIRST = (
    ('<div class="post">', "</div>"), ('<div class="page-content">', "</div>"),
    ('<article>', "</article>"), ('<div class="story-content">', "</div>"),
    ('<section class="content">', "</section>"), ('<div itemprop="articleBody">', "</div>"),
)
HELD_BACK_LATER = (
    ('<div class="region region-main">', "</div>"), ('<div id="wrapper"><div class="inner">', "</div></div>"),
    ('<td class="maincol">', "</td>"), ('<div class="container">', "</div>"),
)
TUNING_LAYOUTS = ("menu", "calendar", "link_list", "cookie", "archive", "teasers", "mixed_same_box")
HELD_BACK_LAYOUTS = ("menu_dl", "calendar_divs", "event_list", "cookie_dialog", "tag_cloud",
                     "price_table", "teasers_cards", "mixed_same_box")


@dataclass
class Page:
    key: str
    html: bytes
    layout: str
    control: bool  # the article is where trafilatura looks first
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)

    @property
    def item(self) -> dict:
        return {"with": self.with_, "without": self.without}


_SENTENCES: dict[str, list[str]] = {}


def _sentences(language: str, part: str) -> list[str]:
    if language not in _SENTENCES:
        path = SHARED_DATA / "langid" / f"{language}.txt"
        _SENTENCES[language] = [s.strip() for s in path.read_text(encoding="utf-8").splitlines()
                                if len(s.strip()) > 40]
    lines = _SENTENCES[language]
    half = len(lines) // 2
    return lines[:half] if part == "tuning" else lines[half:]


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class _Builder:
    def __init__(self, rng: random.Random, language: str, part: str):
        self.rng, self.language, self.part = rng, language, part
        self.sentences = _sentences(language, part)

    def article(self, paragraphs: int, per: tuple[int, int] = (2, 4)) -> tuple[str, list[str]]:
        rng = self.rng
        start = rng.randrange(len(self.sentences) - 40)
        chosen = self.sentences[start:start + 40]
        rng.shuffle(chosen)
        blocks, used = [], []
        for _ in range(paragraphs):
            n = rng.randint(*per)
            block, chosen = chosen[:n], chosen[n:]
            used.append(block)
            blocks.append(f"<p>{_e(' '.join(block))}</p>")
        title = chosen[0].rstrip(".!?")[:80]
        head = f"<h1>{_e(title)}</h1>" if rng.random() < 0.7 else ""
        if rng.random() < 0.4:
            head += f'<p class="byline">{rng.randint(1, 28)}.{rng.randint(1, 12)}.2023</p>'
        snippets = [b[0] for b in used][: max(2, min(3, len(used)))]
        if len(used) > 3:
            snippets.append(used[-1][-1])
        return head + "".join(blocks), snippets

    def menu(self, nested: bool = False) -> tuple[str, list[str]]:
        items = MENU[self.language].split("|")
        rng = self.rng
        chosen = rng.sample(items, rng.randint(8, len(items)))
        lis = []
        for item in chosen:
            link = rng.random() < 0.75
            inner = f'<a href="/{rng.randrange(999)}">{_e(item)}</a>' if link else f"<span>{_e(item)}</span>"
            if nested and rng.random() < 0.3:
                sub = "".join(f'<li><a href="/s{i}">{_e(s)}</a></li>' for i, s in enumerate(rng.sample(items, 3)))
                inner += f"<ul>{sub}</ul>"
            lis.append(f"<li>{inner}</li>")
        return f'<ul class="menu">{"".join(lis)}</ul>', [" ".join(chosen[1:4])]

    def menu_dl(self) -> tuple[str, list[str]]:
        items = MENU[self.language].split("|")
        rng = self.rng
        groups = []
        for _ in range(rng.randint(3, 5)):
            head, *rest = rng.sample(items, rng.randint(4, 7))
            groups.append(f"<dt>{_e(head)}</dt>" + "".join(f'<dd><a href="/{rng.randrange(99)}">{_e(r)}</a></dd>'
                                                          for r in rest))
        return f"<dl>{''.join(groups)}</dl>", [rng.choice(items) + "\n"]

    def calendar(self, months: int = 2) -> tuple[str, list[str]]:
        rng = self.rng
        names, days = MONTHS[self.language].split(), WEEKDAYS[self.language].split()
        free, booked, arrival = STATUS[self.language]
        tables, caption = [], f"{names[rng.randrange(12)].capitalize()} {rng.choice((2023, 2024, 2025))}"
        start = rng.randrange(12)
        for m in range(months):
            rows = ["<tr>" + "".join(f"<th>{d}</th>" for d in days) + "</tr>"]
            day, offset = 1, rng.randrange(7)
            length = rng.choice((28, 30, 31))
            while day <= length:
                cells = []
                for col in range(7):
                    if (len(rows) == 1 and col < offset) or day > length:
                        cells.append("<td></td>")
                        continue
                    state = rng.choice((free, free, booked, arrival)) if rng.random() < 0.5 else ""
                    price = f" {rng.choice((89, 95, 110, 120, 145))} €" if rng.random() < 0.2 else ""
                    cells.append(f'<td class="{state or "day"}" title="{state}">{day}{price}</td>')
                    day += 1
                rows.append("<tr>" + "".join(cells) + "</tr>")
            name = f"{names[(start + m) % 12].capitalize()} {2024 + (start + m) // 12}"
            tables.append(f'<table class="calendar"><caption>{name}</caption>{"".join(rows)}</table>')
        legend = f'<p class="legend"><span>{free}</span> <span>{booked}</span> <span>{arrival}</span></p>'
        return f"<h3>{caption}</h3>" + "".join(tables) + legend, [" ".join(days[:3])]

    def calendar_divs(self) -> tuple[str, list[str]]:
        rng = self.rng
        names, days = MONTHS[self.language].split(), WEEKDAYS[self.language].split()
        free, booked, _ = STATUS[self.language]
        out = []
        for m in range(rng.randint(1, 3)):
            cells = "".join(f'<div class="wd">{d}</div>' for d in days)
            cells += "".join(f'<div class="d {rng.choice((free, booked))}"><span>{d}</span></div>'
                             for d in range(1, rng.choice((29, 31, 32))))
            out.append(f'<div class="month"><div class="mname">{names[(m + 3) % 12]} 2024</div>'
                       f'<div class="grid">{cells}</div></div>')
        return "".join(out), [f"{names[3]} 2024"]

    def event_list(self) -> tuple[str, list[str]]:
        rng = self.rng
        names = MONTHS[self.language].split()
        items = MENU[self.language].split("|")
        rows = []
        for _ in range(rng.randint(8, 16)):
            d = f"{rng.randint(1, 28)} {names[rng.randrange(12)]} 2024"
            t = f"{rng.randint(8, 20)}:{rng.choice(('00', '15', '30', '45'))}"
            what = " ".join(rng.sample(items, 2))
            rows.append(f'<li><span class="date">{d}</span> <span class="time">{t}</span> '
                        f'<a href="/e/{rng.randrange(999)}">{_e(what)}</a></li>')
        return f'<ul class="events">{"".join(rows)}</ul>', [rows[0].split(">")[1].split("<")[0]]

    def headline(self) -> str:
        s = self.rng.choice(self.sentences)
        words = s.rstrip(".!?").split()
        return " ".join(words[: self.rng.randint(5, 11)])

    def link_list(self) -> tuple[str, list[str]]:
        titles = [self.headline() for _ in range(self.rng.randint(6, 14))]
        lis = "".join(f'<li><a href="/a/{i}">{_e(t)}</a></li>' for i, t in enumerate(titles))
        return f"<h3>{_e(MORE[self.language])}</h3><ul>{lis}</ul>", [titles[1]]

    def teasers(self, cards: bool = False) -> tuple[str, list[str]]:
        rng = self.rng
        out, titles = [], []
        for i in range(rng.randint(4, 9)):
            title = self.headline()
            titles.append(title)
            snippet = " ".join(rng.choice(self.sentences).split()[:rng.randint(6, 14)]) + " …"
            date = f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2023"
            if cards:
                out.append(f'<div class="card"><a href="/t/{i}"><h4>{_e(title)}</h4></a><small>{date}</small>'
                           f'<div class="excerpt">{_e(snippet)}</div></div>')
            else:
                out.append(f'<div class="item"><h3><a href="/t/{i}">{_e(title)}</a></h3><span>{date}</span>'
                           f'<p>{_e(snippet)} <a href="/t/{i}">{_e(MORE[self.language])}</a></p></div>')
        return "".join(out), [titles[0]]

    def cookie(self, dialog: bool = False) -> tuple[str, list[str]]:
        text, accept, reject, settings = COOKIES[self.language]
        buttons = f"<a href='#'>{accept}</a> <a href='#'>{reject}</a> <a href='#'>{settings}</a>"
        sentences = text.split(". ")
        if dialog:
            return (f'<div class="cmp-box"><h2>{settings}</h2>'
                    + "".join(f"<p>{_e(s)}.</p>" for s in sentences[:-1]) + f"<p>{_e(sentences[-1])}</p>"
                    + f"<div>{buttons}</div></div>"), [sentences[0]]
        return f"<p>{_e(text)}</p><p>{buttons}</p>", [sentences[0]]

    def archive(self) -> tuple[str, list[str]]:
        names = MONTHS[self.language].split()
        rng = self.rng
        lis = "".join(f'<li><a href="/{y}/{m}">{names[m].capitalize()} {y}</a> ({rng.randint(1, 30)})</li>'
                      for y in (2023, 2022) for m in range(11, -1, -1) if rng.random() < 0.8)
        return f"<ul class='archive'>{lis}</ul>", []

    def tag_cloud(self) -> tuple[str, list[str]]:
        words = sorted({w.strip(".,;:!?()\"'") for s in self.rng.sample(self.sentences, 12) for w in s.split()
                        if len(w) > 5})[:40]
        return "<div class='tags'>" + " ".join(f'<a href="/tag/{i}" style="font-size:{self.rng.randint(8, 22)}px">'
                                               f"{_e(w)}</a>" for i, w in enumerate(words)) + "</div>", []

    def price_table(self) -> tuple[str, list[str]]:
        rng = self.rng
        items = MENU[self.language].split("|")
        rows = "".join(f"<tr><td>{_e(rng.choice(items))} {rng.randint(1, 9)}</td><td>{rng.randint(1, 4)} P.</td>"
                       f"<td>{rng.randint(40, 400)},00 €</td><td>{rng.randint(40, 400)},00 €</td></tr>"
                       for _ in range(rng.randint(6, 14)))
        return f"<table class='prices'>{rows}</table>", []


def _boilerplate(builder: _Builder, layout: str) -> tuple[str, list[str]]:
    kind = {"menu_dl": "menu_dl", "calendar_divs": "calendar_divs", "event_list": "event_list",
            "cookie_dialog": "cookie_dialog", "tag_cloud": "tag_cloud", "price_table": "price_table",
            "teasers_cards": "teasers_cards"}.get(layout, layout)
    if kind == "mixed_same_box":
        kind = builder.rng.choice(("calendar", "link_list", "menu", "teasers"))
    return {
        "menu": lambda: builder.menu(nested=builder.rng.random() < 0.5),
        "menu_dl": builder.menu_dl,
        "calendar": lambda: builder.calendar(months=builder.rng.randint(1, 3)),
        "calendar_divs": builder.calendar_divs,
        "event_list": builder.event_list,
        "link_list": builder.link_list,
        "teasers": builder.teasers,
        "teasers_cards": lambda: builder.teasers(cards=True),
        "cookie": builder.cookie,
        "cookie_dialog": lambda: builder.cookie(dialog=True),
        "archive": builder.archive,
        "tag_cloud": builder.tag_cloud,
        "price_table": builder.price_table,
    }[kind]()


def _shell(builder: _Builder, body: str, title: str) -> str:
    rng = builder.rng
    menu, _ = builder.menu()
    header = f'<header><div class="logo"><a href="/">{_e(title[:30])}</a></div><nav>{menu}</nav></header>'
    side_links, _ = builder.link_list()
    sidebar = f'<div class="sidebar">{side_links}</div>' if rng.random() < 0.5 else ""
    footer = "<footer><p>© 2024 " + _e(title[:20]) + "</p></footer>"
    scripts = "<script>var dataLayer = [];</script>" * rng.randint(0, 3)
    return (f'<!DOCTYPE html><html lang="{builder.language}"><head><meta charset="utf-8"><title>{_e(title)}'
            f"</title>{scripts}</head><body>{header}{body}{sidebar}{footer}</body></html>")


def boilerplate_pages(part: str = "tuning", count: int = 200, seed: int = 26) -> list[Page]:
    """`count` pages of `part` ("tuning" or "held_back"); one in five is a control."""
    if part not in ("tuning", "held_back"):
        raise ValueError(f"part must be 'tuning' or 'held_back', got {part!r}")
    layouts = TUNING_LAYOUTS if part == "tuning" else HELD_BACK_LAYOUTS
    first, later = (TUNING_FIRST, TUNING_LATER) if part == "tuning" else (HELD_BACK_FIRST, HELD_BACK_LATER)
    rng = random.Random(f"{part}-{seed}")
    pages = []
    for n in range(count):
        language = rng.choice(LANGUAGES)
        layout = layouts[n % len(layouts)]
        builder = _Builder(random.Random(rng.random()), language, part)
        control = n % 5 == 4
        short = rng.random() < 0.35  # a short article: two or three sentences
        article, with_ = builder.article(1 if short else rng.randint(2, 6), (2, 3) if short else (2, 4))
        boiler, without = _boilerplate(builder, layout)
        f_open, f_close = rng.choice(first)
        l_open, l_close = rng.choice(later)
        if layout == "mixed_same_box":
            inner = boiler + article if rng.random() < 0.5 else article + boiler
            body = f"{f_open}{inner}{f_close}"
            control = True  # trafilatura keeps both; nothing for a fallback to fix
        elif control:
            body = f"{f_open}{article}{f_close}{l_open}{boiler}{l_close}"
        else:
            body = f"{f_open}{boiler}{f_close}{l_open}{article}{l_close}"
            if rng.random() < 0.3:
                body = f"{l_open}{article}{l_close}{f_open}{boiler}{f_close}"  # boilerplate after
        title = builder.headline()
        pages.append(Page(key=f"{part}/{n:04d}-{layout}-{language}", html=_shell(builder, body, title).encode(),
                          layout=layout, control=control, with_=with_, without=without))
    return pages
