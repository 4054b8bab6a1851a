"""The version of seedaudit, in a module of its own so that any module can read it without importing the
package root (which offers `log_metric` and would close an import cycle through the re-runner)."""
__version__ = "0.1.0"
