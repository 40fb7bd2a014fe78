"""User management for an office's administrators (#10): create users in their units with a
unit (picked from the tree) and a role, deactivate them, reset a password."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from dondoc.apps.orgs.models import Membership, Role
from dondoc.apps.orgs.services import (
    user_create,
    user_deactivate,
    user_manager_check,
    user_password_reset,
)
from dondoc.apps.web.entry_forms import ROW_MARK, PasswordResetForm, UserForm
from dondoc.apps.web.requests import object_in_scope_or_404, signed_in, unit_asked, unit_scope_of
from dondoc.apps.web.views.entry import refused


def _require_manager(request: HttpRequest) -> None:
    user_manager_check(signed_in(request), unit_asked(request))


@login_required
def users(request: HttpRequest) -> HttpResponse:
    _require_manager(request)
    scope = unit_scope_of(request)
    form = UserForm(request.POST or None, scope=scope)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            user = user_create(**{**data, "role": Role(data["role"])}, manager=signed_in(request))
        except (ValidationError, PermissionDenied) as error:
            refused(
                form, error if isinstance(error, ValidationError) else ValidationError(str(error))
            )
        else:
            messages.success(request, _("The user %(name)s is created.") % {"name": user.username})
            return redirect("web:users")
    memberships = (
        Membership.objects.filter(scope.q("org_unit"))
        .select_related("user", "org_unit")
        .order_by("org_unit__path", "user__username")[:500]
    )
    context = {
        "form": form,
        "memberships": memberships,
        "reset_form": PasswordResetForm(auto_id=f"reset-{ROW_MARK}-%s"),
    }
    return render(request, "web/users.html", context)


def _managed(request: HttpRequest, pk: int) -> User:
    return object_in_scope_or_404(
        request, User.objects.select_related("membership__org_unit"), pk, "membership__org_unit"
    )


@login_required
@require_POST
def user_deactivate_view(request: HttpRequest, pk: int) -> HttpResponse:
    user = _managed(request, pk)
    try:
        user_deactivate(user, manager=signed_in(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except PermissionDenied as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("%(name)s can no longer sign in.") % {"name": user.username})
    return redirect("web:users")


@login_required
@require_POST
def user_password_view(request: HttpRequest, pk: int) -> HttpResponse:
    user = _managed(request, pk)
    form = PasswordResetForm(request.POST)
    if form.is_valid():
        try:
            user_password_reset(
                user, password=form.cleaned_data["password"], manager=signed_in(request)
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("The password of %(name)s is reset.") % {"name": user.username}
            )
    else:
        messages.error(request, _("Type the new password."))
    return redirect("web:users")
