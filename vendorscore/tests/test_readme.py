"""The README's table of environment variables stays complete."""

from __future__ import annotations

import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]


def test_every_environment_variable_the_settings_read_is_documented():
    sources = (BASE_DIR / "vendorscore" / "settings.py").read_text()
    sources += (BASE_DIR / "vendorscore" / "management" / "commands" / "runall.py").read_text()
    read = set(re.findall(r'env\.get_\w+\(\s*"([A-Z_]+)"', sources))
    read |= set(re.findall(r'os\.environ\.get\("([A-Z_]+)"', sources))
    assert len(read) > 20  # the pattern still finds them
    readme = (BASE_DIR / "README.md").read_text()
    missing = sorted(name for name in read if f"`{name}`" not in readme)
    assert not missing, f"README.md does not document: {missing}"


def test_the_readme_starts_with_the_two_commands():
    readme = (BASE_DIR / "README.md").read_text()
    first_block = readme.split("```")[1]
    assert "make run" in first_block
    assert "make test" in first_block
