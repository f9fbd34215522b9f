"""Generated news pages in five languages, and a WARC file of them: the benchmark and test crawl.

Every page is a template article (who did what to whom, in de/en/es/fr/ru)
with random filler and a site's navigation around it; one page in twenty is
a wire copy of an earlier page (a near-duplicate) and one in fifty an exact
copy under another URL, as in a real crawl. Also a 404 and an image, which a
reader must skip. Nothing here is taken from real articles.

    python bench/corpus.py crawl.warc.gz --pages 500
"""

from __future__ import annotations

import argparse
import io
import random
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = {
    "de": ["Russland", "Venezuela", "China", "Frankreich", "Polen", "Indien", "Brasilien", "Japan", "Iran", "Kenia"],
    "en": ["Russia", "Venezuela", "China", "France", "Poland", "India", "Brazil", "Japan", "Iran", "Kenya"],
    "es": ["Rusia", "Venezuela", "China", "Francia", "Polonia", "India", "Brasil", "Japón", "Irán", "Kenia"],
    "fr": ["la Russie", "le Venezuela", "la Chine", "la France", "la Pologne", "l'Inde", "le Brésil", "le Japon",
           "l'Iran", "le Kenya"],
    "ru": ["Россия", "Венесуэла", "Китай", "Франция", "Польша", "Индия", "Бразилия", "Япония", "Иран", "Кения"],
}
SENTENCES = {
    "de": ["{a} unterzeichnete ein Abkommen mit {b}.", "{a} kritisierte {b} scharf.",
           "{a} verhängte Sanktionen gegen {b}.", "Die Regierung von {a} beriet mit {b} über Handel."],
    "en": ["{a} signed an agreement with {b}.", "{a} sharply criticised {b}.",
           "{a} imposed sanctions on {b}.", "The government of {a} held talks with {b} on trade."],
    "es": ["{a} firmó un acuerdo con {b}.", "{a} criticó duramente a {b}.",
           "{a} impuso sanciones a {b}.", "El gobierno de {a} negoció con {b} sobre comercio."],
    "fr": ["{A} a signé un accord avec {b}.", "{A} a vivement critiqué {b}.",
           "{A} a imposé des sanctions à {b}.", "Le gouvernement de {b} a rencontré {a} à Paris."],
    "ru": ["{a} подписала соглашение с {b}.", "{a} резко раскритиковала {b}.",
           "{a} ввела санкции против {b}.", "Правительство {a} провело переговоры с {b}."],
}
FILLER = {
    "de": "heute gestern erneut deutlich offiziell zudem jedoch bereits Minister Sprecher Parlament Behörde "
          "Delegation Experten Gespräche Verhandlungen Zölle Kredite Häfen Wahlen Reformen erklärte betonte",
    "en": "today yesterday again clearly officially also however already minister spokesman parliament agency "
          "delegation experts talks negotiations tariffs loans ports elections reforms said stressed",
    "es": "hoy ayer nuevamente claramente oficialmente además sin embargo ya ministro portavoz parlamento agencia "
          "delegación expertos conversaciones aranceles créditos puertos elecciones reformas dijo subrayó",
    "fr": "aujourd'hui hier encore clairement officiellement aussi cependant déjà ministre porte-parole parlement "
          "agence délégation experts discussions tarifs crédits ports élections réformes déclaré souligné",
    "ru": "сегодня вчера снова явно официально также однако уже министр представитель парламент агентство "
          "делегация эксперты переговоры пошлины кредиты порты выборы реформы заявил подчеркнул",
}
PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | News</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{day}T08:30:00+01:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a></nav></header>
<main><article><h1>{title}</h1>
{paragraphs}
</article>
<aside><h2>More</h2><ul>{links}</ul></aside></main>
<footer><p>Imprint · Privacy · Contact</p></footer></body></html>
"""
LANGS = ("de", "en", "es", "fr", "ru")


def make_article(i: int, rng: random.Random) -> tuple[str, str, date]:
    """(language, paragraphs as HTML, publication date) of article `i`."""
    lang = LANGS[i % len(LANGS)]
    names, filler = COUNTRIES[lang], FILLER[lang].split()
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
    paragraphs = []
    for n in range(rng.randint(4, 8)):
        a, b = rng.sample(names, 2)
        event = rng.choice(SENTENCES[lang]).format(a=a, A=a[:1].upper() + a[1:], b=b)
        noise = " ".join(rng.choice(filler) for _ in range(14)).capitalize() + "."
        paragraphs.append(f"<p>{event} {noise} ({i}-{n})</p>")
    return lang, "\n".join(paragraphs), day


def make_page(i: int, rng: random.Random, paragraphs: str | None = None, lang: str | None = None,
              day: date | None = None) -> tuple[str, str]:
    """(URL, HTML) of page `i`; given paragraphs make it a copy of another page."""
    if paragraphs is None or lang is None or day is None:
        lang, paragraphs, day = make_article(i, rng)
    site = f"news{i % 7}.example.org"
    url = f"https://{site}/{day.year}/article-{i}.html"
    links = "".join(f'<li><a href="/a/{rng.randrange(10**6)}">{k}</a></li>' for k in range(5))
    title = f"{COUNTRIES[lang][i % 10]} {i}"
    html = PAGE.format(lang=lang, title=title, url=url, site=site, day=day.isoformat(), paragraphs=paragraphs,
                       links=links)
    return url, html


def iter_pages(count: int, seed: int = 1):  # type: ignore[no-untyped-def]
    """(URL, HTML, WARC date) of `count` pages: originals, wire copies and exact copies."""
    rng = random.Random(seed)
    articles: list[tuple[str, str, date]] = []
    for i in range(count):
        if articles and i % 20 == 19:  # a wire copy: the same story with a dateline and a credit line
            lang, paragraphs, day = rng.choice(articles)
            paragraphs = f"<p>AGENCY {i} –</p>\n{paragraphs}\n<p>(c) Agency {i}</p>"
            url, html = make_page(i, rng, paragraphs, lang, day)
        elif articles and i % 50 == 49:  # the same page again under another URL
            lang, paragraphs, day = articles[-1]
            url, html = make_page(i, rng, paragraphs, lang, day)
        else:
            lang, paragraphs, day = make_article(i, rng)
            articles.append((lang, paragraphs, day))
            url, html = make_page(i, rng, paragraphs, lang, day)
        yield url, html, f"{day.isoformat()}T12:00:00Z"


def write_warc(path: Path, pages: int, seed: int = 1) -> Path:
    """A (gzipped, by its name) WARC file of `pages` generated pages, a 404 and an image."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=path.name.endswith(".gz"))

        def response(uri: str, body: bytes, ctype: str, when: str, status: str = "200 OK") -> None:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": when}))

        response("https://news0.example.org/logo.png", b"\x89PNG....", "image/png", "2024-03-05T10:00:00Z")
        response("https://news0.example.org/gone", b"<html>gone</html>", "text/html", "2024-03-05T10:00:00Z",
                 status="404 Not Found")
        for url, html, when in iter_pages(pages, seed):
            response(url, html.encode("utf-8"), "text/html; charset=utf-8", when)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, help="the WARC file to write (.warc or .warc.gz)")
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_warc(args.path, args.pages, args.seed)


if __name__ == "__main__":
    main()
