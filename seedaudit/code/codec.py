"""Typed JSON for the cache: dataclasses out as plain lists, back in by their own type annotations.

The cache used to be pickle, and a crafted pickle in an analysed repository's `.seedaudit_cache/` ran
code as soon as `seedaudit check` read it. JSON yields plain values only, and this module rebuilds
objects from the annotations of the type the caller asks for: the data never names a class, except a
cached file's facts, whose tag is looked up in a fixed table (FileFacts, LaunchFacts). Every value is
checked against its field's type on the way in (`Invalid` otherwise, and the cache drops the entry), so
bad data cannot surface later as a traceback in a rule or a reporter.

A dataclass is written as the list of its field values (compact: no key repeated per object); tuples,
written as lists, come back as tuples where the annotation says tuple. Fields typed Any hold literal
values: JSON scalars, lists of them, and bytes (a b"..." literal), written as {"$bytes": latin-1 text}.
"""
from __future__ import annotations

import dataclasses
import enum
import functools
import json
import types
import typing
from typing import Any, Callable

Decoder = Callable[[Any], Any]
_SCALARS = (str, int, float, bool, type(None))
_BYTES = "$bytes"


class Invalid(ValueError):
    """Cached data that does not have the type it is read as."""


def encode(value: Any) -> str:
    """JSON text of `value`: dataclasses, tuples, lists, str-keyed dicts, scalars and bytes."""
    return json.dumps(value, default=_default, separators=(",", ":"), check_circular=False)


def decode(tp: Any, data: Any) -> Any:
    """`data` (parsed JSON) as a value of type `tp`; raises Invalid where it does not fit."""
    return _decoder(tp)(data)


@functools.cache
def _fact_types() -> dict[str, type]:
    """The only classes a cached facts entry may name (imported on first use: warm runs never need them)."""
    from .facts import FileFacts, LaunchFacts

    return {"FileFacts": FileFacts, "LaunchFacts": LaunchFacts}


def encode_facts(facts: Any) -> str:
    """One file's facts (or None, for a file with nothing to report) as tagged JSON.

    A Python file's source lines are left out: the engine reads them back only when it prints findings.
    """
    if facts is None:
        return "null"
    name = type(facts).__name__
    if _fact_types().get(name) is not type(facts):
        raise TypeError(f"{name} is no facts type the cache can read back")
    if name == "FileFacts" and facts.lines:
        facts = dataclasses.replace(facts, lines=[])
    return encode([name, facts])


def decode_facts(text: str | bytes) -> Any:
    """The facts `encode_facts` wrote; raises Invalid (a ValueError, like bad JSON) for anything else."""
    data = json.loads(text)
    if data is None:
        return None
    if type(data) is not list or len(data) != 2 or data[0] not in _fact_types():
        raise Invalid("not a tagged facts entry")
    return decode(_fact_types()[data[0]], data[1])


