"""Real audio and video files for the voice tests, made with ffmpeg (Debian's; .ci/run installs it).

Without ffmpeg these tests fail with a clear message: they never pass silently, because what they check (that a
real Opus file goes out as a voice note, a real MP4 as a Viber video) means nothing with fake bytes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

MISSING = "ffmpeg/ffprobe not found: the voice tests need them (apt-get install ffmpeg; .ci/run installs it)"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(MISSING)
    return found


def make_opus(path: Path, seconds: float = 3.0, frequency: int = 440) -> Path:
    """A mono Ogg/Opus file of a sine tone, ``seconds`` long (what a recorded voice note is)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("ffmpeg"), "-v", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency={frequency}:duration={seconds}", "-ac", "1", "-c:a", "libopus", "-b:a", "24k",
                    str(path)], check=True, timeout=120)
    return path


def make_mp3(path: Path, seconds: float = 2.0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("ffmpeg"), "-v", "error", "-y", "-f", "lavfi", "-i", f"sine=duration={seconds}",
                    "-c:a", "libmp3lame", "-f", "mp3", str(path)], check=True, timeout=120)
    return path


def probe(data: bytes | Path, tmp_path: Path | None = None) -> dict[str, Any]:
    """ffprobe's view of a file (or of bytes, written to ``tmp_path`` first): format and streams."""
    if isinstance(data, bytes):
        assert tmp_path is not None
        path = tmp_path / "probed.bin"
        path.write_bytes(data)
    else:
        path = data
    done = subprocess.run([_tool("ffprobe"), "-v", "error", "-show_format", "-show_streams", "-of", "json",
                           str(path)], check=True, capture_output=True, timeout=60)
    found: dict[str, Any] = json.loads(done.stdout)
    return found


def duration(data: bytes | Path, tmp_path: Path | None = None) -> float:
    return float(probe(data, tmp_path)["format"]["duration"])


def codecs(data: bytes | Path, tmp_path: Path | None = None) -> list[str]:
    return sorted(stream["codec_name"] for stream in probe(data, tmp_path)["streams"])
