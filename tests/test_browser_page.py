"""The web page in a real headless Chromium (Debian's, driven by Selenium): every view clicked through.

Screenshots go to test-artifacts/ (gitignored). Skipped when /usr/bin/chromium
is absent; `.ci/chromium.sh` installs it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TOKEN = "browser-token"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason="needs Debian chromium + chromium-driver (/usr/bin/chromium); run .ci/chromium.sh"),
]
webdriver = pytest.importorskip("selenium.webdriver")

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from realpolitik.web.server import BackgroundServer  # noqa: E402
from realpolitik.web.settings import Settings  # noqa: E402
from test_web_corpus import build_store  # noqa: E402


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BackgroundServer]:
    url = build_store(tmp_path_factory.mktemp("browser"))
    with BackgroundServer(Settings(db=url, token=TOKEN)) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="rp-chromium-")
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={profile}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()


def wait(driver, css: str, timeout: float = 15):  # type: ignore[no-untyped-def]
    return WebDriverWait(driver, timeout).until(ec.visibility_of_element_located((By.CSS_SELECTOR, css)))


def test_network_view(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    browser.get(server.url + "/#network")
    wait(browser, "#cy canvas")
    WebDriverWait(browser, 15).until(lambda d: d.execute_script("return state.cy && state.cy.nodes().length") > 0)
    nodes = set(browser.execute_script("return state.cy.nodes().map(n => n.id())"))
    assert {"RUS", "CHN", "UKR", "POL"} <= nodes
    kinds = set(browser.execute_script("return state.cy.edges().map(e => e.data('kind'))"))
    assert "strategic_partnership" in kinds
    assert "RUS" in browser.find_element(By.ID, "blocs").text
    browser.save_screenshot(str(ARTIFACTS / "network.png"))
    browser.execute_script("state.cy.getElementById('UKR').emit('tap')")  # a click on the node
    title = wait(browser, "#hood-title")
    assert title.text == "UKR"
    hood = browser.find_element(By.ID, "hood-list").text
    assert "RUS" in hood and "POL" in hood
    faded = browser.execute_script("return state.cy.getElementById('CHN').hasClass('faded')")
    assert faded  # CHN is not UKR's neighbour
    browser.save_screenshot(str(ARTIFACTS / "network-neighbourhood.png"))


def test_dyad_view(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    browser.get(server.url + "/#dyad")
    box = wait(browser, "#dyad-a")
    box.clear()
    box.send_keys("RUS")
    browser.find_element(By.ID, "dyad-b").send_keys("CHN")
    browser.find_element(By.CSS_SELECTOR, "#dyad-form button").click()
    assert wait(browser, "#dyad-title").text == "RUS – CHN"
    assert len(browser.find_elements(By.CSS_SELECTOR, "#dyad-chart rect.bar")) == 2
    assert "strategic partnership" in browser.find_element(By.ID, "dyad-relations").text
    assert "signed a strategic partnership" in browser.find_element(By.ID, "dyad-events").text
    browser.save_screenshot(str(ARTIFACTS / "dyad.png"))
    browser.find_element(By.CSS_SELECTOR, "#dyad-events a.open-doc").click()
    assert "Russia and China signed" in wait(browser, "mark#evidence").text
    browser.find_element(By.ID, "article-close").click()


def test_events_view_opens_article_with_evidence(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    browser.get(server.url + "/#events")
    wait(browser, "#events-table tbody tr")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 6
    form = browser.find_element(By.ID, "events-form")
    form.find_element(By.NAME, "type").send_keys("ASSAULT")
    form.find_element(By.CSS_SELECTOR, "button").click()
    WebDriverWait(browser, 15).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")) == 2)
    assert "2 events" in browser.find_element(By.ID, "events-status").text
    browser.save_screenshot(str(ARTIFACTS / "events.png"))
    browser.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")[0].click()
    mark = wait(browser, "mark#evidence")
    assert mark.text.startswith("Russia attacked Ukraine")
    full = browser.find_element(By.ID, "article-text").text
    assert len(full) > len(mark.text)  # the whole article, the sentence highlighted in it
    browser.save_screenshot(str(ARTIFACTS / "article.png"))
    browser.find_element(By.ID, "article-close").click()


def test_ingest_view(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    browser.get(server.url + "/#ingest")
    wait(browser, "#ingest-text")
    assert not browser.find_element(By.ID, "ingest-off").is_displayed()
    browser.find_element(By.ID, "ingest-text").send_keys("Germany and France signed a defense pact in Paris.")
    browser.find_element(By.CSS_SELECTOR, "#ingest-form button").click()
    assert "401" in wait(browser, "#ingest-error").text or "token" in browser.find_element(By.ID, "ingest-error").text
    browser.find_element(By.ID, "ingest-token").send_keys(TOKEN)
    browser.find_element(By.CSS_SELECTOR, "#ingest-form button").click()
    result = wait(browser, "#ingest-result")
    assert "1 events" in result.text or "events" in result.text
    assert "DEU" in browser.find_element(By.ID, "ingest-out").text
    browser.save_screenshot(str(ARTIFACTS / "ingest.png"))


def test_phone_layout(browser, server: BackgroundServer) -> None:  # type: ignore[no-untyped-def]
    browser.set_window_size(390, 844)
    try:
        browser.get(server.url + "/#events")
        wait(browser, "#events-table tbody tr")
        width = browser.execute_script("return document.documentElement.scrollWidth")
        assert width <= 400  # no sideways scrolling on a phone
        browser.save_screenshot(str(ARTIFACTS / "phone-events.png"))
        browser.get(server.url + "/#network")
        WebDriverWait(browser, 15).until(lambda d: d.execute_script("return state.cy && state.cy.nodes().length") > 0)
        browser.save_screenshot(str(ARTIFACTS / "phone-network.png"))
    finally:
        browser.set_window_size(1280, 900)
