"""One error hierarchy: every error a user can cause or fix is a `SeedauditError` whose text is one line.

The CLI catches the base alone, prints "seedaudit: error: <line>" and exits 2, so a new kind of error
needs no handler of its own. Where a batch goes on past a bad input instead (an unreadable paper, a
file that does not parse), the error becomes an SA001 finding (seedaudit.diagnostics). The built-in
bases (ValueError, RuntimeError) stay where callers have always caught them. This module imports
nothing of seedaudit, so every module can raise these errors without an import cycle.
"""
from __future__ import annotations


class SeedauditError(Exception):
    """An error for the user, said in one line (`str(exc)`): exit code 2, never a traceback."""


class UsageError(SeedauditError, ValueError):
    """Command-line values that do not fit (`--rerun-command` without NAME=COMMAND)."""


class ConfigError(SeedauditError, ValueError):
    """Bad configuration: [tool.seedaudit], a rule file or token, a study file."""


class StoreError(SeedauditError, RuntimeError):
    """A results store that cannot be used (unwritable, corrupt, locked, or from another study)."""


class InputError(SeedauditError):
    """An input that cannot be read."""


class PaperInputError(InputError):
    """A paper (or part of one) that could not be read: `message` is the line users see, `path` the
    input it is about; one SA001 line in a batch."""

    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.path = path
        self.message = message


class CodeInputError(InputError):
    """A code file that cannot be audited (unreadable, not UTF-8, does not parse): one SA001 line."""
