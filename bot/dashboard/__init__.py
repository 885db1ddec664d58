"""The lab's dashboard (issue 21): aggregates of what the bot knows, by settlement, in a browser.

Two halves meet at the types of :mod:`bot.dashboard.panels`:

- :mod:`bot.dashboard.aggregates` asks the database and returns :class:`~bot.dashboard.panels.Panel` tables, with
  every small count already suppressed (aggregates only: no name, phone, birth date or chat id ever leaves it);
- the web half (accounts, sessions, the page, SVG charts and CSV downloads) renders those tables and knows no SQL.
"""
