"""The dashboard's pages through aiohttp's test client: sign-in links (once, until they expire), sessions, CSRF,
access control (the mediator-limited view), CSV downloads, security headers and the audit trail."""

from __future__ import annotations

import csv
import io
import re

from bot.dashboard.pages import SESSION_COOKIE, SIGN_IN_COOKIE
from tests.dashboard.support import LINK_VALID, NOW, SESSION_VALID, seed, sign_in, sign_in_form, site


async def test_a_sign_in_link_works_once(database):
    async with site(database) as s:
        account, token = await s.accounts.add("Koordinatorka", None, NOW)
        await sign_in(s, token)
        page = await s.client.get("/dashboard/")
        assert page.status == 200
        assert "Nalog 1" in await page.text()
    async with site(database) as other:  # another browser with the same link
        page = await other.client.get("/dashboard/sign-in", params={"token": token})
        answer = await other.client.post("/dashboard/sign-in", data=sign_in_form(await page.text()),
                                         allow_redirects=False)
        assert answer.status == 403
        assert "iskorišćen ili je istekao" in await answer.text()
        assert (await other.client.get("/dashboard/", allow_redirects=False)).status == 303
    assert [(line.account_id, line.action) for line in await other.accounts.audit_trail()] == [
        (account.id, "sign_in")]


async def test_an_expired_link_signs_nobody_in(database):
    async with site(database) as s:
        _account, token = await s.accounts.add("Koordinatorka", None, NOW)
        s.clock.instant = NOW + LINK_VALID
        page = await s.client.get("/dashboard/sign-in", params={"token": token, "lang": "en"})
        answer = await s.client.post("/dashboard/sign-in", data=sign_in_form(await page.text()),
                                     allow_redirects=False)
        assert answer.status == 403
        assert "already used or has expired" in await answer.text()
        assert await s.accounts.audit_trail() == []


async def test_a_new_link_replaces_the_unused_one(database):
    async with site(database) as s:
        account, first = await s.accounts.add("Koordinatorka", None, NOW)
        second = await s.accounts.new_link(account.id, NOW)
        assert await s.accounts.redeem(first, NOW) is None
        assert await s.accounts.redeem(second, NOW) is not None


async def test_the_session_cookie_is_httponly_strict_and_secure_behind_https(database):
    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        page = await s.client.get("/dashboard/sign-in", params={"token": token})
        answer = await s.client.post("/dashboard/sign-in", data=sign_in_form(await page.text()),
                                     headers={"X-Forwarded-Proto": "https"}, allow_redirects=False)
        cookie = answer.cookies[SESSION_COOKIE]
        assert cookie["httponly"] and cookie["samesite"] == "Strict" and cookie["secure"]
        assert cookie["path"] == "/dashboard" and not cookie["expires"] and not cookie["max-age"]
    async with site(database, secure=True) as s:  # DASHBOARD_SECURE_COOKIES=true: Secure on plain http too
        _account, token = await s.accounts.add("K", None, NOW)
        page = await s.client.get("/dashboard/sign-in", params={"token": token})
        assert page.cookies[SIGN_IN_COOKIE]["secure"] and page.cookies[SIGN_IN_COOKIE]["httponly"]


async def test_no_page_without_a_session(database):
    async with site(database) as s:
        for path in ("/dashboard/", "/dashboard/csv/families", "/dashboard/?lang=en"):
            answer = await s.client.get(path, allow_redirects=False)
            assert answer.status == 303
            assert answer.headers["Location"].startswith("/dashboard/sign-in")
        s.client.session.cookie_jar.update_cookies({SESSION_COOKIE: "forged"})
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 303
        assert (await s.client.get("/dashboard", allow_redirects=False)).headers["Location"] == "/dashboard/"
        assert s.panels.asked == []


async def test_a_session_ends_when_it_expires_and_when_its_account_goes(database):
    async with site(database) as s:
        account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        s.clock.instant = NOW + SESSION_VALID - (SESSION_VALID / 100)
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 200
        s.clock.instant = NOW + SESSION_VALID
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 303
        s.clock.instant = NOW
        _again, token = account, await s.accounts.new_link(account.id, NOW)
        await sign_in(s, token)
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 200
        assert await s.accounts.remove(account.id)
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 303


