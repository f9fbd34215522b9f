"""The web page in a real headless Chromium (Debian's, driven by Selenium), at desktop and phone sizes.

The tests check what is drawn, not only that a page loads: country shapes on the map and their fill by
the index, the outlines and arcs of ties, names in the chosen language, the country page's tables,
timelines with gaps, the network's blocs and tie colours, downloads, deep links; and that hostile
titles, outlets and URLs stored from strangers' pages never run as script. Screenshots go to
test-artifacts/ (gitignored). Skipped when /usr/bin/chromium is absent; `.ci/chromium.sh` installs it.
"""

from __future__ import annotations

import base64
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TOKEN = "browser-token"
DESKTOP, PHONE = (1366, 900), (390, 844)
ALL = "at=2026-05-04&days=3660&lang=en"  # the demo's whole span, names in English

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs Debian chromium + chromium-driver (/usr/bin/chromium); run .ci/chromium.sh"),
]
webdriver = pytest.importorskip("selenium.webdriver")

from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from realpolitik.web.server import BackgroundServer  # noqa: E402
from realpolitik.web.settings import Settings  # noqa: E402
from test_web_corpus import build_store  # noqa: E402
from web_stores import build_demo_store, build_hostile_store  # noqa: E402


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    """The store `realpolitik demo` fills: the seed article (RUS–VEN partnership, VEN's allies, USA–VEN)."""
    with BackgroundServer(Settings(db=build_demo_store(tmp_path_factory.mktemp("demo")))) as running:
        yield running


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    url = build_store(tmp_path_factory.mktemp("browser"))
    with BackgroundServer(Settings(db=url, token=TOKEN)) as running:
        yield running


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="rp-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    downloads = tmp_path_factory.mktemp("downloads")
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def wait(driver, css: str, timeout: float = 20):  # type: ignore[no-untyped-def]
    return WebDriverWait(driver, timeout).until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


def open_view(driver, url: str, size: tuple[int, int] = DESKTOP) -> None:  # type: ignore[no-untyped-def]
    """Load `url` and wait until the view has drawn what it fetched."""
    driver.set_window_size(*size)
    driver.get(url)
    settle(driver)


def settle(driver) -> None:  # type: ignore[no-untyped-def]
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return Boolean(window.rp && window.rp.ready)"))


def shot(driver, name: str) -> None:  # type: ignore[no-untyped-def]
    """The whole page, below the fold too (Chromium's DevTools capture), as test-artifacts/NAME.png."""
    width, height = js(driver, "return [window.innerWidth, document.documentElement.scrollHeight]")
    clip = {"x": 0, "y": 0, "width": width, "height": min(height, 6000), "scale": 1}
    png = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                           "clip": clip})["data"]
    (ARTIFACTS / f"{name}.png").write_bytes(base64.b64decode(png))


def js(driver, script: str):  # type: ignore[no-untyped-def]
    return driver.execute_script(script)


