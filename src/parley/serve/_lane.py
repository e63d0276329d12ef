"""The hot read routes of the API answered without FastAPI's work per request.

FastAPI solves an endpoint's parameters anew for every request: a walk over its declared
parameters, their annotations and aliases, then a validation per parameter, and a response
through its middleware stack. For an answer the event index gives in under a millisecond that
was more than the answer itself (about a millisecond of CPU per request, the one CPU the
server's Python uses: at 20 concurrent clients, 20 ms of waiting).

:class:`FastLane` answers a GET of the routes marked with :func:`fast_read` itself. It validates
the request with a pydantic model derived once from the endpoint's own signature, the types and
constraints FastAPI validates with (``Query(ge=1, le=500)``, patterns, literals, the filters'
model), and calls the endpoint with the validated values; the endpoint's exceptions get the
app's own handlers. A request it is not sure of goes on to FastAPI unchanged and is answered as
before, the same 400 with the same message: a parameter the endpoint does not declare or given
twice, a value that does not validate. The routes stay declared in FastAPI: ``/openapi.json`` and
``/docs`` show them as before, and the lane answers as FastAPI would (tested on every marked
route with good and bad parameters).
"""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar, get_args, get_origin
from urllib.parse import parse_qsl

from anyio import to_thread
from fastapi import FastAPI
from fastapi.params import Param
from fastapi.responses import Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError, create_model
from starlette.requests import Request
from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

__all__ = ["FastLane", "fast_read"]

logger = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])
_MARK = "__parley_fast_read__"


def fast_read(endpoint: F) -> F:
    """Mark a GET endpoint for :class:`FastLane`: it declares only path and query parameters
    (``Annotated[T, Query(...)]``, ``Annotated[T, Path(...)]``, or a pydantic model of query
    parameters) and returns a :class:`Response`."""
    setattr(endpoint, _MARK, True)
    return endpoint


@dataclass(frozen=True)
class _Route:
    endpoint: Callable[..., Response]
    scalars: type[BaseModel]  # the endpoint's path and query parameters but its models
    models: dict[str, type[BaseModel]]  # parameter -> a model of query parameters
    names: frozenset[str]  # every query parameter the endpoint reads
    path_names: frozenset[str]

    def validate(self, path: dict[str, str], query: bytes) -> dict[str, Any] | None:
        """The endpoint's arguments, or None when FastAPI should see the request."""
        given = parse_qsl(query.decode("latin-1"), keep_blank_values=True)  # as Starlette reads them
        values = dict(given)
        if len(values) != len(given) or not values.keys() <= self.names or values.keys() & path.keys():
            return None  # a parameter repeated, unknown, or one with a path parameter's name
        try:
            scalars = self.scalars.model_validate({**values, **path})
            kwargs = {name: getattr(scalars, name) for name in type(scalars).model_fields}
            for name, model in self.models.items():
                kwargs[name] = model.model_validate(values)
        except ValidationError:
            return None
        return kwargs


def _route(route: APIRoute) -> _Route | None:
    """The lane's form of a marked route, or None if its signature is not one the lane reads."""
    fields: dict[str, Any] = {}
    models: dict[str, type[BaseModel]] = {}
    names: set[str] = set()
    path_names: set[str] = set()
    for name, parameter in inspect.signature(route.endpoint).parameters.items():
        hint = parameter.annotation
        if get_origin(hint) is not Annotated:
            return None  # a Request, a string annotation ...
        kind, *extras = get_args(hint)
        marker = next((e for e in extras if isinstance(e, Param)), None)
        if marker is None or marker.in_.value not in ("query", "path") or marker.alias:
            return None
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if marker.in_.value != "query" or any(f.alias for f in kind.model_fields.values()):
                return None
            models[name] = kind
            names |= kind.model_fields.keys()
            continue
        default = ... if parameter.default is inspect.Parameter.empty else parameter.default
        fields[name] = (hint, default)
        (path_names if marker.in_.value == "path" else names).add(name)
    scalars = create_model(f"{route.name}_parameters", **fields)
    return _Route(route.endpoint, scalars, models, frozenset(names), frozenset(path_names))


class FastLane:
    """The marked GET routes among ``routes`` answered without FastAPI (see the module's text).

    ``routes``: every route of ``app`` a request the lane is asked about could reach, in the order
    FastAPI tries them (the first whose path matches is the one it calls). ``headers`` are added
    to each answer; an endpoint's exception is answered by ``app``'s handler of its type.
    ``inline``: runs an endpoint's call on the event loop and returns its answer, or None when it
    cannot answer there (it would wait or block): then, as without ``inline``, a worker thread
    runs the endpoint, as FastAPI runs a plain function."""

    def __init__(
        self,
        app: FastAPI,
        routes: Iterable[BaseRoute],
        headers: dict[str, str],
        *,
        inline: Callable[[Callable[[], Response]], Response | None] | None = None,
    ) -> None:
        self.app = app
        self.headers = headers
        self.inline = inline
        self.routes: list[tuple[re.Pattern[str], _Route | None]] = []  # with the lane's form of the marked ones
        for route in routes:
            if not isinstance(route, Route) or "GET" not in (route.methods or ()):
                continue
            found = None
            if isinstance(route, APIRoute) and getattr(route.endpoint, _MARK, False):
                found = _route(route)
                if found is None:
                    raise TypeError(f"{route.path}: its parameters are not ones the fast lane reads")
            self.routes.append((route.path_regex, found))

    def match(self, scope: Scope) -> tuple[_Route, dict[str, Any]] | None:
        """The route of a GET request and its validated arguments, or None (FastAPI answers it)."""
        if scope["method"] != "GET":
            return None
        for pattern, route in self.routes:
            found = pattern.match(scope["path"])
            if found is None:
                continue
            if route is None:
                return None  # a route the lane does not answer
            path = found.groupdict()
            if path.keys() != route.path_names:
                return None
            kwargs = route.validate(path, scope.get("query_string", b""))
            return None if kwargs is None else (route, kwargs)
        return None

    async def answer(self, scope: Scope, receive: Receive, send: Send, route: _Route, kwargs: dict[str, Any]) -> None:
        """Call the endpoint and send its answer (an exception: the app's handler of its type)."""
        try:
            response = self.inline(lambda: route.endpoint(**kwargs)) if self.inline is not None else None
            if response is None:
                response = await to_thread.run_sync(lambda: route.endpoint(**kwargs))
        except Exception as exc:  # noqa: BLE001 - answered by the app's handler, as FastAPI would
            response = await self._handled(scope, exc)
        for name, value in self.headers.items():
            response.headers[name] = value
        await response(scope, receive, send)

    async def _handled(self, scope: Scope, exc: Exception) -> Response:
        handlers = self.app.exception_handlers
        for kind in type(exc).__mro__:
            handler = handlers.get(kind)
            if handler is not None:
                result = handler(Request(scope), exc)
                response = await result if inspect.isawaitable(result) else result
                if isinstance(response, Response):
                    return response
        raise exc