async def test_the_sign_in_form_needs_its_csrf_token(database):
    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        page = await s.client.get("/dashboard/sign-in", params={"token": token})
        fields = sign_in_form(await page.text())
        forged = await s.client.post("/dashboard/sign-in", data={**fields, "csrf": "x" * 43}, allow_redirects=False)
        assert forged.status == 403
        missing = await s.client.post("/dashboard/sign-in", data={"token": token}, allow_redirects=False)
        assert missing.status == 403
        s.client.session.cookie_jar.clear()  # another site's form: no sign-in cookie of ours
        cross = await s.client.post("/dashboard/sign-in", data=fields, allow_redirects=False)
        assert cross.status == 403
        assert await s.accounts.audit_trail() == []  # nothing spent the link
        await sign_in(s, token)


async def test_signing_out_needs_the_session_csrf_token(database):
    async with site(database) as s:
        account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        page = await (await s.client.get("/dashboard/")).text()
        csrf = re.search(r'name="csrf" value="([^"]+)"', page)
        assert csrf is not None
        refused = await s.client.post("/dashboard/sign-out", data={"csrf": "forged"}, allow_redirects=False)
        assert refused.status == 403
        assert (await s.client.post("/dashboard/sign-out", data={}, allow_redirects=False)).status == 403
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 200  # still signed in
        out = await s.client.post("/dashboard/sign-out", data={"csrf": csrf.group(1)}, allow_redirects=False)
        assert out.status == 303
        assert (await s.client.get("/dashboard/", allow_redirects=False)).status == 303
        assert [line.action for line in await s.accounts.audit_trail()] == ["sign_in", "sign_out"]
        assert {line.account_id for line in await s.accounts.audit_trail()} == {account.id}


async def test_every_post_form_on_the_page_carries_a_csrf_token(database):
    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        page = await (await s.client.get("/dashboard/")).text()
        forms = re.findall(r"<form[^>]*>.*?</form>", page, flags=re.S)
        posts = [form for form in forms if 'method="post"' in form]
        assert posts, "the sign-out form is a POST form"
        assert all('name="csrf"' in form for form in posts)


async def test_a_mediator_account_sees_only_her_families_whatever_the_query_says(database):
    await seed(database)
    async with site(database) as s:
        _account, token = await s.accounts.add("Medijatorka 2", 2, NOW)
        await sign_in(s, token)
        page = await s.client.get("/dashboard/", params={"mediator": "1"})
        assert page.status == 200
        csv_answer = await s.client.get("/dashboard/csv/families", params={"mediator": "1", "settlement": "busije"})
        assert csv_answer.status == 200
        assert [filters.mediator_id for filters in s.panels.asked] == [2, 2]
        text = await page.text()
        assert 'name="mediator"' not in text and "porodice svoje medijatorke" in text
        assert "mediator=" not in text  # the links do not carry a mediator either
        rows = list(csv.reader(io.StringIO((await csv_answer.read()).decode("utf-8-sig"))))
        assert rows[1:] == [["busije", "<5", "<5"]]  # mediator 2 has two families in Busije


async def test_filters_reach_the_panels_and_bad_ones_are_refused(database):
    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        answer = await s.client.get("/dashboard/", params={"start": "2026-01-01", "end": "2026-02-28",
                                                           "settlement": "busije", "mediator": "1"})
        assert answer.status == 200
        filters = s.panels.asked[-1]
        assert (filters.start.isoformat(), filters.end.isoformat(), filters.settlement, filters.mediator_id) == (
            "2026-01-01", "2026-02-28", "busije", 1)
        default = await s.client.get("/dashboard/")
        assert default.status == 200
        assert s.panels.asked[-1].end == s.clock.today() and s.panels.asked[-1].mediator_id is None
        asked = len(s.panels.asked)
        for bad in ({"start": "2026-13-01"}, {"start": "2026-03-01", "end": "2026-02-01"}, {"end": "1900-01-01"},
                    {"settlement": "nowhere"}, {"mediator": "7"}, {"mediator": "one"},
                    {"start": "2000-01-01", "end": "2026-01-01"}):
            refused = await s.client.get("/dashboard/", params=bad)
            assert refused.status == 400, bad
            assert 'role="alert"' in await refused.text()
            assert (await s.client.get("/dashboard/csv/families", params=bad)).status == 400
        assert len(s.panels.asked) == asked  # nothing was asked with a bad filter


