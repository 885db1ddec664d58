"""``python -m bot``: the `cavororo` command (bot/cli.py). The composition root is bot/app.py."""

from bot.cli import main

if __name__ == "__main__":
    main()