def rgb(driver, colour: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    hexa = colour.lstrip("#")
    return int(hexa[0:2], 16), int(hexa[2:4], 16), int(hexa[4:6], 16)


def attr(driver, css: str, name: str):  # type: ignore[no-untyped-def]
    """An attribute of the first element matching `css` (None when absent); data-* via "data-x"."""
    return js(driver, f"return document.querySelector({css!r}).getAttribute({name!r})")


def pairs(driver, css: str, key: str, value: str) -> dict:  # type: ignore[no-untyped-def]
    """{data-key: data-value} of every element matching `css`."""
    return js(driver, f"return Object.fromEntries([...document.querySelectorAll({css!r})]"
                      f".map(e => [e.dataset.{key}, e.dataset.{value}]))")


def fill_of(driver, code: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    return rgb(driver, attr(driver, f"#map-countries path[data-code={code}]", "fill"))


def no_script_ran(driver) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert.text  # noqa: B018 - raises when no alert() ran
    assert js(driver, "return window.__pwned === undefined")


# ---- the world map ---------------------------------------------------------------------------------------
def test_map_draws_countries_coloured_by_their_index(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/map?{ALL}")
    codes = js(browser, "return [...document.querySelectorAll('#map-countries path.country')].map(p => p.dataset.code)")
    assert len([c for c in codes if c]) > 200 and {"VEN", "USA", "RUS", "BRA", "DEU", "AUS"} <= set(codes)
    assert len(attr(browser, "#map-countries path[data-code=FRA]", "d")) > 500
    r, _, b = fill_of(browser, "RUS")  # cooperation: blue
    assert b > r and float(js(browser, "return document.querySelector('path[data-code=RUS]').dataset.index")) > 0
    r, _, b = fill_of(browser, "USA")  # conflict: red
    assert r > b and float(js(browser, "return document.querySelector('path[data-code=USA]').dataset.index")) < 0
    assert js(browser, "return document.querySelector('path[data-code=FRA]').getAttribute('fill')") == "#dfe2e7"
    assert "Russia (RUS)" in browser.find_element(By.ID, "map-ranking").text
    assert "−10 conflict" in browser.find_element(By.ID, "index-legend").text
    shot(browser, "map-overview")


def test_first_page_after_the_demo(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    """`realpolitik demo`, `realpolitik serve`, open the address: the map at the store's last date, a year's window."""
    open_view(browser, f"{demo.url}/")
    assert browser.find_element(By.CSS_SELECTOR, "#tabs a[data-view=map]").get_attribute("aria-current") == "page"
    assert browser.find_element(By.ID, "time-at").get_attribute("value") == "2026-05-04"
    assert Select(browser.find_element(By.ID, "time-days")).first_selected_option.get_attribute("value") == "365"
    r, _, b = fill_of(browser, "USA")
    assert r > b  # the seed's USA–VEN conflict (October 2025) is in the window
    assert "Venezuela (VEN)" in browser.find_element(By.ID, "map-ranking").text


def test_map_of_venezuela_shows_ties_conflict_and_hover(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/map?actor=VEN&{ALL}")
    assert browser.find_element(By.ID, "map-title").text == "Venezuela (VEN)"
    assert js(browser, "return document.querySelector('path[data-code=VEN]').classList.contains('selected')")
    outlines = pairs(browser, "#map-outlines path", "code", "kind")
    assert outlines == {"RUS": "strategic_partnership", "CHN": "ally", "CUB": "ally", "NIC": "ally"}
    arcs = pairs(browser, "#map-arcs path", "partner", "kind")
    assert arcs["RUS"] == "strategic_partnership" and arcs["USA"] == "events" and arcs["CUB"] == "ally"
    assert attr(browser, "#map-arcs path[data-partner=RUS]", "stroke") == "#7570b3"
    r, _, b = fill_of(browser, "RUS")
    assert b > r  # cooperative with Venezuela
    r, _, b = fill_of(browser, "USA")
    assert r > b and js(browser, "return document.querySelector('path[data-code=USA]').dataset.index") == "-4.667"
    labels = js(browser, "return [...document.querySelectorAll('#map-labels text')].map(t => t.textContent)")
    assert {"Venezuela", "Russia", "United States", "Cuba"} <= set(labels)
    ties = browser.find_element(By.ID, "map-ties").text
    assert "Russia (RUS)" in ties and "strategic partnership, in force" in ties and "Nicaragua (NIC)" in ties
    assert "United States (USA)" in browser.find_element(By.ID, "map-partners").text
    shot(browser, "map-VEN")
    # the pointer over the label at the contiguous states' centre (labels let the pointer through to the shape)
    label = browser.find_element(By.CSS_SELECTOR, "#map-labels text[data-code=USA]")
    ActionChains(browser).move_to_element(label).perform()
    tip = wait(browser, "#map-tip")
    for part in ("United States (USA)", "-4.7", "ACCUSE", "3 conflictual", "Maduro warnte"):
        assert part in tip.text
    shot(browser, "map-VEN-hover")
    browser.find_element(By.CSS_SELECTOR, "#map-ties a[data-code=RUS]").click()  # pick a partner: the URL follows
    WebDriverWait(browser, 20).until(lambda d: "actor=RUS" in d.current_url)
    settle(browser)
    assert browser.find_element(By.ID, "map-title").text == "Russia (RUS)"
    browser.back()
    WebDriverWait(browser, 20).until(lambda d: "actor=VEN" in d.current_url)
    settle(browser)
    assert browser.find_element(By.ID, "map-title").text == "Venezuela (VEN)"


def test_map_date_slider_moves_through_time(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/map?actor=VEN&at=2025-05-20&days=30&lang=en")
    assert js(browser, "return document.querySelectorAll('#map-outlines path').length") == 0  # no tie reported yet
    assert js(browser, "return document.querySelector('path[data-code=RUS]').dataset.index") is not None  # May's visit
    assert js(browser, "return document.querySelector('path[data-code=USA]').dataset.index") is None
    slider = browser.find_element(By.ID, "time-slider")
    js(browser, "const s = document.getElementById('time-slider'); s.value = s.max; "
                "s.dispatchEvent(new Event('input'))")
    WebDriverWait(browser, 20).until(lambda d: "at=2026-05-04" in d.current_url)
    settle(browser)
    assert slider.get_attribute("value") == slider.get_attribute("max")
    assert js(browser, "return document.querySelector('path[data-code=USA]').dataset.index") is None  # Oct 2025 is out
    Select(browser.find_element(By.ID, "time-days")).select_by_value("365")
    WebDriverWait(browser, 20).until(lambda d: "days=365" in d.current_url)
    settle(browser)
    assert js(browser, "return document.querySelectorAll('#map-outlines path').length") == 4  # ties in force then
    assert float(attr(browser, "path[data-code=USA]", "data-index")) < 0  # a wider window


# ---- the country page ------------------------------------------------------------------------------------
def test_country_page_of_venezuela(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/country/VEN?{ALL}")
    assert browser.find_element(By.ID, "country-title").text == "Venezuela (VEN)"
    allies = browser.find_elements(By.CSS_SELECTOR, "#country-allies tbody tr")
    assert [r.get_attribute("data-code") for r in allies][0] == "RUS"
    assert {r.get_attribute("data-code") for r in allies} == {"RUS", "CHN", "CUB", "NIC"}
    first = allies[0].text
    assert "Russia (RUS)" in first and "strategic partnership" in first and "in force" in first
    assert "2025-10-27" in first and "energy" in first and "+4.5" in first
    rivals = browser.find_element(By.ID, "country-rivals").text
    assert "United States (USA)" in rivals and "-4.7" in rivals and "3 of 3" in rivals
    heat = browser.find_element(By.ID, "country-heat")
    assert int(heat.get_attribute("data-slots")) == 13  # 2025-05 … 2026-05, every month a slot
    cells = js(browser, "return [...document.querySelectorAll('#country-heat rect.cell')]"
                        ".map(c => c.dataset.code + ' ' + c.dataset.period)")
    assert sorted(cells) == ["RUS 2025-05", "RUS 2025-10", "USA 2025-10"]  # June–September: gaps
    events = browser.find_element(By.ID, "country-events")
    assert "Venezuela (VEN)" in events.text and events.find_elements(By.CSS_SELECTOR, "blockquote mark")
    assert "Putin besiegelt Partnerschaft" in browser.find_element(By.ID, "country-articles").text
    shot(browser, "country-VEN")
    events.find_element(By.CSS_SELECTOR, "li button").click()
    assert wait(browser, "mark#evidence").text in browser.find_element(By.ID, "article-text").text
    shot(browser, "country-VEN-article")
    browser.find_element(By.ID, "article-close").click()


def test_country_page_what_changed(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/country/VEN?at=2025-11-20&days=365&lang=en")
    recent = browser.find_element(By.ID, "country-changes-30").text
    assert "created: strategic partnership with Russia (RUS)" in recent and "none → in force" in recent
    open_view(browser, f"{demo.url}/country/VEN?at=2026-05-04&days=365&lang=en")
    assert "No change recorded" in browser.find_element(By.ID, "country-changes-30").text


@pytest.mark.parametrize(("lang", "names"), [
    ("de", ["Russland (RUS)", "Kuba (CUB)", "Vereinigte Staaten (USA)"]),
    ("ru", ["Россия (RUS)", "Куба (CUB)", "Соединенные Штаты (USA)"]),
    ("fr", ["Russie (RUS)", "Cuba (CUB)", "États-Unis (USA)"]),
])
def test_names_in_the_chosen_language(browser, demo: BackgroundServer, lang: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/country/VEN?at=2026-05-04&days=3660&lang={lang}")
    text = browser.find_element(By.ID, "country-out").text
    for name in names:
        assert name in text
    assert browser.find_element(By.ID, "lang").get_attribute("value") == lang
    shot(browser, f"country-VEN-{lang}")


def test_language_choice_is_kept_in_the_url(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/map?actor=VEN&{ALL}")
    Select(browser.find_element(By.ID, "lang")).select_by_value("es")
    WebDriverWait(browser, 20).until(lambda d: "lang=es" in d.current_url)
    settle(browser)
    labels = "return [...document.querySelectorAll('#map-labels text')].map(t => t.textContent)"
    WebDriverWait(browser, 20).until(lambda d: "Rusia" in js(d, labels))  # names arrive, then the map redraws
    assert "Estados Unidos" in js(browser, labels)
    browser.find_element(By.CSS_SELECTOR, "#tabs a[data-view=country]").click()  # the tabs carry actor, date, language
    WebDriverWait(browser, 20).until(lambda d: "/country/VEN" in d.current_url and "lang=es" in d.current_url)
    settle(browser)
    WebDriverWait(browser, 20).until(lambda d: "Rusia (RUS)" in d.find_element(By.ID, "country-allies").text)


# ---- the network -----------------------------------------------------------------------------------------
def test_network_names_blocs_and_tie_colours(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/network?{ALL}")
    labels = set(js(browser, "return rp.cy.nodes('[size]').map(n => n.data('label'))"))
    assert {"Venezuela", "Russia", "Cuba", "United States"} <= labels
    parent = js(browser, "return rp.cy.getElementById('VEN').parent().id()")
    assert parent.startswith("bloc-") and js(browser, "return rp.cy.getElementById('CUB').parent().id()") == parent
    fills = set(js(browser, "return rp.cy.nodes('.country').map(n => n.style('background-color'))"))
    assert len(fills) == 1  # blocs are outlines, not node colours
    edge = "rp.cy.edges().filter(e => [e.source().id(), e.target().id()].sort().join() === 'RUS,VEN')"
    assert js(browser, f"return {edge}.data('kind')") == "strategic_partnership"
    assert js(browser, f"return {edge}.style('line-color')") == "rgb(117,112,179)"
    on_screen = js(browser, "return parseFloat(rp.cy.getElementById('VEN').style('font-size')) * rp.cy.zoom()")
    assert on_screen >= 12  # readable labels, not 8 px
    shot(browser, "network")
    open_view(browser, f"{demo.url}/network?{ALL}&actor=VEN")
    assert browser.find_element(By.ID, "hood-title").text == "Venezuela (VEN)"
    hood = browser.find_element(By.ID, "hood-list").text
    assert "Russia (RUS)" in hood and "strategic partnership" in hood and "United States (USA): events only" in hood
    assert js(browser, "return rp.cy.getElementById('KAZ').hasClass('faded')")
    shot(browser, "network-VEN")


# ---- downloads -------------------------------------------------------------------------------------------
def test_download_what_the_view_shows(browser, demo: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{demo.url}/country/VEN?{ALL}")
    browser.find_element(By.CSS_SELECTOR, '.downloads[data-for=country] button[data-download=csv]').click()
    target = browser.downloads / "country-VEN-2026-05-04.csv"
    deadline = time.monotonic() + 20
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("partner,name,tie,status,since,areas,index,events")
    assert lines[1].startswith("RUS,Russia,strategic_partnership,in_force,2025-10-27,energy; mining")
    assert any(line.startswith("USA,United States,,,,,-4.667,3") for line in lines)


# ---- dyad and events ------------------------------------------------------------------------------------
def test_dyad_view_has_gaps_between_months(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{server.url}/dyad")
    box = wait(browser, "#dyad-a")
    box.clear()
    box.send_keys("Russia")
    browser.find_element(By.ID, "dyad-b").send_keys("CHN")
    browser.find_element(By.CSS_SELECTOR, "#dyad-form button").click()
    WebDriverWait(browser, 20).until(lambda d: "/dyad/RUS/CHN" in d.current_url)
    settle(browser)
    assert wait(browser, "#dyad-title").text == "Russia (RUS) – China (CHN)"
    bars = js(browser, "return [...document.querySelectorAll('#dyad-chart rect.bar')].map(b => b.dataset.period)")
    gaps = js(browser, "return [...document.querySelectorAll('#dyad-chart rect.gap')].map(b => b.dataset.period)")
    assert bars == ["2025-09", "2025-11"] and gaps == ["2025-10"]  # October is an empty slot between them
    assert "strategic partnership" in browser.find_element(By.ID, "dyad-relations").text
    assert "signed a strategic partnership" in browser.find_element(By.ID, "dyad-events").text
    shot(browser, "dyad")
    browser.find_element(By.CSS_SELECTOR, "#dyad-events button.open-doc").click()
    assert "Russia and China signed" in wait(browser, "mark#evidence").text
    browser.find_element(By.ID, "article-close").click()
    browser.refresh()  # a deep link: the same view after a reload
    settle(browser)
    assert wait(browser, "#dyad-title").text == "Russia (RUS) – China (CHN)"


def test_events_view_filters_and_article(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{server.url}/events")
    wait(browser, "#events-table tbody tr")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 6
    form = browser.find_element(By.ID, "events-form")
    assert all(not i.get_attribute("value") for i in form.find_elements(By.CSS_SELECTOR, "input"))  # placeholders only
    assert "No filter" in browser.find_element(By.ID, "events-filters").text
    Select(form.find_element(By.NAME, "type")).select_by_value("ASSAULT")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(browser, 20).until(lambda d: "type=ASSAULT" in d.current_url)
    settle(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 2
    assert "2 events" in browser.find_element(By.ID, "events-status").text
    assert "type = ASSAULT" in browser.find_element(By.ID, "events-filters").text
    first = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")[0]
    assert "Russia" in first.text and "Ukraine" in first.text
    shot(browser, "events")
    first.click()
    mark = wait(browser, "mark#evidence")
    assert mark.text.startswith("Russia attacked Ukraine")
    assert len(browser.find_element(By.ID, "article-text").text) > len(mark.text)
    shot(browser, "article")
    browser.find_element(By.ID, "article-close").click()


def test_ingest_view(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{server.url}/ingest")
    wait(browser, "#ingest-text")
    assert not browser.find_element(By.ID, "ingest-off").is_displayed()
    browser.find_element(By.ID, "ingest-text").send_keys("Germany and France signed a defense pact in Paris.")
    browser.find_element(By.CSS_SELECTOR, "#ingest-form button").click()
    assert "401" in wait(browser, "#ingest-error").text or "token" in browser.find_element(By.ID, "ingest-error").text
    browser.find_element(By.ID, "ingest-token").send_keys(TOKEN)
    browser.find_element(By.CSS_SELECTOR, "#ingest-form button").click()
    assert "events" in wait(browser, "#ingest-result").text
    assert "Germany (DEU)" in browser.find_element(By.ID, "ingest-out").text
    shot(browser, "ingest")


def test_old_hash_addresses_still_work(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{server.url}/#dyad/RUS/CHN")
    assert browser.current_url.endswith("/dyad/RUS/CHN")
    assert wait(browser, "#dyad-title").text == "Russia (RUS) – China (CHN)"


# ---- phone size ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("view", ["map?actor=VEN", "country/VEN", "events", "network"])
def test_phone_layout(browser, demo: BackgroundServer, view: str) -> None:  # type: ignore[no-untyped-def]
    joiner = "&" if "?" in view else "?"
    try:
        open_view(browser, f"{demo.url}/{view}{joiner}{ALL}", PHONE)
        assert js(browser, "return document.documentElement.scrollWidth") <= PHONE[0] + 10  # no sideways page scroll
        if view.startswith("map"):
            width = js(browser, "return document.getElementById('map').getBoundingClientRect().width")
            assert 300 <= width <= PHONE[0]
            assert js(browser, "return document.querySelectorAll('#map-outlines path').length") == 4
        if view == "events":  # rows without column heads still say who acted on whom
            assert "→" in js(browser, "return getComputedStyle(document.querySelector('#events-table td.target'), "
                                      "'::before').content")
        if view == "network":  # the graph zoomed out to fit a phone keeps labels readable
            assert js(browser, "return parseFloat(rp.cy.getElementById('VEN').style('font-size')) * rp.cy.zoom()") >= 12
        shot(browser, "phone-" + view.split("?")[0].replace("/", "-"))
    finally:
        browser.set_window_size(*DESKTOP)


# ---- hostile stored text (issue 12, point 1) -------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    with BackgroundServer(Settings(db=build_hostile_store(tmp_path_factory.mktemp("hostile")))) as running:
        yield running


def test_hostile_titles_outlets_and_urls_never_run(browser, hostile: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    open_view(browser, f"{hostile.url}/events")
    rows = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    assert len(rows) >= 8
    seen = set()
    for i in range(len(rows)):
        row = browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")[i]
        doc = row.get_attribute("data-doc")
        if doc in seen:
            continue
        seen.add(doc)
        row.click()
        wait(browser, "#article-title")
        meta = browser.find_element(By.ID, "article-meta")
        assert not meta.find_elements(By.CSS_SELECTOR, "img, script, iframe")
        assert not browser.find_elements(By.CSS_SELECTOR, "#article-title img, #article-text img")
        for link in meta.find_elements(By.TAG_NAME, "a"):
            assert link.get_attribute("href").startswith(("http://", "https://")), link.get_attribute("href")
        if doc.startswith("hostile-"):
            assert "<img src=x" in browser.find_element(By.ID, "article-title").text  # shown as text
            assert "<a href=" in meta.text and not meta.find_elements(By.TAG_NAME, "a")  # no link from javascript: etc.
        if doc == "safe-link":
            assert meta.find_element(By.TAG_NAME, "a").get_attribute("href") == "https://example.org/news/1"
        no_script_ran(browser)
        browser.find_element(By.ID, "article-close").click()
    assert {"hostile-0", "hostile-1", "hostile-2", "hostile-3"} <= seen and any(d.startswith("doc-") for d in seen)
    shot(browser, "hostile-events")
    for view in (f"country/RUS?{ALL}", f"map?actor=RUS&{ALL}", f"network?{ALL}&actor=RUS", "dyad/RUS/UKR"):
        open_view(browser, f"{hostile.url}/{view}")
        articles = browser.find_elements(By.CSS_SELECTOR, "#country-articles li")
        if view.startswith("country"):
            assert len(articles) >= 5 and any("<img src=x" in a.text for a in articles)
            for link in browser.find_elements(By.CSS_SELECTOR, "#country-articles a"):
                assert link.get_attribute("href").startswith(("http://", "https://"))
            shot(browser, "hostile-country")
        assert js(browser, "return document.querySelectorAll('main img, main script, main iframe').length") == 0
        no_script_ran(browser)
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not [e for e in errors if "Content Security Policy" in e], errors  # nothing even tried to run
