from django.db import models


class SignInCounter(models.Model):
    """Sign-in attempts in the current window for one account or one client address (#8).

    A row per key, counted with one atomic ``INSERT … ON CONFLICT DO UPDATE`` so that every
    worker process shares it and parallel attempts cannot all slip under the limit.
    """

    key = models.CharField(max_length=200, primary_key=True)
    attempts = models.PositiveIntegerField(default=0)
    window_ends_at_unix = models.BigIntegerField()

    def __str__(self) -> str:
        return f"{self.key}: {self.attempts}"
