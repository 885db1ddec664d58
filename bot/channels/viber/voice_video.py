"""A voice recording as a short MP4 for Viber (issue 20): Viber bots have no voice message type, but Viber plays a
video message inline.

The video is the recording's sound (AAC, mono, 48 kbit/s) over one still image: the tip's picture when the message
carries one, else a plain card of one colour (no words: a picture is never translated). ffmpeg (Debian's package,
``/usr/bin/ffmpeg``) makes it once per recording and picture; it is cached in ``<GENERATED_MEDIA_DIR>/voice`` under
a name made of the inputs' hash, so a changed recording makes a new video and the old one is never sent again.

Viber's limits for a video message (REST Bot API, send_message type ``video``): at most 26 MB and 180 s. Recordings
are at most 90 s (the content check), about 0.5 MB as MP4 at 480 x 480 with one frame a second.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import shutil
import subprocess
from pathlib import Path

from bot.catalog.recordings import opus_duration

log = logging.getLogger(__name__)

MAX_VIDEO_BYTES = 26 * 1024 * 1024
MAX_VIDEO_SECONDS = 180
CARD_COLOUR = "0xF6E7C8"  # a warm, plain card
SIZE = 480
FFMPEG_TIMEOUT_S = 120


class VoiceVideos:
    def __init__(self, folder: Path, ffmpeg: str | None = None) -> None:
        self.folder = folder
        self.ffmpeg = ffmpeg or shutil.which("ffmpeg")

    def path_for(self, recording: Path, picture: Path | None) -> Path:
        digest = hashlib.sha256(recording.read_bytes())
        if picture is not None:
            digest.update(picture.read_bytes())
        return self.folder / f"{digest.hexdigest()[:32]}.mp4"

    async def video_for(self, recording: Path, picture: Path | None = None) -> Path | None:
        """The cached MP4 of this recording (made now when missing); None when ffmpeg is missing or fails."""
        return await asyncio.to_thread(self._video_for, recording, picture)

    def _video_for(self, recording: Path, picture: Path | None) -> Path | None:
        target = self.path_for(recording, picture)
        if target.is_file():
            return target
        if self.ffmpeg is None:
            log.error("ffmpeg not found: voice recordings are not sent on Viber (install the ffmpeg package)")
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        image = (["-loop", "1", "-i", str(picture)] if picture is not None
                 else ["-f", "lavfi", "-i", f"color=c={CARD_COLOUR}:s={SIZE}x{SIZE}:r=1"])
        seconds = opus_duration(recording)
        if seconds is None:
            return None
        partial = target.with_suffix(f".{os.getpid()}.part.mp4")
        command = [self.ffmpeg, "-v", "error", "-y", *image, "-i", str(recording),
                   "-vf", f"scale={SIZE}:{SIZE}:force_original_aspect_ratio=decrease,"
                          f"pad={SIZE}:{SIZE}:(ow-iw)/2:(oh-ih)/2:color={CARD_COLOUR},format=yuv420p",
                   "-r", "1", "-c:v", "libx264", "-tune", "stillimage", "-c:a", "aac", "-b:a", "48k", "-ac", "1",
                   "-t", f"{min(seconds, MAX_VIDEO_SECONDS):.2f}", "-movflags", "+faststart", str(partial)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=FFMPEG_TIMEOUT_S)
        except (OSError, subprocess.SubprocessError) as error:
            log.error("ffmpeg could not make a voice video: %s", type(error).__name__)
            partial.unlink(missing_ok=True)
            return None
        if partial.stat().st_size > MAX_VIDEO_BYTES:
            partial.unlink(missing_ok=True)
            return None
        partial.replace(target)
        return target
