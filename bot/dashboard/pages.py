"""The dashboard's pages under /dashboard: sign-in by a one-time link, one page of charts and tables, CSV downloads.

What the page shows comes from an injected :data:`PanelsProvider` (the aggregates of bot/dashboard/aggregates.py,
bound to the database by the composition root); this module knows no SQL and no family. Security (docs/security.md):
every page but the sign-in pages needs a session cookie (HttpOnly, SameSite=Strict, Secure behind https); every
POST form carries a CSRF token; every response carries a Content-Security-Policy without scripts or inline styles,
refuses framing and is not stored by caches. A mediator's account always gets her own families: the ``mediator``
query parameter cannot widen it.
"""

from __future__ import annotations

import csv
import hmac
import io
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.core.messages import ENGLISH, SERBIAN_LATIN, Text
from bot.core.ports import Clock
from bot.dashboard.accounts import Accounts, Session, new_token
from bot.dashboard.charts import svg
from bot.dashboard.panels import Cell, Filters, Panel
from bot.i18n.translator import Translator

log = logging.getLogger(__name__)

PREFIX = "/dashboard"
SESSION_COOKIE = "cavororo_dashboard"
SIGN_IN_COOKIE = "cavororo_dashboard_sign_in"  # the sign-in form's CSRF token (double submit)
LANGUAGES: Mapping[str, str] = {"sr": SERBIAN_LATIN, "en": ENGLISH}
DEFAULT_DAYS = 365  # the date range when none is chosen: the last year
MAX_DAYS = 366 * 10
CSS = Path(__file__).with_name("dashboard.css")
SECURITY_HEADERS: Mapping[str, str] = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                "frame-ancestors 'none'; base-uri 'none'"),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the sign-in token must not travel on in a Referer
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_KEY = re.compile(r"^[a-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Choices:
    """What the filters offer: settlements (id, name) and mediators (id, name)."""

    settlements: tuple[tuple[str, str], ...] = ()
    mediators: tuple[tuple[int, str], ...] = ()


PanelsProvider = Callable[[Filters], Awaitable[Sequence[Panel]]]
ChoicesProvider = Callable[[], Awaitable[Choices]]


class BadFilter(Exception):
    """A filter value the page cannot use; its message id says which."""


@dataclass
class Dashboard:
    """The dashboard's dependencies; :func:`mount` puts its routes on a web application."""

    accounts: Accounts
    panels: PanelsProvider
    choices: ChoicesProvider
    translator: Callable[[], Translator]
    clock: Clock
    secure_cookies: bool = False  # true: Secure cookies even when the request does not look like https

    # -- words --------------------------------------------------------------------------------------------

    def words(self, lang: str) -> Callable[..., str]:
        translator, locale = self.translator(), LANGUAGES[lang]

        def say(msg_id: str, **args: Any) -> str:
            if not translator.has(locale, msg_id):
                return msg_id
            return translator.format(locale, Text(msg_id, args))

        return say

    # -- requests -----------------------------------------------------------------------------------------

    def secure(self, request: web.Request) -> bool:
        return (self.secure_cookies or request.secure
                or request.headers.get("X-Forwarded-Proto", "").lower() == "https")

    async def session_of(self, request: web.Request) -> Session | None:
        cookie = request.cookies.get(SESSION_COOKIE)
        if not cookie:
            return None
        return await self.accounts.session(cookie, self.clock.now())

    async def signed_in(self, request: web.Request) -> Session:
        session = await self.session_of(request)
        if session is None:
            raise web.HTTPSeeOther(f"{PREFIX}/sign-in?{urlencode({'lang': lang_of(request)})}")
        return session

    async def filters_of(self, request: web.Request, session: Session, choices: Choices) -> Filters:
        """The filters of the query string, checked against what the page offers; a mediator's account always
        gets her own id, whatever the query says."""
        query = request.query
        end = _date(query.get("end"), self.clock.today())
        start = _date(query.get("start"), end - timedelta(days=DEFAULT_DAYS))
        if start > end or (end - start).days > MAX_DAYS:
            raise BadFilter("dashboard-error-dates")
        settlement = query.get("settlement") or None
        if settlement is not None and settlement not in {key for key, _ in choices.settlements}:
            raise BadFilter("dashboard-error-settlement")
        mediator: int | None = None
        if session.account.mediator_id is not None:
            mediator = session.account.mediator_id
        elif query.get("mediator"):
            try:
                mediator = int(query["mediator"])
            except ValueError:
                raise BadFilter("dashboard-error-mediator") from None
            if mediator not in {key for key, _ in choices.mediators}:
                raise BadFilter("dashboard-error-mediator")
        return Filters(start, end, settlement, mediator)

    # -- handlers -----------------------------------------------------------------------------------------

    async def page(self, request: web.Request) -> web.Response:
        session = await self.signed_in(request)
        lang = lang_of(request)
        say = self.words(lang)
        choices = await self.choices()
        try:
            filters = await self.filters_of(request, session, choices)
        except BadFilter as error:
            fallback = Filters(self.clock.today() - timedelta(days=DEFAULT_DAYS), self.clock.today())
            body = render_page(say, lang, session, choices, fallback, [], error=str(error))
            return html(body, status=400)
        panels = list(await self.panels(filters))
        return html(render_page(say, lang, session, choices, filters, panels))

    async def download(self, request: web.Request) -> web.Response:
        session = await self.signed_in(request)
        key = request.match_info["key"]
        lang = lang_of(request)
        say = self.words(lang)
        if not _KEY.match(key):
            raise web.HTTPNotFound(text=say("dashboard-error-no-panel"))
        try:
            filters = await self.filters_of(request, session, await self.choices())
        except BadFilter as error:
            raise web.HTTPBadRequest(text=say(str(error))) from None
        panel = next((p for p in await self.panels(filters) if p.key == key), None)
        if panel is None:
            raise web.HTTPNotFound(text=say("dashboard-error-no-panel"))
        await self.accounts.audit(session.account.id, "export", f"csv:{key}", self.clock.now())
        name = f"{key}-{filters.start.isoformat()}-{filters.end.isoformat()}.csv"
        return web.Response(body=to_csv(panel, say).encode("utf-8-sig"), content_type="text/csv", charset="utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{name}"'})

    async def sign_in_page(self, request: web.Request) -> web.Response:
        lang = lang_of(request)
        say = self.words(lang)
        token = request.query.get("token", "")
        if not token:
            return html(render_sign_in(say, lang, None, None))
        csrf = new_token()
        response = html(render_sign_in(say, lang, token, csrf))
        self._cookie(request, response, SIGN_IN_COOKIE, csrf)
        return response

    async def sign_in(self, request: web.Request) -> web.Response:
        form = await request.post()
        lang = _lang(str(form.get("lang", "")))
        say = self.words(lang)
        if not _same(request.cookies.get(SIGN_IN_COOKIE), form.get("csrf")):
            raise web.HTTPForbidden(text=say("dashboard-error-csrf"))
        redeemed = await self.accounts.redeem(str(form.get("token", "")), self.clock.now())
        if redeemed is None:
            return html(render_sign_in(say, lang, None, None, error="dashboard-sign-in-failed"), status=403)
        cookie, _session = redeemed
        log.info("dashboard: account %s signed in", _session.account.id)
        response = web.HTTPSeeOther(f"{PREFIX}/?{urlencode({'lang': lang})}")
        self._cookie(request, response, SESSION_COOKIE, cookie)
        response.del_cookie(SIGN_IN_COOKIE, path=PREFIX)
        raise response

    async def sign_out(self, request: web.Request) -> web.Response:
        form = await request.post()
        lang = _lang(str(form.get("lang", "")))
        session = await self.signed_in(request)
        if not _same(session.csrf, form.get("csrf")):
            raise web.HTTPForbidden(text=self.words(lang)("dashboard-error-csrf"))
        await self.accounts.sign_out(request.cookies[SESSION_COOKIE], session.account.id, self.clock.now())
        response = web.HTTPSeeOther(f"{PREFIX}/sign-in?{urlencode({'lang': lang})}")
        response.del_cookie(SESSION_COOKIE, path=PREFIX)
        raise response

    async def stylesheet(self, _request: web.Request) -> web.Response:
        return web.Response(text=CSS.read_text(encoding="utf-8"), content_type="text/css")

    def _cookie(self, request: web.Request, response: web.StreamResponse, name: str, value: str) -> None:
        # no Expires/Max-Age: the browser forgets it when it closes; the server ends it earlier (its expiry)
        response.set_cookie(name, value, path=PREFIX, httponly=True, samesite="Strict", secure=self.secure(request))


@web.middleware
async def security_headers(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                           ) -> web.StreamResponse:
    try:
        response = await handler(request)
    except web.HTTPException as error:
        error.headers.update(SECURITY_HEADERS)
        raise
    response.headers.update(SECURITY_HEADERS)
    return response


def dashboard_app(dashboard: Dashboard) -> web.Application:
    """The pages as an application of their own, to mount at /dashboard."""
    app = web.Application(middlewares=[security_headers])
    app.router.add_get("/", dashboard.page)
    app.router.add_get("/sign-in", dashboard.sign_in_page)
    app.router.add_post("/sign-in", dashboard.sign_in)
    app.router.add_post("/sign-out", dashboard.sign_out)
    app.router.add_get("/csv/{key}", dashboard.download)
    app.router.add_get("/dashboard.css", dashboard.stylesheet)
    return app


def mount(web_app: web.Application, dashboard: Dashboard) -> None:
    """Serve the dashboard at /dashboard/ of ``web_app`` (and /dashboard sends the browser there)."""

    async def to_page(request: web.Request) -> web.Response:
        raise web.HTTPPermanentRedirect(f"{PREFIX}/")

    web_app.router.add_get(PREFIX, to_page)
    web_app.add_subapp(PREFIX, dashboard_app(dashboard))


# -- pieces -----------------------------------------------------------------------------------------------


def lang_of(request: web.Request) -> str:
    return _lang(request.query.get("lang", ""))


def _lang(value: str) -> str:
    return value if value in LANGUAGES else "sr"


def _same(expected: str | None, given: object) -> bool:
    return bool(expected) and isinstance(given, str) and hmac.compare_digest(str(expected), given)


def _date(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise BadFilter("dashboard-error-dates") from None
    if not 2000 <= day.year <= 2100:
        raise BadFilter("dashboard-error-dates")
    return day


def html(body: str, status: int = 200) -> web.Response:
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


def show(cell: Cell, say: Callable[..., str]) -> str:
    """A cell as the table shows it: counts as numbers, shares as percentages, "<5" as it is."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return str(int(cell))
    if isinstance(cell, float):
        return f"{cell:.0%}" if 0 <= cell <= 1 else f"{cell:g}"
    if isinstance(cell, str):
        return say(cell) if cell.startswith("dashboard-") else cell
    return str(cell)


# Label columns whose codes have names in the parents' own messages (the names bot/core/plan_view.py uses:
# content/<lang>/schedule.ftl ``vaccine-<dose>``, ``visit-<visit>``; the short ``vaccine-short-<dose>`` of
# record.ftl for a chart's axis): column message id -> (prefix of the name, prefix of the short name). The table,
# the chart and the CSV show the name where the language has one, the code where it has none. Tip ids stay codes
# (a tip's message is the whole tip), and so do settlement ids and messenger codes.
NAMED_CODES: Mapping[str, tuple[str, str]] = {
    "dashboard-col-dose": ("vaccine-", "vaccine-short-"),
    "dashboard-col-visit": ("visit-", "visit-"),
}


def label(column: str, cell: Cell, say: Callable[..., str], *, short: bool = False) -> str:
    """A cell of the column ``column`` as the table shows it, a dose or visit code by its name (see NAMED_CODES)."""
    prefixes = NAMED_CODES.get(column)
    if prefixes is None or not isinstance(cell, str) or not cell or cell.startswith("dashboard-"):
        return show(cell, say)
    msg_id = prefixes[short] + cell.replace("_", "-")
    named = say(msg_id)
    return cell if named == msg_id else named  # say() answers the id itself when the language has no such message


def to_csv(panel: Panel, say: Callable[..., str]) -> str:
    """The panel's table as CSV, as the page shows it: translated column names, then the rows with doses and
    visits by name ("<5" stays "<5"; shares as decimals)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_safe(say(column)) for column in panel.columns])
    for row in panel.rows:
        writer.writerow([_safe(_csv_cell(column, cell, say)) for column, cell in _cells(panel, row)])
    return out.getvalue()


def _cells(panel: Panel, row: Sequence[Cell]) -> list[tuple[str, Cell]]:
    """The row's cells, each with its column's message id ("" for a cell beyond the columns)."""
    return [(panel.columns[i] if i < len(panel.columns) else "", cell) for i, cell in enumerate(row)]


def _csv_cell(column: str, cell: Cell, say: Callable[..., str]) -> str:
    if isinstance(cell, float):
        return f"{cell:.4f}".rstrip("0").rstrip(".")
    return label(column, cell, say)


def _safe(text: str) -> str:
    """No formula in a spreadsheet: a cell that starts like one gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _query(filters: Filters, lang: str, limited: bool) -> str:
    values = {"lang": lang, "start": filters.start.isoformat(), "end": filters.end.isoformat()}
    if filters.settlement:
        values["settlement"] = filters.settlement
    if filters.mediator_id is not None and not limited:
        values["mediator"] = str(filters.mediator_id)
    return urlencode(values)


def _options(choices: Sequence[tuple[Any, str]], chosen: Any, everything: str) -> str:
    parts = [f'<option value="">{escape(everything)}</option>']
    for key, name in choices:
        selected = " selected" if key == chosen else ""
        parts.append(f'<option value="{escape(str(key))}"{selected}>{escape(name)}</option>')
    return "".join(parts)


def _frame(say: Callable[..., str], lang: str, title: str, body: str) -> str:
    return (f'<!doctype html><html lang="{escape(LANGUAGES[lang])}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="referrer" content="no-referrer">'
            f'<title>{escape(title)}</title><link rel="stylesheet" href="{PREFIX}/dashboard.css"></head>'
            f'<body>{body}</body></html>')


def render_sign_in(say: Callable[..., str], lang: str, token: str | None, csrf: str | None,
                   error: str | None = None) -> str:
    parts = [f"<main class=\"narrow\"><h1>{escape(say('dashboard-title'))}</h1>"]
    if error:
        parts.append(f'<p class="error" role="alert">{escape(say(error))}</p>')
    if token and csrf:
        parts.append(
            f'<form method="post" action="{PREFIX}/sign-in">'
            f'<input type="hidden" name="token" value="{escape(token)}">'
            f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
            f'<input type="hidden" name="lang" value="{escape(lang)}">'
            f"<p>{escape(say('dashboard-sign-in-intro'))}</p>"
            f"<button type=\"submit\" id=\"sign-in\">{escape(say('dashboard-sign-in'))}</button></form>")
    else:
        parts.append(f"<p id=\"sign-in-needed\">{escape(say('dashboard-sign-in-needed'))}</p>")
    parts.append("</main>")
    return _frame(say, lang, say("dashboard-title"), "".join(parts))


def render_page(say: Callable[..., str], lang: str, session: Session, choices: Choices, filters: Filters,
                panels: Sequence[Panel], *, error: str | None = None) -> str:
    limited = session.account.mediator_id is not None
    query = _query(filters, lang, limited)
    current = ' aria-current="true"'
    switch = " · ".join(
        f'<a href="{PREFIX}/?{escape(_query(filters, code, limited))}" lang="{escape(LANGUAGES[code])}"'
        f'{current if code == lang else ""}>{escape(say("dashboard-language-" + code))}</a>'
        for code in LANGUAGES)
    header = (
        f"<header><h1>{escape(say('dashboard-title'))}</h1><nav>{switch}"
        f"<span class=\"who\">{escape(say('dashboard-account', id=str(session.account.id)))}</span>"
        f'<form method="post" action="{PREFIX}/sign-out" class="inline">'
        f'<input type="hidden" name="csrf" value="{escape(session.csrf)}">'
        f'<input type="hidden" name="lang" value="{escape(lang)}">'
        f"<button type=\"submit\" id=\"sign-out\">{escape(say('dashboard-sign-out'))}</button></form></nav></header>")
    mediator_field = (
        f"<p class=\"limited\">{escape(say('dashboard-limited'))}</p>" if limited else
        f"<label>{escape(say('dashboard-filter-mediator'))} <select name=\"mediator\" id=\"mediator\">"
        f"{_options(choices.mediators, filters.mediator_id, say('dashboard-filter-all'))}</select></label>")
    form = (
        f'<form method="get" action="{PREFIX}/" class="filters" id="filters">'
        f'<input type="hidden" name="lang" value="{escape(lang)}">'
        f"<label>{escape(say('dashboard-filter-from'))} <input type=\"date\" name=\"start\" id=\"start\" "
        f'value="{filters.start.isoformat()}"></label>'
        f"<label>{escape(say('dashboard-filter-to'))} <input type=\"date\" name=\"end\" id=\"end\" "
        f'value="{filters.end.isoformat()}"></label>'
        f"<label>{escape(say('dashboard-filter-settlement'))} <select name=\"settlement\" id=\"settlement\">"
        f"{_options(choices.settlements, filters.settlement, say('dashboard-filter-all'))}</select></label>"
        f"{mediator_field}"
        f"<button type=\"submit\" id=\"apply\">{escape(say('dashboard-filter-apply'))}</button></form>")
    body = [header, "<main>", form, f"<p class=\"rule\">{escape(say('dashboard-small-cells'))}</p>"]
    if error:
        body.append(f'<p class="error" role="alert">{escape(say(error))}</p>')
    elif not panels:
        body.append(f"<p>{escape(say('dashboard-empty'))}</p>")
    for panel in panels:
        body.append(_panel(panel, say, query))
    body.append("</main>")
    return _frame(say, lang, say("dashboard-title"), "".join(body))


def _panel(panel: Panel, say: Callable[..., str], query: str) -> str:
    key = escape(panel.key)
    head = "".join(f'<th scope="col">{escape(say(column))}</th>' for column in panel.columns)
    rows = "".join(
        "<tr>" + "".join((f'<th scope="row">{escape(label(column, cell, say))}</th>' if i == 0 else
                          f'<td class="num">{escape(label(column, cell, say))}</td>')
                         for i, (column, cell) in enumerate(_cells(panel, row))) + "</tr>"
        for row in panel.rows)
    notes = "".join(f'<p class="note">{escape(say(note))}</p>' for note in panel.notes)
    first = panel.columns[0] if panel.columns else ""
    chart = svg(panel, say, lambda cell: label(first, cell, say, short=True))
    return (f'<section class="panel" id="panel-{key}"><h2>{escape(say(panel.title))}</h2>{chart}{notes}'
            f'<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
            f'<p><a class="csv" id="csv-{key}" href="{PREFIX}/csv/{key}?{escape(query)}" download>'
            f"{escape(say('dashboard-download-csv'))}</a></p></section>")



def as_choices(found: object) -> Choices:
    """The filter choices from what the aggregates answer: a :class:`Choices`, or a pair (settlements,
    mediators) of mappings or sequences of (id, name) pairs."""
    if isinstance(found, Choices):
        return found
    settlements: object
    mediators: object
    settlements, mediators = found  # type: ignore[misc]
    return Choices(tuple((str(k), str(v)) for k, v in _pairs(settlements)),
                   tuple((int(k), str(v)) for k, v in _pairs(mediators)))


def _pairs(values: object) -> list[tuple[Any, Any]]:
    if isinstance(values, Mapping):
        return list(values.items())
    return [tuple(pair) for pair in values]  # type: ignore[attr-defined]
