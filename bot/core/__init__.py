"""The pure domain: ages, birth dates, schedules, tips, services and the dialog engine.

Imports only the standard library and other ``bot.core`` modules (tests/test_layering.py enforces it).
"""
