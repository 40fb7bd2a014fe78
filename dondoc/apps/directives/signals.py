"""A unit moved in the tree carries its directives to other areas: each area left or joined moves.

A move is a superuser's change of ``OrgUnit.parent`` (the admin); ``OrgUnit.save`` then rewrites
the paths of the unit and those below it. Seen here after the row is saved and before the paths
are rewritten: ``path`` is still the old one, ``parent`` the new (#7, decision 0015).
"""

from typing import Any

from django.db.models.signals import post_save

from dondoc.apps.directives.services import board_version_bump
from dondoc.apps.orgs.models import OrgUnit, unit_path


def on_org_unit_saved(
    sender: type[OrgUnit], instance: OrgUnit, created: bool, **kwargs: Any
) -> None:
    if created or kwargs.get("raw") or not instance.path:
        return
    parent = instance.parent
    moved_to = unit_path(instance.pk, parent.path if parent is not None else "")
    if moved_to != instance.path:
        # The unit's and its children's paths, before and after: every area the moved units
        # were in and are in. A root's children each head an area (a root moved under another
        # takes them all along), as do a unit's made a root; below any other unit, one area.
        paths = [instance.path, *instance.children.values_list("path", flat=True)]
        board_version_bump(
            [*paths, *(moved_to + path.removeprefix(instance.path) for path in paths)]
        )


def connect() -> None:
    post_save.connect(on_org_unit_saved, sender=OrgUnit, dispatch_uid="directives_unit_moved")