async def test_a_panel_downloads_as_csv_and_the_download_is_audited(database):
    await seed(database)
    async with site(database) as s:
        account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        answer = await s.client.get("/dashboard/csv/families", params={"lang": "en", "start": "2026-01-01"})
        assert answer.status == 200
        assert answer.content_type == "text/csv"
        assert answer.headers["Cache-Control"] == "no-store"
        assert answer.headers["Content-Disposition"] == 'attachment; filename="families-2026-01-01-2026-03-02.csv"'
        rows = list(csv.reader(io.StringIO((await answer.read()).decode("utf-8-sig"))))
        assert rows == [["dashboard-test-settlement", "dashboard-test-count", "dashboard-test-active"],
                        ["altina", "<5", "<5"], ["busije", "9", "9"]]
        coverage = await s.client.get("/dashboard/csv/coverage")
        text = (await coverage.read()).decode("utf-8-sig")
        assert "'=HYPERLINK(1),0.5" in text  # no formula reaches a spreadsheet
        assert (await s.client.get("/dashboard/csv/nothing")).status == 404
        assert (await s.client.get("/dashboard/csv/..%2Fetc")).status == 404
        trail = await s.accounts.audit_trail()
        assert [(line.account_id, line.action, line.detail) for line in trail] == [
            (account.id, "sign_in", ""), (account.id, "export", "csv:families"), (account.id, "export", "csv:coverage")]


async def test_the_page_shows_each_panel_as_a_chart_a_table_and_a_download(database):
    await seed(database)
    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        answer = await s.client.get("/dashboard/", params={"lang": "en"})
        page = await answer.text()
        assert '<html lang="en">' in page and "Download CSV" in page and "Sign out" in page
        for key in ("families", "enrolled"):
            section = page.split(f'id="panel-{key}"')[1].split("</section>")[0]
            assert "<svg" in section and "<table>" in section and f'href="/dashboard/csv/{key}?' in section
        coverage = page.split('id="panel-coverage"')[1].split("</section>")[0]
        assert "<svg" not in coverage and "50%" in coverage and "&lt;5" in coverage  # a table panel, "<5" as is
        assert "<polyline" in page  # the line chart
        serbian = await (await s.client.get("/dashboard/")).text()
        assert '<html lang="sr-Latn">' in serbian and "Preuzmi CSV" in serbian


async def test_every_response_carries_the_security_headers(database):
    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        answers = [await s.client.get("/dashboard/sign-in"), await s.client.get("/dashboard/", allow_redirects=False)]
        await sign_in(s, token)
        answers += [await s.client.get("/dashboard/"), await s.client.get("/dashboard/csv/families"),
                    await s.client.get("/dashboard/csv/nothing"), await s.client.get("/dashboard/dashboard.css")]
        for answer in answers:
            csp = answer.headers["Content-Security-Policy"]
            assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
            assert answer.headers["X-Frame-Options"] == "DENY"
            assert answer.headers["Cache-Control"] == "no-store"
            assert answer.headers["Referrer-Policy"] == "no-referrer"
        page = await answers[2].text()
        assert "<script" not in page and "style=" not in page and " on" not in re.sub(r">[^<]*<", "><", page)


async def test_only_hashes_of_links_and_session_cookies_are_stored(database):
    import sqlalchemy as sa

    async with site(database) as s:
        _account, token = await s.accounts.add("K", None, NOW)
        await sign_in(s, token)
        cookie = next(c.value for c in s.client.session.cookie_jar if c.key == SESSION_COOKIE)
        values: list[str] = []
        async with database.transaction() as store:
            for table in ("dashboard_link", "dashboard_session", "dashboard_audit"):
                rows = (await store.session.execute(sa.text(f"SELECT * FROM {table}"))).all()
                assert rows
                values += [str(value) for row in rows for value in row]
        stored = " ".join(values)
        assert len(token) >= 43 and len(cookie) >= 43  # 256 random bits each
        assert token not in stored and cookie not in stored
