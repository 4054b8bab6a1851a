"""Student t, normal and t-test power without scipy (the package must not depend on it).

The t distribution goes through the regularised incomplete beta function (continued fraction,
Lentz's method); power integrates the noncentral t over the chi-square law of the variance.
Checked against scipy in tests/test_rerun_stats.py.
"""
from __future__ import annotations

import math
from statistics import NormalDist

_NORMAL = NormalDist()


def normal_cdf(x: float) -> float:
    return _NORMAL.cdf(x)


def normal_ppf(q: float) -> float:
    return _NORMAL.inv_cdf(q)


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_sf(t: float, df: float) -> float:
    """P(T > t) for Student's t with `df` degrees of freedom."""
    if math.isinf(t):
        return 0.0 if t > 0 else 1.0
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return tail if t >= 0 else 1.0 - tail


def t_cdf(t: float, df: float) -> float:
    return 1.0 - t_sf(t, df)


def t_two_sided_p(t: float, df: float) -> float:
    if math.isnan(t):
        return 1.0
    if math.isinf(t):
        return 0.0
    return min(1.0, betainc(df / 2.0, 0.5, df / (df + t * t)))


def t_ppf(q: float, df: float) -> float:
    """Quantile of Student's t by bisection (monotone, so robust for every df)."""
    if not 0.0 < q < 1.0:
        raise ValueError("q must lie in (0, 1)")
    lo, hi = -1.0, 1.0
    while t_cdf(lo, df) > q:
        lo *= 2.0
    while t_cdf(hi, df) < q:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, df) < q:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12 * max(1.0, abs(mid)):
            break
    return 0.5 * (lo + hi)


def _noncentral_t_sf(c: float, df: float, delta: float, points: int = 4001) -> float:
    """P(T' > c) for the noncentral t: E over V ~ chi2(df) of P(Z > c*sqrt(V/df) - delta)."""
    import numpy as np

    spread = 12.0 * math.sqrt(2.0 * df)
    v = np.linspace(max(1e-12, df - spread), df + spread + 10.0, points)
    log_pdf = (df / 2.0 - 1.0) * np.log(v) - v / 2.0 - (df / 2.0) * math.log(2.0) - math.lgamma(df / 2.0)
    pdf = np.exp(log_pdf)
    z = c * np.sqrt(v / df) - delta
    tail = 0.5 * np.vectorize(math.erfc)(z / math.sqrt(2.0))
    return float(np.trapezoid(pdf * tail, v) / np.trapezoid(pdf, v))


def t_test_power(d: float, n_per_group: int, alpha: float = 0.05) -> float:
    """Power of a two-sided two-sample t-test (equal n, equal variances: Welch's df equals 2n - 2)."""
    df = 2.0 * n_per_group - 2.0
    delta = abs(d) * math.sqrt(n_per_group / 2.0)
    crit = t_ppf(1.0 - alpha / 2.0, df)
    return _noncentral_t_sf(crit, df, delta) + _noncentral_t_sf(crit, df, -delta)


def seeds_needed(d: float, alpha: float = 0.05, power: float = 0.8, cap: int = 100_000) -> int | None:
    """Smallest seeds per configuration for which the test reaches `power` at effect size d."""
    if not d or not math.isfinite(d):
        return None
    z = normal_ppf(1.0 - alpha / 2.0) + normal_ppf(power)
    n = max(2, int(2.0 * (z / abs(d)) ** 2) - 1)  # the normal approximation undershoots slightly
    while n > 2 and t_test_power(d, n, alpha) >= power:
        n -= 1
    while t_test_power(d, n, alpha) < power:
        n += 1
        if n > cap:
            return None
    return n
