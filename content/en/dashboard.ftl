## The lab's dashboard (/dashboard): a page for coordinators, in Serbian (Latin) or English. bot/dashboard/web.py
## Aggregates only; a count below 5 is shown as "<5" (docs/dashboard.md).

dashboard-title = Čavororo: the lab's dashboard
dashboard-sign-in-intro = This sign-in link works only once. Sign in on this computer.
dashboard-sign-in = Sign in
dashboard-sign-in-needed = This page needs an account. Ask the person who runs the bot for a sign-in link.
dashboard-sign-in-failed = This sign-in link was already used or has expired. Ask for a new one.
dashboard-sign-out = Sign out
dashboard-account = Account { $id }
dashboard-language-sr = Srpski
dashboard-language-en = English
dashboard-filter-from = From
dashboard-filter-to = To
dashboard-filter-settlement = Settlement
dashboard-filter-mediator = Mediator
dashboard-filter-all = All
dashboard-filter-apply = Apply
dashboard-limited = You see only your mediator's families.
dashboard-small-cells = Every count from 1 to 4 is shown as “<5”: the settlements are small, and a small count can point at a family.
dashboard-empty = No data for these filters.
dashboard-download-csv = Download CSV
dashboard-error-dates = The dates are not right: “from” must come before “to”, at most 10 years apart.
dashboard-error-settlement = There is no such settlement.
dashboard-error-mediator = There is no such mediator.
dashboard-error-no-panel = There is no such chart.
dashboard-error-csrf = The form is out of date. Open the page again and try once more.
