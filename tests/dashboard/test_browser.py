"""The dashboard in a real browser: headless Chromium (Debian's chromium and chromium-driver; .ci/run installs
them) signs in through a one-time link, applies a filter, switches to English and downloads a CSV. Screenshots of
each step go to the test's output folder (``<tmp_path>/screenshots``).

Selenium's calls block, so the browser is driven from a worker thread while the server answers on the event loop.
On CI (CI=true) a missing Chromium fails the test with a message saying what to install; elsewhere it skips.
"""

from __future__ import annotations

import asyncio
import csv
import io
import os
import shutil
import time
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.clock import FixedClock
from bot.dashboard.accounts import Accounts
from bot.dashboard.pages import Dashboard, mount
from bot.i18n.translator import Translator
from bot.storage import Database, make_engine, migrate
from tests.dashboard.support import CONTENT, LINK_VALID, NOW, SECRETS, SESSION_VALID, FakePanels, choices, seed

CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMEDRIVER = ("/usr/bin/chromedriver",)
WAIT_S = 60  # a loaded machine: the longest wait for a page or a download, never a measured duration


def _first(paths: tuple[str, ...], name: str) -> str | None:
    return next((path for path in paths if Path(path).is_file()), None) or shutil.which(name)


@pytest.fixture
def chromium() -> tuple[str, str]:
    browser, driver = _first(CHROMIUM, "chromium"), _first(CHROMEDRIVER, "chromedriver")
    if browser is None or driver is None:
        message = ("headless Chromium is missing: apt-get install chromium chromium-driver "
                   "(.ci/run installs them)")
        if os.environ.get("CI") == "true":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return browser, driver


def _drive(base: str, link: str, browser: str, driver_path: str, out: Path) -> dict[str, str]:
    """The browser's part, in a thread: returns what the test checks."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.select import Select
    from selenium.webdriver.support.ui import WebDriverWait

    downloads = out / "downloads"
    shots = out / "screenshots"
    downloads.mkdir(parents=True)
    shots.mkdir(parents=True)
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,2000", "--no-first-run", "--disable-extensions"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    seen: dict[str, str] = {}
    # CI's second run preloads libfaketime into this process; Chromium does not start under it (and needs no
    # moved clock: the server's clock is the test's FixedClock, and the cookies have no expiry date)
    environment = {name: value for name, value in os.environ.items()
                   if name != "LD_PRELOAD" and not name.startswith(("FAKETIME", "DONT_FAKE"))}
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path, env=environment))
    try:
        driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
        wait = WebDriverWait(driver, WAIT_S)
        driver.get(link)
        wait.until(ec.element_to_be_clickable((By.ID, "sign-in")))
        driver.save_screenshot(str(shots / "1-sign-in.png"))
        driver.find_element(By.ID, "sign-in").click()
        wait.until(ec.presence_of_element_located((By.ID, "filters")))
        driver.save_screenshot(str(shots / "2-dashboard.png"))
        seen["signed_in_url"] = driver.current_url
        seen["cookie_http_only"] = str(all(c.get("httpOnly") for c in driver.get_cookies()))
        seen["scripts_see_cookies"] = driver.execute_script("return document.cookie")
        Select(driver.find_element(By.ID, "settlement")).select_by_value("busije")
        driver.find_element(By.ID, "apply").click()
        wait.until(ec.url_contains("settlement=busije"))
        wait.until(ec.presence_of_element_located((By.ID, "panel-families")))
        driver.save_screenshot(str(shots / "3-filtered.png"))
        driver.find_element(By.LINK_TEXT, "English").click()
        wait.until(ec.url_contains("lang=en"))
        wait.until(ec.presence_of_element_located((By.ID, "csv-families")))
        seen["english_url"] = driver.current_url
        seen["page"] = driver.page_source
        driver.save_screenshot(str(shots / "4-english.png"))
        driver.find_element(By.ID, "csv-families").click()
        deadline = time.monotonic() + WAIT_S
        while time.monotonic() < deadline:
            done = [p for p in downloads.iterdir() if p.suffix == ".csv"]
            if done:
                seen["csv"] = done[0].read_bytes().decode("utf-8-sig")
                seen["csv_name"] = done[0].name
                break
            time.sleep(0.2)
        driver.save_screenshot(str(shots / "5-downloaded.png"))
        driver.find_element(By.ID, "sign-out").click()
        wait.until(ec.presence_of_element_located((By.ID, "sign-in-needed")))
        driver.get(base + "/dashboard/")
        seen["after_sign_out_url"] = driver.current_url
        driver.save_screenshot(str(shots / "6-signed-out.png"))
    finally:
        driver.quit()
    return seen


async def test_a_coordinator_signs_in_filters_and_downloads_in_chromium(chromium, tmp_path):
    url = f"sqlite+aiosqlite:///{tmp_path / 'browser.sqlite3'}"
    await migrate(url)
    database = Database(make_engine(url))
    await seed(database)
    accounts = Accounts(database, link_valid=LINK_VALID, session_valid=SESSION_VALID)
    panels = FakePanels(database)
    translator = Translator.from_directory(CONTENT, strict=True)
    web_app = web.Application()
    mount(web_app, Dashboard(accounts, panels, choices, lambda: translator, FixedClock(NOW)))
    server = TestServer(web_app, host="127.0.0.1")
    await server.start_server()
    try:
        base = str(server.make_url("")).rstrip("/")
        account, token = await accounts.add("Koordinatorka", None, NOW)
        link = f"{base}/dashboard/sign-in?token={token}"
        seen = await asyncio.to_thread(_drive, base, link, *chromium, tmp_path)
        trail = [(line.account_id, line.action, line.detail) for line in await accounts.audit_trail()]
    finally:
        await server.close()
        await database.dispose()

    assert seen["signed_in_url"].startswith(f"{base}/dashboard/")
    assert seen["cookie_http_only"] == "True" and seen["scripts_see_cookies"] == ""
    assert any(f.settlement == "busije" for f in panels.asked)
    assert "lang=en" in seen["english_url"] and "settlement=busije" in seen["english_url"]
    assert "Download CSV" in seen["page"]
    assert seen.get("csv_name", "").startswith("families-"), "the CSV download did not arrive"
    rows = list(csv.reader(io.StringIO(seen["csv"])))
    assert rows == [["dashboard-test-settlement", "dashboard-test-count", "dashboard-test-active"],
                    ["busije", "9", "9"]]
    assert all(secret not in seen["page"] + seen["csv"] for secret in SECRETS)
    assert "/dashboard/sign-in" in seen["after_sign_out_url"]
    assert trail == [(account.id, "sign_in", ""), (account.id, "export", "csv:families"),
                     (account.id, "sign_out", "")]
    shots = sorted(p.name for p in (tmp_path / "screenshots").iterdir())
    assert shots == ["1-sign-in.png", "2-dashboard.png", "3-filtered.png", "4-english.png", "5-downloaded.png",
                     "6-signed-out.png"]
    assert all((tmp_path / "screenshots" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for name in shots)
