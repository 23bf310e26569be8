"""Environment variables over the config file (`SECURE_MCP_GATEWAY_<SECTION>__<KEY>=value`), read as
pydantic-settings reads them; pydantic-settings itself (a tenth of a start's CPU to import) only for forms other
than a plain value of a section's key."""

from __future__ import annotations

import functools
import types
from collections.abc import Mapping
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

_PLAIN = (str, int, float, bool, type(None))


def plain_overrides(model: type[BaseModel], prefix: str, environ: Mapping[str, str]) -> dict[str, Any] | None:
    """The overrides `environ` holds for `model` as a nested dict, when each is a plain value (text, number, flag)
    of a key of one of its sections, named in any case; None when another form is set (a whole section as JSON, a
    deeper key, a list, a key a section does not have, a field named by its alias): `from_environment` reads those."""
    fields = model.model_fields
    aliases = {f.alias.lower() for f in fields.values() if f.alias}
    prefix = prefix.lower()
    found: dict[str, dict[str, str]] = {}
    for name, value in {k.lower(): v for k, v in environ.items()}.items():  # (the last of two spellings wins)
        if not name.startswith(prefix):
            if name.split("__", 1)[0] in aliases:
                return None
            continue
        head, nested, key = name[len(prefix) :].partition("__")
        if head not in fields:
            continue  # not a config key (SECURE_MCP_GATEWAY_CONFIG, ..._DEBUG)
        section = fields[head].annotation
        if not nested or not (isinstance(section, type) and issubclass(section, BaseModel)):
            return None
        field = section.model_fields.get(key)
        if field is None or field.alias or not _plain(field.annotation):
            return None
        found.setdefault(head, {})[key] = value
    return found


def _plain(annotation: Any) -> bool:
    """Whether a field takes a value pydantic-settings passes on as the variable's text."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return all(isinstance(arg, str) for arg in args)
    if origin is Union or origin is types.UnionType:
        return all(_plain(arg) for arg in args)
    return annotation in _PLAIN


def merged(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """`base` with `over` laid on it, dict into dict (what pydantic-settings does with a source over the file)."""
    out = dict(base)
    for key, value in over.items():
        old = out.get(key)
        out[key] = merged(old, value) if isinstance(old, dict) and isinstance(value, dict) else value
    return out


def over_defaults(model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
    """`data` laid over the dumps of `model`'s sections whose default is an instance, so a section given in part keeps
    its default's other keys (pydantic-settings' `nested_model_default_partial_update`); a section left as its
    default is dropped (it takes the default itself)."""
    defaults = _default_dumps(model)
    out = merged(defaults, data)
    return {key: value for key, value in out.items() if key not in defaults or defaults[key] != value}


@functools.cache
def _default_dumps(model: type[BaseModel]) -> dict[str, Any]:
    """Each field's default dumped, where that default is a model instance."""
    return {name: f.default.model_dump() for name, f in model.model_fields.items() if isinstance(f.default, BaseModel)}


@functools.cache
def from_environment(model: type[BaseModel], prefix: str) -> type[BaseModel]:
    """`model` as a pydantic-settings model: made with keyword values, the environment overrides them."""
    from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

    class Settings(model, BaseSettings):  # type: ignore[valid-type,misc]
        model_config = SettingsConfigDict(
            extra="forbid",
            populate_by_name=True,
            allow_inf_nan=False,
            env_prefix=prefix,
            env_nested_delimiter="__",
            nested_model_default_partial_update=True,
        )

        @classmethod
        def settings_customise_sources(
            cls,
            settings_cls: type[BaseSettings],
            init_settings: PydanticBaseSettingsSource,
            env_settings: PydanticBaseSettingsSource,
            dotenv_settings: PydanticBaseSettingsSource,
            file_secret_settings: PydanticBaseSettingsSource,
        ) -> tuple[PydanticBaseSettingsSource, ...]:
            """Environment variables override the file."""
            return (env_settings, init_settings)

    Settings.__name__ = Settings.__qualname__ = model.__name__
    return Settings