def _default(value: Any) -> Any:
    """json.dumps hook for what JSON has no form of: a dataclass becomes its field values, bytes a tag."""
    if type(value) is bytes:
        return {_BYTES: value.decode("latin-1")}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [getattr(value, name) for name in _field_names(type(value))]
    raise TypeError(f"the cache cannot hold a {type(value).__name__}")


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _decoder(tp: Any) -> Decoder:
    """A decoder built once per type from its annotation (the decoders are the hot path of a cache read)."""
    if tp is Any:
        return _literal
    if tp in _SCALARS:
        return _scalar(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _enum(tp)
    if dataclasses.is_dataclass(tp):
        return _dataclass(tp)
    if tp is dict:
        tp = dict[str, Any]
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and type(None) in args:
        return _optional(_decoder(next(a for a in args if a is not type(None))))
    if origin is tuple:
        return _tuple(tp, args)
    if origin is list:
        return _list(args[0])
    if origin is dict and args[0] is str:
        return _dict(args[1])
    raise TypeError(f"no cache decoder for {tp!r}")  # a new field type: teach _decoder, never guess


def _scalar(tp: type) -> Decoder:
    accepted = _plain_types(tp)

    def decode_scalar(data: Any) -> Any:
        if type(data) not in accepted:
            raise Invalid(f"expected {tp.__name__}, got {type(data).__name__}")
        return data

    return decode_scalar


def _literal(data: Any) -> Any:
    """An Any-typed field: JSON scalars, lists of them, and tagged bytes; nothing else."""
    if type(data) in _SCALARS:
        return data
    if type(data) is list:
        return [_literal(item) for item in data]
    if type(data) is dict and data.keys() == {_BYTES} and type(data[_BYTES]) is str:
        try:
            return data[_BYTES].encode("latin-1")
        except UnicodeEncodeError:
            raise Invalid("bytes out of range") from None
    raise Invalid(f"not a literal value: {type(data).__name__}")


def _enum(tp: type[enum.Enum]) -> Decoder:
    values = {member.value: member for member in tp}

    def decode_enum(data: Any) -> Any:
        if type(data) not in (int, str) or data not in values:
            raise Invalid(f"not a {tp.__name__}: {data!r}"[:120])
        return values[data]

    return decode_enum


def _dataclass(cls: type) -> Decoder:
    hints = typing.get_type_hints(cls)
    return _slots(cls.__name__, [hints[name] for name in _field_names(cls)], cls)


def _slots(what: str, annotations: list, build: Callable[..., Any] | None) -> Decoder:
    """Decoder of a fixed-length list (a dataclass's fields, a tuple's items), slot by slot, into `build`
    (into a tuple where `build` is None).

    Its body is generated once per type, one expression per slot: a generic loop over the slots (a zip and
    a test per field of 1.8 million objects) was half of a warm run on a large tree. The source names only
    slot numbers, never anything read from the data, so cached data cannot reach it.
    """
    scope: dict[str, Any] = {"Invalid": Invalid, "build": build, "message": f"expected the {len(annotations)} items of {what}"}
    values = []
    for n, annotation in enumerate(annotations):
        scope[f"plain{n}"], scope[f"slot{n}"] = _plain_types(annotation), _decoder(annotation)
        if scope[f"plain{n}"]:
            values.append(f"v{n} if type(v{n}) in plain{n} else slot{n}(v{n})")
        else:
            values.append(f"slot{n}(v{n})")
    args = "".join(f"{value}, " for value in values)
    exec(  # noqa: S102 -- generated from the type's annotations alone, as dataclasses generates __init__
        "def decode_slots(data):\n"
        f"    if type(data) is not list or len(data) != {len(values)}:\n"
        "        raise Invalid(message)\n"
        f"    [{', '.join(f'v{n}' for n in range(len(values)))}] = data\n"
        f"    return {'' if build is None else 'build'}({args})\n",
        scope,
    )
    return scope["decode_slots"]


@functools.cache
def _plain_types(tp: Any) -> frozenset[type]:
    """JSON types that already are a valid value of `tp` (scalars): taken as they are, with no decoder call
    (a large tree's facts hold some 100,000 objects, and a call per field made reading them 1.4x slower)."""
    if tp is Any:
        return frozenset(_SCALARS)
    if tp in _SCALARS:
        return frozenset((int, float) if tp is float else (tp,))
    args = typing.get_args(tp)
    if typing.get_origin(tp) in (types.UnionType, typing.Union) and all(a in _SCALARS for a in args):
        return frozenset().union(*map(_plain_types, args))
    return frozenset()


def _optional(inner: Decoder) -> Decoder:
    return lambda data: None if data is None else inner(data)


def _tuple(tp: Any, args: tuple) -> Decoder:
    if len(args) == 2 and args[1] is Ellipsis:
        return _list(args[0], tuple)
    return _slots(str(tp), list(args), None)


def _list(item_type: Any, build: Callable[[list], Any] = list) -> Decoder:
    plain, items = _plain_types(item_type), _decoder(item_type)

    def decode_list(data: Any) -> Any:
        if type(data) is not list:
            raise Invalid(f"expected a list, got {type(data).__name__}")
        if plain and set(map(type, data)) <= plain:  # scalars: one pass in C, not one call per item
            return build(data)
        return build(map(items, data))

    return decode_list


def _dict(value_type: Any) -> Decoder:
    plain, values = _plain_types(value_type), _decoder(value_type)

    def decode_dict(data: Any) -> dict:
        if type(data) is not dict:
            raise Invalid(f"expected an object, got {type(data).__name__}")
        if set(map(type, data.values())) <= plain:
            return data
        return {key: values(value) for key, value in data.items()}

    return decode_dict
