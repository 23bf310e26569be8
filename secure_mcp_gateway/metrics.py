"""Prometheus metrics: counters, gauges and histograms with labels, rendered in the text exposition format."""

from __future__ import annotations

import bisect
import math
import threading
from collections.abc import Callable, Iterable
from typing import Any

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
"""Seconds; from a cached local check (1 ms) to a call at the default deadline (50 s)."""

Labels = tuple[str, ...]


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(names: Labels, values: Labels, extra: str = "") -> str:
    parts = [f'{n}="{_escape(v)}"' for n, v in zip(names, values, strict=True)]
    if extra:
        parts.append(extra)
    return "{" + ",".join(parts) + "}" if parts else ""


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


class _Metric:
    kind = ""

    def __init__(self, name: str, help: str, labels: Iterable[str] = ()) -> None:
        self.name = name
        self.help = help
        self.label_names: Labels = tuple(labels)
        self._lock = threading.Lock()

    def _key(self, values: Iterable[Any]) -> Labels:
        key = tuple(str(v) for v in values)
        if len(key) != len(self.label_names):
            raise ValueError(f"{self.name} takes labels {self.label_names}, got {key}")
        return key

    def header(self) -> list[str]:
        return [f"# HELP {self.name} {self.help}", f"# TYPE {self.name} {self.kind}"]

    def samples(self) -> list[str]:
        raise NotImplementedError


class Counter(_Metric):
    """A count that only goes up."""

    kind = "counter"

    def __init__(self, name: str, help: str, labels: Iterable[str] = ()) -> None:
        super().__init__(name, help, labels)
        self._values: dict[Labels, float] = {}

    def inc(self, *labels: Any, amount: float = 1.0) -> None:
        """Add `amount` to the series with these label values."""
        key = self._key(labels)
        with self._lock:
            self._values[key] = self._values.get(key, 0.0) + amount

    def value(self, *labels: Any) -> float:
        """The current count of one series."""
        return self._values.get(self._key(labels), 0.0)

    def samples(self) -> list[str]:
        with self._lock:
            items = sorted(self._values.items())
        return [f"{self.name}{_labels(self.label_names, k)} {_number(v)}" for k, v in items]


class Gauge(_Metric):
    """A value that goes up and down; set directly, or read from a callback at scrape time."""

    kind = "gauge"

    def __init__(
        self,
        name: str,
        help: str,
        labels: Iterable[str] = (),
        collect: Callable[[], Iterable[tuple[Labels, float]]] | None = None,
    ) -> None:
        super().__init__(name, help, labels)
        self._values: dict[Labels, float] = {}
        self._collect = collect

    def set(self, value: float, *labels: Any) -> None:
        """Set one series."""
        key = self._key(labels)
        with self._lock:
            self._values[key] = float(value)

    def value(self, *labels: Any) -> float:
        """The current value of one series."""
        return self._values.get(self._key(labels), 0.0)

    def samples(self) -> list[str]:
        with self._lock:
            values = dict(self._values)
        if self._collect is not None:
            try:
                for key, value in self._collect():
                    values[self._key(key)] = float(value)
            except Exception:  # a broken callback must not break the scrape
                pass
        return [f"{self.name}{_labels(self.label_names, k)} {_number(v)}" for k, v in sorted(values.items())]


class Histogram(_Metric):
    """Observations counted into cumulative buckets, with their sum and count."""

    kind = "histogram"

    def __init__(
        self, name: str, help: str, labels: Iterable[str] = (), buckets: Iterable[float] = LATENCY_BUCKETS
    ) -> None:
        super().__init__(name, help, labels)
        self.buckets = tuple(sorted(buckets))
        self._series: dict[Labels, list[float]] = {}  # per-bucket counts (not cumulative), then +Inf, sum

    def observe(self, value: float, *labels: Any) -> None:
        """Count one observation into the series with these label values."""
        key = self._key(labels)
        i = bisect.bisect_left(self.buckets, value)
        with self._lock:
            series = self._series.get(key)
            if series is None:
                series = self._series[key] = [0.0] * (len(self.buckets) + 2)
            series[i] += 1
            series[-1] += value

    def count(self, *labels: Any) -> int:
        """Observations in one series."""
        series = self._series.get(self._key(labels))
        return int(sum(series[:-1])) if series else 0

    def samples(self) -> list[str]:
        with self._lock:
            items = sorted((k, list(v)) for k, v in self._series.items())
        out = []
        for key, series in items:
            running = 0.0
            for bound, n in zip((*self.buckets, math.inf), series[:-1], strict=True):
                running += n
                le = 'le="' + _number(bound) + '"'
                out.append(f"{self.name}_bucket{_labels(self.label_names, key, le)} {_number(running)}")
            out.append(f"{self.name}_sum{_labels(self.label_names, key)} {_number(series[-1])}")
            out.append(f"{self.name}_count{_labels(self.label_names, key)} {_number(running)}")
        return out


class Registry:
    """The metrics of one process, in registration order."""

    def __init__(self) -> None:
        self._metrics: dict[str, _Metric] = {}

    def add(self, metric: Any) -> Any:
        """Register a metric; its name must be new."""
        if metric.name in self._metrics:
            raise ValueError(f"metric {metric.name} is already registered")
        self._metrics[metric.name] = metric
        return metric

    def render(self) -> str:
        """Every metric in the Prometheus text format (version 0.0.4)."""
        lines: list[str] = []
        for metric in self._metrics.values():
            lines.extend(metric.header())
            lines.extend(metric.samples())
        return "\n".join(lines) + "\n"


CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
