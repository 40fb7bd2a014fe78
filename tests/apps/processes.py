"""Running one function in several processes at once, against the test database: what several
workers of a server share (#12). Nothing Django is imported here, so that a fresh process can
import this module before it sets Django up."""

import multiprocessing
import os
from importlib import import_module


def processes_race(target, *args, times=4, environ=None, timeout=120):
    """Run ``target`` ("module:function") with ``args`` in ``times`` fresh (spawned) processes,
    started together, each with the variables ``environ`` and the test database; what each
    returned (or the repr of what it raised)."""
    from django.db import connection  # noqa: PLC0415 - only the parent has Django set up

    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(times), context.Queue()
    database = connection.settings_dict["NAME"]
    workers = [
        context.Process(
            target=_run, args=((target, args), (database, environ or {}), barrier, results)
        )
        for _ in range(times)
    ]
    for worker in workers:
        worker.start()
    outcomes = [results.get(timeout=timeout) for _ in workers]
    for worker in workers:
        worker.join(timeout)
    return outcomes


def _run(call, place, barrier, results):
    (target, args), (database, environ) = call, place
    os.environ.update(environ)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dondoc.config.settings")
    import django  # noqa: PLC0415
    from django.conf import settings  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    settings.DATABASES["default"]["NAME"] = database
    django.setup()
    module, name = target.split(":")
    function = getattr(import_module(module), name)
    barrier.wait()
    try:
        results.put(function(*args))
    except Exception as error:  # reported to the parent, which asserts on it
        results.put(repr(error))
    finally:
        connection.close()
