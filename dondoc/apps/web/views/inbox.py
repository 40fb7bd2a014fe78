"""The signed-in user's inbox of notifications (#10)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from dondoc.apps.notifications.models import Notification
from dondoc.apps.notifications.services import notifications_collect, notifications_read
from dondoc.apps.web.requests import id_given, signed_in


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The latest notifications. Opening the inbox collects what is due, so the demo tells
    people without the worker running (the worker does the same every quarter of an hour)."""
    notifications_collect(on=timezone.localdate())
    rows = Notification.objects.filter(user=signed_in(request)).select_related("directive")[:200]
    return render(request, "web/inbox.html", {"notifications": rows})


@login_required
@require_POST
def inbox_read(request: HttpRequest) -> HttpResponse:
    pks = [pk for pk in map(id_given, request.POST.getlist("ids")) if pk is not None]
    notifications_read(signed_in(request), pks=pks or None)
    return redirect("web:inbox")
