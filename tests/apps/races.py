"""Running one action in several threads at once, for the tests of concurrent writes (#8)."""

import threading

from django.db import close_old_connections, connection, transaction


def race(action, times=2):
    """Run ``action`` in ``times`` threads started together; what each returned or raised."""
    barrier = threading.Barrier(times)
    outcomes = []

    def run():
        barrier.wait()
        try:
            with transaction.atomic():
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
