"""Which content directory a `cavororo content ...` or `cavororo content reviews ...` command works on."""

from __future__ import annotations

import argparse
from pathlib import Path


def content_dir(args: argparse.Namespace) -> Path:
    """--content, else CONTENT_DIR when set, else ./content when the working directory has one, else the
    content bundled with the installed bot (an editor's second clone is checked where she runs the command)."""
    if args.content is not None:
        if not (args.content / "sr").is_dir():
            raise SystemExit(f"cavororo: {args.content} is not a content directory (it has no sr/ folder)")
        return args.content
    from bot.config import settings_from

    settings = settings_from(args)
    if "content_dir" in settings.model_fields_set:  # CONTENT_DIR from the environment or .env
        return settings.content_dir
    here = Path.cwd() / "content"
    return here if (here / "sr").is_dir() else settings.content_dir
