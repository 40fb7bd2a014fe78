"""Running one action in several threads at once, for the tests of concurrent writes (#8)."""

import threading
from contextlib import nullcontext

from django.db import close_old_connections, connection, transaction


def race(action, times=2, *, atomic=True):
    """Run ``action`` in ``times`` threads started together; what each returned or raised.

    Each runs in a transaction of its own, as a request does; ``atomic=False`` for an action
    that is a request (the test client's request opens its own: web.middleware.AtomicWrites)."""
    barrier = threading.Barrier(times)
    outcomes = []

    def run():
        barrier.wait()
        try:
            with transaction.atomic() if atomic else nullcontext():
                outcomes.append(action())
        except Exception as error:
            outcomes.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(times)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    close_old_connections()
    return outcomes
